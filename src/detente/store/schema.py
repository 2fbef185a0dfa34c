"""Tables of the store, in SQLAlchemy Core. One definition serves SQLite and PostgreSQL.

Events keep their full contract JSON in ``data`` and copy the fields that queries filter
on into columns; actors go to ``event_actors`` so that an actor filter is an indexed join.
Agreements are versioned: one row per (agreement, valid_from) snapshot.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("url", Text),
    Column("title", Text, nullable=False, default=""),
    Column("published", Date, index=True),
    Column("source", String(200), index=True),
    Column("location", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Column("coded_by", String(64), index=True),
    Column("n_sentences", Integer),
)

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False, index=True),
    Column("sentence", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("event_type", String(16), nullable=False, index=True),
    Column("mode", String(40)),
    Column("date", Date, index=True),
    Column("negated", Boolean, nullable=False, default=False),
    Column("modality", String(16), nullable=False),
    Column("claimant_code", String(16), index=True),
    Column("plover_score", Float),
    Column("goldstein", Float),
    Column("confidence", Float),
    Column("coder", String(64), nullable=False),
    Column("active", Boolean, nullable=False, default=True, index=True),
    Column("data", Text, nullable=False),
)
Index("ix_events_active_date", events.c.active, events.c.date, events.c.id)
# covers the overview timeline (counts per day and type) so it never reads the table
events_timeline = Index(
    "ix_events_timeline", events.c.active, events.c.date, events.c.event_type
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(8), nullable=False),  # source | target | claimant
    Column("code", String(16), nullable=False),
    Column("sector", String(8)),
)
Index("ix_event_actors_code", event_actors.c.code, event_actors.c.event_id)
Index("ix_event_actors_event", event_actors.c.event_id)

agreements = Table(
    "agreements",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text, nullable=False),
    Column("kind", String(32), nullable=False, index=True),
    Column("status", String(16), nullable=False, index=True),
    Column("declared", Date),
    Column("updated", Date),
    Column("data", Text, nullable=False),
)

agreement_versions = Table(
    "agreement_versions",
    metadata,
    Column("agreement_id", String(32), nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("status", String(16), nullable=False),
    Column("data", Text, nullable=False),
)
Index(
    "ix_agreement_versions",
    agreement_versions.c.agreement_id,
    agreement_versions.c.valid_from,
    unique=True,
)

agreement_events = Table(
    "agreement_events",
    metadata,
    Column("agreement_id", String(32), nullable=False),
    Column("event_id", String(32), nullable=False),
)
Index("ix_agreement_events", agreement_events.c.agreement_id, agreement_events.c.event_id)
Index("ix_agreement_events_event", agreement_events.c.event_id)
