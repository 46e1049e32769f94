"""The web pages in a real browser (Playwright driving Debian's Chromium, never a downloaded
browser): search and filter, open an article and read its highlights, the dyad chart and the
network drawn, the map's points, and hostile articles whose markup never runs.

Skipped, with the reason, where /usr/bin/chromium or the Playwright package is missing
(`make setup` installs both where it can). With EVENTDESK_WEB_SCREENSHOTS=DIR set, a
screenshot of each page is written to DIR (docs/img holds the ones in docs/web.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from web_fixtures import HOSTILE, XSS_FLAG, LiveServer, build_store

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (make setup does, as root) to run the browser tests")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (requirements.lock)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(pipeline, tmp_path_factory):
    from eventdesk.web import create_app

    root = build_store(pipeline, tmp_path_factory.mktemp("web-browser") / "store")
    with LiveServer(create_app(root)) as server:
        yield server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def _needs_vendor(part: str) -> None:
    from eventdesk.web.app import missing_vendor

    missing = missing_vendor(part)
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed in src/eventdesk/web/static/vendor (make setup installs them with npm)")


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("EVENTDESK_WEB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"web-{name}.png"), full_page=False)


def _column(page, index: int) -> list[str]:
    return page.locator(f"#events tbody tr td:nth-child({index})").all_inner_texts()


def test_browser_search_filter_and_open_an_article(page, site):
    page.goto(site + "/")
    everything = page.locator("#events tbody tr").count()
    assert everything > 20
    _screenshot(page, "search")
    page.fill("input[name=actor]", "PAK")
    page.select_option("select[name=quad_class]", "3")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*actor=PAK*")
    rows = page.locator("#events tbody tr").count()
    assert 0 < rows < everything
    sources, targets, quads = _column(page, 2), _column(page, 5), _column(page, 6)
    assert all("PAK" in (s[:3], t[:3]) for s, t in zip(sources, targets))
    assert set(quads) == {"3"}
    page.click("th a:text('Goldstein')")
    page.locator("#events tbody tr").first.locator("a.article-link").click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#article-text .k-trigger").count() > 0
    assert page.locator("#article-text .k-speaker").count() > 0


def test_browser_article_highlights_show_the_coded_fields(page, site):
    page.goto(site + "/articles/india_pakistan_loc_shelling")
    text = page.locator("#article-text")
    for kind in ("trigger", "actor", "place", "speaker", "cue", "content", "hedge"):
        assert text.locator(f".k-{kind}").count() > 0, f"no {kind} highlighted"
    trigger = text.locator(".k-trigger").first
    trigger.click()
    panel = page.locator("#panel")
    assert "CAMEO" in panel.inner_text() and "cameo" in panel.inner_text()
    place = text.locator(".k-place").first
    place.hover()
    title = place.get_attribute("title") or ""
    assert title.startswith("place of e") and place.inner_text().strip() in title  # the coded place, named
    assert page.locator("#contests .pair").count() > 0
    _screenshot(page, "article")


def _painted(page, selector: str) -> int:
    """How many pixels of a canvas are not blank."""
    return page.evaluate(
        """(selector) => { const c = document.querySelector(selector); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
           let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""",
        selector,
    )


def test_browser_dyad_chart_is_drawn(page, site):
    _needs_vendor("chart")
    page.goto(site + "/dyad?a=IND&b=PAK")
    page.wait_for_selector("#dyad-chart[data-drawn]")
    assert page.locator("#dyad-chart").get_attribute("data-drawn") == "5"  # four quad classes and the Goldstein line
    assert _painted(page, "#dyad-chart") > 1000
    _screenshot(page, "dyad")


def test_browser_network_is_drawn(page, site):
    _needs_vendor("network")
    page.goto(site + "/network")
    page.wait_for_selector("#network[data-nodes] canvas")
    assert int(page.locator("#network").get_attribute("data-nodes")) > 5
    page.wait_for_timeout(500)
    assert _painted(page, "#network canvas") > 1000
    _screenshot(page, "network")


def test_browser_map_draws_every_place(page, site):
    _needs_vendor("map")
    page.goto(site + "/map")
    page.wait_for_selector("#map[data-points]")
    expected = int(page.locator("#map-count").inner_text().split()[0])
    assert int(page.locator("#map").get_attribute("data-points")) == expected > 0
    assert page.locator("#map path.leaflet-interactive").count() == expected
    page.wait_for_selector("#map[data-outlines]")  # the country outlines, shipped with the app
    _screenshot(page, "map")
    page.goto(site + "/map?place=Atlantis")
    assert page.locator("#no-places").is_visible()


def test_browser_claims_page(page, site):
    page.goto(site + "/claims?hedged=true")
    rows = page.locator("#claims tbody tr")
    assert rows.count() > 0
    assert all(h.strip() for h in page.locator("#claims td.hedges").all_inner_texts())
    _screenshot(page, "claims")


def test_browser_hostile_articles_run_nothing(page, site):
    urls = [f"/articles/{a.id}" for a in HOSTILE] + ["/", "/?q=raid", "/claims", "/network", "/dyad?a=KEN&b=UGA"]
    for url in urls:
        page.goto(site + url)
        page.wait_for_load_state("load")
        for element in page.locator("#article-text .hl").all()[:5]:
            element.hover()
            element.click()
        assert page.evaluate(f"typeof window.{XSS_FLAG}") == "undefined", f"script from an article ran on {url}"
        assert page.locator("a[href^='javascript:' i]").count() == 0, url
        assert page.locator("#article-text script, #article-text img, #article-text iframe, h1 script, h1 svg").count() == 0, url
    assert page.dialogs == []
    page.goto(site + f"/articles/{HOSTILE[0].id}")
    assert page.locator("#article-title").inner_text() == HOSTILE[0].title, "the title is shown as the text it is"
    assert "<script>" in page.locator("#article-text").inner_text()
