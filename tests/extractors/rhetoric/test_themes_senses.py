"""Theme words in the theme's sense and in others: a theme is present only in its own sense.

Each sentence is written for the test, in the register of a state medium or of a reporting outlet,
and names the theme it must carry (or must not carry: a word of the frame in another sense, a
stem that two words share, a name, a family, a team, a court).
"""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.rhetoric.themes import themes


@pytest.mark.parametrize(
    "theme, text",
    [
        # "international" and "internal" share a stem; only interference in internal affairs is the frame.
        ("sovereignty", "The Finnish Institute of International Affairs published the survey on Tuesday."),
        ("sovereignty", "She chairs the upper house's committee on international affairs."),
        ("sovereignty", "He studied international affairs at Columbia before joining the ministry."),
        ("sovereignty", "Ratings agencies cut the country's sovereign credit outlook."),
        ("sovereignty", "The Ministry of Internal Affairs said the fire was out by morning."),
        ("victory_liberation", "The ruling party claimed victory in the April parliamentary vote."),
        ("victory_liberation", "The striker sealed the victory with a late header."),
        ("victory_liberation", "Women's liberation movements spread across Europe in the 1970s."),
        ("victory_liberation", "Animal liberation activists picketed the laboratory."),
        ("invincible_alliance", "The alliance of opposition parties collapsed within a week."),
        ("invincible_alliance", "The team looked invincible until the semi-final."),
        ("invincible_alliance", "Officials said the supplier was not reliable."),
        ("invincible_alliance", "Washington is a reliable ally of Seoul, the envoy said."),
        ("fraternity_blood", "His brotherly concern for his younger sister was plain at the trial."),
        ("fraternity_blood", "The university banned the fraternity after a hazing death."),
        ("fraternity_blood", "A friendship match between the two clubs drew 20,000 fans."),
        ("anti_hegemony", "Forecasters warned that the storm's aggressive path would reach the coast by night."),
        ("anti_hegemony", "The satellite was launched from the Sohae station."),
        ("heroism_sacrifice", "Shipping the shells by rail was no small feat of logistics."),
        ("heroism_sacrifice", "The company sacrificed quality for speed, engineers said."),
        ("just_cause", "The court ruled that the dismissal was justified."),
        ("just_cause", "Analysts said the market's fears were justified."),
        ("just_cause", "He said he had just returned from Moscow."),
        ("sanctions_isolation", "The referee was sanctioned by the league for his remarks."),
        ("sanctions_isolation", "The Security Council adopted a resolution on shipping lanes."),
        ("treaty_mutual_defense", "The two clubs signed a pact to share a training ground."),
        ("nuclear_deterrence", "The country's nuclear power plants supply a third of its electricity."),
        ("multipolar_order", "Bipolar disorder affects millions of adults."),
        # A treaty, mutual help or fraternity of another kind: NATO's name, legal aid, banks, support groups, twins.
        ("treaty_mutual_defense", "Finland joined the North Atlantic Treaty Organization in 2023."),
        ("treaty_mutual_defense", "Seoul and Washington signed a mutual legal assistance treaty on cybercrime."),
        ("treaty_mutual_defense", "Defectors run mutual support groups in Seoul."),
        ("treaty_mutual_defense", "The two central banks agreed on mutual assistance in a liquidity crisis."),
        ("fraternity_blood", "The sisters are fraternal twins."),
        ("fraternity_blood", "Commuters stood shoulder to shoulder on the crowded train."),
        ("anti_hegemony", "The hospital's chief executive was accused of bullying staff."),
        # An order to blow oneself up told by the captors, or a suicide bomber, is no sacrifice told as a deed.
        ("heroism_sacrifice", "Notes found on the dead showed the soldiers had been ordered to blow themselves up."),
        ("heroism_sacrifice", "A suicide bomber blew himself up at a checkpoint in the city."),
        ("heroism_sacrifice", "Prisoners said they were told to blow themselves up rather than surrender."),
        # "Exploits" as a verb, or a hacker's.
        ("heroism_sacrifice", "Moscow exploits the war to recruit prisoners."),
        ("heroism_sacrifice", "Hackers used the exploits to break into the ministry's servers."),
    ],
)
def test_a_theme_word_in_another_sense_is_no_theme(theme, text, themes_of):
    assert theme not in themes_of(text)


@pytest.mark.parametrize(
    "theme, text",
    [
        ("sovereignty", "The minister denounced interference in the internal affairs of the DPRK."),
        ("sovereignty", "Moscow warned Seoul not to meddle in the Internal Affairs of sovereign states."),
        ("sovereignty", "Pyongyang said the deployment was a sovereign decision that no one could question."),
        ("victory_liberation", "Kim hailed the liberation of Kursk as a shining victory."),
        ("victory_liberation", "The Korean units helped liberate the border villages from the invaders."),
        ("invincible_alliance", "The friendship between the two countries is invincible, Kim said."),
        ("invincible_alliance", "The defence minister called the two armies “the most reliable alliance on the planet.”"),
        ("invincible_alliance", "Pyongyang has proved itself Moscow's most reliable ally, the commentary said."),
        ("fraternity_blood", "Kim thanked the brotherly Russian people for their support."),
        ("fraternity_blood", "The two peoples' militant fraternity was sealed in blood on the battlefield."),
        ("heroism_sacrifice", "The soldiers performed a heroic feat for the motherland."),
        ("just_cause", "The minister said the operation was fully justified under the treaty."),
        ("sanctions_isolation", "Moscow vowed to ignore the illegal sanctions of the West."),
        ("treaty_mutual_defense", "The treaty provides for mutual assistance in case of aggression."),
        ("treaty_mutual_defense", "The DPRK and Russia pledged mutual support against the sanctions."),
        ("fraternity_blood", "The two armies fought shoulder to shoulder at Kursk."),
        ("fraternity_blood", "Kim thanked the fraternal Russian people."),
        ("anti_hegemony", "The U.S. bullying of the DPRK will not be tolerated."),
        # Words of the frame the lexicon had no row for: soldiers' exploits, Pyongyang's name for its deterrent.
        ("heroism_sacrifice", "Their exploits on the battlefield will never be forgotten."),
        ("heroism_sacrifice", "The museum honours the combat exploits of the overseas units."),
        ("nuclear_deterrence", "The DPRK will bolster its self-defensive war deterrent."),
        ("nuclear_deterrence", "Pyongyang vowed to strengthen its war deterrence."),
    ],
)
def test_a_theme_word_in_the_theme_sense_is_the_theme(theme, text, themes_of):
    assert theme in themes_of(text)


def _themes_in(text: str, source: str) -> set[str]:
    """Themes of a one-article corpus an outlet published: a DPRK state medium's copy is in the state voice."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")], "source": [source]})
    sents = dossier.sentences(arts)
    return set(dossier.themes(sents, dossier.quotes(sents, arts), articles=arts)["theme"])


@pytest.mark.parametrize(
    "theme, text",
    [
        # In Pyongyang's copy "the West" is the hostile camp, but the West Sea, West Pyongyang or a barrage are places.
        ("anti_hegemony", "The missiles flew 600 km before hitting targets in the West Sea of Korea."),
        ("anti_hegemony", "The West Sea Barrage was built in 1986."),
        ("anti_hegemony", "Workers of the West Pyongyang Railway Station pledged loyalty."),
        # Moscow's bulletins name units for their front: the West group of forces is a unit, not the hostile camp.
        ("anti_hegemony", "Units of the West group of forces took up better positions near the river."),
        ("anti_hegemony", "Assault teams of the West grouping pushed the enemy out of two villages."),
        ("anti_hegemony", "Artillery of Battlegroup West struck enemy strongpoints overnight."),
        ("anti_hegemony", "Drone crews of the West Group hit three enemy pick-ups."),
        # State copy praises athletes in the words of war: a team's heroic or glorious win is no frame of the alliance.
        ("heroism_sacrifice", "The footballers of the April 25 team won a glorious victory in the final."),
        ("heroism_sacrifice", "The Sports Ministry praised the heroic struggle of the women's football team."),
    ],
)
def test_a_state_word_for_a_place_or_a_sport_is_no_theme(theme, text):
    assert theme not in _themes_in(text, "KCNA")


@pytest.mark.parametrize(
    "theme, text",
    [
        ("anti_hegemony", "The U.S. and the West are hell-bent on isolating the DPRK, the spokesman said."),
        # A group standing further off leaves the West the hostile camp.
        ("anti_hegemony", "The West and its group of satellites keep arming the Kiev regime, the spokesman said."),
        ("heroism_sacrifice", "The heroic soldiers who fought in Kursk were awarded medals."),
        ("heroism_sacrifice", "Their glorious feats will shine forever in the history of the two armies."),
        # A soldier who blew himself up as the enemy closed in: the sacrifice told as a deed, in Pyongyang's copy.
        ("heroism_sacrifice", "Cornered in a trench, a wounded rifleman blew himself up with a grenade."),
        ("heroism_sacrifice", "Two of the scouts blew themselves up rather than be taken, the villagers recalled."),
        ("heroism_sacrifice", "The sergeant had blown himself up when the Ukrainians reached the dugout."),
        ("heroism_sacrifice", "Drone footage showed a Korean soldier blowing himself up as a patrol approached."),
    ],
)
def test_the_state_voice_keeps_its_frames(theme, text):
    assert theme in _themes_in(text, "KCNA")


@pytest.mark.parametrize(
    "text",
    [
        # Told by the other side or a reporter, the same deed is how the war is fought, not the frame.
        "A Ukrainian platoon leader said two of the Koreans blew themselves up rather than surrender.",
        "Several of the wounded infantrymen had blown themselves up with grenades, the agency said.",
        "Cornered in a trench, a wounded rifleman blew himself up with a grenade.",
    ],
)
def test_the_deed_told_outside_the_state_voice_is_no_frame(text, themes_of):
    assert "heroism_sacrifice" not in themes_of(text)
