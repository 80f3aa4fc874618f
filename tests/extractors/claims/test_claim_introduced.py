"""dossier.claim_introduced: a hearing's speaker, labelled by title and surname, by the words that introduced them."""

from __future__ import annotations

from estimate_readings import claimants as _claimants



HEARING = [
    "**CHAIR DALTON:** We welcome General Ruth Okafor, Commander of U.S. Forces Korea, and Admiral Tomas Lindqvist, "
    "Commander of U.S. Indo-Pacific Command. General, what do you see?",
    "**GENERAL OKAFOR:** Thank you, Madam Chair. We judge that roughly 9,000 North Korean troops are still in Russia.",
    "**CHAIR DALTON:** Admiral?",
    "**ADMIRAL LINDQVIST:** Pyongyang has shipped close to 200 missiles to Moscow since last year.",
    "**CHAIR DALTON:** Thank you both. General, anything to add?",
]


def test_a_bold_labelled_speakers_first_person_figure_is_the_body_their_introduction_names():
    assert _claimants(*HEARING)["roughly 9,000"] == "United States Forces Korea"


def test_a_bold_labelled_speakers_own_words_are_the_person_named_less_titles():
    assert _claimants(*HEARING)["close to 200"] == "Tomas Lindqvist"


def test_labels_in_plain_capitals_read_the_same():
    plain = [p.replace("**", "") for p in HEARING]
    got = _claimants(*plain)
    assert got["roughly 9,000"] == "United States Forces Korea"
    assert got["close to 200"] == "Tomas Lindqvist"


def test_a_first_person_figure_with_the_office_in_the_sentence_after_the_name():
    # The office after the name, set off by commas mid-sentence, and "our estimate" as the first person.
    got = _claimants(
        "SENATOR VOSS: Our witness today is Lieutenant General Mara Quist, head of Ukraine's military intelligence, "
        "who has testified before. General, your view?",
        "LIEUTENANT GENERAL QUIST: Our estimate is that about 1,500 of the North Koreans have been killed.",
        "SENATOR VOSS: Thank you. And the shells?",
        "LIEUTENANT GENERAL QUIST: Our analysts count perhaps 8 million rounds delivered.",
    )
    assert got["about 1,500"] == "Ukrainian military intelligence (HUR)"


def test_a_speaker_introduced_by_surname_only_stays_unread():
    # No full name and no office in the introduction: no one to credit, the figure is no one's.
    got = _claimants(
        "**CHAIR DALTON:** We welcome the General. General Okafor, what do you see?",
        "**GENERAL OKAFOR:** Pyongyang has shipped close to 200 missiles to Moscow.",
        "**CHAIR DALTON:** Thank you. General, anything to add?",
    )
    assert got["close to 200"] is None


def test_a_bold_run_in_heading_is_no_speakers_label():
    # A bold heading in title case outside any transcript of questions is no turn.
    got = _claimants("**Background:** We now know that roughly 4,500 North Korean troops arrived in the autumn.")
    assert got["roughly 4,500"] is None
