"""Adverse media: article classifier, mentions, roles and stages, media signals."""
