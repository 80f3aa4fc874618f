"""Who is speaking, and through which medium: the patterns of attribution in a sentence.

The vocabularies are data: ``data/speakers.csv`` (aliases of speakers and
their affiliation), ``data/channels.csv`` (media), ``data/cue_verbs.csv``
(reporting verbs and the documents that carry words) and
``data/anaphors.csv`` ("he", "the report"), read by
:mod:`~dossier.extractors.speaker_vocab`.  The searches
(:class:`MaskedText`) work on the text of an article in which the quoted
words are masked, so that a name inside a quote is never taken for its
speaker.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import NamedTuple

import numpy as np

from ..text.words import alternation
from ..vocab import load_table
from .attributions import (
    Attribution,
    cue_between,
    document_owner_before,
    hearer_passive,
    noun_phrase,
    object_before_apposition,
    object_before_participle,
    passive,
    plausible,
    stray_comma,
)
from .mention_vocab import UNNAMED_TITLES, state_named, unnamed_sources
from .unnamed_groups import (
    bare_groups,
    before_informed,
    group_without_place,
    informed,
    informed_source,
    name_before_place,
    picked_from,
    remaining_member,
    state_officials,
    unnamed_of,
)
from .word_index import SUBJECT_DETERMINERS, WordIndex
from .speaker_vocab import (
    alias_pattern,
    anaphors,
    any_cue,
    channel_aliases,
    cue_words,
    participle_words,
    medium_voices,
    person_alias_pattern,
    possessive_genders,
    reported,
    speaker_aliases,
)

# The vocabularies' public names, where callers have always found them.
from .speaker_vocab import anaphor_refers, canonical, channel_state, outlet_channel, speaker_affiliation, speaker_kind  # noqa: F401

# Words that may stand between a subject and its verb ("Kim has also warned", "was quoted as saying").
_FILLER_WORDS = r"has|have|had|itself|himself|herself|themselves|was|were|is|are|been|also|publicly|further|then|again|reportedly|previously|later|repeatedly|explicitly|firmly|once|quoted|as|personally|earlier|today|yesterday|officially|openly|strongly|recently|not"
FILLER = rf"(?:(?:{_FILLER_WORDS}|on\s+\w+day|last\s+\w+|this\s+\w+|quoted\s+by\s+[^,#.;:]{{1,60}}?\s+as)\s+)*"
# Capitalised words, each ending in a letter or digit.  Written so that a word is cut only where its letters and
# digits stop ("Kim" of "Kim’s"), never inside them: nothing that follows a name in a pattern could start there.
# A final "’s" is a possessive, never part of the name ("Smith’s statement said": Smith spoke).
_JOINED_FIRST = r"(?:(?![’']s\b)[’'\-.]++\w++)"  # the first word may hold dots
_JOINED = r"(?:(?![’']s\b)[’'\-]++\w++)"
_NAME = rf"[A-Z](?:\w++{_JOINED_FIRST}*|{_JOINED_FIRST}+)(?:\s+[A-Z](?:\w++{_JOINED}*|{_JOINED}+))*"
# "both leaders", "a senior official", "an NIS official": a determiner, then words ending in a common noun.
_GROUP_WORD = rf"(?!(?:{_FILLER_WORDS}|who|whom|whose|which)\b)"  # a relative pronoun opens a clause
# ("said one diplomat", "One official said": "one" opens a group too.)
_DETERMINER = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in (*SUBJECT_DETERMINERS, "one"))  # "[Tt]he|[Bb]oth|…"
# (Possessive "++", "*+": giving back a letter of a word, or a space, could never let what follows match.)
# ("a senior U.S. official": an abbreviation's dots are in its word.)
_GROUP = rf"(?:{_DETERMINER})\s++(?:{_GROUP_WORD}(?:[A-Z]\.(?:[A-Z]\.)++|[\w\-]++)\s++){{0,4}}{_GROUP_WORD}[a-z][\w\-]*+"
# "Russia's foreign ministry", "North Korea's state media": a state's, or a person's, body or role; like a group, the
# words after the possessive end in a noun.
_OWNED = rf"(?:{_GROUP_WORD}[\w\-]++\s++){{0,2}}{_GROUP_WORD}[A-Za-z][\w\-]*+"
# "Kim’s message stated", "a KCNA commentary said": the document stands between the speaker and the verb.
# ("The treaty's Article 4 says": a document's part, numbered.)
_POSSESSIVE = r"(?:(?:['’]s)?\s+(?:[a-z][\w\-]*+\s+)?(?i:{docs})\b(?:\s+\d+\b)?)?"
# "Peskov, the Kremlin spokesman, said": an apposition between the subject and its verb.
# A bare noun may open it too ("Sergei Shoigu, secretary of Russia's Security Council, told"), but not a verb or an
# auxiliary ("Voice of Korea, the North's broadcaster, has repeated …, describing").
# A relative clause between commas may run longer ("The official, who spoke on condition of anonymity because he was
# not authorised to brief the media, said").
# A title in capitals may open it too, when a preposition follows ("Victor Cha, Korea Chair at the Center for
# Strategic and International Studies, told"; "Shoigu, Secretary of the Security Council, said").
# A relative clause whose verb is the verb of saying has its antecedent for subject ("Article 4 of the treaty,
# which obliges each party to give help “without delay”").
# Or a restrictive relative clause, with no commas ("A defector who fled in 2019 said", "Soldiers who fought there
# told"; with an aside after it: "An officer who served there, reached by phone, said"), or what tells the subject
# knows ("A person familiar with the talks said", data/informed_sources.csv): it runs to the first verb of saying.
_APPOSITION = (
    rf"(?:,\s+(?:the|a|an|his|her|its|(?!(?:{_FILLER_WORDS}|and|but|or|who|whose)\b)[a-z][\w\-]*+)\s[^,#:;.“”\"]{{2,80}}+,"
    rf"|,\s+who(?:se)?\s[^,#:;.“”\"]{{2,120}}+,"
    rf"|,\s+(?:[A-Z][\w\-]*\s+){{1,3}}(?:of|at|for)\s[^,#:;.“”\"]{{2,80}}+,"
    rf"|\s+who(?:se)?\s[^,#:;.“”\"]{{2,80}}?(?:,\s+[a-z][^,#:;.“”\"]{{2,80}}+,)?(?=\s+{FILLER}(?:{{verb}}))"
    rf"|\s+(?:{{informed}})\s[^,#:;.“”\"]{{2,60}}?(?=\s+{FILLER}(?:{{verb}}))"
    rf"|,\s+wh(?:ich|o)(?=\s+{FILLER}(?:{{verb}})))?"
)


@functools.cache
def _subject_source() -> str:
    """The forms of a subject, one named group each (see :func:`_found`)."""
    _, _, docs = cue_words()
    alias = alternation(speaker_aliases())
    anaph = alternation(a for a in anaphors() if a not in possessive_genders())
    poss = _POSSESSIVE.format(docs=alternation(docs))
    # "His statement said", "Its Article 4 says": a possessive speaks only through a document of its owner's, or a
    # medium's through its voice on air ("Its narrator declared": the broadcaster).
    owned = alternation([*docs, *medium_voices()])
    owner = rf"\b(?i:{alternation(possessive_genders())})(?=\s+(?:[a-z][\w\-]*+\s+)?(?i:{owned})\b)"
    voice = rf"(?:\s+(?:[a-z][\w\-]*+\s+)?(?i:{alternation(medium_voices())})\b)?"
    return (
        rf"(?P<alias>\b(?i:{alias})\b){poss}"
        rf"|(?P<anaphor>\b(?i:{anaph})\b|{owner}){poss}{voice}"
        rf"|(?P<name>\b(?!(?:{_DETERMINER})\b){_NAME}){poss}"  # not "The" of "The spy agency said"
        rf"|(?P<group>\b{_GROUP}|\b{state_officials()}|{bare_groups()})"
        rf"|(?P<owned>\b(?:{_NAME}|(?i:{alias})|(?i:{anaph}))['’]s\s++{_OWNED})"
    )


class _DocumentOwner(NamedTuple):
    """ "a statement from the General Staff": a document, and the subject after it whose words it carries."""

    document: re.Pattern  # the document and its preposition ("according to X", ", said X")
    subject: re.Pattern  # the subject after them


@functools.cache
def _document_owner() -> _DocumentOwner:
    docs = alternation(cue_words().documents)
    return _DocumentOwner(
        re.compile(rf"(?:an?|the)\s+(?:[\w\-]+\s+)?(?:{docs})s?\s+(?:from|by|of)\s+", re.IGNORECASE),
        re.compile(_subject_source()),
    )


@functools.cache
def _patterns():
    lemma, verbs, docs = cue_words()
    alias = alternation(speaker_aliases())
    subj = _subject_source()
    verb = rf"\b(?i:{alternation(verbs)})\b"
    # ("the Korean Central News Agency (KCNA) reported": an abbreviation in brackets may follow the subject.)
    apposition = _APPOSITION.replace("{verb}", verb).replace("{informed}", informed().phrases)
    # ("Putin's spokesman, Dmitry Peskov, said": a full name may close an apposition with a comma of its own;
    # see stray_comma.)
    before = re.compile(rf"(?:{subj})(?:\s*\([^()#]{{1,20}}\))?{apposition}(?P<closing>,)?\s+{FILLER}(?P<cue>{verb})")
    # Only a finite verb comes before its subject (", said Kim"); a participle's noun is its object (", praising Kim").
    finite = rf"\b(?i:{alternation(v for v in verbs if not v.endswith('ing'))})\b"
    inverted = re.compile(rf"[\s,;—–\-]*(?P<cue>{finite})\s+(?:{subj})")
    participle = re.compile(rf"(?P<cue>\b(?i:{alternation(participle_words())})\b)")
    according = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:#]{2,80}?)(?=\s*[,.;:#]|\s*\Z)", re.IGNORECASE)
    # "in Kim's letter", "in his words", "in the ministry's statement"; "in the words of Kim".
    document = re.compile(
        rf"\b[Ii]n\s+(?:(?P<who>(?:the\s+)?(?:{_NAME}|(?i:{alias}))|the\s+[a-z][\w\-]*)['’]s|(?P<pron>his|her|its|their))\s+"
        rf"(?:[a-z][\w\-]*\s+)?(?P<cue>(?i:{alternation(docs)}))\b"
        rf"|\b[Ii]n\s+the\s+(?P<of_cue>(?i:{alternation(docs)}))\s+of\s+(?P<of_who>(?:the\s+)?(?:{_NAME}|(?i:{alias}))|{_GROUP})\b"
    )
    channel = re.compile(rf"\b(?i:{alternation(channel_aliases())})\b")
    return before, inverted, participle, according, document, channel


@functools.cache
def _what_plural() -> tuple[re.Pattern, dict[str, str]]:
    """ "what local cadres call": up to three words, the last a plural noun, between "what" and a verb that names;
    and each verb's lemma."""
    t = load_table("naming_verbs.csv")
    return (re.compile(rf"\b[Ww]hat\s+(?P<group>(?:[A-Za-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*[^s\W]s)\s+"
                       rf"(?P<cue>(?i:{alternation(t.word)}))\b"), dict(zip(t.word, t.lemma)))


_SUBJECT_FORMS = ("alias", "anaphor", "name", "group", "owned")


def _form(m: re.Match) -> str | None:
    """Which form of :func:`_subject_source` matched the subject."""
    return next((how for how in _SUBJECT_FORMS if m.group(how)), None)


def _found(m, cue_group="cue") -> Attribution:
    how = _form(m)
    cue = m.group(cue_group)
    lemma = cue_words().lemma.get(cue.lower(), cue.lower())
    return Attribution(m.start(how), m.start(cue_group), m.end(), m.group(how), how, cue, lemma)


def _before_comma(before: re.Pattern, text: str, at: int, m: re.Match) -> re.Match | None:
    """ "the official said, adding": a group subject takes the first verb of saying for a word of its own, and the
    participle after the comma for its verb; the attribution is the one that ends before that comma."""
    if not m.group("group"):
        return None
    return before.match(text, at, m.start("closing"))


HEAD = re.compile(r"[\s,;—–\-]*")
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:also\s+)?\Z")
_CUE_START = operator.attrgetter("cue_start")
_PLACE_WORDS = (" in ", " at ", " from ", " near ", " in the ", " at the ", " from the ", " near the ")
# "a Russian diplomat in", "Western officials at the": a group, then the place it is in.
_PLACED_GROUP = re.compile(
    rf"(?P<group>(?P<determined>\b{_GROUP})|\b[A-Z][\w\-]*+\s++(?:[a-z][\w\-]*+\s++){{0,2}}(?:{alternation(UNNAMED_TITLES)})s"
    rf"|{bare_groups()})"
    rf"\s+(?:in|at|from|near)\s+(?:the\s+)?\Z"
)
def _source_of_place(text: str, lo: int, place: int) -> re.Match | None:
    """Someone unnamed (``data/unnamed_sources.csv``) whose place opens at ``place``: "a resident of Hyesan"."""
    for m in unnamed_sources().first.finditer(text, max(lo, place - 50), place + 60):
        if m.start("place") == place:
            return m
    return None


_LETTER = re.compile(r"[^\W\d_]")
_NOT_WHO = re.compile(r"\b(?:report|reports|figures|estimates|data)\b", re.IGNORECASE)


class MaskedText(WordIndex):
    """An article's text with the quoted words masked, and the searches for who speaks in it.

    The article's words are listed once (:class:`WordIndex`); each search is
    then tried only at the words it can start at (a reporting verb, an alias,
    a determiner, a capitalised word) rather than at every character of
    every sentence.
    """

    def __init__(self, text: str):
        super().__init__(text)
        self._channels: dict[tuple[int, int, bool], list[tuple[int, str]]] = {}  # see channel_mentions

    def may_attribute(self, spans: list[tuple[int, int]]) -> list[bool]:
        """For each ``(lo, hi)``, False when :meth:`attributions` and :meth:`according_to` certainly find nothing there."""
        at = np.array(sorted(self.word_starts("cue") + self.word_starts("according")) + [len(self.text)])
        los, his = np.array(spans, dtype=np.int64).reshape(-1, 2).T
        out = (at[np.searchsorted(at, los)] < his).tolist()
        for n, (lo, hi) in enumerate(spans):
            if not out[n]:
                out[n] = self.cut_word(hi) >= lo or (self._holds_what(lo, hi) and bool(self._what_they_call(lo, hi, set())))
        return out

    def attributions(self, lo: int, hi: int) -> list[Attribution]:
        """Every subject-and-cue ("Kim said", "he added", "Kim’s message stated") in ``text[lo:hi]``, in order.

        Participles with no subject of their own ("…, vowing") are returned with
        ``speaker_text`` None: they borrow the subject of an earlier cue.
        """
        text = self.text
        cues = self.candidates("cue", lo, hi)
        cue = any_cue()
        verbs = [m for c in cues if (m := cue.match(text, c, hi))]
        if not verbs:  # most sentences attribute nothing: skip the costly subject search
            return self._what_they_call(lo, hi, set()) if self._holds_what(lo, hi) else []
        before, _, participle, *_ = _patterns()
        # A subject starts before its cue: none starts after the last cue.
        subjects = self.candidates("subject", lo, hi)
        subjects = subjects[:bisect.bisect_right(subjects, verbs[-1].start())]
        # And an attribution ends with its cue, one of the verbs: read up to the last verb's end (the word boundary
        # there is one in the text too), a subject that has no cue fails sooner.
        last = verbs[-1].end()
        found = []
        pos = lo
        for s in subjects:  # as ``before.finditer`` would, trying only the candidates
            if s < pos or not (m := before.match(text, s, last)):
                continue
            a = before_informed(_found(m))  # "A person familiar with the matter said"
            if (a.how in ("alias", "name", "group") and text.endswith(_PLACE_WORDS, max(lo, a.start - 10), a.start)
                    and (placed := _PLACED_GROUP.search(text, max(lo, a.start - 80), a.start))
                    and (not placed.group("determined") or state_named(placed.group("group").lower().split())
                         or (a.cue.lower() not in participle_words() and (a.how != "alias" or group_without_place(
                             text[placed.start():a.start + len(a.speaker_text)]) is not None)))):
                # "a Russian diplomat in Pyongyang told", "a medic near Sudzha told", "a soldier in the Kursk
                # direction said", "a student in Pyongyang told": the place is where the subject is, not who speaks
                # (but "some officials in Seoul" are Seoul's, and a participle's subject is borrowed: "the museum at the studio and praising").
                at = a._replace(start=placed.start(), speaker_text=placed.group("group"), how="group")
                if not plausible(at) and (cut := noun_phrase(at)) and text.startswith(_PLACE_WORDS, cut.start + len(cut.speaker_text)):
                    at = cut  # "A foreman at a site in Omsk told": the foreman
                a = a if at.speaker_text.rsplit(None, 1)[-1].lower() in cue_words().documents else at  # "a letter from a veteran, who wrote"
            elif a.how in ("alias", "name") and text.endswith(" of ", max(lo, a.start - 4), a.start) and (
                    source := _source_of_place(text, lo, a.start)) is not None:
                # "a resident of Hyesan, who declined to be named, told": the resident, from Hyesan.
                a = a._replace(start=source.start(), speaker_text=text[source.start():source.end("noun")], how="group")
            if stray_comma(text, m, a):
                if (m := _before_comma(before, text, s, m)) is None:
                    continue
                a = _found(m)
            if a.how in ("alias", "name", "group") and (docs := self.candidates("document", max(lo, a.start - 70), a.start - 1)) and (
                    owner := document_owner_before(text, a, docs[-1])) is not None:
                a = owner  # "The Kremlin's readout of a call between Putin and Kim said"
            if object_before_apposition(text, a) or object_before_participle(text, a):
                pos = a.start + len(a.speaker_text)  # nor is the rest of the name ("Jong Un, lashed out")
            elif informed_source(text, a) or (plausible(a) or remaining_member(a) or picked_from(text, a)) and not passive(text, a) and not cue_between(text, a):
                # ("Two people briefed on the plan said": what tells they know, its verb included, is no clause.)
                # ("A Russian veteran of the Kursk fighting said": the veteran, not the fighting.)
                found.append(a.how in ("alias", "name", "group") and (unnamed_of(text, lo, a) or name_before_place(text, lo, a)) or a)
                pos = m.end()

            # else "The Rodong Sinmun reported": no name starts with "The", but one may start after it.
        taken = {a.cue_start for a in found}
        for v in verbs:
            # "were called “heroes” by Kim", "were told by the NIS that": the agent of a passive speaks.
            word = v.group(0)
            verb = Attribution(v.start(), v.start(), v.end(), None, None, word, cue_words().lemma.get(word.lower(), word.lower()))
            if v.start() not in taken and passive(text, verb) and (agent := _passive_agent().match(text, v.end(), hi)):
                how = _form(agent)
                found.append(verb._replace(start=agent.start(how), end=agent.end(), speaker_text=agent.group(how), how=how))
                taken.add(v.start())
        end = lo
        participles = participle_words()
        # A participle is a cue too: it can only start where one does, and is then the whole verb found there
        # (every cue is one word), so a verb of ASCII letters is simply looked up.
        for v in verbs:
            c = v.start()
            if c < end:
                continue
            word = v.group(0)
            if word.isascii() and word.lower() not in participles:
                if c not in taken and _COORDINATED.search(text, max(lo, c - 12), c) and not hearer_passive(text, c):
                    # "…, but added:", "and said that": a verb sharing an earlier subject, read as a participle is.
                    found.append(Attribution(c, c, v.end(), None, None, word, cue_words().lemma.get(word.lower(), word.lower())))
                    end = v.end()
                continue
            if not (m := participle.match(text, c, hi)):
                continue
            end = m.end()
            if c not in taken:
                word = m.group("cue")
                found.append(Attribution(c, c, end, None, None, word, cue_words().lemma.get(word.lower(), word.lower())))
        if self._holds_what(lo, hi):
            found += self._what_they_call(lo, hi, {a.cue_start for a in found})
        found.sort(key=_CUE_START)
        return found

    def _holds_what(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` holds the word "what" (most sentences do not: the search after it is skipped)."""
        return self.text.find("what ", lo, hi) >= 0 or self.text.find("What ", lo, hi) >= 0

    def _what_they_call(self, lo: int, hi: int, taken: set[int]) -> list[Attribution]:
        """ "in what local cadres call “…”", "what officials described as": a plural noun with no determiner after
        "what" is the subject of the verb that names the words (``data/naming_verbs.csv``)."""
        what, lemma = _what_plural()
        found = []
        for m in what.finditer(self.text, lo, hi):
            cue = m.group("cue")
            a = Attribution(m.start("group"), m.start("cue"), m.end(), m.group("group"), "group", cue, lemma[cue.lower()])
            if a.cue_start not in taken and plausible(a):  # not "what both leaders described as"
                found.append(a)
        return found

    def inverted_attribution(self, lo: int, hi: int) -> Attribution | None:
        """An attribution opening ``text[lo:hi]``: ", Kim said", " he added", ", said Kim"."""
        before, inverted, *_ = _patterns()
        head = HEAD.match(self.text, lo, hi).end()
        for pattern, at in ((before, head), (inverted, lo)):
            if not (m := pattern.match(self.text, at, hi)):
                continue
            a = _found(m)
            if pattern is inverted and a.how == "group" and (doc := _document_owner().document.match(self.text, a.start, hi)):
                # ", said a statement from the General Staff": the document's owner speaks.
                owner = _document_owner().subject.match(self.text, doc.end(), hi)
                if owner is None and self.text.startswith("the ", doc.end()):  # "from the Ukrainian General Staff"
                    owner = _document_owner().subject.match(self.text, doc.end() + 4, hi)
                if owner is not None:
                    how = _form(owner)
                    o = Attribution(owner.start(how), a.cue_start, owner.end(), owner.group(how), how, a.cue, a.lemma)
                    if plausible(o):
                        return o
            if pattern is inverted:
                a = before_informed(a)  # ", said a person familiar with the matter"
            if pattern is inverted and a.how == "group" and not plausible(a) and not informed_source(self.text, a):
                a = noun_phrase(a)  # ", said a source familiar with the talks": the subject ends before "with"
            if pattern is before and stray_comma(self.text, m, a):
                if (m := _before_comma(before, self.text, at, m)) is None:
                    continue
                a = _found(m)
            if a is not None and (plausible(a) or informed_source(self.text, a) or remaining_member(a)):
                return a
        return None

    def passive_relays(self, lo: int, hi: int) -> list[Attribution]:
        """The subjects of "Kim was quoted as saying" and "Peskov was cited by Interfax as saying" in ``text[lo:hi]``."""
        passive = _passive_relay()
        verb = passive.hint.search(self.text, lo, hi)
        if verb is None:
            return []
        found = []
        for m in self.matches(passive.whole, "subject", lo, hi):
            how = _form(m)
            found.append(Attribution(m.start(how), m.start("cue"), m.end(), m.group(how), how, m.group("cue"),
                                     cue_words().lemma.get(m.group("cue").lower(), m.group("cue").lower())))
        return found

    def according_to(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """``(offset, who)`` of every "according to X" in ``text[lo:hi]`` whose X is not a medium."""
        at = self.word_starts("according")
        i = bisect.bisect_left(at, lo)
        if i == len(at) or at[i] >= hi:
            return []  # no "according" here (the word ``hi`` may cut cannot hold "according to X" before ``hi``)
        *_, according, _, channel = _patterns()
        out = []
        for m in self.matches(according, "according", lo, hi):
            who, at = m.group("who").strip(), m.start("who")
            if (doc := _document_owner().document.match(who)) is not None and doc.end() < len(who):
                who, at = who[doc.end():], at + doc.end()  # "according to a statement by the General Staff"
            if not _LETTER.search(who) or channel.search(who) or _NOT_WHO.search(who):
                continue
            out.append((at, who))
        return out

    def document_attribution(self, lo: int, hi: int) -> list[tuple[int, str | None, str]]:
        """``(offset, who, document)`` of "in X's letter", "in his message", "in the words of X".

        The offset is that of who (of "in" for a pronoun, when who is None).
        """
        *_, document, _ = _patterns()
        found = []
        for m in document.finditer(self.text, lo, hi):
            who = "of_who" if m.group("of_who") else "who"
            found.append((m.start(who) if m.group(who) else m.start(), m.group(who), m.group("cue") or m.group("of_cue")))
        return found

    def channel_mentions(self, lo: int, hi: int, *, reporting_only: bool = True) -> list[tuple[int, str]]:
        """``(offset, channel)`` of every medium named in ``text[lo:hi]``.

        With ``reporting_only`` only mentions that present the medium as the
        source of words count: "according to KCNA", "KCNA reported", "told
        TASS", "by state-run outlet KCNA".
        """
        key = (lo, hi, reporting_only)
        if key in self._channels:  # a quote's sentence is searched again for each of its quotes
            return list(self._channels[key])
        *_, channel = _patterns()
        reported_before, reported_after = reported()
        text = self.text
        out = self._channels[key] = []
        for m in self.matches(channel, "channel", lo, hi):
            if reporting_only and not (  # the match after first: the search before tries every position
                reported_after.match(text, m.end(), hi)
                or reported_before.search(text, max(lo, m.start() - 80), m.start())
            ):
                continue
            out.append((m.start(), channel_aliases()[" ".join(m.group(0).lower().split())].channel))
        return list(out)

    def reports_at(self, start: int, end: int, lo: int, hi: int, reach: int = 80) -> bool:
        """Whether the medium named at ``text[start:end]`` is presented as the source of words, within ``text[lo:hi]``
        (by words at most ``reach`` characters before it, or right after it)."""
        reported_before, reported_after = reported()
        return bool(reported_after.match(self.text, end, hi) or reported_before.search(self.text, max(lo, start - reach), start))

    def person_mentions(self) -> list[tuple[int, str, str]]:
        """``(offset, speaker, surface)`` of every alias of a person in the text, for resolving "he" and "Kim"."""
        return [
            (m.start(), speaker_aliases()[" ".join(m.group(0).lower().split())].speaker, m.group(0))
            for m in self.matches(person_alias_pattern(), "person", 0, len(self.text))
        ]

    def first_speaker(self, lo: int, hi: int) -> tuple[int, str] | None:
        """``(offset, alias as written)`` of the first known speaker named in ``text[lo:hi]``."""
        for m in self.matches(alias_pattern(), "speaker", lo, hi):
            if not (m.group(0).isupper() and len(m.group(0)) > 4):  # a dateline: "PYONGYANG, Oct. 7 (Yonhap) --"
                return m.start(), m.group(0)
        return None


class _PassiveRelay(NamedTuple):
    """"Kim was quoted as saying", "Peskov was cited by Interfax as saying": a subject, a relaying verb in the
    passive, the medium that relays (optional) and a participle of saying."""

    hint: re.Pattern  # the passive verb alone, searched first: most sentences have none
    whole: re.Pattern


@functools.cache
def _passive_agent() -> re.Pattern:
    """What may follow a passive verb of saying up to its agent: " by the NIS", " “heroes” by Kim", " as “routine” by X"."""
    # ("by the NIS": "the" is the agent's only before a speaker's alias, which then starts the agent.)
    alias = alternation(speaker_aliases())
    return re.compile(rf"(?:\s+(?:as\s+)?(?:an?\s+)?#+[\s,]*?)?\s+by\s+(?:the\s+(?=(?i:{alias})\b))?(?:{_subject_source()})")


@functools.cache
def _passive_relay() -> _PassiveRelay:
    t = load_table("cue_verbs.csv")
    relays = alternation(t.word[t.kind == "relay"])
    verb = rf"(?i:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?(?i:{relays})\s+"
    return _PassiveRelay(
        re.compile(rf"\b{verb}"),
        re.compile(rf"(?:{_subject_source()})\s+{verb}(?:by\s+[^,#.;:“”\"()]{{1,60}}?\s+)?as\s+(?P<cue>(?i:{alternation(participle_words())}))\b"),
    )
