"""link_keys scores only pairs that share rare words: nearly all the links of scoring every pair, and no other."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from rapidfuzz import fuzz, process

from dossier.extractors.speech.quotes import link_keys
from dossier.text import fuzzy_links

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import exact_links  # noqa: E402 - the exact q-gram join, the reference
from link_keys import link_keys_quadratic, synthetic_keys  # noqa: E402 - scoring every pair; generated archives


def _co_grouped(label: np.ndarray) -> int:
    sizes = np.bincount(label)
    return int((sizes * (sizes - 1) // 2).sum())


def _recall_precision(exact: np.ndarray, found: np.ndarray) -> tuple[float, float]:
    """Of the pairs of keys in one group: the share of the exact ones found, and of the found ones exact."""
    both = _co_grouped(np.unique(exact * (len(found) + 1) + found, return_inverse=True)[1])
    return both / max(_co_grouped(exact), 1), both / max(_co_grouped(found), 1)


# --- the links of scoring every pair ---------------------------------------------------------------


@pytest.mark.parametrize("seed", [7, 8])
def test_finds_the_links_of_the_exact_method_on_generated_keys(seed):
    keys = synthetic_keys(5000, seed)
    exact = exact_links.components(keys, 90, partial_cutoff=95, min_words=6)
    found = fuzzy_links.components(keys, 90, partial_cutoff=95, min_words=6)
    recall, precision = _recall_precision(exact, found)
    assert _co_grouped(exact) > 500  # the keys link
    assert recall >= 0.99
    assert precision == 1.0  # every link is a pair scored at the cut-offs


def test_the_reference_is_scoring_every_pair():
    frame = pd.DataFrame({"article_id": "a", "quote_key": synthetic_keys(400, 3)})
    keys = sorted(set(frame["quote_key"]))
    head = dict(zip(frame["quote_key"], link_keys_quadratic(frame)["quote_key"]))
    expected = pd.factorize(pd.Series(keys).map(head))[0]
    assert (pd.factorize(exact_links.components(keys, 90))[0] == expected).all()
    assert len(set(expected)) < len(keys)


ODD = ["", " ", "a", "'", "!!!", "…", "— —", "народ дружба", "조선 평양의", "café naïve", "😀", "👍🏽",
       "ab", "ba", "x — y", "tab\there", "two  spaces"]


def test_links_only_pairs_that_score_at_the_cut_offs():
    rng = random.Random(5)
    keys = sorted(set(synthetic_keys(800, 5) + ODD + [k.upper() for k in rng.sample(synthetic_keys(800, 5), 50)]))
    found = fuzzy_links.components(keys, 90)
    exact = exact_links.components(keys, 90)
    assert _recall_precision(exact, found)[1] == 1.0


def test_a_crowd_of_keys_of_common_words_costs_a_bounded_number_of_pairs(monkeypatch):
    # Short statements drawn from a dozen words, all of them in hundreds of keys: the blocks are crowds.
    rng = random.Random(2)
    words = "the dprk will fully support just struggle of russia in defending its sovereignty".split()
    keys = sorted({" ".join(rng.choices(words, k=rng.randint(6, 12))) for _ in range(3000)})
    copy = keys[1500].split()
    copy[len(copy) // 2] = "sovereignity"
    near = " ".join(copy)
    assert near not in keys and fuzz.ratio(near, keys[1500]) >= 90
    scored, cpdist = {fuzz.ratio: 0, fuzz.partial_ratio: 0}, process.cpdist

    def counting(queries, choices, scorer, **kwargs):
        scored[scorer] += len(queries)
        return cpdist(queries, choices, scorer=scorer, **kwargs)

    monkeypatch.setattr(fuzzy_links.process, "cpdist", counting)
    label = fuzzy_links.components([*keys, near], 90)
    # Each key's rarest words, each read PER_ENTRY deep in two orders; its rarest word pairs, PAIR_CAP keys each.
    assert scored[fuzz.ratio] <= len(keys) * fuzzy_links.RARE_WORDS * 2 * fuzzy_links.PER_ENTRY
    assert scored[fuzz.partial_ratio] <= len(keys) * fuzzy_links.RARE_BIGRAMS * fuzzy_links.PAIR_CAP
    assert sum(scored.values()) < len(keys) ** 2 / 4
    assert label[-1] == label[1500]  # found in the crowd: it begins as its original does


# --- edges -----------------------------------------------------------------------------------------


def test_link_keys_edges():
    one = pd.DataFrame({"article_id": ["a"], "quote_key": ["only one"]})
    pd.testing.assert_frame_equal(link_keys(one), link_keys_quadratic(one))
    empty = pd.DataFrame({"article_id": pd.Series([], dtype=object), "quote_key": pd.Series([], dtype=object)})
    pd.testing.assert_frame_equal(link_keys(empty), link_keys_quadratic(empty))
    keys = synthetic_keys(300, 31)
    for threshold in (100, float("nan")):  # no link by ratio: the partial ratio's only
        found = fuzzy_links.components(keys, threshold)
        exact = exact_links.components(keys, threshold)
        assert _recall_precision(exact, found)[1] == 1.0
        assert 0 < _co_grouped(found) < _co_grouped(fuzzy_links.components(keys, 90))
    for threshold in (-1, 101):
        with pytest.raises(TypeError):
            fuzzy_links.components(keys, threshold)


# --- the rule, one case at a time -------------------------------------------------------------------


def _frame(*keys_and_articles: tuple[str, int]) -> pd.DataFrame:
    rows = [{"article_id": f"{key[:8]}-{a}", "quote_key": key} for key, n in keys_and_articles for a in range(n)]
    return pd.DataFrame(rows)


def _linked(frame: pd.DataFrame, a: str, b: str) -> bool:
    new = dict(zip(frame["quote_key"], link_keys(frame)["quote_key"]))
    return new[a] == new[b]


STATEMENT = "the dprk will fully support the just struggle of the russian army and people in defending its sovereignty"


def test_a_one_word_change_links():
    changed = STATEMENT.replace("struggle", "fight")
    other = "we will never forget the heroes of the kursk operation who gave their lives"
    frame = _frame((STATEMENT, 1), (changed, 1), (other, 1))
    assert fuzz.ratio(STATEMENT, changed) >= 90
    assert _linked(frame, STATEMENT, changed)
    assert not _linked(frame, STATEMENT, other)


@pytest.mark.parametrize("a, b", [("regions", "region"), ("russia", "russian"), ("kursk", "kursks")])
def test_one_word_keys_link_by_their_characters(a, b):
    others = ["regime", "reason", "kurs", "kursk region", "moscow"]
    frame = _frame((a, 1), (b, 1), *((c, 1) for c in others))
    assert fuzz.ratio(a, b) >= 90
    assert _linked(frame, a, b)
    assert link_keys(frame)["quote_key"].nunique() == len(others) + 1


def test_a_partial_quote_of_six_words_links_to_the_statement():
    part = "fully support the just struggle of"
    assert len(part.split()) == 6 and fuzz.ratio(part, STATEMENT) < 90 and fuzz.partial_ratio(part, STATEMENT) >= 95
    assert _linked(_frame((STATEMENT, 1), (part, 1)), part, STATEMENT)


def test_a_partial_quote_of_five_words_does_not_link_by_partial_ratio():
    part = "support the just struggle of"
    assert len(part.split()) == 5 and fuzz.ratio(part, STATEMENT) < 90 and fuzz.partial_ratio(part, STATEMENT) == 100
    assert not _linked(_frame((STATEMENT, 1), (part, 1)), part, STATEMENT)


def test_links_chain():
    a = "we shall never give up now"
    b = "we shall never gave up now"
    c = "we shell never gave up how"
    assert fuzz.ratio(a, b) >= 90 and fuzz.ratio(b, c) >= 90 and fuzz.ratio(a, c) < 90
    frame = _frame((a, 1), (b, 1), (c, 1))
    assert _linked(frame, a, c)
    assert link_keys(frame)["quote_key"].nunique() == 1


def test_the_group_takes_the_key_of_most_articles_then_the_longest():
    short = STATEMENT.replace("struggle", "fight")  # shorter than STATEMENT
    assert len(short) < len(STATEMENT) and fuzz.ratio(short, STATEMENT) >= 90
    more_articles = link_keys(_frame((STATEMENT, 1), (short, 3)))
    assert set(more_articles["quote_key"]) == {short}
    as_many = link_keys(_frame((STATEMENT, 2), (short, 2)))
    assert set(as_many["quote_key"]) == {STATEMENT}
    same_length = STATEMENT.replace("struggle", "strugglx")
    assert len(same_length) == len(STATEMENT) and same_length > STATEMENT
    assert set(link_keys(_frame((STATEMENT, 2), (same_length, 2)))["quote_key"]) == {same_length}


def test_components_labels_each_key_with_its_groups_first_index():
    keys = ["we shall never give up now", "we shall never gave up now", "zzz", "we shell never gave up how"]
    assert fuzzy_links.components(keys, 90).tolist() == [0, 0, 2, 0]
