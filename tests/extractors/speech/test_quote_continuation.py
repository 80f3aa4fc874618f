"""Paragraphs that are wholly a quotation with no cue of their own: whose words go on, and whose do not."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _said(text: str, source=None) -> dict[str, tuple[str | None, str | None]]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    q = quotes(dossier.sentences(articles), articles)
    na = lambda v: v if isinstance(v, str) else None  # noqa: E731
    return {t.split()[0]: (na(s), na(c)) for t, s, c in zip(q["text"], q["speaker"], q["channel"])}


def test_a_quoted_paragraph_goes_on_with_the_speaker_the_paragraph_before_reports():
    text = ("Border guards reported two more drones over the river on Sunday.\n\n"
            "Colonel Marta Iliescu, who commands the sector, said the drones had grown harder to spot.\n\n"
            "“They fly lower now. Our radars see them only in the last minute.”")
    assert _said(text)["They"][0] == "Marta Iliescu"


def test_a_quoted_paragraph_after_an_apposed_analyst_is_the_analyst_s():
    text = ("Oren Stahl, an analyst at the Lindqvist Institute in Oslo, said the shells were of poor quality.\n\n"
            "“Half of them fail to explode, and the gunners know it.”")
    assert _said(text)["Half"][0] == "Oren Stahl"


def test_a_quoted_paragraph_after_prose_that_reports_no_one_saying_is_no_one_s():
    # The paragraph before tells what happened; nobody in it is said to speak.
    text = ("Colonel Marta Iliescu inspected the sector on Sunday.\n\n"
            "“They fly lower now. Our radars see them only in the last minute.”")
    assert _said(text)["They"][0] is None


def test_a_quote_that_shares_its_paragraph_with_prose_does_not_go_back_a_paragraph():
    text = ("Colonel Marta Iliescu said the drones had grown harder to spot.\n\n"
            "“They fly lower now,” wrote a blogger who follows the front, adding that losses were mounting.")
    assert _said(text)["They"][0] != "Marta Iliescu"


def test_a_quoted_paragraph_after_two_speakers_reported_together_is_no_one_s():
    text = ("Oren Stahl said the shells were poor, while Ada Brun said the rockets were worse.\n\n"
            "“Half of them fail to explode.”")
    assert _said(text)["Half"][0] is None


def test_a_person_or_medium_named_inside_the_quoted_words_neither_speaks_nor_relays_them():
    text = ("Pyongyang held a ceremony on Friday for soldiers killed abroad.\n\n"
            "Jun Tae-ho, a member of parliament's defence committee, said after a closed briefing that the tone had "
            "changed.\n\n"
            "“The regime is making heroes of the dead. The agency believes that Kim Jong Un will use the funerals to "
            "rally the party, and KCNA will tell the story for months.”")
    speaker, channel = _said(text)["The"]
    assert speaker == "Jun Tae-ho"  # not Kim, named only inside his words
    assert channel is None  # nor through KCNA, which the words only speak of


def test_a_spy_agency_is_no_medium_even_after_state_media_were_named():
    # The state media of the first paragraph are no "spy agency": the lawmaker's words come through no medium.
    text = ("North Korea's state media on Friday aired a funeral for soldiers killed abroad.\n\n"
            "Jun Tae-ho, a member of parliament's defence committee, said after a briefing by the spy agency that "
            "the tone had changed.\n\n"
            "“The regime is making heroes of the dead.”")
    assert _said(text)["The"] == ("Jun Tae-ho", None)


def test_the_agency_after_state_media_is_still_the_state_media():
    text = ("North Korea's state media on Friday aired a funeral for soldiers killed abroad. "
            "The agency called them “heroes of the motherland.”")
    assert _said(text)["heroes"][1] == "DPRK state media"


def test_a_quoted_sentence_goes_on_with_the_speaker_named_after_the_verb_closing_the_sentence_before():
    text = ("Oren Stahl teaches at the Lindqvist Institute in Oslo.\n\n"
            "Whether the shells will keep coming is unclear, says Stahl. “The factories are working three shifts.”")
    assert _said(text)["The"][0] == "Oren Stahl"


def test_a_quoted_sentence_after_a_closing_attribution_in_another_paragraph_stays_unread():
    text = ("Whether the shells will keep coming is unclear, says Oren Stahl.\n\n"
            "Border guards counted twelve trains on Monday. “The factories are working three shifts.”")
    assert _said(text)["The"][0] is None


def test_a_quoted_sentence_after_a_quoted_one_goes_on_past_a_document_named_next():
    text = ("Kim Jong Un put the output at 200 shells a day.\n\n"
            "“Counts in wartime are rough,” defence analyst Jane Roe told Radio Free Asia. “But three sources "
            "agree.”\n\nThe statement of Kim Jong Un is therefore plausible.")
    assert _said(text)["But"][0] == "Jane Roe"
