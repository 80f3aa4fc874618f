"""Sentences: offsets into the text, paragraphs, and the domain's abbreviations."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier import schema


def _split(text: str) -> list[str]:
    arts = pd.DataFrame({"article_id": ["a"], "text": [text]})
    return dossier.sentences(arts)["text"].tolist()


def test_offsets_point_into_the_text(seed_articles, seed_sentences):
    assert list(seed_sentences.columns) == schema.columns("sentences")
    texts = dict(zip(seed_articles["article_id"], seed_articles["text"]))
    for r in seed_sentences.itertuples():
        assert texts[r.article_id][r.start : r.end] == r.text


def test_sentence_and_paragraph_indices(seed_sentences, seed_ids):
    s = seed_sentences[seed_sentences["article_id"] == seed_ids["003"]]
    assert s["sentence"].tolist() == list(range(len(s)))
    assert s["paragraph"].is_monotonic_increasing
    # 003's second paragraph holds the two quotes of Kim, in two sentences.
    para1 = s[s["paragraph"] == 1]["text"].tolist()
    assert len(para1) == 2 and para1[1].endswith("he added.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. officials said on Monday that troops had moved. They gave no figure.", 2),
        ("Gen. Kim Yong Bok led the troops. Lt. Col. Park said so.", 2),
        ("The U.N. Security Council met. It adjourned.", 2),
        ("Mr. Putin and Dr. Lee spoke in St. Petersburg on Jan. 5 about the treaty.", 1),
        ("Article No. 4 of the treaty applies. Moscow agreed.", 2),
        ("Troops arrived on Oct. 12 and Dec. 3, Seoul said.", 1),
        # An abbreviation that really ends the sentence, before a word that starts one.
        ("Both aim to strengthen their position vis-a-vis the U.S. For Russia, it matters.", 2),
        # Curly closing quotes end sentences as straight ones do.
        ("Kim said the alliance “will advance non-stop.” He spoke in Pyongyang.", 2),
        ('Kim said the alliance "will advance non-stop." He spoke in Pyongyang.', 2),
    ],
)
def test_abbreviations_and_quotes(text, expected):
    assert len(_split(text)) == expected, _split(text)


def test_sentences_never_cross_paragraphs():
    out = _split("A heading-like line without a stop\n\nNorth Korea sent troops. Russia paid.")
    assert out == ["A heading-like line without a stop", "North Korea sent troops.", "Russia paid."]


def test_empty_articles_give_an_empty_frame_with_schema():
    df = dossier.sentences(schema.empty("articles"))
    assert df.empty and list(df.columns) == schema.columns("sentences")
