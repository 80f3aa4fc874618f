"""dossier.claim_turns: a state body's own transcript, whose officials the article names nowhere but in its labels.

A ministry or a military staff that publishes its briefing as its own speaks through officials whose labels ("MR
PARK:", "SPOKESPERSON CAPT. HAN MIN-SOO:") name no one the vocabularies know: their figures, and their "our
military", "our assessment", are the body's.  A news outlet printing an interview is no such body.
"""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.claims.claim_release import releasing_body, source_government
from dossier.extractors.claims.claim_turns import bare_noun, in_person
from dossier.extractors.figures.estimates import estimates


def _claimants(source: str, *paragraphs: str) -> dict[str, str | None]:
    text = "\n\n".join(paragraphs)
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-09-02")],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {r.quantity_text: (None if isinstance(r.claimant, float) else r.claimant) for r in df.itertuples()}


STAFF_BRIEFING = [
    "SPOKESPERSON CAPT. HAN MIN-SOO: Good afternoon. Let me start with the North's activities abroad.",
    "Our military judges that about 7,000 North Korean soldiers are still deployed near the Russian border. "
    "We also believe some 900 sappers crossed over in the spring.",
    "Q (Daily Seoul): A think tank in Washington put the number of dead at 1,500. Do you agree?",
    "HAN: We estimate the dead at roughly 1,800. If every wagon carried mortar rounds, that would mean over 2 million shells.",
]


def test_a_staff_officials_figures_are_the_staff_that_issues_the_briefing():
    got = _claimants("South Korean Joint Chiefs of Staff", *STAFF_BRIEFING)
    assert got["some 900"] == "Joint Chiefs of Staff"  # "We also believe", in the turn the first label opens
    assert got["roughly 1,800"] == "Joint Chiefs of Staff"  # "HAN:", a surname named only in a label


def test_our_military_in_an_officials_turn_is_the_issuing_body_not_a_claimant_named():
    assert _claimants("South Korean Joint Chiefs of Staff", *STAFF_BRIEFING)["about 7,000"] == "Joint Chiefs of Staff"


def test_a_figure_without_a_we_in_the_officials_turn_is_the_bodys():
    assert _claimants("South Korean Joint Chiefs of Staff", *STAFF_BRIEFING)["over 2 million"] == "Joint Chiefs of Staff"


def test_a_question_stays_the_reporters_in_a_bodys_transcript():
    assert _claimants("South Korean Joint Chiefs of Staff", *STAFF_BRIEFING)["1,500"] != "Joint Chiefs of Staff"


MINISTRY_BRIEFING = [
    "MS OKAFOR: Thanks, everyone. A word on the Korean peninsula before questions.",
    "QUESTION: Kyiv says 14,000 North Koreans are fighting. What is your view?",
    "MS OKAFOR: What I can tell you is that our estimate remains about 9,000 troops in Kursk. "
    "Pyongyang has also shipped dozens of launchers. The NIS believes about 600 of its men were killed.",
]


def test_a_spokespersons_i_and_our_speak_for_the_department_that_publishes():
    got = _claimants("US State Department", *MINISTRY_BRIEFING)
    assert got["about 9,000"] == "United States government"  # "What I can tell you is that our estimate"
    assert got["dozens"] == "United States government"


def test_a_body_the_official_names_keeps_its_own_figure():
    # The official passes on the spy agency's count: the agency claims it, not the department.
    assert _claimants("US State Department", *MINISTRY_BRIEFING)["about 600"] == "National Intelligence Service"


def test_an_interview_a_newspaper_prints_is_no_bodys_transcript():
    # The same turns printed by a newspaper: the official is no one the paper stands for, and no body claims them.
    got = _claimants("The Korea Herald", *STAFF_BRIEFING)
    assert got["roughly 1,800"] != "The Korea Herald"
    assert got["roughly 1,800"] != "Joint Chiefs of Staff"


def test_issuing_body_is_a_state_body_only():
    assert releasing_body("Russian Foreign Ministry") == "Russian Ministry of Foreign Affairs"
    assert releasing_body("Reuters") is None  # a medium publishes, it briefs for no state
    assert releasing_body(None) is None


def test_in_person_reads_pronouns_and_their_contractions():
    assert in_person("Our military") and in_person("What I'll") and in_person("my government's analysts")
    assert not in_person("Ourselves-free Ministry")  # no first person word, only one that begins alike
    assert not in_person("South Korean military")


def test_a_speaker_named_in_title_case_is_no_officials_label_for_the_body():
    # "Irina Volkova:" names a person in full: her figures are not the ministry's for want of knowing her.
    got = _claimants("Russian Foreign Ministry",
                     "Question: Seoul now says 20,000 troops were sent. Your comment?",
                     "Irina Volkova: The figure changes every month; first it was 8,000 soldiers, then 11,000.")
    assert got["8,000"] is None


def test_a_source_names_a_body_less_its_event_site_and_state_word():
    assert releasing_body("Pentagon news conference") == "the Pentagon"  # the event after the body's name
    assert releasing_body("Kremlin.ru") == "Kremlin"  # the body's site
    assert releasing_body("South Korean Joint Chiefs of Staff regular briefing") == "Joint Chiefs of Staff"
    assert releasing_body("American State Department") == "United States government"


def test_a_newspaper_holding_a_states_name_is_no_body():
    # A capital or a state's name in a paper's title is no body briefing: the whole name must be the body's.
    assert releasing_body("The Washington Ledger") is None
    assert releasing_body("Seoul Evening Daily") is None
    assert releasing_body("Japan Morning Herald") is None
    assert releasing_body("Kremlin Watch Weekly") is None


def test_a_newspapers_transcript_credits_no_state_for_an_unnamed_officials_turn():
    # "MR. PARK:" named nowhere in an interview a Seoul paper prints: no state body is the speaker.
    got = _claimants("Seoul Evening Daily", "Q: How many are there?",
                     "MR. PARK: We believe roughly 2,300 North Korean soldiers remain near Kursk.",
                     "Q: And the losses?", "MR. PARK: I cannot say.")
    assert got["roughly 2,300"] != "South Korean government"


SECRETARY_BRIEFING = [
    "MS. ORTEGA: Good morning. As the Secretary noted on Monday, we assess that roughly 6,500 North Korean "
    "soldiers are now in the Kursk region.",
    "QUESTION: Is that number rising?",
    "MS. ORTEGA: As the Deputy Secretary told reporters, our estimate is that about 1,100 have been wounded.",
    "QUESTION: And the missiles?",
    "MS. ORTEGA: The Department estimates that some 60 missiles have been fired.",
]


def test_a_bare_title_or_bodys_noun_in_a_turn_is_the_issuing_body():
    # "the Secretary", "the Deputy Secretary", "The Department" name no one whole: in the body's own briefing, its official's
    # figure is the body's.
    got = _claimants("US State Department", *SECRETARY_BRIEFING)
    assert got["roughly 6,500"] == "United States government"
    assert got["about 1,100"] == "United States government"
    assert got["some 60"] == "United States government"


def test_a_bare_title_outside_a_bodys_briefing_is_not_a_state():
    # The same turns printed by a newspaper: no state body speaks in them.
    got = _claimants("Seoul Evening Daily", *SECRETARY_BRIEFING)
    assert got["roughly 6,500"] != "United States government"
    assert got["roughly 6,500"] != "South Korean government"


def test_bare_noun():
    assert bare_noun("Secretary") and bare_noun("Government") and bare_noun("Ministry")
    assert not bare_noun("Antony Blinken") and not bare_noun("Pentagon") and not bare_noun("Secretary Blinken")


OUTLET_INTERVIEW = [
    "Brigadier General Oksana Hrytsai, a spokeswoman for Ukraine's military intelligence, spoke to Ledger.",
    "Ledger: Are North Korean troops still in Kursk?",
    "Hrytsai: Yes. Roughly 9,500 remain there, and a few thousand builders have joined them.",
    "Ledger: And the missiles?",
    "Hrytsai: We count close to 180 delivered since last year.",
]


def test_an_outlets_label_asks_its_interviews_questions():
    # The outlet labels the questions with its own name: the answers' surname labels are the official's turns.
    got = _claimants("Ledger", *OUTLET_INTERVIEW)
    assert got["Roughly 9,500"] == "Oksana Hrytsai"


def test_an_outlets_name_as_a_label_in_another_outlets_article_is_no_question():
    # Printed by another outlet, "Ledger:" is no question's label; surname labels alone make no transcript.
    got = _claimants("Seoul Evening Daily", *OUTLET_INTERVIEW)
    assert got["Roughly 9,500"] is None


def test_the_government_in_a_states_own_record_is_that_states():
    # The source names its state by its first word: "the Government" in its text is that state's government.
    got = _claimants("Japanese Prime Minister's Office briefing",
                     "The Government assesses that more than 9,000 North Korean soldiers have been dispatched.")
    assert got["more than 9,000"] == "Japanese government"
    got = _claimants("UK Parliament Defence Committee",
                     "The government believes about 3,500 North Korean soldiers have been wounded.")
    assert got["about 3,500"] == "British government"


def test_the_government_in_a_newspapers_article_is_not_read_for_a_state():
    got = _claimants("Reuters", "The Government assesses that more than 9,000 North Korean soldiers have been dispatched.")
    assert got["more than 9,000"] not in ("Japanese government", "British government")
    assert source_government("The Japan Times") is None and source_government("Reuters") is None
