"""Sources: read inputs, validate them, and turn them into Records (or Quarantined rows)."""
