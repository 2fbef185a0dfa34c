"""The trigger lexicon on short hand-written news sentences: one per word family.

Each sentence names its actors plainly so that only the trigger decides the type; the
assertion is on the PLOVER type of the coder's top event (``detente.eval.top_event``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from detente.eval import top_event
from detente.nlp import Coder, plover_label


@pytest.fixture(scope="module")
def coder() -> Iterator[Coder]:
    yield Coder()


def top_type(coder: Coder, text: str) -> str | None:
    event = top_event(coder.code_text(text, article_id="t"))
    return plover_label(event) if event is not None else None


@pytest.mark.parametrize(("text", "etype"), [
    # ASSAULT: killing, beating, beheading, abduction, destruction
    ("Islamist militants beheaded two Nigerian soldiers near the border on Monday.", "ASSAULT"),
    ("Riot police beat dozens of opposition supporters in Harare on Saturday.", "ASSAULT"),
    ("Gunmen murdered three Mexican police officers in Sinaloa on Friday.", "ASSAULT"),
    ("Rebels kidnapped twelve Congolese aid workers in North Kivu.", "ASSAULT"),
    ("Syrian troops shelled the rebel-held town of Douma overnight.", "ASSAULT"),
    ("Soldiers ransacked and torched homes in the Burmese village of Tula Toli.", "ASSAULT"),
    # PROTEST: rallies, riots, stone-throwing, strikes
    ("Thousands of Chilean students marched through Santiago on Thursday.", "PROTEST"),
    ("Demonstrators threw stones at police outside the Greek parliament in Athens.", "PROTEST"),
    ("Nigerian doctors began a nationwide walkout over unpaid salaries.", "PROTEST"),
    # COERCE: arrests, curfews, censorship, seizures
    ("Turkish police apprehended forty suspected coup plotters in Ankara.", "COERCE"),
    ("The Ethiopian government imposed a curfew on the city of Gondar.", "COERCE"),
    ("Pakistani authorities enforced a curfew in Karachi after the riots.", "COERCE"),
    ("Iranian authorities shut the website of the reformist newspaper Shargh.", "COERCE"),
    ("Venezuelan authorities confiscated the assets of the opposition leader.", "COERCE"),
    # CONCEDE: easing, lifting and repealing restrictions; calling off protests
    ("The Sri Lankan government lifted the curfew in Colombo on Tuesday.", "CONCEDE"),
    ("Egypt repealed the emergency law that had been in force for decades.", "CONCEDE"),
    ("The Algerian government eased restrictions on foreign journalists.", "CONCEDE"),
    ("The Bolivian president pardoned dozens of jailed opposition activists.", "CONCEDE"),
    ("Argentine unions suspended their protests after talks with the government.", "CONCEDE"),
    # RETREAT: resignations, disarmament, releases
    ("The Peruvian prime minister resigned on Sunday amid a corruption scandal.", "RETREAT"),
    ("The Colombian rebel group FARC disbanded its last armed units.", "RETREAT"),
    ("Israel released 26 Palestinian prisoners on Tuesday.", "RETREAT"),
    # SUPPORT and COOPERATE: ties restored, exchange begun
    ("Saudi Arabia and Iran restored diplomatic relations on Friday.", "SUPPORT"),
    ("Cuba and the United States resumed diplomatic relations in July.", "SUPPORT"),
    ("The German chancellor praised the French government for its reforms.", "SUPPORT"),
    ("Kazakhstan began exporting wheat to Afghanistan this month.", "COOPERATE"),
    ("Russian and Chinese warships held joint naval exercises in the Sea of Japan.",
     "COOPERATE"),
    # AID
    ("Japan donated 500 tonnes of rice to the Philippine government.", "AID"),
    ("The International Monetary Fund approved a $3 billion loan to Pakistan.", "AID"),
    # ACCUSE, SANCTION, MOBILIZE, CONSULT, REJECT, THREATEN, REQUEST
    ("French prosecutors indicted the former Gabonese minister for embezzlement.", "ACCUSE"),
    ("The Swedish government lambasted Hungary over its treatment of refugees.", "ACCUSE"),
    ("A court in Cairo sentenced the Egyptian blogger to five years in prison.", "SANCTION"),
    ("A Moscow court fined the Russian opposition leader for organising a rally.", "SANCTION"),
    ("Lithuania expelled two Russian diplomats on Wednesday.", "SANCTION"),
    ("The Mexican government deployed 6,000 troops to the southern border.", "MOBILIZE"),
    ("Mexican soldiers patrolled the streets of Ciudad Juarez on Sunday.", "MOBILIZE"),
    ("The Indian foreign minister held talks with his Chinese counterpart in Beijing.",
     "CONSULT"),
    ("Hungary rejected the European Commission's proposal on migrant quotas.", "REJECT"),
    ("North Korea threatened to strike United States bases in Guam.", "THREATEN"),
    ("The Afghan government urged Pakistan to release the detained Afghan traders.",
     "REQUEST"),
])
def test_top_event_type(coder: Coder, text: str, etype: str) -> None:
    assert top_type(coder, text) == etype, text
