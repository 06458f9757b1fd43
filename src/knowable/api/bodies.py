"""What the API accepts: request bodies, bounded so no value can overflow a column."""

from __future__ import annotations

from pydantic import BaseModel, Field

from knowable.cases.lifecycle import Disposition

#: Largest integer every backend stores (32-bit signed): larger ids cannot exist.
MAX_INT = 2**31 - 1


class AssignIn(BaseModel):
    assignee: str | None = Field(default=None, max_length=80)
    version: int | None = Field(default=None, ge=1, le=MAX_INT)


class CommentIn(BaseModel):
    text: str = Field(min_length=1, max_length=10_000)


class ReopenIn(BaseModel):
    reason: str = Field(min_length=1, max_length=10_000)
    version: int | None = Field(default=None, ge=1, le=MAX_INT)


class ApproveIn(BaseModel):
    note: str = Field(default="", max_length=10_000)
    version: int | None = Field(default=None, ge=1, le=MAX_INT)


class VersionIn(BaseModel):
    version: int | None = Field(default=None, ge=1, le=MAX_INT)


class DispositionIn(BaseModel):
    disposition: Disposition
    reason: str = Field(min_length=1, max_length=10_000)
    version: int | None = Field(
        default=None,
        ge=1,
        le=MAX_INT,
        description="The case version you read; a stale one is a 409",
    )


class UserIn(BaseModel):
    username: str = Field(min_length=2, max_length=80)
    role: str = Field(pattern="^(analyst|reviewer|admin|auditor)$")
    password: str = Field(min_length=10, max_length=1000)


class UserPatch(BaseModel):
    role: str | None = Field(default=None, pattern="^(analyst|reviewer|admin|auditor)$")
    active: bool | None = None


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    days: int = Field(default=90, ge=1, le=365, description="Days until the token expires.")


class PasswordIn(BaseModel):
    new_password: str = Field(min_length=1, max_length=256)
    old_password: str | None = Field(
        default=None, max_length=256, description="Required to change your own password."
    )
