"""The actor dictionary (data files users can extend) and the resolver.

``resolve("Russian forces")`` -> ``Actor(code="RUS", sector="MIL")``. The dictionary is compiled
once into spaCy PhraseMatchers; :class:`ActorDictionary` takes the coding pipeline so that the
coder matches whole docs in one pass. See ``dictionary.py`` for the data-file layouts and
``data/`` for the bundled files (UN member states and more, groupings, seats of government,
separatist entities, sector words, people with their terms of office).

Decisions: a bare country codes with no sector ("Russia" -> RUS), as in PLOVER gold; a capital
stands for the government ("Moscow said" -> RUS GOV) unless it is where something happened;
a person outside every term codes as ELI; the self-proclaimed Donetsk and Luhansk republics and
their leaders code as UKR REB (CAMEO/PLOVER: country plus sector; a user file can override).
"""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache

from detente.actors.dictionary import (
    DATA_DIR,
    ActorDictionary,
    Entry,
    Match,
    checked_entries,
    data_files,
)
from detente.model import Actor

__all__ = ["ActorDictionary", "Entry", "Match", "data_files", "default_dictionary", "person_names",
           "resolve", "state_codes"]


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    """The dictionary over a blank English tokenizer, built once per process."""
    return ActorDictionary()


def resolve(phrase: str, on: date | None = None) -> Actor | None:
    """The actor a phrase names on a date (default today), or None when nothing is known.

    "Russian forces" -> RUS MIL; "the Kremlin" -> RUS GOV; "Russia" -> RUS (no sector);
    "Donald Trump" on 2023-05-01 -> USA ELI (out of office), on 2025-03-01 -> USA GOV.
    """
    return default_dictionary().resolve(phrase, on)


@cache
def state_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of the states in the bundled dictionary (not groupings)."""
    codes = set()
    with (DATA_DIR / "countries.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            code = line.split("\t", 1)[0].strip()
            if len(code) == 3 and code.isalpha() and code.isupper():
                codes.add(code)
    return frozenset(codes)


@cache
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names (with aliases) of the people in the dictionary, and the given names they
    begin with ("Oleksiy" of "Oleksiy Danilov"): a capitalised pair opening with one of those
    is a person's name even when that person is not in the dictionary. A given name that
    also begins a place ("Abu" of "Abu Dhabi") is left out."""
    names: set[str] = set()
    place_firsts: set[str] = set()
    for path in data_files():
        for phrase, entry in checked_entries(path):
            text = phrase.lstrip("=").strip()
            if entry.kind == "person":
                names.add(text)
            elif entry.kind in ("place", "world_place", "capital", "state") and " " in text:
                place_firsts.add(text.split()[0])
    given = {n.split()[0] for n in names if " " in n and n.split()[0][:1].isupper()}
    return frozenset(names), frozenset(given - place_firsts - {"President", "Pope", "King"})
