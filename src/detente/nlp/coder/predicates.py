"""Tests the frame finder puts to a trigger: whether an event noun is told as a fact, what
a verb takes as objects, who acts in a noun, whether a soft verb is about armed force."""

from __future__ import annotations

from typing import Any

from detente.nlp import lexicon as lx
from detente.nlp.coder.actors import ActorResolver
from detente.nlp.coder.constants import JOINT_SUBJECTS, MILITARY_WORDS, OBJECT_PREPS
from detente.nlp.coder.state import Frame, _conjuncts
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import lemma as _lemma
from detente.nlp.tokens import participle_clause


def _in_doubt(tok: Any, doubts: tuple[str, ...]) -> bool:
    """Is an event noun negated or only feared ("the threat of shelling") above it?"""
    return any(t.lower_ in lx.NEGATORS or _lemma(t) in doubts for t in tok.ancestors)


def _backgrounded(tok: Any) -> bool:
    """Is an event noun only a time or purpose ("during the invasion", "after the start of
    the Russian invasion", "forces for new attacks")?"""
    when = tok
    while when.dep_ == "pobj" and when.head.lower_ == "of" and _lemma(
            when.head.head) in lx.TIME_NOUNS:
        when = when.head.head
    return when.dep_ == "pobj" and when.head.lower_ in lx.BACKGROUND_PREPS


RELATIVES = frozenset({"that", "which", "who", "whom"})


def _hoped_help(hope: Any) -> Any:
    """The help hoped for ("hope for greater support from the Alliance"), if any."""
    for prep in _children(hope, "prep"):
        if prep.lower_ == "for":
            for p in _children(prep, "pobj"):
                for x in [p, *_children(p, "conj")]:
                    if _lemma(x) in HOPED_HELP or _lemma(x) == "role" and any(
                            _lemma(c) in HOPED_HELP for c in _children(x, "compound")):
                        return x  # (also "a mediation role of Israel")
    return None


HOPED_HELP = frozenset({"support", "assistance", "help", "aid", "mediation"})


def _still_to_come(tok: Any) -> bool:
    """Is an event noun planned ("the planned talks", "the upcoming visit") or told under a
    future verb ("will depend on my meeting with President Zelensky")?"""
    if any(_lemma(c) in lx.NOT_YET for c in tok.children if c.dep_ in ("amod", "compound")):
        return True
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in lx.FUTURE_AUX
                                    for c in verb.children)


class FramePredicates(ActorResolver):
    """Tests on triggers and the phrases around them, for the frame finder."""

    def _objects(self, tok: Any) -> list[Any]:
        objs = _children(tok, "dobj", "attr", "oprd")
        if tok.dep_ == "relcl" and any(s.lower_ not in RELATIVES for s in _children(
                tok, "nsubj")) and all(o.lower_ in RELATIVES for o in objs):
            objs = [tok.head]  # "the agreements (that) we reached today": its object
        # "took hostage six people" (parsed as a dative)
        objs += [c for c in _children(tok, "dative") if _lemma(c) in lx.PRISONERS]
        if participle_clause(tok):
            objs.append(tok.head)  # "the sanctions imposed by ...": the noun is the object
            if tok.doc[tok.i - 1].text == "," and tok.head.dep_ == "pobj" and \
                    _lemma(tok.head.head.head) in lx.AGREEMENTS:
                objs.append(tok.head.head.head)  # "the agreements on Karabakh, reached by"
        if any(c.dep_ == "auxpass" for c in tok.children) and not _children(tok, "dobj"):
            # not "border guards were given new ranks": the subject is who was given them
            objs += _children(tok, "nsubjpass")
            if tok.dep_ == "relcl" and any(c.lower_ in ("that", "which")
                                           for c in _children(tok, "nsubjpass")):
                objs.append(tok.head)  # "the sanctions that are being imposed on us"
            if tok.dep_ == "xcomp" and not _children(tok, "nsubjpass"):
                objs += _children(tok.head, "nsubj")  # "buses were to be allowed to pass"
        for prep in _children(tok, "prep"):
            if prep.lower_ in OBJECT_PREPS and not (prep.i < tok.i and any(
                    t.text == "," for t in tok.doc[prep.i:tok.i])):
                objs += _children(prep, "pobj")  # (not a fronted "Under the deal, …")
        for x in _children(tok, "xcomp"):
            objs += _children(x, "dobj")
        return objs

    @staticmethod
    def _warned_consequences(tok: Any) -> Frame | None:
        """"The consequences will be very severe for Russia": a warning of what the speaker's
        side will do (THREATEN), when the consequences are still to come."""
        be = tok.head
        if tok.dep_ != "nsubj" or _lemma(be) != "be" or not any(
                c.dep_ == "aux" and c.lower_ in lx.FUTURE_AUX | {"would"} for c in be.children):
            return None
        if not any(c.dep_ in ("acomp", "attr", "advcl") for c in be.children):
            return None  # "will be very severe", "will be such as you have never seen"
        return Frame(tok, be, "THREATEN", None, "noun")

    @staticmethod
    def _aims_at_act(tok: Any, lemma: str) -> bool:
        """"(described as counterproductive) the intentions of European states to impose
        sanctions", "despite its categorical refusal to cooperate", "no intention of attacking
        Ukraine": a stated intention to act, or a refusal to, is told whatever verb names it."""
        return (lemma in lx.READINESS_NOUNS or lemma == "refusal" and bool(
            _children(tok, "poss"))) and any(  # "their refusal", not a refusal called for
            c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" or c.dep_ == "prep" and
            c.lower_ == "of" and _children(c, "pcomp") for c in tok.children)

    @staticmethod
    def _described_badly(tok: Any) -> bool:
        """"described as counterproductive the intentions of ...", "called the strikes
        barbaric": a negative verdict on someone's acts (PLOVER ACCUSE, disapprove)."""
        if any(c.dep_ in ("prep", "prt") and c.lower_ == "on" for c in tok.children):
            return False  # "called on companies to withdraw ... from war criminals": a request
        for c in tok.children:
            verdict = c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and not (
                c.pos_ in ("VERB", "AUX") and _children(c, "aux")) or (
                c.dep_ == "prep" and c.lower_ == "as")
            if verdict and any(_lemma(t) in lx.NEGATIVE_VERDICTS for t in c.subtree):
                return True
        return False

    def _wanted_of_other(self, tok: Any) -> bool:
        """"We want Russian troops to be withdrawn", "we expect Moscow to fulfil ...": a
        wish about what another actor should do is a request to it (PLOVER REQUEST)."""
        own = {_lemma(s) for s in _children(tok, "nsubj")}
        own_codes = {a.code for s in _children(tok, "nsubj") for a in self.actors_of(s)}
        for comp in _children(tok, "ccomp", "xcomp"):
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
                continue
            for subj in _children(comp, "nsubj", "nsubjpass"):
                other = self.actor_at(subj) if subj.pos_ != "PRON" else None
                if _lemma(subj) not in own and other is not None and other.code and \
                        other.code not in own_codes:
                    return True
        return False

    def _use_of_force(self, tok: Any) -> Frame | None:
        """"The use of water cannon and tear gas by Polish security forces", "the use of the
        Bayraktar drone by the Ukrainian military": using weapons on someone (ASSAULT)."""
        objects = [p for c in _children(tok, "prep") if c.lower_ == "of"
                   for p in _children(c, "pobj")]
        used = {_lemma(x) for p in objects for x in p.subtree}
        if not used & (lx.WEAPONS | lx.FORCE_MEANS) or not self._own_agent(tok) or any(
                _lemma(p) in ("energy", "technology", "power") for p in objects):
            return None  # (not "the use of nuclear energy for peaceful purposes")
        mode = "crowd-control" if used & {"cannon", "gas", "baton", "bullet"} and \
            used & {"water", "tear", "rubber", "stun"} else None
        return Frame(tok, tok, "ASSAULT", mode, "noun")

    def _labour_strike(self, tok: Any) -> bool:
        """"Workers went on strike", "the union began a strike", "teachers are on strike":
        a walkout, not an air strike."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" else tok.head
        subjects = {_lemma(s) for s in _children(verb, "nsubj")} | {
            _lemma(c) for c in tok.children if c.dep_ in ("poss", "compound")}
        return bool(subjects & lx.WORKERS)

    def _in_force(self, tok: Any, lemma: str) -> Frame | None:
        """A ceasefire or corridor reported as working: RETREAT (PLOVER), not an agreement."""
        truce = lemma in lx.CEASEFIRE_NOUNS or lemma == "regime" and any(
            _lemma(t) in ("silence", "ceasefire") for t in tok.subtree)
        if not truce and lemma != "corridor":
            return None
        mode = "ceasefire" if truce else "access"
        head = tok.head
        at = tok
        if tok.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in lx.SPANS and \
                _children(head.head, "nummod"):
            at = head.head  # "two days of real ceasefire" (not "short periods of ceasefire")
        if at.dep_ in ("attr", "nsubj") and _lemma(at.head) == "be" and _children(at.head, "expl"):
            return Frame(tok, at.head, "RETREAT", mode, "noun")  # "there were two days of ..."
        if tok.dep_ == "nsubj" and _lemma(head) in lx.IN_FORCE_VERBS or \
                tok.dep_ == "nsubjpass" and _lemma(head) in lx.IN_FORCE_PASSIVES:
            return Frame(tok, head, "RETREAT", mode, "noun")
        if tok.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in (
                "beginning", "start", "introduction", "opening"):
            # "we announce the beginning of the silence regime", "the daily opening of
            # humanitarian corridors"
            verb = head.head.head if head.head.dep_ == "dobj" else head.head
            return Frame(tok, verb, "RETREAT", mode, "noun")
        return None

    def _own_agent(self, tok: Any) -> bool:
        """Does an event noun name who did it ("Russian shelling", "bombing by the army")?"""
        if self._done_by(tok):
            return True
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound") and (m := self.match_at.get(c.i)) and \
                    m.code and m.kind in ("state", "adj", "group", "entity", "capital"):
                return True
            if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and (
                    a := self.actor_at(c)) is not None and a.code:
                return True  # "the Russian army's strikes": the matched name stops at "Russian"
            if c.dep_ == "prep" and c.lower_ == "of" and any(
                    self._armed_actor(p) for p in _children(c, "pobj")):
                return True  # "the shelling of the Russian troops": an armed force acts
        return False

    def _named_target(self, tok: Any) -> bool:
        """Does a definite event noun name the place or party it hit ("the shelling of
        Kharkiv", "the strike on the Zaporizhzhia plant"), so it is one act, not a kind of
        act ("the shelling of civilians", "any attack on a nuclear plant")?"""
        if not any(d.lower_ in ("the", "this", "these", "that", "yesterday's", "today's")
                   for d in _children(tok, "det", "poss")):
            return False
        return any(w.pos_ == "PROPN" and self.actor_at(w) is not None
                   for c in _children(tok, "prep") if c.lower_ in ("of", "on", "against")
                   for p in _children(c, "pobj") for w in p.subtree)

    def _done_by(self, tok: Any) -> bool:
        """Does an event noun name its doer in a "by" phrase ("the blockade by Russian
        troops", "the blockade of ports by Russian troops": the parser hangs it on "ports")?"""
        heads = [tok, *(p for c in _children(tok, "prep") if c.lower_ == "of"
                        for p in _children(c, "pobj"))]
        return any(c.lower_ == "by" and any(self.actor_at(p) is not None
                                            for p in _children(c, "pobj"))
                   for h in heads for c in _children(h, "prep"))

    def _told_rally(self, tok: Any) -> bool:
        """A rally told with the place it was held in ("a rally in occupied Lille", "a rally
        on Vabaduse Square in Tallinn"), not one only feared or named as a topic."""
        if tok.dep_ in ("dobj", "attr") or _in_doubt(tok, ("threat", "risk", "call", "ban")):
            return False
        return self._place_code(tok) is not None

    def _place_code(self, tok: Any) -> str | None:
        """The country of a place an event noun is held in or at."""
        for prep in _children(tok, "prep"):
            if prep.lower_ in ("in", "at", "on", "near", "outside"):
                for p in _children(prep, "pobj"):
                    for t in p.subtree:
                        if code := self._place_of(t):
                            return code
        return None

    @staticmethod
    def _told_attack(tok: Any) -> bool:
        """An attack noun told as a fact inside another clause: it names its target or how
        hard it was ("massive shelling of cities", "the barbaric shelling")."""
        if tok.dep_ not in ("pobj", "conj", "appos") or _in_doubt(
                tok, ("threat", "risk", "danger", "allegation")):
            return False
        if _backgrounded(tok):
            return False  # "during the invasion of Ukraine", "forces for new attacks"
        return any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against") and
                   _children(c, "pobj") for c in tok.children) or any(
            _lemma(c) in lx.ATTACK_INTENSITY for c in tok.children if c.dep_ == "amod")

    def _hosts_people(self, tok: Any) -> bool:
        """Does a verb of receiving take in people as aid ("receives our wounded for
        treatment", "has received two million refugees")?"""
        objs = self._objects(tok)
        return bool({_lemma(o) for o in objs for o in _conjuncts(o)} & lx.CARED_FOR) or any(
            _lemma(t) in lx.CARE and t.head.lower_ == "for" for o in objs for t in o.subtree) \
            or any(_lemma(p) in lx.CARE for c in _children(tok, "prep") if c.lower_ == "for"
                   for p in _children(c, "pobj"))

    def _told_visit(self, tok: Any) -> bool:
        """A visit named with its destination inside another clause, made and not only
        invited, planned or proposed ("during his recent visit to Moscow", "thanked him for
        the visit to Ukraine", "Scholz's visit to Kyiv was productive")."""
        if _in_doubt(tok, ("invitation", "invite", "proposal", "offer", "plan", "possibility",
                           "preparation", "readiness", "forward", "await")):
            return False
        if _still_to_come(tok):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            self._is_actorish(p) for p in _children(c, "pobj")) for c in tok.children)

    def _told_talks(self, tok: Any) -> bool:
        """Talks named with their partner inside another clause, held and not only proposed,
        planned or refused ("announced the results of his conversation with Putin")."""
        if tok.dep_ not in ("pobj", "dobj", "conj", "appos") or _in_doubt(tok, (
                "call", "proposal", "offer", "demand", "refusal", "readiness", "threat",
                "plan", "possibility", "need")):
            return False
        if _still_to_come(tok) or any(c.lower_ in ("tomorrow", "soon") for c in tok.sent):
            # "the planned talks", "will depend on my meeting with President Zelensky"
            return False
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(
            self._is_actorish(p) for p in _children(c, "pobj")) for c in tok.children)

    def _told_deployment(self, tok: Any) -> bool:
        """A deployment or mobilisation noun told as a fact inside another clause: it names
        whose it is ("the deployment of a US brigade", "Russia's mobilisation") or what kind
        ("general mobilization"), and is not only feared."""
        if _in_doubt(tok, ("threat", "risk", "danger", "allegation", "call", "demand")):
            return False
        if any(_lemma(c) in lx.MOBILIZATION_KINDS for c in tok.children if c.dep_ == "amod"):
            return True
        return self._own_agent(tok) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                self._modifier_codes(p) or self._armed_actor(p) for p in _children(c, "pobj"))
            for c in tok.children)

    def _military(self, tok: Any) -> bool:
        """Is a soft verb of violence ("hit", "destroy", "fight") about armed force here?"""
        sent = tok.sent
        lemmas = {_lemma(t) for t in sent}
        if lemmas & MILITARY_WORDS:
            return True
        if _lemma(tok) == "fire" and any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
                                         for c in tok.children):
            return True  # "firing at any ships" (not "fired from the job")
        for subj in _children(tok, "nsubj", "agent"):
            actor = self.actor_at(subj)
            if actor is not None and actor.sector in ("MIL", "REB", "COP"):
                return True
        if self._outlet_at_war(sent, tok) and _lemma(tok) == "fight" and any(
                s.lower_ == "we" for s in _children(tok, "nsubj")) and any(
                c.lower_ == "for" for c in _children(tok, "prep")) and not any(
                c.lower_ == "against" for c in _children(tok, "prep")):
            return True  # a side at war: "we have been fighting for our freedom for 16 days"
        if self._outlet_at_war(sent, tok):
            # an outlet at war: "thousands of people were killed", "they destroyed dozens of
            # hospitals" (not "confidence is destroyed")
            hurt = [c for h in _children(tok, "nsubjpass", "dobj") for c in _conjuncts(h)]
            for _ in range(2):  # "dozens of hospitals", "tens of thousands of houses"
                hurt += [p for t in hurt if _lemma(t) in lx.COUNT_NOUNS or t.like_num
                         for c in _children(t, "prep") if c.lower_ == "of"
                         for p in _children(c, "pobj") if p not in hurt]
            return any(_lemma(t) in lx.STRUCK_IN_WAR or
                       t.ent_type_ in ("GPE", "LOC", "FAC") or self._place_of(t) or
                       t.ent_type_ == "PERSON" and _lemma(tok) in ("kill", "wound", "injure")
                       for t in hurt) and (
                _lemma(tok) != "hit" or bool(_children(tok, "dobj")))
        return False

    def _victim_verb(self, tok: Any) -> Any:
        """'died as a result of torture', 'killed in an air strike' -> the verb of harm."""
        cur = tok
        for _ in range(5):
            if cur.dep_ not in ("pobj", "prep", "pcomp"):
                return None
            cur = cur.head
            if cur.pos_ == "VERB":
                return cur if _lemma(cur) in lx.VICTIM_VERBS else None
        return None

    def _is_official(self, tok: Any) -> bool:
        """Is the subject of ``tok`` a government (a diplomatic protest, not a demonstration)?"""
        for subj in _children(tok, "nsubj"):
            actor = self.actor_at(subj)
            if actor is not None and (actor.sector in ("GOV", None) and actor.code):
                return not (actor.sector is None and subj.pos_ == "NOUN")
        return False


FIRST_PERSON = frozenset({"i", "we"})
PHASES = frozenset({"beginning", "start", "outset", "opening", "end", "close", "conclusion"})


def approved_clause(adj: Any) -> Any | None:
    """The "that" clause an approving word judges ("It is wonderful that your company
    preserves ...", "I am pleased to note that results have been attained"), if any; not
    "pleased to meet you" nor "happy if you come"."""
    if adj.dep_ not in ("acomp", "attr", "ROOT") and not _it_is_participle(adj) or _children(
            adj, "neg") or (adj.dep_ in ("acomp", "attr") and _children(adj.head, "neg")):
        return None
    holders = [adj] + ([adj.head] if adj.dep_ in ("acomp", "attr") else [])
    holders += [x for h in holders for x in _children(h, "xcomp") if _lemma(x) in lx.NOTING_VERBS]
    clause = next((c for h in holders for c in _children(h, "ccomp") if any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or c.tag_ != "VB"),
        None)
    if clause is None or any(s.lower_ in FIRST_PERSON for s in _children(clause, "nsubj")):
        return None  # "happy that we can talk them over": no one else's deed
    return clause


def _it_is_participle(adj: Any) -> bool:
    """"It is gratifying that ...", parsed as a verb with "is" for its auxiliary."""
    return adj.tag_ == "VBG" and any(c.dep_ == "aux" and _lemma(c) == "be"
                                     for c in adj.children) and any(
        s.lower_ == "it" for s in _children(adj, "nsubj"))


def opening_of(tok: Any) -> Any | None:
    """The verb of the clause that "at the start of the meeting" (``tok`` the meeting) or
    "at the end of the talks" sets in time, if any: those talks were held."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or _lemma(prep.head) not in PHASES:
        return None
    phase = prep.head
    at = phase.head
    if phase.dep_ != "pobj" or at.lower_ not in ("at", "by", "towards", "toward"):
        return None
    return at.head if at.head.pos_ in ("VERB", "AUX") and not _still_to_come(at.head) else None


# gatherings one takes part in that no event noun of the lexicon names ("the Congress of
# Local Authorities", "the plenary session", "the Economic Forum"); lexicon.GATHERINGS are
# the ones leaders meet at as fellow guests
JOINED_GATHERINGS = frozenset({"session", "congress", "conference", "forum", "assembly",
                               "convention", "consultations", "plenary", "celebration",
                               "event"})


def gathering_joined(verb: Any) -> Any:
    """The gathering a "take part in", "participate in" or "attend" names ("took part in the
    opening of the intergovernmental consultations"), when no event noun of the lexicon
    does; None otherwise."""
    heads = [verb, *_children(verb, "dobj")]
    joined = [p for h in heads for c in _children(h, "prep") if c.lower_ == "in"
              for p in _children(c, "pobj")]
    if _lemma(verb) == "attend":
        joined += _children(verb, "dobj", "nsubjpass")
    for noun in list(joined):
        if _lemma(noun) in ("opening", "work", "closing"):  # "the opening of the session"
            joined += [p for c in _children(noun, "prep") if c.lower_ == "of"
                       for p in _children(c, "pobj")]
    return next((n for n in joined if n.lower_ in JOINED_GATHERINGS or
                 _lemma(n) in JOINED_GATHERINGS or
                 _lemma(verb) == "attend" and lx.noun_type(_lemma(n)) == "CONSULT"),
                None)


def removed_from_a_body(tok: Any) -> bool:
    """Is "from" what is left a body or system one is a member of ("expelled from
    international organisations", "the exclusion of Sberbank from SWIFT"), not a place?"""
    holders = [tok, *(p for c in _children(tok, "prep") if c.lower_ == "of"
                      for p in _children(c, "pobj"))]
    return any(_lemma(p) in lx.MEMBERSHIPS or any(_lemma(c) in lx.MEMBERSHIPS
                                                  for c in _children(p, "compound"))
               for h in holders for c in _children(h, "prep") if c.lower_ == "from"
               for p in _children(c, "pobj"))


def joint_noun(tok: Any) -> bool:
    """"the parties", "the interlocutors", "the leaders": a plural naming both sides."""
    return bool(tok.tag_ == "NNS" and _lemma(tok) in JOINT_SUBJECTS)
