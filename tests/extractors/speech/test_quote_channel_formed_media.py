"""dossier.extractors.speech.formed_media: a medium no vocabulary lists, known by the form of its name."""

from __future__ import annotations

import pytest

from quote_readings import quote_readings


def _quotes(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None, str | None]]:
    return quote_readings(text, source)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # A name ending as media names end: a radio, a Japanese or Korean daily, a Russian "Pravda" or "Gazeta".
        ("“Our stocks are running low,” the Slovak defence minister, Robert Kaliňák, told Slovak Radio on Monday.",
         "Slovak Radio"),
        ("Robert Kaliňák told Hokkaido Shimbun that “our stocks are running low.”", "Hokkaido Shimbun"),
        ("“Our stocks are running low,” Robert Kaliňák said in an interview with Obshchaya Gazeta.", "Obshchaya Gazeta"),
        ("Speaking to Danube Television, Robert Kaliňák said “our stocks are running low.”", "Danube Television"),
        # One opening as they open, and one after a medium's noun.
        ("“Our stocks are running low,” Robert Kaliňák told Radio Tatra.", "Radio Tatra"),
        ("Robert Kaliňák told the Austrian weekly Profil that “our stocks are running low”.", "Profil"),
        ("“Our stocks are running low,” Robert Kaliňák told the German edition Capital.", "Capital"),
        ("According to the Slovak outlet Aktuality, Robert Kaliňák said “our stocks are running low.”", "Aktuality"),
        ("“Our stocks are running low,” Robert Kaliňák told Bratislava Weekly.", "Bratislava Weekly"),
    ],
)
def test_a_medium_known_by_the_form_of_its_name_is_the_channel(text, channel):
    assert _quotes(text)[0] == ("Robert Kaliňák", channel, "sentence")


def test_the_next_sentence_of_the_interview_keeps_the_medium():
    text = ("“Our stocks are running low,” Robert Kaliňák told Slovak Radio. “We will not send more shells.”\n\n"
            "The ministry later declined to comment.")
    assert [q[1:] for q in _quotes(text)] == [("Slovak Radio", "sentence"), ("Slovak Radio", "paragraph")]


@pytest.mark.parametrize(
    "text",
    [
        # A nationality and a word that only describes a medium name none.
        "“Our stocks are running low,” Robert Kaliňák told Russian TV.",
        # Not presented as the source of the words: the medium is what the words are about.
        "Robert Kaliňák said the Slovak Radio building was “badly damaged”.",
        # A body, not a medium.
        "“Our stocks are running low,” Robert Kaliňák told the Defence Committee.",
    ],
)
def test_no_medium_where_the_name_is_no_mediums_source_of_words(text):
    assert _quotes(text)[0][1:] == (None, None)


def test_the_article_s_own_outlet_is_no_channel_of_what_it_prints():
    text = "“Our stocks are running low,” Robert Kaliňák told Radio Tatra International."
    assert _quotes(text, source="Radio Tatra International")[0][1:] == (None, None)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Robert Kaliňák said the army was “running out of shells”, Slovak Radio reported.", "Slovak Radio"),
        ("“We are running out of shells,” Slovak Radio quoted Robert Kaliňák as saying.", "Slovak Radio"),
        ("Robert Kaliňák said the army was “running out of shells,” Hokkaido Shimbun reported on Friday.",
         "Hokkaido Shimbun"),
    ],
)
def test_a_medium_known_by_its_form_relays_the_words_it_reports_and_speaks_none(text, channel):
    # The medium that reported the words is their channel, not their speaker.
    assert _quotes(text)[0] == ("Robert Kaliňák", channel, "sentence")


def test_a_medium_known_by_its_form_speaks_its_own_words():
    assert _quotes("“The shelling went on all night,” Slovak Radio reported.")[0] == (
        "Slovak Radio", "Slovak Radio", "sentence")
