"""``knowable users``: create the first admin and manage people from the command line."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from knowable.auth.roles import parse_role
from knowable.cli.app import app
from knowable.cli.common import console, print_json, settings_from
from knowable.errors import InputError

if TYPE_CHECKING:
    from knowable.auth.users import UserRepository

users_app = typer.Typer(help="People who review cases, and machine tokens.", no_args_is_help=True)
app.add_typer(users_app, name="users")


def _repo(ctx: typer.Context) -> UserRepository:
    from knowable.auth.users import UserRepository
    from knowable.store import open_store

    return UserRepository(open_store(settings_from(ctx)))


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    username: str = typer.Argument(..., help="Lower-case login name."),
    role: str = typer.Option(..., "--role", help="analyst, reviewer, admin or auditor."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from the first line of stdin."
    ),
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
    as_json: bool = typer.Option(False, "--json", help="Write JSON instead of a table."),
) -> None:
    """List users and their roles."""
    found, _ = _repo(ctx).list(limit=10_000)
    if as_json:
        print_json(
            [
                {"id": u.id, "username": u.username, "role": u.role.value, "active": u.active}
                for u in found
            ]
        )
        return
    table = Table("id", "username", "role", "active")
    for u in found:
        table.add_row(str(u.id), u.username, u.role.value, "yes" if u.active else "no")
    console.print(table)


@users_app.command("token")
def users_token(
    ctx: typer.Context,
    username: str = typer.Argument(...),
    name: str = typer.Option("cli", "--name", help="A label for the token."),
) -> None:
    """Issue an API token for a user; it is printed once and only its hash is stored."""
    repo = _repo(ctx)
    user = repo.by_name(username)
    sys.stdout.write(repo.issue_token(user.id, name, by="cli") + "\n")
