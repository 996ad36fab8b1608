"""The HTML report in a real headless Chromium: it renders, prints, runs no script and makes no request."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import lxml.html
import pytest

from factcheck import service
from factcheck.report import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
PAYLOAD = "<script>document.title='ran'</script><img src=x onerror=\"document.title='ran'\">"
PAGE_WIDTH, PAGE_HEIGHT = 1200, 1600


def chromium(tmp_path: Path, page: Path, *extra: str) -> tuple[str, list[str]]:
    """Run headless Chromium on a file; returns stdout and the http(s)/ws URLs the page itself requested."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    netlog = profile.with_suffix(".netlog.json")
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}", f"--log-net-log={netlog}",
        f"--window-size={PAGE_WIDTH},{PAGE_HEIGHT}", *extra, page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return done.stdout, page_requests(netlog)


def page_requests(netlog: Path) -> list[str]:
    """Network URLs started on behalf of a page (the browser's own update checks have no origin)."""
    text = netlog.read_text(encoding="utf-8", errors="replace")
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # Chromium may stop before closing the event list
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params") or {}
        if event["type"] == start_job and params.get("initiator") != "not an origin":
            if re.match(r"(https?|wss?|ftp)://", params.get("url", "")):
                urls.append(params["url"])
    return urls


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def report_page(demo, tmp_path) -> Path:
    """The demo report with verdicts (one note carrying markup and script) written as an HTML file."""
    db, ids, _ = demo
    service.set_verdict(db, ids["claim_short"], "verified", note=PAYLOAD, evidence="https://kremlin.example/t",
                        reviewer="ana")
    service.set_verdict(db, ids["claim_long"], "false", note="Planung, nicht Dauer", reviewer="bo")
    service.set_verdict(db, ids["quote_2"], "misleading", reviewer="ana")
    service.set_verdict(db, "xduration", "first_correct", reviewer="bo")
    page = tmp_path / "report.html"
    write_report(db, "html", page, include_all=True)
    return page


def test_detector_sees_requests_and_scripts_of_a_hostile_page(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text("<!DOCTYPE html><html><head><title>quiet</title>"
                    '<link rel="stylesheet" href="https://fonts.example/css"></head>'
                    f"<body>{PAYLOAD}</body></html>", encoding="utf-8")
    dom, requests = chromium(tmp_path, page, "--dump-dom")
    assert "<title>ran</title>" in dom
    assert "https://fonts.example/css" in requests


def test_report_runs_no_script_and_requests_nothing(report_page, tmp_path):
    dom, requests = chromium(tmp_path, report_page, "--dump-dom")
    assert requests == []
    tree = lxml.html.document_fromstring(dom)
    assert tree.findtext(".//title") == "Fact-check report: 6 statements"
    assert tree.xpath("//script|//img") == []
    text = tree.text_content()
    assert "<script>alert('x')</script>" in text
    assert "<script>document.title='ran'</script>" in text
    assert len(tree.xpath("//article[contains(@class, 'statement')]")) == 6


def test_report_screenshot(report_page, tmp_path):
    shot = tmp_path / "report.png"
    _, requests = chromium(tmp_path, report_page, f"--screenshot={shot}")
    assert requests == []
    assert png_size(shot) == (PAGE_WIDTH, PAGE_HEIGHT)
    assert shot.stat().st_size > 40_000  # a blank or unstyled page compresses far smaller


def test_report_prints_to_pdf(report_page, tmp_path):
    pdf = tmp_path / "report.pdf"
    _, requests = chromium(tmp_path, report_page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert requests == []
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert 1 <= pages <= 8
