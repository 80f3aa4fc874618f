"""Whom an attribution stands for, as an article's quotes are read (dossier.extractors.speech.quote_referents), on sentences
written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source=None) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text", [
    "A person familiar with the shipments said the barges were “never inspected.”",
    "“The barges were never inspected,” said two people briefed on the negotiations.",
    "“The barges were never inspected,” a person with knowledge of the contract said.",
])
def test_someone_quoted_for_what_they_know_is_an_anonymous_source(text):
    assert _speakers(text) == ["anonymous source"]


@pytest.mark.parametrize("text, speaker", [
    ("“The barges sail at night,” said one harbour pilot.", "harbour pilot"),
    ("One harbour pilot said the barges “sail at night.”", "harbour pilot"),
])
def test_one_of_a_kind_is_that_kind(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Who speaks a medium's words on air speaks for the medium the article last named or described, not its outlet.
    ("Survivors spoke to the BBC in Seoul. North Korea's state TV showed the burial. A presenter called the dead "
     "“flowers of the motherland.”", "DPRK state media"),
    ("Korean Central Television broadcast the parade. The newsreader said the troops had been “reborn.”",
     "Korean Central Television"),
])
def test_the_voice_of_a_medium_speaks_for_the_medium_described_last(text, speaker):
    assert _speakers(text, "BBC") == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # A title in capitals after a state the vocabularies know only by its government: that government speaks,
    # and "he" after goes on with it; never the title itself.
    ("Kim Jong Un visited Moscow last week.\n\nJapan's Chief Cabinet Secretary said Tokyo would “respond firmly.” "
     "He told reporters the visit was “deeply troubling.”", ["Government of Japan", "Government of Japan"]),
    ("Japan's Defense Minister called the launch “a grave threat.”", ["Government of Japan"]),
])
def test_an_office_of_a_state_known_by_its_government_speaks_for_it(text, speakers):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = dossier.quotes(dossier.sentences(articles), articles)
    assert df.speaker.tolist() == speakers


@pytest.mark.parametrize("text, source, speakers", [
    # A body of a state with no such body in the vocabularies is its own, named with its owner: not the home state's
    # body of the same words, and what "it" stands for after it.
    ("Poland's Defence Ministry said the drills were “a provocation.” It added that troops were “on alert.”", "Yonhap",
     ["Poland's Defence Ministry", "Poland's Defence Ministry"]),
    ("Italy's foreign ministry summoned the ambassador over what it called a “grave violation.”", "Yonhap",
     ["Italy's foreign ministry"]),
    # A state's body the vocabularies know is still theirs.
    ("Russia's foreign ministry called the drills “reckless.”", "Yonhap", ["Russian Foreign Ministry"]),
    ("Japan's foreign ministry summoned the ambassador over what it called a “grave violation.”", "Yonhap",
     ["Japanese Ministry of Foreign Affairs"]),
])
def test_a_body_owned_by_a_state_the_vocabularies_lack_is_its_own(text, source, speakers):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = dossier.quotes(dossier.sentences(articles), articles)
    assert df.speaker.tolist() == speakers


def test_a_person_of_a_party_is_written_as_the_person():
    # The person speaks, and the words that say so are theirs, not their party's.
    text = "“The count keeps rising,” Rep. Yoo Yong-won of the ruling party told reporters on Friday."
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["Yonhap"]})
    df = dossier.quotes(dossier.sentences(articles), articles)
    assert df[["speaker", "speaker_text"]].values.tolist() == [["Yoo Yong-won", "Rep. Yoo Yong-won"]]


@pytest.mark.parametrize("text, speakers", [
    # a role of a state, its holder named in the next sentences only
    ("Japan's top government spokesman called the test “deeply regrettable.” “We protested at once,” he said.\n\n"
     "Chief Cabinet Secretary Minoru Kihara added that Tokyo would consult Seoul.",
     ["Minoru Kihara", "Minoru Kihara"]),
    # but not a holder of another state's
    ("Japan's top government spokesman called the test “deeply regrettable.”\n\n"
     "Kremlin spokesman Dmitry Peskov declined to comment.",
     ["Government of Japan"]),
])
def test_a_role_is_its_holder_named_just_after(text, speakers):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["Kyodo"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert list(df["speaker"]) == speakers


@pytest.mark.parametrize("text, speaker", [
    # an official of a body the account gives no state, in a capital that stands for its state's government
    ("A senior Foreign Ministry official in Tokyo called the launch “a grave threat.”", "Government of Japan"),
    # not someone unnamed of no body, nor in a place that stands for no one
    ("A Western diplomat in Tokyo called the launch “a grave threat.”", "Western diplomat"),
    ("A Defence Ministry official in Lisbon called the launch “a grave threat.”", "Defence Ministry official"),
])
def test_an_official_of_a_body_in_a_capital_speaks_for_its_government(text, speaker):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["Reuters"]})
    assert list(dossier.quotes(dossier.sentences(arts), arts)["speaker"]) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # A medium's voice described by a word or two is still the medium's voice.
    ("Korean Central Television aired a film on the sappers.\n\nIn it, a female narrator says the men were "
     "“the pride of the nation.”", "Korean Central Television"),
    ("Voice of Korea broadcast a programme in Russian on Monday. A young announcer called the alliance “eternal.”",
     "Voice of Korea"),
    # One who no longer speaks for a medium does not speak for it.
    ("Korean Central Television aired a film on the sappers.\n\nA former announcer who fled to Seoul said the "
     "footage was “staged.”", "former announcer"),
])
def test_an_unnamed_voice_with_a_word_before_it_speaks_for_the_medium(text, speaker):
    assert _speakers(text, "Reuters") == [speaker]


@pytest.mark.parametrize("text, source, speaker", [
    # "the readout", "the press statement" stand for their issuer, as "the statement" does.
    ("Putin and Kim spoke by phone on Monday, the Kremlin press service reported.\n\n“The sides agreed to meet soon,” "
     "the readout said.", "TASS", "Kremlin"),
    ("A spokesperson for the DPRK Ministry of Foreign Affairs issued a press statement on Monday. “The drills will "
     "not go unanswered,” the press statement said.\n\nKim Yo Jong said Seoul would “regret it.”", "KCNA",
     "DPRK Foreign Ministry"),
])
def test_a_readout_or_press_statement_speaks_for_its_issuer(text, source, speaker):
    assert _speakers(text, source)[0] == speaker


@pytest.mark.parametrize("text, speakers", [
    # A description that names a state's foreign minister or defence minister by what they do stands for them,
    # the state it names choosing between two diplomats in the same story.
    ("Sergei Lavrov met Choe Son Hui in Pyongyang on Friday. The head of Russian diplomacy said the talks were "
     "“frank and warm.” The North's top diplomat said her country would “stand with Moscow to the end.”",
     ["Sergei Lavrov", "Choe Son Hui"]),
    ("Choe Son Hui flew to Moscow for talks. The Kremlin's chief diplomat called the visit “timely.”",
     ["Sergei Lavrov"]),
    ("Russian Defence Minister Andrei Belousov toured a tank plant. The defence chief said output would be "
     "“doubled by spring.”", ["Andrei Belousov"]),
])
def test_a_description_of_a_minister_stands_for_the_minister(text, speakers):
    assert _speakers(text, "TASS") == speakers


@pytest.mark.parametrize("text, speakers", [
    # "It" opening the sentence after one that opens with a document named with its author stands for the document:
    # its words are the author's, not those of a state named inside the document's sentence, nor of a body named
    # between ("The Kremlin"), through a run of sentences opening with "It".
    ("A new report by the Kiel Institute finds that North Korea has sent Russia most of its shell stocks. It calls the "
     "transfers “a lifeline for Moscow.”", ["Kiel Institute"]),
    ("A report by the National Intelligence Service says Pyongyang has sent more troops to Kursk. It notes the "
     "rotation is regular. It calls the deployment “a long-term commitment.”", ["National Intelligence Service"]),
    ("The statement, attributed to the DPRK Foreign Ministry, denounced the drills. It said the North “will never "
     "tolerate” them.", ["DPRK Foreign Ministry"]),
])
def test_it_after_a_document_named_with_its_author_is_the_author(text, speakers):
    assert _speakers(text, "The Guardian") == speakers


@pytest.mark.parametrize("text, speakers", [
    # "The speaker" is a common noun of speaking: whoever spoke last, never a name.
    ("A veteran of the Kursk campaign addressed the meeting in Chongjin. “We fought for our brothers,” the veteran "
     "said. The speaker then went on: “Their victory is our victory.”", ["veteran", "veteran"]),
    ("Kim Yo Jong spoke at the ceremony. The speaker said the South was “a hostile state.”", ["Kim Yo Jong"]),
])
def test_the_speaker_is_who_spoke_last(text, speakers):
    assert _speakers(text, "NK News") == speakers


@pytest.mark.parametrize("text, speaker", [
    # A voice on air is the broadcaster's that aired the film, though a website that reposted it was named last.
    ("Korean Central Television aired the film on Sunday, and it was later posted on Uriminzokkiri.\n\n"
     "The narrator calls the sappers “heroes of the motherland.”", "Korean Central Television"),
    # A website named alone keeps its voice.
    ("Uriminzokkiri posted a video on the sappers.\n\nThe narrator calls them “heroes of the motherland.”",
     "Uriminzokkiri"),
    # A broadcaster of another paragraph does not take it over.
    ("Korean Central Television covered the ceremony.\n\nUriminzokkiri later posted a video on the sappers. "
     "The narrator calls them “heroes of the motherland.”", "Uriminzokkiri"),
])
def test_a_voice_on_air_speaks_for_the_broadcaster_named_with_the_last_medium(text, speaker):
    assert _speakers(text, "Reuters") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "the agency", "the intelligence agency": the last intelligence agency named, of whichever state.
    ("Seoul's National Intelligence Service estimated in October that 10,000 troops had arrived. Ukraine's defence "
     "intelligence (HUR) said on Sunday the brigades had moved south. “They are now near Pokrovsk,” the agency said.",
     "Ukrainian military intelligence (HUR)"),
    ("The NIS briefed lawmakers on Monday. Ukraine's Main Intelligence Directorate later posted a video on Telegram. "
     "“These men were sent to die,” the intelligence agency wrote.", "Ukrainian military intelligence (HUR)"),
    # "the service" after Ukraine's security service, named with its abbreviation and an adverb before its verb.
    ("The HUR said on Friday that more shells had arrived. The Security Service of Ukraine (SBU) separately announced "
     "an arrest in Kharkiv. “He was photographing air defence sites,” the service said.", "Security Service of Ukraine"),
])
def test_a_body_called_by_its_noun_is_the_last_one_named_of_that_kind(text, speaker):
    assert _speakers(text, source="Kyiv Post") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # An unnamed military official in Seoul's copy speaks for the South's military, named or not.
    ("A military official told reporters on Friday that the North had moved rocket launchers. “More may follow,” "
     "the official said.", "Joint Chiefs of Staff"),
    ("Seoul was briefed on Thursday.\n\nA senior military official, speaking on condition of anonymity, said the "
     "launchers had moved. “More may follow,” the official said.", "Joint Chiefs of Staff"),
])
def test_an_unnamed_military_official_in_seouls_copy_speaks_for_its_military(text, speaker):
    assert _speakers(text, source="Yonhap")[-1] == speaker


def test_an_unnamed_official_a_north_korean_medium_quotes_is_not_seouls():
    text = "KCNA quoted an unnamed military official as saying the army would “answer with force.”"
    assert _speakers(text, source="Yonhap") != ["Joint Chiefs of Staff"]


def test_the_phrase_introducing_someone_unnamed_never_runs_back_over_a_sentence():
    text = ("The spokesman spoke at a briefing.\n\nA western diplomat said the talks had stalled. “Nothing moves,” "
            "the diplomat said.")
    assert "briefing" not in (_speakers(text, source="Reuters")[-1] or "")


@pytest.mark.parametrize("text, speaker", [
    # "he" after someone unnamed is that person, not a leader their reported words name in between.
    ("A 31-year-old sergeant captured in January near Kurakhove told Yonhap that his commanders praised the leader. "
     "Kim Jong Un had “personally chosen” their unit, the commanders said, according to the sergeant.\n\n"
     "“We believed every word,” he said.", "31-year-old sergeant"),
    # A participle phrase between the subject and its verb: the place or captor in it does not speak.
    ("A North Korean private held by Ukraine since January said the food was poor. “We ate once a day,” he said.",
     "North Korean private"),
])
def test_he_after_someone_unnamed_is_not_a_name_their_reported_words_hold(text, speaker):
    assert _speakers(text, source="Yonhap")[-1] == speaker


def test_he_never_stands_for_people_in_the_plural():
    text = ("A captured private told the paper his unit had been sent to Kursk in October. The officers said the "
            "journey was “a training trip.” “Nobody believed them,” he said.")
    assert _speakers(text, source="Yonhap")[-1] != "officers"


@pytest.mark.parametrize("text, speaker", [
    # "An administration official" in Washington's copy speaks for the U.S. government; the Kremlin's for the Kremlin.
    ("A senior administration official said the shipments were “closely tracked.” “We see every train,” the "
     "official said.", "U.S. government"),
    ("A Kremlin administration official told Vedomosti the visit was “long planned.”", "Kremlin"),
])
def test_an_administration_official_speaks_for_their_administration(text, speaker):
    assert _speakers(text, source="Reuters")[-1] == speaker


def test_the_noun_of_someone_unnamed_stands_for_them_later():
    text = ("A scholar at a Seoul university, who asked not to be named, said the trade had doubled. "
            "“The numbers are hidden, not small,” the scholar said.")
    assert _speakers(text, source="Reuters")[-1] == "unnamed analyst"


@pytest.mark.parametrize("text, speaker", [
    # "a source in the province" is in the province named before; "the source" later is that one.
    ("Markets in South Hamgyong province have run short of rice, a source in the province told Daily NK. "
     "“Prices doubled in a week,” the source said.", "anonymous source in South Hamgyong province"),
    # "he" in a clause on a thing of someone named right before it is that someone, not the source.
    ("Markets in Chagang Province were closed, a source in the province told RFA. Workers copied out a speech by "
     "Kim Jong Un in which he called the dead “martyrs.”", "Kim Jong Un"),
])
def test_a_source_in_the_province_named_before(text, speaker):
    assert _speakers(text, source="Daily NK")[-1] == speaker


def test_the_title_after_a_states_unnamed_official_is_that_official():
    text = ("Russia's ambassador to Japan said on Monday that the exercises were “a dangerous game.” The diplomat "
            "told reporters Moscow would “draw conclusions.”\n\nForeign Ministry spokeswoman Maria Zakharova later "
            "called the drills “provocative.”")
    assert _speakers(text, source="Reuters")[:2] == ["Russian government", "Russian government"]


def test_the_piece_is_the_words_of_whoever_wrote_it():
    text = ("Rodong Sinmun commentator Kang Chol Su wrote on Sunday that the alliance had “changed Asia.” "
            "The piece also said the Korean People's Army stood “shoulder to shoulder” with Russia.")
    assert _speakers(text, source="Reuters")[-1] == "Kang Chol Su"


@pytest.mark.parametrize("text, speakers", [
    # Someone unnamed who gives one name in the same clause is that name, and so is the noun that refers back to them.
    ("“The boys are children,” said the older man, a fisherman who gave only his surname, Moon. “Nobody asked them,” "
     "the fisherman added.", {"Moon"}),
    ("A nurse who asked to be identified by her family name, Yoon, said the wards were full. “We have no beds,” the "
     "nurse said.", {"Yoon"}),
    ("“We light candles for them,” said one farmer, identified only as Seo.", {"Seo"}),
    # A name given to someone else is not theirs: no name after the phrase, no reading.
    ("“We wait,” said one farmer, whose village lies near the border.", {"farmer"}),
])
def test_someone_unnamed_who_gives_one_name_is_that_name(text, speakers):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-11-30")], "source": ["Associated Press"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert set(df.speaker) == speakers


@pytest.mark.parametrize("text, speaker", [
    # A document as the subject speaks for the issuer named where it was introduced: after "by" ...
    ("Pyongyang sent Moscow more shells than thought, a new study by the Center for Strategic and International "
     "Studies found.\n\nThe study, which drew on shipping records, said the trains were “running every day.”",
     "Center for Strategic and International Studies"),
    # ... or as the subject of the verb that issued it, not the state that owns that subject.
    ("South Korea's defence ministry released its yearly assessment on Friday.\n\nThe assessment says the North's "
     "gunners have become “far more accurate.”", "South Korean Ministry of National Defense"),
])
def test_a_document_speaks_for_its_issuer(text, speaker):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-11-30")], "source": ["The Guardian"]})
    assert dossier.quotes(dossier.sentences(arts), arts).speaker.tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # Abbreviated titles before a name are no speaker: the name after them is, however many and however long.
    ("“The alliance is ready,” said Brig. Gen. Dana Whitfield, the wing commander.", "Dana Whitfield"),
    ("“We tracked the launch,” said Cmdr. Owen Prescott, a Navy spokesman.", "Owen Prescott"),
    ("“Tokyo has protested,” said Amb. Rahm Emanuel in a post.", "Rahm Emanuel"),
    ("“They are rotating units,” said Brig. Simon Ashworth of the British Army.", "Simon Ashworth"),
])
def test_a_name_after_abbreviated_titles_speaks(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "one" after the noun a relative clause is about is one of the group the sentence named: never "rate one".
    ("U.S. officials put North Korean losses at 4,000, a figure one called “a conservative estimate.”",
     "U.S. government"),
    ("South Korean officials say the rounds are failing, a rate one described as “embarrassing for Moscow.”",
     "South Korean government"),
    ("Ukrainian officials counted 300 drones overnight, the largest number one had seen, and warned of “more to come.”",
     None),
])
def test_one_of_a_group_after_a_relative_clauses_noun(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text, speakers", [
    # "what it calls": the pronoun is the subject of the clause before "what", not the one last named before it, and
    # it names a thing by its own word (no statement a person of its state issued later in the article).
    ("The Kremlin has thanked Pyongyang for what it described as “fraternal help.” Pyongyang has built a new hall on "
     "what it has called the “sacred mission.”\n\nKim Jong Un opened the hall with Choe Son Hui, who hailed what she "
     "called the “immortal exploits.”", ["Kremlin", "North Korean government", "Choe Son Hui"]),
    ("Moscow welcomed the visit. North Korea is building a museum in Pyongyang for what it calls the “heroic feats” of "
     "its troops.\n\nChoe Son Hui, the foreign minister, said the troops had shown “true friendship.”",
     ["North Korean government", "Choe Son Hui"]),
    # A pronoun of the other gender is not the subject.
    ("Kim Jong Un opened the hall with Choe Son Hui, who hailed what she called the “immortal exploits.”",
     ["Choe Son Hui"]),
])
def test_what_it_calls_is_the_clauses_subjects_word(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # A title written as a name, after "the" and an honorific, stands for the one the article gave it.
    ("Kim Jong Un, general secretary of the Workers' Party, toured a shell plant in Jagang. “Raise output at once,” "
     "the respected General Secretary told the managers.", ["Kim Jong Un"]),
    ("Kim Jong Un, general secretary of the Workers' Party, toured a shell plant in Jagang. “Raise output at once,” "
     "the general secretary said.", ["Kim Jong Un"]),
    ("Adm. Lisa Franchetti, chief of naval operations, visited Busan on Monday. “The fleet is ready,” the Admiral "
     "told reporters.", ["Lisa Franchetti"]),
    # No one named with the title: the title is no one's name.
    ("Troops paraded through the square on Sunday. “The enemy trembles,” the President said.", [None]),
])
def test_a_title_written_as_a_name_is_its_holder(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text", [
    # An honorific before a title written as a name: the subject of its sentence, whatever the verb.
    "Kim Jong Un, general secretary of the Workers' Party, met the returning commanders. The respected General "
    "Secretary embraced each of them and said: “Your courage is the nation's.”",
    "Kim Jong Un, general secretary of the Workers' Party, met the returning commanders. The beloved General "
    "Secretary praised the unit, saying its men had shown “courage beyond compare.”",
])
def test_an_honorific_before_a_title_is_its_holder(text):
    assert _speakers(text) == ["Kim Jong Un"]


def test_a_modifier_before_a_title_and_a_name_is_the_one_named():
    text = ("Sergei Lavrov met Choe Son Hui in Moscow. “We agree on every point,” the new Defence Minister Andrei "
            "Belousov said.")
    assert _speakers(text) == ["Andrei Belousov"]


@pytest.mark.parametrize("text, speakers", [
    # A body owned after "of" is where the one who speaks serves, not who speaks.
    ("The drills ended on Friday. A deputy commander of the Navy's submarine flotilla said: “We train for the worst.”",
     ["deputy commander"]),
    ("The drills ended on Friday. “We train for the worst,” the spokesman of Japan's defence ministry said.",
     ["Japanese Ministry of Defense"]),
])
def test_a_titled_holder_of_an_owned_body_speaks_not_the_body(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # An embassy is its state's body, however its name is written, and "the embassy" after it is the same one.
    ("Seoul's spy agency released its findings on Sunday. The Russian embassy in Seoul put up a post on Telegram late "
     "that night calling the findings “a crude fabrication.”", ["Russian Embassy"]),
    ("Seoul's spy agency released its findings on Sunday. Russia's embassy dismissed them. The embassy later published "
     "a statement calling the findings “a provocation.”", ["Russian Embassy"]),
])
def test_an_embassy_speaks_for_its_state(text, speakers):
    assert _speakers(text) == speakers



@pytest.mark.parametrize("body", ["the Russian Embassy in Seoul", "the Russian Foreign Ministry"])
def test_a_person_whose_clause_of_saying_holds_the_quote_says_it_and_the_body_relays(body):
    text = ("Seoul summoned Russia's ambassador, Georgy Zinoviev, on Friday. The ambassador replied that the pact "
            f"“threatens no one,” {body} said in a statement.")
    assert _speakers(text) == ["Georgy Zinoviev"]


@pytest.mark.parametrize("text, speakers", [
    # Someone given by a call sign or a first name only speaks by that name, when the phrase holds the introduction.
    ("Fighting went on near Sudzha. A 31-year-old sergeant who gave only his call sign, Lynx, described the night. "
     "“They came without armour,” the sergeant said.", ["Lynx"]),
    ("Fighting went on near Sudzha. “They came without armour,” said a medic identified only by her first name, "
     "Iryna.", ["Iryna"]),
    ("Fighting went on near Sudzha. “They came without armour,” said a gunner who goes by the call sign Bison.",
     ["Bison"]),
])
def test_someone_given_by_one_name_or_call_sign_speaks_by_it(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # A call sign or nickname in quotation marks is a name, not words spoken: its holder speaks by it, after it or
    # before it, and "he" of the next sentence is that holder.
    ("Shelling went on near Pokrovsk. A sapper of the 93rd Brigade with the call sign “Owl” said the fields were "
     "“full of mines.”", ["Owl", "Owl"]),
    ("Shelling went on near Pokrovsk. “They come at night,” said a medic with the callsign “Fox.”", ["Fox"]),
    ("Shelling went on near Pokrovsk. A loader nicknamed “Bear” described the assaults. “They come at night,” he "
     "said.", ["Bear", "Bear"]),
])
def test_a_call_sign_in_quotation_marks_names_who_speaks(text, speakers):
    assert _speakers(text)[:len(speakers)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # A title written as a name after the verb of saying stands for its holder as it does before the verb.
    ("Kim Jong Un, general secretary of the Workers' Party, inspected a drone unit. “Build more of them,” said the "
     "General Secretary.", ["Kim Jong Un"]),
    ("North Korean leader Kim Jong Un inspected a drone unit. “Build more of them,” said the Supreme Leader.",
     ["Kim Jong Un"]),
    ("Adm. Lisa Franchetti, chief of naval operations, visited Busan. “The fleet is ready,” said the Admiral.",
     ["Lisa Franchetti"]),
    # With no holder named before, the title is no one's name.
    ("Troops paraded through the square. “The enemy trembles,” said the Admiral.", [None]),
])
def test_a_title_after_the_verb_is_its_holder(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "he" goes on standing for the one it stood for, past sentences that name only bodies or reports.
    ("The older prisoner, a 26-year-old sniper, sat by the window. “We were told it was training,” he said. "
     "“Nobody spoke of Ukraine.”\n\nThe forum run by the Coordination Headquarters discussed the exchange last week. "
     "Its report was published on Monday.\n\n“I want to go to Seoul,” he says through an interpreter.",
     ["26-year-old sniper", "26-year-old sniper"]),
])
def test_a_pronoun_keeps_its_person_past_bodies_named_between(text, speakers):
    assert _speakers(text) == speakers


def test_a_pronoun_does_not_reach_past_someone_new():
    # A sentence that brings someone in ("A 24-year-old from Hamhung says") ends the run of the pronoun.
    text = ("The older prisoner, a 26-year-old sniper, sat by the window. “We were told it was training,” he said. "
            "The forum discussed the exchange last week. A second man from Hamhung says he joined at 17. "
            "The report was published on Monday. “I never saw a foreign country,” he says.")
    assert _speakers(text)[-1] != "26-year-old sniper"


@pytest.mark.parametrize("text, speakers", [
    # Letters written after a name, with or without commas, are no part of it.
    ("“The sanctions are leaking,” Mary Vance MP told the committee.", ["Mary Vance"]),
    ("“We must keep pressing,” Tom Hale, MP, said on Wednesday.", ["Tom Hale"]),
    ("The envoy for Korea, Ruth Gale MP, briefed reporters. “Pyongyang is listening,” Gale said.", ["Ruth Gale"]),
    # A courtesy title before a name likewise.
    ("“It is a cynical bargain,” Sir Peter Lowe said.", ["Peter Lowe"]),
    ("“The trade is growing,” Dame Anna Frost told the BBC.", ["Anna Frost"]),
])
def test_letters_and_honours_around_a_name_are_not_the_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # A body's letters before a name: the person heads it, the body does not speak.
    ("“The barges sail at night,” the chief of HUR Oleh Marchenko said.", ["Oleh Marchenko"]),
    ("The deputy head of HUR Oleh Marchenko spoke on Friday. “They keep sending shells,” Marchenko added.",
     ["Oleh Marchenko"]),
    # Letters no vocabulary knows, after "of": still the body's.
    ("“The units have rotated,” the director of the GRK Lee Han-sol told lawmakers.", ["Lee Han-sol"]),
])
def test_a_body_before_a_name_is_not_part_of_it(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # A family name written in capitals opens the name: no body's letters.
    ("“We will answer,” KIM Jong Un said.", ["Kim Jong Un"]),
    # Letters that are the subject themselves keep speaking.
    ("“The launch succeeded,” KCNA said.", ["KCNA"]),
])
def test_capitals_that_are_the_name_or_the_speaker_stay(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # A title or a broader role stands for the last person the article gave it, others named in between.
    ("The Minister for the Pacific, Clare Burton MP, addressed the committee. Officials of the Treasury also "
     "spoke. “This pact is a threat,” the Minister said.", ["Clare Burton"]),
    ("Ambassador Viktor Orlov toured the port in Rajin. Kim Song Nam was also there. According to the diplomat, "
     "the ties are “stronger than steel.”", ["Viktor Orlov"]),
    # A sentence that is only a quote, after one reporting what a single speaker said, goes on with their words.
    ("Spokeswoman Irina Belova said the exercises were lawful. “No one can forbid them.”", ["Irina Belova"]),
])
def test_a_title_and_a_quote_standing_alone_resolve_to_the_holder(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text", [
    # The sentence before says nothing: no one's words go on.
    "Irina Belova toured the shipyard on Monday. “No one can forbid them.”",
    # Two people said something: whose words follow is not told.
    "Irina Belova said the drills were lawful, and Kim Song Nam said they were needed. “No one can forbid them.”",
    # A new paragraph starts over.
    "Irina Belova said the exercises were lawful.\n\nThe fleet sailed at dawn. “No one can forbid them.”",
])
def test_a_quote_alone_after_no_single_speaker_stays_unattributed(text):
    assert _speakers(text) == [None]


@pytest.mark.parametrize("text, source, speakers", [
    # "the spy agency" in Seoul's copy that names no intelligence agency: the NIS.
    ("The spy agency told lawmakers the North had sent “about 4,000” more troops.", "Yonhap News Agency",
     ["National Intelligence Service"]),
    # One named before is the one it stands for.
    ("Ukraine's HUR published the intercepts. The spy agency said the Koreans were “poorly supplied.”",
     "Yonhap News Agency", ["Ukrainian military intelligence (HUR)"]),
    # An outlet of no known state: no one the description could stand for.
    ("The spy agency told lawmakers the North had sent “about 4,000” more troops.", None, ["spy agency"]),
])
def test_a_spy_agency_named_by_description_in_home_copy(text, source, speakers):
    assert _speakers(text, source) == speakers


@pytest.mark.parametrize("text, speakers", [
    # The inverted long form: the verb, the title, its body in capitals, then the name.
    ("“Crossings have stopped,” said spokesman of the State Border Guard Service Andriy Kovalchuk.",
     ["Andriy Kovalchuk"]),
    ("“Crossings have stopped,” said the spokeswoman for the Southern Defence Forces Olena Marchuk.",
     ["Olena Marchuk"]),
    # A title and a body with no name after them: the spokesman speaks for the body.
    ("“Crossings have stopped,” said a spokesman of the State Border Guard Service.", ["State Border Guard Service"]),
])
def test_a_title_and_its_body_before_a_name_after_the_verb(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speaker", [
    # "The senator": a member of Russia's upper house, however the article gives the seat, or a U.S. senator.
    ("Grigory Orlov, deputy chairman of the Federation Council, met the delegation. The senator called the pact "
     "“a wall against blackmail.”", "Grigory Orlov"),
    ("Nina Sokolova, a member of the Federation Council, met the delegation. The senator called the pact "
     "“a wall against blackmail.”", "Nina Sokolova"),
    # "The deputy": a State Duma deputy; "the legislator", any member of a parliament.
    ("State Duma deputy Pavel Gromov flew to Pyongyang. The deputy said the talks had been “very warm.”",
     "Pavel Gromov"),
    ("Pavel Gromov, a State Duma deputy, flew to Pyongyang. The legislator said the talks had been “very warm.”",
     "Pavel Gromov"),
    ("Assemblywoman Grace Lin toured the border. The lawmaker called the visit “sobering.”", "Grace Lin"),
    # "The secretary": the secretary of a department named before.
    ("Paul Whitmore, the U.S. Secretary of Defense, landed in Seoul. The secretary called the alliance "
     "“stronger than ever.”", "Paul Whitmore"),
    # "The intelligence officer": a spokesman of an intelligence body.
    ("Andriy Yusov spoke on national television. The intelligence officer said the newcomers were “poorly "
     "trained.”", "Andriy Yusov"),
])
def test_a_role_noun_finds_the_holder_named_before(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # A U.S. representative is a lawmaker, but no senator.
    "Rep. Dan Kowalski toured the border. The senator called the visit “sobering.”",
    # A deputy minister is no Duma deputy named before.
    "Ivan Gorin, a deputy minister, flew to Pyongyang. Pavel Gromov, a State Duma deputy, stayed home. "
    "The senator said the talks had been “very warm.”",
])
def test_a_role_noun_does_not_take_a_holder_of_another_seat(text):
    assert _speakers(text)[-1] not in ("Dan Kowalski", "Ivan Gorin", "Pavel Gromov")


@pytest.mark.parametrize("text, speaker", [
    # "In her opinion": the last woman quoted or named, a man quoted since notwithstanding.
    ("Olena Hrytsenko spoke at a forum in Kyiv. In her opinion, the new brigades were “a stopgap.”", "Olena Hrytsenko"),
    # (The gender as a title tells it, for names no vocabulary knows.)
    ("Olena Hrytsenko, a spokeswoman for the army, spoke in Kyiv. Taras Bondar, a spokesman for the navy, said the "
     "front was “stable.” In her opinion, the new brigades were “a stopgap.”", "Olena Hrytsenko"),
    ("Olena Hrytsenko, a spokeswoman for the army, spoke in Kyiv. Taras Bondar, a spokesman for the navy, said the "
     "front was “stable.” In his opinion, the new brigades were “a stopgap.”", "Taras Bondar"),
])
def test_in_her_opinion_is_the_words_of_the_last_one_of_that_gender(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_opinion_of_no_one_named_is_no_ones():
    assert _speakers("Public opinion in Seoul soured on the “sunshine” approach.") == [None]


@pytest.mark.parametrize("text, speaker", [
    # A chair of a State Duma committee is a deputy, and a lawmaker ...
    ("Pavel Gromov, head of the State Duma's security committee, flew to Pyongyang. The deputy called the talks "
     "“fruitful.”", "Pavel Gromov"),
    ("Pavel Gromov, chairman of the State Duma defense committee, flew to Pyongyang. The lawmaker called the talks "
     "“fruitful.”", "Pavel Gromov"),
    # ... but no senator.
    ("Pavel Gromov, head of the State Duma's security committee, flew to Pyongyang. The senator called the talks "
     "“fruitful.”", "senator"),
])
def test_a_duma_committee_chair_is_the_deputy(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # "surnamed": a Korean convention of naming someone by the family name alone; "he" then goes back to that name,
    # not to a leader named in between.
    ("The sailor, a 31-year-old deckhand surnamed Oh, spoke to reporters in Busan. President Vladimir Putin later "
     "called the case closed.\n\nAsked about his plans, Oh paused. “I want to see my mother,” he said.", "Oh"),
    ("A defector surnamed Cha crossed the river in May. Kim Jong Un has not commented. “The fence was open,” Cha "
     "told reporters. “Nobody stopped me.”", "Cha"),
    ("One of the workers, only surnamed Ryu, said the shifts were long. “We slept on the site,” she said.", "Ryu"),
    ("“The boats leave at dawn,” said a fisherman surnamed Kang, who lives on the coast.", "Kang"),
])
def test_someone_surnamed_is_that_name(text, speaker):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-11-30")], "source": ["Associated Press"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert list(df.speaker)[-1] == speaker


def test_a_name_after_surnamed_stands_for_that_person_not_the_leader():
    # "Kim" after "surnamed" is a new person, never Kim Jong Un.
    text = "“We were not told where we were going,” said a private surnamed Kim, 22."
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-11-30")], "source": ["Associated Press"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert list(df.speaker) == ["Kim"]


@pytest.mark.parametrize("text, speakers", [
    # An age between commas, then the verb: no clause of its own; "he" is the subject, not the one thanked.
    ("The leaders met in Moscow. Lavrov, 75, thanked Kim Jong Un for what he called the “loyalty” of his country.",
     ["Sergei Lavrov"]),
    # A verb with no subject after a comma shares the subject before it.
    ("Putin welcomed the delegation, thanked Kim Jong Un for what he called “brotherly help”.", ["Vladimir Putin"]),
])
def test_what_he_called_after_a_subjectless_verb_is_the_subject_s(text, speakers):
    assert _speakers(text) == speakers
