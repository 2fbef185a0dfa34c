"""The parties of an event: a frame's sources and targets from the parse, "the two sides"
resolved to the article's pair, the countries of uncoded actors and implied partners."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from detente.actors import state_codes
from detente.actors.dictionary import Match, is_patron
from detente.model import Actor
from detente.nlp import lexicon as lx
from detente.nlp.coder.actors import ActorResolver, _strip_det
from detente.nlp.coder.attributes import ACCUSING_VERBS
from detente.nlp.coder.constants import (
    ACTIVE_PASSIVES,
    ADVERSARY,
    BILATERAL_LEMMAS,
    BILATERAL_TITLE,
    COMPLEMENT_TARGETED,
    DOING_VERBS,
    FIRST_PLURAL,
    FROM_ABROAD,
    GIVING_VERBS,
    GROUP_SIZES,
    HOSTILE_TYPES,
    JOINT_SIGNING,
    MANY_ABROAD,
    MILITARY_WORDS,
    NEGOTIATE,
    RECEIVING_VERBS,
    SYMMETRIC,
    TARGET_PREPS,
    TOPIC_VERBS,
    WAR_GROUND,
)
from detente.nlp.coder.predicates import (
    _hoped_help,
    approved_clause,
    gathering_joined,
    joint_noun,
    removed_from_a_body,
)
from detente.nlp.coder.state import Frame, _conjuncts
from detente.nlp.quantities import QUANT_ENTS
from detente.nlp.tokens import by_object_above, participle_clause
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import lemma as _lemma

ROUND_OF_TALKS = re.compile(r"negotiat|\btalks\b|delegation", re.I)
# words of dealings with an enemy at war: talks, delegations, truces, corridors, swaps
DEALINGS = re.compile(r"negotiat|talks|delegation|ceasefire|truce|corridor|exchange|prisoner|"
                      r"evacuat|mediat", re.I)

# a title of dealings with the state it names ("Telephone conversation with President of
# Ukraine"; not "… that Russia does not have any success in the aggression against Ukraine")
TITLED_DEALINGS = re.compile(DEALINGS.pattern + r"|conversation|meeting|\bmet\b|\bcalls?\b|"
                             r"\btalk|\bspoke|visit|summit|agree", re.I)

# what "both sides", no pair named, said at war, are the warring sides of ("both sides
# accused each other", "called on both sides to respect the truce")
WARRING_ACTS = lx.CONFLICTUAL | {"ACCUSE", "REJECT", "THREATEN", "RETREAT", "CONCEDE",
                                  "REQUEST"}
WARRING_MODES = frozenset({"ceasefire", "release", "access"})
# Objects of an attack verb that are not what it falls on ("launched missiles", "at the
# moment", "blocked the way").
FIRING_VERBS = frozenset({"launch", "fire", "drop", "use"})  # weapons fired or used: not struck
ACTS_NOT_STRUCK = lx.ATTACKS | lx.WARS | lx.HARMS_BROUGHT
STRUCK_SKIP = MILITARY_WORDS | lx.WEAPONS | lx.TROOPS | frozenset({
    "moment", "time", "day", "night", "way", "attempt", "part", "role", "fact", "number"})


# kin of one's own forces ("the children of servicepeople who were killed"): the side's people
_OWN_FORCES_KIN = re.compile(r"\b(?:servicepeople|servicemen|service members|soldiers|"
                             r"military|officers|troops)\b", re.I)


class ArgumentReader(ActorResolver):
    """Sources and targets of frames, and the parties an article's sentences imply."""

    def _sector_of_a_neighbour(self, mod: Any) -> bool:
        """Is a modifier only a sector word ("military") beside a modifier that names a
        country ("Russian military aggression")?"""
        match = self.match_at.get(mod.i)
        return match is not None and match.kind == "sector" and any(
            (m := self.match_at.get(c.i)) is not None and m.code
            for c in mod.head.children if c.i != mod.i and c.dep_ in ("amod", "compound"))

    def _joint_subject(self, frame: Frame) -> bool:
        """"The interlocutors agreed", "the leaders agreed": both sides of the act."""
        subj, _, _ = self._subjects(frame.pred)
        return bool(subj) and joint_noun(subj[0])

    def _plural_pronoun_subject(self, frame: Frame) -> bool:
        subj, _, _ = self._subjects(frame.pred)
        return bool(subj) and subj[0].lower_ in ("they", "both")

    def _arguments(self, frame: Frame, etype: str) -> tuple[list[Actor], list[Actor]]:
        pred = frame.pred
        trig = frame.trigger
        if trig.dep_ == "amod" and trig.lower_ == "besieged":
            # "the Russian-besieged city of Mariupol": the besiegers and the place besieged
            # (unnamed besiegers only where the outlet's own land is besieged: not "the
            # besieged Leningrad and Sevastopol" of another war)
            besiegers = [a for c in _children(trig, "npadvmod", "advmod", "amod")
                         for a in self.actors_of(c)]
            if not besiegers and WAR_GROUND.get(self.home or "") != self.home:
                return [], []
            return besiegers, [a for a in self.actors_of(trig.head) if a.code]
        if frame.mode == "expel" and removed_from_a_body(trig):
            return self._expulsion_parties(frame)
        subj, subjpass, passive = self._subjects(pred)
        sources: list[Actor] = []
        targets: list[Actor] = []
        if frame.victim or (etype == "ASSAULT" and trig.tag_ == "VBN" and pred == trig and
                            _lemma(trig) not in FIRING_VERBS and  # ("missiles used": arms)
                            not any(c.dep_ in ("aux", "auxpass", "dobj") for c in trig.children)):
            # "died of torture"; "Almost 30,000 Russian soldiers killed." (a headline's
            # participle: the subject is the victim; not "shelled X and bombed Y", a past
            # tense the tagger took for a participle)
            if frame.victim and not subj + subjpass and pred.dep_ == "xcomp":
                subj = _children(pred.head, "nsubj")  # "Ukraine managed to resist attacks"
            for s in subj + subjpass:
                targets += self.actors_of(s)
            subj, subjpass = [], []
            if frame.victim and frame.kind == "noun":  # "resisted cyberattacks by Russia"
                sources += [a for c in _children(pred, "prep") if c.lower_ == "by"
                            for p in _children(c, "pobj") for a in self.actors_of(p)]
        if passive and subjpass and not _children(pred, "agent") and (
                _lemma(pred) in ACTIVE_PASSIVES or etype == "MOBILIZE" or (
                    etype == "RETREAT" and frame.mode in ("disarm", "withdraw", "resign"))):
            # "forces were engaged in", "guerrillas have been demobilized", "troops deployed"
            subj, subjpass, passive = subjpass, [], False
        for s in subj:
            if frame.kind == "noun" and trig in _conjuncts(s):
                continue  # "Hostilities in Donbass and the shelling ... have continued"
            sources += self._subject_actors(s)
        if frame.kind == "verb" and trig.tag_ == "VBG" and trig.dep_ in ("pobj", "pcomp", "advcl") \
                and not subj:
            # a gerund used as a noun: "killed in barbaric shelling by neo-Nazis"
            by = [a for c in _children(trig, "prep") if c.lower_ == "by"
                  for p in _children(c, "pobj") for a in self.actors_of(p)]
            sources += [a for a in by if a.code] or by[:1]
        if passive:
            for s in subjpass:
                if _lemma(pred) in FIRING_VERBS and _lemma(s) in lx.WEAPONS:
                    sources += self._weapon_owners(s)  # "Russian missiles were launched at"
                elif s != trig:  # not "the evacuation ... was completed" itself
                    targets += self.actors_of(s)
            for agent in _children(pred, "agent"):
                for p in _children(agent, "pobj"):
                    sources += self.actors_of(p) or self._weapon_owners(p)
            if subjpass:
                sources += self._retained_object_givers(pred, sources)
        # noun triggers carry their own actors: "Russia's attack", "Russian strikes",
        # "talks between Russia and Ukraine", "attack by Russian forces"
        if frame.kind == "noun":
            own_src: list[Actor] = []
            batch = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "of" and \
                _lemma(trig.head.head) in lx.ROUND_NOUNS | lx.BATCH_NOUNS | lx.ENACTING_NOUNS \
                else None
            if batch is not None:  # "the Russian delegation's series of discussions",
                # "the announcement by Biden of a new aid package"
                own_src += [a for c in _children(batch, "poss") for a in self.actors_of(c)]
                own_src += [a for c in _children(batch, "prep") if c.lower_ == "by"
                            for p in _children(c, "pobj") for a in self.actors_of(p)]
            if batch is None and trig.dep_ == "pobj" and trig.head.lower_ == "of" and (
                    announcer := by_object_above(trig.head)) is not None:
                own_src += self.actors_of(announcer)  # "the announcement by Biden of a new package"
            given_by: list[Actor] = []  # "we have full support from EU countries"
            paired = self._paired_modifiers(trig) if etype in SYMMETRIC else []
            own_src += paired
            renamed = []  # "the act of X – a strike": the deed's doer is the strike's
            if trig.dep_ == "appos" and etype == "ASSAULT":
                if self._armed_actor(trig.head):  # parsed as renaming the doer itself
                    own_src += self.actors_of(trig.head)
                else:
                    renamed = [c for c in trig.head.children if c.i != trig.i]
            pledged = [c for c in _children(pred, "prep") if c.lower_ == "from"] if (
                etype == "AGREE" and pred != trig and _lemma(pred) in RECEIVING_VERBS) else []
            for c in [*trig.children, *renamed, *pledged]:  # "received guarantees from X"
                if c.dep_ == "poss" and c.lower_ in ("its", "their") and \
                        _lemma(trig.head) in lx.REPORTING:
                    # "The Russian side noted its commitment": the reporter's own
                    own_src += [a for sj in _children(trig.head, "nsubj")
                                for a in self.actors_of(sj)]
                elif c.dep_ in ("amod", "compound") and c.i in self.match_at and c.i >= 2 and \
                        c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].lower_ == "anti":
                    targets += self.actors_of(c)  # "the anti-Russia sanctions": against it
                elif c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and
                                          c.i in self.match_at and not paired):
                    if self._sector_of_a_neighbour(c):
                        continue  # "Russian military aggression": the Russian military's
                    own_src += self.actors_of(c)
                elif _lemma(trig) == "need":
                    continue  # "the need for de-escalation by Russia": Russia is called on
                elif participle_clause(c) and _lemma(c) in DOING_VERBS:
                    # "the attack carried out by Russian troops", "the support provided by X"
                    own_src += [a for ag in _children(c, "agent") for p in _children(ag, "pobj")
                                for a in self.actors_of(p)]
                elif c.dep_ == "prep" and (etype in ("SUPPORT", "AID") and (
                        c.lower_ == "from" or self._support_of_giver(c, pred, sources)) or
                        etype == "AGREE" and c.lower_ == "from" and
                        _lemma(pred) in RECEIVING_VERBS):  # "received assurances from X"
                    given_by += [a for p in _children(c, "pobj") for a in self.actors_of(p)]
                elif c.dep_ == "prep" and c.lower_ == "of" and frame.mode == "weapons":
                    # "the test launch of the Sarmat missile": whose weapon it is, if told
                    own_src += [a for p in _children(c, "pobj") for a in self._weapon_owners(p)]
                elif c.dep_ == "prep" and (c.lower_ in ("by", "between", "among") or (
                        c.lower_ == "of" and (etype in ("CONSULT", "MOBILIZE", "THREATEN") or
                                              frame.governs))):
                    # "negotiations of the Russian parties", "intentions of European states",
                    # "the deployment of a US brigade"
                    for p in _children(c, "pobj"):
                        own_src += self.actors_of(p)
                elif c.dep_ == "prep" and c.lower_ == "of" and etype == "AID" and (
                        _lemma(trig) in lx.RESCUE_WORDS or _came_to_aid(trig)):
                    targets += [a for p in _children(c, "pobj") for a in self.actors_of(p)]
                    # "the evacuation of civilians": those evacuated
                elif c.dep_ == "prep" and c.lower_ == "of" and etype == "AID":
                    # "the assistance of the French government", not "provision of weapons"
                    own_src += [a for p in _children(c, "pobj") if self._is_actor_head(p)
                                for a in self.actors_of(p)]
                elif c.dep_ == "prep" and c.lower_ == "of" and etype == "RETREAT" and any(
                        self._armed_actor(p) for p in _children(c, "pobj")):
                    # "the withdrawal of Russian troops": the troops withdraw
                    own_src += [a for p in _children(c, "pobj") for a in self.actors_of(p)]
                elif c.dep_ == "prep" and c.lower_ == "of" and etype == "SANCTION" and \
                        frame.mode == "withdraw":
                    # "the withdrawal of the Russian Federation from the Minsk agreements"
                    own_src += [a for p in _children(c, "pobj") for a in self.actors_of(p)]
                elif c.dep_ == "prep" and c.lower_ == "of" and etype in ("ASSAULT", "COERCE"):
                    # "the shelling of the Russian troops": the force fires, not is fired at
                    for p in _children(c, "pobj"):
                        if self._armed_actor(p):
                            own_src += self.actors_of(p)
                        elif frame.presupposed or frame.victim:
                            targets += self.actors_of(p)  # "the deportation of citizens"
            got_from = pledged + [c for c in _children(trig, "prep") if c.lower_ == "from" or
                                  etype != "AGREE" and self._support_of_giver(c, pred, sources)]
            if (given_by or got_from and etype in ("SUPPORT", "AID", "AGREE") and
                    pred != trig) and \
                    not own_src and _lemma(pred) in RECEIVING_VERBS:
                targets += sources  # the one who has or gets it from them ("gained the
                sources = []  # support of all countries present", givers not coded)
                own_src = given_by
            vague = all(a is None or not (a.code or a.name or a.sector) for a in sources)
            if own_src and (vague or pred == trig or _lemma(pred) not in lx.LIGHT_VERBS):
                sources = own_src  # not "Putin" of "Putin criticised the intentions of X"
        # objects
        obj_heads: list[Any] = []
        if frame.kind != "noun" and not (etype == "CONSULT" and _lemma(trig) in TOPIC_VERBS
                                         ) and _lemma(trig) != "use":  # "use X against Y"
            obj_heads += _children(pred, "dative", "iobj")
            if not (passive and subjpass and _lemma(pred) in GIVING_VERBS):
                obj_heads += _children(pred, "dobj")  # (not the status "Ukraine was granted")
        elif frame.kind != "noun" and etype == "CONSULT":
            # "discussed the security situation with Adviser X": the topic is no party, but a
            # person the parse hangs on it is the one talked with
            obj_heads += [p for o in _children(pred, "dobj") for p in self._partners_in_topic(
                o, own=True)]
        counted = [p for c in _children(trig, "prep") if c.lower_ == "of"
                   for p in _children(c, "pobj")] if _lemma(trig) in lx.BATCH_NOUNS else [
            p for o in _children(trig, "dobj") if _lemma(o) in lx.BATCH_NOUNS | lx.ROUND_NOUNS
            for c in _children(o, "prep") if c.lower_ == "of"  # "hold a series of talks with"
            for p in _children(c, "pobj") if _lemma(p) in lx.TALKS or frame.kind == "object"]
        # ("conducted a series of exercises against Ukraine")
        for prep in _children(pred, "prep") + [
                c for c in _children(pred, "dative") if c.pos_ == "ADP" and (
                    frame.kind == "noun" and trig != pred or frame.kind == "object" and
                    etype == "SUPPORT")] + (
                    # "expressed gratitude to X", "sent greetings to X"
                _children(trig, "prep") if trig != pred else []) + [
                    c for p in counted for c in _children(p, "prep")] + [
                    # "the support provided by the Netherlands to Ukraine"
                    c for a in _children(trig, "acl") if frame.kind == "noun" and
                    participle_clause(a) for c in _children(a, "prep") if c.lower_ == "to"] + [
                    # "negotiations are underway with Western partners"
                    c for a in _children(pred, "acomp") if frame.kind == "noun" and
                    trig.dep_ == "nsubj" and trig.head == pred for c in _children(a, "prep")] + [
                    # "provided humanitarian aid for Ukraine": the aid's recipient
                    c for o in _children(pred, "dobj") if frame.etype == "AID" and
                    frame.kind != "noun" for c in _children(o, "prep") if c.lower_ == "for"]:
            if prep.lower_ in TARGET_PREPS:
                if etype in SYMMETRIC and prep.lower_ == "against" or \
                        etype == "COOPERATE" and prep.lower_ == "on" and prep.head == trig:
                    continue  # "working together with us against Russian aggression", "close
                    # cooperation on Syria": a topic
                if frame.mode in ("deport", "cleansing") and prep.lower_ in ("to", "into", "from"):
                    continue  # "deported to Russia": where to, not whom
                if prep.lower_ == "on" and _lemma(prep.head) in (
                        "congratulate", "compliment", "congratulation", "greeting"):
                    continue  # "congratulated Japarov on the parliamentary elections": why
                if prep.lower_ in ("in", "for", "from") and etype not in (
                        "AID", "SANCTION", "REJECT", "REQUEST", "ACCUSE") and not (
                        frame.etype == "AID" and prep.lower_ == "for") and not (
                        frame.mode == "visit" and prep.lower_ == "in") and not (
                        etype == "SUPPORT" and prep.lower_ == "for" and prep.head == trig
                        and frame.kind == "noun"):  # "its support for Ukraine"
                    continue  # but a visit "in Kyiv" is to its host
                if prep.lower_ == "from" and etype in ("AID",):
                    continue
                if prep.lower_ in ("on", "at") and _children(pred, "dobj") and any(
                        _lemma(p) in GROUNDS for p in _children(prep, "pobj")):
                    continue  # "destroyed a nuclear analytical laboratory on the territory of
                    # the Chornobyl nuclear power plant": where the thing destroyed stood
                if prep.lower_ == "with" and etype == "AID" and prep.head == pred and \
                        _children(pred, "dobj"):
                    continue  # "supply Kiev with weapons and intelligence": what is given
                if prep.lower_ == "in" and frame.mode == "investigate" and any(
                        (m := self.match_at.get(p.i)) is not None and m.kind in (
                            "state", "place", "capital") for p in _children(prep, "pobj")):
                    continue  # "put under investigation in Italy": where, not whom
                if prep.lower_ in ("over", "about") and etype not in (
                        "ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"):
                    continue
                obj_heads += _children(prep, "pobj")
        # not "told Putin about ... during his visit": the main verb's object is not met
        if frame.kind == "noun" and trig != pred and trig.dep_ != "dobj" and \
                trig.head.lower_ != "during":
            obj_heads += _children(pred, "dobj", "dative")
        elif frame.kind == "noun" and trig.dep_ == "dobj" and etype == "SUPPORT":
            obj_heads += _children(pred, "dative")  # "I offer you my greetings"
        if etype == "ACCUSE" and _lemma(trig) in lx.TRIAL_NOUNS:
            # "the first trial in Ukraine against a Russian war criminal": the courts of the
            # place try whoever it is against
            accused = self._accused(trig)
            where = self._location_code(frame)
            courts = [Actor(text="", code=where, sector="JUD")] if where else sources
            return _distinct(courts), _distinct(accused)
        if etype == "ACCUSE" and _lemma(trig) in lx.DESCRIBE_VERBS:
            # the verdict falls on whoever owns what is judged ("the intentions of European
            # states", "the Russian strikes")
            judged = _children(trig, "dobj") + [p for c in _children(trig, "prep")
                                                if c.lower_ == "as" for p in _children(c, "pobj")]
            if all(j.tag_ in ("WP", "WDT") for j in judged):
                judged += _children(trig, "oprd")  # "despite what he called Ukrainian violations"
            return _distinct(sources), _distinct([a for j in judged for a in self._owners(j)])
        with_actors: list[Actor] = []
        for o in list(obj_heads):
            if etype == "SUPPORT" and o.dep_ == "dobj" and not self._is_actor_head(o) and any(
                    self._is_actor_head(d) for d in _children(o.head, "dobj") if d.i < o.i):
                obj_heads.remove(o)  # not the EU of "thanked Greece ..., as well as its
                # adherence to the EU's sanctions policy": a second thing thanked for
            elif o.dep_ == "dobj" and not self._is_actor_head(o):
                # "threatened further action against Russia", "imposed sanctions on Iran"
                # (but "supported the war against Ukraine", "support the embargo on Russian
                # energy" back no one that the war or the embargo is against)
                reached_for = _lemma(o) == "access" and any(
                    c.lower_ == "for" for c in _children(o, "prep") + _children(o.head, "prep"))
                for prep in _children(o, "prep"):
                    if reached_for and prep.lower_ == "to" and any(
                            self._person_named(p) for p in _children(prep, "pobj")):
                        continue  # "provide access to Saakashvili for his mother": the one
                        # visited, not the one given access
                    if prep.lower_ in ("against", "on", "to", "toward", "towards", "with",
                                       "upon") and not (
                                           etype in ("SUPPORT", "COOPERATE", "AID", "CONSULT")
                                           and prep.lower_ in ("against", "on")):
                        obj_heads += _children(prep, "pobj")
                if etype == "CONSULT":
                    obj_heads += self._partners_in_topic(o)
        for o in obj_heads:
            if o.i == trig.i or _lemma(o) in lx.AGREEMENTS and any(
                    (m := self.match_at.get(c.i)) is not None and m.kind in ("place", "capital")
                    for c in o.children if c.dep_ in ("compound", "amod")):
                continue  # "the Minsk agreements" names a place, not a party
            if _lemma(o) == "behalf":
                continue  # "expressed gratitude on behalf of the President": for whom one speaks
            if _lemma(o) in ("help", "assistance") and \
                    o.head.lower_ == "with":
                continue  # "exchange prisoners with the help of the Red Cross": a helper
            if etype == "SANCTION" and _lemma(o) in ("sanction", "embargo", "restriction"):
                continue  # "joined the EU sanctions against Russia": the EU is not sanctioned
            if etype == "SUPPORT" and o.dep_ == "dobj" and _lemma(o) in lx.AWARDS:
                continue  # "awarding the title of Hero of Ukraine to X": X is honoured
            if etype in ("ASSAULT", "AID") and frame.kind == "object" and \
                    _lemma(o) in ACTS_NOT_STRUCK and o.dep_ == "dobj":
                # "launched a military operation": the act, not whom it struck; "launch the
                # CSTO peacekeeping operation": the CSTO's
                if not any(a is not None and a.code for a in sources):
                    sources += [a for c in o.children if c.dep_ in ("compound", "poss") and
                                c.i in self.match_at for a in self.actors_of(c)]
                continue
            if frame.etype == "RETREAT" and frame.mode == "withdraw" and o.dep_ == "dobj" and (
                    _lemma(o) in lx.TERRITORY or o.i in self.match_at):
                continue  # "the occupiers left Kherson": where from, not from whom
            if frame.etype == "AID" and frame.kind == "object" and o.dep_ == "dobj" and \
                    _lemma(o) in lx.AID_GOODS | lx.TROOPS:
                continue  # "sent peacekeepers to Kazakhstan": what is given, not to whom
            if etype == "MOBILIZE" and _lemma(o) in lx.DEPLOYED:
                # "deploying more tanks", "building up its capabilities along the border":
                # what is moved and where are the mover's, not a target
                if not any(a is not None and a.code for a in sources):
                    # whose they are: "its capabilities", "deploying Russian troops"
                    sources += [a for p in _children(o, "poss") for a in self.actors_of(p)]
                    sources += [a for c in o.children if c.dep_ in ("amod", "compound") and
                                c.i in self.match_at for a in self.actors_of(c)]
                continue
            if _lemma(o) in STREETS:
                continue  # "hit the streets of Culture, Shevchenko and Darwin": named after
                # people, who were not hit
            found = self.actors_of(o, deep=True)
            if etype == "ACCUSE" and not any(a.code for a in found):
                found = self._owners(o) or found  # "an investigation into X's crimes"
            if etype == "SUPPORT" and o.dep_ == "dobj" and not self._is_actor_head(o):
                # "praised the support provided by the Netherlands and Germany": its givers
                found = self._owners(o) or found
            if not found:
                continue
            if _lemma(o) in ("participation", "involvement") and etype == "PROTEST" and \
                    o.dep_ == "pobj" and o.head.lower_ == "with":
                sources += found  # "a rally with the participation of thousands of Estonians"
            elif o.dep_ == "pobj" and _partner_prep(o.head):
                with_actors += found
            else:
                targets += found
        # the complement's subject is the one asked / accused / warned ("demanded that X ...")
        if not targets and frame.complements:
            for c in frame.complements:
                csubj, cpass, cpassive = self._subjects(c.pred)
                if c.pred != pred:
                    for s in csubj or cpass:
                        if s.head == c.pred:
                            targets += self.actors_of(s)
                if targets:
                    break
        if not targets and etype == "REQUEST":
            # "demanded that the Sudanese government end curbs": whoever the demand is on
            targets += [a for c in _children(trig, "ccomp") for sj in _children(c, "nsubj")
                        for a in self.actors_of(sj)]
        if not targets and etype == "COERCE" and _lemma(pred) in ("allow", "let", "permit"):
            # "did not allow people to leave": those kept in
            targets += [a for c in _children(pred, "ccomp", "xcomp")
                        for sj in _children(c, "nsubj") for a in self.actors_of(sj)]
        if not targets and etype == "PROTEST":
            targets += self._protested_against(frame)
        if etype == "RETREAT" and frame.reciprocal and frame.kind != "noun" and not sources:
            # "exchanging Russian citizen Yaroshenko for US citizen Reed": each side frees
            # the other's
            sources += [a for c in _children(pred, "prep") if c.lower_ == "for"
                        for p in _children(c, "pobj") for a in self.actors_of(p)]
        if not targets and _lemma(trig) == "need" and frame.kind == "noun":
            targets += self._called_on(trig)
        if etype == "SUPPORT" and trig.lower_ in lx.PLEASED_ADJ and (
                approved := approved_clause(trig)) is not None:
            # "It is gratifying that your forum serves as a venue": the clause's doer
            targets = [a for sj in _children(approved, "nsubj", "nsubjpass")
                       for a in self.actors_of(sj)]
        if _lemma(trig) == "hope" and (help_ := _hoped_help(trig)) is not None:
            # "hope for support from the Alliance": the one hoped to give it
            targets = [a for c in _children(help_, "prep") if c.lower_ in ("from", "of")
                       for p in _children(c, "pobj") for a in self.actors_of(p)]
        if not targets and trig.lower_ in ("hope", "hoped", "hopes"):
            # "hope that Charles Michel would work with Warsaw": the one hoped of
            clauses = [x for t in {trig, pred} for c in t.children if c.dep_ in ("acl", "ccomp")
                       for x in _conjuncts(c)]  # ("that today will be a success and Russia
            # will adhere to its commitments")
            targets += [a for c in clauses for sj in _children(c, "nsubj")
                        for a in self.actors_of(sj)]
        if not targets and frame.governs:
            for c in frame.complements:
                if c.etype in HOSTILE_TYPES and etype in SYMMETRIC:
                    continue  # "the interlocutors agreed on the need to strengthen sanctions
                    # against Russia", "We agreed to further increase the sanctions pressure on
                    # the aggressor": they agreed with each other, not with Russia
                if c.pred != pred:
                    targets += self._arguments(c, c.etype)[1]
                if not targets and c.etype in SYMMETRIC:
                    targets += self._partners_offered(c.trigger, sources)
                if targets:
                    break
        if not targets and etype == "AGREE" and _lemma(trig) in lx.READINESS_NOUNS:
            targets += [a for w in _children(trig, "prep") if w.lower_ in ("for", "to")
                        for n in _children(w, "pobj") if _lemma(n) in lx.TALKS
                        for a in self._partners_offered(n, sources)]
        if not targets and etype in COMPLEMENT_TARGETED and frame.kind != "noun" and any(
                a is not None and a.code for a in sources):
            targets += self._complement_parties(trig, sources, pressed=etype not in SYMMETRIC)
        if frame.kind == "must":
            csubj = _children(pred, "nsubj", "nsubjpass") or (
                _children(pred.head, "nsubj", "nsubjpass") if pred.dep_ == "conj" else [])
            sources = [a for s in csubj for a in self.actors_of(s)]  # (a joined verb's: the
            # first verb's subject)
            return sources, []
        if etype == "CONSULT" and not with_actors and not targets:
            # "during a conversation with Biden, he discussed ...": the conversation's partner
            with_actors = self.met_during(pred)
        if etype == "CONSULT" and frame.kind == "verb" and not with_actors and not targets and \
                (gathering := gathering_joined(pred)) is not None:
            # "took part in the opening of the Ukrainian-Polish consultations": the other side
            own = {a.code for a in sources if a.code}
            with_actors += [a for a in self._paired_modifiers(gathering) if a.code not in own]
        if etype == "CONSULT" and frame.kind == "noun" and pred == trig and with_actors and \
                not sources:
            # "briefed Johnson on the negotiations with Russia": the briefer's side talks
            # ("began the day with a meeting with the military": one state's two sectors)
            partners = {(a.code, a.sector) for a in with_actors}
            sources += [a for a in self._clause_agents(trig)
                        if a.code and (a.code, a.sector) not in partners]
        if etype in SYMMETRIC and frame.mode not in ("visit", "host") and etype != "AID":
            sources += with_actors
            if etype == "CONSULT" and frame.mode in ("phone", None) and not passive:
                direct = {o.i for o in _children(pred, "dobj", "dative")}
                sources += [a for o in obj_heads if o.i in direct for a in self.actors_of(o)]
                targets = []
        elif frame.mode == "visit":
            sources += with_actors  # "visited Kyiv together with a Congress delegation"
        else:
            targets += with_actors
        if etype in SYMMETRIC:  # "the President met with servicemen": two sides of one state
            return _distinct(sources, by_sector=True), _distinct(targets)
        return _distinct(sources), _distinct(targets)

    def _support_of_giver(self, prep: Any, pred: Any, receivers: list[Actor]) -> bool:
        """Does "of" name who gives the support someone has or gains ("has the support of
        the US"), not whom it is for ("we have the support of Ukraine in the US")?"""
        if prep.lower_ != "of" or _lemma(pred) not in RECEIVING_VERBS or pred == prep.head:
            return False
        mine = {a.code for a in receivers if a.code}
        return not any(a.code in mine for p in _children(prep, "pobj")
                       for a in self.actors_of(p))

    def met_during(self, pred: Any, talks_only: bool = False) -> list[Actor]:
        """Whom the talks or the visit a clause is told during were with: "during a
        conversation with Biden, he discussed", "during his visit to X"; ``talks_only``: only
        talks nouns, no visits ("During a meeting with von der Leyen, Zelenskyy called for")."""
        return [a for d in _children(pred, "prep") if d.lower_ == "during"
                for n in _children(d, "pobj") if not talks_only or _lemma(n) in lx.TALKS
                for w in _children(n, "prep")
                if w.lower_ == "with" or not talks_only and w.lower_ == "to" and
                _lemma(n) == "visit"
                for p in _children(w, "pobj") for a in self.actors_of(p, deep=True)]

    def _with_actors(self, tok: Any, deep: bool = False) -> list[Actor]:
        """The actors of a word's "with" phrase ("met with X and Y", "talked to X")."""
        return [a for w in _children(tok, "prep") if _partner_prep(w)
                for p in _children(w, "pobj") for a in self.actors_of(p, deep=deep)]

    def _partners_in_topic(self, topic: Any, own: bool = False) -> list[Any]:
        """A named partner the parse hangs deep inside what was discussed ("discussed the
        implementation of Ukraine's strategy with Adviser to the Prime Minister of the
        Portuguese Republic Fernando Morgado"); the topic's own "with" too if ``own`` (else
        it is read already)."""
        return [p for t in topic.subtree if t.dep_ == "prep" and t.lower_ == "with"
                for p in _children(t, "pobj")
                if (t.head != topic or own and self._person_named(p)) and p.pos_ == "PROPN" and
                lx.noun_type(_lemma(t.head)) != "CONSULT" and  # another talks' party
                self._is_actor_head(p) and not self._is_place(p)]

    def _person_named(self, tok: Any) -> bool:
        """Does the word name a person or an office, not a body ("cooperation with the
        European Union" is a topic; "the situation with Adviser X" names whom one talked to)?"""
        m = self.match_at.get(tok.i)
        return m is None or m.kind in ("person", "sector")

    def _is_place(self, tok: Any) -> bool:
        """Does the word name a state or place ("the border with Belarus"), not a person?"""
        m = self.match_at.get(tok.i)
        return m is not None and m.kind in ("state", "place", "capital")

    def _partners_offered(self, talks: Any, sources: list[Actor]) -> list[Actor]:
        """"ready for talks with Russia", "readiness for negotiations with Ukraine": the one
        the joint act is offered to."""
        own = {a.code for a in sources if a.code}
        return [a for a in self._with_actors(talks) if a.code not in own]

    def _paired_modifiers(self, trig: Any) -> list[Actor]:
        """The two or more states or bodies of "Ukrainian-Russian talks", "the
        Russia-Azerbaijan declaration", "the Ukraine-European Union Summit" (one party each);
        empty when the modifiers name fewer."""
        found: dict[str, Actor] = {}
        matches = self._modifier_matches(trig, ("state", "adj", "group"))
        if any(m.kind == "group" for m in matches) and not any(
                self.doc[a.end].text == "-" for a in matches[:-1]):
            matches = [m for m in matches if m.kind != "group"]  # "our CSTO, CIS and SCO
            # meetings" are meetings of each, not of the bodies with one another
        for m in matches:
            found.setdefault(m.code or "", Actor(text=self.doc[m.start:m.end].text, code=m.code,
                                                 sector="GOV"))
        return list(found.values()) if len(found) >= 2 else []

    def _expulsion_parties(self, frame: Frame) -> tuple[list[Actor], list[Actor]]:
        """Who removes whom from a body: the doer named, else the body itself ("the
        suspension of Russian athletes from the Paralympics"), and the removed ("Belarus and
        Russia are being expelled", "the exclusion of Sberbank")."""
        trig = frame.trigger
        subj, subjpass, _ = self._subjects(frame.pred)
        removed = subjpass + _children(trig, "dobj", "poss") + [
            p for c in _children(trig, "prep") if c.lower_ == "of" for p in _children(c, "pobj")]
        doers = ([] if frame.kind == "noun" else subj) + [
            p for c in _children(trig, "agent", "prep") if c.lower_ == "by"
            for p in _children(c, "pobj")]
        bodies = [p for h in [trig, *removed] for c in _children(h, "prep") if c.lower_ == "from"
                  for p in _children(c, "pobj")]
        sources = [a for d in doers for a in self.actors_of(d)] or [
            a for b in bodies for a in self.actors_of(b)]
        return _distinct(sources), _distinct([a for r in removed for a in self.actors_of(r)])

    def _complement_parties(self, trig: Any, sources: list[Actor],
                            pressed: bool = True) -> list[Actor]:
        """Whom an offer, refusal or threat is about, named only inside what is offered,
        refused or threatened: "offered to negotiate with the president of Armenia", "refused
        to meet Jordan's King", "threatened to launch an offensive in its war with Iraq".
        Without ``pressed``, not whom something is put on or done against ("agreed to further
        increase the sanctions pressure on the aggressor": no party to the agreement)."""
        own = {a.code for a in sources if a is not None and a.code}
        clauses = _children(trig, "xcomp", "ccomp")
        for _ in range(2):  # "willing to send material to help defend Saudi Arabia"
            clauses += [c for x in clauses for c in _children(x, "xcomp", "advcl")
                        if c not in clauses]
        for clause in clauses:
            heads = _children(clause, "dobj", "dative")
            pobjs = [(prep.lower_, p) for t in [clause, *heads] for prep in _children(t, "prep")
                     if pressed or prep.lower_ not in ("on", "against")
                     for p in _children(prep, "pobj")]
            heads += [p for word, p in pobjs if word in ("with", "to", "against", "among", "on")]
            heads += [p for h in [*heads, *(p for _, p in pobjs)] for prep in _children(h, "prep")
                      if prep.lower_ in ("with", "among") or pressed and prep.lower_ == "against"
                      for p in _children(prep, "pobj")]
            if not pressed:  # (not Russia of "agreed to impose sanctions against Russia")
                heads = [h for h in heads if _lemma(h) not in lx.SANCTIONS | lx.ATTACKS | {
                    "pressure"}]
            found = [a for h in heads if _lemma(h) not in lx.AGREEMENTS  # not "Minsk"
                     for a in self._owners(h) or self.actors_of(h) if a.code and a.code not in own]
            if found:
                return _distinct(found)
        return []

    def _protested_against(self, frame: Frame) -> list[Actor]:
        """Whom a protest is against: "in protest against the Russian government's refusal",
        "in defiance of Chinese authorities", "demonstrations against the Israeli military"."""
        out: list[Actor] = []
        for t in (frame.trigger, frame.pred):
            for prep in _children(t, "prep"):
                objs = _children(prep, "pobj")
                if prep.lower_ == "in":  # "in protest of X", "in defiance of X"
                    objs = [p for o in objs if _lemma(o) in ("protest", "defiance", "opposition")
                            for c in _children(o, "prep") if c.lower_ in ("of", "against")
                            for p in _children(c, "pobj")]
                elif prep.lower_ != "against":
                    continue
                for o in objs:
                    out += [a for a in self._owners(o) or self.actors_of(o) if a.code]
        return _distinct(out)

    def _accused(self, trial: Any) -> list[Actor]:
        """Whom a trial is against: "a trial against a Russian war criminal"."""
        return [a for c in _children(trial, "prep") if c.lower_ in ("against", "of")
                for p in _children(c, "pobj") for a in self.actors_of(p) if a.code]

    def _called_on(self, need: Any) -> list[Actor]:
        """Who a stressed need falls on: "the need for the US and NATO to take", "the need
        to introduce sanctions by the EU", "the need for de-escalation by Russia"."""
        acts = [c for c in need.children if c.dep_ in ("acl", "advcl")]
        found = [a for act in acts for sj in _children(act, "nsubj") for a in self.actors_of(sj)]
        if not found:
            by = [t for t in need.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"]
            found = [a for t in by[:1] for p in _children(t, "pobj") for a in self.actors_of(p)]
        return found

    def _subject_actors(self, subj: Any) -> list[Actor]:
        """A subject's actors, or whose it is when it names none: "The President's wife
        thanked", "Russia's attack killed" (not "our partners": they are not us)."""
        if _attack_noun(subj):
            # "the shelling of Kharkiv by Russian troops killed ten people": whoever fired,
            # not the city shelled
            start, end = self._np_range(subj)
            return [replace(a, text=_strip_det(self.doc[start:end].text))
                    for c in subj.children if c.dep_ == "poss" or c.dep_ in (
                        "amod", "compound") and c.i in self.match_at
                    for a in self.actors_of(c)] + [
                a for prep in _children(subj, "prep") if prep.lower_ == "by"
                for p in _children(prep, "pobj") for a in self.actors_of(p)]
        found = self.actors_of(subj)
        if subj.pos_ == "NOUN" and not any(a.code or a.name for a in found):
            start, end = self._np_range(subj)
            whose = _children(subj, "poss") + [p for prep in _children(subj, "prep")
                                                if prep.lower_ == "of"
                                                for p in _children(prep, "pobj")]
            owners = [replace(a, text=_strip_det(self.doc[start:end].text))
                      for c in whose if c.pos_ != "PRON" for a in self.actors_of(c) if a.code]
            found = owners or found
        return found

    def _struck_targets(self, frame: Frame, etype: str, sources: list[Actor]) -> list[Actor]:
        """What an attack or a blockade falls on when it is not an actor: "struck at the
        railway station", "a missile strike at Odesa", "blocked the movement of our convoy",
        "settlements affected by shelling", "Severodonetsk, which the Russians are bombing"."""
        if _lemma(frame.trigger) in lx.BREACH_WORDS | {"use"}:
            return []  # "violating the ceasefire", "used tear gas"
        heads = [_counted(h) for h in self._struck_heads(frame, etype)]
        heads = [h for h in heads if h.i != frame.trigger.i and h.pos_ in ("NOUN", "PROPN") and
                 _lemma(h) not in STRUCK_SKIP and h.ent_type_ not in QUANT_ENTS]
        found: list[Actor] = []
        for h in heads[:1]:
            for c in _conjuncts(h):
                if c.pos_ not in ("NOUN", "PROPN"):
                    continue
                start, end = self._np_range(c)
                code = self._struck_code(frame, start, end, sources)
                if code:  # an uncoded thing struck would only shift the sentence's codes
                    found.append(Actor(text=_strip_det(self.doc[start:end].text), code=code))
        return found

    def _struck_heads(self, frame: Frame, etype: str) -> list[Any]:
        trig, pred = frame.trigger, frame.pred
        heads: list[Any] = []
        if trig.dep_ in ("pobj", "pcomp") and trig.head.lower_ == "by" and \
                trig.head.head.dep_ == "acl":
            heads.append(trig.head.head.head)  # "settlements affected by shelling"
        if frame.kind != "noun":
            if pred.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that")
                                            for c in pred.children):
                heads.append(pred.head)  # "Severodonetsk, which the Russians are bombing"
            if pred.dep_ == "relcl" and any(c.lower_ == "where" for c in pred.children):
                heads.append(pred.head)  # "villages where Russia has brought death"
            if etype == "ASSAULT" or _lemma(pred) in lx.PHYSICAL_COERCE:
                # not "imposed a curfew", nor the act itself ("brought death", "waged war")
                heads += [o for o in _children(pred, "dobj", "nsubjpass")
                          if _lemma(o) not in ACTS_NOT_STRUCK]
        steps = [trig] + ([pred] if pred.i != trig.i else []) + [
            o for o in _children(pred, "dobj") if _lemma(o) in lx.WEAPONS | MILITARY_WORDS |
            ACTS_NOT_STRUCK]
        for t in steps:
            for prep in _children(t, "prep", "dative"):
                if prep.lower_ in ("at", "on", "against", "upon") or prep.lower_ == "to" and \
                        _lemma(pred) == "bring" or (
                        prep.lower_ == "of" and t.pos_ == "NOUN"):
                    heads += [p for p in _children(prep, "pobj") if not self._armed_actor(p)
                              and _lemma(p) not in ACTS_NOT_STRUCK]  # "a war of aggression"
                elif prep.lower_ == "for":  # "uses artillery for strikes on Ukrainian cities"
                    steps += [p for p in _children(prep, "pobj") if _lemma(p) in MILITARY_WORDS]
        return heads

    def _struck_code(self, frame: Frame, start: int, end: int,
                     sources: list[Actor]) -> str | None:
        """The country of what is struck (tokens [start, end)): a place or owner it names
        ("our city of Kramatorsk", "Ukrainian cities", "our convoy"), else where the event
        happened, else the attacker's adversary at war."""
        for i in range(start, end):
            m = self.match_at.get(i)
            if m is not None and m.code and m.kind in ("state", "place", "capital", "adj"):
                return m.code
            tok = self.doc[i]
            if tok.dep_ == "poss" and tok.lower_ in ("our", "my"):
                own = self._pronoun(tok)
                if own is not None and own.code:
                    return own.code
        where = self._location_code(frame)
        if where:
            return where
        codes = {a.code for a in sources if a.code}
        if len(codes) == 1 and (code := codes.pop()) in ADVERSARY:
            return ADVERSARY[code]
        return None

    def _coref(self, sources: list[Actor | None], frame: Frame, s_idx: int,
               reporter_tok: Any) -> list[Actor | None]:
        out: list[Actor | None] = []
        for a in sources:
            if a is not None and a.name == "__pair__" and (size := _group_size(a.text)) > 2:
                # "the three countries are ready to contribute": the three states last named
                # (or the title's: "the leaders of the five states", "the four leaders" who
                # came, of a meeting with "the leaders of Germany, France, Romania and Italy")
                titled = self.title_group()
                group = titled if len(titled) == size else titled[1:] \
                    if len(titled) == size + 1 else self._recent_pair(s_idx, size)
                out += [Actor(text=a.text, code=b.code, sector="GOV") for b in group] or [
                    Actor(text=a.text)]
                continue
            if a is not None and a.name == "__pair__" and re.search(
                    r"leaders|presidents|heads", a.text, re.I) and not any(
                        c.lower_ == "between" for c in frame.trigger.children) and (
                        group := self._group_just_told(s_idx)):
                # "Poland, Lithuania, Latvia, Estonia. I was very glad to meet with the
                # presidents today": the states just listed, not a pair
                out += [Actor(text=a.text, code=b.code, sector="GOV") for b in group]
                continue
            if a is not None and a.name == "__pair__" and re.search(
                    r"sides|parties|participants|interlocutors", a.text, re.I) and (
                        group := self.title_group()):
                # "the parties continued to discuss future security guarantees", told of a
                # video conference with the advisers of four states: all of them
                out += [Actor(text=a.text, code=b.code, sector="GOV") for b in group]
                continue
            if a is not None and a.name == "__pair__":
                unresolved = Actor(text=a.text, sector="GOV" if re.search(
                    r"leaders|presidents|heads|delegations|governments|ministers", a.text,
                    re.I) else None)
                # "the parties" of a call or meeting readout are its two leaders, not the
                # last two states the text named ("Telephone conversation with Macron")
                people = self._recent_people(s_idx) if re.search(
                    r"leaders|presidents|heads|interlocutors", a.text, re.I) or \
                    BILATERAL_TITLE.search(self.article.title or "") else []
                people = self._title_pair() or self._pair_just_told(s_idx) or people
                war = self._war_among_more(s_idx) if re.search(r"sides|parties", a.text) \
                    and not self._title_pair() else []
                if war:
                    # "reached separate deals with Ukraine and Russia. ... the parties agreed
                    # to ensure safe navigation": the two at war, not the go-between
                    out += [Actor(text=a.text, code=b.code, sector="GOV") for b in war]
                elif len(people) == 2:
                    out += [Actor(text=a.text, name=b.name, code=b.code, sector=b.sector)
                            for b in people]
                elif self.last_pair and s_idx - self.last_pair[0] <= 3 and \
                        len(self.last_pair[1]) >= 2:
                    out += [Actor(text=a.text, name=b.name, code=b.code, sector=b.sector)
                            for b in self.last_pair[1][:2]]
                else:
                    pair = self._recent_pair(s_idx) or self._recent_people(s_idx)
                    if len({b.code for b in pair}) < 2 and re.search(r"sides|parties", a.text) \
                            and (frame.etype in WARRING_ACTS or frame.mode in WARRING_MODES or
                                 frame.reciprocal and frame.etype == "AGREE" or
                                 any(c.mode in WARRING_MODES for c in frame.complements)):
                        # (also "the sides exchanged memoranda": each offered its terms)
                        pair = self._warring_pair() or pair
                    out += [Actor(text=a.text, name=b.name, code=b.code, sector=b.sector)
                            for b in pair] or [unresolved]
                continue
            out.append(a)
        if not [a for a in out if a is not None]:
            subj, _, passive = self._subjects(frame.pred)
            if subj and not passive and subj[0].pos_ == "PRON" and reporter_tok is not None:
                low = subj[0].lower_
                if low in ("it", "they", "we", "he", "she", "i"):
                    for r in _children(reporter_tok, "nsubj"):
                        found = self.actors_of(r)
                        if found:
                            return [Actor(text=subj[0].text, name=f.name, code=f.code,
                                          sector=f.sector) for f in found]
        return out

    def _war_among_more(self, s_idx: int) -> list[Actor]:
        """The two sides of the war, when the sentence before named them among more
        parties (a go-between's deals with each)."""
        told = set(self._sentence_codes(self.sents[s_idx - 1])) if s_idx else set()
        side = next((c for c in sorted(told) if ADVERSARY.get(c) in told), None)
        if side is None or len(told) < 3 or not self._war_widened():
            return []
        if self._told_codes(self.sents[s_idx]) - {side, ADVERSARY[side]}:
            return []  # "The parties discussed further defense assistance to Ukraine by
            # Germany": a third state in the talks themselves (not "The White House said")
        return [Actor(text="", code=c, sector="GOV") for c in (side, ADVERSARY[side])]

    def _told_codes(self, sent: Any) -> set[str]:
        """The codes a sentence names outside the subject of its reporting verb."""
        reporters = {t.i for v in sent if _lemma(v) in lx.REPORTING
                     for s in _children(v, "nsubj") for t in s.subtree}
        return {m.code for t in sent if t.i not in reporters
                and (m := self.match_at.get(t.i)) is not None and m.code}

    def _warring_pair(self) -> list[Actor]:
        """"Both sides", no pair named, said by a side of a war: that war's two sides."""
        enemy = ADVERSARY.get(self.home or "")
        return [Actor(text="", code=c, sector="GOV") for c in (self.home, enemy)] \
            if enemy and self._war_widened() else []

    def _people_of_the_war_ground(self, victims: Actor, sources: list[Actor], sent: Any) -> bool:
        """Are unnamed civilians struck by no one or the enemy, told by an outlet whose war is
        fought abroad while it is on, the people of the land fought over (not the kin of its
        own forces)?"""
        ground = WAR_GROUND.get(self.home or "")
        return ground not in (None, self.home) and self._war_widened() and \
            not self._past_war(sent) and not _OWN_FORCES_KIN.search(victims.text) and \
            {x.code for x in sources if x.code} <= {ADVERSARY[self.home or ""]}

    def _fill_codes(self, sources: list[Actor], targets: list[Actor], claimant: Actor | None,
                    sent: Any, frame: Frame) -> None:
        """An actor without a country ("Judge X", "the elders") takes the one state the
        sentence names besides the other parties (the usual PLOVER reading); naming none, in
        a friendly act of a release about home affairs, the outlet's state."""
        uncoded = [a for a in sources + targets + ([claimant] if claimant else [])
                   if a.code is None]
        if not uncoded:
            return
        names = {t.text for t in sent if t.pos_ == "PROPN"}
        missing = [a for a in uncoded if a.sector or a.name or _names_someone(a.text, names)]
        if not missing:
            return
        codes = self._sentence_codes(sent) or self._there_codes(sent)
        # "swapped 246 prisoners each, mediated by the UAE": the go-between's are not them,
        # nor those of the city the deal was made in ("agreed at the Istanbul talks")
        brokers = set() if go_between_word(frame.trigger) else self._go_betweens(sent)
        brokers |= self._talks_venues(sent)
        codes = [c for c in codes if c not in brokers]
        if frame.etype in ("CONSULT", "COOPERATE", "SUPPORT", "AID") and \
                self.home in ADVERSARY:
            # "We discussed with Prime Minister Karins ... the crises that Russia organizes":
            # an unnamed partner in friendly dealings is not the outlet's enemy (deals on
            # corridors and truces are made with the enemy, though)
            codes = [c for c in codes if c != ADVERSARY[self.home or ""]]
        # an outlet at war: "Russian troops killed thousands of people" (or threatened or
        # detained them) are not Russians (elsewhere states do strike their own people:
        # "Nigerian troops killed 12 people")
        struck = self.home in WAR_GROUND and (frame.etype == "ASSAULT" or frame.etype in (
            "THREATEN", "COERCE") and any(x.sector in ("MIL", "REB") for x in sources))
        # the civilians evacuated or helped in the war are its ground's unless a place says
        # otherwise ("evacuate residents of settlements affected by the Russian invasion")
        aided = frame.etype in ("AID", "RETREAT") and self.home in WAR_GROUND
        places = [c for c in self._sentence_codes(sent, kinds=("state", "capital", "place"))
                  if c not in brokers] if aided else codes
        for a in missing:
            if a.sector == "IGO" and "international" in a.text.lower():
                a.code = "IGO"  # "international organizations": no state's
                continue
            is_target = any(a is t for t in targets)
            victim = struck and is_target
            if aided and a.sector == "CVL" and is_target:
                named = [c for c in places if c not in {x.code for x in sources + targets}]
                if len(named) == 1 or WAR_GROUND[self.home or ""] == self.home or any(
                        _lemma(t) in lx.WARS | lx.ATTACKS for t in sent):
                    a.code = named[0] if len(named) == 1 else WAR_GROUND[self.home or ""]
                    continue
                # (an outlet fighting abroad names the place or the war: "we provided medical
                # and social workers with special payments" are its own people, told below)
            if a is claimant and (own := next((
                    x for x in sources if x.code and x.sector == a.sector and
                    x.text.lower() in ("they", "it", "we")), None)):
                a.code = own.code  # "separatists said they had begun withdrawing": theirs
                continue
            if a is claimant or a.sector == "REB":
                # by party: "the army" says what the RSF did; a land's rebels are not its state
                others = {x.party or "" for x in sources + targets if x is not a and x.code}
                others = {c for c in codes if replace(a, code=c).party in others}
            else:
                others = {x.code for x in sources + targets if x is not a and x.code and
                          (x.sector is None or x.sector == a.sector)}
            if victim or frame.etype == "REQUEST" and _named_body(a) and is_target:
                # nor is a body asked the asker's own state ("appealed to the World Council
                # of Churches to help Ukraine")
                others |= {x.code for x in sources if x.code}
            left = [c for c in codes if c not in others]
            if FROM_ABROAD.search(a.text):
                left = [c for c in left if c != self.home and c not in {
                    x.code for x in sources + targets if x is not a}]
            if MANY_ABROAD.search(a.text):
                left = []
            if victim and a.sector == "CVL" and self.home in ADVERSARY and \
                    ADVERSARY[self.home or ""] in left:
                # "children were injured in Russian attacks", told by Kyiv: no Russians
                left = [c for c in left if c != ADVERSARY[self.home or ""]] or [
                    WAR_GROUND[self.home or ""]]
            ground = WAR_GROUND.get(self.home or "")
            if victim and frame.mode == "cleansing" and a.sector == "CVL":
                a.code = WAR_GROUND[self.home or ""]  # "taken children to Russia": Ukraine's
            elif victim and a.sector == "CVL" and ground and self._war_widened() and \
                    ground in {x.code for x in targets if x is not a}:
                a.code = ground  # "the civilians retained by nationalists at the Azovstal
                # plant", told to Macron: the people of the land fought over, not French
            elif len(left) == 1:
                a.code = left[0]
            elif victim and not left and {x.code for x in sources} == {
                    ADVERSARY[self.home or ""]}:
                a.code = WAR_GROUND[self.home or ""]  # the people of the land fought over
            elif not codes and a.sector == "CVL" and frame.etype == "CONSULT" and len(
                    met := {x.code for x in sources + targets if x is not a and x.code}) == 1:
                # "When Verkhovna Rada deputies visit regions, they meet pensioners" (Putin
                # speaking): the people met are those of whoever meets them
                a.code = next(iter(met))
            elif victim and not codes and a.sector == "CVL" and \
                    self._people_of_the_war_ground(a, sources, sent):
                a.code = WAR_GROUND[self.home or ""]  # "the residents were ... used as human
                # shields" (Moscow, of Mariupol): the people of the land fought over
            elif not codes and a.sector == "CVL" and self.home and not FROM_ABROAD.search(a.text):
                # "more than a hundred civilians were evacuated": the speaker's people (not
                # "over 6,000 foreign citizens have been taken hostage")
                a.code = self.speakers_state(frame.trigger.i)
            elif len(left) > 1 and self._location_code(frame) in left:
                # "crowds blocked streets in Hong Kong", "the government of X declared a
                # state of siege in Haiti": the place decides between the states named
                a.code = self._location_code(frame)
            elif not left and self.home and (frame.etype in FRIENDLY or frame.etype == "CONSULT"
                                             and a.name is None and a.sector is not None) and \
                    not FROM_ABROAD.search(a.text) and not self._title_abroad():
                # "Vladimir Solodov asked the President ...", "thanked the expert group" in a
                # release about home affairs: people and bodies of the outlet's state
                a.code = self.speakers_state(frame.trigger.i)

    def _go_betweens(self, sent: Any) -> set[str]:
        """The states a sentence names as go-betweens ("mediated by the United Arab Emirates",
        "with the mediation of Turkey")."""
        heads = [w for w in sent if go_between_word(w)]
        named = [p for h in heads for c in h.children if c.dep_ == "agent" or
                 c.dep_ == "prep" and c.lower_ == "of" for p in _children(c, "pobj")]
        return {a.code for p in named for x in (p, *p.conjuncts) for a in self.actors_of(x)
                if a.code}

    def _title_abroad(self) -> bool:
        """Does the release's title name another state, its people or a foreign leader
        ("Russian-Mongolian talks")?"""
        return bool(self.title_codes() - {self.home})

    def _agentless(self, frame: Frame) -> bool:
        """An event reported without its actors: a passive ("rallies were held", "two
        corridors have been agreed") or an event noun with its own verb ("the investigation
        is underway"). Kept, with low confidence; imperatives and fragments are not."""
        pred = frame.pred
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children):
            return True
        noun = frame.trigger
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(
                noun.head.head) in lx.ROUND_NOUNS:
            noun = noun.head.head  # "the second round of talks took place"
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "dialogue and fruitful cooperation are progressing"
        return frame.kind == "noun" and pred != frame.trigger and noun.dep_ in (
            "nsubj", "nsubjpass")

    def _sentence_codes(self, sent: Any, kinds: tuple[str, ...] = (
            "state", "adj", "capital", "seat", "entity", "place"),
                        venues: bool = True, opposed: bool = True) -> list[str]:
        """The countries (and entities) a sentence names, in order (without ``venues``, not
        those named only as where something happened: "during talks in Belarus"; without
        ``opposed``, not those named only as whom something is against: "sanctions against
        Russia")."""
        skipped = ("in", "at") * (not venues) + ("against",) * (not opposed)
        codes: list[str] = []
        for m in self.matches:
            if m.start >= sent.end:
                break
            last = self.doc[m.end - 1]
            if last.dep_ == "pobj" and last.head.lower_ in skipped:
                continue
            if not venues and _held_by(self.doc, m):
                continue  # "through Ukrainian-held territory": where, not with whom
            if m.start >= sent.start and m.kind in kinds \
                    and m.code and m.code not in codes and not _ethnic(self.doc, m) \
                    and not is_patron(self.doc, m):  # (not the backer of "pro-Russian rebels")
                codes.append(m.code)
        return codes

    def _turned_down_party(self, pred: Any) -> list[Actor]:
        """Whose offer or claim a "which" clause turns down: "Kyiv had proposed a ceasefire,
        which Russia rejected" (the proposer), "Moscow said Ukraine had postponed the
        exchange, which Kyiv denied" (the one who said so)."""
        if not any(c.lower_ in ("which", "that") for c in _children(pred, "dobj")):
            return []
        said = None
        if pred.dep_ == "relcl" and pred.head.dep_ == "dobj" and (
                _lemma(pred.head.head) in lx.PROPOSING | lx.TABLING_VERBS or
                _lemma(pred.head) in lx.OFFERS | lx.TRUCES):
            said = pred.head.head  # the offer
        elif pred.dep_ == "advcl" and pred.head.dep_ == "ccomp" and \
                _lemma(pred.head.head) in lx.REPORTING:
            said = pred.head.head  # the claim
        elif pred.dep_ == "advcl" and _lemma(pred.head) in ACCUSING_VERBS:
            said = pred.head  # "Russia accused Ukraine of ..., which Kyiv denied"
        return [a for s in (_children(said, "nsubj") if said is not None else [])
                for a in self.actors_of(s) if a.code]

    def _talks_venues(self, sent: Any) -> set[str]:
        """The states of the cities a sentence names as where talks were held ("agreed at
        the Istanbul talks", "during the talks in Minsk"): the host, no party."""
        found: set[str] = set()
        for m in self.matches:
            if m.start >= sent.end:
                break
            last = self.doc[m.end - 1]
            if m.start < sent.start or m.kind not in ("capital", "place") or not m.code:
                continue
            held_at = last.head if last.dep_ == "compound" else (
                last.head.head if last.dep_ == "pobj" and last.head.lower_ in ("in", "at")
                else None)
            if held_at is not None and _lemma(held_at) in lx.TALKS:
                found.add(m.code)
        return found

    def _pair_just_told(self, s_idx: int) -> list[Actor]:
        """The two states of the last sentence's event, when it had just two ("had a phone
        conversation with President of the French Republic Emmanuel Macron. The leaders
        ..."), rather than the last two persons named."""
        if not self.last_pair or self.last_pair[0] != s_idx - 1:
            return []
        pair = [a for a in self.last_pair[1] if a.code]  # (not "a humanitarian ceasefire")
        codes = {a.code for a in pair}
        return pair if len(pair) == 2 and len(codes) == 2 else []

    def _group_just_told(self, s_idx: int) -> list[Actor]:
        """The states of one of the three sentences before, when it only lists three or more
        besides the outlet's own ("Poland, Lithuania, Latvia, Estonia.")."""
        for i in (s_idx - 1, s_idx - 2, s_idx - 3):
            if i < 0:
                break
            sent = self.sents[i]
            if any(t.pos_ in ("VERB", "AUX") for t in sent):
                continue
            states = [c for c in self._sentence_codes(sent, kinds=("state",)) if c != self.home]
            if len(states) >= 3:
                return [Actor(text="", code=c, sector="GOV") for c in states]
        return []

    def _recent_people(self, s_idx: int) -> list[Actor]:
        """The two leaders last named (persons of different countries), for "the leaders"."""
        hi = self.sents[s_idx].start
        lo = self.sents[max(0, s_idx - 6)].start
        found: list[Actor] = []
        codes: set[str] = set()
        i = hi - 1
        while i >= lo and len(found) < 2:
            m = self.match_at.get(i)
            ent = self.ent_at.get(i)
            actor = None
            if m is not None and m.kind == "person":
                actor = self.coder.actors.actor_of(self.doc, m.start, m.end, self.matches,
                                                   self.published)
                i = m.start
            elif ent is not None and ent.label_ == "PERSON":
                actor = self.actor_at(self.doc[ent.end - 1])
                i = ent.start
            if actor is not None and actor.code and actor.code not in codes:
                codes.add(actor.code)
                found.append(actor)
            i -= 1
        found.reverse()
        # a release titled "Telephone conversation with President of Uzbekistan ..." names
        # the counterpart only in its title; the publisher's own leader is the other party
        for actor in self.title_actors() + ([Actor(text="", code=self.home, sector="GOV")]
                                            if self.home else []):
            if len(found) >= 2:
                break
            if actor.code and actor.code not in codes:
                codes.add(actor.code)
                found.append(actor)
        return found[:2]

    def _implied_parties(self, s_idx: int, home_alone: bool = False) -> list[Actor]:
        """The two parties an impersonal report of an agreement or talks is about: on an
        outlet with a home country, home and the state it last dealt with. ``home_alone``:
        the home alone where the only other state would be an enemy it has no dealings with.
        A meeting whose title names more states than two is among all of them."""
        if (group := self.title_group()):
            return group
        enemy = self._enemy_not_dealt_with(s_idx)
        last = self.last_pair if self.last_pair and s_idx - self.last_pair[0] <= 3 else None
        if last is not None:
            pair = [a for a in last[1] if a.code][:2]
        else:
            pair = self._recent_pair(s_idx) or self._recent_people(s_idx)
        enemy_dropped = any(a.code == enemy for a in pair)
        pair = [a for a in pair if a.code != enemy]
        if home_alone and enemy is not None and last is None and pair and all(
                a.code == self.home and a.text for a in pair) and not any(
                a.code in state_codes() and a.code not in (self.home, enemy)
                for a in self.title_actors()):
            # "… students and rectors are confident that Ukraine will win. Important current
            # issues were also discussed": a meeting at home, no foreign state named near or
            # in the title (nor talks with the enemy told)
            return [Actor(text="", code=self.home, sector="GOV")]
        if self.home and (self.home not in {a.code for a in pair} or len(pair) < 2):
            other = next((a.code for a in pair if a.code in state_codes() and
                          a.code != self.home), None) or self._counterpart(s_idx, enemy)
            enemy_dropped = enemy_dropped or (
                other is None and enemy is not None and self._counterpart(s_idx) == enemy)
            pair = [Actor(text="", code=self.home, sector="GOV")] + (
                [Actor(text="", code=other, sector="GOV")] if other else [])
        if len({a.code for a in pair}) < 2:
            # the enemy left out, what is left is a meeting at home ("the impact of sanctions
            # was also discussed"); otherwise nobody can be told
            return pair[:1] if home_alone and enemy_dropped else []
        if (partner := self._meeting_partner_over_war(pair, s_idx)) is not None:
            # "the roadmap for joint actions was discussed", a sentence after Russia's
            # ceasefire violations, at a meeting the title tells ("Roman Mashovets and US
            # Defense Attaché discussed ..."): the title's two sides, not the war's (but "The
            # latest round took place recently in Istanbul" is of the war's talks, and "It was
            # also offered on Pesach" an offer to the enemy)
            return [Actor(text="", code=self.home, sector="GOV"),
                    Actor(text="", code=partner, sector="GOV")]
        return [Actor(text="", name=a.name, code=a.code, sector=a.sector or "GOV") for a in pair]

    def _meeting_partner_over_war(self, pair: list[Actor], s_idx: int) -> str | None:
        """The one partner a title names, for something discussed that the pair of the last
        sentences would give to the war."""
        partners = self.title_partners()
        codes = {a.code for a in pair}
        if len(partners) != 1 or partners[0] in codes or \
                ADVERSARY.get(self.home or "") not in codes:
            return None
        lemmas = {_lemma(t) for t in self.sents[s_idx]}
        if lemmas & (lx.ROUND_NOUNS | lx.TALKS) or not lemmas & (
                TOPIC_VERBS | {"consider", "exchange"}):
            return None
        return partners[0]

    def _enemy_not_dealt_with(self, s_idx: int) -> str | None:
        """An outlet at war: its enemy, unless the title (naming it in a conversation, meeting
        or talks) or the text so far tells of dealings with it (talks, delegations, corridors,
        exchanges). "Due to Russian aggression, ships are blocked. The participants of the
        meeting discussed ..." is a meeting at home."""
        enemy = ADVERSARY.get(self.home or "")
        if enemy is None or any(a.code == enemy for a in self.title_actors()) and \
                TITLED_DEALINGS.search(self.article.title or "") or \
                ROUND_OF_TALKS.search(self.sents[s_idx].text):
            return None  # "The third round of negotiations in Belarus took place today"
        for sent in self.sents[:s_idx + 1]:
            if DEALINGS.search(sent.text) and any(
                    m.code == enemy for t in sent if (m := self.match_at.get(t.i)) is not None):
                return None
        return enemy

    def _counterpart(self, s_idx: int, skip: str | None = None) -> str | None:
        """The foreign state an article is about: named in its title, or else the one its
        text names most often up to this sentence (``skip`` aside)."""
        for actor in self.title_actors():
            if actor.code in state_codes() and actor.code not in (self.home, skip):
                return actor.code
        counts: dict[str, int] = {}
        end = self.sents[s_idx].end
        for m in self.matches:
            if m.start >= end:
                break
            if m.code in state_codes() and m.code not in (self.home, skip) and \
                    not _ethnic(self.doc, m):
                counts[m.code] = counts.get(m.code, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _recent_pair(self, s_idx: int, size: int = 2) -> list[Actor]:
        """The ``size`` states (or groups) last named in the three sentences before."""
        lo = self.sents[max(0, s_idx - 3)].start
        hi = self.sents[s_idx].start
        found: list[Actor] = []
        # (by party: Congo and the M23 are two; "mediated by Qatar" names no side)
        parties: set[str] = {c for i in range(max(0, s_idx - 3), s_idx)
                             for c in self._go_betweens(self.sents[i])}
        for m in reversed(self.matches):
            if m.start >= hi or m.start < lo or m.kind in ("sector", "place", "capital"):
                continue
            actor = self.coder.actors.actor_of(self.doc, m.start, m.end, self.matches,
                                               self.published)
            if actor is None or not actor.code or actor.party in parties:
                continue
            parties.add(actor.party or "")
            found.append(actor)
            if len(found) == size:
                break
        return list(reversed(found)) if len(found) == size else []

    def _retained_object_givers(self, pred: Any, found: list[Actor]) -> list[Actor]:
        """Who gave what a passive recipient "was granted": the "by" phrase the parser hangs
        on the gift ("was granted a loan by the IMF"), else the body the gift is named
        after ("Ukraine has been granted EU candidate status")."""
        if any(a.code for a in found) or _lemma(pred) not in GIVING_VERBS:
            return []
        gifts = _children(pred, "dobj")
        by = [a for g in gifts for c in _children(g, "prep") if c.lower_ == "by"
              for p in _children(c, "pobj") for a in self.actors_of(p) if a.code]
        if by:
            return by
        return [Actor(text=self.doc[m.start:m.end].text, code=m.code, sector=m.sector)
                for g in gifts
                for m in self._modifier_matches(g, ("entity", "group", "state"))
                if m.sector in ("IGO", "GOV", None)][:1]

    def _weapon_owners(self, tok: Any) -> list[Actor]:
        """The armed forces whose weapon ``tok`` is ("destroyed by Russian projectiles")."""
        if _lemma(tok) not in lx.WEAPONS:
            return []
        return [Actor(text=_strip_det(self.doc[c.left_edge.i:tok.i + 1].text), code=m.code,
                      sector="MIL")
                for c in tok.children if c.dep_ in ("amod", "compound") and
                (m := self.match_at.get(c.i)) is not None and m.code][:1]

    def _implied_partner(self, frame: Frame, sources: list[Actor], sent: Any, s_idx: int,
                         etype: str, lemma: str, teller: Actor | None = None) -> Actor | None:
        """The unnamed other party of "We agreed to expand cooperation" or "we are transiting
        our gas via Ukrainian territory": the one other state the sentence names (not the
        one who tells of it: "…, the U.N. envoy said"), else, when "we" speaks for the
        outlet's side, the state the article is about."""
        codes = {a.code for a in sources if a.code}
        if len(codes) != 1 or len({a.party for a in sources if a.code}) > 1 or \
                self._negated(frame) or (
                etype != "COOPERATE" and lemma not in BILATERAL_LEMMAS | JOINT_SIGNING):
            return None
        if frame.kind == "verb" and any(c.dep_ == "prep" and c.lower_ == "about"
                                        for c in frame.trigger.children):
            return None  # "we are talking about recognising ...": speech, not talks
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between") and any(
                self._is_actorish(p) for p in _children(c, "pobj"))
               for c in frame.trigger.children):
            return None  # "agreed with the EU ..." whose partner the coder did not code
            # (not "With regard to the negotiations, we reached ...")
        own = next(iter(codes))
        # the enemy is a partner only in talks; "we discussed sanctions on Russia" is a topic
        # (agreements and deals are made with the enemy too: "we reached certain agreements in
        # Istanbul", "we are transiting our gas via Ukrainian territory"; but not sanctions on
        # it: "we agreed on the need to impose sanctions for another act of aggression")
        shut = {own} | ({ADVERSARY[own]} if own in ADVERSARY and lemma not in NEGOTIATE and (
            etype not in ("AGREE", "COOPERATE") or any(_lemma(t) == "sanction" for t in sent))
                        else set()) | (
            {teller.code} if teller is not None and teller.code and teller.code not in
            state_codes() else set())  # (a body that tells of it; a state may be the partner)
        # nor one the sentence names as the aggressor ("Before Russia's full-scale invasion,
        # Ukraine exported more than 6 million tons of grain via the Black Sea each month")
        shut |= self._aggressors_named(sent)
        # a venue is no partner ("during talks in Belarus, we agreed"), but where joint
        # drills are held is ("we hold joint exercises both in India and Russia")
        others = list(dict.fromkeys(c for c in self._sentence_codes(
            sent, kinds=("state", "adj"), venues=etype == "COOPERATE", opposed=False)
                                    if c not in shut and c in state_codes()))
        titled = self.title_actors() if BILATERAL_TITLE.search(self.article.title or "") \
            else []
        if etype == "CONSULT" and others:
            # a state named in talks is usually their topic, unless the title says the talks
            # are with it ("News conference following Russian-Belarusian talks": "During our
            # talks today we had a discussion on the common defence space of Russia and
            # Belarus")
            return Actor(text="", code=others[0], sector="GOV") if len(others) == 1 and \
                others[0] in {a.code for a in titled} else None
        talked_with = {a.code for a in titled if a.code in state_codes() and a.code not in shut}
        if etype == "AGREE" and len(talked_with) == 1 and not talked_with & set(others) and \
                any(a.text.lower() in FIRST_PLURAL for a in sources) and not any(
                    _lemma(t) in lx.ROUND_NOUNS | lx.TALKS for t in sent):
            # "We agreed that we will speak on the telephone after his trip to the capital of
            # Ukraine", told after Russian-French talks: agreed with France (not "With regard
            # to the negotiations, we reached certain agreements": the negotiations' other side)
            return Actor(text="", code=talked_with.pop(), sector="GOV")
        if len(others) == 1:
            return Actor(text="", code=others[0], sector="GOV")
        # "we" speak for a side; the speaker's "I" meets the "you" it addresses
        voices = FIRST_PLURAL | ({"i"} if etype == "CONSULT" and any(
            t.lower_ in ("you", "your") for t in sent) else set())
        if others or not any(a.text.lower() in voices for a in sources):
            return None
        if own != self.home:
            # a foreign guest's turn in the host's transcript: "we" deal with the host
            return Actor(text="", code=self.home, sector="GOV") if self.home and \
                own == self.speakers_state(frame.trigger.i) and self.home not in shut else None
        # (a body the title names meeting the outlet's side is a partner too: "Zelenskyy met
        # with the President of the European Commission", then "we have started negotiations")
        # (nor, for trade, the enemy a title names: "Every year we export tens of millions
        # of tons of grain" in an address titled "Russia's war against Ukraine affects ...")
        enemy = ADVERSARY.get(own) if etype == "COOPERATE" and self._at_war_by_then(own) else None
        partners = [a.code for a in titled + self._recent_people(s_idx)
                    if (a.code in state_codes() or a in titled and a.sector == "IGO")
                    and a.code not in shut and a.code != enemy]
        if not partners and own in ADVERSARY and self._at_war_by_then(own) and (
                etype == "AGREE" and any(
                _lemma(t) in lx.ROUND_NOUNS | lx.TALKS for t in sent) or etype == "CONSULT"
                and frame.kind == "noun" and frame.trigger.lower_ in NEGOTIATION_NOUNS):
            # "we agreed to continue working in the third round", "during the negotiations
            # in Belarus, we ...": a side at war negotiates with the other side (Moscow's talks
            # before the invasion were with Washington and NATO: "We look forward to
            # constructive and meaningful talks" on security guarantees)
            partners = [ADVERSARY[own]]
        return Actor(text="", code=partners[0], sector="GOV") if partners else None

    def _aggressors_named(self, sent: Any) -> set[str]:
        """The states a sentence names as the ones whose war or attack it is ("Russia's
        full-scale invasion")."""
        return {a.code for t in sent if _lemma(t) in lx.ATTACKS | lx.WARS
                for c in _children(t, "poss") for a in self.actors_of(c) if a.code}


NEGOTIATION_NOUNS = frozenset({"talks", "negotiations", "round"})  # not "our talk"
GROUNDS = frozenset({"territory", "grounds", "premises", "site"})
HELD = frozenset({"held", "controlled", "occupied", "annexed"})


# ways and places a town names after people
STREETS = frozenset({"street", "avenue", "square", "boulevard", "lane", "prospect", "embankment"})


def _held_by(doc: Any, m: Any) -> bool:
    """A country's adjective that says who holds a place: "Ukrainian-held territory"."""
    return m.kind == "adj" and m.end + 1 < len(doc) and doc[m.end].text == "-" and \
        doc[m.end + 1].lower_ in HELD


def go_between_word(w: Any) -> bool:
    """"mediate", "mediator", or "broker"/"facilitate" a deal, talks or an exchange (not
    "facilitate cargo shipping")."""
    return _lemma(w) in lx.MEDIATING or _lemma(w) in lx.GOOD_OFFICES and any(
        _lemma(o) in lx.BROKERED for o in _children(w, "dobj", "nsubjpass"))


def _group_size(text: str) -> int:
    """How many "the three countries" names (two for "the parties", "both leaders")."""
    return next((n for word, n in GROUP_SIZES.items() if word in text.lower().split()), 2)


def _attack_noun(tok: Any) -> bool:
    """An attack told by its noun ("the shelling", "Russian missile strikes")."""
    return tok.pos_ in ("NOUN", "VERB") and lx.noun_type(
        _lemma(tok) if tok.pos_ == "NOUN" else tok.lower_) == "ASSAULT"


def _named_body(actor: Actor) -> bool:
    """Is the actor a body known by its proper name ("World Council of Churches")?"""
    words = [w for w in actor.text.split() if w.lower() not in ("of", "the", "for", "and")]
    return actor.name is None and bool(words) and all(w[0].isupper() for w in words)


def _counted(head: Any) -> Any:
    """"one of the humanitarian columns": the columns."""
    if head.lower_ in ("one", "some", "many", "several", "all", "each", "most") or \
            head.ent_type_ == "CARDINAL":
        for prep in _children(head, "prep"):
            if prep.lower_ == "of":
                return next(iter(_children(prep, "pobj")), head)
    return head


def _ethnic(doc: Any, m: Match) -> bool:
    """'ethnic Albanians': an ethnicity, coded by where they live, not as a state."""
    return m.kind == "adj" and m.start > 0 and doc[m.start - 1].lower_ == "ethnic"


def _names_someone(text: str, names: set[str]) -> bool:
    """"the military government of President Prosper Avril", "the reserves of the Bank of
    Russia": a proper name after the phrase's first word (not "Civilians" starting a
    sentence, not the adjective in "our European colleagues")."""
    return any(w in names for w in text.split()[1:])


# acts between friends, where an unknown party in a release about home affairs is at home
# (in meetings only an unnamed body: named partners are as often guests, "Father Desbois")
FRIENDLY = frozenset({"SUPPORT", "AGREE", "REQUEST", "AID", "COOPERATE"})


def _partner_prep(prep: Any) -> bool:
    """Does a preposition name whom one acts with ("met with X", "talked to X", "an
    interview to The Washington Post")?"""
    return prep.lower_ == "with" or prep.lower_ == "to" and _lemma(prep.head) in (
        "talk", "speak") or prep.lower_ in ("to", "for") and _lemma(prep.head) == "interview"


def _distinct(actors: list[Actor], by_sector: bool = False) -> list[Actor]:
    out: list[Actor] = []
    keys: set[tuple[str | None, str | None, str, str | None]] = set()
    for a in actors:
        if a is None:
            continue
        key = (a.party, a.name, a.text if not a.code and not a.name or by_sector else "",
               a.sector if by_sector and not a.name else None)
        if key in keys:
            continue
        keys.add(key)
        out.append(a)
    return out


def _came_to_aid(noun: Any) -> bool:
    """"Russia came to the aid of Kazakhstan": the one aided is named by "of"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and \
        _lemma(noun.head.head) in ("come", "rush")
