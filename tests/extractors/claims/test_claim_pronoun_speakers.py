"""A reporting "he" or "she" is the person who spoke just before in the paragraph, not a name inside a quotation."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_he_after_a_quote_naming_kim_is_the_analyst_who_spoke():
    got = claim("8,000",
                "Park Ji-won, a fellow at a Seoul think tank, said the North wanted cash and oil. "
                "\"For Kim, these 8,000 men are a bargaining chip,\" he said.")
    assert got[0] == "Park Ji-won"


def test_he_in_the_next_sentence_is_the_one_who_told_the_paper():
    got = claim("about 9,000",
                "\"Now Kim wants the credit for Kursk,\" Lee Dong-hoon of the Korea Defence Forum told the newspaper. "
                "He estimated that about 9,000 containers had been shipped since 2023.")
    assert got[0] == "Lee Dong-hoon"


def test_he_is_someone_unnamed_who_spoke_before():
    got = claim("nine thousand",
                "Speaking to a radio station, a retired Dutch Army colonel said the figures matched what he had seen. "
                "\"You do not lose nine thousand men in a winter unless they are thrown at the guns,\" he said.")
    assert got[0] == "retired Dutch Army colonel"


def test_she_is_not_a_man_who_spoke_before():
    # The one who spoke is a man: "she" is someone else, whom the account reads.
    got = claim("about 300",
                "Foreign Minister Anna Berg met reporters in Oslo. Mr Peter Holm of the Nordic Defence Forum said the "
                "talks had stalled. She said about 300 more soldiers had been captured.")
    assert got[0] == "Anna Berg"


def test_a_body_that_spoke_before_is_no_antecedent_of_he():
    got = claim("about 2,000",
                "President Ivan Petrenko visited the front. The ministry said the lines held. "
                "He said about 2,000 North Korean soldiers had been wounded.")
    assert got[0] == "Ivan Petrenko"


def test_he_is_someone_named_since_the_last_speaker_outside_the_quotes():
    # The account's reading stands when the man it takes was named after the last one who spoke, outside quotes.
    got = claim("about 2,000",
                "President Ivan Petrenko said 3,000 soldiers had been killed. Then Taras Holub of the Kyiv Institute "
                "visited the front. He said about 2,000 soldiers had died.")
    assert got[0] == "Taras Holub"


def test_a_verb_of_saying_inside_the_quotation_is_not_the_one_who_spoke():
    # The reviewer's sentence: "told" inside the quotation is Putin's, quoted by the researcher.
    got = claim("about 2,000",
                "Lee Sang-min, a researcher at the Korea Institute for Defense Analyses, said the North had lost a lot. "
                "\"As Putin told Kim, they are cannon fodder,\" he said, adding that about 2,000 soldiers had died.")
    assert got[0] == "Lee Sang-min"


def test_a_quoted_minister_who_said_something_is_not_the_reporting_she():
    got = claim("about 400",
                "Olena Marchuk of the Lviv Security Centre said the front was thinning. \"As the minister said to "
                "Petrenko, the reserves are gone,\" she said, adding that about 400 soldiers had deserted.")
    assert got[0] == "Olena Marchuk"
