"""dossier.extractors.speech.picture_media: a medium named as the source of pictures carries no words; read through
dossier.quotes, and the reading itself."""

from __future__ import annotations

import pytest

from dossier.extractors.speech.picture_media import shows_pictures
from quote_readings import quote_readings


def _at(text: str, medium: str) -> bool:
    start = text.index(medium)
    return shows_pictures(text, start, start + len(medium), 0)


@pytest.mark.parametrize("text, medium", [
    ("The leader, seen sobbing in state TV footage, laid a wreath.", "state TV"),
    ("He knelt by the coffins in images carried by KCTV on Sunday.", "KCTV"),
    ("The crowds wept at the airfield, video aired on North Korean state television showed.",
     "North Korean state television"),
])
def test_a_medium_handed_pictures_shows_pictures(text, medium):
    assert _at(text, medium)


@pytest.mark.parametrize("text, medium", [
    # The pictures are the sentence's account of what was said.
    ("According to footage aired by KCTV, he told the crews they were heroes.", "KCTV"),
    ("In state TV footage, the leader tells the crews they are heroes.", "state TV"),
    # No pictures at all.
    ("The speech was carried by KCTV on Sunday.", "KCTV"),
    # What the medium itself published may go on with its own words.
    ("State media published photographs of the leader, calling the crews heroes.", "State media"),
])
def test_a_medium_of_words_or_of_an_account_in_pictures_does_not(text, medium):
    assert not _at(text, medium)


_KCNA = ("KCNA reported on Monday that Kim Jong Un had received the engineers, telling them they had done "
         "“a great deed.”\n\n")


def test_words_around_pictures_keep_the_medium_that_reported_them():
    # State TV shows the leader; the words he was quoted as saying are KCNA's account, told just before.
    text = _KCNA + ("Kim, who was seen smiling in state TV footage, was quoted as saying the engineers would be "
                    "“remembered forever.”")
    assert quote_readings(text)[1] == ("Kim Jong Un", "KCNA", "article")


def test_a_body_s_words_beside_pictures_of_someone_else_get_no_medium():
    text = ("The party's Central Military Commission declared the mission “accomplished”, and Kim has since "
            "laid wreaths at the cemetery in footage carried by state television.")
    assert quote_readings(text)[0][1:] == (None, None)
