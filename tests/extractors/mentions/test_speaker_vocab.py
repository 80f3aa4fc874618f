"""dossier.extractors.mentions.speaker_vocab: the words around a medium's name that make it the source of words, on sentences
written for the tests."""

import pandas as pd
import pytest

import dossier


def _channels(text: str, source: str = "BBC") -> list[tuple[str | None, str | None]]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-02-01")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(r.speaker if isinstance(r.speaker, str) else None, r.channel if isinstance(r.channel, str) else None)
            for r in df.itertuples()]


@pytest.mark.parametrize("text, expected", [
    # What the medium is, after its describing words, between the verb of speaking to it and its name.
    ("Ambassador Alexander Matsegora told the Russian state news agency TASS that the crews were “well trained.”",
     ("Alexander Matsegora", "TASS")),
    ("Sergei Lavrov told Russia's state-run news agency RIA Novosti the visit was “long overdue.”",
     ("Sergei Lavrov", "RIA Novosti")),
    ("Kim Jong Un called the unit “unbreakable,” in a report from the official news agency KCNA.",
     ("Kim Jong Un", "KCNA")),
])
def test_a_medium_spoken_to_may_be_described_before_its_name(text, expected):
    assert _channels(text)[0] == expected


def test_a_medium_named_as_news_is_no_channel():
    # The agency is the news here, not the source of the words.
    assert _channels("Sergei Lavrov praised the work of the Russian state news agency TASS as “honest.”") == [
        ("Sergei Lavrov", None)]


def _speakers(text: str) -> list[str | None]:
    return [speaker for speaker, _ in _channels(text)]


@pytest.mark.parametrize("text", [
    "The pact obliges each side to send help “without delay” if the other is attacked.",
    "The mutual defence pact says both sides will hold “immediate consultations.”",
])
def test_the_pact_is_the_treaty(text):
    assert _speakers(text) == ["Treaty on Comprehensive Strategic Partnership"]


@pytest.mark.parametrize("text, channel", [
    # Russia's state channels as English coverage writes them.
    ("Andrei Belousov told Rossiya-24 that the exchange was “businesslike.”", "Rossiya 24"),
    ("Dmitry Peskov told state TV channel Russia-1 that the Korean units were “disciplined.”", "Rossiya 1"),
    ("Sergei Lavrov said in an interview with Rossiya 1 that the ties were “unshakeable.”", "Rossiya 1"),
])
def test_russian_state_channels_by_their_spellings(text, channel):
    # (In a Russian state medium's own article, its state's words would be the article's: the outlet is no state's.)
    assert _channels(text, source="Reuters")[0][1] == channel


@pytest.mark.parametrize("text, expected", [
    # The source a medium cites, between the medium and its verb: the medium relays the source's words.
    ("Yonhap, citing a government source, said the North had shipped “a fresh batch” of shells.",
     ("anonymous source", "Yonhap")),
    ("Interfax, quoting Dmitry Peskov, said the talks had been “useful.”", ("Dmitry Peskov", "Interfax")),
])
def test_a_medium_citing_a_source_relays(text, expected):
    assert _channels(text, source="Reuters")[0] == expected


@pytest.mark.parametrize("text", [
    "The Ministry of National Defence of the DPRK called the drills “a rehearsal for invasion.”",
    # Not the North Korean government that "DPRK" alone names.
    "A spokesman for the DPRK Ministry of National Defence issued a press statement:\n\n“The drills are reckless.”",
])
def test_the_dprk_defence_ministry_by_its_official_name(text):
    assert _speakers(text) == ["DPRK Defence Ministry"]


@pytest.mark.parametrize("text, speaker", [
    # "one" brings someone unnamed in as "a" does: the same speaker, whichever way the article writes it (a diplomat
    # of a state the vocabularies know speaks for its government when they name no foreign ministry of it).
    ("“The convoy left at dawn,” said one Canadian diplomat.", "Canadian government"),
    ("“The convoy left at dawn,” a Canadian diplomat said.", "Canadian government"),
    ("The convoy left at dawn, according to one Canadian diplomat, who called it “a show.”", "Canadian government"),
    ("“Nobody slept that week,” one Ukrainian medic said.", "Ukrainian medic"),
])
def test_one_before_someone_unnamed_reads_as_a(text, speaker):
    assert _speakers(text)[0].lower() == speaker.lower()


def test_a_video_a_medium_posts_is_the_mediums_words_not_the_videos():
    text = "Uriminzokkiri posted a video on Tuesday calling the drills “a dress rehearsal for war.”"
    assert _channels(text) == [("Uriminzokkiri", "Uriminzokkiri")]


def test_a_film_a_medium_broadcast_carries_the_words_of_whom_it_shows():
    text = ("State television aired a new documentary on Sunday.\n\nThe film, broadcast by KCTV, showed Kim Jong Un at "
            "a hospital. “You are the pride of the nation,” Kim told a wounded sergeant.")
    assert _channels(text)[-1] == ("Kim Jong Un", "Korean Central Television")


@pytest.mark.parametrize("text, expected", [
    # "the broadcast" is the report of the broadcaster named before; a participle's phrase may stand before its verb.
    ("Voice of Korea aired a talk on Friday. The broadcast, recorded by NHK, also quoted a sailor as saying the navy "
     "was “ready for anything.”", "Voice of Korea"),
    ("Korean Central Television aired the rally. “We will win,” Kim Jong Un told the crowd, according to the "
     "broadcast.", "Korean Central Television"),
])
def test_the_broadcast_is_the_broadcasters_report(text, expected):
    assert _channels(text)[-1][1] == expected


@pytest.mark.parametrize("text, expected", [
    # A post is its author's words, and the platform is no channel.
    ("“The alliance is a threat to all of Europe,” Foreign Minister Andrii Sybiha posted on X on Friday.",
     [("Andrii Sybiha", None)]),
    ("Sergei Lavrov was silent. “Seoul is repeating Kyiv's mistakes,” Dmitry Medvedev posts on Telegram.",
     [("Dmitry Medvedev", None)]),
    # "posted" also tells who issued a document, and engineers posted somewhere say nothing.
    ("A statement posted by Kim Yo Jong called the drills “a rehearsal for invasion.”", [("Kim Yo Jong", None)]),
    ("Two Korean engineers were posted to Donetsk in spring. The agency called them “builders of peace.”", [(None, None)]),
])
def test_a_word_may_both_say_and_issue_a_document(text, expected):
    assert _channels(text, source=None) == expected


@pytest.mark.parametrize("text, expected", [
    # A body no vocabulary knows is still a body, which "it" can stand for.
    ("Sergei Lavrov spoke.\n\nThe European Commission said it was studying what it called “a new phase” of the war.",
     [("European Commission", None)]),
    ("Sergei Lavrov spoke.\n\nThe Swiss Federal Council said it would freeze what it called “tainted assets.”",
     [("Swiss Federal Council", None)]),
])
def test_it_stands_for_a_body_no_vocabulary_names(text, expected):
    assert _channels(text, source=None) == expected
