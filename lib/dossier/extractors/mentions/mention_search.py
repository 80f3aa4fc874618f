"""Where an article may mention someone: the stretches of text the account of who is who resolves.

:class:`MentionSearch` finds, in an article's text, every stretch that may
be a mention (see :mod:`~dossier.extractors.mentions.discourse` for what each kind
stands for) and keeps, where they overlap, the longest:

* runs of capitalised words that are a person's name by their form, or a
  title and a family name (:mod:`~dossier.extractors.mentions.mention_forms`);
* a capitalised word alone that is a family name the article or the
  vocabularies give someone;
* phrases of the vocabularies: aliases, descriptions, pronouns, media and
  bodies named without their state;
* "the <role>" after a modifier ("the 41-year-old leader");
* people quoted without a name ("a source in North Hamgyong province");
* organisations no vocabulary names, by the form of their names.

Each search starts only at the words that can open it, from the article's
word index (:mod:`~dossier.extractors.mentions.word_index`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import numpy as np

from ...text.words import UPPER, alternation
from ...vocab import load_list, load_table
from . import mention_vocab as V
from .spellings import family_spelled_otherwise
from .claimant_words import without_postnominal
from .name_genders import is_given_name
from .mention_phrases import phrase_firsts, phrase_re, phrase_re_by_first, phrase_seconds
from .mention_forms import capitalised_words, name_without_final_dot, org_span, person_form, phrase_kind, run_parts, without_patronymic
from .speaker_vocab import letters_of_body, post_nominals
from .title_search import title_before, title_comma, title_to

# "HUR", "NIS", "SBU": an organisation's letters; and "of " or "of the " right before a run of capitalised words.

__all__ = ["Found", "MentionSearch", "unit_before"]

_AGE_AFTER = re.compile(r",\s+\d{1,3},")  # "Valentina, 67,": an age in an apposition
_SENTENCE_OPENS = re.compile(r"(?:[.!?][\"”’)]?\s+|\n)\Z")  # what a sentence opening a run comes after


def _given_name_at(words: list[str], opens_sentence: bool, after_of: bool) -> int:
    """Where a known given name opens the last two or three of ``words`` (or the second, when the run opens a
    sentence), after a word that is none and is no name's own (0 if nowhere)."""
    for j in (*((1,) if opens_sentence else ()), len(words) - 2, len(words) - 3):
        if j >= 1 and is_given_name(words[j]) and not is_given_name(words[j - 1]) and (
                (j == 1 and opens_sentence) or not _name_like(words, j - 1, after_of)):
            return j
    return 0


def _opening_participle(word: str) -> bool:
    """Whether ``word``, opening a sentence, is a verb's form in -ing, no name's ("Receiving", not "Jinping")."""
    k = V.key(word)
    return len(word) >= 5 and word.isalpha() and k.endswith("ing") and not is_given_name(k) and k not in V.surnames() and (
        k not in V.known())


# What follows a participle's object: the clause's comma, or a place or time before it ("Visiting Kim in Pyongyang,");
# a name followed by its verb ("Zhiming Wang spoke"), an apposition (", a researcher", ", 45,") or "who" is a subject.
_PARTICIPLE_OBJECT_END = re.compile(r",\s+(?!(?:an?|who|whose)\s|\d)|\s+(?:in|at|on|during|after|before|with)\s")


def _name_like(words: list[str], i: int, after_of: bool) -> bool:
    """Whether ``words[i]`` may be a first name of its own: "Jan Maria Rokita", "Lawmaker Jan Maria Rokita" are one
    person's name, while a body's or place's words ("Coordination Bureau", "Governor of Amur") before a given name
    are not. Only a word the run opens with (or a title alone before it) can be, and not after "of"."""
    word = V.key(words[i])
    if word in V.titles() or word in V.nationalities() or word in V.place_names():
        return False
    return (i == 0 and not after_of) or (i == 1 and V.key(words[0]) in V.titles())


class Found(NamedTuple):
    """A stretch of text that may be a mention, and what kind: before the account resolves it."""

    lo: int
    hi: int
    how: str  # full, surname, alias, description, pronoun, medium, home, unnamed or org
    data: object  # what the kind needs to resolve it (see discourse.Account._add)


# The determiners that open a mention of someone unnamed (V.unnamed_sources), in the word list's lower case.
_UNNAMED_OPENERS = frozenset({"a", "an", "another", "one", "the"})
_NAME_GOES_ON = re.compile(rf"\s+of\s+(?:the\s+)?{UPPER}")


_NAME_NEXT = re.compile(rf"\s+(?P<name>{UPPER}[\w.\-]*(?:\s+{UPPER}[\w.\-]*)*)")


def _named_medium_or_body(text: str, end: int) -> bool:
    """Whether a medium's or a body's name the vocabularies know follows right at ``end`` ("the official KCNA", "the
    official Korean Central News Agency"): a role word before it qualifies that name, as an adjective."""
    m = _NAME_NEXT.match(text, end)
    known = V.known().get(V.key(m.group("name"))) if m is not None else None
    return known is not None and known.kind in ("medium", "body")


class _NameIntro(NamedTuple):
    """The words that introduce someone by one name only (``data/name_intros.csv``), and the name after them."""

    pattern: re.Pattern  # the words, then the name (group "name"): one capitalised word
    firsts: frozenset[str]  # the first word of each, lower case: where one may start


@functools.cache
def _name_intro() -> _NameIntro:
    phrases = load_table("name_intros.csv")["phrase"].tolist()
    forms = {p.replace("his", own, 1) for p in phrases for own in _OWNERS}
    return _NameIntro(
        re.compile(rf"(?i:{alternation(forms)}),?\s+[“\"‘]?(?P<name>{UPPER}[\w’'\-]*+)(?!\s+{UPPER})"),
        frozenset(p.split()[0] for p in phrases),
    )


@functools.cache
def _apposed_name() -> re.Pattern:
    """ ", call sign “Vikhor,”": one name in an apposition of its own right after who someone is
    (``data/name_appositions.csv``, read only after a comma)."""
    return re.compile(rf",\s+(?i:{alternation(load_list('name_appositions.csv'))})\s+[“\"‘«]?"
                      rf"(?P<name>{UPPER}[\w’'\-]*+)(?![\w’'\-]|\s+{UPPER})")


@functools.cache
def _unit_end() -> re.Pattern:
    """A unit by its noun (``data/unit_nouns.csv``, singular) as the clause's own subject, right before a comma: "The
    battalion", "our assault company" (never the unit of a person before it: "a sergeant of the battalion")."""
    return re.compile(rf"(?:\A|[.;:!?\n]\s*|,\s*)(?i:the|a|an|our|their|its|this)\s+(?:[\w\-’']+\s+){{0,2}}"
                      rf"(?i:{alternation(load_table('unit_nouns.csv').noun)})\s*\Z")


def unit_before(text: str, comma: int) -> bool:
    """Whether the words before the comma at ``comma`` end with a unit's noun: "The battalion, call sign “Storm”," is
    the unit's call sign, no person's name."""
    return _unit_end().search(text, max(0, comma - 60), comma) is not None


# "his" of data/name_intros.csv stands for any possessive, which tells the person's gender as its subject pronoun does.
_OWNERS = {"his": "he", "her": "she", "their": "they"}


class _PhraseWords(NamedTuple):
    """The words of an article a phrase of the vocabularies may start at."""

    at: list[int]  # their offsets (words in phrase_firsts, or beyond ASCII)
    index: list[int]  # their places in the word list
    the: list[int]  # the offsets of those the word list reads as "the" (in any case): where a role may start


class MentionSearch:
    """The stretches of one article's text that may be mentions.

    ``word_starts``, ``lower`` and ``marks`` are the article's words as
    :func:`~dossier.extractors.mentions.word_index.list_words` lists them; ``scan``
    the caller's word index of the same text, when it has one.
    """

    def __init__(self, text: str, word_starts: np.ndarray, lower: list[str], marks: np.ndarray, scan=None):
        self.text = text
        self._word_starts, self._lower, self._marks = word_starts, lower, marks
        self._scan = scan

    def found(self) -> list[Found]:
        """The stretches kept, in order of the text: of those that overlap, the longest.

        At a position, a phrase of the vocabularies goes before a run of
        the same length; then the first that does not overlap a kept one.
        """
        # Sorted as tuples whose fourth item, a count, is unique: the found stretches themselves are never compared.
        # Someone named by one name only goes before the phrase of the same name ("surname, Kim": not Kim Jong Un).
        ranked = [(f[0], f[0] - f[1], -1, n, f) for n, f in enumerate(self.named_only)]
        phrases = self.phrases()
        ranked += [(f[0], f[0] - f[1], 0, len(ranked) + n, f) for n, f in enumerate(phrases)]
        # "the Korean People's Army General Staff": a role ("the … General") that a phrase of the vocabularies opening
        # inside it runs past is no role, but part of that phrase.
        roles = [r for r in self.roles() if not any(r[0] < f[0] < r[1] < f[1] for f in phrases)]
        ranked += [(f[0], f[0] - f[1], 1, len(ranked) + n, f) for n, f in enumerate(roles + self.runs() + self.unnamed() + self.orgs())]
        ranked.sort()
        out, end = [], -1
        for _, _, _, _, f in ranked:
            if f[0] >= end:
                out.append(Found(*f))
                end = f[1]
            elif f[2] in ("full", "surname") and f[3][1] and f[1] - len(f[3][2]) >= end:
                # "Chinese foreign ministry spokesperson Lin Jian": the body's name holds the first words of the title;
                # the titled name after it is a person's still.
                out.append(Found(f[1] - len(f[3][2]), *f[1:]))
                end = f[1]
        return out

    def runs(self) -> list[tuple]:
        """Capitalised runs that are names of persons by their form, or a title and a family name."""
        text, out = self.text, []
        known, stops = V.known(), V.stops()
        lower = self._lower
        capitalised = capitalised_words(text, self._word_starts, self._marks)
        runs = capitalised.runs
        # A capitalised word alone can only be a family name the article or the vocabularies give someone: the words
        # of the longer runs, and the vocabularies' family names.
        seen = set(" ".join(m.group(0) for m in runs).lower().split())
        firsts = seen | V.surnames().keys()
        if self.named_only:  # and the names someone is named by alone
            firsts |= {V.key(f[3][2]) for f in self.named_only}
        for lo, i in capitalised.alone:
            word = lower[i]
            k = word if word.isascii() else word.lower()  # the word list lowers ASCII only: "Çelik" is "çelik" here
            if is_given_name(k) and text[lo].isupper() and _AGE_AFTER.match(text, lo + len(word)):
                # "Valentina, 67, brought them milk": a given name alone, with an age after it, names a person.
                out.append((lo, lo + len(word), "full", (None, [], text[lo:lo + len(word)])))
                continue
            if (k not in firsts and family_spelled_otherwise(k) is None) or not text[lo].isupper() or (
                    lo > 0 and text[lo - 1] in "’'-."):
                continue  # (a known person's family name spelt otherwise is theirs too: "Zelenskiy said")
            hi = lo + len(word)
            if k in stops or k in known:
                continue  # a known alias alone is found by the phrase search
            before = title_before(text, lo)
            name = text[lo:hi]
            if before is not None:
                out.append((before[0], hi, "surname", (None, [before[1]], name)))
            else:
                out.append((lo, hi, "surname", (None, [], name)))
        for m in runs:
            lo, hi = m.span()
            parts = run_parts(m.group(0))
            if parts is None:
                continue
            titles = list(parts.titles)
            name_lo = lo + parts.name_at
            lo = lo + parts.mention_at
            name = text[name_lo:hi]
            name = without_postnominal(name_without_final_dot(name))  # "Jane Roe MP": the person is Jane Roe
            words = name.split()
            while len(words) > 1 and words[-1].rstrip(",") in post_nominals():
                # "Jane Doe MP": letters after the name are no part of it.
                words.pop()
                name = name[:name.rstrip().rfind(" ")].rstrip()
            if not titles and len(words) >= 3 and letters_of_body(words[0], text, lo):
                # "the head of HUR Ivan Petrenko", "the head of the NIS Kim So-yeon": the body the person heads,
                # written before their name, is no part of it.
                cut = name.find(words[1], len(words[0]))
                name_lo, lo, name, words = name_lo + cut, name_lo + cut, name[cut:], words[1:]
            opens = bool(_SENTENCE_OPENS.search(text, max(0, lo - 3), lo)) or lo == 0
            if not titles and len(words) >= 3 and (
                    given := _given_name_at(words, opens, text[max(0, lo - 4):lo] == " of ")):
                # "Pensioner Valentina Ivanovna, 67,", "Harbour Authority Oleg Sokolov": a common noun capitalised as it
                # opens the sentence, or the words of a body or place a title names, before a name a known given
                # name opens, are no part of it.
                cut = name.find(" " + words[given], len(words[0])) + 1
                name_lo, lo, name, words = name_lo + cut, name_lo + cut, name[cut:], words[given:]
            if opens and not titles and len(words) >= 2 and _opening_participle(words[0]) and _PARTICIPLE_OBJECT_END.match(text, hi):
                # "Receiving Shoigu, the leader said": a participle opening the sentence, its object the name.
                cut = name.find(words[1], len(words[0]))
                name_lo, lo, name, words = name_lo + cut, name_lo + cut, name[cut:], words[1:]
            if not words:
                continue
            k = V.key(name)
            if not titles:
                before = title_before(text, lo)
                if before is not None:
                    titles.append(before[1])
                    lo = before[0]
                elif text[lo - 2:lo] == ", " and (before := title_comma().search(text, max(0, lo - 60), lo)) is not None:
                    # "Russia's top general, Valery Gerasimov,": the title in an apposition before the name.
                    titles.append(V.key(before.group("title")))
                elif name_lo > m.start() and (before := title_to().search(text, max(0, m.start() - 40), m.start())):
                    # "Ambassador to North Korea Alexander Matsegora": the title, and the place the run opens with.
                    titles.append(V.key(before.group("title")))
                    lo = name_lo
            if len(words) == 1:
                if titles or k not in known:  # a known alias alone is found by the phrase search
                    out.append((lo, name_lo + len(name), "surname", (None, titles, name)))
            elif k in known:
                if titles:
                    out.append((lo, name_lo + len(name), "full", (known[k], titles, name)))
            elif person_form(words, bool(titles), text, hi):
                # "Sergei Viktorovich Lavrov": a known speaker by his name without the patronymic.
                out.append((lo, name_lo + len(name), "full", (known.get(V.key(without_patronymic(name))), titles, name)))
        return out

    @functools.cached_property
    def _phrase_words(self) -> _PhraseWords:
        """The words a phrase may start at, and those of them where a role after capitalised words may."""
        if self._scan is not None:
            # The masked text's own word index already knows them (its "mention" search).
            at = self._scan.word_starts("mention")
        else:
            hit = np.fromiter(map(phrase_firsts().__contains__, self._lower), dtype=bool, count=len(self._lower))
            hit |= (self._marks & 2) != 0
            at = self._word_starts[hit].tolist()
        index = np.searchsorted(self._word_starts, np.fromiter(at, dtype=np.int64, count=len(at))).tolist()
        lower = self._lower
        # V.role_phrase_re starts with "the" or "The" and a blank, so only at a word the list reads as "the" (it
        # tries and rejects "THE").
        return _PhraseWords(at, index, [s for s, i in zip(at, index) if lower[i] == "the"])

    def roles(self) -> list[tuple]:
        """A role after "the" and a modifier ("the North Korean leader", "the 41-year-old leader")."""
        out = []
        pattern, text = V.role_phrase_re(), self.text
        found = [m for start in self._phrase_words.the if (m := pattern.match(text, start))]
        for m in found:
            mod = V.key(m.group("mod"))
            state = next((st for w, st in V.nationalities().items() if w in mod), "")
            out.append((m.start(), m.end(), "description", V.RoleOf("role", V.titles()[V.key(m.group("role"))].role, state)))
        return out

    def phrases(self) -> list[tuple]:
        """The phrases of the vocabularies: aliases, descriptions, pronouns, media, bodies named without their state."""
        out = []
        pattern, by_first, text, end = phrase_re(), phrase_re_by_first(), self.text, 0
        found = []
        # As ``pattern.finditer`` would, trying only the words a phrase starts with (and any not in ASCII, whose
        # lower case the word list does not give), and of those only where the next word may be a phrase's second:
        # most words that start a phrase ("the", "north", "he") start none where they are written.
        at, index, _ = self._phrase_words
        lower = self._lower
        seconds, last = phrase_seconds(), len(lower) - 1
        # Words beyond ASCII are always tried, and may be any phrase's second; every word is, when the table cannot tell.
        wide = set(np.flatnonzero(self._marks & 2).tolist()) if seconds is not None else range(len(lower) + 1)
        for start, i in zip(at, index):
            if start < end:
                continue
            after = seconds.get(lower[i], ()) if i not in wide else None  # None: whatever follows
            if after is not None and not (after and i < last and (lower[i + 1] in after or i + 1 in wide)):
                continue
            # At a word in ASCII, the pattern of the phrases it is the first word of (None: no phrase starts here).
            word_pattern = pattern if by_first is None or i in wide else by_first.get(lower[i])
            if word_pattern is not None and (m := word_pattern.match(text, start)):
                if lower[i] == "the" and i < last and (n := pattern.match(text, self._word_starts[i + 1])) and n.end() > m.end():
                    m = n  # "The General Staff of the Korean People's Army": the longer name after "the"
                found.append(m)
                end = m.end()
        for m in found:
            how, data = phrase_kind(m.group(0))
            if how in ("description", "medium") and m.group(0).rsplit(None, 1)[-1][:1].isupper() and _NAME_GOES_ON.match(text, m.end()):
                continue  # "The Ministry of State Security said": the first words of a body's own name, not "the ministry"
            if how == "description" and getattr(data, "refers", "") == "role" and _named_medium_or_body(text, m.end()):
                continue  # "the official KCNA news agency": a word of the medium's description, no official
            out.append((m.start(), m.end(), how, data))
        return out

    @functools.cached_property
    def named_only(self) -> list[tuple]:
        """Someone named by one name only ("a defector identified only as Park", "a resident who gave only her surname,
        Kim"): a new person of that name, whom the name then stands for (``data/name_intros.csv``)."""
        intro, text, out = _name_intro(), self.text, []
        if self._scan is not None:
            at = self._scan.words_of("intro")  # the word index knows them already
        else:
            hit = np.fromiter(map(intro.firsts.__contains__, self._lower), dtype=bool, count=len(self._lower))
            at = self._word_starts[hit].tolist()
        for start in at:
            if m := intro.pattern.match(text, start):
                gender = next((V.pronouns().get(_OWNERS[w], "") for w in m.group(0).lower().split() if w in _OWNERS), "")
                name = m.group("name")
                out.append((m.start("name"), m.end("name"), "full", (V.Known(name, "person", "other", gender, ""), [], name)))
        if "call" in text or "nom de" in text:  # "a sergeant of the brigade, call sign “Vikhor,”": the sergeant's name
            for m in _apposed_name().finditer(text):
                if unit_before(text, m.start()):
                    continue
                name = m.group("name")
                out.append((m.start("name"), m.end("name"), "full", (V.Known(name, "person", "other", "", ""), [], name)))
        return out

    def unnamed(self) -> list[tuple]:
        """People quoted without a name: "a source in North Hamgyong province" (new), "the source" (back)."""
        sources, text = V.unnamed_sources(), self.text
        lower = self._lower
        if sources.labels.keys().isdisjoint(lower) and not (self._marks & 2).any():
            return []  # most articles quote no one unnamed
        # As ``finditer`` would, trying only the determiners both searches open with.
        at = [s for s, w in zip(self._word_starts.tolist(), lower) if w in _UNNAMED_OPENERS]
        found = []
        for pattern, new in ((sources.first, True), (sources.back, False)):
            end = 0
            for start in at:
                if start >= end and (m := pattern.match(text, start)):
                    end = m.end()
                    if not new or m.group("place") or m.group("clause") or m.group("noun") not in sources.placed:
                        found.append((m.start(), m.end(), "unnamed", (new, m)))
        return found

    def orgs(self) -> list[tuple]:
        """Organisations no vocabulary names, by the form of their names ("the Asan Institute for Policy Studies")."""
        out, known, text = [], V.known(), self.text
        for head in V.org_head_words():  # a few searches for a word are cheaper than one for any of them
            at = text.find(head)
            while at >= 0:
                end = at + len(head)
                whole = (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum()
                if whole and (span := org_span(text, at, end)) is not None and V.key(text[span[0]:span[1]]) not in known:
                    out.append((*span, "org", V.org_heads()[head.lower()]))
                at = text.find(head, end)
        return out
