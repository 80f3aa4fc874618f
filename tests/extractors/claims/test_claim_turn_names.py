"""dossier.claim_turns: a transcript's speaker named only by their turn's label ("Maria Ostrova:", "CHAIRMAN RISCH:")
states the figures their turn gives in their own voice, with no "we"."""

from __future__ import annotations

from estimate_readings import claimants as _claimants



# A name in full labels the turn, named nowhere before it; questions label other turns.
def test_a_full_name_labels_the_figure_of_its_own_paragraph():
    got = _claimants("Maria Ostrova: Good morning. More than 40 drones struck the port overnight.",
                     "Question (Radio Lviv): Were any of them made in North Korea?",
                     "Maria Ostrova: We cannot confirm that yet.")
    assert got["More than 40"] == "Maria Ostrova"


def test_a_full_name_labels_the_figure_of_a_paragraph_going_on_with_its_turn():
    got = _claimants("Maria Ostrova: Good morning, everyone.",
                     "Since the summer, Moscow has fired about 60 missiles of that type at our cities.",
                     "Q: Where were they made?",
                     "Maria Ostrova: In North Korea, as far as we can tell.")
    assert got["about 60"] == "Maria Ostrova"


def test_a_full_name_in_bold_labels_its_turn():
    got = _claimants("**Lena Kovalchuk:** Seven soldiers were wounded in the second strike.",
                     "**Q:** Who fired it?",
                     "**Lena Kovalchuk:** The investigation goes on.")
    assert got["Seven"] == "Lena Kovalchuk"


def test_an_answer_after_a_question_is_the_full_named_speakers():
    got = _claimants("Question (Kyiv Post): How many containers have crossed the border?",
                     "Tomas Herzog: Around 300 containers crossed it in March alone.",
                     "Question (Kyiv Post): And in April?",
                     "Tomas Herzog: Fewer, I am told.")
    assert got["Around 300"] == "Tomas Herzog"


def test_a_colon_in_running_prose_is_no_turn_label():
    # The colon follows a clause, not a name: no one's turn, and the figure is credited to no one.
    got = _claimants("The harbour told its own story: about 3,000 North Korean soldiers had landed there.",
                     "Q: Is that still so?")
    assert got["about 3,000"] is None


# A label in capitals gives an office's title and a surname the vocabularies know, in the turn that opens a hearing.
def test_a_chairmans_label_opening_a_hearing_is_the_chairmans():
    got = _claimants("CHAIRMAN RISCH: We are here to look at the arms trade. Pyongyang has sent well over 8,000 "
                     "rockets to Moscow.",
                     "SENATOR LOWELL: Thank you, Mr. Chairman.",
                     "CHAIRMAN RISCH: Senator Lowell.")
    assert got["well over 8,000"] == "Jim Risch"


def test_a_senators_label_opening_a_hearing_is_the_senators():
    got = _claimants("SENATOR RISCH: Let me open with the numbers. Roughly 500 launchers went north last winter.",
                     "WITNESS ABEL: Senator, that matches what we see.",
                     "SENATOR RISCH: Thank you.")
    assert got["Roughly 500"] == "Jim Risch"


def test_a_chairmans_label_in_bold_is_the_chairmans():
    got = _claimants("**CHAIRMAN ROGERS:** The hearing will come to order. Some 4,000 of their troops were hurt "
                     "this spring.",
                     "**GENERAL ABEL:** Thank you, Mr. Chairman.",
                     "**CHAIRMAN ROGERS:** General.")
    assert got["Some 4,000"] == "Mike Rogers"


def test_a_chairs_label_goes_on_in_the_paragraph_after_it():
    got = _claimants("CHAIR RISCH: Good morning.",
                     "The regime has shipped more than 2 million artillery shells since the spring.",
                     "SENATOR LOWELL: Thank you.",
                     "CHAIR RISCH: Senator.")
    assert got["more than 2 million"] == "Jim Risch"


def test_a_courtesy_title_or_a_korean_family_name_is_no_known_leader():
    # "MR. KIM:" is a witness of that family name, not the leader the vocabulary knows as "Kim"; nor is a senator
    # named Kim.
    for label in ("MR. KIM", "SENATOR KIM"):
        got = _claimants(f"{label}: Thank you. Roughly 500 launchers went north last winter.",
                         "SENATOR LOWELL: Thank you.",
                         f"{label}: Of course.")
        assert got["Roughly 500"] != "Kim Jong Un"


def test_a_speaker_who_names_a_source_passes_its_figure_on():
    # The sentence names the body that counts the figure: not the speaker's own figure, whatever else it is read as.
    got = _claimants("Maria Ostrova: Ukrainian military intelligence speaks of about 600 North Korean soldiers wounded.",
                     "Q: Since when?",
                     "Maria Ostrova: Since January.")
    assert got["about 600"] != "Maria Ostrova"


def test_a_title_and_a_surname_are_no_full_name():
    # "Admiral Abel:" names the admiral by rank, not in full: his label is no claimant of its own.
    got = _claimants("Admiral Abel: Thank you. About 5,000 North Korean soldiers crossed in the spring.",
                     "Q: And since?",
                     "Admiral Abel: Fewer.")
    assert got["About 5,000"] != "Admiral Abel"


def test_a_speaker_recounting_a_figure_given_before_does_not_own_it():
    # "The number" is a count someone gave; the speaker recounts it with no "we" of their own.
    got = _claimants("Q: Seoul now speaks of 20,000 troops. Your view?",
                     "Maria Ostrova: The number grows with each briefing; last spring it was 9,000 soldiers.",
                     "Q: Thank you.")
    assert got["9,000"] != "Maria Ostrova"


# A label "MR. KIM:" named before only as "Mr. Kim" is a witness of that family name, not the leader.
WITNESS = ["CHAIR LOWELL: Welcome. Mr. {name}, please begin.",
           "MR. {label}: Thank you. Our assessment is that about 7,000 North Korean soldiers are in Russia.",
           "SENATOR ABEL: Thank you.",
           "MR. {label}: Of course."]


def test_a_witness_addressed_as_mr_kim_is_not_the_leader():
    got = _claimants(*(t.format(name="Kim", label="KIM") for t in WITNESS))
    assert got["about 7,000"] != "Kim Jong Un"


def test_a_witness_addressed_as_ms_kim_is_not_the_leader():
    got = _claimants(*(t.format(name="Kim", label="KIM").replace("Mr.", "Ms.").replace("MR.", "MS.") for t in WITNESS))
    assert got["about 7,000"] != "Kim Jong Un"

