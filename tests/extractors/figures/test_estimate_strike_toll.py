"""dossier.estimate_strike_toll: a strike's toll goes on past its sentence; a side's loss is never a strike's."""

from __future__ import annotations

import pytest

from estimate_readings import run


def _categories(text: str) -> list[str]:
    return run(text)["category"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile hit a school in Sumy. Three people were killed. Another 14 civilians were wounded.",
        "A drone struck a bus in Kherson, killing 6 people. 4 of the wounded are in hospital.",
        "Rockets slammed into Kramatorsk overnight. Eight residents died. 31 more were injured, the mayor said.",
        "A glide bomb hit a clinic in Zaporizhzhia. Two people were killed. 5 of the injured remain in intensive care.",
    ],
)
def test_a_loss_right_after_a_strikes_toll_is_the_strikes(text):
    assert set(_categories(text)) == {"strike_casualties"} and len(_categories(text)) >= 2


@pytest.mark.parametrize(
    "text, category",
    [
        # Soldiers lost in the war are never a strike's toll, however near one is told.
        ("A missile strike killed 4 civilians in Kharkiv. In Kursk, Kyiv says, some 600 North Korean soldiers were "
         "killed.", "casualties"),
        # A side said to have lost people lost them in the war.
        ("Officials said Russian drones had struck Sumy again. Kyiv said Pyongyang had lost \u201cat least 4,000\u201d "
         "people killed and wounded in Kursk.", "casualties"),
        ("Drones hit Sumy on Monday. Budanov said North Korea has lost about 5,000 men killed or wounded.", "casualties"),
        # A place that lost residents may have lost them in the strike told just before.
        ("A missile hit a market in Odesa. The city lost 12 residents.", "strike_casualties"),
    ],
)
def test_whose_loss_it_is_decides(text, category):
    assert _categories(text)[-1] == category


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("A missile hit a block of flats in Dnipro. 20 people were injured; 6 of them are in a serious condition.", "6"),
        ("Shahed drones struck Odesa at night. Eleven residents were wounded. Four of them are children.", "Four"),
    ],
)
def test_a_part_of_a_strikes_toll_is_the_strikes(text, quantity):
    rows = run(text)
    assert rows.loc[rows["quantity_text"] == quantity, "category"].tolist() == ["strike_casualties"]


@pytest.mark.parametrize(
    "text",
    [
        # A verb that tells of an attack on a place, or of bombs dropped on it, tells of a strike.
        "Overnight Russian drones attacked the outskirts of Chernihiv; four residents were wounded.",
        "Six glide bombs were dropped on Kupiansk during the day. Three civilians were injured in the town centre.",
    ],
)
def test_a_loss_after_an_attack_or_bombs_dropped_is_the_strikes(text):
    assert _categories(text)[-1] == "strike_casualties"  # the loss, whatever the bombs count


def test_troops_who_attacked_fight_no_strike():
    # "attacked" of troops is fighting: the soldiers they lost are the war's, whatever verb tells the attack.
    assert _categories("North Korean infantry attacked Ukrainian positions near Sudzha and lost 40 men killed.") == [
        "casualties"]


@pytest.mark.parametrize(
    "text",
    [
        # Troops who attacked fought: the dead with no noun of their own are the war's.
        "Russian troops attacked with North Korean support; about 200 were killed.",
        "North Korean soldiers attacked across open fields and about 300 were killed, the NIS said.",
        # An attack in words, on a decision or a claim, is no strike.
        "Zelensky attacked Moscow's denial. Some 3,000 have been killed or wounded, he said.",
        "Kim Yo Jong attacked Seoul's claims; about 100 were killed in the Kursk fighting, officials said.",
        # Something dropped on a day is no bomb.
        "Shares in defence firms dropped on Monday. About 300 were killed near Kursk last week, Kyiv says.",
        "The charges were dropped on Friday. About 300 died in the fighting, the General Staff said.",
    ],
)
def test_an_attack_of_troops_or_in_words_or_a_drop_of_no_bombs_is_no_strike(text):
    assert _categories(text)[-1] == "casualties"


def _category_of(quantity: str, *paragraphs: str, title: str | None = None) -> str:
    df = run(*paragraphs, title=title)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, df[["quantity_text", "category"]]
    return rows.iloc[0]["category"]


@pytest.mark.parametrize(
    "paragraph, quantity",
    [
        ("A guided bomb struck a hospital in Dnipro before dawn. Firefighters worked for hours in the ruins. The "
         "regional governor spoke of a crime. Seven people died.", "Seven"),
        ("Rockets hit the bus station of Nikopol on Sunday. The shrapnel bore Cyrillic marks. Nineteen people were "
         "injured, among them a boy.", "Nineteen"),
    ],
)
def test_a_strike_told_earlier_in_its_paragraph_owns_the_toll(paragraph, quantity):
    assert _category_of(quantity, paragraph) == "strike_casualties"


@pytest.mark.parametrize(
    "paragraph, quantity",
    [
        # A count of something else read since the strike: the paragraph has moved on to the war.
        ("A missile hit a dormitory in Poltava. Since spring, 40 such missiles have been fired at the region. The "
         "brigades holding the line lost some 300 people killed and wounded.", "some 300"),
    ],
)
def test_a_paragraph_moved_on_from_its_strike_loses_it(paragraph, quantity):
    assert _category_of(quantity, paragraph) == "casualties"


def test_a_strike_in_the_title_owns_the_article_tolls():
    title = "The night missile attack on Lviv: latest"
    paragraphs = ("06:10. Emergency crews are at four sites.", "Eleven people have been killed, 40 injured.",
                  "14:00. The number of dead has risen to 15 people.")
    assert _category_of("Eleven", *paragraphs, title=title) == "strike_casualties"
    assert _category_of("15", *paragraphs, title=title) == "strike_casualties"
    # The same updates under a title that tells no strike are no strike's.
    assert _category_of("Eleven", *paragraphs, title="Lviv: latest") == "casualties"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A figure of something else read in the paragraph: the title's strike is no longer its story.
        ("Around 9,000 North Korean soldiers are still in the Kursk region. Of those, 2,500 have been killed or "
         "wounded.",),
        # The sentence right before names soldiers, in the paragraph before: the elided loss is theirs.
        ("Around 9,000 North Korean soldiers are still in the Kursk region.", "Of those, 2,500 have been killed or "
         "wounded."),
    ],
)
def test_a_loss_of_soldiers_counted_before_is_no_toll_of_the_titles_strike(paragraphs):
    assert _category_of("2,500", *paragraphs, title="Russian drone strike on Sumy kills four") == "casualties"


def test_the_titles_strike_still_owns_a_toll_told_before_any_other_figure():
    paragraphs = ("Rescuers worked through the night in the city centre.", "Four people were killed and 31 wounded.")
    assert _category_of("Four", *paragraphs, title="Russian drone strike on Sumy kills four") == "strike_casualties"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Shell deliveries from Pyongyang hit 4 million in the autumn.", "4 million"),
        ("The number of Korean workers in Russia hit 15,000 by the summer.", "15,000"),
    ],
)
def test_hit_as_reaching_a_level_is_no_loss(text, quantity):
    df = run(text)
    rows = df[df["quantity_text"] == quantity]
    assert not rows["category"].isin(["casualties", "strike_casualties"]).any()


def test_hit_before_the_figures_own_soldiers_stays_a_loss():
    df = run("Ukrainian drone crews hit some 40 North Korean soldiers in the woods near Sudzha.")
    assert df.loc[df["quantity_text"] == "some 40", "category"].tolist() == ["casualties"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("About 150 people were killed in the fighting for Toretsk last month.",),
        ("Rescuers cleared the rubble by noon. About 150 people were killed in the offensive near Toretsk in March.",),
    ],
)
def test_a_loss_set_in_the_fighting_is_no_toll_of_a_strike_told_further_back(paragraphs):
    assert _category_of("About 150", *paragraphs, title="Russian drone strike on Sumy kills four") == "casualties"
