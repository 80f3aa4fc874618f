"""Theme terms as outlets beyond the labelled corpus write the frames, and the same words in other senses.

Each case is one sentence written for the test in the register of an outlet
(KCNA English, Rodong Sinmun, TASS, RT, Reuters, Yonhap, NK News, Kyiv
Independent, 38 North) and lists the words of one theme it must carry: none
for a word of the frame used in another sense.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dossier import schema
from dossier.extractors.rhetoric.themes import themes


def _words(text: str, theme: str) -> list[str]:
    sentences = schema.conform(
        pd.DataFrame({"article_id": ["a1"], "paragraph": [0], "sentence": [0], "start": [0], "end": [len(text)], "text": [text]}),
        "sentences",
    )
    found = themes(sentences, schema.empty("quotes"))
    found = found[found["theme"] == theme]
    return [text[s:e] for s, e in zip(found["start"], found["end"])]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Pyongyang claimed in 2017 to have tested a hydrogen bomb.", ["hydrogen bomb"]),
        ("Its strategic forces stand ready for a nuclear counterattack.", ["nuclear counterattack"]),
        ("any attack would meet swift nuclear retaliation", ["nuclear retaliation"]),
        ("the army will maintain a nuclear retaliatory posture", ["nuclear retaliatory"]),
        ("Seoul is reviewing the U.S. nuclear posture on the peninsula.", ["nuclear posture"]),
        ("the nuclear strategic assets flying over the peninsula", ["nuclear strategic"]),
        ("the reactor burns low-enriched fuel for the grid", []),
    ],
)
def test_nuclear_weapons_by_their_other_names(text, words):
    assert _words(text, "nuclear_deterrence") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Korea Hydro & Nuclear Power won the Czech reactor tender.", []),
        ("a boost for South Korea's nuclear power exports", []),
        ("the plan to expand nuclear power and cut coal", []),
        ("North Korea says it is a nuclear power and will stay one.", ["nuclear power"]),
        ("Moscow treats Pyongyang as a nuclear power, analysts said.", ["nuclear power"]),
    ],
)
def test_nuclear_power_as_energy_is_no_deterrence(text, words):
    assert _words(text, "nuclear_deterrence") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Police said tougher sentences for drunk driving had little deterrent effect.", []),
        ("Lawmakers argued that heavier fines would act as a deterrent to fraud.", []),
        ("the deterrence value of longer prison terms for repeat offenders", []),
        ("Pyongyang said its arsenal was a deterrent against U.S. attack.", ["deterrent"]),
        ("Seoul and Washington vowed to strengthen extended deterrence.", ["deterrence"]),
    ],
)
def test_deterrence_of_crime_is_no_nuclear_deterrence(text, words):
    assert _words(text, "nuclear_deterrence") == words



@pytest.mark.parametrize(
    "text, words",
    [
        ("Egypt banned the Muslim Brotherhood in 2013.", []),
        ("The Brotherhood of firefighters in Lviv sent two crews to Sumy.", []),
        ("Police said the suspect belonged to a biker brotherhood.", []),
        ("the militant brotherhood of the Korean and Russian peoples", ["brotherhood"]),
        ("Lavrov praised the brotherhood in arms of the two armies.", ["brotherhood"]),
        ("the fraternal Russian people sent greetings", ["fraternal"]),
    ],
)
def test_brotherhood_that_is_no_bond_of_the_alliance(text, words):
    assert _words(text, "fraternity_blood") == words


def test_brotherhood_with_the_soviet_union_is_the_bond():
    assert _words("the old brotherhood with the Soviet Union", "fraternity_blood") == ["brotherhood"]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Naver and LG will build a sovereign AI model for the government.", []),
        ("Seoul's sovereign AI project will receive 1 trillion won.", []),
        ("a sovereign cloud for government data", []),
        ("Sending troops was a sovereign decision of the two states, Lavrov said.", ["sovereign"]),
    ],
)
def test_sovereign_ai_is_industrial_policy_not_sovereignty(text, words):
    assert _words(text, "sovereignty") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("This story is embargoed until 0600 GMT.", []),
        ("The ministry's press release was strictly embargoed until noon.", []),
        ("Russia has flouted the UN arms embargo on North Korea.", ["embargo"]),
        ("the embargo will stay until Pyongyang changes course", ["embargo"]),
    ],
)
def test_a_news_embargo_is_no_sanction(text, words):
    assert _words(text, "sanctions_isolation") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Negotiators in Busan failed to agree on a global plastics treaty.", []),
        ("Seoul and Hanoi signed an extradition treaty on Monday.", []),
        ("WHO members adopted the pandemic treaty in Geneva.", []),
        ("the two countries revised their tax treaty", []),
        ("the treaty obliges each side to provide military assistance", ["treaty", "military assistance"]),
    ],
)
def test_treaties_of_other_matters_are_no_defence_treaty(text, words):
    assert _words(text, "treaty_mutual_defense") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Lavrov called the restrictions illegitimate unilateral coercive measures.", ["coercive measures"]),
        ("The U.S. is mobilizing all sorts of coercive measures to stifle the DPRK.", ["coercive measures"]),
        ("Beijing opposes unilateral measures against any country.", ["unilateral measures"]),
    ],
)
def test_coercive_measures_are_sanctions_in_moscow_s_words(text, words):
    assert _words(text, "sanctions_isolation") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Justice is bound to triumph, the paper said.", ["Justice"]),
        ("Justice will prevail, Lavrov told reporters.", ["Justice"]),
        ("The Justice Ministry won the case.", []),
    ],
)
def test_justice_that_prevails_or_triumphs(text, words):
    assert _words(text, "just_cause") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("a monument to the Soviet soldiers who fell in the liberation of Korea", ["fell"]),
        ("Kim paid tribute to the fighters who fell defending the Kursk area.", ["fell"]),
        ("Two of his comrades fell in battle near Sudzha.", ["fell"]),
        ("The worker who fell from the scaffolding was taken to hospital.", []),
        ("Two soldiers who fell ill were sent home, the NIS said.", []),
        ("Exports to Russia fell in the third quarter.", []),
        ("Shares of defence firms fell as fighting raged at the front.", []),
    ],
)
def test_those_who_fell_in_battle_are_the_fallen(text, words):
    assert _words(text, "heroism_sacrifice") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Oil prices rose after OPEC+ signalled a pause in output increases, a victory for Riyadh.", []),
        ("The deal was a victory for investors, and shares jumped 4 percent.", []),
        ("The Bears beat the Twins 5-4 to clinch their first postseason victory.", []),
        ("Choe said Russia's victory over the neo-Nazis was certain.", ["victory"]),
        ("the triumphant return of the units from Kursk", ["triumphant"]),
    ],
)
def test_a_business_win_or_a_postseason_game_is_no_victory(text, words):
    assert _words(text, "victory_liberation") == words



@pytest.mark.parametrize(
    "text, words",
    [
        ("The singer said the brotherhood among his bandmates would last forever.", []),
        ("The captain spoke of the brotherhood between teammates after the final.", []),
    ],
)
def test_a_band_s_or_a_team_s_brotherhood_is_no_bond_of_the_alliance(text, words):
    assert _words(text, "fraternity_blood") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("The war victors displayed the spirit of defending the leader.", ["victors"]),
        ("the victor of the presidential election", []),
        ("Korean soldiers helped expel Ukrainian forces from the Kursk region.", ["expel"]),
        ("the units that expelled the enemy from Sudzha", ["expelled"]),
        ("Seoul expelled two Russian diplomats.", []),
        ("The party expelled three members for corruption.", []),
    ],
)
def test_victors_and_the_verb_expel_are_the_liberation(text, words):
    assert _words(text, "victory_liberation") == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Korean and Russian troops drove the invaders out of the border villages.", ["drove"]),
        ("Our task is to drive the enemy out of our land completely, the head of state said.", ["drive"]),
        ("The North group has driven the enemy from eleven more settlements.", ["driven"]),
        ("The Russian army and the KPA units are driving the occupiers out of Sudzha.", ["driving"]),
        ("The region has been fully cleared of Ukrainian troops, the General Staff reported.", ["cleared of"]),
        ("The area is now completely cleared of the enemy's armed formations.", ["cleared of"]),
        ("The remaining enemy units near Guevo were routed.", ["routed"]),
        ("The operation ended in a complete rout of the enemy grouping.", ["rout"]),
        ("The General Staff reported the defeat of the enemy forces near the border.", ["defeat of the enemy"]),
        ("The KPA units defeated the vicious neo-Nazi invaders.", ["defeated the vicious neo-Nazi invaders"]),
    ],
)
def test_the_enemy_driven_out_routed_or_defeated_is_the_liberation(text, words):
    assert _words(text, "victory_liberation") == words


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces pushed Ukrainian troops out of the region in March.",
        "Zelensky vowed to drive the Russian occupiers out of every village.",
        "Kyiv says it will defeat the Russian invaders with Western help.",
        "The enemy's drive towards the town stalled in the mud.",
        "Sappers said the fields were cleared of mines and unexploded ordnance.",
        "The governor was cleared of wrongdoing by the court.",
        "Markets were routed as investors dumped bonds; the enemy cut supply routes.",
        "The ruling party suffered a crushing defeat in the elections.",
        "Ukraine will defeat the brutal Russian invaders, Zelensky said.",
        "He drove the car into the enemy's lines, a witness said of the attack.",
    ],
)
def test_driving_clearing_routing_in_other_senses_is_no_liberation(text):
    assert _words(text, "victory_liberation") == []


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The coach praised his players' courage and brotherhood on the pitch.", "heroism_sacrifice"),
        ("The coach praised his players' courage and brotherhood on the pitch.", "fraternity_blood"),
        ("A church brotherhood in Kursk collected clothes for the refugees.", "fraternity_blood"),
        ("The patriarch spoke of the brotherhood of the Orthodox peoples.", "fraternity_blood"),
        ("UEFA imposed sanctions on the club over crowd trouble.", "sanctions_isolation"),
        ("The federation's disciplinary sanctions against the referee were lifted.", "sanctions_isolation"),
    ],
)
def test_a_team_s_courage_a_church_brotherhood_and_sporting_sanctions_are_no_frame(text, theme):
    assert _words(text, theme) == []


@pytest.mark.parametrize(
    "text, theme, words",
    [
        ("The soldiers showed great courage in the Kursk battles.", "heroism_sacrifice", ["courage"]),
        ("Washington imposed sanctions on two Korean shipping firms.", "sanctions_isolation", ["sanctions"]),
        ("the militant brotherhood of the two armies", "fraternity_blood", ["brotherhood"]),
    ],
)
def test_those_words_keep_their_frame_beside_the_new_guards(text, theme, words):
    assert _words(text, theme) == words


@pytest.mark.parametrize(
    "text, words",
    [
        ("The friendship is a treasure that no force on earth can ever break.", ["no force on earth can ever break"]),
        ("It is an alliance no force could shake, the envoy wrote.", ["no force could shake"]),
        ("No force was used, the police said.", []),
    ],
)
def test_an_alliance_no_force_can_break_is_invincible(text, words):
    assert _words(text, "invincible_alliance") == words


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The under-23 squad pulled off a shock victory over Vietnam in the AFC semifinal in Doha.", "victory_liberation"),
        ("Putin wished the skaters further sporting victories.", "victory_liberation"),
        ("The relay quartet's triumph delighted the athletes in Kazan.", "victory_liberation"),
        ("Closer Park was the hero of the night, striking out the side in the ninth.", "heroism_sacrifice"),
        ("The Kiwoom Heroes baseball club named a new manager on Monday.", "heroism_sacrifice"),
        ("The Sovereign Grace church in Busan ran a winter soup kitchen.", "sovereignty"),
        ("Students held a blood drive on campus to restock hospitals.", "fraternity_blood"),
        ("Seoul marked the anniversary of the end of Japan's 1910-45 colonial rule.", "anti_hegemony"),
        ("Many Koreans still resent Japanese colonial rule of the peninsula.", "anti_hegemony"),
        ("Sybiha called Moscow and Pyongyang an axis of tyranny.", "anti_hegemony"),
        ("The lecture compared the Treaty of Versailles with the Peace of Westphalia.", "treaty_mutual_defense"),
        ("Japan annexed Korea five years after the Treaty of Portsmouth.", "treaty_mutual_defense"),
    ],
)
def test_sport_church_names_and_history_lessons_are_no_frame(text, theme):
    assert _words(text, theme) == []


@pytest.mark.parametrize(
    "text, theme, words",
    [
        ("Kim said the army would fight on until final victory in the sacred war.", "victory_liberation", ["victory"]),
        ("The tank crews were hailed as heroes of the motherland.", "heroism_sacrifice", ["heroes"]),
        ("Pyongyang accused the U.S. colonial rulers of occupying South Korea.", "anti_hegemony", ["colonial"]),
        ("Lavrov said the sovereign choice of Pyongyang must be respected.", "sovereignty", ["sovereign"]),
        ("The two armies shed blood together on the Kursk front.", "fraternity_blood", ["shed blood"]),
        ("the treaty obliges each side to render military assistance", "treaty_mutual_defense", ["treaty", "military assistance"]),
    ],
)
def test_the_frames_survive_those_guards(text, theme, words):
    assert _words(text, theme) == words


@pytest.mark.parametrize(
    "text, theme, words",
    [
        ("Zakharova said Pyongyang would never bow to Washington's diktat.", "anti_hegemony", ["diktat"]),
        ("KCNA denounced the gangster-like bullying of the U.S.", "anti_hegemony", ["gangster-like", "bullying"]),
        ("Lavrov blamed the conflict on the expansion of NATO to the east.", "anti_hegemony", ["expansion of NATO"]),
        ("Putin rejected the bloc mentality of the past century.", "anti_hegemony", ["bloc mentality"]),
        ("Parents called for tougher rules on school bullying.", "anti_hegemony", []),
        ("Kyiv said it would never submit to the Kremlin's diktat.", "anti_hegemony", []),
        ("Putin called the friendship with Pyongyang rock-solid.", "invincible_alliance", ["rock-solid"]),
        ("the inviolable friendship between the two peoples", "invincible_alliance", ["inviolable"]),
        ("The bank reported a rock-solid balance sheet.", "invincible_alliance", []),
        ("Seoul's borders are inviolable, the minister said.", "invincible_alliance", []),
    ],
)
def test_more_wordings_of_hegemony_and_an_unbreakable_alliance(text, theme, words):
    assert _words(text, theme) == words


@pytest.mark.parametrize(
    "text, theme, words",
    [
        ("The Treasury froze the assets of two Vladivostok traders.", "sanctions_isolation", ["froze the assets"]),
        ("Brussels moved to freeze their assets in the bloc.", "sanctions_isolation", ["freeze their assets"]),
        ("the valiant units annihilated the invaders in the forests", "victory_liberation", ["annihilated"]),
        ("the army will crush the enemy wherever he appears", "victory_liberation", ["crush"]),
        ("Kyiv vowed to crush the Russian invaders by spring.", "victory_liberation", []),
        ("Riot police crushed the protest in Minsk.", "victory_liberation", []),
        ("The pitcher crushed the hopes of the visitors.", "victory_liberation", []),
        ("both sides seek a more just and democratic international order", "multipolar_order", ["just and democratic international order"]),
        ("a fairer international order, Wang said", "multipolar_order", ["fairer international order"]),
        ("Washington vowed to defend the international order.", "multipolar_order", []),
        ("the bond sealed in the trenches of Kursk", "fraternity_blood", ["trenches"]),
        ("Pyongyang pursues an independent foreign policy, the envoy said.", "sovereignty", ["independent"]),
    ],
)
def test_more_wordings_of_sanctions_victory_order_cause_and_bond(text, theme, words):
    assert _words(text, theme) == words


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The choir sang Glory to God in the highest at midnight mass.", "heroism_sacrifice"),
        ("The esports team Immortals won the regional final.", "heroism_sacrifice"),
        ("Lee drove in the winning run with a sacrifice fly in the ninth.", "heroism_sacrifice"),
        ("The priest spoke of everlasting life to the mourners.", "invincible_alliance"),
        ("The psalm says the righteous will flourish like a palm tree.", "just_cause"),
        ("The film Liberation Road opens in Seoul cinemas in February.", "victory_liberation"),
        ("She retook the driving test after failing it in May.", "victory_liberation"),
        ("Russian troops retook the town from Ukrainian forces in March, officials said.", "victory_liberation"),
        ("Prices are inseparable from the exchange rate, the bank said.", "invincible_alliance"),
    ],
)
def test_church_songs_games_and_films_are_no_frame(text, theme):
    assert _words(text, theme) == []


@pytest.mark.parametrize(
    "text, theme, words",
    [
        ("KCNA sent glory to the heroes of the Kursk battles.", "heroism_sacrifice", ["glory", "heroes"]),
        ("the everlasting friendship of the two peoples", "invincible_alliance", ["everlasting"]),
        ("Pyongyang said it backed the righteous struggle of the Russian army.", "just_cause", ["righteous"]),
        ("The units retook three villages from the neo-Nazi invaders.", "victory_liberation", ["retook"]),
        ("Russia and the DPRK have become inseparable, the envoy said.", "invincible_alliance", ["inseparable"]),
        ("No force can ever come between our two armies, Kim wrote.", "invincible_alliance", ["No force can ever come between"]),
        ("Shoigu thanked Pyongyang, a kindred nation, for its help.", "fraternity_blood", ["kindred nation"]),
    ],
)
def test_the_frames_in_those_words_and_their_paraphrases(text, theme, words):
    assert _words(text, theme) == words


@pytest.mark.parametrize(
    "text, theme, words",
    [
        ("Thousands of the conscripts paid the ultimate price, officials in Seoul said.", "heroism_sacrifice", ["ultimate price"]),
        ("It was a cause his generals called sacred.", "just_cause", ["sacred"]),
        ("KCNA said the U.S. was bent on imposing its will on the planet.", "anti_hegemony", ["imposing its will"]),
        ("Kyiv said Moscow would never impose its will on Ukrainians.", "anti_hegemony", []),
        ("Isolated showers are expected in Gangwon on Sunday.", "sanctions_isolation", []),
        ("The bishop recalled the priest who became a martyr in 1839.", "heroism_sacrifice", []),
        ("The martyrs of the Kursk front were buried in Pyongyang.", "heroism_sacrifice", ["martyrs"]),
    ],
)
def test_reporting_paraphrases_and_weather_and_church_senses(text, theme, words):
    assert _words(text, theme) == words


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine sealed a hard-fought victory over Wales in the play-off in Cardiff.",
        "The coach thanked the players for a victory nobody expected.",
        "The Victory Bank opened two branches in Lviv.",
        "The brewery Triumph Craft reported record sales.",
    ],
)
def test_a_play_off_and_brand_names_are_no_victory(text):
    assert _words(text, "victory_liberation") == []
