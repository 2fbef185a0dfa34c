"""Schema versions and the steps between them.

Each step takes a connection inside a transaction. A new release appends a step and
never edits an old one, so any database written since 0.1 upgrades in place.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, select

from detente.store import schema

Migration = Callable[[Connection], None]


def _create_v1(conn: Connection) -> None:
    schema.metadata.create_all(conn)


def _timeline_index_v2(conn: Connection) -> None:
    # a database created at this version already has it (create_all used today's tables)
    schema.events_timeline.create(conn, checkfirst=True)


MIGRATIONS: list[Migration] = [_create_v1, _timeline_index_v2]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("meta"):
        return 0
    row = conn.execute(
        select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
    ).first()
    return int(row[0]) if row else 0


def _set_version(conn: Connection, version: int) -> None:
    table = schema.meta
    conn.execute(table.delete().where(table.c.key == "schema_version"))
    conn.execute(table.insert().values(key="schema_version", value=str(version)))


def migrate(engine: Engine) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version it had before."""
    with engine.begin() as conn:
        before = current_version(conn)
        if before > SCHEMA_VERSION:
            raise RuntimeError(
                f"database schema version {before} is newer than this detente "
                f"({SCHEMA_VERSION}); upgrade detente"
            )
        for step in MIGRATIONS[before:]:
            step(conn)
        if before != SCHEMA_VERSION:
            _set_version(conn, SCHEMA_VERSION)
    return before
