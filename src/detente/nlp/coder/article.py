"""Article-level passes over coded events: fragments of events told whole, what a thanked
party gave, meetings that are visits, and the optional ontology enrichment."""

from __future__ import annotations

from dataclasses import replace

from detente.model import Actor, Event


def _drop_fragments(events: list[Event]) -> list[Event]:
    """Leave out the pieces of an event the sentence already tells whole: an event with no
    actor at all beside events that have some ("Talks ... will be held"), the killing
    or wounding with no coded target that follows the same side's attack on a coded one
    ("shelled Kharkiv, killing 7 people and wounding 24"), and an attack or aid by no one
    for those another one of the sentence has a source for."""
    def coded(actors: list[Actor]) -> frozenset[str]:
        return frozenset(a.code for a in actors if a.code)

    anyone = any(e.source or e.target for e in events)
    aimed = {(e.event_type, coded(e.source)) for e in events if coded(e.target)}
    done_by_someone = {(e.event_type, t) for e in events if coded(e.source)
                       for t in coded(e.target)}
    out = []
    for e in events:
        if anyone and not e.source and not e.target:
            continue
        if e.event_type in ("ASSAULT", "AID") and not coded(e.source) and coded(e.target) and \
                {(e.event_type, t) for t in coded(e.target)} <= done_by_someone:
            # "were killed in shelling by the army": the shelling is the attack; "the aid
            # provided by the ministry to evacuate Turkish nationals": one aid
            continue
        if e.event_type == "ASSAULT" and not coded(e.target) and coded(e.source) and \
                (e.event_type, coded(e.source)) in aimed and \
                (e.trigger or "").lower().startswith(("kill", "wound", "injur")):
            continue
        out.append(e)
    return out


def _given_to_thanker(events: list[Event]) -> list[Event]:
    """What someone is thanked for was given by the thanked to the thanker: "I am grateful
    to Italy for the defence assistance" -> AID ITA>UKR beside SUPPORT UKR>ITA."""
    thanks = [e for e in events if e.event_type == "SUPPORT" and e.source_codes and
              (e.trigger or "").lower().startswith(("grat", "thank"))]
    aid = [e for e in events if e.event_type in ("AID", "COOPERATE")]
    given = [e for e in aid if not e.target_codes]
    if len(thanks) != 1 or not aid:
        return events
    thanker, thanked = thanks[0].source, thanks[0].target
    if not thanks[0].target_codes:
        givers = {a.code for e in aid for a in e.source if a.code}
        if len(givers) != 1:
            return events
        thanked = [a for e in aid for a in e.source if a.code][:1]  # "for the aid provided by"
    out = []
    for e in events:
        if e is thanks[0] and not e.target_codes:
            e = replace(e, target=thanked)
        elif e in given:
            e = replace(e, source=e.source if e.source_codes else thanked, target=thanker)
        elif e in aid and (e.trigger or "").lower() in GIFT_NOUNS and \
                (e.source_codes, e.target_codes) == (thanks[0].source_codes,
                                                     thanks[0].target_codes):
            # "expressed deep gratitude to the leadership of Poland for the support of Ukraine,
            # significant political and practical assistance": the parse hangs the assistance
            # on "expressed"; it went the other way
            e = replace(e, source=thanks[0].target, target=thanker)
        out.append(e)
    return out


GIFT_NOUNS = frozenset({"assistance", "aid", "help", "support"})


IN_PERSON = (None, "visit")
PEOPLE_SECTORS = ("CVL", "MIL", "REB")


def _codes_not_of_people(actors: list[Actor]) -> list[str]:
    return [a.code for a in actors if a.code and a.sector not in PEOPLE_SECTORS]


def _fold_into_visits(events: list[Event]) -> list[Event]:
    """A meeting with someone the article says is visiting is that visit, told once from
    visitor to host ("I held talks with Justin Trudeau ... grateful to Justin for visiting
    our country"): the host-to-visitor half goes, the other half becomes the visit."""
    told_visits = [e for e in events if e.event_type == "CONSULT" and e.mode in ("visit", "host")
                   and e.modality in ("asserted", "reported") and not e.negated]
    # (a host receives its visitor: "We are very happy to receive the Prime Minister of
    # Hungary here in Moscow")
    # (a visit to people, "I visited Ukrainian prisoners in Sevastopol", is no state's visit)
    # (nor are "Russian specialists and medical workers visit Palestine" their state's)
    visits = {(s, t) if e.mode == "visit" else (t, s) for e in told_visits
              for s in _codes_not_of_people(e.source) for a in e.target
              if (t := a.code) and s != t and a.sector not in PEOPLE_SECTORS}
    if not visits:
        return events
    out: list[Event] = []
    told: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
    for e in events:
        # ("met with the Minister ... of France Catherine Colonna": one party, named twice)
        pair = (tuple(dict.fromkeys(e.source_codes)), tuple(dict.fromkeys(e.target_codes)))
        if e.event_type == "CONSULT" and e.mode in IN_PERSON and len(pair[0]) == 1 == \
                len(pair[1]) and not e.negated and pair[0] != pair[1] and (
                    e.mode is None or e.modality in ("asserted", "reported")):
            # (not "During President Putin's visit to Mongolia in 2019": another visit; a
            # meeting at home, "the President met with servicemen", is no visit, and a
            # visit at home, "visited the frontline positions", is told as it is)
            if (pair[1][0], pair[0][0]) in visits and (pair[0][0], pair[1][0]) not in visits:
                continue  # (a visit told both ways says nothing of who visited whom)
            if pair[0][0:1] + pair[1][0:1] in visits and e.mode is None:
                e = _enrich(replace(e, mode="visit"))
        key = (e.sentence, *pair)
        if e.event_type == "CONSULT" and e.mode == "visit":
            if key in told:
                continue
            told.add(key)
        out.append(e)
    return out


def _enrich(event: Event) -> Event:
    try:
        from detente.ontology import enrich  # type: ignore[attr-defined]
    except ImportError:
        return event
    try:
        return enrich(event)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - enrichment is optional; never lose the event
        return event
