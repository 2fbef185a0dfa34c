"""detente's web UI and JSON API: ``create_app(db_url=None, token=None) -> FastAPI``."""

from detente.web.app import create_app

__all__ = ["create_app"]
