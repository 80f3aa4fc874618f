"""Experts-react pieces: a heading line naming an expert over paragraphs that are wholly a quotation."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> dict[str, str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return {t.split()[0]: (s if isinstance(s, str) else None) for t, s in zip(q["text"], q["speaker"])}


PLAIN = """Reactions: a pact that binds two pariahs

The two capitals signed a mutual-aid treaty on Wednesday. Our analysts weigh in.

Edda Vasquez-Moreau: Moscow gets cannon fodder, Pyongyang gets know-how

“Artillery crews have been rotating through the front for a year now. The paper catches up with practice.”

“Watch the satellite launches next spring; they will tell us what was traded.”

Kofi Brandt: Tokyo cannot sit this one out

“Japan has treated the war in Europe as someone else's problem. It no longer can.”
"""

BOLD = """Reactions: a pact that binds two pariahs

Our analysts weigh in on the new treaty.

**Edda Vasquez-Moreau**, director of the Eurasia initiative:

“Bargains like this rarely survive a change of leadership in either capital.”

**Kofi Brandt**, visiting scholar:

“Expect the shipments to double before the summer.”
"""


def test_each_heading_gives_the_quoted_paragraphs_under_it_to_its_expert():
    said = _speakers(PLAIN)
    assert said["Artillery"] == "Edda Vasquez-Moreau"
    assert said["Watch"] == "Edda Vasquez-Moreau"  # a second quoted paragraph stays with the heading above
    assert said["Japan"] == "Kofi Brandt"  # until the next heading


def test_a_bold_name_with_a_description_heads_the_quotes_too():
    said = _speakers(BOLD)
    assert said["Bargains"] == "Edda Vasquez-Moreau"
    assert said["Expect"] == "Kofi Brandt"


def test_a_place_or_a_heading_with_prose_after_it_names_no_expert():
    place = "North Korea: the view from Seoul\n\n“Nobody here expected the treaty so soon.”\n"
    assert _speakers(place)["Nobody"] is None
    prose = ("Edda Vasquez-Moreau: a pact that binds\n\nThe treaty was signed on Wednesday in a hurry.\n\n"
             "“Nobody here expected the treaty so soon.”\n")
    assert _speakers(prose)["Nobody"] is None  # the quote is no longer under the heading


def test_a_lone_label_before_a_colon_is_no_expert_without_more_evidence():
    # Capitalised words before a colon look like a name; one such line alone is a section label.
    text = "Reactions.\n\nRelated Coverage: why the pact matters\n\n“The pact changes the balance on the peninsula.”\n"
    assert _speakers(text)["The"] is None


def test_one_expert_in_bold_with_a_description_is_enough():
    text = ("Reactions.\n\n**Ines Mbeki**, senior fellow, Korea program:\n\n"
            "“Moscow has bought itself an artillery pipeline.”\n")
    assert _speakers(text)["Moscow"] == "Ines Mbeki"


def test_a_plain_name_with_a_description_ending_in_a_colon_heads_the_quotes():
    text = ("Reactions.\n\nTomas Hale, nonresident fellow at the Baltic Institute:\n\n"
            "“Tallinn reads this treaty as a message to it too.”\n")
    assert _speakers(text)["Tallinn"] == "Tomas Hale"


ON_DISK = """---
title: What the new pact means
source: Harbour Policy Review
---
Two capitals signed a mutual-aid treaty this week, and our fellows were asked what it changes for the region.

Edda Vasquez-Moreau: Moscow gets shells, Pyongyang gets know-how

“Artillery crews have been rotating through the front for a year now. The paper only catches up with practice.”

Edda Vasquez-Moreau directs the Eurasia programme at the review.

Kofi Brandt: Tokyo cannot sit this one out

“Japan has treated the war in Europe as someone else's problem for too long.”
"""


def _read_from_disk(tmp_path, body: str) -> dict[str, str | None]:
    (tmp_path / "piece.md").write_text(body, encoding="utf-8")
    articles = dossier.read_articles(tmp_path)
    q = quotes(dossier.sentences(articles), articles)
    return {t.split()[0]: (s if isinstance(s, str) else None) for t, s in zip(q["text"], q["speaker"])}


def test_headings_the_reader_takes_out_of_the_text_still_name_the_experts(tmp_path):
    (tmp_path / "piece.md").write_text(ON_DISK, encoding="utf-8")
    articles = dossier.read_articles(tmp_path)
    text = articles["text"].iloc[0]
    assert "Kofi Brandt:" not in text  # the reader took the heading lines out of the text ...
    offsets = [int(o) for o in articles["heading_offsets"].iloc[0].split("\n")]
    lines = articles["headings"].iloc[0].split("\n")
    assert text[offsets[lines.index("Kofi Brandt: Tokyo cannot sit this one out")]:].startswith("“Japan")  # ... saying where
    said = _read_from_disk(tmp_path, ON_DISK)
    assert said["Artillery"] == "Edda Vasquez-Moreau"
    assert said["Japan"] == "Kofi Brandt"  # past the prose line about the first expert, under the second heading


def test_a_heading_taken_out_names_no_one_over_a_quote_with_prose_before_it(tmp_path):
    # The heading stood before prose; the quote after that prose is not under it.
    body = ON_DISK.replace("“Japan", "Tokyo has said little so far.\n\n“Japan")
    said = _read_from_disk(tmp_path, body)
    assert said["Japan"] is None or said["Japan"] != "Kofi Brandt"


def test_a_section_heading_taken_out_is_no_expert(tmp_path):
    body = ON_DISK.replace("Kofi Brandt: Tokyo cannot sit this one out", "Japan: a quiet neighbour")
    said = _read_from_disk(tmp_path, body)
    assert said["Japan"] != "Japan"
