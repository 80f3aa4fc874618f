"""Words a first person frames are the words of whoever "I" or "we" is (dossier.extractors.speech.first_speakers), on
transcripts and posts written for the tests."""

import pandas as pd
import pytest

import dossier


def _speakers(text: str, source: str = "Yonhap", author: str | None = None) -> list:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source], "author": [author]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


_HEARING = ("The panel heard General Marcus Hale, Commander of Allied Forces North, and Ambassador Irene Voss.\n\n"
            "**CHAIRWOMAN DALE:** Thank you both. General, what has changed since the spring?\n\n")


@pytest.mark.parametrize("turn", [
    "**GENERAL HALE:** As I noted in my opening remarks, the border units are now \"far better drilled\" than a year ago.",
    "**GENERAL HALE:** Last week I told the committee staff that the exercises were \"larger than any since 2017.\"",
    "**GENERAL HALE:** \"The tempo has doubled,\" I said at the time, and I stand by it.",
    "**GENERAL HALE:** I myself warned our partners that the drills looked \"like a rehearsal.\"",
])
def test_the_first_person_of_a_transcript_turn_is_the_one_its_label_names(turn):
    assert _speakers(_HEARING + turn) == ["Marcus Hale"]


def test_an_i_that_asks_frames_the_answer_of_another():
    # look-alike: the asker's "I" is not the one whose words the quote gives
    turn = "**GENERAL HALE:** I asked a defector why they kept advancing: \"Nobody ever ordered us back.\""
    assert _speakers(_HEARING + turn) != ["Marcus Hale"]


def test_an_i_inside_the_quote_is_the_quoted_speakers_own():
    # look-alike: the "I" is within the marks; the label's speaker only reads them out
    turn = "**GENERAL HALE:** A captured officer's diary reads \"I said we would never retreat.\""
    assert _speakers(_HEARING + turn) != ["Marcus Hale"]


@pytest.mark.parametrize("sentence", [
    "\"Our city needs more air defence today, not next month,\" that is what I told the visiting ministers.",
    "This morning I told the visiting ministers: \"Our city needs more air defence today.\"",
    "I have said it before and I repeat: \"Our city needs more air defence today.\"",
    "I wrote to the ambassadors that the city \"cannot wait another winter.\"",
])
def test_the_first_person_of_a_signed_post_is_its_signer(sentence):
    text = f"Rescuers worked through the night in the Central district.\n\n{sentence}\n\nI thank everyone who helped."
    assert _speakers(text, "Poltava Regional Military Administration", "Ivan Petrenko") == ["Ivan Petrenko"]


def test_a_reporters_i_in_a_column_is_no_speaker():
    # look-alike: a news outlet's writer says "I", but is no one the quotes chart
    text = ("I told the visiting ministers' aides that I would quote them: \"Our city needs more air defence.\"\n\n"
            "I left the briefing unconvinced.")
    assert _speakers(text, "The Guardian", "Ivan Petrenko") == [None]


@pytest.mark.parametrize("sentence, body", [
    ("At the G7 foreign ministers' meeting last month, we issued a statement that \"firmly condemns\" the transfers.",
     "G7 foreign ministers"),
    ("At the Quad leaders' summit in May, we adopted a communique that \"rejects any transfer\" of missiles.",
     "Quad leaders"),
    ("At the NATO defence ministers' meeting, we said the shipments were \"a grave threat.\"",
     "NATO defence ministers"),
    ("At last week's G7 foreign ministers' meeting, we released a joint statement that \"strongly deplores\" the deal.",
     "G7 foreign ministers"),
])
def test_we_at_a_named_meeting_is_its_joint_body(sentence, body):
    text = _HEARING + f"**AMBASSADOR VOSS:** {sentence}"
    assert _speakers(text) == [body]


def test_we_with_no_meeting_named_is_no_joint_body():
    # look-alike: "we" at a meeting no one is named for
    text = _HEARING + "**AMBASSADOR VOSS:** At the meeting, we issued a statement that \"firmly condemns\" the transfers."
    assert _speakers(text) != ["meeting"]


def test_a_reporters_i_in_a_question_turn_is_not_the_signer():
    # look-alike: a body's briefing, signed by its spokesperson, where a reporter's question says "I"
    text = ("Spokesperson Maria Lenko held the weekly briefing.\n\n"
            "Q: As I wrote last week, the talks looked like \"a dead end.\" Do you agree?\n\n"
            "MS. LENKO: We do not comment on columns.")
    assert _speakers(text, "Ministry of Foreign Affairs of Ukraine", "Maria Lenko") != ["Maria Lenko"]
