"""spaCy pipeline assembly: the configured model with the plain NumPy ops (faster here)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from detente import config
from detente.errors import ModelNotAvailable


def _use_numpy_ops() -> None:
    try:
        import thinc.api

        thinc.api.set_current_ops(thinc.api.NumpyOps(use_blis=False))
    except Exception:  # noqa: BLE001 - an older thinc: keep its default ops
        pass


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Any:
    """The spaCy pipeline named by ``model`` (default: ``config.model_name()``), loaded once.

    Raises ``ModelNotAvailable`` with a one-line message when the package is not installed.
    Every component is kept: the coder reads tags, the dependency parse, lemmas and entities.
    """
    name = config.model_name(model)
    _use_numpy_ops()
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotAvailable(
            f"spaCy model {name!r} is not installed (pip install the package or set DETENTE_MODEL)"
        ) from exc
    _split_quote_after_colon(nlp)
    _add_infixes(nlp, GLUED_LABEL)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_clock_times(), before="parser")
    return nlp


CLOCK = frozenset({"a.m.", "p.m."})
TIME_ZONES = frozenset({"GMT", "UTC", "CET", "EET", "EEST", "MSK", "ET", "EST", "EDT"})


def _register_clock_times() -> str:
    """'A ceasefire from 10 a.m. Moscow time in Mariupol': the parser ends a sentence at
    the dot of "a.m." when a capital follows, cutting off the places and the rest of the
    terms. Before parsing, mark the word after a clock time as no sentence start when it
    goes on the time (a lower-case word, a time zone, "<Place> time")."""
    from spacy.language import Language

    name = "detente_clock_times"
    if not Language.has_factory(name):
        Language.component(name, func=_keep_clock_times)
    return name


def _keep_clock_times(doc: Any) -> Any:
    for tok in doc[:-1]:
        if tok.lower_ in CLOCK and _goes_on_the_time(doc, tok.i + 1):
            doc[tok.i + 1].is_sent_start = False
    return doc


def _goes_on_the_time(doc: Any, i: int) -> bool:
    word = doc[i]
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return word.is_lower or word.text in TIME_ZONES or (word.is_title and after == "time")


# 'The message reads, in part:"I would like to ...' (no space after the colon, as the Kremlin
# releases print it): the default tokenizer keeps 'part:"I' as one token, losing the speaker
QUOTE_AFTER_COLON = r'(?<=[^\W\d_]):(?=["“])|(?<=:)["“](?=\w)'


# A transcript turn whose name and title the page glued together ("Alexander
# LukashenkoPresident of Belarus(retranslated): ..."): split before the title and the bracket,
# so that the turn's label reads as a name, a title and a state
GLUED_LABEL = (r"(?<=[a-z])(?=(?:President|Prime|Minister|Head|Chairman|Secretary|Governor|"
               r"Director|Chief|Deputy|Mayor|Speaker|Chancellor)\b)|"
               r"(?<=[^\W\d_])\((?=retranslated)")


def _split_quote_after_colon(nlp: Any) -> None:
    _add_infixes(nlp, QUOTE_AFTER_COLON)


def _add_infixes(nlp: Any, extra: str) -> None:
    import re

    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else None
    both = f"{pattern}|{extra}" if pattern else extra
    nlp.tokenizer.infix_finditer = re.compile(both).finditer
