"""dossier.claim_turns in more transcript formats: labels in title case, a title alone in capitals, a question's label
with its asker in brackets, and a turn that goes on over paragraphs with no label of their own."""

from __future__ import annotations

from estimate_readings import claimants as _claimants

from test_estimate_claimants import claim



PRESSER = [
    "Joint press point by NATO Secretary General Mark Rutte after the meeting of defence ministers",
    "NATO Secretary General Mark Rutte:",
    "Thank you very much. We spoke about the war again today.",
    "Pyongyang has sent roughly 12,000 soldiers to fight alongside Russia.",
    "MODERATOR: Two questions. First, Kyodo.",
    "Question (Kyodo): Thank you. Is it true that 600 North Korean soldiers were captured?",
    "SECRETARY GENERAL: I cannot confirm that. About 4,000 North Korean soldiers have been killed or wounded.",
    "JOURNALIST: Some reports speak of 3,000 more on the way. Can you comment?",
    "Mark Rutte: About 1,000 more North Korean troops are arriving this month.",
]


def test_a_turn_under_a_label_in_title_case_is_the_named_speakers():
    got = _claimants(*PRESSER)
    assert got["roughly 12,000"] == "Mark Rutte"
    assert got["About 1,000"] == "Mark Rutte"


def test_a_title_alone_in_capitals_is_the_one_first_named_with_it():
    assert _claimants(*PRESSER)["About 4,000"] == "Mark Rutte"


def test_a_question_with_its_asker_in_brackets_is_the_reporters():
    assert _claimants(*PRESSER)["600"] == "reporter"


def test_a_heading_in_title_case_with_a_colon_outside_a_transcript_is_no_turn():
    # No question's label anywhere: "Kursk offensive:" is a heading, and the figure after it no one's.
    got = _claimants("Kursk offensive: Pyongyang has sent roughly 12,000 soldiers to fight alongside Russia.",
                     "The deployment began in October.")
    assert got["roughly 12,000"] is None


def test_an_unlabelled_paragraph_in_a_plain_article_is_no_turn():
    got = _claimants("Analysts note: the war changes North Korea.", "Pyongyang has sent roughly 12,000 soldiers to Russia.")
    assert got["roughly 12,000"] is None


def test_an_adverb_between_the_auxiliary_and_saying_keeps_the_subject():
    assert claim("11,000", "Kyiv is now saying 11,000 North Korean soldiers are in Kursk.")[0] == "Ukrainian government"
    assert claim("2,000", "Seoul and Kyiv are also saying 2,000 North Korean soldiers died.")[0] is not None


BROADCAST = [
    "Anchor Lena Moss: The monitoring team's report is out today. Our correspondent has more.",
    "Lena Moss:",
    "Kyiv says the shells keep coming. Here is the president.",
    "Volodymyr Zelensky, President of Ukraine (through interpreter):",
    "We know that close to half of the shells fired at us come from North Korea.",
    "Lena Moss:",
    "And the analysts?",
    "Ruth Adeyemi, Senior Fellow, Institute of Northeast Asian Studies:",
    "Eight million rounds is an enormous number, and it will not stop.",
]


def test_a_broadcast_label_with_the_speakers_office_names_the_speaker():
    got = _claimants(*BROADCAST)
    assert got["close to half"] == "Volodymyr Zelensky"
    assert got["Eight million"] == "Ruth Adeyemi"


def test_a_sentence_opening_on_a_phrase_before_a_colon_is_no_label():
    # "In Moscow, the ministry said:" opens on a phrase, not a speaker's name: the figure after it is not "In Moscow"'s.
    got = _claimants("Lena Moss:", "What did Russia say?", "Lena Moss:", "Here is the answer.",
                     "In Moscow, the ministry said:", "About 700 foreign fighters have been killed.")
    assert got["About 700"] not in ("In Moscow", "Russian government")
