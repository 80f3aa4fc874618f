"""dossier.claimant_roles: who a cue's object or an unnamed subject is."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier.extractors.claims.claimant_roles import cites_grounds, relative_antecedent, unnamed_plural_before
from estimate_readings import one, run


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        # What the subject cites without naming its owner is its grounds: the figure is the subject's.
        ("South Korea's defense ministry said it had seen preparations to send up to 3,000 more builders to Russia, "
         "citing intelligence assessments.", "up to 3,000", "South Korean Ministry of National Defense", None),
        ("Ukraine's defence ministry said some 900 soldiers were wounded, citing recent reports.",
         "some 900", "Ukrainian Ministry of Defence", None),
        # A source named after "citing" still claims it, the subject passing it on.
        ("Yonhap said about 1,500 more troops had arrived in Kursk, citing the National Intelligence Service.",
         "about 1,500", "National Intelligence Service", "Yonhap"),
    ],
)
def test_cited_grounds_leave_the_claim_to_the_subject(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    got_via = None if row["claimant_via"] != row["claimant_via"] else row["claimant_via"]
    assert (row["claimant"], got_via) == (claimant, via)


def test_grounds_are_unowned_claims_in_lower_case():
    assert cites_grounds("citing ", "intelligence assessments")
    assert not cites_grounds("citing ", "NIS estimates")  # owned
    assert not cites_grounds("citing ", "a government official")  # someone
    assert not cites_grounds("according to ", "intelligence assessments")  # no subject to own them


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A document's relative clause is the document's: its owner claims what it puts.
        ("Reporters were shown a South Korean intelligence memo that puts the number of wounded at 2,900.", "2,900",
         "National Intelligence Service"),
        # "who" after a comma hangs on the name before it, as before.
        ("Kyrylo Budanov, who estimated the losses at 1,700, spoke in Kyiv.", "1,700", "Kyrylo Budanov"),
    ],
)
def test_a_relative_clause_hangs_on_its_antecedent(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


def test_a_relative_clause_on_no_document_names_no_one():
    s = "It is a number that puts"
    assert relative_antecedent(s, s, s.index("puts")) == s.index("puts")


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # Someone unnamed after an indefinite article in mid-sentence is a subject, as at the sentence's start.
        ("About 700 North Korean soldiers were wounded in March, a senior military official said.", "About 700",
         "military official"),
        ("Some 250 launchers have been shipped, one intelligence official told reporters.", "Some 250",
         "intelligence official"),
    ],
)
def test_an_unnamed_official_after_an_article_is_a_subject(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        ("SEOUL (AP) -- Pyongyang has moved some 6,000 more soldiers to the border, officials said.", "some 6,000",
         "South Korean government"),
        ("KYIV -- About 800 North Korean troops were wounded last week, officials told reporters.", "About 800",
         "Ukrainian government"),
        ("SEOUL (AP) -- Roughly 30 launchers were seen at the port, military officials said.", "Roughly 30",
         "Joint Chiefs of Staff"),
    ],
)
def test_officials_closing_a_sentence_speak_for_the_dateline_s_state(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Some 9,000 troops are there, officials said", True),
        ("Some 9,000 troops are there, senior officials said", True),
        ("Some 9,000 troops are there, the officials said", False),
        ("Some 9,000 troops are there, residents said", False),
        ("Some 9,000 troops are there, regional officials said", False),
        ("Some 9,000 troops are there, and 300 tanks said", False),
    ],
)
def test_a_bare_plural_after_a_comma_is_someone_unnamed_only_when_a_description(sentence, expected):
    end = len(sentence) - len(" said")
    assert (unnamed_plural_before(sentence, end) is not None) is expected


@pytest.mark.parametrize(
    "paragraphs, quantity, claimant",
    [
        (["Analysts at the Asan Institute for Policy Studies published a study of the rail links.",
          "One researcher there estimated that about 7,000 of the troops were special forces."],
         "about 7,000", "Asan Institute for Policy Studies"),
        (["A RUSI analyst calculated that some 40 percent of the shells were duds."], "some 40 percent",
         "Royal United Services Institute (RUSI)"),
        (["One scholar estimated that roughly 500 North Korean soldiers had deserted."], "roughly 500", "unnamed analyst"),
        (["A Ukrainian researcher estimated that roughly 500 North Korean soldiers had deserted."], "roughly 500",
         "unnamed analyst"),
    ],
)
def test_an_unnamed_analyst_speaks_for_the_body_they_are_placed_at(paragraphs, quantity, claimant):
    rows = run(*paragraphs)
    assert rows.loc[rows["quantity_text"] == quantity, "claimant"].tolist() == [claimant]


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        ("Zelensky said Russia expects about 20,000 more North Korean soldiers next year.", "about 20,000",
         "Volodymyr Zelensky", None),
        ("The JCS said that Moscow expected some 3 million shells from Pyongyang.", "some 3 million",
         "Joint Chiefs of Staff", None),
        # An agency expecting is an assessment the teller passes on, not the plan of a state.
        ("Lawmakers said the NIS expects roughly 4,000 more troops to be sent.", "roughly 4,000",
         "National Intelligence Service", "lawmakers"),
    ],
)
def test_a_state_s_expectation_reported_by_another_is_the_teller_s_claim(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    assert (row["claimant"], None if pd.isna(row["claimant_via"]) else row["claimant_via"]) == (claimant, via)


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # Some of people the article names no body for: no one's claim, like "they" would be.
        ("The outlet talked to five Russian marines. One of them, a 41-year-old sergeant, said his platoon had "
         "guarded a North Korean company of about 120.", "about 120", None),
        ("The outlet talked to five Russian marines. Another said about 90 North Korean soldiers were wounded "
         "in one night.", "about 90", None),
        ("Three of the marines said roughly 250 North Korean troops had reached the village.", "roughly 250", None),
        # Some of a body's people speak for the body named before, as its pronoun does.
        ("Seoul's spy agency briefed reporters on Monday. Some of them said about 2,500 North Korean troops were "
         "wounded.", "about 2,500", "National Intelligence Service"),
    ],
)
def test_a_part_of_a_group_is_no_name(text, quantity, claimant):
    row = one(text, quantity)
    assert (None if row["claimant"] != row["claimant"] else row["claimant"]) == claimant


def test_a_source_in_a_body_named_without_its_state_speaks_for_the_home_one():
    row = one("KYIV, Nov. 3 (Ukrinform) - A source in the General Staff told the newspaper that roughly 4,000 North "
              "Korean soldiers had moved to Bryansk region.", "roughly 4,000")
    assert row["claimant"] == "Ukrainian military"


def test_a_member_of_a_body_named_without_its_state_speaks_for_the_home_one():
    row = one("KYIV, Nov. 5 (Ukrinform) - A senior officer of the General Staff said Russia had received "
              "roughly 1.2 million North Korean shells this year.", "roughly 1.2 million")
    assert row["claimant"] == "Ukrainian military"


@pytest.mark.parametrize(
    "paragraphs, quantity, expected",
    [
        # The words after a participle that follows a noun are its agent or its time, not the verb's subject.
        (("Three Korean People's Army conscripts detained in December told the BBC that about 90 soldiers in their company had been killed.",),
         "about 90", None),
        (("Two deserters arrested by Russian military police in Kursk said some 40 comrades had fled with them.",),
         "some 40", None),
        (("The Multilateral Sanctions Monitoring Team issued its second report on Friday.",
          "The monitoring team created by 11 governments said about 250 howitzers had reached Russia."),
         "about 250", "Multilateral Sanctions Monitoring Team"),
        # A relay's participle and a reporting verb's stay as they were read.
        (("Lawmakers briefed by the National Intelligence Service said roughly 2,000 soldiers had died.",),
         "roughly 2,000", "National Intelligence Service"),
        (("Yonhap reported on Monday that the Joint Chiefs of Staff had counted about 1,500 containers.",),
         "about 1,500", "Joint Chiefs of Staff"),
    ],
)
def test_a_participles_agent_or_time_is_no_subject(paragraphs, quantity, expected):
    df = run(*paragraphs)
    got = df.loc[df["quantity_text"] == quantity, "claimant"].tolist()
    assert [None if g != g else g for g in got] == [expected]


@pytest.mark.parametrize(
    "paragraphs, quantity, claimant",
    [
        # An official, officer or spokesman "there" is someone of the body the sentence before named.
        (["South Korea's Unification Ministry declined to confirm the report. An official there said about 4,000 "
          "construction workers had left for Russia."], "about 4,000", "South Korean Ministry of Unification"),
        (["Russia's Defense Ministry held a briefing in Moscow on Friday. An officer there said 2,500 Ukrainian "
          "servicemen had been killed in a week."], "2,500", "Russian Ministry of Defence"),
    ],
)
def test_someone_there_speaks_for_the_body_named_before(paragraphs, quantity, claimant):
    rows = run(*paragraphs)
    assert rows.loc[rows["quantity_text"] == quantity, "claimant"].tolist() == [claimant]
