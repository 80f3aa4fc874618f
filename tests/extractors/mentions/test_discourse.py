"""The account of who is who in an article (dossier.discourse), with sentences written for the tests."""

import re
import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import quotes, sentences
from dossier.extractors.mentions import mention_phrases
from dossier.extractors.mentions import mention_vocab
from dossier.extractors.mentions.discourse import DPRK_STATE_MEDIA, account
from dossier.extractors.mentions.mention_forms import NAME_RUN, Apposition, Entity, Mention, appositive, capitalised_words, oblique
from dossier.extractors.mentions.mention_search import MentionSearch
from dossier.extractors.speech.speakers import MaskedText
from dossier.extractors.mentions.surname_tally import SurnameTally
from dossier.extractors.mentions.word_index import list_words
from dossier.text.words import LOWER, UPPER


def _resolve(text, phrase, nth=0):
    a = account(text)
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    return a.resolve(start, start + len(phrase))


def test_a_titled_name_unknown_to_the_vocabularies_keeps_its_name_without_the_title():
    text = "Deputy Defense Minister Ri Chol-man inspected the port. The minister praised the crews."
    e = _resolve(text, "Deputy Defense Minister Ri Chol-man")
    assert e.name == "Ri Chol-man" and e.kind == "person" and "minister" in e.roles
    assert _resolve(text, "The minister").name == "Ri Chol-man"


def test_a_name_with_a_role_in_apposition_is_a_person():
    text = "Seo Jin-ah, a senior research fellow at a Seoul think tank, doubted the figure. Seo called it inflated."
    e = _resolve(text, "Seo Jin-ah")
    assert e.name == "Seo Jin-ah" and e.group == "analyst"
    assert _resolve(text, "Seo", 1).name == "Seo Jin-ah"


def test_korean_names_with_or_without_hyphens_are_one_person():
    text = "Pak Myong Sok spoke first. Later Pak Myong-sok spoke again, and Pak left."
    a = account(text)
    first = _resolve(text, "Pak Myong Sok")
    assert _resolve(text, "Pak Myong-sok") == first or _resolve(text, "Pak Myong-sok").name == first.name
    assert _resolve(text, "Pak", 2).name == first.name


def test_russian_name_with_patronymic_is_a_person_by_its_form():
    text = "Igor Vasilyevich Morozov met the delegation; Morozov signed nothing."
    assert _resolve(text, "Igor Vasilyevich Morozov").name == "Igor Vasilyevich Morozov"
    assert _resolve(text, "Morozov", 1).name == "Igor Vasilyevich Morozov"


@pytest.mark.parametrize("later", ["Rep. Han", "MP Han", "Han"])
def test_a_family_name_with_or_without_title_is_the_person_named_in_full(later):
    text = f"Rep. Han Jae-sik of the ruling party spoke to reporters. {later} said the vote would wait."
    assert _resolve(text, later, text.count(later) - 1).name == "Han Jae-sik"


def test_ms_kim_and_mr_kim_follow_gender():
    text = ("Kim Yo Jong, the sister of Kim Jong Un, issued a statement. "
            "Ms Kim mocked Seoul, while Mr Kim was said to be touring a factory.")
    assert _resolve(text, "Ms Kim").name == "Kim Yo Jong"
    assert _resolve(text, "Mr Kim").name == "Kim Jong Un"


def test_a_bare_kim_is_the_kim_the_article_names_not_the_leader_by_default():
    text = "Vice Minister Kim Sung-hoon received the envoy. Kim thanked him."
    assert _resolve(text, "Kim", 1).name == "Kim Sung-hoon"
    assert _resolve("Kim thanked the troops.", "Kim").name == "Kim Jong Un"


def test_a_possessor_does_not_take_a_later_family_name():
    text = "Kim Jong Un's sister Kim Yo Jong spoke on Tuesday. Kim warned Kyiv."
    assert _resolve(text, "Kim", 2).name == "Kim Yo Jong"


@pytest.mark.parametrize("written,canonical", [
    ("Andrii Yusov", "Andriy Yusov"),
    ("Mariya Zakharova", "Maria Zakharova"),
])
def test_another_transliteration_of_a_known_name_is_the_known_person(written, canonical):
    text = f"Spokesperson {written} spoke on Friday. {written.split()[-1]} added a warning."
    assert _resolve(text, written).name == canonical
    assert _resolve(text, written.split()[-1], 1).name == canonical


def test_a_korean_name_one_syllable_off_a_known_one_is_another_person():
    assert _resolve("General Pak Jong Chol spoke on Friday.", "Pak Jong Chol").name == "Pak Jong Chol"


@pytest.mark.parametrize("text,subject", [
    ("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, spoke on Monday. Kim warned Seoul.", "Kim Yo Jong"),
    ("Park Ji-won sat beside the wife of South Korean lawmaker Park Sun-won. Park said nothing.", "Park Ji-won"),
])
def test_a_name_after_a_preposition_a_state_and_a_title_is_not_a_subject(text, subject):
    # "of North Korean leader Kim Jong Un" is as oblique as "of Kim Jong Un": the bare family name
    # that follows is the subject's.
    assert _resolve(text, subject.split()[0], 2).name == subject


@pytest.mark.parametrize("description,name", [
    ("the North Korean leader", "Kim Jong Un"),
    ("Kim's powerful sister", "Kim Yo Jong"),
    ("the Kremlin spokesman", "Dmitry Peskov"),
    ("the Russian president", "Vladimir Putin"),
])
def test_descriptions_stand_for_their_person(description, name):
    text = f"On Monday {description} spoke."
    assert _resolve(text, description).name == name


def test_pronouns_go_to_the_last_person_of_their_gender_across_paragraphs():
    text = "Choe Son Hui met Sergei Lavrov in Moscow.\n\nShe thanked him, and he smiled."
    assert _resolve(text, "She").name == "Choe Son Hui"
    assert _resolve(text, "him").name == "Sergei Lavrov"
    assert _resolve(text, "he").name == "Sergei Lavrov"


def test_the_ambassador_and_the_spokesman_go_to_their_holders():
    text = ("Ambassador Oleg Brovkin arrived. Foreign ministry spokesman Lin Dong answered questions. "
            "The ambassador left early; the spokesman stayed.")
    assert _resolve(text, "The ambassador").name == "Oleg Brovkin"
    assert _resolve(text, "the spokesman").name == "Lin Dong"


def test_people_quoted_without_a_name_are_told_apart_by_where_they_are():
    text = ("A source in South Pyongan province said rations were cut. Another source, in Chagang province, "
            "said the same. The South Pyongan source added that prices rose, and the source was worried.")
    assert _resolve(text, "A source in South Pyongan province").name == "anonymous source in South Pyongan province"
    assert _resolve(text, "Another source, in Chagang province").name == "anonymous source in Chagang province"
    assert _resolve(text, "The South Pyongan source").name == "anonymous source in South Pyongan province"
    assert _resolve(text, "the source").name == "anonymous source in South Pyongan province"


def test_a_source_with_no_place_is_an_anonymous_source_but_a_source_of_a_thing_is_no_one():
    text = "A source familiar with the talks spoke to us. The source said more."
    assert _resolve(text, "The source").name == "anonymous source"
    assert _resolve("Coal is a source of income. The source dried up.", "The source") is None


@pytest.mark.parametrize("opening", [
    "A spokeswoman for South Korea's unification ministry said the talks were off.",
    "A spokeswoman for the unification ministry said the talks were off.",
    "A unification ministry spokeswoman said the talks were off.",
])
def test_the_spokeswoman_later_is_the_body_she_spoke_for(opening):
    text = f"SEOUL (Yonhap) - {opening} The spokeswoman later declined to give a date."
    assert _resolve(text, "The spokeswoman").name == "South Korean Ministry of Unification"


def test_a_woman_is_someone_unnamed_only_where_she_is_from():
    text = "A woman from Musan told the radio station the border was shut. The woman said guards had doubled."
    assert _resolve(text, "A woman from Musan").name == "anonymous resident in Musan"
    assert _resolve(text, "The woman").name == "anonymous resident in Musan"
    assert _resolve("A woman who lost her son spoke at the rally.", "A woman") is None


def test_a_defector_or_trader_is_someone_unnamed():
    assert _resolve("A North Korean defector, who fled in 2019, spoke out.", "A North Korean defector").name == "anonymous defector"
    assert _resolve("A trader in Hoeryong said rice prices rose.", "A trader in Hoeryong").name == "anonymous trader in Hoeryong"


@pytest.mark.parametrize("text,name", [
    ("The Seoul-based Sejong Institute for Peace Studies said the shipments grew, which it called a worry.",
     "Sejong Institute for Peace Studies"),
    ("Researchers at the Hanbit Center said the troops rotated. It called the pace unusual.", "Hanbit Center"),
])
def test_an_organisation_no_vocabulary_names_is_a_body_by_its_form(text, name):
    e = _resolve(text, "it" if " it " in text else "It")
    assert (e.name, e.kind, e.group) == (name, "body", "analyst")


def test_media_mentions_resolve_to_the_last_medium_of_their_kind():
    text = ("The Rodong Sinmun ran an editorial, the Korean Central News Agency said. "
            "The agency added a photo, and the newspaper a poem.")
    assert _resolve(text, "The agency").name == "KCNA"
    assert _resolve(text, "the newspaper").name == "Rodong Sinmun"


def test_a_spy_agency_is_never_a_news_agency():
    text = ("South Korea's National Intelligence Service briefed a committee, the Yonhap news agency reported. "
            "The spy agency said more troops had gone. The agency later posted a correction.")
    assert _resolve(text, "The spy agency").name == "National Intelligence Service"
    # A bare "agency" is the last of either kind: here the spy agency, named last.
    assert _resolve(text, "The agency").name == "National Intelligence Service"
    assert _resolve("The NIS briefed lawmakers, Yonhap reported. The agency added a photo.", "The agency").name == "Yonhap"


@pytest.mark.parametrize("phrase", ["state media", "the North's official media", "Pyongyang's state-run outlets"])
def test_unnamed_dprk_media_are_dprk_state_media(phrase):
    text = f"The parade was shown by {phrase} on Sunday."
    e = _resolve(text, phrase)
    assert e.name == DPRK_STATE_MEDIA and e.group == "dprk_state_media"


def test_russian_state_media_are_not_dprk_state_media():
    text = "The visit was covered by Russian state media."
    assert _resolve(text, "Russian state media").name != DPRK_STATE_MEDIA


def test_a_title_or_role_alone_is_never_a_name():
    text = "The spokesman declined to comment. A vice minister was absent."
    a = account(text)
    assert all(m.entity is None or m.entity.name.lower() not in ("spokesman", "vice minister") for m in a.mentions)


def test_a_nationality_before_the_title_gives_the_group():
    text = "North Korean Vice Foreign Minister Ryu Hyon-u spoke."
    assert _resolve(text, "North Korean Vice Foreign Minister Ryu Hyon-u").group == "dprk_official"


def test_places_and_institutions_are_not_persons():
    text = "Kursk Region Governor Alexei Smirnov said the Defence Ministry had sent help."
    a = account(text)
    names = {m.entity.name for m in a.mentions if m.entity is not None and m.entity.kind == "person"}
    assert "Defence Ministry" not in names and "Kursk Region" not in names


def test_every_description_refers_to_something_the_vocabularies_hold():
    from dossier.vocab import load_table

    d = load_table("descriptions.csv")
    known = set(load_table("speakers.csv").speaker) | set(load_table("channels.csv").channel)
    roles = set(load_table("titles.csv").role)
    nouns = set(load_table("channels.csv").kind) | set(load_table("body_nouns.csv").noun) | {"any"}
    for refers, target in zip(d.refers, d.target):
        assert target in {"entity": known, "role": roles, "noun": nouns, "dprk_media": {""}, "author": {""},
                          "report": {"", *load_table("channels.csv").kind}}[refers], target
    assert set(load_table("speaker_roles.csv").role) <= roles
    assert set(load_table("body_nouns.csv").speaker) <= known


def test_a_bare_family_name_shared_by_two_people_is_the_one_the_article_is_about():
    text = ("Kim Jong Un toured the plant. Kim Jong Un praised the workers. "
            "Kim Tae-ho, an analyst in Seoul, called the visit routine. Kim later left by train.")
    assert _resolve(text, "Kim", 3).name == "Kim Jong Un"


def test_a_bare_family_name_is_the_person_named_most_before_it_of_the_title_s_gender():
    text = ("Kim Yo Jong issued a statement. Kim Yo Jong mocked Seoul. Kim Jong Un toured the plant. "
            "Kim later left. Mr Kim stayed.")
    assert _resolve(text, "Kim", 3).name == "Kim Yo Jong"  # named twice, though not last
    assert _resolve(text, "Mr Kim").name == "Kim Jong Un"  # the only man of the name


def test_a_bare_family_name_repeated_ten_thousand_times_takes_time_in_proportion():
    # Each bare "Kim" weighs the people of the name named before it: from sums kept as they are named, not by
    # going over every earlier mention, which would grow as the square of their number.
    text = "Kim Tae-ho, an analyst in Seoul, spoke first. Kim Jong Un toured the plant. " + "Kim said no. " * 10_000
    t = time.process_time()
    a = account(text)
    assert time.process_time() - t < 5
    first, last = text.index("Kim said"), text.rindex("Kim said")
    assert a.resolve(first, first + 3).name == "Kim Jong Un"  # of two named once each, the one named last
    assert a.resolve(last, last + 3).name == "Kim Jong Un"  # and each bare "Kim" after adds to him


# --- names by their form, found fast --------------------------------------------

_PIECES = ["Kim", "Jong", "Un", "Mr.", "Gen.", "O'Neil", "Jong-un", "Putin’s", "KCNA", "of", "the", "said", "on", "É",
           "Ünal", "x", "1990", ",", ".", " ", "  ", "\t", "\n", "-", "’", "'", "(", "#", "Lee", "U.S.", "K.", "“", "”",
           "—", "\u00a0", "\u2009", "𝐀", "Ωmega", "iPhone", "Seoul’s", "\0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(lambda parts: " ".join(parts)),
       st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_capitalised_runs_are_what_searching_every_position_finds(spaced, packed):
    for text in (spaced, packed):
        _assert_capitalised_words(text)


def _assert_capitalised_words(text):
    """The runs are what searching every position finds; the words alone, the marked words that no run holds."""
    starts, _, marks = list_words(text)
    found = capitalised_words(text, starts, marks)
    runs = list(NAME_RUN.finditer(text))
    assert [m.span() for m in found.runs] == [m.span() for m in runs]
    held = {i for i, lo in enumerate(starts.tolist()) for m in runs if m.start() <= lo < m.end()}
    assert found.alone == [(lo, i) for i, lo in enumerate(starts.tolist()) if marks[i] and i not in held]


# NAME_RUN's word as first written, one character at a time: the pattern now reads a word's letters as one run.
# (Its capital is any Latin one, "É" and "Ü" as "K".)
_WORD_BY_CHARACTER = rf"(?:{UPPER}{LOWER}{{0,2}}\.(?=\s)|{UPPER}(?:[\w\-]|[’'](?![sS]\b)\w)*+)"
_NAME_RUN_BY_CHARACTER = re.compile(rf"\b{_WORD_BY_CHARACTER}(?:[ \t]+{_WORD_BY_CHARACTER}){{1,9}}")
_APOSTROPHES = _PIECES + ["’s", "'S", "’t", "d’Arc", "’", "O’", "Jean-", "-Pierre", "s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_APOSTROPHES), max_size=40).map(lambda parts: " ".join(parts)),
       st.lists(st.sampled_from(_APOSTROPHES), max_size=40).map("".join))
def test_name_runs_are_what_reading_a_word_one_character_at_a_time_finds(spaced, packed):
    for text in (spaced, packed):
        assert [m.span() for m in NAME_RUN.finditer(text)] == [m.span() for m in _NAME_RUN_BY_CHARACTER.finditer(text)]
        _assert_capitalised_words(text)


@pytest.mark.parametrize("text", [
    "Gen. Valery Gerasimov met Kim Jong-un.",
    "Analyst K. Park said so; Mr.\tO'Neil agreed.",
    "Kim\nJong Un and Kim\tJong Un, Putin’s aide Yuri Ushakov.",
    "Seoul, Moscow and Kyiv (Ukraine) said “Lee Jae-myung” was there —Lee Jae-myung too.",
    "Émile Zola and Élodie Ünal met Ωmega Kim;  Lee\u00a0Jae and Lee\u2009Jae.",
    "A B C D E F G H I J K L M.",
])
def test_capitalised_runs_skip_only_words_no_run_starts_at(text):
    _assert_capitalised_words(text)


def _search(text, scan):
    return MentionSearch(text, *(scan.words() if scan is not None else list_words(text)), scan)


@pytest.mark.parametrize("text", [
    "The Korean Central News Agency said so. The\nagency added that the north korean leader and THE KREMLIN agreed.",
    "He said North Korea’s army and the ministry's spokesman met a Russian defense ministry official.",
    "the state media, north of the river, and the Foreign Ministry; KCNA, the KCNA and Kim Jong-un. It ended with the",
    "Ünal said the \u212aremlin and \u212aCNA (a Kelvin sign for a K) reached U.S. officials, said the ΩAgency.",
    "state-run media; the  \t agency; a ministry official; one ministry spokesman; an agency official and she.",
])
def test_phrases_are_tried_only_where_the_first_two_words_may_start_one(text):
    # Each word is tried only when it and the next may start a phrase; the search finds what it finds everywhere.
    everywhere = [m.span() for m in mention_phrases.phrase_re().finditer(text)]
    assert len(everywhere) >= 2
    for scan in (None, MaskedText(text)):
        assert [(lo, hi) for lo, hi, *_ in _search(text, scan).phrases()] == everywhere


@pytest.mark.parametrize("before, expected", [
    ("a meeting with", True),
    ("the sister of", True),
    ("talks with North Korean leader", True),  # back over a state and a title to the preposition
    ("a letter to secretary-general", True),  # the longest word read back over, whole
    ("a letter to the Secretary-General", True),
    ("the UN secretary-general", False),
    ("remarks by", True),
    ("remarks by  \t", True),  # blanks after the preposition
    ("remarks by\n", True),
    ("remarks by" + " " * 20, True),  # more blanks than the longest word
    ("x" * 60 + "of", False),  # one long word that ends in a preposition
    ("y" * 36 + " of", True),  # the preposition at the edge of what is read back
    ("(of", False),
    ("on Monday, UN", False),
    ("a summit between Putin and", True),
    ("Ünal met", False),
    ("", False),
])
def test_oblique_reads_the_words_before_a_name(before, expected):
    text = before + (" " if before and not before[-1].isspace() else "") + "Kim said."
    lo = text.index("Kim said")
    assert oblique(text, lo, lo + 3) is expected



def _appositive_trying_every_word(phrase):
    words = mention_vocab.key(phrase).split()
    titles, state = [], ""
    # Every size of title or nationality word, longest first.
    sizes = sorted({len(w.split()) for w in (*mention_vocab.titles(), *mention_vocab.nationalities())}, reverse=True)
    for n in range(len(words)):
        for size in sizes:
            w = " ".join(words[n:n + size])
            if w in mention_vocab.titles():
                titles.append(w)
                break
            if w in mention_vocab.nationalities() and not state and (not titles or w.endswith("'s")):
                state = mention_vocab.nationalities()[w]
    return Apposition(titles, state) if titles else None


@pytest.mark.parametrize("phrase", [
    "a senior research fellow at the Asan Institute for Policy Studies",
    "a North Korean diplomat posted to Moscow",
    "head of Ukraine’s military intelligence and a former deputy defense minister",
    "the Kremlin spokesman",
    "who is South Korea's first vice foreign minister",
    "a professor of North Korean studies",
    "a man who sells noodles",
])
def test_an_apposition_reads_only_words_that_start_a_title_or_state(phrase):
    assert appositive(phrase) == _appositive_trying_every_word(phrase)


@pytest.mark.parametrize("text", [
    "The Security Council secretary met the Russian defense minister and the\nNorth Korean foreign minister.",
    "THE Russian minister, the_Russian minister and theRussian minister are not; The Kremlin spokesman is.",
    "Ünal told the Ukrainian envoy that the the US ambassador said so.",
])
def test_roles_after_capitalised_words_are_tried_only_at_the(text):
    everywhere = [m.span() for m in mention_vocab.role_phrase_re().finditer(text)]
    assert everywhere
    for scan in (None, MaskedText(text)):
        assert [(lo, hi) for lo, hi, *_ in _search(text, scan).roles()] == everywhere


@pytest.mark.parametrize("gender, named", [("m", ["Kim Jong Un"]), ("f", ["Kim Yo Jong"]), ("", ["Kim Jong Un", "Kim Yo Jong"])])
def test_a_family_name_s_one_person_is_its_best_unless_of_the_other_gender(gender, named):
    tally = SurnameTally()
    for at, name in enumerate(named):
        person = Entity(name, "person", gender=gender, surname="Kim")
        tally.add(Mention(at * 10, at * 10 + 3, "Kim", "full", person, False))
    best = {g: tally.best(g) for g in ("m", "f", "")}
    assert best[""].name == named[-1]  # of equals, the one named last
    if len(named) == 1:
        assert best[gender].name == named[0] and best["f" if gender == "m" else "m"] is None


@pytest.mark.parametrize(
    "text, later, name",
    [
        # A title's holder may be called by a broader role later (data/titles.csv, column broader).
        ("Ambassador Lars Petersen handed over the note. The diplomat then left the building.", "The diplomat", "Lars Petersen"),
        ("Lt. Gen. Serhiy Naiev toured the brigade. The commander praised its gunners.", "The commander", "Serhiy Naiev"),
        ("Col. Andriy Kovalenko briefed the press. The officer gave no figures.", "The officer", "Andriy Kovalenko"),
        ("Vice Foreign Minister Pak Myong Ho met the delegation. The official called it fruitful.", "The official", "Pak Myong Ho"),
        # So may the vocabularies' holders of such an office (data/speaker_roles.csv).
        ("Sergei Lavrov landed in Wonsan on Friday. The diplomat was greeted at the airport.", "The diplomat", "Sergei Lavrov"),
    ],
)
def test_a_broader_role_stands_for_the_holder_of_a_title(text, later, name):
    assert _resolve(text, later).name == name


def test_a_broader_role_is_not_given_to_every_title():
    # A lawmaker is not "the diplomat": the last diplomat named is.
    text = "Ambassador Lars Petersen spoke first. Rep. Ahn Min-ho replied. The diplomat left early."
    assert _resolve(text, "The diplomat").name == "Lars Petersen"


def test_an_unnamed_source_placed_by_an_apposition_or_a_wider_place():
    text = ("A resident of Sinuiju in North Pyongan province told the station the border was shut. "
            "Another source, a resident of Kanggye in Chagang province, said prices had doubled. "
            "The second source added that the market closed early.")
    a = account(text)
    first = a.mention_at(text.index("A resident"))
    # The mention takes in the wider place, so that a verb right after it finds it.
    assert first.entity.name == "anonymous resident in Sinuiju" and text[first.end:].startswith(" told")
    assert _resolve(text, "Another source, a resident of Kanggye").name == "anonymous source in Kanggye"
    # A word between "the" and the noun ("the second source", "the same source") still refers back.
    assert _resolve(text, "The second source").name == "anonymous source in Kanggye"


def test_a_document_stands_for_the_author_of_the_last_document_of_its_noun():
    text = ("Kim Yo Jong released a press statement on Sunday. South Korea's Joint Chiefs of Staff said it was "
            "watching the border. The statement called the drills a rehearsal for invasion.")
    # Not the last subject named (the Joint Chiefs of Staff), but who issued the statement.
    assert _resolve(text, "The statement").name == "Kim Yo Jong"


def test_a_document_with_no_earlier_one_of_its_noun_stands_for_the_last_subject():
    text = "The foreign ministry of Russia met the envoy. Sergei Lavrov spoke first. The message was brief."
    assert _resolve(text, "The message").name == "Sergei Lavrov"


def test_a_name_in_a_hyphenated_modifier_names_no_one():
    text = "Moscow-backed officials in Donetsk met the Seoul-based envoy."
    a = account(text)
    assert all(m.entity is None or m.entity.name not in ("Russian government", "South Korean government") for m in a.mentions)


def test_the_role_stands_for_the_first_holder_of_the_sentence_naming_one_last():
    # A quote of two sentences stands between: the holders are named further back, the subject first.
    text = ("Defence Minister Andrei Belousov spoke after talks with his North Korean counterpart No Kwang Chol. "
            "“Our exercises are defensive. Nobody should fear them,” the minister said.")
    acc = account(text)
    assert acc.resolve(text.index("the minister"), text.index(" said")).name == "Andrei Belousov"


@pytest.mark.parametrize(
    "text, phrase, author",
    [
        # The possessor of the document wrote it, not the sentence's subject.
        ("Seoul's spy agency released Kim Yo Jong's press statement to lawmakers. The statement", "The statement",
         "Kim Yo Jong"),
        # Words between the possessive and the noun ("New Year", a second possessive) are still the document's.
        ("Kim Jong Un's New Year's message reached Moscow on Sunday. Russia welcomed it. The message", "The message",
         "Kim Jong Un"),
    ],
)
def test_a_document_stands_for_its_possessor(text, phrase, author):
    assert _resolve(text, phrase).name == author


@pytest.mark.parametrize("intro, name, gender", [
    ("A market trader who gave only her surname, Kim, spoke in Sinuiju.", "Kim", "f"),
    ("A former officer identified only as Choi described the drills.", "Choi", ""),
    ("The deserter, who asked to be identified only by his family name, Ryu, crossed in May.", "Ryu", "m"),
])
def test_someone_named_by_one_name_only_is_a_new_person_whom_the_name_then_stands_for(intro, name, gender):
    text = f"Kim Jong Un toured a factory on Monday. {intro} {name} said prices had doubled. Later {name} left."
    first = _resolve(text, name, 0 if name != "Kim" else 1)
    assert first.name == name and first.kind == "person" and first.gender == gender
    assert _resolve(text, name, -1).name == name


def test_a_name_after_identified_as_is_still_the_vocabularys_when_it_is_a_full_name():
    text = "The man was identified as Kim Jong Un's bodyguard. Kim said nothing."
    assert _resolve(text, "Kim", 1).name == "Kim Jong Un"


@pytest.mark.parametrize("text, phrase, name", [
    # A medium's own genre: the newspaper that ran it wrote it, not the minister named between.
    ("The Minju Joson ran a long editorial on Tuesday. Foreign Minister Choe Son Hui met the envoy the same day. "
     "The editorial called the treaty a shield.", "The editorial", "Minju Joson"),
    # No commentary named before: the medium named last, not the person named after it.
    ("Voice of Korea broadcast the news at noon. Kim Yo Jong was in Wonsan. The commentary praised the troops.",
     "The commentary", "Voice of Korea"),
    ("Minju Joson ran an article on the treaty. Kim Jong Un was in Wonsan. The article called it a shield.",
     "The article", "Minju Joson"),
    # A statement is still its issuer's, not the medium's that carried it.
    ("Kim Yo Jong issued a statement carried by KCNA. The statement mocked Seoul.", "The statement", "Kim Yo Jong"),
])
def test_a_medium_is_the_author_of_what_it_writes_in_its_own_name(text, phrase, name):
    assert _resolve(text, phrase).name == name


def test_someone_unnamed_and_a_name_in_apposition_are_one_person():
    text = ("One expert, Go Myong-hyun of the Institute for National Security Strategy, doubted it. He called it a bluff. "
            "Anna Park, a researcher at a Seoul institute, agreed. She called it theatre.")
    assert _resolve(text, "He").name == "Go Myong-hyun"
    assert _resolve(text, "a researcher").name == "Anna Park"
    # But the unnamed subject of a verb of saying is no apposition of the name before it.
    text = "Kim Jong Un, a source said, has not been seen since May."
    assert _resolve(text, "a source").name != "Kim Jong Un"


def test_a_document_by_someone_named_with_it_is_theirs():
    text = ("Choe Son Hui arrived in Moscow on Monday. A statement from North Korea's defence ministry, released the same "
            "day, denounced the drills. It called them reckless.").replace("A statement", "The statement")
    assert _resolve(text, "The statement").name == "DPRK Defence Ministry"
    assert _resolve(text, "It").name == "DPRK Defence Ministry"


@pytest.mark.parametrize("place", ["St. Petersburg", "Vladivostok", "Khabarovsk Krai"])
def test_a_city_written_like_a_name_is_no_person_a_role_can_stand_for(place):
    text = (f"Rep. Yoon Min-ho said after the briefing that wounded soldiers were flown to hospitals in {place}, "
            "the lawmaker said. The lawmaker added that more had arrived.")
    assert _resolve(text, place) is None or _resolve(text, place).kind != "person"
    assert _resolve(text, "the lawmaker").name == "Yoon Min-ho"


def test_a_statement_no_one_was_said_to_issue_is_the_subject_of_the_last_sentence_naming_one():
    text = ("North Korea's foreign ministry on Friday rejected the sanctions, as Pyongyang readied a party congress. "
            "The statement was carried by state media.")
    assert _resolve(text, "The statement").name == "DPRK Foreign Ministry"


@pytest.mark.parametrize("text, author", [
    # The issuer named after an earlier document of the noun is its author, not the subject of that sentence.
    ("Moscow and Pyongyang are drawing closer, a commentary by Ri Song Chol argued on Monday. "
     "The commentary also praised the engineers.", "Ri Song Chol"),
    ("Ukraine's army pressed on, according to a statement from the Security Service of Ukraine. "
     "The statement gave no figures.", "Security Service of Ukraine"),
])
def test_a_document_named_again_is_its_issuers(text, author):
    assert _resolve(text, "The " + text.rsplit("The ", 1)[1].split()[0]).name == author


def test_a_document_of_what_it_says_is_not_of_whom_it_names():
    text = ("Kim Jong Un sent a message of greetings to Vladimir Putin on Tuesday. "
            "The message praised the alliance.")
    assert _resolve(text, "The message").name == "Kim Jong Un"


def test_the_role_after_someone_unnamed_of_its_noun_is_not_a_holder_named_before():
    text = ("Colonel Oleg Markov inspected the unit. A Ukrainian officer who served in Sudzha, reached by phone, "
            "described it differently. He said the shelling never stopped. The officer asked not to be named.")
    assert _resolve(text, "The officer") is None
    control = "Colonel Oleg Markov inspected the unit. He praised the crews. The officer also met the mayor."
    assert _resolve(control, "The officer").name == "Oleg Markov"


@pytest.mark.parametrize("text, phrase, medium", [
    # A medium described, then named right after: the one named, not an unnamed DPRK state medium.
    ("The North's propaganda outlet Uriminzokkiri called the drills a provocation.", "The North's propaganda outlet",
     "Uriminzokkiri"),
    ("Pyongyang's state-run outlet Rodong Sinmun ran the speech in full.", "Pyongyang's state-run outlet", "Rodong Sinmun"),
    # The name in apposition, set off by commas.
    ("In remarks carried by the North's official mouthpiece, the Korean Central News Agency, Kim praised the crews.",
     "the North's official mouthpiece", "KCNA"),
    ("The speech ran in North Korean state media, Rodong Sinmun.", "North Korean state media", "Rodong Sinmun"),
])
def test_a_medium_described_then_named_is_the_one_named(text, phrase, medium):
    assert _resolve(text, phrase).name == medium


@pytest.mark.parametrize("text", [
    # A list of media: the description stays the unnamed DPRK state media.
    "The speech ran in North Korean state media, KCNA and Yonhap on Monday.",
    # A medium of another owner after the comma is no apposition ("state media, Reuters reported").
    "The museum was shown by North Korean state media, Reuters reported.",
])
def test_a_medium_listed_after_a_description_is_not_the_one_described(text):
    assert _resolve(text, "North Korean state media").name == "DPRK state media"


@pytest.mark.parametrize("text, home, body", [
    # A body named without its state, in the words a state medium relays: the medium's state's body.
    ("Pyongyang issued a warning, with KCNA quoting a spokesman for the Ministry of National Defence as saying the "
     "drills were a provocation.", "south_korea", "DPRK Defence Ministry"),
    # A medium of no state leaves the article's own.
    ("Seoul was calm. Yonhap, citing the Ministry of National Defence, said no launch was seen.", "south_korea",
     "South Korean Ministry of National Defense"),
])
def test_a_home_body_a_state_medium_relays_is_of_the_mediums_state(text, home, body):
    a = account(text, home_state=home)
    assert [m.entity.name for m in a.mentions if m.how == "home"] == [body]


@pytest.mark.parametrize("phrase, name", [
    # The title says which of two people of one family name is meant, though the other was named more often.
    ("Professor Park", "Park Hyun-soo"),
    ("General Park", "Park Jong-chol"),
    # A title no one of the name holds leaves the usual choice: the one named most.
    ("Mr. Park", "Park Jong-chol"),
])
def test_a_family_name_after_a_role_stands_for_the_person_the_article_gave_that_role(phrase, name):
    text = ("General Park Jong-chol led the corps for a decade. Park said the army was ready. Park also praised the "
            "engineers. Park Hyun-soo, a professor at Kyungnam University, disagreed. Professor Park said the corps "
            "was tired. General Park did not answer. Mr. Park left early.")
    assert _resolve(text, phrase).name == name


@pytest.mark.parametrize("role", ["historian", "sociologist", "economist"])
def test_a_scholar_named_with_an_apposition_is_a_person_a_pronoun_may_stand_for(role):
    text = (f"Georgy Toloraya, an analyst in Moscow, called the treaty a turning point. Nadia Ferrand, a {role} at "
            "Sciences Po, was less sure. She said the alliance would fade after the war.")
    assert _resolve(text, "Nadia Ferrand").kind == "person"
    assert _resolve(text, "She").name == "Nadia Ferrand"


def test_a_title_held_formerly_is_not_the_role_the_article_names_later():
    text = ("Former Defence Minister Lee Jong-sup urged caution on Monday. Defence Minister Ahn Gyu-back disagreed with "
            "him. Lee Jong-sup left early. The minister stayed for questions.")
    assert "minister" not in _resolve(text, "Former Defence Minister Lee Jong-sup").roles
    assert _resolve(text, "The minister").name == "Ahn Gyu-back"


@pytest.mark.parametrize("text, phrase, expected", [
    # A readout no sentence named before is the one the sentence gives as the source of its words issued, not
    # those it tells of.
    ("Putin and Kim spoke by phone on Monday, the Kremlin press service reported.\n\n“The sides agreed to meet soon,” "
     "the readout said.", "the readout", "Kremlin"),
    ("Belousov and Kim met in Pyongyang on Friday, the Russian Defence Ministry said. The readout gave no date.",
     "The readout", "Russian Ministry of Defence"),
    # A sentence that gives no source of its words: its first subject, as before.
    ("Kim Yo Jong lashed out at Seoul's drills on Monday. The statement called them “reckless.”", "The statement",
     "Kim Yo Jong"),
])
def test_a_document_named_for_the_first_time_is_the_source_of_the_sentence_before(text, phrase, expected):
    assert _resolve(text, phrase).name == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # A broadcast no medium near it names is the last broadcaster's the article named.
    ("Korean Central Television aired a film on the sappers on Sunday.\n\nKim Jong Un hugs a widow in one scene.\n\n"
     "Kim told the families their sons were heroes, according to the broadcast.", "the broadcast", "Korean Central Television"),
    # Not an agency's: a report of no kind stays no one's.
    ("KCNA reported the launch on Sunday.\n\nIn Seoul, officials were cautious.\n\nThe missile flew far, the "
     "report said, citing Kim.", "the report", None),
])
def test_a_broadcast_is_the_last_broadcasters(text, phrase, expected):
    e = _resolve(text, phrase)
    assert (e.name if e is not None else None) == expected


@pytest.mark.parametrize("text, phrase", [
    # A person the vocabularies know takes the role an apposition gives them: "the secretary" later is that person.
    ("Pak Jong Chon, a secretary of the party's Central Committee, addressed the rally. The secretary praised the troops.",
     "The secretary"),
    ("Kim Yo Jong, vice department director of the WPK Central Committee, issued a statement. Later the vice "
     "department director warned Seoul again.", "the vice department director"),
])
def test_a_known_person_takes_the_role_of_an_apposition(text, phrase):
    e = _resolve(text, phrase)
    assert e is not None and e.name == text.split(",")[0]


def test_a_title_inside_the_apposition_of_a_known_person_is_not_theirs():
    text = ("Kim Yo Jong, the powerful sister of leader Kim Jong Un, criticised the drills. The leader inspected a "
            "missile unit.")
    assert _resolve(text, "The leader").name == "Kim Jong Un"


@pytest.mark.parametrize("text, phrase, name", [
    # A person the vocabularies name in the other order is that person, in either order.
    ("Prime Minister Takaichi Sanae spoke to parliament.", "Prime Minister Takaichi Sanae", "Sanae Takaichi"),
    ("Nakatani Gen, a former defense minister, spoke on television. Nakatani said the cabinet was slow.",
     "Nakatani Gen", "Gen Nakatani"),
])
def test_a_name_in_japanese_order_is_read_as_its_family_name_first(text, phrase, name):
    assert _resolve(text, phrase).name == name


@pytest.mark.parametrize("text, speakers", [
    # A Japanese name written family name first: the family name alone later stands for them, never a title word.
    # (Koizumi is a speaker of the vocabularies: his canonical name is in Western order, as Takaichi's.)
    ("“We will respond calmly,” Defense Minister Koizumi Shinjiro said. “We are watching,” Koizumi said.",
     ["Shinjiro Koizumi", "Shinjiro Koizumi"]),
    ("Chief Cabinet Secretary Onodera Itsunori briefed reporters. “There was no damage,” Onodera said.",
     ["Onodera Itsunori"]),
])
def test_a_japanese_family_name_alone_stands_for_the_name_written_family_name_first(text, speakers):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["Kyodo News"]})
    assert list(quotes(sentences(arts), arts).speaker) == speakers


@pytest.mark.parametrize("text, holder", [
    ("Former NATO chief Lars Berglund spoke in Oslo. The chief of NATO was not there.", None),
    ("Ex-Defence Minister Ivan Sorokin spoke in Oslo. Later the minister flew home.", None),
    ("Defence Minister Ivan Sorokin spoke in Oslo. Later the minister flew home.", "Ivan Sorokin"),
])
def test_a_title_written_after_former_gives_the_name_no_role(text, holder):
    # A former word before the titles, however many capitalised words between, says the post is no longer held.
    name = holder or re.search(r"(?:Lars Berglund|Ivan Sorokin)", text).group(0)
    e = _resolve(text, name)
    assert e is not None and e.name == name
    assert bool({"chief", "minister"} & e.roles) == (holder is not None)


@pytest.mark.parametrize("phrase, titles", [
    ("the alliance's deputy chief", ["deputy"]),  # a deputy is not the head
    ("the committee's vice chairman", ["vice"]),
    ("the alliance's chief", ["chief"]),
    ("a deputy defense minister", ["deputy", "defense minister", "minister"]),  # no head's title: as before
])
def test_a_heads_title_after_deputy_in_an_apposition_is_no_title(phrase, titles):
    app = appositive(phrase)
    assert (app.titles if app is not None else []) == titles


def test_the_head_later_is_not_the_deputy_named_before():
    text = "Sven Dahl, the alliance's deputy chief, met reporters. Later the chief flew home."
    assert "chief" not in _resolve(text, "Sven Dahl").roles
