"""Users, API tokens, the caller's identity, and the audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from knowable.api.bodies import (
    MAX_INT,
    PasswordIn,
    TokenIn,
    UserIn,
    UserPatch,
)
from knowable.api.deps import ActorDep, Limit, Offset, Reader, ServicesDep, UserAdmin, Verifier
from knowable.api.errors import ERROR_RESPONSES
from knowable.api.schemas import (
    AuditEventOut,
    MeOut,
    Page,
    TokenInfoOut,
    TokenOut,
    UserOut,
    VerifyOut,
)
from knowable.auth.roles import Permission, parse_role
from knowable.errors import ForbiddenError

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)
UserId = Annotated[int, Path(ge=1, le=MAX_INT)]
TokenId = Annotated[int, Path(ge=1, le=MAX_INT)]


@router.get("/me", response_model=MeOut, tags=["users"])
def me(actor: ActorDep) -> MeOut:
    return MeOut(
        username=actor.username,
        role=actor.role.value,
        via=actor.via,
        permissions=[p.value for p in Permission if actor.can(p)],
    )


@router.get("/users", response_model=Page[UserOut], tags=["users"])
def list_users(
    svc: ServicesDep, _: UserAdmin, limit: Limit = 50, offset: Offset = 0
) -> Page[UserOut]:
    found, total = svc.users.list(limit=limit, offset=offset)
    return Page(items=[UserOut.of(u) for u in found], total=total, limit=limit, offset=offset)


@router.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED, tags=["users"])
def add_user(body: UserIn, svc: ServicesDep, actor: UserAdmin) -> UserOut:
    """Add a user. A role that may decide offboarding or reports to authorities (reviewer)
    starts as analyst with the role pending until a second admin approves it."""
    user = svc.users.add(
        body.username, parse_role(body.role), body.password, actor.username, second_person=True
    )
    return UserOut.of(user)


@router.patch("/users/{user_id}", response_model=UserOut, tags=["users"])
def patch_user(user_id: UserId, body: UserPatch, svc: ServicesDep, actor: UserAdmin) -> UserOut:
    """Change a role or disable a user; their sessions end. Granting reviewer leaves the role
    pending (`pending_role`) until a second admin approves it."""
    role = parse_role(body.role) if body.role else None
    return UserOut.of(svc.users.update(user_id, actor, role=role, active=body.active))


@router.post("/users/{user_id}/role/approve", response_model=UserOut, tags=["users"])
def approve_role(user_id: UserId, svc: ServicesDep, actor: UserAdmin) -> UserOut:
    """A second admin grants the role pending for a user (not the admin who asked for it)."""
    return UserOut.of(svc.users.approve_role(user_id, actor, approve=True))


@router.post("/users/{user_id}/role/refuse", response_model=UserOut, tags=["users"])
def refuse_role(user_id: UserId, svc: ServicesDep, actor: UserAdmin) -> UserOut:
    """Refuse the role pending for a user; the user keeps the role they have."""
    return UserOut.of(svc.users.approve_role(user_id, actor, approve=False))


@router.post("/users/{user_id}/password", status_code=status.HTTP_204_NO_CONTENT, tags=["users"])
def set_password(user_id: UserId, body: PasswordIn, svc: ServicesDep, actor: ActorDep) -> Response:
    """Change your own password (send `old_password`) or, as a user admin, reset another
    user's. Every session of that user ends."""
    svc.users.set_password(user_id, body.new_password, actor, old_password=body.old_password)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/users/{user_id}/tokens",
    response_model=TokenOut,
    status_code=status.HTTP_201_CREATED,
    tags=["users"],
)
def issue_token(user_id: UserId, body: TokenIn, svc: ServicesDep, actor: ActorDep) -> TokenOut:
    """A new API token for yourself; shown once. Nobody, admins included, mints a token for
    another user: that token would let its issuer act under the other person's name."""
    if actor.user_id != user_id:
        raise ForbiddenError("you may only issue tokens for yourself")
    token = svc.users.issue_token(
        user_id, body.name, actor.username, by_id=actor.user_id, days=body.days
    )
    return TokenOut(token=token, name=body.name, user_id=user_id)


@router.get("/users/{user_id}/tokens", response_model=Page[TokenInfoOut], tags=["users"])
def list_tokens(
    user_id: UserId, svc: ServicesDep, actor: ActorDep, limit: Limit = 50, offset: Offset = 0
) -> Page[TokenInfoOut]:
    """A user's API tokens (names and dates, never the secrets)."""
    if actor.user_id != user_id and not actor.can(Permission.MANAGE_USERS):
        raise ForbiddenError("you may only list your own tokens")
    svc.users.get(user_id)
    found = [TokenInfoOut.model_validate(t) for t in svc.users.tokens(user_id)]
    return Page(items=found[offset : offset + limit], total=len(found), limit=limit, offset=offset)


@router.delete("/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["users"])
def revoke_token(token_id: TokenId, svc: ServicesDep, actor: ActorDep) -> Response:
    """Revoke an API token (your own, or anyone's as a user admin)."""
    svc.users.revoke_token(token_id, actor)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/audit", response_model=Page[AuditEventOut], tags=["audit"])
def list_audit(
    svc: ServicesDep, _: Reader, limit: Limit = 50, offset: Offset = 0
) -> Page[AuditEventOut]:
    """The audit trail, newest first."""
    events = svc.store.audit_events(limit=limit, offset=offset)
    total = svc.store.count("audit_events")
    return Page(
        items=[AuditEventOut.of(e) for e in events], total=total, limit=limit, offset=offset
    )


@router.get("/audit/verify", response_model=VerifyOut, tags=["audit"])
def verify_audit(svc: ServicesDep, _: Verifier) -> VerifyOut:
    """Recompute the hash chain and every row hash; lists every problem found."""
    result = svc.store.verify_audit()
    return VerifyOut(
        ok=result.ok,
        events=result.events,
        rows_checked=result.rows_checked,
        problems=result.problems,
    )
