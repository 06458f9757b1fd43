"""Dossiers: the figures behind a verdict, rendered as HTML, PDF or JSON."""
