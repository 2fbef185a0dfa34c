"""Who a phrase names: actors of noun phrases and pronouns, transcript speakers, subjects
and the claimant of a report."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from typing import Any

from detente.actors import state_codes
from detente.actors.dictionary import Match, is_patron
from detente.model import Actor
from detente.nlp import lexicon as lx
from detente.nlp.coder.attributes import ACCUSING_VERBS, AttributeReader
from detente.nlp.coder.constants import (
    ACTOR_ENTS,
    ADDRESS_TITLE,
    ADVERSARY,
    BILATERAL_TITLE,
    COLLECTIVE_HEADS,
    DOING_VERBS,
    FROM_ABROAD,
    HOSTILE_LABELS,
    INSTITUTIONAL,
    MESSAGE_TITLE,
    MILITARY_WORDS,
    PARTNERS_OF,
    PLACE_KINDS,
    PLURAL_COREF,
    TITLE_HEADS,
    WAR_GROUND,
    WAR_WIDENED,
)
from detente.nlp.coder.state import _conjuncts
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import (
    comma_participle,
    first_conjunct,
    has_aux,
    main_verb_of_a_name,
    names_agreement,
    participle_clause,
)
from detente.nlp.tokens import lemma as _lemma

# verbs whose object does what their "of"/"for"/"on"/"from" gerund tells (the accusing ones
# also make it the accuser's claim: attributes.ACCUSING_VERBS)
OBJECT_CONTROL = ACCUSING_VERBS | frozenset({
    "thank", "praise", "commend", "congratulate", "criticise", "criticize", "condemn",
    "reproach", "punish", "reward", "forgive", "prevent", "stop", "prohibit", "ban", "bar",
    "discourage", "dissuade"})



COURSE_NOUNS = frozenset({"course", "policy", "line", "path", "strategy"})


def _course_owners(verb: Any) -> list[Any]:
    """Whose course a gerund is, when the parse hangs "on doing" on the verb beside the course
    ("indulging the Kiev leadership's course on dismantling the agreements")."""
    doc = verb.doc
    if verb.dep_ == "advcl" and has_aux(verb, {"to"}) and verb.i >= 2 and \
            doc[verb.i - 1].lower_ == "to" and _lemma(doc[verb.i - 2]) in COURSE_NOUNS:
        # "the destructive nature of Kiev's policy to dismantle the Minsk Package" (the parse
        # hangs the infinitive on the verb above): Kiev's
        return _children(doc[verb.i - 2], "poss")
    if verb.dep_ != "pcomp" or verb.head.lower_ != "on" or verb.head.dep_ != "prep":
        return []
    return [p for o in _children(verb.head.head, "dobj") if _lemma(o) in COURSE_NOUNS
            for p in _children(o, "poss")]


# the end of an editor's note in a quotation: "(the Russian side - ed.)"
_EDITORS_MARK = re.compile(r"[-–—]\s*ed\.?\s*\)$")


def _conjoined_owner(pronoun: Any) -> Any | None:
    """The named owner of the noun a possessive pronoun's noun is joined to ("X's aggression
    and their refusal": X)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("their", "its") or noun.dep_ != "conj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "poss" and c.pos_ in (
        "NOUN", "PROPN")), None)


def _vocative(subj: Any, subjects: list[Any]) -> bool:
    """Is a subject the one addressed ("Ms Golikova, this year we provided ..."): a name that
    opens the sentence, set off by a comma, before the verb's own subject?"""
    after = subj.i + 1  # (the parse hangs the comma on the name)
    return subj.left_edge.i == subj.sent.start and after < len(subj.doc) and \
        subj.doc[after].text == "," and any(o.i > after for o in subjects if o is not subj)


SECOND_ARMY = re.compile(r"\bsecond (?:strongest |most powerful )?army (?:of|in) the world|"
                         r"\bworld's second (?:strongest |most powerful )?army", re.I)
# words of the present that end an account of an earlier war
NOW_WORDS = frozenset({"today", "yesterday", "now", "currently", "recently", "tonight",
                       "tomorrow"})


OCCASION_PREPS = frozenset({"during", "following", "after", "before", "amid", "at"})


# what is sought for people ("the release of Ukrainians illegally detained by Russia", the
# participle hung on the release by the parse; "the location of Ukrainians illegally
# deported"): the people are what the act befell
FOR_THEIR = frozenset({"release", "return", "rescue", "fate", "exchange", "location",
                       "whereabouts", "search"})


def _when_clause_doer(pronoun: Any) -> Any | None:
    """The named subject of the verb a "when" clause hangs on, for the clause's pronoun
    subject ("what ISIS did in Syria when they used civilians as human shields")."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return None
    return next((s for s in _children(clause.head, "nsubj") if s.pos_ == "PROPN"), None)


def _whom_it_is_for(noun: Any) -> Any:
    if _lemma(noun) not in FOR_THEIR:
        return noun
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in _children(c, "pobj")), noun)


def _in_an_adjunct(tok: Any) -> bool:
    """Is a name in a phrase on a noun ("the state policy of Kiev", "following talks with
    Ursula von der Leyen") or on when something was said ("during ..."), not a party of its
    clause ("grateful to Pope Francis", "updated Vladimir Putin")?"""
    while tok.dep_ in ("compound", "flat", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.dep_ == "prep":
        return True  # a participle the parse makes a preposition: "following talks with X"
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in OCCASION_PREPS or prep.head.pos_ in ("NOUN", "PROPN")


def _told_in_the_past(sent: Any) -> bool:
    """Is every verb of the sentence in the past tense, with no word of today in it?"""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    return any(t.tag_ == "VBD" for t in verbs) and not any(
        t.tag_ in ("VBZ", "VBP", "MD") for t in verbs) and not any(
        t.lower_ in NOW_WORDS for t in sent)


class ActorResolver(AttributeReader):
    """The actors that phrases, pronouns and speakers of an article name."""

    def speakers_state(self, i: int) -> str | None:
        """The state of the transcript speaker at token ``i``, else the outlet's."""
        speaker = self._speaker_at(i)
        return speaker.code if speaker is not None and speaker.code in state_codes() \
            else self.home

    def after_label(self, tok: Any) -> bool:
        """Is the word said after a speaker's label in its own sentence ("Japarov: Thank
        you")?"""
        sent = self.sents[self.sent_index(tok.i)]
        return any(t.text in LABEL_COLONS for t in self.doc[sent.start:tok.i])

    def _own_voice(self, tok: Any) -> Actor | None:
        """Who speaks a sentence nobody is reported to say: the transcript's speaker or the
        quoted one, else the state whose president publishes the text."""
        spk = self._speaker_at(tok.i) or self._quoted_speaker(tok)
        if spk is not None and spk.code:
            return Actor(text="", name=spk.name, code=spk.code, sector=spk.sector or "GOV")
        return Actor(text="", code=self.home, sector="GOV") if self.home else None

    def _owners(self, tok: Any) -> list[Actor]:
        """The actors a noun phrase names or belongs to: "Russia" itself, or "Russia" in
        "Russia's actions", "the Russian strikes", "the intentions of European states" (but
        not "Kharkiv" in "the shelling of Kharkiv": what an attack is "of" is what it hit,
        unless an armed force)."""
        attack = lx.noun_type(_lemma(tok)) in ("ASSAULT", "COERCE")
        own = None if attack else self.actor_at(tok)
        if own is not None and own.code:
            return [own]
        found: list[Actor] = []
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound") and c.i in self.match_at:
                found += self.actors_of(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "by"):
                found += [a for p in _children(c, "pobj") for a in self.actors_of(p)
                          if c.lower_ == "by" or not attack
                          or self._armed_actor(p)]
            elif c.dep_ in ("acl", "relcl"):  # "the crimes committed by the Russian military"
                found += [a for ag in _children(c, "agent") for p in _children(ag, "pobj")
                          for a in self.actors_of(p)]
        return [a for a in found if a.code]

    def _armed_actor(self, tok: Any) -> bool:
        actor = self.actor_at(tok)
        return actor is not None and (actor.sector in ("MIL", "REB", "UAF") or
                                      _lemma(tok) in lx.TROOPS)

    def _is_actor_head(self, tok: Any) -> bool:
        """Does the phrase head itself name an actor (not "Reagan's statement")?"""
        if tok.pos_ == "PRON":
            return tok.lower_ not in ("it", "this", "that", "which", "what")
        m = self.match_at.get(tok.i)
        if m is not None:
            return m.kind != "sector" or m.sector not in (None,)
        ent = self.ent_at.get(tok.i)
        if ent is not None and ent.label_ in ACTOR_ENTS:
            return True
        return tok.pos_ == "PROPN" or _lemma(tok) in {"guest", "delegation", "participant",
                                                      "colleague", "friend", "partner"}

    def _is_actorish(self, tok: Any) -> bool:
        if tok.pos_ in ("PROPN",) or tok.i in self.match_at:
            return True
        start, end = self._np_range(tok)
        for i in range(start, end):
            ent = self.ent_at.get(i)
            if ent is not None and ent.label_ in ACTOR_ENTS:
                return True
            m = self.match_at.get(i)
            if m is not None and m.kind != "sector":
                return True
        return False

    def _subjects(self, pred: Any) -> tuple[list[Any], list[Any], bool]:
        """(subject heads, passive-subject heads, passive?) of a predicate, climbing to the
        verb that controls it when it has no subject of its own."""
        cur = pred
        # "Russia continued to be accused of ...": the controller's subject suffers the act
        passive_below = active_below = False
        for _ in range(4):
            subj = [s for s in _children(cur, "nsubj", "csubj") if s.lower_ not in ADVERBIAL_LATIN]
            subj = [s for s in subj if not _vocative(s, subj)]
            subj = subj or [s for a in _children(cur, "aux") for s in _children(a, "nsubj")]
            # "The Head of State will, inter alia, meet with": the parse hangs the subject on
            # "will" and takes "inter alia" for it
            subjpass = _children(cur, "nsubjpass")
            passive = any(c.dep_ == "auxpass" for c in cur.children) or bool(subjpass)
            if subj and passive_below:
                return [], subj, True
            if subjpass and not subj and active_below:
                return subjpass, [], False  # "the presidents are expected to discuss": they do
            if subj or subjpass:
                return subj, subjpass, passive
            if (named := _for_to_subject(cur)):
                return named, [], passive  # "the best decision would be … for Kiev itself to
                # refuse to join NATO": Kiev would refuse, not the speaker
            passive_below = passive and cur.dep_ == "xcomp"
            active_below = not passive and cur.dep_ == "xcomp"
            if cur.dep_ == "pcomp" and cur.head.lower_ in ("despite", "amid", "during") and \
                    cur.tag_ == "VBG":
                return [], [], False  # "reached the plant despite shelling": not theirs
            if comma_participle(cur) and cur.head.dep_ == "pcomp" and \
                    _lemma(cur.head.head.head) in ACCUSING_VERBS:
                # "accused Kyiv of blowing up the station, calling it a violation": the parse
                # hangs the comma's participle on the charge; the accuser calls it so
                cur = cur.head.head.head
                continue
            if (helped := _helped_in(cur)):
                return helped, [], False  # "support for Ukraine in countering Russian
                # aggression": Ukraine counters it, helped
            if (doers := self._object_controller(cur)):
                return doers, [], False  # "accused Moscow of violating the truce": Moscow
            if cur.dep_ == "conj" and _lemma(cur) in VERDICT_VERBS and \
                    _lemma(cur.head) == "be" and cur.head.dep_ == "ccomp" \
                    and _lemma(cur.head.head) in lx.REPORTING and not any(
                        self._is_actor_head(s) for s in _children(cur.head, "nsubj")):
                # "Ukraine said the memorandum was an ultimatum and rejected it": the parse
                # hangs the second verb on the copula; the speaker did it
                cur = cur.head.head
                continue
            if (welcomed := _welcomed_decision(cur)) is not None:
                # "Ukraine welcomes the decisions to impose new sanctions against Russia, which
                # were adopted by the EU" (the infinitive parsed onto "welcomes"): the deciders
                return _deciders(welcomed) + _adopters(cur), [], False
            if (owners := _course_owners(cur)):
                return owners, [], passive  # "are indulging the Kiev leadership's course on
                # dismantling the Minsk agreements" (the parse hangs "on" on the verb): Kiev's
            if cur.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ", "VBD")
                                          for c in cur.children) and \
                    cur.sent.root != cur and cur.head.dep_ in ("acl", "conj") and \
                    _children(cur.sent.root, "nsubj"):
                # "the Russian Armed Forces are making every effort to spare the lives ... and
                # are carrying out pinpoint strikes" (the parse hangs the second finite verb on
                # the infinitive): the main clause's subject
                cur = cur.sent.root
                continue
            if cur is pred and cur.dep_ == "conj" and cur.pos_ in ("NOUN", "PROPN") and \
                    cur.head.pos_ in ("VERB", "AUX"):
                return [], [], False  # "ignore the crimes … and massive shelling of cities":
                # the parse joins the noun to the verb; no shelling by those who ignore it
            if cur.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp", "prep") and \
                    cur.head != cur:
                cur = cur.head
                continue
            if cur.dep_ == "relcl" and cur.head.dep_ == "dobj" and \
                    _lemma(cur.head.head) in ("do", "make", "take", "have") and \
                    _lemma(cur.head) in DONE_AMOUNTS and has_aux(cur, {"to"}):
                cur = cur.head.head  # "Our countries have done a great deal to promote ..."
                continue
            if cur.dep_ in ("relcl", "acl") and has_aux(cur, {"to"}) and \
                    cur.head.dep_ == "dobj" and _lemma(cur.head.head) in NEEDING:
                cur = cur.head.head  # "we need weapons to destroy armored vehicles": who
                continue  # needs them would use them
            if cur.dep_ in ("relcl", "acl") and (ranked := _ranked_among(cur.head)):
                return ranked, [], passive  # "Sweden is among those who support Ukraine"
            if cur.dep_ == "relcl":
                return [cur.head], [], passive
            if cur.dep_ == "acl" and (cur.tag_ == "VBD" or main_verb_of_a_name(cur)) and \
                    cur.head.dep_ == "ROOT" and cur.head.pos_ in ("NOUN", "PROPN") and \
                    cur.head.i < cur.i:
                # a main clause the parse takes for a noun's modifier: "The Ukrainian
                # delegation handed over its proposals" (the verb in the past tense)
                return [cur.head], [], passive
            if participle_clause(cur):
                agents = [p for a in _children(cur, "agent") for p in _children(a, "pobj")]
                if cur != pred and agents and _lemma(cur.head) in lx.MEASURE_NOUNS:
                    # "the measures taken by Russian military personnel to provide aid"
                    return agents, [], False
                return [], [_whom_it_is_for(cur.head)], True
            if cur.dep_ == "acl" and _lemma(cur.head) in lx.DECISIONS and (
                    deciders := _deciders(cur.head)):
                return deciders, [], passive  # "the EU's decision to impose sanctions"
            if (taker := _opportunity_taker(cur)) is not None:
                cur = taker  # "thank you for this opportunity to negotiate with you"
                continue
            if cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "pobj") and \
                    _lemma(cur.head) in lx.REPORTING_NOUNS | lx.DECISIONS | {"order"}:
                cur = cur.head.head  # "issued a declaration demanding ..."
                continue
            if cur.tag_ in ("VBD", "VBZ", "VBP") or cur.tag_ == "VBN" and _children(cur, "aux"):
                # a parse that hangs the subject on an opening phrase: "During the talks in
                # Kyiv, President X and Y discussed" (X an apposition of Kyiv)
                hung = [a for prep in _children(cur, "prep") if prep.i < cur.i
                        for a in prep.subtree if a.dep_ == "appos" and a.i < cur.i and
                        any(t.i in self.match_at for t in a.subtree)]
                if hung:
                    return hung[-1:], [], False
            break
        return [], [], False

    def _object_controller(self, gerund: Any) -> list[Any]:
        """Whom a verb names as doing what its "of"/"for"/"on"/"from" gerund tells: its object
        ("accused Moscow of violating the truce", "thanked Poland for supporting Ukraine",
        "prevented them from leaving"), when that object is an actor."""
        if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or \
                gerund.head.lower_ not in ("of", "for", "on", "from") or \
                _lemma(gerund.head.head) not in OBJECT_CONTROL:
            return []
        return [o for o in _children(gerund.head.head, "dobj")
                if any(a.code or a.name for a in self.actors_of(o))]

    def actors_of(self, head: Any, deep: bool = False) -> list[Actor]:
        """Actors named by a noun phrase head and its conjuncts."""
        out: list[Actor] = []
        if head.lower_ in ("they", "them") and (said_by := _coordinated_teller(head)):
            # "Congo's government and the M23 said they had agreed": both of them
            return [replace(a, text=head.text) for a in self.actors_of(said_by)]
        for h in _conjuncts(head):
            actor = self.actor_at(_whole_of(h), deep=deep)
            if actor is None:
                continue
            out.append(actor)
            # "President of Ukraine Volodymyr Zelenskyy and Chancellor Olaf Scholz": the
            # parse coordinates the second person inside the first one's title
            named = _named_in_title(h)
            if named:
                first_end = min(c.left_edge.i for c in named)
                while first_end > h.i and self.doc[first_end - 1].dep_ in ("cc", "punct"):
                    first_end -= 1
                actor.text = _strip_det(self.doc[self._np_range(h)[0]:first_end].text)
            out += [a for c in named if (a := self.actor_at(c, deep=deep))
                    is not None and (a.code, a.name) != (actor.code, actor.name)]
            if _lemma(h) in COLLECTIVE_HEADS or _lemma(h) in PLURAL_OFFICES and h.tag_ == "NNS":
                # "the representatives of Ukraine and the Russian Federation", "the leaders
                # of Brazil, Russia, India, China and South Africa", "delegations from
                # Russia and Ukraine": all of them
                for prep in _children(h, "prep"):
                    if prep.lower_ in ("of", "from"):
                        for p in _children(prep, "pobj"):
                            p = _of_whose(p)  # "directors general of military operations
                            # of India and Pakistan"
                            out += [replace(a, sector=a.sector or actor.sector)
                                    for c in _conjuncts(p)[1:]
                                    if (a := self.actor_at(c, deep=deep)) is not None and
                                    a.code and a.code != actor.code]
            # "Russian and Ukrainian negotiators": one actor per coordinated adjective
            for mod in h.children:
                if mod.dep_ in ("amod", "compound", "nmod") and mod.i in self.match_at:
                    for other in _conjuncts(mod)[1:]:
                        m = self.match_at.get(other.i)
                        if m is not None and m.code and m.code != actor.code and \
                                m.kind in ("adj", "state", "group", "entity"):
                            out.append(Actor(text=actor.text, code=m.code, sector=actor.sector))
        return out

    def _past_war(self, sent: Any, years: bool = True) -> bool:
        """Is a sentence about an earlier war ("In 1941", "during the Second World War"), not
        only a person described by one ("Borys Romanchenko, a former prisoner of Nazi
        concentration camps, was killed in Kharkiv")? ``years=False``: by its words alone, not
        an old year ("killed by neo-Nazis in 2014" is of this war)."""
        return self._tells_a_past_war(sent, years) or self._goes_on_past_war(sent)

    def _tells_a_past_war(self, sent: Any, years: bool = True) -> bool:
        text = sent.text.lower()
        return years and self._old_year(sent) or any(
            not _describes_someone(sent, at) for w in lx.PAST_WARS
            if (at := text.find(w)) >= 0 and not text[:at].endswith("neo-"))

    def _goes_on_past_war(self, sent: Any) -> bool:
        """Does the sentence go on telling the earlier war of one or two sentences before, in
        the past tense with nothing of today ("The years of Nazi occupation of Ukraine are a
        terrible, dark period in our history. Its consequences were more than 700 destroyed
        cities ... Hundreds of villages were burned with the inhabitants.")?"""
        idx = self.sent_index(sent.start)
        for back in (1, 2):
            if idx - back < 0 or not _told_in_the_past(self.sents[idx - back + 1]):
                return False
            if self._tells_a_past_war(self.sents[idx - back], years=False):
                return True  # (by its words: an old year may be a number, "1993 missiles")
        return False

    def _outlet_at_war(self, sent: Any, trigger: Any) -> bool:
        """Is the outlet's state at war when it writes (Kyiv since 2014; Moscow since 24
        February 2022, and before it only where a sentence tells of the fighting in Donbas it
        blamed on Kyiv: "it is using assault drones", not "people are being destroyed")?"""
        if self.home not in WAR_GROUND:
            return False
        if self._at_war_by_then(self.home or ""):
            return True
        # (not the riots in Kazakhstan in January 2022: the article names no Ukraine)
        return any(_lemma(t) in FIGHTING_WORDS for t in sent if t.i != trigger.i) and \
            WAR_GROUND[self.home or ""] in self.codes_named()

    def _at_war_by_then(self, code: str) -> bool:
        """Is the state at war when the article writes (Kyiv since 2014, Moscow since 24
        February 2022)?"""
        return WAR_GROUND.get(code) == code or self._war_widened()

    def _war_widened(self) -> bool:
        """Is the article of 24 February 2022 or later (or undated)?"""
        return self.published is None or self.published >= WAR_WIDENED

    def actor_at(self, h: Any, deep: bool = False) -> Actor | None:
        doc = self.doc
        if h.lower_ in ("who", "which", "that") and h.dep_ in ("nsubj", "nsubjpass"):
            if h.head.dep_ == "relcl" and (ranked := _ranked_among(h.head.head)):
                return self.actor_at(ranked[0])  # "Sweden is among those who support"
            if h.head.dep_ == "relcl" and h.head.head.i != h.i:
                return self._relative_antecedent(h.head.head)
            cleft = _children(h.head.head, "attr") if h.head.dep_ == "ccomp" and \
                _lemma(h.head.head) == "be" else []
            if cleft:
                return self._relative_antecedent(cleft[0])  # "it was NATO that was building"
        if (owner := _conjoined_owner(h)) is not None:
            return self.actor_at(owner)  # "the Ukrainian authorities' aggression in Donbass
            # and their categorical refusal": theirs, not the speaker's side
        if h.pos_ == "PRON" or h.lower_ in ("who", "which", "that"):
            return self._pronoun(h)
        if names_agreement(h) or _lemma(h) in ("package", "measure"):
            return None  # "the Minsk Package of Measures", "the Istanbul communique": texts
        if _lemma(h) in ("country", "state", "nation") and h.tag_ == "NNS" and any(
                c.dep_ == "poss" and c.lower_ == "our" for c in h.children):
            # "Our countries have done a great deal": the speaker's state and its counterpart
            return self._pair_coref(_strip_det(self.doc[h.left_edge.i:h.i + 1].text))
        if _lemma(h) in ("country", "state", "nation", "homeland", "motherland") and any(
                c.dep_ == "poss" and c.lower_ in ("our", "my", "his", "her") for c in h.children):
            ours = self._pronoun(next(c for c in h.children if c.dep_ == "poss"))
            if ours is not None and ours.code:  # "for our country", "his country": their state
                return Actor(text=_strip_det(self.doc[h.left_edge.i:h.i + 1].text),
                             code=ours.code, sector="GOV")
        if _lemma(h) in COLLECTIVE_HEADS:
            # "a group of refugees", "hundreds of protesters": the members are the actor
            for prep in _children(h, "prep"):
                if prep.lower_ == "of":
                    for p in _children(prep, "pobj"):
                        inner = self.actor_at(p, deep=deep)
                        if inner is not None:
                            start, end = self._np_range(h)
                            inner.text = _strip_det(doc[start:end].text)
                            return inner
        start, end = self._np_range(h)
        on = self.published
        actor = self.coder.actors.actor_of(doc, start, end, self.matches, on,
                                           text=_strip_det(doc[start:end].text), head=h.i)
        if ((actor is None or actor.code is None) and self._hostile_label(h, start, end) or (
                actor is not None and actor.code == self.home and _lemma(h) in HOSTILE_LABELS.get(
                    self.home or "", ()))) and not self._past_war(h.sent, years=False):
            # "the occupiers in Bucha" are no Ukrainians; "the violence of Nazi criminals" in
            # the Holocaust is no charge against Kyiv
            return Actor(text=_strip_det(doc[start:end].text), code=ADVERSARY[self.home or ""],
                         sector="MIL")
        if deep and (actor is None or actor.code is None and actor.name is None):
            # "rejected a US offer", "condemned Russia's attack on ...", "a proposal by Kyiv";
            # "the military activity of NATO" is NATO's, not some unnamed military's; but
            # "its partners", "the allies of Ukraine" are not it ("colleagues from the EAEU" are)
            relational = _lemma(h) in RELATIONAL
            near = [c for c in h.children if c.dep_ == "poss" and not relational]
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of") and not (
                        relational and prep.lower_ == "of"):
                    near += _children(prep, "pobj")
            near += [p for c in h.children if c.dep_ == "acl" and _lemma(c) in DOING_VERBS
                     for a in _children(c, "agent")
                     for p in _children(a, "pobj")]  # "the support provided by the Netherlands"
            near += [c for c in h.children if c.dep_ in ("compound", "amod") and not (
                (m := self.match_at.get(c.i)) is not None and is_patron(doc, m))]
            for c in near:
                found = self.actor_at(c)
                if found is not None and (found.code or found.name):
                    return found
        if (actor is None or actor.code is None and actor.name is None) and (
                ours := self._listed_with_ours(h)) is not None and ours.code:
            # "I met with the Foreign Minister and my colleagues from the security services":
            # the speaker's own minister, not the guest's named earlier
            return Actor(text=_strip_det(doc[start:end].text), code=ours.code, sector="GOV")
        if (actor is None or actor.code is None and actor.name is None) and (
                code := self._titled_earlier(doc[start:end],
                                             self.sents[self.sent_index(h.i)].start)):
            return Actor(text=_strip_det(doc[start:end].text), code=code, sector="GOV")
        if (actor is None or actor.code is None and actor.name is None) and (
                code := self._title_country_after(h, end)):
            return Actor(text=_strip_det(doc[start:end].text), code=code, sector="GOV")
        if (actor is None or actor.code is None and actor.name is None) and \
                self.home in PARTNERS_OF and _unnamed_partners(h):
            return Actor(text=_strip_det(doc[start:end].text), code=PARTNERS_OF[self.home or ""],
                         sector="GOV")
        if (actor is None or actor.code is None and actor.sector is None) and _name_like(h) \
                and (earlier := self._named_earlier(h, start)) is not None:
            return replace(earlier, text=_strip_det(doc[start:end].text))
        if (actor is None or actor.code is None) and doc[start].lower_ == "the" and \
                start == h.i - 1 and (earlier := self._same_head_earlier(h)) is not None:
            # ("the rebels" after "M23 rebels": the M23, not the land of whoever backs them)
            return replace(earlier, text=_strip_det(doc[start:end].text))
        if actor is None:
            ents = {self.ent_at[i] for i in range(start, end) if i in self.ent_at}
            ents = {e for e in ents if e.label_ in ACTOR_ENTS and e.label_ != "GPE"}
            if ents:
                ent = min(ents, key=lambda e: abs(e.root.i - h.i))
                if ent.label_ == "PERSON":
                    actor = Actor(text=ent.text, name=ent.text)
                else:
                    actor = Actor(text=_strip_det(doc[start:end].text))
            else:
                if PLURAL_COREF.match(doc[start:end].text.strip()):
                    return self._pair_coref(doc[start:end].text)
                return None
        if actor.name is None and actor.code is None or actor.name is None and \
                actor.sector in ("GOV", "MIL", "LEG", "JUD", "OPP", "ELI", "REB", None):
            for i in range(start, end):
                ent = self.ent_at.get(i)
                if ent is not None and ent.label_ == "PERSON" and ent.end <= end and \
                        self.match_at.get(i) is None:
                    actor.name = ent.text
                    break
        if actor.code is None and (owner := self._owner_of(h)) is not None:
            actor.code = owner.code  # "Russia refuses to withdraw its troops": Russia's
        if actor.code is None and (shared := self._shared_nationality(h)) is not None:
            actor.code = shared  # "all Russian officials and judges": Russian judges too
        if actor.code is None and actor.sector in INSTITUTIONAL and self.home and (
                doc[start].lower_ == "the" or actor.sector != "GOV") and \
                _lemma(h) not in NOBODYS_OWN and \
                not FROM_ABROAD.search(doc[start:end].text) and not any(
                    c.dep_ == "prep" and c.lower_ == "of" and c.i not in self.match_at and
                    not self._home_office(c) for c in h.children):
            if PLURAL_COREF.match(doc[start:end].text.strip()):
                return self._pair_coref(doc[start:end].text)
            # "the police" in a transcript: the speaker's country, else the outlet's
            there = self._there_codes(h.sent)
            actor.code = there[0] if len(there) == 1 else self.speakers_state(h.i)
        if actor.code is None and actor.name is None and PLURAL_COREF.match(
                doc[start:end].text.strip()):
            return self._pair_coref(doc[start:end].text)
        return actor

    def _listed_with_ours(self, h: Any) -> Actor | None:
        """The speaker (or outlet) when ``h``, an official's title, is listed with something
        "my" or "our" owns (not "our friends and partners", "my friend and colleague")."""
        if _lemma(h) not in lx.OFFICIAL_TITLES:
            return None
        for c in h.conjuncts:
            for poss in c.children:
                if poss.dep_ == "poss" and poss.lower_ in ("my", "our"):
                    return self._pronoun(poss)
        return None

    def _shared_nationality(self, h: Any) -> str | None:
        """The nationality an unmodified conjunct shares with the first ("all Russian
        officials and judges")."""
        if h.dep_ != "conj" or any(c.dep_ in ("amod", "compound", "det", "poss", "nmod")
                                   for c in h.children):
            return None
        first = h.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.pos_ not in ("NOUN", "PROPN"):
            return None
        for c in first.children:
            m = self.match_at.get(c.i)
            if c.dep_ in ("amod", "compound") and m is not None and m.kind == "adj" and m.code:
                return str(m.code)
        return None

    def _there_codes(self, sent: Any) -> list[str]:
        """The states the sentence before names, for a sentence naming none but "there"
        ("Take Mali, where the French are now facing some challenges. The government is
        talking to the rebels there": Mali's government and rebels)."""
        if sent.start == 0 or not any(t.lower_ == "there" and t.dep_ == "advmod" for t in sent) \
                or any(sent.start <= m.start < sent.end and m.code for m in self.matches):
            return []
        before = self.doc[sent.start - 1].sent
        codes = [m.code for m in self.matches if before.start <= m.start < before.end and
                 m.kind in PLACE_KINDS and m.code]
        return list(dict.fromkeys(codes))

    def _owner_of(self, h: Any) -> Actor | None:
        """The clause subject "its"/"their" on a force word refers to, if it names a state
        (read once per word: the subject's own reading may come back here)."""
        if h.i in self.owning:
            return None
        self.owning.add(h.i)
        try:
            return next((o for c in h.children if c.dep_ == "poss" and
                         c.lower_ in ("its", "their")
                         if (o := self._clause_subject(c)) is not None and o.code), None)
        finally:
            self.owning.discard(h.i)

    def _home_office(self, of: Any) -> bool:
        """Is "of ..." an office of no named state ("Head of the President's Office"), which
        in a release is the outlet's own?"""
        return any(_lemma(p) in HOME_OFFICES and not any(
            (m := self.match_at.get(t.i)) is not None and m.code for t in p.subtree)
            for p in _children(of, "pobj"))

    def _title_country_after(self, h: Any, end: int) -> str | None:
        """The state named in the words right after an office whose parse lost them
        ("the Adviser | to the President of the Republic of Estonia")."""
        if h.lower_ not in TITLE_HEADS or end >= len(self.doc) or \
                self.doc[end].lower_ not in ("to", "of", "for"):
            return None
        stop = min(end + 10, self.sents[self.sent_index(h.i)].end)
        for k in range(end, stop):
            tok = self.doc[k]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", "(", "-", "–"):
                return None
            m = self.match_at.get(k)
            if m is not None and m.code and m.kind in ("state", "adj"):
                return m.code
        return None

    def _same_head_earlier(self, h: Any) -> Actor | None:
        """"the coalition" after "the Saudi-led coalition", "the movement" after "the Houthi
        movement": the actor last named with this head noun, in this sentence or the two
        before."""
        if h.lemma_ not in GROUP_HEADS:
            return None  # (not "the state", "the country": too many are named so)
        lo = self.sents[max(0, self.sent_index(h.i) - 2)].start
        for t in reversed(self.doc[lo:h.i - 1]):
            if t.lemma_ == h.lemma_ and t.pos_ == "NOUN" and (
                    t.i == 0 or self.doc[t.i - 1].lower_ != "the"):  # (doc[-1] is the last word)
                start, end = self._np_range(t)
                found = self.coder.actors.actor_of(self.doc, start, end, self.matches,
                                                   self.published, head=t.i)
                if found is not None and found.code:
                    return found
        return None

    def _named_earlier(self, h: Any, start: int) -> Actor | None:
        """The one last named with this name and a known country in an earlier sentence
        ("Minister of State of Germany Tobias Lindner" ... "Mashovets congratulated Lindner")."""
        if start != h.i and not _name_like(self.doc[start]):
            return None
        before = self.sents[self.sent_index(h.i)].start
        for j, found in reversed(self._name_mentions(h.lower_)):
            if j < before:
                return found
        return None

    def _name_mentions(self, word: str) -> list[tuple[int, Actor]]:
        """Where the article names someone ``word`` with a country, in order (built once a
        word, so that a name said often costs no more than once a mention)."""
        if word not in self.mentions_by_name:
            self.mentions_by_name[word] = []  # the mentions' own look-ups find none
            found = []
            for j in self.word_positions().get(word, []):
                if not _name_like(self.doc[j]) or self.doc[j].dep_ == "compound":
                    continue
                m, ent = self.match_at.get(j), self.ent_at.get(j)
                if m is not None and m.kind != "person" or ent is not None and \
                        ent.label_ in ("GPE", "LOC", "FAC"):
                    continue  # a place ("the port of Varna") is no one named
                if (actor := self._titled_person(self.doc[j])) is not None:
                    found.append((j, actor))
            self.mentions_by_name[word] = found
        return self.mentions_by_name[word]

    def _titled_person(self, tok: Any) -> Actor | None:
        """A name's actor with its title ("Head of the Office of the President of Ukraine
        Roman Mashovets", where the parse made the title the head)."""
        coded: Actor | None = None
        for _ in range(8):
            if tok.pos_ in ("PROPN", "NOUN"):
                found = self.actor_at(tok)
                if found is not None and found.code:
                    if coded is not None and found.code != coded.code:
                        break
                    coded = coded or found
                    if found.sector:
                        return found
            if tok.dep_ not in ("pobj", "prep", "compound", "appos") or tok.head is tok:
                break
            tok = tok.head
        return coded

    def _titled_earlier(self, phrase: Any, before: int) -> str | None:
        """The country of the last one named with this bare title (a span) in an earlier
        sentence ("NATO Secretary General Jens Stoltenberg" ... "the Secretary General")."""
        words = [t.lower_ for t in phrase]
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        if not 1 <= len(words) <= 4 or "president" in words or \
                not set(words) & lx.OFFICIAL_TITLES:
            return None  # "the President" is the outlet's own (see _fill_codes)
        n = len(words)
        for j in reversed(self.word_positions().get(words[0], [])):
            if j > before - n or [t.lower_ for t in self.doc[j:j + n]] != words:
                continue
            # the name right after the title, else a modifier before it ("The Ukrainian Head
            # of State noted that António Guterres ...": not the one the clause names)
            after = takewhile(lambda k: self.doc[k].pos_ not in CLAUSE_STARTS,
                              range(j + n, min(j + n + 4, len(self.doc))))
            for k in [*after, *range(max(0, j - 3), j)]:
                m = self.match_at.get(k)
                if m is not None and m.code and (
                        m.kind in ("person", "group", "state") or m.kind == "adj" and k < j):
                    return m.code
        return None

    def _clause_person(self, h: Any) -> Actor | None:
        """The named person who is subject of the verb a possessive's prepositional phrase
        hangs on ("during his visit" -> the one who discussed)."""
        noun = first_conjunct(h.head)  # "on his appointment ... and his first foreign visit"
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "VERB":
            return None
        verb = noun.head.head
        if _lemma(verb) in ("congratulate", "thank", "praise", "commend") and \
                noun.head.lower_ in ("on", "for"):
            # "congratulated Lindner on his appointment": the one congratulated
            for obj in _children(verb, "dobj"):
                found = self.actor_at(obj)
                if found is not None and found.code and obj.pos_ == "PROPN":
                    return found
        for subj in _children(verb, "nsubj"):
            m = self.match_at.get(subj.i)
            if m is not None and m.kind == "person" and subj.i < h.i:  # named before it
                found = self.actor_at(subj)
                if found is not None and found.code:
                    return found
        return None

    def _relative_antecedent(self, noun: Any) -> Actor | None:
        """"Speaker ... Nancy Pelosi who visited Kyiv": the one the relative clause is on,
        or the title the name stands beside when the name itself has no country."""
        actor = self.actor_at(noun, deep=True)
        if (actor is None or actor.code is None) and noun.dep_ == "appos":
            outer = self.actor_at(noun.head, deep=True)
            if outer is not None and outer.code:
                return outer
        if actor is None or actor.code is None:
            # "a country like Ukraine, which refuses to ...": the one it is like
            like = [p for c in _children(noun, "prep") if c.lower_ in ("like", "such")
                    for p in _children(c, "pobj")]
            found = [a for p in like if (a := self.actor_at(p)) is not None and a.code]
            if len(found) == 1:
                return found[0]
        return actor

    def _hostile_label(self, h: Any, start: int, end: int) -> bool:
        words = HOSTILE_LABELS.get(self.home or "")
        if not words:
            return False
        if self.home == "UKR" and SECOND_ARMY.search(self.doc[start:end].text):
            return True  # Kyiv's scorn for the Russian army: "the second army of the world"
        return _lemma(h) in words or any(
            t.lower_.rstrip("s") in words and (t.i < h.i or _of_whom(t, h))
            for t in self.doc[start:end])

    def _np_range(self, h: Any) -> tuple[int, int]:
        start = h.i
        for c in h.lefts:
            if c.dep_ in ("punct", "cc", "preconj"):
                continue
            start = min(start, c.left_edge.i)
        end = h.i + 1
        for c in h.rights:
            if c.dep_ in ("compound", "flat", "nmod", "appos"):
                end = max(end, c.right_edge.i + 1)
            elif c.dep_ == "prep" and c.lower_ == "of" and h.pos_ == "PROPN" and all(
                    p.pos_ != "PROPN" for p in _children(c, "pobj")):
                break  # "Joseph Biden of a new aid package", as the parse may hang it
            elif c.dep_ == "prep" and c.lower_ in ("of", "in", "from"):
                # "residents of settlements", not the clause on them ("affected by the
                # Russian invasion"), nor, after a place, the next name the parse hangs on it
                # ("von der Leyen in Kyiv, President of Ukraine Volodymyr Zelenskyy")
                end = max(end, _edge_before_clauses(c, renamed=c.lower_ != "of") + 1)
            else:
                break
        return start, end

    def speakers(self) -> list[tuple[int, Actor]]:
        """Transcript turns: 'President of Russia Vladimir Putin: ...' -> (colon index, actor)."""
        if self._speakers is None:
            self._speakers = []
            for tok in self.doc:
                if tok.text not in LABEL_COLONS or tok.i == 0:
                    continue
                prev = self.doc[_before_retranslated(self.doc, tok.i)]
                m = self.match_at.get(prev.i)
                ent = self.ent_at.get(prev.i)
                if (m is not None and m.kind == "person") or (ent is not None and
                                                              ent.label_ == "PERSON") or (
                        m is not None and m.kind == "state"):
                    # the turn label runs back to the previous sentence end: a title and name
                    # (a label ending in a state, to the title before it: "... Alexander
                    # LukashenkoPresident of Belarus:")
                    start = tok.i
                    while start > 0 and tok.i - start < 24 and \
                            self.doc[start - 1].text not in (".", "!", "?", "\"", "”", ")", ":"):
                        start -= 1
                    if m is not None and m.kind == "state":
                        start = next((t.i for t in reversed(self.doc[start:prev.i])
                                      if t.lower_ in lx.OFFICIAL_TITLES), start)
                    label = self.doc[start:prev.i + 1]
                    if tok.i - start >= 24 or any(t.pos_ in ("VERB", "AUX") for t in label):
                        continue
                    if m is not None and m.kind == "state" and not any(
                            t.lower_ in lx.OFFICIAL_TITLES for t in label):
                        continue  # only "President of the Republic of Kazakhstan:", a turn
                        # whose speaker's name the page glued to the title
                    actor = self.coder.actors.actor_of(self.doc, start, prev.i + 1, self.matches,
                                                       self.published, head=prev.i)
                    if actor is None and ent is not None:
                        actor = Actor(text=ent.text, name=ent.text)
                    if actor is not None:
                        self._speakers.append((tok.i, actor))
        return self._speakers

    def _speaker_at(self, i: int) -> Actor | None:
        found = None
        for colon, actor in self.speakers():
            if colon < i:
                found = actor
            else:
                break
        return found

    def _title_pair(self, spoken: bool = False) -> list[Actor]:
        """The two sides of a "Telephone conversation with President of Turkey ..." release:
        the publishing state and the one its title names (also the addressee of a message:
        "Congratulations to President of Uzbekistan Shavkat Mirziyoyev"; and, when spoken to,
        the audience of a speech: "Address by the President of Ukraine to the Parliament of
        the Czech Republic")."""
        title = self.article.title or ""
        if not self.home or not (BILATERAL_TITLE.search(title) or MESSAGE_TITLE.match(title) or
                                 spoken and ADDRESS_TITLE.search(title)):
            return []
        named = [a for a in self.title_actors() if a.code and a.code != self.home]
        if len({a.code for a in named}) != 1:
            return []
        return [Actor(text="", code=self.home, sector="GOV"), named[0]]

    def title_group(self) -> list[Actor]:
        """The sides of a meeting whose title names the outlet's side with two or more
        others ("Andriy Yermak discussed security issues ... with advisers to leaders of the
        United States, Great Britain, Germany and France")."""
        partners = self.title_partners()
        if not self.home or len(partners) < 2 or not re.search(r"\bwith\b",
                                                                 self.article.title or ""):
            return []
        return [Actor(text="", code=code, sector="GOV") for code in [self.home, *partners]]

    def title_partners(self) -> list[str]:
        """The foreign states a title names, save the outlet's enemy and a state named as
        what something is against or on ("sanctions against Russia"); read once per article
        (every agentless or "the parties" event asks)."""
        if self._title_partners is None:
            tdoc, matches = self.title_matches()
            against = {a.code for m in matches if m.start > 0 and tdoc[m.start - 1].lower_ in (
                "against", "on") for a in [self.coder.actors.actor_of(
                    tdoc, m.start, m.end, [m], self.published)] if a is not None}
            self._title_partners = list(dict.fromkeys(
                a.code for a in self.title_actors() if a.code and a.code not in against | {
                    self.home, ADVERSARY.get(self.home or "")} and a.code in state_codes()))
        return self._title_partners

    def title_actors(self) -> list[Actor]:
        if self._title_actors is None:
            self._title_actors = []
            tdoc, matches = self.title_matches()
            for m in matches:
                if m.kind in ("person", "state", "group", "entity") or m.kind == "adj" and (
                        m.end < len(tdoc) and tdoc[m.end].text == "-" or
                        m.start > 0 and tdoc[m.start - 1].text == "-"):
                    # (an adjective only paired: "News conference following Russian-German
                    # talks", not "Meeting with Belarusian students")
                    actor = self.coder.actors.actor_of(tdoc, m.start, m.end, [m],
                                                       self.published)
                    if actor is not None and actor.code:
                        if actor.sector is None:
                            actor.sector = "GOV"
                        self._title_actors.append(actor)
        return self._title_actors

    def _modifier_codes(self, tok: Any) -> set[str]:
        """Countries named in a noun's own modifiers ("Russia-Belarus exercises")."""
        return {m.code for m in self._modifier_matches(tok) if m.code}

    def _modifier_matches(self, tok: Any, kinds: tuple[str, ...] = ("state", "adj")
                          ) -> list[Match]:
        """The matches of ``kinds`` among a noun's left modifiers, in order."""
        lo = min((c.left_edge.i for c in tok.children if c.i < tok.i), default=tok.i)
        return [m for i in range(lo, tok.i) if (m := self.match_at.get(i)) is not None
                and m.code and m.kind in kinds]

    def _speaks_to(self, you: Any) -> bool:
        """Is "you" said by a speaker of its own sentence ("I am happy to meet with you"), or
        to the one a turn opens by addressing ("Mr Chancellor, you have come"), not by a
        label-introduced one ("Japarov: Thank you") nor to an audience ("If you ...")?"""
        sent = self.sents[self.sent_index(you.i)]
        address = self._opening_address(you)
        if address is not None and address[1] - address[0] < 6:
            return True  # "Mr Chancellor, you have come from Kiev": the one addressed
        if self.after_label(you):  # (but "Khachaturyan: Thank you very much for inviting me")
            return _thanks_for(you) and any(t.lower_ in ("me", "us") for t in sent)
        return any(t.lower_ in ("i", "we", "me", "us", "my", "our") for t in sent) or \
            _thanks_for(you)  # "Thank you for coming to the Forum"

    def _editors_gloss(self, h: Any) -> Actor | None:
        """The actor an editor's note after a pronoun names: "They (the Russian side - ed.)
        first refused", "he (President of Ukraine - ed.)"."""
        doc = self.doc
        if h.i + 1 >= len(doc) or doc[h.i + 1].text != "(":
            return None
        close = next((t.i for t in doc[h.i + 2:h.i + 16] if t.text == ")"), None)
        if close is None or not _EDITORS_MARK.search(doc[h.i + 1:close + 1].text):
            return None
        return next((a for t in doc[h.i + 2:close] if t.pos_ in ("NOUN", "PROPN")
                     and (a := self.actor_at(t)) is not None and a.code), None)

    def _pronoun(self, h: Any) -> Actor | None:
        """I/we -> the transcript speaker; he/she -> the nearest person named before;
        it/they/we in reported speech -> the reporter (see _coref)."""
        low = h.lower_
        if (glossed := self._editors_gloss(h)) is not None:
            return replace(glossed, text=h.text)
        if low in ("i", "we", "me", "us", "my", "our"):
            spk = self._speaker_at(h.i) or self._quoted_speaker(h)
            if spk is None and self.home:
                spk = Actor(text="", code=self.home, sector="GOV")  # the president's own text
            elif spk is not None and not spk.code and self.home and \
                    not self.title_codes() - {self.home}:
                # a speaker the dictionary does not know, at a meeting with no foreign party
                # ("Meeting with Director General of Russian Helicopters"): one of the home's
                spk = replace(spk, code=self.home)
            if spk is None:
                return None
            if low in ("we", "us", "our"):
                return Actor(text=h.text, code=spk.code, sector="GOV" if spk.sector in (
                    "GOV", None) else spk.sector)
            return Actor(text=h.text, name=spk.name, code=spk.code, sector=spk.sector)
        if low in ("they", "he", "she", "it") and (doer := _when_clause_doer(h)) is not None:
            found = self.actor_at(doer)  # "what ISIS did in Syria when they used civilians as
            # human shields": ISIS, known or not (not the speaker's enemy)
            return replace(found, text=h.text) if found is not None else Actor(
                text=h.text, name=doer.text)
        if low in ("you", "your") and (addressee := self._addressee(h)) is not None:
            return Actor(text=h.text, name=addressee.name, code=addressee.code,
                         sector=addressee.sector)
        if low in ("you", "your") and (pair := self._title_pair(spoken=True)) and \
                self._speaks_to(h):
            # "you and I spoke on the telephone" in the transcript of a two-party meeting:
            # the one the speaker faces
            spk = self._speaker_at(h.i)
            spoken_by = spk.code if spk is not None and spk.code else self.home
            other = next((a for a in pair if a.code != spoken_by), None)
            if other is not None:
                return Actor(text=h.text, code=other.code, sector="GOV")
        if low == "it" and h.dep_ in ("nsubj", "nsubjpass") and (
                state := self._state_subject_before(h)) is not None:
            return Actor(text=h.text, code=state.code, sector=state.sector)
        if low in ("they", "them", "their"):
            found = self._plural_antecedent(h)
            if found is not None or low != "their":
                return found
        if low in ("its", "their") and h.dep_ == "poss":
            return self._clause_subject(h)
        if low in ("he", "his", "him") and self.home in ADVERSARY:
            # "The enemy expected ..., so he seized the plant": the enemy in one person
            sent = self.sents[self.sent_index(h.i)]
            for t in self.doc[sent.start:h.i]:
                if t.dep_ == "nsubj" and _lemma(t) in HOSTILE_LABELS.get(self.home, ()):
                    return Actor(text=h.text, code=ADVERSARY[self.home], sector="MIL")
        if low in ("his", "her") and h.dep_ == "poss" and (
                doer := self._clause_person(h)) is not None:
            # "Guterres discussed this during his visit to Russia": the one whose clause the
            # phrase hangs on
            return Actor(text=h.text, name=doer.name, code=doer.code, sector=doer.sector)
        if low in ("him", "her") and h.dep_ == "dobj" and (
                met := self._object_before(h)) is not None:
            # "congratulated the President of the European Council ... and thanked him"
            return Actor(text=h.text, name=met.name, code=met.code, sector=met.sector)
        if low in ("he", "she", "his", "her", "him"):
            s_idx = self.sent_index(h.i)
            for t in self.doc[self.sents[s_idx].start:h.i]:
                if t.lower_ == "according" and t.i + 1 < h.i and self.doc[t.i + 1].lower_ == "to":
                    # "According to Zelenskyy, during a conversation with Biden, he discussed"
                    for p in _children(self.doc[t.i + 1], "pobj") or _children(t, "pobj"):
                        if p.pos_ == "PRON":
                            continue  # "According to him": no name to take
                        found = self.actor_at(p)
                        if found is not None and found.code:
                            return Actor(text=h.text, name=found.name, code=found.code,
                                         sector=found.sector)
            for prev in (self.sents[s_idx].start, self.sents[s_idx - 1].start if s_idx else -1):
                if prev < 0:
                    continue
                root = self.sents[self.sent_index(prev)].root
                if prev == self.sents[s_idx].start and root.i >= h.i:
                    continue
                # (the one who "said" a quotation before: '"... more powerful," the President
                # said during a meeting ... following talks with Ursula von der Leyen')
                tellers = [c for c in root.children if c.dep_ == "parataxis" and
                           _lemma(c) in lx.REPORTING and c.i < h.i]
                for subj in [s for v in (root, *tellers) for s in _children(v, "nsubj")]:
                    m = self.match_at.get(subj.i)
                    titled = any(_lemma(t) in lx.OFFICIAL_TITLES for t in [subj] + [
                        c for c in subj.children if c.dep_ == "compound"]) and (
                            prev == self.sents[s_idx].start or not self._person_between(
                                subj.right_edge.i + 1, h.i))  # "Secretary-"
                    if (m is not None and m.kind == "person" or titled) and subj.i < h.i:
                        # "the Prime Minister of Portugal noted that his country ..."
                        found = self.actor_at(subj)
                        if found is not None and (found.code or not titled):
                            return Actor(text=h.text, name=found.name, code=found.code,
                                         sector=found.sector)
            for i in range(h.i - 1, max(-1, h.i - 120), -1):
                m = self.match_at.get(i)
                if m is not None and m.kind == "person":
                    return self.coder.actors.actor_of(self.doc, m.start, m.end, self.matches,
                                                      self.published, text=h.text)
                ent = self.ent_at.get(i)
                if m is not None and m.kind in ("place", "capital", "state"):
                    continue  # "Mr Macron's visit to Kiev": a city the tagger took for a name
                if ent is not None and ent.label_ == "PERSON" and i == ent.end - 1:
                    actor = self.actor_at(ent.root) if ent.root.pos_ != "PRON" else None
                    if actor is not None:
                        return Actor(text=h.text, name=actor.name or ent.text, code=actor.code,
                                     sector=actor.sector)
                    return Actor(text=h.text, name=ent.text)
        return None

    def _state_subject_before(self, it: Any) -> Actor | None:
        """The state a clause before names as its subject, in the same sentence: "Ukraine is
        fighting for its existence, but it needs powerful weapons"."""
        sent = self.sents[self.sent_index(it.i)]
        for tok in reversed(self.doc[sent.start:it.i]):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON":
                m = self.match_at.get(tok.i)
                found = self.actor_at(tok) if m is not None and m.kind == "state" else None
                return found if found is not None and found.code else None
        return None

    def _addressee(self, you: Any) -> Actor | None:
        """The one a sentence opens by addressing, when the dictionary knows them ("Dear
        Prime Minister Bennett, thank you for your support", "Mr Khachaturyan, I am pleased
        to meet you")."""
        sent = self.sents[self.sent_index(you.i)]
        after = self.doc[you.i + 1:min(you.i + 8, sent.end)]
        while len(after) and after[0].lower_ in THANKS_INTENSIFIERS:
            after = after[1:]  # "Thank you very much, Mr Pashinyan"
        if len(after) >= 3 and after[0].text == "," and after[1].lower_ in ADDRESS_WORDS:
            # "to congratulate you, Mr Putin, on ...": the one named right after "you"
            names = list(takewhile(lambda t: t.pos_ == "PROPN", after[2:]))
            found = self.actor_at(names[-1]) if names else None
            if found is not None and found.code:
                return found
        address = self._opening_address(you)
        if address is None or address[1] - address[0] > 8:
            return None
        start, comma = address
        if any(t.pos_ in ("VERB", "AUX") for t in self.doc[start:comma]):
            return None
        names = [t for t in self.doc[start:comma] if t.pos_ == "PROPN"]
        found = self.actor_at(names[-1]) if names else None
        return found if found is not None and found.code else None

    def _opening_address(self, you: Any) -> tuple[int, int] | None:
        """(start, comma) of the address a sentence or turn opens with before ``you``
        ("Mr Chancellor, you ...", "Japarov: Dear colleagues, ..."), else None."""
        sent = self.sents[self.sent_index(you.i)]
        start = next((t.i + 1 for t in self.doc[sent.start:you.i] if t.text in LABEL_COLONS),
                     sent.start)
        comma = next((t.i for t in self.doc[start:you.i] if t.text == ","), None)
        if comma is None or self.doc[start].lower_ not in ADDRESS_WORDS:
            return None
        return start, comma

    def _person_between(self, start: int, end: int) -> bool:
        """Is a person named between two tokens (a nearer antecedent for "he" than an
        official titled in the sentence before)?"""
        return any(((m := self.match_at.get(i)) is not None and m.kind == "person" or
                    (e := self.ent_at.get(i)) is not None and e.label_ == "PERSON") and
                   not _in_an_adjunct(self.doc[i]) for i in range(start, end))

    def _object_before(self, h: Any) -> Actor | None:
        """The person or titled official last named as an object earlier in the sentence:
        whom an object pronoun ("him") stands for, the subject never being its antecedent."""
        sent = self.sents[self.sent_index(h.i)]
        for t in reversed(self.doc[sent.start:h.i]):
            m = self.match_at.get(t.i)
            if t.dep_ in ("dobj", "pobj") and (m is not None and m.kind == "person" or
                                                _lemma(t) in lx.OFFICIAL_TITLES):
                found = self.actor_at(t)
                if found is not None and found.code:
                    return found
        return None

    def _clause_agents(self, tok: Any) -> list[Actor]:
        """The active subject of the nearest clause above a noun."""
        verb = tok.head
        for _ in range(10):
            if verb.pos_ in ("VERB", "AUX"):
                subj, _, passive = self._subjects(verb)
                if subj and not passive:
                    return [a for s in subj for a in self.actors_of(s)]
            if verb.head.i == verb.i:
                break
            verb = verb.head
        return []

    def _clause_subject(self, h: Any) -> Actor | None:
        """"NATO ... building up its military capabilities": a possessive refers to the
        subject of its own clause."""
        verb = h.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        for subj in self._subjects(verb)[0]:
            if subj.pos_ != "PRON" and subj.i != h.i:
                actor = self.actor_at(subj)
                if actor is not None and actor.code and not actor.name:
                    return actor  # a state or body, not a person ("the President ... its")
        return None

    def _plural_antecedent(self, h: Any) -> Actor | None:
        """"they" -> the nearest coded group or state that was the subject of a clause
        before it, in this sentence or the two before ("The occupiers ... They started")."""
        s_idx = self.sent_index(h.i)
        lo = self.sents[max(0, s_idx - 2)].start
        # "Belarus is being strangled: they imposed sanctions on us": they are not us
        ours = {a.code for t in self.sents[s_idx] if t.lower_ in ("we", "us", "our")
                if (a := self._pronoun(t)) is not None and a.code}
        candidates: list[tuple[bool, Actor]] = []  # (named in the plural, actor), nearest first
        uncoded_plural = False
        for i in range(h.i - 1, lo - 1, -1):
            tok = self.doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or any(
                    c.lower_ in ("they", "them", "their") for c in tok.subtree):
                continue
            if h.dep_ in ("dobj", "dative") and tok.head == h.head:
                continue  # "Putin urged them": the one who urges is not urged
            found = self.actor_at(tok)
            if found is not None and found.code and found.code not in ours and (
                    tok.tag_ in ("NNS", "NNPS") or found.code in state_codes() and (
                        found.sector or self._names_a_state(tok))):
                # (not a thing placed in a state: "The Chornobyl radiation monitoring system
                # was broken and looted. They looted a nuclear analytical laboratory")
                candidates.append((tok.tag_ in ("NNS", "NNPS"), found))
            elif (found is None or not found.code) and tok.tag_ in ("NNS", "NNPS") and \
                    _partitive(h):
                uncoded_plural = True
        # a plural subject ("the occupiers", "Western countries") before a single state; and
        # "most of them" are many, never one state ("Delegations from more than 90 countries
        # met …, to which Russia was not invited. Most of them endorsed …")
        for plural, found in sorted(candidates, key=lambda c: not c[0])[:1]:
            if not plural and uncoded_plural:
                return None
            return Actor(text=h.text, code=found.code, sector=found.sector)
        return None

    def _names_a_state(self, tok: Any) -> bool:
        m = self.match_at.get(tok.i)
        return m is not None and m.kind in ("state", "capital", "group")

    def _quoted_speaker(self, h: Any) -> Actor | None:
        """The named speaker of a quotation the pronoun stands in ("'We will ...', said the
        Deputy Prime Minister"; "Guterres said we ...")."""
        sent = self.sents[self.sent_index(h.i)]
        for tok in sent:
            if _lemma(tok) in lx.REPORTING and tok.dep_ in ("ROOT", "parataxis"):
                for subj in _children(tok, "nsubj"):
                    if subj.pos_ != "PRON" and not (
                            (m := self.match_at.get(subj.i)) and m.kind == "state"):
                        # not "the United States confirmed that ... our country": a state
                        # does not speak in the first person
                        found = self.actor_at(subj)
                        if found is not None and found.code:
                            return found
        return None

    def _pair_coref(self, text: str) -> Actor | None:
        # returns the first of the pair; the caller expands with _coref
        return Actor(text=text, name="__pair__")

    def _claimant(self, reporter: Any, according: Any) -> Actor | None:
        if reporter is not None:
            speaker = reporter
            while speaker.dep_ == "conj" and not _children(speaker, "nsubj", "nsubjpass"):
                speaker = speaker.head  # "the General Staff denied the charge and said …"
            for s in _children(speaker, "nsubj"):
                if JOINT_SPEAKERS.search(" ".join(t.lower_ for t in s.subtree)):
                    return None  # "the two countries' foreign ministries said": both, no one
                found = self.actors_of(s)
                if len({a.party for a in found if a.code}) >= 2 and \
                        s.lower_ not in ("they", "them"):
                    return None  # "Congo's government and the M23 said": both, no one side
                if found:
                    return found[0]
            for agent in _children(reporter, "agent"):
                for p in _children(agent, "pobj"):
                    found = self.actors_of(p)
                    if found:
                        return found[0]
        if according is not None:
            found = self.actors_of(according)
            if found:
                return found[0]
        if reporter is not None and self.home and self._impersonal(reporter):
            # "It was noted that ..." in a Kremlin readout: the Russian side says so
            return Actor(text="", code=self.home, sector="GOV")
        return None

    @staticmethod
    def _impersonal(verb: Any) -> bool:
        """A passive with no agent, or with expletive "it": "it was stressed", "was noted"."""
        if _children(verb, "agent", "nsubj"):
            return False
        subj = _children(verb, "nsubjpass")
        return bool(_children(verb, "auxpass")) and (not subj or subj[0].lower_ == "it")


JOINT_SPEAKERS = re.compile(r"\b(?:two|both) (?:countries|sides|states|governments|parties)\b")
# what one does, makes or takes to act: "done a great deal to promote", "take every measure to"
DONE_AMOUNTS = frozenset({"deal", "lot", "everything", "much", "all", "effort", "step", "measure",
                          "time", "something", "anything", "more"})


# who one is ranked among: "Sweden is among those who", "Lithuania was the first to"
RANKS = frozenset({"those", "one", "first", "last", "country", "state", "nation", "partner"})


# where a name after a title ends and a clause begins ("the Head of State noted that ...")
CLAUSE_STARTS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "PRON"})
# the colon after a transcript turn's label (spaCy keeps "):" of "(retranslated):" whole)
LABEL_COLONS = (":", "):")
# the words a sentence opens with when it addresses someone: "Dear Prime Minister Bennett,"
ADDRESS_WORDS = frozenset({"dear", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "madam", "mister"})


# the heads of a group's name that "the …" alone can take up again ("the coalition")
GROUP_HEADS = frozenset({"coalition", "movement", "group", "alliance", "militia", "front", "rebel",
                         "faction", "junta", "organization", "organisation"})


# verbs of wanting a thing for a use ("we need weapons to destroy armored vehicles")
NEEDING = frozenset({"need", "want", "request", "ask", "seek", "require"})


def _for_to_subject(verb: Any) -> list[Any]:
    """The actor of "for X to VERB" (the parse hangs "for X" on the infinitive)."""
    if not has_aux(verb, {"to"}):
        return []
    return [p for c in _children(verb, "prep") if c.lower_ == "for" and c.i < verb.i
            for p in _children(c, "pobj")]


def _coordinated_teller(they: Any) -> Any:
    """The coordinated subject of the verb of saying whose clause "they" opens: "X and Y
    said they had agreed" (None when the teller is one)."""
    clause = they.head
    if they.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    tellers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if tellers and len(_conjuncts(tellers[0])) >= 2 and \
            _lemma(clause.head) in lx.REPORTING:
        return tellers[0]
    return None


def _ranked_among(noun: Any) -> list[Any]:
    """The subject of "X is among those who ...", "X is one of the countries that ...",
    "X was the first to ...": X does what the clause on the rank tells."""
    if _lemma(noun) not in RANKS and noun.lower_ not in RANKS:
        return []
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ in ("among", "of"):
        cur = cur.head.head
    if cur.dep_ == "attr":
        cur = cur.head
    if _lemma(cur) != "be" or cur.i == noun.i:
        return []
    # not a cleft: "It is only the Russian state that is to blame"
    return [s for s in _children(cur, "nsubj") if s.lower_ not in ("it", "this", "that")]


# verbs of approving what others decided: the approver is not the doer
APPROVING = frozenset({"welcome", "support", "applaud", "hail", "praise", "endorse",
                       "appreciate", "commend", "note"})


def _welcomed_decision(verb: Any) -> Any:
    """The decision noun a verb's "to" infinitive hangs beside, under a verb of approval
    ("welcomes the decisions to impose sanctions"), else None."""
    if verb.dep_ != "advcl" or not has_aux(verb, {"to"}) or _lemma(verb.head) not in APPROVING:
        return None
    return next((o for o in _children(verb.head, "dobj") if _lemma(o) in lx.DECISIONS), None)


def _adopters(verb: Any) -> list[Any]:
    """The agents of a "which were adopted by ..." clause the parse hung inside the verb's
    phrase."""
    return [p for t in verb.subtree if t.dep_ == "relcl" and _children(t, "auxpass")
            for ag in _children(t, "agent") for p in _children(ag, "pobj")]


def _deciders(decision: Any) -> list[Any]:
    """Who took a decision: "the EU's decision", "the decision of the EU", "the decisions
    ..., which were adopted by the EU"."""
    found = _children(decision, "poss") + [p for c in _children(decision, "prep")
                                           if c.lower_ in ("of", "by")
                                           for p in _children(c, "pobj")]
    for clause in _children(decision, "relcl", "acl"):
        found += [p for ag in _children(clause, "agent") for p in _children(ag, "pobj")]
    return found


# nouns naming someone by their tie to another: never that other
RELATIONAL = frozenset({"partner", "ally", "friend", "neighbour", "neighbor", "colleague",
                        "counterpart", "enemy", "adversary", "opponent", "rival"})
# The offices "of" which an official of no named state is the outlet's ("Deputy Head of the
# President's Office").
HOME_OFFICES = frozenset({"office", "president", "administration"})
# offices held in several states at once: "the leaders of Ukraine and the EU"
PLURAL_OFFICES = frozenset({"leader", "head", "president", "minister", "government",
                            "official", "envoy", "diplomat", "authority", "parliament",
                            "negotiator", "commander", "director", "chief"})


def _of_whose(noun: Any) -> Any:
    """The states behind an office's field: "(directors general) of military operations of
    India and Pakistan" -> India (and its conjuncts)."""
    if len(_conjuncts(noun)) > 1 or noun.pos_ == "PROPN":
        return noun
    deeper = [p for prep in _children(noun, "prep") if prep.lower_ == "of"
              for p in _children(prep, "pobj")]
    return deeper[0] if deeper else noun


def _of_whom(word: Any, head: Any) -> bool:
    """Does a word name whose the head is ("servicemen of the aggressor country")?"""
    owner = word.head if word.dep_ in ("compound", "amod") else word
    return owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head == head


def _edge_before_clauses(tok: Any, renamed: bool = False) -> int:
    """The last token of ``tok``'s phrase, leaving out the clauses on its nouns (and with
    ``renamed``, what is set beside them after a comma)."""
    left_out = ("acl", "relcl", "appos", "punct") if renamed else ("acl", "relcl")
    return max([tok.i] + [_edge_before_clauses(c, renamed) for c in tok.children
                          if c.dep_ not in left_out])


def _named_in_title(head: Any, depth: int = 2) -> list[Any]:
    """The people coordinated with the name in "President of Ukraine Volodymyr Zelenskyy
    and ...", where the parse makes them conjuncts of the title's object (also one office
    further down: "Minister for Foreign Affairs of Germany Annalena Baerbock and ...")."""
    for prep in _children(head, "prep"):
        if prep.lower_ not in ("of", "for"):
            continue
        for p in _children(prep, "pobj"):
            if prep.lower_ == "of" and p.pos_ == "PROPN" and p.ent_type_ in ("PERSON", "ORG") \
                    and any(c.dep_ == "compound" and (c.ent_type_ in ("GPE", "ORG") or (
                        c.ent_type_ == "PERSON" and c.i < p.i - 1))  # "of Belarus Alexander L."
                            for c in p.children):
                return [c for c in _conjuncts(p)[1:] if c.pos_ == "PROPN"] + \
                    _titled_appositions(p)
            if depth > 1 and (inner := _named_in_title(p, depth - 1)):
                return inner
    return []


def _titled_appositions(name: Any) -> list[Any]:
    """Further people listed after a titled name as appositions of it: "Prime Minister of
    the United Kingdom Boris Johnson, Chancellor of Germany Olaf Scholz, Vice President of
    the United States Kamala Harris" (each title with its own "of" and name)."""
    out = []
    for c in name.children:
        if c.dep_ == "appos" and c.i > name.i and c.lower_ in lx.OFFICIAL_TITLES and any(
                prep.lower_ == "of" and any(p.pos_ == "PROPN" for p in _children(prep, "pobj"))
                for prep in _children(c, "prep")):
            out += [c, *_titled_appositions(c)]
    return out


NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _name_like(tok: Any) -> bool:
    """A proper name, also one the tagger took for a noun ("thanked Mashovets")."""
    if tok.ent_type_ in NOT_NAMES:
        return False  # "on January 13"
    return tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper() and \
        not tok.is_sent_start


def _strip_det(text: str) -> str:
    # (and a relative's "whose": "all those whose homes were destroyed" -> "homes")
    return re.sub(r"^(?:the|a|an|whose)\s+", "", text.strip(), flags=re.I)


def _unnamed_partners(head: Any) -> bool:
    """"our partners", "international partners", "partner states", "allies" (not "Eastern
    partners", the EU's Eastern Partnership)."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound")]
    if any(c.ent_type_ in ("NORP", "GPE") for c in modifiers):
        return False  # "our Korean partners"
    words = {_lemma(c) for c in modifiers}
    if _lemma(head) in ("state", "country", "nation"):
        return "partner" in words
    return _lemma(head) in ("partner", "ally") and "eastern" not in words


def _thanks_for(you: Any) -> bool:
    """Is "you" thanked for something ("Thank you for coming"), not just "Thank you."?"""
    thank = you.head
    return you.dep_ == "dobj" and thank.lower_ == "thank" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in thank.children)


PARTITIVES = frozenset({"some", "many", "most", "all", "several", "few", "none", "thousands",
                        "hundreds", "dozens", "millions"})


def _whole_of(tok: Any) -> Any:
    """The whole a part is taken from: "some of our liberal intellectuals" are of "our
    liberal intellectuals"."""
    if tok.lower_ not in PARTITIVES:
        return tok
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), tok)


ADVERBIAL_LATIN = frozenset({"alia", "alios"})
OPPORTUNITY_NOUNS = frozenset({"opportunity", "chance"})
# verbs whose subject takes the opportunity its object names (not "blocked opportunities")
OPPORTUNITY_TAKERS = frozenset({"have", "get", "use", "take", "seize", "enjoy", "welcome",
                                "appreciate", "gain", "receive", "find"})


def _opportunity_taker(verb: Any) -> Any:
    """The verb whose subject takes the opportunity an infinitive names ("I am grateful for
    this opportunity to take part", "pleased to have a chance to meet you"), if any; not
    one someone should have (asked for, not taken)."""
    noun = verb.head
    if verb.dep_ != "acl" or _lemma(noun) not in OPPORTUNITY_NOUNS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    taker = None
    if noun.dep_ == "dobj" and _lemma(noun.head) in OPPORTUNITY_TAKERS:
        taker = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in (
            "VERB", "ADJ"):
        taker = noun.head.head
    if taker is None or has_aux(taker, lx.HYPO_AUX | {"should", "must"}):
        return None
    return taker


def _before_retranslated(doc: Any, colon: int) -> int:
    """The last word of a turn's label before its colon, past "(retranslated)"."""
    i = colon - 1
    if doc[i].text == ")":  # "of Iran (retranslated) :", not "of Belarus (retranslated ):"
        i -= 1
    if i >= 2 and doc[i].lower_ == "retranslated" and doc[i - 1].text == "(":
        return i - 2
    return colon - 1


# what a speaker, not a thing, does to what it judged ("said the memorandum was an ultimatum
# and rejected it")
VERDICT_VERBS = frozenset({"reject", "refuse", "accept", "deny", "dismiss", "welcome",
                           "condemn", "denounce", "approve"})


def _partitive(h: Any) -> bool:
    """"most of them", "the majority of them": a share of many."""
    return h.dep_ == "pobj" and h.head.lower_ == "of" and (
        h.head.head.lower_ in PARTITIVES or h.head.head.lower_ == "majority")


def _helped_in(verb: Any) -> list[Any]:
    """"support for Ukraine in countering Russian aggression": whom the help is for does
    what it helps in."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "in"):
        return []
    helped = verb.head.head
    if helped.dep_ == "pobj" and helped.head.lower_ == "for" and \
            _lemma(helped.head.head) in lx.HELP_NOUNS:
        return [helped]  # (the parse hangs "in" on the one helped)
    if helped.pos_ in ("VERB", "AUX"):  # "reaffirmed its support for Ukraine in countering"
        helped = next((o for o in _children(helped, "dobj") if _lemma(o) in lx.HELP_NOUNS),
                      helped)
    if _lemma(helped) not in lx.HELP_NOUNS:
        return []
    return [p for c in _children(helped, "prep") if c.lower_ == "for"
            for p in _children(c, "pobj")]


# the words that tell of fighting in Donbas (not "served in the Latvian police", "the war")
FIGHTING_WORDS = MILITARY_WORDS - {"police", "war"}
THANKS_INTENSIFIERS = frozenset({"very", "so", "much", "again", "once", "all"})
# forces a speaker does not call his own by leaving them unnamed ("snipers armed with special
# rifles" in Kazakhstan, "recruiting mercenaries from other countries")
NOBODYS_OWN = frozenset({"sniper", "mercenary"})


def _describes_someone(sent: Any, at: int) -> bool:
    """Do the words at character ``at`` of the sentence stand in an apposition?"""
    tok = next((t for t in sent if t.idx - sent.start_char >= at), None)
    return tok is not None and any(a.dep_ == "appos" for a in (tok, *tok.ancestors))

