"""The web page in a real browser: Debian's chromium, driven headless by Playwright."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason="Debian's chromium is not installed (make test installs it)",
    ),
]


@pytest.fixture(scope="module")
def page(live_server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(15000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(live_server + "/")
        yield page
        assert not errors, errors
        browser.close()


def _open_qatar(page: Any) -> None:
    """Search for the Qatar Red Crescent and open its profile (each test from a fresh page)."""
    page.fill("#search", "Qatar")
    page.wait_for_selector("#suggestions li")
    assert "Qatar Red Crescent Society" in page.inner_text("#suggestions li >> nth=0")
    page.click("#suggestions li >> nth=0")
    page.wait_for_selector("#details h2:has-text('Qatar Red Crescent Society')")


def test_search_profile_and_evidence(page: Any) -> None:
    _open_qatar(page)
    details = page.locator("#details")
    mou = details.locator(".rel", has_text="Turkmenistan").filter(has_text="agreement")
    assert mou.count() >= 1
    evidence = mou.first.locator("blockquote.evidence")
    assert "memorandum of understanding" in evidence.inner_text()
    assert evidence.locator("mark").count() >= 1
    assert evidence.locator("a[href^='/documents/']").count() == 1
    page.wait_for_function("cy.nodes().length > 5")
    if os.environ.get("RCGRAPH_SCREENSHOT") == "1":
        page.wait_for_timeout(500)
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))


def test_document_link_serves_the_text(page: Any, live_server: str) -> None:
    _open_qatar(page)
    page.wait_for_selector("#details blockquote.evidence a")
    href = page.locator("#details blockquote.evidence a").first.get_attribute("href")
    resp = page.request.get(live_server + href)
    assert resp.ok and "Qatar Red Crescent" in resp.text()


def test_path_finder_draws_the_path(page: Any) -> None:
    page.click("#tab-paths")
    page.fill("#path-from", "Qatar Red Crescent")
    page.fill("#path-to", "Syrian Arab Red Crescent")
    page.click("#find-path")
    page.wait_for_selector("#path-result h3")
    result = page.inner_text("#path-result")
    assert "Russian Red Cross Society" in result
    assert "memorandum of understanding" in result
    assert page.evaluate("cyPath.nodes().length") >= 3


def test_sparql_page_runs_a_query(page: Any) -> None:
    page.click("#tab-sparql")
    page.select_option("#examples", label="Officials of a society")
    page.click("#run")
    page.wait_for_selector("#results tbody tr")
    assert page.locator("#results tbody tr").count() >= 10
    assert "rows" in page.inner_text("#query-status")
    assert page.locator("a[href='/export?format=gexf']").count() == 1
