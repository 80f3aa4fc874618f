"""notebooks/03_kcna_quotes.ipynb runs on the seeds, with and without a speaker, and shows what they say."""

from __future__ import annotations

import nbformat
import pytest
from conftest import NOTEBOOKS, execute_notebook, output_images, outputs_text

NAME = "03_kcna_quotes.ipynb"
CHARTS = {"kcna_quotes_over_time", "quote_channels_by_speaker", "repeated_quotes", "quote_relays", "kcna_quote_vocabulary"}


@pytest.fixture(scope="module")
def run_all(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("quotes_all")
    nb = execute_notebook(NAME, out, articles=str(seeds_dir), output_dir=str(out / "charts"))
    return nb, out / "charts"


@pytest.fixture(scope="module")
def run_kim(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("quotes_kim")
    return execute_notebook(NAME, out, articles=str(seeds_dir), speaker="Kim")


def test_defaults_show_every_quote_with_its_medium(run_all, seed_quotes_counts):
    nb, _ = run_all
    text = outputs_text(nb)
    total, kcna = seed_quotes_counts
    assert f"5 articles, {total} quotes in all; {total} quotes of every speaker: {kcna} relayed by KCNA, " in text
    assert "by DPRK state media of any kind" in text and "by other DPRK state media, named or not" in text
    for expected in ("Our participation in the conflict was just", "epicenter of aggression", "Volodymyr Zelensky",
                     "UN Secretary-General", "via KCNA", "named earlier in the paragraph", "according to KCNA"):
        assert expected in text
    # The treaty speaks in a table of its own, as a document, not in the speaker chart.
    assert "immediate bilateral consultations" in text and ">document<" in text
    assert output_images(nb) == 5


def test_charts_are_saved_to_output_dir(run_all):
    _, charts = run_all
    assert {p.stem for p in charts.glob("*.png")} == CHARTS
    assert {p.stem for p in charts.glob("*.svg")} == CHARTS


def test_vocabulary_of_kcna_quotes(run_all):
    text = outputs_text(run_all[0])
    assert "precious blood" in text and "great heyday" in text  # recurring phrases of Kim's relayed words


def test_speaker_parameter_keeps_only_that_speaker(run_kim, seed_quotes_counts):
    text = outputs_text(run_kim)
    assert "of Kim Jong Un:" in text
    assert "Our participation in the conflict was just" in text
    assert "epicenter of aggression" not in text and "Volodymyr Zelensky" not in text
    assert output_images(run_kim) == 5


def test_committed_notebook_is_clean_and_parameterised():
    nb = nbformat.read(NOTEBOOKS / NAME, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    for name in ("articles", "since", "until", "run_id", "output_dir", "speaker"):
        assert f"{name}: str = " in code[0].source
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert not any("def " in c.source or "class " in c.source for c in code)


@pytest.fixture(scope="module")
def seed_quotes_counts(seed_articles, seed_sentences):
    from dossier.extractors.speech.quotes import quotes

    q = quotes(seed_sentences, seed_articles)
    return len(q), int(q["via_kcna"].sum())
