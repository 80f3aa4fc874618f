"""dossier.claim_reach: an attribution covers the aside or the coordinate clause it stands in, not the sentence's
other figures."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

NIS = "National Intelligence Service"
KYIV = "Ukrainian government"


@pytest.mark.parametrize("quantity, text, expected", [
    # An aside between dashes reports a figure of its own: its sayer claims the aside, not the figures around it.
    ("millions", "Pyongyang has sold Moscow millions of rounds—Kyiv says as many as half of what Russian gunners "
                 "fire—along with dozens of missiles.", None),
    ("dozens", "Pyongyang has sold Moscow millions of rounds—Kyiv says as many as half of what Russian gunners "
               "fire—along with dozens of missiles.", None),
    ("as many as half", "Pyongyang has sold Moscow millions of rounds—Kyiv says as many as half of what Russian "
                        "gunners fire—along with dozens of missiles.", KYIV),
    # Brackets, and the verb after the figure it reports.
    ("thousands", "The North has lost thousands of men in the border fighting (some 2,000 dead, the Pentagon "
                  "estimated in May), and it keeps sending more.", None),
    ("some 2,000", "The North has lost thousands of men in the border fighting (some 2,000 dead, the Pentagon "
                   "estimated in May), and it keeps sending more.", "the Pentagon"),
    # Spaced dashes, a cue inside the aside.
    ("Several hundred", "Several hundred launchers have crossed the border – according to Seoul, at least 200 of "
                        "them are heavy rocket systems – since the treaty was signed.", None),
    # The sentence's own attribution, outside the aside, claims the figures outside it.
    ("several million", "Western officials say the North has shipped several million shells—Budanov has put the "
                        "number at closer to 9 million—and a growing stock of missiles.", "Western officials"),
])
def test_an_aside_with_a_figure_of_its_own_covers_only_itself(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


@pytest.mark.parametrize("quantity, text", [
    # An aside that is nothing but an attribution covers the clause around it.
    ("millions", "Pyongyang has sold Moscow millions of rounds—according to Kyiv—along with dozens of missiles."),
    ("dozens", "Pyongyang has sold Moscow millions of rounds (Kyiv says) along with dozens of missiles."),
    # A day of a month in the aside is no figure of its own.
    ("About 300", "About 300 North Korean soldiers were wounded—Kyiv said on 14 March—in a single assault."),
])
def test_an_aside_that_only_attributes_reaches_its_clause(quantity, text):
    assert claim(quantity, text)[0] == KYIV


@pytest.mark.parametrize("quantity, text, expected", [
    # A possessive count opening the second clause: its figure is the agency's, the first clause's is not.
    ("Roughly 12,000", "Roughly 12,000 soldiers were deployed last year, and by the National Intelligence Service's "
                       "latest count about 5,000 of them have been killed or wounded.", None),
    ("about 5,000", "Roughly 12,000 soldiers were deployed last year, and by the National Intelligence Service's "
                    "latest count about 5,000 of them have been killed or wounded.", NIS),
    # A cue after a semicolon.
    ("dozens", "The North has fired dozens of its missiles at Ukrainian cities; according to Kyiv, roughly half of "
               "them missed their targets.", None),
    # A contrast, and a cue set off by commas.
    ("8,000", "Washington put the force in Kursk at 8,000, but, according to the National Intelligence Service, "
              "fewer than 3,000 remain there.", "United States government"),
    # The cue after the clause's subject, before its verb and figure.
    ("Perhaps one in five", "Perhaps one in five of the men sent has died, and the wounded, by Seoul's estimate, number "
                    "several thousand more.", None),
    # A dash after the conjunction.
    ("more than 100", "The North has also delivered more than 100 missiles, and—by Ukraine's count—some 150 heavy "
                      "guns.", None),
    ("some 150", "The North has also delivered more than 100 missiles, and—by Ukraine's count—some 150 heavy "
                 "guns.", KYIV),
])
def test_a_count_opening_a_later_clause_covers_only_that_clause(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


@pytest.mark.parametrize("quantity, text", [
    # A cue closing the sentence after the second clause reaches back over the first.
    ("Roughly 12,000", "Roughly 12,000 soldiers were deployed last year, and about 5,000 of them have been killed or "
                       "wounded, according to the National Intelligence Service."),
    # A cue opening the sentence covers both clauses.
    ("about 5,000", "According to the National Intelligence Service, roughly 12,000 soldiers were deployed last "
                    "year, and about 5,000 of them have been killed or wounded."),
])
def test_a_cue_closing_or_opening_the_sentence_still_reaches(quantity, text):
    assert claim(quantity, text)[0] == NIS



@pytest.mark.parametrize("quantity, text, expected", [
    # A relative clause set off after the figure, its verb telling a clause of its own about the things counted:
    # its subject claims what it tells, not their number.
    ("dozens", "North Korea has sent dozens of heavy guns, which Ukrainian officers say were used to shell their "
               "positions.", None),
    ("Some 200", "Some 200 guns arrived last year, which Ukrainian intelligence says began reaching the front in May.",
     None),
    ("Several hundred", "Several hundred North Korean engineers are in Kursk, who the Russian governor claims are "
                        "clearing mines.", None),
    # The clause's own figure is its subject's.
    ("about 120", "North Korea has sent dozens of heavy guns, which the Pentagon says number about 120.", "the Pentagon"),
])
def test_a_relative_clause_that_tells_its_own_claim_covers_only_itself(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


@pytest.mark.parametrize("verb", ["gave", "reported"])
def test_a_relative_clause_that_gives_the_figure_still_credits_it(verb):
    # "which Kyiv gave": the relative pronoun is the figure the clause's subject gave.
    assert claim("500", f"The toll of 500, which Kyiv {verb} last week, is disputed.")[0] == KYIV


@pytest.mark.parametrize("quantity, text, expected", [
    # A later clause opened by a month and its year, its verb reporting a clause of its own: the first clause's
    # figure is not its subject's.
    ("about 1,200", "Seoul has counted about 1,200 North Korean dead, and in March 2025 Kyiv said that the toll was "
                    "far higher.", "South Korean government"),
    ("roughly 9 million", "North Korea shipped roughly 9 million shells to Russia, and in January 2025 Pyongyang "
                          "acknowledged that its troops were fighting there.", None),
    # A time phrase after the later clause's verb, before what it reports.
    ("some 3,000", "By March the Pentagon had put North Korean casualties at some 3,000, and the National Intelligence "
                   "Service said in April that the losses were heavier.", "the Pentagon"),
    # The later clause's own figure stays its subject's.
    ("about 1,000", "Some 4,000 North Korean troops were wounded, and in April 2025 the National Intelligence Service "
                    "estimated about 1,000 more.", NIS),
])
def test_a_time_phrase_does_not_hide_a_later_clause_of_its_own(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_a_later_verb_pointing_back_after_a_time_phrase_keeps_the_figure():
    # "confirmed it" points back at the figure: the later clause's subject claims it, time phrase or not.
    text = "By March the Pentagon had put North Korean casualties at some 3,000, and in April 2025 the National " \
           "Intelligence Service confirmed it."
    assert claim("some 3,000", text)[0] == NIS


def test_a_cue_opening_a_later_clause_covers_the_clauses_joined_after_it():
    text = ("Most of the guns went to Kursk; according to the National Intelligence Service, about 11,000 soldiers "
            "were sent there first, and another 3,000 followed in the spring.")
    assert claim("3,000", text)[0] == NIS


@pytest.mark.parametrize("quantity, expected", [
    ("tens of thousands", None),  # the writer's summary before the colon
    ("about 40,000", "National Intelligence Service"),  # the elaboration the cue credits
])
def test_a_cue_after_a_colon_covers_only_the_elaboration(quantity, expected):
    text = ("Pyongyang has sent tens of thousands of rockets: about 40,000, according to the National Intelligence "
            "Service.")
    assert claim(quantity, text)[0] == expected


def test_a_cue_after_a_colon_with_no_figure_before_it_reaches_back():
    text = "The toll so far: 300 killed, according to the National Intelligence Service."
    assert claim("300", text)[0] == "National Intelligence Service"


@pytest.mark.parametrize("quantity, text", [
    # The reviewer's: an exact total before the colon, broken down after it, is the source's too.
    ("about 12,000", "North Korea has sent about 12,000 troops in two waves: 11,000 last autumn and 1,000 in "
                     "December, according to the NIS."),
    # Ours.
    ("some 600", "Russia lost some 600 armoured vehicles in the spring: 400 tanks and 200 carriers, according to the "
                 "National Intelligence Service."),
])
def test_a_cue_after_a_colon_reaches_a_total_it_breaks_down(quantity, text):
    assert claim(quantity, text)[0] == "National Intelligence Service"
