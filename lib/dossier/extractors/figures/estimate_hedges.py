"""Hedges lent between coordinated figures: "about 300 killed and 2,700 wounded" are both approximate.

One hedge word before coordinated figures covers them all when they stand in
one clause, the items of a list set off by commas too ("about 300 killed,
2,000 wounded and 500 captured"), whatever they count ("nearly 5 million
shells and 120 missiles": both upper bounds); but a list whose later item
carries a hedge of its own ("at least 700 soldiers, 41 tanks and over 90
guns") was hedged item by item, and leaves the bare figures of other
categories exact, as does a figure of another category added after the
clause ("at least 9 million rounds, along with 100 missiles").  Words in
brackets on a noun part nothing ("at least 3 guns (170 mm) and 2
launchers").  Used by
:mod:`dossier.extractors.figures.estimates` once it knows what each figure counts.
"""

from __future__ import annotations

import math
import re

from .estimate_losses import JOIN
from .estimate_nouns import PEOPLE_COUNTED, Counted
from .estimate_tallies import opening_hedge
from ...text.numbers import LENT_HEDGES, Quantity, cues


_BRACKETED = re.compile(r"\([^().;:!?]*\)")  # words in brackets, with no clause break in them


def _coordinated(text: str, end: int, start: int) -> bool:
    """Whether the words between two figures join the second to the first in one clause.

    "about 300 killed and 2,700 wounded", "some 600 were killed, with
    another 4,100 wounded": a coordinator right before the second figure
    (past words that say it adds to the first), and no clause break
    between them."""
    if start - end > JOIN:
        return False
    gap = _BRACKETED.sub(" ", text[end:start])  # "at least 3 guns (170 mm) and 2 launchers": an aside on the noun
    if any(c in gap for c in ".;:!?()"):
        return False
    words = gap.lower().replace(",", " ").split()
    joined = " ".join(words)
    for w in sorted(cues("another"), key=len, reverse=True):
        if joined == w or joined.endswith(" " + w):
            joined = joined[: len(joined) - len(w)].rstrip()
            break
    return _ends_in(joined, cues("coordinator"))


def _added_apart(text: str, end: int, start: int) -> bool:
    """Whether the words between two figures end in a join of role coordinator, value apart ("along with"), which
    adds the second to the first's clause rather than coordinating it in one list."""
    words = " ".join(text[end:start].lower().replace(",", " ").split())
    return _ends_in(words, [c for c, v in cues("coordinator").items() if v == "apart"])


def _ends_in(words: str, phrases) -> bool:
    """Whether the space-joined ``words`` are, or end in, one of ``phrases`` as whole words."""
    return any(words == p or words.endswith(" " + p) for p in phrases)


def _listed(text: str, quantities: list[Quantity], read: list[Counted | None], i: int, end: int) -> bool:
    """Whether figure ``i`` is a middle item of a list set off by one comma after the figure ending at ``end``, whose
    next item is coordinated with it and counts the same ("about 300 killed, 2,000 wounded and 500 captured"), or
    has no number ("about 60 howitzers, 40 launchers and some mortars", "... and dozens of mortars")."""
    gap = text[end : quantities[i].start]
    if gap.count(",") != 1 or not gap.rstrip().endswith(",") or any(c in gap for c in ".;:!?()"):
        return False  # "were killed, Kyiv said, and": an aside, no list
    nxt = next((k for k in range(i + 1, len(quantities)) if read[k] is not None), None)
    if nxt is not None and quantities[nxt].hedge != "vague" and _coordinated(text, quantities[i].end, quantities[nxt].start):
        return read[nxt].category == read[i].category and quantities[nxt].hedge == "exact"
    return _an_item(gap.replace(",", " ").split()) and _last_item_follows(text, quantities[i].end, quantities[i + 1:])


def _an_item(words: list[str]) -> bool:
    """Whether ``words`` may be the noun of one item of a list: a few words, none of a verb's group ("were", "have",
    "reportedly"), which would make them a clause ("60 howitzers were sent in May, 40 ...")."""
    clause = cues("aux")
    return len(words) <= _ITEM_WORDS and not any(w.lower() in clause for w in words)


_ITEM_WORDS = 5  # words of one item's noun in a list ("long-range artillery pieces")


def _last_item_follows(text: str, end: int, later: list[Quantity]) -> bool:
    """Whether the figure ending at ``end`` is followed, past a few words of its noun, by a coordinator that opens a
    list's last item with no figure of its own: "at least 60 howitzers, 40 launchers and some mortars", "at least
    100 missiles, 200 guns, and an unknown number of launchers"."""
    stop = min([end + JOIN, *(q.start for q in later)])
    words = text[end:stop].split()
    for at, word in enumerate(words):
        if any(c in word for c in ".;:!?()"):
            return False
        if word.lower() in _LAST_ITEM_JOINS:
            return _an_item(words[:at])
        if word.endswith(",") and words[at + 1 : at + 2] != ["and"]:
            return False  # a comma inside the item's words, not before its coordinator: an aside or a clause
        if at >= _ITEM_WORDS:
            return False
    return False


_LAST_ITEM_JOINS = frozenset({"and"})  # "with", "plus" join a figure to another, not a list's items


def _hedged_after(text: str, quantities: list[Quantity], read: list[Counted | None], i: int) -> bool:
    """Whether the next figure after figure ``i`` is coordinated with it and carries a hedge of its own."""
    nxt = next((k for k in range(i + 1, len(quantities)) if read[k] is not None), None)
    # A vague last item ("and dozens of mortars") has no number to hedge: no sign of hedging item by item.
    return (nxt is not None and quantities[nxt].hedge not in ("exact", "vague")
            and _coordinated(text, quantities[i].end, quantities[nxt].start))


def _with_hedge(q: Quantity, hedge: str) -> Quantity:
    value = q.low
    low = value if hedge in ("approximate", "lower_bound") else math.nan
    high = value if hedge in ("approximate", "upper_bound") else math.nan
    return q._replace(hedge=hedge, low=low, high=high)


def lend_hedges(text: str, quantities: list[Quantity], read: list[Counted | None]) -> list[Quantity]:
    """``quantities`` of ``text``, each exact figure coordinated with a hedged one before it taking that hedge
    (``read``: what each counts, None for no figure), unless it counts another category than the hedged one and
    the figure after it has a hedge of its own (see :func:`_hedged_after`); a hedge that opens a list before its
    colon reaches every exact figure of the list (:func:`opening_hedge`)."""
    out = list(quantities)
    opening = opening_hedge(text) if ":" in text else None
    if opening is not None:
        for i, (q, counted) in enumerate(zip(quantities, read)):
            if counted is not None and opening.start <= q.start < opening.end and q.hedge == "exact" and q.kind == "count":
                out[i] = _with_hedge(q, opening.hedge)
        quantities = out
        out = list(quantities)
    hedged: Quantity | None = None  # the last figure of the sentence, which may lend its hedge
    lender: str | None = None  # what that figure counts
    for i, (q, counted) in enumerate(zip(quantities, read)):
        if counted is None:
            continue
        lends = hedged is not None and q.hedge == "exact" and q.kind == hedged.kind
        if lends and "casualties" in (lender, counted.category) and (counted.category in PEOPLE_COUNTED) != (lender in PEOPLE_COUNTED):
            # "lost up to 230 servicemen, 2 pick-ups and a howitzer": a toll of the dead and wounded is
            # estimated, the machines lost beside it are counted one by one; a hedge crosses from one to the
            # other only when it stands before the whole list ("approximately amounted to: ...").
            lends = False
        if lends and counted.category != lender and _hedged_after(text, quantities, read, i):
            # "more than 700 soldiers, 41 tanks and over 90 guns": a writer who hedges items one by one wrote
            # each bare figure as exact; only a hedge opening a list of bare figures reaches them all.
            lends = False
        if lends and counted.category != lender and _added_apart(text, hedged.end, q.start):
            # "shipped at least 9 million rounds, along with 100 ballistic missiles": a count of another kind added
            # after the clause is a figure of its own, given as written.
            lends = False
        if lends and (_coordinated(text, hedged.end, q.start) or _listed(text, quantities, read, i, hedged.end)):
            q = out[i] = _with_hedge(q, hedged.hedge)
        hedged, lender = (q, counted.category) if q.hedge in LENT_HEDGES else (None, None)
    return out
