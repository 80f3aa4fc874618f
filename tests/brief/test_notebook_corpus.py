"""notebooks/01_corpus.ipynb runs under papermill against the seeds and shows what it promises."""

from __future__ import annotations

import json

import nbformat
import pytest

from conftest import NOTEBOOKS, execute_notebook, output_images, outputs_text

pytestmark = pytest.mark.notebook


def test_committed_notebooks_are_clean_and_parameterised():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert "parameters" in code[0].metadata.get("tags", []), f"{path.name}: first code cell is not tagged parameters"
        assert all(not c.outputs and c.execution_count is None for c in code), f"{path.name} is committed with outputs"
        assert not any(line.lstrip().startswith(("def ", "class ")) for c in code for line in c.source.splitlines()), (
            f"{path.name} defines functions: logic belongs in lib/dossier"
        )


def test_corpus_notebook_on_the_seeds(tmp_path):
    out = execute_notebook("01_corpus.ipynb", tmp_path, output_dir=str(tmp_path / "charts"))
    text = outputs_text(out)
    assert "5 articles" in text and "0 file(s) not read" in text
    assert "Kim Honors North Korean Deployment to Kursk in Ceremony" in text
    assert output_images(out) == 2
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == [
        "corpus_article_lengths.png", "corpus_article_lengths.svg", "corpus_articles_over_time.png", "corpus_articles_over_time.svg",
    ]


def test_corpus_notebook_filters_by_date(tmp_path):
    out = execute_notebook("01_corpus.ipynb", tmp_path, since="2025-07-01", until="2025-10-10")
    text = outputs_text(out)
    # 001 (2025-07-13) and 004 (2025-10-07) fall in the window; 000 (2025-10-24) does not.
    assert "2 articles" in text
    assert "Kim Honors" not in text


def test_corpus_notebook_reports_rejected_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("North Korea sent about 11,000 soldiers to Kursk, officials in Seoul said on Monday.\n")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    out = execute_notebook("01_corpus.ipynb", tmp_path, articles=str(folder))
    text = outputs_text(out)
    assert "1 articles" in text and "1 file(s) not read" in text
    assert "binary file" in text


def test_load_from_a_store_rematches_themes_with_a_given_lexicon(seeds_dir, tmp_path):
    from dossier import cli
    from dossier.notebook import load

    assert cli.main(["extract", str(seeds_dir), "--out", str(tmp_path / "store"), "--format", "parquet", "-q"]) == 0
    lexicon = tmp_path / "mine.csv"
    lexicon.write_text("theme,term,notes\nyacht,yacht,Kim's boat\n")
    packaged = load(tmp_path / "store")
    mine = load(tmp_path / "store", lexicon=lexicon)
    assert "fraternity_blood" in set(packaged.themes["theme"])
    assert set(mine.themes["theme"]) == {"yacht"} and len(mine.themes) == 1
    assert set(mine.theme_rates["theme"]) == {"yacht"}
