"""Shared fixtures: the seed corpus, its frames, running notebooks with papermill, and one sentence's themes."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
NOTEBOOKS = ROOT / "notebooks"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles():
    import dossier

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the seeds must read without a single warning
        return dossier.read_articles(SEEDS)


@pytest.fixture(scope="session")
def seed_ids(seed_articles) -> dict[str, str]:
    """Seed number ("000" ... "004") to article_id."""
    return {Path(p).name[:3]: aid for p, aid in zip(seed_articles["path"], seed_articles["article_id"])}


@pytest.fixture(scope="session")
def seed_sentences(seed_articles):
    import dossier

    return dossier.sentences(seed_articles)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """The seeds extracted into a Parquet store (read it; write into a store of your own)."""
    from dossier.scale.run import run_extract

    out = tmp_path_factory.mktemp("seed-store")
    run_extract([SEEDS], out=out, fmt="parquet")
    return out


def execute_notebook(name: str, out_dir: Path, **parameters) -> Path:
    """Execute ``notebooks/<name>`` with papermill, as the brief does; returns the executed copy."""
    import papermill as pm

    out = Path(out_dir) / name
    pm.execute_notebook(
        str(NOTEBOOKS / name),
        str(out),
        parameters=parameters,
        cwd=str(NOTEBOOKS),
        kernel_name="python3",
        progress_bar=False,
    )
    return out


def outputs_text(nb_path: Path) -> str:
    """Every text output of an executed notebook, joined: what a reader of it sees."""
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if "text" in out:
                parts.append(out["text"])
            for mime in ("text/plain", "text/html", "text/markdown"):
                if mime in out.get("data", {}):
                    parts.append(out["data"][mime])
    return "\n".join(parts)


def output_images(nb_path: Path) -> int:
    """How many images (charts) an executed notebook shows."""
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    return sum("image/png" in out.get("data", {}) or "image/svg+xml" in out.get("data", {}) for c in nb.cells for out in c.get("outputs", []))


# More articles than a per-article chart has rows (dossier.plots.MAX_ROWS), from several outlets.
WIDE = 60


@pytest.fixture(scope="session")
def wide_corpus(tmp_path_factory) -> Path:
    """A generated corpus of WIDE articles (benchmarks/make_corpus.py)."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import make_corpus

    out = tmp_path_factory.mktemp("wide")
    make_corpus.make_corpus(WIDE, out)
    return out


@pytest.fixture(scope="session")
def wide_store(wide_corpus, tmp_path_factory) -> Path:
    """The wide corpus extracted into a Parquet store."""
    from dossier.scale.run import run_extract

    out = tmp_path_factory.mktemp("wide-store")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_extract([wide_corpus], out=out, fmt="parquet")
    return out


@pytest.fixture
def themes_of():
    """The themes of one sentence standing alone as an article, with no quotes (reporting voice)."""
    import pandas as pd

    from dossier import schema
    from dossier.extractors.rhetoric.themes import themes

    def sentence_themes(text: str) -> set[str]:
        sentences = schema.conform(
            pd.DataFrame({"article_id": ["a1"], "paragraph": [0], "sentence": [0], "start": [0], "end": [len(text)], "text": [text]}),
            "sentences",
        )
        return set(themes(sentences, schema.empty("quotes"))["theme"])

    return sentence_themes
