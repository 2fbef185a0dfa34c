"""detente.sources on real files built from the bundled corpus: every input kind, every
kind of bad input (yielded, named, and the run goes on), dedup, and the whole corpus."""

from __future__ import annotations

import csv
import gzip
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.config import BUNDLED_CORPUS
from detente.errors import BadInput
from detente.model import Article, content_hash
from detente.sources import read

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
N_FIXTURE_ARTICLES = 13


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict]:
    """Corpus records by URL."""
    with gzip.open(BUNDLED_CORPUS, "rt", encoding="utf-8") as fh:
        return {rec["url"]: rec for rec in map(json.loads, fh)}


def _split(items: list[Article | BadInput]) -> tuple[list[Article], list[BadInput]]:
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, BadInput)])


def _read(*paths: str | Path, **kwargs: object) -> tuple[list[Article], list[BadInput]]:
    return _split(list(read(list(paths), **kwargs)))  # type: ignore[arg-type]


def _same_text(article: Article, record: dict) -> bool:
    return article.id == content_hash(record["text"])


# --- one reader per kind -------------------------------------------------------------


def test_text_with_yaml_front_matter(corpus: dict[str, dict]) -> None:
    (art,), bad = _read(FIXTURES / "first_round.txt")
    assert not bad
    rec = corpus[art.url]
    assert art.title == rec["title"]
    assert art.published == date(2022, 2, 28)
    assert art.source == "www.president.gov.ua"
    assert art.origin == str(FIXTURES / "first_round.txt")
    assert art.text == rec["text"]


def test_text_with_leading_key_value_lines(tmp_path: Path, corpus: dict[str, dict]) -> None:
    rec = next(r for r in corpus.values() if r["title"].startswith("Telephone conversation with "
                                                                   "Prime Minister of Norway"))
    path = tmp_path / "norway.txt"
    path.write_text(f"Title: {rec['title']}\nDate: 31 March 2022\nSource: Kremlin\n"
                    f"URL: {rec['url']}\n\n{rec['text']}\n", encoding="utf-8")
    (art,), _ = _read(path)
    assert (art.title, art.published, art.source, art.url) == (
        rec["title"], date(2022, 3, 31), "Kremlin", rec["url"])
    assert _same_text(art, rec)


def test_markdown_heading_and_caller_defaults(corpus: dict[str, dict]) -> None:
    (art,), _ = _read(FIXTURES / "delegation.md", published=date(2022, 2, 28),
                      source="president.gov.ua")
    assert art.title.startswith("Ukrainian delegation arrived in the area")
    assert not art.text.startswith("#")
    assert art.published == date(2022, 2, 28)  # the file has none: the argument dates it
    assert art.source == "president.gov.ua"
    assert any(_same_text(art, rec) for rec in corpus.values())


def test_published_argument_never_overrides_a_date() -> None:
    (art,), _ = _read(FIXTURES / "first_round.txt", published=date(2000, 1, 1), source="X")
    assert art.published == date(2022, 2, 28)
    assert art.source == "www.president.gov.ua"


def test_saved_html_page(corpus: dict[str, dict]) -> None:
    (art,), bad = _read(FIXTURES / "podoliak_corridors.html")
    assert not bad
    rec = corpus[art.url]  # the canonical link
    assert art.title == rec["title"]
    assert art.published == date(2022, 3, 7)
    assert art.source == "Official website of the President of Ukraine"
    assert _same_text(art, rec)  # exactly the article body: no menu, sidebar or footer
    for boilerplate in ("Privacy policy", "Latest news", "All rights reserved", "Share:"):
        assert boilerplate not in art.text


def test_jsonl_dump_with_field_aliases(corpus: dict[str, dict]) -> None:
    arts, bad = _read(FIXTURES / "kremlin_calls.jsonl")
    assert not bad
    path = FIXTURES / "kremlin_calls.jsonl"
    assert [a.origin for a in arts] == [f"{path}:{n}" for n in (1, 2, 3)]
    for art in arts:  # url/link, title/headline, published/date, text/content/body
        rec = corpus[art.url]
        assert art.title == rec["title"]
        assert art.published == date.fromisoformat(rec["published"][:10])
        assert _same_text(art, rec)
    assert arts[0].location is None  # "NA" in the corpus is a placeholder


def test_csv_dump_with_multiline_field(corpus: dict[str, dict]) -> None:
    arts, bad = _read(FIXTURES / "calls.csv")
    assert not bad
    path = FIXTURES / "calls.csv"
    assert [a.origin for a in arts] == [f"{path}:2", f"{path}:3", f"{path}:6"]
    assert "\n\n" in arts[1].text
    for art in arts:
        assert _same_text(art, corpus[art.url])
        assert art.published == date.fromisoformat(corpus[art.url]["published"][:10])


def test_csv_field_longer_than_the_default_limit(tmp_path: Path, corpus: dict[str, dict]) -> None:
    rec = max(corpus.values(), key=lambda r: len(r["text"]))
    assert len(rec["text"]) > 131072
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["title", "text"], [rec["title"], rec["text"]]])
    (art,), bad = _read(path)
    assert not bad and art.text == rec["text"].strip()


def test_utf16_csv_from_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text((FIXTURES / "calls.csv").read_text(encoding="utf-8"), encoding="utf-16")
    arts, bad = _read(path)
    assert not bad
    assert [a.id for a in arts] == [a.id for a in _read(FIXTURES / "calls.csv")[0]]


def test_rss_feed(corpus: dict[str, dict]) -> None:
    arts, bad = _read(FIXTURES / "president_ua.rss")
    assert not bad and len(arts) == 2
    for art in arts:
        assert art.source == "President of Ukraine: News"
        assert art.title == corpus[art.url]["title"]
        assert "<p>" not in art.text and _same_text(art, corpus[art.url])
    assert [a.published for a in arts] == [date(2022, 6, 21), date(2022, 3, 4)]
    assert arts[0].origin == f"{FIXTURES / 'president_ua.rss'}#1"


def test_atom_feed(corpus: dict[str, dict]) -> None:
    arts, bad = _read(FIXTURES / "kremlin.atom")
    assert not bad
    assert [a.published for a in arts] == [date(2022, 5, 14), date(2022, 4, 26)]
    for art in arts:  # one from <content type="html">, one from <summary>
        assert art.source == "President of Russia: News"
        assert "<p>" not in art.text and _same_text(art, corpus[art.url])


def _page(title: str, text: str, published: str | None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{s}.</p>" for s in text.rstrip(".").split(". "))
    return (f"<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a>"
            f"<a href='/news'>News</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright. All rights reserved.</footer></body></html>").encode()


def _write_warc(path: Path, records: list[tuple[str, str, str, bytes, str]]) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body, when in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": when}))


def test_warc_archive(tmp_path: Path, corpus: dict[str, dict]) -> None:
    undated = next(r for r in corpus.values() if r["title"].startswith("As of March 18, nine"))
    dated = next(r for r in corpus.values() if "Israel Naftali Bennett" in r["title"])
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, [
        ("https://example.org/a", "200 OK", "text/html; charset=utf-8",
         _page(undated["title"], undated["text"], None), "2022-03-18T10:15:00Z"),
        ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x00",
         "2022-03-18T10:15:01Z"),
        ("https://example.org/gone", "404 Not Found", "text/html", b"<p>Not found</p>",
         "2022-03-18T10:15:02Z"),
        ("https://example.org/b", "200 OK", "text/html",
         _page(dated["title"], dated["text"], "2022-03-14T20:25:00+03:00"), "2022-06-01T00:00:00Z"),
    ])
    arts, bad = _read(path)
    assert not bad
    assert [a.url for a in arts] == ["https://example.org/a", "https://example.org/b"]
    assert [a.published for a in arts] == [date(2022, 3, 18), date(2022, 3, 14)]  # WARC-Date, page
    assert [a.title for a in arts] == [undated["title"], dated["title"]]
    assert _same_text(arts[0], undated) and _same_text(arts[1], dated)
    assert arts[1].origin == f"{path}#4"
    images = tmp_path / "images.warc.gz"
    _write_warc(images, [("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG",
                          "2022-03-18T10:15:01Z")])
    arts, bad = _read(images)
    assert not arts and [(b.origin, b.reason[:5]) for b in bad] == [(str(images), "empty")]


def test_json_array_document(tmp_path: Path) -> None:
    recs = [json.loads(line) for line in (FIXTURES / "kremlin_calls.jsonl").open()]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"articles": recs}, indent=2))
    arts, bad = _read(path)
    assert not bad
    assert [a.origin for a in arts] == [f"{path}#{n}" for n in (1, 2, 3)]


def test_an_outlet_is_named_by_its_link_when_the_record_names_none(tmp_path: Path) -> None:
    """A wire dump without a source field: the brief cites "reuters.com", not "unknown
    outlet"; a named source and the caller's --source still come first."""
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [
        {"url": "https://www.reuters.com/world/europe/a", "text": "Talks resumed."},
        {"url": "https://apnews.com/b", "source": "AP", "text": "Talks stalled."},
        {"text": "Talks ended."}]))
    arts, bad = _read(path)
    assert not bad
    assert [a.source for a in arts] == ["reuters.com", "AP", None]
    [first, _, third] = list(read([path], source="Wire"))
    assert isinstance(first, Article) and first.source == "Wire"
    assert isinstance(third, Article) and third.source == "Wire"


# --- paths ----------------------------------------------------------------------------


def test_folder_recursive_skips_hidden_and_glob(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "news" / "sub")
    (tmp_path / "news" / ".draft.txt").write_text("A hidden draft about talks.")
    (tmp_path / "news" / ".cache").mkdir()
    (tmp_path / "news" / ".cache" / "copy.txt").write_text("Another hidden file.")
    arts, bad = _read(tmp_path / "news")
    assert not bad and len(arts) == N_FIXTURE_ARTICLES
    assert not any("/." in (a.origin or "") for a in arts)
    arts, bad = _read(str(tmp_path / "**" / "*.jsonl"))
    assert not bad and len(arts) == 3


def test_unknown_extensions_are_sniffed(tmp_path: Path) -> None:
    for name, new in (("president_ua.rss", "feed"), ("podoliak_corridors.html", "page.dat"),
                      ("kremlin_calls.jsonl", "dump.log")):
        shutil.copy(FIXTURES / name, tmp_path / new)
    arts, bad = _read(tmp_path)
    assert not bad
    assert sorted(a.origin.rsplit("/", 1)[1] for a in arts if a.origin) == [
        "dump.log:1", "dump.log:2", "dump.log:3", "feed#1", "feed#2", "page.dat"]


# --- bad inputs: yielded, named, and the run goes on -----------------------------------

GOOD = FIXTURES / "first_round.txt"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    arts, bad = _read(path, GOOD)
    assert [(b.origin, b.reason) for b in bad] == [(str(path), "not text (binary data)")]
    assert len(arts) == 1


def test_cp1252_file_is_read(tmp_path: Path, corpus: dict[str, dict]) -> None:
    rec = next(r for r in corpus.values() if "Israel Naftali Bennett" in r["title"])
    assert "–" in rec["text"]
    path = tmp_path / "bennett.txt"
    path.write_bytes(f"{rec['title']}\n\n{rec['text']}\n".encode("cp1252"))
    arts, bad = _read(path, GOOD)
    assert not bad
    assert arts[0].text == rec["text"] and arts[0].title == rec["title"]


def test_html_declaring_windows_1252(tmp_path: Path, corpus: dict[str, dict]) -> None:
    rec = next(r for r in corpus.values() if "Israel Naftali Bennett" in r["title"])
    page = _page(rec["title"], rec["text"], "2022-03-14").decode()
    page = page.replace("<head>", '<head><meta charset="iso-8859-1">')
    path = tmp_path / "bennett.html"
    path.write_bytes(page.encode("cp1252"))
    (art,), _ = _read(path)
    assert _same_text(art, rec)


def test_empty_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n")
    (tmp_path / "title_only.md").write_text("# A headline and nothing else\n")
    arts, bad = _read(tmp_path / "empty.txt", tmp_path / "blank.md",
                      tmp_path / "title_only.md", GOOD)
    assert [b.origin for b in bad] == [str(tmp_path / n)
                                       for n in ("empty.txt", "blank.md", "title_only.md")]
    assert all(b.reason.startswith("empty") for b in bad)
    assert len(arts) == 1


def test_broken_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News & views'
                    "</chan")
    arts, bad = _read(path, FIXTURES / "kremlin.atom")
    assert [b.origin for b in bad] == [str(path)]
    assert bad[0].reason.startswith("broken feed")
    assert len(arts) == 2


def _dump(tmp_path: Path, middle: str) -> Path:
    recs = [json.loads(line) for line in (FIXTURES / "kremlin_calls.jsonl").open()]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join([json.dumps(recs[0]), json.dumps(recs[1]), middle,
                               json.dumps(recs[2])]) + "\n")
    return path


def test_jsonl_line_without_text(tmp_path: Path) -> None:
    path = _dump(tmp_path, json.dumps({"title": "No body", "url": "https://example.org/x"}))
    arts, bad = _read(path)
    assert [b.origin for b in bad] == [f"{path}:3"]
    assert "'text'" in bad[0].reason
    assert [a.origin for a in arts] == [f"{path}:{n}" for n in (1, 2, 4)]


def test_jsonl_invalid_line(tmp_path: Path) -> None:
    path = _dump(tmp_path, '{"title": "Truncated", "text": "The sides agr')
    arts, bad = _read(path)
    assert [b.origin for b in bad] == [f"{path}:3"]
    assert bad[0].reason.startswith("invalid JSON")
    assert len(arts) == 3


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "news.jsonl"
    arts, bad = _read(missing, GOOD, str(tmp_path / "*.warc"))
    assert [(b.origin, b.reason) for b in bad] == [
        (str(missing), "no such file or directory"),
        (str(tmp_path / "*.warc"), "no file matches this pattern")]
    assert len(arts) == 1


def test_broken_gzip(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress((FIXTURES / "kremlin_calls.jsonl").read_bytes())[:-40])
    arts, bad = _read(path, GOOD)
    assert [b.origin for b in bad] == [str(path)]
    assert GOOD.name in (arts[-1].origin or "")


# --- dedup and the bundled corpus ------------------------------------------------------


def test_same_article_in_two_files_is_yielded_once(tmp_path: Path) -> None:
    (art,), _ = _read(GOOD)
    other = tmp_path / "copy.jsonl"
    other.write_text(json.dumps({"title": "Same text, other file", "text": art.text}) + "\n")
    arts, bad = _read(GOOD, other, GOOD)
    assert not bad
    assert [a.origin for a in arts] == [str(GOOD)]


def test_bundled_corpus() -> None:
    arts, bad = _read(BUNDLED_CORPUS)
    assert not bad
    # 1,796 records; two pairs share one text word for word (two brigade greetings, one
    # joint statement published twice), so their content hash is one article each.
    assert len(arts) == 1794
    first = arts[0]
    assert (first.title, first.published, first.source) == (
        "BRICS+ meeting", date(2022, 6, 24), "en.kremlin.ru")
    assert first.origin == f"{BUNDLED_CORPUS}:1"
    titles = {a.title for a in arts}
    assert "Telephone conversation with President of Turkey Recep Tayyip Erdogan" in titles
    assert all(a.published and a.source for a in arts)
