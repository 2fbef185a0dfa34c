"""Small named exceptions. The CLI turns each into a one-line message, never a traceback."""


class DetenteError(Exception):
    """Base of every error detente raises on purpose."""


class BadInput(DetenteError):
    """An input (file, line, field) that cannot be read; it is skipped and counted."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreError(DetenteError):
    """The database cannot be opened, migrated or written."""


class NotFound(DetenteError):
    """A named article, event or agreement does not exist."""


class ModelNotAvailable(DetenteError):
    """The spaCy model named in the configuration is not installed."""
