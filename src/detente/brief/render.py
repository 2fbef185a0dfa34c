"""Markdown, HTML and JSON renderings of a Brief.

Markdown follows docs/BRIEF_FORMAT.md line for line: headline, dek (indented by one space),
then each section's label opening its paragraph, bullets starting with ``► ``, numbered
citations after the sentences and a ``Sources`` list (outlet — "title" — date — URL).
HTML is a Jinja2 template with autoescape; each ``[n]`` links to the cited sentence in the
article view (``article_url(article_id, event_id)``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from detente.brief.prose import short_date
from detente.model import Brief, Citation

TEMPLATES = Path(__file__).resolve().parent / "templates"
_CITE = re.compile(r"\[(\d+)\]")
ArticleUrl = Callable[[str, str], str]


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]")


def default_article_url(article_id: str, event_id: str) -> str:
    return f"/articles/{article_id}#ev-{event_id}"


def safe_url(url: str | None, relative: bool = False) -> str:
    """``url`` when it is http(s) (or, with ``relative``, a link within the site), else "".

    Browsers drop tabs, newlines and control characters inside a scheme
    ("java\tscript:"), so the scheme is judged with them removed.
    """
    squeezed = _INVISIBLE.sub("", url or "")
    scheme = _SCHEME.match(squeezed)
    if scheme:
        return squeezed if scheme.group(1).lower() in ("http", "https") else ""
    if relative and squeezed and not squeezed.startswith(("//", "\\", "/\\")):
        return squeezed
    return ""


def source_line(c: Citation) -> str:
    day = short_date(c.published) if c.published else "undated"
    parts = [c.source or "unknown outlet", f"\"{c.title}\"" if c.title else "\"(untitled)\"",
             day]
    if safe_url(c.url):
        parts.append(safe_url(c.url))
    return f"[{c.number}] " + " — ".join(parts)


def render_markdown(brief: Brief) -> str:
    lines = [brief.headline, f" {brief.dek}", ""]
    for section in brief.sections:
        lines.append(f"{section.label}. {section.lead.text}")
        lines.extend(f"► {b.text}" for b in section.bullets)
        lines.append("")
    lines.append("Sources")
    lines.extend(source_line(c) for c in brief.citations)
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)),
                       autoescape=select_autoescape(["html", "xml"], default=True),
                       trim_blocks=False, lstrip_blocks=False)


def _linked(text: str, by_number: dict[int, Citation], article_url: ArticleUrl) -> Markup:
    out: list[str] = []
    last = 0
    for m in _CITE.finditer(text):
        out.append(str(escape(text[last:m.start()])))
        number = int(m.group(1))
        c = by_number.get(number)
        if c is None:
            out.append(str(escape(m.group(0))))
        else:
            href = safe_url(article_url(c.article_id, c.event_id), relative=True)
            title = escape(c.sentence)
            out.append(f'<a class="cite" href="{escape(href)}" title="{title}">[{number}]</a>'
                       if href else f'<span class="cite" title="{title}">[{number}]</span>')
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def render_html(brief: Brief, article_url: ArticleUrl = default_article_url) -> str:
    by_number = {c.number: c for c in brief.citations}
    sections = [
        {"label": s.label, "lead": _linked(s.lead.text, by_number, article_url),
         "bullets": [_linked(b.text, by_number, article_url) for b in s.bullets]}
        for s in brief.sections
    ]
    citations = [
        {"number": c.number, "source": c.source, "title": c.title, "url": safe_url(c.url),
         "sentence": c.sentence,
         "href": safe_url(article_url(c.article_id, c.event_id), relative=True),
         "date": short_date(c.published) if c.published else "undated"}
        for c in brief.citations
    ]
    return _env().get_template("brief.html").render(brief=brief, sections=sections,
                                                     citations=citations)


def render_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2)


def render(brief: Brief, fmt: str = "md", article_url: ArticleUrl = default_article_url) -> str:
    """``fmt``: md (or markdown), html, json."""
    fmt = fmt.lower()
    if fmt in ("md", "markdown"):
        return render_markdown(brief)
    if fmt == "html":
        return render_html(brief, article_url)
    if fmt == "json":
        return render_json(brief)
    raise ValueError(f"unknown brief format {fmt!r} (md, html, json)")
