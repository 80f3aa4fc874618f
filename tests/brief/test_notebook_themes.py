"""notebooks/04_rhetoric_themes.ipynb runs as the brief runs it, with the packaged lexicon and with an analyst's own."""

from __future__ import annotations

import nbformat
import pytest
from conftest import NOTEBOOKS, execute_notebook, output_images, outputs_text

NAME = "04_rhetoric_themes.ipynb"
CHARTS = ["themes_by_article", "themes_by_voice", "themes_over_time", "themes_by_actor", "tone_by_voice"]


@pytest.fixture(scope="module")
def default_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("themes_default")
    nb = execute_notebook(NAME, out, output_dir=str(out / "charts"))
    return nb, out / "charts"


@pytest.fixture(scope="module")
def custom_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("themes_custom")
    lexicon = out / "mine.csv"
    lexicon.write_text("theme,term,notes\ndrones,drone,\ndrones,anti-aircraft,\nsolidarity,solidarity,\n", encoding="utf-8")
    return execute_notebook(NAME, out, lexicon=str(lexicon)), lexicon


def test_committed_notebook_is_clean_and_parameterised():
    nb = nbformat.read(NOTEBOOKS / NAME, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    for name in ("articles: str", "since: str", "until: str", "run_id: str", "output_dir: str", "lexicon: str"):
        assert name in code[0].source
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert not any(line.lstrip().startswith(("def ", "class ")) for c in code for line in c.source.splitlines())
    assert nb.metadata.kernelspec.name == "python3"


def test_default_lexicon_run_shows_every_chart_and_the_seed_themes(default_run):
    nb, charts = default_run
    text = outputs_text(nb)
    assert output_images(nb) == len(CHARTS)
    assert sorted(p.stem for p in charts.glob("*.png")) == sorted(CHARTS)
    assert "5 articles; lexicon: packaged data/themes.csv (11 themes" in text
    # Themes by their labels, not their identifiers.
    for theme in ("Fraternity forged in blood", "A multipolar world order", "Against hegemony and imperialism",
                  "Heroism and sacrifice", "Sovereignty and security"):
        assert theme in text
    assert "fraternity_blood" not in text and "multipolar_order" not in text
    # the strongest fraternity example is Kim's "militant fraternity ... precious blood", shown whole
    assert "The years of militant fraternity, in which a guarantee has been provided" in text
    assert "Kim Jong Un" in text and "Korean Central News Agency" in text


def test_example_sentences_are_shown_as_a_table(default_run):
    nb, _ = default_run
    html = [o["data"]["text/html"] for c in nbformat.read(nb, as_version=4).cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    examples = [h for h in html if "<table" in h and "precious blood" in h and "Kim Honors North Korean Deployment" in h]
    assert examples


def test_custom_lexicon_run_shows_only_its_themes(custom_run):
    nb, lexicon = custom_run
    text = outputs_text(nb)
    assert f"lexicon: {lexicon} (2 themes, 3 terms)" in text
    assert "drones" in text and "solidarity" in text
    assert "fraternity_blood" not in text and "multipolar_order" not in text
    assert output_images(nb) == len(CHARTS)
    # "jointly developed drones, and anti-aircraft systems" (002), "drones and anti-aircraft missile technology" (003)
    assert "jointly developed drones" in text and "anti-aircraft missile technology" in text
