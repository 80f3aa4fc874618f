"""Where a quote stands in its article's sentences: their bounds, the sentence that introduces it, and whether the
verb right after it says it.

Part of reading a quote's speaker (:mod:`~dossier.extractors.speech.quote_speakers`); the sentences are
:class:`~dossier.extractors.speech.quote_article.Article`'s.
"""

from __future__ import annotations

from ...text.quote_marks import Marked
from .quote_article import Article, Sentence
from .speakers import Attribution


def sentence_bounds(art: Article, q: Marked) -> tuple[int, int]:
    """Start of the sentence where ``q`` opens, end of the sentence where it closes."""
    # Keyed by the opening mark, which opens one quote only (hashing the whole quote costs more than finding it).
    bounds = art.bounds.get(q.open_at)
    if bounds is None:
        bounds = art.bounds[q.open_at] = _find_sentence_bounds(art, q)
    return bounds


def _find_sentence_bounds(art: Article, q: Marked) -> tuple[int, int]:
    first = art.sents[art.sent_at(q.parts[0][0])]
    i = art.sent_at(q.parts[-1][1] - 1)
    last = art.sents[i]
    # "“Why wait?” he asked." is split after the question mark; the attribution belongs to the quote.
    if i + 1 < len(art.sents) and art.sents[i + 1].paragraph == last.paragraph:
        nxt = art.sents[i + 1]
        if art.text[nxt.start:nxt.end][:1].islower():
            last = nxt
    return first.start, max(last.end, q.close_at)


def introduction(art: Article, q: Marked, lo: int) -> Sentence | None:
    """The sentence that introduces the quote ``q`` opening its paragraph at ``lo`` with a colon ("Kim said in his
    speech:" ending the paragraph before), if any."""
    if art.masked[lo:q.open_at].strip() or q.open_at != lo:
        return None
    i = art.sent_at(lo)
    if i == 0 or art.sents[i - 1].paragraph == art.sents[i].paragraph:
        return None
    prev = art.sents[i - 1]
    return prev if art.text[prev.start:prev.end].rstrip().endswith(":") else None


def speaks_no_quote(art: Article, q: Marked, a: Attribution) -> bool:
    """Whether the subject after the verb of ``a``, right after the quote ``q``, says nothing of it: "it" is the
    verb's object ("…,” vowing it would last"); and a quote that is a part of the clause is the verb's own subject
    ("Podolyak wrote that “the North Korean factor” demanded a response"): words of its sentence stand before it,
    and nothing closes it before the verb, neither a mark inside the quotation marks nor one after them (not "“We
    will win,” said Kim")."""
    if a.speaker_text and a.speaker_text.lower() == "it":
        return True
    last = art.text[q.open_at:q.close_at - 1].rstrip()
    return (bool(last) and last[-1] not in _CLOSES_WORDS and not art.masked[q.close_at:a.cue_start].strip()
            and bool(art.masked[sentence_bounds(art, q)[0]:q.open_at].strip()))


def runs_on(art: Article, q: Marked, at: int) -> bool:
    """Whether the clause around the quote ``q`` runs on after it up to ``at``: words of its sentence stand before
    it, nothing closes it (no mark inside the quotation marks, no comma after them), and words follow it before ``at``
    ("the monitors had “every reason to believe” the flow had continued": the flow is the next clause's subject, not
    the quote's speaker)."""
    last = art.text[q.open_at:q.close_at - 1].rstrip()
    return (bool(last) and last[-1] not in _CLOSES_WORDS and not art.masked.startswith(",", q.close_at)
            and bool(art.masked[q.close_at:at].strip()) and bool(art.masked[sentence_bounds(art, q)[0]:q.open_at].strip()))


_CLOSES_WORDS = frozenset(",.;:?!—–-…")


def follows_quoted_sentence(art: Article, lo: int) -> bool:
    """Whether the sentence opening at ``lo`` comes right after a sentence of its paragraph that quotes someone: a quote
    alone there goes on with that speaker ("“…,” Roe told the paper. “…”"), whatever the next sentence says."""
    i = art.sent_at(lo)
    before = art.sents[i - 1] if i > 0 else None
    return before is not None and before.paragraph == art.sents[i].paragraph and quotes_in(art, before)


def quotes_in(art: Article, s: Sentence) -> bool:
    """Whether sentence ``s`` holds quoted words (masked as "#")."""
    return "#" in art.masked[s.start:s.end]
