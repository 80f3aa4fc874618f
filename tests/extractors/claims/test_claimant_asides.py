"""dossier.claimant_asides: asides between a claimant and its reporting verb."""

from __future__ import annotations

import pytest

from estimate_readings import one
from test_estimate_claimants import claim_in


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # How a body is known, set off by commas, stands between it and its verb.
        ("Kyiv's defence intelligence directorate, known by its Ukrainian initials HUR, estimated on Monday that "
         "about 8,000 more soldiers would come.", "about 8,000", "Ukrainian military intelligence (HUR)"),
        ("South Korea's spy agency, better known by its initials NIS, said about 2,500 troops had been rotated.",
         "about 2,500", "National Intelligence Service"),
        # A body described by who launched it: its founders are in the aside, not the claimant.
        ("The Multilateral Sanctions Monitoring Team, launched by Seoul, Tokyo and nine other capitals, "
         "said at least 90 launchers had reached Russia.", "at least 90", "Multilateral Sanctions Monitoring Team"),
        # A list inside such an aside whose last item opens with an article.
        ("The Multilateral Sanctions Monitoring Team, formed by 11 states including Japan, the United Kingdom "
         "and France, said about 6,000 containers had crossed.", "about 6,000", "Multilateral Sanctions Monitoring Team"),
    ],
)
def test_an_aside_naming_or_founding_a_body_parts_it_from_its_verb(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


def test_an_article_after_a_comma_still_opens_an_aside_of_its_own():
    row = one("Ri Il Hwan, the party secretary, said some 3,000 soldiers had returned.", "some 3,000")
    assert row["claimant"] == "Ri Il Hwan"


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A body's initials in apposition, after "or" or bare when they are the name's own initials.
        ("The Conflict Armament Research group, or CAR, reported this week that some 300 rockets recovered in Ukraine came from North Korea.",
         "some 300", "Conflict Armament Research"),
        ("The Multilateral Sanctions Monitoring Team, MSMT, estimated that about 20,000 containers had crossed.",
         "about 20,000", "Multilateral Sanctions Monitoring Team"),
        ("Ukraine's Defence Intelligence Directorate, or the GUR, said on Friday that around 1,800 of the soldiers had been killed.",
         "around 1,800", "Ukrainian military intelligence (HUR)"),
        # After "or", a short name as well as initials.
        ("The Coordination Headquarters for the Treatment of Prisoners of War, or Coordination HQ, said that about 30 "
         "North Korean soldiers had been captured.", "about 30", "Coordination Headquarters for the Treatment of Prisoners of War"),
    ],
)
def test_a_bodys_initials_in_apposition_part_it_from_its_verb(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # Bare initials after a body described in lower case, a time phrase between the verb and "that".
        ("Britain's defence intelligence service, DI, said on Monday that Pyongyang had lost more than 3,000 men.",
         "more than 3,000", "UK Defence Intelligence"),
        ("Ukraine's military intelligence agency, HUR, reported last week that at least 120 Koksan guns had been shipped.",
         "at least 120", "Ukrainian military intelligence (HUR)"),
        # Initials of another language after an English description, which names the body.
        ("The defence intelligence agency of Ukraine, GUR, estimated earlier this month that 600 shells had arrived.",
         "600", "Ukrainian military intelligence (HUR)"),
        # Initials name the body more exactly than a description read only as the state's government.
        ("South Korea's main spy agency, NIS, said in a briefing on Wednesday that around 1,000 more troops had been sent.",
         "around 1,000", "National Intelligence Service"),
        ("South Korea's main spy agency, the NIS, estimated in its latest briefing that about 11,000 soldiers remained.",
         "about 11,000", "National Intelligence Service"),
    ],
)
def test_initials_after_a_described_body_name_the_subject(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant



@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # An aside opening with a participle says what the subject was doing.
        ("The National Intelligence Service, briefing lawmakers behind closed doors, said about 2,700 North Korean "
         "soldiers had been wounded.", "about 2,700", "National Intelligence Service"),
        ("Ukraine's military intelligence, responding to the report on Friday, said some 1,200 North Korean soldiers "
         "had been killed.", "some 1,200", "Ukrainian military intelligence (HUR)"),
    ],
)
def test_a_participles_aside_parts_a_subject_from_its_verb(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A ranked name in apposition after a description names the one the description is: no aside.
        ("The directorate's deputy chief, Maj. Gen. Serhiy Hordiienko, said that about 9,000 North Korean troops were "
         "still in Kursk.", "about 9,000", "Serhiy Hordiienko"),
        ("The head of the HUR, Lt. Gen. Petro Shevchuk, told a briefing in Kyiv that 2,000 more troops had arrived.",
         "2,000", "Petro Shevchuk"),
        ("The deputy commander of the brigade, Col Mykola Danyliuk, told the Guardian that some 150 North Korean "
         "soldiers were killed in a week.", "some 150", "Mykola Danyliuk"),
    ],
)
def test_a_ranked_name_after_a_description_is_the_subject(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # Ranks written with or without a full stop are titles, never part of the name.
        ("Capt. Ostap Melnyk, a spokesman for the Eastern Group of Forces, told reporters that roughly 300 North "
         "Korean soldiers had been wounded.", "roughly 300", "Ostap Melnyk"),
        ("Brig Gen Lee Chang-hoon told lawmakers that around 600 North Korean troops had died.", "around 600", "Lee Chang-hoon"),
        ("Sgt. Taras Bondar told AFP his unit counted 40 North Korean dead.", "40", "Taras Bondar"),
    ],
)
def test_ranks_before_a_name_are_titles(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # An aside that opens with a named owner describes the subject before it, whatever verb follows.
        ("The NIS, Seoul's spy agency, thinks that at least 1,800 North Korean soldiers have died.", "at least 1,800",
         "National Intelligence Service"),
        ("The National Intelligence Service, South Korea's main intelligence body, believes around 900 soldiers "
         "have been wounded.", "around 900", "National Intelligence Service"),
        ("Budanov, Ukraine's spy chief, said on Sunday that at least 2,300 North Korean troops had been killed.",
         "at least 2,300", "Kyrylo Budanov"),
    ],
)
def test_an_aside_opening_with_an_owner_parts_a_subject_from_its_verb(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # A body's name set off after a description names it, whatever the article named before.
        ("Ukraine's military intelligence spoke on Monday. In Seoul, the spy agency, the NIS, said on Wednesday that "
         "about 10,500 troops remained.", "about 10,500", "National Intelligence Service"),
        ("The National Intelligence Service briefed lawmakers. The intelligence agency, Ukraine's HUR, said on Friday "
         "that about 700 shells had arrived.", "about 700", "Ukrainian military intelligence (HUR)"),
        # An aside of what the body did names no one: the description refers back.
        ("The National Intelligence Service briefed lawmakers. The agency, in a statement, said on Friday that about "
         "700 soldiers had died.", "about 700", "National Intelligence Service"),
    ],
)
def test_a_name_set_off_after_a_description_names_the_subject(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


@pytest.mark.parametrize("text, quantity, claimant", [
    # "of which"/"of whom" opens an aside about the subject before its verb: the subject claims.
    ("The Multilateral Sanctions Monitoring Team, of which Canada is one of the members, has documented the "
     "shipment of about 70 howitzers.", "about 70", "Multilateral Sanctions Monitoring Team"),
    ("Ukrainian officials, of whom two spoke on condition of anonymity, said about 80 soldiers had been captured.",
     "about 80", "Ukrainian officials"),
])
def test_an_aside_opened_by_of_which(text, quantity, claimant):
    assert claim_in("Reuters", quantity, text) == claimant
