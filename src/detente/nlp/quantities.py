"""Quantities with units from CARDINAL/QUANTITY/MONEY/PERCENT (and duration DATE/TIME) entities.

"175 prisoners" -> 175 prisoners; "€800 billion" -> 800000000000 EUR; "two hours" -> 2 hours;
"a 30-day moratorium" -> 30 days.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from detente.model import Quantity
from detente.nlp import lexicon as lx

_SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "single": 1, "both": 2,
}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "m": 1_000_000,
          "bn": 1_000_000_000, "k": 1_000, "tn": 1_000_000_000_000}
_CURRENCY = {"€": "EUR", "$": "USD", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY",
             "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD",
             "eur": "EUR", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "hryvnia": "UAH",
             "hryvnias": "UAH", "hryvnas": "UAH", "uah": "UAH", "rouble": "RUB", "roubles": "RUB",
             "ruble": "RUB", "rubles": "RUB", "rub": "RUB", "yuan": "CNY", "yen": "JPY"}
_PERCENT = {"percent", "per cent", "%", "pct"}
_DURATION_UNITS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
                   "years", "minute", "minutes", "night", "nights", "decade", "decades"}
_HEDGES = re.compile(r"^(?:about|around|almost|nearly|over|more than|less than|fewer than|"
                     r"at least|up to|some|approximately|roughly|only|just|another|"
                     r"the|a total of|total of|as many as)\s+", re.I)
# "the two sides", "both leaders": a reference to the parties, not a count
_NOT_UNITS = {"sides", "side", "parties", "leaders", "presidents", "countries", "delegations",
              "states", "ministers", "nations", "governments", "of", "times", "percent"}
_NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# words that tell no count ("in a few days", "several weeks")
_VAGUE = frozenset({"few", "several", "many", "some"})
# casualty words that count people without a noun: "12 dead and 40 injured"
_CASUALTIES = {"dead", "killed", "wounded", "injured", "missing", "hurt"}


def words_to_number(text: str) -> float | None:
    """'175' -> 175, '1,000' -> 1000, '1.5 million' -> 1.5e6, 'two' -> 2, 'three thousand'."""
    t = text.lower().replace("-", " ").strip()
    t = _HEDGES.sub("", t)
    t = _HEDGES.sub("", t)
    total = 0.0
    current: float | None = None
    seen = False
    for word in re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", t):
        if word[0].isdigit():
            number = float(word.replace(",", ""))
            current = (current or 0) + number if current is not None and current < 1 else number
            seen = True
        elif word in _SMALL:
            if word in ("a", "an") and seen:
                continue
            current = (current or 0) + _SMALL[word]
            seen = True
        elif word in _SCALE:
            scale = _SCALE[word]
            if word in ("m", "k") and not seen:
                continue
            value = current if current is not None else 1
            if scale >= 1000:
                total += value * scale
                current = None
            else:
                current = value * scale
            seen = True
        elif word in ("and",):
            continue
        elif seen:
            break
    if not seen:
        return None
    return total + (current or 0)


def _unit_noun(ent: Any) -> Any:
    """The noun an entity counts: its syntactic head when the number modifies it."""
    root = ent.root
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.pos_ in (
            "NOUN", "PROPN") and head.i >= ent.end and head.i - ent.end <= 4:
        return head
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ in _CASUALTIES and after.pos_ in ("ADJ", "VERB"):
        return after  # "12 dead", "40 injured"
    # "175 of the prisoners"
    if root.dep_ in ("nsubj", "dobj", "pobj", "ROOT", "appos", "conj", "attr", "nsubjpass") \
            and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of":
        for child in ent.doc[ent.end].children:
            if child.dep_ == "pobj" and child.pos_ == "NOUN":
                return child
    return None


# nouns after "one" that make a phrase, not a count
_ONE_WAYS = frozenset({"way", "day", "time", "side", "hand", "another", "thing", "point"})


def _times_done(noun: Any) -> bool:
    """Is "N times" how often something was done ("violated the ceasefire 15 times"), not a
    ratio ("five times more", "three times as high")?"""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.lower_ == "times" and noun.dep_ == "npadvmod" and noun.head.pos_ == "VERB" and \
        not (after is not None and (after.tag_ in ("JJR", "RBR") or after.lower_ in (
            "as", "more", "less", "higher", "lower", "over")))


def _part_of_a_name(ent: Any, noun: Any) -> bool:
    """Is the number the end of a name ("Nord Stream 2", "COP 26") before a singular noun,
    not a count of it?"""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "PROPN" and noun.i >= ent.end and (
        noun.tag_ in ("NN", "NNP") or _looks_like_year(ent.text.strip())) and \
        ent.text.strip() not in ("1", "one")  # (also "the Allied Resolve 2022 exercises")


def quantity_of(ent: Any) -> Quantity | None:
    """A Quantity for one spaCy entity, or None when it is not a count with a unit."""
    text = ent.text
    label = ent.label_
    low = text.lower()
    if label == "MONEY":
        unit = None
        for sym, code in _CURRENCY.items():
            if sym in low.split() or (not sym.isalpha() and sym in text):
                unit = code
                break
        if unit is None:
            nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if nxt is not None and nxt.lower_ in _CURRENCY:
                unit = _CURRENCY[nxt.lower_]
        value = words_to_number(re.sub(r"[€$£₴₽¥]", " ", text))
        if value is None:
            return None
        return Quantity(value=value, unit=unit or "money", text=text)
    if label == "PERCENT":
        value = words_to_number(text)
        return Quantity(value=value, unit="percent", text=text) if value is not None else None
    if label in ("DATE", "TIME"):
        words = re.findall(r"[a-z]+", low)
        unit = next((w for w in words if w in _DURATION_UNITS), None)
        if unit is None or "ago" in words or _VAGUE.intersection(words):
            return None  # (not "in a few days": no count told)
        if words[0] in ("a", "an", "per", "every", "each") and _after_a_count(ent):
            return None  # "500 places a year": a rate, not a duration ("for a year", "lasted
            # a week" are one)
        value = words_to_number(low.replace(unit, " "))
        if value is None:
            return None
        unit = unit if unit.endswith("s") else unit + "s"
        return Quantity(value=value, unit=unit, text=text)
    if label not in ("CARDINAL", "QUANTITY"):
        return None
    value = words_to_number(text)
    if value is None:
        return None
    if label == "QUANTITY":
        words = re.findall(r"[a-zA-Z]+", text)
        unit_words = [w for w in words if w.lower() not in _SMALL and w.lower() not in _SCALE
                      and w.lower() not in ("about", "around", "over", "than", "more", "some",
                                            "nearly", "almost", "up", "to", "of", "least")]
        return Quantity(value=value, unit=unit_words[-1] if unit_words else "", text=text)
    noun = _unit_noun(ent)
    if noun is None or noun.lower_ in _NOT_UNITS and not _times_done(noun):
        return None
    if _part_of_a_name(ent, noun):
        return None  # "the Nord Stream 2 project", "the COP 26 UN Climate Change Conference"
    if text.lower() == "one" and (noun.i > ent.end and ent.doc[ent.end].lower_ == "of" or
                                  noun.lower_ in _ONE_WAYS):
        return None  # "one of the columns", "one way or another", "in just one day"
    start = ent.start
    end = noun.i + 1 if noun.i >= ent.end else ent.end
    span_text = ent.doc[start:end].text if noun.i >= ent.end else f"{text} of {noun.text}"
    return Quantity(value=value, unit=noun.text.lower() if noun.pos_ == "NOUN" else noun.text,
                    text=span_text)


QUANT_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"})


_CLOCK = frozenset({"am", "pm", "o'clock", "hrs", "gmt", "utc"})


def sentence_quantities(sent: Any) -> list[tuple[Any, Quantity]]:
    """(root token, Quantity) of each count of a sentence: its number entities, and the
    numerals counting a noun that the entity recogniser missed or took for a date ("8
    humanitarian corridors worked", "Russia used 1370 missiles")."""
    from spacy.tokens import Span

    found: list[tuple[Any, Quantity]] = []
    covered: set[int] = set()
    for ent in sent.ents:
        if ent.label_ in QUANT_ENTS and (q := quantity_of(ent) or _people_harmed(ent, found)):
            found.append((ent.root, q))
            covered.update(range(ent.start, ent.end))
    found += _coded_sums(sent, covered)
    found += _sums_of_the_same_money(sent, found, covered)
    found += _bodies_counted(sent, covered)
    for tok in sent:
        if tok.i in covered or tok.dep_ != "nummod" or not _is_numeral(tok) or (
                tok.ent_type_ == "DATE" and _looks_like_year(tok.text)) or \
                tok.head.lower_.replace(".", "") in _CLOCK:
            continue  # (not "from 8 a.m. to 6 p.m.": the hours of a day)
        start, end = tok.i, tok.i + 1
        while start > sent.start and _is_numeral(tok.doc[start - 1]) and \
                start - 1 not in covered:
            start -= 1
        span = Span(tok.doc, start, end, label="CARDINAL")
        if (q := quantity_of(span)) is not None:
            found.append((tok, q))
            covered.update(range(start, end))
    return _others_counted_alike(found)


def _bodies_counted(sent: Any, covered: set[int]) -> list[tuple[Any, Quantity]]:
    """"handed over the bodies of 757 fallen soldiers": the parse makes the number the object
    of "of" (and the recogniser often a product); it counts the bodies."""
    found: list[tuple[Any, Quantity]] = []
    for tok in sent:
        if tok.i in covered or tok.dep_ != "pobj" or not _is_numeral(tok) or \
                tok.head.lower_ != "of" or tok.head.head.lower_ not in ("bodies", "remains"):
            continue
        value = words_to_number(tok.text)
        if value is not None:
            unit = tok.head.head.lower_
            found.append((tok, Quantity(value=value, unit=unit, text=f"{unit} of {tok.text}")))
            covered.add(tok.i)
    return found


def _coded_sums(sent: Any, covered: set[int]) -> list[tuple[Any, Quantity]]:
    """Sums written after a currency code the recogniser misses ("receive UAH 1,000",
    "EUR 300 million")."""
    from spacy.tokens import Span

    out: list[tuple[Any, Quantity]] = []
    for tok in sent:
        if tok.lower_ not in _CURRENCY or tok.i in covered or tok.i + 1 >= sent.end or \
                not _is_numeral(tok.doc[tok.i + 1]):
            continue
        end = tok.i + 2
        while end < sent.end and (_is_numeral(tok.doc[end]) or tok.doc[end].lower_ in _SCALE):
            end += 1
        span = Span(tok.doc, tok.i, end, label="MONEY")
        value = words_to_number(tok.doc[tok.i + 1:end].text)
        if value is not None:
            out.append((span.root, Quantity(value=value, unit=_CURRENCY[tok.lower_],
                                            text=span.text)))
            covered.update(range(tok.i, end))
    return out


def _sums_of_the_same_money(sent: Any, found: list[tuple[Any, Quantity]],
                            covered: set[int]) -> list[tuple[Any, Quantity]]:
    """"received 1.5 billion US dollars: one billion is the World Bank, another 500 million
    is Britain": millions with no unit after a sum of money are parts of that money."""
    money = [q.unit for _, q in found if q.unit in _CURRENCY.values()]
    out: list[tuple[Any, Quantity]] = []
    for ent in sent.ents:
        if not money or ent.label_ != "CARDINAL" or ent.start in covered or not any(
                t.lower_ in ("million", "billion", "trillion") for t in ent):
            continue  # (a count with a unit of its own is covered already)
        value = words_to_number(ent.text)
        if value is not None:
            out.append((ent.root, Quantity(value=value, unit=money[0], text=ent.text)))
            covered.update(range(ent.start, ent.end))
    return out


HARMING = lx.CASUALTY_VERBS | {"hurt"}


def _people_harmed(ent: Any, found: list[tuple[Any, Quantity]]) -> Quantity | None:
    """"killing five civilians and wounding 12": a bare number harmed counts people, in the
    unit of the count before it."""
    root = ent.root
    value = words_to_number(ent.text)
    if ent.label_ != "CARDINAL" or root.dep_ != "dobj" or value is None or \
            root.head.lemma_.lower() not in HARMING:
        return None
    before = [q.unit for tok, q in found if tok.i < root.i and q.unit not in ("", "money")]
    return Quantity(value=value, unit=before[-1] if before else "people", text=ent.text)


def _others_counted_alike(found: list[tuple[Any, Quantity]]) -> list[tuple[Any, Quantity]]:
    """"killed 35 people and wounded 134 others": the others are counted in people too."""
    out: list[tuple[Any, Quantity]] = []
    for tok, q in sorted(found, key=lambda f: f[0].i):
        if q.unit in ("others", "more") and out and out[-1][1].unit not in ("", "money"):
            q = replace(q, unit=out[-1][1].unit)
        out.append((tok, q))
    return out


def _after_a_count(ent: Any) -> bool:
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and (before.pos_ in ("NOUN", "PROPN", "NUM") or
                                   before.lower_ in ("once", "twice", "times"))


def _is_numeral(tok: Any) -> bool:
    return bool(tok.like_num) or tok.lower_ in _SCALE


def _looks_like_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100
