"""Watchlists: name screening of subjects against list entries."""
