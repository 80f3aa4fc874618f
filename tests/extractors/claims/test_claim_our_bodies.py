"""A body a writer calls "our" in an article written from a state (dossier.extractors.mentions.home_ministries): that
state's body, on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimants(text: str, source: str | None) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-02")], "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {q: c if isinstance(c, str) else None for q, c in zip(df["quantity_text"], df["claimant"])}


@pytest.mark.parametrize("text, quantity", [
    ("According to our Ministry of Defence, the enemy has lost more than 9,000 men near Sudzha since March.", "more than 9,000"),
    ("Our Defence Ministry says the enemy has lost more than 9,000 men near Sudzha since March.", "more than 9,000"),
])
def test_our_ministry_in_a_russian_post_is_russias(text, quantity):
    assert _claimants(text, "Dmitry Medvedev's Telegram")[quantity] == "Russian Ministry of Defence"


def test_our_ministry_from_no_known_state_is_no_states():
    found = _claimants("According to our Ministry of Defence, the enemy has lost more than 9,000 men near Sudzha.", None)
    assert found["more than 9,000"] != "Russian Ministry of Defence"


@pytest.mark.parametrize("text, quantity", [
    ("According to our military intelligence, the enemy has brought some 40 new howitzers to the Pokrovsk area.", "some 40"),
    ("According to our military intelligence, roughly 2,500 North Korean soldiers now serve near Kursk.", "roughly 2,500"),
])
def test_our_body_in_lower_case_in_a_ukrainian_release_is_ukraines(text, quantity):
    # "our military intelligence" is no evidence ("according to satellite imagery") but the writer's state's body
    assert _claimants(text, "Ukrainian Ground Forces")[quantity] == "Ukrainian military intelligence (HUR)"


BRIEFING = [
    "MELNYK: Good morning. Two patrol boats were seen near Ochakiv overnight.",
    "QUESTION: Are foreign soldiers now fighting on the southern front?",
    "MELNYK: No. According to our military intelligence, around 6,000 of them remain near Bryansk, far from us.",
]


def test_our_body_in_an_officers_briefing_is_the_body_cited_not_the_speakers_own():
    found = _claimants("\n\n".join(BRIEFING), "Ukrainian Navy spokesman Oksana Melnyk's briefing")
    assert found["around 6,000"] == "Ukrainian military intelligence (HUR)"


def test_our_body_in_anothers_reported_words_is_not_read_as_the_writers():
    # "our" is the minister's, whose words the sentence reports: no bare "our military intelligence" as a claimant
    text = "The minister said that, according to our military intelligence, about 700 North Korean soldiers were wounded."
    assert _claimants(text, "Ukrainian Ground Forces")["about 700"] != "our military intelligence"


@pytest.mark.parametrize("source", ["Yonhap", None])
def test_our_body_in_lower_case_that_the_home_state_lacks_is_no_ones(source):
    # Seoul's paper (or a source of no known state) writing "our military intelligence": no body an analyst can name,
    # and no claimant "our military intelligence" either
    text = "According to our military intelligence, perhaps 4,200 of the soldiers have been rotated out since spring."
    assert _claimants(text, source)["perhaps 4,200"] is None



def test_our_body_in_a_foreign_speakers_words_closed_by_his_name_is_not_the_writers():
    # a Kyiv paper setting out a Russian general's words, his name after a dash: his "our" is Russia's, not the HUR
    text = "According to our military intelligence, some 2,600 Ukrainian soldiers are surrounded near Sudzha — Gerasimov."
    assert _claimants(text, "Kyiv Independent")["some 2,600"] != "Ukrainian military intelligence (HUR)"
