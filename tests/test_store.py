"""The store on real corpus articles: idempotent ingest, event queries, versioned agreements."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import corpus_articles

from detente.errors import NotFound, StoreError
from detente.model import Actor, Agreement, Event, Party, Quantity, StatusChange
from detente.store import SCHEMA_VERSION, EventFilter, Store
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
