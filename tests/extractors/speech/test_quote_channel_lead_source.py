"""dossier.extractors.speech.quote_channels: the DPRK's words in a lead whose source the lead names after them."""

from __future__ import annotations

import pytest

from quote_readings import quote_readings


def _quotes(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None, str | None]]:
    return quote_readings(text, source, "2025-05-12")


@pytest.mark.parametrize(
    "text, speaker, channel",
    [
        # The lead's next paragraph names the medium for what it calls the words, not for a speaker of its own.
        ("North Korea confirmed on Monday that its troops fought in Kursk, saying they had helped “liberate” the region.\n\n"
         "It was a remarkable admission, carried by the state news agency KCNA.", "North Korean government", "KCNA"),
        ("Kim Jong Un called the fallen “eternal heroes” at a ceremony on Sunday.\n\n"
         "It was his first public word on the losses, KCNA reported.", "Kim Jong Un", "KCNA"),
        ("Pyongyang hailed its soldiers as “liberators” on Monday.\n\n"
         "That was the first such word in a year, according to the Rodong Sinmun.", "North Korean government", "Rodong Sinmun"),
        ("Kim Jong Un promised the families a street of “new homes”.\n\n"
         "The scene was broadcast on Tuesday by Korean Central Television.", "Kim Jong Un", "Korean Central Television"),
        ("Kim Yo Jong called the drills “a rehearsal for war” on Monday.\n\n"
         "It was her harshest warning this year, carried by KCNA.", "Kim Yo Jong", "KCNA"),
    ],
)
def test_the_leads_dprk_words_take_the_source_the_lead_names_next(text, speaker, channel):
    assert _quotes(text)[0] == (speaker, channel, "article")


def test_a_source_named_beyond_the_lead_is_not_taken():
    # Past the lead's two paragraphs, a medium named for other words tells nothing of the first words' source.
    text = ("Kim Jong Un praised the sappers' “selfless devotion” on Monday.\n\n"
            "The engineers cleared mines near Sudzha for three months.\n\n"
            "Seoul's spy agency says hundreds of them were hurt.\n\n"
            "KCNA reported on Tuesday that the regiment had been decorated.")
    assert _quotes(text)[0] == ("Kim Jong Un", None, None)


def test_the_source_of_the_norths_words_is_not_given_to_seouls():
    # The medium the lead names carries the North's words, not the South's.
    text = ("South Korea's defence ministry called the deployment “a grave provocation” on Monday.\n\n"
            "According to KCNA, Kim Jong Un inspected the returning regiment in Pyongyang.")
    assert _quotes(text)[0][1:] == (None, None)


def test_a_lead_medium_that_gives_no_ones_words_is_no_source_further_on():
    # The lead's medium shows a scene and gives no words: the Commission's and Kim's words further on get none.
    text = ("There is a kind of picture that regimes reserve for their darkest hours. Last week North Korean state "
            "television broadcast one of them: Kim Jong Un standing by a row of coffins at the airport.\n\n"
            "Why now? The party's Central Military Commission praised the units for their “glorious exploits”. "
            "Kim himself called the dead “the pride of the nation”.")
    assert [q[1:] for q in _quotes(text)] == [(None, None), (None, None)]


def test_a_lead_medium_that_gives_words_is_still_the_source():
    # The look-alike: the lead's medium carries words, so the DPRK's words further on take it.
    text = ("North Korean state television said on Sunday that the regiment had come home “in glory”.\n\n"
            "Why now? The party's Central Military Commission praised the units for their “glorious exploits”.")
    assert _quotes(text)[1][1:] == ("DPRK state media", "article")


def test_a_medium_named_for_someone_elses_words_does_not_carry_the_sentence_befores():
    # The medium's sentence tells of Kim: it carries his words, not the Commission's in the sentence before.
    text = ("Villagers near the border spoke to us about the winter.\n\n"
            "In Pyongyang the war is now sold as a triumph. In April the party's Central Military Commission declared the "
            "“liberation of the border region” complete. Kim also met the returning officers and, according to "
            "KCNA, told them they had done their duty.")
    assert _quotes(text)[0][1:] == (None, None)
