"""From an Event to a Mention: what one coded event says about some agreement.

A mention carries the kind(s) of arrangement the sentence talks about, its scope terms,
duration, talks round/venue, date references, the *act* it reports and the positions it
gives each party. Events that say nothing about an agreement give ``None``. ASSAULT events
that are not violation claims are kept apart by the tracker as incident candidates.

Acts: ``propose``, ``accept``, ``agree``, ``reject``, ``withdraw``, ``in_force``,
``implemented``, ``violation``, ``contested``, ``collapsed``, ``mention`` (a reference that
changes nothing but is linked as evidence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from detente.model import REBELS, Actor, Event, base_code
from detente.track import terms as t

MEDIATOR_CODES = {"UN", "ICRC", "OSCE", "UNHCR", "IAEA", "WHO", "UNICEF", "OCHA", "IRC", "VAT"}
MEDIATOR_SECTORS = {"IGO", "NGO"}
NEUTRAL_INTERMEDIARIES = {"ICRC"}
KIND_FAMILY = {
    "ceasefire": "ceasefire",
    "partial_ceasefire": "partial_ceasefire",
    "humanitarian_pause": "humanitarian",
    "humanitarian_corridor": "humanitarian",
    "prisoner_exchange": "prisoner_exchange",
    "talks": "talks",
    "peace_agreement": "peace_agreement",
    "other": "other",
}
# Kinds whose scope (places, themes) must overlap for two mentions to be one agreement.
SCOPED = {"humanitarian_pause", "humanitarian_corridor", "partial_ceasefire", "prisoner_exchange",
          "other"}
RELEVANT_TYPES = {"AGREE", "CONCEDE", "RETREAT", "REJECT", "REQUEST", "CONSULT", "ACCUSE",
                  "COOPERATE", "AID", "SUPPORT", "ASSAULT", "COERCE", "SANCTION"}
# (and "corridors must work today": what exists is to be kept, not proposed)
COMPLY = re.compile(r"\b(?:adhere|abide|comply|observe|keep (?:its|their|the) (?:word|promise)|"
                    r"fulfil\w*|respect|honou?r|(?:must|should) (?:work|function|operate))\b",
                    re.I)
DEMAND = re.compile(r"\b(?:important (?:for [\w ]+? )?to|must|should|needs? to|have to|"
                    r"demand\w*|insist\w*|urge\w*|call(?:s|ed|ing)? (?:on|upon|for))\b", re.I)
# releases of no one held by the other side: a country freed from a dictatorship, parole,
# a prison service's yearly figures
NO_RELEASE = re.compile(r"\bfreed (?:you|us|them|it|the country|the people|\w+ people) from\b|"
                        r"\bearly release\b|\b(?:every|each|a|per) year\b|"
                        r"\breleas\w* (?:the |of )?(?:funds|money|budget|resources|data|video|"
                        r"statement|report)\b", re.I)
# "Stop the bombing.", "say: close the sky, stop the shelling": a demand, no truce agreed
IMPERATIVE = re.compile(r"(?:^|[:;]\s*)\W*(?:(?:close|open) the sky, )?(?:stop|halt|cease|end)\s+"
                        r"(?:the |all )?\w+", re.I)
OFFERED = re.compile(r"\b(?:was|were|has been|have been|being) (?:offered|proposed|suggested)\b",
                     re.I)
WISH = re.compile(r"\b(?:stood for|stands? for|ready to|readiness|willing\w*|prepared to|"
                  r"would like|want\w* (?:the|to)|hope\w*|pressing|priorit\w*|issues?)\b", re.I)
RECEIVED = re.compile(r"\b(?:received|was sent|were sent|was handed|were handed) (?:\w+ ){0,2}"
                      r"(?:proposals?|offers?|routes|a draft|the draft|plans?)\b", re.I)
REACHED = re.compile(r"\breach\w* (?:an |the |certain |some )?(?:agreements?|understandings?|"
                     r"deal|consensus)\b|\b(?:it|they|we|parties|sides) (?:was |were |have |has )?"
                     r"agreed\b|\b(?:have|has) been agreed\b", re.I)
SHIPPED = re.compile(r"\b(?:left|departed|sailed|shipped|exported|loaded|arrived|"
                     r"resumed)\b", re.I)
READY_TO_START = re.compile(r"\b(?:ready|readiness|willing\w*|prepared|intend\w*|plan\w*|"
                            r"hope\w*) to (?:\w+ ){0,2}?(?:open|start|begin|launch|introduce|"
                            r"resume)\b", re.I)
HEDGE = re.compile(r"\bI (?:believe|think|hope)\b|\bperhaps\b|\bmaybe\b|\bpossibly\b|"
                   r"\bmy view\b|\bin my opinion\b|\bthe only way\b|"
                   # "We expected the West … to accept Russia's proposal": a yes hoped for
                   r"\bexpected\b[^.;]{0,60}?\bto (?:accept|agree|sign)", re.I)
NEED = re.compile(r"\bagreed? (?:on |upon )?(?:the )?(?:need|necessity|importance)\b|"
                  r"\b(?:stressed|emphasi[sz]ed|noted|underlined) the "
                  r"(?:need|necessity|importance)",
                  re.I)
CONDITION = re.compile(r"^\W*(?:but |and |so )?if\b|,\s*if\b|\bif (?:the|a|an|they|we|Russia|"
                       r"Ukraine)\b|\bunless\b|\bonly (?:if|when|after)\b|\bprovided that\b",
                       re.I)
NOT_YET = re.compile(r"\bnot yet\b|\byet to\b|\bstill (?:not|no)\b|\bno (?:response|answer)|"
                     r"\bnot hear", re.I)
OTHERS = re.compile(r"\b(?:no|not any|none of the) (?:other|further|more|new|additional)\b|"
                    r"\bnot agreed(?: upon| on)?(?: and|,)", re.I)
# an offer dismissed as a trick is refused
DISMISSED = re.compile(r"\b(?:was|is|as|called (?:\w+ ){0,3}?)(?:a |an |mere |pure )?(?:ploy|trick|"
                       r"sham|farce|trap|hypocrisy|cynical ploy)\b", re.I)
GUARANTEES_GIVEN = re.compile(r"\b(?:provid|giv|offer|extend)\w* (?:\w+ ){0,2}security "
                              r"guarantees (?:for|to)\b", re.I)
SWAP_TO_COME = re.compile(r"\b(?:would|will|to|could|should|may|might) be (?:exchanged|swapped)\b",
                          re.I)
ARRANGING = re.compile(r"\b(?:arrang|organi[sz]|prepar|set(?:ting)? up)\w* (?:a |the |an )?"
                       r"(?:\w+ )?(?:meeting|summit|talks)\b", re.I)
# talks that reached nothing refused nothing: "did not announce an agreement on a ceasefire"
NO_DEAL = re.compile(r"\b(?:did not|didn't|failed to|(?:was|were) unable to) "
                     r"(?:announce|reach|strike|secure|produce|achieve|clinch|seal)\b|"
                     r"\b(?:failed|(?:was|were) unable) to agree\b|"
                     r"\bno (?:agreement|deal|breakthrough) (?:was|were|has been|had been) "
                     r"(?:reached|announced)|\bwithout (?:an? |any )?(?:agreement|deal|"
                     r"breakthrough)\b", re.I)
CONDITIONAL = re.compile(r"\b(?:cannot|can not|can't|will not|won't|would not)\b[^.]{0,80}?"
                         r"\b(?:without|unless|until|before)\b", re.I)
DENIAL = re.compile(r"\bden(?:y|ies|ied)\b|\bdismiss\w*", re.I)
FORMAL_TALKS = re.compile(r"\b(?:delegations?|officials|negotiators|envoys?)\b", re.I)
THE_DEAL = re.compile(r"\bthe (?:[\w-]+ ){0,2}(?:agreement|deal|truce|ceasefire|moratorium|"
                      r"accord)\b", re.I)  # one already made ("the Black Sea agreement")
BOTH_RELEASED = re.compile(r"\b(?:released|freed|handed over)\b[^.;]*?\band\b[^.;]*?"
                           r"\b(?:released|freed|handed over)\b", re.I)
AS_REQUIRED = re.compile(r"\b(?:as (?:required|provided|stipulated) (?:by|in|for)|in line with|"
                         r"in accordance with|pursuant to|in compliance with) the (?:[\w-]+ ){0,2}"
                         r"(?:agreements?|deal|accords?|truce|ceasefire)\b", re.I)
DEAL_ALLOWS = re.compile(r"\bthe (?:[\w-]+ ){0,2}(?:truce|ceasefire|deal|agreement) (?:is|was) "
                         r"(?:meant|designed|intended) to\b|\bthe (?:[\w-]+ ){0,2}(?:truce|"
                         r"ceasefire|deal|agreement) (?:will|would) (?:allow|enable|let)\b", re.I)
OFFERED_THING = re.compile(r"\b(?:propos|offer|plan\b|deal\b|agreement|initiative|demand|"
                           r"request|call|idea)", re.I)
UNDER_THE_DEAL = re.compile(r"\b(?:under|of|in) the (?:[\w-]+ ){0,2}(?:agreement|deal|accord)\b"
                            r"(?! (?:on|to|with|for|that)\b)", re.I)
FOUNDING_ACTS = {"propose", "accept", "agree", "reject", "withdraw", "in_force", "implemented"}
TOPIC = re.compile(
    r"cease[- ]?fire|truce|armistice|moratorium|silence|corridor|evacuat|exchang|swap|"
    r"prisoner|captiv|releas|\bfree\b|talks|negotiat|round|agreement|accord|understanding|"
    r"deal\b|commitment|promise|pledge|memorandum|treaty|grain|ports?\b|convoy|hostilities|"
    r"assault|halt|"
    r"guarantee|contact group|routes?\b|pause|agreed|consultation|approv|commit|"
    r"supported the proposal|(?:dismiss|reject|rebuff|refus|spurn)\w* the (?:proposal|offer)|"
    r"protection zone|demilitari|(?:meeting|summit) between|"
    r"trilateral (?:meeting|summit)|meet (?:with )?(?:President )?(?:Putin|Zelensk)",
    re.I,
)


STEMS = ("cease", "truce", "armistice", "moratorium", "silence", "corridor", "evacuat", "exchang",
         "swap", "prisoner", "captiv", "releas", "free", "talks", "negotiat", "round", "agree",
         "accord", "understanding", "deal", "commit", "memorand", "treaty", "grain", "port",
         "convoy", "hostilit", "assault", "halt", "guarantee", "contact group", "route", "pause",
         "consultation", "approv", "refrain", "suspen", "cessation", "stop", "fire", "fight",
         "meet", "summit", "promise", "pledge", "proposal", "offer")


@lru_cache(maxsize=100_000)
def _topical(text: str) -> bool:
    low = text.lower()
    if not any(stem in low for stem in STEMS):
        return False
    return has(TOPIC, text) or has(t.CEASEFIRE, text)


@dataclass
class Mention:
    event: Event
    kind: str
    kinds: tuple[str, ...]
    act: str
    day: date | None
    parties: list[str] = field(default_factory=list)
    positions: dict[str, str] = field(default_factory=dict)  # code -> position this event gives
    weak_positions: bool = False  # only fill parties that have no position yet
    mediators: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    duration: int | None = None
    round: int | None = None
    venue: str | None = None
    date_refs: list[date] = field(default_factory=list)
    starts: date | None = None  # the first day its declaration names ("from May 8 to May 10")
    until: date | None = None  # the day an extension runs to ("extended until February 18")
    backref: bool = False
    reciprocal: bool = False
    written: bool = False
    full: bool = False
    claimant: str | None = None
    accused: str | None = None
    hit: str | None = None
    words: frozenset[str] = frozenset()

    @property
    def family(self) -> str:
        return KIND_FAMILY[self.kind]

    @property
    def founding(self) -> bool:
        return self.act in FOUNDING_ACTS

    @property
    def scope(self) -> list[str]:
        return list(dict.fromkeys(self.themes + self.places))


def _codes(actors: list[Actor]) -> list[str]:
    return [a.code for a in actors if a.code]


def _party_codes(actors: list[Actor], kind: str) -> list[str]:
    """Codes of the actors that can be parties. A venue is not a party to the agreement
    named after it: in "the Minsk agreements" the coder's Belarus is a place."""
    return [a.code for a in actors if a.code and not (
        kind in ("talks", "peace_agreement") and (a.text or "").strip() in t.VENUES
        and t.VENUES[(a.text or "").strip()] == a.code)]


def _stated_actors(actors: list[Actor], text: str, dyad: tuple[str, str] | None
                   ) -> list[Actor]:
    """The actors a sentence stands behind. An implied actor (no words in the sentence) is
    the coder's reading of the article: believable for a belligerent ("It was agreed" in a
    Kremlin readout), not for a third party the sentence never names (the UN as the other
    side of "three corridors have been agreed")."""
    return [a for a in actors if (a.text or "").strip() or not dyad or a.code in dyad
            or a.code in t.sentence_codes(text)]


def _is_mediator(actor: Actor) -> bool:
    return (actor.code or "") in MEDIATOR_CODES or (actor.sector or "") in MEDIATOR_SECTORS and (
        actor.code or "") not in {"EUR", "NATO"}


_IF = re.compile(r"\b(?:if|unless|provided|on condition)\b", re.I)


def before_condition(text: str) -> str:
    """The sentence up to a condition put after its main clause ("… would order a ceasefire
    if Kyiv withdrew …"); the whole of it when the condition opens it ("If …, we will …")."""
    m = _IF.search(text)
    return text[:m.start()] if m and text[:m.start()].strip(" \"'“") else text


PLEDGE = re.compile(r"\b(?:promis|pledg|vow)\w*", re.I)
PLEDGED = re.compile(r"\b(?:the|\w+'s|its|their) (?:promise|pledge)\b", re.I)  # one given
# "Zelenskiy dismissed the proposal as an ultimatum": the offer of the sentences before
THE_OFFER_TURNED_DOWN = (r"\b(?:dismiss|reject|rebuff|refus|spurn)\w* (?:the|this|that|his|its|"
                         r"their) (?:proposal|offer|initiative|plan)\b")
GENERIC = re.compile(r"\b(?:agreements?|deal|accords?|arrangements?|understandings?|"
                     r"commitments?|promises?|pledges?)\b", re.I)
LOCAL = re.compile(r"\b(?:there(?! (?:is|are|was|were|will|would|had|has|have|could|might|must|"
                   r"should|may|seems?|appears?)\b)|here|this territory|this area|that area|"
                   r"the assault|the plant|on the route|on this route|in the city|"
                   r"these directions|that direction)\b",
                   re.I)
# "It was agreed to maintain contact", "… that the Prime Minister of Armenia would visit
# Russia": agreements about talking or meeting, not about the arrangement the sentences
# before speak of
KEEP_IN_TOUCH = re.compile(r"\b(?:maintain|continue|keep|stay|remain)\w* (?:\w+ ){0,3}?"
                           r"(?:contacts?|dialogue|in touch|consultations|communication)\b|"
                           r"\b(?:visit|meet|meeting|summit)\b", re.I)
ANAPHORIC_ACT = re.compile(r"\bapprov\w*|\b(?:it|this|that|was|were|been) agreed\b|"
                           r"\bconfirm\w*|\bconsent\w*|\bsupport\w* (?:the|this|that) "
                           r"(?:proposal|idea|initiative|plan)\b|" + THE_OFFER_TURNED_DOWN, re.I)


def _corridor(text: str) -> bool:
    return has(t.CORRIDOR, text) and not (
        has(t.TRANSPORT_CORRIDOR, text)
        and not re.search(r"humanitarian|evacuat|green", text, re.I)
    ) and not ABROAD.search(text)


# evacuations abroad, not across the front: children flown to hospitals or homes in other
# countries ("evacuated to this country", "to safe countries", "receiving Ukrainian children
# … for treatment")
ABROAD = re.compile(r"\bevacuat\w*\b[^.;]{0,80}?\b(?:to (?:this|safe|other|foreign|European) "
                    r"countr(?:y|ies)|abroad)\b|\breceiving (?:\w+ )?children\b[^.;]{0,80}?"
                    r"\btreatment\b", re.I)


@lru_cache(maxsize=100_000)
def has(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)``, remembered: one sentence often carries several events.

    Long alternations are slow to try at every position of a sentence, so the frequent
    ones first look for a word any match must contain (``GATES``)."""
    gate = GATES.get(pattern)
    if gate is not None:
        low = text.lower()
        if not any(word in low for word in gate):
            return False
    return pattern.search(text) is not None


# For each pattern: lower-case pieces of which every match contains at least one.
GATES: dict[re.Pattern[str], tuple[str, ...]] = {
    t.TALKS: ("talk", "negotiat", "delegation", "consultation", "meet", "summit"),
    t.CEASEFIRE: ("cease", "truce", "armistice", "silence", "moratorium", "cessation", "stop",
                  "halt", "suspen", "end", "pause", "fighting", "refrain", "use of force",
                  "zone", "demilitari", "reduc", "scal", "curtail", "de-escalat"),
    t.FULL_CEASEFIRE: ("cease", "truce", "cessation"),
    t.MARITIME_DEAL: ("black sea", "maritime", "grain"),
    t.CORRIDOR: ("corridor", "route", "safe ", "humanitarian", "evacuat"),
    t.TRANSPORT_CORRIDOR: ("corridor", "route"),
    t.EXCHANGE: ("exchang", "swap", "bodies", "in return", "freed", "released"),
    t.RELEASE: ("releas", "free", "captivity", "liberat", "bodies", "handed over"),
    t.PEACE: ("peace", "istanbul", "guarantee", "minsk", "treaty", "document", "settlement"),
    t.GRAIN: ("grain", "agri", "agro", "food", "fertili", "port", "navigation", "cargo"),
    t.WRITTEN: ("sign", "initial", "letter", "document", "memorand", "writ", "treaty", "protocol",
                "communiqu", "officially", "formal"),
    t.MEDIATION: ("mediat", "host", "facilitat", "broker", "participation", "good offices",
                  "guarantor", "help", "involv"),
    t.PROPOSED_BY: ("propos", "offer", "suggest", "put forward", "initiat", "plan"),
    t.RECIPROCAL: ("parties", "sides", "reached", "agree", "mutual", "joint", "the two",
                   "delegation"),
    t.WITHDRAW: ("walked away", "withdr", "renounc", "pulled out", "backtrack", "abandon",
                 "revok", "rescind", "went back on", "reneg", "suspend", "quit"),
    t.COLLAPSED: ("collaps", "broke down", "breakdown", "fell apart", "no longer", "is over",
                  "ended", "terminated", "cancel", "suspended"),
    t.CONTESTED: ("limbo", "each other", "mutual", "disput", "alleged", "misled", "fragile",
                  "contested", "both sides accus"),
    NEED: ("need", "necessity", "importance"),
    HEDGE: ("i believe", "i think", "i hope", "perhaps", "maybe", "possibly", "my view",
            "opinion", "the only way", "expected"),
    DEMAND: ("important", "must", "should", "need", "have to", "demand", "insist", "urge",
             "call"),
    READY_TO_START: ("ready", "readiness", "willing", "prepared", "intend", "plan", "hope"),
    KEEP_IN_TOUCH: ("contact", "dialogue", "touch", "consultation", "communication", "visit",
                    "meet", "summit"),
    REACHED: ("reach", "agreed"),
}


# "agreed to stop attacks on energy infrastructure, but declined to back a full ceasefire":
# the truce agreed is the partial one, the full one is what was refused
REFUSED_FULL = re.compile(
    r"\b(?:declin\w+|refus\w+|reject\w+|short of|instead of|rather than|not (?:to )?(?:back|"
    rf"agree|accept|support)\w*|but not)\b[^.;]{{0,40}}?\b(?:{t.FULL_WORDS})[- ]"
    r"(?:ceasefire|cease-fire|truce)", re.I)


_ABOUT_TO_REJECT = re.compile(r"\b(?:preparing|about|going|poised|set|expected|likely|"
                             r"planning) to (?:reject|refuse|turn down|dismiss)", re.I)
# "Russia and Ukraine would exchange 175 prisoners of war each on Wednesday": both sides
# named as doing it, a swap set, no offer
_SWAP_SET = re.compile(r"\b[A-Z][\w-]+ and [A-Z][\w-]+ (?:would|will|are to|were to|are due to|"
                       r"were due to|are set to|were set to) (?:\w+ )?(?:exchange|swap)\b")
_THE_TRUCE_EXTENDED = re.compile(r"\b(?:the|this|its) (?:[\w-]+ )?(?:ceasefire|truce|"
                                 r"moratorium|pause)\b[^.;]{0,60}?\b(?:extend|prolong)|"
                                 r"\b(?:extend|prolong)\w* (?:the|this|its) (?:[\w-]+ )?"
                                 r"(?:ceasefire|truce|moratorium|pause)\b", re.I)
_TROOP_PULLBACK = re.compile(r"\b(?:its|their|the|a) (?:[\w-]+ )?withdrawal\b|\bwithdraw\w* "
                            r"(?:of )?(?:its |their |the )?(?:[\w-]+ )?(?:troops|forces|soldiers)",
                            re.I)
_EXTENDED = re.compile(r"\bextend\w*|\bextension|\bprolong\w*", re.I)
IN_PRINCIPLE_BUT = re.compile(r"\bin principle\b[^.;]{0,60}?\bbut\b", re.I)


def _maritime_truce(text: str, cease: bool) -> bool:
    """A truce at sea ("halt attacks at sea", "the Black Sea deal"), not the grain talks."""
    if has(t.MARITIME_DEAL, text):
        return "Black Sea" in t.themes(text) or bool(t.GRAIN_DEAL.search(text))
    return cease and "Black Sea" in t.themes(text)


def kinds_of(text: str, event_type: str, mode: str | None, context: str = "") -> list[str]:
    return list(_kinds_of(text, event_type, mode, context))


_TALKS_ON_A_SWAP = re.compile(r"\b(?:negotiations?|talks|consultations)\s+(?:on|about|"
                              r"regarding|concerning)\s+(?:the\s+)?(?:exchange|swap|release)\b",
                              re.I)


@lru_cache(maxsize=100_000)
def _kinds_of(text: str, event_type: str, mode: str | None, context: str = "") -> tuple[str, ...]:
    """Candidate kinds, most likely first; empty when the sentence is about no agreement."""
    found: list[str] = []
    corridor = _corridor(text)
    cease = has(t.CEASEFIRE, text)
    if has(t.EXCHANGE, text):
        found.append("prisoner_exchange")
    maritime_truce = _maritime_truce(text, cease)
    if has(t.GRAIN, text) and not has(t.EXCHANGE, text) and not maritime_truce:
        if event_type in ("AGREE", "CONCEDE") and not has(t.TALKS, text) and context and \
                _maritime_truce(context, has(t.CEASEFIRE, context)):
            # "Washington also agreed to help restore Russia's access to … fertiliser
            # exports", told after the deal to halt attacks at sea: a term of that deal
            found.append("partial_ceasefire")
        found.append("talks")
    if maritime_truce and not cease:
        found.append("partial_ceasefire")
    if event_type == "CONSULT" and has(t.TALKS, text) and "talks" not in found and not \
            has(REACHED, text) and not _TALKS_ON_A_SWAP.search(text):
        # what the talks reached comes first, the round aside; "negotiations on the exchange
        # of prisoners between Ukraine and Russia are being conducted" are the swap's own
        found.append("talks")
    if cease:
        themed = [th for th in t.themes(text) if th in t.PARTIAL_THEMES]
        near_corridor = bool(context) and (_corridor(context) or bool(
            re.search(r"\broutes?\b|\bevacuat|\bbus(?:es)?\b|\bconvoys?\b|\bcheckpoints?\b",
                      context, re.I)))
        local = bool(LOCAL.search(text))
        told = before_condition(text)  # ("if Kyiv withdrew from the four regions": where
        # the condition asks a retreat, not the truce's scope)
        full = has(t.FULL_CEASEFIRE, text) and not (themed and REFUSED_FULL.search(text) and
                                                    event_type != "REJECT")
        if full and not corridor and not near_corridor:
            found.append("ceasefire")
        elif corridor and re.search(r"\bcorridors?\b", text, re.I):
            found += ["humanitarian_corridor", "humanitarian_pause"]
        elif set(t.themes(text)) & t.HOLIDAYS and not corridor and not near_corridor:
            found += ["ceasefire", "humanitarian_pause"]  # "a 30-hour Easter truce": the war's
        elif has(t.PAUSE_HINT, text) or corridor or near_corridor:
            found += ["humanitarian_pause", "humanitarian_corridor", "ceasefire"]
        elif themed or local or re.search(
                r"assault|plant|city|town|territory|region|front|direction", told, re.I) and (
                t.places(told) or t.places(context)):
            found += ["partial_ceasefire", "humanitarian_pause"]
            if event_type in ("ASSAULT", "ACCUSE", "COERCE") and not themed and not local:
                # where a truce was broken may not be its scope ("breached the truce and
                # attacked Russian positions in the Kursk region")
                found.append("ceasefire")
        else:
            found += ["ceasefire", "partial_ceasefire", "humanitarian_pause"]
    elif corridor:
        found.append("humanitarian_corridor")
    if has(t.PEACE, text):
        found.append("peace_agreement")
    if has(t.TALKS, text) and "talks" not in found:
        found.append("talks")
    if not found and BOTH_RELEASED.search(text) and not NO_RELEASE.search(text):
        found.append("prisoner_exchange")  # "Hamas released three hostages, and Israel freed
        # 90 prisoners hours later": a swap, though no one says "exchange"
    if (has(t.RELEASE, text) and not NO_RELEASE.search(text) or
            re.search(r"humanitarian contact group", text, re.I)) and not found:
        found.append("other")
    if not found and mode and re.search(r"\bcommitments?\b|\bsilence regime|\bdid not work",
                                        text, re.I):
        # the coder's mode, trusted only when the sentence speaks of commitments
        by_mode = {"ceasefire": "ceasefire", "access": "humanitarian_corridor",
                   "release": "other"}
        if mode in by_mode:
            found.append(by_mode[mode])
            if mode == "ceasefire":
                found += ["partial_ceasefire", "humanitarian_pause"]
    if not found and GENERIC.search(text) and (
            t.DATE_REF.search(text) or t.BACKREF.search(text) or
            has(t.VIOLATION, text) and (THE_DEAL.search(text) or PLEDGED.search(text))):
        # "the March 18 agreement", "these commitments", "accused Russia of violating the
        # agreement": any kind, decided by linking
        found = ["other", "partial_ceasefire", "ceasefire", "humanitarian_pause",
                 "humanitarian_corridor", "peace_agreement", "prisoner_exchange", "talks"]
    if not found and context and _BROKE_IT.search(text):
        # "Russia's three-day ceasefire came into force at midnight. Ukraine said Russian forces
        # had violated it hundreds of times": the truce of the sentences before
        found = [k for k in kinds_of(context, "", None) if k != "talks"][:2]
    if not found and context and event_type in ("AGREE", "CONCEDE", "REJECT", "SUPPORT") and \
            ANAPHORIC_ACT.search(text) and not KEEP_IN_TOUCH.search(text):
        # "This fact was officially approved by the Russian Ministry of Defense …"
        found = [k for k in kinds_of(context, "", None) if k != "talks"][:2]
    return tuple(dict.fromkeys(found))


def _left_a_deal(text: str) -> bool:
    """A deal left: "pulled out of the Black Sea grain deal", "suspending its participation
    in the deal" (not troops pulled out of a town)."""
    return has(t.WITHDRAW, text) and bool(t.LEFT_A_DEAL.search(text))


def _act(ev: Event, text: str, kind: str) -> str | None:
    return _act_of(text, ev.event_type, ev.negated, ev.mode, ev.modality, kind)


_NO_CONCESSIONS = re.compile(r"\bconcessions?\b", re.I)


@lru_cache(maxsize=100_000)
def _act_of(text: str, et: str, negated: bool, mode: str | None, modality: str,
            kind: str) -> str | None:
    if has(t.EXPIRED, text) and has(t.CEASEFIRE, text):
        return "expired"
    if et in ("ACCUSE", "REQUEST", "REJECT") and not negated and DISMISSED.search(text):
        return "reject"  # "said the ceasefire was a ploy", "called the proposal hypocrisy"
    violation = bool(has(t.VIOLATION, text))
    positive = ("AGREE", "CONCEDE", "RETREAT", "COOPERATE", "AID")
    if et in positive and has(NOT_YET, text):
        return "mention"  # "he has not yet seen Russia's desire to cease fire"
    if et in positive and not negated:
        # the wording outranks the event type: a demand, an offer or a wish is not a deed
        if has(DEMAND, text) and not has(t.AGREED, text) or has(NEED, text) or \
                IMPERATIVE.search(text):
            return "mention"
        if has(OFFERED, text):
            return "propose"
        if _TRYING.search(text) and modality != "future" and not (
                has(t.AGREED, text) or has(t.IMPLEMENTED, text)):
            return "mention"  # "we did not try to find a diplomatic solution to … organize
            # humanitarian corridors": an effort told, no corridor in force
        if has(HEDGE, text):
            return "propose" if et == "AGREE" else "mention"
        if has(READY_TO_START, text):
            # "confirms its readiness to open access": a commitment, not yet a deed
            return "agree" if has(t.ACCEPT, text) or has(t.AGREED, text) else "propose"
        if et in ("RETREAT", "COOPERATE", "AID", "CONCEDE") and (
                has(WISH, text) or has(t.PROPOSE, text) or has(RECEIVED, text)) and not (
                has(t.IMPLEMENTED, text) or has(t.IN_FORCE, text) or has(t.AGREED, text)):
            return "propose"
    if et in ("AGREE", "CONCEDE") and not negated and IN_PRINCIPLE_BUT.search(text):
        return "mention"  # "agreed with the proposal in principle, but there were nuances":
        # a yes with conditions still to settle, no agreement yet
    if et == "REJECT" and modality == "future" and _ABOUT_TO_REJECT.search(text):
        return "mention"  # "said Putin was preparing to reject the proposal": a forecast
    if et in ("AGREE", "CONCEDE") and _EXTENDED.search(text) and _THE_TRUCE_EXTENDED.search(
            text):
        # "Putin had not ordered the truce to be extended": it ends as set; "the ceasefire
        # … will be extended until February 18": the one in force goes on
        return "mention" if negated else "in_force"
    if et == "AGREE":
        if negated and (has(NOT_YET, text) or has(OTHERS, text) or NO_DEAL.search(text)):
            return "mention"  # "has not yet shown readiness", "no other routes were agreed"
        if negated and has(CONDITIONAL, text) and (has(t.BACKREF, text) or
                                                   THE_DEAL.search(text)):
            return "contested"  # "would not implement the agreement until sanctions were
            # lifted": a condition put on a deal made, no refusal of it
        if negated:
            return "reject"
        if has(t.WITHDRAW, text) and not t.AGREED.search(text.split(",")[0]) and not (
                _TROOP_PULLBACK.search(text) and not _left_a_deal(text)):
            return "withdraw"  # (not "after Israel failed to complete its withdrawal from
            # southern Lebanon": troops leaving, no deal left)
        if re.search(r"\baccept\w*", text, re.I) or (
                has(t.PROPOSED_BY, text) and has(t.ACCEPT, text)):
            return "accept"
        if has(t.PROPOSE, text) and not has(t.RECIPROCAL, text):
            return "propose"
        if modality == "future" and (UNDER_THE_DEAL.search(text) or DEAL_ALLOWS.search(text)
                                     or kind == "prisoner_exchange" and _SWAP_SET.search(text)):
            return "agree"  # "the first phase of the deal …, during which Hamas will release
            # 33 hostages in exchange for …": a term of the deal made, no offer
        if kind in ("talks", "humanitarian_corridor") and has(t.IMPLEMENTED, text):
            return "implemented"  # ("civilians left through a corridor agreed by …": used)
        if kind == "peace_agreement" and GUARANTEES_GIVEN.search(text):
            return "mention"  # "would provide security guarantees for Ukraine": a pledge
            # to one side, no settlement offered
        if has(t.AGREED, text) or has(t.ACCEPT, text) or _DEAL_REACHED.search(text):
            return "agree"
        return "propose"
    if et == "CONCEDE":
        if negated and kind == "talks" and _NO_CONCESSIONS.search(text):
            return "mention"  # "Ukraine will not make any concessions that could undermine
            # our struggle": a stance in the talks, no refusal of them
        if negated:
            return "mention" if NO_DEAL.search(text) else "reject"  # ("did not announce
            # any ceasefire of its own" refuses none)
        if has(t.IN_FORCE, text) and not has(t.AGREED, text):
            return "in_force"
        if has(t.AGREED, text) or has(t.ACCEPT, text) or has(t.CEASEFIRE, text):
            return "agree"
        return "mention"
    if et == "RETREAT":
        if negated:
            return "violation"
        if _left_a_deal(text):
            return "withdraw"  # "Russia pulled out of the Black Sea grain deal"
        if kind == "prisoner_exchange" and SWAP_TO_COME.search(text):
            return "mention"  # "had been evacuated … and would be exchanged for Russian
            # prisoners": the swap is still to come (its offer is the AGREE)
        if has(t.IMPLEMENTED, text) or (mode == "release" and has(t.RELEASE, text)):
            return "implemented"
        if violation:
            # "troops pulled out of Debaltseve … despite the ceasefire": the one who left broke
            # nothing (the capture told beside it is the charge)
            return "mention" if mode == "withdraw" else "violation"
        if AS_REQUIRED.search(text):
            return "mention"  # "began withdrawing heavy weapons, as required by the Minsk
            # agreement": a term of a deal made kept, no new deal
        if has(t.IN_FORCE, text):
            return "in_force"
        if has(t.CEASEFIRE, text) or has(t.AGREED, text):
            return "agree"  # "an order to stop the assault": declared, not yet seen working
        return "mention"
    if et == "REJECT":
        if negated or has(CONDITIONAL, text):
            return "mention"
        if DENIAL.search(text) and not re.search(r"propos|offer|request|demand|initiative|"
                                                 r"plan\b|call", text, re.I):
            return "mention"  # "had postponed the exchange, which Kyiv denied": a claim
            # denied, no refusal of the exchange
        if has(t.WITHDRAW, text):
            return "withdraw"
        if violation and not has(t.REJECT, text):
            return "violation"
        if kind == "other" and not OFFERED_THING.search(text):
            return "mention"  # "Hamas refused to release the remaining hostages": a demand
            # refused, no arrangement on the table
        return "reject"
    if et == "SANCTION":
        # "suspending its participation in the Black Sea grain deal"
        return "withdraw" if _left_a_deal(text) else None
    if et == "REQUEST":
        if re.search(r"\b(?:propos|offer|suggest)\w*|\bagree on\b", text, re.I):
            return "propose"
        if kind in SCOPED and kind != "other" and not has(COMPLY, text):
            return "propose"  # "Provide humanitarian corridors", "open the corridor"
        return "mention"
    if et == "CONSULT":
        if kind == "prisoner_exchange" and not negated and modality in ("asserted", "reported") \
                and _TALKS_ON_A_SWAP.search(text):
            return "propose"  # "negotiations on the exchange of prisoners between Ukraine and
            # Russia are being conducted": a swap on the table, not yet agreed
        if kind != "talks":
            # a meeting coded as such may still tell its outcome: "during the talks, the
            # parties reached an agreement on joint provision of humanitarian corridors"
            reached = has(REACHED, text) and not (
                negated or has(DEMAND, text) or has(NOT_YET, text) or has(NEED, text))
            return "agree" if reached else "mention"
        if negated and modality in ("future", "hypothetical"):
            return "mention"  # "no meeting between Putin and Zelenskiy was planned"
        if ARRANGING.search(text) and modality == "future":
            return "propose"  # "had begun arranging a meeting between Putin and Zelenskiy"
        if modality in ("future", "hypothetical") or re.search(
            r"\bis to take place|\bwill (?:take place|be held|continue)|\bnext round|\bplanned\b",
            text, re.I,
        ):
            return "agree"
        if has(t.GRAIN, text):
            return "mention"  # discussing how to unblock the ports is not a round held
        return "implemented"
    if et in ("ASSAULT", "COERCE") and modality in ("future", "hypothetical"):
        return None  # an attack to come or imagined breaks nothing yet
    if et in ("ACCUSE", "ASSAULT", "COERCE"):
        if violation or (et == "ACCUSE" and mode in ("allege",) and has(t.CEASEFIRE, text)):
            return "violation"
        if et == "ACCUSE" and has(t.CONTESTED, text):
            return "contested"
        return None
    if et in ("COOPERATE", "AID"):
        if _DRAFTING.search(text):
            return "mention"  # "working with the Ukrainian party on a future document on
            # security guarantees": a text still being written, in force for no one
        if has(t.IMPLEMENTED, text):
            return "implemented"
        if has(t.IN_FORCE, text):
            return "in_force"
        if has(t.AGREED, text):
            return "agree"
        return "mention"
    if et == "SUPPORT":
        if not negated and re.search(r"\bsupport\w* (?:the|this|that|its|their) (?:proposal|"
                                     r"idea|initiative|plan)\b", text, re.I):
            return "accept"  # "Ukraine said it supported the proposal"
        if negated and t.SIGNED.search(text):
            return "mention" if has(CONDITIONAL, text) else "reject"
        if t.SIGNED.search(text) and has(t.AGREED, text):
            return "agree"  # (also "initialled a peace agreement")
        if re.search(r"\bagreements? reached|\bwelcom\w+ the", text, re.I):
            return "mention"
        return None
    return None


def _genitive_proposers(text: str, actors: list[Actor]) -> list[str]:
    """Parties a sentence names as authors of a proposal ("the US proposal", "proposed by X")."""
    codes: list[str] = []
    low = text.lower()
    if not any(w in low for w in ("propos", "offer", "initiative", "plan")):
        return codes
    for actor in actors:
        if not actor.code or not actor.text:
            continue
        name = re.escape(actor.text)
        own = r"(?:'s|’s)?\s+(?:\w+\s+)?(?:proposals?|offer|initiative|plan)\b"
        by = r"(?:proposals?|offer|initiative|plan|proposed|offered) (?:\w+ )?(?:of|from|by) "
        if re.search(name + own, text) or re.search(by + r"(?:the )?" + name, text):
            codes.append(actor.code)
    dem = re.finditer(r"\b(" + t._DEM + r")(?:'s|’s)?\s+(?:\w+\s+)?(?:proposals?|offer|initiative|"
                      r"plan)\b", text, re.I)
    for m in dem:
        code = t.DEMONYMS.get(m.group(1).lower())
        if code and code not in codes:
            codes.append(code)
    return codes


_HIT = re.compile(
    r"\b(?:fir\w+ (?:at|on)|shell\w*|bomb\w*|struck|strik\w+(?: at| on)?|hit\w*|attack\w*"
    r"(?: on)?|target\w*|under (?:\w+ )?(?:bombing|fire|shelling)(?: by [\w ]+?)?(?: of| on)?|"
    r"block\w*|disrupt\w*|bl[eo]w\w* up)\s+((?:the |a |an |our |their |its )?[\w\"'’ -]{3,80}?)"
    r"(?=[,.;:\"]|\s+(?:and|as well|while|in order|in an? (?:attempt|effort|bid)|themselves|"
    r"itself|despite|from which|with|that|which|"
    r"in (?:violation|breach) of|in spite of|(?:a|one|two|three|\d+) (?:days?|hours?|weeks?) "
    r"(?:after|before|later)|(?:shortly |just |hours |days )?(?:after|before)|during|amid)\b|$)",
    re.I,
)


def hit_of(text: str, ev: Event) -> str | None:
    m = _hit_near_trigger(text, ev.trigger)
    if m:
        # "with shelling and assaults along the front line": where, past the second act
        return _WHEN_AFTER.sub("", re.sub(r"^(?:and|or) \w+ ", "", m.group(1))).strip(" \"'")
    if ev.event_type == "ASSAULT" and ev.target and ev.target[0].text:
        return _WHEN_AFTER.sub("", ev.target[0].text) or ev.location
    return ev.location


def _hit_near_trigger(text: str, trigger: str | None) -> re.Match[str] | None:
    """The strike the event's own word tells: "The army accused the RSF of attacking a
    military base, while the RSF said the army had shelled its positions" -> the RSF's
    charge hit "its positions", not the base."""
    hits = list(_HIT.finditer(text))
    at = re.search(r"\b" + re.escape(trigger) + r"\b", text) if trigger and hits else None
    if at is None:
        return hits[0] if hits else None
    return next((m for m in hits if m.end() > at.start()), hits[0])


_WHEN_AFTER = re.compile(r"\s+(?:overnight|again|today|yesterday|at night|on \w+day)$", re.I)


@lru_cache(maxsize=100_000)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOPWORDS)


_STOPWORDS = {
    "that", "this", "with", "from", "have", "been", "were", "which", "their", "there", "they",
    "will", "would", "said", "also", "about", "after", "when", "what", "into", "only", "other",
    "than", "today", "yesterday", "russian", "ukrainian", "russia", "ukraine", "president",
    "side", "sides", "parties", "party", "federation",
}


GROUP_WORDS = re.compile(r"\b(?:leaders|presidents|parties|sides|interlocutors|heads of state|"
                         r"both|two)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us)\b")


def may_mention(ev: Event) -> bool:
    """False when ``read`` gives None for the event whatever its context, home or dyad
    (only the sentence, type and mode count here)."""
    if ev.event_type not in RELEVANT_TYPES:
        return False
    text = ev.sentence or ""
    if _BROKE_IT.search(text):
        return True  # "had violated it": the truce of the sentences before, as ``read`` takes it
    if not _topical(text) and ev.mode not in ("ceasefire", "access", "release"):
        return False
    if ev.event_type in ("AGREE", "CONCEDE", "REJECT", "SUPPORT"):
        return True  # an anaphoric act takes its kind from the sentences before it
    return bool(kinds_of(text, ev.event_type, ev.mode))


def read(ev: Event, dyad: tuple[str, str] | None = None, context: str = "",
         home: str | None = None, proxies: frozenset[str] = frozenset()) -> Mention | None:
    """The mention an event makes of an agreement, or None. ``proxies``: the dyad sides
    whose rebels fight for the other side (see :func:`side_of`)."""
    if ev.event_type not in RELEVANT_TYPES:
        return None
    text = ev.sentence or ""
    main = before_condition(text)  # what the sentence says, its condition aside
    counter = _counter_charge(ev, context, dyad, proxies)
    if not _topical(text) and ev.mode not in (
            "ceasefire", "access", "release") and not (context and _BROKE_IT.search(text)) \
            and not counter:
        return None
    kinds = kinds_of(text, ev.event_type, ev.mode, context) or (
        kinds_of(context, ev.event_type, ev.mode) if counter else [])  # (the truce charged)
    if not kinds:
        return None
    kind = kinds[0]
    act = _act(ev, text, kind)
    if counter and act in (None, "mention"):
        act = "violation"
    if act is None:
        return None
    if act in ("violation", "contested") and context:
        # a claim is about what it names ("the alleged cessation of hostilities"), not
        # about the corridors of the sentences before it
        kinds = kinds_of(text, ev.event_type, ev.mode) or kinds
        kind = kinds[0]
    act = _settled_act(ev, text, kind, len(kinds) == len(KIND_FAMILY), act)

    reciprocal_cue = has(t.RECIPROCAL, text)
    mediators: list[str] = []
    source = _stated_actors(ev.source, text, dyad)
    target = _stated_actors(ev.target, text, dyad)
    actors = [a for a in source + target if a.code]
    for a in actors:
        if _is_mediator(a) and a.code not in mediators:
            mediators.append(a.code or "")
    for word, code in (("Red Cross", "ICRC"), ("ICRC", "ICRC"), ("United Nations", "UN"),
                       ("UN ", "UN"), ("OSCE", "OSCE")):
        if word in text and code not in mediators and (
            has(t.MEDIATION, text) or act in ("agree", "in_force", "implemented", "propose")
        ):
            mediators.append(code)
    place = t.venue(text) or t.venue(ev.location or "")
    host = t.venue_host(place)
    if host and (kind in ("talks", "peace_agreement") or has(t.MEDIATION, text) or
                 has(t.MARITIME_DEAL, text)):
        mediators.append(host)  # (the grain deal was signed with its host, Turkey)
    # a third state offering to host or mediate the two sides' talks mediates them ("we
    # would be pleased to host a summit in Turkey", said by Erdogan), as partners "helping
    # with this exchange" do: no side's position
    offering_offices = kind in ("talks", "peace_agreement") and has(t.HOSTING, text) or \
        bool(dyad) and has(t.HELPING, text)
    go_betweens = [c for c in t.go_between_codes(text) if c not in (dyad or ())]
    if (has(t.MEDIATION, text) or offering_offices) and not go_betweens:
        # (when the sentence names its go-between, "hosted by Marco Rubio", the states
        # that signed beside it are parties, not go-betweens)
        for a in actors:  # (a side's proxy, the DPR, is its side: no go-between)
            if a.code and dyad and side_of(a, dyad, proxies) not in dyad and \
                    a.code not in mediators and not (
                act == "propose" and a in source and not offering_offices
            ):
                mediators.append(a.code)
    mediators = list(dict.fromkeys(mediators + go_betweens))

    src = [c for c in _party_codes(source, kind) if c not in go_betweens]
    tgt = [c for c in _party_codes(target, kind) if c not in go_betweens]
    pair = t.named_pair(text)
    if dyad and src and not tgt and all(t.WARRING.search(a.text or "") for a in source if a.code) \
            and {base_code(c) for c in src} <= {base_code(c) for c in dyad}:
        src = list(dyad)  # "Yemen's warring parties agreed": the war's two sides
    elif src and all(has(GROUP_WORDS, a.text or "") for a in source if a.code):
        # "The two leaders agreed …": keep the sides the sentence itself names
        named = t.sentence_codes(text)
        if named and not set(src) <= set(named):
            src = list(dict.fromkeys([c for c in src if c in named] + named))[:max(2, len(src))]
        if len(named) >= 2 or named and not set(src) <= set(named):
            # the group is the whole agreement: a target outside it is the coder's guess
            tgt = [c for c in tgt if c in named and c not in src]
    if not src and has(FIRST_PERSON, text) and act not in ("violation", "contested"):
        src = _speaker(home, tgt if act == "propose" else [], dyad)
    if not src and not tgt and not pair and act not in ("violation", "contested"):
        # the coder found no actor: the states and organisations the sentence names (not
        # a third party who only tells of it: "a U.S. official said the truce was holding")
        tellers = [c for c in t.speaker_codes(main) if c not in (dyad or ())]
        named = [c for c in t.sentence_codes(text) if c not in tellers]
        if len(named) >= 2 and act in ("agree", "accept") and reciprocal_cue:
            pair = named[:2]
        elif named and act == "propose" and has(RECEIVED, text):
            # "the Russian delegation received proposals": the named side is asked
            tgt = named[:1]
            others = [c for c in (dyad or ()) if c not in tgt]
            proposer = home if home and home not in tgt else (others[0] if others else None)
            src = [proposer] if proposer else []
        elif named:
            src = named[:1]
            tgt = named[1:2]
    elif src and not tgt and act in ("agree", "accept", "propose", "reject"):
        guarantors = t.guarantor_codes(text)
        # (named only in a condition, "if Russian troops withdrew", no side)
        tellers = t.speaker_codes(main)
        # (not the host of "talks in Minsk", nor the go-betweens who announce or mediate it)
        tgt = [c for c in t.sentence_codes(main) if c not in src and c not in guarantors
               and c != host and c not in tellers and c not in go_betweens][:1]
        if not tgt and guarantors and dyad and src[0] in dyad:
            tgt = [c for c in dyad if c != src[0]]  # guarantees for a deal with the other side
    reciprocal = reciprocal_cue or (
        ev.event_type == "AGREE" and act == "agree" and bool(src) and bool(tgt)
    )
    positions: dict[str, str] = {}
    parties: list[str] = []
    weak = False
    claimant = accused = None
    hit = None

    def non_mediator(codes: list[str]) -> list[str]:
        if ev.event_type in ("AGREE", "REJECT") and act in ("agree", "accept", "propose",
                                                           "reject") and not offering_offices:
            return codes  # an IGO that agrees or is agreed with is a party (and a mediator)
        return [c for c in codes if c not in mediators or c in (dyad or ())]

    if act == "violation" or (act == "contested" and ev.event_type in ("ACCUSE", "ASSAULT")):
        said = side_of(ev.claimant, dyad, proxies) \
            if ev.claimant and not _witness(ev.claimant, dyad) else None
        if ev.event_type in ("ACCUSE", "REJECT"):
            claimant = said or next((side_of(a, dyad, proxies) for a in source if a.code), None)
            accused = next((side_of(a, dyad, proxies) for a in target if a.code), None) \
                if tgt else None
        else:  # ASSAULT, COERCE, negated RETREAT: the actor is the accused
            claimant = said
            accused = next((side_of(a, dyad, proxies) for a in source
                            if a.code and a.sector != "UAF"), None) if src else None
            if accused is None and src and dyad and claimant in dyad and any(
                    a.sector == "UAF" for a in source):
                accused = claimant  # an attacker nobody names: the claimant's enemy (below)
        if claimant and claimant == accused and dyad and claimant in dyad and ev.claimant:
            # no side accuses itself: the coder mistook "the invaders" for the speaker's side,
            # or the attacker nobody named struck where the speaker stands
            accused = dyad[1] if claimant == dyad[0] else dyad[0]
        elif claimant == accused:
            claimant = None
        parties = [c for c in (claimant, accused) if c]
        hit = hit_of(text, ev)
    elif kind == "talks" and not _conflict_talks(text, src + tgt + pair, dyad):
        return None  # talks with a third state about something else are not peace talks
    elif kind == "talks" and ev.event_type == "CONSULT":
        if len(pair) >= 2:
            parties = pair
        else:
            codes = non_mediator(src + tgt)
            if dyad and not set(dyad) <= set(codes):
                # a call about talks between others: linked, but names no party
                parties = []
                act = "mention" if act != "implemented" or not codes else act
                if act == "implemented" and not set(codes) & set(dyad):
                    act = "mention"
                elif act == "implemented":
                    parties = [c for c in codes if c in dyad]
                    if (FORMAL_TALKS.search(text) or place) and has(t.CEASEFIRE, text):
                        # "US and Ukrainian officials met in Riyadh to discuss a partial
                        # ceasefire", "Trump and Putin held talks in Anchorage but did not
                        # announce a ceasefire": a go-between's round with one side
                        parties += [c for c in codes if c not in dyad][:1]
                    weak = True
            else:
                parties = codes
        if act in ("agree", "implemented"):  # a round planned or held, not talk about talks
            for c in parties:
                positions[c] = "agreed"
        go_between = ev.claimant.code if ev.claimant else None
        if act == "propose" and go_between and dyad and go_between not in dyad:
            # "Trump said he had begun arranging a meeting between Putin and Zelenskiy": his
            # proposal, neither side's yet
            mediators.append(go_between)
            positions = {c: "undecided" for c in parties}
    else:
        proposers = _genitive_proposers(text, source + target)
        if not proposers and has(t.PROPOSED_BY, text) and len(non_mediator(tgt)) == 1:
            proposers = non_mediator(tgt)  # "approval of routes previously proposed by our state"
        s_codes = non_mediator(src)
        t_codes = non_mediator(tgt)
        if len(pair) >= 2 and not s_codes:
            s_codes = pair
            if act == "propose" and home in pair:
                # "negotiations between Ukraine and Russia" in Kyiv's words: Kyiv is asking
                s_codes = [home]
                t_codes = list(dict.fromkeys(t_codes + [c for c in pair if c != home]))
        if act == "propose" and ev.event_type == "CONSULT" and home and \
                home in s_codes + t_codes:
            # swap talks told both ways ("negotiations on the exchange … between Ukraine and
            # Russia are being conducted by" Kyiv's intelligence): the teller's side is asking
            t_codes = [c for c in dict.fromkeys(s_codes + t_codes) if c != home]
            s_codes = [home]
        if act == "propose":
            for c in s_codes:
                positions[c] = "proposed"
            for c in t_codes:
                positions.setdefault(c, "undecided")
            if not s_codes and src and dyad and all(c in mediators for c in src):
                # a go-between's plan ("The IAEA called for a protection zone around the
                # plant") puts it to both sides
                for c in dyad:
                    positions.setdefault(c, "undecided")
        elif act in ("accept", "agree"):
            given = "accepted" if act == "accept" else "agreed"
            for c in s_codes:
                positions[c] = given
            for c in t_codes:
                if c in proposers or (act == "accept" and re.search(r"propos|offer|initiative",
                                                                    text, re.I)):
                    positions[c] = "proposed"
                elif ev.event_type in ("AGREE", "COOPERATE") and (reciprocal or act == "agree"):
                    # "Russia promised to reduce military activity around Kyiv": a pledge
                    # binds the side that gave it
                    positions.setdefault(c, "undecided" if has(PLEDGE, text) and
                                         not reciprocal_cue else "agreed")
            for c in proposers:
                if c not in s_codes:
                    positions[c] = "proposed"
        elif act == "reject":
            for c in s_codes:
                positions[c] = "rejected"
            for c in proposers:
                if c not in s_codes:
                    positions.setdefault(c, "proposed")
        elif act == "withdraw":
            for c in s_codes:
                positions[c] = "withdrawn"
        elif act in ("in_force", "implemented"):
            for c in s_codes:
                positions[c] = "agreed"
            if act == "implemented" and ev.event_type in ("RETREAT", "COOPERATE"):
                for c in t_codes or _captor(s_codes, text, dyad):
                    positions.setdefault(c, "agreed")  # a release or swap: both took part
            weak = True
            if ev.event_type in ("COOPERATE", "AID") and KIND_FAMILY[kind] == "humanitarian":
                positions = {}
        for c in _truce_with(text, dyad):
            positions.setdefault(c, "undecided")  # "accept a U.S. proposal for a 30-day
            # ceasefire with Russia": Russia is the truce's other side, still to answer
        parties = list(dict.fromkeys(list(positions) + s_codes + t_codes))
        if act == "mention" and len(pair) >= 2 and not positions:
            # "discussed ... preparations of the peace treaty between Azerbaijan and Armenia"
            # in a Putin–Aliyev call: the treaty's parties are the two it is between
            parties = list(pair)
        if act in ("agree", "accept") and reciprocal and dyad and len(parties) < 2 and (
            not parties or parties[0] in dyad
        ) and kind not in ("talks",):
            # "three corridors have been agreed": the passive names both belligerents
            for c in dyad:
                positions.setdefault(c, "agreed")
            parties = list(dict.fromkeys(parties + list(dyad)))
    if dyad and KIND_FAMILY[kind] in ("ceasefire", "partial_ceasefire") and \
            act in ("agree", "accept") and set(positions) & set(dyad):
        # "Putin agreed in a phone call with Trump to stop attacks on energy infrastructure":
        # the one a belligerent agreed it with, taking no position of its own, is a go-between
        mediators += [c for c in parties if c not in dyad and c not in positions]
    for code in NEUTRAL_INTERMEDIARIES & (set(positions) | set(parties)):
        # the Red Cross documents and escorts what the sides agree; it is never a side
        positions.pop(code, None)
        parties = [c for c in parties if c != code]
        mediators.append(code)
    mediators = list(dict.fromkeys(m for m in mediators if m not in (dyad or ())))

    # the places a condition names are not the scope ("if Kyiv withdrew from the Donetsk,
    # Luhansk, Zaporizhzhia and Kherson regions")
    places = t.places(main, skip=frozenset(a.text for a in actors if a.text))
    themes = t.themes(text)
    if kind in SCOPED and not places and not themes and context:
        places = t.places(context, skip=frozenset(a.text for a in actors if a.text))
        # (a truce's theme, "energy infrastructure", is no scope of an exchange told beside it)
        themes = [th for th in t.themes(context) if th in t.PARTIAL_THEMES] \
            if kind != "prisoner_exchange" else []
    if place and (kind == "talks" or place in t.VENUES):
        places = [p for p in places if p != place]  # where it was said, not its scope
    if kind != "talks" and (held := t.talks_venues(main)):
        places = [p for p in places if p not in held]  # "talks in Pretoria": not its scope
    duration = _duration(text, context)
    if kind == "talks" and has(t.CEASEFIRE, text) or act == "in_force" and _EXTENDED.search(
            text):
        duration = None  # "a 30-day ceasefire … after talks in Jeddah": the truce's days;
        # "extended … after Israel failed to withdraw within the 60-day period": the old term
    if kind == "ceasefire" and REFUSED_FULL.search(text):
        # "agreed to halt strikes on energy facilities for 30 days but declined a full
        # ceasefire": the themes and the days are the partial truce's
        themes = [th for th in themes if th not in t.PARTIAL_THEMES]
        duration = None
    year = (ev.date or date.today()).year
    return Mention(
        event=ev, kind=kind, kinds=tuple(kinds), act=act, day=ev.date, parties=parties,
        positions=positions, weak_positions=weak, mediators=mediators, places=places,
        themes=themes, duration=duration, round=t.round_number(text),
        venue=place, date_refs=t.date_refs(text, year),
        starts=t.start_day(text, year) or (ev.date if t.FROM_CLOCK.search(text) else None),
        until=_extended_to(ev, text) if act == "in_force" else None,
        backref=(has(t.BACKREF, text)),
        reciprocal=reciprocal, written=(has(t.WRITTEN, text)),
        full=(has(t.FULL_CEASEFIRE, text)), claimant=claimant, accused=accused, hit=hit,
        words=_words(text),
    )


_TRYING = re.compile(r"\b(?:tr(?:y|ies|ied|ying) to|attempt(?:s|ed|ing)? to|efforts? to|"
                     r"seek(?:s|ing)? to|sought to)\b", re.I)
_DRAFTING = re.compile(r"\bwork\w*\b[^.;]{0,60}?\b(?:on|at) (?:a|the|an|this) (?:\w+ ){0,2}"
                       r"(?:document|draft|text|treaty|wording)\b", re.I)
_BROKE_IT = re.compile(r"\b(?:violat\w*|breach\w*|broke|broken|breaking) (?:it|this)\b", re.I)
_THE_CEASEFIRE = re.compile(r"\bthe (?:ceasefire|truce)\b", re.I)


# "under a deal reached in Switzerland in March": a deal made
_DEAL_REACHED = re.compile(r"\b(?:deal|agreement|accord)s? (?:was |were |had been )?(?:reached|"
                           r"struck|sealed|clinched)\b", re.I)
_FOR_MORE = re.compile(r"\bfor (?:another (\w+ )?|(\w+) (?:more|further) )(day|week|month)s?\b",
                       re.I)


def _days_of(more: re.Match[str]) -> int:
    """The days of "for two more months", "for another 60 days", "for another month"."""
    raw = (more.group(1) or more.group(2) or "one").strip().lower()
    value = int(raw) if raw.isdigit() else t.NUMBER_WORDS.get(raw, 1)
    return value * {"day": 1, "week": 7, "month": 30}[more.group(3).lower()]


def _extended_to(ev: Event, text: str) -> date | None:
    """The day a truce in force is extended to, in the year that comes next."""
    if not _EXTENDED.search(text) or ev.date is None:
        return None
    day = t.until_day(text, ev.date.year)
    if day is None and (more := _FOR_MORE.search(text)):
        return ev.date + timedelta(days=_days_of(more))  # "for two more months"
    return day.replace(year=day.year + 1) if day and day < ev.date else day


def _duration(text: str, context: str) -> int | None:
    """The days a sentence gives its truce, or those of the truce the sentences before name
    when it says "the ceasefire" ("… called on Russia to agree to a 30-day ceasefire. Zelenskiy
    said Ukraine was ready for the ceasefire.")."""
    days = t.duration_days(text)
    if days is None and context and _THE_CEASEFIRE.search(text) and not t.themes(text):
        days = t.duration_days(context)
    return days


# an offer of the talks themselves ("proposed direct talks with Ukraine"), not of what they
# were about ("a U.S. proposal for a 30-day ceasefire after eight hours of talks")
_TALKS_OFFERED = re.compile(
    r"\b(?:propos\w*|offer\w*|suggest\w*|invit\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:talks|negotiations|meeting|summit|round)\b", re.I)
_TALKS_WITH = re.compile(r"\b(?:talks|negotiations|meeting) with ([^,.;]{3,60}?)"
                         r"(?= in | on | at |[,.;]|$)", re.I)


def _talks_partners(text: str, sides: list[str], dyad: tuple[str, str] | None) -> list[str]:
    """Who held talks when the sentence says with whom ("Ukraine … after talks with American
    officials in Jeddah": Ukraine and the United States, not the side the truce is with)."""
    found = _TALKS_WITH.search(text)
    if not found:
        return []
    partners = t.sentence_codes(found.group(1))
    own = [c for c in sides if c not in partners and (
        not dyad or not set(partners) & set(dyad) or c in dyad)][:1]  # (not the border's
    # state of "arrived at the Belarusian border for talks with the Russian side")
    return own + partners[:1] if own and partners else []


_TRUCE_WITH = re.compile(r"\b(?:ceasefire|cease-fire|truce|armistice)\s+with\s+([^,.;]{3,40})",
                         re.I)


def _truce_with(text: str, dyad: tuple[str, str] | None) -> list[str]:
    """The belligerent a truce is said to be "with"."""
    found = _TRUCE_WITH.search(text)
    if not found or not dyad:
        return []
    return [c for c in t.sentence_codes(found.group(1))[:1] if c in dyad]


_TALKS_FUTURE = re.compile(r"\bis to take place|\bwill (?:take place|be held)|\bnext round|"
                           r"\bplanned\b|\bscheduled\b|\bis expected\b|\bupcoming\b", re.I)


def _captor(s_codes: list[str], text: str, dyad: tuple[str, str] | None) -> list[str]:
    """The other belligerent of a release or exchange told by one side alone ("We have
    finally managed to release the mayor of Melitopol from captivity")."""
    named = [c for c in s_codes if dyad and c in dyad]
    if len(named) != 1 or not (has(t.RELEASE, text) or has(t.EXCHANGE, text)):
        return []
    return [c for c in (dyad or ()) if c != named[0]]


def _settled_act(ev: Event, text: str, kind: str, any_kind: bool, act: str) -> str:
    """The act once the wording has had its say over the event type (in this order)."""
    if act == "propose" and ev.event_type == "REQUEST" and _own_side(ev):
        act = "mention"  # a call on one's own citizens to evacuate proposes nothing
    if act == "implemented" and kind == "talks" and has(t.GRAIN, text) and not has(
            SHIPPED, text):
        act = "mention"  # "an exchange of views took place on how to unblock the ports"
    if any_kind and act in FOUNDING_ACTS:
        act = "mention"  # a bare "the agreement" founds nothing
    if act == "mention" and has(t.COLLAPSED, text) and has(t.CEASEFIRE, text):
        act = "collapsed"
    if act in ("mention", "violation") and re.search(r"\bin limbo\b|\beach other\b", text, re.I):
        act = "contested"
    # historical background (Minsk 2015, 2020 ceasefire) is linked but founds nothing new
    if ev.modality == "historical" and act in FOUNDING_ACTS:
        act = "mention"
    imagined = ev.modality == "hypothetical"
    if (imagined or has(CONDITION, text)) and act in (
            "agree", "accept", "in_force", "implemented") or imagined and act == "reject":
        act = "mention"  # "if partners are not ready to see Ukraine in NATO": no one refused
    if text.rstrip(' "\'”').endswith("?") and act in FOUNDING_ACTS:
        act = "mention"  # a question asserts nothing
    return act


# a charge of breaking the truce, in the sentences before
_TRUCE_CHARGED = re.compile(r"\b(?:violat|breach)\w*\b[^.;]*\b(?:ceasefire|truce|moratorium)|"
                            r"\b(?:ceasefire|truce|moratorium)\b[^.;]*\b(?:violat|breach)", re.I)


def _counter_charge(ev: Event, context: str, dyad: tuple[str, str] | None,
                    proxies: frozenset[str]) -> bool:
    """"The army accused the M23 of violating the ceasefire. The M23 said the army had
    shelled areas under its control": the other side's attack, told by one side right after
    a charge of breaking the truce, is that side's charge in turn."""
    if ev.event_type != "ASSAULT" or ev.negated or ev.modality != "reported" or not dyad or \
            ev.claimant is None or not _TRUCE_CHARGED.search(context or ""):
        return False
    said = side_of(ev.claimant, dyad, proxies)
    attackers = {side_of(a, dyad, proxies) for a in ev.source if a.code and a.sector != "UAF"}
    return said in dyad and attackers == {c for c in dyad if c != said}


def _witness(claimant: Actor, dyad: tuple[str, str] | None) -> bool:
    """Civilians of a land at war with its own rebels speak for neither side ("Residents
    reported air strikes in Khartoum" is no charge of the army's against the RSF)."""
    land = base_code(claimant.code or "")
    return claimant.sector == "CVL" and bool(dyad) and land in (dyad or ()) and \
        land + REBELS in (dyad or ())


def side_of(actor: Actor, dyad: tuple[str, str] | None, proxies: frozenset[str]
            ) -> str | None:
    """The side an actor fights on: its code, except for the rebels of a state side whose
    own actors are its government and army ("separatist forces had violated the truce",
    coded UKR REB as CAMEO codes Donbas separatists, fight on Russia's side; Hamas, PSE REB,
    is the PSE side itself)."""
    code = actor.code
    side = base_code(code or "")
    if not dyad or code in dyad or actor.sector != "REB" or side not in dyad:
        return code
    if side in proxies:
        return dyad[1] if side == dyad[0] else dyad[0]
    return side


# verbs of a command to one's own subordinates (no proposal to another side)
COMMANDS = re.compile(r"^(?:instruct|order|task|direct|charge)", re.I)


def _own_side(ev: Event) -> bool:
    """The request is addressed to the speaker's own side (its citizens, its officials), or
    is an instruction to a body of no other state ("The Regional State Administrations have
    been instructed to intensify evacuation work")."""
    asked = set(ev.target_codes)
    if COMMANDS.match(ev.trigger or "") and not asked - set(ev.source_codes):
        return True
    return bool(asked) and asked <= set(ev.source_codes)


def _speaker(home: str | None, tgt: list[str], dyad: tuple[str, str] | None) -> list[str]:
    """Who "I"/"we" is: the article's own side, else the belligerent an offer is not
    addressed to ("I offer the Russian Federation to exchange …" is Ukraine speaking)."""
    if home and home not in tgt:
        return [home]
    if dyad and len(tgt) == 1 and tgt[0] in dyad:
        return [c for c in dyad if c != tgt[0]]
    return [home] if home else []


def _conflict_talks(text: str, codes: list[str], dyad: tuple[str, str] | None) -> bool:
    """Talks between the belligerents, or talks about an arrangement of the war."""
    if has(t.GRAIN, text) or has(t.CEASEFIRE, text) or has(t.EXCHANGE, text) or has(
            t.PEACE, text) or t.round_number(text) or _corridor(text):
        return True
    if dyad is None:
        return True
    named = set(codes) | set(t.sentence_codes(text))
    return set(dyad) <= named


def _told_as_venue(text: str, place: str) -> bool:
    """Does the sentence name the place as where something is held ("talks in Belarus",
    "arrived in Istanbul", "the Istanbul talks", "the Belarusian border")?"""
    name = re.escape(place)
    return bool(re.search(rf"\b(?:in|at|to|from|near|on)\s+(?:the\s+)?{name}\b|\b{name}"
                          rf"(?:[\w-]*)\s+(?:talks|round|negotiations|meeting|communiqu|border|"
                          rf"format|platform|venue|process)", text, re.I))


def talks_aside(ev: Event, dyad: tuple[str, str] | None) -> Mention | None:
    """The round of talks a sentence about something else happened at.

    "During the third round of talks in Belarus, the delegations … clarified the details of
    the humanitarian corridors": the corridor news is one mention; that the third round was
    held is another. Only sentences that name the round or the venue count.
    """
    text = ev.sentence or ""
    number = t.round_number(text)
    place = t.venue(text)
    if place and not _told_as_venue(text, place):
        place = None  # "the common defence space of Russia and Belarus": no venue
    if not (number or place) or ev.modality == "historical" or not has(t.TALKS, text):
        return None
    if not re.search(r"\b(?:round|talks|negotiations)\b", text, re.I):
        return None
    named = t.sentence_codes(text)
    parties = t.named_pair(text) or [c for c in named if dyad and c in dyad]
    sides = [c for c in _codes(ev.source + ev.target) if c not in MEDIATOR_CODES]
    if place in t.HOME_VENUES and len(parties) < 2 and dyad and len(set(sides)) == 2 and \
            len(set(sides) & set(dyad)) == 1:
        parties = list(dict.fromkeys(sides))  # "Trump and Putin held talks in Anchorage"
    elif len(parties) < 2 and dyad:
        parties = list(dyad)
    if (partners := _talks_partners(text, sides, dyad)):
        if not _conflict_talks(text, partners, dyad):
            return None  # "the talks with the President of Belarus": no peace talks
        parties = partners
    act = "agree" if ev.modality == "future" or has(_TALKS_FUTURE, text) else "implemented"
    positions = {c: "agreed" for c in parties}
    offer = _TALKS_OFFERED.search(text) if ev.event_type == "AGREE" else None
    if offer and not has(t.IMPLEMENTED, text):
        # "Putin proposed direct talks with Ukraine in Istanbul on May 15": offered, not held,
        # by whoever is named before the offer (the coder tells such talks both ways)
        act = "propose"
        proposers = [a.code for a in ev.source + ev.target if a.code in parties and a.text
                     and 0 <= text.find(a.text) < offer.start()][:1]
        positions = {c: "proposed" if c in proposers else "undecided" for c in parties}
    host = t.venue_host(place)
    return Mention(
        event=ev, kind="talks", kinds=("talks",), act=act, day=ev.date, parties=parties,
        positions=positions, weak_positions=act != "propose",
        mediators=[host] if host and host not in parties else [], places=[], themes=[],
        duration=None, round=number,
        venue=place, date_refs=t.date_refs(text, (ev.date or date.today()).year),
        backref=False, reciprocal=True, written=False, full=False, words=_words(text),
    )
