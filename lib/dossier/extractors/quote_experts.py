"""Who speaks the quoted paragraphs of an "experts react" piece: the expert whose name heads them.

Think tanks and magazines print their fellows' reactions as a short line naming each expert, then the
expert's words as paragraphs that are wholly a quotation, until the next such line:

    Jane Roe: The deal changes little            (a name, a colon, a headline)
    **Jane Roe**, senior fellow:                (the name in bold, a description, a colon)
    “…”
    “…”

The heading line is its own paragraph; a quote that opens a paragraph holding nothing else goes to the
name heading the nearest paragraph before that is not itself wholly a quotation.  Capitalised words before a
colon are a person's name only on more evidence than their form ("Related Coverage: …" is none): the name
with a description after it (in bold or not: "Jane Roe, senior fellow:"), a name the article or the vocabularies know as a person's, or two headings
or more over quoted paragraphs, as the format prints them.  Nothing else is read so: a heading whose name the
article knows as a body, medium or place ("North Korea: …"), a line that holds quoted words of its own
(:func:`~dossier.extractors.turn_labels.label_speaker` reads "Roe: “…”"), or prose between the heading and the
quote (the quote is then no longer under it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import mention_vocab as V
from .quote_article import Article
from .quote_referents import Said
from .speaker_vocab import canonical, speaker_aliases

# A name of two to four capitalised words (initials, hyphens and apostrophes within), bold or not.
_NAME_WORD = r"[A-Z](?:\.|[\w\-’']*)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
# "Jane Roe: headline"; "**Jane Roe**, senior fellow, Asia program:", "**Jane Roe:**", "**Jane Roe**"
_PLAIN = re.compile(rf"(?P<who>{_NAME})[ \t]*:[ \t]*\S[^\n#]*")
# "Jane Roe, senior fellow at the Asia Institute:": a name, a description, a colon ending the line.
_DESCRIBED = re.compile(rf"(?P<who>{_NAME}),[ \t]+[^\n#:]{{1,120}}:[ \t]*")
_BOLD = re.compile(rf"\*\*(?P<who>{_NAME})(?:[ \t]*:)?\*\*(?:[ \t]*,[^\n#:]{{1,120}})?[ \t]*:?[ \t]*")
_HEADING_REACH = 200  # a heading is a short line: a name and a headline or a description


def expert_heading(art: Article, open_at: int) -> Said | None:
    """The expert named by the heading line over the paragraph that the quote opening at ``open_at`` opens, if the
    quote holds the whole paragraph and only wholly quoted paragraphs stand between it and the heading."""
    i = art.sent_at(open_at)
    if art.sents[i].start != open_at or (i > 0 and art.sents[i - 1].paragraph == art.sents[i].paragraph):
        return None
    headings = _headings(art)
    heading = headings.get(open_at)
    if heading is None:
        return None
    if heading.sure or len({h.said.speaker for h in headings.values()}) >= _HEADINGS_OF_A_PIECE:
        return heading.said
    return None


class _Heading(NamedTuple):
    """Who a heading line names, and whether its form alone tells a person (bold with a description, or known)."""

    said: Said
    sure: bool


_HEADINGS_OF_A_PIECE = 2  # names heading quoted paragraphs, bold or not, that make an "experts react" piece


def _headings(art: Article) -> dict[int, _Heading]:
    """The heading over each wholly quoted paragraph of the article that has one, by the paragraph's start."""
    found = vars(art).get("expert_headings")  # (read once per article: each quoted paragraph asks)
    if found is not None:
        return found
    found = vars(art)["expert_headings"] = {}
    spans = _paragraphs(art)
    heading = None  # the heading over the quoted paragraphs read since it
    for lo, hi in spans:
        if _wholly_quoted(art, lo, hi):
            if heading is not None:
                found[lo] = heading
        else:
            heading = _heading(art, lo, hi)
    return found


def _paragraphs(art: Article) -> list[tuple[int, int]]:
    """The start and end of each paragraph of the article, in order."""
    spans: list[tuple[int, int]] = []
    last = None
    for s in art.sents:
        if s.paragraph == last:
            spans[-1] = (spans[-1][0], s.end)
        else:
            spans.append((s.start, s.end))
            last = s.paragraph
    return spans


def _wholly_quoted(art: Article, lo: int, hi: int) -> bool:
    """Whether the paragraph between ``lo`` and ``hi`` is all quoted words (masked), but for closing punctuation."""
    rest = art.masked[lo:hi].strip().rstrip(".,;")
    return bool(rest) and set(rest) == {"#"}


def _heading(art: Article, lo: int, hi: int) -> _Heading | None:
    """The person a heading paragraph names, if it is a short line of a name with a headline or a description."""
    if hi - lo > _HEADING_REACH or "\n" in art.masked[lo:hi].strip():
        return None
    bold = _BOLD.fullmatch(art.masked, lo, hi)
    described = _DESCRIBED.fullmatch(art.masked, lo, hi)
    m = bold or described or _PLAIN.fullmatch(art.masked, lo, hi)
    if m is None:
        return None
    who = m.group("who")
    stops = V.stops()
    if any(V.key(w) in stops for w in who.split()):
        return None  # "North Korea", "The Kremlin": words no person's name holds
    mention = art.account.mention_at(m.start("who"), m.end("who"))
    entity = mention.entity if mention is not None else None
    if entity is not None and entity.kind != "person":
        return None
    known = art.account.entity(canonical(who, "name"))
    alias = speaker_aliases().get(" ".join(who.lower().split()))
    person = entity is not None or (known is not None and known.kind == "person") or (alias is not None and alias.kind == "person")
    speaker = entity.name if entity is not None else canonical(who, "name")
    described = described is not None or (bold is not None and "," in bold.group(0))
    return _Heading(Said(speaker, who, None, m.start("who")), person or described)
