"""dossier.claim_turns: figures in a briefing transcript's turns, the asker's or the body a spokesperson speaks for."""

from __future__ import annotations

from estimate_readings import claimants as _claimants

TRANSCRIPT = [
    "Press Briefing by Pentagon Press Secretary Pat Ryder",
    "GEN. RYDER: Thanks for coming. Our assessment is that roughly 4,500 North Korean troops are now near Kursk.",
    "Q: Thank you. Is it true that 1,200 of them have been wounded?",
    "GEN. RYDER: I won't go into that. We believe about 300 have been killed.",
]



def test_a_spokespersons_first_person_figures_are_the_body_they_speak_for():
    got = _claimants(*TRANSCRIPT)
    assert got["roughly 4,500"] == "the Pentagon"
    assert got["about 300"] == "the Pentagon"


def test_a_figure_in_a_question_is_the_reporters():
    assert _claimants(*TRANSCRIPT)["1,200"] == "reporter"


def test_a_labelled_paragraph_without_first_person_is_not_the_speakers():
    # A capitalised label opens the paragraph, but the sentence speaks of no "we": the figure stays unclaimed.
    got = _claimants("Press Briefing by Pentagon Press Secretary Pat Ryder",
                     "GEN. RYDER: Pyongyang sent roughly 4,500 North Korean troops to Kursk.")
    assert got["roughly 4,500"] is None


def test_a_heading_with_a_colon_is_no_speakers_turn():
    # "Kursk: ..." is a heading in title case, not a transcript's label in capitals.
    got = _claimants("Kursk: we now know that roughly 4,500 North Korean troops arrived in the autumn.")
    assert got["roughly 4,500"] is None


BRIEFING = [
    "Press Briefing by Pentagon Press Secretary Pat Ryder",
    "GEN. RYDER: Good afternoon. Roughly 2,500 North Korean soldiers have now moved to the border region.",
    "Q: Seoul's spy agency is saying 6,000 are already at the front. Do you agree?",
    "GEN. RYDER: I'd refer you to them.",
]


def test_an_officials_turn_in_a_transcript_of_questions_is_theirs_without_a_we():
    # Questions label other paragraphs: the labels are a transcript's turns, and the official states the figure.
    assert _claimants(*BRIEFING)["Roughly 2,500"] == "the Pentagon"


def test_a_source_named_inside_a_question_claims_its_figure():
    # The reporter passes on what the spy agency says: the agency's figure, not the reporter's.
    assert _claimants(*BRIEFING)["6,000"] == "National Intelligence Service"


def test_a_capitalised_dateline_is_no_turn_without_questions():
    got = _claimants("SEOUL: Roughly 2,500 North Korean soldiers have now moved to the border region, Seoul said on Monday.",
                     "PYONGYANG: About 900 North Korean soldiers were decorated in a ceremony.")
    assert got["About 900"] is None


def test_reports_an_official_has_seen_are_reports_not_the_officials():
    got = _claimants(*BRIEFING, "GEN. RYDER: We have seen reports that up to 1,500 more North Korean soldiers may follow.")
    assert got["up to 1,500"] == "unattributed reports"


def test_a_speaker_named_with_a_middle_initial_is_found():
    got = _claimants("Secretary of Defense Lloyd J. Austin III Holds a Press Conference",
                     "SECRETARY AUSTIN: Good afternoon. Roughly 2,500 North Korean soldiers have moved to the border region.",
                     "Q: How many more will follow?")
    assert got["Roughly 2,500"] == "Lloyd Austin"


def test_a_title_alone_speaks_for_the_body_the_heading_names():
    got = _claimants("Briefing by the Ministry of National Defense of the Republic of Korea",
                     "SPOKESPERSON: Roughly 2,500 North Korean soldiers have moved to the border region.",
                     "QUESTION: How many more will follow?")
    assert got["Roughly 2,500"] == "South Korean Ministry of National Defense"


def test_a_surname_the_heading_never_names_is_no_one():
    # "MR. PARK" is named nowhere before the turns: the heading's body is not taken for him.
    got = _claimants("Briefing by the Ministry of National Defense of the Republic of Korea",
                     "MR. PARK: Roughly 2,500 North Korean soldiers have moved to the border region.",
                     "QUESTION: How many more will follow?")
    assert got["Roughly 2,500"] is None


def test_a_spokesperson_no_vocabulary_knows_speaks_for_the_heading_body():
    got = _claimants("State Department Press Briefing by Spokesperson Dana Whitfield",
                     "MS. WHITFIELD: Roughly 2,500 North Korean soldiers have moved to the border region.",
                     "QUESTION: How many more will follow?")
    assert got["Roughly 2,500"] == "United States government"


def test_a_person_no_vocabulary_knows_with_no_spokespersons_title_is_no_one():
    # A guest named in the heading is no body's voice: the heading's state is not taken for them.
    got = _claimants("State Department Press Briefing with Guest Researcher Dana Whitfield",
                     "MS. WHITFIELD: Roughly 2,500 North Korean soldiers have moved to the border region.",
                     "QUESTION: How many more will follow?")
    assert got["Roughly 2,500"] is None


def test_a_first_turn_labelled_with_titles_and_name_in_capitals_speaks_for_the_body():
    # Transcripts often give the first turn's speaker whole in capitals, and later turns by surname alone.
    got = _claimants(
        "PENTAGON PRESS SECRETARY PAT RYDER: Good morning.",
        "We have followed the deployment for weeks. Our assessment is that about 2,500 North Korean troops are near Kursk.",
        "Q: Do you have numbers on the wounded?",
        "GEN. RYDER: We think about 400 have been wounded.",
    )
    assert got["about 2,500"] == "the Pentagon"
    assert got["about 400"] == "the Pentagon"


def test_a_headline_in_capitals_before_a_colon_is_no_turn():
    got = _claimants("NORTH KOREA SENDS MORE MEN: we estimate about 2,500 troops arrived in the autumn.")
    assert got["about 2,500"] is None


INTERVIEW = [
    "Our correspondent spoke to the analyst Marta Kovalenko about the deployment.",
    "How large is the contingent now?",
    "Marta Kovalenko: Engineers make up the bulk. There are about 2,500 of them near the border.",
    "And the deminers?",
    "Marta Kovalenko: Perhaps 600 deminers are working in the fields.",
]


def test_an_interview_with_bare_questions_gives_the_answers_to_the_labelled_name():
    got = _claimants(*INTERVIEW)
    assert got["about 2,500"] == "Marta Kovalenko"
    assert got["Perhaps 600"] == "Marta Kovalenko"


def test_one_name_label_alone_is_no_interview():
    # A single "Name:" line may be a caption or a heading: without a question label nor a second turn, no one's.
    got = _claimants("Marta Kovalenko: There are about 2,500 engineers near the border.")
    assert got["about 2,500"] is None
