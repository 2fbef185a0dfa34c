"""Reading spaCy tokens the way every rule of the coder reads them."""

from __future__ import annotations

from typing import Any

from detente.nlp import lexicon as lx

# Verbs the lexicon knows: a lemma outside them may be the lemmatizer's mistake.
KNOWN_VERBS = frozenset(lx.VERBS) | frozenset(lx.OBJECT_VERBS) | frozenset(lx.GOVERNORS) | \
    lx.LIGHT_VERBS | lx.REPORTING | lx.NOUN_SUBJECT_VERBS | lx.FUTURE_GOVERNORS | \
    lx.PREP_PREDICATES | lx.VICTIM_VERBS | lx.POLITE_VERBS | lx.ADVISING_VERBS


NOT_PLURAL_MEN = frozenset({"specimen", "regimen", "abdomen", "acumen", "hymen", "yemen"})


# past forms the lemmatizer leaves as they are
IRREGULAR = {"retook": "retake", "retaken": "retake"}


def lemma(tok: Any) -> str:
    """The lower-case lemma, repaired for verbs the lemmatizer gets wrong ("staged" -> "stag")."""
    found = str(tok.lemma_).lower()
    if tok.pos_ == "NOUN" and found.endswith("men") and found == tok.lower_ and \
            found not in NOT_PLURAL_MEN and len(found) > 4:
        return found[:-3] + "man"  # "servicemen" tagged NN, its lemma left plural
    if tok.pos_ != "VERB" or found in KNOWN_VERBS:
        return found
    low = tok.lower_
    if low in IRREGULAR:
        return IRREGULAR[low]
    for cand in (low[:-1], low[:-2], low[:-3] + "e", low[:-3]) if low.endswith(
            ("ed", "es", "ing")) else ():
        if cand in KNOWN_VERBS:
            return cand
    return found


def children(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def first_conjunct(tok: Any) -> Any:
    """The first item of the list a word is coordinated in ("bombing and shelling" from
    "shelling"), else the word itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def by_object_above(of: Any) -> Any | None:
    """The object of the "by" phrase an "of" phrase hangs on, as the parse reads "the
    announcement by Biden of a new aid package" (Biden's package), else None."""
    owner = of.head
    return owner if owner.dep_ == "pobj" and owner.head.lower_ == "by" else None


def has_aux(verb: Any, words: frozenset[str] | set[str]) -> bool:
    """Is the verb hedged by one of ``words`` as its auxiliary ("would lead", "will be")?"""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in verb.children)


def clause_subjects(verb: Any, dep: str = "nsubj") -> list[Any]:
    """A verb's subjects, a relative pronoun read as the noun it stands for ("weapons systems
    that threaten Russia", "the territory that is occupied")."""
    return [verb.head if s.lower_ in ("that", "which") and verb.dep_ == "relcl" else s
            for s in children(verb, dep)]


def participle_clause(tok: Any) -> bool:
    """Is the token a past participle after its noun ("the agreements reached in November")?
    The tagger sometimes reads it as a past tense ("reached following the visit"); with no
    subject of its own it is still the participle."""
    return tok.dep_ == "acl" and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)) and not main_verb_of_a_name(tok)


def comma_participle(tok: Any) -> bool:
    """"…, calling it a violation", "…, attacking Russian positions": a participle clause set
    off by a comma, with no subject of its own."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and \
        tok.doc[tok.i - 1].text == "," and not any(c.dep_ == "nsubj" for c in tok.children)


def main_verb_of_a_name(tok: Any) -> bool:
    """"The IAEA called on Tuesday for a protection zone" parsed with the name as the root and
    the verb hanging on it: the sentence's own verb, right after a named subject."""
    head = tok.head
    return head.dep_ == "ROOT" and head.text[:1].isupper() and tok.i == head.i + 1 and all(
        t.dep_ in ("det", "compound", "amod", "poss", "case") for t in
        tok.doc[head.sent.start:head.i]) and not any(
            c.dep_ in ("auxpass", "agent") for c in tok.children)


def to_infinitive(tok: Any) -> bool:
    """Is the token a bare "to" infinitive ("a deal to halt attacks"; not "so as to
    strengthen", which its marker makes a purpose of the clause)?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ == "mark" for c in tok.children)


def purpose_clause(tok: Any) -> bool:
    """Is the token an infinitive only meant to happen, in an accusation ("accused Ukraine of
    sending saboteurs to seize the plant"), a call ("called for the area to be
    demilitarised") or another's act sought ("do everything for Russia to unblock")?
    (Elsewhere a purpose is told as done: "imposed sanctions to ...".)"""
    if tok.dep_ != "advcl":
        return False
    # "we will do everything possible for Russia to unblock the ports": another's act, sought
    # (not "it is an honour for me to commend you", said as it is done)
    if lemma(tok.head) != "be" and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and any(
            c.dep_ == "nsubj" for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    if not to_infinitive(tok):
        return False
    head = tok.head
    passive = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
    accused = head.dep_ == "pcomp" and lemma(head.head.head) in ("accuse", "blame", "suspect")
    return tok.tag_ == "VB" and accused or passive and lemma(head) == "call"


def names_agreement(tok: Any) -> bool:
    """Is the token an agreement noun, capitalised in a name too ("the Minsk Agreements")?"""
    return lemma(tok) in lx.AGREEMENTS or tok.lower_.rstrip("s") in lx.AGREEMENTS


def looks_forward(tok: Any) -> bool:
    """Is the token the "look" of "look forward to" (an act intended or awaited)?"""
    return lemma(tok) == "look" and any(c.lower_ == "forward" for c in tok.children)


def judged_important(be: Any) -> bool:
    """Is the copula one of "it is important / necessary / vital (to ...)"?"""
    return lemma(be) == "be" and any(lemma(c) in lx.IMPORTANT_ADJ for c in children(be, "acomp"))


def said_necessary(act: Any) -> bool:
    """Is an act said to be needed by no one named ("it is necessary to block the flows")?"""
    be = act.head
    return act.pos_ == "VERB" and act.dep_ == "xcomp" and judged_important(be) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children) and any(
        s.lower_ == "it" for s in children(be, "nsubj")) and not children(be, "neg")
