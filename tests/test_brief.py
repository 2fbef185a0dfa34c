"""Briefs: composer, renderers, the evidence check and the optional narrator.

The main fixture is the shared coded database of tests/conftest.py: five weeks of the 2022
corpus (and the week before) coded with the real coder and tracked with the real tracker,
built once and cached, so every brief is built from what the system extracted. A second,
tiny store holds events constructed by hand on real corpus sentences; it drives the checks
that must fail and the narrator tests, which talk to a real HTTP server on 127.0.0.1
speaking the OpenAI chat-completions protocol.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import BRIEF_WEEKS, copy_coded_db, corpus_records

from detente.brief import check, compose, render, render_html, render_markdown
from detente.brief.narrator import acceptable, narrate
from detente.model import Actor, Agreement, Article, Brief, Event, Quantity
from detente.store import EventFilter, Store

LABELS = ["Details", "Context", "Important to Know", "Conclusion"]
WEEKS = BRIEF_WEEKS[1:]  # the first is there for context


@pytest.fixture(scope="module")
def coded(coded_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The shared coded database (the five weeks, the week before and the API articles)."""
    copy = copy_coded_db(coded_db, tmp_path_factory.mktemp("brief") / "weeks.db")
    return Store(f"sqlite:///{copy}")


Briefs = Callable[..., Brief]


@pytest.fixture(scope="module")
def briefs(coded: Store) -> Briefs:
    """compose() on the coded store, each (since, until, actors) once per module: the tests
    below only read the briefs."""
    made: dict[tuple[Any, ...], Brief] = {}

    def brief_for(since: date, until: date, actors: list[str] | None = None) -> Brief:
        key = (since, until, tuple(actors or ()))
        if key not in made:
            made[key] = compose(coded, since=since, until=until, actors=actors)
        return made[key]

    return brief_for


def _bullets(brief: Any) -> list[Any]:
    return [b for s in brief.sections for b in (s.lead, *s.bullets)]


# -- weeks of the 2022 corpus ---------------------------------------------------------------

@pytest.mark.parametrize("week", WEEKS, ids=[w[0].isoformat() for w in WEEKS])
def test_week_brief_passes_check(coded: Store, week: tuple[date, date], briefs: Briefs) -> None:
    brief = briefs(week[0], week[1])
    assert check(brief, coded) == []
    assert [s.label for s in brief.sections] == LABELS
    md = render_markdown(brief)
    lines = md.splitlines()
    assert lines[0] == brief.headline and lines[1] == f" {brief.dek}"
    body = md.split("\nSources\n")[0]
    for label in LABELS:
        assert re.search(rf"^{re.escape(label)}\. \S", body, re.M), label
    bullet_lines = [ln for ln in body.splitlines()[2:]
                    if ln and not any(ln.startswith(f"{lab}. ") for lab in LABELS)]
    assert bullet_lines and all(ln.startswith("► ") for ln in bullet_lines)
    assert all(re.search(r"\[\d+\]\.$", ln) for ln in bullet_lines)
    sources = md.split("\nSources\n")[1].strip().splitlines()
    assert len(sources) == len(brief.citations)
    assert all(re.match(r"^\[\d+\] \S+ — \".*\" — \d{1,2} \w{3} \d{4} — http", s) for s in sources)
    # every bullet cited, no text repeated
    texts = [re.sub(r"\[\d+\]", "", b.text).strip() for b in _bullets(brief)]
    assert len(texts) == len(set(texts))
    for section in brief.sections:
        assert all(b.citations and b.event_ids for b in section.bullets)
    # Details are the week's events, Context strictly earlier ones
    ids = {i for s in brief.sections for b in (s.lead, *s.bullets) for i in b.event_ids}
    events = coded.events_by_ids(ids)
    details = brief.sections[0]
    for b in (details.lead, *details.bullets):
        assert all(week[0] <= (events[i].date or week[0]) <= week[1] for i in b.event_ids)
    context = brief.sections[1]
    for b in (context.lead, *context.bullets):
        assert all(events[i].date and events[i].date < week[0] for i in b.event_ids)
    detail_articles = {events[i].article_id for b in (details.lead, *details.bullets)
                       for i in b.event_ids}
    assert not detail_articles & {events[i].article_id for b in (context.lead, *context.bullets)
                                  for i in b.event_ids}


def test_lead_is_chosen_by_salience(coded: Store, briefs: Briefs) -> None:
    brief = briefs(WEEKS[2][0], WEEKS[2][1])
    lead = brief.scope["lead"]
    assert lead is not None and lead["score"] > 0
    assert set(lead["parts"]) >= {"P", "A", "N", "M"}
    # the Istanbul week: the lead is a development of the peace process between the two
    # sides, tied to an agreement the tracker follows (the talks, or the corridors they were
    # about: with only the fixture's weeks before it, both read as equally new), not the war
    # told in general ("They attacked us on land, in the air and from the sea")
    assert set(lead["key"][1]) == {"RUS", "UKR"} and lead["parts"]["G"] >= 1.0
    assert lead["key"][0] in ("CONSULT", "RETREAT", "AGREE")
    details = brief.sections[0]
    assert any("Istanbul" in b.text for b in (details.lead, *details.bullets))


def test_the_invasion_leads_the_week_it_began(coded: Store, briefs: Briefs) -> None:
    """The week of 21-27 February 2022: the war told in general is held back as vague, but
    its first telling in many reports (Russia's attack of 24 February) is the news, not an
    invitation to talks ("I have repeatedly invited the President of Russia ...")."""
    lead = briefs(WEEKS[0][0], WEEKS[0][1]).scope["lead"]
    assert lead is not None and lead["key"][0] == "ASSAULT"
    assert set(lead["key"][1]) == {"RUS", "UKR"}


def test_headline_and_dek_are_generated(coded: Store, briefs: Briefs) -> None:
    heads = {briefs(lo, hi).headline for lo, hi in WEEKS}
    assert len(heads) == len(WEEKS)  # not a fixed phrase
    for lo, hi in WEEKS:
        brief = briefs(lo, hi)
        assert brief.dek.endswith(".") and brief.dek.count(". ") == 0


def test_claims_are_attributed(coded: Store, briefs: Briefs) -> None:
    brief = briefs(WEEKS[2][0], WEEKS[2][1])
    events = coded.events_by_ids(i for b in _bullets(brief) for i in b.event_ids)
    for b in brief.sections[0].bullets:
        hostile = [events[i] for i in b.event_ids
                   if events[i].event_type in ("ASSAULT", "ACCUSE", "COERCE", "THREATEN")]
        if hostile:
            assert re.search(r"According to|\bsaid\b|\bsays\b", b.text), b.text


def test_single_article_brief(coded: Store) -> None:
    article = next(a for a in coded.articles(since=date(2022, 3, 29), until=date(2022, 3, 30))
                   if "Istanbul" in a.text and coded.events(EventFilter(article_id=a.id)).items)
    brief = compose(coded, article_id=article.id)
    assert check(brief, coded, min_words=0) == []
    details = brief.sections[0]
    events = coded.events_by_ids(i for b in _bullets(brief) for i in b.event_ids)
    assert all(events[i].article_id == article.id
               for b in (details.lead, *details.bullets) for i in b.event_ids)
    context = brief.sections[1]
    for b in (context.lead, *context.bullets):
        for i in b.event_ids:
            assert events[i].article_id != article.id
            assert events[i].date is not None and article.published is not None
            assert events[i].date < article.published


def test_article_brief_without_history_has_empty_context(tmp_path: Path) -> None:
    store = _small_store(tmp_path)
    # the Mykolaiv report is the earliest event in this store: nothing comes before it
    article_id = store.events(EventFilter(q="Mykolaiv")).items[0].article_id
    brief = compose(store, article_id=article_id)
    context = brief.sections[1]
    assert context.bullets == [] and context.lead.citations == []
    assert check(brief, store, min_words=0) == []


def test_actor_pair_and_topic_briefs(coded: Store, briefs: Briefs) -> None:
    pair = briefs(WEEKS[3][0], WEEKS[3][1], ["RUS", "UKR"])
    assert check(pair, coded, min_words=150) == []
    details = pair.sections[0]
    events = coded.events_by_ids(i for b in (details.lead, *details.bullets) for i in b.event_ids)
    for ev in events.values():
        codes = set(ev.source_codes) | set(ev.target_codes)
        assert codes & {"RUS", "UKR"} and (codes <= {"RUS", "UKR"} or {"RUS", "UKR"} <= codes)
    topic = compose(coded, topic="corridor")
    assert check(topic, coded, min_words=60) == []
    events = coded.events_by_ids(i for b in _bullets(topic) for i in b.event_ids)
    details = topic.sections[0]
    assert all("corridor" in events[i].sentence.lower()
               for b in (details.lead, *details.bullets) for i in b.event_ids
               if i in events and events[i].date and events[i].date >= topic.since)


def test_agreement_brief(coded: Store) -> None:
    board = [a for a in coded.agreements() if len(a.events) >= 3]
    assert board, "the tracker found no agreement with three events"
    agreement = board[0]
    brief = compose(coded, agreement_id=agreement.id)
    assert brief.scope["agreement_id"] == agreement.id
    assert check(brief, coded, min_words=0) == []


def test_html_links_each_citation_to_its_sentence(coded: Store, briefs: Briefs) -> None:
    brief = briefs(WEEKS[1][0], WEEKS[1][1])
    html = render(brief, "html")
    for c in brief.citations:
        assert f'href="/articles/{c.article_id}#ev-{c.event_id}"' in html
    assert html.count('class="cite"') >= len(brief.citations)
    custom = render_html(brief, article_url=lambda a, e: f"https://x.test/a/{a}?e={e}&x=<1>")
    assert "&amp;x=&lt;1&gt;" in custom and "<1>" not in custom
    assert "<strong>Details.</strong>" in html and "► " in html


def test_html_escapes_text(tmp_path: Path) -> None:
    store = _small_store(tmp_path)
    brief = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31))
    brief.sections[0].bullets.append(
        type(brief.sections[0].lead)(text="<script>alert(1)</script> [1].", citations=[1]))
    html = render_html(brief)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_json_event_ids_exist_in_store(coded: Store, briefs: Briefs) -> None:
    brief = briefs(WEEKS[4][0], WEEKS[4][1])
    data = json.loads(render(brief, "json"))
    assert [s["label"] for s in data["sections"]] == LABELS
    ids = [i for s in data["sections"] for b in [s["lead"], *s["bullets"]] for i in b["event_ids"]]
    assert ids
    found = coded.events_by_ids(ids)
    assert set(ids) <= set(found)
    for c in data["citations"]:
        assert found.get(c["event_id"]) is None or found[c["event_id"]].sentence == c["sentence"]
    with pytest.raises(ValueError):
        render(brief, "pdf")


# -- the check catches what it must ---------------------------------------------------------

def test_check_catches_invented_numbers_repeats_and_missing_citations(tmp_path: Path) -> None:
    store = _small_store(tmp_path)
    brief = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31))
    assert check(brief, store, min_words=0) == []
    lead = brief.sections[0].lead
    lead.text = lead.text.replace(" [", " with 999 people [", 1)
    problems = check(brief, store, min_words=0)
    assert any("'999'" in p for p in problems)
    lead.text = lead.text.replace(" with 999 people", " on 3 May 2022")
    assert any("3 May 2022" in p for p in check(brief, store, min_words=0))
    Bullet = type(lead)
    brief.sections[1].bullets.append(Bullet(text="Nothing backs this."))
    assert any("not cited" in p for p in check(brief, store, min_words=0))
    brief.sections[3].bullets.append(Bullet(text=brief.sections[2].lead.text,
                                            citations=list(brief.sections[2].lead.citations)))
    assert any("repeats" in p for p in check(brief, store, min_words=0))
    brief.sections.reverse()
    assert any("sections are" in p for p in check(brief, store, min_words=0))


# -- narrator -----------------------------------------------------------------------------------

class _ChatServer:
    """A local OpenAI-compatible endpoint; ``transform`` rewrites each numbered line."""

    def __init__(self, transform: Any) -> None:
        self.transform = transform
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body,
                                        "auth": self.headers.get("Authorization")})
                lines = body["messages"][-1]["content"].splitlines()
                out = []
                for line in lines:
                    number, _, text = line.partition(". ")
                    out.append(f"{number}. {server.transform(text)}")
                reply = {"id": "x", "object": "chat.completion", "model": body["model"],
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant",
                                                  "content": "\n".join(out)}}]}
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> _ChatServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_narrator_accepts_a_faithful_rephrasing(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = _small_store(tmp_path)
    brief = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31))

    def smooth(text: str) -> str:
        return text.replace("According to Kyiv, ", "Kyiv reports that ", 1).replace(
            " held talks", " met for talks", 1)

    with _ChatServer(smooth) as server:
        monkeypatch.setenv("DETENTE_LLM_URL", server.url)
        monkeypatch.setenv("DETENTE_LLM_KEY", "secret")
        monkeypatch.setenv("DETENTE_LLM_MODEL", "tiny")
        out = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31), narrate=True)
    assert server.requests and server.requests[0]["path"] == "/v1/chat/completions"
    assert server.requests[0]["auth"] == "Bearer secret"
    assert server.requests[0]["body"]["model"] == "tiny"
    report = out.scope["narrator"]
    assert report["accepted"] == len(_bullets(out)) and report["rejected"] == []
    assert "met for talks" in render_markdown(out)
    assert render_markdown(out) != render_markdown(brief)
    assert check(out, store, min_words=0) == []


def test_narrator_rejects_an_invented_number(tmp_path: Path) -> None:
    store = _small_store(tmp_path)
    brief = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31))

    def invent(text: str) -> str:
        return re.sub(r"( \[\d+\])", r", leaving 37 dead\1", text, count=1)

    with _ChatServer(invent) as server:
        out = narrate(brief, store, url=server.url, model="tiny")
    assert render_markdown(out) == render_markdown(brief)  # every line kept as it was
    reasons = [r["reason"] for r in out.scope["narrator"]["rejected"]]
    assert reasons and all("numbers not in the evidence" in r for r in reasons
                           if "37" in r or "numbers" in r)
    assert any("'37'" in r for r in reasons)


def test_narrator_check_rejects_new_names_dates_and_markers() -> None:
    original = "According to Kyiv, Russian forces struck Mykolaiv on 29 March 2022 [2]."
    evidence = "The Russian troops hit Mykolaiv very insidiously."
    assert acceptable(original, "Kyiv says Russian forces struck Mykolaiv on 29 March 2022 [2].",
                      evidence) is None
    assert "names" in (acceptable(original, "According to Kyiv, Russian forces struck Odesa "
                                  "on 29 March 2022 [2].", evidence) or "")
    assert "dates" in (acceptable(original, "According to Kyiv, Russian forces struck Mykolaiv "
                                  "on 30 March 2022 [2].", evidence) or "")
    assert "citation" in (acceptable(original, "According to Kyiv, Russian forces struck "
                                     "Mykolaiv on 29 March 2022.", evidence) or "")


def test_narrator_is_off_by_default_and_survives_a_dead_endpoint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _small_store(tmp_path)
    monkeypatch.delenv("DETENTE_LLM_URL", raising=False)
    brief = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31), narrate=True)
    assert "narrator" not in brief.scope
    out = narrate(brief, store, url="http://127.0.0.1:9/v1", timeout=2)
    assert render_markdown(out) == render_markdown(brief)
    assert out.scope["narrator"]["accepted"] == 0


# -- a tiny store of hand-made events on real corpus sentences --------------------------------

def _find(needle: str) -> Article:
    for rec in corpus_records():
        if needle in rec["text"]:
            return Article.from_dict(rec | {"published": rec["published"][:10]})
    raise AssertionError(f"not in the corpus: {needle}")


def _event(article: Article, sentence: str, event_type: str, source: list[Actor],
           target: list[Actor], trigger: str, day: date, **kw: Any) -> Event:
    start = article.text.index(sentence)
    return Event(article_id=article.id, sentence=sentence, span=(start, start + len(sentence)),
                 event_type=event_type, source=source, target=target, trigger=trigger,
                 date=day, confidence=0.8, **kw)


RUS = Actor(text="Russia", code="RUS")
UKR = Actor(text="Ukraine", code="UKR")


def _small_store(tmp_path: Path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'small.db'}")
    talks = "Andriy Yermak stressed that the Ukrainian delegation continues difficult talks " \
        "with the Russians, and the meeting in Istanbul is a confirmation of such a dialogue."
    contact = "The parties agreed to maintain contact."
    hit = "The Russian troops hit Mykolaiv very insidiously."
    ships = "More than a hundred merchant ships under various flags are blocked by Russia " \
        "in our ports!"
    chornobyl = "Russia must immediately withdraw its troops from the Chornobyl zone"
    made: dict[str, list[Event]] = {}
    for needle, build in (
        (talks, lambda a: [
            _event(a, talks, "CONSULT", [Actor("Ukrainian delegation", code="UKR", sector="GOV")],
                   [Actor("Russians", code="RUS")], "talks", date(2022, 3, 31),
                   modality="reported", claimant=Actor("Andriy Yermak", code="UKR"),
                   plover_score=2.1),
            _event(a, talks, "CONSULT", [Actor("Russians", code="RUS")],
                   [Actor("Ukrainian delegation", code="UKR", sector="GOV")], "talks",
                   date(2022, 3, 31), modality="reported",
                   claimant=Actor("Andriy Yermak", code="UKR"), plover_score=2.1)]),
        (contact, lambda a: [
            _event(a, contact, "AGREE", [RUS], [UKR], "agreed", date(2022, 3, 31),
                   plover_score=4.2),
            _event(a, contact, "AGREE", [UKR], [RUS], "agreed", date(2022, 3, 31),
                   plover_score=4.2)]),
        (hit, lambda a: [_event(a, hit, "ASSAULT", [Actor("Russian troops", code="RUS",
                                                          sector="MIL")],
                                [Actor("Mykolaiv", code="UKR")], "hit", date(2022, 3, 29),
                                plover_score=-9.3)]),
        (ships, lambda a: [_event(a, ships, "COERCE", [RUS], [], "blocked", date(2022, 3, 31),
                                  mode="restrict", plover_score=-8.6,
                                  quantities=[Quantity(100, "ships",
                                                       "a hundred merchant ships")])]),
        (chornobyl, lambda a: [_event(a, chornobyl, "REQUEST", [Actor("Deputy Prime Minister",
                                                                      code="UKR", sector="GOV")],
                                      [RUS], "withdraw", date(2022, 3, 30), mode="yield",
                                      plover_score=-5.0)]),
    ):
        article = _find(needle)
        store.add_article(article)
        made.setdefault(article.id, []).extend(build(article))
    for article_id, events in made.items():
        store.replace_events(article_id, events, coder="hand")
    return store


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Store]:
    yield _small_store(tmp_path)


# -- links, the command line, wording ----------------------------------------------------------

@pytest.mark.parametrize("url", ["javascript:alert(1)", "java\tscript:alert(1)",
                                 " JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>",
                                 "vbscript:msgbox", "file:///etc/passwd"])
def test_html_never_links_an_unsafe_scheme(tmp_path: Path, url: str) -> None:
    store = _small_store(tmp_path)
    brief = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31))
    assert brief.citations
    for c in brief.citations:
        c.url = url
    html = render_html(brief, article_url=lambda a, e: url)
    assert "script:" not in html.lower() and "data:" not in html and "file:" not in html
    assert 'class="cite"' in html  # the citation marks stay, unlinked
    assert url.strip() not in render_markdown(brief)


def test_html_keeps_http_and_site_links(tmp_path: Path) -> None:
    store = _small_store(tmp_path)
    brief = compose(store, since=date(2022, 3, 29), until=date(2022, 3, 31))
    brief.citations[0].url = "https://www.president.gov.ua/en/news/x"
    html = render_html(brief)
    assert 'href="https://www.president.gov.ua/en/news/x"' in html
    assert f'href="/articles/{brief.citations[0].article_id}#ev-' in html


def test_cli_brief_check(coded: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    runner = CliRunner()
    week = ["--since", WEEKS[2][0].isoformat(), "--until", WEEKS[2][1].isoformat()]
    ok = runner.invoke(app, ["brief", *week, "--check", "--db", coded.url])
    assert ok.exit_code == 0, ok.output
    small = _small_store(tmp_path)  # three days, far fewer than 300 words
    short = runner.invoke(app, ["brief", "--since", "2022-03-29", "--until", "2022-03-31",
                                "--check", "--db", small.url])
    assert short.exit_code == 1
    assert "length:" in short.stdout and "Traceback" not in short.output
    bad = runner.invoke(app, ["brief", "--actors", "RUS;DROP", "--check", "--db", small.url])
    assert bad.exit_code == 1 and "--actors" in bad.output and "Traceback" not in bad.output


def test_a_state_never_acts_on_itself(coded: Store, briefs: Briefs) -> None:
    for lo, hi in WEEKS:
        brief = briefs(lo, hi)
        for b in _bullets(brief):
            assert "Russia's proposal" not in b.text or not b.text.startswith("Russia")
            # "Ukraine did not refuse to negotiate with the Russian Federation" is fine
            for clause in re.split(r"[;:]", b.text):
                words = clause.strip()
                assert not (words.startswith("Russia") and "with the Russian Federation" in words)


def test_long_headlines_are_cut_at_a_phrase_boundary() -> None:
    from detente.brief.compose import shorten_headline

    cut = shorten_headline("Ukraine provides more effective assistance to people in the cities "
                           "most affected by the war this week")
    assert len(cut.split()) <= 14 and not cut.endswith((" the", " by", " of", " to"))
    assert shorten_headline("Russia and Ukraine hold talks") == "Russia and Ukraine hold talks"


def test_deks_keep_state_names_capitalised(coded: Store, briefs: Briefs) -> None:
    from detente.brief import names

    states = [n.name for n in names.table().values() if n.name[:1].isupper()]
    for lo, hi in WEEKS:
        for actors in (None, ["RUS", "UKR"]):
            dek = briefs(lo, hi, actors).dek
            assert dek[:1].isupper()
            for name in states:
                assert not re.search(rf"\b{re.escape(name[:1].lower() + name[1:])}\b", dek), dek


def _ev(sentence: str, event_type: str, source: list[Actor], target: list[Actor],
        **kw: Any) -> Event:
    return Event(article_id="a1", sentence=sentence, span=(0, len(sentence)),
                 event_type=event_type, source=source, target=target,
                 date=date(2022, 6, 24), **kw)


def test_plural_agreement_labels_take_plural_verbs() -> None:
    import importlib

    comp = importlib.import_module("detente.brief.compose")
    assert comp._plural_label("the talks (Black Sea)", "other")
    assert comp._plural_label("the talks", "talks")
    assert not comp._plural_label("the humanitarian corridor (Mariupol)", "humanitarian_corridor")
    assert comp._plural_status("has only been proposed") == "have only been proposed"
    assert comp._plural_status("is reported violated") == "are reported violated"
    # "The security guarantees have been agreed but is not reported in force" (corpus, 24
    # March 2022): both verbs agree
    assert comp._plural_status("has been agreed but is not reported in force") == \
        "have been agreed but are not reported in force"


def test_sentence_start_common_nouns_are_lower_cased() -> None:
    from detente.brief import prose

    ev = _ev("Civilians are executed there.", "ASSAULT", [Actor("", code="RUS")],
             [Actor("Civilians", code="UKR")], trigger="executed")
    assert prose.target_phrase(ev, {"RUS"}) != "Civilians"
    assert prose.decapitalise("Civilians") == "civilians"
    assert prose.decapitalise("Mykolaiv") == "Mykolaiv"
    assert prose.decapitalise("NATO troops") == "NATO troops"


def test_recollections_of_the_past_are_no_news() -> None:
    import importlib

    comp = importlib.import_module("detente.brief.compose")
    since = date(2022, 6, 18)
    old = [
        "That is why the Russian Federation appeared on it, annexing Crimea.",
        "The crisis began on February 24, when the Russian fleet blocked Ukrainian ports.",
        "Russia has been waging war against Ukraine since 2014.",
        "For eight years, the occupiers shelled Donbas.",
    ]
    for text in old:
        assert comp.past_mention(_ev(text, "COERCE", [], []), since), text
    new = ["The occupiers struck at Mykolaiv, seven missiles.",
           "On June 20, Russian forces shelled Kharkiv."]
    for text in new:
        assert not comp.past_mention(_ev(text, "ASSAULT", [], []), since), text


def test_inferred_and_aimless_developments_rank_lower() -> None:
    from detente.brief import salience

    aimless = _ev("We are ready to amaze the world!", "AGREE", [Actor("We", code="UKR")], [],
                  trigger="ready")
    inferred = _ev("He is causing additional destabilisation, which cannot be accepted.",
                   "AGREE", [Actor("", code="RUS")], [Actor("", code="UKR")],
                   trigger="accepted")
    aimed = _ev("Ukraine is ready to exchange prisoners with Russia.", "AGREE",
                [Actor("Ukraine", code="UKR")], [Actor("Russia", code="RUS")],
                trigger="ready")
    devs = {d.lead_event.sentence: d for d in salience.rank([aimless, inferred, aimed])}
    assert salience.aimless(devs[aimless.sentence])
    assert not salience.named(devs[inferred.sentence])
    assert devs[aimed.sentence].score > devs[aimless.sentence].score
    assert devs[aimed.sentence].score > devs[inferred.sentence].score


def test_destroyed_things_are_not_told_as_destroyed_people() -> None:
    from detente.brief import prose

    filled = _ev("A number of infrastructure facilities were destroyed.", "ASSAULT",
                 [Actor("", code="RUS", sector="MIL")], [Actor("", code="UKR", sector="CVL")],
                 trigger="destroyed", mode="destroy")
    assert prose.clause(filled) is None
    named = _ev("Russian troops destroyed the bridge in Kharkiv.", "ASSAULT",
                [Actor("Russian troops", code="RUS", sector="MIL")],
                [Actor("the bridge in Kharkiv", code="UKR")], trigger="destroyed", mode="destroy")
    assert "destroyed" in (prose.clause(named) or "")


def test_one_sides_offer_in_a_two_way_development_is_told_as_its_own() -> None:
    import importlib

    comp = importlib.import_module("detente.brief.compose")
    offer = _ev("In a separate paragraph, we offer to the Russian party a ceasefire.", "AGREE",
                [Actor("we", code="UKR")], [Actor("the Russian party", code="RUS")],
                trigger="offer")
    agreed = _ev("The parties agreed to continue the talks.", "AGREE", [Actor("", code="UKR")],
                 [Actor("", code="RUS")], trigger="agreed")
    back = _ev("The parties agreed to continue the talks.", "AGREE", [Actor("", code="RUS")],
               [Actor("", code="UKR")], trigger="agreed")
    dev = comp.salience.Development(key=("AGREE", ("RUS", "UKR"), ""), events=[offer, agreed, back])
    assert comp.dev_subject(dev, offer) is None
    assert comp.dev_subject(dev, agreed) is not None


def test_a_share_keeps_what_it_is_a_share_of() -> None:
    from detente.brief import prose
    from detente.model import Quantity

    sentence = ("Luxembourg has provided us with defense support in the amount of 15% of its "
                "defense budget.")
    assert prose.quantity_phrase(Quantity(value=15, unit="%", text="15%"), sentence) == (
        "15% of its defense budget")
    assert prose.quantity_phrase(Quantity(value=15, unit="%", text="15%"),
                                 "Prices rose by 15% in May.") == "15%"
    # the share ends before the verb: "70% of the water area is blocked by Russia"
    assert prose.quantity_phrase(Quantity(value=70, unit="%", text="70%"), (
        "There is another space for escalation - in the Sea of Azov, where 70% of the water "
        "area is blocked by Russia.")) == "70% of the water area"


def _told(sentence: str, event_type: str, trigger: str, source: Actor, target: Actor,
          **kw: Any) -> Event:
    return Event(article_id="x", sentence=sentence, span=(0, len(sentence)),
                 event_type=event_type, source=[source], target=[target], trigger=trigger,
                 date=date(2025, 3, 19), **kw)


def test_a_long_charge_keeps_what_was_hit_and_where() -> None:
    """"in the town of Sudzha in the Kursk region" is "in Sudzha": the charge is told, not
    cut to "Russia accused Ukraine"."""
    from detente.brief import prose
    charge = _told("Russia accused Ukraine on Friday of blowing up a gas metering station in "
                   "the town of Sudzha in the Kursk region, calling it a violation of the "
                   "moratorium on strikes against energy facilities.", "ACCUSE", "accused",
                   RUS, Actor("Ukraine", code="UKR"))
    assert prose.clause(charge) == \
        "Russia accused Ukraine of blowing up a gas metering station in Sudzha"


def test_people_struck_in_a_place_are_the_people_not_the_place() -> None:
    """Corpus, 3 March 2022: "genocide against peaceful civilians in Donbass" attacked
    civilians in Donbass, not "Donbass"."""
    from detente.brief import prose
    genocide = _told("Moreover, they had closed their eyes to years of genocide against "
                     "peaceful civilians in Donbass, which led to numerous casualties.",
                     "ASSAULT", "genocide", Actor("", code="UKR", sector="MIL"),
                     Actor("peaceful civilians in Donbass", code="UKR", sector="CVL"))
    assert prose.clause(genocide) == \
        "Ukrainian forces attacked Ukrainian civilians in Donbass"


def test_a_bombs_weight_is_not_what_was_bombed() -> None:
    """Corpus, 5 March 2022: "500 kg bombs that were dropped on the houses of Ukrainians" did
    not strike "500 kg"."""
    from detente.brief import prose
    dropped = _told("At 500 kg bombs that were dropped on the houses of Ukrainians.", "ASSAULT",
                    "dropped", Actor("", code="RUS", sector="MIL"),
                    Actor("Ukrainians", code="UKR"), mode="aerial",
                    quantities=[Quantity(500, "kg", "500 kg")])
    assert "on 500 kg" not in (prose.clause(dropped) or "")


def test_a_declared_truce_is_told_without_its_occasion() -> None:
    """"declared a 72-hour ceasefire in Ukraine from May 8 to May 10 to mark the 80th
    anniversary …" is the truce declared, not "declared Ukraine"."""
    from detente.brief import prose
    declared = _told("Russian President Vladimir Putin declared a 72-hour ceasefire in Ukraine "
                     "from May 8 to May 10 to mark the 80th anniversary of the Soviet victory in "
                     "World War Two, the Kremlin said.", "CONCEDE", "declared", RUS,
                     Actor("", code="UKR"))
    assert prose.clause(declared) == \
        "Russia declared a 72-hour ceasefire in Ukraine from May 8 to May 10"


def test_how_long_something_was_absent_is_no_duration_and_opposed_takes_its_object() -> None:
    """Corpus: "Russia's invasion of Ukraine is something Europe has not seen for 75 years" is
    no invasion "for 75 years"; "is opposed to Ukraine joining NATO" opposed Ukraine joining."""
    from detente.brief import prose
    unseen = _told("Chancellor of Germany Olaf Scholz yesterday said Russia's invasion of "
                   "Ukraine is something Europe has not seen for 75 years.", "ASSAULT",
                   "invasion", RUS, Actor("Ukraine", code="UKR"),
                   quantities=[Quantity(75, "years", "75 years")])
    assert prose.clause(unseen) == "Russia invaded Ukraine"
    opposed = _told("Russia is categorically opposed to Ukraine joining NATO.", "REJECT",
                    "opposed", RUS, Actor("Ukraine", code="UKR"))
    assert prose.clause(opposed) == "Russia opposed Ukraine joining NATO"


def test_a_refusal_of_what_only_the_sentence_before_told_is_not_told() -> None:
    """Corpus, June 2022: "Russia refused to recognise such a situation" says nothing a reader
    of the brief can know (not even "Russia rebuffed Ukraine"): it is not told."""
    from detente.brief import prose
    such = _told("Russia refused to recognise such a situation.", "REJECT", "refused", RUS,
                 Actor("", code="UKR"))
    assert prose.clause(such) is None
    assert prose.clause(replace(such, target=[])) is None
    plain = _told("Russia rejected the proposal.", "REJECT", "rejected", RUS,
                  Actor("", code="UKR"))
    assert prose.clause(plain) == "Russia rejected the proposal"


def test_proposals_outlined_are_no_understanding_reached() -> None:
    """Corpus, 29 March 2022: "the Ukrainian party officially outlined its proposals for a new
    system of security guarantees" is an offer (a brief's dek said "Ukraine reached an
    understanding with Russia")."""
    from detente.brief import prose
    outlined = _told("During the talks with Russia in Turkey, the Ukrainian party officially "
                     "outlined its proposals for a new system of security guarantees for "
                     "Ukraine.", "AGREE", "outlined", Actor("Ukrainian party", code="UKR"), RUS)
    said = prose.clause(outlined) or ""
    assert said.startswith("Ukraine outlined its proposals") and "understanding" not in said


def test_a_noun_trigger_takes_no_complement() -> None:
    """Corpus, 7 March 2022: "reiterated Russia's demands made earlier" is "Russia made
    demands of Ukraine", not "Russia demanded made earlier"."""
    from detente.brief import prose
    demands = _told("Vladimir Putin also gave an assessment of the negotiations with Kiev "
                    "representatives and reiterated Russia's demands made earlier.", "REQUEST",
                    "demands", RUS, Actor("Kiev representatives", code="UKR"))
    assert prose.clause(demands) == "Russia made demands of Ukraine"


def test_wording_of_calls_swaps_and_mutual_accusations() -> None:
    from detente.brief import prose
    from detente.brief.compose import dev_subject
    from detente.brief.salience import Development
    call = _told("Putin and Trump spoke by phone for more than two hours on Tuesday.",
                 "CONSULT", "spoke", RUS, Actor("Trump", code="USA"), mode="phone",
                 quantities=[Quantity(2, "hours", "more than two hours")])
    # the weekday is no place; the length of the call reads as one
    assert prose.clause(call, subject="Russia and the United States", reciprocal=True) == \
        "Russia and the United States spoke by phone for more than two hours"
    # a go-between's good offices are told by what it facilitated, not as talks
    helped = _told("Saudi Arabia facilitated the prisoner exchange between Russia and Ukraine.",
                   "CONSULT", "facilitated", Actor("Saudi Arabia", code="SAU"), RUS)
    assert prose.clause(helped) == \
        "Saudi Arabia facilitated the prisoner exchange between Russia and Ukraine"
    swap = "Ukraine and Russia exchanged 175 prisoners each on Wednesday."
    both = [_told(swap, "RETREAT", "exchanged", a, b, mode="release",
                  quantities=[Quantity(175, "prisoners", "175 prisoners")])
            for a, b in ((UKR, RUS), (RUS, UKR))]
    subject = dev_subject(Development(("RETREAT", ("RUS", "UKR"), ""), both), both[0])
    assert subject == "Ukraine and Russia" or subject == "Russia and Ukraine"
    assert prose.clause(both[0], subject=subject, reciprocal=True) == \
        f"{subject} exchanged 175 prisoners"
    said = "Both sides accused each other of violating the moratorium."
    mutual = [_told(said, "ACCUSE", "accused", a, b) for a, b in ((UKR, RUS), (RUS, UKR))]
    accused = Development(("ACCUSE", ("RUS", "UKR"), ""), mutual)
    assert dev_subject(accused, mutual[0]) in ("Ukraine and Russia", "Russia and Ukraine")
    claim = _told("The Russian Defence Ministry accused Ukraine of attacking Sudzha.",
                  "ASSAULT", "attacking", UKR, RUS, modality="reported",
                  claimant=Actor("Russian Defence Ministry", code="RUS", sector="MIL"))
    assert prose.attribution(claim, None) == "the Russian Defence Ministry"


def test_agreement_labels_read_as_english() -> None:
    from detente.brief.compose import agreement_label
    from detente.model import Agreement
    said = _told("Russia proposed talks on navigation in the Black Sea.", "AGREE", "proposed",
                 RUS, UKR)
    talks = Agreement(title="Talks", kind="talks", scope=["Black Sea"])
    assert agreement_label(talks, [said]) == "the Black Sea talks"
    corridor = Agreement(title="Corridor", kind="humanitarian_corridor", scope=["Mariupol"])
    evacuation = _told("Ukraine proposed a corridor from Mariupol.", "AGREE", "proposed", UKR,
                       RUS)
    assert agreement_label(corridor, [evacuation]) == "the humanitarian corridor (Mariupol)"


EASTER = [
    ("2025-04-19", "Putin declares Easter truce",
     "Russian President Vladimir Putin declared a 30-hour Easter truce, ordering his forces to "
     "halt all military activity until midnight on Sunday. Zelensky proposed extending the "
     "ceasefire for 30 days."),
    ("2025-04-20", "Both sides accuse each other of violating Easter truce",
     "Ukraine accused Russia of violating the Easter truce more than 2,000 times. The Russian "
     "Defence Ministry said Ukrainian forces had breached the truce 1,000 times and attacked "
     "Russian positions in the Kursk region. Kyiv said Russian troops had shelled Kherson "
     "during the truce."),
    ("2025-04-21", "Easter truce expires",
     "The Easter truce expired at midnight and Russia resumed its offensive, the Kremlin said."),
]


def _run_wire(tmp_path: Path, stories: list[Any], *command: str) -> str:
    """``detente run`` on wire stories ([published, title, text]), then ``command`` on the
    database; its output."""
    from typer.testing import CliRunner

    from detente.cli import app
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({
        "url": f"https://www.reuters.com/world/story-{i}", "title": title, "published": day,
        "text": text}) + "\n" for i, (day, title, text) in enumerate(stories)),
        encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'wire.db'}"
    runner = CliRunner()
    if not (tmp_path / "wire.db").exists():
        assert runner.invoke(app, ["run", str(news), "--db", db]).exit_code == 0
    told = runner.invoke(app, [*command, "--db", db])
    assert told.exit_code == 0, told.output
    return told.output


def test_a_wire_story_of_a_truce_reads_true(tmp_path: Path) -> None:
    """Run → brief on three wire reports of the 2025 Easter truce: both sides' accusations
    are told as such, numbers keep their thousands, the truce reads as one and has expired."""
    text = _wire_brief(tmp_path, EASTER)
    assert "more than 2,000 times" in text  # (was cut to "more than 2")
    assert "said that Ukraine accused" not in text  # the accuser is its own speaker
    assert "Only Kyiv's accusations" not in text and "Both sides accuse each other" in text
    assert "The Easter ceasefire has expired" in text
    assert "No expiry date" not in text


def test_a_long_complement_drops_its_circumstance() -> None:
    from detente.brief import prose
    called = _told("The IAEA called for the establishment of a nuclear safety and security "
                   "protection zone around the Zaporizhzhia plant to prevent a nuclear "
                   "accident.", "REQUEST", "called", Actor("IAEA", code="IAEA"), UKR)
    assert prose.clause(called) == "the IAEA called for the establishment of a nuclear " \
        "safety and security protection zone around the Zaporizhzhia plant"  # (the why cut)
    said = _told("The Russian Defence Ministry accused Ukraine of attacking a gas metering "
                 "station in Sudzha in violation of the energy truce.", "ACCUSE", "accused",
                 RUS, UKR)
    assert prose.complement(said) == "Ukraine of attacking a gas metering station in Sudzha"


def _wire_board(tmp_path: Path, stories: list[Any]) -> list[dict[str, Any]]:
    """The agreements board (JSON) of ``detente run`` on wire stories."""
    board: list[dict[str, Any]] = json.loads(
        _run_wire(tmp_path, stories, "agreements", "--format", "json"))
    return board


def _wire_brief(tmp_path: Path, stories: list[Any], *options: str) -> str:
    """The brief of ``detente run`` on wire stories, its whitespace made single spaces."""
    return " ".join(_run_wire(tmp_path, stories, "brief", *options).split())


def _wire_stories(name: str) -> list[Any]:
    """The wire stories ([published, title, text]) of ``tests/data/<name>.json``, written for
    the tests after real reports (their facts, not their text)."""
    return json.loads((Path(__file__).parent / "data" / f"{name}.json").read_text(
        encoding="utf-8"))


# six reports of the March 2025 Riyadh round
RIYADH = _wire_stories("riyadh_2025")


def test_the_riyadh_round_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on six wire reports of the March 2025 Riyadh round: the
    separate deals are agreed by both sides, the sea truce is contested by Moscow's
    condition, the energy truce expires with both sides' claims, and the brief says so."""
    board = _wire_board(tmp_path, RIYADH)
    energy = next(a for a in board if "energy infrastructure" in a["scope"])
    assert energy["status"] == "expired" and energy["duration_days"] == 30
    # its days run from the deal (not Kyiv's offer two days before) and end as told
    assert (energy["effective"], energy["ends"]) == ("2025-03-25", "2025-04-16")
    assert {(c["claimant"], c["accused"]) for c in energy["violation_claims"]} == {
        ("RUS", "UKR"), ("UKR", "RUS")}
    sea = next(a for a in board if a["kind"] == "partial_ceasefire" and "Black Sea" in a["scope"])
    assert sea["status"] == "contested"
    assert {p["code"]: p["position"] for p in sea["parties"]} == {
        "RUS": "agreed", "UKR": "agreed", "USA": "agreed"}
    # Washington's help with Russia's farm exports is a term of the sea deal, not talks
    assert sea["title"].startswith("Partial ceasefire (Black Sea")  # (not the grain deal)
    assert sea["scope"] == ["Black Sea", "grain"] and not [
        a for a in board if a["kind"] == "talks" and "grain" in a["scope"]]
    text = _wire_brief(tmp_path, RIYADH)
    assert text.startswith("Partial Ceasefire on Energy Infrastructure Has Expired, Moscow Says")
    assert "Details. Dmitry Peskov said on 17 April 2025 that the partial ceasefire on energy " \
        "infrastructure had expired" in text
    assert "Russia, Ukraine and the United States agreed to the partial ceasefire" in text
    assert "According to the White House" in text
    assert "accused Russia of violating the agreement" in text  # (not cut to "accused Russia")
    assert "accused each other of violating" not in text.split("Important to Know")[1]
    # as it stood on 25 March: the deals, which moved the truce, lead (not the strike on
    # Sumy the day before), told by the one who made them with each side
    deals = _wire_brief(tmp_path, RIYADH, "--until", "2025-03-25")
    assert deals.startswith("The United States Reaches Separate Deals with Ukraine and Russia")
    assert "Details. On 25 March 2025 the United States reached separate deals with Ukraine " \
        "and Russia to halt attacks at sea and against energy facilities" in deals
    # as it stood on 28 March: Moscow's condition is its stated position
    then = _wire_brief(tmp_path, RIYADH, "--until", "2025-03-28")
    assert "Russia will not implement the Black Sea agreement until Western sanctions on its " \
        "agricultural exports are lifted" in then.split("Important to Know")[1]


# five reports of the May-June 2025 Istanbul rounds, written like RIYADH
ISTANBUL = _wire_stories("istanbul_2025")


def test_the_istanbul_rounds_read_true(tmp_path: Path) -> None:
    """Run → agreements → brief on five wire reports of the 2025 Istanbul rounds: the
    1,000-for-1,000 swap is one exchange agreed and carried out, Kyiv's denial refuses
    nothing, and the brief tells bodies handed over, both sides' swap and Moscow's demand."""
    board = _wire_board(tmp_path, ISTANBUL)
    swap = next(a for a in board if a["declared"] == "2025-05-16"
                and a["kind"] == "prisoner_exchange")
    assert [h["status"] for h in swap["history"]] == ["agreed", "implemented"]
    # the bodies agreed at the second round, handed over both ways nine days later
    bodies = [a for a in board if a["kind"] == "prisoner_exchange" and a is not swap]
    assert [[h["status"] for h in a["history"]] for a in bodies] == [["agreed", "implemented"]]
    assert not any(p["position"] == "rejected" for a in board for p in a["parties"]
                   if a["kind"] == "prisoner_exchange")
    assert all(p["code"] in ("RUS", "UKR") for a in board for p in a["parties"]
               if a["kind"] == "prisoner_exchange")  # (not Turkey, where it was agreed)
    text = _wire_brief(tmp_path, ISTANBUL)
    assert "Russia released 1,212 bodies" in text  # "handed over", not "over 1,212"
    assert "Russia and Ukraine exchanged 1,000 prisoners" in text
    assert "Russia demanded that Ukraine withdraw its troops from the four regions" in text
    assert "Ukraine denied the claims of Russia" in text


# six reports of the August 2025 Alaska summit and after, written like RIYADH
ALASKA = _wire_stories("alaska_2025")


def test_the_alaska_summit_and_the_meeting_it_led_to_read_true(tmp_path: Path) -> None:
    """Run → agreements → brief on six wire reports of August 2025: the Anchorage summit is
    talks of the United States and Russia held (no refused ceasefire), the meeting Trump began
    arranging is his proposal between Putin and Zelenskiy (a meeting "not planned" refuses
    nothing), and the brief tells plans as they stood."""
    board = _wire_board(tmp_path, ALASKA)
    summit = next(a for a in board if a["kind"] == "talks" and "Anchorage" in a["title"])
    assert {p["code"] for p in summit["parties"]} == {"USA", "RUS"}
    assert [h["status"] for h in summit["history"]] == ["implemented"]
    assert not [a for a in board if a["kind"] in ("ceasefire", "peace_agreement")]
    meeting = next(a for a in board if a["kind"] == "talks" and a is not summit)
    assert {p["code"]: p["position"] for p in meeting["parties"]} == {
        "UKR": "proposed", "RUS": "undecided"}
    assert [m["code"] for m in meeting["mediators"]] == ["USA"]
    assert meeting["status"] == "proposed"
    swap = next(a for a in board if a["kind"] == "prisoner_exchange")
    assert "Emirates" not in swap["title"] and [m["code"] for m in swap["mediators"]] == ["ARE"]
    text = _wire_brief(tmp_path, ALASKA)
    assert "As of 16 August 2025, Volodymyr Zelensky was to visit the United States in " \
        "Washington on 18 August 2025" in text
    assert "was to provide security guarantees for Ukraine" in text
    assert "cooperated with the United States" not in text
    assert "Russia rejected the deployment of European troops in Ukraine" in text



# seven reports of the April-May 2022 Azovstal evacuation, written like RIYADH
AZOVSTAL = _wire_stories("azovstal_2022")


def test_the_azovstal_evacuation_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on seven wire reports of the Azovstal evacuation: Putin's
    consent to the UN's role is carried out with the UN and the ICRC as go-betweens, the
    three-day ceasefire's breach is charged to it, the swap of the fighters is still to come,
    and the surrender reads as one."""
    board = _wire_board(tmp_path, AZOVSTAL)
    corridors = [a for a in board if a["kind"] == "humanitarian_corridor"]
    assert all("Zelenskiy" not in a["scope"] for a in corridors)  # a speaker, not a place
    evacuated = next(a for a in corridors if a["status"] == "implemented"
                     and a["declared"] == "2022-04-26")
    assert {m["code"] for m in evacuated["mediators"]} == {"UN", "ICRC"}
    pause = next(a for a in corridors if a["declared"] == "2022-05-05")
    assert [(c["claimant"], c["accused"]) for c in pause["violation_claims"]] == [("UKR", "RUS")]
    swap = next(a for a in board if a["kind"] == "prisoner_exchange")
    assert swap["status"] == "proposed"  # "would be exchanged": not yet
    text = _wire_brief(tmp_path, AZOVSTAL)
    assert text.startswith("265 Ukrainian Fighters Surrender")
    assert "Guterres proposed a humanitarian contact group" in text
    assert "rebels" not in text


# six reports of the end of the Black Sea grain deal, July-September 2023
GRAIN_2023 = _wire_stories("grain_2023")


def test_the_end_of_the_grain_deal_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on six wire reports of 2023: Russia's leaving the grain deal
    puts it on the board as withdrawn, its offer to return joins it, and the brief tells
    the withdrawal, the offer and Putin's condition as he put it."""
    board = _wire_board(tmp_path, GRAIN_2023)
    [deal] = board
    assert deal["title"].startswith("Grain deal (Black Sea)")
    assert [(h["status"], h["note"]) for h in deal["history"]] == [("collapsed", "withdrawn")]
    assert len({e for e in deal["events"]}) >= 2  # the offer to return joined it
    text = _wire_brief(tmp_path, GRAIN_2023)
    assert "Russia and Turkey met in Sochi" in text
    assert "Vladimir Putin said on 4 September 2023 that Russia would return to the grain deal " \
        "as soon as the West lifted restrictions" in text
    assert "On 17 July 2023 Russia withdrew from the Black Sea grain deal; on 28 July 2023 " \
        "Russia offered to return to it" in text
    assert "cooperated" not in text  # (what the deal had allowed is no act of that day)


# four reports of Moscow's Orthodox Christmas truce, January 2023
CHRISTMAS = _wire_stories("christmas_2023")


def test_a_truce_one_side_declared_and_the_other_refused_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of the January 2023 Christmas truce:
    one record, declared by Moscow, refused by Kyiv ("called the proposal hypocrisy"), its
    breach charged during "the ceasefire declared by Moscow", ended when told over."""
    board = _wire_board(tmp_path, CHRISTMAS)
    [truce] = board
    assert truce["scope"] == ["Christmas"]  # (not "Orthodox Christmas" as a place)
    assert {p["code"]: p["position"] for p in truce["parties"]} == {"RUS": "agreed",
                                                                    "UKR": "rejected"}
    assert truce["status"] == "expired" and truce["history"][-1]["date"] == "2023-01-08"
    assert [(c["claimant"], c["accused"]) for c in truce["violation_claims"]] == [("UKR", "RUS")]
    text = _wire_brief(tmp_path, CHRISTMAS)
    assert text.startswith("Christmas Ceasefire Has Expired")
    assert "without a ceasefire" not in text  # (it held its 36 hours, refused or not)
    assert "Mykhailo Podolyak demanded that Russia leave the occupied territories" in text


ISTANBUL_2022 = _wire_stories("istanbul_2022")


def test_the_istanbul_round_of_2022_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of the March 2022 Istanbul round:
    Russia's pledge to scale down around Kyiv and Chernihiv is a partial truce it alone
    gave, broken by Kyiv's account "despite Moscow's promise"; Kyiv's offer of neutrality
    for guarantees is made to Russia, not to its guarantors; the round's lead tells what
    came of it."""
    board = {a["kind"]: a for a in json.loads(
        _run_wire(tmp_path, ISTANBUL_2022, "agreements", "--format", "json"))}
    pledge = board["partial_ceasefire"]
    assert pledge["scope"] == ["Kyiv", "Chernihiv"]  # (not Istanbul, where it was said)
    assert {p["code"]: p["position"] for p in pledge["parties"]} == {"RUS": "agreed",
                                                                     "UKR": "undecided"}
    assert pledge["status"] == "violated"
    assert [(c["claimant"], c["accused"]) for c in pledge["violation_claims"]] == [
        ("UKR", "RUS")]
    offer = board["peace_agreement"]
    # (was "(States, Britain) UKR–USA"); named for what it offers: no peace deal is named
    assert offer["title"] == "Security guarantees UKR–RUS"
    assert {p["code"]: p["position"] for p in offer["parties"]} == {"UKR": "proposed",
                                                                    "RUS": "undecided"}
    assert board["talks"]["title"] == "Talks in Istanbul RUS–UKR"
    text = _wire_brief(tmp_path, ISTANBUL_2022, "--until", "2022-03-30")
    assert ("held talks in Istanbul; afterwards Russia promised to drastically reduce military"
            " activity around Kyiv") in text


def test_an_attempt_is_told_as_one_and_a_thing_keeps_its_article() -> None:
    from detente.brief import prose

    tried = _ev("Russia's Defence Ministry said Ukrainian saboteurs had tried to seize the plant "
                "and had been repelled.", "COERCE", [Actor("Ukrainian saboteurs", code="UKR")],
                [Actor("plant", code="RUS")], trigger="seize", mode="seize")
    assert prose.clause(tried) == "Ukraine tried to seize the plant"  # (was "seized plant")


def test_a_promise_is_told_without_the_day_it_was_said_or_the_talks_after_it() -> None:
    from detente.brief import prose

    pledge = _ev("Russia promised on Tuesday to drastically reduce military activity around Kyiv "
                 "and the northern city of Chernihiv after talks with Ukraine in Istanbul.",
                 "AGREE", [Actor("Russia", code="RUS")], [Actor("", code="UKR")],
                 trigger="promised")
    assert prose.clause(pledge) == ("Russia promised to drastically reduce military activity "
                                    "around Kyiv and the northern city of Chernihiv")


CONDITIONS_2024 = _wire_stories("conditions_2024")


def test_an_offer_on_conditions_and_its_refusal_read_true(tmp_path: Path) -> None:
    """Run → agreements → brief on three wire reports of June 2024: Putin's offer of a
    ceasefire if Kyiv withdrew from four regions and dropped NATO, which Zelenskiy dismissed
    as an ultimatum. The offer is a ceasefire Russia proposed (the regions are its
    condition, not its scope; a troop withdrawal is no withdrawal from a deal) and refused;
    the brief tells the offer with its condition, then the refusal."""
    [truce] = _wire_board(tmp_path, CONDITIONS_2024)
    assert (truce["kind"], truce["title"]) == ("ceasefire", "Ceasefire RUS–UKR")
    assert {p["code"]: p["position"] for p in truce["parties"]} == {"RUS": "proposed",
                                                                    "UKR": "rejected"}
    text = _wire_brief(tmp_path, CONDITIONS_2024)
    assert text.startswith("Volodymyr Zelensky Dismisses Russia's Proposal as an Ultimatum")
    assert ("that Russia would order a ceasefire in Ukraine if Kyiv withdrew its troops from "
            "the Donetsk, Luhansk, Zaporizhzhia and Kherson regions and dropped its plans to "
            "join NATO; Volodymyr Zelensky dismissed the proposal as an ultimatum") in text


SWAP_2022 = _wire_stories("swap_2022")


def test_a_swap_told_as_a_release_and_its_return_reads_as_one_exchange(tmp_path: Path) -> None:
    """Run → agreements → brief on two wire reports of the September 2022 swap: "Ukraine
    said it had secured the release of 215 of its fighters held by Russia … In return, Kyiv
    handed over 55 Russian prisoners": one prisoner exchange (not an "arrangement" beside
    it), both counts kept, and the freed told as Ukraine's, not "its" after Russia."""
    [swap] = _wire_board(tmp_path, SWAP_2022)
    assert swap["kind"] == "prisoner_exchange" and swap["status"] == "implemented"
    assert {q["value"] for q in swap["quantities"]} == {215, 55}
    text = _wire_brief(tmp_path, SWAP_2022)
    assert "Russia released 215 of Ukraine's fighters" in text
    assert "Ukraine released 55 Russian prisoners" in text


GRAIN_2022 = _wire_stories("grain_2022")


def test_the_signing_of_the_grain_deal_and_the_strike_on_odesa_read_true(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of July 2022: "signed separate
    agreements with Turkey and the United Nations in Istanbul … to reopen Ukraine's Black Sea
    ports for grain exports" is the grain deal (not talks in Istanbul), its go-betweens the UN
    and its host; Kyiv's charge after the strike on Odesa is on it; Moscow's claim tells what
    it destroyed, not "destroyed Odesa"."""
    [deal] = _wire_board(tmp_path, GRAIN_2022)
    assert (deal["kind"], deal["title"]) == ("partial_ceasefire", "Grain deal (Black Sea) RUS–UKR")
    assert {m["code"] for m in deal["mediators"]} == {"UN", "TUR"}
    assert deal["status"] == "violated"
    assert [(c["claimant"], c["accused"]) for c in deal["violation_claims"]] == [("UKR", "RUS")]
    text = _wire_brief(tmp_path, GRAIN_2022, "--until", "2022-07-24")
    assert "Russia destroyed a Ukrainian warship in Odesa" in text
    assert "destroyed Odesa" not in text


VICTORY_DAY_2025 = _wire_stories("victory_day_2025")


def test_a_truce_declared_ahead_and_the_counter_offer_read_true(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of May 2025: Putin's 72-hour truce
    "from May 8 to May 10", declared on 28 April, runs from May 8 (it was shown expired on
    1 May) and is the Victory Day truce (not a pause "(Soviet, World War Two)"); Kyiv's
    readiness "for the ceasefire" is for the 30-day one the Europeans asked the sentence
    before, a record of its own; Putin's offer of talks in Istanbul is an offer, not talks
    held, and is told as his."""
    board = {a["title"]: a for a in json.loads(
        _run_wire(tmp_path, VICTORY_DAY_2025, "agreements", "--format", "json"))}
    truce = board["3-day ceasefire (Victory Day) RUS"]
    assert (truce["effective"], truce["ends"], truce["status"]) == (
        "2025-05-08", "2025-05-10", "expired")
    assert [h["status"] for h in truce["history"]] == ["agreed", "in_force", "violated",
                                                       "contested", "expired"]
    # each side's charge: Kyiv's "had violated it hundreds of times" is on it too
    assert sorted((c["claimant"], c["accused"]) for c in truce["violation_claims"]) == [
        ("RUS", "UKR"), ("UKR", "RUS")]
    offer = board["30-day ceasefire UKR–RUS"]
    assert {p["code"]: p["position"] for p in offer["parties"]} == {"UKR": "proposed",
                                                                    "RUS": "undecided"}
    talks = board["Talks in Istanbul RUS–UKR"]
    assert talks["status"] == "proposed"
    assert {p["code"]: p["position"] for p in talks["parties"]} == {"RUS": "proposed",
                                                                    "UKR": "undecided"}
    text = _wire_brief(tmp_path, VICTORY_DAY_2025)
    assert "Vladimir Putin proposed direct talks with Ukraine in Istanbul on May 15 without " \
           "preconditions" in text  # (not "Russia and Ukraine proposed …, for 30-day")
    assert "The 30-day ceasefire has only been proposed" in text


MARIUPOL_2022 = _wire_stories("mariupol_2022")


def test_a_truce_for_corridors_that_failed_and_a_corridor_that_worked_read_true(
        tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of March 2022: Moscow's ceasefire "from
    10 a.m. Moscow time in Mariupol and Volnovakha" keeps its places and both sides' charges;
    civilians who "left … through a humanitarian corridor agreed by Russia and Ukraine" used
    it; "had not respected the ceasefire" charges a breach, it tells no talks that ended
    "without a ceasefire"; the lead says what was agreed, not "agreed by Russia and Ukraine"."""
    board = {a["title"]: a for a in json.loads(
        _run_wire(tmp_path, MARIUPOL_2022, "agreements", "--format", "json"))}
    mariupol = board["Humanitarian corridor (Mariupol, Volnovakha) RUS–UKR"]
    assert mariupol["status"] == "contested"
    assert {(c["claimant"], c["accused"]) for c in mariupol["violation_claims"]} == {
        ("UKR", "RUS"), ("RUS", "UKR")}
    assert board["Humanitarian corridor (Sumy) RUS–UKR"]["status"] == "implemented"
    text = _wire_brief(tmp_path, MARIUPOL_2022, "--since", "2022-03-05", "--until", "2022-03-08")
    assert "Russia and Ukraine agreed a humanitarian corridor [1]" in text
    assert "agreed by Russia" not in text and "without a ceasefire" not in text
    assert "a ceasefire from 10 a.m. Moscow time in Mariupol and Volnovakha" in text
    assert "Russian forces shelled the humanitarian corridor" in text
    assert "The humanitarian corridor (Sumy) has been used" in text
    assert "reuters.com —" in text and "unknown outlet" not in text  # (the outlet of a link)


GAZA_2025 = _wire_stories("gaza_2025")


def test_another_war_reads_true_with_an_armed_group_as_a_party(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of the 2025 Gaza ceasefire: Hamas is
    named as Hamas (not "Palestinian rebels", nor "Ramallah" as its speaker); the mediators
    are no places of the truce; the hostages-for-prisoners terms "of the deal" are agreed and
    the first releases on both sides carry them out; Hamas's charge two months on is on the
    truce; a refusal to free hostages founds no "arrangement"; prisoners "held by Israel" are
    no new arrest."""
    board = {a["title"]: a for a in json.loads(
        _run_wire(tmp_path, GAZA_2025, "agreements", "--format", "json"))}
    # Hamas is CAMEO's PSE REB: the party "PSEREB", beside whom Gaza's people stand
    assert sorted(board) == ["Ceasefire (Gaza) ISR–PSEREB", "Prisoner exchange (Gaza) PSEREB–ISR"]
    truce = board["Ceasefire (Gaza) ISR–PSEREB"]
    assert truce["status"] == "violated" and not truce["mediators"][0]["code"].endswith("REB")
    assert [(c["claimant"], c["accused"]) for c in truce["violation_claims"]] == [
        ("PSEREB", "ISR")]
    swap = board["Prisoner exchange (Gaza) PSEREB–ISR"]
    assert swap["status"] == "implemented"
    assert [p["code"] for p in swap["parties"]] == ["PSEREB", "ISR"]  # (no "Palestinian" third)
    text = _wire_brief(tmp_path, GAZA_2025, "--since", "2025-01-15", "--until", "2025-03-18")
    assert "Hamas accused Israel of overturning the ceasefire agreement" in text
    assert "Hamas's accusations" in text and "Hamas Releases" in text
    for wrong in ("Palestinian rebels", "Ramallah", "Palestine", "detained"):
        assert wrong not in text


def test_actors_are_named_as_a_reader_knows_them() -> None:
    from detente.brief import names
    from detente.model import Actor
    assert names.actor_name(Actor("Russia's defence ministry", code="RUS", sector="MIL")) == \
        "Russia's defence ministry"  # it agrees and claims; "Russian forces" fight
    assert names.actor_name(Actor("Russian troops", code="RUS", sector="MIL")) == \
        "Russian forces"
    assert names.actor_name(Actor("Hamas", name="Hamas", code="PSE", sector="REB")) == "Hamas"
    assert names.actor_name(Actor("Houthis", name="Houthis", code="YEM", sector="REB")) == \
        "the Houthis"
    assert names.actor_name(Actor("DPR", name="DPR", code="UKR", sector="REB")) == "the DPR"
    # a state's rebels as a party (CAMEO's compound code): their one group, else by the land
    assert names.name_of("SDNREB") == "the Rapid Support Forces"
    assert names.name_of("COLREB") == "Colombian rebels"  # (the FARC and the ELN)
    # armed men named by what they are called in the sentence, not a rebellion the text
    # never speaks of ("Ukrainian nationalist militants must lay down their weapons")
    assert names.actor_name(Actor("nationalist militants", code="UKRREB", sector="REB")) == \
        "Ukrainian militants"
    assert names.actor_name(Actor("armed men", code="UKRREB", sector="REB")) == \
        "Ukrainian rebels"
    assert names.actor_name(Actor("people", code="PSEREB", sector="CVL")) == \
        "Palestinian civilians"


MINSK_2015 = _wire_stories("minsk_2015")


def test_a_ceasefire_agreed_to_start_days_later_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of February 2015: the leaders' ceasefire
    "after more than 16 hours of talks in Minsk" is a ceasefire (the hours are the talks',
    no pause), Belarus hosted it and is no party; "came into force … on Sunday", three days
    on, is that ceasefire in force, not a second one; Ukraine's retreat "despite the
    ceasefire" breaks nothing; weapons pulled back "as required by the Minsk agreement" found
    no peace agreement; the lead says what the leaders agreed."""
    board = {a["title"]: a for a in json.loads(
        _run_wire(tmp_path, MINSK_2015, "agreements", "--format", "json"))}
    assert sorted(board) == ["Ceasefire RUS–UKR–DEU–FRA", "Talks in Minsk RUS–UKR"]
    truce = board["Ceasefire RUS–UKR–DEU–FRA"]
    assert [h["status"] for h in truce["history"]][:2] == ["agreed", "in_force"]
    assert truce["quantities"] == []  # ("more than 16 hours" of talks is no figure of it)
    assert ("UKR", "RUS") in {(c["claimant"], c["accused"]) for c in truce["violation_claims"]}
    text = _wire_brief(tmp_path, MINSK_2015, "--since", "2015-02-12", "--until", "2015-02-24")
    assert "On 12 February 2015 Russia, Ukraine, Germany and France agreed on a ceasefire in " \
           "eastern Ukraine [1]" in text
    assert "reach an understanding" not in text
    assert "Both sides' commitments: Russia and Ukraine will withdraw heavy weapons from the " \
           "front line" in text  # ("Both sides will withdraw": not Russia's position alone)
    # acts aimed at no actor are told by their own object; separatists (coded UKR REB, as
    # CAMEO codes them, "pro-Russian" or not) are not Ukraine, nor is their word Moscow's,
    # but their acts are Russia's side's, as the tracker reads them: Kyiv's charge
    assert "Only Kyiv's accusations against Russia are in the sources for this period: " \
           "separatists violated the truce" in text
    assert "Ukrainian forces pulled out of the besieged town of Debaltseve" in text
    assert "Separatists said on 24 February 2015 that they withdrew heavy weapons" in text
    assert "According to Moscow" not in text and "Russian rebels" not in text
    assert truce["status"] == "violated"  # (Kyiv's charges only: the separatists' capture
    # of Debaltseve is no Russian charge against Ukraine)
    # "a flagrant breach of the Minsk agreement" charges the truce agreed in Minsk
    assert [(c["date"], c["claimant"], c["accused"]) for c in truce["violation_claims"]] == [
        ("2015-02-15", "UKR", "RUS"), ("2015-02-18", "UKR", "RUS")]


KARABAKH_2020 = _wire_stories("karabakh_2020")


def test_a_truce_brokered_by_a_third_state_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on three wire reports of October 2020: "the two sides" that
    the truce "is meant to allow … to exchange prisoners … with the help of the Red Cross"
    are Armenia and Azerbaijan (not the broker, nor the helper), and the swap is a term
    agreed, still to come; Putin "urged them", not himself; "on Sunday" is not told beside
    the date."""
    board = {a["title"]: a for a in json.loads(
        _run_wire(tmp_path, KARABAKH_2020, "agreements", "--format", "json"))}
    swap = board["Prisoner exchange (Nagorno-Karabakh) AZE–ARM"]
    assert {p["code"]: p["position"] for p in swap["parties"]} == {"AZE": "agreed",
                                                                  "ARM": "agreed"}
    assert swap["status"] == "agreed"
    truce = board["Humanitarian pause (Nagorno-Karabakh) AZE–ARM"]
    assert {(c["claimant"], c["accused"]) for c in truce["violation_claims"]} == {
        ("ARM", "AZE"), ("AZE", "ARM")}
    events = json.loads(_run_wire(tmp_path, KARABAKH_2020, "events", "--format", "json",
                                  "--limit", "100"))
    told = [e for e in events if "two sides to exchange" in e["sentence"]]
    assert told and all({a["code"] for a in e["source"] + e["target"]} == {"ARM", "AZE"}
                        and e["modality"] == "future" for e in told)
    urged = [e for e in events if e["event_type"] == "REQUEST"]
    assert [[a["code"] for a in e["target"]] for e in urged] == [["ARM"]]
    text = _wire_brief(tmp_path, KARABAKH_2020, "--since", "2020-10-10", "--until", "2020-10-17")
    assert "Armenia and Azerbaijan accused each other of violating the ceasefire [1]" in text
    assert "Lavrov exchanged" not in text
    assert "Both sides' commitments: Armenia and Azerbaijan will exchange prisoners" in text
    # the week after the charges: the new truce agreed on the 17th is the news, the charges
    # of the 11th stand beside it
    week = _wire_brief(tmp_path, KARABAKH_2020, "--since", "2020-10-11", "--until", "2020-10-17")
    assert week.startswith(
        "Armenia and Azerbaijan Agree to a New Humanitarian Truce from Midnight ")
    assert "Both sides accuse each other" in week


IRAN_2025 = _wire_stories("iran_2025")


def test_a_truce_announced_by_a_go_between_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on three wire reports of June 2025: a ceasefire "to take
    effect in stages over the next 24 hours" is no 1-day truce run out; Iran's foreign
    minister is Iran's (not Mahmoud Abbas's Palestine); one side's charge and a go-between's
    are not "each side accusing the other"."""
    [truce] = _wire_board(tmp_path, IRAN_2025)
    assert (truce["title"], truce["duration_days"], truce["status"]) == (
        "Ceasefire ISR–IRN", None, "violated")
    events = json.loads(_run_wire(tmp_path, IRAN_2025, "events", "--format", "json",
                                  "--limit", "100"))
    said = {e["claimant"]["code"] for e in events if e["claimant"]
            and "Araqchi" in e["sentence"]}
    assert said == {"IRN"}
    text = _wire_brief(tmp_path, IRAN_2025, "--since", "2025-06-23", "--until", "2025-06-25")
    assert "The ceasefire is reported violated (Israel agreed, Iran agreed)" in text
    assert "each side accusing" not in text
    assert "Only Israel's accusations" in text and "Jerusalem" not in text


SUDAN_2023 = _wire_stories("sudan_2023")


def test_a_civil_war_truce_announced_by_go_betweens_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on two wire reports of the May 2023 Jeddah truce: the Rapid
    Support Forces are Sudan's rebels, a party of their own (SDNREB) beside the army's Sudan,
    so the truce they agreed has two parties and is contested when each charges the other;
    "Saudi Arabia and the United States said" names those who announce it, no party and no
    place of the truce; "the RSF said the army had shelled its positions" is the RSF's claim
    of an attack on it, and "Khartoum said" names neither side. "Residents reported air
    strikes in Khartoum" is no charge of the army's (civilians of a land at war with its own
    rebels speak for neither side), and the attacker nobody named is no side's: the brief
    says "residents said", not "Sudan said … Sudan struck Khartoum". ``--actor SDNREB``
    lists the RSF's events."""
    talks, truce = _wire_board(tmp_path, SUDAN_2023)
    assert (talks["kind"], [m["code"] for m in talks["mediators"]]) == ("talks", ["SAU"])
    assert (truce["title"], truce["status"]) == ("7-day ceasefire SDN–SDNREB", "contested")
    assert [(p["code"], p["position"]) for p in truce["parties"]] == [
        ("SDN", "agreed"), ("SDNREB", "agreed")]
    # each charge hit what its own words say: the RSF's claim is not of the base
    assert sorted((c["claimant"], c["accused"], c["target"]) for c in truce["violation_claims"]
                  ) == [("SDN", "SDNREB", "a military base"), ("SDNREB", "SDN", "its positions")]
    text = _wire_brief(tmp_path, SUDAN_2023)
    assert "Residents said on 23 May 2023 that unidentified forces struck Khartoum" in text
    assert "Sudan struck" not in text
    assert "Sudanese forces and the Rapid Support Forces agreed to a seven-day ceasefire" in text
    assert "the Rapid Support Forces said Sudanese forces shelled the RSF" in text
    assert "(Sudan agreed, the Rapid Support Forces agreed)" in text and "Khartoum said" not in text
    events = json.loads(_run_wire(tmp_path, SUDAN_2023, "events", "--format", "json",
                                  "--limit", "100"))
    accused = [a for e in events if e["event_type"] == "ACCUSE" for a in e["target"]]
    assert [(a["code"], a["sector"]) for a in accused] == [("SDN", "REB")]
    rsf = json.loads(_run_wire(tmp_path, SUDAN_2023, "events", "--actor", "SDNREB",
                               "--format", "json"))
    assert rsf and all(any((a["code"], a["sector"]) == ("SDN", "REB")
                           for a in e["source"] + e["target"]) for e in rsf)
    assert len(rsf) < len(events)


DRC_2025 = _wire_stories("drc_2025")


def test_a_war_with_rebels_and_their_backer_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on six wire reports of Congo's 2025 talks: "Congo" is the
    Democratic Republic of the Congo (not Brazzaville); Congo's truces with the M23 (its
    rebels, CODREB) and its peace agreement with Rwanda are separate deals with their own
    parties; "signed … in a ceremony hosted by Marco Rubio" makes the United States the
    go-between, not Rwanda; "Congo's government and the M23 said they had agreed" and "the
    two sides committed" are both of them, not Qatar, who mediated; the M23's "the army had
    shelled areas under its control", told after the army's charge, is its charge in turn,
    so the truce is contested."""
    board = json.loads(_run_wire(tmp_path, DRC_2025, "agreements", "--format", "json"))
    by_title: dict[str, list[dict[str, Any]]] = {}
    for a in board:
        by_title.setdefault(a["title"], []).append(a)
    assert sorted(by_title) == ["Ceasefire COD–CODREB", "Peace agreement COD–RWA",
                                "Talks in Doha COD–CODREB"]
    [peace] = by_title["Peace agreement COD–RWA"]
    assert {p["code"]: p["position"] for p in peace["parties"]} == {"COD": "agreed",
                                                                    "RWA": "agreed"}
    assert [m["code"] for m in peace["mediators"]] == ["USA"]
    truces = by_title["Ceasefire COD–CODREB"]
    assert all({p["code"]: p["position"] for p in a["parties"]} == {
        "COD": "agreed", "CODREB": "agreed"} for a in truces)
    broken = next(a for a in truces if a["violation_claims"])
    assert broken["status"] == "contested"
    assert sorted((c["claimant"], c["accused"]) for c in broken["violation_claims"]) == [
        ("COD", "CODREB"), ("CODREB", "COD")]
    text = _wire_brief(tmp_path, DRC_2025)
    assert "DR Congo and the M23 agreed to the ceasefire" in text
    assert "Both sides accuse each other" in text and "the M23 said Congolese forces shelled" \
        in text
    assert "Brazzaville" not in text and "Congolese rebels" not in text


YEMEN_2022 = _wire_stories("yemen_2022")


def test_a_truce_extended_and_a_swap_done_read_true(tmp_path: Path) -> None:
    """Run → agreements → brief on five wire reports of Yemen's 2022 truce and 2023 swap: "the
    Iran-aligned Houthi movement" is Yemen's rebels (YEMREB), its backer no party nor place;
    "the coalition said the Houthis had attacked its positions" is the coalition's charge
    (the coalition named before), so the truce is contested; "Yemen's warring parties agreed to
    extend the truce for two more months", on its last day, extends that truce; "a deal
    reached in Switzerland in March" and the release of prisoners by both sides in April, told
    in two ways, are one exchange, carried out."""
    board = json.loads(_run_wire(tmp_path, YEMEN_2022, "agreements", "--format", "json"))
    assert sorted(a["title"] for a in board) == ["60-day ceasefire (Yemen) SAU–YEMREB",
                                                 "Prisoner exchange SAU–YEMREB"]
    truce = next(a for a in board if a["kind"] == "ceasefire")
    assert {p["code"] for p in truce["parties"]} == {"SAU", "YEMREB"}
    assert truce["ends"] == "2022-08-01"  # (two months more, from its last day)
    assert sorted((c["claimant"], c["accused"]) for c in truce["violation_claims"]) == [
        ("SAU", "YEMREB"), ("YEMREB", "SAU")]
    swap = next(a for a in board if a["kind"] == "prisoner_exchange")
    assert swap["status"] == "implemented" and [m["code"] for m in swap["mediators"]] == [
        "ICRC"]
    text = _wire_brief(tmp_path, YEMEN_2022)
    assert "Yemen's warring parties released nearly 900 detainees" in text
    assert "the Saudi-led coalition and the Houthis freed 887 prisoners" in text
    text = _wire_brief(tmp_path, YEMEN_2022, "--since", "2022-04-01", "--until", "2022-06-05")
    assert "the ceasefire (Yemen) is due to end on 1 August 2022" in text
    assert "Both sides accuse each other" in text


CAUCASUS_2025 = _wire_stories("caucasus_2025")


def test_a_treaty_agreed_then_initialled_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on three wire reports of 2025: the peace treaty whose text
    Armenia and Azerbaijan agreed in March and their leaders initialled at the White House in
    August is one agreement, the United States (whose President hosted the ceremony) its
    go-between; the brief says both initialled it."""
    board = json.loads(_run_wire(tmp_path, CAUCASUS_2025, "agreements", "--format", "json"))
    [treaty] = board
    assert (treaty["kind"], treaty["status"]) == ("peace_agreement", "agreed")
    assert {p["code"]: p["position"] for p in treaty["parties"]} == {"ARM": "agreed",
                                                                     "AZE": "agreed"}
    assert [m["code"] for m in treaty["mediators"]] == ["USA"]
    text = _wire_brief(tmp_path, CAUCASUS_2025)
    assert "On 8 August 2025 Armenia and Azerbaijan initialled a peace agreement at the White " \
           "House [1]" in text


UAE_SWAP_2024 = _wire_stories("uae_swap_2024")


def test_two_swaps_mediated_by_a_third_state_read_true(tmp_path: Path) -> None:
    """Run → agreements on two wire reports of 2024 swaps: "each returned 115 prisoners of
    war" is a swap carried out; the UAE, "after mediation by" or "mediated by", is its
    go-between, no party; "the second such swap in three weeks" is a new one; "among the
    Russians freed were servicemen captured in the Kursk region" is news of the first."""
    board = _wire_board(tmp_path, UAE_SWAP_2024)
    assert sorted((a["declared"], a["kind"], a["status"]) for a in board) == [
        ("2024-08-24", "prisoner_exchange", "implemented"),
        ("2024-09-14", "prisoner_exchange", "implemented")]
    for swap in board:
        assert [p["code"] for p in swap["parties"]] == ["UKR", "RUS"]
        assert {m["code"] for m in swap["mediators"]} == {"ARE"}
    # two swaps of one pair weeks apart are two developments, both told
    text = _wire_brief(tmp_path, UAE_SWAP_2024, "--since", "2024-08-24", "--until", "2024-09-14")
    assert "On 14 September 2024 Russia and Ukraine exchanged 103 prisoners [1]" in text
    assert "on 24 August 2024 Russia returned 115 prisoners" in text


PRETORIA_2022 = _wire_stories("pretoria_2022")


def test_a_permanent_cessation_agreed_at_talks_abroad_reads_true(tmp_path: Path) -> None:
    """Run → agreements on two wire reports of the November 2022 Pretoria agreement: "a
    permanent cessation of hostilities" is a full ceasefire; "after ten days of talks in
    Pretoria" gives it no 10-day term and no scope; the African Union that mediated it is
    its go-between, no party."""
    [truce] = _wire_board(tmp_path, PRETORIA_2022)
    assert (truce["kind"], truce["title"], truce["duration_days"]) == (
        "ceasefire", "Ceasefire ETH–ETHREB", None)  # (the TPLF: Ethiopia's rebels)
    assert [m["code"] for m in truce["mediators"]] == ["AFR"]


ENERGY_2025 = _wire_stories("energy_2025")


def test_the_energy_truce_of_the_trump_putin_call_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on five wire reports of March 2025: the U.S. 30-day
    ceasefire Kyiv accepted is refused when Putin "declined to back a full ceasefire" (not
    when Zelenskiy says he is "preparing to reject" it, nor by a yes "in principle, but"); what
    Putin agreed in the call is the 30-day energy truce, with Trump as go-between, Kyiv's
    "would support" its agreement; the swap the Kremlin announced is agreed the day it said
    so; "talks with American officials" are Kyiv's and Washington's."""
    board = _wire_board(tmp_path, ENERGY_2025)
    by_kind = {a["kind"]: a for a in board}
    full, energy = by_kind["ceasefire"], by_kind["partial_ceasefire"]
    assert {p["code"]: p["position"] for p in full["parties"]} == {
        "USA": "proposed", "UKR": "accepted", "RUS": "rejected"}
    assert (full["status"], full["scope"], full["history"][-1]["date"]) == (
        "collapsed", [], "2025-03-18")
    assert (energy["scope"], energy["duration_days"], energy["effective"], energy["ends"]) == (
        ["energy infrastructure"], 30, "2025-03-18", "2025-04-17")
    assert [(p["code"], p["since"]) for p in energy["parties"]] == [
        ("RUS", "2025-03-18"), ("UKR", "2025-03-19")]
    assert [m["code"] for m in energy["mediators"]] == ["USA"]
    # Moscow's charge and its "calling it a violation" are one claim; Kyiv's answer that
    # Russian forces "had repeatedly shelled the station themselves" (and Zelenskiy's drones
    # "at energy sites" after it) charge Moscow in turn: the truce is contested
    claims = [(c["claimant"], c["accused"], c["target"]) for c in energy["violation_claims"]]
    assert claims[0] == (
        "RUS", "UKR", "a gas metering station in the town of Sudzha in the Kursk region")
    assert ("UKR", "RUS", "the station") in claims
    assert energy["status"] == "contested"
    swap = by_kind["prisoner_exchange"]
    assert [(h["date"], h["status"]) for h in swap["history"]] == [
        ("2025-03-18", "agreed"), ("2025-03-19", "implemented")]
    talks = by_kind["talks"]
    assert ([p["code"] for p in talks["parties"]], talks["duration_days"]) == (
        ["UKR", "USA"], None)
    text = _wire_brief(tmp_path, ENERGY_2025, "--since", "2025-03-11", "--until", "2025-03-21")
    assert "Russia and Ukraine exchanged 175 prisoners [1]" in text  # (not "(22 wounded …)")
    assert "Vladimir Putin agreed to stop attacks on energy infrastructure in Ukraine for " \
           "30 days" in text
    assert "The 30-day ceasefire has collapsed (the United States proposed, Ukraine " \
           "accepted, Russia rejected)" in text


EASTER_2025 = _wire_stories("easter_2025")


def test_the_easter_truce_and_the_offer_beside_it_read_true(tmp_path: Path) -> None:
    """Run → agreements → brief on three wire reports of Easter 2025: Putin's truce "from 6
    p.m. Moscow time on Saturday" takes effect that day, is charged both ways and runs out
    (Peskov's "had not ordered the truce to be extended" refuses no new truce); Zelenskiy's
    offer to "stop long-range drone and missile strikes on civilian infrastructure" is a
    partial truce proposed; "ready to repel any violations" is no attack."""
    board = _wire_board(tmp_path, EASTER_2025)
    assert sorted((a["kind"], a["status"]) for a in board) == [
        ("ceasefire", "expired"), ("partial_ceasefire", "proposed")]
    easter = next(a for a in board if a["kind"] == "ceasefire")
    assert (easter["scope"], easter["effective"]) == (["Easter"], "2025-04-19")
    assert sorted((c["claimant"], c["accused"], c["target"])
                  for c in easter["violation_claims"]) == [
        ("RUS", "UKR", "Russian positions"), ("UKR", "RUS", "along the front line")]
    offer = next(a for a in board if a["kind"] == "partial_ceasefire")
    assert (offer["scope"], offer["duration_days"]) == (["civilian infrastructure"], 30)
    events = json.loads(_run_wire(tmp_path, EASTER_2025, "events", "--format", "json",
                                  "--limit", "100"))
    assert all(e["modality"] == "hypothetical" for e in events
               if e["trigger"] == "violations")
    text = _wire_brief(tmp_path, EASTER_2025, "--since", "2025-04-19", "--until", "2025-04-21")
    assert "On 19 April 2025 Vladimir Putin declared an Easter truce in the war in Ukraine" \
        in text
    assert "Volodymyr Zelensky proposed that both sides stop long-range drone and missile " \
           "strikes on civilian infrastructure for at least 30 days" in text
    assert "Dmitry Peskov said on 21 April 2025 that Volodymyr Zelensky proposed to halt " \
           "strikes on civilian infrastructure" in text


LEBANON_2024 = _wire_stories("lebanon_2024")


def test_a_truce_extended_months_on_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of the Israel–Hezbollah ceasefire: "the
    ceasefire between Israel and Hezbollah will be extended until February 18", two months
    on, is the same truce going on (no new 60-day truce, no proposal, and Israel's unfinished
    withdrawal leaves no deal), now due to end then; "the disputed Shebaa Farms area" contests
    no truce; "Under the deal, Israeli forces will withdraw" turns down no talks."""
    [truce] = _wire_board(tmp_path, LEBANON_2024)
    assert (truce["declared"], truce["effective"], truce["status"], truce["ends"]) == (
        "2024-11-26", "2024-11-27", "violated", "2025-02-18")
    assert {m["code"] for m in truce["mediators"]} == {"USA", "FRA"}
    assert truce["violation_claims"][0]["target"] == \
        "at an Israeli military position in the disputed Shebaa Farms area"
    events = json.loads(_run_wire(tmp_path, LEBANON_2024, "events", "--format", "json",
                                  "--limit", "100"))
    assert not [e for e in events if e["event_type"] == "REJECT"]
    text = _wire_brief(tmp_path, LEBANON_2024)
    assert "The White House said on 26 January 2025 that the ceasefire between Israel and " \
           "Hezbollah would be extended until February 18" in text
    assert "Watch for: the ceasefire (Lebanon) is due to end on 18 February 2025" in text


KASHMIR_2025 = _wire_stories("kashmir_2025")


def test_a_truce_charged_both_ways_hours_after_it_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on four wire reports of May 2025: "after four days of missile
    and drone strikes" gives the India–Pakistan truce no 4-day term; "remained committed to
    the ceasefire and accused Indian forces of violations" is a charge too, so the truce is
    contested both ways; "held overnight" is it in force (along the Line of Control, one
    truce); "had only paused its military action" is told as said."""
    [truce] = _wire_board(tmp_path, KASHMIR_2025)
    assert (truce["kind"], truce["duration_days"], truce["status"], truce["quantities"]) == (
        "ceasefire", None, "contested", [])
    assert sorted((c["claimant"], c["accused"]) for c in truce["violation_claims"]) == [
        ("IND", "PAK"), ("PAK", "IND")]
    assert truce["scope"] == ["Line of Control"]
    text = _wire_brief(tmp_path, KASHMIR_2025, "--since", "2025-05-10", "--until", "2025-05-12")
    assert "New Delhi accused Pakistan of repeatedly violating the ceasefire" in text
    assert "Islamabad accused Indian forces of violations in some areas" in text
    assert "Narendra Modi said on 12 May 2025 that India paused its military action against " \
           "Pakistan" in text
    # a list is not cut at its first comma
    assert "agreed to stop all firing and military action on land, in the air and at sea" in text


THAI_2025 = _wire_stories("thai_2025")


def test_a_truce_agreed_at_a_third_states_capital_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on three wire reports of the July 2025 Thailand–Cambodia
    truce: "hosting talks between the two countries' leaders in Putrajaya" and "agreed in
    Kuala Lumpur" say where, "the defence ministers of Thailand and Cambodia" whose: the truce
    has no scope; Malaysia is its go-between; "along their border" is the pair's own."""
    [truce] = _wire_board(tmp_path, THAI_2025)
    assert (truce["title"], truce["scope"], truce["status"]) == (
        "Ceasefire KHM–THA", [], "violated")
    assert [m["code"] for m in truce["mediators"]] == ["MYS"]
    text = _wire_brief(tmp_path, THAI_2025)
    assert "On 7 August 2025 Cambodia and Thailand agreed to allow observers from Southeast " \
           "Asian countries to monitor the ceasefire along their border" in text
    assert "Cambodia and Thailand agreed not to reinforce their troops along the border" in text


ZNPP_2022 = _wire_stories("znpp_2022")


def test_a_protection_zone_called_for_by_a_go_between_reads_true(tmp_path: Path) -> None:
    """Run → agreements → brief on three wire reports of the IAEA's 2022 mission: "The IAEA
    called on Tuesday for … a protection zone" is the IAEA's call (the parse hangs the verb on
    the name), a partial truce at the plant with the IAEA as go-between; shelling nobody is
    named for is "unidentified forces", not the country it fell in."""
    [zone] = _wire_board(tmp_path, ZNPP_2022)
    assert (zone["kind"], zone["status"], zone["scope"][0]) == (
        "partial_ceasefire", "proposed", "nuclear power plant")
    assert [m["code"] for m in zone["mediators"]] == ["IAEA"]
    text = _wire_brief(tmp_path, ZNPP_2022)
    assert "the IAEA called for a nuclear safety and security protection zone around the " \
           "Zaporizhzhia nuclear power plant" in text
    assert "unidentified forces shelled the nearby city of Enerhodar" in text


COLOMBIA_2016 = _wire_stories("colombia_2016")


def test_deals_signed_by_a_government_and_its_rebels_are_agreed(tmp_path: Path) -> None:
    """Run → agreements on five wire reports of the 2016 FARC process: "signed a bilateral
    ceasefire agreement", "reached a final peace agreement" are agreed by both (Colombia, and
    the FARC as the party COLREB); the war's toll is no one's attack; "FARC leader Rodrigo
    Londono ordered his fighters to stop firing at government troops" is the FARC's halt,
    not the FARC firing on the day the truce took effect."""
    board = _wire_board(tmp_path, COLOMBIA_2016)
    first = {a["declared"]: a["status"] for a in board}
    assert (first["2016-06-23"], first["2016-08-24"], first["2016-11-24"]) == (
        "agreed", "agreed", "agreed")
    [in_force] = [a for a in board if a["status"] == "in_force"]
    assert {p["code"]: p["position"] for p in in_force["parties"]} == {
        "COL": "agreed", "COLREB": "agreed"}
    text = _wire_brief(tmp_path, COLOMBIA_2016, "--since", "2016-06-23", "--until", "2016-11-24")
    assert "Cuba killed" not in text and "FARC fired" not in text


def test_a_figure_of_another_clause_or_a_distance_is_not_what_was_hit() -> None:
    """Corpus sentences: "More than a million Muslims live in our country, who are now also
    suffering from Russian bombing" (the Muslims were not bombed), "using this 30-kilometer
    territory … to prepare new attacks" (a distance is no target), "mined the sea" (no
    bombing)."""
    from detente.brief import prose
    bombing = _told("More than a million Muslims live in our country, who are now also "
                    "suffering from Russian bombing.", "ASSAULT", "bombing", RUS,
                    Actor("our country", code="UKR"), mode="aerial",
                    quantities=[Quantity(1_000_000, "Muslims", "More than a million Muslims")])
    assert "Muslims" not in (prose.clause(bombing) or "")
    attacks = _told("And Russia is using this 30-kilometer territory, this closed zone, to "
                    "prepare new attacks against our defense forces.", "ASSAULT", "attacks",
                    RUS, Actor("our", code="UKR"),
                    quantities=[Quantity(30, "kilometer", "30-kilometer")])
    assert "30-kilometer" not in (prose.clause(attacks) or "")
    mined = _told("Russian troops have even mined the sea near our ports.", "ASSAULT", "mined",
                  Actor("Russian troops", code="RUS", sector="MIL"), Actor("sea", code="UKR"),
                  mode="explosives")
    assert prose.clause(mined) == "Russian forces mined the sea"


def test_a_status_granted_names_whom_it_was_granted_to() -> None:
    """Corpus, 24 June 2022: "Ukraine has been granted EU candidate status" is told as the EU
    granting Ukraine the status, not as support expressed."""
    from detente.brief import prose
    EU = Actor("EU", code="EUR", sector="IGO")
    passive = _told("We say: Ukraine has been granted EU candidate status.", "SUPPORT",
                    "granted", EU, Actor("Ukraine", code="UKR"))
    assert prose.clause(passive) == "the European Union granted Ukraine EU candidate status"
    active = _told("The European Council granted Ukraine the status of a candidate for EU "
                   "membership.", "SUPPORT", "granted", EU, Actor("Ukraine", code="UKR"))
    assert prose.clause(active) == \
        "the European Union granted Ukraine the status of a candidate for EU membership"


def test_a_fight_at_a_place_is_told_at_the_place() -> None:
    """Corpus, 24 February 2022: "Our troops are fighting fierce battles in the suburbs of
    Kherson" is no fight against Kherson."""
    from detente.brief import prose
    battles = _told("Our troops are fighting fierce battles in the suburbs of Kherson.",
                    "ASSAULT", "fighting", Actor("Our troops", code="UKR", sector="MIL"),
                    Actor("Kherson", code="RUS"))
    assert prose.clause(battles) == "Ukrainian forces fought near Kherson"


def _stored(path: Path, stories: list[tuple[date, str, str]]) -> tuple[Store, list[Article]]:
    """A store of one article per (day, text, outlet)."""
    store = Store(f"sqlite:///{path}")
    arts = [Article(text=t, published=d, source=src, url=f"https://{src}/news/{i}",
                    title=f"t{i}") for i, (d, t, src) in enumerate(stories)]
    store.add_articles(arts)
    return store, arts


def _code_each(store: Store, arts: list[Article], events: list[Event]) -> None:
    """Store each article's one event, as a hand coder would."""
    for article, event in zip(arts, events, strict=True):
        store.replace_events(article.id, [event], coder="hand")


def test_a_second_report_cited_agrees_on_negation(tmp_path: Path) -> None:
    """Corpus, 20 June 2022: "Ukrainian forces attacked Russian forces" cited "We do not
    cross borders, we do not kill civilians" as its second report."""
    day = date(2022, 6, 20)
    texts = ["Ukrainian forces attacked Russian positions.",
             "We do not kill civilians of the Russian Federation."]
    store, arts = _stored(tmp_path / "neg.db", [(day, t, "www.president.gov.ua") for t in texts])
    uaf = Actor("Ukrainian forces", code="UKR", sector="MIL")
    ruf = Actor("Russian positions", code="RUS", sector="MIL")
    events = [_event(arts[0], texts[0], "ASSAULT", [uaf], [ruf], "attacked", day),
              _event(arts[1], texts[1], "ASSAULT", [uaf], [ruf], "kill", day, negated=True)]
    _code_each(store, arts, events)
    from detente.brief import compose
    made = compose(store, since=day, until=day)
    cited = {c.event_id for s in made.sections for b in [s.lead, *s.bullets]
             for c in made.citations if c.number in b.citations}
    assert events[1].id not in cited


def test_an_act_towards_no_one_is_backed_only_by_its_own_word(tmp_path: Path) -> None:
    """Corpus, 30 December 2021: "Russia invested over 2 trillion rubles" cited "we will
    continue to work closely to strengthen the multifaceted interaction between Russia and
    South Africa" as its second report."""
    day = date(2021, 12, 30)
    texts = ["Over the past period, we have invested over 2 trillion rubles.",
             "We will continue to strengthen the multifaceted interaction."]
    store, arts = _stored(tmp_path / "alone.db", [(day, t, "en.kremlin.ru") for t in texts])
    we = Actor("we", code="RUS", sector="GOV")
    events = [_event(arts[0], texts[0], "COOPERATE", [we], [], "invested", day,
                     quantities=[Quantity(value=2e12, unit="rub", text="over 2 trillion rubles")]),
              _event(arts[1], texts[1], "COOPERATE", [we], [], "interaction", day)]
    _code_each(store, arts, events)
    from detente.brief import compose
    made = compose(store, since=day, until=day)
    for b in [s for sec in made.sections for s in [sec.lead, *sec.bullets] if s]:
        if "invested" in b.text:
            assert events[1].id not in b.event_ids


def test_background_shares_a_story_only_when_there_is_one(tmp_path: Path) -> None:
    """Corpus, week to 25 November 2021: the lead (Kyiv's hopes of Germany) had no topic, and
    Context filled with Moscow's acts of no topic either ("Russia offered the biggest cabin in
    this category")."""
    day, before = date(2021, 11, 25), date(2021, 11, 8)
    texts = [(day, "Ihor Zhovkva hoped that Germany would sign the declaration."),
             (before, "We can offer the biggest cabin in this category."),
             (before, "Russian troops shelled Avdiivka.")]
    store, arts = _stored(tmp_path / "bg.db", [(d, t, "www.president.gov.ua") for d, t in texts])
    hope = _event(arts[0], texts[0][1], "REQUEST", [Actor("Ihor Zhovkva", code="UKR",
                                                         sector="GOV")],
                  [Actor("Germany", code="DEU")], "hoped", day)
    offer = _event(arts[1], texts[1][1], "AGREE", [Actor("We", code="RUS", sector="GOV")], [],
                   "offer", before)
    shelled = _event(arts[2], texts[2][1], "ASSAULT", [Actor("Russian troops", code="RUS",
                                                            sector="MIL")],
                     [Actor("Avdiivka", code="UKR")], "shelled", before, plover_score=-9.5)
    _code_each(store, arts, [hope, offer, shelled])
    from detente.brief import compose
    made = compose(store, since=date(2021, 11, 19), until=day)
    context = next(s for s in made.sections if s.label == "Context")
    assert all(offer.id not in b.event_ids for b in [context.lead, *context.bullets] if b)


def test_one_sides_offer_to_no_one_is_no_detail(tmp_path: Path) -> None:
    """Corpus, week to 8 November 2021: "Russia offered the biggest cabin in this category"
    (a sales pitch for helicopters) was a Details bullet."""
    day = date(2021, 11, 8)
    texts = ["We can offer the biggest cabin in this category.",
             "We offered our partners in the region a new programme.",
             "Russian troops shelled Avdiivka."]
    store, arts = _stored(tmp_path / "pitch.db", [
        (day, t, "en.kremlin.ru" if i < 2 else "www.president.gov.ua")
        for i, t in enumerate(texts)])
    we = Actor("We", code="RUS", sector="GOV")
    events = [_event(arts[0], texts[0], "AGREE", [we], [], "offer", day),
              _event(arts[1], texts[1], "AGREE", [we], [Actor("", code="RUS")], "offered", day),
              _event(arts[2], texts[2], "ASSAULT", [Actor("Russian troops", code="RUS",
                                                           sector="MIL")],
                     [Actor("Avdiivka", code="UKR")], "shelled", day, plover_score=-9.5)]
    _code_each(store, arts, events)
    from detente.brief import compose
    made = compose(store, since=day, until=day)
    details = next(s for s in made.sections if s.label == "Details")
    assert not [b for b in [details.lead, *details.bullets] if b and "cabin" in b.text]


def test_an_invitation_is_told_as_one_and_a_bare_when_is_no_object() -> None:
    """Corpus, March 2022: "I have repeatedly invited the President of Russia to sit down at
    the negotiating table" was told "Ukraine made demands of Russia"; "the corridor … had
    been agreed on as of today" was told "agreed on as of today"."""
    from detente.brief import prose
    invited = _told("It is no secret, I have repeatedly invited the President of Russia to sit "
                    "down at the negotiating table and speak.", "REQUEST", "invited",
                    Actor("I", code="UKR", sector="GOV"), Actor("President of Russia",
                                                                code="RUS", sector="GOV"))
    assert prose.clause(invited) == "Ukraine invited the President of Russia to sit down at " \
                                    "the negotiating table and speak"
    agreed = _told("Iryna Vereshchuk informed that the functioning of the humanitarian corridor "
                   "from Sumy had been agreed on as of today.", "AGREE", "agreed", RUS, UKR)
    assert "as of today" not in (prose.clause(agreed) or "")



def test_shelling_told_beside_talks_is_no_outcome_of_them(tmp_path: Path) -> None:
    """Corpus, 7 March 2022: "… held talks in Belarus; afterwards According to Kyiv, Russia
    shelled Ukraine": the shelling was told in the same sentence, it did not follow the talks."""
    store = Store(f"sqlite:///{tmp_path / 'talks.db'}")
    day = date(2022, 3, 7)
    text = ("During the third round of talks in Belarus, the delegations of Ukraine and Russia "
            "clarified the humanitarian corridors for the cities shelled by Russian troops.")
    article = Article(text=text, published=day, source="www.president.gov.ua",
                      url="https://www.president.gov.ua/en/news/1", title="Talks")
    store.add_articles([article])
    dele_u = Actor("the delegations of Ukraine", code="UKR", sector="GOV")
    dele_r = Actor("Russia", code="RUS", sector="GOV")
    events = [_event(article, text, "CONSULT", [dele_u], [dele_r], "talks", day,
                     plover_score=1.0),
              _event(article, text, "CONSULT", [dele_r], [dele_u], "talks", day,
                     plover_score=1.0),
              _event(article, text, "ASSAULT", [Actor("Russian troops", code="RUS",
                                                      sector="MIL")],
                     [Actor("the cities", code="UKR")], "shelled", day, plover_score=-9.5,
                     mode="heavy-weapons")]
    store.replace_events(article.id, events, coder="hand")
    from detente.brief import compose
    lead = compose(store, since=day, until=day).sections[0].lead.text
    assert "afterwards" not in lead


def test_a_heading_that_names_the_war_does_not_tell_the_development() -> None:
    """Of two reports of the war, the development is told by the one that tells an act, not
    by the heading "Russia's war against Ukraine." (it led the demo brief)."""
    from detente.brief import salience

    rus, ukr = [Actor("Russia", code="RUS")], [Actor("Ukraine", code="UKR")]
    heading = _ev("Russia's war against Ukraine.", "ASSAULT", rus, ukr, trigger="war")
    act = _ev("Russia is shelling the cities of Ukraine every day.", "ASSAULT", rus, ukr,
              trigger="shelling")
    dev = salience.Development(("ASSAULT", ("RUS", "UKR"), "RUS>"), [heading, act])
    assert dev.lead_event is act


def test_a_second_report_is_told_as_done_too() -> None:
    """A report that the act was done is not backed by one that it might be ("If Russia
    kills Ukrainians …" was cited for "Russian forces killed Ukrainian civilians")."""
    import importlib

    comp = importlib.import_module("detente.brief.compose")
    done = _ev("Russian soldiers are killing civilians.", "ASSAULT", [], [], modality="asserted")
    said = replace(done, modality="reported")
    maybe = replace(done, modality="hypothetical")
    assert comp._told_alike(done, said) and not comp._told_alike(done, maybe)
    assert comp._told_alike(maybe, replace(maybe))


def test_a_thing_sent_named_before_a_passive_verb_is_not_read_after_it() -> None:
    """"the weapons … being sent to Ukraine by NATO member countries": after the verb come
    only where to and by whom (a brief read "NATO sent to Ukraine by NATO member
    countries")."""
    from detente.brief import prose

    sentence = ("Attention was drawn to the modern weapons and ammunition being sent to "
                "Ukraine by NATO member countries.")
    ev = _ev(sentence, "AID", [Actor("NATO member countries", code="NATO", sector="IGO")],
             [Actor("Ukraine", code="UKR")], trigger="sent")
    assert prose.clause(ev) == "NATO sent aid to Ukraine"


def test_a_number_word_that_opened_the_sentence_is_lower_cased() -> None:
    from detente.brief import prose

    assert prose.decapitalise("Three Lavra monks") == "three Lavra monks"
    assert prose.decapitalise("Mykolaiv") == "Mykolaiv"


def test_talks_are_not_placed_where_their_purpose_points() -> None:
    """"We continue … negotiations to save our people from Mariupol" were not held in
    Mariupol (a brief told "Russia and Ukraine negotiated in Mariupol"); "talks in Istanbul"
    were held there."""
    from detente.brief import prose

    rus, ukr = [Actor("", code="RUS")], [Actor("We", code="UKR")]
    saved = _ev("We continue very complicated and delicate negotiations to save our people from "
                "Mariupol, from Azovstal.", "CONSULT", ukr, rus, trigger="negotiations")
    assert prose.place_of(saved) is None
    held = _ev("The negotiations in Istanbul ended.", "CONSULT", ukr, rus, trigger="negotiations")
    assert prose.place_of(held) == "Istanbul"


def test_a_demand_on_the_world_about_russia_names_the_world() -> None:
    """"the world must return Russia to its borders" (a brief told "Ukraine demanded that
    Russia return Russia to its borders"); "Russia must withdraw its troops" stays Russia's."""
    from detente.brief import prose

    ukr, rus = [Actor("", code="UKR")], [Actor("", code="RUS")]
    world = _ev("Today, the world must return Russia to its borders, not seek an understanding "
                "with it.", "REQUEST", ukr, rus, trigger="return")
    assert prose.clause(world) == "Ukraine demanded that the world return Russia to its borders"
    leave = _ev("Russia must immediately withdraw its troops from Ukraine.", "REQUEST", ukr, rus,
                trigger="withdraw")
    assert prose.clause(leave) == "Ukraine demanded that Russia withdraw its troops from Ukraine"


def test_an_intention_stated_is_no_understanding_reached() -> None:
    """"Vladimir Putin reaffirmed Russia's intention to further provide all-round support to
    friendly Syria" (a brief told "Vladimir Putin reached an understanding with Syria")."""
    from detente.brief import prose

    meant = _ev("Vladimir Putin reaffirmed Russia's intention to further provide all-round "
                "support to friendly Syria in the fight against international terrorism.",
                "AGREE", [Actor("", code="RUS")], [Actor("friendly Syria", code="SYR")],
                trigger="intention")
    assert prose.clause(meant).startswith("Russia stated the intention to further provide "
                                          "all-round support to friendly Syria")


def test_places_liberated_are_not_attacked() -> None:
    """"In total, more than a thousand settlements have been liberated" (a brief told
    "Ukrainian forces attacked more than a thousand settlements"); with nothing counted the
    enemy is fought, not "liberated"."""
    from detente.brief import prose

    uaf, ruf = [Actor("", code="UKR", sector="MIL")], [Actor("", code="RUS", sector="MIL")]
    counted = _ev("In total, more than a thousand settlements have been liberated.", "ASSAULT",
                  uaf, ruf, trigger="liberated",
                  quantities=[Quantity(value=1000, unit="settlements",
                                       text="more than a thousand settlements")])
    assert prose.clause(counted) == "Ukrainian forces liberated more than a thousand settlements"
    bare = _ev("We liberated Kherson from the occupiers.", "ASSAULT", uaf, ruf,
               trigger="liberated")
    assert "liberated Russia" not in (prose.clause(bare) or "")


def test_a_corridor_agreed_upon_in_a_region_is_what_was_agreed() -> None:
    """"A humanitarian corridor from the village of Oskil has been agreed upon in the Kharkiv
    region" (a brief told "Russia and Ukraine agreed upon in the Kharkiv region")."""
    from detente.brief import prose

    agreed = _ev("A humanitarian corridor from the village of Oskil has been agreed upon in the "
                 "Kharkiv region.", "AGREE", [Actor("", code="RUS")], [Actor("", code="UKR")],
                 trigger="agreed")
    assert prose.clause(agreed) == ("Russia agreed on a humanitarian corridor from the village "
                                    "of Oskil")


def test_decades_of_friendship_are_not_what_was_signed() -> None:
    """"the culmination of three decades of cooperation and friendship - our countries have
    signed an agreement on a free trade area" (a brief told "Turkey and Ukraine signed three
    decades")."""
    from detente.brief import prose

    signed = _ev("\"Today a very significant event has become the culmination of three decades "
                 "of cooperation and friendship - our countries have signed an agreement on a "
                 "free trade area.", "SUPPORT", [Actor("", code="UKR")], [Actor("", code="TUR")],
                 trigger="signed", quantities=[Quantity(value=3, unit="decades",
                                                        text="three decades")])
    assert prose.clause(signed) == "Ukraine signed an agreement on a free trade area"


def test_a_count_is_no_party_of_a_verb_that_names_one() -> None:
    """"Russia cooperated with over 150 joint projects" and "the European Union provided aid to
    600 million euros" (two briefs of November 2021): the partner and the recipient are
    states; people helped still are counted."""
    from detente.brief import prose

    projects = _ev("Russia is one of the main investors in Uzbekistan's economy with over 150 "
                   "joint projects currently underway.", "COOPERATE",
                   [Actor("Russia", code="RUS")], [Actor("", code="UZB", sector="GOV")],
                   trigger="projects", quantities=[Quantity(value=150, unit="projects",
                                                            text="over 150 joint projects")])
    assert prose.clause(projects) == "Russia cooperated with Uzbekistan"
    paid = _ev("Volodymyr Zelenskyy thanked the EU for the payment of the second tranche of "
               "macro-financial assistance in the amount of 600 million euros.", "AID",
               [Actor("EU", code="EUR", sector="IGO")], [Actor("", code="UKR", sector="GOV")],
               trigger="payment", quantities=[Quantity(value=6e8, unit="eur",
                                                       text="600 million euros")])
    assert "aid to Ukraine" in (prose.clause(paid) or "")
    # (the one who thanked for it named: still aid to the state, not to the person)
    thanked = replace(paid, target=[Actor("Volodymyr Zelenskyy", name="Volodymyr Zelensky",
                                          code="UKR", sector="GOV")])
    assert "aid to Ukraine" in (prose.clause(thanked) or "")


def test_who_made_a_request_is_not_what_was_requested() -> None:
    """"At the request of Aleksandar Vucic, Vladimir Putin provided an update" (a brief told
    "... requested of Aleksandar Vucic")."""
    from detente.brief import prose

    asked = _ev("At the request of Aleksandar Vucic, Vladimir Putin provided an update.",
                "REQUEST", [Actor("Aleksandar Vucic", code="SRB")],
                [Actor("Vladimir Putin", code="RUS")], trigger="request")
    assert "of Aleksandar Vucic" not in (prose.clause(asked) or "")


def test_troops_sent_to_help_are_deployed_not_assisted() -> None:
    """"the CSTO Collective Peacekeeping Forces of 2,030 troops ... have been deployed in the
    Republic of Kazakhstan" (a brief's headline: "Russia Assists 2,030 Troops in the Republic
    of Kazakhstan")."""
    from detente.brief import prose

    sent = _ev("The CSTO Collective Peacekeeping Forces of 2,030 troops have been deployed in the "
               "Republic of Kazakhstan.", "AID", [Actor("", code="RUS")],
               [Actor("Republic of Kazakhstan", code="KAZ")], trigger="deployed",
               quantities=[Quantity(value=2030, unit="troops", text="2,030 troops")])
    assert (prose.clause(sent) or "").startswith("Russia deployed 2,030 troops")


def test_what_must_be_known_is_the_whole_clause() -> None:
    """"They must know this war is unjust." (a brief told "Ukraine demanded that Russian forces
    know this war")."""
    from detente.brief import prose

    known = _ev("They must know this war is unjust.", "REQUEST", [Actor("", code="UKR")],
                [Actor("They", code="RUS")], trigger="know")
    assert (prose.clause(known) or "").endswith("know this war is unjust")


def test_steps_of_a_plan_are_no_one_sanctioned() -> None:
    """"three steps need to be taken: imposing full blocking sanctions on the entire financial
    sector" (a brief told "the West imposed sanctions on three steps")."""
    from detente.brief import prose

    plan = _ev("To do this, three steps need to be taken: imposing full blocking sanctions on the "
               "entire financial sector of the Russian Federation.", "SANCTION",
               [Actor("", code="WST")], [Actor("", code="RUS")], trigger="sanctions",
               quantities=[Quantity(value=3, unit="steps", text="three steps")])
    assert "three steps" not in (prose.clause(plan) or "")


def test_what_was_discussed_is_no_place_of_the_talks() -> None:
    """"the parties also discussed recent steps ... of a peaceful settlement in Donbas" (a
    brief told "Olaf Scholz visited Ukraine in Donbas"; they met in Kyiv)."""
    from detente.brief import prose

    deu, ukr = [Actor("the parties", code="DEU")], [Actor("the parties", code="UKR")]
    discussed = _ev("During the meeting, the parties also discussed recent steps in the framework "
                    "of a peaceful settlement in Donbas.", "CONSULT", deu, ukr,
                    trigger="discussed")
    assert prose.place_of(discussed) is None


def test_a_leaders_talk_with_his_own_ministers_is_nothing_to_watch(tmp_path: Path) -> None:
    """Putin on 17 February 2022: "I will talk ... with the Prime Minister" next week (a brief
    ended "Watch for: Russia will hold talks with Vladimir Putin"); talks between two
    states still are."""
    store = Store(f"sqlite:///{tmp_path / 'watch.db'}")
    own = "Even before our next meeting"
    article = _find(own)
    sentence = next(s for s in re.split(r"(?<=[.!?])\s+", article.text) if s.startswith(own))
    store.add_article(article)
    talk = _event(article, sentence, "CONSULT",
                  [Actor("Prime Minister in private", code="RUS", sector="GOV"),
                   Actor("Central Bank", code="RUS", sector="BUS")],
                  [Actor("I", name="Vladimir Putin", code="RUS", sector="GOV")], "talk",
                  date(2022, 2, 24), modality="future", plover_score=2.1)
    talks = replace(talk, source=[Actor("Russia", code="RUS", sector="GOV")],
                    target=[Actor("France", code="FRA", sector="GOV")], id="")
    store.replace_events(article.id, [talks], coder="hand")
    assert "Watch for" in render(compose(store, since=date(2022, 2, 14),
                                         until=date(2022, 2, 24)))
    store.replace_events(article.id, [talk], coder="hand")
    assert "Watch for" not in render(compose(store, since=date(2022, 2, 14),
                                             until=date(2022, 2, 24)))


def test_a_conditional_attack_is_headed_as_one(tmp_path: Path) -> None:
    """Kyiv, April 2022: sanctions will be tightened "if Russia uses chemical weapons": a
    brief with nothing else leads with it as a possibility, and headed it "Russia Attacks
    Ukraine, Kyiv Says"."""
    store = Store(f"sqlite:///{tmp_path / 'accuse.db'}")
    chemical = ("There are now many hints and warnings that sanctions will be tightened, such "
                "as an embargo on Russian oil supplies to Europe, if Russia uses chemical "
                "weapons.")
    article = _find(chemical)
    store.add_article(article)
    kyiv = Actor("Kyiv", code="UKR", sector="GOV")
    used = _event(article, chemical, "ASSAULT", [Actor("Russia", code="RUS")],
                  [Actor("", code="UKR")], "uses", date(2022, 4, 1), modality="hypothetical",
                  claimant=kyiv, plover_score=-10.0)
    store.replace_events(article.id, [used], coder="hand")
    brief = compose(store, since=date(2022, 3, 28), until=date(2022, 4, 3),
                    actors=["RUS", "UKR"])
    assert brief.headline.startswith("Russia Might Attack Ukraine")
    assert "Russia attacked" not in render(brief)


def test_corridors_opened_are_told_as_corridors() -> None:
    from detente.brief import prose

    ev = _ev("Corridors in the Sumy region are opened on the following routes: 1.", "RETREAT",
             [Actor("", code="RUS", sector="MIL")],
             [Actor("Corridors in the Sumy region", code="UKR")], mode="access",
             trigger="opened")
    text = prose.clause(ev) or ""
    assert "opened humanitarian corridors in" in text and "allowed access" not in text, text
    # for people, not in them; as many as were opened
    civilians = replace(ev, target=[Actor("civilians", code="UKR", sector="CVL")])
    assert "corridors for" in (prose.clause(civilians) or "")
    counted = replace(civilians, sentence="In Ukraine, 10 humanitarian corridors will be opened "
                      "on March 14 to evacuate people.", quantities=[Quantity(
                          10, "corridors", "10 humanitarian corridors")])
    assert "opened 10 humanitarian corridors for" in (prose.clause(counted) or "")
    # access of another kind keeps its verb
    inspectors = replace(ev, sentence="Russia allowed IAEA inspectors into the plant.",
                         trigger="allowed")
    assert "corridors" not in (prose.clause(inspectors) or "")


def test_a_mutual_act_is_told_once_either_way_round(small: Store) -> None:
    import importlib

    comp = importlib.import_module("detente.brief.compose")
    writer = comp.Writer(comp.Citer(small))
    talks = small.events(EventFilter(q="difficult talks")).items
    ours, theirs = sorted(talks, key=lambda e: e.source_codes)
    assert writer.bullet("Russia held talks with Ukraine", [ours]) is not None
    assert writer.bullet("Ukraine held talks with Russia", [theirs]) is None
    # an accusation each way is two claims
    hit = small.events(EventFilter(q="Mykolaiv")).items[0]
    assert writer.bullet("Russia accused Ukraine", [hit]) is not None
    assert writer.bullet("Ukraine accused Russia", [hit]) is not None


def test_work_towards_sanctions_is_no_sanction_imposed() -> None:
    from detente.brief import prose

    ev = _ev("We are also working to strengthen sanctions on Russia.", "SANCTION",
             [Actor("We", code="UKR", sector="GOV")], [Actor("Russia", code="RUS")],
             trigger="sanctions")
    text = prose.clause(ev) or ""
    assert "pressed for sanctions on Russia" in text and "imposed" not in text, text
    imposed = replace(ev, sentence="Ukraine imposed sanctions on Russia.", trigger="sanctions")
    assert "imposed sanctions" in (prose.clause(imposed) or "")


def test_a_noun_trigger_s_of_phrase_is_the_verb_s_object() -> None:
    from detente.brief import prose

    ev = _ev("She personally took part in the evacuation of the wounded from Vodyane.", "AID",
             [Actor("She", code="UKR")], [Actor("wounded from Vodyane")], trigger="evacuation")
    assert "evacuated the wounded from Vodyane" in (prose.clause(ev) or "")


def test_a_side_s_own_tally_of_people_it_aided_is_its_claim() -> None:
    from detente.brief import prose

    ev = _ev("Despite the resistance of the fighters, we were able to evacuate 142,711 civilians "
             "from Mariupol.", "AID", [Actor("we", code="RUS", sector="GOV")],
             [Actor("142,711 civilians", code="UKR", sector="CVL")], trigger="evacuate",
             quantities=[Quantity(142711, "civilians", "142,711 civilians")])
    assert prose.attribution(ev, "en.kremlin.ru") == "Moscow"
    assert "evacuated 142,711 civilians" in (prose.clause(ev) or "")
    # told by the other side, or with no count, it is no tally of one's own
    assert prose.attribution(ev, "www.president.gov.ua") is None
    assert prose.attribution(replace(ev, quantities=[]), "en.kremlin.ru") is None


def test_a_place_that_opened_its_sentence_is_named_mid_sentence() -> None:
    from detente.brief import prose

    ev = _ev("The Black Sea, which is one of the key routes for food exports, is blocked by the "
             "Russian navy.", "COERCE", [Actor("Russian navy", code="RUS", sector="MIL")],
             [Actor("Black Sea", code="UKR")], mode="restrict", trigger="blocked",
             location="The Black Sea")
    assert "blockaded the Black Sea" in (prose.clause(ev) or "")


def test_prisoners_are_named_as_prisoners() -> None:
    from detente.brief import prose

    ev = _ev("As for me, I visited Ukrainian prisoners in Sevastopol.", "CONSULT",
             [Actor("I", code="RUS", sector="GOV")],
             [Actor("Ukrainian prisoners", code="UKR", sector="CVL")], mode="visit",
             trigger="visited")
    text = prose.clause(ev) or ""
    assert "Ukrainian prisoners" in text and "civilians" not in text, text


def test_positions_are_told_as_acts() -> None:
    import importlib

    from detente.model import Agreement, Party

    comp = importlib.import_module("detente.brief.compose")
    minsk = Agreement(title="Peace agreement (Minsk Agreements)", kind="peace_agreement",
                      parties=[Party("RUS", "withdrawn"), Party("UKR", "rejected"),
                               Party("DEU", "agreed"), Party("FRA", "undecided")])
    assert comp.party_positions(minsk) == ["Russia withdrew", "Ukraine rejected",
                                           "Germany agreed"]


def test_a_hope_voiced_is_no_demand() -> None:
    """Corpus, 10 November 2021: "Zhovkva expressed hope that ... Croatia would keep the
    possibility of unrestricted entry for Ukrainians" was told "made demands of Croatia"."""
    from detente.brief import prose
    hope = _told("Ihor Zhovkva expressed hope that the next wave of the pandemic would be "
                 "overcome and that Croatia would keep the possibility of unrestricted entry "
                 "for Ukrainians.", "REQUEST", "hope", Actor("Ihor Zhovkva", code="UKR"),
                 Actor("Croatia", code="HRV"))
    said = prose.clause(hope) or ""
    assert "demand" not in said and "Croatia" in said, said


def test_what_is_said_of_a_noun_trigger_is_not_its_object() -> None:
    """Corpus, 15 April 2022: "Sanctions against Russia are very significant." was told "the
    West imposed sanctions against Russia are very significant"."""
    from detente.brief import prose
    said = _told("Sanctions against Russia are very significant.", "SANCTION", "Sanctions",
                 Actor("", code="WST"), Actor("Russia", code="RUS"))
    assert prose.clause(said) == "the West imposed sanctions against Russia"


def test_a_demand_told_only_with_its_setting_names_whom_it_is_made_of() -> None:
    """Corpus, 8 February 2022: "neither NATO nor the USA can accept all of Russia's demands in
    the context of the very significant military pressure" was told "Russia demanded in the
    context of the very significant military pressure on the border with Ukraine"."""
    from detente.brief import prose
    demands = _told("Therefore, it is obvious that neither NATO nor the USA can accept all of "
                    "Russia's demands in the context of the very significant military pressure "
                    "on the border with Ukraine.", "REQUEST", "demands", RUS,
                    Actor("NATO", code="NATO"))
    assert prose.clause(demands) == "Russia made demands of NATO"


def test_one_surrenders_to_a_side() -> None:
    from detente.brief import prose
    told = _told("We did not surrender to Russia.", "RETREAT", "surrender",
                 Actor("We", code="UKR"), RUS, negated=True)
    assert prose.clause(told) == "Ukraine did not surrender to Russia"


def test_a_count_of_a_speakers_points_is_no_figure_of_the_war() -> None:
    """Corpus, 27 May 2022: "I have given you only 5 aspects of how Russia's war against
    Ukraine affects the global situation" was told "Russia attacked only 5 aspects"."""
    from detente.brief import prose
    from detente.model import Quantity
    war = _told("I have given you only 5 aspects of how Russia's war against Ukraine affects "
                "the global situation.", "ASSAULT", "war", RUS, Actor("Ukraine", code="UKR"),
                quantities=[Quantity(value=5, unit="aspects", text="5 aspects")])
    assert prose.clause(war) == "Russia attacked Ukraine"


def test_a_place_in_the_next_clause_is_not_where_it_happened() -> None:
    """Corpus, 29 March 2022: "if it reacted ... as it had reacted to the invasion of Ukraine,
    Russian tanks would be standing near Dunkirk" was told "Russia invaded Dunkirk"."""
    from detente.brief import prose
    told = _told("Because if it reacted to Russia's aggression against itself in the same way "
                 "as it had reacted to the invasion of Ukraine, Russian tanks would be standing "
                 "near Dunkirk for a couple of weeks already.", "ASSAULT", "invasion", RUS,
                 Actor("Ukraine", code="UKR"))
    assert "Dunkirk" not in (prose.clause(told) or "")


def test_people_destroyed_are_killed() -> None:
    """Corpus, 27 February 2022: "tactics to destroy people" was told "Russian forces
    destroyed Ukrainian civilians"."""
    from detente.brief import prose
    told = _told("They consciously chose tactics to destroy people and everything that makes "
                 "life just normal.", "ASSAULT", "destroy", Actor("They", code="RUS",
                                                                  sector="MIL"),
                 Actor("people", code="UKR", sector="CVL"), mode="destroy")
    assert prose.clause(told) == "Russian forces killed Ukrainian civilians"


def test_aid_whose_importance_is_noted_is_the_aid() -> None:
    """Corpus, 13 January 2022: "noted the importance of practical assistance provided by the
    United Kingdom" was told "the United Kingdom provided the importance of practical
    assistance"."""
    from detente.brief import prose
    told = _told("Volodymyr Zelenskyy noted the importance of practical assistance provided by "
                 "the United Kingdom to Ukraine.", "AID", "provided",
                 Actor("United Kingdom", code="GBR"), Actor("Ukraine", code="UKR"))
    assert "importance" not in (prose.clause(told) or "")


def test_money_invested_is_invested() -> None:
    """Corpus, 21 December 2021: "Oil companies invested 21.4 billion rubles in this project"
    was told "Russia cooperated with 21.4 billion rubles"."""
    from detente.brief import prose
    from detente.model import Quantity
    told = _told("Oil companies invested 21.4 billion rubles in this project.", "COOPERATE",
                 "invested", Actor("Oil companies", code="RUS", sector="BUS"),
                 Actor("", code=None), quantities=[Quantity(value=21.4e9, unit="RUB",
                                                            text="21.4 billion rubles")])
    assert "cooperated with" not in (prose.clause(told) or "")


def test_a_headline_is_not_cut_inside_in_order_to() -> None:
    from detente.brief.compose import shorten_headline

    cut = shorten_headline("Volodymyr Zelensky Declares Readiness to Meet with Putin at Any "
                           "Time in Order to Hold These Talks")
    assert cut == "Volodymyr Zelensky Declares Readiness to Meet with Putin at Any Time"


def test_a_figure_of_what_thanks_are_for_is_not_whom_they_go_to() -> None:
    """Corpus, 1 February 2022: "Hungary expressed support for 900,000 Hungarian citizens"."""
    from detente.brief import prose

    sentence = ("We are grateful to you that our cooperation allowed us to inoculate 900,000 "
                "Hungarian citizens with your vaccine.")
    thanks = _ev(sentence, "SUPPORT", [Actor("We", code="HUN")], [Actor("you", code="RUS")],
                 trigger="grateful", quantities=[Quantity(900000, "citizens",
                                                          "900,000 Hungarian citizens")])
    assert prose.clause(thanks) == "Hungary expressed support for Russia"


def test_a_domestic_deal_aimed_at_no_one_does_not_lead(tmp_path: Path) -> None:
    """Corpus, week to 5 December 2021: "Russia Agrees to Clearly Define What Is Included in
    These 70 Percent" (a meeting on the coal industry) led over Russia's talks with Vietnam."""
    day = date(2021, 12, 2)
    texts = ["We also agreed to clearly define what is included in these 70 percent.",
             "Vladimir Putin held talks with President of Vietnam Nguyen Xuan Phuc."]
    store, arts = _stored(tmp_path / "lead.db", [(day, t, "en.kremlin.ru") for t in texts])
    putin = Actor("Vladimir Putin", code="RUS", sector="GOV")
    events = [_event(arts[0], texts[0], "AGREE", [Actor("We", code="RUS", sector="GOV")], [],
                     "agreed", day, plover_score=8.0),
              _event(arts[1], texts[1], "CONSULT", [putin],
                     [Actor("President of Vietnam", code="VNM", sector="GOV")], "talks", day,
                     plover_score=1.0)]
    _code_each(store, arts, events)
    from detente.brief import compose
    lead = compose(store, since=day, until=day).sections[0].lead.text
    assert "Vietnam" in lead and "70 percent" not in lead


def test_two_counts_joined_by_and_are_both_the_object() -> None:
    """Corpus, 10 November 2021: "imposed sanctions on 22 individuals (146 legal entities)"."""
    from detente.brief import prose

    sentence = ("The National Security and Defense Council has imposed sanctions against 22 "
                "individuals and 146 legal entities.")
    imposed = _ev(sentence, "SANCTION", [Actor("The National Security and Defense Council",
                                               code="UKR", sector="GOV")], [],
                  trigger="imposed", quantities=[Quantity(22, "individuals", "22 individuals"),
                                                 Quantity(146, "entities",
                                                          "146 legal entities")])
    assert prose.clause(imposed) == \
        "Ukraine imposed sanctions on 22 individuals and 146 legal entities"


def test_a_bombs_weight_is_no_figure_of_the_strike() -> None:
    """Corpus, 5 March 2022: "Russian forces carried out air strikes on Ukraine (500 kg)"."""
    from detente.brief import prose

    sentence = "At 500 kg bombs that were dropped on the houses of Ukrainians."
    dropped = _ev(sentence, "ASSAULT", [Actor("", code="RUS", sector="MIL")],
                  [Actor("the houses of Ukrainians", code="UKR")], trigger="dropped",
                  mode="aerial", quantities=[Quantity(500, "kg", "500 kg")])
    assert "(500 kg)" not in (prose.clause(dropped) or "")


def test_corridors_agreed_upon_to_evacuate_people_are_what_was_agreed() -> None:
    """Corpus, 17 March 2022: "Russia and Ukraine agreed upon to evacuate residents"."""
    from detente.brief import prose

    sentence = ("As of March 17, nine humanitarian corridors have been agreed upon to evacuate "
                "residents of settlements affected by the Russian invasion.")
    agreed = _ev(sentence, "AGREE", [Actor("", code="RUS")], [Actor("", code="UKR")],
                 trigger="agreed")
    assert prose.clause(agreed) == ("Russia agreed on nine humanitarian corridors to evacuate "
                                    "residents of settlements affected by the Russian invasion")


def test_the_wars_length_is_no_development_of_the_period() -> None:
    """Corpus, week to 23 May 2022: "Russia Attacks Ukraine for Three Months, Kyiv Says"."""
    from detente.brief import salience

    rus, ukr = [Actor("Russia", code="RUS")], [Actor("Ukraine", code="UKR")]
    length = _ev("Russia's full-scale war against Ukraine has been going on for three months "
                 "already.", "ASSAULT", rus, ukr, trigger="war",
                 quantities=[Quantity(3, "months", "three months")])
    bombing = _ev("The brutal bombing of Severodonetsk.", "ASSAULT", rus, ukr, trigger="bombing")
    assert salience.war_length(salience.Development(("ASSAULT", ("RUS", "UKR"), "RUS>"),
                                                    [length]))
    assert not salience.war_length(salience.Development(("ASSAULT", ("RUS", "UKR"), "RUS>"),
                                                        [bombing]))


def test_people_returned_in_a_list_are_all_named() -> None:
    """Corpus, 6 June 2022: "Ukraine returned 36 sailors (45 truck drivers)"."""
    from detente.brief import prose

    sentence = ("To date, as a result of the dialogue we are conducting with the Ukrainian side, "
                "45 truck drivers, 36 sailors, crew members of four ships and employees of "
                "Rosatom have been returned.")
    freed = _ev(sentence, "RETREAT", [Actor("", code="UKR")], [Actor("", code="RUS")],
                trigger="returned", mode="release",
                quantities=[Quantity(45, "drivers", "45 truck drivers"),
                            Quantity(36, "sailors", "36 sailors"),
                            Quantity(4, "ships", "four ships")])
    assert "45 truck drivers and 36 sailors" in (prose.clause(freed) or "")


def test_an_agreements_brief_reaches_back_to_its_first_news() -> None:
    """Corpus, the Easter truce: its brief covered the week of the offer retold (3 May) and
    said "No clearly reported developments", leaving out the refusal of 22 April."""
    import importlib

    comp = importlib.import_module("detente.brief.compose")
    refused = replace(_ev("Russia rejected the proposal to establish an Easter truce.",
                          "REJECT", [], []), date=date(2022, 4, 22))
    retold = replace(refused, date=date(2022, 5, 3))
    assert comp._record_start([refused, retold], date(2022, 5, 3)) == date(2022, 4, 22)
    assert comp._record_start([retold], date(2022, 5, 3)) == date(2022, 4, 27)
    long_ago = replace(refused, date=date(2022, 1, 1))
    assert comp._record_start([long_ago], date(2022, 5, 3)) == date(2022, 4, 6)


def test_a_state_is_not_told_dealing_with_itself() -> None:
    """Corpus, week to 18 April 2022: "Ukraine will agree with Ukraine" (of "they want to
    have agreements with Ukraine", "they" read as Ukraine)."""
    from detente.brief import prose

    wish = _ev("At the same time, they want to have agreements with Ukraine,\" Zelenskyy said.",
               "AGREE", [Actor("they", code="UKR")], [Actor("", code="RUS")],
               trigger="agreements", modality="future")
    assert prose.clause(wish) is None


def test_what_of_the_target_must_end_is_what_was_demanded() -> None:
    """Corpus, 9 June 2022: "Ukraine demanded concessions from Russia" of "Russia's war against
    our state must end as soon as possible"."""
    from detente.brief import prose

    must = _ev("Russia's war against our state must end as soon as possible so that the security "
               "of food supplies across the Black Sea can be guaranteed.", "REQUEST",
               [Actor("", code="UKR")], [Actor("Russia's war", code="RUS")], trigger="end",
               mode="yield")
    assert prose.clause(must, side="UKR") == \
        "Ukraine demanded that Russia's war against Ukraine end"


def test_people_in_captivity_are_held_not_abducted() -> None:
    """Corpus, 24 May 2022: "several thousand of our people are in captivity after the
    blockade of Mariupol" was told as "abducted"."""
    from detente.brief import prose

    held = _ev("You know, several thousand of our people are in captivity after the blockade of "
               "Mariupol, Azovstal.", "ASSAULT", [Actor("", code="RUS", sector="MIL")],
               [Actor("several thousand of our people", code="UKR", sector="CVL")],
               trigger="captivity", mode="abduct")
    assert "held captive" in (prose.clause(held, side="UKR") or "")


def test_an_exchange_of_views_is_no_prisoner_exchange() -> None:
    """Corpus: "We had a detailed exchange of views" (Putin and Xi) was grouped with the
    prisoner exchanges a brief follows."""
    from detente.brief import salience

    assert "exchange" not in salience.topics_in("We had a detailed exchange of views.")
    assert "exchange" not in salience.topics_in("The presidents exchanged greetings.")
    assert "exchange" in salience.topics_in("Russia and Ukraine exchanged 175 prisoners each.")
    # (Putin, 10 March 2022: a prisoner exchange's background)
    assert "exchange" not in salience.topics_in(
        "We have introduced mandatory surrender of foreign exchange proceeds.")
    assert "exchange" not in salience.topics_in("The ruble exchange rate recovered.")


def test_an_agreements_background_is_first_its_own_topic() -> None:
    """A prisoner exchange's Context told the killing of children and mined ports before
    Kyiv's earlier offer of a swap (corpus, June 2022)."""
    import importlib

    from detente.brief import salience

    comp = importlib.import_module("detente.brief.compose")
    rus, ukr = Actor("Russian forces", code="RUS"), Actor("Ukraine", code="UKR")
    war = [replace(_ev("Russian forces shelled Kharkiv, killing 12 people.", "ASSAULT", [rus],
                       [ukr]), article_id=f"w{i}", location="Kharkiv",
                   quantities=[Quantity(12, "people", "12 people")]) for i in range(3)]
    offer = _ev("Ukraine offered Russia to exchange prisoners of war.", "AGREE", [ukr], [rus])
    devs = salience.rank([*war, offer])
    assert devs[0].event_type == "ASSAULT"  # the more salient, told alone
    swap = Agreement(title="Prisoner exchange", kind="prisoner_exchange", scope=["Mariupol"])
    assert [d.event_type for d in comp._agreement_topic_first(devs, swap)] == [
        "AGREE", "ASSAULT"]
    assert comp._agreement_topic_first(devs, None) == devs


def test_a_pairs_brief_keeps_to_the_pair(tmp_path: Path) -> None:
    """A Poland–Ukraine brief (corpus, June 2022) told Kyiv's talk to Stanford students and
    ended on the Minsk agreements: one side's acts count only from articles where the other
    acts too."""
    day = date(2022, 6, 1)
    texts = ["Ukraine thanked Poland for its support.", "I talked to Stanford University "
             "students today."]
    store, arts = _stored(tmp_path / "pair.db", [(day, t, "www.president.gov.ua")
                                                 for t in texts])
    pol = Actor("Poland", code="POL", sector="GOV")
    students = Actor("Stanford University students", code="UKR", sector="CVL")
    _code_each(store, arts, [
        _event(arts[0], texts[0], "SUPPORT", [UKR], [pol], "thanked", day),
        _event(arts[1], texts[1], "CONSULT", [Actor("I", code="UKR")], [students], "talked",
               day)])
    text = render(compose(store, since=day, until=day, actors=["UKR", "POL"]))
    assert "thanked Poland" in text and "Stanford" not in text


def test_an_exchanges_brief_runs_to_the_swap_talks() -> None:
    """Kyiv, June 2022: after Ukraine's offer of a Mariupol swap (its record), "negotiations on
    the exchange of prisoners between Ukraine and Russia are being conducted by the Main
    Intelligence Directorate" is its latest news: the brief ends there and tells the talks'
    topic (it ended with the offer and said "No Clearly Reported Developments")."""
    import importlib

    from detente.brief import prose
    from detente.model import StatusChange

    comp = importlib.import_module("detente.brief.compose")
    offer = replace(_ev("Ukraine offered to exchange the defenders of Mariupol.", "AGREE", [UKR],
                        [RUS]), id="offer", date=date(2022, 5, 21))
    talks_text = ("Negotiations on the exchange of prisoners between Ukraine and Russia are "
                  "being conducted by the Main Intelligence Directorate of Ukraine.")
    talks = replace(_ev(talks_text, "CONSULT", [Actor("Main Intelligence Directorate",
                                                      code="UKR")], [RUS]),
                    id="talks", trigger="Negotiations", date=date(2022, 6, 6))
    shelling = replace(_ev("Russia shelled Mariupol.", "ASSAULT", [RUS], [UKR]), id="war")
    swap = Agreement(title="Prisoner exchange", kind="prisoner_exchange",
                     history=[StatusChange(date(2022, 5, 21), "proposed", ["offer"])],
                     events=["offer", "talks", "war"], incidents=["war"])
    assert [e.id for e in comp._its_news(swap, [offer, talks, shelling])] == ["offer", "talks"]
    assert prose.clause(talks) == \
        "Ukraine negotiated with Russia on the exchange of prisoners"
    assert prose.clause(talks, reciprocal=True, subject="Russia and Ukraine") == \
        "Russia and Ukraine negotiated on the exchange of prisoners"


def test_a_title_is_no_place_and_today_is_dated() -> None:
    """Kyiv, June 2022: "received credentials from US Ambassador Bridget Brink" was told as
    talks "in US Ambassador", and "thank US President Biden today for …" kept its "today"
    after the brief's own date."""
    from detente.brief import prose

    brink = Actor("US Ambassador Bridget Brink", name="Bridget Brink", code="USA")
    received = replace(_ev("President of Ukraine Volodymyr Zelenskyy received credentials from "
                           "US Ambassador Bridget Brink.", "CONSULT", [UKR], [brink]),
                       trigger="received")
    assert prose.place_of(received) is None
    thanked = replace(_ev("And I would also like to thank US President Biden today for "
                          "increasing American support for Ukraine every week.", "SUPPORT",
                          [UKR], [Actor("US President Biden", code="USA")]), trigger="thank")
    assert "today" not in (prose.clause(thanked) or "today")


def test_what_is_declared_in_a_passive_is_told() -> None:
    """Kyiv, June 2022: "if a ceasefire is declared in the region, Ukraine will react quickly"
    read "Ukraine might declare in the region" in a Poland–Ukraine brief."""
    from detente.brief import prose

    declared = replace(_ev("But if a ceasefire is declared in the region, Ukraine will react "
                           "quickly and ships with grain will leave seaports.", "CONCEDE", [UKR],
                           []), trigger="declared", modality="hypothetical")
    assert prose.complement(declared) == "a ceasefire in the region"


def test_those_whose_description_was_cut_off_are_not_told() -> None:
    """Kyiv, June 2022: the dek of a Ukraine–US brief read "Ukraine proposed to choose those
    categories of persons" (of "…, personal sanctions of the democratic world against which
    will be the most painful"); "those projects in Belarus", complete, stays."""
    from detente.brief import prose

    chosen = replace(_ev("That is, it is proposed to choose those categories of persons, "
                         "personal sanctions of the democratic world against which will be the "
                         "most painful.", "AGREE", [UKR], [Actor("", code="USA")]),
                     trigger="proposed")
    assert prose.complement(chosen) is None
    funded = replace(_ev("President Lukashenko and I agreed to set aside funding for those "
                         "projects in Belarus.", "AGREE", [RUS], [Actor("", code="BLR")]),
                     trigger="agreed")
    assert prose.complement(funded) == "to set aside funding for those projects in Belarus"
