"""The JSON API under /api/. Errors are ``{"error": "message"}`` with the right status."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from detente.store import EventFilter, Store
from detente.web.app import TooLarge, Unavailable, check_write, require_read
from detente.web.ingest import MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, Upload, run_ingest
from detente.web.params import (
    BadParam,
    EventQuery,
    agreement_as_of,
    blank,
    event_query,
    parse_code,
    parse_codes,
    parse_date,
    parse_id,
    parse_kind,
    parse_limit,
    parse_status,
)
from detente.web.stats import actor_counts

router = APIRouter(prefix="/api", tags=["api"])
read = [Depends(require_read)]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def article_summary(a: Any) -> dict[str, Any]:
    data: dict[str, Any] = a.to_dict()
    data.pop("text", None)
    data["chars"] = len(a.text)
    return data


@router.get("/articles", dependencies=read, summary="Articles, by publication date")
def list_articles(
    request: Request,
    since: str | None = Query(None, description="First publication day, YYYY-MM-DD."),
    until: str | None = Query(None, description="Last publication day, YYYY-MM-DD."),
    limit: str | None = Query(None, description="Rows per page, 1-500 (default 100)."),
    cursor: str | None = Query(None, description="next_cursor of the previous page."),
) -> dict[str, Any]:
    n = parse_limit(limit, 100)
    offset = 0
    if blank(cursor):
        try:
            offset = int(str(cursor))
            if offset < 0:
                raise ValueError
        except ValueError:
            raise BadParam("cursor: not a cursor returned by this server") from None
    found = _store(request).articles(
        since=parse_date("since", since), until=parse_date("until", until),
        limit=n + 1, offset=offset,
    )
    more = len(found) > n
    return {"items": [article_summary(a) for a in found[:n]],
            "next_cursor": str(offset + n) if more else None}


@router.get("/articles/{article_id}", dependencies=read,
            summary="One article with its text and active events")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    store = _store(request)
    article = store.get_article(article_id)
    events = store.events(EventFilter(article_id=article.id), limit=None).items
    return article.to_dict() | {"events": [e.to_dict() for e in events]}


@router.get("/events", dependencies=read, summary="Events, filtered, cursor-paginated")
def list_events(
    request: Request, eq: Annotated[EventQuery, Depends(event_query)],
    total: bool = Query(False, description="Also count every matching event."),
) -> dict[str, Any]:
    page = _store(request).events(eq.flt, limit=eq.limit, cursor=eq.cursor, with_total=total)
    body: dict[str, Any] = {"items": [e.to_dict() for e in page.items],
                            "next_cursor": page.next_cursor}
    if total:
        body["total"] = page.total
    return body


@router.get("/events/{event_id}", dependencies=read, summary="One event")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    data: dict[str, Any] = _store(request).get_event(event_id).to_dict()
    return data


@router.get("/agreements", dependencies=read, summary="The agreements board")
def list_agreements(
    request: Request,
    as_of: str | None = Query(None, description="The board as it stood on this day."),
    kind: str | None = Query(None, description="ceasefire, talks, prisoner_exchange, …"),
    status: str | None = Query(None, description="agreed, in_force, violated, …"),
    actor: str | None = Query(None, description="Only agreements with this party."),
) -> dict[str, Any]:
    found = _store(request).agreements(
        as_of=parse_date("as_of", as_of), kind=parse_kind(kind), status=parse_status(status),
        actor=parse_code("actor", actor),
    )
    return {"items": [a.to_dict() for a in found]}


@router.get("/agreements/{agreement_id}", dependencies=read,
            summary="One agreement, with its dated versions")
def get_agreement(
    request: Request, agreement_id: str,
    as_of: str | None = Query(None, description="The agreement as it stood on this day."),
) -> dict[str, Any]:
    store = _store(request)
    agreement = agreement_as_of(store, agreement_id, as_of)
    versions = [
        {"valid_from": d.isoformat(), "status": a.status, "agreement": a.to_dict()}
        for d, a in store.agreement_versions(agreement.id)
    ]
    data: dict[str, Any] = agreement.to_dict()
    return data | {"versions": versions}


@router.get("/actors", dependencies=read, summary="Actor codes with event counts")
def list_actors(request: Request) -> dict[str, Any]:
    store = _store(request)
    items = request.app.state.cache.get(("actors",), lambda: actor_counts(store))
    return {"items": items}


def brief_args(since: str | None, until: str | None, actors: str | None,
               agreement: str | None, topic: str | None, article: str | None
               ) -> dict[str, Any]:
    day_from, day_to = parse_date("since", since), parse_date("until", until)
    if day_from and day_to and day_from > day_to:
        raise BadParam(f"since ({day_from}) is after until ({day_to})")
    text = blank(topic)
    if text and len(text) > 200:
        raise BadParam("topic: longer than 200 characters")
    return {
        "since": day_from, "until": day_to, "actors": parse_codes("actors", actors) or None,
        "agreement_id": parse_id("agreement", agreement), "topic": text,
        "article_id": parse_id("article", article),
    }


def compose_brief(request: Request, args: dict[str, Any]) -> Any:
    """detente.brief.compose, cached while the data is unchanged (composing takes ~1 s)."""
    try:
        from detente import brief
    except ImportError as exc:
        raise Unavailable(f"briefs are not available: {exc}") from None
    if not hasattr(brief, "compose"):
        raise Unavailable("briefs are not available: detente.brief has no compose()")
    store = _store(request)
    key = ("brief",) + tuple(
        (k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(args.items()))
    return request.app.state.cache.get(key, lambda: brief.compose(store, **args))


@router.get("/briefs", dependencies=read, summary="Compose a cited brief",
            responses={200: {"content": {"application/json": {}, "text/markdown": {}}}})
def get_brief(
    request: Request,
    since: str | None = Query(None, description="First day, YYYY-MM-DD."),
    until: str | None = Query(None, description="Last day, YYYY-MM-DD."),
    actors: str | None = Query(None, description="Actor codes, comma-separated (RUS,UKR)."),
    agreement: str | None = Query(None, description="Brief on this agreement id."),
    topic: str | None = Query(None, description="Free-text topic."),
    article: str | None = Query(None, description="Brief on this article id."),
    format: str = Query("json", description="json, md or html."),  # noqa: A002
) -> Response:
    fmt = (format or "json").lower()
    if fmt not in ("json", "md", "html"):
        raise BadParam(f"format: {format!r} is not one of json, md, html")
    args = brief_args(since, until, actors, agreement, topic, article)
    made = compose_brief(request, args)
    if fmt == "json":
        return JSONResponse(made.to_dict())
    from detente import brief

    text = brief.render(made, fmt)
    media = "text/markdown; charset=utf-8" if fmt == "md" else "text/html; charset=utf-8"
    return PlainTextResponse(text, media_type=media)


@router.post("/ingest", summary="Ingest files or text: store, code, re-track (token)")
def post_ingest(
    request: Request,
    files: Annotated[list[UploadFile] | None, File(
        description="Files: txt, md, html, jsonl(.gz), csv, rss/atom, warc(.gz).")] = None,
    text: str | None = Form(None, description="Pasted article text."),
    title: str | None = Form(None, description="Title of the pasted text."),
    published: str | None = Form(None, description="Date for articles without one."),
    source: str | None = Form(None, description="Source for articles without one."),
    url: str | None = Form(None, description="URL of the pasted text."),
) -> dict[str, Any]:
    check_write(request)
    uploads = read_uploads(files)
    if text and len(text) > MAX_TEXT_CHARS:
        raise BadParam(f"text: longer than {MAX_TEXT_CHARS} characters")
    if not uploads and not (text and text.strip()):
        raise BadParam("nothing to ingest: send files or text")
    report = run_ingest(request.app, uploads, text=text, title=title,
                        published=parse_date("published", published),
                        source=blank(source), url=blank(url))
    return report.to_dict()


def read_uploads(files: list[UploadFile] | None) -> list[Upload]:
    uploads, size = [], 0
    for f in files or []:
        if not f.filename and not f.size:
            continue
        data = f.file.read(MAX_UPLOAD_BYTES + 1 - size)
        size += len(data)
        if size > MAX_UPLOAD_BYTES:
            raise TooLarge(f"uploads are larger than {MAX_UPLOAD_BYTES // 2**20} MiB")
        uploads.append(Upload(f.filename or "upload.txt", data))
    return uploads

