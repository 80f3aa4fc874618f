"""link_keys without scoring every pair: the same groups as scoring every pair, and the rule it keeps."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from rapidfuzz import fuzz, process

from dossier.text import fuzzy_links
from dossier.extractors.quotes import link_keys

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from link_keys import link_keys_quadratic  # noqa: E402 - the former link_keys, the reference


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


# --- the same frame as scoring every pair -----------------------------------------------------------


@pytest.mark.parametrize("seed, n, threshold", [
    (1, 400, 80), (2, 1200, 90), (3, 1800, 90), (4, 900, 97), (5, 300, 40), (6, 700, 85.5),
])
def test_link_keys_equals_scoring_every_pair(seed, n, threshold):
    frame = quotes_frame(synthetic_keys(n, seed), seed)
    expected = link_keys_quadratic(frame, threshold=threshold)
    assert expected["quote_key"].nunique() < frame["quote_key"].nunique()  # the input links
    pd.testing.assert_frame_equal(link_keys(frame, threshold=threshold), expected)


@pytest.mark.parametrize("setting, value", [
    ("_PAIR_CHUNK", 50),  # many chunks, and keys whose entries span several (counted part by part)
    ("_QUERY_BLOCK", 7),
    ("_CHOOSE_BLOCK", 3),
    ("_CHOOSE_CELLS", 1),  # keys too long for the dynamic programme: the rarest gram of equal pieces
    ("_FILTER_NS", 10**9),  # every key scored against every partner its length allows
    ("_FILTER_NS", 0),  # no key scored that way
])
def test_link_keys_does_not_depend_on_how_the_work_is_cut(monkeypatch, setting, value):
    frame = quotes_frame(synthetic_keys(600, 11), 11)
    expected = link_keys_quadratic(frame)
    monkeypatch.setattr(fuzzy_links, setting, value)
    pd.testing.assert_frame_equal(link_keys(frame), expected)


def test_keys_whose_places_do_not_fit_an_entry_are_scored_one_by_one(monkeypatch):
    init = fuzzy_links._Layout.__init__

    def no_room(self, *args):
        init(self, *args)
        self.hash_bits = 0

    frame = quotes_frame(synthetic_keys(300, 12), 12)
    expected = link_keys_quadratic(frame)
    monkeypatch.setattr(fuzzy_links._Layout, "__init__", no_room)
    pd.testing.assert_frame_equal(link_keys(frame), expected)


def test_pairs_found_by_the_filter_include_every_pair_that_links():
    # Below link_keys: every pair that scores at the cut-offs is among the candidates the filters let through.
    keys = sorted(set(synthetic_keys(700, 21)))
    n = len(keys)
    ks = fuzzy_links._Keys(keys, 1)
    ranked = ks.ranked(np.arange(n))
    shortest = np.floor(ranked.lens * (90 / 110) - 1e-6 - 1e-9 * ranked.lens).astype(np.int64)
    lo, hi = np.searchsorted(ranked.lens, shortest), np.arange(n)
    k = fuzzy_links._max_distance(2 * ranked.lens, 90)
    q, keep = fuzzy_links._plan(ranked.lens, k, True, fuzzy_links._RATIO_J, fuzzy_links._RATIO_Q)
    found, brute = set(), [np.flatnonzero(q == 0)]
    for qq in sorted(set(q[q > 0].tolist())):
        for i, j in fuzzy_links._pairs(ranked, np.flatnonzero(q == qq), lo, hi, k, keep, qq, 90, True, brute, True):
            found.update(zip(i.tolist(), j.tolist()))
    # A pair is looked for from its longer key x (the later in length order), unless x is scored by brute force.
    rank = np.empty(n, dtype=np.int64)
    rank[ranked.order] = np.arange(n)
    unbounded = set(ranked.order[np.concatenate(brute)].tolist())
    full = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=90)
    linked = {(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(full, 1)))}
    missed = {(i, j) for i, j in linked - found if (i if rank[i] > rank[j] else j) not in unbounded}
    assert not missed, [(keys[i], keys[j]) for i, j in sorted(missed)[:5]]
    assert len(found) < n * (n - 1) / 20  # and the filter does filter


# --- edges -----------------------------------------------------------------------------------------


def test_link_keys_edges_as_before():
    one = pd.DataFrame({"article_id": ["a"], "quote_key": ["only one"]})
    pd.testing.assert_frame_equal(link_keys(one), link_keys_quadratic(one))
    empty = pd.DataFrame({"article_id": pd.Series([], dtype=object), "quote_key": pd.Series([], dtype=object)})
    pd.testing.assert_frame_equal(link_keys(empty), link_keys_quadratic(empty))
    frame = quotes_frame(synthetic_keys(200, 31), 31)
    for threshold in (0, 100, float("nan")):
        pd.testing.assert_frame_equal(link_keys(frame, threshold=threshold),
                                      link_keys_quadratic(frame, threshold=threshold))
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
