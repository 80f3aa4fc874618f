"""Figures of someone quoted without a name who speaks for no body are unattributed reports; who they are stays in
``claimant_text``."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier.extractors.claims.claimant_unnamed_reports import reports_label, unnamed_reports
from estimate_readings import run
from quote_readings import quote_speakers


def claimed(quantity: str, *paragraphs: str) -> tuple[str | None, str | None]:
    """(claimant, claimant_text) of the one figure ``quantity``."""
    df = run(*paragraphs)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, f"{quantity!r} not read once:\n{df[['quantity_text', 'claimant']]}"
    r = rows.iloc[0]
    return tuple(None if pd.isna(r[c]) else r[c] for c in ("claimant", "claimant_text"))


@pytest.mark.parametrize(
    "quantity, paragraphs, expected",
    [
        # The first mention's words say who it is.
        ("about 600", ["A source in Chagang province said about 600 recruits had boarded a train to the border."],
         ("unattributed reports", "A source in Chagang province")),
        ("At least 90", ["At least 90 soldiers from the town have died since spring, a resident told the paper."],
         ("unattributed reports", "a resident")),
        ("roughly 250", ["A merchant in Manpo said roughly 250 men had been taken from the county's factories."],
         ("unattributed reports", "A merchant in Manpo")),
        # "the source" later says nothing of who: the label the claims gave it, with its place, does.
        ("nearly 80", ["A source in Kangwon province told the station that the draft had been widened.",
                       "The source said nearly 80 men from one farm had gone."],
         ("unattributed reports", "anonymous source in Kangwon province")),
    ],
)
def test_an_unnamed_source_s_figures_are_unattributed_reports(quantity, paragraphs, expected):
    assert claimed(quantity, *paragraphs) == expected


@pytest.mark.parametrize(
    "quantity, sentence, claimant",
    [
        # An analyst is cited for what they know: the label stays the claimant.
        ("about 700", "A researcher at a private institute in Busan said about 700 soldiers had been wounded.",
         "unnamed analyst"),
        # Someone unnamed inside a body speaks for it.
        ("About 700", "About 700 soldiers had been wounded, a source in Ukraine's military intelligence said.",
         "Ukrainian military intelligence (HUR)"),
    ],
)
def test_someone_unnamed_who_speaks_for_a_body_or_from_knowledge_keeps_the_claimant(quantity, sentence, claimant):
    assert claimed(quantity, sentence)[0] == claimant


@pytest.mark.parametrize(
    "claimant, expected",
    [
        ("anonymous source in Ryanggang province", True),
        ("anonymous defector", True),
        ("anonymous trader in Sinuiju", True),
        ("unnamed analyst", False),
        ("anonymous sources", False),  # no label of the vocabulary, only words that begin like one
        (None, False),
    ],
)
def test_reports_label(claimant, expected):
    assert reports_label(claimant) is expected


def test_a_frame_without_unnamed_sources_is_left_as_it_is():
    est = pd.DataFrame({"claimant": ["National Intelligence Service", None], "claimant_text": ["the NIS", None]})
    assert unnamed_reports(est) is est


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["A source in Ukrainian military intelligence told the outlet that the troops had moved.",
         "The source said about 11,000 soldiers were in Kursk."],
        ["A source in South Korean intelligence told the outlet that the troops had moved.",
         "The source said about 11,000 soldiers were in Kursk."],
    ],
)
def test_a_state_s_adjective_after_in_is_no_place_of_the_source(paragraphs):
    # "in Ukrainian military intelligence" is inside a body: no "anonymous source in Ukrainian".
    assert not any(" in Ukrainian" in (w or "") or " in South Korean" in (w or "")
                   for w in claimed("about 11,000", *paragraphs))


def test_a_place_held_by_a_state_is_still_a_place():
    assert claimed("about 300", "A resident in Ukrainian-held Pokrovsk said about 300 soldiers had passed through.") == (
        "unattributed reports", "A resident in Ukrainian-held Pokrovsk")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('A source in Ukrainian military intelligence told the agency in March that the shells had "become far more '
         'reliable" since the spring.', "Ukrainian military intelligence (HUR)"),
        ('A resident in Ukrainian-held Pokrovsk told the newspaper that the drones had "changed the whole front".',
         "anonymous resident in Ukrainian-held Pokrovsk"),
    ],
)
def test_the_speaker_of_a_source_inside_a_state_s_body(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ['A source in Russian military intelligence told the newspaper that the drones had "changed the whole front".'],
        ["A source in Ukrainian military intelligence told the outlet the troops had moved.",
         '"About 11,000 soldiers are in Kursk," the source said.'],
    ],
)
def test_no_speaker_is_placed_in_a_state_s_adjective(paragraphs):
    assert not any(s and (" in Russian" in s or " in Ukrainian" in s) for s in quote_speakers("\n\n".join(paragraphs)))


@pytest.mark.parametrize(
    "quantity, sentence, expected",
    [
        # "according to a defector" gives the words, not the label: they are someone unnamed all the same.
        ("about 300", "According to a defector, about 300 men had left for Russia.",
         ("unattributed reports", "a defector")),
        ("About 300", "About 300 men had left for Russia, according to a resident of Hyesan.",
         ("unattributed reports", "a resident of Hyesan")),
        ("About 300", "About 300 men had left for Russia, according to an insider.",
         ("unattributed reports", "an insider")),
        ("About 300", "About 300 men had left for Russia, according to a defector who fled in 2019.",
         ("unattributed reports", "a defector who fled in 2019")),
    ],
)
def test_someone_unnamed_after_according_to(quantity, sentence, expected):
    assert claimed(quantity, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A body named by the noun is no one unnamed; an analyst keeps the label.
        "About 300 men had left for Russia, according to a defector group.",
        "About 300 men had left for Russia, according to a defector organisation.",
        "About 300 men had left for Russia, according to a researcher.",
    ],
)
def test_no_one_unnamed_after_according_to(sentence):
    assert claimed("About 300", sentence)[0] != "unattributed reports"
