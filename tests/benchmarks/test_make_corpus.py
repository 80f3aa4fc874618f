"""The benchmark corpus generator: deterministic, distinct, readable, varied."""

from __future__ import annotations

import csv
import re
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus  # noqa: E402

N = 60


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    make_corpus.make_corpus(N, out)
    return out


@pytest.fixture(scope="module")
def articles(corpus):
    import dossier

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # generated articles must read cleanly
        # ... beside the generator's own hidden marker of a finished corpus, which is skipped with a count.
        warnings.filterwarnings("ignore", message=r".*hidden files or folders")
        return dossier.read_articles(corpus)


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.txt"))}


def test_same_n_same_bytes(corpus, tmp_path):
    make_corpus.make_corpus(N, tmp_path)
    assert _bytes(tmp_path) == _bytes(corpus)


def test_smaller_corpus_is_a_prefix(corpus, tmp_path):
    make_corpus.make_corpus(10, tmp_path)
    big = _bytes(corpus)
    assert _bytes(tmp_path) == {name: big[name] for name in sorted(big)[:10]}


def test_other_seed_other_articles(corpus, tmp_path):
    make_corpus.make_corpus(5, tmp_path, seed=1)
    assert set(_bytes(tmp_path).values()).isdisjoint(_bytes(corpus).values())


def test_every_article_read_back_distinct(articles):
    assert len(articles) == N
    assert articles["article_id"].is_unique
    rejected = articles.attrs["rejected"]
    assert rejected["reason"].str.startswith("skipped 1 hidden").all(), rejected  # only the corpus's marker


def test_read_back_keeps_metadata_and_body(articles, corpus):
    gen = make_corpus.Generator(0)
    assert articles["date_basis"].eq("front_matter").all()
    assert articles["published"].between("2024-01-01", "2026-12-31").all()
    for col in ("title", "source", "author"):
        assert articles[col].notna().all(), col
        assert articles[col].nunique() > 3, col
    # The reader keeps the body whole: no paragraph is mistaken for furniture or a heading.
    first = articles.set_index(articles["path"].map(lambda p: Path(p).name)).loc["000003.txt"]
    assert first["text"] == gen.body(3)
    assert first["headings"] is None or first["headings"] != first["headings"]


def test_size_about_five_kb(corpus):
    sizes = [p.stat().st_size for p in corpus.glob("*.txt")]
    assert 4000 < sum(sizes) / len(sizes) < 6000


def test_no_page_furniture_copied(articles):
    text = "\n".join(articles["text"])
    for furniture in ("SCROLL FOR NEXT", "View 0 comments", "Also Read", "Blue House"):
        assert furniture not in text


def test_figures_and_claimants_vary(articles):
    text = "\n".join(articles["text"])
    troops = set(re.findall(r"(\d{1,2},\d{3}) (?:North Korean )?(?:troops|soldiers)", text))
    assert len(troops) > 20
    claimants = set(re.findall(r"[Aa]ccording to (Ukrainian military intelligence|the Pentagon|South Korea’s National Intelligence Service|multiple reports)", text))
    assert len(claimants) >= 3
    # Years are context, not figures: they are never varied.
    assert "since taking power in 2012" in text or "in 2012" not in text


@pytest.mark.parametrize("slot_text, varied", [
    ("an estimated 10,000 troops", True),
    ("over 10 million rounds", True),
    ("up to 70% of the artillery", True),
    ("at least 148 KN-23 missiles", True),
    ("since taking power in 2012.", False),
    ("a KN-23 missile", False),
    ("the 80th anniversary", False),
    ("on August 13, during", False),
    ("Article 3 of the treaty", False),
])
def test_which_numbers_vary(slot_text, varied):
    p = make_corpus._template(slot_text, [(0, len(slot_text))])
    assert any(s.kind == "figure" for s in p.slots) is varied


def test_claimant_replaced_only_beside_a_figure():
    estimate = "According to South Korean intelligence, Pyongyang sent 13,000 troops."
    relay = "According to the state-run Korean Central News Agency (KCNA), Kim said he would win."
    assert [s.kind for s in make_corpus._template(estimate, [(0, len(estimate))]).slots] == ["claimant", "figure"]
    assert make_corpus._template(relay, [(0, len(relay))]).slots == ()


def test_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "mine.txt").write_text("analyst notes")
    with pytest.raises(FileExistsError):
        make_corpus.make_corpus(3, tmp_path)
    make_corpus.make_corpus(3, tmp_path, force=True)
    assert (tmp_path / "mine.txt").read_text() == "analyst notes"
    assert make_corpus.is_complete(tmp_path, 3) and not make_corpus.is_complete(tmp_path, 4)


def test_vocab_file_integrity():
    with open(make_corpus.VOCAB, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")]
    assert rows[0] == ["kind", "value", "extra"]
    body = rows[1:]
    assert all(len(r) == 3 and r[1] == r[1].strip() and r[1] for r in body)
    keys = [(k, v.casefold()) for k, v, _ in body]
    assert len(keys) == len(set(keys)), "duplicate vocabulary entries"
    kinds = {k for k, _ in keys}
    assert {"claimant", "outlet", "author", "speaker", "region", "hedge", "estimate", "quote", "title"} <= kinds
    # Every template renders with the fields the generator draws.
    gen = make_corpus.Generator(0)
    import random

    for kind in ("estimate", "quote", "title"):
        for template in gen.v[kind]:
            assert "{" not in template.format_map(gen._fields(random.Random(0)))
