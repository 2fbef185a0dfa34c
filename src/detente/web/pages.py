"""Server-rendered pages: overview, agreements, events, article view, briefs, ingest."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from detente.model import AGREEMENT_KINDS, EVENT_TYPES, STATUSES, Agreement, Event
from detente.store import EventFilter, Store
from detente.web import charts, stats
from detente.web.api import brief_args, compose_brief, read_uploads
from detente.web.app import (
    READ_COOKIE,
    Unauthorized,
    _same,
    check_write,
    page,
    require_read,
)
from detente.web.ingest import MAX_TEXT_CHARS, run_ingest
from detente.web.params import (
    BadParam,
    EventQuery,
    agreement_as_of,
    blank,
    event_query,
    parse_code,
    parse_date,
    parse_kind,
    parse_status,
)

router = APIRouter(include_in_schema=False)
read = [Depends(require_read)]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


# -- overview ----------------------------------------------------------------------------


@router.get("/", dependencies=read, response_class=HTMLResponse)
def overview(request: Request, since: str | None = None, until: str | None = None
             ) -> HTMLResponse:
    ctx = overview_context(request.app, parse_date("since", since),
                           parse_date("until", until))
    return page(request, "overview.html", ctx)


def overview_context(app: Any, since: date | None, until: date | None) -> dict[str, Any]:
    """Everything the overview shows (the aggregates come from the cache)."""
    store: Store = app.state.store
    cache = app.state.cache
    first, last = cache.get(("range",), store.date_range)
    day_from, day_to = since or first, until or last
    if day_from and day_to and day_from > day_to:
        raise BadParam(f"since ({day_from}) is after until ({day_to})")
    counts = cache.get(("counts",), store.counts)
    ctx: dict[str, Any] = {"page": "overview", "counts": counts, "since": day_from,
                           "until": day_to, "first": first, "last": last,
                           "timeline": None, "index": None, "period_events": 0,
                           "period_articles": 0, "agreements": [], "presets": []}
    if day_from and day_to:
        a, b = day_from, day_to
        rows = cache.get(("types", a, b), lambda: stats.type_counts_by_day(store, a, b))
        ctx["timeline"] = cache.get(("timeline", a, b), lambda: charts.timeline(rows, a, b))
        ctx["index"] = cache.get(("index", a, b), lambda: charts.dyad_index(
            stats.dyad_scores(store, a, b), a, b))
        ctx["period_events"] = sum(n for _, _, n in rows)
        ctx["period_articles"] = cache.get(
            ("articles", a, b), lambda: stats.articles_in_period(store, a, b))
        ctx["presets"] = _presets(first, last)
    board = cache.get(("board",), store.agreements)
    ctx["agreements"] = sorted(board, key=_board_order)[:6]
    ctx["quads"] = [(q, stats.QUAD_CSS[q]) for q in stats.QUADS]
    return ctx


def warm(app: Any) -> None:
    """Fill the cache for the default overview, in the background after start-up."""
    try:
        overview_context(app, None, None)
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first page
        return


def _presets(first: date | None, last: date | None) -> list[tuple[str, str, str]]:
    if not first or not last:
        return []
    out = [("All", first.isoformat(), last.isoformat())]
    for label, days in (("Last 90 days", 90), ("Last 30 days", 30), ("Last 7 days", 7)):
        start = max(first, last - timedelta(days=days - 1))
        out.append((label, start.isoformat(), last.isoformat()))
    return out


def _board_order(a: Agreement) -> tuple[int, int]:
    live = {"in_force": 0, "contested": 1, "violated": 2, "agreed": 3, "proposed": 4}
    return (live.get(a.status, 9), -(a.declared.toordinal() if a.declared else 0))


# -- agreements --------------------------------------------------------------------------


@dataclass
class Card:
    agreement: Agreement
    days_left: int | None
    ended: bool
    claims: int
    incidents: int
    mediators: list[str] = field(default_factory=list)


def _card(a: Agreement, ref: date) -> Card:
    ends = a.ends
    if ends is None and a.duration_days and (a.effective or a.declared) and \
            a.status not in ("proposed", "collapsed"):  # (an offer's days have not begun)
        start = a.effective or a.declared
        assert start is not None
        ends = start + timedelta(days=a.duration_days)
    days_left = (ends - ref).days if ends else None
    mediators = [str(m.get("code") or m.get("name") or "") for m in a.mediators]
    return Card(a, days_left, bool(ends and days_left is not None and days_left < 0),
                len(a.violation_claims), len(a.incidents), [m for m in mediators if m])


def _latest_day(request: Request) -> date:
    """The day the data reach (the latest article), from which days left are counted: a
    corpus of past news is judged on its own last day, not on today's date."""
    store = _store(request)
    last = request.app.state.cache.get(("range",), store.date_range)[1]
    return last or date.today()


@router.get("/agreements", dependencies=read, response_class=HTMLResponse)
def agreements_board(request: Request, as_of: str | None = None, kind: str | None = None,
                     status: str | None = None, actor: str | None = None) -> HTMLResponse:
    day = parse_date("as_of", as_of)
    store = _store(request)
    found = store.agreements(
        as_of=day, kind=parse_kind(kind), status=parse_status(status),
        actor=parse_code("actor", actor))
    ref = day or _latest_day(request)
    cards = [_card(a, ref) for a in found]
    return page(request, "agreements.html", {
        "page": "agreements", "cards": cards, "as_of": day, "ref": ref,
        "kind": blank(kind) or "", "status": blank(status) or "",
        "actor": (blank(actor) or "").upper(), "kinds": AGREEMENT_KINDS,
        "statuses": STATUSES,
    })


@router.get("/agreements/{agreement_id}", dependencies=read, response_class=HTMLResponse)
def agreement_page(request: Request, agreement_id: str, as_of: str | None = None
                   ) -> HTMLResponse:
    store = _store(request)
    agreement = agreement_as_of(store, agreement_id, as_of)
    day = parse_date("as_of", as_of)
    versions = store.agreement_versions(agreement.id)
    ids: list[str] = []
    for change in agreement.history:
        ids += change.evidence
    for party in agreement.parties:
        ids += party.evidence
    for claim in agreement.violation_claims:
        ids += claim.evidence
    ids += agreement.incidents
    events = store.events_by_ids(ids)
    incidents = sorted((events[i] for i in agreement.incidents if i in events),
                       key=lambda e: (e.date or date.min, e.id))
    return page(request, "agreement.html", {
        "page": "agreements", "a": agreement, "card": _card(agreement, day or _latest_day(request)),
        "as_of": day, "versions": versions, "events": events, "incidents": incidents,
    })


# -- events ------------------------------------------------------------------------------


@router.get("/events", dependencies=read, response_model=None)
def events_page(request: Request, eq: Annotated[EventQuery, Depends(event_query)]
                ) -> HTMLResponse | RedirectResponse:
    if any(not v.strip() for _, v in request.query_params.multi_items()):
        return RedirectResponse(eq.link("/events"), status_code=303)  # drop blank fields
    store = _store(request)
    cache = request.app.state.cache
    key = ("total", tuple(sorted((k, v) for k, v in eq.params.items()
                                 if k not in ("cursor", "limit"))))
    known = cache.peek(key)
    result = store.events(eq.flt, limit=eq.limit, cursor=eq.cursor, with_total=known is None)
    if known is None:
        cache.get(key, lambda: result.total)
    else:
        result.total = known
    board = request.app.state.cache.get(("board",), store.agreements)
    actors = request.app.state.cache.get(("actors",), lambda: stats.actor_counts(store))
    return page(request, "events.html", {
        "page": "events", "eq": eq, "result": result, "types": EVENT_TYPES,
        "agreements": sorted(board, key=lambda a: a.title.lower()),
        "actor_codes": [a["code"] for a in actors[:300]],
        "selected_types": list(eq.flt.event_type or []),
        "next_link": eq.link("/events", cursor=result.next_cursor)
        if result.next_cursor else None,
        "first_link": eq.link("/events", cursor=None) if eq.cursor else None,
        "csv_link": eq.link("/events.csv"), "json_link": eq.link("/events.json"),
    })


@router.get("/events.csv", dependencies=read)
def events_csv(request: Request, eq: Annotated[EventQuery, Depends(event_query)]) -> Response:
    from detente.export import event_rows

    result = _store(request).events(eq.flt, limit=eq.limit, cursor=eq.cursor)
    rows, columns = event_rows(result.items)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(_csv_safe(r) for r in rows)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="detente-events.csv"'})


def _csv_safe(row: dict[str, Any]) -> dict[str, Any]:
    """Neutralise spreadsheet formulas in text cells (CSV injection)."""
    return {k: ("'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v)
            for k, v in row.items()}


@router.get("/events.json", dependencies=read)
def events_json(request: Request, eq: Annotated[EventQuery, Depends(event_query)]) -> Response:
    result = _store(request).events(eq.flt, limit=eq.limit, cursor=eq.cursor)
    body = json.dumps({"items": [e.to_dict() for e in result.items],
                       "next_cursor": result.next_cursor}, ensure_ascii=False, indent=1)
    return Response(body, media_type="application/json", headers={
        "Content-Disposition": 'attachment; filename="detente-events.json"'})


# -- articles ----------------------------------------------------------------------------


@dataclass
class Segment:
    text: str
    ids: list[str] = field(default_factory=list)
    css: str = ""
    title: str = ""


def segments(text: str, events: list[Event]) -> tuple[list[Segment], set[str]]:
    """The article text cut into plain and marked pieces; returns the ids left unplaced."""
    located: list[tuple[int, int, Event]] = []
    unplaced: set[str] = set()
    for ev in events:
        start, end = ev.span
        if not (0 <= start < end <= len(text)) or (
            ev.sentence and " ".join(text[start:end].split()) != " ".join(ev.sentence.split())
        ):
            found = text.find(ev.sentence) if ev.sentence else -1
            if found < 0:
                unplaced.add(ev.id)
                continue
            start, end = found, found + len(ev.sentence)
        located.append((start, end, ev))
    located.sort(key=lambda t: (t[0], -t[1], t[2].id))
    groups: list[tuple[int, int, list[Event]]] = []
    for start, end, ev in located:
        if groups and start < groups[-1][1]:
            g_start, g_end, evs = groups[-1]
            evs.append(ev)
            groups[-1] = (g_start, max(g_end, end), evs)
        else:
            groups.append((start, end, [ev]))
    out, pos = [], 0
    for start, end, evs in groups:
        if start > pos:
            out.append(Segment(text[pos:start]))
        worst = min(evs, key=lambda e: e.plover_score if e.plover_score is not None else 0.0)
        title = "; ".join(f"{e.event_type} {','.join(e.source_codes) or '?'}→"
                          f"{','.join(e.target_codes) or '?'}" for e in evs)
        out.append(Segment(text[start:end], [e.id for e in evs],
                           stats.QUAD_CSS.get(stats.quad_of(worst.event_type), ""), title))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out, unplaced


@router.get("/articles", dependencies=read, response_class=HTMLResponse)
def articles_page(request: Request, since: str | None = None, until: str | None = None,
                  page_no: int = Query(1, alias="page", ge=1, le=100000)) -> HTMLResponse:
    per = 50
    day_from, day_to = parse_date("since", since), parse_date("until", until)
    found = _store(request).articles(since=day_from, until=day_to, limit=per + 1,
                                     offset=(page_no - 1) * per)
    return page(request, "articles.html", {
        "page": "articles", "articles": found[:per], "more": len(found) > per,
        "page_no": page_no, "since": day_from, "until": day_to,
    })


@router.get("/articles/{article_id}", dependencies=read, response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    store = _store(request)
    article = store.get_article(article_id)
    events = store.events(EventFilter(article_id=article.id), limit=None).items
    events.sort(key=lambda e: (e.span[0], e.id))
    segs, unplaced = segments(article.text, events)
    links = request.app.state.cache.get(("article-links", article.id),
                                        lambda: _article_agreements(store, events))
    return page(request, "article.html", {
        "page": "articles", "article": article, "events": events, "segments": segs,
        "unplaced": unplaced, "links": links,
    })


def _article_agreements(store: Store, events: list[Event]) -> dict[str, list[Agreement]]:
    ids = {e.id for e in events}
    out: dict[str, list[Agreement]] = {}
    if not ids:
        return out
    for a in store.agreements():
        linked = set(a.events) | set(a.incidents)
        for h in a.history:
            linked |= set(h.evidence)
        for c in a.violation_claims:
            linked |= set(c.evidence)
        for i in ids & linked:
            out.setdefault(i, []).append(a)
    return out


# -- briefs ------------------------------------------------------------------------------


def _brief_html(made: Any) -> str:
    """The brief as HTML from detente.brief, citations linking to the article view."""
    from detente import brief

    # render_html keeps only http(s) outlet links (an article may carry a javascript: URL)
    html = str(brief.render_html(made, article_url=_article_url))
    match = re.search(r"<body[^>]*>(.*)</body>", html, flags=re.S | re.I)
    return match.group(1) if match else html


def _article_url(article_id: str, event_id: str) -> str:
    return f"/articles/{quote(article_id)}#ev-{quote(event_id)}"


@router.get("/briefs", dependencies=read, response_class=HTMLResponse)
def briefs_page(request: Request, since: str | None = None, until: str | None = None,
                actors: str | None = None, agreement: str | None = None,
                topic: str | None = None, article: str | None = None) -> HTMLResponse:
    store = _store(request)
    form = {"since": blank(since) or "", "until": blank(until) or "",
            "actors": blank(actors) or "", "agreement": blank(agreement) or "",
            "topic": blank(topic) or "", "article": blank(article) or ""}
    asked = any(form.values())
    ctx: dict[str, Any] = {"page": "briefs", "form": form, "brief": None, "html": None,
                           "md_link": None, "agreements": [], "error": None}
    ctx["agreements"] = sorted(request.app.state.cache.get(("board",), store.agreements),
                               key=lambda a: a.title.lower())
    if not asked:
        first, last = request.app.state.cache.get(("range",), store.date_range)
        if last:
            form["since"] = max(first or last, last - timedelta(days=6)).isoformat()
            form["until"] = last.isoformat()
        return page(request, "briefs.html", ctx)
    args = brief_args(since, until, actors, agreement, topic, article)
    made = compose_brief(request, args)
    ctx["brief"] = made
    ctx["html"] = _brief_html(made)
    qs = request.url.query
    ctx["md_link"] = f"/briefs.md?{qs}" if qs else "/briefs.md"
    ctx["json_link"] = f"/api/briefs?{qs}" if qs else "/api/briefs"
    return page(request, "briefs.html", ctx)


@router.get("/briefs.md", dependencies=read)
def brief_markdown(request: Request, since: str | None = None, until: str | None = None,
                   actors: str | None = None, agreement: str | None = None,
                   topic: str | None = None, article: str | None = None) -> Response:
    from detente import brief

    made = compose_brief(request, brief_args(since, until, actors, agreement, topic, article))
    name = "detente-brief"
    if made.since or made.until:
        name += f"-{made.since or ''}_{made.until or ''}"
    return PlainTextResponse(str(brief.render(made, "md")), media_type="text/markdown; "
                             "charset=utf-8", headers={
                                 "Content-Disposition": f'attachment; filename="{name}.md"'})


# -- ingest ------------------------------------------------------------------------------


@router.get("/ingest", dependencies=read, response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    return page(request, "ingest.html", {"page": "ingest", "report": None, "error": None,
                                         "writable": bool(request.app.state.token),
                                         "form": {}})


@router.post("/ingest", response_class=HTMLResponse)
def ingest_submit(
    request: Request,
    token: str | None = Form(None),
    files: Annotated[list[UploadFile] | None, File()] = None,
    text: str | None = Form(None), title: str | None = Form(None),
    published: str | None = Form(None), source: str | None = Form(None),
    url: str | None = Form(None),
) -> HTMLResponse:
    form = {"text": text or "", "title": title or "", "published": published or "",
            "source": source or "", "url": url or ""}
    ctx: dict[str, Any] = {"page": "ingest", "report": None, "error": None,
                           "writable": bool(request.app.state.token), "form": form}
    try:
        check_write(request, form_token=blank(token))
    except Unauthorized as exc:
        ctx["error"] = str(exc)
        return page(request, "ingest.html", ctx, status=401)
    uploads = read_uploads(files)
    if text and len(text) > MAX_TEXT_CHARS:
        raise BadParam(f"text: longer than {MAX_TEXT_CHARS} characters")
    if not uploads and not (text and text.strip()):
        ctx["error"] = "Nothing to ingest: choose files or paste text."
        return page(request, "ingest.html", ctx, status=422)
    report = run_ingest(request.app, uploads, text=text, title=title,
                        published=parse_date("published", published),
                        source=blank(source), url=blank(url))
    ctx["report"] = report
    ctx["form"] = {}
    return page(request, "ingest.html", ctx)


# -- login (only when DETENTE_READ_TOKEN is set) --------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return page(request, "login.html", {"page": "", "error": None})


@router.post("/login", response_model=None)
def login(request: Request, token: str = Form("")) -> Response:
    expected = request.app.state.read_token
    if expected and not (_same(token, expected) or _same(token, request.app.state.token)):
        return page(request, "login.html", {"page": "", "error": "Wrong token."}, status=401)
    response = RedirectResponse("/", status_code=303)
    if expected:
        response.set_cookie(READ_COOKIE, token, httponly=True, samesite="strict")
    return response
