"""The sanctions frame: the UN resolutions charged as broken, and the word in a body's name.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The labourers work in Primorye in open breach of United Nations resolutions.",
        "Seoul said the transfers were “a flagrant violation” of Security Council resolutions.",
        "The envoys listed repeated violations of multiple U.N. Security Council resolutions by both states.",
        "Each cargo of shells is a breach of UNSC resolution 2270, the diplomat wrote.",
    ],
)
def test_resolutions_charged_as_broken_are_the_sanctions_frame(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # A resolution of another body, and a violation of something else, are no sanctions.
        "The delegates accused the chair of a breach of the party congress's resolutions.",
        "Both sides traded charges of violations of the ceasefire along the river.",
        # The violation a government is said to have called the trade is a name relayed, not the charge stated.
        "Tokyo called the missile shipments a grave violation of UN Security Council resolutions.",
        "Canberra described the sales as “an open breach” of U.N. resolutions.",
        "The Security Council adopted the resolution on humanitarian access without a vote.",
    ],
)
def test_other_breaches_and_resolutions_are_not(text, themes_of):
    assert "sanctions_isolation" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # The word in a body's name: the body counting shells speaks of shells.
        "The Multilateral Sanctions Monitoring Team counted eight million shells last year.",
        "According to the Multilateral Sanctions Monitoring Team, Pyongyang shipped about 90 missiles.",
        "The Treasury's Office of Sanctions Policy published its annual review in March.",
    ],
)
def test_the_word_in_a_bodys_name_is_not_the_frame(text, themes_of):
    assert "sanctions_isolation" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # The word itself, at the head of a sentence or lower case, stays the frame.
        "Sanctions have done little to slow the trade in shells.",
        "The monitoring team said the sanctions regime was unravelling.",
        "Washington sanctioned three shipping firms on Friday.",
    ],
)
def test_sanctions_in_running_text_stay_the_frame(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # The charge as a verb: what the transfers do to the resolutions.
        "The shipments of rockets plainly violate UN Security Council resolutions, the envoy said.",
        "Any sale of fighter jets to Pyongyang directly violates Security Council resolutions.",
        "Both states are violating the relevant U.N. Security Council resolutions, Canberra said.",
    ],
)
def test_resolutions_said_to_be_violated_are_the_sanctions_frame(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # The verb set off in quotation marks is a charge relayed at a distance; other things violated are no sanctions.
        "Oslo said the arms trade “plainly violates” UN Security Council resolutions.",
        "The two sides accused each other of violating the ceasefire resolutions of the parliament.",
        "The strike violated international humanitarian law, the monitors said.",
    ],
)
def test_a_quoted_verb_or_another_rule_violated_is_not(text, themes_of):
    assert "sanctions_isolation" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # A naming verb names what follows it: one after the charge is another clause's, and the charge stands.
        "The arms transfers are a violation of UN Security Council resolutions, which the US called unacceptable.",
        "The transfers are a clear violation of UN Security Council resolutions, the State Department said, calling on Moscow to halt them.",
    ],
)
def test_a_naming_verb_after_the_violation_leaves_the_charge(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # The UN cap on refined petroleum is a sanction; deliveries above it breach it.
        "In exchange, Pyongyang gets diesel well beyond the UN cap, the analysts say.",
        "Tankers delivered fuel in excess of the annual cap of 500,000 barrels set by the Security Council.",
        "The refinery shipments blew through the U.N. cap within months.",
    ],
)
def test_the_un_cap_on_oil_is_the_sanctions_frame(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # A cap with no UN beside it, or one the UN sets on its own staff, budget or on warming, is no sanction.
        "The league raised its salary cap for the new season.",
        "The UN capped the number of peacekeepers in the mission at 4,000.",
        "Delegates at the UN debated a cap on warming of 1.5 degrees.",
        "He wore a cap with the emblem of the marines.",
    ],
)
def test_other_caps_are_not(text, themes_of):
    assert "sanctions_isolation" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # The sanctions resolutions by their number, and the ban they impose by name.
        "The labourers' visas skirt Resolution 2397, adopted in 2017.",
        "Shipping the howitzers breaches paragraph 8 of resolution 1718 (2006), the report says.",
        "Brigades of builders arrived despite the U.N. ban on overseas labour.",
        "UN Security Council resolutions forbid the export of arms by Pyongyang.",
        "A Security Council resolution that bans such hiring has stood since 2017.",
    ],
)
def test_the_sanctions_resolutions_by_number_or_by_their_ban_are_the_frame(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # Another resolution by number, a ban of a weapon for all, a city council's ban.
        "The council renewed resolution 2254 on Syria without a vote.",
        "Activists urged a UN ban on cluster munitions.",
        "The city council's resolution bans cars from the old town.",
    ],
)
def test_other_resolutions_and_bans_are_not(text, themes_of):
    assert "sanctions_isolation" not in themes_of(text)
