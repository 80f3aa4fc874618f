"""Suites of constructions of attribution, each varied as coverage varies it (verb, order, punctuation, apposition,
re-mention), with look-alikes that must not be read so; sentences written for the tests."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source: str | None = None) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


# Family 1: where the attribution sits.
@pytest.mark.parametrize("text", [
    'Han Seo-yeon, a researcher at the Sejong Institute, said: "The deal is about cash."',
    'Han Seo-yeon told reporters: "The deal is about cash for Pyongyang."',
    '"The deal is about cash for Pyongyang," Han Seo-yeon said.',
    '"The deal is about cash for Pyongyang," said Han Seo-yeon, a senior fellow at the Asan Institute.',
    "“The deal is about cash,” Han Seo-yeon added, “and not about friendship.”",
    '"The deal is about cash," Han Seo-yeon stressed. "It is not about friendship."',
    'Han Seo-yeon warned that "the shells will keep flowing" for years.',
    'In a statement, Han Seo-yeon wrote: "The shells will keep flowing."',
    "“The treaty is defensive,” Han Seo-yeon, the deputy director of the institute, told the newspaper.",
    "“The treaty is defensive,” claimed Han Seo-yeon.",
    # a quote running over paragraphs: each opens with a mark, only the last closes
    '"Pyongyang has found a buyer," said Han Seo-yeon, a researcher at the Sejong Institute.\n\n'
    '"It will keep selling as long as Moscow pays."',
])
def test_the_attribution_before_inside_or_after_the_quote_names_its_speaker(text):
    assert set(_speakers(text)) == {"Han Seo-yeon"}


# Family 2: re-mentions by surname, title and surname, pronoun and role.
@pytest.mark.parametrize("text, speaker", [
    ('Han Seo-yeon, a researcher at the Sejong Institute, spoke on Monday. "The deal is about cash," Han said.',
     "Han Seo-yeon"),
    ('Han Seo-yeon, a researcher at the Sejong Institute, spoke on Monday. "The deal is about cash," Ms Han said.',
     "Han Seo-yeon"),
    ('Han Seo-yeon, a researcher at the Sejong Institute, spoke on Monday.\n\n"The deal is about cash," she said.',
     "Han Seo-yeon"),
    ('Rep. Lee Min-ho of the Democratic Party briefed reporters after the session.\n\n'
     '"The casualties are rising," Rep. Lee said.', "Lee Min-ho"),
    ('Lt. Gen. Kyrylo Budanov spoke on television.\n\n"The shells are defective," Gen. Budanov said.', "Kyrylo Budanov"),
    ('Kim Jong Un inspected the factory on Monday.\n\n"Produce more," the North Korean leader said.', "Kim Jong Un"),
    ('Dmitry Peskov was asked about the report.\n\n"We have nothing to add," the Kremlin spokesman said.',
     "Dmitry Peskov"),
    # a pronoun after another person intervened: the one its gender fits
    ('Anna Petrova, a researcher at the Carnegie Center, spoke on Monday. Pavel Orlov disagreed.\n\n'
     '"The deal is about cash," he said.', "Pavel Orlov"),
])
def test_a_re_mention_names_the_one_named_before(text, speaker):
    assert _speakers(text) == [speaker]


# A plural noun of hearsay with "of" after it is no verb: the adjective before it is no speaker, and a pronoun
# after it still goes back to the one who spoke.
@pytest.mark.parametrize("text", [
    'Seoul is again inflating "heavy losses", echoing the false claims of its patron.',
    'Seoul is again inflating "heavy losses", repeating the baseless reports of its patron.',
    'The ministry dismissed "heavy losses" amid fresh reports of desertions.',
])
def test_a_noun_of_hearsay_before_of_is_no_verb_of_saying(text):
    assert _speakers(text) == [None]


@pytest.mark.parametrize("text, speaker", [
    # the same words as a verb keep their subject
    ('Russia\'s defence ministry claims "heavy losses" were inflicted on Kyiv.', "Russian Ministry of Defence"),
    ("North Korea's foreign ministry claims \"heavy losses\" of Seoul are hidden.", "DPRK Foreign Ministry"),
])
def test_a_verb_of_hearsay_keeps_its_subject(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_pronoun_after_a_noun_of_hearsay_goes_back_to_the_speaker():
    text = ('Choe Son Hui, the foreign minister, issued a statement on Monday.\n\n'
            'The clique is again inflating "heavy losses", echoing the false claims of its patron.\n\n'
            '"They cannot count their own dead," she said.')
    assert _speakers(text)[-1] == "Choe Son Hui"


# An aside between dashes stands between a subject and its verb as one between commas does.
@pytest.mark.parametrize("text", [
    'Han Seo-yeon — who heads the Asia desk at the institute — said: "The treaty is defensive."',
    "Han Seo-yeon – a researcher at the Asan Institute, in Seoul – told reporters the deal was “about cash.”",
    '"The deal is about cash," Han Seo-yeon — a researcher at the Asan Institute — said.',
    'Han Seo-yeon — the institute\'s deputy director — warned that "the shells will keep flowing."',
])
def test_an_aside_between_dashes_leaves_the_subject_its_verb(text):
    assert _speakers(text) == ["Han Seo-yeon"]


@pytest.mark.parametrize("text", [
    # the name before the dashes is an object; the verb after them has a subject of its own
    'The envoy met Han Seo-yeon — a researcher at the institute — and Lee Min-ho said the deal was "about cash."',
    # the object's aside ends before the time and the subject's second verb
    'Lee Min-ho met Han Seo-yeon — who heads the Asia desk — on Monday and said the deal was "about cash."',
    "Lee Min-ho thanked Han Seo-yeon — the institute's director — and added that the deal was \"about cash.\"",
])
def test_a_name_before_dashes_that_is_an_object_is_no_speaker(text):
    assert _speakers(text) == ["Lee Min-ho"]


# A quote running over paragraphs (each opening with a mark, only the last closing) right after a paragraph that
# reports what one speaker said goes on with that speaker's words, as a one-paragraph quote does.
@pytest.mark.parametrize("text", [
    'Han Seo-yeon, a researcher at the Sejong Institute, said the deal had changed little.\n\n'
    '"Pyongyang has found a buyer.\n\n"It will keep selling as long as Moscow pays."',
    "Han Seo-yeon, a researcher at the Sejong Institute, argued that the deal had changed little.\n\n"
    "“Pyongyang has found a buyer.\n\n“It will keep selling as long as Moscow pays.\n\n“Nothing in the treaty stops it.”",
])
def test_a_quote_over_paragraphs_after_a_report_goes_on_with_its_speaker(text):
    assert _speakers(text) == ["Han Seo-yeon"]


def test_a_quote_over_paragraphs_with_its_own_attribution_keeps_it():
    text = ('Han Seo-yeon, a researcher at the Sejong Institute, said the deal had changed little.\n\n'
            '"Pyongyang has found a buyer.\n\n"It will keep selling as long as Moscow pays," Lee Min-ho said.')
    assert _speakers(text) == ["Lee Min-ho"]


def test_a_quote_over_paragraphs_followed_by_prose_in_its_last_paragraph_does_not_go_on():
    text = ('Han Seo-yeon, a researcher at the Sejong Institute, said the deal had changed little.\n\n'
            '"Pyongyang has found a buyer.\n\n"It will keep selling." Few analysts in Moscow agree with that view.')
    assert _speakers(text) != ["Han Seo-yeon"]


# Family 4: people and parts of a body that speak for it.
@pytest.mark.parametrize("text, speaker", [
    ('"The reports are false," the Kremlin\'s press office said in a statement.', "Kremlin"),
    ("Russia's defence ministry denied the report. “It is false,” the ministry's press service said.",
     "Russian Ministry of Defence"),
    ("The Russian Defence Ministry's press service said the reports were \"false.\"", "Russian Ministry of Defence"),
    ('"The reports are false," the press office of the Russian Defence Ministry said.', "Russian Ministry of Defence"),
    ('"The reports are false," a spokesperson for the Russian Defence Ministry said.', "Russian Ministry of Defence"),
    ("A spokesperson for Japan's foreign ministry said the launch was \"unacceptable.\"",
     "Japanese Ministry of Foreign Affairs"),
    ('"The reports are false," South Korea\'s defence ministry said in a statement.',
     "South Korean Ministry of National Defense"),
    ('A Pentagon official, speaking on condition of anonymity, said the troops were "moving south."', "Pentagon"),
])
def test_who_speaks_for_a_body_gives_the_words_to_the_body(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # a press office's own building, or a person's press officer named, is not the body speaking through it
    "The Kremlin's press office building was closed, and Dmitry Peskov said the talks were \"useful.\"",
    "Dmitry Peskov, who heads the Kremlin's press service, said the talks were \"useful.\"",
])
def test_a_press_office_that_does_not_speak_leaves_the_speaker_named(text):
    assert _speakers(text) == ["Dmitry Peskov"]


# A clause that a colon closes introduces the quote after it: its subject speaks, with no verb of saying.
@pytest.mark.parametrize("text", [
    "Han Seo-yeon's words: \"The deal is about cash.\"",
    'Han Seo-yeon had a simple explanation: "The deal is about cash."',
    "Han Seo-yeon, a researcher at the Sejong Institute, was blunt:\n\n“The deal is about cash.”",
    "Han Seo-yeon, for one, was harsher: “The deal is about cash.”",
    "Asked about the shipments, Han Seo-yeon was brief:\n\n\"The deal is about cash.\"",
])
def test_the_subject_of_a_clause_closed_by_a_colon_speaks_the_quote_after_it(text):
    assert _speakers(text) == ["Han Seo-yeon"]


@pytest.mark.parametrize("text, speaker", [
    # the words of a document from someone are its author's, not the subject's who holds it
    ('Putin received a letter from Kim Jong Un: "Our friendship is eternal."', "Kim Jong Un"),
    ("Talks ended late. The message from Kim Jong Un was clear: “Our friendship is eternal.”", "Kim Jong Un"),
    # a name after a preposition is no subject of the clause
    ("Talks ended late. The mood around Kim Jong Un was clear: “Our friendship is eternal.”", None),
    ("Talks ended late. The banner behind Kim Jong Un was clear: “Our friendship is eternal.”", None),
    # one who hears the words does not speak them
    ('Han Seo-yeon was told: "The deal is about cash."', None),
    # a deed before the colon introduces no words
    ('Han Seo-yeon visited Wonsan on Tuesday: "The deal is about cash."', None),
    ("Han Seo-yeon toured the port in March:\n\n“The deal is about cash.”", None),
    # no one named before the colon
    ('The answer is simple: "Follow the money."', None),
    ("For the envoys in the room, the slogan on the banner said it all: “Follow the money.”", None),
])
def test_a_clause_closed_by_a_colon_without_a_speaker_for_subject_names_no_one(text, speaker):
    assert _speakers(text) == [speaker]


# "The 24-year-old": an age alone stands for the person named with it in an apposition just before.
@pytest.mark.parametrize("text, speaker", [
    ('Oleg Ivanov, a 24-year-old private captured in March, spoke from a camp.\n\n'
     '"The units are rotating," the 24-year-old said.', "Oleg Ivanov"),
    ('Oleg Ivanov, 24, was captured in March.\n\n"The units are rotating," said the 24-year-old.', "Oleg Ivanov"),
    ("Marina Sokolova, a 41-year-old nurse in Kursk, treated the wounded. Her colleague Pavel Orlov, 35, disagreed.\n\n"
     "“They came every night,” the 41-year-old told the paper.", "Marina Sokolova"),
    ("Oleg Ivanov, a 24-year-old private, spoke first.\n\nThe 24-year-old added: “The units are rotating.”",
     "Oleg Ivanov"),
])
def test_an_age_alone_stands_for_the_person_given_it(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # an age no one named was given is no one's name
    'Oleg Ivanov, 31, was captured in March.\n\n"The units are rotating," the 24-year-old said.',
    'A 24-year-old soldier from Hamhung was captured in March.\n\n"The units are rotating," the 24-year-old said.',
])
def test_an_age_no_named_person_was_given_names_no_one(text):
    assert _speakers(text) == [None]


# An unnamed official of a body named by one word ("a senior defense official"), with no state named, speaks for
# that body of the state the article is written from, as "a senior government official" speaks for its government.
@pytest.mark.parametrize("source, speaker", [
    ("Yonhap", "South Korean Ministry of National Defense"),
    ("The Guardian", "UK Ministry of Defence"),
    ("Kyiv Independent", "Ukrainian Ministry of Defence"),
])
def test_an_unnamed_defence_official_speaks_for_the_home_state_s_ministry(source, speaker):
    text = '"They are combat units, not labourers," a senior defence official told reporters.'
    assert _speakers(text, source) == [speaker]


def test_an_unnamed_official_with_a_state_named_speaks_for_that_state_s_body():
    text = '"They are combat units, not labourers," a senior Ukrainian defense official told reporters.'
    assert _speakers(text, "Yonhap") == ["Ukrainian Ministry of Defence"]


# "The official", met again, after a group of officials its paragraph or the one before named: one of them, who
# speaks for what the group speaks for.
@pytest.mark.parametrize("text, speaker", [
    ("The rockets have grown more accurate, two senior Ukrainian officials told the network.\n\n"
     "“They hit what they aim at now,” the official said.", "Ukrainian government"),
    ("Unification ministry officials declined to comment on the report. “Talks remain possible,” the official added.",
     "South Korean Ministry of Unification"),
    ("Three South Korean officials briefed reporters on Monday. One of the rockets missed, the official said.\n\n"
     "“They learn from every launch,” the official said.", "South Korean government"),
])
def test_the_official_after_a_group_of_officials_is_one_of_them(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_the_official_far_after_a_group_is_not_read_back_to_it():
    text = ("Two senior Ukrainian officials spoke to the network.\n\nKyiv was hit again overnight.\n\n"
            "Rescuers worked until dawn.\n\n“They hit what they aim at,” the official said.")
    assert _speakers(text) != ["Ukrainian government"]


# Family 3: names by their form, before or after the verb, with titles and appositions.
@pytest.mark.parametrize("text, speaker", [
    ('"The shells are old," said Lim Soo-ho, a senior fellow at the Institute for National Security Strategy.',
     "Lim Soo-ho"),
    ('"The shells are old," said Lim Soo Ho, a senior fellow at the institute.', "Lim Soo Ho"),
    ("Lim Soo-ho, a senior fellow at the Institute for National Security Strategy, said the shells were “old.”",
     "Lim Soo-ho"),
    ('"The shells are old," said Vice Minister Kim Hong-kyun.', "Kim Hong-kyun"),
    ('"The shells are old," said Irina Petrovna Sokolova, a lecturer in Vladivostok.', "Irina Petrovna Sokolova"),
    ("Irina Petrovna Sokolova, a lecturer in Vladivostok, said: “The shells are old.”", "Irina Petrovna Sokolova"),
    ('"The shells are old," said Col. Dmytro Kovalenko, a brigade spokesman.', "Dmytro Kovalenko"),
    ('"The shells are old," Brig. Gen. Ryan Keller told reporters.', "Ryan Keller"),
])
def test_a_name_of_any_form_is_read_whole_without_its_titles(text, speaker):
    assert _speakers(text) == [speaker]
