"""Words that refer back to someone named before them in full, read from the text alone.

Part of reading a quote's speaker (:mod:`~dossier.extractors.speech.quote_article`):

- a family name alone ("Kim") stands for the last person named in full
  with it ("Kim Yo Jong", "President Kim");
- "the <noun>" ("the soldier") stands for the indefinite phrase that
  introduced it ("a North Korean soldier captured in Kursk"), less its
  article;
- "a spokesperson" for no one named stands for the body its sentence, or
  the sentence before, names as its subject.

Both read back from the quote's position through the few earlier places
where the word itself is written, never the whole text with a pattern.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER, alternation
from ...vocab import load_list, load_table
from .mention_vocab import family_first, key, pronouns, titles
from .name_heads import head_noun, last_name_ending
from .speaker_vocab import body_letters, canonical, document_noun, document_nouns, issue_words, name_intro_phrases

__all__ = [
    "VOICES_OF_BODIES", "body_by_noun", "body_spoken_for", "press_offices", "document_author", "full_name_before", "introduced_before", "introduced_name",
    "document_issuer", "introduces", "named_by_head", "named_only_after",
    "opening_document",
]

# The characters of a name: a full name never runs over others (a comma, a '#').
_NAME_CHARS = re.compile(r"[\w’'\-\s]*")
_DEFINITE_NOUN = re.compile(r"[Tt]he\s+([a-z][\w\-]*)")
# The words between an indefinite article and its noun: no function word, in any case, so never across a phrase or a
# sentence ("told a briefing. A military official"), and no line break, so never across a paragraph.
# ("a senior U.S. official": an abbreviation's dots are in its word.)
_MODIFIER = r"(?!(?i:a|an|the|one|to|of|in|on|at|for|with|and|or|by|from|that|who|his|her|their|its)\b)[\w\-’'.]+[^\S\n]+"
_INTRODUCING = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?P<named>(?:{_MODIFIER}){{1,5}})\Z")
_DEFINITE_DOCUMENT = re.compile(r"(?i:the|this|that)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>(?:white\s+)?[a-z]+)")
_INDEFINITE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:{_MODIFIER}){{0,5}}\Z")
_DEFINITE = re.compile(rf"\b[Tt]he\s+(?:{_MODIFIER}){{0,5}}\Z")
_INTRODUCING_CHARS = 100  # an article and five modifiers ("a senior South Korean military official")
_IN_WHICH = re.compile(r"\b(?:in|with)\s+which\s+\Z")
# "A new report by RUSI", "The ministry's annual report", "This 40-page document": a sentence that opens with a document.
_DOCUMENT_OPENS = re.compile(r"(?:An?|The|This|That|Its|Their)(?:\s+[\w\-’'.()]+){0,4}?\s+\Z")
_CAPITALISED = re.compile(rf"(?:the\s+)?(?P<name>{UPPER}[\w\-]*(?:\s+(?:of\s+|for\s+)?{UPPER}[\w\-]*)*)")  # "the Royal United Services Institute"
# "the North's foreign ministry", "the official Rodong Sinmun": an article, a possessor or a word or two before a name.
_ARTICLE_ONLY = re.compile(rf"(?:the\s+)?(?:{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*)*['’]s\s+|(?:[a-z][\w\-]*\s+){{1,2}})?")
_AUTHOR_REACH = 60
_IT_OPENS = re.compile(r"\s*It\s")
_IT_RUN = 3  # "A report by RUSI …. It says …. It calls …": the sentences opening with "It" read back through


@functools.lru_cache(maxsize=512)
def _full_name(name: str) -> re.Pattern:
    word = re.escape(name)
    # Family name last ("Hugh Griffiths", "President Putin"), where the name ends: "Sergei" of "Secretary Sergei
    # Shoigu" is a first name, and never later Shoigu's.
    last = rf"\b(?:{UPPER}[\w’'\-]+\s+){{1,2}}{word}\b(?!\s+{UPPER})"
    if key(name) in _given_names():
        return re.compile(last)
    # Or first, for a family name of Korean or Chinese order ("Kim Yo Jong", "Lü Chao"): not a first name the
    # vocabularies know ("Sergei" of "Sergei Shoigu").
    return re.compile(rf"{last}|\b{word}(?:\s+{UPPER}[\w’'\-]+){{1,2}}\b")


@functools.cache
def _given_names() -> frozenset[str]:
    """First names of the vocabularies' persons written in Western order ("sergei", "maria"), lower case: the first
    word of a canonical person's name that is no family name of Korean, Chinese or Japanese order."""
    t = load_table("speakers.csv")
    names = (s.split() for s, k in zip(t.speaker, t.kind) if k == "person")
    firsts = {key(w[0]) for w in names if len(w) > 1 and all(x[:1].isupper() for x in w)}  # not "captured soldier"
    return frozenset(firsts - family_first())


def full_name_before(text: str, reversed_text: str, name: str, pos: int) -> str | None:
    """The last full name holding the one-word ``name`` in ``text`` before ``pos``, as written; None if none.

    ``reversed_text``: ``text[::-1]``, to find where a stretch of name
    characters starts.
    """
    full = _full_name(name)
    if not _NAME_CHARS.fullmatch(name):
        found = list(full.finditer(text, 0, pos))
        return _without_body_word(found[-1].group(0)) if found else None
    # Only the stretch of name characters around each mention of the name is searched, the last first.
    hi = pos
    while (at := text.rfind(name, 0, hi)) >= 0:
        lo = len(text) - _NAME_CHARS.match(reversed_text, len(text) - at).end()
        found = list(full.finditer(text, lo, _NAME_CHARS.match(text, at, pos).end()))
        if found:
            return _without_body_word(found[-1].group(0))
        hi = lo
    return None


def _without_body_word(full: str) -> str | None:
    """ "Service Andrii Demchenko" after "the State Border Guard Service": a body's last word before a name is none of
    its parts; a title is ("President Putin").  None when only the family name is left."""
    words = full.split()
    # ("HUR Ivan Petrenko" after "the head of HUR Ivan Petrenko": the body's letters, likewise.)
    n = next((i for i, w in enumerate(words) if key(w) not in _body_words() and not body_letters(w)), len(words))
    if n == 0:
        return full
    if len(words) - n < 2:
        return None
    return full[full.index(words[n], len(" ".join(words[:n]))):]


@functools.cache
def _body_words() -> frozenset[str]:
    t = load_table("name_stops.csv")
    return frozenset(t.word[t.kind == "body"]) - set(titles())


def named_only_after(text: str, end: int) -> str | None:
    """ "a taxi driver who gave only his surname, Choi", "one shopkeeper, identified only as Kang": the one name someone
    unnamed, whose phrase ends at ``end``, is then given in the same clause (``data/name_intros.csv``); None if none."""
    m = _named_only().match(text, end) or _named_in_apposition().match(text, end)
    return m.group("name") if m is not None else None


@functools.cache
def _named_in_apposition() -> re.Pattern:
    # ", call sign “Grach”," right after the phrase of who they are (data/name_appositions.csv): a comma before the
    # words, one name after them, closed by a comma or the sentence's verb.
    return re.compile(rf"[^.;:#“”\"\n,]{{0,80}}?,\s+(?i:{alternation(load_list('name_appositions.csv'))})\s+[“\"‘]?"
                      rf"(?P<name>{UPPER}[\w’'\-]*+)(?![\w’'\-]|\s+{UPPER})")


def introduced_name(text: str, speaker_text: str, pos: int, named_in: str | None = None) -> str | None:
    """ "the driver" after "a taxi driver who gave only his surname, Choi": the one name given where it was introduced.

    ``text`` may have its quotes masked; the name is read from ``named_in`` (the same text unmasked) when given, where
    a name in marks ("with the call sign “Oak”") is still a name."""
    m = _DEFINITE_NOUN.fullmatch(speaker_text)
    if m is None:
        return None
    noun, at = m.group(1), pos
    while (at := text.rfind(noun, 0, at)) > 0:  # ("a fisherman who gave only his surname": no modifier needed)
        end = at + len(noun)
        if not text[at - 1].isspace() or text[end:end + 1].isalnum():
            continue
        if _INDEFINITE.search(text, max(0, at - _INTRODUCING_CHARS), at):
            return named_only_after(named_in or text, end)
        if _DEFINITE.search(text, max(0, at - _INTRODUCING_CHARS), at) and (named := named_only_after(named_in or text, end)):
            return named  # "the battalion commander with the call sign “Oak”": brought in with "the" and a name too
    return None


@functools.cache
def _named_only() -> re.Pattern:
    # The words before the phrases stay in the clause (no full stop, colon or quote), and the name is one capitalised
    # word with none after it ("Kim Jong Un" is named in full); marks around it ("with the call sign “Hawk”") make it
    # no quote of speech.
    # A form of address may open the name ("introduced himself as Comrade Ri", data/address_forms.csv).
    address = alternation(w.capitalize() for w in load_list("address_forms.csv"))
    return re.compile(rf"[^.;:#“”\"\n]{{0,80}}?\b(?i:{alternation(name_intro_phrases())}),?\s+[“\"‘]?"
                      rf"(?P<name>(?:(?:{address})\s+)?{UPPER}[\w’'\-]*+)(?![\w’'\-]|\s+{UPPER})")


def introduced_before(text: str, speaker_text: str, pos: int) -> str | None:
    """"the soldier" after "a North Korean soldier captured in Kursk": the words that introduced it, less the article.

    None when ``speaker_text`` is no definite noun alone, or no indefinite phrase with that noun and words before it
    comes before ``pos``.  (Someone unnamed the account reads by where they are from, "the source" after "a source in
    Hyesan", is its entity: asked only when the account found none, "the source" after "A Japanese government source".)
    """
    m = _DEFINITE_NOUN.fullmatch(speaker_text)
    if m is None:
        return None
    noun = m.group(1)
    intro = _introduction(text, noun, 0, pos)
    return intro.group("named") + noun if intro is not None else None


def named_by_head(text: str, speaker_text: str, pos: int) -> str | None:
    """ "the brigade" after "the 92nd Separate Assault Brigade", "the bureau" after "the Constitution Protection
    Bureau": the last name before ``pos`` ending in the head noun ``speaker_text`` is alone after "the"
    (:mod:`~dossier.extractors.mentions.name_heads`), canonical where a vocabulary knows it; None when
    ``speaker_text`` is no such noun or no name ends in it."""
    if (noun := head_noun(speaker_text)) is None or (name := last_name_ending(text[:pos], noun)) is None:
        return None
    return canonical(name, "name") or name


def body_by_noun(speaker_text: str, mentions) -> str | None:
    """ "the office" after "The presidential office convened …": of ``mentions`` (those of the last few sentences), the
    last naming a body by words that end in the noun ``speaker_text`` is alone after "the"; None when none does (a
    name with its noun first, "Ministry of Defence", is :func:`named_by_head`'s or no one's)."""
    m = _DEFINITE_NOUN.fullmatch(speaker_text.strip())
    if m is None:
        return None
    noun = m.group(1).lower()
    for x in reversed(mentions):
        words = key(x.surface).split()
        if x.entity is not None and x.entity.kind == "body" and len(words) > 1 and words[-1] == noun and words[-2] != "the":
            return x.entity.name
    return None


def introduces(text: str, noun: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` introduces someone unnamed by ``noun`` ("a senior U.S. official" for "official")."""
    return _introduction(text, noun, lo, hi) is not None


def _introduction(text: str, noun: str, lo: int, hi: int) -> re.Match | None:
    """The last indefinite phrase closed by ``noun`` in ``text[lo:hi]``, less the noun."""
    at = hi
    # Back through the noun's earlier occurrences (a few), each tried for an indefinite phrase it closes.
    while (at := text.rfind(noun, lo, at)) > lo:
        end = at + len(noun)
        if text[at - 1].isspace() and not text[end:end + 1].isalnum():
            intro = _INTRODUCING.search(text, max(lo, at - _INTRODUCING_CHARS), at)
            if intro is not None:
                return intro
    return None


VOICES_OF_BODIES = frozenset({"spokesman", "official"})  # roles (data/titles.csv) whose unnamed holder is the body's voice


@functools.cache
def press_offices() -> frozenset[str]:
    """The parts of a body that speak for it ("press service", "press office"): ``data/press_offices.csv``."""
    return frozenset(load_list("press_offices.csv"))


@functools.cache
def _unnamed_voice() -> re.Pattern:
    # "a spokesperson", "an unnamed official": the article, perhaps a word of data/official_modifiers.csv, the title.
    modifiers = alternation(load_list("official_modifiers.csv"))
    return re.compile(rf"(?:an?|the)\s+(?:(?:{modifiers})\s+)?([a-z]+)")


def body_spoken_for(speaker_text: str, mentions) -> str | None:
    """ "The unification ministry declined to comment. A spokesperson said …": the body whose voice a spokesperson or
    official for no one named is, the first body that ``mentions()`` (those of its sentence and the one before, as
    the article's account reads them, asked for only then) name as more than a possessor or object."""
    m = _unnamed_voice().fullmatch(key(speaker_text))
    title = titles().get(m.group(1)) if m is not None else None
    if title is None or title.role not in VOICES_OF_BODIES:
        return None
    return next((x.entity.name for x in mentions() if x.entity is not None and x.entity.kind == "body" and not x.oblique), None)


@functools.cache
def _author_named() -> re.Pattern:
    """ " by RUSI", " compiled by", ", attributed to the defence ministry,": what leads from a document opening a
    sentence to who wrote it (the verbs: ``data/author_verbs.csv``)."""
    return re.compile(rf",?\s+(?:(?:{alternation(load_list('author_verbs.csv'))})\s+)?(?:from|by|attributed\s+to)\s+")


@functools.cache
def _from_author() -> re.Pattern:
    """ " from Kim Jong Un", " written by": what leads from a document to its author in "a letter from Kim to Putin,
    in which he said" (the verbs: ``data/author_verbs.csv``)."""
    # ("The report, compiled by KIDA,": the participle's phrase may stand between commas.)
    return re.compile(rf"(?:,?\s+(?:{alternation(load_list('author_verbs.csv'))}))?\s+(?:from|by)\s+")


def document_author(art, a) -> str | None:
    """Who a pronoun ``a`` opening a relative clause on a document is: its author, named after "from" or "by" ("a
    letter from Kim Jong Un to Putin, in which he said": Kim, not Putin named last), when the pronoun fits them."""
    gender = pronouns().get(a.speaker_text.lower())
    if gender is None or not _IN_WHICH.search(art.masked, max(0, a.start - 12), a.start):
        return None
    docs = list(document_nouns().finditer(art.masked, art.sents[art.sent_at(a.start)].start, a.start))
    by = _from_author().match(art.masked, docs[-1].end(), a.start) if docs else None
    author = next((m for m in art.account.between(by.end(), a.start) if m.entity is not None), None) if by else None
    return author.entity.name if author is not None and author.start == by.end() and author.entity.fits(gender) else None


_ISSUER_SENTENCES = 3  # the sentences back to where the document was introduced
_ISSUER_SENTENCES_FAR = 10  # further back, a feature names its report again paragraphs on, when no medium came between


def document_issuer(art, a) -> str | None:
    """ "The assessment says" after "South Korea's defence ministry published its annual assessment", "The analysis,
    based partly on …, said" after "a new analysis by RUSI": the issuer named where the document was introduced,
    by "by" or "from" after it or as the subject of the verb that issued it; None when neither is named.

    Up to three sentences back; up to ten while no medium is named in between ("KCNA reported that … The report
    framed it as": the medium's report, not a document named further back)."""
    m = _DEFINITE_DOCUMENT.fullmatch(a.speaker_text)
    if m is None or key(m.group("noun")) not in _issued_documents():
        return None
    here = art.sent_at(a.start)
    medium = _medium_in(art, art.sents[here].start, a.start)
    for k in range(here - 1, max(-1, here - 1 - _ISSUER_SENTENCES_FAR), -1):
        s = art.sents[k]
        if medium and k < here - _ISSUER_SENTENCES:
            return None
        found = list(document_noun(m.group("noun")).finditer(art.masked, s.start, s.end))
        if not found:
            medium = medium or _medium_in(art, s.start, s.end)
            continue
        at = found[-1]
        if (by := _from_author().match(art.masked, at.end(), s.end)) is not None:
            author = next((x for x in art.account.between(by.end(), s.end) if x.entity is not None), None)
            named = author is not None and art.masked[by.end():author.start].lower() in ("", "the ")
            return author.entity.name if named else None
        if (verb := _issued().search(art.masked, s.start, at.start())) is not None:
            # ("South Korea's defence ministry published": the ministry, named last before the verb, not its owner.)
            issuer = next((x for x in reversed(art.account.between(s.start, verb.start())) if x.entity is not None
                           and x.entity.kind in ("body", "person", "org")), None)
            return issuer.entity.name if issuer is not None else None
        return None
    return None


def _medium_in(art, lo: int, hi: int) -> bool:
    """Whether the account names a medium (an agency, a broadcaster) in ``art.masked[lo:hi]``."""
    return any(x.entity is not None and x.entity.kind == "medium" for x in art.account.between(lo, hi))


@functools.cache
def _issued() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(issue_words())})\b")


@functools.cache
def _issued_documents() -> frozenset[str]:
    nouns = load_list("issued_documents.csv")
    return frozenset(nouns) | frozenset(f"{n}s" for n in nouns)


class OpeningDocument(NamedTuple):
    """A document the sentence before a pronoun opens with (``start``, where that sentence starts), and its author
    when the sentence names one: as the account knows them (``author``), else as written (``author_text``, a
    capitalised name)."""

    start: int
    author: str | None
    author_text: str | None


def opening_document(art, a) -> OpeningDocument | None:
    """Whose words "It" opening a sentence stands for when the sentence before (or the first of a run of sentences
    opening with "It" before it) opens with a document its author is named with ("A new report by RUSI estimates
    …. It says …", "A RUSI report", "The statement, attributed to the ministry,"): the author's, not a state or
    person named inside the document's sentence.  None otherwise."""
    if a.speaker_text.lower() != "it":
        return None
    i = art.sent_at(a.start)
    if art.masked[art.sents[i].start:a.start].strip():
        return None
    for back in range(i - 1, max(-1, i - 1 - _IT_RUN), -1):
        lo, hi = art.sents[back].start, art.sents[back].end
        if not _IT_OPENS.match(art.masked, lo, hi):
            break
    else:
        return None
    doc = document_nouns().search(art.masked, lo, min(hi, lo + 60))
    if doc is None or not _DOCUMENT_OPENS.fullmatch(art.masked, lo, doc.start()):
        return None
    by = _author_named().match(art.masked, doc.end(), hi)
    if by is not None:  # "A new report by RUSI": the name after "by", past an article and a possessor
        author = next((m for m in art.account.between(by.end(), min(hi, by.end() + _AUTHOR_REACH)) if m.entity is not None
                       and not art.masked.startswith(("'s", "’s"), m.end)
                       and _ARTICLE_ONLY.fullmatch(art.masked, by.end(), m.start)), None)
        written = _CAPITALISED.match(art.masked, by.end(), hi)
    else:  # "A RUSI report", "The ministry's report"
        author = next((m for m in reversed(art.account.between(lo, doc.start())) if m.entity is not None), None)
        written = _CAPITALISED.search(art.masked, lo + 1, doc.start())
    if author is not None:
        return OpeningDocument(lo, author.entity.name, author.surface)
    return OpeningDocument(lo, None, written.group("name")) if written is not None else None
