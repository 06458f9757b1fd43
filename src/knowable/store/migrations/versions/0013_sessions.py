"""Sessions that end on the server, tokens that expire, and a second person for decide rights.

- ``users.session_epoch``: every UI session cookie carries the epoch it was issued under;
  logout, a password change, a role change and disabling the account raise it, so every
  older cookie stops working at once (server-side revocation without a session table).
- ``users.pending_role`` / ``pending_by``: a role that grants the right to decide grave
  dispositions waits here until a second admin approves it.
- ``api_tokens.expires_at`` / ``issued_by``: each token records who issued it and when it
  stops working.

All new columns are nullable and left out of the row hash while empty
(``knowable.store.rowhash.ADDED_LATER``), so rows hashed before this migration verify.

Revision ID: 0013
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("session_epoch", sa.Integer, nullable=True))
        batch.add_column(sa.Column("pending_role", sa.String(20), nullable=True))
        batch.add_column(sa.Column("pending_by", sa.String(80), nullable=True))
    with op.batch_alter_table("api_tokens") as batch:
        batch.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("issued_by", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("api_tokens") as batch:
        batch.drop_column("issued_by")
        batch.drop_column("expires_at")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("pending_by")
        batch.drop_column("pending_role")
        batch.drop_column("session_epoch")
