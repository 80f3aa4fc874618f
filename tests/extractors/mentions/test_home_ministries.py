"""A body an unnamed official is of, and a ministry named without its state (dossier.extractors.speech.unnamed_groups,
dossier.extractors.mentions.home_ministries), on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source=None) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # The body an official is of speaks, as written, without its state's possessive or nationality.
    ("“Exports have tripled,” an official of Russia's Federal Fisheries Agency told a regional paper.",
     "Federal Fisheries Agency"),
    ("An official of Russia's Federal Fisheries Agency, speaking to a regional paper, called the catch “record-breaking”.",
     "Federal Fisheries Agency"),
    ("“Exports have tripled,” a spokesman at the Russian Federal Fisheries Agency said.", "Federal Fisheries Agency"),
])
def test_an_official_of_a_body_speaks_for_the_body(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # No body's name after the official: their state's government, as before.
    ("“Exports have tripled,” an official of Russia's government told a regional paper.", "Russian government"),
    ("“Exports have tripled,” an official in Moscow told a regional paper.", "Russian government"),
])
def test_an_official_of_no_body_named_keeps_their_state(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("source, speaker", [
    # A ministry named without its state is that of the state the outlet writes from.
    ("TASS", "Russian Ministry of Natural Resources"),
    # An outlet of no known state: the name as written.
    (None, "Ministry of Natural Resources"),
])
def test_a_ministry_without_its_state_is_the_home_states(source, speaker):
    text = "The Ministry of Natural Resources said the timber deal was “mutually beneficial.”"
    assert _speakers(text, source) == [speaker]


def test_a_ministry_with_its_state_or_known_keeps_it():
    assert _speakers("The Russian Ministry of Natural Resources called the deal “fair.”", "Yonhap") == [
        "Russian Ministry of Natural Resources"]
    assert _speakers("The Ministry of Unification called the talks “useful.”", "TASS") == [
        "South Korean Ministry of Unification"]


@pytest.mark.parametrize("text, speaker", [
    # The state the sentence before opens with, not the last state whose foreign ministry was named.
    ("Kyiv's Foreign Ministry said the talks would go on.\n\nMoscow has agreed to take part. “We will send observers,” "
     "a foreign ministry spokeswoman told reporters.", "Russian Foreign Ministry"),
    ("Ukraine's Foreign Ministry spokesman Oleg Tkach welcomed the offer.\n\nOfficials in Seoul remain wary. "
     "“We will decide case by case,” said a Ministry of Foreign Affairs official.",
     "South Korean Ministry of Foreign Affairs"),
])
def test_a_ministry_without_its_state_is_that_of_the_state_the_sentence_before_is_about(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_state_of_another_paragraph_leaves_the_ministry_named_last():
    text = ("Ukraine's Foreign Ministry spokesman Oleg Tkach welcomed the offer.\n\nOfficials in Seoul remain wary."
            "\n\n“We will decide case by case,” said a Ministry of Foreign Affairs official.")
    assert _speakers(text)[-1] == "Ukrainian Ministry of Foreign Affairs"


@pytest.mark.parametrize("source, text, speaker", [
    # A government official with no state named, in an article written from Seoul: Seoul's government.
    ("Yonhap", "“The talks will resume in spring,” a senior government official said.", "South Korean government"),
    # A nationality word still says whose.
    ("Yonhap", "“The talks will resume in spring,” a Russian government official said.", "Russian government"),
    # An outlet of no state: whose government is not told.
    ("Reuters", "“The talks will resume in spring,” a senior government official said.", "senior government official"),
])
def test_a_government_official_of_no_state_is_of_the_home_state(source, text, speaker):
    assert _speakers(text, source)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # Australia, a member of the sanctions monitoring team, is a state the vocabularies know by its government.
    ("“Shipments through the port have doubled,” a senior Australian official said.", "Australian government"),
    ("“We will keep watching the ports,” Canberra said in a statement.", "Australian government"),
])
def test_an_australian_official_speaks_for_the_australian_government(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, source, speaker", [
    # An unnamed official of a ministry named without its state speaks for the home state's ministry.
    ("“Revenue has doubled,” a Finance Ministry official said.", "Yonhap", "South Korean Ministry of Economy and Finance"),
    ("A Finance Ministry official said Seoul could not “verify the totals” on its own.", "Money Today",
     "South Korean Ministry of Economy and Finance"),
    ("“Prices have not moved,” said a senior Agriculture Ministry spokesperson.", "TASS", "Russian Agriculture Ministry"),
    # A body's name with "of" in it is still the subject: "of" between capitals belongs to the name.
    ("“The figures are hard to confirm,” a Ministry of Unification official told Financial News.", "Financial News",
     "South Korean Ministry of Unification"),
    ("“The figures are hard to confirm,” said a Ministry of Economy and Finance official.", "Yonhap",
     "South Korean Ministry of Economy and Finance"),
])
def test_an_official_of_a_home_ministry_speaks_for_it(text, source, speaker):
    assert _speakers(text, source)[-1] == speaker


@pytest.mark.parametrize("text, source", [
    # No state the outlet writes from: the words as written, no state guessed.
    ("“Revenue has doubled,” a Finance Ministry official said.", None),
    # An official with a modifier but no body: not a ministry.
    ("“Revenue has doubled,” a senior official said.", "Yonhap"),
])
def test_no_home_ministry_without_a_home_or_a_body(text, source):
    assert not (_speakers(text, source)[-1] or "").startswith(("South Korean", "Russian"))


@pytest.mark.parametrize("source", ["Ramzan Kadyrov's Telegram", "AKHMAT special forces (official Telegram channel)"])
def test_a_generic_body_in_an_owners_channel_is_the_owners_states(source):
    text = "“The enemy is retreating along the whole line,” the Ministry of Defence said on Sunday."
    assert _speakers(text, source)[-1] == "Russian Ministry of Defence"
