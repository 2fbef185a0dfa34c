"""Analytic briefs: Details / Context / Important to Know / Conclusion, every line cited.

API
---
``compose(store, since=None, until=None, actors=None, agreement_id=None, topic=None,
article_id=None, narrate=False) -> Brief``
    The brief for a period (default: the last 7 days of data in the store), an actor pair
    (``actors=["RUS", "UKR"]``), a topic (a word the sentences contain), one agreement or
    one article. See :mod:`detente.brief.compose` for what goes in each section and
    :mod:`detente.brief.salience` for how the lead is chosen (the formula is there).
``render(brief, fmt)`` with fmt ``md``, ``html`` or ``json``; ``render_markdown(brief)``,
``render_html(brief, article_url=lambda article_id, event_id: ...)``, ``render_json(brief)``.
``check(brief, store) -> list[str]``
    The format and evidence rules (four sections in order, ► bullets, every bullet cited,
    numbers and dates found in the cited evidence, no repeats, 300–700 words).
``narrate(brief, store)`` (:mod:`detente.brief.narrator`)
    Optional language-model smoothing through an OpenAI-compatible endpoint
    (``DETENTE_LLM_URL``, ``DETENTE_LLM_KEY``, ``DETENTE_LLM_MODEL``); off by default,
    rejects any rewrite that adds a number, date or name, and keeps the deterministic text.
"""

from __future__ import annotations

from detente.brief.check import check
from detente.brief.compose import compose
from detente.brief.render import render, render_html, render_json, render_markdown

__all__ = ["check", "compose", "render", "render_html", "render_json", "render_markdown"]
