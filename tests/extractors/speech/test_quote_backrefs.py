"""dossier.extractors.speech.quote_backrefs: a paragraph that goes on from the outlet's own earlier report gives its quotes
no medium the lead named for another occasion; read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _last(text: str, source: str) -> tuple[str | None, str | None]:
    """(channel, basis) of the last quote of a one-article corpus from ``source``."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-08-20")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    c, b = df.channel.iloc[-1], df.channel_basis.iloc[-1]
    return (c if isinstance(c, str) else None, b if isinstance(b, str) else None)


_LEAD = ("Kim Jong Un opened a school for the orphans of the fallen in Pyongyang on Monday, the Korean Central News "
         "Agency reported. Kim called the school “a cradle of patriots.”\n\nThe ceremony drew hundreds of guests.\n\n")


@pytest.mark.parametrize("close, source", [
    # The outlet's back-reference before its name, after it, with or without a comma, quoted name.
    ("Earlier, Gazeta.ru reported that a monument to the fallen will stand in Kursk. Kim Jong Un promised that their "
     "names would be “carved in granite.”", "Gazeta.ru"),
    ("As Lenta.ru wrote in July, Kim Jong Un vowed that the fallen would be “remembered by every generation.”",
     "Lenta.ru"),
    ("Kommersant previously reported that Kim had visited a hospital for the wounded, where he called the soldiers "
     "“the pride of the nation.”", "Kommersant"),
    ("RIA Novosti has earlier reported that Kim met the families of the fallen; he told them their sons were “the "
     "shield of the motherland.”", "RIA Novosti"),
    ("Also, as \"Glavcom\" reported, Kim Jong Un said in the spring that the treaty was “a shield for both peoples.”",
     "Glavcom"),
])
def test_words_of_the_outlet_s_earlier_report_take_no_medium_of_the_lead(close, source):
    assert _last(_LEAD + close, source) == (None, None)


def test_without_the_back_reference_the_lead_s_agency_carries_the_words():
    # The look-alike: the same words, the outlet's name nowhere; the agency of the lead carries them.
    text = _LEAD + "A monument to the fallen will stand in Kursk. Kim Jong Un promised their names would be “carved in granite.”"
    assert _last(text, "Gazeta.ru") == ("KCNA", "article")


def test_a_medium_the_paragraph_names_still_carries_them():
    # Within the paragraph the agency named before the words still carries them.
    text = _LEAD + ("As Lenta.ru wrote earlier, KCNA said Kim had toured a hospital. He called the wounded “the pride "
                    "of the nation.”")
    assert _last(text, "Lenta.ru") == ("KCNA", "paragraph")
