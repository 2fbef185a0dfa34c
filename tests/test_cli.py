"""The command line end to end on real corpus text: run, re-run, extract, query, brief."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import corpus_records
from typer.testing import CliRunner

from detente.cli import EXIT_SKIPPED, app

runner = CliRunner()
KEYWORDS = ("corridor", "exchange", "ceasefire", "negotiat", "talks")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL dump of ~40 corpus articles about agreements, plus a text file and bad inputs."""
    root = tmp_path_factory.mktemp("cli")
    picked = [r for r in corpus_records() if r["published"] >= "2022-03"
              and any(k in r["text"].lower() for k in KEYWORDS) and len(r["text"]) < 6000][:40]
    with (root / "dump.jsonl").open("w", encoding="utf-8") as fh:
        for rec in picked:
            fh.write(json.dumps(rec) + "\n")
    (root / "note.txt").write_text(
        "Prisoner exchange\n\nRussia and Ukraine exchanged 175 prisoners each on Monday, "
        "the Ukrainian Ombudsman said.\n", encoding="utf-8")
    return root


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture(scope="module")
def db(workdir: Path) -> str:
    url = f"sqlite:///{workdir / 'cli.db'}"
    result = invoke("run", str(workdir / "dump.jsonl"), str(workdir / "note.txt"),
                    "--published", "2022-05-16", "--db", url)
    assert result.exit_code == 0, result.output
    assert "41 articles read (41 new" in result.output
    return url


def test_rerun_adds_nothing(db: str, workdir: Path) -> None:
    result = invoke("run", str(workdir / "dump.jsonl"), "--db", db)
    assert result.exit_code == 0, result.output
    assert "0 new, 40 already stored" in result.output and ", 0 coded" in result.output


def test_bad_inputs_are_skipped_and_counted(db: str, workdir: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (tmp_path / "bad.jsonl").write_text('{"title": "no text here"}\n{broken\n')
    before = json.loads(invoke("events", "--limit", "0", "--format", "json", "--db", db).output)
    result = invoke("run", str(tmp_path), "--db", db)
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "4 skipped" in result.output
    for name in ("empty.txt", "bin.txt", "bad.jsonl:1", "bad.jsonl:2"):
        assert name in result.output
    after = json.loads(invoke("events", "--limit", "0", "--format", "json", "--db", db).output)
    assert len(after) == len(before)


def test_events_formats(db: str) -> None:
    as_json = json.loads(invoke("events", "--limit", "0", "--format", "json", "--db", db).output)
    assert len(as_json) > 20
    keys = {"id", "article_id", "sentence", "span", "event_type", "mode", "context", "source",
            "target", "date", "date_text", "negated", "modality", "claimant", "quantities",
            "location", "cameo", "goldstein", "plover_score", "confidence", "coder"}
    assert keys <= set(as_json[0])
    lines = invoke("events", "--limit", "5", "--format", "jsonl", "--db", db).output.splitlines()
    assert len(lines) == 5 and all(json.loads(line)["id"] for line in lines)
    rows = list(csv.DictReader(io.StringIO(
        invoke("events", "--limit", "5", "--format", "csv", "--db", db).output)))
    assert len(rows) == 5 and rows[0]["event_type"]
    table = invoke("events", "--actor", "UKR", "--db", db)
    assert table.exit_code == 0 and "UKR" in table.output
    only = json.loads(invoke("events", "--type", "ASSAULT", "--limit", "0", "--format", "json",
                             "--db", db).output)
    assert only and {e["event_type"] for e in only} == {"ASSAULT"}


def test_agreements_and_timeline(db: str) -> None:
    found = json.loads(invoke("agreements", "--format", "json", "--db", db).output)
    assert found, "the tracker found no agreement in 40 articles about agreements"
    keys = {"id", "title", "kind", "scope", "form", "declared", "effective", "duration_days",
            "ends", "parties", "mediators", "status", "history", "violation_claims",
            "quantities"}
    assert keys <= set(found[0])
    timeline = invoke("agreement", found[0]["id"][:8], "--db", db)
    assert timeline.exit_code == 0, timeline.output
    assert found[0]["status"] in timeline.output
    exported = invoke("agreements", "--format", "csv", "--db", db).output
    assert len(list(csv.DictReader(io.StringIO(exported)))) == len(found)


def test_track_full_and_incremental_give_one_board(db: str) -> None:
    board = invoke("agreements", "--format", "json", "--db", db).output
    for args in (["track", "--full"], ["track"]):
        result = invoke(*args, "--db", db)
        assert result.exit_code == 0, result.output
        assert invoke("agreements", "--format", "json", "--db", db).output == board


def test_brief_markdown(db: str, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = invoke("brief", "--since", "2022-03-01", "--until", "2022-06-30", "-o", str(out),
                    "--db", db)
    assert result.exit_code == 0, result.output
    text = out.read_text()
    positions = [text.index(label) for label in
                 ("Details.", "Context.", "Important to Know.", "Conclusion.")]
    assert positions == sorted(positions)
    assert "► " in text and "[1]" in text


def test_extract_is_stateless(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Russia and Ukraine exchanged 175 prisoners each on Monday.",
         "published": "2025-05-19"},
        {"id": "b", "text": "Moscow accused Kyiv of violating the energy truce."},
    ]
    data = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = invoke("extract", "-", input=data)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert any(q["value"] == 175 for e in out[0]["events"] for q in e["quantities"])
    assert any(e["event_type"] == "ACCUSE" for e in out[1]["events"])
    plain = invoke("extract", "-", input="Ukraine rejected the Russian proposal.\n")
    assert json.loads(plain.stdout.splitlines()[0])["events"]
    assert not list(tmp_path.glob("*.db"))


def test_extract_reads_a_records_site_and_title() -> None:
    record = {"id": "k1", "url": "http://en.kremlin.ru/events/president/news/1",
              "title": "Telephone conversation with President of Turkey Recep Tayyip Erdogan",
              "text": "The two leaders discussed the situation in Ukraine. The Ministry of "
                      "Defence said Ukrainian forces had shelled Donetsk."}
    result = invoke("extract", "-", input=json.dumps(record) + "\n")
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    talks = [e for e in events if e["event_type"] == "CONSULT"]
    assert {a["code"] for e in talks for a in e["source"]} == {"RUS", "TUR"}
    shelling = next(e for e in events if e["event_type"] == "ASSAULT")
    assert shelling["claimant"]["code"] == "RUS"


def test_extract_skips_bad_lines_and_names_them() -> None:
    good = json.dumps({"id": "g", "text": "Ukraine rejected the Russian proposal."})
    lines = [good, '{"id": 2}', "nope{", json.dumps(
        {"id": "d", "text": "Russia shelled Kharkiv.", "published": "soon-ish"})]
    result = invoke("extract", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 3
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["g"]
    assert "stdin:2: missing field 'text'" in result.stderr
    assert "stdin:3: not JSON" in result.stderr
    assert "stdin:4: field 'published'" in result.stderr
    assert "[yellow]" not in result.stderr and "Traceback" not in result.stderr


def test_user_mistakes_are_one_line(tmp_path: Path) -> None:
    result = invoke("events", "--since", "yesterday-ish", "--db", f"sqlite:///{tmp_path}/x.db")
    assert result.exit_code == 1 and "not a date" in result.output
    assert "Traceback" not in result.output
    missing = invoke("agreement", "nope", "--db", f"sqlite:///{tmp_path}/x.db")
    assert missing.exit_code == 1 and "no agreement" in missing.output
    baddb = invoke("events", "--db", f"sqlite:///{tmp_path}/no/such/dir.db")
    assert baddb.exit_code == 1 and "cannot open database" in baddb.output
