"""What a figure counts: the counted nouns and weapons it may count, and where they stand around it.

The lexicon is ``data/estimate_categories.csv`` (terms of one word or more,
the last one possibly plural) and ``data/weapons.csv`` (aliases and
designators).  A figure's noun is looked for after it (:func:`forward`),
before a link word or predicate (:func:`link_window`, :func:`backward`) or
written earlier in the text, for a pronoun (:func:`mentioned`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..text.quote_marks import ENGLISH_DOUBLE, ENGLISH_SINGLE
from ..vocab import load_list, load_table
from .estimate_tokens import BREAK, Token, tokenize
from .numbers import cues

_FORWARD = 7  # words between a number and its noun ("64 carefully tracked sea and rail shipments")
BACKWARD = 6  # words before a number searched for the verb or link word that goes with it
_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?|\d+[A-Z]+\d+")


class Counted(NamedTuple):
    """What a figure counts: its category and subtype, the weapons named, and the noun's own category."""

    category: str
    subtype: str | None
    items: tuple[str, ...] = ()
    noun: str | None = None  # category of the noun itself (troops, persons, ...), before context


@functools.cache
def counted_terms() -> dict[tuple[str, ...], tuple[str, str]]:
    """The counted-noun terms (``data/estimate_categories.csv``), as their words, to ``(category, subtype)``."""
    t = load_table("estimate_categories.csv")
    return {tuple(term.split()): (cat, sub or None) for term, cat, sub in t.itertuples(index=False)}


@functools.cache
def _weapons() -> dict[str, tuple[str, str, str]]:
    t = load_table("weapons.csv")
    return {a: (item, cat, sub or None) for a, item, cat, sub in t.itertuples(index=False)}


@functools.cache
def _max_term() -> int:
    return max(len(k) for k in counted_terms())


@functools.cache
def _heads() -> frozenset[str]:
    # First words of the terms of two words or more: no longer term can start anywhere else.
    return frozenset(k[0] for k in counted_terms() if len(k) > 1)


class Hit(NamedTuple):
    """A counted-noun term found in the tokens: how many tokens it spans, and what it counts."""

    length: int
    category: str
    subtype: str | None


class _Weapon(NamedTuple):
    """A weapon designator or alias; ``plural`` when written as a plural ("KN-23s"): then it is the noun."""

    item: str
    category: str | None
    subtype: str | None
    plural: bool


def forms(word: str) -> tuple[str, ...]:
    """The word, then its singular without "es" or "s", then without "s" ("buses": "bus", "buse")."""
    if not word.endswith("s"):
        return (word,)
    return word, word[:-2] if word.endswith("es") else word[:-1], word[:-1]


@functools.cache
def one_word_terms() -> dict[str, Hit]:
    """Every word that is a one-word term or its plural, with what a search for a term there gives for it."""
    terms = counted_terms()
    words = {w + end for (w,) in (k for k in terms if len(k) == 1) for end in ("", "s", "es")}
    out = {}
    for word in words:
        form = next((f for f in forms(word) if (f,) in terms), None)
        if form is not None:
            out[word] = Hit(1, *terms[(form,)])
    return out


def _key(token: Token, plain: bool) -> str:
    return token.word if plain else token.low


def _term_at(tokens, i: int, plain: bool) -> Hit | None:
    """Longest counted-noun term starting at ``tokens[i]``; the last word may be plural.

    ``plain``: match the words with a plain apostrophe (``Token.word``), else as lower-cased (``low``).
    """
    terms = counted_terms()
    first = _key(tokens[i], plain)
    if first in _heads():
        words = [_key(t, plain) for t in tokens[i : i + _max_term()]]
        for n in range(len(words), 1, -1):
            head = tuple(words[: n - 1])
            for form in forms(words[n - 1]):
                if head + (form,) in terms:
                    return Hit(n, *terms[head + (form,)])
    return one_word_terms().get(first)


def term_from(tokens, i: int, word: str, plain: bool) -> Hit | None:
    """The longest counted-noun term starting at ``tokens[i]``, given ``word``, the key of ``tokens[i]``.

    ``plain``: match the words with a plain apostrophe (:attr:`Token.word`),
    else as lower-cased (``low``).  Only a head can start a longer term, so
    for most words one lookup decides.
    """
    return _term_at(tokens, i, plain) if word in _heads() else one_word_terms().get(word)


@functools.lru_cache(maxsize=4096)  # the same few hyphenated and possessive words recur ("long-range", "Russia's")
def _weapon(word: str) -> _Weapon | None:
    """The weapon a designator token names, or None."""
    low = word.lower()
    weapons = _weapons()
    for key, plural in ((low, False), (low[:-1] if low.endswith("s") else low, True)):
        if key in weapons:
            item, cat, sub = weapons[key]
            return _Weapon(item, cat, sub, plural and key != low)
    if _DESIGNATOR.fullmatch(word):
        return _Weapon(word, None, None, False)
    if word.endswith("s") and _DESIGNATOR.fullmatch(word[:-1]):
        return _Weapon(word[:-1], None, None, False)
    return None


def _names(items: list[_Weapon]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.item for w in items))


_QUOTES = set(ENGLISH_DOUBLE + ENGLISH_SINGLE + "'")  # a straight apostrophe alone is a single quotation mark
_FORWARD_TOKENS = 3 * _FORWARD  # punctuation that breaks nothing ("/", "&") still ends the search somewhere


def forward(tokens) -> tuple[Counted | None, int | None]:
    """The counted noun after a number, and the weapon designators on the way to it.

    Also the index of the noun's last token, when a noun term is what was found.
    A quotation mark right after the number is passed over: a quoted figure
    ("“up to 12,000” soldiers") still counts the noun after the quote.
    """
    stops, items, seen, formations = cues("stop"), [], 0, _formations()
    heads, one_word, weapon_words, compound_heads = _heads(), one_word_terms(), _letter_weapons(), _compound_heads()
    quoted = False  # inside a quoted modifier ("1,500 “volunteer” troops"), whose closing mark ends nothing
    for i, t in enumerate(tokens):  # read lazily: most nouns are a token or two away
        if i == _FORWARD_TOKENS:
            break
        kind = t.kind
        if kind == "punct" and t.text in _QUOTES:
            if quoted or _opens_a_modifier(tokens, i):
                quoted = not quoted
                continue
            if i == 0:
                continue  # the closing mark of a quoted figure ("“up to 12,000” soldiers")
        if seen >= _FORWARD or kind == "num" or (kind == "punct" and t.text in BREAK):
            break
        if kind != "word":
            continue
        if "'" in t.word and (t.word[-1] == "'" or t.word.endswith("'s")):
            if not (quoted and t.word[-1] == "'"):
                break  # "the two countries' armed forces": the number counts the possessor, not the noun after
            quoted = False  # "‘volunteer’ troops": the single closing mark is written onto the word
            hit, end = _term_after(tokens, i + 1) or (one_word.get(t.word[:-1]), i)
            if hit:
                return Counted(hit.category, hit.subtype or _item_subtype(items), _names(items), hit.category), end
            seen += 1
            continue
        hit = _term_at(tokens, i, True) if t.word in heads else one_word.get(t.word)  # term_from, inlined
        if hit:
            end = i + hit.length - 1
            if quoted and (later := _closed_before_a_term(tokens, end)):
                hit, end = later  # "“volunteer” troops": a quoted noun before a noun is its modifier
            # The head of a compound is its last noun: "munitions containers" count containers, and
            # "munitions factories" count no estimate; a loss before its noun ("fallen soldiers") stays a loss.
            # People are rarely a compound's modifier: their nouns are read without a look at the next token.
            head = tokens[end + 1 : end + 2] if hit.category not in _NO_MODIFIER else None
            t = head[0] if head else None
            if t is not None and t.kind == "word" and t.word in compound_heads:
                later = _term_at(tokens, end + 1, True) if t.word in heads else one_word.get(t.word)
                if later and later.category != "casualties":  # "servicemen killed": a loss after its noun is read later
                    hit, end = later, end + later.length
                elif later is None and t.word in _facilities():
                    return None, None
            if not items:  # as most nouns are reached
                return Counted(hit.category, hit.subtype, (), hit.category), end
            return Counted(hit.category, hit.subtype or _item_subtype(items), _names(items), hit.category), end
        # Most words are letters only: no designator, and a weapon only if one is written so.
        w = _weapon(t.text) if t.low in weapon_words or not t.text.isalpha() else None
        if w:
            items.append(w)
            if w.plural:  # "148 KN-23s": the designator is the noun
                return Counted(w.category, w.subtype, _names(items), w.category), None
        elif t.word in stops and t.word != "of":
            break
        elif t.word in formations and (formations[t.word] or _next_is_of(tokens, i)):
            return None, None  # "two battalions of deminers" counts battalions, not deminers
        elif t.word[-1] == "s" and _plural(t) and _term_after(tokens, i + 1) is None:
            # "30 trucks carried ammunition", "five types of missiles": the plural is what is counted, unless a
            # counted noun follows it ("1,500 special operations personnel", "40 arms shipments").
            return None, None
        seen += 1
    if items and items[-1].category:
        last = items[-1]
        return Counted(last.category, last.subtype, _names(items), last.category), None
    return None, None


def _term_after(tokens, k: int) -> tuple[Hit, int] | None:
    """The counted-noun term that starts at ``tokens[k]``, and the index of its last token, or None."""
    first = tokens[k : k + 1]
    hit = _term_at(tokens, k, True) if first and first[0].kind == "word" else None
    return (hit, k + hit.length - 1) if hit else None


def _closed_before_a_term(tokens, end: int) -> tuple[Hit, int] | None:
    """The term right after the closing quotation mark that follows ``tokens[end]``, or None."""
    close = tokens[end + 1 : end + 2]
    if not close or close[0].kind != "punct" or close[0].text not in _QUOTES:
        return None
    return _term_after(tokens, end + 2)


_QUOTED = 3  # words a quoted modifier may hold ("“elite” commandos", "“military builders”")


def _opens_a_modifier(tokens, i: int) -> bool:
    """Whether the quotation mark ``tokens[i]`` opens a few quoted words of the figure's phrase, closed before its noun."""
    for t in tokens[i + 1 : i + 2 + _QUOTED]:
        if t.kind == "punct":
            return t.text in _QUOTES
        if t.kind != "word":
            return False
        if t.word[-1] == "'":
            return True  # "‘volunteer’": a single closing mark is written onto the word
    return False


@functools.cache
def _formations() -> dict[str, bool]:
    # Formation nouns and their plurals, each with whether it is a plural ("corps" is both, so never said to be).
    words = cues("formation")
    plurals = {w[:-1] + "ies" if w.endswith("y") else w + "s" for w in words if not w.endswith("s")}
    return {**dict.fromkeys(words, False), **dict.fromkeys(plurals, True)}


def _next_is_of(tokens, i: int) -> bool:
    after = tokens[i + 1 : i + 2]
    return bool(after) and after[0].low == "of"


_NO_MODIFIER = frozenset({"casualties", "troops", "persons"})  # a loss or people before a noun: "fallen soldiers"


@functools.cache
def _facilities() -> frozenset[str]:
    # Nouns a counted noun may modify that are counted themselves and name no estimate ("munitions factories").
    words = cues("facility")
    return frozenset([*words, *(f"{w}s" for w in words), *(f"{w[:-1]}ies" for w in words if w.endswith("y"))])


@functools.cache
def _compound_heads() -> frozenset[str]:
    # Words that may head a compound after a counted noun: other terms' first words, and facilities.
    return frozenset([*_heads(), *one_word_terms(), *_facilities()])


@functools.cache
def _letter_weapons() -> frozenset[str]:
    # What _weapon may know of a word of letters only, lower-cased: an alias without a digit, or its plural.
    # (Neither such a word nor its lower case holds a digit, and every designator has one.)
    return frozenset(k + end for k in _weapons() if not any(c.isdecimal() for c in k) for end in ("", "s"))


def _item_subtype(items: list[_Weapon]) -> str | None:
    return next((w.subtype for w in items if w.subtype), None)


_VERB_GAP = 5  # words between a noun and a predicate that gives its figure ("the toll among the units stood at")


def link_window(before, linked: bool, vague: bool = False) -> LinkWindow | None:
    """The words before a link word that joins a noun to the number after it, and how far the noun may stand.

    ``linked``: the quantity starts with a verb that is its own link ("exceeds 3,000").
    ``vague``: the quantity is a vague count, which the words of role ``vague_link`` join to a
    predicate's noun as a verb would ("casualties are in the thousands").
    """
    links = cues("link")
    if linked or vague and _vague_link(before):
        width, gap, value = 0, _VERB_GAP, "verb"
    else:
        last = before[-2:]
        if not last or last[-1].kind != "word":
            return None
        pair = " ".join(t.low for t in last)
        if len(last) == 2 and pair in links:
            width, value = 2, links[pair]
        elif last[-1].low in links:
            width, value = 1, links[last[-1].low]
        else:
            return None
        gap = _VERB_GAP if value in ("verb", "copula") else 1
        if gap < _VERB_GAP and last[-1].low in _raising().values():
            raising = before[-2 * BACKWARD - width :]
            if any(t.word in _raising() for t in raising):
                gap = _VERB_GAP  # "bringing the number of troops in Russia to 3,000"
    reach = BACKWARD + (_VERB_GAP - 1 if gap == _VERB_GAP else 0)
    window, counted_noun = words_before(before, reach, width)
    if value == "copula" and not any(t.word in cues("total") for t in window):
        return None  # "the number of troops is 11,000" links; "the soldier is 20" gives an age
    return LinkWindow(window, gap, counted_noun, before, width)


def _vague_link(before) -> bool:
    words = [t.low for t in before[-_VAGUE_LINK:] if t.kind == "word"]
    return any(" ".join(words[-n:]) in cues("vague_link") for n in range(2, len(words) + 1))


_VAGUE_LINK = 3  # words of the longest vague link ("in the low")


def words_before(before, reach: int, width: int) -> tuple[list[Token], bool]:
    """The ``reach`` words before the ``width`` tokens of a link, from the last clause break or number on,
    and whether a number is what they start after."""
    window = before[-reach - width : -width] if width else before[-reach:]
    # A comma before "which" opens a clause about the noun before it ("the casualties, which numbered 3,000"), and
    # so does one right before a verb of the link ("the casualties, estimated at 4,700 by the NIS").
    opens = [i for i, t in enumerate(window) if t.text == "," and window[i + 1 : i + 2] and window[i + 1].low in _RELATIVE]
    if width and window and window[-1].text == "," and cues("link").get(" ".join(t.low for t in before[-width:])) == "verb":
        opens.append(len(window) - 1)
    if any((t.kind == "punct" and t.text in BREAK or t.kind == "num" and not _year(t)) and i not in opens for i, t in enumerate(window)):
        cut = max(i for i, t in enumerate(window) if (t.kind == "punct" or t.kind == "num" and not _year(t)) and i not in opens)
        return window[cut + 1 :], window[cut].kind == "num"
    return window, False


_RELATIVE = frozenset({"which", "who"})


def _year(token: Token) -> bool:
    # "brought the total since October 2024 to 14,000": a year counts nothing, so it starts no window.
    return len(token.text) == 4 and token.text[:2] in ("19", "20")


class LinkWindow(NamedTuple):
    """The words before a link word; ``gap``: how many words may stand between its noun and the link;
    ``counted_noun``: the words start right after a number, which counts their first noun itself;
    ``before`` and ``width``: all the tokens before the figure, and how many of the last are the link's."""

    words: list[Token]
    gap: int
    counted_noun: bool
    before: object = None
    width: int = 0


@functools.cache
def _raising() -> dict[str, str]:
    return cues("raising")


def backward(link: LinkWindow) -> Counted | None:
    """The counted noun in the words before a link word, ending near enough to it; persons are no figure's noun."""
    window, gap = link.words, link.gap
    for i in range(1 if link.counted_noun else 0, len(window)):
        hit = _term_at(window, i, True)
        # The noun must end next to the link word, or a verb or so before it ("the toll rose to 12").
        if hit and hit.category != "persons" and i + hit.length >= len(window) - gap:
            if hit.category == "troops" and (loss := _loss_of(window, i + hit.length)):
                return Counted("casualties", loss.subtype, (), hit.category)  # "the number of soldiers killed is"
            return Counted(hit.category, hit.subtype, (), hit.category)
    if link.before is None:
        return None
    # Further back, a noun naming the figure may say what it counts ("the number of North Koreans being
    # trained in eastern Russia at"); read only when no noun counts it.
    wider, _ = words_before(link.before, TOTAL_REACH, link.width)
    return _total_of(wider)


def _total_of(window) -> Counted | None:
    """What a noun naming a figure says it counts, however far from the link ("its estimate of soldiers killed in
    the war in Ukraine to 2,000", "the number of North Koreans being trained in eastern Russia at 12,000")."""
    totals = cues("total")
    for i in range(len(window) - 2):
        if window[i].word in totals and window[i + 1].low == "of":
            counted, end = forward(window[i + 2 :])
            if counted is None or end is None:
                return None
            after = i + 2 + end + 1
            if counted.category == "troops" and (loss := _loss_of(window, after)):
                return Counted("casualties", loss.subtype, (), "troops")
            if counted.category == "persons":
                # A country's people sent to war ("being trained", "deployed") are troops.
                deploying = cues("deploying")
                sent = counted.subtype is not None and any(t.low in deploying for t in window[after : after + _DEPLOY_REACH])
                return Counted("troops", None if counted.subtype == "troops" else counted.subtype, (), "persons") if sent else None
            return counted
    return None


TOTAL_REACH = BACKWARD + 8  # words before a link word read for its noun
_DEPLOY_REACH = 3  # words after a people noun searched for the verb that sends them ("being trained in")


def _loss_of(window, at: int) -> Hit | None:
    """A casualty term right after a noun, through auxiliaries ("soldiers killed", "troops who were wounded")."""
    aux = cues("aux")
    for i in range(at, len(window)):
        t = window[i]
        hit = _term_at(window, i, True) if t.kind == "word" else None
        if hit:
            return hit if hit.category == "casualties" else None
        if t.kind != "word" or t.low not in aux:
            return None
    return None


def noun_of_its_own(after) -> bool:
    """Whether a plural the lexicon does not know follows a figure ("brought the total to 64 calls"): it counts that."""
    first = after[:1]
    return bool(first) and first[0].kind == "word" and _plural(first[0])


def _plural(token: Token) -> bool:
    # A word in -s that no vocabulary knows is taken for a plural noun; not "-ss", "-us" or "-is" ("across",
    # "various", "this"), nor a capitalised name ("Storm Corps troops", "HIMARS launchers").
    word = token.word
    return (len(word) > 3 and word[-1] == "s" and word[-2] not in "siu" and not token.text[0].isupper()
            and word not in _function_words())


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset([*load_list("stopwords.csv"), *cues("stop"), *cues("aux")])


def names_a_total(link: LinkWindow) -> bool:
    """Whether a noun that names a figure, not what it counts, is linked to the number ("the total reached")."""
    totals = cues("total")
    return any(t.word in totals for t in link.words[-link.gap - 1 :])


def elided(after) -> int:
    """How many tokens after a number stand for an elided noun ("600 of them were killed"), or 0.

    A closing quotation mark before them is theirs: "a “few hundred” of them".
    """
    first = after[:3]
    quote = 1 if first and first[0].text in _QUOTES else 0
    words = [t.low for t in first[quote : quote + 2]]
    return quote + 2 if len(words) == 2 and " ".join(words) in cues("elided") else 0


_MENTION = 300  # characters before a pronoun searched for the noun it stands for


def mentioned(text: str, end: int, clause: bool = True) -> Counted | None:
    """The last counted noun written in the stretch of ``text`` before ``end``.

    With ``clause``, ``end`` is inside a clause whose own nouns are passed
    over: a pronoun does not stand for a noun of its clause ("Russian forces
    have fired scores of them"), so the search starts at the clause break
    before it, and finds nothing when there is none.
    """
    tokens = tokenize(text[max(0, end - _MENTION) : end])
    i = len(tokens) - 1
    if clause:
        while i >= 0 and not (tokens[i].kind == "punct" and tokens[i].text in BREAK):
            i -= 1
    for i in range(i, -1, -1):
        t = tokens[i]
        hit = term_from(tokens, i, t.word, True) if t.kind == "word" else None
        if hit:
            return Counted(hit.category, hit.subtype, (), hit.category)
    return None
