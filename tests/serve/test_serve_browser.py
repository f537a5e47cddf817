"""Browser tests: real headless Chromium (Debian's) over the DevTools Protocol, against a uvicorn server."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                                 reason="chromium is not installed (apt-get install -y chromium chromium-driver)")]
Browser = Any  # tarikh_serve_browser_cdp.Browser, loaded by the conftest

OUT = Path(__file__).resolve().parents[2] / "test-output" / "serve"


def security_errors(b: Browser) -> list[str]:
    return [x for x in b.logs if "Content Security Policy" in x or x.startswith("exception")]


def test_every_page_opens_without_errors(browser: Browser, live_server: dict[str, Any]) -> None:
    base, e, s = live_server["url"], live_server["entities"], live_server["sources"]
    pages = {"overview": "/", "sources": "/sources", "reader": f"/sources/{s['alpha.txt']}",
             "entities": "/entities", "entity": f"/entities/{e['army']}", "place": f"/entities/{e['korvan']}",
             "timeline": "/timeline", "map": "/map", "network": "/network", "conflicts": "/conflicts",
             "search": "/search?q=Korvan", "upload": "/upload", "xss": f"/sources/{s['evil.txt']}"}
    for name, path in pages.items():
        browser.logs.clear()
        browser.goto(base + path)
        if name == "timeline":
            browser.wait_for("document.querySelectorAll('#timeline .vis-item').length >= 2")
        if name == "map":
            browser.wait_for("document.querySelectorAll('#map path').length > 50")  # countries and the pin
        if name == "network":
            browser.wait_for("document.querySelector('#network canvas') !== null")
            time.sleep(1.0)
        browser.screenshot(OUT / f"{name}.png")
        assert not security_errors(browser), (name, browser.logs)
        assert browser.eval("document.title").endswith("tarikh")
    # the script tags in the hostile source never ran, and the text shows them literally
    browser.goto(base + f"/sources/{s['evil.txt']}")
    assert browser.eval("document.querySelectorAll('#text img, #text script').length") == 0
    assert "<script>alert('pwned')</script>" in browser.eval("document.getElementById('text').textContent")


def test_entity_claim_leads_to_the_source_sentence(browser: Browser, live_server: dict[str, Any]) -> None:
    base, e = live_server["url"], live_server["entities"]
    browser.goto(f"{base}/entities/{e['army']}")
    href = browser.eval("Array.from(document.querySelectorAll('a.quote')).find(a => a.textContent.includes"
                        "('25,000')).getAttribute('href')")
    assert "#c-" in href
    browser.eval("Array.from(document.querySelectorAll('a.quote')).find(a => a.textContent.includes('25,000'))"
                 ".click()")
    browser.wait_load(base + href.split("#")[0])
    active = browser.wait_for("Array.from(document.querySelectorAll('mark.q.active')).map(m => m.textContent)"
                              ".join('')")
    assert "numbered about 25,000 men" in active
    assert browser.eval("location.hash") == "#" + href.split("#")[1]
    # the highlighted quote is on screen
    top = browser.eval("document.querySelector('mark.q.active').getBoundingClientRect().top")
    assert 0 <= top <= browser.eval("window.innerHeight")
    assert browser.eval("document.querySelector('li.claim.active') !== null")
    browser.screenshot(OUT / "claim-in-source.png")


def test_type_a_question_and_see_the_answer(browser: Browser, live_server: dict[str, Any]) -> None:
    base = live_server["url"]
    browser.goto(base + "/")
    browser.eval("document.getElementById('ask-q').focus()")
    browser.send("Input.insertText", {"text": "How many soldiers did the Valdorian Army have in 1923?"})
    for kind in ("keyDown", "keyUp"):
        browser.send("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                                "windowsVirtualKeyCode": 13, "text": "\r"})
    browser.wait_for("location.pathname === '/ask' && document.readyState === 'complete' && "
                     "document.querySelectorAll('.answer').length >= 2")
    vals = browser.eval("Array.from(document.querySelectorAll('.answer .val')).map(v => v.textContent)")
    assert vals[:2] == ["40,000 soldiers", "25,000 men"]
    assert "Sources disagree" in browser.eval("document.getElementById('disagree').textContent")
    assert browser.eval("document.getElementById('ask-q').value").startswith("How many soldiers")
    browser.screenshot(OUT / "ask.png", full=True)
    assert not security_errors(browser), browser.logs
    browser.eval("document.querySelector('.answer a.quote').click()")
    browser.wait_for("location.pathname.startsWith('/sources/') && document.readyState === 'complete' && "
                     "document.querySelector('mark.q.active') !== null")
    assert "40,000 soldiers" in browser.eval("Array.from(document.querySelectorAll('mark.q.active'))"
                                             ".map(m => m.textContent).join('')")


def test_upload_a_file_and_see_it_built(browser: Browser, live_server: dict[str, Any], tmp_path: Path) -> None:
    doc = tmp_path / "harbour notes.txt"
    doc.write_text("The harbour of Selmet opened on 2 June 1887. Traders from Selmet sailed south.\n",
                   encoding="utf-8")
    bad = tmp_path / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    browser.goto(live_server["url"] + "/upload")
    browser.set_files("#file", [str(doc), str(bad)])
    browser.click("#file-form button")
    browser.wait_for("document.querySelectorAll('#jobs li[data-status=done], #jobs li[data-status=failed]')"
                     ".length == 2", timeout=90)
    texts = browser.eval("Array.from(document.querySelectorAll('#jobs li')).map(li => li.getAttribute('data-status')"
                         " + ' ' + li.textContent)")
    browser.screenshot(OUT / "upload.png")
    done = [t for t in texts if "harbour" in t][0]
    failed = [t for t in texts if "picture" in t][0]
    assert done.startswith("done"), texts
    assert failed.startswith("failed") and "PNG" in failed, texts
    browser.click("#jobs li[data-status=done] a")
    browser.wait_for("document.querySelector('#text') && document.querySelector('#text').textContent"
                     ".includes('harbour of Selmet')")
