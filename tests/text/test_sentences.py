"""Sentences: offsets into the text, paragraphs, and the domain's abbreviations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import dossier
from dossier import schema
from dossier.extractors.speech.quotes import quotes


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
        # Ranks and offices as wire copy abbreviates them.
        ("Brig. Gen. Oh Sung-min and Amb. Ivan Petrov met Cmdr. Ri. Sec. Hale joined them.", 2),
        ("Pvt. Ri and Cpl. Jon were captured, Reps. Hill and Soto said.", 1),
        # A parliament's style for its members, as committee records print a speaker's label.
        ("The Chair (Hon. Ann Roy (Lakeside, Lib.)): We resume. The witness may begin.", 2),
        # A clergyman's style before his name.
        ("“We pray for them,” said the Rev. Ivan Dorosh. “And we send drones.”", 2),
        # An abbreviation that really ends the sentence, before a word that starts one.
        ("Both aim to strengthen their position vis-a-vis the U.S. For Russia, it matters.", 2),
        # Curly closing quotes end sentences as straight ones do.
        ("Kim said the alliance “will advance non-stop.” He spoke in Pyongyang.", 2),
        ('Kim said the alliance "will advance non-stop." He spoke in Pyongyang.', 2),
    ],
)
def test_abbreviations_and_quotes(text, expected):
    assert len(_split(text)) == expected, _split(text)


@pytest.mark.parametrize(
    "text",
    [
        "A State Dept. spokesperson declined to comment on the shipments.",
        "The 3rd Bn. of the brigade crossed the river near Sudzha.",
        "Sen. Ana Ruiz (D-Calif.) called the transfers a violation of U.N. resolutions.",
        "Officials at the National Univ. in Seoul were not told.",
    ],
)
def test_a_word_in_lower_case_never_starts_a_sentence(text):
    # A period Punkt does not know for an abbreviation's, then the sentence going on.
    assert _split(text) == [text]


def test_a_sentence_after_a_lower_case_join_still_ends_there():
    assert _split("The Defence Intelligence Dept. spokesman spoke. Then the minister did.") == [
        "The Defence Intelligence Dept. spokesman spoke.",
        "Then the minister did.",
    ]


def test_a_quote_keeps_its_speaker_across_an_unknown_abbreviation():
    text = ("Lee Do-hyun, a lecturer at Pusan Nat'l Univ. who follows the North's army, said the troops were "
            "“learning fast.”")
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "source": ["Reuters"]})
    assert quotes(dossier.sentences(arts), arts)["speaker"].tolist() == ["Lee Do-hyun"]


def test_sentences_never_cross_paragraphs():
    out = _split("A heading-like line without a stop\n\nNorth Korea sent troops. Russia paid.")
    assert out == ["A heading-like line without a stop", "North Korea sent troops.", "Russia paid."]


def test_empty_articles_give_an_empty_frame_with_schema():
    df = dossier.sentences(schema.empty("articles"))
    assert df.empty and list(df.columns) == schema.columns("sentences")


# dossier.text.punkt redoes Punkt's span_tokenize for our untrained parameters;
# it must give NLTK's spans on any text, not only on news prose.
import os  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from dossier.text import punkt  # noqa: E402
from dossier.text import sentences as sentences_module  # noqa: E402
from dossier.text.punkt import PunktSplitter, span_tokenizer  # noqa: E402
from dossier.text.sentences import article_positions, split_spans, straighten, tokenizer  # noqa: E402
from dossier.vocab import load_list  # noqa: E402


def _nltk_spans(text: str) -> list[tuple[int, int]]:
    return list(tokenizer().span_tokenize(text))


def _fast_spans(text: str) -> list[tuple[int, int]]:
    return PunktSplitter(tokenizer()).spans(text)


_ABBREVIATIONS = load_list("abbreviations.csv")
_STARTERS = load_list("sentence_starters.csv")
# Token kinds, drawn with equal odds so that rare neighbours ("J." before ",")
# still meet often.
_KINDS = [
    [a + "." for a in _ABBREVIATIONS]
    + [a.upper() + "." for a in _ABBREVIATIONS]
    + [a.capitalize() + "." for a in _ABBREVIATIONS]
    + ["ex-" + a + "." for a in _ABBREVIATIONS[:5]],
    _STARTERS + [s.capitalize() for s in _STARTERS] + [s.capitalize() + "." for s in _STARTERS[:5]],
    ["J.", "j.", "_.", "É.", "3.", "1.", "3.5", "12,000.", "-4.", ".5", "##number##", "7th.", "a.b.c.", "Sept.5"],
    ["...", "..", ". . .", ". .", "....", "word...", "etc..", "--", "-", "—"],
    ['"', "'", "(", ")", "[", "]", "{", "}", "“", "”", "‘", "’", "«", "»", "`"],
    [".", "?", "!", "?!", "!!!", ",", ";", ":", "#", "*", "@", "&", "%"],
    ["troops", "Troops", "said.", "Seoul", "kim", "İstanbul", "ßig", "ÉTÉ", "x", "X"],
]
# Whitespace as str and NLTK's regex engine see it (they disagree on "\x1c").
_SEPARATORS = [" ", " ", " ", "", "", "  ", "\n", " \n", "\n\n", "\n \n", "\t", "\r\n", "\x0b", "\xa0"]
_SEPARATORS += ["\u2028", "\x85", "\x1c", "\n\x1c ", " \x1c\n", "\n\x1c\n"]
_PARAGRAPHS = st.lists(
    st.tuples(st.one_of([st.sampled_from(k) for k in _KINDS]), st.sampled_from(_SEPARATORS)), max_size=30
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(
    max_examples=int(os.environ.get("PUNKT_EXAMPLES", 300)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=st.one_of(_PARAGRAPHS, st.text(alphabet=st.sampled_from(".?!\"')( \nAaJ1-,"), max_size=40)))
def test_fast_punkt_gives_nltks_spans(text):
    assert _fast_spans(text) == _nltk_spans(text)


def test_fast_punkt_gives_nltks_spans_on_the_seeds(seed_articles):
    for text in seed_articles["text"]:
        for para in [text, *straighten(text).split("\n\n")]:
            assert _fast_spans(para) == _nltk_spans(para)


def test_punkt_falls_back_to_nltks_span_tokenize_when_its_internals_differ(seed_articles, monkeypatch):
    assert isinstance(span_tokenizer(tokenizer()).__self__, PunktSplitter)  # the fast path, normally
    fast = [split_spans(text) for text in seed_articles["text"]]

    class Renamed(PunktSplitter):
        def __init__(self, tokenizer):
            raise AttributeError("'PunktSentenceTokenizer' object has no attribute '_lang_vars'")

    # As if another NLTK release had renamed what the fast path reads.
    monkeypatch.setattr(punkt, "PunktSplitter", Renamed)
    spans = span_tokenizer(tokenizer())
    assert getattr(spans, "__self__", None) is None  # not a splitter's method: NLTK's
    assert spans("Troops left. They came back.") == list(tokenizer().span_tokenize("Troops left. They came back."))
    monkeypatch.setattr(sentences_module, "_spans", lambda: spans)
    assert [split_spans(text) for text in seed_articles["text"]] == fast


def test_articles_come_in_the_order_of_groupby_then_sort_values():
    rng = np.random.default_rng(0)
    n = 400
    frame = pd.DataFrame({"article_id": rng.choice(["b", "a", "c", "d"], n), "sentence": rng.integers(0, 30, n)})
    expected = [(aid, list(g.sort_values("sentence").index)) for aid, g in frame.groupby("article_id", sort=False)]
    assert [(aid, list(frame.index[rows])) for aid, rows in article_positions(frame)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A party-and-state label whose state Punkt does not know for an abbreviation, then a comma.
        "Sen. Nora Beck (R-Ind.), who leads the panel, called the sale a scandal.",
        "Rep. Hal Ortiz (D-Wash.), the committee's senior Democrat, asked for a hearing.",
        # Letters with their periods, listed or not, before a capitalised word that does not start a sentence.
        "The D.P.R.K. Foreign Ministry denied the report on Sunday.",
        "Envoys at the R.O.K. Embassy in Moscow met the delegation.",
    ],
)
def test_a_label_or_dotted_abbreviation_does_not_end_the_sentence(text):
    assert _split(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label in brackets that closes its sentence still does so.
        ("The bill passed, said Rep. Hal Ortiz (D-Wash.). The Senate votes next.", 2),
        # Dotted letters before a word that starts a sentence still end theirs.
        ("The ship sailed from the D.P.R.K. The crew was Russian.", 2),
    ],
)
def test_a_label_or_dotted_abbreviation_ending_a_sentence_still_ends_it(text, expected):
    assert len(_split(text)) == expected, _split(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Sen. Nora Beck (R-Ind.), who leads the panel, called the sale "a scandal."', "Nora Beck"),
        ('Rep. Hal Ortiz (D-Wash.), the committee\'s senior Democrat, said the deal was "reckless."', "Hal Ortiz"),
    ],
)
def test_a_quote_after_a_party_label_keeps_its_speaker(text, speaker):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "source": [None]})
    assert quotes(dossier.sentences(arts), arts)["speaker"].tolist() == [speaker]
