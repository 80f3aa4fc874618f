"""Which clause of its sentence holds a quote: a joined clause with a speaker of its own, a reported clause whose
passive names an agent who did not say the words.

Part of reading a quote's speaker (:func:`~dossier.extractors.speech.quote_speakers.speaker_of`).
"""

from __future__ import annotations

import bisect
import functools
import re

from ...text.quote_marks import Marked
from ...text.words import LETTERS
from ...vocab import load_table
from .inscriptions import inscription_before
from .inner_speakers import reacts_to_quote
from .quote_article import Article
from .quote_referents import Said
from ..mentions.speaker_vocab import document_issuer, speaker_aliases
from .speakers import GROUP, Attribution
from ..mentions.mention_vocab import pronouns
from ..mentions.speaker_vocab import document_nouns

__all__ = ["clause_subject", "coordinate_clause", "document_author", "group_document", "relative_document_author", "reported_agents_dropped",
           "reporting_person"]

_OF = re.compile(r"\bof\s")  # "a statement of support": no author
_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?")
_AUTHOR_END = re.compile(r"\s+(?:that|which|who|[a-z]+ing)\b|[,.;:“\"]")

# ", and Kim Yo Jong has dismissed it as “…”": a clause joined to the one before, which may open with its own subject.
_THAT_CLAUSE = re.compile(r"\s+that\s")  # right after a verb of saying: the clause of what was said
_COORDINATE = re.compile(r"(?:,|;)\s+(?:and|but|while|whereas)\s+|;\s+")


# After a subject: a word in lower case that joins no further name to it, as a finite verb does ("Jane Roe has
# visited"), not a list's next name (", John Doe and", " and John Doe").
_VERB_NEXT = re.compile(r"\s+(?!(?:and|or)\b)[a-z]")


def clause_subject(art: Article, lo: int, at: int) -> Said | None:
    """The subject a verb at ``at`` joined to an earlier one shares: of the clause a colon opens before it, when a
    verb follows that subject, else of the sentence from ``lo`` ("The port has grown busier: Jane Roe has visited the
    docks and called for “…”": Roe; "Roe received three guests: John Doe, Ann Poe and Ed Moe, and called them “…”":
    Roe, the colon opening a list)."""
    clause = art.masked.rfind(": ", lo, at)
    inner = art.subject_of(clause + 2, at) if clause >= 0 else None
    if inner is not None and inner.speaker_text and not _VERB_NEXT.match(
            art.masked, inner.pos + len(inner.speaker_text), at):
        inner = None
    return inner or art.subject_of(lo, at)


def coordinate_clause(art: Article, found: list[Attribution], lo: int, at: int) -> int:
    """Where the clause holding a quote at ``at`` starts: after the last "…, and" or "…, but" whose clause opens with a
    subject and its verb of saying (one of ``found``): "Russia has never confirmed it, but Putin thanked Kim, calling
    the soldiers “…”" is Putin's; else ``lo``.  "Kim said the troops fought, and Russia would “never forget” them"
    goes on with what Kim said: no one says anything after the "and".
    """
    starts = {a.start for a in found if a.speaker_text}
    start = lo
    for m in _COORDINATE.finditer(art.masked, lo, at):
        if m.end() in starts:
            start = m.end()
    return start


_INSCRIBED_REACH = 130  # the thing and the place it stands in, before the verb that reads its words out


@functools.cache
def _naming_lemmas() -> frozenset[str]:
    return frozenset(load_table("naming_verbs.csv").lemma)


def reported_agents_dropped(art: Article, found: list[Attribution]) -> list[Attribution]:
    """``found`` less the places of inscriptions ("posters in the square read": no one's words), and the agents of
    passives inside what a speaker named before them reports: "She said the report
    was written “to order” by Washington" is hers, Washington wrote nothing of it.  A verb of naming keeps its agent
    ("Lavrov said the treaty was described as “historic” by Putin": Putin's word), and so does a medium's report
    ("KCNA said the soldiers were called “heroes” by Kim": the medium relays).  Less a verb of reacting with the quote
    after its "to" (:func:`~dossier.extractors.speech.inner_speakers.reacts_to_quote`): it names what is answered.
    """
    # "Posters displayed in the square read": the place a thing with written words stands in reads nothing.
    found = [a for a in found if not (a.speaker_text and inscription_before(art.masked, max(0, a.start - _INSCRIBED_REACH), a.end))]
    # "the bloc was responding to “a direct threat”": a verb of reacting says nothing of the words it answers.
    found = [a for a in found if not reacts_to_quote(art.masked, a.lemma, a.end)]
    reporters = [a for a in found if a.speaker_text and a.start < a.cue_start]
    if not reporters:
        return found
    return [a for a in found if not (a.speaker_text and a.cue_start < a.start and a.lemma not in _naming_lemmas() and any(
        r.cue_start < a.cue_start and not art.is_medium(art.resolve(r).speaker) for r in reporters))]


def document_author(art: Article, said: Said, at: int) -> Said | None:
    """ "State media carried a statement by the KPA General Staff that denounced the drills as a “…”", "KCNA published
    a commentary by Kim Yo Jong calling …": words a medium ``said`` carries in a document by a person or body named
    between the medium and the quote at ``at``, in its sentence, are the author's; the medium only relays them."""
    lo = max(said.pos + len(said.speaker_text or ""), art.sents[art.sent_at(at)].start)
    docs = art.documents_at
    for k in range(bisect.bisect_left(docs, lo), bisect.bisect_left(docs, at)):
        noun = LETTERS.match(art.masked, docs[k])
        by = document_issuer().match(art.masked, noun.end()) if noun else None
        if by is None or _OF.search(by.group(0)) or by.end() >= at:
            continue
        author = next((m for m in art.account.between(by.start(), by.end() + 1)
                       if m.entity is not None and m.entity.kind in ("person", "body") and m.end <= at), None)
        if author is not None:
            return Said(author.entity.name, author.surface, said.cue, author.start)
        if (known := _known_author(art, by.start(), at)) is not None:
            return known._replace(cue=said.cue)
    return None


def _known_author(art: Article, lo: int, at: int) -> Said | None:
    """A body of the vocabularies named whole after "by" when the account reads only part of it as a mention ("by the
    KPA General Staff", where "General" reads as a title)."""
    by = _BY.search(art.masked, lo, at)
    end = _AUTHOR_END.search(art.masked, by.end(), at) if by is not None else None
    if end is None:
        return None
    name = art.masked[by.end():end.start()]
    known = speaker_aliases().get(name.lower())
    return Said(known.speaker, name, None, by.end()) if known is not None and known.kind in ("person", "body") else None


def reporting_person(art: Article, q: Marked, lo: int, after: Said) -> Said | None:
    """ "The envoy responded that the treaty “…,” the embassy said": a person whose clause of saying holds the quote
    ("<subject> <verb> that …") says it, and the body after it relays; else None."""
    if art.is_person(after.speaker):
        return None
    found = [a for a in art.attributions_before(q) if a.speaker_text and lo <= a.start and a.end <= q.open_at]
    if not found or _THAT_CLAUSE.match(art.masked, found[-1].end) is None:
        return None
    said = art.resolve(found[-1])
    return said if art.is_person(said.speaker) else None


# "One channel ended its post with “…”": a group opening the sentence, a verb, then its own document the quote is in.
_GROUP_OWNS = re.compile(rf"(?P<group>{GROUP})\s+(?P<verb>[a-z]+ed|began|begins|ends|opens|closes|wrote)\s+(?:off\s+)?(?:its|his|her|their)\s+(?:[a-z][\w\-]*\s+)?"
                         rf"(?P<doc>[a-z]+)\s+(?:with|by|on|in)\s+\Z")


def group_document(art: Article, lo: int, at: int) -> Attribution | None:
    """The unnamed group subject whose own document holds the quote at ``at``, the sentence opening at ``lo`` with it
    ("One channel ended its post with “…”"); None if the sentence does not read so."""
    m = _GROUP_OWNS.match(art.masked, lo, at)
    if m is None or m.end() != at or not document_nouns().fullmatch(m.group("doc")):
        return None
    return Attribution(m.start("group"), m.start("verb"), m.end("verb"), m.group("group"), "group", m.group("doc"),
                       m.group("doc").lower())


# "a message to Kim Jong Un, in which he said": a document's noun, whom it went to or came from maybe, and a relative
# clause in which a pronoun speaks.
_IN_WHICH = re.compile(r"\b(?P<doc>[a-z]+)(?P<link>\s+(?:to|from|by)\s+[^,;#“”\"]{1,80}?)?,?\s+in\s+which\s+\Z")
_FROM = re.compile(r"\s+(?:from|by)\s")


def relative_document_author(art: Article, a: Attribution, lo: int) -> Said | None:
    """ "Putin sent a message to Kim, in which he said": the pronoun of a relative clause on a document is its author,
    not the last person named (the addressee): the one it came from ("a letter from Putin, in which he wrote"), else
    the subject of its sentence, opening at ``lo``, who sent it.  None when ``a`` is no such pronoun."""
    if a.speaker_text is None or a.speaker_text.lower() not in pronouns():
        return None
    m = _IN_WHICH.search(art.masked, max(lo, a.start - 120), a.start)
    if m is None or not document_nouns().fullmatch(m.group("doc")):
        return None
    if m.group("link") and _FROM.match(m.group("link")):
        author = next((x for x in art.account.between(m.start("link"), m.end("link"))
                       if x.entity is not None and x.entity.kind in ("person", "body")), None)
        said = Said(author.entity.name, a.speaker_text, a.cue, author.start) if author is not None else None
    else:
        said = art.subject_of(lo, m.start("doc"))
    # ("Choe handed Lavrov a letter from Kim, in which she said": a pronoun that cannot stand for the author is
    # left to its own reading.)
    if said is None or not art.gender_fits(said.speaker, pronouns()[a.speaker_text.lower()]):
        return None
    return said._replace(speaker_text=a.speaker_text, cue=a.cue)
