"""Figures inside quotations: claimed by the speaker the quotes extractor gives them.

:mod:`~dossier.extractors.claims.estimate_claims` finds a quotation's speaker in the
figure's own sentence and a few around it.  A statement that runs over several
sentences or paragraphs, whose attribution comes only at its end ('"... about
3,000 came later. Their losses are heavy: we speak of thousands," the colonel
explained.') or whose paragraph goes on from a speaker named paragraphs before,
is read whole by :func:`dossier.extractors.speech.quotes.quotes`; a figure the claims
left to no one takes that reading's speaker rather than a second guess of it.
A fragment counts too when that reading gives it a speaker: a text that rebuts a
figure quotes it in the other side's words ("the "report" claims the DPRK sent
"at least 9 million rounds"", "the enemy writes about "four thousand killed""),
and the figure is theirs; a "so-called" phrase no one is said to speak stays the
writer's to claim, and so is a label a naming verb gives (``data/naming_verbs.csv``:
"what he called a "parade of 3,000 soldiers"" counts no soldiers).  Nor is a
fragment its speaker disowns (``data/disowning_cues.csv``): "Peskov dismissed
the so-called "evacuation of 3,000 wounded"" quotes the other side's figure,
not Peskov's.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import pandas as pd

from ...text.words import alternation
from ...vocab import load_list, load_table
from .claimant_names import normalise


class _Spoken(NamedTuple):
    """A quotation with a speaker: where its words are in the article, the words, and who said them."""

    start: int
    end: int
    text: str
    speaker: str
    speaker_text: str


@functools.cache
def _naming_words() -> frozenset[str]:
    return frozenset(load_list("naming_verbs.csv"))


@functools.cache
def _disowning_lemmas() -> frozenset[str]:
    cues = load_table("disowning_cues.csv")
    lemmas = set(cues.loc[cues["kind"] == "verb", "word"])
    verbs = load_table("cue_verbs.csv")
    return frozenset(verbs.loc[verbs["lemma"].isin(lemmas), "word"])


@functools.cache
def _disowned_before() -> re.Pattern:
    cues = load_table("disowning_cues.csv")
    # The words, then the opening mark, right before the fragment's first word.
    return re.compile(rf"\b(?:{alternation(cues.loc[cues['kind'] == 'before', 'word'])})\s*[\"“‘'«]\s*\Z", re.I)


def _disowned(quo: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Which fragments of ``quo`` their speaker disputes: cued by a disowning verb, or a "so-called" phrase."""
    fragments = quo["kind"] != "statement"
    by_cue = quo["cue"].str.lower().isin(_disowning_lemmas()) if "cue" in quo else False
    texts = dict(zip(articles["article_id"], articles["text"]))
    before = _disowned_before()
    marked = [bool(before.search((texts.get(aid) or "")[max(0, int(s) - 16):int(s)]))
              for aid, s in zip(quo["article_id"], quo["start"])]
    return fragments & (by_cue | pd.Series(marked, index=quo.index))


_CONTEXT = 24  # characters before a figure that must stand with it in the quote's words: not the split's attribution


def _flat(text: str) -> str:
    return " ".join(text.split())


def quoted_speakers(est: pd.DataFrame, quo: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``est`` with the figures no one claims, inside a quotation with a speaker, claimed by that speaker.

    A quote's ``start:end`` may span its attribution when a statement is split
    by it ('"A," Kim said. "B."'): a figure is taken to be quoted only when it
    stands, with the words just before it, in the quote's own words.
    """
    if est.empty or quo is None or quo.empty or "kind" not in quo:
        return est
    # A fragment a naming verb gives ("what he called a "parade of 3,000"") is a label, not a figure claimed.
    labels = (quo["kind"] != "statement") & quo["cue"].str.lower().isin(_naming_words()) if "cue" in quo else False
    spoken = quo[quo["speaker"].notna() & ~labels]
    spoken = spoken[~_disowned(spoken, articles)]
    unclaimed = est["claimant"].isna()
    if spoken.empty or not unclaimed.any():
        return est
    spoken = spoken[spoken["article_id"].isin(set(est.loc[unclaimed, "article_id"]))]
    by_article: dict[str, list[_Spoken]] = {}
    # Plain columns, not a frame's rows: few quotes hold a figure, and rows cost more than the test of each.
    for aid, *quote in zip(*(spoken[c].tolist() for c in ("article_id", *_Spoken._fields))):
        by_article.setdefault(aid, []).append(_Spoken(*quote))
    # Only the figures of articles holding a spoken quote are looked at: most articles hold none.
    looked = unclaimed & est["article_id"].isin(by_article.keys())
    if not looked.any():
        return est
    est = est.copy()
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = est.loc[looked, ["article_id", "start", "end"]]
    for i, aid, start, end in zip(rows.index, rows["article_id"], rows["start"].astype(int), rows["end"].astype(int)):
        for q in by_article[aid]:
            if not (q.start <= start and end <= q.end):
                continue
            words = _flat((texts.get(aid) or "")[max(q.start, start - _CONTEXT) : end])
            if words and words in _flat(q.text):
                est.loc[i, ["claimant", "claimant_text"]] = [normalise(q.speaker) or q.speaker, q.speaker_text]
            break
    return est
