"""Call signs and collective names of the vocabularies: one speaker and claimant under either name."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.figures.estimates import estimates
from dossier.extractors.speech.quotes import quotes


def _frames(text: str):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None],
                             "published": [pd.NaT]})
    sents = dossier.sentences(articles)
    return quotes(sents, articles), estimates(sents, articles)


def test_a_commander_s_call_sign_is_the_commander_as_speaker_and_claimant():
    q, e = _frames("“Their infantry walks straight into our drones,” Madyar wrote on Sunday.\n\n"
                   "Madyar said his units had hit more than 200 North Korean soldiers that week.")
    assert q["speaker"].tolist() == ["Robert Brovdi"]
    assert "Robert Brovdi" in e["claimant"].tolist()


def test_the_western_press_is_western_media():
    q, _ = _frames("“The front is frozen,” the Western press wrote, a ministry spokesman said.")
    assert q["speaker"].tolist() != ["Western press"]
    q, _ = _frames("The Western press called the treaty “a marriage of convenience.”")
    assert q["speaker"].tolist() == ["Western media"]


def test_a_word_like_the_call_sign_inside_another_name_is_not_the_commander():
    q, _ = _frames("“The border is quiet,” Madyarov said on Monday.")
    assert q["speaker"].tolist() != ["Robert Brovdi"]


def test_the_dprk_s_mission_to_the_un_is_its_own_speaker_not_the_un():
    q, _ = _frames("North Korea's mission to the United Nations called the report “a fabrication.”\n\n"
                   "The UN secretary-general's office called the transfers “deeply troubling.”")
    assert q["speaker"].tolist()[0] == "DPRK Mission to the United Nations"
    assert q["speaker"].tolist()[1] != "DPRK Mission to the United Nations"


def test_ukraine_s_special_operations_forces_are_one_speaker_under_their_letters():
    q, _ = _frames("Ukraine's Special Operations Forces (SSO) released new footage on Friday.\n\n"
                   "“The assault groups keep coming in the open,” the SSO said.")
    assert q["speaker"].tolist() == ["Ukrainian Special Operations Forces"]


def test_the_dprk_government_is_the_north_korean_government():
    # One speaker under either name, in a quote's attribution and in a label's: the scorer and the charts
    # count "DPRK government" and "North Korean government" as one.
    from dossier.extractors.mentions.speaker_vocab import canonical

    for name in ("DPRK government", "the DPRK government", "government of the DPRK"):
        assert canonical(name, "name") == "North Korean government", name
    q, _ = _frames("The DPRK government said on Friday that the drills were “a rehearsal for war.”")
    assert q["speaker"].tolist() == ["North Korean government"]
