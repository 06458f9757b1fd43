"""Alerts, cases and dispositions: the review side, where people decide."""
