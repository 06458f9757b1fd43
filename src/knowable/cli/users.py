"""``knowable users``: create the first admin and manage people from the command line."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.table import Table

from knowable.auth.roles import parse_role
from knowable.cli.app import SETUP, app
from knowable.cli.common import (
    AS_HELP,
    JSON_HELP,
    PASSWORD_STDIN_HELP,
    actor_from,
    console,
    print_json,
    settings_from,
)
from knowable.errors import InputError

if TYPE_CHECKING:
    from knowable.auth.users import UserRepository

users_app = typer.Typer(help="People who review cases, and machine tokens.", no_args_is_help=True)
app.add_typer(users_app, name="users", rich_help_panel=SETUP)


def _repo(ctx: typer.Context) -> UserRepository:
    from knowable.auth.users import UserRepository
    from knowable.store import open_store

    return UserRepository(open_store(settings_from(ctx)))


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Lower-case login name."),
    role: str = typer.Option(..., "--role", help="analyst, reviewer, admin or auditor."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Create a user (the first one is usually an admin)."""
    parsed = parse_role(role)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    if not password:
        raise InputError("empty password", field="password")
    user = _repo(ctx).add(username, parsed, password, by="cli")
    console.print(f"user [bold]{user.username}[/bold] created with role {user.role.value}")


@users_app.command("list")
def users_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List users and their roles."""
    found, _ = _repo(ctx).list(limit=10_000)
    if as_json:
        print_json(
            [
                {
                    "id": u.id,
                    "username": u.username,
                    "role": u.role.value,
                    "active": u.active,
                    "pending_role": u.pending_role.value if u.pending_role else None,
                }
                for u in found
            ]
        )
        return
    table = Table("id", "username", "role", "active", "pending role")
    for u in found:
        pending = f"{u.pending_role.value} (asked by {u.pending_by})" if u.pending_role else ""
        table.add_row(
            str(u.id), escape(u.username), u.role.value, "yes" if u.active else "no", pending
        )
    console.print(table)


@users_app.command("token")
def users_token(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Your user name: tokens are only for oneself."),
    name: str = typer.Option("cli", "--name", help="A label for the token."),
    days: int = typer.Option(90, "--days", min=1, max=365, help="Days until it expires."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Issue an API token for yourself (your password is checked); it is printed once and
    only its hash is stored. Nobody mints a token for someone else."""
    actor = actor_from(ctx, username, password_stdin)
    repo = _repo(ctx)
    assert actor.user_id is not None
    sys.stdout.write(
        repo.issue_token(actor.user_id, name, by=actor.username, by_id=actor.user_id, days=days)
        + "\n"
    )


@users_app.command("role")
def users_role(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whose role to change."),
    role: str = typer.Argument(..., help="analyst, reviewer, admin or auditor."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Change a user's role (an admin, never their own; the last admin stays an admin)."""
    actor = actor_from(ctx, as_user, password_stdin)
    repo = _repo(ctx)
    user = repo.update(repo.by_name(username).id, actor, role=parse_role(role))
    if user.pending_role is not None and user.pending_role.value == parse_role(role).value:
        console.print(
            f"user {escape(user.username)} keeps role {user.role.value}; "
            f"{user.pending_role.value} waits for a second admin "
            f"(knowable users approve-role {escape(user.username)} --as OTHER-ADMIN)",
            highlight=False,
        )
        return
    console.print(f"user {escape(user.username)} now has role {user.role.value}", highlight=False)


@users_app.command("approve-role")
def users_approve_role(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whose pending role to decide on."),
    refuse: bool = typer.Option(False, "--refuse", help="Refuse the pending role instead."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Approve (or --refuse) a role another admin asked for: the second pair of eyes."""
    actor = actor_from(ctx, as_user, password_stdin)
    repo = _repo(ctx)
    user = repo.approve_role(repo.by_name(username).id, actor, approve=not refuse)
    console.print(f"user {escape(user.username)} has role {user.role.value}", highlight=False)


@users_app.command("password")
def users_password(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whose password to set."),
    as_user: str = typer.Option("", "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(
        False,
        "--password-stdin",
        help="Read the current (or the admin's) password, then the new one, from stdin.",
    ),
) -> None:
    """Change your own password, or, with --as ADMIN, reset another user's; every session
    of that user ends."""
    repo = _repo(ctx)
    target = repo.by_name(username)

    def read(prompt: str, confirm: bool = False) -> str:
        if password_stdin:
            return sys.stdin.readline().rstrip("\r\n")
        return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm))

    if as_user:
        actor = actor_from(ctx, as_user, password_stdin)
        repo.set_password(target.id, read("New password", confirm=True), actor)
    else:
        old = read(f"Current password of {username}")
        me = repo.authenticate(username, old)
        new = read("New password", confirm=True)
        repo.set_password(me.id, new, me.actor(via="cli"), old_password=old)
    console.print(f"password of {escape(target.username)} changed", highlight=False)


@users_app.command("disable")
def users_disable(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Whom to disable."),
    enable: bool = typer.Option(False, "--enable", help="Enable the user again instead."),
    as_user: str = typer.Option(..., "--as", help=AS_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=PASSWORD_STDIN_HELP),
) -> None:
    """Disable a user (their sessions and tokens stop working) or, with --enable, undo it."""
    actor = actor_from(ctx, as_user, password_stdin)
    repo = _repo(ctx)
    user = repo.update(repo.by_name(username).id, actor, active=enable)
    state = "enabled" if user.active else "disabled"
    console.print(f"user {escape(user.username)} {state}", highlight=False)
