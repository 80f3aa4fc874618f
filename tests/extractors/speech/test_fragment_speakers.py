"""Who speaks a fragment quoted inside the writer's sentence, named by a verb of naming or reporting: the subject of
the clause that holds "what it calls" (dossier.extractors.speech.clause_subjects), a relay in a later clause, a verb
that says words before a clause of content ("complains that"), a state's present-tense naming, and a group's
document (dossier.extractors.speech.subject_forms), on sentences written for the tests."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    # The nearest clause's subject that fits the pronoun: state media, not the leader the sentence opens with.
    ("Kim Jong Un has met the bereaved, and state media reported that he visited the graves of soldiers who died "
     "in what it called the “western campaign”.", "DPRK state media"),
    # Not the state the sentence opens with either, though "it" would fit it.
    ("North Korea held a funeral on Friday, and state media reported that Kim Jong Un knelt before soldiers who died "
     "in what it called the “western campaign”.", "DPRK state media"),
    # "he" after "that": the reported clause's own subject, a person.
    ("KCNA reported on Monday that Kim Jong Un had toured a factory making what he called “the shields of the nation”.",
     "Kim Jong Un"),
    # A thing no one is named by, opening a clause, is no "he": the clause before it is read.
    ("According to state media, Kim Jong Un voiced hope that the partnership, now reaching what he described as its "
     "“golden age,” would grow.", "Kim Jong Un"),
    # A clause joined by "and": its opening name is its subject, not an object of "and".
    ("Putin thanked the troops, and the Kremlin later released a video of the parade for what it calls the “Kursk "
     "victors”.", "Kremlin"),
    # "what" opens a clause: the hospital before it is no subject of "calls".
    ("Moscow has built a hospital in the region for what it calls the “fraternal volunteers”.", "Russian government"),
    ("In Seoul, officials said that Pyongyang had opened a museum for what it calls the “overseas heroes”.",
     "North Korean government"),
])
def test_what_it_calls_is_the_subject_of_its_own_clause(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_clause_opening_with_a_noun_phrase_no_one_is_named_by_gives_no_speaker():
    # The look-alike: "the regime" is the clause's subject, but the article names no one so; neither the school (an
    # object) nor anyone named before speaks.
    assert quote_speakers("State television showed the parade on Sunday, and the regime has opened a school in the "
                          "capital for what it calls the “heroic volunteers”.") == [None]


@pytest.mark.parametrize("text, speakers", [
    # A relay in a clause joined after the quote does not reach words their own clause's subject names.
    ("Kim Jong Un watched a trial of what state media called a “new engine”, and KCNA quoted him as saying it would "
     "bring “a leap” in range.", ["DPRK state media", "Kim Jong Un"]),
    ("Kim Jong Un inspected what state media described as a “new-type launcher”, but KCNA quoted him as saying more "
     "work was “urgently needed”.", ["DPRK state media", "Kim Jong Un"]),
    # The look-alikes: a relay before the quote, or with no subject naming the words in the quote's clause, reaches it.
    ("Kim Jong Un toured the plant, but KCNA quoted him as saying output must rise “without delay”.", ["Kim Jong Un"]),
    ("The rocket used a “new engine”, and KCNA quoted Kim Jong Un as saying it would change the army.", ["Kim Jong Un"]),
])
def test_a_relay_in_a_later_clause_leaves_words_their_own_clause_names(text, speakers):
    assert quote_speakers(text) == speakers


@pytest.mark.parametrize("text, speaker", [
    ("In one recording, a Russian sergeant complains that “the new men cannot read the maps”.", "Russian sergeant"),
    ("A Russian officer complained that “the Koreans do not follow the orders” and asked for an interpreter.",
     "Russian officer"),
    ("Colonel Ivan Petrenko complained that the shells “often fail to explode”.", "Ivan Petrenko"),
    ("Jane Roe, a Polish lawmaker, conceded that the figures were “rough at best”.", "Jane Roe"),
])
def test_a_verb_before_a_clause_of_content_says_the_words(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # The look-alikes: without "that" the verb says nothing of the words.
    "A Russian sergeant complained about the “Korean gift” of shells that burned out.",
    "A sergeant worried about “friendly fire” in the trenches.",
])
def test_the_same_verbs_without_a_clause_of_content_say_nothing(text):
    assert quote_speakers(text) == [None]


@pytest.mark.parametrize("text", [
    "Pyongyang calls the deployment an act of “fraternal duty”. In a statement, its foreign ministry said the troops "
    "would stay “as long as needed”.",
    "Pyongyang describes the deployment as “fraternal duty”. In a statement, its foreign ministry said the troops "
    "would stay “as long as needed”.",
])
def test_a_state_that_names_a_thing_in_the_present_states_its_standing_position(text):
    # Not one statement that the body quoted next issued for the state: the state's government's own word.
    assert quote_speakers(text)[0] == "North Korean government"


def test_a_state_that_named_a_thing_once_speaks_through_the_body_quoted_next():
    # The look-alike: in the past tense, the lead's naming is the statement the next sentence says who issued.
    got = quote_speakers("Pyongyang called the deployment an act of “fraternal duty”. In a statement, its foreign "
                         "ministry said the troops would stay “as long as needed”.")
    assert got[0] == got[1] != "North Korean government"


@pytest.mark.parametrize("text, speaker", [
    # A group's document, with a plural's possessive mark (and the week it is of): the group speaks through it.
    ("The G7 foreign ministers' statement described the transfers as “a flagrant breach” of the resolutions.",
     "G7 foreign ministers"),
    ("The G7 foreign ministers' statement of last week called the transfers “a flagrant breach”.",
     "G7 foreign ministers"),
    ("The NATO allies' statement said the transfers were “a direct violation” of the resolutions.", "NATO allies"),
    ("The NATO allies’ communique warned that the launches were “reckless”.", "NATO allies"),
])
def test_a_group_speaks_through_its_document(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_document_with_no_possessive_mark_is_read_as_written():
    # The look-alike: "the defence ministry statement" holds no possessive; no group is read out of it.
    assert quote_speakers("The defence ministry statement said the transfers were “a direct violation”.") != ["defence ministry"]


@pytest.mark.parametrize("text, speaker", [
    # A phrase of when between the subject and its naming verb (data/verb_asides.csv) is no subject.
    ("Moscow has in the past called such reports “Western fabrications”.", "Russian government"),
    ("Kim Jong Un has more than once called the alliance “invincible”.", "Kim Jong Un"),
    # A former role after "as" is no subject either: the one who held it speaks.
    ("Marco Rubio, who as a senator called the deal a “grave mistake,” has been more careful since.", "Marco Rubio"),
    ("Jane Roe, who as a minister called the treaty “a threat”, now sits in parliament.", "Jane Roe"),
    # An adverb of degree between the subject and its verb is no part of the subject.
    ("Some papers claim that 12,000 troops are there, and a senior NATO official even said these troops had been "
     "“committed” to battle.", "senior NATO official"),
    ("A senior NATO official highly praised the units, calling them “first-rate”.", "senior NATO official"),
    ("Seoul cited the clause when it protested in May, and Putin has since spoken of the troops' “courage”.",
     "Vladimir Putin"),
])
def test_a_phrase_of_when_a_former_role_or_an_adverb_before_the_verb_is_no_subject(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_phrase_of_when_before_a_verb_that_names_nothing_gives_no_speaker():
    # The look-alike: "hosted" says nothing; the phrase of when makes no one speak.
    assert quote_speakers("The museum has in the past hosted “friendship evenings” for veterans.") == [None]


@pytest.mark.parametrize("text, speaker", [
    # A trailing "as" clause names who told the words to the one who passes them on: they speak.
    ("The minister said the drones were “almost useless”, as the crews had told her during a visit.", "crews"),
    # Poland is a state the vocabularies know: its soldiers are charted as Ukraine's are.
    ("Jane Roe said the guns were “worn out,” as Polish soldiers told her at the front.", "Polish soldier"),
    ("The senator added that the shells were “older than the gunners,” as Ukrainian soldiers told him in March.",
     "Ukrainian soldier"),
    ("Jan Nowak wrote that the rockets “often miss,” as Ukrainian officials have told him.", "Ukrainian government"),
])
def test_those_who_told_the_words_to_their_reporter_speak_them(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # The look-alikes: told to anyone but the reporter, the clause names the speaker's own occasion.
    ("Kim Jong Un said the plant must “double its output”, as he told the workers on Monday.", "Kim Jong Un"),
    ("Jane Roe said the shells were “poor”, as she told reporters in Kyiv.", "Jane Roe"),
])
def test_an_as_clause_telling_others_keeps_the_speaker(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Quoted words in a sentence that reports whose figuring it gives: that source's.
    ("By the estimate of the National Intelligence Service, “about 2,000” soldiers have died.",
     "National Intelligence Service"),
    ("By Ukraine's count, the North has sent “more than 200” guns since the spring.", "Ukrainian government"),
    ("By the estimates of the National Intelligence Service, the unit, sent in May, lost “nearly half” its men.",
     "National Intelligence Service"),
    ("By the Kremlin's own tally, the North has sent “tens of thousands” of shells.", "Kremlin"),
])
def test_a_source_whose_figuring_the_sentence_reports_speaks_its_quoted_words(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # The look-alikes: "by" of a means names no source; a verb of saying in the sentence names its own speaker.
    ("The guns were sent by rail, and “more than 200” arrived by the end of May.", None),
    ("Jane Roe said that, by the estimate of the ministry, “several hundred” had died.", "Jane Roe"),
])
def test_by_without_a_noun_of_figuring_or_before_a_speaker_of_its_own(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_spokesperson_of_a_body_named_in_five_words_speaks_for_it():
    # "a DPRK Ministry of National Defence spokesperson": the body's name and its role after "a", not the subject
    # of the clause before "while".
    text = ("The minister stated that Moscow “will not budge”, while a DPRK Ministry of National Defence spokesperson "
            "described such claims as “a farce”.")
    assert quote_speakers(text) == ["minister", "DPRK Defence Ministry"]


@pytest.mark.parametrize("text, speaker", [
    # An age between commas stands between a subject and its verb like any apposition.
    ("“Nobody warned us about the missiles,” Kovalchuk, 52, said.", "Kovalchuk"),
    ("“We were sent to dig trenches,” the deserter, 31, was quoted as saying in a video.", "deserter"),
])
def test_an_age_between_commas_before_the_verb(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_witness_who_testified_speaks():
    assert quote_speakers("“We were told we would be traitors,” the deserter testified.") == ["deserter"]


def test_the_first_time_before_a_verb_is_when_not_who():
    # "for the first time confirmed": an ordinal and "time" are no member of a group; "He" is the one named before.
    text = ("In May the army chief, Pavel Orlov, for the first time openly confirmed the role of the foreign troops. "
            "He stated that they had fought “side by side” with his men.")
    assert quote_speakers(text) == ["Pavel Orlov"]
