"""Users, roles, passwords, API tokens and UI sessions."""
