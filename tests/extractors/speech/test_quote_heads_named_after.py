""""the head of <a body>, <name>": the head introduced by the title first and the name in an apposition after it, met
again as "the head of <the body>", "the <letters> head", "the head of <the body described>"; and a quote's inverted
attribution of that form ("…,” said the head of …, <name>"). Read through dossier.quotes."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers

INTRO = ("The depots near the border were struck twice in May. The damage was described by the head of the Defence "
         "Intelligence of Ukraine (HUR), Kyrylo Budanov, on a visit to Odesa on Tuesday.\n\n")


@pytest.mark.parametrize("attribution", [
    "the head of HUR said",
    "the HUR head said",
    "the head of military intelligence said",
    "the intelligence chief said",
])
def test_the_head_named_after_the_title_is_met_again_by_the_title(attribution):
    text = INTRO + f"\"The trains have not stopped, they only go at night,\" {attribution}."
    assert quote_speakers(text) == ["Kyrylo Budanov"]


def test_a_head_named_after_a_body_of_many_names_heads_the_first():
    text = ("The shells arrive by rail. This was stated by the head of the Main Intelligence Directorate of the "
            "Ministry of Defence of Ukraine (HUR), Kyrylo Budanov, in an interview.\n\n"
            "\"Half of their shells are Korean,\" the head of HUR said.")
    assert quote_speakers(text) == ["Kyrylo Budanov"]


@pytest.mark.parametrize("text, speaker", [
    ("\"The alliance has become a war economy,\" said the head of the Centre for Countering Disinformation, "
     "Andriy Kovalenko.", "Andriy Kovalenko"),
    ("\"The supplies doubled in a year,\" said the head of the Norwegian Intelligence Service, Vice Admiral "
     "Nils Andreas Stensønes, when he presented the report.", "Nils Andreas Stensønes"),
])
def test_an_inverted_attribution_to_a_head_named_in_an_apposition_is_the_head(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("attribution, speaker", [
    ("the head of the Border Guard Service said", "Border Guard Service"),
    # Sharing "defence" with the named body is not naming it: the ministry is not the intelligence body (the reviewer's).
    ("the head of the defence ministry said", "head of the defence ministry"),
    ("the head of the ministry of defence said", None),
])
def test_a_head_of_another_body_is_not_met_again(attribution, speaker):
    text = INTRO + f"\"We need more shells,\" {attribution}."
    assert quote_speakers(text) == [speaker]
