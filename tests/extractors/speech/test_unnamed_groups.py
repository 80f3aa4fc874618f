"""Someone unnamed as a group subject describes them (dossier.extractors.speech.unnamed_groups), on phrases written for the
tests."""

import pandas as pd
import pytest

import dossier

from dossier.extractors.speech.unnamed_groups import group_without_place


@pytest.mark.parametrize("phrase, group", [
    ("a schoolteacher in Pyongyang", "a schoolteacher"),
    ("one Western diplomat in Seoul", "one Western diplomat"),
    ("two European officials at the Kremlin", "two European officials"),
    ("a senior official in Seoul", None),  # the place's officials speak for it
    ("a nurse", None),  # no place
])
def test_group_without_place_keeps_the_group_when_the_place_only_says_where_it_is(phrase, group):
    assert group_without_place(phrase) == group


def test_an_unnamed_source_keeps_the_place_it_is_named_with():
    assert group_without_place("another source in Pyongyang") is None



def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["BBC"]})
    df = dossier.quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # Someone unnamed, then what they are "of": the one before "of" speaks, and "he" after is them.
    ("Vladimir Putin thanked the Korean troops.\n\nA Chechen veteran of the Sudzha battles said the Koreans "
     "dug in well. “They never retreated,” he said.", "Chechen veteran"),
    ("Kim Jong Un visited the wounded.\n\nA medic of the 155th Brigade said supplies ran short. "
     "“We had no morphine,” she said.", "medic"),
    ("Kim Jong Un toured the front.\n\nA Ukrainian sergeant of a mortar crew near Kupiansk told the BBC the "
     "shelling had eased. “It is quieter now,” he said.", "Ukrainian sergeant"),
    ("Vladimir Putin met Kim Jong Un.\n\nOne Indian scholar of Russian history at Jawaharlal Nehru University said "
     "the summit was staged. “It was theatre,” he said.", "Indian scholar"),
])
def test_someone_unnamed_of_a_body_or_event_speaks_not_what_they_are_of(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # An official speaks for the body named after "of".
    ("“The count is rising,” an official of the Ministry of Unification said.", "South Korean Ministry of Unification"),
])
def test_an_official_of_a_body_still_speaks_for_it(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A name, then the place it is in: the name speaks, not the place's government.
    ("“The claims are baseless,” a press officer at the Chinese Embassy in Moscow said.", "Chinese Embassy"),
    ("The Polish Consulate in Seoul said the visas were “suspended.”", "Polish Consulate"),
    # The medium a byline ran in, described, is where the words are, not who writes them.
    ("An article by Ri Hyok Chol in the party newspaper called the drills “a prelude to war.”", "Ri Hyok Chol"),
    ("A commentary signed by Pak Song Il in the North's official news agency dismissed the report as “a fabrication.”",
     "Pak Song Il"),
])
def test_a_name_in_a_place_speaks_not_the_place(text, speaker):
    assert _speakers(text)[-1] == speaker


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = dossier.quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # A group with no determiner speaks as the group.
    ("Decorated veterans said they would “guard the memory of the fallen forever.”", "Decorated veterans"),
    ("Elderly villagers told the broadcaster the harvest was “the worst in years.”", "Elderly villagers"),
    # The place after the group is where they are, not who speaks.
    ("Former prisoners in Kyiv said the camps were “run like a prison inside a prison.”", "Former prisoners"),
    # Unnamed sources in the plural are a group too, with what the words before say of them.
    ("Italian naval sources admit that the blockade has become “a costly habit.”", "Italian naval sources"),
    ("Intelligence sources told the daily that the convoy was “bigger than last year.”", "Intelligence sources"),
])
def test_a_group_with_no_determiner_speaks_as_the_group(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A verb or a function word between is no group: the name before speaks.
    ("Medvedev praised soldiers and said they were “true heroes of the fatherland.”", "Dmitry Medvedev"),
])
def test_a_clause_is_not_read_as_a_group(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Out of office, an official speaks as a person: never the body whose name their mention holds.
    ("A former BND official said the estimates were “far too cautious.”", "former BND official"),
    ("An ex-Pentagon analyst told the paper the shells were “mostly duds.”", "ex-Pentagon analyst"),
    ("One retired Pentagon planner called the front “a meat grinder.”", "retired Pentagon planner"),
    # In office, the same official is still the body's voice.
    ("A Pentagon official said the estimates were “far too cautious.”", "Pentagon"),
])
def test_a_former_official_of_a_body_is_not_the_bodys_voice(text, speaker):
    assert _speakers(text) == [speaker]
