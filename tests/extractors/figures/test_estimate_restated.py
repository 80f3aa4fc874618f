"""dossier.estimate_restated: a figure restated by its value alone counts what the figure it restates counted."""

from __future__ import annotations

import pytest

from estimate_readings import claimant_list, run

_BRIEFING = [
    "Our assessment is that about 7,000 North Korean soldiers are now near the border, out of some 9,000 to 10,000 "
    "sent to Russia.",
    "Q: Can you confirm any fighting?",
    "A: Not at this time.",
    "Q: Is the 7,000 near the border part of the 9,000 to 10,000?",
    "A: Yes. Of the roughly 9,000 to 10,000, most, about 7,000, have moved west.",
]


def test_a_value_restated_far_from_its_figure_counts_what_that_figure_counted():
    got = run(*_BRIEFING)
    assert got["quantity_text"].tolist() == ["about 7,000", "some 9,000 to 10,000", "7,000", "9,000 to 10,000",
                                             "roughly 9,000 to 10,000", "about 7,000"]
    assert set(got["category"]) == {"troops"}


def test_a_restated_value_with_a_noun_of_its_own_or_a_year_is_no_restatement():
    got = run(*_BRIEFING[:1], "The city spent 7,000 dollars on the parade.", "The plan dates from 2019.",
              "The factory has built 7,000 cars since then.")
    assert got["quantity_text"].tolist() == ["about 7,000", "some 9,000 to 10,000"]


def test_a_value_never_given_before_is_no_restatement():
    got = run(*_BRIEFING[:1], "Q: Is the 8,000 figure right?")
    assert "8,000" not in got["quantity_text"].tolist()


def test_a_part_restating_a_value_is_read_with_its_whole():
    # "7,000 of the 12,000 soldiers deployed had been killed": the part is the loss, whatever it restates.
    got = run("About 7,000 soldiers went first.", "By spring 7,000 of the 12,000 soldiers deployed had been killed.")
    row = got[got["quantity_text"] == "7,000"].iloc[0]
    assert row["category"] == "casualties"


def test_a_figure_named_far_from_any_figure_is_the_articles_force():
    got = run("Pyongyang has sent about 9,000 soldiers to Russia, officials say.", "The move began in the autumn.",
              "Few had expected it.", "Diplomats were caught off guard.",
              "Within a week the ministry put the figure at some 4,000, then about 7,000.")
    assert got["quantity_text"].tolist() == ["about 9,000", "some 4,000", "about 7,000"]
    assert set(got["category"]) == {"troops"}


def test_a_figure_named_in_an_article_with_no_force_is_no_figure():
    assert run("The bank put the figure at around 3,000 last year.", "Few had expected it.").empty


_CAPTURE = "Ukraine's army said it had captured three North Korean soldiers near Sudzha in March."


@pytest.mark.parametrize(
    "later",
    [
        "So far Kyiv has shown only the three.",  # no noun: the count alone
        "These three men are now worth a great deal to Kyiv, one official said.",  # a demonstrative, a people noun
        "Zelensky offered to swap the three soldiers for Ukrainians held in Russia.",  # a troop noun, object
        "For months the three young conscripts have waited in a cell near Kyiv.",  # an adjective before the noun
        "Ukraine's security service, which is interrogating the three men, says they were drafted in 2023.",
        "Today the world can watch three of them, on video, in a hospital ward.",  # "of them" after it points back
    ],
)
def test_the_prisoners_named_again_by_their_number_are_the_captives_counted_before(later):
    got = run(_CAPTURE, later)
    assert got["category"].tolist() == ["casualties", "casualties"]
    assert got["subtype"].tolist() == ["captured", "captured"]
    assert got["low"].tolist() == [3.0, 3.0]


@pytest.mark.parametrize(
    "later",
    [
        "Talks between the three leaders went on past midnight.",  # a noun of others
        "Trade between the three Koreas of old is a myth.",  # a capitalised name
        "The three brigades moved north in April.",  # units, not the captives
        "Kyiv says the four men are still in the north.",  # another number
        "Only three soldiers returned to the unit.",  # no determiner pointing back
        "The pact binds the three neighbouring states for a decade.",  # a plural of others past an adjective
        "It is a matter for the three sovereign governments, Moscow said.",
        "Four of them were released in May, the agency said.",  # "of them", but another number
    ],
)
def test_a_small_count_that_does_not_point_back_at_the_captives_is_not_them(later):
    got = run(_CAPTURE, later)
    assert got["subtype"].tolist()[:1] == ["captured"]
    assert "captured" not in got["subtype"].tolist()[1:]


@pytest.mark.parametrize(
    "later",
    [
        "Seoul puts the Korean dead at 1,100; three of them were colonels.",  # "them": the dead, counted last
        "Pyongyang sent another 3,000 troops, and three of them defected at once, the NIS said.",
        "Kyiv later counted 250 wounded Koreans. Three of them were flown to Lviv.",
    ],
)
def test_of_them_points_at_the_people_counted_last_not_at_earlier_captives(later):
    got = run(_CAPTURE, later)
    assert got["subtype"].tolist().count("captured") == 1


def test_no_count_restates_captives_the_article_never_counted():
    got = run("The SBU said it had found two North Korean ID cards.", "So far Kyiv has shown only the two.")
    assert "captured" not in got["subtype"].tolist()


_PROMISE = "Pyongyang promised Moscow 5,000 military builders for the border region."


@pytest.mark.parametrize(
    "later",
    [
        "Pyongyang earns hard currency from these 5,000 people.",
        "Where the 5,000 people will sleep is unclear.",
        "Seoul doubts that those 5,000 people will ever come home.",
        "Moscow will pay for the 5,000 people out of its own budget.",
    ],
)
def test_a_value_restated_with_people_after_a_determiner_counts_what_was_counted(later):
    got = run(_PROMISE, "Analysts agree.", "Nobody doubts it.", later)
    assert got["category"].tolist() == ["troops", "troops"]


@pytest.mark.parametrize(
    "later",
    ["The town of 5,000 people lies near the border.", "About 5,000 people attended the parade."],
)
def test_people_of_the_same_number_with_no_determiner_pointing_back_are_no_restatement(later):
    got = run(_PROMISE, "Analysts agree.", "Nobody doubts it.", later)
    assert got["quantity_text"].tolist() == ["5,000"]


def test_a_later_mention_keeps_the_claimant_of_the_first():
    got = claimant_list("Dmytro Koval, the army's spokesman, said two North Korean soldiers had been captured near Sudzha.",
                     "The two soldiers were taken to a hospital in Sumy, where doctors treated their wounds.")
    assert got == [("two", "Dmytro Koval"), ("two", "Dmytro Koval")]


def test_a_later_mention_whose_sentence_names_someone_keeps_its_own_reading():
    got = claimant_list("Dmytro Koval, the army's spokesman, said two North Korean soldiers had been captured near Sudzha.",
                     "Anna Berg, a lawyer in Kyiv, said the two soldiers should be treated as prisoners of war.")
    assert got[1] == ("two", "Anna Berg")


def test_a_same_number_with_no_determiner_pointing_back_is_a_figure_of_its_own():
    got = claimant_list("Dmytro Koval, the army's spokesman, said two North Korean soldiers had been captured near Sudzha.",
                     "Two more soldiers were captured in March near Kurilovka.")
    assert got[1][1] is None


def test_a_value_given_again_in_the_writers_arithmetic_keeps_its_first_claimant():
    got = claimant_list("The Joint Chiefs of Staff said North Korea had shipped 7 million shells since 2023.",
                     "If 7 million shells were fired in a year, that would be about 19,000 a day.")
    assert got[:2] == [("7 million", "Joint Chiefs of Staff"), ("7 million", "Joint Chiefs of Staff")]


@pytest.mark.parametrize("later, quantity", [
    ("A force of 8,000 or so infantrymen would change little.", "8,000 or so"),  # a figure of its own
    ("Several thousand soldiers will arrive in the spring.", "Several thousand"),  # a vague plural restates nothing
])
def test_a_new_figure_of_the_same_value_is_the_writers_own(later, quantity):
    got = dict(claimant_list("The Pentagon said about 8,000 North Korean soldiers were in Kursk, and several thousand more "
                          "were expected.", later)[2:])
    assert got.get(quantity, "missing") is None


@pytest.mark.parametrize("first, later, quantity", [
    # The reviewer's: a new time, a year, a separate event, a rate, or another loss of the same number.
    ("Koval said 12 soldiers were killed in the shelling on Monday.",
     "On Thursday, 12 soldiers were killed in a separate artillery strike.", "12"),
    ("Budanov said North Korea had delivered 9 million shells to Russia.",
     "Russia itself now produces 9 million shells a year.", "9 million"),
    ("The Pentagon said about 11,000 North Korean troops had been sent to Kursk.",
     "In 2013, 11,000 troops took part in a North Korean parade.", "11,000"),
    ("Zelensky said Russia had fired 1,000 drones at Ukraine last week.",
     "In March, 1,000 drones were fired at Kharkiv alone.", "1,000"),
    ("Koval said two North Korean soldiers had been captured.",
     "The two soldiers killed in the ambush on Friday were buried in Donetsk.", "two"),
    # Ours.
    ("Koval said 40 recruits had deserted from the camp.", "Forty recruits deserted from a camp near Kursk.",
     "Forty"),
    ("Officials said 2,000 engineers had arrived in Rason.", "Last year 2,000 engineers built a bridge there.",
     "2,000"),
    ("Kim Ji-woo said 5,000 soldiers had been sent to Kursk.",
     "Under a separate agreement, 5,000 soldiers went to Zaporizhzhia.", "5,000"),
])
def test_a_figure_of_the_same_value_on_an_occasion_of_its_own_is_the_writers(first, later, quantity):
    got = claimant_list(first, later)
    assert got[-1] == (quantity, None), got


def test_a_value_given_again_with_no_determiner_keeps_its_first_claimant():
    got = claimant_list("Budanov said North Korea had delivered 9 million shells to Russia.",
                        "If 9 million rounds were delivered, the stockpile would last well into next spring.")
    assert got == [("9 million", "Kyrylo Budanov"), ("9 million", "Kyrylo Budanov")]
