"""spaCy pipeline assembly and the rule-based event coder.

``load_nlp(model=None)`` loads the configured spaCy model (``ModelNotAvailable`` if missing);
``Coder(model=None)`` codes articles into PLOVER ``Event``s: ``.code(articles, batch_size)``
streams ``CodedArticle(article, events, n_sentences)`` and ``.code_text(text, published,
article_id)`` codes one text. ``Coder.name`` ("detente.rules.v7") is recorded on each event.
"""

from __future__ import annotations

from detente.nlp.coder import CODER_NAME, CodedArticle, Coder, home_code, plover_label
from detente.nlp.pipeline import load_nlp

__all__ = ["CODER_NAME", "CodedArticle", "Coder", "home_code", "load_nlp", "plover_label"]
