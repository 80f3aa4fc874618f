"""Tone: VADER per sentence, the state's quoted words scored apart from the reporter's."""

from __future__ import annotations


import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from dossier import schema
from dossier.extractors.rhetoric import themes_voice
from dossier.text.words import LEXICON_WORD, count_lexicon_words
from dossier.extractors.tone import split_voices, tone, tone_by_article
from dossier.extractors.vader import compound


AFFILIATION = {"Kim Jong Un": "dprk_state", "Volodymyr Zelensky": "other"}


@pytest.fixture
def affiliation(monkeypatch):
    monkeypatch.setattr(themes_voice, "speaker_affiliation", lambda s: AFFILIATION.get(s, "other"))


def _frames(text: str, quoted: list[tuple[str, str]]):
    sents = schema.conform(
        pd.DataFrame({"article_id": ["a"], "paragraph": [0], "sentence": [0], "start": [10], "end": [10 + len(text)], "text": [text]}),
        "sentences",
    )
    rows = []
    for i, (words, speaker) in enumerate(quoted):
        s = 10 + text.index(words)
        rows.append({"quote_id": f"a-{i}", "article_id": "a", "sentence": 0, "start": s, "end": s + len(words), "text": words,
                     "n_words": len(words.split()), "kind": "statement", "speaker": speaker, "speaker_text": speaker, "cue": "said",
                     "channel": "", "channel_basis": None, "via_kcna": False, "via_dprk_state_media": False, "quote_key": ""})
    quo = schema.conform(pd.DataFrame(rows), "quotes") if rows else schema.empty("quotes")
    return sents, quo


@pytest.mark.parametrize(
    "spans, expected",
    [
        ([], {"reporting": "Kim said “we will win gloriously” today."}),
        ([(20, 42)], {"state": "we will win gloriously", "reporting": "Kim said “ ” today."}),
        ([(0, 100)], {"state": "Kim said “we will win gloriously” today."}),
        ([(20, 27), (32, 42)], {"state": "we will gloriously", "reporting": "Kim said “  win  ” today."}),
        ([(500, 510)], {"reporting": "Kim said “we will win gloriously” today."}),
    ],
)
def test_split_voices(spans, expected):
    assert split_voices("Kim said “we will win gloriously” today.", 10, spans) == expected


def test_state_words_are_scored_apart(affiliation):
    text = "The sanctions are a brutal failure, critics said, while Kim said “our glorious friendship is wonderful.”"
    found = tone(*_frames(text, [("our glorious friendship is wonderful.", "Kim Jong Un")]))
    by_voice = dict(zip(found["voice"].astype(str), found["compound"]))
    assert set(by_voice) == {"state", "reporting"}
    assert by_voice["state"] > 0.5 > 0 > by_voice["reporting"]
    assert found.loc[found["voice"] == "state", "n_words"].item() == 5


def test_an_other_speakers_quote_stays_in_the_reporting_voice(affiliation):
    text = "Zelensky called it “an epicenter of aggression.”"
    found = tone(*_frames(text, [("an epicenter of aggression.", "Volodymyr Zelensky")]))
    assert found["voice"].astype(str).tolist() == ["reporting"]
    assert found["n_words"].item() == 7


def test_tone_splits_every_sentence_as_split_voices_does(seed_articles, seed_sentences):
    import dossier
    from dossier.extractors.rhetoric.themes import state_spans

    quo = dossier.quotes(seed_sentences, seed_articles)
    spans = state_spans(quo)
    cols = (seed_sentences[c].tolist() for c in ("article_id", "sentence", "start", "text"))
    expected = [(aid, sent, voice, len(LEXICON_WORD.findall(part)), compound(part))
                for aid, sent, offset, text in zip(*cols) for voice, part in split_voices(text, offset, spans.get(aid, [])).items()]
    found = tone(seed_sentences, quo).astype({"voice": str})
    assert "state" in found["voice"].values
    assert list(found.itertuples(index=False, name=None)) == expected


def test_tone_by_article_weights_sentences_by_words():
    t = schema.conform(
        pd.DataFrame({"article_id": ["a", "a", "a"], "sentence": [0, 1, 1], "voice": ["reporting", "reporting", "state"],
                      "n_words": [30, 10, 5], "compound": [0.4, -0.8, 0.9]}),
        "tone",
    )
    out = tone_by_article(t).astype({"voice": str})
    assert out[["voice", "sentences", "n_words"]].values.tolist() == [["state", 1, 5], ["reporting", 2, 40]]
    assert out.loc[out["voice"] == "reporting", "compound"].item() == pytest.approx((0.4 * 30 - 0.8 * 10) / 40)


def test_seed_tone_covers_every_sentence(seed_articles, seed_sentences):
    import dossier

    found = tone(seed_sentences, dossier.quotes(seed_sentences, seed_articles))
    assert list(found.columns) == schema.columns("tone")
    assert found[["article_id", "sentence"]].drop_duplicates().shape[0] == len(seed_sentences)
    assert found["compound"].between(-1, 1).all()
    assert (found["n_words"] > 0).all()
    words = found.groupby("article_id")["n_words"].sum()
    # every word scored once, in one voice or the other
    assert (words / seed_articles.set_index("article_id")["n_words"]).between(0.9, 1.1).all()


def test_seed_tone_values(seed_sentences, seed_ids):
    found = tone(seed_sentences, schema.empty("quotes"))
    first = found[(found["article_id"] == seed_ids["000"]) & (found["sentence"] == 0)]
    # "... alliance ... will advance non-stop ... in support of Moscow's war ..." : war weighs it down
    assert first["compound"].item() == pytest.approx(-0.296, abs=1e-3)


def test_tone_works_article_by_article(seed_sentences, seed_ids):
    empty = schema.empty("quotes")
    some = seed_sentences[seed_sentences["article_id"] == seed_ids["004"]]
    whole = tone(seed_sentences, empty)
    assert_frame_equal(tone(some, empty), whole[whole["article_id"] == seed_ids["004"]].reset_index(drop=True))


# dossier.vader re-walks VADER's rules for speed; it must give the package's
# own number on any text, so draw text from the words those rules look at.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from vaderSentiment import vaderSentiment as _vs  # noqa: E402


_RULE_WORDS = sorted(
    {*(_vs.NEGATE[:12]), "never", "without", "doubt", "no", "nor", "or", "least", "at", "very", "so", "this", "but", "kind", "of",
     "sort", "just", "enough", "extremely", "barely", "incredibly", "somewhat", "isn't", "cut", "the", "mustard", "bomb", "bad",
     "ass", "yeah", "right", "kiss", "death", "to", "die", "for", "beating", "heart", "bus", "stop"}
)
_SENTIMENT = ["good", "great", "glorious", "love", "heroic", "victory", "war", "killed", "hate", "terrible", "destroy", "support",
              "friendship", "aggression", "threat", "brutal", "peace", "no", "kind", "incredible"]
_NEUTRAL = ["troops", "Kursk", "KCNA", "Pyongyang", "said", "shells", "a", "and", "in", "3,000", "-", "\u2014", ":)", ":(", "\U0001f600",
            "İx", "ΟΔΟΣ", "ΟΔΟΣ’Α", "–"]  # "İ" lower-cases to two characters, "Σ" by context
_word = st.sampled_from(_RULE_WORDS + _SENTIMENT + _NEUTRAL).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.capitalize(), f"{w},", f"{w}!", f"\"{w}", f"{w}?", f"({w})", f"“{w}”", f"‘{w}’,", f"{w}’s"])
)


_VADER = _vs.SentimentIntensityAnalyzer()


@settings(max_examples=400, deadline=None)
@given(words=st.lists(_word, max_size=25), end=st.sampled_from(["", ".", "!", "!!!", "??", "?!", " "]))
def test_compound_equals_vader(words, end):
    text = " ".join(words) + end
    assert compound(text) == _VADER.polarity_scores(text)["compound"]


@settings(max_examples=400, deadline=None)
@given(text=st.text(st.sampled_from(["a", "Z", "7", "é", "_", "'", "’", "‘", "“", "”", "—", "-", ".", " ", "\n"]), max_size=30))
def test_count_words_counts_word_matches(text):
    assert count_lexicon_words(text) == len(LEXICON_WORD.findall(text))


def test_compound_equals_vader_on_the_seeds(seed_sentences):
    texts = seed_sentences["text"].tolist()
    assert len(texts) > 100
    assert [compound(t) for t in texts] == [_VADER.polarity_scores(t)["compound"] for t in texts]
    assert any(compound(t) != 0 for t in texts)


@pytest.mark.parametrize("source, voices", [("KCNA", {"state"}), ("Sputnik", {"state"}), ("The Guardian", {"reporting"})])
def test_a_state_mediums_article_is_all_in_the_state_voice(source, voices):
    text = "The heroic soldiers were welcomed home with great joy, the agency wrote."
    sents, quo = _frames(text, [])
    found = tone(sents, quo, pd.DataFrame({"article_id": ["a"], "source": [source]}))
    assert set(found["voice"].astype(str)) == voices
    assert found["n_words"].sum() == count_lexicon_words(text)
