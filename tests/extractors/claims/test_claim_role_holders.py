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


# The office given once with the body's full name, the title later with the body shortened.

def test_a_body_shortened_to_its_letters_is_the_one_given_in_full():
    got = claim("about 7,000",
                "The head of the Main Intelligence Directorate of the Ministry of Defence of Ukraine (HUR), Ivan "
                "Petrenko, gave an interview on Sunday.",
                "The head of the HUR said that about 7,000 North Korean soldiers were training in the Far East.")
    assert got[0] == "Ivan Petrenko"


def test_a_body_shortened_to_a_word_of_its_name_is_the_one_given_in_full():
    got = claim("at least 2,500",
                "This was stated by the head of the Main Intelligence Directorate of the Ministry of Defence of "
                "Ukraine Ivan Petrenko on the air of a national telethon.",
                "The head of intelligence noted that at least 2,500 more soldiers had arrived since January.")
    assert got[0] == "Ivan Petrenko"


def test_a_shortened_body_is_not_another_bodys_head():
    # Petrenko heads the border guards: "the head of intelligence" is someone the article has not named.
    got = claim("at least 2,500",
                "The head of the State Border Guard Service of Ukraine, Ivan Petrenko, spoke on Sunday.",
                "The head of intelligence noted that at least 2,500 more soldiers had arrived since January.")
    assert got[0] == "head of intelligence"


def test_a_deputy_given_the_full_name_is_not_the_head():
    got = claim("about 7,000",
                "The deputy head of the Main Intelligence Directorate of the Ministry of Defence of Ukraine, Ivan "
                "Petrenko, gave an interview on Sunday.",
                "The head of the HUR said that about 7,000 North Korean soldiers were training in the Far East.")
    assert got[0] == "Ukrainian military intelligence (HUR)"


def test_a_committee_s_head_is_no_head_of_intelligence():
    # The words are in the committee's name, but the committee is lawmakers, not the intelligence service.
    got = claim("at least 2,500",
                "The head of the parliamentary intelligence committee, Park Ji-won, spoke after the briefing.",
                "The head of intelligence noted that at least 2,500 more soldiers had arrived since January.")
    assert got[0] == "head of intelligence"


def test_a_word_of_the_name_that_is_not_its_kind_is_no_shortened_body():
    # The reviewer's sentences: "defence" and "security" are words of the names, not the intelligence they are.
    got = claim("about 2,000", "The head of the Defence Intelligence of Ukraine, Kyrylo Budanov, spoke on Sunday.",
                "The head of defence said about 2,000 soldiers had arrived.")
    assert got[0] == "head of defence"
    got = claim("about 2,000", "The head of the Security Service of Ukraine, Vasyl Maliuk, spoke on Sunday.",
                "The head of security said about 2,000 soldiers had arrived.")
    assert got[0] == "head of security"


def test_a_word_of_the_name_that_is_its_kind_is_the_shortened_body():
    got = claim("about 800", "The head of the Defence Intelligence of Ukraine, Ivan Petrenko, spoke on Sunday.",
                "The head of intelligence said about 800 soldiers had been captured.")
    assert got[0] == "Ivan Petrenko"
