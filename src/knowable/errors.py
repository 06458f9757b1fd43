"""One root exception for everything knowable raises on purpose.

Programming errors stay ordinary Python exceptions; anything a user can cause (a bad file,
a bad setting, a missing subject) is a :class:`KnowableError` whose message is one clear
line that names what is at fault. API errors carry an HTTP status.
"""

from __future__ import annotations


class KnowableError(Exception):
    """Root of every error knowable raises for a user to read."""

    status: int = 400

    def __init__(self, message: str) -> None:
        # One line whatever the message was built from (a parser's multi-line error).
        message = " ".join(message.split())
        super().__init__(message)
        self.message = message


class ConfigError(KnowableError):
    """A setting, catalogue or policy file is invalid."""

    status = 500


class InputError(KnowableError):
    """An input file or value cannot be read. Names the file, line and field when known."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        where = ", ".join(
            part
            for part in (
                file,
                f"line {line}" if line is not None else None,
                f"field {field!r}" if field else None,
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.file = file
        self.line = line
        self.field = field
        self.reason = " ".join(message.split())


class NotFoundError(KnowableError):
    """A subject, record, case or other stored object does not exist."""

    status = 404


class StoreError(KnowableError):
    """The store is missing, not migrated, or inconsistent."""

    status = 503


class AuthError(KnowableError):
    """The caller is not authenticated."""

    status = 401


class ForbiddenError(KnowableError):
    """The caller is authenticated but its role does not allow the action."""

    status = 403


class ConflictError(KnowableError):
    """The action conflicts with the stored state (e.g. deciding a decided case)."""

    status = 409
