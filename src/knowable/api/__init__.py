"""REST API and web UI, served by one FastAPI app: ``create_app(settings)``."""

from knowable.api.app import create_app

__all__ = ["create_app"]
