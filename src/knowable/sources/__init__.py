"""Readers that turn input files into Records (and Quarantined rows)."""
