"""Praise carried by the qualities one is credited with rather than a verb of praising.

Award messages and decrees praise without saying "praise": "the actions of the unit's
personnel have become an example of valour and professionalism", "the brigade showed
perseverance and courage", "this is a great honour and recognition of your heroism". PLOVER
codes each as SUPPORT (praise) from whoever speaks the sentence to whoever is credited: the
subject of "be / become (an example, a model, a recognition of ...)" or of "show / display /
demonstrate (courage)", or the one addressed ("your heroism") when the subject is "this".
"""

from __future__ import annotations

from typing import Any

from detente.nlp.tokens import children as _children
from detente.nlp.tokens import lemma as _lemma

QUALITIES = frozenset({"heroism", "courage", "valour", "valor", "bravery", "selflessness",
                       "professionalism", "dedication", "perseverance", "fortitude"})
# the nouns that hold the qualities up as praise: "an example of valour"
HOLDERS = frozenset({"example", "model", "recognition", "honour", "honor", "tribute",
                     "embodiment"})
DISPLAY_VERBS = frozenset({"show", "display", "demonstrate"})
# verbs inside the praised phrase, not the clause's own: "an example of fulfilling duty"
_PHRASE_DEPS = frozenset({"amod", "pcomp", "acl", "compound"})


def credited_with_qualities(sent: Any) -> list[tuple[Any, Any]]:
    """(quality word, the subject credited with it) for each praise by qualities in a
    sentence; the subject is "this" or "it" when the sentence praises the one addressed."""
    out: list[tuple[Any, Any]] = []
    seen: set[int] = set()
    for tok in sent:
        if _lemma(tok) not in QUALITIES:
            continue
        found = _clause_of(tok)
        if found is None:
            continue
        verb, held = found
        lemma = _lemma(verb)
        if not (held and lemma in ("be", "become") or not held and lemma in DISPLAY_VERBS):
            continue
        if _children(verb, "neg") or verb.i in seen:
            continue
        for subj in _children(verb, "nsubj"):
            seen.add(verb.i)
            out.append((tok, subj))
    return out


def _clause_of(tok: Any) -> tuple[Any, bool] | None:
    """The clause verb above a quality word and whether a holder noun stands between."""
    held = False
    cur = tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if _lemma(cur) in HOLDERS:
            held = True
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in _PHRASE_DEPS:
            return cur, held
    return None


def addresses_you(tok: Any) -> bool:
    """Is a quality the addressee's ("your heroism", "your special merits, heroism")?"""
    cur = tok
    while True:
        if any(c.dep_ == "poss" and c.lower_ == "your" for c in cur.children):
            return True
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return False
        cur = cur.head
