"""Jobs: each use case that reads the store, runs a pure stage and writes back.

The CLI, the API and the demo call these; nothing under ``detect/`` or ``assess/`` reads the
store.
"""
