"""knowable: which customers a provider knows, or should know, are engaged in grave crime."""

from knowable import native as _native

__version__ = "0.1.0"

# The ingest's per-row modules may be compiled (``make native``): pure Python is loaded
# instead when asked to or when a build is stale (see :mod:`knowable.native`).
_native.install()
