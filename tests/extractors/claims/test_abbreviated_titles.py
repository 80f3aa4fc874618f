"""An abbreviated title before a surname ("Prof. Verhoeven", "Amb. Eriksen") is a title, as "Dr." and "Col." are: the
claimant is the person first named in full (data/claimant_cues.csv, title); on sentences written for the tests."""

import pytest

from estimate_readings import claimant_list


@pytest.mark.parametrize("intro, sentence, claimant", [
    ("Military historian Anna Verhoeven, a professor at Utrecht University, has followed the deployment for a year.",
     "Prof. Verhoeven put the number of wounded at about 4,000.", "Anna Verhoeven"),
    ("Military historian Anna Verhoeven, a professor at Utrecht University, has followed the deployment for a year.",
     "About 4,000 soldiers were wounded, Prof. Verhoeven said.", "Anna Verhoeven"),
    ("Ambassador Lars Eriksen, Norway's envoy to Seoul, spoke at a forum on Tuesday.",
     "Amb. Eriksen put the number of wounded at about 4,000.", "Lars Eriksen"),
    ("Governor Alexei Smirnov of the Kursk region visited the border on Monday.",
     "Gov. Smirnov put the number of wounded at about 4,000.", "Alexei Smirnov"),
    # A full name after the title: the name, without the title.
    ("The deployment goes on.", "Prof. Hans Muller put the number of wounded at about 4,000.", "Hans Muller"),
])
def test_an_abbreviated_title_and_surname_is_the_person_first_named_in_full(intro, sentence, claimant):
    assert [c for _, c in claimant_list(intro, sentence)] == [claimant]


def test_a_surname_never_given_in_full_is_the_surname_without_its_title():
    assert [c for _, c in claimant_list("The deployment goes on.", "Prof. Verhoeven put the number of wounded at about "
                                        "4,000.")] == ["Verhoeven"]
