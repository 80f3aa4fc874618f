"""dossier.extractors.speech.passive_agents: the person a passive's agent names after its role ("This was stated by
the head of the agency, Jane Roe, …") speaks, and the medium the passive names carries that person's later words,
read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier

_LEAD = "The shipments of shells across the border have doubled since the spring.\n\n"


def _quotes(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, channel, basis) of each quote of a one-article corpus from a Kyiv outlet."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")],
                         "source": ["Ukrainska Pravda"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [tuple(x if isinstance(x, str) else None for x in row) for row in zip(df.speaker, df.channel, df.channel_basis)]


def _speakers(text: str) -> list[str | None]:
    return [s for s, _, _ in _quotes(text)]


@pytest.mark.parametrize("agent, speaker", [
    # The role, its body and its acronym in parentheses, then the name between commas.
    ("the head of the State Border Guard Service, Petro Marchenko,", "Petro Marchenko"),
    # No comma: the name right after the body.
    ("the spokesman of the Ministry of Internal Affairs Ivan Sokolenko", "Ivan Sokolenko"),
    # A deputy of an office, the name between commas.
    ("the deputy head of the Office of the President, Mykola Hrytsenko,", "Mykola Hrytsenko"),
    # The commander of a unit, a rank before the name.
    ("the commander of the brigade, Colonel Taras Bondarenko,", "Taras Bondarenko"),
])
@pytest.mark.parametrize("verb", ["stated", "announced", "noted"])
def test_the_name_after_a_passive_agent_s_role_speaks(agent, speaker, verb):
    # The words before the passive, in its sentence; and after it, by a pronoun.
    text = _LEAD + f"“The shells are mostly old and unreliable,” this was {verb} by {agent} at a briefing in Kyiv."
    assert _speakers(text) == [speaker]
    text = (_LEAD + f"This was {verb} by {agent} at a briefing in Kyiv on Monday.\n\n"
            "According to him, the shells were “mostly old and unreliable.”")
    assert _speakers(text) == [speaker]


def test_the_agent_of_as_was_said_by_speaks():
    text = (_LEAD + "The shells are “mostly old and unreliable,” as was noted by the spokesman of the Ministry of "
            "Internal Affairs, Ivan Sokolenko, on Monday.")
    assert _speakers(text) == ["Ivan Sokolenko"]


@pytest.mark.parametrize("sentence", [
    # A person named after a word that ends the agent's phrase heard the words, they did not say them.
    "This was stated by the head of the commission in a letter to Anna Kovalenko.",
    "This was announced by the head of the regional council, who met Oleh Savchuk on Monday.",
])
def test_a_person_past_the_agent_s_phrase_is_not_its_speaker(sentence):
    text = _LEAD + "“The shells are mostly old and unreliable,” " + sentence[0].lower() + sentence[1:]
    assert not {"Anna Kovalenko", "Oleh Savchuk"} & set(_speakers(text))


def test_a_person_named_as_the_agent_stays_the_speaker():
    # The agent is a person already: the one named after "and" is a second agent, not an apposition.
    text = _LEAD + "“The shells are mostly old and unreliable,” this was stated by Tykhyi and the minister Ivan Sokolenko."
    assert _speakers(text) == ["Heorhii Tykhyi"]


def test_the_agent_of_a_passive_of_no_saying_is_no_speaker():
    # "built by": no verb of saying, so the workers say nothing, and the quote's speaker is the one named with it.
    text = (_LEAD + "The bridge was built by Korean workers, the head of the district, Ivan Petrenko, said.\n\n"
            "The bridge, the mayor added, was “a gift nobody asked for.”")
    assert "Korean workers" not in _speakers(text)


@pytest.mark.parametrize("later", [
    # By surname, by pronoun, after a paragraph of reported speech; the outlet's own name quoted after the passive.
    "“They are learning fast, and they are learning from us,” Tykhyi said.",
    "Asked about the drones, he said: “They are learning fast, and they are learning from us.”",
    "According to Tykhyi, the talks went on.\n\n“They are learning fast, and they are learning from us,” he added.",
])
def test_the_medium_of_the_passive_s_interview_carries_the_agent_s_later_words(later):
    # (A public person of the vocabulary, charted by name: the role of the agent is no one the medium carries.)
    text = ("The shipments of shells across the border have doubled since the spring. This was stated by the "
            "spokesman of the Ministry of Foreign Affairs of Ukraine, Heorhii Tykhyi, in an interview with the "
            "Japanese newspaper Yomiuri Shimbun, “Kyiv Evening” reports.\n\n"
            "The crossings, he explained, are watched day and night.\n\n" + later)
    assert _quotes(text)[1:] == [("Heorhii Tykhyi", "Yomiuri Shimbun", "article")]


def test_a_role_with_no_name_after_it_stays_the_agent():
    # "by the head of the agency" and nothing more: no one's name to take; the later words name no medium.
    text = ("The shipments of shells have doubled. This was stated by the head of the customs service in an interview "
            "with the Japanese newspaper Yomiuri Shimbun.\n\n“They are learning fast,” Heorhii Tykhyi said at a "
            "briefing in Kyiv.")
    assert _quotes(text)[0][:2] == ("Heorhii Tykhyi", None)


@pytest.mark.parametrize("source, speaker", [
    ("According to the words of the head of the State Border Guard Service, Petro Marchenko,", "Petro Marchenko"),
    ("According to the spokesman of the Ministry of Internal Affairs Ivan Sokolenko,", "Ivan Sokolenko"),
    ("According to the deputy head of the Office of the President, Mykola Hrytsenko,", "Mykola Hrytsenko"),
    ("According to the commander of the brigade, Colonel Taras Bondarenko,", "Taras Bondarenko"),
])
def test_the_name_in_apposition_to_an_according_to_role_speaks(source, speaker):
    assert _speakers(_LEAD + source + " the shells were “mostly old and unreliable.”") == [speaker]


@pytest.mark.parametrize("sentence", [
    # A body, then the clause's own subject.
    "According to the Ministry of Internal Affairs, Ivan Sokolenko was dismissed for “gross negligence.”",
    # A role, then a name that opens the clause: no comma closes it.
    "According to the head of the commission, Ivan Sokolenko was dismissed for “gross negligence.”",
])
def test_a_name_opening_the_clause_after_according_to_is_not_its_source(sentence):
    assert "Ivan Sokolenko" not in _speakers(_LEAD + sentence)
