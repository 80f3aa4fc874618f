"""notebooks/02_estimates.ipynb runs under papermill against the seeds and shows what it promises."""

from __future__ import annotations

import nbformat
import pytest

from conftest import NOTEBOOKS, execute_notebook, output_images, outputs_text

pytestmark = pytest.mark.notebook

CHARTS = ["estimates_claimants", "estimates_claims_over_time", "estimates_munitions", "estimates_troops_over_time"]


def test_notebook_is_committed_clean_with_its_parameters():
    nb = nbformat.read(NOTEBOOKS / "02_estimates.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    params = code[0]
    assert "parameters" in params.metadata.get("tags", [])
    for name in ("articles", "since", "until", "run_id", "output_dir", "categories"):
        assert f"{name}: str = " in params.source and "#" in params.source.split(f"{name}: str = ")[1].splitlines()[0]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_estimates_notebook_on_the_seeds(tmp_path):
    out = execute_notebook("02_estimates.ipynb", tmp_path, output_dir=str(tmp_path / "charts"))
    text = outputs_text(out)
    assert "14 figures in 5 of 5 articles" in text
    # The trace table shows each figure with its sentence and claimant.
    for words in ("an estimated 10,000", "approximately 13,000", "at least 148", "up to 70%", "more than 4,000",
                  "National Intelligence Service", "unattributed reports", "(the article itself)",
                  "replacing the more than 4,000 who"):
        assert words in text, words
    # Who claims what: NIS revised its troop figure (13,000 in July, 15,000 in October).
    assert "13,000 → 15,000" in text
    assert output_images(out) == 4
    assert sorted(p.stem for p in (tmp_path / "charts").glob("*.png")) == CHARTS
    assert len(list((tmp_path / "charts").glob("*.svg"))) == 4


def test_estimates_notebook_filters_categories_and_dates(tmp_path):
    out = execute_notebook("02_estimates.ipynb", tmp_path, categories="troops,casualties", since="2025-05-01")
    text = outputs_text(out)
    # Since May: 000 (Oct), 001 (Jul), 003 (May 10), 004 (Oct) -- four troop figures, no casualties, no munitions.
    assert "4 figures in 4 of 4 articles (categories: troops,casualties)" in text
    assert "at least 148" not in text and "some 14,000" not in text
    assert output_images(out) == 4  # charts with nothing to show say so rather than vanish


def test_unknown_category_fails_naming_the_known_ones(tmp_path):
    import papermill as pm

    with pytest.raises(pm.PapermillExecutionError, match="unknown categories.*troops"):
        execute_notebook("02_estimates.ipynb", tmp_path, categories="troopz")
