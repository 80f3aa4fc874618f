"""Reported speech inside reported speech (dossier.extractors.speech.inner_speakers): the innermost subject that says,
orders or judges the quoted words speaks them, the one who reports otherwise; on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _read(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [(s if isinstance(s, str) else None, c if isinstance(c, str) else None)
            for s, c in zip(df["speaker"], df["channel"])]


_BRIEFED = "The National Intelligence Service briefed the intelligence committee on Wednesday. "
NIS = "National Intelligence Service"


@pytest.mark.parametrize("text, speaker", [
    # The quote opens with the verb whose subject, a body, stands right before it: the body's judgement.
    (_BRIEFED + "Rep. Oh Mi-ran told reporters after the session that the spy agency “estimates the toll at roughly "
     "700.”", NIS),
    (_BRIEFED + "Oh said the agency “believes a second brigade is already deployed.”", NIS),
    # Auxiliaries before the verb, no "that", another body.
    ("Senator Dana Webb said the Pentagon “has concluded the rotation is complete.”", "Pentagon"),
    ("Rep. Oh Mi-ran said on Monday that the Joint Chiefs of Staff “now assesses the launch as a failure.”",
     "Joint Chiefs of Staff"),
])
def test_a_body_whose_verb_opens_the_quote_speaks(text, speaker):
    assert _read(text)[-1][0] == speaker


@pytest.mark.parametrize("text", [
    # The quote opens with no verb of judging: what the body is or undergoes, told by the lawmaker.
    _BRIEFED + "Rep. Oh Mi-ran said the spy agency “was caught off guard” by the launch.",
    _BRIEFED + "Rep. Oh Mi-ran said the agency “lost track of the convoy” in March.",
])
def test_a_body_before_a_quote_of_what_befell_it_does_not_speak(text):
    assert _read(text)[-1][0] == "Oh Mi-ran"


@pytest.mark.parametrize("text, speaker", [
    # A body that sees, views or regards something as so: its judgement, passed on.
    (_BRIEFED + "Rep. Oh Mi-ran said the spy agency saw the summit as Kim's “bid for a seat at the table”.", NIS),
    (_BRIEFED + "Oh told reporters that the agency viewed the launch as “a calculated warning” to Seoul.", NIS),
    (_BRIEFED + "Rep. Oh Mi-ran said the agency regarded the new rotation as “a shift in strategy”.", NIS),
    (_BRIEFED + "Oh said the NIS sees the drills as “rehearsals for a larger dispatch”.", NIS),
])
def test_a_body_that_sees_something_as_so_speaks(text, speaker):
    assert _read(text)[-1][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # The inner clause's subject orders or says the words: "ordered that “…”" quotes the order.
    ("Rep. Oh Mi-ran added that Kim Jong Un had toured a cemetery and ordered that “no family be left wanting.”",
     "Kim Jong Un"),
    ("The lawmaker said that Vladimir Putin had promised that “every debt will be repaid.”", "Vladimir Putin"),
    # No "that" after the inner verb; a body as the inner subject.
    ("Senator Dana Webb said the Kremlin had warned “there will be consequences” for Seoul.", "Kremlin"),
    ("Oh Mi-ran told reporters that Kim Yo Jong declared “the matter is closed.”", "Kim Yo Jong"),
])
def test_the_inner_subject_who_says_speaks(text, speaker):
    assert _read(text)[-1][0] == speaker


@pytest.mark.parametrize("text", [
    # The one the speaker talks to hears the words; those told something say nothing.
    "Rep. Oh Mi-ran told Kim Yo Jong that “the door remains open.”",
    "Rep. Oh Mi-ran said the soldiers were told that “surrender is betrayal.”",
    # The inner subject only acts: the words are the reporter's.
    "Rep. Oh Mi-ran said Kim Jong Un had toured a cemetery built “for the heroes of Kursk.”",
])
def test_an_inner_subject_who_says_nothing_leaves_the_reporter(text):
    assert _read(text)[-1][0] == "Oh Mi-ran"


def test_words_a_relayer_passes_on_reach_us_as_the_relayer_does():
    # The lead names KCNA for Kim's own words; words the lawmaker relays from the briefing are not KCNA's.
    text = ("Kim Jong Un praised the returning engineers, KCNA reported on Friday.\n\n"
            "In Seoul, Rep. Oh Mi-ran added that Kim had toured a cemetery and ordered that “no family be left "
            "wanting.”")
    assert _read(text)[-1] == ("Kim Jong Un", None)


@pytest.mark.parametrize("text, speaker", [
    # A verb of reacting with "to" and the quote names what is answered: the reporter speaks.
    ("Kaja Kallas said the bloc was responding to “a direct threat” from Moscow.", "Kaja Kallas"),
    ("Rep. Oh Mi-ran said the Kremlin had replied to “an unfriendly act” with sanctions of its own.", "Oh Mi-ran"),
    ("She was asked about the drills. Kaja Kallas said the European Union responds to “every provocation” in kind.",
     "Kaja Kallas"),
    ("Senator Dana Webb said Pyongyang is responding to “hostile moves” by the allies.", "Dana Webb"),
    # Look-alike: "responded that" says the words.
    ("Dmitry Peskov responded that “nothing has changed.”", "Dmitry Peskov"),
])
def test_a_verb_of_reacting_to_a_quote_says_nothing(text, speaker):
    assert _read(text)[-1][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A source set off right after the relative word of the quote's clause tells that clause.
    ("Kim Jong Un honoured the families of soldiers who, according to state media, fell “like true heroes”.",
     "DPRK state media"),
    ("Valery Gerasimov praised the engineers' work, which, according to the Russian Ministry of Defence, made the "
     "roads “safe again”.", "Russian Ministry of Defence"),
    ("Sergei Shoigu thanked the brigades that had fought near Sudzha, where, according to Kyrylo Budanov, the "
     "Koreans met “fierce resistance”.", "Kyrylo Budanov"),
    ("Vladimir Putin awarded the sappers, of whom, according to Rossiya-1, dozens were hurt “clearing every "
     "field”.", "Rossiya 1"),
])
def test_an_aside_in_a_relative_clause_tells_its_words(text, speaker):
    assert _read(text)[-1][0] == speaker


def test_an_aside_in_a_clause_after_the_quote_leaves_the_speaker():
    # Look-alike: the quote stands before the relative clause whose aside tells only that clause.
    text = ("Valery Gerasimov said the troops had fought “shoulder to shoulder” in a region where, according to Kyiv, "
            "thousands died.")
    assert _read(text)[-1][0] == "Valery Gerasimov"


def test_an_aside_before_the_antecedents_own_verb_of_saying_relays():
    # Look-alike: the relative clause's subject says the words; the aside's medium only relays them.
    text = "The two envoys then met Kim Jong Un, who, according to KCNA, assured them that Pyongyang would “never waver”."
    assert _read(text)[-1][0] == "Kim Jong Un"
