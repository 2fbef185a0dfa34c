"""The actor dictionary: data files -> precompiled spaCy PhraseMatchers -> ``Actor``.

Data files (``actors/data/`` plus every ``*.tsv``/``*.json`` in the directories named in
``DETENTE_ACTORS``, separated by the OS path separator) come in three layouts, told apart by
their header row:

- countries: ``code, names, adjectives, capitals`` (one row per state);
- people: ``name, aliases, code, sector, from, to`` (one row per term of office);
- generic: ``kind, code, sector, phrases`` (+ optional ``name, from, to``), where kind is
  ``group``, ``seat``, ``entity``, ``sector``, ``state``, ``adj``, ``capital``, ``place``,
  ``world_place`` or ``person``; the sector-word file ``sector, phrases`` is the generic layout
  without kind and code.

Alternatives in a cell are separated by ``|``. A phrase without lower-case letters ("US",
"WHO") or prefixed with ``=`` ("=Polish") matches case-sensitively; every other phrase
matches on the lower-cased text. A later file overrides an earlier one for the same phrase.
JSON files hold a list of objects with the generic (or people) keys; ``phrases`` or
``aliases`` may be a list.

``world_place`` rows (``world_places.tsv``, generated from GeoNames by
``scripts/make_world_places.py``) are a gazetteer of towns and provinces: always matched
case-sensitively, kept in a parsed doc only where they overlap a GPE, LOC or FAC entity (not
after an "of" in it: "the Sea of Azov"), and never where they overlap a match of any other
kind, so every hand-made entry wins. Their matches have kind ``place`` (the entries keep kind
``world_place``: :attr:`Match.gazetteer`).
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import BadInput
from detente.model import Actor

DATA_DIR = Path(__file__).resolve().parent / "data"
ENV_VAR = "DETENTE_ACTORS"

# Which match wins when several cover the same tokens (lower = stronger).
KIND_RANK = {"person": 0, "seat": 1, "media": 1, "group": 2, "entity": 3, "state": 4, "capital": 5,
             "adj": 6, "place": 7, "sector": 8, "world_place": 9}
CODE_KINDS = frozenset({"person", "seat", "media", "group", "entity", "state", "capital", "adj",
                        "place"})
WORLD_PLACE = "world_place"
# entity labels a gazetteer place must overlap in a doc with named entities
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "with", "on", "to", "by", "near"})


@dataclass(frozen=True)
class Entry:
    """One meaning of a phrase: a state, a grouping, a sector word, or a person's term."""

    kind: str
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Match:
    """A dictionary phrase found in a doc: tokens [start, end) and the meanings it may have."""

    start: int
    end: int
    kind: str
    entries: tuple[Entry, ...]

    @property
    def code(self) -> str | None:
        return self.entries[0].code

    @property
    def sector(self) -> str | None:
        return self.entries[0].sector

    @property
    def gazetteer(self) -> bool:
        """Whether the match comes from the generated gazetteer (``world_places.tsv``)."""
        return self.entries[0].kind == WORLD_PLACE


def _date(text: str | None) -> date | None:
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


def _split(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [p.strip() for p in str(value).split("|") if p.strip()]


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = data.get("actors") or data.get("entries") or []
        yield from data
        return
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _entries_of(row: dict[str, Any]) -> Iterator[tuple[str, Entry]]:
    """(phrase, entry) pairs of one row, whatever the layout."""
    row = {str(k).strip().lower(): v for k, v in row.items() if k}
    code = (row.get("code") or "").strip() or None
    sector = (row.get("sector") or "").strip().upper() or None
    if "adjectives" in row or "names" in row:  # countries layout
        for phrase in _split(row.get("names")):
            yield phrase, Entry("state", code)
        for phrase in _split(row.get("adjectives")):
            yield phrase, Entry("adj", code)
        for phrase in _split(row.get("capitals")):
            yield phrase, Entry("capital", code, "GOV")
        return
    start, end = _date(row.get("from")), _date(row.get("to"))
    kind = (row.get("kind") or "").strip().lower()
    name = (row.get("name") or "").strip() or None
    phrases = _split(row.get("phrases")) + _split(row.get("aliases"))
    if not kind:
        kind = "person" if name else ("sector" if not code else "group")
    if kind == "person" and name:
        phrases = [name, *phrases]
    if kind == "entity" and phrases:
        name = name or phrases[0].lstrip("=")  # (its name as the table gives it first)
    for phrase in phrases:
        yield phrase, Entry(kind, code, sector, name if kind in ("person", "entity") else None,
                            start, end)


def checked_entries(path: Path) -> Iterator[tuple[str, Entry]]:
    """The (phrase, entry) pairs of one actor file; a row that cannot be read stops the load
    with a one-line reason naming the file and the row (a dictionary is configuration:
    coding with half of it would code silently wrong)."""
    try:
        rows = list(_rows(path))
    except (OSError, ValueError) as exc:
        raise BadInput(str(path), f"cannot be read ({exc})") from None
    for n, row in enumerate(rows, 1):
        try:
            pairs = list(_entries_of(row))
        except ValueError as exc:
            raise BadInput(f"{path}, entry {n}", f"bad date ({exc})") from None
        for phrase, entry in pairs:
            if entry.kind not in KIND_RANK:
                raise BadInput(f"{path}, entry {n}", f"unknown kind {entry.kind!r} (one of "
                               f"{', '.join(k for k in KIND_RANK if k != WORLD_PLACE)})")
            yield phrase, entry


def data_files(extra_dirs: Iterable[str | Path] | None = None) -> list[Path]:
    """The bundled data files, then those of ``extra_dirs`` (default: ``$DETENTE_ACTORS``)."""
    files = sorted(DATA_DIR.glob("*.tsv")) + sorted(DATA_DIR.glob("*.json"))
    if extra_dirs is None:
        env = os.environ.get(ENV_VAR, "")
        extra_dirs = [d for d in env.split(os.pathsep) if d.strip()]
    for folder in extra_dirs:
        path = Path(folder)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += sorted(path.glob("*.tsv")) + sorted(path.glob("*.json"))
    return files


class ActorDictionary:
    """Phrases -> actors, compiled into two PhraseMatchers (LOWER and ORTH) for one vocab.

    ``nlp`` is any spaCy Language whose tokenizer and vocab the docs will share (the coding
    pipeline, or a blank English one for :func:`resolve` on plain strings).
    """

    def __init__(self, nlp: Any = None, files: Sequence[Path] | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        if nlp is None:
            import spacy

            nlp = spacy.blank("en")
        self.nlp = nlp
        self.files = list(files) if files is not None else data_files()
        # phrase key (case-folded or exact) -> (kind, entries); later files win.
        table: dict[tuple[str, bool], tuple[str, list[Entry]]] = {}
        # the gazetteer: exact text (single spaces) -> entries; not compiled into the matchers,
        # whose ~40k pattern docs took ~1.5 s more to build and ~70 MB more Python memory
        self.places: dict[str, tuple[Entry, ...]] = {}
        for path in self.files:
            for phrase, entry in checked_entries(path):
                text = phrase.lstrip("=").strip()
                if not text:
                    continue
                if entry.kind == WORLD_PLACE:
                    self.places[" ".join(text.split())] = (entry,)  # later files win
                    continue
                exact = phrase.startswith("=") or not any(c.islower() for c in phrase)
                key = (text if exact else text.lower(), exact)
                old = table.get(key)
                if old and old[0] == "person" and entry.kind == "person":
                    old[1].append(entry)  # another term, or a name shared ("Bush")
                elif old is None or KIND_RANK[entry.kind] <= KIND_RANK[old[0]] or \
                        old[0] == entry.kind:
                    table[key] = (entry.kind, [entry])
        self._meanings: dict[int, tuple[str, tuple[Entry, ...]]] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        strings = nlp.vocab.strings
        lower_patterns: dict[str, list[Any]] = {}
        orth_patterns: dict[str, list[Any]] = {}
        for (text, exact), (kind, entries) in table.items():
            label = f"{'=' if exact else ''}{text}"
            self._meanings[strings.add(label)] = (kind, tuple(entries))
            doc = nlp.make_doc(text)
            (orth_patterns if exact else lower_patterns).setdefault(label, []).append(doc)
        for label, docs in lower_patterns.items():
            self.lower.add(label, docs)
        for label, docs in orth_patterns.items():
            self.orth.add(label, docs)
        self.size = len(table) + len(self.places)
        self._place_chars = max(map(len, self.places), default=0)
        # first token of each name, to skip the other tokens fast; only names with other
        # characters than letters and spaces need the tokenizer ("Rostov-on-Don" -> "Rostov")
        self._place_firsts = {
            name.split(" ", 1)[0] if name.replace(" ", "").isalpha() else nlp.make_doc(name)[0].text
            for name in self.places}

    # -- matching ---------------------------------------------------------------------------

    def matches(self, doc: Any, start: int = 0, end: int | None = None) -> list[Match]:
        """Longest non-overlapping dictionary matches in ``doc[start:end]``, in text order."""
        span = doc[start:end] if (start or end is not None) else doc
        found: list[tuple[int, int, int]] = list(self.lower(span)) + list(self.orth(span))
        lo, hi = (span.start, span.end) if start or end is not None else (0, len(doc))
        world = self._gazetteer(doc, lo, hi) if self.places else []
        if not found and not world:
            return []
        ranked = []
        for key, s, e in found:  # a PhraseMatcher run on a Span gives positions in the doc
            kind, entries = self._meanings[key]
            if kind == "person" and _another_first_name(doc, s, e, entries):
                # "mayor of Melitopol Ivan Fedorov" is not Mykhailo Fedorov, though likely of
                # his land (Akylbek Japarov of Kyrgyzstan, too): a person of that country, unnamed
                entries = tuple(Entry("person", x.code, x.sector) for x in entries[:1])
            ranked.append((-(e - s), KIND_RANK[kind], s, e, kind, entries))
        taken = bytearray(len(doc))
        result: list[Match] = []
        # hand-made entries first; gazetteer places only fill the tokens left uncovered
        for rows in (ranked, _in_place_entities(doc, world)):
            rows.sort(key=lambda r: (r[0], r[1], r[2]))
            for _, _, s, e, kind, entries in rows:
                if any(taken[s:e]):
                    continue
                taken[s:e] = b"\x01" * (e - s)
                result.append(Match(s, e, "place" if kind == WORLD_PLACE else kind, entries))
        result.sort(key=lambda m: m.start)
        return result

    def _gazetteer(self, doc: Any, start: int, end: int) -> list[Any]:
        """Rows (as in :meth:`matches`) of the gazetteer names that span whole tokens of
        ``doc[start:end]``: the text from each token that begins a name is looked up, runs of
        whitespace read as one space."""
        firsts = self._place_firsts
        words = [(t.text, t.whitespace_, t.is_space) for t in doc[start:end]]
        starts = [i for i, w in enumerate(words) if w[0] in firsts]
        if not starts:
            return []
        places, limit, rank = self.places, self._place_chars, KIND_RANK[WORLD_PLACE]
        rows = []
        for i in starts:
            piece = ""
            for j in range(i, len(words)):
                text, space, is_space = words[j]
                if is_space:  # "Puerto\n\nRico"
                    piece = piece.rstrip() + " "
                    continue
                piece += text
                if len(piece) > limit:
                    break
                entries = places.get(piece)
                if entries is not None:
                    rows.append((i - j - 1, rank, start + i, start + j + 1, WORLD_PLACE, entries))
                if space:
                    piece += " "
        return rows

    # -- resolving ---------------------------------------------------------------------------

    @staticmethod
    def person_entry(entries: Sequence[Entry], on: date | None) -> Entry:
        """The term in force on a date, else the nearest one."""
        day = on or date.today()
        for entry in entries:
            if _in_term(entry, day):
                return entry

        def distance(e: Entry) -> int:
            if e.end is not None and e.end <= day:
                return (day - e.end).days
            if e.start is not None and day < e.start:
                return (e.start - day).days
            return 0

        return min(entries, key=distance)

    @staticmethod
    def person_term(entries: Sequence[Entry], on: date | None) -> tuple[str | None, str | None]:
        """(code, sector) of a person on a date: their office then, else ELI of the nearest."""
        day = on or date.today()
        for entry in entries:
            if _in_term(entry, day):
                return entry.code, entry.sector
        if all(e.start is None and e.end is None for e in entries):
            return entries[0].code, entries[0].sector

        def distance(e: Entry) -> int:
            if e.end is not None and e.end <= day:
                return (day - e.end).days
            if e.start is not None and day < e.start:
                return (e.start - day).days
            return 0

        nearest = min(entries, key=distance)
        return nearest.code, "ELI"

    def actor_of(
        self, doc: Any, start: int, end: int, matches: Sequence[Match], on: date | None,
        text: str | None = None, head: int | None = None,
    ) -> Actor | None:
        """The actor named by tokens [start, end) of ``doc`` given the doc's matches.

        The code comes from a person if one is named, else from the match covering the
        phrase head (``head``, default the last token), else from the left-most match.
        """
        inside = [m for m in matches if m.start >= start and m.end <= end]
        if not inside:
            return None
        phrase = text if text is not None else doc[start:end].text
        h = end - 1 if head is None else head
        persons = [m for m in inside if m.kind == "person"]
        if persons:
            # the person at the head or named after it ("Zelenskiy's adviser Mykhailo
            # Podolyak" is Podolyak, not the one whose adviser he is)
            m = next((p for p in persons if p.start <= h < p.end), None) or next(
                (p for p in persons if p.start > h), persons[0])  # (the adviser's name, after)
            entry = self.person_entry(m.entries, on)
            code, sector = self.person_term(m.entries, on)
            return Actor(text=phrase, name=entry.name, code=code, sector=sector)
        cut = end
        for i in range(start + 1, end):
            if doc[i].lower_ in PREPOSITIONS:
                cut = i
                break
        head_is_actor = any(m.start <= h < m.end for m in inside) or (
            head is not None and doc[h].pos_ == "PROPN")
        # a place after a preposition is where, not who ("the war in Ukraine"), unless the
        # head names an actor ("demonstrators in Baghdad", "security forces in Guinea")
        coded = [m for m in inside if m.kind in CODE_KINDS and not (
            m.start >= cut and not head_is_actor) and not (
            # "ethnic Albanians in Serbia": an ethnicity is coded by where it lives
            m.kind == "adj" and m.start > 0 and doc[m.start - 1].lower_ == "ethnic")]
        if not coded and head is not None and not head_is_actor:
            return None  # "military action", "government policy": a sector word as modifier
        backed = [m for m in coded if not is_patron(doc, m)]
        if backed != coded and (backed or _head_sector(doc, start, end, inside) == "REB"):
            # "pro-Russian separatists", "Iran-backed militias", "the Iran-aligned Houthi
            # movement": the patron is not the group's land (PLOVER codes rebels by where
            # they fight; the context fills it in)
            coded = backed
        at_head = [m for m in coded if m.start <= h < m.end]
        chosen = (at_head or coded)[0] if coded else None
        code = chosen.code if chosen else None
        sector = _head_sector(doc, start, end, inside)
        if sector is None and chosen is not None and chosen.kind in (
                "seat", "media", "group", "entity", "capital"):
            sector = chosen.sector
        elif sector == "GOV" and chosen is not None and chosen.kind == "group" and \
                chosen.sector == "IGO" and doc[h].lower_ in BODY_OFFICES:
            sector = "IGO"  # "the President of the European Council", "NATO's Secretary General"
        elif sector == "GOV" and chosen is not None and chosen.kind == "entity" and \
                chosen.sector == "REB":
            sector = "REB"  # "the leaders of the DPR and LPR", "the head of the M23": rebels
        elif chosen is not None and chosen.kind in ("seat", "media") and chosen.end > (
                max((m.end for m in inside if m.kind == "sector"), default=-1)):
            sector = chosen.sector  # "the Russian Defence Ministry": the seat is the head
        if code is None and sector is None:
            return None
        named = at_head[0] if at_head and at_head[0].kind == "entity" else next((
            m for m in coded if m.kind == "entity" and m.sector == sector == "REB"), None)
        # ("the M23 rebels", "the Hamas militant group": the group is named)
        name = _group_name(named, doc[named.start:named.end].text) if named else None
        return Actor(text=phrase, name=name, code=code, sector=sector)

    def resolve(self, phrase: str, on: date | None = None) -> Actor | None:
        """The actor a phrase names ("Russian forces" -> RUS MIL), or None when unknown."""
        phrase = phrase.strip()
        if not phrase:
            return None
        doc = self.nlp.make_doc(phrase)
        return self.actor_of(doc, 0, len(doc), self.matches(doc), on, text=phrase)


def _group_name(match: Match, told: str) -> str:
    """A group as the text names it ("the TPLF", "M23 rebels" -> "M23"), but in the plural
    the table gives when the text uses the word as a modifier ("Houthi rebels" -> "Houthis")."""
    table = match.entries[0].name or told
    return table if table != told and table.startswith(told) else told


def _in_place_entities(doc: Any, rows: list[Any]) -> list[Any]:
    """The gazetteer matches (rows of :meth:`ActorDictionary.matches`) that overlap a GPE, LOC
    or FAC entity of ``doc``, before any "of" in it (not the town of "the Sea of Azov"); all
    of them when the doc has no named-entity annotation (a tokenized string, as in
    :meth:`ActorDictionary.resolve`)."""
    if not rows or not doc.has_annotation("ENT_IOB"):
        return rows
    inside = bytearray(len(doc))
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            for tok in ent:
                if tok.lower_ == "of":
                    break
                inside[tok.i] = 1
    return [r for r in rows if any(inside[r[2]:r[3]])]


PATRONAGE = frozenset({"backed", "supported", "sponsored", "funded", "aligned", "allied"})


def is_patron(doc: Any, m: Match) -> bool:
    """A country named as a group's patron: "pro-Russian", "Russian-backed"."""
    before = m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ == "pro"
    after = m.end + 1 < len(doc) and doc[m.end].text == "-" and \
        doc[m.end + 1].lower_ in PATRONAGE
    return before or after


def _in_term(entry: Entry, day: date) -> bool:
    return (entry.start is None or entry.start <= day) and (entry.end is None or day < entry.end)


# the offices of a body's own officials (not "EU governments", "EU foreign ministers": the
# member states')
BODY_OFFICES = frozenset({"president", "secretary", "general", "secretary-general", "chair",
                          "chairman", "chairwoman", "chairperson", "head", "commissioner",
                          "representative", "spokesperson", "spokesman", "envoy", "director",
                          "director-general", "rapporteur"})


def _head_sector(doc: Any, start: int, end: int, inside: Sequence[Match]) -> str | None:
    """The sector of the phrase head: right-most sector word before the first preposition."""
    cut = end
    for i in range(start + 1, end):
        if doc[i].lower_ in PREPOSITIONS:
            cut = i
            break
    candidates = [m for m in inside if m.sector and m.kind == "sector"]
    before = [m for m in candidates if m.end <= cut]
    pool = before or candidates
    if len(pool) >= 2 and pool[-1].sector == "MIL" and pool[-2].sector == "REB":
        return "REB"  # "separatist forces", "rebel troops": whose forces, not an army's
    if pool and pool[-1].sector == "REB" and STATE_ALLIED.search(doc[start:cut].text):
        return "MIL"  # "the army and allied militias", "pro-government militias": the state's
    return pool[-1].sector if pool else None


STATE_ALLIED = re.compile(r"\b(?:allied|pro-government|government-(?:backed|allied)|"
                          r"state-backed|army-backed)\b", re.I)


_TITLES = frozenset({"president", "prime", "minister", "chancellor", "mr", "mrs", "ms", "dr",
                     "king", "queen", "general", "secretary", "ambassador", "governor", "mayor",
                     "senator", "sir", "lord", "pope", "emir", "sultan", "prince", "princess",
                     "colonel", "captain", "commander", "deputy", "head", "chairman", "speaker",
                     "premier", "marshal", "admiral", "lieutenant", "major", "sheikh", "patriarch",
                     "metropolitan", "cardinal", "father", "brother", "madam", "mister", "saint"})


def _another_first_name(doc: Any, start: int, end: int, entries: Sequence[Entry]) -> bool:
    """Is a surname alias preceded, inside one PERSON name, by a first name none of the
    people it stands for can have?"""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 1]
    if not (before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == start and
            before.text.istitle() and before.lower_.rstrip(".") not in _TITLES):
        return False
    # (by its initial: "Vladimir" and "Volodymyr", "Sergey" and "Sergei" are one name)
    initials = {e.name[:1] for e in entries if e.name}
    return bool(initials) and before.text[:1] not in initials
