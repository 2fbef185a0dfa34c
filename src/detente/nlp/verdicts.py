"""Accusations carried by a verdict word rather than a verb of accusing.

Press releases accuse without saying "accuse": "the EU countries ignore the crimes ...",
"the reserves were frozen by the EU in violation of international law", "the barbaric
bombing by the Russian army", "Kiev's unwillingness to take this process seriously". PLOVER
codes each as ACCUSE (disapprove) from whoever speaks the sentence to whoever the verdict
falls on. These shapes are read:

- a verb of wilful neglect ("ignore", "turn a blind eye", "close their eyes"): its subject;
- a verdict noun ("crimes", "provocations", "unwillingness") or adjective ("barbaric
  shelling", "the US military activity in Ukraine is unacceptable"): the actor that owns
  the judged phrase ("committed by X", "X's", "by X");
- "in violation of ...": the agent of the act it qualifies;
- a blame adjective ("X is responsible for the war", "guilty of crimes"): its subject, and
  whoever is "held accountable", "bears responsibility for the tragedy", "is to blame";
- a label ("Russia has become a terrorist state", "recognise Russia as a sponsor of
  terrorism", "recognised its actions as genocide", "what the occupiers did is genocide"):
  who or whose act is so called;
- a verb of harm ("the sanctions imposed by the West have been complicating this issue",
  "NATO's expansion undermines security"): the actor or the act's owner.

A war crime asserted with no culprit named ("What our cities have experienced are war
crimes") falls on whoever the caller names through ``unnamed`` (the coder: an outlet at
war's enemy).

The accuser is the sentence's claimant when it reports someone, else its own voice (the
transcript's speaker or the publishing state). A verdict on the accuser's own side is none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from detente.model import Actor
from detente.nlp.lexicon import (
    ALLEGATION_NOUNS,
    BLAME_ADJS,
    BLAMED_FOR,
    COUNT_NOUNS,
    DENIALS,
    ENDURE_VERBS,
    EYE_VERBS,
    HARM_VERBS,
    LABEL_NOUNS,
    LABEL_VERBS,
    NEGLECT_VERBS,
    NOUNS,
    PREDICATED_VERDICTS,
    VERDICT_ADJS,
    VERDICT_NOUNS,
)
from detente.nlp.tokens import children as _children
from detente.nlp.tokens import lemma as _lemma

LOCATED = frozenset({"in", "on", "with", "at", "down", "behind", "ahead", "within", "beyond",
                     "between", "among", "under", "low", "dormant"})


def _neglect_subject(tok: Any) -> list[Any]:
    """The subjects of "ignore ...", "closed their eyes to ..." or "lied" (else [])."""
    lemma = _lemma(tok)
    if tok.pos_ != "VERB":
        return []
    if lemma == "lie" and not any(c.lower_ in LOCATED for c in tok.children):
        # "the Russian military have lied that ...", not "the responsibility lies with"
        return _children(tok, "nsubj")
    if lemma in NEGLECT_VERBS and _children(tok, "nsubjpass"):
        # "these war crimes were ignored in the West" (or "by the West")
        return _agents(tok, ("in",))
    if lemma in NEGLECT_VERBS or (lemma in EYE_VERBS and any(
            _lemma(o) == "eye" for o in _children(tok, "dobj"))):
        subj = _children(tok, "nsubj")
        if not subj and tok.dep_ == "conj":
            subj = _children(tok.head, "nsubj")
        return subj
    return []


def _harming_subject(tok: Any) -> list[Any]:
    """The subjects of "complicates", "undermines", "runs counter to": the actor, or the act
    whose owner is blamed for the harm (not when denied)."""
    if tok.pos_ != "VERB" or _children(tok, "neg"):
        return []
    if _lemma(tok) in HARM_VERBS or _lemma(tok) == "run" and any(
            c.lower_ == "counter" for c in tok.children):
        return _children(tok, "nsubj")
    return []


def _blamed_for_harm(tok: Any) -> bool:
    return any(_lemma(p) in BLAMED_FOR for c in _children(tok, "prep")
               if c.lower_ in ("for", "of") for p in _children(c, "pobj"))


def _held_to_account(tok: Any) -> list[Any]:
    """Who is (to be) "held accountable / responsible for the crimes", who "bears
    responsibility for the tragedy", who "is to blame"."""
    lemma = _lemma(tok)
    if lemma in ("accountable", "responsible") and tok.dep_ in ("oprd", "acomp", "ccomp") and \
            _lemma(tok.head) == "hold":
        return _children(tok, "nsubj") or _children(tok.head, "nsubjpass") or _children(
            tok.head, "dobj")  # "hold Russia responsible" (parsed as a clause)
    if lemma == "responsibility" and tok.dep_ == "dobj" and _lemma(tok.head) in (
            "bear", "carry") and _blamed_for_harm(tok):
        return _children(tok.head, "nsubj")
    if is_to_blame(tok):
        return _children(tok.head, "nsubj")
    return []


def is_to_blame(tok: Any) -> bool:
    """The "blame" of "Putin is to blame": a verdict on the copula's subject."""
    return _lemma(tok) == "blame" and tok.pos_ == "VERB" and tok.dep_ == "xcomp" and \
        _lemma(tok.head) == "be" and not _children(tok, "dobj")


def _blamed_subject(tok: Any) -> list[Any]:
    """The subjects of "is (primarily) responsible for this war" (not "responsible for these
    matters", nor "must be responsible", a demand)."""
    if tok.pos_ != "ADJ" or _lemma(tok) not in BLAME_ADJS or tok.dep_ != "acomp":
        return []
    if any(c.dep_ == "aux" and _lemma(c) in ("must", "should") for c in tok.head.children):
        return []
    if not _blamed_for_harm(tok):
        return []
    return _children(tok.head, "nsubj")


DEICTIC = frozenset({"this", "that", "it", "which", "what", "these", "those"})


def is_label(noun: Any) -> bool:
    """A noun that brands ("a terrorist", "a terrorist state", "a sponsor of terrorism",
    "genocide")."""
    lemma = _lemma(noun)
    if noun.pos_ not in ("NOUN", "PROPN") and not (
            noun.dep_ in ("attr", "acomp") and lemma in LABEL_NOUNS | VERDICT_NOUNS):
        return False  # (the parser tags "is genocide" as an adjective)
    return lemma in LABEL_NOUNS or lemma in VERDICT_NOUNS or any(
        _lemma(c) in VERDICT_ADJS for c in noun.children if c.dep_ in ("amod", "compound")) or (
        lemma == "sponsor" and any(_lemma(p) in LABEL_NOUNS for c in _children(noun, "prep")
                                   for p in _children(c, "pobj")))


def _labelled(tok: Any) -> list[Any]:
    """Who a label is put on: the subject of "is / has become a terrorist", the object of
    "recognise X as a sponsor of terrorism" (or its passive subject)."""
    if not is_label(tok):
        return []
    head = tok.head
    if tok.dep_ in ("attr", "acomp") and _lemma(head) in ("be", "become", "remain") and not any(
            c.dep_ == "neg" for c in head.children):
        # not "This is a brutal invasion": the judged act's owner is read below
        # ("what the occupiers did to the town is genocide": the doers of the act so called)
        return [s for s in _children(head, "nsubj") if s.lower_ not in DEICTIC] + [
            s for c in _children(head, "csubj") if _lemma(c) not in ENDURE_VERBS
            for s in _children(c, "nsubj") if s.pos_ != "PRON"]
    verb = head.head if tok.dep_ == "pobj" and head.lower_ == "as" else (
        head if tok.dep_ == "oprd" else None)
    if verb is not None and verb.dep_ == "dobj" and _lemma(verb.head) in LABEL_VERBS:
        return [verb]  # "recognizes Russia's actions as genocide"
    if verb is not None and _lemma(verb) == "recognition":
        return [p for c in _children(verb, "prep") if c.lower_ == "of"
                for p in _children(c, "pobj")]  # "recognition of Russia as a sponsor of"
    if verb is None or _lemma(verb) not in LABEL_VERBS or any(
            c.dep_ == "neg" for c in verb.children):
        return []
    return _children(verb, "dobj") or _children(verb, "nsubjpass")


def _judged_phrase(tok: Any) -> Any | None:
    """The phrase whose owner a verdict word falls on."""
    lemma = _lemma(tok)
    if tok.pos_ == "NOUN" and lemma in VERDICT_NOUNS:
        return tok
    if tok.pos_ == "ADJ" and lemma in VERDICT_ADJS and tok.dep_ in ("amod", "conj") and \
            tok.head.pos_ in ("NOUN", "ADJ"):
        head = tok.head
        while head.dep_ == "conj" and head.pos_ == "ADJ":
            head = head.head
        return head if head.pos_ == "NOUN" else None
    if (denied := denied_allegation(tok)) is not None and tok.pos_ == "ADJ":
        return denied  # "the allegations about attacks on Kiev are untrue": the accusers'
    if tok.pos_ == "ADJ" and lemma in VERDICT_ADJS | PREDICATED_VERDICTS and \
            tok.dep_ == "acomp" and _lemma(tok.head) in ("be", "remain") and \
            not _children(tok.head, "neg"):
        # "Russia's actions are unacceptable": the verdict on the subject's act
        # (an act, not a state of affairs: not "inflation in the United States")
        return next((s for s in _children(tok.head, "nsubj") if s.pos_ == "NOUN" and (
            _lemma(s) in JUDGED_ACTS or _lemma(s) in NOUNS)), None)
    return None


def denied_allegation(tok: Any) -> Any | None:
    """The allegation a denial is predicated of ("any accusations against our state of
    shelling ... are provocations and pure lies", "the allegations ... are untrue")."""
    if _lemma(tok) not in DENIALS or tok.dep_ not in ("acomp", "attr", "conj"):
        return None
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("acomp", "attr") or _lemma(tok.head) != "be":
        return None
    return next((s for s in _children(tok.head, "nsubj") if _lemma(s) in ALLEGATION_NOUNS),
                None)


# what a predicated verdict judges as someone's act ("the US military biological activity
# in Ukraine is unacceptable"), beside the event nouns of the lexicon
JUDGED_ACTS = frozenset({"action", "activity", "step", "decision", "policy", "behaviour",
                         "behavior", "statement", "move", "attempt", "effort", "expansion",
                         "practice", "conduct", "deployment", "rhetoric"})
COMMIT_VERBS = frozenset({"commit", "perpetrate", "spread", "produce", "fabricate"})
# what one is "subjected to" ("subjected to genocide by the Kiev regime")
SUBJECTING_VERBS = frozenset({"subject", "expose"})


def _subjected_to(noun: Any) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and _lemma(
        noun.head.head) in SUBJECTING_VERBS


def _clause_subjects(verb: Any) -> list[Any]:
    """The subjects of a verb, or of the clause it completes ("continue to commit",
    "became active in producing fakes")."""
    while True:
        subj = _children(verb, "nsubj")
        if subj or verb.dep_ not in ("xcomp", "conj", "pcomp", "prep") or verb.head.i == verb.i:
            return subj
        verb = verb.head


def _perpetrators(noun: Any) -> list[Any]:
    """Who committed what a verdict noun names: "the occupiers are committing horrific
    crimes", "a war crime that the occupiers have not committed", "crimes committed by"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.like_num or _lemma(noun.head.head) in COUNT_NOUNS):
        noun = noun.head.head  # "hundreds of crimes were committed by"
    head = noun.head
    if noun.dep_ == "dobj" and _lemma(head) in COMMIT_VERBS:
        return _clause_subjects(head)
    if _subjected_to(noun):
        return _agents(head.head)
    for clause in _children(noun, "relcl", "acl"):
        if _lemma(clause) in COMMIT_VERBS:
            doers = [s for s in _children(clause, "nsubj") if s.pos_ != "PRON" or
                     s.lower_ not in ("that", "which", "who")]
            return doers + _agents(clause)
    if noun.dep_ in ("nsubjpass", "nsubj") and _lemma(head) in COMMIT_VERBS:
        return _agents(head)  # ("crimes committed each day by X" parsed as a clause)
    return []


def _agents(verb: Any, preps: tuple[str, ...] = ("by",)) -> list[Any]:
    """The "by" phrase of a passive verb (also when parsed as a plain preposition, or as
    another of ``preps``: "ignored in the West")."""
    return [p for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and
            c.lower_ in preps for p in _children(c, "pobj")]


def _violating_act(tok: Any) -> Any | None:
    """The verb that "in violation of ..." qualifies."""
    if _lemma(tok) not in ("violation", "breach") or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def accused_heads(sent: Any) -> list[tuple[Any, Any, bool]]:
    """(token, verdict token, owned) for whoever each verdict in ``sent`` falls on: the
    token names the accused, or (owned) is the judged phrase whose owner is accused. A
    verdict inside a neglect verb's object is that verb's."""
    heads: list[tuple[Any, Any, bool]] = []
    inside: set[int] = set()
    for tok in sent:
        labelled = _labelled(tok)
        if labelled:
            heads += [(h, tok, False) for h in labelled]
            inside |= {t.i for t in tok.subtree}
    for tok in sent:
        subj = _neglect_subject(tok) or _blamed_subject(tok) or _held_to_account(tok) or \
            _harming_subject(tok)
        if subj:
            heads += [(s, tok, False) for s in subj]
            inside |= {t.i for o in tok.children if o.dep_ in ("dobj", "prep")
                       for t in o.subtree}
    for tok in sent:
        if tok.i in inside:
            continue
        act = _violating_act(tok)
        if act is not None:
            heads += [(a, tok, False) for a in _children(act, "nsubj")]
            heads += [(p, tok, False) for p in _agents(act, ())]
            continue
        judged = _judged_phrase(tok)
        if judged is not None:
            doers = _perpetrators(judged)
            heads += [(d, tok, False) for d in doers] or [(judged, tok, True)]
    return heads


def implied_accusations(
    sent: Any,
    owners: Callable[[Any], list[Actor]],
    actors_of: Callable[[Any], list[Actor]],
    accuser: Callable[[Any], Actor | None],
    unnamed: Callable[[Any], list[Actor]] = lambda verdict: [],
) -> list[tuple[Actor, Actor, Any]]:
    """(accuser, accused, verdict token) for each verdict in ``sent`` that falls on an actor
    other than the accuser's own state; ``unnamed`` says on whom a verdict naming nobody
    falls."""
    found: list[tuple[Actor, Actor, Any]] = []
    seen: set[tuple[str, str]] = set()
    for head, verdict, owned in accused_heads(sent):
        if owned:
            # "the inconsistencies in Kiev's position": the position's owner
            # (or "the provocative nature of the exercises conducted by the US": theirs)
            # (not "Kharkiv" in "the shelling of Kharkiv is unacceptable": the victim)
            attack = NOUNS.get(_lemma(head), ("",))[0] in ("ASSAULT", "COERCE")
            targets = owners(head) or [a for c in _children(head, "prep") if c.lower_ in (
                "in", "of") and not attack for p in _children(c, "pobj") for a in owners(p)]
        else:
            targets = [a for a in actors_of(head) if a.code] or owners(head)
        targets = targets or unnamed(verdict)
        who = accuser(verdict)
        if who is None or not who.code:
            continue
        for target in targets:
            key = (who.code, target.code or "")
            if not target.code or target.code == who.code or key in seen:
                continue
            seen.add(key)
            found.append((who, target, verdict))
    return found


def asserted_war_crime(verdict: Any) -> bool:
    """Does a sentence assert that a war crime took place ("are war crimes", "a crime against
    humanity.", "commits war crimes", "genocide was committed"), not merely name one
    ("investigating war crimes", "is not genocide")?"""
    lemma = _lemma(verdict)
    if lemma not in ("genocide", "atrocity", "crime"):
        return False
    if lemma == "crime" and not any(
            _lemma(c) == "war" and c.dep_ == "compound" or c.dep_ == "prep" and
            c.lower_ == "against" for c in verdict.children):
        return False
    head = verdict.head
    if verdict.dep_ in ("attr", "acomp"):
        return not _children(head, "neg")
    if _subjected_to(verdict):
        return not _children(head.head, "neg")  # "who have been subjected to genocide"
    return verdict.dep_ == "ROOT" or verdict.dep_ in ("dobj", "nsubjpass") and _lemma(
        head) in COMMIT_VERBS and not _children(head, "neg")
