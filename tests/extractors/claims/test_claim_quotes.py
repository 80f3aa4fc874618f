"""dossier.claim_quotes: a figure inside a quoted statement is claimed by the speaker the quotes extractor reads."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _claimants(*paragraphs: str, with_quotes: bool = True) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-03-04")],
                         "source": ["Kyiv Independent"]})
    sents = dossier.sentences(arts)
    df = dossier.estimates(sents, arts, dossier.quotes(sents, arts) if with_quotes else None)
    return {r.quantity_text: (None if pd.isna(r.claimant) else r.claimant) for r in df.itertuples()}


def test_a_figure_in_an_early_sentence_of_a_long_quote_is_the_speakers_named_at_its_end():
    got = _claimants(
        "Colonel Petro Marchenko briefed reporters in Kharkiv on Tuesday.",
        "\u201cThe enemy has moved in fresh reserves. We now count roughly 2,000 North Korean gunners on this stretch. "
        "Most of them arrived in the spring,\u201d Marchenko explained.",
    )
    assert got["roughly 2,000"] == "Petro Marchenko"


def test_a_quote_paragraph_going_on_from_a_speaker_is_theirs():
    got = _claimants(
        "Olena Hrytsenko, a spokeswoman for the southern command, described the fighting on Sunday.",
        "\u201cThe assaults come every night,\u201d Hrytsenko said.",
        "\u201cSeveral hundred of their infantrymen have been lost this month. They keep coming anyway.\u201d",
    )
    assert got["Several hundred"] == "Olena Hrytsenko"


def test_without_the_quotes_frame_the_figure_stays_unclaimed():
    # The claims of the figure's own sentences find no speaker there: only the quotes extractor's reading gives it.
    got = _claimants(
        "Colonel Petro Marchenko briefed reporters in Kharkiv on Tuesday.",
        "\u201cThe enemy has moved in fresh reserves. We now count roughly 2,000 North Korean gunners on this stretch. "
        "Most of them arrived in the spring,\u201d Marchenko explained.",
        with_quotes=False,
    )
    assert got["roughly 2,000"] is None


def test_a_figure_in_a_scare_quoted_fragment_stays_the_writers():
    # A phrase quoted inside the writer's own sentence is no statement: its figure is not the speaker's.
    got = _claimants(
        "Viktor Sobol mocked what he called a \u201cparade of 3,000 North Korean soldiers\u201d in the Kursk region.",
        "Around 500 North Korean soldiers were later sent back, officials in Kyiv said.",
    )
    assert got["3,000"] != "Viktor Sobol"


def test_a_figure_after_the_quote_closes_is_not_the_speakers():
    got = _claimants(
        "\u201cWe hold the line. The nights are long,\u201d Marchenko said.",
        "Satellite images taken in May showed the camp near Kursk.",
        "About 1,500 North Korean soldiers have been moved to the border since then.",
    )
    assert got["About 1,500"] is None


def test_a_figure_in_a_fragment_a_rebuttal_quotes_is_the_rebutted_speakers():
    # The writer disputes the figure: the quotation marks give it to the one said to claim it, not to the writer.
    got = _claimants(
        "The Kremlin spokesman dismissed the briefing on Monday.",
        "Zelensky keeps repeating the tale of \u201cnearly 5,000 Korean soldiers\u201d killed near Sudzha.",
    )
    assert got["nearly 5,000"] == "Volodymyr Zelensky"


def test_a_figure_in_a_fragment_no_one_is_said_to_speak_stays_the_writers():
    got = _claimants("The so-called \u201crescue of 2,000 Korean fighters\u201d took place only on television.")
    assert got["2,000"] is None


@pytest.mark.parametrize("sentence, quantity", [
    # The quoter disputes the fragment: the figure is the other side's words, not the quoter's claim.
    ("Dmitry Peskov waved away the so-called \u201cairlift of 3,000 Korean wounded\u201d on Thursday.", "3,000"),
    ("Dmitry Peskov waved away a so called \u201cairlift of 3,000 Korean wounded\u201d on Thursday.", "3,000"),
    ("Dmitry Peskov dismissed the \u201cairlift of 3,000 Korean wounded\u201d as a fairy tale.", "3,000"),
    ("Dmitry Peskov mocked the \u201cairlift of 3,000 Korean wounded\u201d in a briefing.", "3,000"),
    ("Dmitry Peskov denied any \u201cairlift of 3,000 Korean wounded\u201d had taken place.", "3,000"),
])
def test_a_figure_in_a_fragment_its_speaker_disowns_is_not_the_speakers(sentence, quantity):
    assert _claimants(sentence).get(quantity) != "Dmitry Peskov"


def test_a_figure_in_a_fragment_its_speaker_states_is_the_speakers():
    got = _claimants("Volodymyr Zelensky keeps telling allies about the \u201cairlift of 3,000 Korean wounded\u201d near Sudzha.")
    assert got["3,000"] == "Volodymyr Zelensky"
