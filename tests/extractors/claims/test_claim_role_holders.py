"""A title of a body ("the head of military intelligence") is the person the article gave that title before."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_a_title_of_a_body_is_its_holder_named_before():
    got = claim("some 9,000",
                "Kyrylo Budanov, head of Ukraine's military intelligence, spoke to a television channel on Friday.",
                "The head of military intelligence said that some 9,000 North Korean soldiers were fighting in Kursk.")
    assert got[0] == "Kyrylo Budanov"


def test_a_title_given_before_the_name_is_read_too():
    got = claim("some 9,000",
                "The chief of military intelligence, Kyrylo Budanov, spoke to a television channel on Friday.",
                "The chief of military intelligence estimated that some 9,000 North Korean soldiers were in Kursk.")
    assert got[0] == "Kyrylo Budanov"


def test_no_holder_named_keeps_the_title():
    # No one was given the title before: the words stay as they are, no person is guessed.
    got = claim("some 9,000", "Ukraine's military intelligence briefed reporters on Friday.",
                "The head of military intelligence said that some 9,000 North Korean soldiers were fighting in Kursk.")
    assert got[0] != "Kyrylo Budanov"


def test_a_holder_of_another_bodys_title_is_not_taken():
    # Budanov heads intelligence, not the navy: "the head of the navy" is someone else.
    got = claim("some 9,000",
                "Kyrylo Budanov, head of Ukraine's military intelligence, spoke to a television channel on Friday.",
                "The head of the navy said that some 9,000 North Korean soldiers were fighting in Kursk.")
    assert got[0] != "Kyrylo Budanov"


def test_a_deputy_is_not_the_head():
    # "deputy head of military intelligence" is another title: the head is someone the article has not named.
    got = claim("some 9,000", "Vadym Skibitskyi, deputy head of military intelligence, spoke on Friday.",
                "The head of military intelligence said that some 9,000 North Korean soldiers were fighting in Kursk.")
    assert got[0] != "Vadym Skibitskyi"


def test_a_deputys_title_is_read_whole():
    got = claim("some 9,000", "Vadym Skibitskyi, deputy head of military intelligence, spoke on Friday.",
                "The deputy head of military intelligence said that some 9,000 North Korean soldiers were fighting in Kursk.")
    assert got[0] == "Vadym Skibitskyi"
