"""Cleaning an article's body: page furniture, the headline block and in-body headings taken out.

What the top of the text states (a date stamp, the title, the byline, the
standfirst) is kept aside as metadata; the patterns of furniture and
caption credits are data (``data/furniture.csv``, ``data/caption_credits.csv``).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from ..text.datelines import credited_outlet
from ..text.sentences import abbreviations
from ..text.words import UPPER, WORD, alternation, count_words, count_words_upto
from ..vocab import load_list, load_table

_DATE_STAMP = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)
# A paragraph that ends a sentence: a stop, perhaps closing quotes or brackets, perhaps a parenthesis after.
TERMINAL = re.compile(r"[.!?…][\"”’')\]]*\s*\Z|[.!?][\"”’')\]]*\s*\(.*\)\s*\Z")
_CLOSERS = "\"”’')]"  # the characters TERMINAL allows after the stop
_RUN_IN = re.compile(r"\A([A-Z][^.!?:;,“”\"]{0,60}?)\.\s+(?=[A-Z“\"‘'])")
# A label and a figure ("Troops deployed: 11,000-15,000 (NIS)"): a row of a box of key figures. Bulleted, it is
# one wherever it stands; without its bullet, only beside another: alone, "Updated: 14:05" is page furniture.
_LABELLED_FIGURE = r"[^\W\d][^:]{0,60}:\s+\D{0,30}\d"
_BULLETS = "-*•·▪"
_FIGURE_ROW = re.compile(rf"\A[{_BULLETS}]\s+" + _LABELLED_FIGURE)
_LABEL_ROW = re.compile(r"\A" + _LABELLED_FIGURE)


class Heading(NamedTuple):
    """A line taken out of the text, and where it stood: the offset in the clean text of the paragraph it headed.

    A heading after the last paragraph stands at the text's length; a run-in lead at its own paragraph's start.
    """

    line: str
    at: int


class Furniture(NamedTuple):
    """The patterns of ``data/furniture.csv`` by scope, and the words of captions and clauses."""

    line: re.Pattern  # a whole line that is furniture
    inline: list[re.Pattern]  # furniture inside a line
    end: re.Pattern  # a line that ends the story
    listing: re.Pattern  # a line that heads a list of links, dropped with the list
    credits: re.Pattern  # a caption's credit (data/caption_credits.csv)
    clause: set[str]  # words that make a phrase a clause, not a run-in lead (data/clause_words.csv)


@functools.cache
def _furniture() -> Furniture:
    table = load_table("furniture.csv")
    # One alternation: a line is furniture when any pattern matches all of it.
    line = re.compile("|".join(f"(?:{p})" for p, s in zip(table.pattern, table.scope) if s == "line"), re.IGNORECASE)
    inline = [re.compile(p, re.IGNORECASE) for p, s in zip(table.pattern, table.scope) if s == "inline"]
    end = re.compile("|".join(f"(?:{p})" for p, s in zip(table.pattern, table.scope) if s == "end"), re.IGNORECASE)
    listing = re.compile("|".join(f"(?:{p})" for p, s in zip(table.pattern, table.scope) if s == "list"), re.IGNORECASE)
    credits = re.compile(r"\b(" + "|".join(re.escape(c) for c in load_list("caption_credits.csv")) + r")\b", re.IGNORECASE)
    clause = set(load_list("clause_words.csv"))
    return Furniture(line, inline, end, listing, credits, clause)


def ends_sentence(p: str) -> bool:
    """``TERMINAL.search(p)``, without scanning ``p`` when its last characters settle it."""
    end = p.rstrip()
    if end.rstrip(_CLOSERS).endswith((".", "!", "?", "…")):
        return True
    return end.endswith(")") and bool(TERMINAL.search(p))


def _is_body(p: str) -> bool:
    # A sentence ending in a colon introduces what follows ("… released the following press statement:"): body.
    n = count_words_upto(p, 40)
    return (n >= 8 and (ends_sentence(p) or p.rstrip().endswith(":"))) or n >= 40


def _is_heading(p: str) -> bool:
    # The word count last: most paragraphs end a sentence, which decides it.
    return not p.endswith((",", ":", ";")) and not ends_sentence(p) and count_words_upto(p, 11) <= 10 and not _FIGURE_ROW.match(p)


def _boxed_rows(paras: list[str]) -> set[int]:
    """Indexes of the unbulleted rows of a box of key figures: two or more ``Label: figure`` lines in a row.

    A row whose figure is a date or a time ("Updated: 14 May 2025, 09:10")
    belongs to the page, not to the box.
    """
    rows = [bool(_LABEL_ROW.match(p)) and not _date_value().search(p[p.index(":") :]) for p in paras]
    return {i for i, row in enumerate(rows) if row and ((i and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1]))}


@functools.cache
def _date_value() -> re.Pattern:
    """A year, a time of day, or a day beside a month's name (``data/estimate_cues.csv``, role ``month``)."""
    table = load_table("estimate_cues.csv")
    months = alternation(m.rstrip(".") for m in table.loc[table["role"] == "month", "term"])
    return re.compile(rf"\b(?:1[89]|20)\d\d\b|\b\d{{1,2}}:\d\d\b|\b(?:{months})\b\.?\s+\d|\d\s+(?:{months})\b", re.IGNORECASE)


def clean_text(body: str) -> tuple[str, dict, list[Heading]]:
    """Split raw article text into clean body, what its top block states, and headings.

    Returns
    -------
    text : str
        Paragraphs (one per non-empty line of the input) joined by blank
        lines, with page furniture, the headline block and in-body headings
        removed.
    found : dict
        What the text itself states: ``published`` (a leading ``date
        YYYY-MM-DD`` stamp), ``title``, ``standfirst``, ``author``, and
        ``source``, the outlet its dateline credits ("SEOUL, Feb. 11 (Yonhap) --").
    headings : list of Heading
        Section labels, in-body headings and run-in leads that were removed,
        each with the offset in ``text`` of the paragraph it stood before, so
        that a reader of the text can still tell what a heading heads
        ("Jane Roe: a headline" over her quoted words).
    """
    furniture = _furniture()
    found: dict = {}
    m = _DATE_STAMP.match(body)
    if m:
        found["published"] = m.group(1)
        body = body[m.end():]
    paras = []
    listing = False  # inside a list of links ("Related Articles" and the headlines under it)
    for line in body.split("\n"):
        if not line or line.isspace():
            continue  # cutting inline furniture only ever leaves spaces here
        for pat in furniture.inline:
            line = pat.sub(" ", line)
        line = line.strip()
        if paras and furniture.end.fullmatch(line):
            break  # "(END)": the story is over; captions, links and notices follow
        if line.startswith("#"):
            line = line.lstrip("#").strip()
        # The list goes on while its lines are bulleted or headlines; the first sentence is the story again.
        listing = listing and bool(line) and (line[0] in _BULLETS or not ends_sentence(line))
        if listing or not line or furniture.line.fullmatch(line):
            continue
        if furniture.listing.fullmatch(line):
            listing = True
            continue
        paras.append(line)
    headings: list[str] = []
    before: list[int] = []  # of each heading, the index in ``kept`` of the paragraph it stood before
    first_body = next((i for i, p in enumerate(paras) if _is_body(p)), 0)
    for p in paras[:first_body]:
        if "title" not in found and (re.search(r"\S[^\S\n]{2,}\S", p) or furniture.credits.search(p)) and not found.get("section"):
            found.setdefault("caption", p)
        elif "title" not in found and count_words(p) <= 3:
            found["section"] = p
            headings.append(p)
        elif "title" not in found:
            found["title"] = p
        elif "author" not in found and _is_byline(p):
            found["author"] = re.sub(r"^by\s+", "", p, flags=re.IGNORECASE)
        elif "standfirst" not in found and "author" not in found:
            found["standfirst"] = p
        else:
            headings.append(p)
    before.extend([0] * (len(headings) - len(before)))
    kept: list[str] = []
    body = paras[first_body:]
    boxed = _boxed_rows(body)
    for i, p in enumerate(body):
        if i not in boxed and _is_heading(p):
            headings.append(p)
            before.append(len(kept))
        else:
            # A figure row loses its bullet: its label starts it, as a sentence's subject would.
            kept.append(p[1:].lstrip() if _FIGURE_ROW.match(p) else p)
    # A lead's full stop comes within its first 62 characters, after a capital.
    leads = [_RUN_IN.match(p) if "A" <= p[0] <= "Z" and "." in p[1:62] else None for p in kept]
    leads = [m if m and _is_lead(m.group(1), furniture.clause) else None for m in leads]
    # Run-in leads are a house style: one short opening sentence alone is just a sentence.
    if sum(m is not None for m in leads) >= 2:
        out = []
        for j, (p, m) in enumerate(zip(kept, leads)):
            if m:
                headings.append(m.group(1))
                before.append(j)
                p = p[m.end():]
            out.append(p)
        kept = out
    found.pop("caption", None)
    found.pop("section", None)
    if kept and (credit := credited_outlet(kept[0])) is not None:
        found["source"] = credit  # the outlet of wire copy that arrives without it
    starts = list(itertools.accumulate((len(p) + 2 for p in kept), initial=0))  # (paragraphs joined by a blank line)
    starts[-1] = max(starts[-1] - 2, 0)  # after the last paragraph: the text's end
    return "\n\n".join(kept), found, [Heading(h, starts[j]) for h, j in zip(headings, before)]


def _is_byline(p: str) -> bool:
    if re.match(r"by\s+\S", p, re.IGNORECASE) and count_words(p) <= 8:
        return True
    words = p.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(rf"{UPPER}[\w.’'\-]*", w) for w in words)


def _is_lead(phrase: str, clause: set[str]) -> bool:
    words = [w.lower() for w in WORD.findall(phrase)]
    # "According to Rep. Lee said ...", "Rep. Park said ...": the stop of an abbreviation ends no lead.
    return (1 <= len(words) <= 6 and "’" not in phrase and "'" not in phrase and not clause.intersection(words)
            and words[-1] not in abbreviations())
