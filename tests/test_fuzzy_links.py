"""link_keys without scoring every pair: the links of scoring every pair (99 % or more), and the rule it keeps."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from rapidfuzz import fuzz, process

from dossier.extractors.quotes import link_keys
from dossier.text import fuzzy_links

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from link_keys import link_keys_quadratic  # noqa: E402 - the former link_keys, the reference
from link_keys import synthetic_keys as bench_keys  # noqa: E402


# --- seeded inputs that exercise every bound ----------------------------------------------------

WORDS = (
    "the dprk will fully support just struggle of russia in defending its sovereignty and our participation "
    "conflict was it falls within sovereign rights republic kim jong un said troops kursk north korea moscow "
    "pyongyang treaty alliance invincible friendship comradely ties a an to on for with by as at from that"
).split()
FOREIGN = ["народ", "дружба", "조선", "평양의", "café", "naïve", "straße", "中国人民", "x'y", "o'neill", "ünal",
           "ñandú", "ελλάδα", "😀", "👍🏽"]
ODD = ["", " ", "a", "'", "!!!", "…", "— —", "?!?!", "“ ”", "x — y", ". . .", "' '", "--", "a b", "ab", "ba",
       "\u00a0", "tab\there", "two  spaces", "-", "😀😀"]


def _edit(words: list[str], rng: random.Random) -> list[str]:
    words = list(words)
    i = rng.randrange(len(words))
    what = rng.random()
    if what < 0.25:
        words[i] = rng.choice(WORDS)
    elif what < 0.4 and len(words) > 1:
        del words[i]
    elif what < 0.55:
        words.insert(i, rng.choice(WORDS))
    elif what < 0.7:
        words[i] = words[i] + "s"
    elif what < 0.85 and words[i]:
        j = rng.randrange(len(words[i]))
        words[i] = words[i][:j] + rng.choice("aeioxz") + words[i][j + 1:]
    else:
        j = rng.randrange(len(words))
        words[i], words[j] = words[j], words[i]
    return words


def _spread(words: list[str], rng: random.Random) -> list[str]:
    # Edits spread along the whole key, one every few characters: what defeats a filter that counts on long
    # unedited stretches, near the threshold.
    step = rng.choice([1, 2, 3])
    out = []
    for n, w in enumerate(words):
        if n % step == 0:
            w = rng.choice([w + "s", w[:-1] if len(w) > 1 else w + "e", w.replace("e", "a", 1), w.upper()[:1] + w[1:]])
        out.append(w)
    return out


def synthetic_keys(n: int, seed: int) -> list[str]:
    """``n`` distinct keys: statements, fragments, near-duplicates (one edit or edits all along), partial quotes
    of five words or more, odd keys (empty, punctuation, other scripts)."""
    rng = random.Random(seed)
    keys: list[str] = []
    seen: set[str] = set()
    while len(keys) < n:
        r = rng.random()
        earlier = rng.choice(keys).split() if keys else []
        if earlier and r < 0.2:
            words = _edit(earlier, rng)
            if rng.random() < 0.4:
                words = _edit(words, rng)
        elif earlier and r < 0.3:
            words = _spread(earlier, rng)
        elif earlier and r < 0.45 and len(earlier) >= 6:
            size = rng.randint(5, len(earlier))
            start = rng.randrange(len(earlier) - size + 1)
            words = earlier[start:start + size]
            if rng.random() < 0.4:
                words = _edit(words, rng)
        elif r < 0.6:
            words = [rng.choice(WORDS) for _ in range(rng.randint(1, 5))]
        elif r < 0.65:
            words = [rng.choice(ODD)]
        else:
            vocab = WORDS + FOREIGN if rng.random() < 0.3 else WORDS
            words = [rng.choice(vocab) for _ in range(rng.randint(6, 40))]
        key = " ".join(words)
        if rng.random() < 0.03:
            key = key.replace(" ", rng.choice([", ", " — ", "; ", "  "]))
        if key not in seen:
            seen.add(key)
            keys.append(key)
    return keys


def quotes_frame(keys: list[str], seed: int) -> pd.DataFrame:
    """Quotes carrying ``keys``: some keys in several articles, some rows without a key."""
    rng = random.Random(seed + 1)
    rows = []
    for i, k in enumerate(keys):
        for a in range(1 if rng.random() < 0.75 else rng.randint(2, 4)):
            article = f"a{rng.randrange(len(keys) // 3 + 1)}"
            rows.append({"quote_id": f"q{i}-{a}", "article_id": article, "quote_key": k})
    rows += [{"quote_id": f"none{i}", "article_id": f"a{i}", "quote_key": None} for i in range(3)]
    rng.shuffle(rows)
    return pd.DataFrame(rows)


# --- the links of scoring every pair ---------------------------------------------------------------


def exact_links(keys: list[str], threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Every linked pair ``(i, j)``, ``i < j``, scoring all pairs as the former quadratic link_keys did."""
    full = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=threshold, workers=-1)
    part = process.cdist(keys, keys, scorer=fuzz.partial_ratio, score_cutoff=95, workers=-1)
    words = np.array([len(k.split()) for k in keys])
    linked = (full >= threshold) & (full > 0) | (threshold == 0) | (part > 0) & (np.minimum.outer(words, words) >= 6)
    return np.nonzero(np.triu(linked, 1))


@pytest.mark.parametrize("seed, n, threshold", [
    (1, 400, 80), (2, 1200, 90), (4, 900, 97), (5, 300, 40), (6, 700, 85.5),
])
def test_components_find_the_links_of_scoring_every_pair(seed, n, threshold):
    keys = sorted(set(synthetic_keys(n, seed)))
    group = fuzzy_links.components(keys, threshold)
    i, j = exact_links(keys, threshold)
    assert len(i) > 0  # the input links
    recall = (group[i] == group[j]).mean()
    assert recall >= 0.99, recall
    # Every link is scored, so no group joins keys that no chain of links joins.
    exact = np.arange(len(keys))
    for a, b in sorted(zip(i.tolist(), j.tolist()), key=lambda p: p[1]):
        exact[exact == exact[b]] = exact[a] if exact[a] < exact[b] else exact[b]
        exact[exact == exact[a]] = min(exact[a], exact[b])
    for g in set(group.tolist()):
        assert len(set(exact[group == g].tolist())) == 1


def test_components_find_the_links_on_the_benchmark_s_keys():
    keys = sorted(set(bench_keys(1000)))
    group = fuzzy_links.components(keys, 90)
    i, j = exact_links(keys, 90)
    assert len(i) > 30 and (group[i] == group[j]).mean() >= 0.99


def test_link_keys_edges_as_before():
    one = pd.DataFrame({"article_id": ["a"], "quote_key": ["only one"]})
    pd.testing.assert_frame_equal(link_keys(one), link_keys_quadratic(one))
    empty = pd.DataFrame({"article_id": pd.Series([], dtype=object), "quote_key": pd.Series([], dtype=object)})
    pd.testing.assert_frame_equal(link_keys(empty), link_keys_quadratic(empty))
    frame = quotes_frame(synthetic_keys(200, 31), 31)
    pd.testing.assert_frame_equal(link_keys(frame, threshold=0), link_keys_quadratic(frame, threshold=0))
    for threshold in (100, float("nan")):  # partial quotes link, and only they
        new, old = link_keys(frame, threshold=threshold), link_keys_quadratic(frame, threshold=threshold)
        assert new["quote_key"].nunique() <= 1.01 * old["quote_key"].nunique()
        pairs = pd.DataFrame({"new": new["quote_key"], "old": old["quote_key"]}).dropna()
        assert (pairs.groupby("new")["old"].nunique() == 1).all()  # no group joins keys that no link joins
    for threshold in (-1, 101):
        with pytest.raises(TypeError):
            link_keys_quadratic(frame, threshold=threshold)
        with pytest.raises(TypeError):
            link_keys(frame, threshold=threshold)


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
