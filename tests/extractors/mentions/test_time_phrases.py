"""dossier.extractors.mentions.time_phrases: a phrase of time where a subject stands ("people in Seoul a week ago
were saying", "you were quoted last month as saying") is never the speaker; read through dossier.quotes."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers

from dossier.extractors.mentions.time_phrases import time_phrase


@pytest.mark.parametrize("text", [
    # A span with "ago", "last", "earlier", a number; a passive relay; a verb of calling.
    'Officials in Tokyo a week ago were saying that the shipments would "soon stop".',
    'The same analysts two years earlier had insisted the rumours were "pure fiction".',
    "Minister, you were quoted last month as saying Canada would 'hold the line for as long as it takes'.",
    'Diplomats in Brussels a few days ago were calling the deal "a dangerous bargain".',
])
def test_a_time_phrase_is_never_the_speaker(text):
    speaker = quote_speakers(text)[-1]
    assert speaker is None or not time_phrase(speaker)


@pytest.mark.parametrize("text, speaker", [
    # The look-alike: a subject followed by a time phrase keeps its subject.
    ('Kim Jong Un last week called the new treaty "an iron bond".', "Kim Jong Un"),
    ('Sergei Lavrov two days ago described the talks as "very useful".', "Sergei Lavrov"),
])
def test_a_subject_before_a_time_phrase_keeps_its_speaker(text, speaker):
    assert quote_speakers(text)[-1] == speaker


@pytest.mark.parametrize("words, expected", [
    ("a month ago", True), ("last week", True), ("two days earlier", True), ("this morning", True),
    ("a couple of weeks ago", True), ("the ministry", False), ("last year's envoy", False), ("Weekly", False),
])
def test_time_phrase(words, expected):
    assert time_phrase(words) is expected
