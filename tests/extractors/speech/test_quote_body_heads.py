""""the head of <a body> said": the person named before in that body's office, not the body."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source=None) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


TWO_MINISTERS = ("Czech Defence Minister Lenka Dvorakova hosted Ukraine's Defence Minister Rustem Umerov in Prague "
                 "on Monday.\n\n")


def test_the_head_of_a_ministry_is_the_minister_of_its_state_named_before():
    text = TWO_MINISTERS + "“We will send more shells,” the head of the Czech Ministry of Defence said after the talks."
    assert _speakers(text) == ["Lenka Dvorakova"]


def test_the_head_of_a_ministry_whose_state_is_known_is_that_state_s_minister():
    text = TWO_MINISTERS + "“Every shell matters,” the head of the Ukrainian Ministry of Defence said."
    assert _speakers(text) == ["Rustem Umerov"]


def test_the_head_of_a_ministry_no_one_named_before_heads_stays_unresolved_to_a_person():
    # The article named a foreign minister only: no one in the defence ministry's office.
    text = ("Czech Foreign Minister Lenka Dvorakova met reporters on Monday.\n\n"
            "“We will send more shells,” the head of the Czech Ministry of Defence said.")
    assert _speakers(text) == ["Czech Ministry of Defence"]


def test_a_ministry_named_without_a_head_noun_speaks_for_itself():
    text = TWO_MINISTERS + "“We will send more shells,” the Czech Ministry of Defence said in a statement."
    assert _speakers(text) == ["Czech Ministry of Defence"]


VISIT = ("Czech Defence Minister Lenka Dvorakova arrived in Kyiv on Monday.\n\n"
         "“We came to listen,” Dvorakova said at the station.\n\n")


def test_the_minister_is_the_one_who_has_been_speaking_not_one_she_met():
    text = VISIT + ("She later met Ukraine's Defence Minister Rustem Umerov at the ministry.\n\n"
                    "Asked about the shells, the minister said deliveries were “on schedule.”")
    assert _speakers(text)[-1] == "Lenka Dvorakova"


def test_the_minister_brought_in_as_a_sentence_s_subject_is_that_minister():
    text = VISIT + ("Ukraine's Defence Minister Rustem Umerov spoke after her.\n\n"
                    "The minister said deliveries were “on schedule.”")
    assert _speakers(text)[-1] == "Rustem Umerov"


def test_the_head_of_a_body_is_the_person_an_apposition_introduced_as_its_head():
    text = ("Kyrylo Budanov, the chief of Ukraine's military intelligence, briefed reporters on Friday.\n\n"
            "“They adapt within weeks,” the head of HUR said.")
    assert _speakers(text) == ["Kyrylo Budanov"]


def test_the_body_named_without_a_head_noun_speaks_itself_though_its_head_was_introduced():
    text = ("Kyrylo Budanov, the chief of Ukraine's military intelligence, briefed reporters on Friday.\n\n"
            "“They adapt within weeks,” HUR said in a statement.")
    assert _speakers(text) == ["Ukrainian military intelligence (HUR)"]


@pytest.mark.parametrize("text, speaker", [
    # "the head of" a body described in lower case: the person named before whose title block gives a head noun
    # and names the body or shares a word with it (a title before the name, or an apposition after it).
    ("Foreign intelligence chief Jane Roe spoke in Kyiv. \u201cThe trains keep coming,\u201d the head of foreign intelligence said in "
     "an interview.", "Jane Roe"),
    ("Jane Roe, the head of the foreign intelligence service, met envoys. The chief of foreign intelligence told "
     "reporters the trains were \u201cstill coming\u201d.", "Jane Roe"),
    ("On Monday, customs chief Ivan Petrenko toured the border. \u201cThe trains keep coming,\u201d the head of customs said.",
     "Ivan Petrenko"),
    ("Ivan Petrenko, the leader of the border guard, toured the crossing. The head of the border guard warned that "
     "the queues were \u201cgrowing\u201d.", "Ivan Petrenko"),
])
def test_the_head_of_a_body_described_in_lower_case_is_its_head_named_before(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_the_head_of_a_body_described_is_not_the_head_of_another_body():
    # Look-alike: the army's chief named before is no head of foreign intelligence.
    text = ("Army chief Ivan Petrenko toured the front. \u201cThe trains keep coming,\u201d the head of foreign "
            "intelligence said.")
    assert _speakers(text) == ["head of foreign intelligence"]
