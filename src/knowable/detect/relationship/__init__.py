"""The provider's own records: red-flag rules over CRM text and their reading over time."""
