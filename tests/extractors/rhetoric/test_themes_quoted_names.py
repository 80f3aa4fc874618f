"""The allies' soldiers called "brothers", a single quoted word of the bond: fraternity_blood.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "On Russian channels the Korean gunners are now simply “brothers”.",
        "Bloggers near Sudzha took to calling the newcomers \"brothers\" within a week.",
        "The only Russian word the sappers learned was «brother», the reporter said.",
    ],
)
def test_soldiers_called_brothers_in_a_quoted_word_are_the_frame(text, themes_of):
    assert "fraternity_blood" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # A brother of the family, a title, a whole quoted sentence or phrase.
        "Her brother was drafted in the spring, she said.",
        "The film “Brothers” opened in Seoul cinemas last week.",
        "The band's new song “Brother” topped the charts.",
        "“Brother, give me water,” the wounded man whispered.",
        "He watched “Big Brother” every evening.",
    ],
)
def test_a_brother_of_the_family_or_a_title_is_not(text, themes_of):
    assert "fraternity_blood" not in themes_of(text)
