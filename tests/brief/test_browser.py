"""The brief in a real browser: Debian's headless Chromium, with the network off.

The index and a notebook page must load without a console error and render
something (the screenshot is not one flat colour).  Every page of the seed
brief, all notebooks run, reads as a brief: no NaN, no count with ".0", no
theme identifier where a label exists (``page_checks.problems``).  Skipped where chromium is
not installed; ``.ci/run`` installs it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from dossier.brief.build import build_brief, find_notebooks
from page_checks import problems

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Off the network: no background fetches, and every request sent to a closed port.
OFFLINE = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--hide-scrollbars",
    "--window-size=1200,1600",
    "--enable-logging=stderr",
    "--v=0",
]
# Lines chromium logs for a page's own errors and failed loads.
# The brief's pages have no script, so any console message at all is suspect.
CONSOLE_ERRORS = ("Uncaught", ":CONSOLE", "net::ERR_", "Failed to load resource", "Refused to")


@pytest.fixture(scope="module")
def chromium():
    if CHROMIUM is None:
        pytest.skip("chromium is not installed: apt-get install chromium (Debian) to run the browser test")
    return CHROMIUM


@pytest.fixture(scope="module")
def corpus_brief(chromium, tmp_path_factory, seeds_dir):
    notebooks = tmp_path_factory.mktemp("notebooks")
    # One notebook with charts and tables keeps this test short.
    first = find_notebooks()[0]
    shutil.copy(first, notebooks / first.name)
    return build_brief([seeds_dir], out=tmp_path_factory.mktemp("briefs"), notebooks=notebooks)


@pytest.fixture(scope="module")
def seed_brief(chromium, tmp_path_factory, seeds_dir):
    """The seed brief with every notebook."""
    return build_brief([seeds_dir], out=tmp_path_factory.mktemp("full-brief"))


def _errors(log: str) -> list[str]:
    return [line for line in log.splitlines() if any(mark in line for mark in CONSOLE_ERRORS)]


def _render(page: Path, tmp: Path) -> tuple[np.ndarray, str]:
    shot = tmp / f"{page.stem}.png"
    proc = subprocess.run(
        [CHROMIUM, *OFFLINE, f"--user-data-dir={tmp / 'profile'}", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    import matplotlib.image

    return matplotlib.image.imread(shot), proc.stderr


@pytest.mark.parametrize("which", ["index", "notebook"])
def test_page_loads_offline_without_errors_and_renders(corpus_brief, tmp_path, which):
    page = corpus_brief.index if which == "index" else corpus_brief.pages[0]
    pixels, log = _render(page, tmp_path)
    errors = _errors(log)
    assert not errors, "\n".join(errors)
    assert pixels.shape[0] >= 1000 and pixels.shape[1] >= 1000
    rgb = pixels[..., :3].reshape(-1, 3)
    # Not blank: many colours, and a good share of the page is not background.
    assert len(np.unique(rgb, axis=0)) > 50
    background = np.all(rgb == rgb[0], axis=1).mean()
    assert background < 0.97


def test_console_errors_are_seen(chromium, tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<html><body><p>broken</p><script>notDefined();</script></body></html>", encoding="utf-8")
    _, log = _render(page, tmp_path)
    assert any("notDefined" in line for line in _errors(log))


def test_every_page_of_the_seed_brief_reads_as_a_brief(seed_brief, tmp_path):
    pages = [seed_brief.index, *seed_brief.pages]
    assert len(seed_brief.pages) == len(find_notebooks())
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert problems(html) == [], page.name
        _, log = _render(page, tmp_path)
        errors = _errors(log)
        assert not errors, f"{page.name}: " + "\n".join(errors)
    index = seed_brief.index.read_text(encoding="utf-8")
    assert 'id="claims"' in index and "Who claims what" in index
