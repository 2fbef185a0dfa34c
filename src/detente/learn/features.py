"""Feature strings read off an existing spaCy parse (never a second parse).

A sentence is read around a trigger token: the one the rules chose for an event, or the
sentence root when there is none. Features are plain strings (hashed by the vocabulary
stored with the model), so the same function serves training and run time.
"""

from __future__ import annotations

from typing import Any

_CONTENT_POS = frozenset({"NOUN", "VERB", "PROPN", "ADJ"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "shall",
                     "can", "'ll", "wo"})
_ARG_DEPS = frozenset({"dobj", "attr", "xcomp", "ccomp", "prep", "agent", "acomp", "oprd",
                       "dative", "prt"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJ_DEPS = frozenset({"dobj", "pobj", "dative"})


def identity(feats: list[str]) -> list[str]:
    """The vectorizer's analyzer: features are already strings (module-level to pickle)."""
    return feats


def lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def clause_verb(tok: Any) -> Any:
    """The nearest verb at or above ``tok``: a noun trigger's governing verb."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def _entity_label(tok: Any) -> str:
    return str(tok.ent_type_ or tok.pos_)


def _trigger_features(trig: Any) -> list[str]:
    t = lemma(trig)
    feats = [f"t={t}", f"tpos={trig.pos_}", f"tdep={trig.dep_}", f"ttag={trig.tag_}"]
    negated = passive = False
    for child in trig.children:
        dep, low = child.dep_, lemma(child)
        if dep in _ARG_DEPS:
            feats += [f"t>{dep}={low}", f"t+{low}"]
            if dep == "prep":
                feats += [f"t+{low}+{lemma(g)}" for g in child.children if g.dep_ == "pobj"]
        if dep in _OBJ_DEPS:
            feats.append(f"obj_ent={_entity_label(child)}")
        if dep == "neg":
            negated = True
        elif dep in ("aux", "auxpass") and child.lower_ in _MODALS:
            feats.append(f"modal={child.lower_}")
        elif dep == "auxpass":
            passive = True
        if dep in _SUBJ_DEPS:
            feats += [f"subj_ent={_entity_label(child)}", f"subj={lemma(child)}"]
    if negated:
        feats += ["neg", f"t={t}|neg"]
    if passive:
        feats.append("passive")
    if trig.head is not trig:
        feats.append(f"head={lemma(trig.head)}")
        feats.append(f"hdep={trig.dep_}>{lemma(trig.head)}")
    verb = clause_verb(trig)
    if verb is not trig:
        feats.append(f"cverb={lemma(verb)}")
    return feats


def event_features(sent: Any, trigger: Any = None, rule_type: str | None = None) -> list[str]:
    """What depends on the trigger: the trigger's reading and the rules' type."""
    root = sent.root
    trig = trigger if trigger is not None else root
    feats = _trigger_features(trig)
    feats.append(f"rule={rule_type or 'none'}")
    if rule_type:
        feats.append(f"rule={rule_type}|t={lemma(trig)}")
    if trig is not root:
        feats.append(f"root={lemma(root)}")
    return feats


def content_features(tokens: Any) -> list[str]:
    """Content lemmas and entity labels of a run of tokens."""
    feats = [f"w={lemma(t)}" for t in tokens if t.pos_ in _CONTENT_POS and not t.is_stop]
    # entity starts read off the tokens: Span.ents scans every entity of the doc
    feats += [f"ent={t.ent_type_}" for t in tokens if t.ent_iob_ == "B"]
    return feats


def sentence_features(sent: Any) -> list[str]:
    """What every event of a sentence shares: content lemmas, entity labels, a question."""
    feats = content_features(sent)
    if sent.text.rstrip().endswith("?"):
        feats.append("question")
    return feats


def features(sent: Any, trigger: Any = None, rule_type: str | None = None) -> list[str]:
    """Feature strings for one sentence read around ``trigger`` (default: its root)."""
    return event_features(sent, trigger, rule_type) + sentence_features(sent)
