"""Who is speaking, and through which medium: the patterns of attribution in a sentence.

The vocabularies are data: ``data/speakers.csv`` (aliases of speakers and
their affiliation), ``data/channels.csv`` (media), ``data/cue_verbs.csv``
(reporting verbs and the documents that carry words) and
``data/anaphors.csv`` ("he", "the report"), read by
:mod:`~dossier.extractors.mentions.speaker_vocab`.  The searches
(:class:`MaskedText`) work on the text of an article in which the quoted
words are masked, so that a name inside a quote is never taken for its
speaker.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re

import numpy as np

from ...text.words import LATIN_LETTER, LOWER, UPPER, alternation
from ...vocab import load_list
from .attributions import (
    Attribution,
    cue_between,
    document_owner_before,
    function_word_in,
    group_head,
    hearer_passive,
    name_after_body,
    name_apposed,
    noun_of,
    noun_phrase,
    object_before_apposition,
    object_before_participle,
    object_of_occasion,
    oblique_initials,
    passive,
    plausible,
    role_of_relative,
    stray_comma,
)
from ..mentions.mention_vocab import UNNAMED_TITLES, kin, state_named, titles, unnamed_sources
from .unnamed_groups import (
    bare_groups,
    placed_plurals,
    before_informed,
    group_without_place,
    informed_source,
    name_before_place,
    picked_from,
    remaining_member,
    unnamed_of,
)
from ..mentions.word_index import WordIndex
from ..mentions.speaker_vocab import (
    alias_pattern,
    any_cue,
    channel_aliases,
    content_verbs,
    cue_words,
    named_kinds,
    participle_words,
    person_alias_pattern,
    speaker_aliases,
)
from ..mentions.channel_relays import carried_despite_denial, reported
from .subject_forms import (
    GROUP,
    attribution_patterns,
    body_of,
    document_owner,
    named_after,
    named_after_group,
    named_right_after,
    passive_agent,
    passive_relay,
    role_named,
    what_plural,
    writer_named,
)
from .subject_forms import FILLER  # noqa: F401  (where quote_speakers has always found it)

# The vocabularies' public names, where callers have always found them.
from ..mentions.speaker_vocab import anaphor_refers, canonical, channel_state, outlet_channel, speaker_affiliation, speaker_kind  # noqa: F401

_SUBJECT_FORMS = ("alias", "anaphor", "name", "group", "owned")


def _form(m: re.Match) -> str | None:
    """Which form of :func:`subject_source` matched the subject."""
    return next((how for how in _SUBJECT_FORMS if m.group(how)), None)


def attribution_of(m, cue_group="cue") -> Attribution:
    """The attribution a match of :func:`subject_source` and a verb of saying (group ``cue_group``) makes."""
    how = _form(m)
    cue = m.group(cue_group)
    lemma = cue_words().lemma.get(cue.lower(), cue.lower())
    return Attribution(m.start(how), m.start(cue_group), m.end(), m.group(how), how, cue, lemma)


def _before_comma(before: re.Pattern, text: str, at: int, m: re.Match) -> re.Match | None:
    """ "the official said, adding", "Russia's ambassador said, adding": a group or owned subject takes the first verb
    of saying for a word of its own, and the participle after the comma for its verb; the attribution is the one that
    ends before that comma."""
    if not (m.group("group") or m.group("owned")):
        return None
    return before.match(text, at, m.start("closing"))


HEAD = re.compile(r"[\s,;—–\-]*")
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:also\s+)?\Z")
_CUE_START = operator.attrgetter("cue_start")
# After the words an inverted attribution reads as its subject: a quote (masked), or "as" after a verb that names
# ("described the assaults as “…”"), which no subject of a verb before it is followed by ("said Peskov as he left" is).
_QUOTE_AFTER = re.compile(r"\s*#")
_AS_AFTER = re.compile(r"\s+as\s")
_OF_THE = re.compile(r"\A\S+\s+of\s+(?=(?:the|our)\s)")  # "one of the officials": the words that pick a member, up to "the"
_OF_WORDS = (" of ", " of the ")  # "the Ministry of Defence", "the Office of the President"
_TO_WORDS = (" to ", " to the ")  # "Russia's ambassador to South Korea said"
_PLACE_WORDS = (" in ", " at ", " from ", " near ", " in the ", " at the ", " from the ", " near the ")
# "a Russian diplomat in", "Western officials at the": a group, then the place it is in; or an owner's person, a
# relative or a voice ("Kim's sister in Pyongyang", "Russia's spokesman in Seoul"), not an owner's body ("Shoigu's
# office in Moscow", read elsewhere).
_OWNED_PERSONS = alternation(sorted({*UNNAMED_TITLES, *(relation for _, relation in kin().person)}))
_PLACED_GROUP = re.compile(
    rf"(?P<group>(?P<determined>\b{GROUP})|\b{UPPER}[\w\-]*+\s++(?:[a-z][\w\-]*+\s++){{0,2}}(?:{alternation(UNNAMED_TITLES)})s"
    rf"|{bare_groups()}|{placed_plurals()}|(?P<owned>\b{UPPER}[\w\-]*+['’]s\s++(?:{_OWNED_PERSONS})))"
    rf"\s+(?:in|at|from|near)\s+(?:the\s+)?\Z"
)
# ", said the Supreme Leader", ", said the respected General Secretary": a title written as a name after "the".
_TITLE_AFTER = re.compile(r"[\s,;—–\-]*(?P<cue>[a-z]+)\s+[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}"
                          rf"(?P<title>{UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+){{0,2}})\b(?![\w\-’']|\s+{LATIN_LETTER})")


@functools.cache
def hearer_verbs() -> frozenset[str]:
    """Lemmas of the verbs of saying whose object hears the words ("told Izvestia"): ``data/hearer_verbs.csv``."""
    return frozenset(load_list("hearer_verbs.csv"))


def _title_after(text: str, lo: int, hi: int) -> Attribution | None:
    """The title after a finite verb of saying opening ``text[lo:hi]``, when it is one of ``data/titles.csv`` with a
    role (whom it stands for is read as the holder of that role); else None."""
    m = _TITLE_AFTER.match(text, lo, hi)
    if m is None or (cue := m.group("cue")) not in cue_words().verbs or cue.endswith("ing"):
        return None
    title = titles().get(m.group("title").lower())
    if title is None or not title.role or title.cls == "courtesy":
        return None
    return Attribution(m.start("title"), m.start("cue"), m.end(), m.group("title"), "name", cue, cue_words().lemma.get(cue, cue))


@functools.cache
def _posted_to() -> re.Pattern:
    """ "Russia's ambassador to ", "the Russian envoy to the ", "the U.S. ambassador to ": an official's title
    (``data/titles.csv``), owned or with an article, then "to"."""
    posts = alternation(sorted(t for t, i in titles().items() if i.cls == "official" and i.role))
    return re.compile(rf"(?P<who>(?P<owner>\b{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*)?['’]s\s+)?(?(owner)|\b(?:[Tt]he|[Aa]n?)\s+)"
                      rf"(?:(?:{UPPER}\.){{2,}}\s+|[\w\-]+\s+){{0,2}}?(?:{posts}))\s+to\s+(?:the\s+)?\Z")


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
        verbs = [m for c in cues if (m := cue.match(text, c, hi)) and not noun_of(text, m)]
        if not verbs:  # most sentences attribute nothing: skip the costly subject search
            return self._what_they_call(lo, hi, set()) if self._holds_what(lo, hi) else []
        before, _, participle, *_ = attribution_patterns()
        # A subject starts before its cue: none starts after the last cue.
        subjects = self.candidates("subject", lo, hi)
        subjects = subjects[:bisect.bisect_right(subjects, verbs[-1].start())]
        # And an attribution ends with its cue, one of the verbs: read up to the last verb's end (the word boundary
        # there is one in the text too), a subject that has no cue fails sooner.
        last = verbs[-1].end()
        if verbs[-1].group(0).lower() in content_verbs():
            last += len(" that")  # ("complains that": the verb's match looks ahead to the clause of content)
        found = []
        pos = lo
        for s in subjects:  # as ``before.finditer`` would, trying only the candidates
            if s < pos or not (m := before.match(text, s, last)):
                continue
            if passive(text, attribution_of(m)) and (first := next((v.end() for v in verbs if s < v.start() < m.start("cue")), None)):
                # "One of the prisoners said he was told …": the subject's own verb is the first one, not a passive after it.
                m = before.match(text, s, first) or m
            a = name_apposed(text, name_after_body(before_informed(attribution_of(m))))  # "A person familiar with the matter said"
            if (a.how in ("alias", "name", "group") and text.endswith(_PLACE_WORDS, max(lo, a.start - 10), a.start)
                    and (placed := _PLACED_GROUP.search(text, max(lo, a.start - 80), a.start))
                    and (not placed.group("determined") or state_named(placed.group("group").lower().split())
                         or (a.cue.lower() not in participle_words() and (a.how != "alias" or group_without_place(
                             text[placed.start():a.start + len(a.speaker_text)]) is not None)))):
                # "a Russian diplomat in Pyongyang told", "a medic near Sudzha told", "a soldier in the Kursk
                # direction said", "a student in Pyongyang told": the place is where the subject is, not who speaks
                # (but "some officials in Seoul" are Seoul's, and a participle's subject is borrowed: "the museum at the studio and praising").
                at = a._replace(start=placed.start(), speaker_text=placed.group("group"), how="owned" if placed.group("owned") else "group")
                if not plausible(at) and (cut := noun_phrase(at)) and text.startswith(_PLACE_WORDS, cut.start + len(cut.speaker_text)):
                    at = cut  # "A foreman at a site in Omsk told": the foreman
                a = a if at.speaker_text.rsplit(None, 1)[-1].lower() in cue_words().documents else at  # "a letter from a veteran, who wrote"
            elif (a.how == "alias" or a.how == "name" and " " not in a.speaker_text) and text.endswith(
                    _TO_WORDS, max(lo, a.start - 8), a.start) and (
                    posted := _posted_to().search(text, max(lo, a.start - 80), a.start)) is not None:
                # "Russia's ambassador to South Korea said", "the Russian envoy to Seoul told": the envoy speaks, not
                # the state they are posted to (but "China's envoy to Pyongyang Wang Yajun urged" names the envoy).
                a = a._replace(start=posted.start(), speaker_text=posted.group("who"), how="owned" if posted.group("owner") else "group")
            elif a.how in ("alias", "name") and text.endswith(" of ", max(lo, a.start - 4), a.start) and (
                    source := _source_of_place(text, lo, a.start)) is not None:
                # "a resident of Hyesan, who declined to be named, told": the resident, from Hyesan.
                a = a._replace(start=source.start(), speaker_text=text[source.start():source.end("noun")], how="group")
            elif a.how == "name" and text.endswith(_OF_WORDS, max(lo, a.start - 8), a.start) and (
                    body := body_of().search(text, max(lo, a.start - 60), a.start)) is not None:
                # "The Ministry of Defence said", "the Office of the President said": the body's whole name, not the
                # word after "of".
                a = a._replace(start=body.start(), speaker_text=text[body.start():a.start + len(a.speaker_text)])
            if stray_comma(text, m, a):
                if (m := _before_comma(before, text, s, m)) is None:
                    continue
                a = attribution_of(m)
            if a.how in ("alias", "name", "group") and (docs := self.candidates("document", max(lo, a.start - 70), a.start - 1)) and (
                    owner := document_owner_before(text, a, docs[-1])) is not None:
                a = owner  # "The Kremlin's readout of a call between Putin and Kim said"
            if object_before_apposition(text, a) or object_before_participle(text, a) or object_of_occasion(text, a) or (
                    role_of_relative(text, a)):
                pos = a.start + len(a.speaker_text)  # nor is the rest of the name ("Jong Un, lashed out")
            elif informed_source(text, a) or (plausible(a) and not oblique_initials(text, a) or remaining_member(a) or picked_from(text, a)) and not passive(text, a) and not cue_between(text, a):
                # ("Two people briefed on the plan said": what tells they know, its verb included, is no clause.)
                # ("A Russian veteran of the Kursk fighting said": the veteran, not the fighting.)
                if not plausible(a) and picked_from(text, a) and (cut := noun_phrase(a)) and text.startswith(
                        _PLACE_WORDS, cut.start + len(cut.speaker_text)):
                    a = cut  # "one of the drone units in the area told": the units, not where they are
                found.append(a.how in ("alias", "name", "group") and unnamed_of(text, lo, a) or name_before_place(text, lo, a) or a)
                pos = m.end()

            # else "The Rodong Sinmun reported": no name starts with "The", but one may start after it.
        taken = {a.cue_start for a in found}
        for v in verbs:
            # "were called “heroes” by Kim", "were told by the NIS that": the agent of a passive speaks.
            word = v.group(0)
            verb = Attribution(v.start(), v.start(), v.end(), None, None, word, cue_words().lemma.get(word.lower(), word.lower()))
            if v.start() not in taken and passive(text, verb) and (agent := passive_agent().match(text, v.end(), hi)):
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
        what, lemma = what_plural()
        found = []
        for m in what.finditer(self.text, lo, hi):
            cue = m.group("cue")
            a = Attribution(m.start("group"), m.start("cue"), m.end(), m.group("group"), "group", cue, lemma[cue.lower()])
            if a.cue_start not in taken and plausible(a):  # not "what both leaders described as"
                found.append(a)
        return found

    def inverted_attribution(self, lo: int, hi: int) -> Attribution | None:
        """An attribution opening ``text[lo:hi]``: ", Kim said", " he added", ", said Kim"."""
        before, inverted, *_ = attribution_patterns()
        head = HEAD.match(self.text, lo, hi).end()
        if (named := self._role_named(lo, hi)) is not None:
            return named
        for pattern, at in ((before, head), (inverted, lo)):
            if not (m := pattern.match(self.text, at, hi)):
                continue
            a = attribution_of(m)
            if pattern is inverted and a.lemma in hearer_verbs():
                continue  # "…, who chairs the commission, told Izvestia": who hears the words, never who says them
            if pattern is inverted and a.how == "group" and (doc := document_owner().document.match(self.text, a.start, hi)):
                # ", said a statement from the General Staff": the document's owner speaks.
                owner = document_owner().subject.match(self.text, doc.end(), hi)
                if owner is None and self.text.startswith("the ", doc.end()):  # "from the Ukrainian General Staff"
                    owner = document_owner().subject.match(self.text, doc.end() + 4, hi)
                if owner is not None:
                    how = _form(owner)
                    o = Attribution(owner.start(how), a.cue_start, owner.end(), owner.group(how), how, a.cue, a.lemma)
                    if plausible(o):
                        return o
            if pattern is inverted:
                a = before_informed(a)  # ", said a person familiar with the matter"
            if pattern is inverted and a.how == "group" and not plausible(a) and not informed_source(self.text, a):
                # ", said one of the officials, a senior defence official": the group one is picked from, as when
                # "one of the officials said"; else ", said a source familiar with the talks": the subject ends
                # before "with".
                a = self._picked_member(a) or noun_phrase(a)
            if pattern is before and stray_comma(self.text, m, a):
                if (m := _before_comma(before, self.text, at, m)) is None:
                    continue
                a = attribution_of(m)
            if a is not None and pattern is inverted and (_QUOTE_AFTER.match(self.text, end := a.start + len(a.speaker_text)) or (
                    a.cue.lower() in what_plural()[1] and _AS_AFTER.match(self.text, end))):
                # "known by his call sign “Grom,” said the drones “hit everything”": the verb's object or the
                # subject of what it reports, the quote its words; an inverted subject ends its clause.
                continue
            if a is not None and (plausible(a) or informed_source(self.text, a) or remaining_member(a)):
                return self._named_after(a, hi) if pattern is inverted else a
        return _title_after(self.text, lo, hi)

    def _role_named(self, lo: int, hi: int) -> Attribution | None:
        """ ", said (the) military expert Ivan Petrov": the name after a title in lower case, unless a word before the title
        opens a clause of its own (", said that analyst Jon Smith had"), or the name is a state's ("said the
        commander Russia had"): the title is then no subject's."""
        m = role_named().match(self.text, lo, hi)
        if m is None or function_word_in((m.group("modifiers") or "").removeprefix("the ")):
            return None
        a = Attribution(m.start("name"), m.start("cue"), m.end(), m.group("name"), "name", m.group("cue"),
                        cue_words().lemma.get(m.group("cue").lower(), m.group("cue").lower()))
        return a if plausible(a) and state_named(a.speaker_text.lower().split()[:1]) is None else None

    def _picked_member(self, a: Attribution) -> Attribution | None:
        """ "one of the officials": the group "the officials", when the words before it pick one member out of it."""
        of = _OF_THE.search(a.speaker_text)
        if of is None:
            return None
        group = a._replace(start=a.start + of.end(), speaker_text=a.speaker_text[of.end():])
        if not (picked_from(self.text, group) and plausible(group)):
            return None
        # ", a senior defence official": an apposition after the group says which member; it is the subject.
        m = named_after_group().match(self.text, a.start + len(a.speaker_text))
        member = m and a._replace(start=m.start("group"), speaker_text=m.group("group"))
        return member if member and plausible(member) else group

    def _named_after(self, a: Attribution, hi: int) -> Attribution:
        """ ", wrote one popular channel, Rybar.": the name in apposition after an unnamed subject is who speaks;
        ", wrote Rodong Sinmun commentator Ri Hak Nam": so is one who writes for a medium, named after their title."""
        if a.how != "group" and a.speaker_text.lower() in channel_aliases() and (
                m := writer_named().match(self.text, a.start + len(a.speaker_text), hi)) and (how := _form(m)) in ("alias", "name"):
            named = a._replace(start=m.start(how), speaker_text=m.group(how), how=how)
            return named if plausible(named) else a
        end = a.start + len(a.speaker_text)
        if a.how != "group" or not (m := named_after().match(self.text, end, hi) or (
                a.speaker_text.rsplit(None, 1)[-1].lower() in named_kinds() and named_right_after().match(self.text, end, hi))):
            return a
        how = _form(m)
        named = a._replace(start=m.start(how), speaker_text=m.group(how), how=how)
        return named if how in ("alias", "name") and plausible(named) else a

    def passive_relays(self, lo: int, hi: int) -> list[Attribution]:
        """The subjects of "Kim was quoted as saying" and "Peskov was cited by Interfax as saying" in ``text[lo:hi]``."""
        passive = passive_relay()
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
        *_, according, _, channel = attribution_patterns()
        out = []
        for m in self.matches(according, "according", lo, hi):
            who, at = m.group("who").strip(), m.start("who")
            if (doc := document_owner().document.match(who)) is not None and doc.end() < len(who):
                who, at = who[doc.end():], at + doc.end()  # "according to a statement by the General Staff"
            if not _LETTER.search(who) or channel.search(who) or _NOT_WHO.search(who):
                continue
            out.append((at, who))
        return out

    def document_attribution(self, lo: int, hi: int) -> list[tuple[int, str | None, str]]:
        """``(offset, who, document)`` of "in X's letter", "in his message", "in the words of X".

        The offset is that of who (of "in" for a pronoun, when who is None).
        """
        *_, document, _ = attribution_patterns()
        found = []
        for m in document.finditer(self.text, lo, hi):
            who = "of_who" if m.group("of_who") else "who"
            words = group_head(m.group(who)) if who == "of_who" else m.group(who)  # ("of one official cited in talks")
            found.append((m.start(who) if m.group(who) else m.start(), words, m.group("cue") or m.group("of_cue")))
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
        *_, channel = attribution_patterns()
        reported_before, reported_after = reported()
        text = self.text
        out = self._channels[key] = []
        for m in self.matches(channel, "channel", lo, hi):
            if reporting_only and not (  # the match after first: the search before tries every position
                reported_after.match(text, m.end(), hi)
                or reported_before.search(text, max(lo, m.start() - 80), m.start())
                or carried_despite_denial(text, m.end(), hi)
            ):
                continue
            out.append((m.start(), channel_aliases()[" ".join(m.group(0).lower().split())].channel))
        return list(out)

    def reports_at(self, start: int, end: int, lo: int, hi: int, reach: int = 80) -> bool:
        """Whether the medium named at ``text[start:end]`` is presented as the source of words, within ``text[lo:hi]``
        (by words at most ``reach`` characters before it, or right after it)."""
        reported_before, reported_after = reported()
        return bool(reported_after.match(self.text, end, hi) or reported_before.search(self.text, max(lo, start - reach), start)
                    or carried_despite_denial(self.text, end, hi))

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
