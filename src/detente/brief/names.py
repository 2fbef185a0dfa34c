"""Names for actor codes: "RUS" -> Russia / Russian / Moscow.

Read from the actor dictionary's data files (``detente/actors/data/countries.tsv`` and
``groups.tsv``) when they are there; a small built-in table covers the codes a brief on the
bundled corpus needs when they are not. Only names are read here: no spaCy, no matcher.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.model import REBELS, Actor, base_code
from detente.track.terms import WARRING

_DATA = Path(__file__).resolve().parent.parent / "actors" / "data"


@dataclass(frozen=True)
class Name:
    name: str  # "Russia", "the European Union"
    adjective: str | None = None  # "Russian"
    capital: str | None = None  # "Moscow" (stands for the government in attributions)
    group: bool = False  # an organisation, not a state


# The fallback, and overrides where the data files' first spelling reads badly in prose.
_BUILTIN: dict[str, Name] = {
    "RUS": Name("Russia", "Russian", "Moscow"),
    "UKR": Name("Ukraine", "Ukrainian", "Kyiv"),
    "USA": Name("the United States", "American", "Washington"),
    "GBR": Name("the United Kingdom", "British", "London"),
    "FRA": Name("France", "French", "Paris"),
    "DEU": Name("Germany", "German", "Berlin"),
    "TUR": Name("Turkey", "Turkish", "Ankara"),
    "BLR": Name("Belarus", "Belarusian", "Minsk"),
    "POL": Name("Poland", "Polish", "Warsaw"),
    "CHN": Name("China", "Chinese", "Beijing"),
    "ISR": Name("Israel", "Israeli", "Jerusalem"),
    "EUR": Name("the European Union", "EU", "Brussels", True),
    "NATO": Name("NATO", "NATO", None, True),
    "UN": Name("the United Nations", "UN", None, True),
    "OSCE": Name("the OSCE", "OSCE", None, True),
    "ICRC": Name("the Red Cross", "Red Cross", None, True),
    "IAEA": Name("the IAEA", "IAEA", None, True),
    "WST": Name("the West", "Western", None, True),
    "DPR": Name("the Donetsk People's Republic", "DPR", None, True),
    "LPR": Name("the Luhansk People's Republic", "LPR", None, True),
    "G7": Name("the G7", "G7", None, True),
}
# Names that take "the" in running text.
_THE = ("United ", "Republic of ", "Netherlands", "Philippines", "Czech Republic",
        "Holy See", "Gambia", "Bahamas", "Central African", "Dominican Republic")

# armed men the text names by what they do, not by a cause ("Ukrainian fighters")
FIGHTERS = frozenset({"fighters", "gunmen", "militiamen", "defenders", "militants", "insurgents",
                      "guerrillas", "militias", "paramilitaries", "nationalists"})
SECTOR_NOUN = {
    "GOV": "government", "MIL": "forces", "REB": "rebels", "OPP": "opposition",
    "JUD": "judiciary", "LEG": "parliament", "MED": "media", "CVL": "civilians",
    "BUS": "businesses", "NGO": "organisations", "COP": "police", "SPY": "intelligence services",
}


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def table() -> dict[str, Name]:
    """Code -> Name, from the actor data files where present, then the built-in table."""
    found: dict[str, Name] = {}
    rebels: dict[str, list[str]] = defaultdict(list)  # country -> its armed groups' names
    try:
        for row in _rows(_DATA / "countries.tsv"):
            code = (row.get("code") or "").strip()
            names = [n.lstrip("=") for n in (row.get("names") or "").split("|") if n]
            if not code or not names:
                continue
            name = names[0]
            if name.startswith(_THE):
                name = "the " + name
            adjectives = [a.lstrip("=") for a in (row.get("adjectives") or "").split("|") if a]
            capitals = [c.lstrip("=") for c in (row.get("capitals") or "").split("|") if c]
            found[code] = Name(name, adjectives[0] if adjectives else None,
                               capitals[0] if capitals else None)
        for row in _rows(_DATA / "groups.tsv"):
            code = (row.get("code") or "").strip()
            phrases = [p.lstrip("=") for p in (row.get("phrases") or "").split("|") if p]
            if code and phrases and row.get("sector") == "REB":
                rebels[code].append(phrases[0])
            if code and phrases and code not in found and row.get("kind") in ("group", "entity"):
                first = phrases[0]
                article = "" if first.isupper() else "the "
                found[code] = Name(article + first, first if first.isupper() else None, None, True)
    except (OSError, csv.Error):
        pass
    found.update(_BUILTIN)
    found.update(_rebel_names(found, rebels))
    return found


def _rebel_names(states: dict[str, Name], groups: dict[str, list[str]]) -> dict[str, Name]:
    """Names of rebel parties ("SDNREB"): the country's one armed group the dictionary knows
    ("the Rapid Support Forces"), else its rebels ("Colombian rebels")."""
    found: dict[str, Name] = {}
    for code, state in states.items():
        if state.group:
            continue
        known = groups.get(code, [])
        if len(known) == 1:
            found[code + REBELS] = Name(group_name(known[0]), None, None, True)
        elif state.adjective:
            found[code + REBELS] = Name(f"{state.adjective} rebels", None, None, True)
    return found


# A brief whose only actors of a code are one armed group names the code by the group:
# "Hamas accused Israel", "Hamas's accusations", not "Palestine", "Ramallah's"
SPOKEN_AS: ContextVar[dict[str, str]] = ContextVar("spoken_as", default={})  # noqa: B039


# the states of a brief whose other side is their own rebels (Sudan against the RSF)
AT_WAR_WITH_REBELS: ContextVar[frozenset[str]] = ContextVar(  # noqa: B039
    "at_war_with_rebels", default=frozenset())


def spoken_as(actors_by_code: dict[str, list[Actor]]) -> dict[str, str]:
    """code -> group name, for the codes whose non-civilian actors are all one named group."""
    found: dict[str, str] = {}
    for code, actors in actors_by_code.items():
        own = [a for a in actors if a.sector != "CVL"]
        rebels = code.endswith(REBELS)  # ("the rebels" of a civil war are its one named group)
        named = {a.name for a in own if a.name and a.name[:1].isupper() and
                 a.sector in GROUP_SECTORS and (" " not in a.name or rebels)}
        # (not a general's name, nor a proxy's: "separatists" are not Russia)
        if own and len(named) == 1 and all(a.name in named or rebels and not a.name
                                           for a in own):
            found[code] = group_name(named.pop())
        elif rebels and own and (known := table().get(code)):
            found[code] = known.name  # ("RSF" and "Rapid Support Forces": one group)
    return found


def name_of(code: str | None) -> str | None:
    if not code:
        return None
    if (told := SPOKEN_AS.get().get(code.upper())) is not None:
        return told
    known = table().get(code.upper())
    return known.name if known else None


def adjective_of(code: str | None) -> str | None:
    if not code:
        return None
    known = table().get(code.upper())
    return known.adjective if known else None


def capital_of(code: str | None) -> str | None:
    if not code:
        return None
    known = table().get(code.upper())
    return known.capital if known else None


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


GROUP_SECTORS = frozenset({"REB", "MIL"})


# the last word of a group's name that makes it "the …" ("the Rapid Support Forces")
_THE_GROUP = frozenset({"Forces", "Front", "Army", "Movement", "Republic", "Party", "Council",
                        "Brigades", "Union", "Alliance", "Organization", "Organisation"})


def group_name(name: str) -> str:
    """An armed group as prose names it: "Hamas", "the Houthis", "the DPR", "the Taliban",
    "the Rapid Support Forces"."""
    if name.isupper() or name.endswith(("is", "ists")) or name == "Taliban" or \
            name.split()[-1] in _THE_GROUP:
        return f"the {name}"
    return name


LED_COALITION = re.compile(r"\b[A-Z][\w.]*-led (?:coalition|alliance|forces)\b")


def actor_name(actor: Actor) -> str | None:
    """How prose names one actor: a person by name, else the state or group, with its sector.

    "Vladimir Putin"; RUS MIL -> "Russian forces"; RUS GOV -> "Russia"; EUR -> "the EU".
    """
    if actor.name and actor.name[:1].islower() and actor.sector == "REB":
        return actor.name  # a proxy read as its patron's side keeps its name ("separatists")
    if (led := LED_COALITION.search(actor.text or "")) is not None:
        return f"the {led.group(0)}"  # "the Saudi-led coalition": not Saudi Arabia alone
    if actor.name and actor.name[:1].isupper() and actor.sector == "REB":
        return group_name(actor.name)  # "Hamas", "the RSF": not "Palestinian rebels"
    if actor.name and actor.name[:1].isupper() and " " in actor.name:
        return actor.name
    if actor.name and actor.name[:1].isupper() and actor.sector in GROUP_SECTORS:
        return group_name(actor.name)
    code = (actor.code or "").upper()
    if not code:
        return None
    code = base_code(code)  # (rebels by their land: "Ukrainian rebels"; its people too)
    if (actor.sector or "").upper() == "UAF":
        return "unidentified forces"  # CAMEO codes them to where they struck: not that state
    base = name_of(code)
    if base is None:
        return None
    adjective = adjective_of(code)
    sector = (actor.sector or "").upper()
    own = (actor.text or "").split()[-1:]
    if WARRING.search(actor.text or ""):
        return f"{possessive(base)} warring parties"  # not the state: both sides of its war
    if sector == "REB" and re.search(r"\bseparatists?\b", actor.text or "", re.I):
        return "separatists"  # (not "Ukrainian rebels": the CAMEO code is where they fight)
    if sector == "REB" and adjective and own and own[0].lower() in FIGHTERS:
        return f"{adjective} {own[0].lower()}"  # "Ukrainian fighters", not "Ukrainian rebels"
    if sector == "MIL" and re.search(r"\bministry\b|\bministries\b", actor.text or "", re.I):
        return f"{possessive(base)} defence ministry"  # it agrees and claims; forces fight
    if sector in ("MIL", "COP", "SPY", "CVL", "REB") and adjective:
        return f"{adjective} {SECTOR_NOUN[sector]}"
    return base


# states whose capital news does not use for the government ("Jerusalem said" reads as a
# claim on the city's status)
NO_METONYM = frozenset({"ISR", "PSE"})


def speaker(code: str | None) -> str | None:
    """Who 'said' it, by metonym: RUS -> Moscow, UKR -> Kyiv; groups by name."""
    if not code:
        return None
    if code.upper() in SPOKEN_AS.get() or code.upper() in NO_METONYM or \
            code.upper() in AT_WAR_WITH_REBELS.get():
        return name_of(code)
    return capital_of(code) if capital_of(code) and not table()[code.upper()].group \
        else name_of(code)


# Outlets whose releases speak for one side: every claim in them is that side's claim.
OUTLET_SIDE = {
    "en.kremlin.ru": ("RUS", "the Kremlin"),
    "kremlin.ru": ("RUS", "the Kremlin"),
    "www.president.gov.ua": ("UKR", "the Ukrainian presidency"),
    "president.gov.ua": ("UKR", "the Ukrainian presidency"),
    "mid.ru": ("RUS", "the Russian foreign ministry"),
    "mfa.gov.ua": ("UKR", "the Ukrainian foreign ministry"),
}


def outlet_side(source: str | None) -> tuple[str, str] | None:
    if not source:
        return None
    host = source.lower().removeprefix("https://").removeprefix("http://").split("/")[0]
    return OUTLET_SIDE.get(host)
