"""Who may do what. One table, read by the API, the UI and the case lifecycle.

- **analyst** works cases: comments, assigns, reviews, reopens, ingests; may decide
  ``cleared`` and ``enhanced_due_diligence`` but not ``offboard`` or
  ``report_to_authorities``.
- **reviewer** does everything an analyst does and decides every disposition.
- **admin** manages users and policy and may ingest; does not decide cases (separation of
  duties).
- **auditor** reads everything and verifies the audit chain; writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowable.errors import ForbiddenError, InputError


class Role(StrEnum):
    ANALYST = "analyst"
    REVIEWER = "reviewer"
    ADMIN = "admin"
    AUDITOR = "auditor"


class Permission(StrEnum):
    READ = "read"
    WORK_CASES = "work_cases"
    DECIDE_ROUTINE = "decide_routine"  # cleared, enhanced_due_diligence
    DECIDE_GRAVE = "decide_grave"  # offboard, report_to_authorities
    INGEST = "ingest"
    MANAGE_USERS = "manage_users"
    MANAGE_POLICY = "manage_policy"
    VERIFY_AUDIT = "verify_audit"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ANALYST: frozenset(
        {Permission.READ, Permission.WORK_CASES, Permission.DECIDE_ROUTINE, Permission.INGEST}
    ),
    Role.REVIEWER: frozenset(
        {
            Permission.READ,
            Permission.WORK_CASES,
            Permission.DECIDE_ROUTINE,
            Permission.DECIDE_GRAVE,
            Permission.INGEST,
            Permission.VERIFY_AUDIT,
        }
    ),
    Role.ADMIN: frozenset(
        {
            Permission.READ,
            Permission.INGEST,
            Permission.MANAGE_USERS,
            Permission.MANAGE_POLICY,
            Permission.VERIFY_AUDIT,
        }
    ),
    Role.AUDITOR: frozenset({Permission.READ, Permission.VERIFY_AUDIT}),
}


_ACTIONS = {
    Permission.READ: "read",
    Permission.WORK_CASES: "work cases",
    Permission.DECIDE_ROUTINE: "decide cleared or enhanced_due_diligence",
    Permission.DECIDE_GRAVE: "decide offboard or report_to_authorities",
    Permission.INGEST: "ingest",
    Permission.MANAGE_USERS: "manage users",
    Permission.MANAGE_POLICY: "change the policy",
    Permission.VERIFY_AUDIT: "verify the audit chain",
}


def parse_role(text: str) -> Role:
    """A role from its name; InputError listing the valid names otherwise."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        valid = ", ".join(r.value for r in Role)
        raise InputError(f"unknown role {text!r}; use one of {valid}", field="role") from None


def allows(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]


@dataclass(frozen=True, slots=True)
class Actor:
    """An authenticated user (or machine token) acting on the system."""

    username: str
    role: Role
    user_id: int | None = None
    via: str = "session"  # "session" | "token" | "cli"

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raise ForbiddenError unless this actor's role grants ``permission``."""
        if not self.can(permission):
            raise ForbiddenError(f"role {self.role.value!r} may not {_ACTIONS[permission]}")
