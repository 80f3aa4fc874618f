"""dossier.extractors.speech.medium_pictures: a medium whose own clause shows pictures or frames a thing relays none of
the words of the clause it is joined to."""

from __future__ import annotations

import pytest

from quote_readings import quote_readings


@pytest.mark.parametrize("text", [
    # pictures the medium carries, in a clause joined past the words
    "Kim Jong Un called the engineers “the pride of the nation”, and he was later seen embracing them in footage "
    "carried by state television.",
    # the medium's own framing
    "Kim Jong Un spoke of an “unbreakable bond” with Moscow, and state media portray the treaty as a shield "
    "against the West.",
    "Kim Jong Un praised the “iron will” of the pilots, while official media have glorified the air force for weeks.",
    # the medium's pictures as the subject of a verb of showing
    "Kim Jong Un called the test “a complete success,” and KCNA photos showed him applauding on a hillside.",
    "Kim Jong Un called the test “a complete success,” and state TV footage showed him applauding on a hillside.",
    # video the medium airs
    "Kim Jong Un called the welders “heroes of labour”, and KCTV aired video of him embracing them.",
])
def test_a_medium_with_a_clause_of_pictures_or_framing_after_the_words_is_no_channel(text):
    assert quote_readings(text)[0][1:] == (None, None)


def test_pictures_aired_before_a_clause_of_someone_elses_words_carry_none_of_them():
    text = ("State television on Sunday broadcast footage of Kim Jong Un laying a wreath, and Foreign Minister Choe Son "
            "Hui has vowed to honour what she calls the “heroes of the front”.")
    assert quote_readings(text) == [("Choe Son Hui", None, None)]


@pytest.mark.parametrize("text", [
    # the medium carries the words themselves
    "Kim Jong Un called the engineers “the pride of the nation”, and state media carried the speech in full.",
    # the pictures show the occasion of the words, in no clause apart
    "State television on Sunday showed Kim Jong Un laying a wreath and kneeling by the graves, where he called the "
    "fallen “heroes of the front”.",
])
def test_a_medium_that_carries_the_words_or_shows_their_occasion_is_their_channel(text):
    assert quote_readings(text) == [("Kim Jong Un", "DPRK state media", "sentence")]


@pytest.mark.parametrize("text, channel", [
    ("KCTV showed Kim Jong Un inspecting a new destroyer, and he called the ship “a floating fortress”.",
     "Korean Central Television"),
    ("State media showed Kim Jong Un at a tractor factory, and Kim praised the workers as “true patriots”.",
     "DPRK state media"),
    ("KCNA pictures showed Kim Jong Un on a hillside, and the North Korean leader called the launch “a historic feat”.",
     "KCNA"),
])
def test_a_clause_after_the_pictures_whose_subject_is_the_one_they_show_goes_on_with_the_mediums_story(text, channel):
    assert quote_readings(text) == [("Kim Jong Un", channel, "sentence")]


@pytest.mark.parametrize("text, channel", [
    # the pictures aired are of the words' own occasion
    ("Kim Jong Un called the new submarine “a guardian of the seas”, and KCTV aired footage of the address that "
     "evening.", "Korean Central Television"),
    ("Kim Jong Un urged the builders to “storm the summit”, and state television broadcast remarks and footage from "
     "the site on Friday.", "DPRK state media"),
    # what the medium frames is the words themselves
    ("Kim Jong Un said the harvest was “a miracle of the collective”, and KCNA cast his comments as a message to "
     "farmers across the country.", "KCNA"),
    ("Kim Jong Un urged the builders to “storm the summit”, and Rodong Sinmun touted the remark on its front page.",
     "Rodong Sinmun"),
    # the words go with the pictures the medium carries
    ("Kim Jong Un urged the builders to “storm the summit”, in a speech and photos carried by KCNA on Friday.", "KCNA"),
])
def test_pictures_or_framing_of_the_words_themselves_leave_the_medium_their_channel(text, channel):
    assert quote_readings(text) == [("Kim Jong Un", channel, "sentence")]


def test_pictures_of_no_words_stay_the_mediums_own_clause():
    text = ("Kim Jong Un urged the builders to “storm the summit”, and state television broadcast footage from the "
            "site on Friday.")
    assert quote_readings(text) == [("Kim Jong Un", None, None)]
