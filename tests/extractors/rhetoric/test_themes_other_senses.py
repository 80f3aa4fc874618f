"""Theme words in another sense: blood as the lives a war costs, a right as a sovereign state's,
a shelter named for invincibility, feats remembered forever, a state's epithet, honour as pride,
a just order, and a sacred duty relayed as a name.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Sending sappers lets Pyongyang keep its men at the front at a lower cost in blood.",
        "The generals measure the advance by its price in blood, one analyst said.",
        "For Kim, it is battlefield know-how bought at a steep price in blood.",
        "The regiment's lessons were paid in blood at Sudzha, the colonel wrote.",
        "Moscow keeps the toll in blood out of its evening bulletins.",
    ],
)
def test_blood_as_the_cost_of_war_is_no_bond(text, themes_of):
    assert "fraternity_blood" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two armies' friendship was sealed in blood at Kursk, the agency said.",
        "Kim hailed an alliance forged in blood on Russian soil.",
        "Our peoples shared blood in the trenches of Kursk, the envoy said.",
    ],
)
def test_blood_that_binds_stays_the_frame(text, themes_of):
    assert "fraternity_blood" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said arms trade with Moscow is the legitimate right of sovereign states.",
        "Ties with Russia are “a legitimate right” of any independent country, the spokesman said.",
        "She called the cooperation an exercise of the legitimate rights of a sovereign nation.",
        "Pyongyang defends its legitimate right, as an independent state, to choose its partners.",
    ],
)
def test_a_sovereign_states_legitimate_right_is_not_a_just_cause(text, themes_of):
    found = themes_of(text)
    assert "just_cause" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia is exercising its legitimate right to defend its people, the ambassador said.",
        "The soldiers fought for the legitimate rights of the Russian people in Donbas, the statement said.",
    ],
)
def test_a_legitimate_right_without_a_state_stays_a_just_cause(text, themes_of):
    assert "just_cause" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents left without power can warm up at the points of invincibility in each district.",
        "The city opened forty more invincibility points before the frost.",
        "A generator hums at the Point of Invincibility next to the school.",
    ],
)
def test_kyivs_invincibility_points_are_shelters_not_the_alliance(text, themes_of):
    assert "invincible_alliance" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "At this point the alliance is invincible, Kim said.",
        "The main point of the speech was the invincibility of the alliance.",
        "Both armies, the marshal said, fought invincibly side by side.",
    ],
)
def test_the_invincible_alliance_stays_beside_a_point(text, themes_of):
    assert "invincible_alliance" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Their exploits will be written forever in the history of the friendship, Kim said.",
        "The fallen, he said, \u201cwill shine forever\u201d in the history of friendship between the peoples.",
        "The names will stay forever in the hearts of both peoples, a sign of their friendship.",
    ],
)
def test_feats_remembered_forever_are_no_lasting_bond(text, themes_of):
    assert "invincible_alliance" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Their friendship will last forever, Kim said.",
        "Sealed at Kursk, the alliance will live forever and make history.",
    ],
)
def test_a_bond_that_lasts_forever_stays_the_frame(text, themes_of):
    assert "invincible_alliance" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia, a nuclear-armed state, now needs foreign infantry, the columnist wrote.",
        "Tokyo must watch a nuclear-armed permanent member of the Security Council arm its neighbour.",
        "It is a nuclear armed power with a shrinking army.",
    ],
)
def test_nuclear_armed_as_a_states_epithet_is_no_deterrence_frame(text, themes_of):
    assert "nuclear_deterrence" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kim inspected the nuclear-armed forces of the missile administration.",
        "Seoul cannot accept a nuclear-armed North Korea, the minister said.",
        "They fear a state with nuclear-armed missiles on its border.",
    ],
)
def test_nuclear_armed_weapons_and_forces_stay_the_frame(text, themes_of):
    assert "nuclear_deterrence" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "For Pyongyang, keeping the promise has become a matter of honour.",
        "The ministry made it a point of honor to deliver on time.",
    ],
)
def test_a_matter_of_honour_is_no_heroism(text, themes_of):
    assert "heroism_sacrifice" not in themes_of(text)


def test_the_soldiers_honour_stays_heroism(themes_of):
    assert "heroism_sacrifice" in themes_of("The regiment defended the honour of the motherland.")


@pytest.mark.parametrize(
    "text",
    [
        "The leaders vowed to build a multipolar world order that is just.",
        "Moscow wants an international order that is fair and just, the envoy said.",
    ],
)
def test_an_order_that_is_just_is_not_a_just_cause(text, themes_of):
    assert "just_cause" not in themes_of(text)


def test_a_cause_that_is_just_stays_the_frame(themes_of):
    assert "just_cause" in themes_of("The orders came late, but our cause is just.")


@pytest.mark.parametrize(
    "text",
    [
        "Your leaders call this war a \u201csacred duty\u201d to an ally.",
        "State television describes the deployment as a \"sacred mission\" for the army.",
    ],
)
def test_a_sacred_duty_relayed_as_a_name_is_not_read_by_the_sacred_war_row(text, themes_of):
    assert "just_cause" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cOur army fulfilled its sacred duty in this war,\u201d Kim said.",
        "Kim called the war a sacred struggle for justice.",
    ],
)
def test_a_sacred_duty_stated_and_a_sacred_war_stay_the_frame(text, themes_of):
    assert "just_cause" in themes_of(text)
