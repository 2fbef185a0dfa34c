"""detente: news about wars and peace talks in; coded events, agreements and cited briefs out."""

__version__ = "0.1.0"
