"""dossier.claim_relays: a source and the news medium passing its figure on."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier.extractors.claims.claim_relays import relays
from estimate_readings import one
from test_estimate_claimants import claim


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        # A body named without its state, quoted by a state's news agency: that state's body, the agency its relay.
        ("The Russian news agency RIA Novosti, quoting the defence ministry, said 120 Ukrainian soldiers died on Monday.",
         "120", "Russian Ministry of Defence", "RIA Novosti"),
        ("Yonhap, citing the defense ministry, said some 1,500 more North Korean troops had left for Russia.",
         "some 1,500", "South Korean Ministry of National Defense", "Yonhap"),
    ],
)
def test_a_medium_quoting_a_body_without_its_state(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    assert (row["claimant"], row["claimant_via"]) == (claimant, via)


def test_a_described_source_after_citing_is_someone():
    # "a military official" names a person by their office: a source, not evidence like "satellite images".
    (link,) = relays("Yonhap, citing a military official, said 300 soldiers died.")
    assert link.source.text == "a military official"
    assert not relays("The agency, citing satellite images, said 300 containers had been moved.")
    row = one("Yonhap, citing a senior military official, said about 600 North Korean soldiers were wounded.", "about 600")
    assert row["claimant_via"] == "Yonhap" and not pd.isna(row["claimant"])


def test_a_document_seen_by_a_medium_is_its_owners_passed_on():
    row = one("A South Korean intelligence document seen by The Times puts North Korean losses at 1,100.", "1,100")
    assert (row["claimant"], row["claimant_via"]) == ("National Intelligence Service", "The Times")


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        # "citing data from X": X is the source, the one citing it the relay.
        ("Some 1,400 North Korean troops were killed, Kyrylo Budanov said, citing the latest figures from the Security "
         "Service of Ukraine.", "Some 1,400", "Security Service of Ukraine", "Kyrylo Budanov"),
        ("About 2,600 soldiers were wounded, Rustem Umerov said, citing preliminary data from the General Staff of "
         "Ukraine's Armed Forces.", "About 2,600", "Ukrainian military", "Rustem Umerov"),
        ("Some 1,200 North Korean troops were killed, Kyodo reported, citing an assessment by the Pentagon.",
         "Some 1,200", "the Pentagon", "Kyodo News"),
    ],
)
def test_the_body_a_cited_claim_comes_from_is_the_source(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    assert (row["claimant"], row["claimant_via"]) == (claimant, via)


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        ("An AFP report citing two people familiar with the matter said some 70 launchers had crossed by rail.",
         "some 70", "unattributed reports", "AFP"),
        ("A CNN report citing South Korea's spy agency said roughly 2,500 soldiers were wounded in March.",
         "roughly 2,500", "National Intelligence Service", "CNN"),
        ("The Financial Times quoting Western officials said about 900 KN-23 missiles had been sent.",
         "about 900", "Western officials", "Financial Times"),
    ],
)
def test_a_medium_citing_a_source_without_commas_relays_it(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    assert (row["claimant"], row["claimant_via"]) == (claimant, via)


@pytest.mark.parametrize(
    "text, quantity, source",
    [
        # A body that briefed lawmakers, with no figure of its own there, is the source of what they were told next.
        ("The Joint Chiefs of Staff briefed the defence committee's lawmakers on Thursday. Lawmakers were also told "
         "that roughly 700 soldiers had been wounded in the fighting.", "roughly 700", "Joint Chiefs of Staff"),
        ("The National Intelligence Service briefed lawmakers behind closed doors. The lawmakers were told that "
         "about 1,100 more troops had left Wonsan by ship.", "about 1,100", "National Intelligence Service"),
    ],
)
def test_what_lawmakers_were_told_after_a_briefing_is_the_briefers(text, quantity, source):
    row = one(text, quantity)
    assert (row["claimant"], row["claimant_via"]) == (source, "lawmakers")


def test_a_briefing_with_an_unnamed_briefer_gives_no_source():
    row = one("It briefed lawmakers on Friday. Lawmakers were told that about 900 troops had died.", "about 900")
    assert row["claimant"] == "lawmakers"


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        # A figure credited after it to a source: the source claims it, the clause's subject passes it on.
        ("The lawmakers said about 8,000 more North Korean troops had reached Kursk, a figure they attribute to "
         "the National Intelligence Service.", "about 8,000", "National Intelligence Service", "lawmakers"),
        ("Up to 1,300 North Korean soldiers have been killed, the Kyiv Post reported, a number the newspaper credited "
         "to sources in the HUR.", "Up to 1,300", "Ukrainian military intelligence (HUR)", "Kyiv Post"),
        ("NHK reported that some 250 North Korean howitzers had reached the front, a figure that it attributed to "
         "Western intelligence officials.", "some 250", "Western intelligence", "NHK"),
        # In the passive with no reporting verb, the source alone.
        ("North Korea has sent around 170 self-propelled guns, a figure attributed to Ukraine's military intelligence.",
         "around 170", "Ukrainian military intelligence (HUR)", None),
    ],
)
def test_a_figure_credited_to_a_source_after_it_is_the_sources(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    assert (row["claimant"], None if pd.isna(row["claimant_via"]) else row["claimant_via"]) == (claimant, via)


@pytest.mark.parametrize(
    "sentence, quantity",
    [
        # A toll put down to its cause: the cause claims nothing.
        ("Russian strikes killed at least 35 civilians in Sumy last month, a toll attributed to North Korean artillery.",
         "at least 35"),
        ("Shelling killed 12 people in Kherson on Sunday, a toll residents attribute to Russian glide bombs.", "12"),
    ],
)
def test_a_toll_credited_to_its_cause_has_no_claimant_from_it(sentence, quantity):
    claimant = one(sentence, quantity)["claimant"]
    assert pd.isna(claimant) or not any(w in claimant for w in ("artillery", "glide", "North Korean", "Russian"))


@pytest.mark.parametrize(
    "text, quantity, claimant, via",
    [
        # A lawmaker relays what the spy agency judged or determined; his next sentence stays the agency's.
        (
            "Rep. Yoo Sang-bum told reporters after the closed-door session that the National Intelligence Service had judged"
            " that roughly 4,000 more troops would be sent. He said about 700 of them were already in Vladivostok.",
            "about 700", "National Intelligence Service", "Yoo Sang-bum",
        ),
        (
            "Rep. Yoo Sang-bum said the NIS has determined that at least 40 containers of shells left Rajin in May.",
            "at least 40", "National Intelligence Service", "Yoo Sang-bum",
        ),
    ],
)
def test_a_lawmaker_relays_the_agencys_judgement(text, quantity, claimant, via):
    assert claim(quantity, text) == (claimant, via)


def test_a_trailing_relay_cue_passes_on_the_subject_of_the_reporting_verb():
    from test_estimate_claimants import claim

    text = ("Lawmaker Kim Min-ho spoke after the closed session. The NIS said the North had shipped some 7,000 "
            "containers, enough for up to 3 million shells, according to the lawmaker.")
    assert claim("up to 3 million", text) == ("National Intelligence Service", "Kim Min-ho")


def test_a_trailing_cue_of_no_relay_keeps_its_own_claim():
    from test_estimate_claimants import claim

    text = "The NIS said the North had shipped some 7,000 containers, while up to 3 million shells were sent, according to Kyiv."
    assert claim("up to 3 million", text)[0] == "Ukrainian government"
