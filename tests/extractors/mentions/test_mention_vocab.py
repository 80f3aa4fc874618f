"""dossier.extractors.mentions.mention_vocab: the look-ups on the account's vocabularies, on phrases written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.mentions.mention_vocab import government_of_official, home_state, unnamed_sources


@pytest.mark.parametrize("phrase, government", [
    ("a senior Russian diplomat", "Russian Foreign Ministry"),  # a diplomat speaks for the foreign ministry
    # Out of office, an official speaks for no government.
    ("a former North Korean diplomat", None),
    ("a retired Russian officer", None),
    ("an ex-South Korean official", None),
])
def test_only_an_official_in_office_speaks_for_a_government(phrase, government):
    assert government_of_official(phrase) == government


def _speakers(text: str) -> list[str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-01-05")], "source": ["BBC"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [r.speaker if isinstance(r.speaker, str) else None for r in df.itertuples()]


def test_a_former_official_is_followed_by_he_as_a_person():
    text = ("MP Park Jin-woo said the briefing was “alarming.”\n\n"
            "A former North Korean official who fled in 2019 said the ships carried shells. "
            "“They loaded at night,” he said.")
    assert _speakers(text) == ["Park Jin-woo", "former North Korean official"]


@pytest.mark.parametrize("text, noun", [
    # The medium someone unnamed spoke to may stand before the noun, and any verb of saying may follow it.
    ("a Daily NK source reported on Monday", "source"),
    ("an RFA source said", "source"),
    ("a trader explained", "trader"),
])
def test_someone_unnamed_may_be_named_with_the_medium_they_spoke_to(text, noun):
    m = unnamed_sources().first.match(text)
    assert m is not None and m.group("noun") == noun


@pytest.mark.parametrize("text", [
    "“The figures look inflated,” one Tokyo-based researcher said.",
    "“The figures look inflated,” said a London-based analyst.",
])
def test_a_place_based_researcher_is_an_unnamed_analyst(text):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["BBC"]})
    assert dossier.quotes(dossier.sentences(arts), arts)["speaker"].tolist() == ["unnamed analyst"]


def test_the_station_stands_for_the_broadcaster_named_before():
    text = ("Voice of Korea aired a talk on the alliance on Sunday. The station also quoted a Russian sailor as "
            "saying the two navies were “one crew.”")
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["BBC"]})
    q = dossier.quotes(dossier.sentences(arts), arts)
    assert q[["channel", "via_dprk_state_media"]].values.tolist() == [["Voice of Korea", True]]


def test_the_tv_channel_stands_for_the_broadcaster_named_before():
    text = ("Korean Central Television showed Kim Jong Un at a tank plant. According to the TV channel, Kim said "
            "the new tanks were “the best in the world.”")
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["BBC"]})
    q = dossier.quotes(dossier.sentences(arts), arts)
    assert q[["speaker", "channel", "channel_basis"]].values.tolist() == [
        ["Kim Jong Un", "Korean Central Television", "sentence"]]


@pytest.mark.parametrize("text", [
    "Kim Jong Un toured a farm. State radio aired a talk calling the harvest “a victory of the Party.”",
    "Kim Jong Un toured a farm. North Korean state radio said the harvest was “a victory of the Party.”",
])
def test_state_radio_is_dprk_state_media(text):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["BBC"]})
    q = dossier.quotes(dossier.sentences(arts), arts)
    assert q[["channel", "via_dprk_state_media"]].values.tolist() == [["DPRK state media", True]]


def test_a_role_phrase_does_not_run_over_a_paragraph_break():
    text = ("The dinner was attended by officers and by Alexander Matsegora, Russian ambassador to the DPRK.\n\n"
            "The ambassador said the friendship was “tested by fire.”")
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["BBC"]})
    assert dossier.quotes(dossier.sentences(arts), arts)["speaker"].tolist() == ["Alexander Matsegora"]


@pytest.mark.parametrize("phrase, government", [
    # a state the vocabularies know by its government alone: the government "<nationality> government" names
    ("a Japanese official", "Government of Japan"),
    ("two senior Japanese diplomats", "Japanese Ministry of Foreign Affairs"),
    ("a former Japanese diplomat", None),
    ("a Chinese official", None),  # no Chinese government in the vocabularies
])
def test_an_official_of_a_state_known_by_its_government_speaks_for_it(phrase, government):
    assert government_of_official(phrase) == government


@pytest.mark.parametrize("text, speaker", [
    ("A Russian government source told AFP the visit was “long planned.”", "Russian government"),
    ("A North Korean government official told CNN the aid was “welcome.”", "North Korean government"),
    ("A Japanese government official said the launch was “unacceptable.” “We protest,” the official said.",
     "Government of Japan"),
])
def test_a_government_source_of_any_state_speaks_for_its_government(text, speaker):
    assert set(_speakers(text)) == {speaker}


@pytest.mark.parametrize("source, state", [
    # An outlet of a state by name, though its style is none of its state's: Russia's independent press.
    ("Meduza", "russia"),
    ("The Moscow Times", "russia"),
    ("Interfax", "russia"),
    # By style: Seoul's broadcasters and wires, Ukraine's public broadcaster.
    ("Newsis", "south_korea"),
    ("Suspilne", "ukraine"),
    ("Voice of America", ""),
])
def test_an_outlet_not_written_in_its_state_s_style_has_its_home_state(source, state):
    assert home_state("The talks ended on Friday.", source) == state
