"""A theme's word in another sense, and the synonyms of a frame as outlets write them.

Each construction has variants (verb, order, punctuation, name or role) and a
look-alike that keeps the frame.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The general thanked the Korean comrades for their work near Sudzha.",
        "Our Russian comrades will not stand alone, the minister told her host.",
        "A few lines about the Korean comrades, now that both capitals admit they were here.",
        "Pyongyang, the envoy said, would stay with its Russian comrades to the end.",
        "Without the Korean comrades the winter would have gone worse, a blogger wrote.",
    ],
)
def test_allies_named_comrades_by_their_nation_are_no_bond(text, themes_of):
    assert "fraternity_blood" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks passed in a comradely atmosphere, the agency said.",
        "Both sides praised the comradely ties between their armies.",
        "He called Moscow a true comrade in a hard hour.",
        "The minister sent comradely greetings to her counterpart.",
    ],
)
def test_the_comradely_bond_stays_the_frame(text, themes_of):
    assert "fraternity_blood" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The summit will further cement the friendship between the two states, the report said.",
        "Officials hope the new bridge cements friendship between the border towns.",
        "A cultural week is meant to cement their friendship, the ministry said.",
        "The deal, Tokyo fears, would cement a friendship of convenience.",
    ],
)
def test_a_friendship_cemented_by_a_visit_is_no_blood_bond(text, themes_of):
    assert "fraternity_blood" not in themes_of(text)


def test_a_friendship_cemented_in_blood_stays_the_frame(themes_of):
    assert "fraternity_blood" in themes_of("Kim praised a friendship cemented in blood at Kursk.")


@pytest.mark.parametrize(
    "text",
    [
        "The army is learning that lesson in blood, the analyst said.",
        "Pyongyang is converting battlefield blood into hard currency.",
        "Moscow converts Korean blood into contracts for its factories, an official argued.",
        "They are paying for every lesson in blood, a retired general said.",
        "The regime turns blood into cash, a defector wrote.",
    ],
)
def test_blood_as_the_price_a_war_is_turned_into_is_no_bond(text, themes_of):
    assert "fraternity_blood" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea, the isolated nation, sent shells by rail.",
        "The most isolated state in the world found a patron in Moscow.",
        "Troops of the isolated kingdom crossed into Russia, the Pentagon said.",
        "The wounded are kept in isolation from their families, the agency said.",
        "Each soldier was held in isolation from his family for weeks.",
    ],
)
def test_isolation_as_an_epithet_or_a_ward_is_no_sanction(text, themes_of):
    assert "sanctions_isolation" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang wants the alliance to end its international isolation.",
        "The West has tried for years to isolate Pyongyang and Moscow.",
        "Diplomats say the partnership helps both capitals escape isolation.",
        "The two governments said no one could isolate them.",
    ],
)
def test_isolation_imposed_on_a_state_stays_the_frame(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "He said support for Moscow was an unshakable policy of the party.",
        "The delegates confirmed their unshakable will to carry out the accords.",
        "She spoke of an unshakeable resolve to finish the work.",
        "Its stance on the war is unshakable, the spokesman said.",
    ],
)
def test_an_unshakable_policy_or_will_is_no_invincible_bond(text, themes_of):
    assert "invincible_alliance" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy praised the unshakable friendship of the two peoples.",
        "Their alliance is unshakeable, the marshal said.",
        "Both leaders hailed unshakable ties forged at the front.",
        "An unshakable bond links Moscow and Pyongyang, the minister said.",
    ],
)
def test_an_unshakable_bond_stays_invincible(text, themes_of):
    assert "invincible_alliance" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Euro-Atlantic and Indo-Pacific security are inseparable, and the axis of Russia and the DPRK proves it.",
        "Security in Europe and in Asia is inseparable, the minister said of Russia and the DPRK.",
        "For Seoul, the Indo-Pacific and Europe are now inseparable theatres, as Russia and the DPRK show.",
        "NATO's chief said European security and the Indo-Pacific are inseparable after the Russia-DPRK treaty.",
    ],
)
def test_regions_whose_security_is_inseparable_are_no_invincible_bond(text, themes_of):
    assert "invincible_alliance" not in themes_of(text)


def test_two_allies_called_inseparable_stay_invincible(themes_of):
    assert "invincible_alliance" in themes_of("Russia and the DPRK are inseparable, the minister said.")


@pytest.mark.parametrize(
    "text",
    [
        "Kim is turning his losses into a propaganda victory, a scholar said.",
        "For Pyongyang the parade was a symbolic victory more than anything.",
        "Analysts called the vote at the Security Council a moral victory for Kyiv.",
        "State television staged a propaganda triumph of the return, a critic wrote.",
    ],
)
def test_a_propaganda_or_moral_victory_is_no_war_victory(text, themes_of):
    assert "victory_liberation" not in themes_of(text)


def test_a_victory_at_the_front_stays_the_frame(themes_of):
    assert "victory_liberation" in themes_of("The victory of the two armies in Kursk will be remembered, he said.")


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang calls the partnership with Moscow an alliance of justice.",
        "Kim told the families that theirs is an army of justice.",
        "The foreign ministry called the deployment an act of international justice.",
        "They defended the honour of the country and the justice of the world, the speaker said.",
        "Both armies of justice stand together, the marshal said.",
    ],
)
def test_an_alliance_or_army_of_justice_is_a_just_cause(text, themes_of):
    assert "just_cause" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine wants Russian commanders to face international justice for the strikes.",
        "The Ministry of Justice of the world's largest democracy issued a report.",
        "Victims demand international justice for the shelling of Kharkiv.",
    ],
)
def test_justice_for_crimes_is_no_just_cause(text, themes_of):
    assert "just_cause" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The transfers are a clear violation of relevant Security Council resolutions, Tokyo said.",
        "Seoul said the shipments are a breach of the relevant UN Security Council resolutions.",
        "Such trade is in violation of all relevant U.N. Security Council resolutions, the envoy said.",
        "The cooperation is a violation of pertinent United Nations resolutions, she added.",
    ],
)
def test_a_breach_of_the_relevant_resolutions_is_the_sanctions_frame(text, themes_of):
    assert "sanctions_isolation" in themes_of(text)


def test_a_resolution_not_of_the_council_is_no_sanction(themes_of):
    assert "sanctions_isolation" not in themes_of("The clause is a violation of relevant city council resolutions, the mayor said.")


@pytest.mark.parametrize(
    "text",
    [
        "The people of Kursk will not forget the soldiers who shed blood for our land.",
        "Our sons shed their precious blood for justice, the marshal said.",
        "Soldiers shedding their blood for a friendly country are heroes, he wrote.",
        "He sheds his blood for the motherland, the poem says of the scout.",
    ],
)
def test_blood_shed_for_a_land_or_a_cause_is_a_sacrifice(text, themes_of):
    assert "heroism_sacrifice" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The clinic asked donors to give blood for the wounded.",
        "Blood was shed on both sides of the border, the governor said.",
        "Doctors shed light on the blood tests of the prisoners.",
    ],
)
def test_blood_given_or_shed_without_a_cause_is_no_sacrifice(text, themes_of):
    assert "heroism_sacrifice" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan, she said, has no right to speak of war in light of its colonial past.",
        "The minister recalled Tokyo's colonial legacy on the peninsula.",
        "Seoul's textbooks dwell on the colonial history of the peninsula.",
        "Given its colonial past, the statement said, Tokyo should keep silent.",
    ],
)
def test_a_colonial_past_recalled_is_no_anti_hegemony(text, themes_of):
    assert "anti_hegemony" not in themes_of(text)


def test_neo_colonialism_of_the_west_stays_anti_hegemony(themes_of):
    assert "anti_hegemony" in themes_of("The agency denounced the neo-colonialism of the United States.")


@pytest.mark.parametrize(
    "text",
    [
        "Fighting continued in the Kursk region, which Moscow declared recaptured in April.",
        "The village was recaptured last week, the ministry said.",
        "Russian units recaptured the crossroads after a week of shelling.",
        "Kyiv's forces recaptured two hamlets near the border, according to a blogger.",
    ],
)
def test_a_recapture_reported_without_the_frames_enemy_is_no_liberation(text, themes_of):
    assert "victory_liberation" not in themes_of(text)


def test_a_recapture_from_the_occupiers_stays_the_frame(themes_of):
    assert "victory_liberation" in themes_of("The fighters recaptured the district from the neo-Nazi occupiers, the agency said.")


def _state_themes(text: str) -> set[str]:
    """The themes of ``text`` read wholly in a state's voice (a state medium's own copy)."""
    from dossier.extractors.rhetoric.themes import match_terms
    from dossier.extractors.rhetoric.themes_lexicon import packaged_lexicon

    return {theme for _, _, theme, _ in match_terms(text, packaged_lexicon(), [(0, len(text))])}


@pytest.mark.parametrize(
    "text",
    [
        "In the West, the news of the new contingent was met with alarm.",
        "Figures of ten thousand dead have circulated in the West since autumn.",
        "Commentators in the West were quick to call the decision a provocation.",
        "In the West and in Seoul, the reports were received coldly.",
    ],
)
def test_the_west_as_a_place_where_news_is_received_is_no_adversary(text):
    assert "anti_hegemony" not in _state_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The West has armed the Kiev regime for years, the minister said.",
        "Attempts by the West to keep its hegemony will fail.",
    ],
)
def test_the_west_as_an_actor_in_a_state_voice_stays_anti_hegemony(text):
    assert "anti_hegemony" in _state_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        # The weapons as a good traded: technology Moscow may pay with, not the deterrent.
        "Officials in Tokyo fear Moscow may hand over technologies related to nuclear weapons in exchange.",
        "In return Pyongyang gets cash, fuel and technology for its space and nuclear programmes.",
    ],
)
def test_technology_for_the_weapons_is_no_deterrence(text, themes_of):
    assert "nuclear_deterrence" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang says its nuclear weapons guarantee that no enemy will dare attack it.",
        "The nuclear programme is the regime's shield against invasion, the analyst wrote.",
    ],
)
def test_the_weapons_and_the_programme_stay_the_deterrence(text, themes_of):
    assert "nuclear_deterrence" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # The technology the arsenal is built with, after the weapons: the deterrent still.
        "Kim vowed to build more nuclear weapons with the latest technology to counter the US threat.",
        "Kim said the country's nuclear programme had mastered the technology of miniaturisation.",
    ],
)
def test_technology_after_the_weapons_leaves_the_deterrence(text, themes_of):
    assert "nuclear_deterrence" in themes_of(text)
