"""dossier.estimates: the predicate decides what a count of soldiers is: buried or dying soldiers are dead, soldiers a
captor holds are captives; "a couple of thousand" and "something like" are round figures."""

from __future__ import annotations

import pytest

from estimate_readings import run


def figures(text: str) -> list[tuple[str, str, object, str]]:
    return [(r.quantity_text, r.category, None if r.subtype != r.subtype else r.subtype, r.hedge)
            for r in run(text).itertuples()]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Pyongyang has quietly buried about 600 of its soldiers since the winter, defectors say.", "about 600"),
        ("The regime cannot hide it when it buries 1,500 young men in one year.", "1,500"),
        ("Families in Hamhung were burying dozens of soldiers sent home in sealed coffins.", "dozens"),
        ("Kim was burying a couple of thousand of his own troops, the senator said.", "a couple of thousand"),
        ("Russian commanders admit that the Koreans died in their hundreds near Sudzha.", "in their hundreds"),
        ("According to Kyiv, Pyongyang's soldiers are dying in their thousands in the Kursk fields.", "in their thousands"),
    ],
)
def test_soldiers_buried_or_dying_are_counted_killed(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [(f[1], f[2]) for f in got] == [("casualties", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        # What is buried is no soldier; crowds leaving are no loss.
        "The engineers buried 40 anti-tank mines along the road to Sudzha.",
        "Civilians fled the border villages in their thousands.",
    ],
)
def test_things_buried_and_crowds_leaving_are_no_loss(text):
    assert not [f for f in figures(text) if f[1] == "casualties"]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Ukraine has held two North Korean soldiers since January.", "two"),
        ("The SBU is holding three Korean servicemen in a detention centre near Kyiv.", "three"),
        ("Kyiv, which holds two soldiers of the Storm Corps, wants an exchange.", "two"),
        ("Investigators are questioning four North Korean troops taken near Plekhovo.", "four"),
    ],
)
def test_soldiers_a_captor_holds_are_captives(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [(f[1], f[2]) for f in got] == [("casualties", "captured")]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The command held 300 soldiers in reserve behind the river.", "300"),
        ("Russia is holding 5,000 troops in readiness near Belgorod.", "5,000"),
    ],
)
def test_soldiers_held_in_reserve_are_no_captives(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [(f[1], f[2]) for f in got] == [("troops", None)]


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        ("Seoul believes something like 1,000 North Korean engineers are in Kursk.", "something like 1,000", "approximate"),
        ("A couple of thousand more troops followed in February.", "A couple of thousand", "approximate"),
        ("Several thousand more troops followed in February.", "Several thousand", "vague"),
    ],
)
def test_round_and_vague_spoken_figures(text, quantity, hedge):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [f[3] for f in got] == [hedge]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kyiv now has three Korean infantrymen in the hands of its security service.", "three"),
        ("Four North Korean soldiers, one of them badly burned, remain in Ukrainian hands.", "Four"),
        ("Five North Korean soldiers were in enemy hands near Sudzha by then, the report says.", "Five"),
    ],
)
def test_soldiers_in_a_captors_hands_are_captives(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [(f[1], f[2]) for f in got] == [("casualties", "captured")]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kyiv says some 3,500 Korean infantrymen had been lost near Sudzha by March.", "some 3,500"),
        ("Officials estimate that about 900 North Korean soldiers were lost in the first assault.", "about 900"),
    ],
)
def test_soldiers_lost_in_the_passive_are_losses(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [(f[1], f[2]) for f in got] == [("casualties", "killed_or_wounded")]


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Active "lost" is the soldiers' own verb, of something else; held in a side's hands only by a captor.
        ("Some 3,500 Korean infantrymen lost contact with their command near Sudzha.", "Some 3,500"),
        ("The rifles passed into the hands of about 900 North Korean soldiers.", "about 900"),
    ],
)
def test_soldiers_who_lose_something_or_get_something_are_troops(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [(f[1], f[2]) for f in got] == [("troops", None)]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kyiv says at least two Korean scouts blew themselves up with grenades near Plekhovo.", "at least two"),
        ("According to the SBU, dozens have blown themselves up rather than be taken.", "dozens"),
    ],
)
def test_soldiers_who_blew_themselves_up_are_killed(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [(f[1], f[2]) for f in got] == [("casualties", "killed")]


def test_soldiers_ordered_to_blow_themselves_up_are_no_loss():
    got = figures("Commanders told some 500 Korean infantrymen to blow themselves up rather than surrender.")
    assert [(f[1], f[2]) for f in got if f[0] == "some 500"] == [("troops", None)]


def test_things_lost_in_the_passive_stay_things():
    got = figures("Russia fielded some 200 Korean howitzers, of which about 40 have been lost.")
    assert [f[1] for f in got if f[0] == "about 40"] == ["artillery_systems"]


@pytest.mark.parametrize(
    "text, quantity",
    [
        # The noun the count complements is what is in someone's hands: a fate, a decision, no prisoners.
        ("The fate of the 4,000 Korean infantrymen is in the hands of Pyongyang alone.", "4,000"),
        ("Whether to send 6,000 more Korean soldiers is a question whose answer is in Moscow's hands.", "6,000"),
        ("The future of about 2,500 North Korean troops was in the hands of the Kremlin, he said.", "about 2,500"),
        ("The decision on deploying 9,000 Korean soldiers is in the hands of the Supreme Commander.", "9,000"),
    ],
)
def test_a_noun_before_the_count_is_what_is_in_someones_hands(text, quantity):
    got = [f for f in figures(text) if f[0] == quantity]
    assert [f[1] for f in got] == ["troops"]


def test_people_in_a_nouns_complement_held_in_their_own_relative_clause_are_captives():
    got = figures("Kyiv will not forget the plight of some 800 Ukrainian soldiers who remain in Russian hands.")
    assert [(f[1], f[2]) for f in got if f[0] == "some 800"] == [("casualties", "captured")]


def test_a_count_in_no_nouns_complement_in_a_captors_hands_is_of_captives():
    got = figures("Of the scouts sent, about 40 were in the hands of Ukraine's military intelligence by May.")
    assert [(f[1], f[2]) for f in got if f[0] == "about 40"] == [("casualties", "captured")]
