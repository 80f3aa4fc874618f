"""Who speaks the quoted paragraphs of an "experts react" piece: the expert whose name heads them.

Think tanks and magazines print their fellows' reactions as a short line naming each expert, then the
expert's words as paragraphs that are wholly a quotation, until the next such line:

    Jane Roe: The deal changes little            (a name, a colon, a headline)
    **Jane Roe**, senior fellow:                (the name in bold, a description, a colon)
    [Interview] Jane Roe / Research Fellow      (a broadcast transcript's tag, the name, a slash, the role)
    “…”
    “…”

The heading line is its own paragraph; a quote that opens a paragraph holding nothing else goes to the
name heading the nearest paragraph before that is not itself wholly a quotation.  Capitalised words before a
colon are a person's name only on more evidence than their form ("Related Coverage: …" is none): the name
with a description after it (in bold or not: "Jane Roe, senior fellow:"), a name the article or the vocabularies know as a person's, or two headings
or more over quoted paragraphs, as the format prints them.  Nothing else is read so: a heading whose name the
article knows as a body, medium or place ("North Korea: …"), a line that holds quoted words of its own
(:func:`~dossier.extractors.speech.turn_labels.label_speaker` reads "Roe: “…”"), or prose between the heading and the
quote (the quote is then no longer under it).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import pandas as pd

from ..mentions import mention_vocab as V
from .quote_article import Article
from .quote_referents import Said
from ..mentions.speaker_vocab import canonical, speaker_aliases
from .turn_labels import heading_tags
from ...text.words import UPPER

# A name of two to four capitalised words (initials, hyphens and apostrophes within), bold or not.
_NAME_WORD = rf"{UPPER}(?:\.|[\w\-’']*)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
# "Jane Roe: headline"; "**Jane Roe**, senior fellow, Asia program:", "**Jane Roe:**", "**Jane Roe**"
_PLAIN = re.compile(rf"(?P<who>{_NAME})[ \t]*:[ \t]*\S[^\n#]*")
# "Jane Roe, senior fellow at the Asia Institute:": a name, a description, a colon ending the line.
_DESCRIBED = re.compile(rf"(?P<who>{_NAME}),[ \t]+[^\n#:]{{1,120}}:[ \t]*")
_BOLD = re.compile(rf"\*\*(?P<who>{_NAME})(?:[ \t]*:)?\*\*(?:[ \t]*,[^\n#:]{{1,120}})?[ \t]*:?[ \t]*")
_HEADING_REACH = 200


@functools.cache
def _tagged() -> re.Pattern:
    """ "[Interview] Jane Roe / Research Fellow, Asia Institute", "<Soundbite> Jane Roe / Deputy Minister": a Korean
    broadcaster's transcript tags the soundbite under it with who speaks, a slash, and their role."""
    return re.compile(rf"[\[<(][ \t]*(?i:{heading_tags()})[ \t]*[\]>)][ \t]*(?P<who>{_NAME})[ \t]*/[^\n#]{{1,120}}")  # a heading is a short line: a name and a headline or a description


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


def placed_headings(articles: pd.DataFrame) -> list[dict[int, list[str]]]:
    """Of each article of the frame, the lines the reader took out of its text by the offset of the paragraph each
    headed (``headings`` and ``heading_offsets``); an article without them, or a frame without the columns, has none."""
    if "headings" not in articles or "heading_offsets" not in articles:
        return [{} for _ in range(len(articles))]
    placed = []
    for lines, offsets in zip(articles["headings"].tolist(), articles["heading_offsets"].tolist()):
        by_place: dict[int, list[str]] = {}
        if isinstance(lines, str) and isinstance(offsets, str):
            for line, at in zip(lines.split("\n"), offsets.split("\n")):
                if at.strip().isdigit():
                    by_place.setdefault(int(at), []).append(line)
        placed.append(by_place)
    return placed


def _headings(art: Article) -> dict[int, _Heading]:
    """The heading over each wholly quoted paragraph of the article that has one, by the paragraph's start.

    A heading is a paragraph of the text, or a line the reader took out of it (``art.headings``) that stood before
    a paragraph: both head the quoted paragraphs after them, until prose or another heading."""
    found = vars(art).get("expert_headings")  # (read once per article: each quoted paragraph asks)
    if found is not None:
        return found
    found = vars(art)["expert_headings"] = {}
    spans = _paragraphs(art)
    heading = None  # the heading over the quoted paragraphs read since it
    for lo, hi in spans:
        for line in art.headings.get(lo, ()):
            heading = _heading_line(art, line, lo)  # (the last line taken out before the paragraph is nearest it)
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
    return _read_heading(art, art.masked, lo, hi, in_text=True)


def _heading_line(art: Article, line: str, at: int) -> _Heading | None:
    """The person a line taken out of the text names, heading the paragraph at ``at``; a line holding quoted words
    names none (:func:`~dossier.extractors.speech.turn_labels.label_speaker` reads those, in the text)."""
    line = line.strip()
    if len(line) > _HEADING_REACH or any(c in _QUOTE_MARKS for c in line):
        return None
    heading = _read_heading(art, line, 0, len(line), in_text=False)
    return heading._replace(said=heading.said._replace(pos=at)) if heading is not None else None


_QUOTE_MARKS = "\"“”„«»"  # a heading line that holds quoted words is a speaker's turn, not an expert's name


def _read_heading(art: Article, masked: str, lo: int, hi: int, *, in_text: bool) -> _Heading | None:
    """The person named by ``masked[lo:hi]`` in one of the forms of a heading; ``in_text`` when that is the article's
    masked text, where its mentions tell a person from a body."""
    bold = _BOLD.fullmatch(masked, lo, hi)
    described = _DESCRIBED.fullmatch(masked, lo, hi) or _tagged().fullmatch(masked, lo, hi)  # the role tells a person
    m = bold or described or _PLAIN.fullmatch(masked, lo, hi)
    if m is None:
        return None
    who = m.group("who")
    stops = V.stops()
    if any(V.key(w) in stops for w in who.split()):
        return None  # "North Korea", "The Kremlin": words no person's name holds
    mention = art.account.mention_at(m.start("who"), m.end("who")) if in_text else None
    entity = mention.entity if mention is not None else None
    known = art.account.entity(canonical(who, "name"))
    if entity is None and not in_text and known is not None:
        entity = known  # (a line out of the text: what the article calls the name is what it is)
    if entity is not None and entity.kind != "person":
        return None
    alias = speaker_aliases().get(" ".join(who.lower().split()))
    person = entity is not None or (known is not None and known.kind == "person") or (alias is not None and alias.kind == "person")
    speaker = entity.name if entity is not None else canonical(who, "name")
    described = described is not None or (bold is not None and "," in bold.group(0))
    return _Heading(Said(speaker, who, None, m.start("who")), person or described)
