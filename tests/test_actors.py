"""The actor dictionary: data files, the resolver, terms of office, user extensions."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.actors import ActorDictionary, data_files, resolve
from detente.actors.dictionary import DATA_DIR, _entries_of, _rows


def _code_sector(phrase: str, on: date | None = date(2022, 3, 1)) -> tuple[str | None, ...]:
    actor = resolve(phrase, on)
    assert actor is not None, phrase
    return actor.code, actor.sector


@pytest.mark.parametrize(("phrase", "code", "sector"), [
    ("Russian forces", "RUS", "MIL"),
    ("Ukrainian troops", "UKR", "MIL"),
    ("the Ukrainian armed forces", "UKR", "MIL"),
    ("the Kremlin", "RUS", "GOV"),
    ("the White House", "USA", "GOV"),
    ("Downing Street", "GBR", "GOV"),
    ("Russia", "RUS", None),  # a bare country: code only, as in PLOVER gold
    ("the Russian Federation", "RUS", None),
    ("Moscow", "RUS", "GOV"),  # capital as government
    ("Kyiv", "UKR", "GOV"),
    ("Kiev", "UKR", "GOV"),
    ("the Kiev regime", "UKR", "GOV"),
    ("the Russian side", "RUS", "GOV"),
    ("Russian Foreign Minister Sergei Lavrov", "RUS", "GOV"),
    ("the Russian Defence Ministry", "RUS", "MIL"),
    ("the Verkhovna Rada", "UKR", "LEG"),
    ("the State Duma", "RUS", "LEG"),
    ("pro-Russian separatists", None, "REB"),  # (their backer is not their land)
    ("Iran-backed militias in Iraq", "IRQ", "REB"),
    ("Congo", "COD", None),  # (the news's "Congo" is Kinshasa's; Brazzaville's is named so)
    ("Congolese soldiers", "COD", "MIL"),
    ("the Republic of the Congo", "COG", None),
    ("pro-government militias", None, "MIL"),
    ("Ukrainian civilians", "UKR", "CVL"),
    ("the Ukrainian opposition", "UKR", "OPP"),
    ("Russian journalists", "RUS", "MED"),
    ("the European Union", "EUR", "IGO"),
    ("EU foreign ministers", "EUR", "GOV"),
    ("Brussels", "EUR", "IGO"),
    ("NATO", "NATO", "IGO"),
    ("the UN Security Council", "UN", "IGO"),
    ("the United Nations", "UN", "IGO"),
    ("the International Committee of the Red Cross", "ICRC", "NGO"),
    ("the IAEA", "IAEA", "IGO"),
    ("the Collective Security Treaty Organisation", "CSTO", "IGO"),
    ("the African Union", "AFR", "IGO"),
    ("Donetsk People's Republic", "UKR", "REB"),
    ("the Lugansk People's Republic", "UKR", "REB"),
    ("Denis Pushilin", "UKR", "REB"),
    ("the leaders of the DPR and LPR", "UKR", "REB"),  # (a rebel entity's leaders: rebels)
    ("the head of the Donetsk People's Republic", "UKR", "REB"),
    ("President of Belarus Alexander Lukashenko", "BLR", "GOV"),
    ("NATO-member Norway", "NOR", None),  # the head names the actor
    ("Security forces in Guinea", "GIN", "COP"),
])
def test_resolve_phrases(phrase: str, code: str | None, sector: str | None) -> None:
    assert _code_sector(phrase) == (code, sector)


def test_person_with_title_keeps_name() -> None:
    actor = resolve("Ukrainian President Volodymyr Zelensky", date(2022, 3, 1))
    assert actor is not None
    assert (actor.code, actor.sector, actor.name) == ("UKR", "GOV", "Volodymyr Zelensky")
    assert actor.text == "Ukrainian President Volodymyr Zelensky"
    assert resolve("Zelenskyy", date(2022, 3, 1)).name == "Volodymyr Zelensky"  # type: ignore[union-attr]
    assert resolve("Mykhailo Podoliak", date(2022, 3, 1)).code == "UKR"  # type: ignore[union-attr]


def test_unknown_phrase_is_none() -> None:
    assert resolve("the weather", date(2022, 3, 1)) is None
    assert resolve("") is None


@pytest.mark.parametrize(("on", "sector"), [
    (date(2016, 6, 1), "ELI"),  # before his first term
    (date(2019, 6, 1), "GOV"),
    (date(2021, 1, 19), "GOV"),
    (date(2021, 1, 20), "ELI"),  # out of office on the day his term ended
    (date(2023, 6, 1), "ELI"),
    (date(2025, 1, 20), "GOV"),
    (date(2025, 6, 1), "GOV"),
])
def test_trump_by_date(on: date, sector: str) -> None:
    actor = resolve("Donald Trump", on)
    assert actor is not None and actor.code == "USA" and actor.sector == sector


def test_terms_of_office() -> None:
    assert _code_sector("Angela Merkel", date(2021, 12, 7)) == ("DEU", "GOV")
    assert _code_sector("Angela Merkel", date(2022, 1, 1)) == ("DEU", "ELI")
    assert _code_sector("Sergei Shoigu", date(2022, 3, 1)) == ("RUS", "MIL")
    assert _code_sector("Sergei Shoigu", date(2024, 6, 1)) == ("RUS", "GOV")
    assert _code_sector("Mark Rutte", date(2022, 3, 1)) == ("NLD", "GOV")
    assert _code_sector("Mark Rutte", date(2025, 3, 1)) == ("NATO", "IGO")
    assert _code_sector("Marco Rubio", date(2022, 3, 1)) == ("USA", "LEG")
    assert _code_sector("Marco Rubio", date(2025, 3, 1)) == ("USA", "GOV")
    # a surname shared by two presidents resolves to the one in office
    assert resolve("President Bush", date(1991, 1, 1)).name == "George H. W. Bush"  # type: ignore[union-attr]
    assert resolve("President Bush", date(2003, 1, 1)).name == "George W. Bush"  # type: ignore[union-attr]


def test_case_sensitive_acronyms() -> None:
    assert _code_sector("US") == ("USA", None)
    assert _code_sector("WHO") == ("WHO", "IGO")
    assert resolve("us") is None
    assert resolve("who") is None
    assert resolve("polish") is None
    assert _code_sector("Polish troops") == ("POL", "MIL")


def test_every_un_member_state() -> None:
    with (DATA_DIR / "countries.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")),
                                   delimiter="\t"))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 3 and c.isupper() for c in codes)
    assert len(set(codes) - {"PSE", "VAT", "TWN", "XKX", "HKG"}) == 193
    for code in ("RUS", "UKR", "USA", "FRA", "DEU", "GBR", "CHN", "TUR", "BLR", "KAZ"):
        assert code in codes
    # every state resolves by its first name and its adjective
    for row in rows:
        first = row["names"].split("|")[0].lstrip("=")
        actor = resolve(first)
        assert actor is not None and actor.code == row["code"], first


def test_user_files_extend_and_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mine.tsv").write_text(
        "kind\tcode\tsector\tphrases\n"
        "entity\tDPR\tGOV\tDonetsk People's Republic|DPR\n"
        "group\tCOE\tIGO\tVenice Commission\n", encoding="utf-8")
    (tmp_path / "people.json").write_text(json.dumps([
        {"name": "Ivan Testov", "aliases": ["Testov"], "code": "RUS", "sector": "MIL",
         "from": "2020-01-01", "to": "2023-01-01"}]), encoding="utf-8")
    monkeypatch.setenv("DETENTE_ACTORS", str(tmp_path))
    files = data_files()
    assert tmp_path / "mine.tsv" in files and tmp_path / "people.json" in files
    mine = ActorDictionary(files=files)
    assert mine.resolve("the DPR").code == "DPR"  # type: ignore[union-attr]
    assert mine.resolve("the DPR").sector == "GOV"  # type: ignore[union-attr]
    assert mine.resolve("the Venice Commission").code == "COE"  # type: ignore[union-attr]
    testov = mine.resolve("General Testov", date(2022, 1, 1))
    assert testov is not None and (testov.code, testov.sector) == ("RUS", "MIL")
    assert mine.resolve("Testov", date(2024, 1, 1)).sector == "ELI"  # type: ignore[union-attr]


def test_matches_are_longest_first() -> None:
    dictionary = ActorDictionary()
    doc = dictionary.nlp.make_doc("The UN Security Council met as Russian forces left Kyiv.")
    found = [(doc[m.start:m.end].text, m.kind, m.code) for m in dictionary.matches(doc)]
    assert ("UN Security Council", "group", "UN") in found
    assert ("Russian", "adj", "RUS") in found
    assert ("forces", "sector", None) in found
    assert ("Kyiv", "capital", "UKR") in found


def test_matches_inside_a_span_keep_doc_positions() -> None:
    dictionary = ActorDictionary()
    doc = dictionary.nlp.make_doc("Good morning. Then Zelensky met Macron in Paris.")
    start = 3  # "Then"
    found = [(doc[m.start:m.end].text, m.code) for m in dictionary.matches(doc, start, len(doc))]
    assert found == [("Zelensky", "UKR"), ("Macron", "FRA"), ("Paris", "FRA")]
    assert [doc[m.start:m.end].text for m in dictionary.matches(doc, 0, 3)] == []


# -- the gazetteer (world_places.tsv, generated from GeoNames) ------------------------------

WORLD_PLACES = DATA_DIR / "world_places.tsv"


@pytest.fixture(scope="module")
def parsed() -> Iterator[tuple[Any, ActorDictionary]]:
    """The coding pipeline (real spaCy model, with named entities) and its dictionary."""
    from detente.nlp import load_nlp

    nlp = load_nlp()
    yield nlp, ActorDictionary(nlp)


def _places(parsed: tuple[Any, ActorDictionary], text: str) -> list[tuple[str, str | None]]:
    nlp, dictionary = parsed
    doc = nlp(text)
    return [(doc[m.start:m.end].text, m.code) for m in dictionary.matches(doc) if m.gazetteer]


def test_gazetteer_towns_and_provinces_resolve() -> None:
    assert _code_sector("Sindh") == ("PAK", None)
    assert _code_sector("the Sindh government") == ("PAK", "GOV")
    assert _code_sector("a roadside bombing near the town of Samarra") == ("IRQ", None)
    assert _code_sector("rebels in Darfur") == ("SDN", "REB")  # North, South ... Darfur


def test_gazetteer_in_parsed_sentences(parsed: tuple[Any, ActorDictionary]) -> None:
    assert _places(parsed, "The government of Sindh province has ordered patrols.") == [
        ("Sindh", "PAK")]
    nlp, dictionary = parsed
    doc = nlp("The government of Sindh province has ordered patrols.")
    sindh = next(m for m in dictionary.matches(doc) if m.gazetteer)
    assert sindh.kind == "place" and sindh.entries[0].kind == "world_place"


def test_gazetteer_false_friends(parsed: tuple[Any, ActorDictionary]) -> None:
    # words and names of people are not in the file ...
    assert resolve("Reading") is None
    assert resolve("a nice gesture") is None
    assert resolve("Mobile") is None and resolve("Split") is None and resolve("Bath") is None
    # ... names are matched case-sensitively ...
    assert resolve("sindh") is None and resolve("samarra") is None
    # ... and in a parsed doc only inside a place entity ("Eugene" here is a person)
    assert _places(parsed, "Reading the statement, he said it was a nice gesture.") == []
    assert _places(parsed, "Jordan Peterson spoke to reporters with Eugene on Monday.") == []
    nlp, dictionary = parsed
    doc = nlp("Jordan Peterson spoke to reporters on Monday.")
    assert all(not m.gazetteer for m in dictionary.matches(doc))


def test_gazetteer_never_overrules_hand_made_entries(tmp_path: Path) -> None:
    (tmp_path / "world.tsv").write_text(
        "kind\tcode\tsector\tphrases\n"
        "world_place\tFRA\t\tKharkiv|Moscow Oblast|Russian Forces|Zzyzx Springs\n",
        encoding="utf-8")
    mine = ActorDictionary(files=[*data_files([]), tmp_path / "world.tsv"])
    assert _code_sector_of(mine, "Kharkiv") == ("UKR", None)  # same span: hand-made wins
    assert _code_sector_of(mine, "Moscow Oblast") == ("RUS", "GOV")  # longer, still loses
    assert _code_sector_of(mine, "Russian Forces") == ("RUS", "MIL")
    assert _code_sector_of(mine, "Zzyzx Springs") == ("FRA", None)
    assert mine.resolve("zzyzx springs") is None


def _code_sector_of(dictionary: ActorDictionary, phrase: str) -> tuple[str | None, ...]:
    actor = dictionary.resolve(phrase, date(2022, 3, 1))
    assert actor is not None, phrase
    return actor.code, actor.sector


def test_world_places_file() -> None:
    from detente.actors import state_codes

    text = WORLD_PLACES.read_text(encoding="utf-8")
    assert WORLD_PLACES.stat().st_size < 1_000_000
    assert "GeoNames" in text and "CC BY 4.0" in text
    rows = list(csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                               delimiter="\t", quoting=csv.QUOTE_NONE))
    assert {r["kind"] for r in rows} == {"world_place"}
    assert {r["code"] for r in rows} <= state_codes()
    names = {p for r in rows for p in r["phrases"].split("|")}
    assert len(names) > 10_000
    for word in ("Mobile", "Split", "Nice", "Reading", "Of", "Bath", "Victoria", "Santa",
                 "Washington", "Jordan", "Georgia", "Punjab"):
        assert word not in names, word
    # nothing the hand-made files already name
    hand_made = {phrase.lstrip("=").lower()
                 for path in data_files([]) if path != WORLD_PLACES
                 for row in _rows(path) for phrase, _ in _entries_of(row)}
    assert not {n.lower() for n in names} & hand_made


def test_gazetteer_skips_names_of_seas_and_whitespace(parsed: tuple[Any, ActorDictionary]) -> None:
    # "Azov" is a Russian town, but "the Sea of Azov" is a sea: no place after an "of"
    assert ("Azov", "RUS") not in _places(parsed, "They occupied part of the Sea of Azov.")
    nlp, dictionary = parsed
    doc = nlp("Protests spread to Sindh\n\nand beyond.")
    assert [doc[m.start:m.end].text for m in dictionary.matches(doc) if m.gazetteer] in (
        ["Sindh"], [])


@pytest.mark.parametrize("row, reason", [
    ("newsroom\tUSA\tMED\t\t\tDaily Planet", "unknown kind 'newsroom'"),
    ("person\tUSA\tGOV\tJoe Doe\tsoon\tJoe", "bad date"),
])
def test_an_unreadable_actor_file_row_is_named_in_one_line(tmp_path: Path, row: str,
                                                           reason: str) -> None:
    from detente.errors import BadInput

    mine = tmp_path / "mine.tsv"
    mine.write_text("kind\tcode\tsector\tname\tfrom\tphrases\n" + row + "\n", encoding="utf-8")
    with pytest.raises(BadInput) as err:
        ActorDictionary(files=[mine])
    assert str(err.value).startswith(f"{mine}, entry 1: {reason}")


def test_a_news_outlet_is_coded_to_its_country_as_media() -> None:
    actor = resolve("CNN")
    assert actor is not None and (actor.code, actor.sector) == ("USA", "MED")


def test_a_first_name_that_is_a_demonym_names_the_person_not_the_country() -> None:
    found = resolve("German Gref", date(2022, 1, 1))  # the head of Sberbank
    assert found is not None and (found.code, found.sector) == ("RUS", "BUS")


def test_congressmen_named_with_no_country_are_american_lawmakers() -> None:
    # "the congressmen asked Volodymyr Zelenskyy" on a Ukrainian outlet: the US Congress
    found = resolve("the congressmen")
    assert found is not None and (found.code, found.sector) == ("USA", "LEG")


def test_its_troops_are_the_clause_subject_s_not_the_outlet_s() -> None:
    from detente.model import Article
    from detente.nlp import Coder

    article = Article(text="Russia refuses to withdraw its troops.", source="www.president.gov.ua")
    events = next(iter(Coder().code([article]))).events
    assert events and all("UKR" not in [a.code for a in e.target] for e in events)


def test_separatist_forces_are_rebels_not_an_army() -> None:
    from detente.actors import ActorDictionary
    found = ActorDictionary().resolve("separatist forces")
    assert found is not None and found.sector == "REB"
    army = ActorDictionary().resolve("Russian forces")
    assert army is not None and (army.code, army.sector) == ("RUS", "MIL")


def test_a_group_keeps_its_name_under_a_sector_word() -> None:
    """"the M23 rebels", "Houthi rebels": the group is named (as the table names it when the
    text uses the word as a modifier), so a brief can say "the M23", "the Houthis"."""
    names = {p: (a.name if (a := resolve(p, date(2025, 7, 20))) else None)
             for p in ("the M23 rebels", "Houthi rebels", "the TPLF", "Palestinian militants")}
    assert names == {"the M23 rebels": "M23", "Houthi rebels": "Houthis", "the TPLF": "TPLF",
                     "Palestinian militants": None}


def test_a_surname_after_another_first_name_is_someone_else(
        parsed: tuple[Any, ActorDictionary]) -> None:
    nlp, dictionary = parsed

    def people(text: str) -> list[str]:
        doc = nlp(text)
        return [doc[m.start:m.end].text for m in dictionary.matches(doc) if m.kind == "person"
                and any(e.name for e in m.entries)]

    # the mayor of Melitopol, not Ukraine's digital minister Mykhailo Fedorov (though of his
    # country: a Ukrainian, unnamed)
    assert people("The mayor of Melitopol Ivan Fedorov remains in captivity.") == []
    doc = nlp("The mayor of Melitopol Ivan Fedorov remains in captivity.")
    assert [m.code for m in dictionary.matches(doc) if m.kind == "person"] == ["UKR"]
    assert people("Mykhailo Fedorov met Elon Musk.")[:1] == ["Mykhailo Fedorov"]
    # a title, or the same first name spelled another way, is no other person
    assert "President Putin" in people("President Putin met Chancellor Scholz.")
    assert people("Sergey Lavrov met Antony Blinken.")[:1] in (["Sergey Lavrov"], ["Lavrov"])
