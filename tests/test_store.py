"""The store on real corpus articles: idempotent ingest, event queries, versioned agreements."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from conftest import corpus_articles
from sqlalchemy import create_engine, inspect, text

from detente.errors import NotFound, StoreError
from detente.model import Actor, Agreement, Event, Party, Quantity, StatusChange
from detente.store import SCHEMA_VERSION, EventFilter, Store, schema
from detente.store.migrations import current_version


def _event(article, start: int, end: int, etype: str, src: str, tgt: str, day: date) -> Event:
    return Event(
        article_id=article.id, sentence=article.text[start:end], span=(start, end),
        event_type=etype, source=[Actor(src, code=src, sector="GOV")],
        target=[Actor(tgt, code=tgt)], date=day, claimant=Actor("Kremlin", code="RUS"),
        quantities=[Quantity(175, "prisoners", "175 prisoners")],
    )


@pytest.fixture
def store(store_url: str) -> Store:
    return Store(store_url)


@pytest.fixture(scope="module")
def articles():
    return corpus_articles(match="corridor", limit=5)


def test_schema_is_versioned(store: Store) -> None:
    with store.engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
    Store(store.url)  # opening again migrates nothing and loses nothing


def test_reingest_adds_nothing(store: Store, articles) -> None:
    assert store.add_articles(articles) == len(articles)
    assert store.add_articles(articles) == 0
    assert store.counts().articles == len(articles)
    got = store.get_article(articles[0].id)
    assert got.text == articles[0].text and got.published == articles[0].published


def test_events_round_trip_and_filters(store: Store, articles) -> None:
    store.add_articles(articles)
    a, b = articles[0], articles[1]
    ev1 = _event(a, 0, 50, "AGREE", "RUS", "UKR", date(2022, 3, 1))
    ev2 = _event(b, 0, 60, "ACCUSE", "UKR", "RUS", date(2022, 3, 5))
    store.replace_events(a.id, [ev1], coder="detente.rules.v1", n_sentences=10)
    store.replace_events(b.id, [ev2], coder="detente.rules.v1", n_sentences=7)
    assert store.get_event(ev1.id).to_dict() == ev1.to_dict()
    assert [e.id for e in store.events(EventFilter(source="UKR")).items] == [ev2.id]
    assert [e.id for e in store.events(EventFilter(actor="UKR")).items] == [ev1.id, ev2.id]
    assert [e.id for e in store.events(EventFilter(since=date(2022, 3, 2))).items] == [ev2.id]
    assert [e.id for e in store.events(EventFilter(event_type="agree")).items] == [ev1.id]
    assert store.events(EventFilter(claimant="RUS"), with_total=True).total == 2
    assert store.counts().sentences == 17
    sure = dataclasses.replace(ev1, id="", span=(0, 40), sentence=a.text[:40], confidence=0.9)
    store.replace_events(a.id, [ev1, sure], coder="detente.rules.v1", n_sentences=10)
    ids = [e.id for e in store.events(EventFilter(article_id=a.id, min_confidence=0.6)).items]
    assert ids == [sure.id] and sure.id != ev1.id and ev1.confidence < 0.6


def test_cursor_pages_through_everything(store: Store, articles) -> None:
    store.add_articles(articles)
    a = articles[0]
    evs = [_event(a, i, i + 40, "CONSULT", "RUS", "UKR", date(2022, 3, 1 + i % 5))
           for i in range(23)]
    store.replace_events(a.id, evs, coder="c1")
    seen, cursor = [], None
    while True:
        page = store.events(limit=5, cursor=cursor)
        seen += [e.id for e in page.items]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert sorted(seen) == sorted(e.id for e in evs) and len(seen) == len(set(seen))
    with pytest.raises(StoreError):
        store.events(cursor="not-a-cursor")


def test_recoding_keeps_the_old_coder_inactive(store: Store, articles) -> None:
    store.add_articles(articles)
    a = articles[0]
    store.replace_events(a.id, [_event(a, 0, 30, "AGREE", "RUS", "UKR", date(2022, 3, 1))], "v1")
    assert store.count_articles(uncoded_by="v2") == len(articles)
    store.replace_events(a.id, [_event(a, 0, 30, "REJECT", "RUS", "UKR", date(2022, 3, 1))], "v2")
    assert [e.event_type for e in store.events(EventFilter(article_id=a.id)).items] == ["REJECT"]
    assert store.count_articles(uncoded_by="v2") == len(articles) - 1


def test_agreements_are_versioned(store: Store, articles) -> None:
    store.add_articles(articles)
    a = articles[0]
    ev = _event(a, 0, 50, "AGREE", "RUS", "UKR", date(2022, 3, 5))
    store.replace_events(a.id, [ev], coder="c1")
    first = Agreement(title="Mariupol corridor", kind="humanitarian_corridor", id="ag1",
                      declared=date(2022, 3, 5), status="agreed",
                      parties=[Party("RUS", "agreed", date(2022, 3, 5), [ev.id])],
                      history=[StatusChange(date(2022, 3, 5), "agreed", [ev.id])])
    later = Agreement.from_dict(first.to_dict() | {"status": "violated"})
    assert store.save_agreements([(date(2022, 3, 5), first), (date(2022, 3, 6), later)]) == 1
    assert store.get_agreement("ag1").status == "violated"
    assert store.get_agreement("ag1", as_of=date(2022, 3, 5)).status == "agreed"
    assert store.agreements(as_of=date(2022, 3, 1)) == []
    assert [e.id for e in store.events(EventFilter(agreement_id="ag1")).items] == [ev.id]
    assert len(store.agreement_versions("ag1")) == 2
    with pytest.raises(NotFound):
        store.get_agreement("nope")


def test_unreachable_database_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        Store(f"sqlite:///{tmp_path}/missing/dir/x.db")


def test_undated_events_come_last_and_pages_cover_them(store: Store, articles) -> None:
    store.add_articles(articles)
    a = articles[0]
    dated = [_event(a, i, i + 40, "CONSULT", "RUS", "UKR", date(2022, 3, 1 + i % 4))
             for i in range(9)]
    undated = [dataclasses.replace(_event(a, i, i + 40, "AGREE", "RUS", "UKR", date.min),
                                   date=None) for i in range(20, 27)]
    store.replace_events(a.id, dated + undated, coder="c1")

    def every_page(flt: EventFilter) -> list[Event]:
        seen, cursor = [], None
        while True:
            page = store.events(flt, limit=4, cursor=cursor)
            seen += page.items
            if not page.next_cursor:
                return seen
            cursor = page.next_cursor

    seen = every_page(EventFilter(actor="RUS"))  # read in index order
    assert len(seen) == len({e.id for e in seen}) == 16
    days = [(e.date is None, e.date or date.min, e.id) for e in seen]
    assert days == sorted(days)  # oldest first, undated last
    assert [e.id for e in store.events(limit=None).items] == [e.id for e in seen]
    for flt in (EventFilter(article_id=a.id), EventFilter(q=a.text[30:34])):  # read and sorted
        assert [e.id for e in every_page(flt)] == [e.id for e in seen]


def test_overview_aggregates(store: Store, articles) -> None:
    store.add_articles(articles)
    a = articles[0]
    evs = [_event(a, 0, 40, "ASSAULT", "RUS", "UKR", date(2022, 3, 1)),
           _event(a, 1, 41, "ASSAULT", "RUS", "UKR", date(2022, 3, 1)),
           _event(a, 2, 42, "AGREE", "UKR", "RUS", date(2022, 3, 2))]
    evs = [dataclasses.replace(e, goldstein=-10.0 if e.event_type == "ASSAULT" else 5.0)
           for e in evs]
    store.replace_events(a.id, evs, coder="c1")
    assert sorted(store.type_counts_by_day()) == [
        (date(2022, 3, 1), "ASSAULT", 2), (date(2022, 3, 2), "AGREE", 1)]
    assert store.type_counts_by_day(since=date(2022, 3, 2)) == [(date(2022, 3, 2), "AGREE", 1)]
    dyads = {(d, s, t): (n, total) for d, s, t, n, total in store.dyad_scores()}
    assert dyads == {(date(2022, 3, 1), "RUS", "UKR"): (2, -20.0),
                     (date(2022, 3, 2), "UKR", "RUS"): (1, 5.0)}
    roles = {(code, role): n for code, role, n in store.actor_role_counts()}
    assert roles[("RUS", "source")] == 2 and roles[("RUS", "claimant")] == 3
    assert store.count_in_period(date(2022, 3, 2), date(2022, 3, 31))[1] == 1


def test_get_agreement_by_id_prefix_and_date(store: Store, articles) -> None:
    store.add_articles(articles)
    made = [Agreement(title=f"corridor {i}", kind="humanitarian_corridor", id=f"ab{i}x",
                      declared=date(2022, 3, 5), status="agreed") for i in (1, 2)]
    store.save_agreements([(date(2022, 3, 5), m) for m in made])
    assert store.get_agreement("ab1x").title == "corridor 1"
    assert store.get_agreement("ab2").title == "corridor 2"  # a unique prefix
    with pytest.raises(NotFound):
        store.get_agreement("ab")  # two agreements start with it
    with pytest.raises(NotFound):
        store.get_agreement("ab1x", as_of=date(2022, 3, 4))


def test_a_version_1_database_is_migrated(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:  # the tables of schema version 1: no timeline index
        schema.metadata.create_all(conn)
        conn.execute(text("DROP INDEX ix_events_timeline"))
        conn.execute(schema.meta.insert().values(key="schema_version", value="1"))
    engine.dispose()
    store = Store(url)
    with store.engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION == 2
        assert "ix_events_timeline" in {i["name"] for i in inspect(conn).get_indexes("events")}


def test_a_rebel_party_code_finds_its_rebels(store: Store, articles) -> None:
    """``--actor SDNREB`` (a rebel party of the board) lists the events of Sudan's actors of
    sector REB; ``--actor SDN`` all of Sudan's."""
    store.add_articles(articles[:1])
    a = articles[0]
    army = _event(a, 0, 40, "ASSAULT", "SDN", "SDN", date(2023, 5, 23))
    army.source[0].sector, army.target[0].sector = "MIL", "REB"
    rsf = _event(a, 40, 80, "ACCUSE", "SDN", "SDN", date(2023, 5, 23))
    rsf.source[0].sector, rsf.target[0].sector = "REB", "MIL"
    store.replace_events(a.id, [army, rsf], coder="c1")
    found = store.events(EventFilter(actor="SDNREB")).items
    assert sorted(e.event_type for e in found) == ["ACCUSE", "ASSAULT"]
    assert [e.event_type for e in store.events(EventFilter(source="SDNREB")).items] == ["ACCUSE"]
    assert [e.event_type for e in store.events(EventFilter(target="sdnreb")).items] == ["ASSAULT"]
    assert len(store.events(EventFilter(actor="SDN")).items) == 2
