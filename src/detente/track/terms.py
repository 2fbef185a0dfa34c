"""What an agreement sentence says, read with regular expressions.

Everything here works on one sentence (and, for scope, the sentence before it): the kind of
arrangement it talks about, its scope terms, a fixed duration, a talks round or venue, the
act it reports (proposal, acceptance, agreement, refusal, withdrawal, entry into force,
violation, implementation) and the parties a sentence names by nationality when the
event's own actors are someone else ("Putin and Scholz discussed the round of talks between
Russian and Ukrainian representatives"). The tracker combines these with the event's type,
negation and actors in ``detente.track.mentions``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from detente.actors import person_names, resolve
from detente.actors.dictionary import PATRONAGE
from detente.nlp.lexicon import CITY_DOCUMENTS

# -- kinds -------------------------------------------------------------------------------

_NOT_EXCHANGE = (
    r"(?!\s+(?:of\s+)?(?:views|opinions|information|greetings|experience|letters|messages|"
    r"notes|ideas|assessments|data|visits|fire)\b)"
)
EXCHANGE = re.compile(
    r"\b(?:prisoners?[- ]of[- ]war|prisoners?|POWs?|captives?|detainees?)\b[^.;]{0,60}?\b"
    r"(?:exchang|swap)"
    r"|\b(?:exchang\w*|swap\w*)" + _NOT_EXCHANGE + r"\b[^.;]{0,80}?\b(?:prisoners?|POWs?|captiv\w*|"
    r"detainees?|"
    r"everyone for everyone|all for all|bodies|servicemen|defenders|our (?:boys|guys|people)|"
    r"military|soldiers|hostages)"
    r"|\bin return\b[^.;]{0,40}?\b(?:handed over|hand over|released|freed|returned)\b"
    r"[^.;]{0,40}?\b(?:prisoners?|POWs?|captives?|servicemen|soldiers)\b"  # (the other half)
    r"|\bexchange (?:offer|process|proposal)s?\b|\bprisoner[- ]swap"
    # both sides freeing theirs: "the coalition and the Houthis freed 887 prisoners"
    r"|\band (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:freed|released) (?:[\w,]+ ){0,3}?"
    r"(?:prisoners|detainees|captives)\b"
    r"|\bthe exchange\b" + _NOT_EXCHANGE +  # (not "the exchange of views")
    r"|\bexchange this\b"
    # the dead returned to each side: "handed over 1,212 bodies", "repatriation of bodies"
    r"|\b(?:handed over|hand over|return\w*|repatriat\w*|received) (?:of )?(?:the )?"
    r"(?:[\d,]+ )?bodies",
    re.I,
)
TALKS = re.compile(
    r"\b(?:round of (?:talks|negotiations|consultations)|(?:peace )?talks|negotiations?|"
    r"negotiating (?:process|table|teams?)|delegations?|consultations in the capitals|"
    r"(?:meeting|summit) between (?:the (?:two |three )?(?:presidents|leaders)|"
    r"(?:President )?(?:Vladimir )?Putin and (?:President )?(?:Volodymyr )?Zelensk\w*|"
    r"(?:President )?(?:Volodymyr )?Zelensk\w* and (?:President )?(?:Vladimir )?Putin)|"
    r"trilateral (?:meeting|summit)|meet (?:with )?(?:President )?(?:Putin|Zelensk\w+))\b",
    re.I,
)
TRANSPORT_CORRIDOR = re.compile(
    r"\b(?:transport|logistics?|logistical|railway|North-South|Europe-West|economic|"
    r"international|trade|southern|eastern|bureaucratic|Trans-European|Middle|land|"
    r"transmission|transit|export|pipeline|tour|tourist|air|flight)\s+"
    r"(?:and logistics\s+)?(?:corridors?|routes?)|corridor to Crimea|Corridor Via",
    re.I,
)
CORRIDOR = re.compile(
    r"\b(?:corridors?|evacuation routes?|routes? (?:for|of) (?:the )?(?:humanitarian|evacuation)|"
    r"safe (?:passage|routes?|departure)|humanitarian (?:convoys?|columns?|cargo)|"
    r"access for the humanitarian|evacuat\w+|humanitarian contact group|"
    r"(?:these|those|the|all|following|both|\d+|two|three|four|five) routes)\b",
    re.I,
)
CEASE = (
    r"cease[- ]?fire|truce|armistice|silence regime|regime of silence|"
    r"moratorium (?:on |against )?(?:\w+ ){0,3}?(?:strikes|attacks|shelling|hostilities|fire|"
    r"firing|bombing)|"
    r"cessation of (?:hostilities|fire|the assault|strikes|attacks)|"
    r"(?:stop|halt|cease|suspend|end)\w* (?:on |of )?(?:the |all |any )?"
    # "stop long-range drone and missile strikes"
    r"(?:(?:long-range|drone|missile|air|aerial|artillery|rocket|mutual|and) ){0,5}"
    r"(?:assault|hostilities|fire|firing|"
    r"shelling|strikes|attacks|offensive|bombing|military action|fighting)|"
    r"pause in hostilities|humanitarian pause|no direct fighting|"
    r"(?:eliminat\w*|renounc\w*|refrain\w* from) (?:the )?use of (?:military )?force|"
    # a zone kept free of fighting around a plant (not the "demilitarisation" of a country)
    r"protection zone|demilitari[sz]ed zone|(?:area|zone|plant|station)\b[^.]{0,40}?"
    r"\bdemilitari[sz]\w*|demilitari[sz]\w+ (?:of )?(?:the )?(?:area|zone|plant|station)|"
    r"refrain\w* from (?:attack\w*|strik\w*|hostilities|fir\w*|shelling)|"
    r"(?:mutual )?(?:suspension|cessation) of (?:strikes|attacks|hostilities)|"
    r"(?:the |a )(?:\d+-day |temporary |partial )?halt\b|"
    # a side's pledge to scale down around named places ("to drastically reduce military
    # activity around Kyiv and Chernihiv")
    r"(?:reduc|scal\w* (?:down|back)|curtail|de-escalat)\w* (?:the |its |their )?"
    r"(?:military activit\w*|hostilities|combat operations|military operations)"
)
CEASEFIRE = re.compile(r"\b(?:" + CEASE + r")", re.I)
# a deal on the sea itself, a partial truce: "the Black Sea deal", and the grain deal, whose
# ships were spared (not the 2022 grain talks, which name no deal)
GRAIN_DEAL = re.compile(r"\bgrain (?:deal|agreement|initiative)\b|"
                        # "signed agreements … to reopen Ukraine's Black Sea ports for grain"
                        r"\b(?:agreements?|deal)\b[^.;]{0,80}?\bto (?:re)?open\b[^.;]{0,40}?"
                        r"\bports?\b[^.;]{0,30}?\bgrain\b", re.I)
MARITIME_DEAL = re.compile(r"\bBlack Sea (?:grain )?(?:agreement|deal|accord|arrangement|"
                           r"initiative)s?\b|" + GRAIN_DEAL.pattern + "|"
                           r"\bmaritime (?:ceasefire|truce|deal|agreement)", re.I)
PAUSE_HINT = re.compile(
    r"\b(?:routes?|corridors?|evacuat\w*|convoys?|\d{1,2}[:.]\d\d|\d{1,2} ?(?:am|pm)\b|"
    r"o'clock|\d+[- ]hours?(?! of (?:talks|negotiations|discussions|meetings?))|"
    r"for the period of|silence regime|humanitarian)\b",
    re.I,
)
# what makes a truce a full one ("a complete ceasefire"; "refused a full ceasefire")
FULL_WORDS = r"full|complete|comprehensive|general|total|unconditional|immediate|all-out"
FULL_CEASEFIRE = re.compile(
    rf"\b(?:{FULL_WORDS}|full-scale|nationwide|permanent|lasting|durable)[- ]"
    r"(?:(?:\d+|\w+)-day )?"
    r"(?:ceasefire|cease-fire|truce|cessation)",
    re.I,
)
PEACE = re.compile(
    r"\b(?:peace (?:agreement|treaty|deal|accord|plan|settlement|formula)|"
    r"Istanbul (?:agreements?|understandings?|communiqu\w+|arrangements?)|"
    r"agreements? (?:reached |we reached )?in Istanbul|reached certain agreements in Istanbul|"
    r"security guarantees|Minsk (?:agreements?|accords?|package|protocols?)|"
    r"(?:treaty|document) on (?:security|guarantees)|political settlement|"
    r"political bloc of settlement)\b",
    re.I,
)
# the treaty on security guarantees (Moscow's demands of NATO in December 2021, Kyiv's
# guarantors): a peace_agreement by kind, but named for what it is
SECURITY_GUARANTEES = re.compile(r"\bsecurity guarantees\b|\b(?:treaty|document) on "
                                 r"(?:security|guarantees)\b", re.I)


def guarantees_only(sentences: list[str]) -> bool:
    """Do the sentences speak of security guarantees and of no peace deal besides?"""
    return any(SECURITY_GUARANTEES.search(s) for s in sentences) and not any(
        PEACE.search(SECURITY_GUARANTEES.sub("", s)) for s in sentences)


GRAIN = re.compile(
    r"\b(?:(?:grain|agricultural|agro-industrial|food|fertili[sz]er)s? (?:products? )?"
    r"(?:exports?|shipments?|shipping|corridors?|deal|initiative)|"
    r"export\w* (?:of )?(?:\w+ )?(?:grain|agricultural|food|agro)|"
    r"unblock\w* (?:the |our |Ukrainian |of )*(?:sea)?ports|safe navigation|cargo shipping|"
    r"ships with grain|move (?:this |the )?grain|grain (?:from|out of) (?:the )?(?:\w+ )?ports)",
    re.I,
)
RELEASE = re.compile(
    r"\b(?:release\w*|freed|free(?:d)? from captivity|is free|returned from captivity|"
    r"handed over (?:[\d,]+ )?(?:bodies|(?:\w+ )?(?:prisoners|POWs|captives|servicemen))|"
    r"return(?:ed)? (?:home )?from captivity|set free|liberat\w+ from captivity)\b",
    re.I,
)

KIND_LABEL = {
    "ceasefire": "ceasefire",
    "partial_ceasefire": "partial ceasefire",
    "humanitarian_pause": "humanitarian pause",
    "humanitarian_corridor": "humanitarian corridor",
    "prisoner_exchange": "prisoner exchange",
    "talks": "talks",
    "peace_agreement": "peace agreement",
    "other": "arrangement",
}
GUARANTEES_LABEL = "security guarantees"

# -- scope -------------------------------------------------------------------------------

THEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("energy infrastructure", re.compile(
        r"\benergy\b(?! (?:security|cooperation|prices?|supplies|supply|markets?|resources|"
        r"sector|policy|carriers|dialogue|transition|efficiency|projects?|companies|agency))|"
        r"(?<!nuclear )power (?:plants?|grid|"  # (a nuclear plant is its own theme)
        r"stations?)|electricity|refiner(?:y|ies)\b", re.I)),
    ("civilian infrastructure", re.compile(r"\bcivilian (?:infrastructure|targets|objects|"
                                           r"facilities)\b", re.I)),
    ("nuclear power plant", re.compile(r"\bnuclear (?:power )?(?:plant|station)|\bNPP\b|"
                                       r"\bZNPP\b|\bZaporizhzhia plant", re.I)),
    ("Black Sea", re.compile(r"\bBlack Sea\b|\bSea of Azov\b|\bAzov-Black Sea|maritime|"
                             r"\bships?\b|\bvessels?\b|seaports?|\bports?\b", re.I)),
    ("grain", re.compile(r"\bgrain|agricultural (?:products|produce|exports)|agro-industrial|"
                         r"food exports?|fertili[sz]er", re.I)),
    ("prisoners of war", re.compile(r"\bprisoners?[- ]of[- ]war\b|\bPOWs?\b", re.I)),
    ("Easter", re.compile(r"\bEaster\b", re.I)),
    ("Christmas", re.compile(r"\bChristmas\b", re.I)),
    ("New Year", re.compile(r"\bNew Year\b")),
    ("Victory Day", re.compile(r"\bVictory Day\b|\bMay 9\b|\banniversary of (?:the )?(?:Soviet )?"
                               r"victory\b|\bvictory in (?:World War (?:Two|II)|the Great "
                               r"Patriotic War)\b", re.I)),
    ("Ramadan", re.compile(r"\bRamadan\b|\bEid\b")),
)
HOLIDAYS = {"Easter", "Christmas", "New Year", "Victory Day", "Ramadan"}
# Themes that make a ceasefire partial (a target set or a sea), as opposed to a holiday.
PARTIAL_THEMES = {"energy infrastructure", "civilian infrastructure", "nuclear power plant",
                  "Black Sea"}

_PROPER = re.compile(r"\b[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)*\b")
_STOP = {
    # function words and sentence openers
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "As", "By",
    "For", "From", "To", "Of", "And", "But", "Or", "So", "If", "We", "Our", "They", "Their", "He",
    "She", "His", "Her", "I", "You", "Your", "Today", "Yesterday", "Tomorrow", "Now", "Also",
    "However", "According", "During", "After", "Before", "Unfortunately", "Of course", "Yes",
    "No", "Not", "Only", "Moreover", "Meanwhile", "Thus", "Then", "There", "Here", "Why", "What",
    "When", "Where", "Who", "How", "All", "Every", "Each", "Both", "Some", "Many", "Mr", "Ms",
    "Mrs", "Dr", "Head", "State", "Office", "Deputy", "Prime", "Minister", "Ministry",
    "President", "Presidents", "Secretary-General", "Secretary", "General", "Chancellor",
    "Federation", "Republic", "Republics", "Government", "Cabinet", "Council", "Armed",
    "Forces", "Defence", "Defense", "Affairs", "Foreign", "Reintegration", "Temporarily",
    "Occupied", "Territories", "Soviet", "World War Two", "World War II", "Adviser", "Advisor",
    "Head of State", "Holiness", "Pope",
    "Committee", "Red", "Cross", "International", "United", "Nations", "National", "Guard",
    "Arab", "Emirates", "Orthodox", "Catholic", "Christmas", "Easter",
    "Main", "Intelligence", "Directorate", "Kyiv time", "Moscow time", "Russian",
    "Ukrainian", "Russians", "Ukrainians", "Russia", "Ukraine", "Kremlin", "Kiev", "Moscow",
    "European", "Union", "West", "Western", "American", "Americans", "Turkish", "Belarusian",
    "Volodymyr", "Zelenskyy", "Zelensky", "Vladimir", "Putin", "Iryna", "Vereshchuk",
    "Mykhailo", "Podoliak", "Podolyak", "Andriy", "Yermak", "Antonio", "António", "Guterres",
    "Sergei", "Lavrov", "Recep", "Tayyip", "Erdogan", "Emmanuel", "Macron", "Olaf", "Scholz",
    "Joseph", "Biden", "Joe", "Davyd", "Arakhamia", "David", "Medinsky", "Vladimir Medinsky",
    "Ministry of Defense", "Special", "Military", "Operation", "Secretary-General's",
    "Donbass", "Donbas", "Day", "Cosmonautics", "Nazi", "Nazis", "Christian", "Christians",
    "God", "Great", "Patriotic", "War", "Summit", "Normandy", "Format", "OCHA", "UN", "ICRC",
    "OSCE", "NATO", "EU", "UNICEF", "Oblast", "Region", "City", "Village", "Street",
    "Avenue", "Quarter", "Victory", "Ukrainian-Russian", "Russian-Ukrainian",
    "Servant", "People", "Party", "Faction", "Look", "Listen",
    # sentence openers and titles that precede a place preposition
    "Hence", "Therefore", "Overall", "First", "Second", "Third", "Virtually", "Economy",
    "Justice", "Health", "Finance", "Energy", "Infrastructure", "Ministers", "Minister's",
    # documents named after a place ("the Package of Measures"), campaigns, slogans
    "Package", "Measures", "Supporting", "Life",
}
# a title in a name makes it a person's ("German President Frank-Walter Steinmeier")
_TITLES = {"President", "Minister", "Chancellor", "Secretary", "Ambassador", "King", "Queen",
           "Prince", "Mr", "Ms", "Mrs", "Dr", "Pope", "Premier", "Governor", "Mayor",
           "Chairman", "Speaker", "Envoy", "Patriarch", "Emir", "Sheikh"}
_INSTITUTIONS = {
    "Service", "Services", "Affairs", "Agency", "Ministry", "Department", "Office", "Committee",
    "Council",
    "Administration", "Directorate", "Headquarters", "Staff", "Bureau", "Commission", "Court",
    "Parliament", "Rada", "Duma", "Assembly", "Fund", "Bank", "Company", "Corporation",
    "Organization", "Organisation", "University", "Institute", "Centre", "Center", "Church",
    "Emergency", "Security", "Prosecutor", "Guard", "Police", "Army", "Navy", "Forces",
    "Knesset", "Senate", "Congress", "Sejm", "Bundestag", "House", "Lady", "Rosatom",
    "Gazprom", "Naftogaz", "Forum", "Olena", "Zelenska",
    "Stream", "TurkStream", "Pipeline",  # gas pipelines ("Nord Stream 2"): no place a deal covers
}
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",
)
_STOP.update(_MONTHS)
# Talks venues and the state that hosts them (a host is recorded as a mediator).
VENUES: dict[str, str] = {
    "Istanbul": "TUR", "Antalya": "TUR", "Ankara": "TUR", "Turkey": "TUR", "Türkiye": "TUR",
    "Belarus": "BLR", "Gomel": "BLR", "Brest": "BLR", "Belovezhskaya Pushcha": "BLR",
    "Minsk": "BLR", "Ukraine-Belarus border": "BLR", "Geneva": "CHE", "Jeddah": "SAU",
    "Riyadh": "SAU", "Doha": "QAT", "Abu Dhabi": "ARE", "Vatican": "VAT",
    "Anchorage": "USA", "Alaska": "USA",
}
# venues whose host holds the talks itself (a summit at home), no go-between
HOME_VENUES = {"Anchorage", "Alaska"}
COUNTRY_VENUES = {"Turkey", "Türkiye", "Belarus", "Alaska"}
_VENUE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, VENUES), key=len, reverse=True)) + r")\b"
)


def themes(text: str) -> list[str]:
    return list(_themes(text))


# cheap lower-case gates: a theme's pattern runs only when one of these is in the sentence
_THEME_GATES = {
    "energy infrastructure": ("energy", "power", "electric", "refiner"),
    "nuclear power plant": ("nuclear", "npp"),
    "Black Sea": ("sea", "ship", "vessel", "port", "maritime"),
    "grain": ("grain", "agri", "agro", "food", "fertili"),
    "prisoners of war": ("prisoner", "pow"),
    "Easter": ("easter",), "Christmas": ("christmas",), "New Year": ("new year",),
    "Victory Day": ("victory", "may 9"), "Ramadan": ("ramadan", "eid"),
}


@lru_cache(maxsize=100_000)
def _themes(text: str) -> tuple[str, ...]:
    low = text.lower()
    return tuple(name for name, pattern in THEMES
                 if any(g in low for g in _THEME_GATES.get(name, ("",))) and pattern.search(text))


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:from|to|in|of|near|at|for|around|through|via|towards|outside|inside|into|"
    r"the city of|the town of|the village of|direction of)|[-–,:])\s*(?:the\s+)?$"
)
_SPEAKS = re.compile(r"\s+(?:and (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*\s+)?"
                     r"(?:said|says|told|added|stressed|noted|wrote|announced)\b")
_PLACE_AFTER = re.compile(
    r"^\s*(?:plant|steel|port|ports|region|oblast|district|city|town|village|direction|"
    r"residents|NPP|nuclear|refinery|bridge|border|checkpoint|route|corridor|-|–|,)",
)


# "Yemen's warring parties": the two sides of a land's war, not its state
WARRING = re.compile(r"\bwarring (?:parties|sides|factions)\b", re.I)
_PATRON_AFTER = re.compile(r"-(?:" + "|".join(sorted(PATRONAGE)) + r")\b")


def places(text: str, skip: frozenset[str] | None = None) -> list[str]:
    return list(_places(text, skip or frozenset()))


@lru_cache(maxsize=100_000)
def _places(text: str, skip: frozenset[str]) -> tuple[str, ...]:
    """Proper nouns of a sentence that read as places (towns, plants, routes).

    Crude on purpose: a capitalised word counts when a place preposition or a route dash
    comes before it or a place noun after it ("from Sumy", "the Azovstal plant",
    "Enerhodar - Zaporizhzhia"), and it is not a known name of a person, state or
    institution. Places only need to overlap between two mentions of one corridor and
    differ between two different corridors.
    """
    found: list[str] = []
    go_betweens = [g.span(1) for g in _GO_BETWEENS.finditer(text)]
    for m in _PROPER.finditer(text):
        word = m.group(0)
        if any(a <= m.start() < b for a, b in go_betweens):
            continue  # "talks mediated by Qatar, Egypt and the United States": who, not where
        if word.endswith(("'s", "’s")) and _OFFICE_AFTER.match(text[m.end():]):
            continue  # "Qatar's prime minister said": a speaker's state
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        word = re.split(r"['’]s ", word)[-1]  # "Ukraine's Black Sea" is the Black Sea
        if word in ("Control", "Contact") and text[:m.start()].endswith("Line of "):
            word = f"Line of {word}"  # the Line of Control, the line of contact in Donbas
        before = text[max(0, m.start() - 30):m.start()]
        if word.lower() in _CAPITALS and _AROUND.search(before):
            if word not in found:
                found.append(word)  # "around Kyiv": the city, not its government
            continue
        if word.lower() in DEMONYMS or _a_person(word):
            continue  # "the United States", "Peter Maurer", "Oleksiy Danchenko"
        if _PATRON_AFTER.match(text[m.end():]) or _PATRON_AFTER.search(word):
            continue  # "the Iran-aligned Houthis": a backer, not where
        while " " in word and word.split(" ", 1)[0] in _STOP:
            word = word.split(" ", 1)[1]  # "In Kherson" opening a sentence is Kherson
        if _a_person(word) or _ends_with_a_person(word) or (
                " " in word and _SPEAKER_BEFORE.search(before)):
            continue  # "the European Council Charles Michel"; "says Tetiana Lomakina"
        parts = [p for p in re.split(r"[- ]", word) if p]
        if word in _STOP or word in skip or all(p in _STOP or p in skip for p in parts) or any(
                p in _INSTITUTIONS or p in _TITLES for p in parts):
            continue
        if _OFFICE_OF.search(before):
            continue  # "the defence ministers of Thailand and Cambodia": whose, not where
        after = text[m.end():m.end() + 20]
        if _SPEAKS.match(text[m.end():m.end() + 60]):
            continue  # (", Zelenskiy said", ", Saudi Arabia and the United States said")
        listed = bool(found) and re.search(re.escape(found[-1]) + r"\W{0,3}(?:and|or)\s+$",
                                           text[:m.start()])
        if not (_PLACE_BEFORE.search(before) or _PLACE_AFTER.search(after) or listed) or \
                _SPEAKS.match(after):
            continue  # (", Zelenskiy said": a speaker, not one more place of a list)
        adjective = word.endswith(("ian", "ese")) and re.match(r"\s+[a-z]", after)
        if word not in found and len(word) > 2 and word.lower() not in DEMONYMS and not adjective:
            found.append(word)
    return tuple(found)


_NAME = r"(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
_OFFICE_OF = re.compile(r"\b(?:ministers?|presidents?|leaders?|heads?|governments?|chiefs?|"
                        r"commanders?|officials?|authorities|delegations?|representatives)"
                        r" of (?:the )?(?:[A-Z][\w-]+ and )?$")
_OFFICE_AFTER = re.compile(r"\s+(?:(?:acting|interim|deputy|former) )?(?:prime minister|"
                           r"president|foreign|defen[cs]e|government|"
                           r"army|military|leader|spokes|envoy|officials?)\b")
_GO_BETWEENS = re.compile(r"\b(?:(?:mediated|brokered|facilitated|sponsored|guaranteed|hosted) by|"
                          r"(?:mediation|good offices) (?:of|by)) "
                          rf"({_NAME}(?:(?:, {_NAME})*,? and {_NAME})?)")  # (a list ends in "and")


def go_between_codes(text: str) -> list[str]:
    """The states a sentence names as go-betweens ("in an exchange mediated by the United
    Arab Emirates", "after mediation by Qatar")."""
    return [c for g in _GO_BETWEENS.finditer(text) for c in sentence_codes(g.group(1))]


_AROUND = re.compile(r"\b(?:around|near|outside|towards|directions? of)\s+$")


_SPEAKER_BEFORE = re.compile(r"\b(?:says|said|according to|told by)\s+$")


_SPEAKERS = re.compile(r"((?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*(?: and (?:the )?[A-Z][\w.-]*"
                       r"(?: [A-Z][\w.-]*)*)?)(?: (?:senior |military |government )?(?:"
                       r"officials?|spokes(?:man|woman|person)|diplomats?|sources?|envoys?))?"
                       r"\s+(?:said|says|announced|stated)\b")  # ("a U.S. official said")


def speaker_codes(text: str) -> list[str]:
    """The states named as those who say it ("…, Saudi Arabia and the United States said")."""
    return [c for m in _SPEAKERS.finditer(text) for c in sentence_codes(m.group(1))]


def _ends_with_a_person(word: str) -> bool:
    parts = word.split()
    return any(" ".join(parts[i:]) in person_names()[0] for i in range(1, len(parts) - 1))


def _a_person(word: str) -> bool:
    """A name of the dictionary's people, or one with a given name of theirs before another
    capitalised word ("Minister of Economy Yulia Svyrydenko")."""
    names, given = person_names()
    parts = word.split()
    return word in names or any(p in given and nxt[:1].isupper()
                                for p, nxt in zip(parts, parts[1:], strict=False))


@lru_cache(maxsize=100_000)
def venue(text: str) -> str | None:
    """The talks venue a sentence names; a city before its country ("thanked Turkey for
    hosting … talks in Istanbul" is Istanbul)."""
    found = [m.group(1) for m in _VENUE.finditer(text)]
    cities = [v for v in found if v not in COUNTRY_VENUES]
    return (cities or found or [None])[0]


_TALKS_IN = re.compile(r"\b(?:(?:talks|negotiations|summit|meeting|consultations)(?: held| "
                       r"between [^,.;]{3,40}?)?|(?:agreed|met|signed)(?: on \w+day)?) in "
                       r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)")  # ("hosting talks between the two
# countries' leaders in Putrajaya", "agreed in Kuala Lumpur on Thursday": where, no scope)


def talks_venues(text: str) -> list[str]:
    """Where talks were held ("after ten days of talks in Pretoria"), known venue or not; where
    a deal was agreed or signed when that is a capital or a venue (not "a truce agreed in
    Mariupol", its scope)."""
    return [m.group(1) for m in _TALKS_IN.finditer(text)
            if not m.group(0).startswith(("agreed", "met", "signed")) or
            m.group(1) in VENUES or _a_capital(m.group(1))]


def _a_capital(name: str) -> bool:
    found = resolve(name)
    return found is not None and found.sector == "GOV" and found.text == name


def venue_host(name: str | None) -> str | None:
    """The state a venue's talks are held in as a go-between ("Istanbul": Turkey)."""
    return VENUES.get(name) if name and name not in HOME_VENUES else None


def same_venue(a: str, b: str) -> bool:
    """"Talks in Turkey" may be the Istanbul round; Istanbul is not Antalya."""
    if a == b:
        return True
    return VENUES.get(a) == VENUES.get(b) and (a in COUNTRY_VENUES or b in COUNTRY_VENUES)


# -- nationality words to codes (for parties named in the sentence, not in the actors) ----

DEMONYMS: dict[str, str] = {
    "russian": "RUS", "russia": "RUS", "moscow": "RUS", "kremlin": "RUS",
    "ukrainian": "UKR", "ukraine": "UKR", "kyiv": "UKR", "kiev": "UKR",
    "us": "USA", "u.s.": "USA", "american": "USA", "united states": "USA", "washington": "USA",
    "turkish": "TUR", "turkey": "TUR", "ankara": "TUR",
    "belarusian": "BLR", "belarus": "BLR", "minsk": "BLR",
    "french": "FRA", "france": "FRA", "german": "DEU", "germany": "DEU",
    "british": "GBR", "uk": "GBR", "united kingdom": "GBR", "britain": "GBR",
    "israeli": "ISR", "israel": "ISR",
    "swiss": "CHE", "switzerland": "CHE", "chinese": "CHN", "china": "CHN",
    "un": "UN", "united nations": "UN", "red cross": "ICRC", "icrc": "ICRC",
    "russian federation": "RUS", "russian side": "RUS", "ukrainian side": "UKR",
    "secretary-general": "UN",
    "osce": "OSCE", "eu": "EUR", "european union": "EUR", "nato": "NATO",
    "saudi": "SAU", "qatari": "QAT", "emirati": "ARE",
    "saudi arabia": "SAU", "qatar": "QAT", "united arab emirates": "ARE", "uae": "ARE",
    "egypt": "EGY", "egyptian": "EGY", "vatican": "VAT", "holy see": "VAT",
    "african union": "AFR",
    "azerbaijan": "AZE", "azerbaijani": "AZE", "armenia": "ARM", "armenian": "ARM",
}
_ACRONYMS = {"us", "u.s.", "uk", "un", "eu", "osce", "icrc", "nato"}
_DEM = (r"(?:" + "|".join(sorted((re.escape(k) for k in DEMONYMS if k not in _ACRONYMS),
                                key=len, reverse=True))
        + r"|(?-i:" + "|".join(re.escape(k.upper()) for k in sorted(_ACRONYMS, key=len,
                                                                     reverse=True)) + r"))")
_NAMED = re.compile(r"\b(?:the )?(" + _DEM + r")(?:'s|’s)?(?!\w)", re.I)
_CAPITALS = {"minsk", "moscow", "kyiv", "kiev", "ankara", "washington"}
_DOCUMENT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(
    CITY_DOCUMENTS, key=len, reverse=True)) + r")s?\b", re.I)


def sentence_codes(text: str) -> list[str]:
    """Codes of the states and organisations a sentence names, in order of appearance."""
    return list(_sentence_codes(text))


@lru_cache(maxsize=100_000)
def _sentence_codes(text: str) -> tuple[str, ...]:
    codes: list[str] = []
    for m in _NAMED.finditer(text):
        if m.group(1).lower() in _CAPITALS and _DOCUMENT_AFTER.match(text, m.end()):
            continue  # "the Minsk agreements": where they were signed, no party
        code = DEMONYMS.get(m.group(1).lower())
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


_GUARANTORS = re.compile(r"\b(?:guarantees?|guaranteed|guarantors?)\b (?:from|by|of|such as|"
                         r"including)\b[^;:]*", re.I)


def guarantor_codes(text: str) -> list[str]:
    """States named as guarantors ("security guarantees from a group of countries including
    the United States, Britain, France and Turkey"): not the side a proposal is made to."""
    return [c for m in _GUARANTORS.finditer(text) for c in sentence_codes(m.group(0))]


_SIDE = (r"(?:(?:representatives|delegations?|delegates|officials|negotiators|side) "
         r"(?:of|from) (?:the )?)?")
_BETWEEN = re.compile(
    r"\bbetween (?:the )?" + _SIDE + r"(" + _DEM + r")\b[^.;,]{0,40}?\band (?:the )?" + _SIDE
    + r"(" + _DEM + r")\b"
    r"|\b(" + _DEM + r")(?:-| and )(" + _DEM + r")\b(?= (?:talks|negotiations|delegations|"
    r"representatives|parties|sides|teams))"
    r"|\bdelegations of (" + _DEM + r") and (" + _DEM + r")\b"
    r"|\b(?:representatives|delegations) of (?:the )?(" + _DEM + r")\b[^.;]{0,30}?\band (?:of )?"
    r"(?:the )?(" + _DEM + r")\b",
    re.I,
)


def named_pair(text: str) -> list[str]:
    return list(_named_pair(text))


@lru_cache(maxsize=100_000)
def _named_pair(text: str) -> tuple[str, ...]:
    """Codes of the two sides a sentence names ("between Russian and Ukrainian delegations")."""
    m = _BETWEEN.search(text)
    if not m:
        return ()
    words = [g for g in m.groups() if g]
    codes = []
    for w in words:
        code = DEMONYMS.get(w.lower())
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


# -- numbers, durations, rounds, dates ----------------------------------------------------

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90, "a": 1, "an": 1,
}
_NUM = r"(\d{1,3}|" + "|".join(k for k in NUMBER_WORDS if len(k) > 2) + r")"
DURATION = re.compile(
    _NUM + r"[- ](?:calendar[- ])?(day|days|week|weeks|month|months|hour|hours)\b"
    r"(?:[- ]long)?",
    re.I,
)
_DURATION_CONTEXT = re.compile(
    r"\b(?:" + CEASE + r"|halt|pause|regime|period|stage|corridor)", re.I
)
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}
ROUND = re.compile(
    r"\b(" + "|".join(ORDINALS) + r")\s+round\b|\bround\s+(?:no\.?\s*)?(\d+)\b", re.I
)
NEXT_ROUND = re.compile(r"\b(?:next|new|another|latest|last|recent|previous|current) round\b", re.I)
_MONTH_NUM = {m.lower(): i + 1 for i, m in enumerate(_MONTHS[:12])}
DATE_REF = re.compile(
    r"\b(?:the\s+)?(" + "|".join(_MONTHS[:12]) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?:agreements?|accords?|deal|understandings?|talks|meeting|round|arrangements?|truce|"
    r"ceasefire|memorandum|commitments?)"
    r"|\b(?:agreements?|understandings?|arrangements?|agreed|reached|talks|meeting)\s+"
    r"(?:\w+\s+){0,4}?(?:on|of|dated)\s+(" + "|".join(_MONTHS[:12]) + r")\s+(\d{1,2})\b"
    r"(?:,?\s+(\d{4})\b)?",  # "agreed on July 22, 2020": its own year
    re.I,
)


_LOOKING_BACK = re.compile(r"\b(?:previous|past|last|recent|first|these|those)\s+$", re.I)
# "proposed extending the ceasefire for 30 days": the extension's term, not the truce's
_EXTENDING = re.compile(r"\b(?:extend|prolong|renew)\w*\b[^.;]{0,40}$", re.I)
OF_TALKS = re.compile(r"\s+of\s+(?:(?:[\w-]+\s+){0,3}?(?:talks|negotiations|discussions?|"
                      r"consultations|meetings?|fighting|strikes|clashes|shelling|hostilities|"
                      r"war|warfare|violence|bombardment|attacks|combat)\b)")
# ("after four days of missile and drone strikes": how long the fighting went on)
# "to take effect in stages over the next 24 hours": the time it takes to start, not its term
_PHASING_IN = re.compile(r"\b(?:take|takes|taking|took) (?:full )?effect\b[^.;]{0,30}?"
                         r"\b(?:over|within|in) the (?:next|coming)\s+$|\bwithin\s+$", re.I)


@lru_cache(maxsize=100_000)
def duration_days(text: str) -> int | None:
    """A fixed duration in whole days ("30-day halt", "for two days"); hour windows are None."""
    if not _DURATION_CONTEXT.search(text):
        return None
    for m in DURATION.finditer(text):
        if _LOOKING_BACK.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "the work of corridors in the previous two days" is no fixed term
        if _EXTENDING.search(text[max(0, m.start() - 60):m.start()]):
            continue
        if _PHASING_IN.search(text[max(0, m.start() - 60):m.start()]):
            continue
        if OF_TALKS.match(text, m.end()):
            continue  # "after ten days of talks": how long the talks took
        raw, unit = m.group(1).lower(), m.group(2).lower()
        value = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if not value:
            continue
        if unit.startswith("hour"):
            if value >= 24 and value % 24 == 0:
                return value // 24
            continue
        if unit.startswith("week"):
            return value * 7
        if unit.startswith("month"):
            return value * 30
        return value
    return None


@lru_cache(maxsize=100_000)
def round_number(text: str) -> int | None:
    if "round" not in text.lower():
        return None
    m = ROUND.search(text)
    if not m:
        return None
    if m.group(1):
        return ORDINALS[m.group(1).lower()]
    return int(m.group(2))


def date_refs(text: str, year: int) -> list[date]:
    return list(_date_refs(text, year))


@lru_cache(maxsize=100_000)
def _date_refs(text: str, year: int) -> tuple[date, ...]:
    found = []
    for m in DATE_REF.finditer(text):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        try:
            found.append(date(int(m.group(5) or year), _MONTH_NUM[month.lower()], int(day)))
        except ValueError:
            continue
    return tuple(found)


_STARTS = re.compile(
    r"\bfrom (?:(?:noon|midnight|\d{1,2}(?:[:.]\d\d)? ?(?:a\.m\.|p\.m\.|am|pm)) on )?"
    r"(" + "|".join(_MONTHS[:12]) + r") (\d{1,2})\b(?=[^.;]{0,40}?\b(?:to|until|till|through)\b)")


_UNTIL_DAY = re.compile(r"\b(?:until|till|through) (" + "|".join(_MONTHS[:12]) + r") (\d{1,2})\b")


def until_day(text: str, year: int) -> date | None:
    """The day a truce is extended to ("will be extended until February 18")."""
    return _day_named(_UNTIL_DAY, text, year)


def _day_named(pattern: re.Pattern[str], text: str, year: int) -> date | None:
    """The day (month name, day number) the pattern's two groups name in the text."""
    m = pattern.search(text)
    if m is None:
        return None
    try:
        return date(year, _MONTH_NUM[m.group(1).lower()], int(m.group(2)))
    except ValueError:
        return None


# "halt all military activity from 6 p.m. Moscow time on Saturday": from the day it is told
FROM_CLOCK = re.compile(r"\b(?:from|as of|starting(?: at)?|beginning(?: at)?) (?:\d{1,2}"
                        r"(?:[:.]\d\d)? ?(?:[ap]\.?m\.?|hours?|o'clock)|\d{1,2}[:.]\d\d|"
                        r"midnight|noon)", re.I)


def start_day(text: str, year: int) -> date | None:
    """The first day of a truce its declaration names ("a 72-hour ceasefire … from May 8 to
    May 10"): its days run from then, not from the day it was declared."""
    return _day_named(_STARTS, text, year)


# -- acts ---------------------------------------------------------------------------------

PROPOSE = re.compile(
    r"\b(?:propos\w*|offer\w*|suggest\w*|initiative|put forward|ready to|readiness|"
    r"willing\w*|prepared to|sent (?:to )?(?:the )?\w+(?: \w+)? (?:side )?(?:the )?"
    r"(?:developed )?routes|call(?:s|ed)? on \w+(?: \w+)? to agree|stood for|stands for|"
    r"plan\b|draft)",
    re.I,
)
PROPOSED_BY = re.compile(r"\b(?:proposed|offered|suggested|put forward|initiated) by\b|"
                         r"\b(?:proposals?|offer|initiative|plan) (?:of|from|by)\b", re.I)
ACCEPT = re.compile(r"\baccept\w*|\bconsent\w*|\bapprov\w*|\bconfirm\w*|\bsupported\b|"
                    r"\bresponded\b|\bsaid yes\b|\bendorse\w*|\bwould (?:support|back)\b", re.I)
AGREED = re.compile(
    r"\bagree\w*|\bagreement|\b(?:reach|struck|strike)\w* (?:an? |the |certain )?(?:separate |"
    r"new |\w+-\w+ )?(?:agreement|understanding|deal|consensus)|\bunderstandings?\b|"
    r"\bdecision was made|\bdecided|\bcommitments?\b|"
    r"\bcommit(?:s|ted)? (?:to|itself|themselves)\b|"
    r"\bundertak\w*|\bundertook|(?<!security )\bguarantee\w*|\bsign\w*|\bpromis\w*|"
    r"\binitial(?:l?ed)\b|"
    r"\bapprov\w*|"
    r"\bmanaged to (?:agree|organi[sz]e|establish|achieve)|\bestablished\b|\barranged\b",
    re.I,
)
RECIPROCAL = re.compile(
    r"\b(?:the|both) (?:parties|sides)\b|\breached an? (?:[\w-]+ ){0,3}?(?:agreement|"
    r"understanding|deal|accord)|\bsigned an? (?:[\w-]+ ){0,3}?(?:agreement|deal|accord)|"
    r"\bbilateral (?:ceasefire|cease-fire|truce)|"
    r"\bhave been agreed|\bhas been agreed|\bwere agreed|\bwas agreed|\bbeen agreed|"
    r"\bagreed (?:up)?on\b|\bIt was agreed|\bagreed with\b|\bmutual\w*|\bjoint\w*|"
    r"\breached (?:\w+ )?agreements|"
    r"\bthe two (?:leaders|presidents|sides)|\bdelegations\b|\bwe (?:managed to )?agree",
    re.I,
)
REJECT = re.compile(r"\breject\w*|\brefus\w*|\bdeclin\w*|\bturned down|\bdismiss\w*|"
                    r"\bdid not agree|\bdoes not agree|\bwill not agree|\bnot ready", re.I)
WITHDRAW = re.compile(r"\bwalked away|\bwithdr[ae]w\w*(?! (?:its |their |our |all |the )?(?:troops|"
                      r"forces|army|units|soldiers|military))|"  # (a retreat is no deal left)
                      r"\brenounc\w*|\bpulled out|\bbacktrack\w*|\babandon\w*|\brevok\w*|"
                      r"\brescind\w*|\bwent back on|\breneg\w*|"
                      r"\bsuspend\w* (?:its |their |our )?participation|\bquit(?:s|ting)?\b",
                      re.I)
# a deal returned to, what follows it the terms ("would return to the grain deal as soon as …")
RETURN_TO = re.compile(r"\breturn\w* to ((?:the |its )?(?:[\w-]+ ){0,3}(?:deal|agreement|"
                       r"initiative|accord|treaty)\b[^.;]*)", re.I)
# what is left: "pulled out of the Black Sea grain deal", not troops out of a town
LEFT_A_DEAL = re.compile(r"\b(?:out of|from|in|quit(?:s|ting)?) (?:the )?(?:[\w-]+ ){0,3}"
                         r"(?:deal|agreement|initiative|accord|treaty)\b", re.I)
IN_FORCE = re.compile(
    r"\bintroduced\b|\bin (?:force|effect)\b|\btook effect|\btakes effect|\bcame into|"
    r"\bstarted working|\bstarted to work|\bhas started|\bbegan\b|\bbeginning of the|"
    r"\bworks?\b|\bworked\b|\bworking\b|\bfunctioning\b|\bopened\b|\bis open\b|\bare open\b|"
    r"\bwere open\b|\bopen(?:ing)? (?:the )?(?:access|corridors?)|\bis being observed|"
    r"\bobserved\b|\bholding\b|\bheld\b(?= (?:so far|firm|overnight))|"
    r"\b(?:ceasefire|truce)\b[^,.;]{0,50}? (?:has |had |largely |mostly )*held\b|"
    r"\bno direct fighting|"
    r"\bsuspended hostilities|\bstopped all military action|\bdeclared a (?:cease|truce)|"
    r"\bannounce[ds]? (?:the )?(?:beginning|a ceasefire|a cease-fire|the ceasefire)|"
    r"\bthere were \w+ days of (?:real )?ceasefire|\bwas launched|\bis launched|"
    r"\bbeing launched|\bstart the evacuation|\bare being created daily|"
    r"\bhave been created|\bachieve(?:d)? a ceasefire",
    re.I,
)
IMPLEMENTED = re.compile(
    r"\b(?:have|had) (?:already )?been (?:evacuated|exchanged|released|returned|freed)|"
    r"\b(?:left|fled|got out|(?:were|was) able to leave|managed to leave) [^.;]{0,60}?"
    r"\b(?:through|via|along) (?:an? |the )?(?:\w+ )?"
    r"(?:humanitarian |safe |green |evacuation )?(?:corridors?|routes?)\b|"
    r"\bwere (?:evacuated|exchanged|released|returned|freed|rescued)|"
    r"\bhas been (?:evacuated|exchanged|released|returned|freed|completed)|"
    r"\bexchanged\b(?! views| opinions)|\bswapped\b|\bis free\b|\bmanaged to release|"
    r"\bsuccessful completion|\bcompleted\b|\bwas completed|\breturned (?:home|from captivity)|"
    r"\bheld (?:the |a |another )?(?:\w+ )?round|\bround of \w+ (?:took place|concluded|was held|"
    r"held)|\btook place\b|\bconcluded\b|\bwas held|\bwere held|\bheld the day before|"
    r"\bevacuated (?:with|via|by|through)|\bmanaged to start the evacuation|"
    r"\b(?:each )?returned (?:some |about |more than |nearly )?\d[\d,]* |"
    r"\bevacuation proceeding",
    re.I,
)
VIOLATION = re.compile(
    r"\bviolat\w*|\bbreach\w*|\b(?:overturn|shatter|wreck|torpedo)\w* (?:the |a |its |their )?"
    r"(?:\w+[- ])?(?:agreements?|truce|ceasefire|cease-fire|deal|accords?)\b|"
    r"\bdeviat\w* from (?:the |its |their )?(?:\w+ )?(?:agreements?|"
    r"accords?|commitments?|understandings?)|"
    r"\bdid not stop (?:the )?(?:shelling|firing|fire|attacks?|bombing)|"
    r"\bis not opening|\bare not opening|"
    r"\bbr(?:oke|eaks?|eaking|oken) (?:the |our |its |their )?"
    r"(?:\d+-day )?(?:agreements?|truce|ceasefire|halt|moratorium|pause|deal|word|promises?|"
    r"commitments?)|\bbreaks our agreements|\bdid not cease fire|"
    r"\bdid not (?:keep|observe|comply|adhere)|\bdoes not keep|\bnot keep the word|"
    r"\bdisrupt\w*|\bsabotag\w*|\bfir(?:e|ed|ing) (?:at|on) (?:the )?(?:humanitarian|evacuation|"
    r"civilians?|convoys?|buses|corridors?|routes?)|\bshell\w* (?:the )?(?:humanitarian|"
    r"evacuation|routes?|corridors?)|\bblock\w* (?:the |any |all )?(?:\"?green|humanitarian|"
    r"buses|evacuation|corridors?)|\bprevent\w* (?:any and all )?(?:the )?evacuation|"
    r"\bdespite (?:the|\w+'s|its|their) (?:words|\"?ceasefire|ceasefire|truce|agreements?|"
    r"promises?|pledges?|commitments?)|"
    r"\bused the pause|\bdid not work|\bdid not allow|\bnot allowed?|\bunder (?:\w+ )?bombing|"
    r"\bunder (?:constant )?fire|\bstarted a tank attack|\bgross violations|"
    r"\b(?:during|amid) the (?:\w+ )?(?:truce|ceasefire|moratorium)",
    re.I,
)
CONTESTED = re.compile(r"\bin limbo\b|\beach other\b|\bmutual(?:ly)? accus\w*|"
                       # (not "the disputed Shebaa Farms area": a place's standing)
                       r"\bdisput\w*\b(?! (?:[A-Z][\w-]+ )*(?:area|territor\w+|region|border|"
                       r"islands?|lands?|zone|enclave|province))|"
                       r"\ballegedly\b|\balleged\b|\bmisled\b|\bfragile\b|\bcontested\b|"
                       r"\bboth sides accus", re.I)
# a truce that ran its course or was not renewed ("the Easter truce expired at midnight",
# "Putin did not extend the truce")
EXPIRED = re.compile(r"\bexpir(?:ed|es|y)\b|\bran out\b|\bcame to an end\b|"
                     r"\b(?:ceasefire|truce|moratorium|pause) (?:ended|was over)\b|"
                     r"\b(?:did|does|will) not extend|\brefused to extend|\bnot (?:be(?:en)? )?"
                     r"(?:extended|renewed|prolonged)|\bwithout (?:extending|renewing)", re.I)
COLLAPSED = re.compile(r"\bcollaps\w*|\bbroke down|\bbreakdown|\bfell apart|"
                       r"\bno longer (?:in force|"
                       r"valid|observed)|\bis over\b|\bended\b|\bterminated|\bcancel\w*|"
                       r"\bsuspended\b(?! hostilities)", re.I)
SIGNED = re.compile(r"\bsign\w*|\binitial(?:l?ed|l?ing)\b", re.I)  # ("initialled a treaty")
WRITTEN = re.compile(SIGNED.pattern + r"|\bletter\b|\bdocument\w*|"
                     r"\bmemorand\w*|\bwritten\b|\bin writing\b|\btreaty\b|\bprotocol\b|"
                     r"\bcommuniqu\w+|\bofficially approved|\bformal\b", re.I)
BACKREF = re.compile(
    r"\b(?:previously|earlier|already agreed|the agreements? reached|reached (?:on|during)|"
    r"as agreed|the agreed|agreed upon with|(?:these|this|that) (?:agreements?|truce|"
    r"ceasefire|deal|arrangements?|commitments?|routes?|corridors?|moratorium|offer)|"
    r"its commitments|their commitments|the commitments|the undertaken|the same|"
    r"(?:first|second|third|final|last) (?:stage|phase|part) of|"  # of a swap agreed before
    r"completed the (?:exchange|swap)|"
    r"the (?:[\w-]+ )?(?:ceasefire|truce) (?:declared|announced|ordered|proclaimed) by)\b",
    re.I,
)
MEDIATION = re.compile(r"\bmediat\w*|\bhost\w*|\bfacilitat\w*|\bbroker\w*|"
                       r"\bwith the participation of|"
                       r"\bthrough the (?:good offices|mediation)|\bguarantor|\bwith the help of|"
                       r"\binvolv\w+ (?:the )?", re.I)
# the words of MEDIATION that offer the talks a venue or a go-between
HOSTING = re.compile(r"\bhost\w*|\bmediat\w*", re.I)
# a third party's help with what the two sides do ("the partners who have committed to
# helping with this exchange"): good offices, not a side's position
HELPING = re.compile(r"\b(?:help|assist)\w* with (?:th[ie]s?|the|our|their) "
                     r"(?:exchange|swap|evacuation|corridor|release|return|talks)", re.I)
# people moved out of harm's way (not ships or cargo)
PEOPLE_EVACUATED = re.compile(
    r"\b(?:people|civilians|residents|refugees|children|families|citizens|wounded|women)\b"
    r"[^.;]{0,40}\bevacuat|\bevacuat\w*(?: of)? (?:the )?(?:people|civilians|residents|"
    r"children|families|citizens|wounded|women)\b", re.I)
PEACE_PURPOSE = re.compile(r"\bend (?:the|this) war|\bpeace|\bsettlement|\bend of hostilities|"
                           r"\bsecurity guarantees|\bneutral status", re.I)
HUMANITARIAN = re.compile(r"\bhumanitarian|\bevacuat\w*|\bcivilians?|\bwounded|\bmedicine|"
                          r"\bfood|\bprisoners?|\bbodies|\bchildren", re.I)
