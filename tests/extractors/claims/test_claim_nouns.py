"""dossier.claim_nouns: the owner of a claim whose "that" clause holds a figure."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim, claim_in

NIS = "National Intelligence Service"

OWNED_CLAIMS = [
    # The owner after "by": the figure is its claim though another dismisses it.
    (
        "1,800",
        ["Moscow on Monday rejected as \"lies\" reports by the National Intelligence Service that 1,800 North Korean soldiers had been killed."],
        (NIS, None),
    ),
    # "from" as "by", and a reporting verb before the noun that is not the owner's.
    (
        "about 7,000",
        ["The Russian foreign ministry denied claims from Ukrainian intelligence that about 7,000 more troops were being trained in Primorye."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    # A possessive owner.
    (
        "4,500",
        ["Kyiv's claims that 4,500 North Korean troops were wounded in December could not be independently verified."],
        ("Ukrainian government", None),
    ),
    (
        "roughly 600",
        ["Pyongyang has never responded to Seoul's allegations that roughly 600 containers left Rajin in a single month."],
        ("South Korean government", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", OWNED_CLAIMS)
def test_the_owner_of_a_claim_claims_its_figure(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


def test_a_claim_noun_after_an_unknown_name_credits_no_one():
    # "the front" names no claimant: no one's claim is read from it.
    assert claim("40", "Reports from the front that 40 North Korean soldiers were captured were not confirmed.")[0] is None


PERSONAL_VIEWS = [
    # A possessive before a claim noun stands for the last person of its gender named, though they never spoke.
    (
        "more than 700",
        ["Olena Kovalchuk, a researcher in Lviv, has mapped Russian depots since 2023. In her opinion, Russia has lost more than 700 howitzers."],
        ("Olena Kovalchuk", None),
    ),
    (
        "about 90",
        ["Tomas Berg, a Swedish researcher, has studied rail traffic on the Tumen River bridge for two years.", "North Korea has kept the trains running. By his count, about 90 trains of munitions crossed in the spring."],
        ("Tomas Berg", None),
    ),
    (
        "close to 2,500",
        ["Retired colonel Park Jin-ho has followed the deployment closely. In his judgment, close to 2,500 North Korean soldiers have been killed."],
        ("Park Jin-ho", None),
    ),
    # A title before a claim noun stands for the one given it before.
    (
        "some 300",
        ["Daniel Pinkston, an analyst at Troy University, has watched the port of Rason. In the analyst's estimate, some 300 containers left it in March."],
        ("Daniel Pinkston", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", PERSONAL_VIEWS)
def test_a_persons_view_claims_its_figure(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


def test_a_possessive_of_the_other_gender_credits_no_one():
    assert claim("about 400", "Anna Lee has followed the war. In his view, about 400 guns were lost.")[0] is None


OWNED_FIGURES = [
    # "the estimates of X", "the figures of X", "data from X" after "according to" credit X, by its long name too.
    (
        "about 2,300",
        ["According to the latest estimates of the General Staff of the Armed Forces of Ukraine, about 2,300 Russian guns have been destroyed."],
        ("Ukrainian military", None),
    ),
    (
        "More than 60",
        ["More than 60 trains of shells have crossed the border since June, according to figures of the Main Intelligence Directorate of the Ministry of Defence of Ukraine."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    (
        "1,100",
        ["According to the General Staff of the Armed Forces of the Russian Federation, 1,100 Ukrainian soldiers were killed near Sudzha."],
        ("General Staff of the Russian Armed Forces", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", OWNED_FIGURES)
def test_the_owner_of_figures_after_a_cue_claims_them(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


VERB_SUBJECTS = [
    # "estimate" right before its object is the verb: the subject before it is the claimant, as written.
    (
        "about 4,000",
        ["Ukrainian and Western intelligence estimate the North Korean losses at about 4,000 since the autumn."],
        ("Ukrainian and Western intelligence", None),
    ),
    (
        "some 9,000",
        ["Estonian and Finnish intelligence estimate there are some 9,000 North Korean soldiers still in Kursk."],
        ("Estonian and Finnish intelligence", None),
    ),
    (
        "12,000",
        ["British military intelligence estimates the size of the contingent at 12,000."],
        ("UK Defence Intelligence", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", VERB_SUBJECTS)
def test_a_claim_nouns_verb_before_its_object_ends_the_subject(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Reports no one owns, cited: they claim it, not the clause's subject, nor whoever cites them.
        ("Analysts cite estimates that Pyongyang has supplied up to 60 percent of Russia's shells.", "up to 60 percent"),
        ("The senator cited press reports that North Korea had shipped 2 million rounds.", "2 million"),
    ],
)
def test_a_claim_no_one_owns_that_someone_cites_is_unattributed(text, quantity):
    assert claim(quantity, text)[0] == "unattributed reports"


def test_a_cited_claim_with_a_named_owner_is_the_owners():
    assert claim("3,000", "Lee cited NIS estimates that 3,000 soldiers had died.")[0] == NIS


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # A state's name, then a body's lower-case noun as a possessive, own the claim noun after it.
        ("The minister said the South Korean government's assessment was that 9,000 troops had gone.", "9,000",
         "South Korean government"),
        ("The Ukrainian military's estimate is that some 400 soldiers were captured.", "some 400", "Ukrainian military"),
    ],
)
def test_a_bodys_lower_case_possessive_after_its_state_owns_the_claim(text, quantity, claimant):
    assert claim(quantity, text)[0] == claimant


# "By X estimates", "On X estimates", with or without a determiner, read as "According to X estimates" does.
BY_ESTIMATES = [
    ("about 700", "By Ukrainian estimates, about 700 North Korean gunners were lost near Kursk.", "Ukrainian government"),
    ("roughly 900", "On South Korean estimates, roughly 900 North Korean soldiers were wounded in March.", "South Korean government"),
    ("some 1,300", "By some Ukrainian estimates, some 1,300 North Korean soldiers were lost in the winter.", "Ukrainian government"),
    # "Western" is no one state's adjective, but its estimates are the Western governments', as one state's are its.
    ("about 11,000", "By Western estimates, about 11,000 North Korean troops had crossed into Russia.", "Western governments"),
    # A name no vocabulary knows after the preposition owns the estimate: only a modifier of claimants' names does not.
    ("about 450", "By Oryxlike estimates, about 450 North Korean soldiers were lost in March.", "Oryxlike"),
]


@pytest.mark.parametrize("quantity,text,expected", BY_ESTIMATES)
def test_by_or_on_a_states_estimates_reads_as_according_to(quantity, text, expected):
    assert claim(quantity, text) == (expected, None)


def test_according_to_some_states_estimates_is_its_government():
    assert claim("about 300", "According to some Ukrainian estimates, about 300 North Korean soldiers died in May.") == ("Ukrainian government", None)


@pytest.mark.parametrize("text, quantity, claimant", [
    # A description's possessive before a claim noun and its "that": the body the description points back to.
    ("The National Intelligence Service briefed lawmakers. Markets fell after the spy agency's warning on Monday "
     "that some 900 more soldiers had left for Russia.", "some 900", "National Intelligence Service"),
    # "account", a claim noun after its owner's possessive.
    ("The National Intelligence Service gave an update. By the agency's own account, about 60 howitzers were shipped.",
     "about 60", "National Intelligence Service"),
    # "testimony" and "account" after a person's possessive: the person named before.
    ("Lee Min-jun, a former artillery officer, met reporters. According to his testimony, about 70 men of his "
     "battalion were killed.", "about 70", "Lee Min-jun"),
    ("The Multilateral Sanctions Monitoring Team met on Friday. According to its latest estimate, about 80 ships "
     "carried munitions.", "about 80", "Multilateral Sanctions Monitoring Team"),
    # "In his words," as a translation renders "according to him": the person named before.
    ("Marek Zielinski, the brigade's commander, said the week had been hard. In his words, about 40 launchers were hit in a "
     "week.", "about 40", "Marek Zielinski"),
])
def test_a_possessive_before_a_claim_noun_points_back(text, quantity, claimant):
    assert claim_in("Reuters", quantity, text) == claimant


def test_words_with_no_owner_claim_nothing():
    assert claim_in("Reuters", "about 50", "In other words, about 50 howitzers were moved to the border.") is None


def test_account_with_no_owner_claims_nothing():
    text = "The plan takes into account about 90 howitzers moved to the border."
    assert claim_in("Reuters", "about 90", text) is None
