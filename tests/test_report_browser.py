"""The report in a real browser: headless Chromium (Debian's ``chromium``) driven by Playwright.

Skips, saying why, when Playwright or the browser is missing (``.ci/run`` installs both
where it can; the suite must pass without them).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from cleantext import cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("CLEANTEXT_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed "
                                   "(pip install -e '.[test]')")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception as exc:  # a browser that does not start is a missing browser here
            pytest.skip(f"Chromium at {executable} does not start: {exc}")
        yield browser
        browser.close()


def test_report_renders_and_filters_in_chromium(browser, tmp_path):
    out = tmp_path / "report.html"
    assert cli.main(["report", str(FIXTURES), "--glob", "*.input.txt,*.input.html", "--out", str(out),
                     "--no-progress"]) == 0
    page = browser.new_page(viewport={"width": 1200, "height": 1600})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(out.as_uri())

    chart = page.locator("svg.chart")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50
    assert page.locator("svg.chart rect").count() >= 5
    rows = page.locator("table.docs tbody tr")
    cases = list(FIXTURES.glob("*.input.txt")) + list(FIXTURES.glob("*.input.html"))
    assert rows.count() == len(cases)
    assert rows.first.is_visible()

    # the first document in the table links to its section
    first = rows.first.locator("td:nth-child(2) a")
    target = first.get_attribute("href")
    first.click()
    assert page.locator(f"section{target}").is_visible()

    # a category filter hides that category's removed lines and only them
    label = page.locator("nav.filters label[data-category]").first
    category = label.get_attribute("data-category")
    css = "c" + category.encode().hex()
    removed = page.locator(f".documents .l.r.{css}")
    others = page.locator(f".documents .l.r:not(.{css})")
    assert removed.count() > 0 and removed.first.is_visible()
    visible_others = sum(others.nth(i).is_visible() for i in range(min(others.count(), 20)))
    label.click()
    assert not page.locator(f"#f-{css}").is_checked()
    assert all(not removed.nth(i).is_visible() for i in range(removed.count()))
    assert sum(others.nth(i).is_visible() for i in range(min(others.count(), 20))) == visible_others
    page.screenshot(path=str(tmp_path / "report-filtered.png"), full_page=False)
    label.click()
    assert removed.first.is_visible()

    # hiding kept lines leaves removed ones
    page.locator('label[for="f-kept"]').click()
    assert not page.locator(".documents .l.k").first.is_visible()
    assert removed.first.is_visible()

    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert errors == []
    assert all(url.startswith("file:") for url in requests), requests  # nothing fetched
    page.close()


def test_hostile_report_runs_no_script_in_chromium(browser, tmp_path):
    page_text = ("Council votes on the budget\n\n<script>window.__pwned = 1</script>\n\n"
                 '"><img src=x onerror="window.__pwned = 2">\n\n'
                 "The council approved the new library budget on Tuesday after a long debate about hours.\n")
    src = tmp_path / "hostile.txt"
    src.write_text(page_text, encoding="utf-8")
    html = tmp_path / "hostile.html"
    html.write_text("<html><body><script>window.__pwned = 3</script><p>The council approved the new library "
                    "budget on Tuesday after a long debate about opening hours and books.</p>"
                    "<p>&lt;img src=x onerror=&quot;window.__pwned = 4&quot;&gt;</p></body></html>", encoding="utf-8")
    out = tmp_path / "report.html"
    assert cli.main(["report", str(src), str(html), "--out", str(out), "--no-progress"]) == 0
    page = browser.new_page()
    page.goto(out.as_uri())
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0
    assert "window.__pwned = 1" in page.locator("body").inner_text()
    page.close()
