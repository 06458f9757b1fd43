"""Detectors: pure functions of (records, reference data, config) -> Signals."""
