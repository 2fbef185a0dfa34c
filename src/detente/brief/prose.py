"""Sentences from event fields: actors' names, PLOVER type and mode, target, date, quantities.

Nothing here pastes a source sentence. The only words taken over from a sentence are
(a) a quantity's own text ("175 prisoners", "more than 40 servicemen"), so numbers stay
exactly as the source gives them; (b) a short complement after the event's trigger word
("agreed *to maintain contact*", "rejected *the proposal to establish an Easter truce*")
when it is a clean clause of 2–14 words with no first/second person; (c) a short target
phrase or place name ("Mykolaiv", "civilian infrastructure"). Everything else — subject,
verb, tense, attribution, date — is generated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from detente.brief import names
from detente.model import Actor, Event, Quantity
from detente.nlp.dates import MONTHS
from detente.track.terms import RETURN_TO


def fmt_date(day: date) -> str:
    """Absolute date as the brief writes it: 29 March 2022."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


# -- verbs ------------------------------------------------------------------------------------
# (base, past, takes_object). The object is the target; "{T}" marks where it goes when the
# preposition belongs to the verb.
Verb = tuple[str, str]

TYPE_VERBS: dict[str, Verb] = {
    "AGREE": ("reach an understanding with", "reached an understanding with"),
    "CONSULT": ("hold talks with", "held talks with"),
    "SUPPORT": ("express support for", "expressed support for"),
    "CONCEDE": ("make concessions to", "made concessions to"),
    "COOPERATE": ("cooperate with", "cooperated with"),
    "AID": ("provide aid to", "provided aid to"),
    "RETREAT": ("pull back from", "pulled back from"),
    "REQUEST": ("make demands of", "made demands of"),
    "ACCUSE": ("accuse", "accused"),
    "REJECT": ("reject the demands of", "rejected the demands of"),
    "THREATEN": ("threaten", "threatened"),
    "PROTEST": ("protest against", "protested against"),
    "SANCTION": ("impose sanctions on", "imposed sanctions on"),
    "MOBILIZE": ("mass forces against", "massed forces against"),
    "COERCE": ("take coercive measures against", "took coercive measures against"),
    "ASSAULT": ("attack", "attacked"),
}
MODE_VERBS: dict[tuple[str, str], Verb] = {
    ("CONSULT", "phone"): ("speak by phone with", "spoke by phone with"),
    ("CONSULT", "visit"): ("visit", "visited"),
    ("CONSULT", "host"): ("host", "hosted"),
    ("CONSULT", "multilateral"): ("meet", "met"),
    ("CONCEDE", "ceasefire"): ("declare a ceasefire with", "declared a ceasefire with"),
    ("AGREE", "ceasefire"): ("agree to a ceasefire with", "agreed to a ceasefire with"),
    ("RETREAT", "withdraw"): ("withdraw forces from", "withdrew forces from"),
    ("RETREAT", "release"): ("release", "released"),
    ("RETREAT", "return"): ("return", "returned"),
    ("RETREAT", "ceasefire"): ("stop firing on", "stopped firing on"),
    ("RETREAT", "access"): ("allow access to", "allowed access to"),
    ("RETREAT", "ease"): ("ease restrictions on", "eased restrictions on"),
    ("REQUEST", "assist"): ("ask for help from", "asked for help from"),
    ("REQUEST", "yield"): ("demand concessions from", "demanded concessions from"),
    ("REQUEST", "meet"): ("call for talks with", "called for talks with"),
    ("REQUEST", "change"): ("demand a change of course from", "demanded a change of course from"),
    ("ACCUSE", "investigate"): ("investigate", "investigated"),
    ("ACCUSE", "disapprove"): ("condemn", "condemned"),
    ("REJECT", "meet"): ("turn down talks with", "turned down talks with"),
    ("THREATEN", "relations"): ("threaten to break off ties with",
                                "threatened to break off ties with"),
    ("MOBILIZE", "weapons"): ("deploy weapons against", "deployed weapons against"),
    ("COERCE", "seize"): ("seize", "seized"),
    ("COERCE", "restrict"): ("blockade", "blockaded"),
    ("COERCE", "arrest"): ("detain", "detained"),
    ("COERCE", "deport"): ("deport", "deported"),
    ("COERCE", "cyber"): ("launch cyberattacks on", "launched cyberattacks on"),
    ("ASSAULT", "heavy-weapons"): ("shell", "shelled"),
    ("ASSAULT", "aerial"): ("carry out air strikes on", "carried out air strikes on"),
    ("ASSAULT", "destroy"): ("destroy", "destroyed"),
    ("ASSAULT", "drone"): ("carry out drone strikes on", "carried out drone strikes on"),
    ("ASSAULT", "firearms"): ("fire on", "fired on"),
    ("ASSAULT", "explosives"): ("bomb", "bombed"),
    ("ASSAULT", "abduct"): ("abduct", "abducted"),
    ("ASSAULT", "massacre"): ("kill", "killed"),
    ("ASSAULT", "execute"): ("execute", "executed"),
    ("ASSAULT", "torture"): ("torture", "tortured"),
}
# Trigger stems that give a more exact verb than the type's default.
TRIGGER_VERBS: dict[str, list[tuple[str, Verb]]] = {
    "ASSAULT": [("kill", ("kill", "killed")), ("shell", ("shell", "shelled")),
                ("violat", ("violate", "violated")),
                ("struck", ("strike", "struck")), ("strik", ("strike", "struck")),
                ("hit", ("strike", "struck")), ("bomb", ("bomb", "bombed")),
                ("destr", ("destroy", "destroyed")), ("fire", ("fire on", "fired on")),
                ("shot", ("fire on", "fired on")), ("shoot", ("fire on", "fired on")),
                ("captur", ("capture", "captured")), ("occup", ("occupy", "occupied")),
                ("invad", ("invade", "invaded")), ("invasion", ("invade", "invaded")),
                ("mined", ("mine", "mined")),  # "mined the sea near our ports", no bombing
                ("deport", ("deport", "deported")), ("loot", ("loot", "looted")),
                # "several thousand of our people are in captivity": held, not abducted
                ("captiv", ("hold captive", "held captive")),
                ("resist", ("fight", "fought")), ("repel", ("fight", "fought")),
                ("repuls", ("fight", "fought")),  # fighting back: "resisting the invasion"
                # "we are fighting for our land": fought, not "attacked"
                ("fight", ("fight", "fought")), ("fought", ("fight", "fought"))],
    "AGREE": [("offer", ("offer", "offered")), ("propos", ("propose", "proposed")),
              ("promis", ("promise", "promised")), ("invit", ("invite", "invited")),
              ("agree", ("agree", "agreed")), ("accept", ("accept", "accepted")),
              ("ready", ("be ready", "declared readiness")),
              ("exchang", ("exchange", "exchanged")),  # "will exchange 175 prisoners each"
              ("implement", ("implement", "implemented")),  # "would not implement the deal"
              ("provid", ("provide", "provided")),  # "would provide security guarantees"
              ("reach", ("reach", "reached")),  # "reached separate deals with Ukraine and …"
              ("withdr", ("withdraw", "withdrew")),  # "both sides will withdraw heavy weapons"
              ("pull", ("pull back", "pulled back")),
              # "outlined its proposals for a new system of security guarantees": put
              # forward, not an understanding reached
              ("outlin", ("outline", "outlined")), ("present", ("present", "presented")),
              ("submit", ("submit", "submitted")), ("tabl", ("table", "tabled")),
              # "reaffirmed Russia's intention to further provide all-round support to
              # friendly Syria": said what it means to do, no understanding reached
              ("intention", ("state the intention", "stated the intention"))],
    "CONCEDE": [("agree", ("agree", "agreed")), ("accept", ("accept", "accepted")),
                ("propos", ("propose", "proposed")),  # "proposed that both sides stop …"
                ("declar", ("declare", "declared"))],  # "declared an Easter truce"
    "SUPPORT": [("thank", ("thank", "thanked")), ("sign", ("sign", "signed")),
                ("initial", ("initial", "initialled")),  # "initialled a peace agreement"
                ("welcom", ("welcome", "welcomed")), ("prais", ("praise", "praised")),
                ("grant", ("grant", "granted"))],  # "granted Ukraine EU candidate status"
    "AID": [("sent", ("send", "sent")), ("send", ("send", "sent")),
            ("deliver", ("deliver", "delivered")), ("allocat", ("allocate", "allocated")),
            ("provid", ("provide", "provided")), ("supply", ("supply", "supplied")),
            ("supplie", ("supply", "supplied")), ("evacuat", ("evacuate", "evacuated")),
            ("rescu", ("rescue", "rescued"))],
    "RETREAT": [("releas", ("release", "released")), ("withdr", ("withdraw from", "withdrew from")),
                ("pull", ("pull", "pulled")),
                ("return", ("return", "returned")), ("freed", ("free", "freed")),
                ("free", ("free", "freed")), ("exchang", ("exchange", "exchanged")),
                ("swap", ("swap", "swapped")), ("surrender", ("surrender", "surrendered")),
                ("paus", ("pause", "paused"))],  # "paused its military action"
    "COOPERATE": [("exchang", ("exchange", "exchanged")), ("swap", ("swap", "swapped")),
                  ("invest", ("invest", "invested"))],  # "invested 21.4 billion rubles"
    "REJECT": [("refus", ("refuse", "refused")), ("reject", ("reject", "rejected")),
               ("dismiss", ("dismiss", "dismissed")),
               ("deni", ("deny", "denied")), ("deny", ("deny", "denied")),
               # "would not accept the deployment of European troops": rejected it
               ("accept", ("reject", "rejected")), ("oppos", ("oppose", "opposed"))],
    "REQUEST": [("call", ("call", "called")), ("urg", ("urge", "urged")),
                ("demand", ("demand", "demanded")), ("insist", ("insist", "insisted")),
                ("ask", ("ask", "asked")), ("appeal", ("appeal", "appealed")),
                ("request", ("request", "requested")),
                ("invit", ("invite", "invited")),  # "invited the President of Russia to sit
                # down at the negotiating table": an invitation, not a demand
                ("expect", ("expect", "expected")),  # "expected Ukraine to follow suit"
                ("hope", ("hope", "hoped"))],  # "expressed hope that Croatia would keep ..."
    "ACCUSE": [("accus", ("accuse", "accused")), ("condemn", ("condemn", "condemned")),
               ("blam", ("blame", "blamed")), ("investigat", ("investigate", "investigated")),
               ("criticiz", ("criticise", "criticised")),
               ("criticis", ("criticise", "criticised"))],
    "SANCTION": [("sanction", ("impose sanctions on", "imposed sanctions on")),
                 ("expel", ("expel", "expelled")), ("suspend", ("suspend", "suspended"))],
    "THREATEN": [("warn", ("warn", "warned")), ("threat", ("threaten", "threatened"))],
    "CONSULT": [("phone", ("speak by phone with", "spoke by phone with")),
                ("call", ("speak by phone with", "spoke by phone with")),
                ("visit", ("visit", "visited")), ("met", ("meet", "met")),
                ("meet", ("meet", "met")), ("negotiat", ("negotiate with", "negotiated with")),
                ("facilitat", ("facilitate", "facilitated"))],  # "facilitated the exchange"
}
# opened corridors, told as such ("opened humanitarian corridors in the Sumy region")
CORRIDOR_VERB: Verb = ("open humanitarian corridors in", "opened humanitarian corridors in")
CORRIDOR_FOR: Verb = ("open humanitarian corridors for", "opened humanitarian corridors for")
_CORRIDORS = re.compile(r"\bcorridors?\b", re.I)
# work towards sanctions, no sanctions imposed ("we are working to strengthen sanctions")
PRESSED_FOR: Verb = ("press for sanctions on", "pressed for sanctions on")
_WORKING_FOR = re.compile(r"\b(?:work(?:s|ed|ing)?|efforts?|striv(?:e|es|ing))\s+(?:hard\s+|"
                          r"actively\s+)?(?:to|on|for)\s+(?:\w+\s+){0,3}(?:sanctions|"
                          r"restrictions|embargo)\b", re.I)
_BETWEEN_THEM = re.compile(r"\s+between\s+[\w\s]+?\s+and\s+[\w\s]+$")
_NOMINAL = re.compile(r"(?:tion|ment|sion|ance|ence)s?$", re.I)  # a noun the verb is made of
SINGULAR_STATES = ("United States", "Netherlands", "Philippines", "Bahamas")
# verbs that say something with no object
INTRANSITIVE = frozenset({"surrender", "meet"})
# a condition reported in the past tense ("until sanctions were lifted")
BACKSHIFTED = re.compile(r"\b((?:until|unless|before|after|once)\b[^,;]*?) (were|was)\b")
# When a trigger verb has no clean complement, the form that takes the target as object.
OBJECT_FORM: dict[str, Verb] = {
    "offer": ("make an offer to", "made an offer to"),
    "outline": ("make proposals to", "made proposals to"),
    "present": ("make proposals to", "made proposals to"),
    "submit": ("make proposals to", "made proposals to"),
    "table": ("make proposals to", "made proposals to"),
    "propose": ("make a proposal to", "made a proposal to"),
    "promise": ("make a promise to", "made a promise to"),
    "agree": ("reach an agreement with", "reached an agreement with"),
    "accept": ("accept the terms of", "accepted the terms of"),
    "be ready": ("signal readiness to work with", "signalled readiness to work with"),
    "call": ("make demands of", "made demands of"),
    "urge": ("press", "pressed"),
    "demand": ("make demands of", "made demands of"),
    "insist": ("make demands of", "made demands of"),
    "ask": ("make a request to", "made a request to"),
    "hope": ("express hopes regarding", "expressed hopes regarding"),
    "appeal": ("appeal to", "appealed to"),
    "request": ("make a request to", "made a request to"),
    "reject": ("rebuff", "rebuffed"),
    "refuse": ("rebuff", "rebuffed"),
    "deny": ("deny the claims of", "denied the claims of"),
    "send": ("send aid to", "sent aid to"),
    "deliver": ("deliver aid to", "delivered aid to"),
    "allocate": ("allocate aid to", "allocated aid to"),
    "provide": ("provide aid to", "provided aid to"),
    "supply": ("supply", "supplied"),
    "sign": ("sign an agreement with", "signed an agreement with"),
    "initial": ("initial an agreement with", "initialled an agreement with"),
    "invite": ("invite", "invited"),
    "grant": ("grant recognition to", "granted recognition to"),
}
# Verbs whose natural object is a complement clause from the sentence.
COMPLEMENT_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "CONCEDE", "THREATEN", "ACCUSE",
                              "SUPPORT", "AID", "SANCTION"})
HOSTILE = frozenset({"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "PROTEST",
                     "REJECT", "SANCTION"})
COUNT_OBJECT_TYPES = frozenset({"ASSAULT", "RETREAT", "AID", "COOPERATE", "SUPPORT", "MOBILIZE",
                                "COERCE", "SANCTION"})

PRONOUNS = re.compile(
    r"\b(I|we|We|our|Our|us|my|My|me|you|You|your|Your|he|He|she|She|his|His|her|Her|they|"
    r"They|them|their|Their|it|It|its|this|This|these|These|that|That|which|who)\b")
FIRST_PERSON = re.compile(r"\b(I|we|We|our|Our|us|my|My|me|you|You|your|Your)\b")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
                "millions", "billion", "billions", "dozen", "dozens")
_HAS_NUMBER = re.compile(r"\d|\b(" + "|".join(NUMBER_WORDS[1:]) + r")\b", re.I)
_JUNK_QUANTITY = re.compile(r"\bone of\b|\bonly one\b|\bone way\b|\bone thing\b|\ba single\b",
                            re.I)
MODIFIERS = ("more than", "less than", "fewer than", "at least", "up to", "about", "around",
             "almost", "nearly", "over", "some", "roughly", "approximately", "no less than")


def useful_quantities(event: Event) -> list[Quantity]:
    """Quantities that carry a real number (drops "one of the reasons", "a single dollar")."""
    found = []
    for q in event.quantities:
        if not q.text or _JUNK_QUANTITY.search(q.text) or not _HAS_NUMBER.search(q.text):
            continue
        if q.text not in event.sentence or _MONTH.search(q.text) or \
                q.unit.lower() in ABSTRACT_COUNTS:
            continue
        if " - " in q.text or len(q.text.split()) > 6 or re.search(r"\d\s*(am|pm)\b", q.text):
            continue
        if re.search(r"\b(later|ago|old|earlier)\b", q.text):
            continue
        found.append(q)
    return found


_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
MONEY_UNITS = frozenset({"usd", "eur", "euros", "euro", "dollars", "hryvnias", "uah", "rubles",
                         "roubles", "rub", "pounds", "gbp", "money"})
DISTANCE_UNITS = frozenset({"km", "kilometers", "kilometres", "kilometer", "kilometre", "meters",
                            "metres", "meter", "metre", "mile", "miles"})
# counts of a speaker's points, no figure of the event: "I have given you only 5 aspects of
# how Russia's war affects the world"
ABSTRACT_COUNTS = frozenset({"aspects", "reasons", "questions", "issues", "topics", "things",
                             "facts", "examples", "words", "priorities", "principles"})
# a bomb's weight ("500 kg bombs"): the weapon's size, no figure of the attack
BOMB_WEIGHTS = frozenset({"kg", "kilogram", "kilograms", "kilo", "kilos"})
NOT_OBJECT_UNITS = DISTANCE_UNITS | BOMB_WEIGHTS | {
    "percent", "%", "times", "tons", "tonnes", "am", "pm", "a.m.", "p.m.", "o'clock", "h",
    "directions", "ways", "stages", "points", "tonne", "steps", "areas", "measures", "elements",
    "packages"}
# ("500 kg bombs": a weight, no target; "three steps need to be taken: imposing full blocking
# sanctions ...", "10 key areas of sanctions policy", "six packages of EU sanctions": parts of
# a plan, no one sanctioned)


def own_words(text: str, side: str | None) -> str | None:
    """'our citizens' in a side's own release -> "Ukraine's citizens"; None if unresolvable."""
    if not FIRST_PERSON.search(text):
        return text
    country = names.name_of(side) if side else None
    if not country:
        return None
    # "500,000 our citizens" (as some translations have it) -> "500,000 of Ukraine's citizens"
    text = re.sub(r"(\d)\s+our\b", r"\1 of our", text)
    text = re.sub(r"\bour (?:state|country)\b", country, text)  # ("against Ukraine")
    text = re.sub(r"\bour\b", names.possessive(country), text)
    return None if FIRST_PERSON.search(text) else text


def lower_first(text: str) -> str:
    """Lower-case a phrase's first word when it is a common word ("More than a hundred")."""
    first, _, rest = text.partition(" ")
    common = {"More", "Less", "Fewer", "About", "Over", "Some", "Nearly", "Almost", "At", "Up",
              "The", "A", "An", "Around", "Roughly", "Approximately", "No", "On", "According",
              "Both", "Previously", "In", "Only", "Another", "Several", "All"}
    if first in common or first.lower() in NUMBER_WORDS:
        return first.lower() + (" " + rest if rest else "")
    return text


PEOPLE_UNITS = frozenset({
    "people", "person", "persons", "civilians", "children", "soldiers", "servicemen",
    "residents", "prisoners", "hostages", "citizens", "defenders", "wounded", "troops",
    "invaders", "occupiers", "enemies", "journalists", "women", "men", "refugees", "families",
    "students", "pows", "captives", "fighters", "militants", "military", "personnel", "others",
    "evacuees", "inhabitants", "victims", "dead", "bodies", "deportees", "marines", "sailors",
    "drivers", "crew", "seafarers", "doctors", "medics", "volunteers", "workers", "employees",
    "officials"})
WEAPON_UNITS = frozenset({"missiles", "missile", "strikes", "rockets", "shells", "bombs",
                          "drones", "attacks", "airstrikes", "shellings", "sorties"})
# verbs whose object is people (a count of things makes nonsense: "killed two more graves")
PEOPLE_VERBS = frozenset({"kill", "release", "free", "deport", "detain", "abduct", "execute",
                          "torture", "evacuate", "rescue", "exchange", "swap", "return"})


def is_people(q: Quantity) -> bool:
    unit = q.unit.lower()
    return unit in PEOPLE_UNITS or unit.endswith(("ians", "ians'")) or unit == "russians"


_PEOPLE_WORDS = re.compile(r"(?i)\b(?:people|civilians|residents|children|women|citizens|"
                           r"families|population|inhabitants)\b")


def object_quantity(q: Quantity, event_type: str, verb: str = "") -> bool:
    unit = q.unit.lower()
    if is_duration(q) or unit in NOT_OBJECT_UNITS:
        return False
    last = verb.split()[-1] if verb else ""
    if last == "with" or last == "to" and not is_people(q):
        # a verb that names its party: "cooperated with over 150 joint projects", "provided
        # aid to 600 million euros" (but "provided aid to 5,000 people")
        return False
    if unit in MONEY_UNITS:
        return event_type in ("AID", "COOPERATE", "SANCTION", "SUPPORT")
    head = verb.split()[0] if verb else ""
    if head in PEOPLE_VERBS:
        return is_people(q)
    if event_type == "ASSAULT":
        # "shelled 1,474 missile strikes": the count is of weapons, not of what was hit
        return not is_people(q) and unit not in WEAPON_UNITS
    return True


# "handed over 1,212 bodies": the verb's particle, not "more than"
PARTICLE_OVER = re.compile(r"\b(?:hand|turn|give|sign|pass|take|win|hold)(?:s|ed|ing)? over$|"
                           r"\b(?:gave|given|took|taken|won|held) over$")


def quantity_phrase(q: Quantity, sentence: str) -> str:
    """The quantity as the source words it, with a modifier the source puts before it."""
    text = q.text
    at = sentence.find(text)
    if at > 0:
        before = sentence[:at].rstrip().lower()
        for mod in MODIFIERS:
            if (before.endswith(" " + mod) or before == mod) \
                    and not text.lower().startswith(mod) and not (
                        mod == "over" and PARTICLE_OVER.search(before)):
                start = at - (len(sentence[:at]) - len(sentence[:at].rstrip())) - len(mod)
                return sentence[start:at + len(text)]
    share = re.match(r"\s+of\s+((?:its|their|his|her|the|our)\s+(?:[\w-]+\s+){0,2}[\w-]+)",
                     sentence[at + len(text):]) if at >= 0 and text.endswith("%") else None
    if share:
        whole = share.group(1).split()
        while whole[-1].lower() in _VERB_AFTER_SHARE:
            whole.pop()  # "70% of the water area is blocked": the area, not "area is"
        return f"{text} of {' '.join(whole)}"  # "15% of its defense budget", not a bare "15%"
    return text


_VERB_AFTER_SHARE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                               "can", "could", "may", "might", "be", "been", "remains", "on",
                               "in", "for", "to", "by", "at", "from", "with", "and", "or"})


def is_duration(q: Quantity) -> bool:
    return q.unit.lower() in ("days", "day", "hours", "hour", "weeks", "week", "months", "month",
                              "minutes", "minute", "years", "year", "decades", "decade",
                              "centuries", "century")


# -- names ------------------------------------------------------------------------------------

_GENERIC_TARGET = re.compile(
    r"^(the )?(parties|sides|presidents|leaders|delegations|both|all|people|them|him|her|us|"
    r"it|this|that|military|forces|troops)$", re.I)


def codes_of(actors: list[Actor]) -> list[str]:
    return list(dict.fromkeys(a.code for a in actors if a.code))


def actors_phrase(actors: list[Actor], exclude: set[str] | None = None) -> str | None:
    """'Vladimir Putin', 'Russian forces', 'Russia and Ukraine' — one name per code."""
    exclude = exclude or set()
    seen: dict[str, str] = {}
    for actor in actors:
        key = actor.code or actor.name or ""
        if not key or key in exclude or key in seen:
            continue
        label = names.actor_name(actor)
        if label:
            seen[key] = label
    labels = list(dict.fromkeys(seen.values()))
    return join(labels) if labels else None


def join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _short_phrase(text: str, max_words: int = 5) -> str | None:
    text = text.strip().strip(",.;:\"'“”")
    if not text or len(text.split()) > max_words or _GENERIC_TARGET.match(text):
        return None
    if FIRST_PERSON.search(text) or PRONOUNS.fullmatch(text) or re.match(r"^\d", text):
        return None
    if re.search(r"\b(19|20)\d\d\b", text):
        return None
    return text


SHELLED_THINGS = re.compile(r"\b(?:corridors?|convoys?|routes?|buses|checkpoints?|"
                            r"evacuation points?)$")


_CAPTIVES = re.compile(r"\b(?:prisoners?|captives?|POWs?|hostages?|detainees?)\b", re.I)


def target_phrase(event: Event, exclude: set[str]) -> str | None:
    """The target as prose names it: coded actors by name, otherwise a short source phrase."""
    coded = [a for a in event.target if a.code and a.code not in exclude]
    place = place_of(event)
    if event.event_type in ("ASSAULT", "COERCE") and place and event.mode == "destroy":
        # "destroyed a Ukrainian warship … in Odesa": the thing destroyed (the place follows)
        things = [t for a in event.target if (t := _short_phrase(a.text, 4)) and not re.search(
            r"\b(?:in|near|at|of|on|which|who|that)\b|['’]s\b", t)]
        if things:
            return _with_article(decapitalise(lower_first(things[0])), event.sentence)
    people = [a for a in event.target if a.code and a.sector == "CVL"]
    if event.event_type in ("ASSAULT", "COERCE") and place and people and \
            (who := names.actor_name(people[0])):
        return f"{who} in {place}"  # "genocide against peaceful civilians in Donbass": the
        # people struck, not the land
    if event.event_type in ("ASSAULT", "COERCE") and place:
        return place
    if event.event_type in ("ASSAULT", "COERCE"):
        for actor in coded:  # "shelled the humanitarian corridor", not "shelled Ukraine"
            text = _short_phrase(actor.text, 4)
            if text and text[:1].islower() and SHELLED_THINGS.search(text):
                return _with_article(text, event.sentence)
    if coded:
        # a short proper-noun phrase ("Mykolaiv", "Azovstal") says more than the country
        for actor in coded:
            text = _short_phrase(actor.text, 3)
            if (text and text[:1].isupper() and not common_capitalised(text)
                    and actor.sector != "REB"  # (a group by its name: "the RSF")
                    and names.name_of(actor.code) not in (text, None)
                    and not _is_country_word(text, actor.code)
                    and event.event_type in ("ASSAULT", "COERCE", "RETREAT")):
                return text
        for actor in coded:
            text = _short_phrase(actor.text, 4)
            if text and _CAPTIVES.search(text):
                return decapitalise(text)  # "visited Ukrainian prisoners", not "civilians"
        states = list(dict.fromkeys(n for a in coded if (n := names.name_of(a.code or ""))))
        if event.event_type == "AID" and states and all(a.name for a in coded):
            return join(states)  # "Zelenskyy thanked the EU for the payment of ... 600 million
            # euros": aid to Ukraine, not to the one who thanked for it
        return actors_phrase(coded)
    for actor in event.target:
        if actor.code is None:
            text = _short_phrase(actor.text, 4)
            if text:
                return decapitalise(text)
    return None


# common nouns a source capitalises only at the start of a sentence or in a heading
COMMON_NOUNS = PEOPLE_UNITS | WEAPON_UNITS | frozenset({
    "houses", "homes", "buildings", "cities", "towns", "villages", "ports", "hospitals",
    "schools", "infrastructure", "territories", "territory", "positions", "settlements",
    "communities", "regions", "areas", "facilities", "enterprises", "warehouses", "bridges",
    "units", "forces", "army", "troops", "ships", "vessels", "aircraft", "equipment",
    "humanitarian", "peaceful", "ordinary", "local", "innocent", "many", "thousands",
    "hundreds", "dozens", "their", "these", "those", "such", "other", "most",
    # number words ("Three Lavra monks were killed": three Lavra monks)
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "several", "some", "few"})


def common_capitalised(text: str) -> bool:
    """"Civilians", "Peaceful residents": a common noun phrase capitalised by its position."""
    first = text.split()[0] if text.split() else ""
    return first[:1].isupper() and not first.isupper() and first.lower() in COMMON_NOUNS


def decapitalise(text: str) -> str:
    """Lower-case the first word of a phrase copied from a sentence's start when it is a
    common noun ("Civilians" -> "civilians"); names and acronyms are kept."""
    if common_capitalised(text):
        return text[:1].lower() + text[1:]
    return text


CONCRETE_VERBS = frozenset({"release", "destroy", "kill", "free", "return", "seize", "evacuate",
                            "capture", "deport", "abduct", "execute", "torture", "bomb", "detain",
                            "mine"})


def _is_state(text: str) -> bool:
    bare = text.removeprefix("the ")
    return any(bare in (n.name.removeprefix("the "), n.adjective, n.capital,
                        f"{n.adjective}s", f"{n.adjective} people")
               for n in names.table().values())


def _is_country_word(text: str, code: str | None) -> bool:
    known = names.table().get((code or "").upper())
    if not known:
        return False
    words = {known.name.removeprefix("the "), known.adjective or "", known.capital or ""}
    return any(w and w.lower() in text.lower() for w in words)


_PLACE_AFTER = re.compile(r"\b(?:in|near|at|on|to|from)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_TITLE_WORDS = frozenset({"Ambassador", "Minister", "Secretary", "Chancellor", "Envoy",
                          "Commissioner", "Chairman", "Speaker", "Ombudsman", "Mayor"})
_PURPOSE = re.compile(r"\b(?:in order )?to\s+(?=[a-z])")
_TOPIC_TRIGGER = re.compile(r"(?:discuss|consider|address|review|touch|exchang)", re.I)
_NOT_PLACES = frozenset(MONTHS) | {"The", "This", "President", "Head", "Office", "Ukraine",
                                   "Russia", "Russian", "Ukrainian", "Federation", "Europe",
                                   "European", "NATO", "EU", "Minister", "Prime", "Monday",
                                   "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                   "Sunday"}


def _fought_at(event: Event, obj: str) -> str | None:
    """"in Kherson" or "near Kherson" when the target of a fight is a place the sentence
    names after a preposition of place, not a force."""
    if any(a.sector for a in event.target):
        return None
    m = re.search(r"\b(in|near|of|outside|around)\s+" + re.escape(obj) + r"\b", event.sentence)
    if m is None:
        return None
    return f"{'in' if m.group(1) == 'in' else 'near'} {obj}"


# where a trigger's clause ends and another's subject begins: ", Russian tanks would"
_CLAUSE_END = re.compile(r",\s+(?=(?:[A-Z]\w+\s+){0,2}[a-z]+\s+(?:would|will|were|was|are|is|"
                         r"have|has|had)\b)")


def place_of(event: Event) -> str | None:
    """A named place: the event's location, or a capitalised name right after the trigger."""
    if event.location and event.location not in ("Ukraine", "Russia", "the Russian Federation"):
        # (a place the sentence opens with keeps its capital: "The Black Sea, which …")
        return re.sub(r"^The ", "the ", event.location)
    if not event.trigger:
        return None
    at = event.sentence.find(event.trigger)
    if at < 0:
        return None
    window = event.sentence[at:at + 80] + event.sentence[at + 80:].split(" ", 1)[0]
    # (to the end of the word the 80 characters cut: "Istanbul", not "Ista"; and not past the
    # trigger's clause: "reacted to the invasion of Ukraine, Russian tanks would be standing
    # near Dunkirk")
    window = _CLAUSE_END.split(window, maxsplit=1)[0]
    if event.event_type == "CONSULT" and _TOPIC_TRIGGER.match(event.trigger):
        return None  # what was discussed is the topic: "discussed ... a settlement in Donbas"
    if event.event_type == "CONSULT":
        # talks are not held where their purpose points: "negotiations to save our people
        # from Mariupol" were not held in Mariupol
        window = _PURPOSE.split(window, maxsplit=1)[0]
    m = _PLACE_AFTER.search(window)
    if m:
        place = m.group(1)
        first = place.split()[-1] if place.startswith("the ") else place.split()[0]
        if first not in _NOT_PLACES and not names.table().get(place.upper()) and \
                not _TITLE_WORDS.intersection(place.split()):
            return place  # (not "credentials from US Ambassador Bridget Brink")
    return None


# -- complements ----------------------------------------------------------------------------

# (not the comma or point inside a number: "more than 2,000 times")
_BOUNDARY = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?\"“”()]|\s[-–—]\s|"
                       r"\b(?:so that|because|since|while|whereas|"
                       r"which|who|as well as|but|said|noted|added|stressed|according)\b")


_ADJUNCT = re.compile(r"\s(?:in (?:violation|breach) of|despite|during|amid|in order to|"
                     r"as a (?:pre)?condition|to (?:prevent|avoid|allow|let|enable)|"
                     r"to (?:mark|celebrate|commemorate|honou?r)|"
                     r"after (?:the )?(?:talks|negotiations|meeting|consultations)|"
                     r"after (?:more than |nearly |almost |some )?[\w-]+ (?:hours|days) of "
                     r"(?:talks|negotiations))\b")
# when it was said, before what was said: "promised on Tuesday to reduce …"
_WHEN_FIRST = re.compile(r"^(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|"
                         r"overnight)\s+(?=to\b|that\b|on\b|upon\b|for\b)", re.I)
# when the act was done, after the act: "accused Russia of violating the agreement hours after
# it was announced"
_WHEN_AFTER = re.compile(r"\s(?:(?:(?:\d+|a few|several|two|three|four|five) )?"
                         r"(?:hours?|days?|minutes|weeks?) |shortly |soon |just )?"
                         r"(?:after|before|once|when|until)\b")
_CALL_ADJUNCT = re.compile(r"^in an? (?:\w+ )?(?:phone |telephone |video )?(?:call|conversation|"
                           r"talks|meeting) with (?:[\w.'-]+ ){1,6}?(?=to )|"
                           r"^(?:in|at) (?:[A-Z][\w-]+ ){1,3}(?=to )")  # ("in Kuala Lumpur")
_IN_THE_TOWN = re.compile(r"in the (?:[\w-]+ )?(?:city|town|village|settlement) of ")
_SETTING_UP = re.compile(r"\b(?:the )?(?:urgent |immediate |swift |early )?(?:establishment|"
                         r"creation|setting up|introduction) of (?=an? |the )")
# "agreed in Kuala Lumpur to allow observers …": the place said first, what was agreed after
_ONLY_WHERE = re.compile(r"(?:in|at) (?:[A-Z][\w-]+ ?){1,3}$")
_LASTING = re.compile(r"\s+for (?:at least |up to |another |a further |the next )?[\w-]+ "
                      r"(?:days?|hours?|weeks?|months?)$")
_TOWN_OF = re.compile(r"\bin the (?:town|city|village|settlement|port) of ([A-Z][\w-]+)")
_WITHIN_REGION = re.compile(r"(\bin [A-Z][\w-]+) in the (?:[A-Z][\w-]+ ){1,2}(?:region|oblast|"
                            r"province|district)\b")
_POINTS_BACK = re.compile(r"(?:\w+ ){0,2}(?:such an?|such|this|that|these|those) (?:situation|"
                         r"things?|steps?|decisions?|approach|position|state of affairs)$",
                         re.I)
_NOUN_TRIGGER_TAIL = re.compile(r"(?:are|is|were|was|have|has|had|made|put|voiced|set|"
                                r"expressed|presented|received)\b", re.I)
MAX_COMPLEMENT_WORDS = 16  # a longer phrase is no clean object of a clause
TRIM_AFTER_WORDS = 14  # a phrase longer than this drops its circumstance ("in violation of")


_PRONOUN_ADJUNCT = re.compile(r"\s+(?:(?:dozens|hundreds|thousands|scores) of times\s+)?"
                              r"(?:in|during|within|over) (?:its|their) [\w\s-]*$")
_WEEKDAY = re.compile(r"(?:\s+(?:late|early))?\s+(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                      r"today|yesterday)\b(?=\s|$)")  # ("accused Pakistan late on Saturday of
# …", "thank US President Biden today for increasing American support")
_CLOCK = re.compile(r"\b([ap])\.m\.")
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
# a list of places or domains cut at its first comma: "on land, in the air and at sea"
_PLACE_PHRASE = r"(?:on|in|at) (?:the )?[\w-]+"
_LIST_HEAD = re.compile(rf"\b{_PLACE_PHRASE}$")
_LIST_TAIL = re.compile(rf",\s+{_PLACE_PHRASE}(?:,\s+{_PLACE_PHRASE})*,?\s+and\s+{_PLACE_PHRASE}\b")
# "through a humanitarian corridor agreed by Russia and Ukraine": the thing, before the verb
_THING_BEFORE = re.compile(r"\b((?:an?|the) (?:[\w-]+ ){0,3}[\w-]+) $", re.I)


# nothing after a passive trigger but when ("had been agreed on as of today")
_ONLY_WHEN = re.compile(r"\s*(?:on|upon)?\s*(?:as of )?(?:today|yesterday|tonight|this \w+|"
                        r"on \w+day)?\s*[.,;]?\s*$", re.I)
# a setting, not an object: "demands in the context of ..."
_CIRCUMSTANCE_FIRST = re.compile(r"\s*(?:in the context of|in connection with|in light of|"
                                 r"against the backdrop of|amid|given)\b", re.I)
# a passive's subject told just before it: "A humanitarian corridor from the village of
# Oskil has been | agreed upon in the Kharkiv region"
_PASSIVE_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:if|when|once|after|unless|until)\s+)"
                              r"((?:an?|the|\d[\d,]*|" + "|".join(NUMBER_WORDS) +
                              r") [^,;:]{3,90}?)\s+(?:has been|have been|"
                              r"had been|was|were|is|are)\s+$", re.I)
_ONLY_WHERE_UPON = re.compile(r"\s*(?:on|upon)\s*(?:(?:in|at|near) [^,;]*)?[.,;]?\s*$", re.I)
_THOSE_CUT = re.compile(r"\bthose(?: \w+){1,4}$", re.I)
_RESTRICTED_AFTER = re.compile(r"\s*(?:,|who\b|which\b|that\b|whose\b)")
_WHERE_ONLY = re.compile(r"\s*(?:in|at|near|along|on) [^,;]*[.,;]?\s*$", re.I)
# "nine humanitarian corridors have been agreed upon | to evacuate residents": what for
_UPON_TO_DO = re.compile(r"\s*(?:on|upon)\s+(to \w[^;]*?)[.;]?\s*$", re.I)
# the phrases after a passive verb that name no object: where to, by whom
_PASSIVE_ADJUNCTS = re.compile(r"\s*(?:to|into|by|from|for)\s", re.I)


_VALUED = re.compile(r"^(?:the )?(?:importance|need|necessity|significance|value) (?:of|for) ",
                     re.I)


_FOR_THEIR = re.compile(r"^(?:the )?(?:release|return|exchange|rescue|fate) of ", re.I)


def _agreed_thing(before: str) -> str | None:
    found = _THING_BEFORE.search(before)
    if not found or FIRST_PERSON.search(found.group(1)) or PRONOUNS.search(found.group(1)):
        return None
    # "noted the importance of practical assistance provided by the United Kingdom": the
    # assistance, not its importance; "for the release of Ukrainians illegally detained by
    # Russia": the Ukrainians, not their release
    return _FOR_THEIR.sub("", _VALUED.sub("", found.group(1)))


def _after_trigger(event: Event) -> tuple[re.Match[str], str] | None:
    """The trigger's place in the sentence and the words after it up to the clause's end."""
    if not event.trigger:
        return None
    m = re.search(r"\b" + re.escape(event.trigger) + r"\b", event.sentence)
    if not m:
        return None
    rest = event.sentence[m.end():]
    dotless = _INITIALS.sub(lambda c: c.group(0).replace(".", "_"),
                            _CLOCK.sub(lambda c: c.group(1) + "_m_", rest))
    cut = _BOUNDARY.search(dotless)  # (no end at the dots of "10 a.m. Moscow time", "U.S.")
    text = rest[:cut.start()] if cut else rest
    if cut and _LIST_HEAD.search(text) and (tail := _LIST_TAIL.match(rest, cut.start())):
        text += tail.group(0)  # "on land, in the air and at sea": the list, not its head
    return m, text


# verbs whose object is a whole clause: "They must know this war is unjust", not "this war"
KNOWING = frozenset({"know", "understand", "realize", "realise", "see", "recognize", "recognise",
                     "admit", "acknowledge", "remember", "accept", "believe", "feel"})
# a noun trigger's words up to the verb the sentence says of it ("against Russia | are very
# significant"), not a clause of its own ("that ...", "to ...") nor a relative one
_SAID_OF_IT = re.compile(r"^(?!(?:that|to|whether|if|how)\b)((?:(?!\b(?:that|which|who|"
                         r"until|unless|before|after|once|when|if|because|while|as|where|since)"
                         r"\s).)*?)\s+(?:is|are|was|were|has|have)\s", re.I)


def complement(event: Event, side: str | None = None, possessive: bool = False) -> str | None:
    """The words after the trigger up to the clause's end, when they make a clean object.

    "Russia rejected the proposal to establish an Easter truce" -> "the proposal to establish
    an Easter truce". First-person phrases are kept only when "our country/state" can be named
    from ``side`` (the speaker's state).
    """
    found = _after_trigger(event)
    if found is None:
        return None
    trig, sentence = event.trigger or "", event.sentence
    m, text = found
    if text.lstrip().startswith("by "):
        return _agreed_thing(sentence[:m.start()])  # "a corridor agreed by Russia and …"
    if _NOMINAL.search(trig) and text.lstrip().startswith("of "):
        text = text.lstrip()[3:]  # "took part in the evacuation of the wounded": evacuated the
        # wounded, not "evacuated of the wounded"
    if event.event_type == "AGREE" and _ONLY_WHERE_UPON.match(text) and (
            thing := _PASSIVE_SUBJECT.search(sentence[:m.start()])):
        # "A humanitarian corridor from the village of Oskil has been agreed upon in the
        # Kharkiv region": the corridor is what was agreed
        return "on " + re.sub(r"^(A|An|The)\b", lambda a: a.group(1).lower(), thing.group(1))
    if event.event_type in ("CONCEDE", "RETREAT") and _WHERE_ONLY.match(text) and (
            thing := _PASSIVE_SUBJECT.search(sentence[:m.start()])):
        # "if a ceasefire is declared in the region": the ceasefire is what is declared
        return f"{lower_first(thing.group(1))} {text.strip()}"
    if event.event_type == "AGREE" and (purpose := _UPON_TO_DO.match(text)) and (
            thing := _PASSIVE_SUBJECT.search(sentence[:m.start()])):
        return f"on {lower_first(thing.group(1))} {purpose.group(1)}"
    if event.event_type == "REQUEST" and trig.lower() in ("request", "requests") and \
            text.lstrip().startswith(("of ", "from ")):
        return None  # "At the request of Aleksandar Vucic, Putin ...": who asked, not what
    if _ONLY_WHEN.match(text):
        return None  # "the corridor … had been agreed on as of today": no object after it
    if _CIRCUMSTANCE_FIRST.match(text):
        return None  # "Russia's demands in the context of the military pressure": what the
        # demands are is not after the trigger, only their setting
    if event.event_type == "AID" and _PASSIVE_ADJUNCTS.match(text) and re.search(
            rf"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?{re.escape(trig)}\b",
            sentence):
        return None  # "weapons being sent to Ukraine by NATO member countries": what was sent
        # comes before the trigger; after it only where to and by whom
    text = _WEEKDAY.sub("", _WHEN_FIRST.sub("", " ".join(text.split())))  # (the brief dates it)
    if trig.lower() not in KNOWING and (said := _SAID_OF_IT.match(text)):
        text = said.group(1)  # "Sanctions against Russia are very significant": the
        # sanctions, not what is said of them
    if len(text.split()) > MAX_COMPLEMENT_WORDS:
        text = _LASTING.sub("", text)  # (the clause adds the duration back)
    if len(text.split()) > MAX_COMPLEMENT_WORDS:
        # "in the town of Sudzha in the Kursk region": in Sudzha
        text = _WITHIN_REGION.sub(r"\1", _TOWN_OF.sub(r"in \1", text))
    if len(text.split()) > MAX_COMPLEMENT_WORDS:
        text = _CALL_ADJUNCT.sub("", text)  # "agreed in a phone call with U.S. President
        # Donald Trump to stop attacks on energy infrastructure": what was agreed
    if len(text.split()) > TRIM_AFTER_WORDS and (trim := _ADJUNCT.search(text)) and \
            not _ONLY_WHERE.match(text[:trim.start()]):
        text = text[:trim.start()]  # "accused Ukraine of attacking a gas metering station in
        # Sudzha in violation of the energy truce": the act, without the circumstance
    if len(text.split()) > MAX_COMPLEMENT_WORDS:
        text = _SETTING_UP.sub("", text)  # "for the urgent establishment of a protection
        # zone": for a protection zone
    if (when := _WHEN_AFTER.search(text)) and len(text[:when.start()].split()) >= 3 and \
            re.search(r"\b(?:he|she|they|it)\b", text[when.start():]):
        text = text[:when.start()]  # (a time clause that only points back, cut off)
    if side:
        country = names.name_of(side)
        if country:
            text = re.sub(r"\bour (country|state|land)\b", country, text)
    text = _PRONOUN_ADJUNCT.sub("", text)  # "the truce dozens of times in its first hours"
    words = text.split()
    if words and words[-1].lower() in ("if", "unless", "provided"):
        return None  # "ready to ensure safe passage … if": the condition was cut off
    at = sentence.find(text)
    if _THOSE_CUT.search(text) and at >= 0 and _RESTRICTED_AFTER.match(
            sentence[at + len(text):]):
        return None  # "to choose those categories of persons, personal sanctions … against
        # which": who they are was cut off
    while words and words[-1].lower() in ("and", "or", "the", "a", "an", "of", "to", "in",
                                          "on", "for", "with", "that", "by", "at", "from",
                                          "when", "as", "because", "so"):
        words.pop()
    if not 2 <= len(words) <= MAX_COMPLEMENT_WORDS:
        return None
    text = " ".join(words)
    third = r"\b(he|she|him|her|his|they|them|theirs|it)\b" if possessive else \
        r"\b(he|she|him|her|his|they|them|their|theirs|it|its)\b"
    if FIRST_PERSON.search(text) or re.search(third, text):
        return None
    proposal = trig.lower().startswith(("propos", "suggest")) and \
        bool(re.match(r"that (?:both|the two|all) (?:sides|parties)\b", text))
    if _POINTS_BACK.match(text):
        return None  # "refused to recognise such a situation": what it is, the sentence
        # before told
    if _NOUN_TRIGGER_TAIL.match(text):
        return None  # "reiterated Russia's demands made earlier", "on the condition that all
        # Russian demands are met": the trigger was a noun, what follows is no object
    if text.lower().startswith(("that ", "and ", "or ", "but ", "if ", "as ", "with whom",
                                "the fact")) and not proposal:
        return None  # (but "proposed that both sides stop strikes …" says what was offered)
    return text


# -- clauses ------------------------------------------------------------------------------------

def verb_for(event: Event) -> tuple[Verb, bool]:
    """The verb for an event, and whether it is the trigger itself (then a complement fits)."""
    trig = (event.trigger or "").lower()
    if (event.event_type, event.mode) == ("RETREAT", "access") and _CORRIDORS.search(
            event.sentence):
        # "corridors in the Sumy region are opened", not "allowed access to Ukraine"
        return (CORRIDOR_FOR if any(a.sector == "CVL" for a in event.target) else
                CORRIDOR_VERB), False
    if event.event_type == "SANCTION" and _WORKING_FOR.search(event.sentence):
        return PRESSED_FOR, False  # "we are also working to strengthen sanctions on Russia":
        # an effort, no sanctions imposed
    if event.event_type == "ASSAULT" and trig.startswith("liberat"):
        # "more than a thousand settlements have been liberated": the places, not "attacked";
        # with none counted, whom from ("liberated Russia" it was not)
        counted = any(object_quantity(q, "ASSAULT", "liberate") for q in useful_quantities(event))
        return (LIBERATED, True) if counted else (LIBERATED_FROM, False)
    for stem, verb in TRIGGER_VERBS.get(event.event_type, []):
        if trig.startswith(stem):
            return verb, True
    if event.mode and (event.event_type, event.mode) in MODE_VERBS:
        return MODE_VERBS[(event.event_type, event.mode)], False
    return TYPE_VERBS.get(event.event_type, ("act towards", "acted towards")), False


FORCES_SENT = frozenset({"troops", "servicemen", "soldiers", "peacekeepers", "personnel",
                         "military", "paratroopers", "rescuers"})
LIBERATED: Verb = ("liberate", "liberated")
LIBERATED_FROM: Verb = ("liberate territory from", "liberated territory from")
_MUST = re.compile(r"\b(must|should|needs? to|has to|have to)\s+(?:\w+ly\s+)?$")
_MUST_SUBJECT = re.compile(r"(?:^|[,;:]\s*)([^,;:]{2,40}?)\s+(?:must|should|needs? to|has to|"
                           r"have to)\s+(?:\w+ly\s+)?$")


def demand_clause(event: Event, side: str | None) -> str | None:
    """'Russia must immediately withdraw its troops …' -> 'Russia withdraw its troops …'."""
    trig = event.trigger
    if event.event_type != "REQUEST" or not trig or not trig.isalpha() or not trig.islower():
        return None
    m = re.search(r"\b" + re.escape(trig) + r"\b", event.sentence)
    if m and trig.startswith(("demand", "insist")) and \
            event.sentence[m.end():].startswith(" that "):
        # "demanded that Ukraine withdraw its troops from the four regions"
        said = complement(replace(event, trigger=f"{trig} that"), side, possessive=True)
        return said if said and len(said.split()) >= 3 else None
    if not m or not _MUST.search(event.sentence[:m.start()]):
        return None
    who = actors_phrase(event.target) if any(a.code for a in event.target) else None
    comp = complement(event, side, possessive=True)  # "withdraw its troops": its = the target's
    subject = _MUST_SUBJECT.search(event.sentence[:m.start()])
    if who and not comp and subject and re.match(rf"{re.escape(who)}'s \w", subject.group(1)):
        # "Russia's war against our state must end as soon as possible": what of the target's
        # must end (not "demanded concessions from Russia")
        own = own_words(subject.group(1), side)
        return f"{own} {trig}" if own else None
    if not who or not comp:
        return None
    if re.search(r"\b" + re.escape(who) + r"\b", comp) and (
            subject := _MUST_SUBJECT.search(event.sentence[:m.start()])):
        # "the world must return Russia to its borders": the target is what is acted on, the
        # one asked is the sentence's subject
        who = decapitalise(subject.group(1))
    return f"{who} {trig} {comp}"


def conjugate(verb: Verb, tense: str, plural: bool, negated: bool) -> str:
    """tense: past | present (headlines) | future | hypothetical."""
    base, past = verb
    if base == "be ready":
        if negated:
            return "ruled out readiness"
        return {"present": "Declares Readiness", "future": "will be ready",
                "hypothetical": "might be ready"}.get(tense, past)
    if negated:
        aux = {"past": "did not", "present": "does not" if not plural else "do not",
               "future": "will not", "hypothetical": "might not"}[tense]
        return f"{aux} {base}"
    if tense == "past":
        return past
    if tense == "future":
        return f"will {base}"
    if tense == "hypothetical":
        return f"might {base}"
    if plural:
        return base
    head, _, tail = base.partition(" ")
    if head == "be":
        head3 = "is"
    elif head.endswith(("s", "sh", "ch", "x", "z", "o")):
        head3 = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head3 = head[:-1] + "ies"
    else:
        head3 = head + "s"
    return f"{head3} {tail}".strip()


PREPOSITIONS = ("with", "to", "for", "from", "on", "of", "against", "at")


def _ends_with_prep(verb_text: str) -> bool:
    return verb_text.split()[-1] in PREPOSITIONS


def _starts_with_prep(phrase: str) -> bool:
    return bool(phrase) and phrase.split()[0] in PREPOSITIONS


def names_itself(event: Event, subject: str, text: str) -> bool:
    """Whether the clause has its subject's own state act on itself ("Russia will accept
    Russia's proposal", "Russia declared readiness for cooperation with the Russian
    Federation"): the coder mistook the speaker for the target."""
    own = set(codes_of(event.source))
    rest = text[len(subject):] if text.startswith(subject) else text
    name = names.name_of(next(iter(own))) if len(own) == 1 else None
    if name and subject == name and re.match(
            rf"(?:(?! that ).)*\bwith (?:the )?{re.escape(name)}\b", rest):
        return True  # "Ukraine will agree with Ukraine": the object copied from the sentence
        # names the subject's own state
    if len(own) != 1 or not set(codes_of(event.target)) <= own:
        return False
    spellings = {a.text for a in event.target if a.text and a.text[:1].isupper()}
    if name:
        spellings.add(name)
    return any(re.search(rf"\b{re.escape(s)}\b", rest) for s in spellings)


def clause(event: Event, subject: str | None = None, tense: str | None = None,
           side: str | None = None, object_text: str | None = None,
           reciprocal: bool = False) -> str | None:
    """Subject + verb + object (+ place, + numbers) for one event, without date or attribution.

    Returns None when the event names no actor prose could use, or has a state act on
    itself.
    """
    text = _extension(event, tense) if object_text is None else None
    text = text or _clause(event, subject, tense, side, object_text, reciprocal)
    subject = subject or actors_phrase(event.source) or ""
    if text is None or (not reciprocal and names_itself(event, subject, text)):
        return None
    if VAGUE_OBJECT.search(text):
        return None  # "Russia did not agree on this one thing": says nothing on its own
    return text


# "The ceasefire between Israel and Hezbollah will be extended until February 18"
_EXTENDED = re.compile(r"\b((?:[Tt]he|[Aa]n?) (?:[\w-]+ ){0,5}?(?:ceasefire|truce|deal|agreement|"
                       r"moratorium|pause|arrangement)(?: (?:between|with|on|in) [\w\s'-]{3,40}?)?)"
                       r" (?:will|would|is to|was to) be extended ((?:until|till|to|by|for) "
                       r"[^,.;]{3,30})")


def _extension(event: Event, tense: str | None) -> str | None:
    """A truce extended, told in the passive: the truce is the subject, no actor is."""
    found = _EXTENDED.search(event.sentence) if event.event_type == "AGREE" and (
        event.trigger or "").lower().startswith("extend") else None
    if found is None:
        return None
    aux = "will be" if (tense or event.modality) in ("future", "present") else "would be"
    return f"{lower_first(found.group(1))} {aux} extended {found.group(2)}"


# an object that only points back to something the sentence before said
VAGUE_OBJECT = re.compile(
    r"\b(?:on|to|with|about|for|of)?\s*(?:this|that|these|those|it|them)(?: one)?"
    r"(?: (?:thing|things|issue|matter|point|question))?$")


def plural_subject(subject: str) -> bool:
    """Does the subject take a plural verb ("Russia and Ukraine", "Russian forces"; not "the
    United States")?"""
    return " and " in subject or subject.lower().endswith(("s", "forces", "delegations")) \
        and not subject.endswith(SINGULAR_STATES) and not (
            " " not in subject and subject[:1].isupper())  # one proper name: "Hamas"


def _clause(event: Event, subject: str | None, tense: str | None, side: str | None,
            object_text: str | None, reciprocal: bool) -> str | None:
    source_codes = codes_of(event.source)
    subject = subject or actors_phrase(event.source)
    if subject is None:
        return None
    plural = plural_subject(subject)
    if tense is None:
        tense = {"future": "future", "hypothetical": "hypothetical"}.get(event.modality, "past")
        if tense == "future" and (event.trigger or "").lower().endswith("ed"):
            tense = "past"  # "the parties agreed to maintain contact": the agreeing is done
    verb, from_trigger = verb_for(event)
    offered = truce_offer(event) if object_text is None else None
    if offered:
        # "Russia would order a ceasefire in Ukraine if Kyiv withdrew its troops from …"
        verb, from_trigger, object_text = offered[0], False, offered[1]
    rejoined = RETURN_TO.search(event.sentence) if event.event_type == "AGREE" else None
    if rejoined and object_text is None:
        # "Russia would return to the grain deal as soon as …": the deal it left
        verb, from_trigger, object_text = ("return to", "returned to"), False, rejoined.group(1)
    if event.negated and not from_trigger and verb == TYPE_VERBS.get(event.event_type):
        return None  # "did not make demands of": a generic verb cannot carry a negation
    verb_text = conjugate(verb, tense, plural, event.negated)
    demand = demand_clause(event, side) if not event.negated else None
    if demand and object_text is None:
        said = {"past": "demanded that", "present": "Demands That", "future": "will demand that",
                "hypothetical": "might demand that"}[tense]
        return f"{subject} {said} {demand}"
    quantities = useful_quantities(event)
    counts = [q for q in quantities if not is_duration(q)]
    durations = [q for q in quantities if is_duration(q)]
    obj = object_text
    used_q: list[Quantity] = []
    objects = [q for q in counts if object_quantity(q, event.event_type, verb[0])
               and not _other_clause(event, q.text) and not _what_thanks_are_for(event, q.text)]
    # (not "a million Muslims live in our country, who are now also suffering from Russian
    # bombing": not what was bombed)
    if verb in (CORRIDOR_VERB, CORRIDOR_FOR):
        # "10 humanitarian corridors will be opened … to evacuate people": how many were
        # opened, not whom for
        opened = [q for q in counts if q.unit.lower().startswith("corridor")]
        if opened:
            many = quantity_phrase(opened[0], event.sentence)
            many = many if "corridor" in many else f"{many} humanitarian corridors"
            verb = (verb[0].replace("humanitarian corridors", many),
                    verb[1].replace("humanitarian corridors", many))
            verb_text = conjugate(verb, tense, plural, event.negated)
            used_q.append(opened[0])
        objects = []
    if verb[0] in INTRANSITIVE:
        # the count is of those who did it: "265 Ukrainian fighters surrendered"
        counted = [q for q in counts if any(q.text in (a.text or "") for a in event.source)]
        if counted:
            subject, used_q, plural = counted[0].text, [counted[0]], True
        objects = []
    weapons = [q for q in counts if q.unit.lower() in WEAPON_UNITS]
    if event.event_type == "ASSAULT" and weapons and not objects and obj is None:
        unit = weapons[0].unit.lower()
        verb = ("carry out", "carried out") if unit in ("strikes", "attacks", "airstrikes",
                                                        "shellings", "sorties") \
            else ("fire", "fired")
        verb_text = conjugate(verb, tense, plural, event.negated)
        objects = weapons
    if obj is None and objects and event.event_type in COUNT_OBJECT_TYPES:
        obj = own_words(lower_first(quantity_phrase(objects[0], event.sentence)), side)
        owner = names.name_of(next((c for c in codes_of(event.target) if c), "") or "")
        if obj and owner and event.mode == "release" and re.search(r"\b(?:its|their)\b", obj):
            # "215 of its fighters" freed by Russia were Ukraine's: the pronoun of the
            # sentence it came from names no one here
            obj = re.sub(r"\b(?:its|their)\b", names.possessive(owner), obj)
        used_q.append(objects[0])
        listed = _listed_with(objects, event.sentence)
        if obj and listed:  # "sanctions against 22 individuals and 146 legal entities", "45
            # truck drivers, 36 sailors ... have been returned"
            obj = join([obj, *(quantity_phrase(q, event.sentence) for q in listed)])
            used_q += listed
        if obj and event.event_type == "AID" and objects[0].unit.lower() in FORCES_SENT:
            verb = ("deploy", "deployed")  # "Peacekeeping Forces of 2,030 troops ... have been
            # deployed in the Republic of Kazakhstan": the troops are the help, not the helped
            verb_text = conjugate(verb, tense, plural, event.negated)
        elif obj and event.event_type == "AID" and is_people(objects[0]) and \
                verb[0] not in ("evacuate", "rescue"):  # (people evacuated stay evacuated)
            verb = ("assist", "assisted")
            verb_text = conjugate(verb, tense, plural, event.negated)
    comp = None
    if obj is None and from_trigger and (event.event_type in COMPLEMENT_TYPES or
                                         verb[0] in ("facilitate", "pause", "negotiate with")):
        # ("Thailand and Cambodia agreed … along their border": the pair's own)
        comp = complement(event, side, possessive=_owns_its(event) or reciprocal)
        if comp and verb[0] == "negotiate with":
            # "Negotiations on the exchange of prisoners between Ukraine and Russia": what
            # about, the pair already told
            comp = _BETWEEN_THEM.sub("", comp) if comp.startswith("on ") else None
            if comp and not reciprocal and (to := target_phrase(event, set())):
                comp = f"with {to} {comp}"  # (not "Ukraine negotiated on …" with no one)
        if comp and tense == "future":
            # told in the future: "until they are lifted"
            comp = BACKSHIFTED.sub(
                lambda m: f"{m.group(1)} {'are' if m.group(2) == 'were' else 'is'}", comp)
        if comp and verb[0] == "grant" and (to := target_phrase(event, set(source_codes))) \
                and to not in comp:
            comp = f"{to} {comp}"  # "Ukraine has been granted EU candidate status": the
            # passive's subject is whom it was granted to
        if comp is None and _points_back(event):
            return None  # "refused to recognise such a situation": nothing a reader can know
        if comp is None and verb[0] in OBJECT_FORM:
            verb = OBJECT_FORM[verb[0]]
            verb_text = conjugate(verb, tense, plural, event.negated)
    if obj is None and comp is None and not reciprocal:
        obj = target_phrase(event, set(source_codes) if event.event_type != "CONSULT" else set())
        if obj and verb[0] == "surrender":
            obj = f"to {obj}"  # "We did not surrender to Russia"
        if obj and verb[0] in ("invade", "occupy") and not (_is_state(obj) or place_of(event)):
            verb = ("attack", "attacked")
            verb_text = conjugate(verb, tense, plural, event.negated)
        if obj and verb[0] == "destroy" and any(a.sector == "CVL" and _PEOPLE_WORDS.search(
                a.text or "") for a in event.target):
            verb = ("kill", "killed")  # "tactics to destroy people": people are killed
            verb_text = conjugate(verb, tense, plural, event.negated)
        if obj and verb[0].split()[0] in CONCRETE_VERBS and _is_state(obj):
            # "released Ukraine", "destroyed Ukraine": the coder's target is the country the
            # people or things belong to; without them the clause would mislead
            raw = [a.text for a in event.target if _short_phrase(a.text, 4)]
            obj = decapitalise(lower_first(_with_article(raw[0], event.sentence))) if raw and \
                not _is_state(raw[0]) else None
            if obj is None:
                return None
        if obj and verb[0] == "fight" and (where := _fought_at(event, obj)):
            obj = where  # "fighting fierce battles in the suburbs of Kherson": fought near
            # Kherson, not "fought Kherson"
        if obj and verb[0] in ("declare", "announce") and _is_state(obj):
            return None  # "declared Ukraine": what was declared is lost, not the state
        if obj and verb[0] in ("destroy", "damage") and not any(a.text for a in event.target):
            # "facilities were destroyed", told at war: the coder's target is the land's
            # people, who were not what was destroyed
            return None
    if event.trigger and not event.negated and tense == "past" and re.search(
            r"\b(?:tried|attempted) to " + re.escape(event.trigger) + r"\b", event.sentence):
        verb_text = f"tried to {verb[0]}"  # "had tried to seize the plant": no seizure
    words = [subject, verb_text]
    if comp:
        last = verb_text.split()[-1]
        if comp.split()[0] == last:  # "imposed sanctions on" + "on Russia"
            comp = comp.split(" ", 1)[1] if " " in comp else ""
        elif _ends_with_prep(verb_text) and _starts_with_prep(comp):
            # "imposed sanctions on" + "against Russia": the sentence's preposition wins
            words[-1] = verb_text.rsplit(" ", 1)[0]
        elif verb[0] == "oppose" and comp.startswith("to "):
            comp = comp[3:]  # "is opposed to Ukraine joining NATO": opposed Ukraine joining
        words.append(comp)
    elif obj:
        words.append(obj)
    elif reciprocal and _ends_with_prep(verb_text):
        # "Russia and Ukraine held talks with" -> "… held talks"
        words[-1] = verb_text.rsplit(" ", 1)[0]
    elif verb[0] in INTRANSITIVE and (reciprocal or verb[0] != "meet"):
        pass  # "265 Ukrainian fighters surrendered", "Russia and Turkey met in Sochi"
    elif from_trigger and event.event_type in OWN_OBJECT_TYPES and not _charged(event) and (
            own := complement(event, side, possessive=_owns_its(event))):
        # "separatist forces had violated the truce", "troops pulled out of the besieged town
        # of Debaltseve": no actor aimed at, the sentence's own object
        if verb[0] in ("shell", "strike", "bomb") and _IN_THE_TOWN.match(own):
            own = own[3:]  # "shelling in the nearby city of Enerhodar": the city was shelled
        if own.startswith("of ") and not verb_text.endswith((" out", " of")):
            own = own[3:]  # "completed the release of 900 detainees": released 900 detainees
        if verb[0].endswith(" from") and not own.startswith("from "):
            verb_text = conjugate((verb[0].removesuffix(" from"),
                                   verb[1].removesuffix(" from")), tense, plural, event.negated)
            words[-1] = verb_text
        words.append(own)
    else:
        return None  # a verb with no object says nothing ("Ukraine made demands")
    text = " ".join(words)
    place = place_of(event)
    if place and place not in text and event.event_type in ("CONSULT", "ASSAULT", "AID",
                                                              "COERCE", "MOBILIZE"):
        prep = "in"
        if re.search(r"\b(near|at|on)\s+" + re.escape(place), event.sentence):
            prep = re.search(r"\b(near|at|on)\s+" + re.escape(place), event.sentence).group(1)  # type: ignore[union-attr]
        if text.endswith(f" {verb_text}") and verb[0] in ("shell", "strike", "bomb", "attack"):
            text += f" {place}"  # "shelled the nearby city of Enerhodar": what was hit
        else:
            text += f" {prep} {place}"
    extra = [q for q in counts if q not in used_q and q.text.lower() not in text.lower()
             and not (is_people(q) and event.event_type in ("ASSAULT", "COERCE"))
             and q.unit.lower() not in DISTANCE_UNITS | BOMB_WEIGHTS][:1]
    # (no "(30-kilometer)", nor "(500 kg)" of "500 kg bombs")
    if extra and (not extra[0].text[:1].isdigit() and not extra[0].text[:1].isupper()
                  or _other_clause(event, extra[0].text)
                  or _what_thanks_are_for(event, extra[0].text)):
        extra = []
    durations = [q for q in durations if "-" not in q.text and re.search(
        r"\b(for|lasted|lasting|within|during)\s+(?:\w+\s+){0,2}" + re.escape(q.text),
        event.sentence) and not re.search(
        r"\b(?:not|never)\s+(?:\w+\s+){0,3}for\s+(?:\w+\s+){0,2}" + re.escape(q.text),
        event.sentence)]  # ("a 30-day ceasefire" names the truce's days, not the act's; "has
    # not seen for 75 years" is how long something was absent)
    if durations and durations[0].text not in text:
        lasting = quantity_phrase(durations[0], event.sentence)
        # "for 30 days", "for more than two hours"; "within 24 hours" has its own preposition
        text += f" {lasting}" if lasting.lower().startswith(("for ", "within ", "during ")) \
            else f", {lasting}" if lasting.lower().startswith("the ") else f" for {lasting}"
    if extra:
        text += f" ({lower_first(quantity_phrase(extra[0], event.sentence))})"
    return text


OWN_OBJECT_TYPES = frozenset({"ASSAULT", "RETREAT", "COERCE"})


def _other_clause(event: Event, said: str) -> bool:
    """Whether a figure is told in another clause than the event's verb ("exchanged 175
    prisoners each, and Russia also handed over 22 wounded soldiers": not the swap's)."""
    verb, figure = event.sentence.find(event.trigger or ""), event.sentence.find(said)
    if verb < 0 or figure < 0:
        return False
    between = event.sentence[min(verb, figure):max(verb, figure)]
    return bool(re.search(r",\s+(?:and|but|while|whereas|who|which)\s+|;", between))


def _listed_with(objects: list[Quantity], sentence: str) -> list[Quantity]:
    """The counts listed right after the first one ("22 individuals and 146 legal
    entities", "45 truck drivers, 36 sailors")."""
    listed: list[Quantity] = []
    last = objects[0].text
    for q in objects[1:]:
        if not any(f"{last}{sep}{q.text}" in sentence for sep in (" and ", ", ", ", and ")):
            break
        listed.append(q)
        last = q.text
    return listed


def _what_thanks_are_for(event: Event, said: str) -> bool:
    """Whether a figure tells what a named party is thanked for ("grateful to you that our
    cooperation allowed us to inoculate 900,000 Hungarian citizens"), not whom."""
    verb, figure = event.sentence.find(event.trigger or ""), event.sentence.find(said)
    return event.event_type == "SUPPORT" and any(codes_of(event.target)) and \
        0 <= verb < figure and bool(re.search(r"\b(?:that|for)\b",
                                              event.sentence[verb:figure]))


def _charged(event: Event) -> bool:
    """The act is what someone is accused of ("accused each other of violating the
    ceasefire"): the accusation tells it."""
    trig = re.escape(event.trigger or "")
    return bool(trig) and bool(re.search(r"\b(?:accus|blam|charg)\w*\b[^.;]*\b" + trig + r"\b",
                                         event.sentence, re.I))


_TRUCE_ACT = re.compile(
    r"(?i:\b(order|declar|announc|offer|propos|observ|introduc)\w*\s+(?:(?:an?|the) )?)"
    r"((?i:(?:[\w-]+ ){0,2}?(?:ceasefire|truce|armistice)\b)"
    r"(?: (?:in|on|along|at|for) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)?)")  # ("in Ukraine")
_TRUCE_VERBS: dict[str, Verb] = {
    "order": ("order", "ordered"), "declar": ("declare", "declared"),
    "announc": ("announce", "announced"), "offer": ("offer", "offered"),
    "propos": ("propose", "proposed"), "observ": ("observe", "observed"),
    "introduc": ("introduce", "introduced")}
# a condition told to its end, lists kept ("if Kyiv withdrew its troops from the Donetsk,
# Luhansk, Zaporizhzhia and Kherson regions and dropped its plans to join NATO")
_CONDITION = re.compile(r"\b(?:if|unless|provided that|on condition that)\b[^;:.!?\"“”()]*")
MAX_CONDITION_WORDS = 24


def truce_offer(event: Event) -> tuple[Verb, str] | None:
    """A truce the trigger names as a noun, with the verb that governs it and the condition
    put on it: ("order", "a ceasefire in Ukraine if Kyiv withdrew …")."""
    if event.event_type not in ("AGREE", "CONCEDE") or event.negated or \
            (event.trigger or "").lower() not in ("ceasefire", "truce", "armistice"):
        return None
    m = _TRUCE_ACT.search(event.sentence)
    if m is None:
        return None
    truce = m.group(2)
    text = f"a {truce}" if not truce.lower().startswith(("a ", "an ", "the ")) else truce
    cond = _CONDITION.search(event.sentence, m.end())
    if cond:
        words = cond.group(0).rstrip(", ").split()
        if len(words) > MAX_CONDITION_WORDS:
            cut = " ".join(words[:MAX_CONDITION_WORDS])
            words = (cut.rsplit(" and ", 1)[0] if " and " in cut else cut).split()
        text += " " + " ".join(words)
    return _TRUCE_VERBS[m.group(1).lower()], text


def _with_article(phrase: str, sentence: str) -> str:
    """The phrase with the article the sentence gives it ("the plant", not "plant")."""
    m = re.search(r"\b(the|its|their|a|an) " + re.escape(phrase) + r"\b", sentence)
    return f"{m.group(1)} {phrase}" if m and not phrase.lower().startswith(
        ("the ", "a ", "an ")) else phrase


INSTITUTION = re.compile(r"\b(?:Ministry|Council|Committee|Service|Staff|Forces|Army|Guard|"
                         r"Department|Agency|Command|Directorate|Parliament|Government|"
                         r"House|Palace)\b")  # (also "the White House")


def attribution(event: Event, outlet: str | None) -> str | None:
    """Who says so, when the brief must not state it as fact.

    The claimant when the coder found one; otherwise, for reported events and for every
    hostile act (attack, accusation, threat, coercion), the side whose outlet published it.
    """
    if event.claimant is not None:
        c = event.claimant
        if c.name and " " in c.name:
            return c.name
        text = (c.text or "").strip()
        if (text and " " in text and text[:1].isupper() and not PRONOUNS.search(text)
                and all(w[:1].isupper() for w in text.split())
                and not re.search(r"President|Minister|Head|Office|State|Adviser", text)):
            # "the Russian Defence Ministry", "the General Staff"; a person's name as it is
            return f"the {text}" if INSTITUTION.search(text) and not text.startswith("The ") \
                else text
        if c.sector == "CVL" and (people := _witnesses(c)):
            return people  # "residents said": not "Khartoum", nor "Kyiv"
        if c.sector == "REB" and (group := names.actor_name(c)):
            return group  # "separatists said", not "Moscow" for pro-Russian separatists
        spk = names.speaker(c.code)
        if spk:
            return spk
    side = names.outlet_side(outlet)
    if (event.modality == "reported" or event.event_type in HOSTILE) and side:
        return names.speaker(side[0])
    if side and _own_count(event, side[0]):
        return names.speaker(side[0])  # "we were able to evacuate 142,711 civilians from
        # Mariupol" (Shoigu): a side's own tally of its own good deeds is its claim
    return None


def _own_count(event: Event, side: str) -> bool:
    """Does a side's outlet count the people its own side aided, freed or let go?"""
    return event.event_type in ("AID", "RETREAT") and side in event.source_codes and any(
        is_people(q) for q in event.quantities)


WITNESS_NOUN = re.compile(r"(?:(?:local|some|many|several)\s+)?(?:residents|witnesses|locals|"
                          r"villagers|eyewitnesses|medics|doctors|people|survivors)", re.I)


def _witnesses(claimant: Actor) -> str | None:
    """Civilians who told of it, as the story names them ("residents", "witnesses"), else
    by their land ("Sudanese civilians")."""
    text = (claimant.text or "").strip()
    if WITNESS_NOUN.fullmatch(text):
        return text.lower()
    return names.actor_name(claimant)


def attribute(text: str, speaker: str | None, variant: int = 0) -> str:
    """'According to Kyiv, Russian forces shelled Kharkiv' / 'Moscow said Ukraine …'."""
    if not speaker:
        return text
    if variant % 2 == 0:
        return f"According to {speaker}, {text}"
    if text.startswith("on "):
        return f"{speaker} said that {text}"
    return f"{speaker} said {text}"


def sentence(text: str, cites: str) -> str:
    text = names.cap(text.strip())
    return f"{text} {cites}." if cites else f"{text}."


def has_content(event: Event, side: str | None = None) -> bool:
    """Does the sentence give what was asked, offered or refused (not just 'made demands')?"""
    if demand_clause(event, side) is not None:
        return True
    _, from_trigger = verb_for(event)
    return from_trigger and complement(event, side, possessive=_owns_its(event)) is not None


def _points_back(event: Event) -> bool:
    """Do the words after the trigger only point back ("such a situation")?"""
    found = _after_trigger(event)
    return found is not None and bool(_POINTS_BACK.match(" ".join(found[1].split())))


def _owns_its(event: Event) -> bool:
    """Is "its" in a refusal or a pause the one subject's ("would not implement the agreement
    until sanctions on its exports were lifted", "paused its military action")?"""
    return (event.negated or (event.trigger or "").lower().startswith(PUT_FORWARD)) and \
        len(event.source) == 1 and bool(event.source[0].code)


# ("paused its military action", "outlined its proposals": the subject's own)
PUT_FORWARD = ("paus", "outlin", "present", "submit", "tabl")


def headline_case(text: str) -> str:
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "with", "by", "at", "from",
             "or", "as", "but"}
    out = []
    for i, word in enumerate(text.split()):
        if i and word.lower() in small:
            out.append(word.lower())
        elif word[:1].islower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return " ".join(out)
