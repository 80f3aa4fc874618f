"""Counts that pick people out of a group already counted, or size each of many small groups, rather than count anyone.

"Three of the prisoners want to go to the South", "two of them served in the
same brigade", "All four are men in their twenties": a small count taken from
a group ("of the", "of them", ``estimate_cues.csv`` role ``group_part``), or
naming all of it ("all four"), says something of people the article has
counted already.  It is a figure only when its clause tells of a loss or a
deployment of them ("three of them were killed", "two of the men were sent
back"), whose count is news of its own.  "They advance in small groups of three
or four men" sizes each group of a tactic, a handful at most
(:func:`sizes_small_groups`): no force is counted.
"""

from __future__ import annotations

import functools

from .estimate_losses import loss_after
from .estimate_nouns import PEOPLE_COUNTED, Counted, forward
from .estimate_tokens import BREAK
from ...text.numbers import Quantity, cues

_CLAUSE_TOKENS = 24  # tokens either side of the count read for its clause's verb
_CLAUSE_ENDS = frozenset(".;:!?()")  # punctuation that ends the clause; a comma only before a coordinator
_WHOLE_REACH = 3  # tokens after "of" within which a number says the whole is counted here ("two of the 12 men")
_GROUP_WORDS = 3  # words after the group's noun or pronoun where its verb may start (a multi-word noun's end)


@functools.cache
def _part_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of role group_part after "of", those of them that stand for the group alone, and the whole's."""
    words = cues("group_part")
    return (frozenset(w for w, v in words.items() if v != "whole"), frozenset(w for w, v in words.items() if v == "pronoun"),
            frozenset(w for w, v in words.items() if v == "whole"))


@functools.cache
def _news_words() -> frozenset[str]:
    # Verbs and nouns that make a part of a group news of its own: a loss, or a deployment; and words that honour
    # the part as dead ("nine of them posthumously").
    honours = frozenset(w for w, v in cues("posthumous").items() if v == "any")
    return frozenset(cues("casualty")) | frozenset(cues("deploying")) | frozenset(cues("thing_loss")) | honours


def picks_people_out(q: Quantity, before, after, last: Counted | None) -> bool:
    """Whether the count ``q`` (``before`` and ``after``: its tokens either side) takes some or all of a group of
    people already counted and tells no loss or deployment of them; ``last`` is what the figure before counted,
    the group a pronoun or "all" stands for ("debris from 21 of them" after missiles counts missiles)."""
    if q.kind != "count" or q.scaled or q.hedge != "exact":
        return False  # a figure written large is a count of its own ("3,000 of them are engineers")
    parts, pronouns, wholes = _part_words()
    head, word_before = after[:_WHOLE_REACH + 2], before[-1:]
    if head[:1] and head[0].low == "of" and len(head) > 1 and head[1].low in parts:
        if any(t.kind == "num" for t in head[2:]):
            return False  # "two of the 12 men": a part of a whole counted here (see estimate_parts.partitives)
        group, noun_at = forward(after[2:]) if head[1].low not in pronouns else (None, None)
        group = group or last  # "of the prisoners": the noun says who; "of them", the count before
        opens = 2 if noun_at is None else 3 + noun_at  # past "of them", or past the group's noun ("prisoners")
    elif word_before and word_before[0].low in wholes and head[:1] and head[0].kind == "word":
        group, opens = last, 0
    else:
        return False
    return group is not None and group.category in PEOPLE_COUNTED and not _tells_news(before, after, opens)


def _tells_news(before, after, opens: int) -> bool:
    """Whether the clause of the count tells a loss or deployment: a loss term right after the group's words, which
    end at ``after[opens]`` or a word or two on ("Three of them surrendered to", "went missing"), or a word of one
    anywhere in the clause."""
    if any(loss_after(after[i:]) is not None for i in range(opens, opens + _GROUP_WORDS)):
        return True
    news = _news_words()
    for t in reversed(before[-_CLAUSE_TOKENS:]):
        if t.kind == "punct" and t.text in BREAK:
            break
        if t.low in news:
            return True
    tokens = after[:_CLAUSE_TOKENS]
    for i, t in enumerate(tokens):
        if t.kind == "punct" and t.text in _CLAUSE_ENDS:
            break
        if t.text == "," and i + 1 < len(tokens) and tokens[i + 1].low in cues("coordinator"):
            break  # "..., and two of them served": the next clause is another count's
        if t.low in news:
            return True
    return False


HANDFUL = 5  # the most men of a group that sizes a tactic (a fire team), not a force; larger groups are a force's


def sizes_small_groups(q: Quantity, before) -> bool:
    """Whether the count ``q`` is the size of each of many small groups, right after a plural noun of them and "of"
    (role ``small_group``: "in groups of three or four men", "teams of two"), a handful at most: how a force moves
    or fights, not how many it has.  "Groups of about forty men", "columns of 20 or 30" are a force's (labelled so)."""
    last = before[-2:]
    if len(last) < 2 or last[1].low != "of" or last[0].low not in cues("small_group"):
        return False  # most counts: two tokens read
    return not q.scaled and q.high <= HANDFUL
