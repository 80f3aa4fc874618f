"""The forms a speaker takes before or after a verb of saying, and the patterns of attribution built from them.

A subject is an alias of ``data/speakers.csv``, an anaphor ("he", "the
agency"), a capitalised name, a group ("a senior official", "Ukrainian
officials") or an owner's body or role ("Russia's foreign ministry"); the
searches of :class:`~dossier.extractors.speech.speakers.MaskedText` match them.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import LATIN_LETTER, UPPER, alternation
from ...vocab import load_list, load_table
from ..mentions.speaker_vocab import (
    anaphors,
    channel_aliases,
    content_verb,
    cue_words,
    inverted_verbs,
    name_intro_phrases,
    participle_words,
    possessive_genders,
    post_nominals,
    speaker_aliases,
)
from ..mentions.channel_relays import medium_voices, medium_writers
from ..mentions.plain_verbs import plain_verb
from ..mentions.mention_vocab import titles
from .owned_bodies import owned_body_subject
from .unnamed_groups import bare_groups, informed, state_officials
from ..mentions.word_index import MEMBER_DETERMINERS, SUBJECT_DETERMINERS

# Words that may stand between a subject and its verb ("Kim has also warned", "was quoted as saying").
FILLER_WORDS = alternation(load_list("filler_words.csv"))
# ("Moscow has in the past called", "who as a senator called": a phrase of when, data/verb_asides.csv, or a former
# role after "as", whose noun is no subject.)
_ASIDES = alternation(load_list("verb_asides.csv"))
# ("Jane Roe in her weekly radio talk said", "Kim in his New Year speech said": the speaker's own document or
# speech, data/cue_verbs.csv, whatever words, capitalised or not, name it.)
_OWN_DOCUMENT = (rf"in\s+(?:one\s+of\s+)?(?:his|her|its|their)\s+(?:[A-Za-z][\w\-]*\s+){{0,2}}?"
                 rf"(?i:{alternation(cue_words().documents)})(?:e?s)?")
FILLER = (rf"(?:(?:{FILLER_WORDS}|on\s+\w+day|last\s+\w+|this\s+\w+|quoted\s+by\s+[^,#.;:]{{1,60}}?\s+as"
          rf"|{_ASIDES}|{_OWN_DOCUMENT}|as\s+an?\s+[a-z][\w\-]*)\s+)*")
# Capitalised words, each ending in a letter or digit.  Written so that a word is cut only where its letters and
# digits stop ("Kim" of "Kim’s"), never inside them: nothing that follows a name in a pattern could start there.
# A final "’s" is a possessive, never part of the name ("Smith’s statement said": Smith spoke).
_JOINED_FIRST = r"(?:(?![’']s\b)[’'\-.]++\w++)"  # the first word may hold dots
_JOINED = r"(?:(?![’']s\b)[’'\-]++\w++)"
# ("the U.N. said": letters each with its period keep their last one.)
NAME = rf"{UPPER}(?:\w++{_JOINED_FIRST}*|{_JOINED_FIRST}+)(?:(?<=\.{UPPER})\.)?(?:\s+{UPPER}(?:\w++{_JOINED}*|{_JOINED}+))*"
# "both leaders", "a senior official", "an NIS official": a determiner, then words ending in a common noun.
_GROUP_WORD = rf"(?!(?:{FILLER_WORDS}|who|whom|whose|which|what)\b)"  # a relative pronoun opens a clause
# ("a museum in the capital for what it calls": "what" opens a clause of its own, whose subject follows it.)
# ("said one diplomat", "One official said": "one" opens a group too.)
DETERMINER = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in (*SUBJECT_DETERMINERS, "one"))  # "[Tt]he|[Bb]oth|…"
# ("One of our battalion commanders told me": "our" opens the group a member is picked out of, and only there.)
DETERMINER += "".join(rf"|(?<=\b[Oo]ne\sof\s){w}" for w in MEMBER_DETERMINERS)
# (Possessive "++", "*+": giving back a letter of a word, or a space, could never let what follows match.)
# ("a senior U.S. official": an abbreviation's dots are in its word.)
# ("the 24-year-old said": an age alone stands for the person it was given for; see role_mentions.)
# ("another POW said": a noun for people written in capitals, data/person_acronyms.csv, ends it as one in lower case does.)
_PERSON_LETTERS = alternation(load_list("person_acronyms.csv"))
# ("a DPRK Ministry of National Defence spokesperson": a body's name in capitals, "of" inside it, may run longer.)
GROUP = (rf"(?:{DETERMINER})\s++(?:(?:{_GROUP_WORD}(?:[A-Z]\.(?:[A-Z]\.)++|[\w\-]++)\s++){{0,4}}"
         rf"|(?:{UPPER}[\w\-]*+\s++)++of\s++(?:{UPPER}[\w\-]*+\s++)++)"
         rf"(?:{_GROUP_WORD}[a-z][\w\-]*+|(?:{_PERSON_LETTERS})\b|\d{{1,3}}-year-old\b)")
# "Russia's foreign ministry", "North Korea's state media": a state's, or a person's, body or role; like a group, the
# words after the possessive end in a noun.
_OWNED = rf"(?:{_GROUP_WORD}[\w\-]++\s++){{0,2}}{_GROUP_WORD}{LATIN_LETTER}[\w\-]*+"
# "Kim’s message stated", "a KCNA commentary said": the document stands between the speaker and the verb.
# ("The treaty's Article 4 says": a document's part, numbered.)
# ("The allies' statement of last week said": a plural's possessive, and the week the document is of.)
_POSSESSIVE = r"(?:(?:['’]s|(?<=s)['’])?\s+(?:[a-z][\w\-]*+\s+)?(?i:{docs})\b(?:\s+\d+\b|\s+of\s+(?:last|this)\s+\w+)?)?"
# "Peskov, the Kremlin spokesman, said": an apposition between the subject and its verb.
# A bare noun may open it too ("Sergei Shoigu, secretary of Russia's Security Council, told"), but not a verb or an
# auxiliary ("Voice of Korea, the North's broadcaster, has repeated …, describing").
# A relative clause between commas may run longer ("The official, who spoke on condition of anonymity because he was
# not authorised to brief the media, said").
# A state's or a body's possessive may open it ("Syrskyi, Ukraine's commander-in-chief, wrote").
# A title in capitals may open it too, when a preposition follows ("Victor Cha, Korea Chair at the Center for
# Strategic and International Studies, told"; "Shoigu, Secretary of the Security Council, said").
# A relative clause whose verb is the verb of saying has its antecedent for subject ("Article 4 of the treaty,
# which obliges each party to give help “without delay”").
# A participle and its phrase may stand there too ("A private captured in March near Sudzha told", "A soldier held
# by Ukraine said": the place or captor is no subject).
# A name in quotes may close it, its comma inside the marks ("a company commander, known by his call sign “Grom,”
# said"; "an operator who goes by the nickname “Kit” said").
# Or a restrictive relative clause, with no commas ("A defector who fled in 2019 said", "Soldiers who fought there
# told"; with an aside after it: "An officer who served there, reached by phone, said"), or what tells the subject
# knows ("A person familiar with the talks said", data/informed_sources.csv): it runs to the first verb of saying.
# Or a name in quotes after what introduces one, with no commas ("A gunner with the call sign “Hawk” said"); or a
# relative clause that gives one name, between commas ("A gunner, who gave only his call sign, Hawk, told").
# Or an aside between dashes, right before the verb ("Jane Roe — who heads the Asia desk at the institute — said",
# "Jane Roe – a researcher at the Asan Institute, in Seoul – told").
# (An initial's dot does not end it: "commander of U.S. Forces Korea", "who leads the U.N. Command".)
# (Nor does a number's thousands separator: "which has 200,000 subscribers".)
_ASIDE_CHAR = rf"(?:[^,#:;.“”\"]|(?<=\b{UPPER})\.|(?<=\d),(?=\d{{3}}\b))"
_APPOSITION = (
    # (An age between commas: "Hrytsenko, 46, said", "the prisoner, 26, was quoted as saying".)
    rf"(?:,\s+\d{{1,3}},"
    # (A person's apposition opened by "a" may run long: ", a leading researcher at the Centre … of the Academy of
    # Sciences, told"; others not: ", made almost at once by … and …, celebrated" is no subject's.)
    rf"|,\s+(?:a|an)\s{_ASIDE_CHAR}{{2,160}}+,"
    rf"|,\s+(?:the|a|an|his|her|its|(?!(?:{FILLER_WORDS}|and|but|or|who|whose)\b)[a-z][\w\-]*+)\s{_ASIDE_CHAR}{{2,80}}+,"
    rf"|,\s+(?!(?:{FILLER_WORDS}|and|but|or)\b)[a-z][\w\-]*+(?:\s[^,#:;.“”\"]{{1,60}}?)?\s#{{3,30}}+,?(?=\s+{FILLER}(?:{{verb}}))"
    rf"|\s+who(?:se)?\s[^,#:;.“”\"]{{2,60}}?#{{3,30}}+(?=\s+{FILLER}(?:{{verb}}))"
    rf"|\s+(?:[a-z]+ed|held|caught|taken|kept|sent|wounded)\s+(?:in|by|at|near|on|during|last|this)\s[^,#:;.“”\"]{{2,60}}?(?=\s+{FILLER}(?:{{verb}}))"
    rf"|,\s+(?:who(?:se)?|which)\s{_ASIDE_CHAR}{{2,120}}+,"
    rf"|,\s+(?:{UPPER}[\w\-]*\s+){{1,3}}(?:of|at|for)\s{_ASIDE_CHAR}{{2,80}}+,"
    rf"|,\s+{UPPER}[\w\-]*+(?:\s+{UPPER}[\w\-]*+){{0,2}}['’]s\s+[a-z]{_ASIDE_CHAR}{{1,80}}+,"
    rf"|\s+who(?:se)?\s[^,#:;.“”\"]{{2,80}}?(?:,\s+[a-z][^,#:;.“”\"]{{2,80}}+,)?(?=\s+{FILLER}(?:{{verb}}))"
    rf"|\s+(?:{{informed}})\s[^,#:;.“”\"]{{2,60}}?(?=\s+{FILLER}(?:{{verb}}))"
    rf"|\s+(?:{{intro}}),?\s+#{{3,30}}+,?(?=\s+{FILLER}(?:{{verb}}))"
    rf"|,\s+who\s[^,#:;.“”\"]{{0,40}}?(?:{{intro}}),?\s+{UPPER}[\w’'\-]*+,(?=\s+{FILLER}(?:{{verb}}))"
    rf"|,\s+wh(?:ich|o)(?=\s+{FILLER}(?:{{verb}}))"
    rf"|\s+[—–]\s+(?!(?:{FILLER_WORDS}|and|but|or)\b)[a-z][\w\-]*+\s(?:[^#:;.“”\"—–]|(?<=\b{UPPER})\.){{2,100}}?\s+[—–]"
    rf"(?=\s+{FILLER}(?:{{verb}})))?"
)


@functools.cache
def subject_source() -> str:
    """The forms of a subject, one named group each (see :func:`~dossier.extractors.speech.speakers.attribution_of`)."""
    _, _, docs = cue_words()
    alias = alternation(speaker_aliases())
    anaph = alternation(a for a in anaphors() if a not in possessive_genders() and a not in _bare_members())
    poss = _POSSESSIVE.format(docs=alternation(docs))
    # ("The G7 foreign ministers' statement described": a group speaks through its document only with a possessive's
    # mark, "the ministry statement" being read as written.)
    group_poss = poss.replace("['’]s|(?<=s)['’])?", "['’]s|(?<=s)['’])")
    # "His statement said", "Its Article 4 says": a possessive speaks only through a document of its owner's, or a
    # medium's through its voice on air ("Its narrator declared": the broadcaster).
    owned = alternation([*docs, *medium_voices()])
    owner = rf"\b(?i:{alternation(possessive_genders())})(?=\s+(?:[a-z][\w\-]*+\s+)?(?i:{owned})\b)"
    voice = rf"(?:\s+(?:[a-z][\w\-]*+\s+)?(?i:{alternation(medium_voices())})\b)?"
    post = alternation(post_nominals())
    return (
        rf"(?P<alias>\b(?i:{alias})\b){poss}"
        rf"|(?P<anaphor>\b(?i:{anaph})\b|{owner}|{_bare_member()}|{owned_body_subject()}){poss}{voice}"
        # (not "The" of "The spy agency said"; "Jane Doe MP said": the letters after a name are no part of it)
        rf"|(?P<name>\b(?!(?:{DETERMINER})\b){_name_before(post)})(?:,?\s+(?:{post})\b,?)?{poss}"
        rf"|(?P<group>\b{GROUP}|\b{state_officials()}|{bare_groups()}){group_poss}"
        rf"|(?P<owned>\b(?:{NAME}|(?i:{alias})|(?i:{anaph}))['’]s\s++{_OWNED})"
    )


def _name_before(post: str) -> str:
    """:data:`NAME`, its words never letters written after a name ("MP" of "Jane Doe MP")."""
    return NAME.replace(rf"(?:\s+{UPPER}", rf"(?:\s+(?!(?:{post})\b){UPPER}")


@functools.cache
def _bare_members() -> frozenset[str]:
    """ "one", "another", "the other": a member of a group standing alone for it (``data/anaphors.csv``)."""
    return frozenset(a for a, refers in anaphors().items() if refers == "member" and not a.endswith(" them"))


def _bare_member() -> str:
    """A bare member as a subject: it opens its clause or follows the verb ("One said", "“…,” another said", "said
    one."), and a verb, a word that may stand before one, or the clause's end follows.  Never "no one", "the one",
    "anyone", "twenty-one", nor "one" of "one diplomat said" or "said one diplomat" (a group)."""
    verbs = alternation(cue_words().verbs)
    after = rf"(?=\s*+(?:[,.;:!?”\"]|\Z)|\s++(?:(?:{FILLER_WORDS})\s++)*(?i:{verbs})\b)"
    not_after = "".join(rf"(?<!\b[{w[0]}{w[0].upper()}]{w[1:]}\s)" for w in _NOT_BEFORE_MEMBER)
    return rf"(?<![\w\-’'])(?<!-\s){not_after}(?i:{alternation(_bare_members())})\b{after}"


# Words that make a bare member no one of a group ("no one said", "the one", "every one of", "which one").
_NOT_BEFORE_MEMBER = ("no", "the", "any", "every", "each", "which", "this", "that", "only", "not", "some", "and", "or")


class DocumentOwner(NamedTuple):
    """ "a statement from the General Staff": a document, and the subject after it whose words it carries."""

    document: re.Pattern  # the document and its preposition ("according to X", ", said X")
    subject: re.Pattern  # the subject after them


@functools.cache
def document_owner() -> DocumentOwner:
    docs = alternation(cue_words().documents)
    return DocumentOwner(
        re.compile(rf"(?:an?|the)\s+(?:[\w\-]+\s+)?(?:{docs})s?\s+(?:from|by|of)\s+", re.IGNORECASE),
        re.compile(subject_source()),
    )


@functools.cache
def attribution_patterns():
    lemma, verbs, docs = cue_words()
    alias = alternation(speaker_aliases())
    subj = subject_source()
    # ("a gunner complains that": a verb before "that"; "Analysts warn": a plain form after a plural)
    verb = rf"\b(?i:{alternation(verbs)})\b|{content_verb()}|{plain_verb()}"
    # ("the Korean Central News Agency (KCNA) reported": an abbreviation in brackets may follow the subject.)
    apposition = (_APPOSITION.replace("{verb}", verb).replace("{informed}", informed().phrases)
                  .replace("{intro}", f"(?i:{alternation(name_intro_phrases())})"))
    # ("Putin's spokesman, Dmitry Peskov, said": a full name may close an apposition with a comma of its own;
    # see stray_comma.)
    before = re.compile(rf"(?:{subj})(?:\s*\([^()#]{{1,20}}\))?{apposition}(?P<closing>,)?\s+{FILLER}(?P<cue>{verb})")
    # Only a finite verb comes before its subject (", said Kim"); a participle's noun is its object (", praising Kim").
    finite = rf"\b(?i:{alternation(v for v in verbs if not v.endswith('ing'))})\b"
    # ("“…,” sighs a diplomat": a verb that says nothing elsewhere says the words only right after their closing mark,
    # masked "#", and a comma or space.)
    after_mark = r"(?:(?<=#\s)|(?<=#,\s))"
    inverted = re.compile(rf"[\s,;—–\-]*(?P<cue>{finite}|{after_mark}\b(?i:{alternation(inverted_verbs())})\b)\s+(?:{subj})")
    participle = re.compile(rf"(?P<cue>\b(?i:{alternation(participle_words())})\b)")
    according = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:#]{2,80}?)(?=\s*[,.;:#]|\s*\Z)", re.IGNORECASE)
    # "in Kim's letter", "in his words", "in the ministry's statement"; "in the words of Kim".
    document = re.compile(
        rf"\b[Ii]n\s+(?:(?P<who>(?:the\s+)?(?:{NAME}|(?i:{alias}))|the\s+[a-z][\w\-]*)['’]s|(?P<pron>his|her|its|their))\s+"
        rf"(?:[a-z][\w\-]*\s+)?(?P<cue>(?i:{alternation(docs)}))\b"
        rf"|\b[Ii]n\s+the\s+(?P<of_cue>(?i:{alternation(docs)}))\s+of\s+(?P<of_who>(?:the\s+)?(?:{NAME}|(?i:{alias}))|{GROUP})\b"
    )
    channel = re.compile(rf"\b(?i:{alternation(channel_aliases())})\b")
    return before, inverted, participle, according, document, channel


@functools.cache
def role_named() -> re.Pattern:
    """ ", said senior analyst Jon Smith", ", said Pentagon spokesperson Sabrina Singh": after a finite verb of
    saying, an office's title in lower case (``data/titles.csv``), up to two words qualifying it and the capitalised name of
    its body before them, or the body after it ("spokesman of the State Border Guard Service"); the name after the
    title is the subject, as it is when the title is capitalised."""
    finite = alternation(v for v in cue_words().verbs if not v.endswith("ing"))
    lower_titles = alternation(t for t, info in titles().items() if t[0].isalpha() and info.cls != "courtesy")
    # (", said spokesman of the State Border Guard Service Andriy Demchenko": the body of the title after it, its name
    # ending in a body's word, or an acronym ("Head of the SBU"), then the name.)
    t = load_table("name_stops.csv")
    bodies = alternation(w.capitalize() for w in t.word[t.kind == "body"] if w.isalpha())
    of_body = rf"(?:(?:of|for|at)\s+(?:the\s+)?(?:{UPPER}[\w\-'’]*\s+){{0,5}}(?:{bodies}|[A-Z]{{2,}})\s+)"
    # A title in capitals right after the verb names a person only with its body after it (", said Head of the Border
    # Guard Service Ivan Petrenko"): the title alone in capitals may be a name's first word.
    upper_titles = alternation(t.capitalize() for t, info in titles().items()
                               if t.isalpha() and info.cls != "courtesy" and info.role)
    # An abbreviated rank or style names a person in capitals too, with the words a rank takes before it and a
    # bracketed abbreviation after it (", said retired Army Lt. Col. Jon Smith", ", says Col. (ret.) Jan Nowak"): its
    # dots keep it from being read as the name's first word.
    # ("said the Rev. Jon Smith": a courtesy style abbreviated the same way, "the" before it.)
    dotted = alternation(t for t in titles() if "." in t)
    courtesy = alternation(t for t, info in titles().items() if t.isalpha() and info.cls == "courtesy")
    return re.compile(rf"[\s,;—–\-]*(?P<cue>\b(?i:{finite})\b)\s+(?:(?:{UPPER}[\w\-.]*\s+){{0,3}}"
                      rf"(?P<modifiers>(?:[a-z][\w\-]*\s+){{0,2}})(?:{lower_titles})\s+{of_body}?"
                      rf"|(?:the\s+)?(?:{upper_titles})\s+{of_body}"
                      rf"|(?:the\s+)?(?:(?:{courtesy})\s+)?(?:{UPPER}[\w\-]*\s+){{0,2}}(?i:{dotted})\s+(?:\([a-z]{{2,5}}\.?\)\s+)?)"
                      rf"(?P<name>{NAME})")


@functools.cache
def what_plural() -> tuple[re.Pattern, dict[str, str]]:
    """ "what local cadres call": up to three words, the last a plural noun, between "what" and a verb that names;
    and each verb's lemma."""
    t = load_table("naming_verbs.csv")
    return (re.compile(rf"\b[Ww]hat\s+(?P<group>(?:{LATIN_LETTER}[\w\-]*\s+){{0,2}}[a-z][\w\-]*[^s\W]s)\s+"
                       rf"(?P<cue>(?i:{alternation(t.word)}))\b"), dict(zip(t.word, t.lemma)))



@functools.cache
def body_of() -> re.Pattern:
    """ "Ministry of ", "Office of the ": capitalised words ending in a body's word (``data/name_stops.csv``) and "of",
    right before a name that completes the body's."""
    t = load_table("name_stops.csv")
    words = alternation(w.capitalize() for w in t.word[t.kind == "body"] if w.isalpha())
    return re.compile(rf"(?<![\w\-’'])(?:(?!The\s){UPPER}[\w\-]*\s+){{0,3}}(?:{words})\s+of\s+(?:the\s+)?\Z")


@functools.cache
def named_after() -> re.Pattern:
    """ ", Rybar." after ", wrote one popular channel": a name that closes the sentence or the clause."""
    return re.compile(rf",\s+(?:{subject_source()})(?=\s*(?:[.;]|,\s|\Z))")


@functools.cache
def named_right_after() -> re.Pattern:
    """ " Rybar." after ", wrote the popular channel": a name that closes the sentence or the clause, with no comma,
    after a noun of :func:`~dossier.extractors.mentions.speaker_vocab.named_kinds`."""
    return re.compile(rf"\s+(?:{subject_source()})(?=\s*(?:[.;]|,\s|\Z))")


@functools.cache
def named_after_group() -> re.Pattern:
    """ ", a senior defence official" after "one of the officials": someone unnamed in apposition, the member picked."""
    return re.compile(rf",\s+(?P<group>{GROUP})")


@functools.cache
def writer_named() -> re.Pattern:
    """ " commentator Ri Hak Nam" after a medium's name: the one who writes for it, named after their title."""
    return re.compile(rf"\s+(?i:{alternation(medium_writers())})\s+(?:{subject_source()})")


class PassiveRelay(NamedTuple):
    """"Kim was quoted as saying", "Peskov was cited by Interfax as saying": a subject, a relaying verb in the
    passive, the medium that relays (optional) and a participle of saying."""

    hint: re.Pattern  # the passive verb alone, searched first: most sentences have none
    whole: re.Pattern


@functools.cache
def passive_agent() -> re.Pattern:
    """What may follow a passive verb of saying up to its agent: " by the NIS", " “heroes” by Kim", " as “routine” by X"."""
    # ("by the NIS": "the" is the agent's only before a speaker's alias, which then starts the agent.)
    alias = alternation(speaker_aliases())
    return re.compile(rf"(?:\s+(?:as\s+)?(?:an?\s+)?#+[\s,]*?)?\s+by\s+(?:the\s+(?=(?i:{alias})\b))?(?:{subject_source()})")


@functools.cache
def passive_relay() -> PassiveRelay:
    t = load_table("cue_verbs.csv")
    relays = alternation(t.word[t.kind == "relay"])
    verb = rf"(?i:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?(?i:{relays})\s+"
    return PassiveRelay(
        re.compile(rf"\b{verb}"),
        re.compile(rf"(?:{subject_source()})\s+{verb}(?:by\s+[^,#.;:“”\"()]{{1,60}}?\s+)?as\s+(?P<cue>(?i:{alternation(participle_words())}))\b"),
    )

