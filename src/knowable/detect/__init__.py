"""Detectors: pure functions from Records and reference data to Signals."""
