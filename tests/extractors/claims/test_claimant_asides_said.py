"""Claimants read from a reporting clause set inside the sentence, and from a plural subject whose verb is also a noun."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

NIS = "National Intelligence Service"

# An attribution between commas inside the sentence: the one who says claims the figure, not the subject of what is said.
PARENTHETICAL = [
    (
        "1,200",
        ["Ukraine's defence minister spoke to parliament on Thursday.",
         "Pyongyang's commanders, the minister said, had lost 1,200 men near Sudzha."],
        ("Ukrainian government", None),  # as "Ukraine's defence minister said ..." is read
    ),
    (
        "3,000",
        ["The North's leader, the NIS told lawmakers, had promised Moscow 3,000 more artillery crews."],
        (NIS, None),
    ),
    (
        "about 800",
        ["Ukrainian intelligence chief Kyrylo Budanov gave an interview on Friday.",
         "Pyongyang had moved about 800 more gunners to the border, he added, citing intercepted radio traffic."],
        ("Kyrylo Budanov", None),
    ),
    (
        "some 450",
        ["Ukrainian intelligence chief Kyrylo Budanov gave an interview on Friday.",
         "The Korean brigades, according to him, had lost some 450 soldiers in the first week."],
        ("Kyrylo Budanov", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", PARENTHETICAL)
def test_a_reporting_clause_between_commas_names_the_claimant(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


# A plural noun before a bare "estimate that" is the verb's subject: the claimant ends before the verb.
PLURAL_SUBJECTS = [
    (
        "about 6,500",
        ["Dutch and Danish intelligence services estimate that about 6,500 North Korean troops remain near Kursk."],
        "Dutch and Danish intelligence services",
    ),
    (
        "some 2,000",
        ["Several Western agencies estimate that some 2,000 North Korean soldiers have been wounded."],
        "Several Western agencies",
    ),
    # "report" as a verb of a plural subject, as "reports" and "reported" are.
    (
        "about 7,500",
        ["Dutch and Danish intelligence services report that about 7,500 North Korean troops remain near Kursk."],
        "Dutch and Danish intelligence services",
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", PLURAL_SUBJECTS)
def test_a_plural_subject_ends_before_a_verb_that_is_also_a_noun(quantity, paragraphs, expected):
    claimant, _ = claim(quantity, *paragraphs)
    assert claimant == expected
    assert not claimant.lower().endswith(("estimate", "report", "count"))


def test_a_possessive_before_estimate_that_keeps_it_a_noun():
    # "the services' estimate that ...": a noun holding the clause, no subject of a verb "estimate".
    claimant, _ = claim("9,000", "The services' estimate that 9,000 North Korean troops were in Russia proved too low.")
    assert claimant is None or not claimant.endswith("estimate")


# "the same source / agency / report": the one credited with the figure before, not one merely named since.
SAME_SOURCE = [
    (
        "some 2,200",
        ["Ukraine's military intelligence (HUR) said 9,500 North Korean soldiers were in the Kursk region.",
         "The Associated Press could not confirm the figure independently.",
         "According to the same source, some 2,200 of them have been wounded."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    (
        "about 650",
        ["The National Intelligence Service said 10,500 North Korean soldiers had been sent to Russia.",
         "Seoul's defence ministry declined to comment.",
         "The same agency estimated that about 650 of them had died."],
        (NIS, None),
    ),
    (
        "roughly 1,900",
        ["The Institute for the Study of War said 14,000 North Korean troops were in Kursk.",
         "The same report put the number of wounded at roughly 1,900."],
        ("Institute for the Study of War (ISW)", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", SAME_SOURCE)
def test_the_same_source_is_the_last_one_credited(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


def test_the_same_source_is_not_unattributed_reports():
    claimant, _ = claim("about 300", "Kyrylo Budanov said 8,000 North Korean troops were in Kursk.",
                        "According to the same source, about 300 of them had been killed.")
    assert claimant == "Kyrylo Budanov"


# "X has learned from Y": Y is the source; sources left unnamed are unattributed reports, never the one named before.
LEARNED_FROM = [
    (
        "Roughly 3,500",
        ["The NIS said 10,000 North Korean troops had gone to Russia in the autumn.",
         "Roughly 3,500 more have since crossed the border, the weekly has learned from defence sources."],
        ("unattributed reports", None),
    ),
    (
        "About 700",
        ["About 700 North Korean gunners reached Kursk in March, the broadcaster learned from the Ukrainian military."],
        ("Ukrainian military", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", LEARNED_FROM)
def test_what_a_medium_learned_from_a_source_is_the_sources(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


# Representatives or officials "of" a body speak for it.
REPRESENTATIVES = [
    ("about 1,300", "Representatives of the HUR have said that about 1,300 North Korean soldiers were wounded in March.",
     "Ukrainian military intelligence (HUR)"),
    ("some 4,500", "Officials of South Korea's defence ministry said some 4,500 North Korean troops had reached the front.",
     "South Korean Ministry of National Defense"),
]


@pytest.mark.parametrize("quantity,text,expected", REPRESENTATIVES)
def test_representatives_of_a_body_speak_for_it(quantity, text, expected):
    assert claim(quantity, text) == (expected, None)


# A lawmaker relays an inner source; "and added that" / "and said that" goes on with the same source and relay.
GOES_ON = [
    "Rep. Yoo Yong-won said the NIS put the number of dead at about 900, and added that the 300 gunners sent in June "
    "had also been wounded.",
    "Rep. Yoo Yong-won said the NIS estimated that 900 North Korean soldiers had been killed, and said that 300 more "
    "had been wounded.",
]


@pytest.mark.parametrize("text", GOES_ON)
def test_a_relayed_source_goes_on_through_and_added_that(text):
    second = "300"
    assert claim(second, text) == (NIS, "Yoo Yong-won")


def test_a_report_as_a_noun_still_names_its_author():
    # "report" after an article or an owner is the document's noun: its author claims, no verb "report" is read.
    assert claim("about 5,200", "A RUSI report estimated that about 5,200 North Korean troops were in Kursk.")[0] == (
        "Royal United Services Institute (RUSI)")
