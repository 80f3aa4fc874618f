"""dossier.extractors.figures.quoted_figures: a quoted figure no one is said to speak is the words of its claimant."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.figures.quoted_figures import figure_speakers
from dossier.extractors.pipeline import extract


def _speakers(tmp_path, *paragraphs: str) -> dict[str, str | None]:
    (tmp_path / "notes.md").write_text("---\ntitle: Front notes\nsource: Example Wire\npublished: 2025-04-05\n---\n"
                                       + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    quo = extract(dossier.read_articles(tmp_path))["quotes"]
    return {r.text: (r.speaker if isinstance(r.speaker, str) else None) for r in quo.itertuples()}


def test_a_quoted_figure_is_the_words_of_the_one_credited_with_it(tmp_path):
    got = _speakers(tmp_path, "Ukraine's military intelligence agency put the number of North Korean gunners near Kursk at "
                              "\u201cabout 4,000\u201d.")
    assert got["about 4,000"] == "Ukrainian military intelligence (HUR)"


def test_a_quoted_figure_the_writer_states_stays_no_ones(tmp_path):
    got = _speakers(tmp_path, "Our reporters counted \u201croughly 300\u201d North Korean trucks on the road to Kursk.")
    assert got["roughly 300"] is None


def _frames(kind: str, claimant: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    quo = pd.DataFrame({"article_id": ["a1"], "start": [10], "end": [30], "kind": [kind], "speaker": [None],
                        "speaker_text": [None]})
    est = pd.DataFrame({"article_id": ["a1"], "start": [12], "end": [17], "claimant": [claimant], "claimant_text": [claimant]})
    return quo, est


def test_unnamed_reports_speak_for_no_one():
    assert figure_speakers(*_frames("fragment", "unattributed reports"))["speaker"].isna().all()


def test_a_statement_keeps_the_quotes_reading():
    # A statement's words are more than the figure it holds: its speaker is for the quotes to find.
    assert figure_speakers(*_frames("statement", "Kyrylo Budanov"))["speaker"].isna().all()
    assert figure_speakers(*_frames("fragment", "Kyrylo Budanov"))["speaker"].tolist() == ["Kyrylo Budanov"]


def test_the_quotes_alone_leave_the_fragment_to_no_one_until_the_figures_speak(tmp_path):
    # dossier.quotes reads the text alone; the figures' claimants are a step of their own, as extract applies it.
    (tmp_path / "notes.md").write_text("---\ntitle: Front notes\nsource: Example Wire\npublished: 2025-04-05\n---\n"
                                       "Ukraine's military intelligence agency put the number of North Korean gunners near "
                                       "Kursk at \u201cabout 4,000\u201d.\n", encoding="utf-8")
    arts = dossier.read_articles(tmp_path)
    sents = dossier.sentences(arts)
    quo = dossier.quotes(sents, arts)
    assert quo["speaker"].isna().all()
    spoken = dossier.figure_speakers(quo, dossier.estimates(sents, arts, quo))
    assert spoken["speaker"].tolist() == extract(arts)["quotes"]["speaker"].tolist() == ["Ukrainian military intelligence (HUR)"]
