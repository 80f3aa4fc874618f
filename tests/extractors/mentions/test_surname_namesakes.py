"""A bare family name when an article names several people of it (dossier.extractors.mentions.surname_tally)."""

import re

import pytest

from dossier.extractors.mentions.discourse import account
from dossier.extractors.mentions.surname_tally import signs_piece


def _resolve(text, phrase, nth=-1):
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    return account(text).resolve(start, start + len(phrase))


@pytest.mark.parametrize("text, person", [
    ("Park Min-seo, who keeps cattle near the border, said the shelling had frightened the herd. "
     "In March, Park Geun-tae opened a new bridge over the river. Park said the herd had calmed since the summer.",
     "Park Min-seo"),
    # The leader named in passing does not take the bare name from the farmer the story is about.
    ("Kim Soo-hyun, who farms rice near Cheorwon, said the guards had changed. "
     "In August, Kim Jong Un welcomed home an engineer regiment. Kim said the hills now looked different to him.",
     "Kim Soo-hyun"),
])
def test_of_namesakes_named_as_often_the_one_introduced_first_keeps_the_bare_name(text, person):
    surname = person.split()[0]
    assert _resolve(text, surname).name == person


@pytest.mark.parametrize("byline", [
    "(Busan=Yonhap) Choi Da-eun reporter = ",
    "Correspondent Choi Da-eun reports. ",
])
def test_the_reporter_who_signs_the_piece_is_no_namesake_of_the_people_in_it(byline):
    text = byline + "Port officials met on Monday. Choi Min-jae, a harbour pilot, said ships were late. Choi added that fuel was short."
    assert _resolve(text, "Choi").name == "Choi Min-jae"


def test_a_byline_is_told_from_a_title_that_only_looks_like_one():
    text = "Reporter Choi Da-eun wrote it. Defence Minister Choi Min-jae spoke."
    assert signs_piece(text, text.index("Choi Da-eun"), text.index(" wrote"))
    assert not signs_piece(text, text.index("Choi Min-jae"), text.index(" spoke"))


def test_a_role_written_as_the_title_of_a_possessor_does_not_make_him_a_subject():
    text = "North Korean leader Kim Jong Un's sister Kim Yo Jong spoke on Friday. Kim warned Seoul again."
    assert _resolve(text, "Kim").name == "Kim Yo Jong"


def test_a_gendered_title_picks_the_namesake_shown_to_be_of_that_gender():
    text = ("Kim Min-jae, an analyst in Seoul, called the threat a bluff. "
            "On Friday Kim Yo Jong issued a statement. Ms Kim said Seoul would regret it.")
    assert _resolve(text, "Ms Kim").name == "Kim Yo Jong"
