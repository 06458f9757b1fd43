"""Settings, validated by pydantic, read from ``KNOWABLE_*`` environment variables.

A settings object is passed into everything that needs it (store, API app factory); no
module keeps settings in a global.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowable.sources.guards import Limits

DEFAULT_DB_NAME = "knowable.db"


class Settings(BaseSettings):
    """Where the store lives and how the service behaves."""

    model_config = SettingsConfigDict(env_prefix="KNOWABLE_", extra="ignore")

    database_url: str = Field(
        default="",
        description="SQLAlchemy URL; empty means a SQLite file knowable.db in the workspace.",
    )
    workspace: Path = Field(
        default_factory=Path.cwd, description="Folder for files and the default database."
    )
    secret_key: str = Field(
        default="",
        description="Key for session cookies and the contact-hash salt (per workspace).",
    )
    echo_sql: bool = False
    secure_cookies: bool = Field(
        default=False,
        description="Mark the session cookie Secure (set it when the UI is served over HTTPS).",
    )
    cookie_samesite: Literal["lax", "strict"] = Field(
        default="lax", description="SameSite attribute of the session cookie."
    )
    max_file_bytes: int = Field(
        default=2 * 1024**3, gt=0, description="Largest input file read (bytes)."
    )
    max_row_bytes: int = Field(
        default=5 * 1024**2, gt=0, description="Largest input row; larger rows are quarantined."
    )
    max_field_bytes: int = Field(
        default=1024**2, gt=0, description="Largest input field; larger ones are quarantined."
    )
    max_upload_bytes: int = Field(
        default=50 * 1024**2, gt=0, description="Largest API upload (all files of a request)."
    )

    # -- monitoring alerts (knowable monitor, knowable alerts); see docs/monitoring.md ----
    public_url: str = Field(
        default="http://localhost:8000",
        description="Address of the web UI, for the case link in alerts.",
    )
    alert_min_band: str = Field(
        default="review",
        description="Lowest assessment band that is alerted (grave cases always are).",
    )
    alert_webhook_url: str = Field(default="", description="Where alerts are POSTed (JSON).")
    alert_webhook_secret: SecretStr = Field(
        default=SecretStr(""), description="HMAC-SHA256 key that signs each webhook body."
    )
    alert_attempts: int = Field(
        default=5, ge=1, le=20, description="Delivery attempts before a dead letter."
    )
    alert_backoff_seconds: float = Field(
        default=2.0, ge=0, description="Wait after the first failed attempt; doubles each time."
    )
    alert_timeout_seconds: float = Field(default=10.0, gt=0, description="Per attempt.")
    alert_email_to: str = Field(default="", description="Alert recipients, comma-separated.")
    smtp_host: str = Field(default="", description="SMTP server for alert e-mail.")
    smtp_port: int = Field(default=587, gt=0, lt=65536)
    smtp_starttls: bool = Field(
        default=True, description="Upgrade with STARTTLS (off only for a local relay)."
    )
    smtp_user: str = Field(default="", description="SMTP login (none: no login).")
    smtp_password: SecretStr = Field(default=SecretStr(""), description="SMTP password.")
    smtp_from: str = Field(default="knowable@localhost", description="Sender of alert e-mail.")
    smtp_ca_file: Path | None = Field(
        default=None, description="CA certificate(s) to trust for the SMTP server."
    )

    def limits(self) -> Limits:
        """The input size caps as the parsers take them."""
        return Limits(
            file=self.max_file_bytes,
            row=self.max_row_bytes,
            field=self.max_field_bytes,
            upload=self.max_upload_bytes,
        )

    def resolved_database_url(self) -> str:
        """The database URL to use: the setting, or the workspace's SQLite file."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.workspace / DEFAULT_DB_NAME).resolve()}"
