"""Who each attribution names, as an article's quotes are read (dossier.extractors.speech.quote_article), on sentences
written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source=None) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    ("Moscow published a short summary of the talks. “The exchange was frank,” the Kremlin's readout said.", "Kremlin"),
    ("South Korea's foreign ministry met the envoys. “Pyongyang must stop,” the ministry's communique said.",
     "South Korean Ministry of Foreign Affairs"),
])
def test_a_readout_or_communique_is_its_issuers(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, source, speaker", [
    ("“We will not bow,” Zelensky's office said on Telegram.", None, "Office of the President of Ukraine"),
    ("President Lee Jae-myung's office called the launch “a grave provocation.”", None, "South Korean presidential office"),
    ("SEOUL, May 3 (Yonhap) -- “We are watching closely,” the president's office said.", "Yonhap",
     "South Korean presidential office"),
])
def test_a_presidents_office_is_the_presidency_of_the_presidents_state(text, source, speaker):
    assert _speakers(text, source) == [speaker]


def test_the_statement_is_whoever_said_something_in_it_when_the_account_names_no_one_there():
    text = ("Lee Min-ho, a farmer, said the road was closed.\n\n"
            "Ukraine's 47th brigade said in a statement on Monday that the village was retaken. "
            "“The enemy has withdrawn,” the statement said.")
    assert _speakers(text)[-1] == "Ukraine's 47th brigade"


@pytest.mark.parametrize("text, speaker", [
    # "Its" before a document's part: what the sentence before is about, not a state named in passing there.
    ("The treaty reshaped the North Korea–Russia relationship. Its Article 4 obliges each side to provide "
     "“military and other assistance” if the other is attacked.", "Treaty on Comprehensive Strategic Partnership"),
    ("The treaty took effect in December. Its fourth article, which obliges each side to act “without delay”, "
     "was read as a pledge.", "Treaty on Comprehensive Strategic Partnership"),
    ("KCNA ran a long piece on Friday. Its commentary called the drills “a rehearsal for war.”", "KCNA"),
])
def test_its_document_is_the_thing_the_sentence_before_is_about(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A body's name before a title and a person's name tells the person's office: the person is the subject.
    ("Pentagon press secretary Dana Whitfield declined to discuss the convoy but said it was “under watch.”",
     "Dana Whitfield"),
    ("State Department spokeswoman Anne Colby refused to give numbers, but added that the camps were “full.”",
     "Anne Colby"),
    # A body alone still speaks for itself.
    ("The Pentagon declined to confirm the figures but said it was “watching closely.”", "Pentagon"),
])
def test_a_person_whose_office_a_body_names_is_the_subject_a_later_verb_borrows(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the person is one the vocabularies know: the title stands alone between the body and the name
    ("Pentagon spokesperson Karoline Leavitt declined to give numbers but said the army was “on alert.”", "Karoline Leavitt"),
    ("Pentagon spokesperson Tom Dorsey declined to give numbers but said the army was “on alert.”", "Tom Dorsey"),
])
def test_a_body_and_a_title_before_a_name_introduce_the_person(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "According to Jan Kowalczyk of the Warsaw Institute of Eastern Studies (WIES), the deal is a test of the pact. "
    "“Moscow needs men more than shells,” the expert told reporters.",
    "According to Jan Kowalczyk from the Warsaw Institute of Eastern Studies, Moscow needs men. "
    "“It has run out of volunteers,” the expert told reporters.",
])
def test_according_to_a_person_of_an_institution_is_the_person(text):
    # The institution says where they work; the words and the later "the expert" are the person's.
    assert _speakers(text) == ["Jan Kowalczyk"]


@pytest.mark.parametrize("text", [
    "For Jan Kowalczyk, who teaches at the Warsaw Academy, the lesson is plain.\n\n"
    "Kowalczyk warns against calling it a one-way trade. “The knowledge flows both ways.”",
    "To Jan Kowalczyk, a historian in Warsaw, the pact is old news.\n\n"
    "Kowalczyk warns against calling it a one-way trade. “The knowledge flows both ways.”",
])
def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(text):
    assert _speakers(text) == ["Jan Kowalczyk"]


@pytest.mark.parametrize("text, speaker", [
    ("An Min Ho, a researcher in Seoul, doubts the pact will last.\n\n"
     "Ho warns against calling it a one-way trade. “The knowledge flows both ways.”", "An Min Ho"),
])
def test_a_function_word_that_is_a_name_stays_in_the_name(text, speaker):
    # Only a preposition opening the sentence is cut ("For Jan Kowalczyk"); "An", "So", "Will" may be names.
    assert _speakers(text) == [speaker]
