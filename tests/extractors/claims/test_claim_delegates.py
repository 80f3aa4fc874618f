"""dossier.claim_delegates: a delegate's statement in a meeting's record, labelled by surname and state."""

from __future__ import annotations

from estimate_readings import claimants as _claimants



RECORD = [
    "The President: I give the floor to the members of the Council who wish to speak.",
    "Mr. Nebenzia (Russian Federation) (spoke in Russian): Our Western colleagues repeat their fables. Kyiv lost "
    "some 58,000 men in the adventure, using weapons from abroad.",
    "Ms. Odum (Republic of Korea): Our intelligence authorities estimate that roughly 13,000 troops of the DPRK "
    "went to Russia. Pyongyang has now promised to send 4,000 more workers.",
    "Ukraine's delegation: we thank the Council for its attention.",
    "Mr. Pavlo Hrytsenko (Ukraine): According to my Government's military intelligence, about 170 missiles were "
    "delivered. Nine people were killed in the latest strike.",
    "The President: The meeting is adjourned.",
]


def test_a_delegates_own_words_are_theirs_by_the_surname_a_vocabulary_knows():
    assert _claimants(*RECORD)["some 58,000"] == "Vassily Nebenzia"


def test_our_body_in_a_delegates_statement_is_their_states_body():
    got = _claimants(*RECORD)
    assert got["roughly 13,000"] == "National Intelligence Service"  # "our intelligence authorities", Seoul's
    assert got["about 170"] == "Ukrainian military intelligence (HUR)"  # "my Government's military intelligence"


def test_a_label_naming_the_delegate_whole_names_an_unknown_delegate():
    assert _claimants(*RECORD)["Nine"] == "Pavlo Hrytsenko"


def test_a_label_without_its_courtesy_title_reads_the_same():
    plain = [p.replace("Mr. ", "").replace("Ms. ", "") for p in RECORD]
    got = _claimants(*plain)
    assert got["some 58,000"] == "Vassily Nebenzia"
    assert got["roughly 13,000"] == "National Intelligence Service"


def test_a_bracket_naming_no_state_is_no_delegate():
    # A reporter's question labelled with the outlet, and an unknown surname: no delegate, no one named.
    got = _claimants(
        "Kwon (Yonhap): Is it true that about 2,500 soldiers were wounded?",
        "Odum (the ministry): I cannot confirm that roughly 900 were killed.",
    )
    assert got["about 2,500"] != "Kwon"
    assert got["roughly 900"] != "Odum"


DEBATE = [
    "**President.** – The next item is the statement on the troops sent abroad.",
    "**Ilse Marquardt,** on behalf of the Greens Group. – Madam President, the regime has sent about 2,800 more "
    "soldiers this spring.",
    "And they are dying: perhaps 1,000 of them have been wounded.",
    "**Tomasz Wrona (ECR).** – Madam President, we were told some 700 had been captured. Roughly 90 of them were "
    "officers.",
    "**Pieter Hols,** Member of the Commission. – Madam President, by our estimates, nearly 6 million shells "
    "have crossed the border.",
]


def test_a_members_own_figures_are_theirs_by_the_bold_name():
    got = _claimants(*DEBATE)
    assert got["about 2,800"] == "Ilse Marquardt"
    assert got["Roughly 90"] == "Tomasz Wrona"


def test_a_members_statement_goes_on_in_the_paragraph_after_its_label():
    assert _claimants(*DEBATE)["perhaps 1,000"] == "Ilse Marquardt"


def test_a_members_first_person_figure_is_no_ones_when_no_vocabulary_knows_the_office():
    # "by our estimates": the Commission's, which no vocabulary names here; never the member's own.
    assert _claimants(*DEBATE)["nearly 6 million"] != "Pieter Hols"


def test_a_bold_time_stamp_is_no_members_label():
    got = _claimants("**10.15 GMT** – Officials said about 2,800 more soldiers had arrived in the spring.")
    assert got["about 2,800"] != "10.15 GMT"
