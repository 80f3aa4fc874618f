"""Published accuracy: the gold corpus scores above its floors, and README and the footer say today's figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dossier
from dossier.brief import html
from dossier.evaluate import evaluate, publish, read_batches
from dossier.vocab import data_path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
README = ROOT / "README.md"
# A figure may fall this far below its floor (rounding, a tie broken otherwise).
TOLERANCE = 0.01


@pytest.fixture(scope="module")
def seeds():
    return evaluate([GOLD / "seeds"])


@pytest.fixture(scope="module")
def devset():
    return evaluate([GOLD / "devset"])


@pytest.fixture(scope="module")
def heldout():
    return evaluate([GOLD / "heldout"])


@pytest.fixture(scope="module")
def unread():
    return publish.unread_report(GOLD / "heldout")


@pytest.fixture(scope="module")
def whole():
    return evaluate([GOLD / "seeds", GOLD / "devset"])


def test_every_gold_label_file_is_valid(whole, heldout):
    assert whole.problems == [] and heldout.problems == []
    held = GOLD / "heldout"
    in_batches = {p.stem for p in (held / "labels").glob("*.json") if any(b.holds(p.stem) for b in read_batches(held))}
    assert in_batches == {p.stem for p in (held / "labels").glob("*.json")}, "an article in no batch of heldout/batches.csv"
    assert whole.articles + heldout.articles == len(list(GOLD.glob("*/labels/*.json")))


def test_no_figure_drops_below_its_floor(whole):
    committed = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
    assert committed["floors"], "no floors committed"
    fallen = {
        key: (whole.figures[key]["value"], floor)
        for key, floor in committed["floors"].items()
        if whole.figures[key]["value"] is None or whole.figures[key]["value"] < floor - TOLERANCE
    }
    risen = {
        key: (whole.figures[key]["value"], ceiling)
        for key, ceiling in committed.get("ceilings", {}).items()
        if whole.figures[key]["value"] > ceiling
    }
    assert not fallen, f"figures (now, floor) below their floors in tests/gold/floors.json: {fallen}"
    assert not risen, f"counts (now, ceiling) above their ceilings in tests/gold/floors.json: {risen}"


def test_readme_accuracy_section_is_today(seeds, devset, heldout, unread):
    text = README.read_text(encoding="utf-8")
    block = text.split(publish.BEGIN, 1)[1].split(publish.END, 1)[0]
    # Compared apart from the assertion, so that pytest's report of a failure shows no held-out figure to whoever
    # writes rules (the held-out set is for measuring only).
    stale = block != "\n" + publish.section(seeds, devset, heldout, unread, GOLD / "heldout")
    assert not stale, "README's Accuracy section is stale: run `make accuracy`"
    assert f"Extractor version {dossier.EXTRACTOR_VERSION}" in block


def test_the_footer_line_states_the_held_out_figures_of_today(heldout, unread):
    data = json.loads(Path(data_path(publish.DATA_FILE)).read_text(encoding="utf-8"))
    stale = data != json.loads(json.dumps(publish.footer_data(heldout, unread)))  # apart, as above
    assert not stale, "data/accuracy.json is stale: run `make accuracy`"
    line = publish.accuracy_line(dossier.EXTRACTOR_VERSION)
    assert line.startswith(f"Measured accuracy of extractor version {dossier.EXTRACTOR_VERSION}")
    states_today = publish.headline(heldout) in line and "held-out" in line and publish.headline(unread) in line
    assert states_today, "the footer line does not state today's held-out figures: run `make accuracy`"
    assert "has not been measured" in publish.accuracy_line("older")


def test_the_footer_states_the_accuracy_escaped(seed_articles, monkeypatch):
    monkeypatch.setattr(html, "accuracy_line", lambda version: f"<b>measured</b> for {version}")
    p = html.Provenance.of("run", "now", {}, seed_articles)
    footer = html._env().get_template("footer.html.j2").render(p=p)
    assert f"&lt;b&gt;measured&lt;/b&gt; for {dossier.EXTRACTOR_VERSION}" in footer
    assert "<b>" not in footer
