"""The pages in a real browser: Debian's Chromium driven by Playwright against a real
uvicorn server (the session server of test_api.py, over ~150 coded corpus articles).

Screenshots of every page go to /tmp/detente-shots/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_api import TOKEN, brief_ready, client, live_server, web_db  # noqa: F401

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path("/tmp/detente-shots")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium "
                    "(apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server: str):  # noqa: F811
    context = browser.new_context(base_url=live_server, viewport={"width": 1300, "height": 900})
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    assert not tab.dialogs, f"a dialog fired: {tab.dialogs}"
    assert not errors, errors
    context.close()


def shot(tab, name: str, full: bool = True) -> None:
    tab.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def test_overview_chart_renders(page) -> None:
    page.goto("/")
    bars = page.locator("#timeline svg.chart rect")
    assert bars.count() > 20
    assert page.locator("#timeline svg.chart rect.q-mconf").count() > 0
    assert page.locator("#timeline svg.chart rect.q-vcoop").count() > 0
    box = page.locator("#timeline svg.chart").bounding_box()
    assert box and box["width"] > 800 and box["height"] > 150
    lines = page.locator("#index svg.chart polyline")
    assert lines.count() >= 3
    assert "RUS–UKR" in page.locator("#index table").inner_text()
    assert re.search(r"[\d,]+\s+events in period", page.locator(".stats").inner_text())
    tip = bars.first.locator("title").text_content() or ""
    assert re.search(r"\d{4}-\d{2}-\d{2} — (verbal|material) (cooperation|conflict): \d+", tip)
    shot(page, "overview")
    page.get_by_role("link", name="Last 30 days").click()
    assert "since=" in page.url and page.locator("#timeline svg.chart").count() == 1


def _rows(tab) -> list[str]:
    return tab.locator("#events-table tbody tr").all_inner_texts()


def _total(tab) -> int:
    return int(re.sub(r"\D", "", tab.locator("#total b").inner_text()))


def test_filters_change_the_table(page) -> None:
    page.goto("/events")
    everything, first_rows = _total(page), _rows(page)
    assert everything > 500 and len(first_rows) == 50
    page.fill("input[name=actor]", "ukr")
    page.select_option("select[name=type]", "ASSAULT")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"type=ASSAULT"))
    assert "actor=UKR" in page.url
    narrowed = _total(page)
    assert 0 < narrowed < everything
    types = page.locator("#events-table tbody tr td:nth-child(2) .chip").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    shot(page, "events-filtered")

    page.goto("/events?limit=25&q=ceasefire")
    assert all("ceasefire" in r.lower() for r in _rows(page))
    matching, first_page = _total(page), _rows(page)
    if matching > 25:
        page.locator("#next-page").click()
        page.wait_for_url(re.compile(r"cursor="))
        second = _rows(page)
        assert second and not set(second) & set(first_page)
        csv_href = page.locator("#dl-csv").get_attribute("href") or ""
        assert "cursor=" in csv_href and "q=ceasefire" in csv_href
        got = page.request.get(csv_href)
        assert got.ok and got.headers["content-type"].startswith("text/csv")
        assert len(got.text().strip().splitlines()) >= len(second) + 1
        js = page.request.get(page.locator("#dl-json").get_attribute("href") or "").json()
        assert len(js["items"]) == len(second)
    page.goto("/events")
    shot(page, "events", full=False)


def test_agreement_card_opens_its_history(page, client) -> None:  # noqa: F811
    page.goto("/agreements")
    cards = page.locator(".cards .card")
    assert cards.count() > 3
    shot(page, "agreements", full=False)
    board = client.get("/api/agreements").json()["items"]
    chosen = max(board, key=lambda a: sum(len(h["evidence"]) for h in a["history"]))
    page.locator(f".card h2 a[href^='/agreements/{chosen['id']}']").click()
    page.wait_for_url(re.compile(f"/agreements/{chosen['id']}"))
    assert page.locator("h1").inner_text() == chosen["title"]
    steps = page.locator("#history ol.timeline > li")
    assert steps.count() == len(chosen["history"]) > 0
    shot(page, "agreement")
    link = page.locator("#history ul.evidence a").first
    href = link.get_attribute("href") or ""
    assert re.match(r"^/articles/[0-9a-f]+#ev-[0-9a-f]+$", href)
    link.click()
    page.wait_for_url(re.compile(r"/articles/"))
    _assert_at_sentence(page, href.split("#", 1)[1])
    page.goto(f"/agreements/{chosen['id']}?as_of=2000-01-01")
    assert page.locator("h1").inner_text() == "404"


def _assert_at_sentence(tab, anchor: str) -> None:
    target = tab.locator(f"[id='{anchor}']")
    assert target.count() == 1
    mark = tab.locator(f"mark[id='{anchor}'], mark:has([id='{anchor}'])")
    assert mark.count() == 1 and mark.inner_text().strip()
    mark.wait_for(state="visible")
    box = mark.bounding_box()
    view = tab.viewport_size
    assert box and view and 0 <= box["y"] < view["height"], "the sentence is scrolled into view"


def test_article_view_highlights_every_event(page, client) -> None:  # noqa: F811
    events = client.get("/api/events", params={"type": "AGREE", "limit": 1}).json()["items"]
    article = client.get(f"/api/articles/{events[0]['article_id']}").json()
    page.goto(f"/articles/{article['id']}#ev-{events[0]['id']}")
    _assert_at_sentence(page, f"ev-{events[0]['id']}")
    for ev in article["events"]:
        assert page.locator(f"[id='ev-{ev['id']}']").count() == 1, ev["id"]
    assert page.locator("#article-text mark").count() >= len(
        {tuple(e["span"]) for e in article["events"]}) * 0.8
    shot(page, "article", full=False)


def test_brief_citation_opens_the_sentence(page) -> None:
    if not brief_ready():
        page.goto("/briefs")
        shot(page, "briefs")
        pytest.skip("detente.brief (compose/render) is not written yet")
    page.goto("/briefs")
    page.fill("input[name=since]", "2022-02-24")
    page.fill("input[name=until]", "2022-03-31")
    page.fill("input[name=actors]", "RUS,UKR")
    page.get_by_role("button", name="Compose").click()
    page.wait_for_url(re.compile(r"since=2022-02-24"))
    brief = page.locator("#brief")
    assert brief.inner_text().strip()
    shot(page, "briefs", full=False)
    cite = brief.locator("a[href*='/articles/']").first
    href = cite.get_attribute("href") or ""
    assert re.search(r"/articles/[0-9a-f]+#ev-[0-9a-f]+$", href), href
    md = page.request.get(page.locator("#dl-md").get_attribute("href") or "")
    assert md.ok and md.headers["content-type"].startswith("text/markdown")
    cite.click()
    page.wait_for_url(re.compile(r"/articles/"))
    _assert_at_sentence(page, href.split("#", 1)[1])


XSS_TITLE = 'Talks <img src=x onerror="alert(2)"> & <b>bold</b> "report"'
XSS_TEXT = (
    "<script>alert(1)</script>\n\nOn 5 March 2022 Russia and Ukraine agreed to a ceasefire "
    "around Mariupol to let civilians leave through a humanitarian corridor. "
    "Ukraine accused Russia of shelling the corridor. "
    "<img src=x onerror=alert(3)> The talks <a href=\"javascript:alert(4)\">continue</a>."
)


def test_ingest_shows_html_as_text(page) -> None:
    page.goto("/ingest")
    shot(page, "ingest")
    page.fill("input[name=title]", XSS_TITLE)
    page.fill("textarea[name=text]", XSS_TEXT)
    page.fill("input[name=published]", "2022-03-05")
    page.fill("input[name=source]", "<i>outlet</i>")
    page.fill("input[name=url]", "javascript:alert(5)")
    page.fill("input[name=token]", "wrong")
    page.get_by_role("button", name=re.compile("Ingest")).click()
    assert "wrong token" in page.locator("#ingest-error").inner_text().lower()
    assert page.locator("textarea[name=text]").input_value() == XSS_TEXT
    page.fill("input[name=token]", TOKEN)
    page.get_by_role("button", name=re.compile("Ingest")).click()
    report = page.locator("#ingest-report")
    report.wait_for(timeout=120_000)
    assert re.search(r"coded 1 into [1-9]\d* event", report.inner_text())
    link = report.get_by_role("link", name=XSS_TITLE)
    assert link.count() == 1
    shot(page, "ingest-report")
    link.click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert page.locator("#article-title").inner_text() == XSS_TITLE
    body = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(3)>" in body
    assert page.locator("#article-text script, #article-text img, #article-text a").count() == 0
    assert page.locator("mark").count() >= 1
    assert page.locator("a[href^='javascript']").count() == 0
    assert "javascript:alert(5)" in page.locator(".meta").inner_text()  # shown as text
    shot(page, "article-xss", full=False)
    article_id = page.url.rsplit("/", 1)[1]
    if brief_ready():
        page.goto(f"/briefs?article={article_id}")
        assert page.locator("#brief").count() == 1
        assert page.locator("a[href^='javascript'], #brief script, #brief img").count() == 0
        if "Talks" in page.locator("#brief").inner_text():
            assert XSS_TITLE in page.locator("#brief").inner_text()
    page.goto("/events?q=Mariupol")
    assert page.locator("#events-table").inner_text().count("Mariupol") >= 1
    page.goto("/agreements")
    page.goto("/")
    assert page.dialogs == []


def test_an_offered_truce_shows_its_term_but_no_days_left() -> None:
    """A 30-day ceasefire only proposed has not begun: the board gave it "29 days left"."""
    from datetime import date

    from detente.model import Agreement
    from detente.web.pages import _card

    offer = Agreement(title="30-day ceasefire UKR–RUS", kind="ceasefire",
                      declared=date(2025, 5, 10), duration_days=30, status="proposed")
    assert _card(offer, date(2025, 5, 11)).days_left is None
    held = Agreement(title="30-day ceasefire UKR–RUS", kind="ceasefire",
                     declared=date(2025, 5, 10), duration_days=30, status="in_force")
    assert _card(held, date(2025, 5, 11)).days_left == 29
