"""The FastAPI application: JSON API under /api/, server-rendered pages, one Store.

    app = create_app("sqlite:///detente.db", token="s3cret")

Writes (ingest) need ``Authorization: Bearer <token>`` (the ingest page takes the token
as a form field). The token comes from the argument or ``$DETENTE_TOKEN``; with neither,
writes are refused. Reads are open unless ``$DETENTE_READ_TOKEN`` is set, in which case
they need that token (or the write token) as a bearer token or the cookie set by /login.
"""

from __future__ import annotations

import hmac
import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente import __version__
from detente.brief.names import name_of
from detente.errors import DetenteError, NotFound, StoreError
from detente.model import REBELS
from detente.store import Store
from detente.web.params import BadParam
from detente.web.stats import QUAD_CSS, Cache, quad_of, sqlite_path

HERE = Path(__file__).resolve().parent
READ_COOKIE = "detente_read"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class Unauthorized(Exception):
    """A missing or wrong token (HTTP 401)."""


class Forbidden(Exception):
    """Writes are disabled: no token was configured (HTTP 403)."""


class Unavailable(Exception):
    """A part of detente this request needs cannot be loaded (HTTP 503)."""


class TooLarge(Exception):
    """An upload over the limit (HTTP 413)."""


def _same(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def check_write(request: Request, form_token: str | None = None) -> None:
    """Raise unless the request carries the write token (header, else form field)."""
    expected = request.app.state.token
    if not expected:
        raise Forbidden("writes are disabled: start the server with a token "
                        "(--token or DETENTE_TOKEN)")
    given = bearer(request) or form_token
    if not given:
        raise Unauthorized("this needs the write token: send 'Authorization: Bearer <token>'")
    if not _same(given, expected):
        raise Unauthorized("wrong token")


def require_read(request: Request) -> None:
    """Dependency of every read route: open unless DETENTE_READ_TOKEN is set."""
    expected = request.app.state.read_token
    if not expected:
        return
    given = bearer(request) or request.cookies.get(READ_COOKIE)
    if _same(given, expected) or _same(given, request.app.state.token):
        return
    raise Unauthorized("this server needs a read token: send 'Authorization: Bearer <token>'"
                       " or log in at /login")


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith((".json", ".csv", ".md")):
        return True
    accept = request.headers.get("accept", "")
    return "text/html" not in accept and "application/json" in accept


def _error(request: Request, status: int, message: str) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "page": ""},
        status_code=status, headers=headers,
    )


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_handlers(app: FastAPI) -> None:
    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(request, 404, str(exc))

    async def bad_param(request: Request, exc: Exception) -> Response:
        return _error(request, 422, str(exc))

    async def validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _error(request, 422, _validation_message(exc))

    async def unauthorized(request: Request, exc: Exception) -> Response:
        return _error(request, 401, str(exc))

    async def forbidden(request: Request, exc: Exception) -> Response:
        return _error(request, 403, str(exc))

    async def unavailable(request: Request, exc: Exception) -> Response:
        return _error(request, 503, str(exc))

    async def too_large(request: Request, exc: Exception) -> Response:
        return _error(request, 413, str(exc))

    async def store_error(request: Request, exc: Exception) -> Response:
        message = str(exc)
        if "cursor" in message:
            return _error(request, 422, "cursor: not a cursor returned by this server")
        return _error(request, 503, f"database error: {message}")

    async def detente_error(request: Request, exc: Exception) -> Response:
        return _error(request, 400, str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no page or endpoint at {request.url.path}"
        return _error(request, exc.status_code, detail)

    async def crash(request: Request, exc: Exception) -> Response:
        return _error(request, 500, f"internal error: {type(exc).__name__}")

    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(BadParam, bad_param)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(Unauthorized, unauthorized)
    app.add_exception_handler(Forbidden, forbidden)
    app.add_exception_handler(Unavailable, unavailable)
    app.add_exception_handler(TooLarge, too_large)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(DetenteError, detente_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, crash)


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["article_url"] = lambda e: f"/articles/{e.article_id}#ev-{e.id}"
    env.filters["quad"] = quad_of
    env.filters["quad_css"] = lambda t: QUAD_CSS.get(quad_of(t), "")
    env.filters["codes"] = lambda actors: ", ".join(a.code or a.text for a in actors) or "—"
    env.filters["party_name"] = party_name
    env.filters["iso"] = lambda d: d.isoformat() if isinstance(d, date) else (d or "")
    env.filters["short"] = _short
    env.filters["safe_url"] = _safe_url
    env.globals["version"] = __version__
    env.globals["REBELS"] = REBELS
    return Jinja2Templates(env=env)


def party_name(code: str) -> str:
    """A party's name for the board: "Russia"; "the Rapid Support Forces" for "SDNREB"."""
    name = name_of(code) or ""
    return name[4:] if name.startswith("the ") and code.endswith(REBELS) else name


def _safe_url(url: str | None) -> str:
    """Only http(s) links leave the app (no javascript: or data: URLs from articles)."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""


def _short(text: str | None, n: int = 240) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def create_app(db_url: str | None = None, token: str | None = None) -> FastAPI:
    """The web UI and JSON API over the store at ``db_url`` (default: config.db_url())."""
    from detente.web import api, pages

    app = FastAPI(
        title="detente", version=__version__,
        description="PLOVER events, agreements and cited briefs from news about wars and "
                    "peace talks. Errors are JSON: {\"error\": \"message\"}.",
        docs_url="/api/docs", redoc_url=None,
    )
    app.state.store = Store(db_url)
    app.state.token = token or os.environ.get("DETENTE_TOKEN") or None
    app.state.read_token = os.environ.get("DETENTE_READ_TOKEN") or None
    app.state.templates = _templates()
    app.state.cache = Cache(sqlite_path(app.state.store.url))
    app.state.coder = None
    app.state.coder_lock = threading.Lock()
    app.state.ingest_lock = threading.Lock()

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/api/docs"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    _install_handlers(app)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    threading.Thread(target=pages.warm, args=(app,), name="detente-warm", daemon=True).start()
    return app


def page(request: Request, name: str, context: dict[str, Any], status: int = 200
         ) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status)
