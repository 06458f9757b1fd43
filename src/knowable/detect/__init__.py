"""Detectors: pure functions from records (and reference data) to signals."""
