"""What a figure counts: the counted nouns and weapons it may count, and where they stand around it.

The lexicon is ``data/estimate_categories.csv`` (terms of one word or more, the last one possibly plural) and
``data/weapons.csv`` (aliases and designators).  A figure's noun is looked for after it (:func:`forward`), before
a link word or predicate (:mod:`~dossier.extractors.figures.estimate_links`) or written earlier in the text, for a
pronoun (:mod:`~dossier.extractors.figures.estimate_mentions`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.quote_marks import ENGLISH_DOUBLE, ENGLISH_SINGLE
from ...text.words import plural
from ...vocab import load_list, load_table
from .estimate_specs import a_round_of, per_unit, pieces_of_materiel
from .estimate_tokens import BREAK, Token, initialism_stop
from ...text.numbers import cues

_ARTICLES = frozenset({"a", "an", "the"})
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


def term_at(tokens, i: int, plain: bool) -> Hit | None:
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
    return term_at(tokens, i, plain) if word in _heads() else one_word_terms().get(word)


@functools.lru_cache(maxsize=4096)  # the same few hyphenated and possessive words recur ("long-range", "Russia's")
def _weapon(word: str) -> _Weapon | None:
    """The weapon a designator token names, or None."""
    low = word.lower()
    weapons = _weapons()
    for key, stripped in ((low, False), (low[:-1] if low.endswith("s") else low, True)):
        if key in weapons:
            item, cat, sub = weapons[key]
            return _Weapon(item, cat, sub, stripped and key != low)
    if _DESIGNATOR.fullmatch(word):
        return _Weapon(word, None, None, False)
    if word.endswith("s") and _DESIGNATOR.fullmatch(word[:-1]):
        return _Weapon(word[:-1], None, None, False)
    return None


def weapon_named(word: str) -> Counted | None:
    """The arm a weapon's name stands for as a noun ("the Koksans"), the weapon its item, from ``weapons.csv``."""
    weapon = _weapon(word)
    return Counted(weapon.category, weapon.subtype, (weapon.item,), weapon.category) if weapon and weapon.category else None


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
    stops, items, seen, formations, roles = cues("stop"), [], 0, _formations(), cues("role_noun")
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
        if kind == "punct" and initialism_stop(tokens, i):
            continue  # "28,000 U.S. troops": the stop of an initialism ends no phrase
        if kind == "num" and i > 1 and tokens[i - 1].text == "/" and _DESIGNATOR.fullmatch(tokens[i - 2].text):
            continue  # "42 Kh-59/69 missiles": the variant of a designator ("Kh-59"), no number of its own
        if seen >= _FORWARD or kind == "num" or (kind == "punct" and t.text in BREAK):
            break
        if kind != "word":
            continue
        if "'" in t.word and (t.word[-1] == "'" or t.word.endswith("'s")):
            if _inside_a_name(tokens, i) or _owner_of_the_whole(tokens, i):
                seen += 1
                continue  # "4,000 Korean People's Army soldiers", "2,000 of Kim's troops": the noun after it heads
            if not (quoted and t.word[-1] == "'"):
                break  # "the two countries' armed forces": the number counts the possessor, not the noun after
            quoted = False  # "‘volunteer’ troops": the single closing mark is written onto the word
            hit, end = _term_after(tokens, i + 1) or (one_word.get(t.word[:-1]), i)
            if hit:
                return Counted(hit.category, hit.subtype or _item_subtype(items), _names(items), hit.category), end
            seen += 1
            continue
        hit = term_at(tokens, i, True) if t.word in heads else one_word.get(t.word)  # term_from, inlined
        if hit:
            end = i + hit.length - 1
            if hit.category == "casualties" and tokens[end + 1 : end + 2] and tokens[end + 1].kind == "num":
                # "killed 300 and wounded 2,700 soldiers": a verb with its own figure; both count the noun after it.
                return forward(tokens[end + 2 :])[0], None
            if quoted and (later := _closed_before_a_term(tokens, end)):
                hit, end = later  # "“volunteer” troops": a quoted noun before a noun is its modifier
            # A counted noun may be a compound's modifier ("munitions factories" count no estimate).
            # People modify a carrier only in the singular ("troop trains"): "soldiers" before a noun stays people.
            unmodifying = hit.category in _NO_MODIFIER and (hit.category not in PEOPLE or (t if end == i else tokens[end]).word[-1] == "s")
            head = tokens[end + 1 : end + 2] if not unmodifying else None
            t = head[0] if head else None
            if t is not None and t.kind == "word" and t.word in compound_heads:
                later = compound_head(tokens, end + 1, hit)
                if later:
                    hit, end = later, end + later.length
                elif t.word in _facilities() and hit.category not in _NO_MODIFIER:
                    return None, None
            if hit.category == "artillery_shells" and a_round_of(tokens, end):
                rounds_of = forward(tokens[end + 2 :])[0]  # "two rounds of talks": a series; "rounds of shells" stay so
                if rounds_of is None or rounds_of.category != hit.category:
                    return None, None
            if per_unit(tokens, end):
                return None, None  # "fires 40 rounds per minute", "four missiles each": what one piece takes
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
        elif t.word in _ARTICLES and i and tokens[i - 1].word not in _function_words():
            # "in at least one case a soldier": an article after a noun opens a phrase of its own ("of all the" not)
            break
        elif t.word in roles:
            return None, None  # "One analyst put the losses at 3,000": the number counts the analyst
        elif pieces_of_materiel(tokens, i):
            return Counted("other", None, _names(items), "other"), None  # "7,000 units of equipment": materiel
        elif t.word in formations and (formations[t.word] or _next_is_of(tokens, i)):
            if t.word in cues("piece") and _next_is_of(tokens, i):
                # "100 units of 170mm guns": a unit of materiel is one piece of it; units of people are formations.
                counted = forward(tokens[i + 2 :])[0]
                if counted is not None and counted.category not in PEOPLE:
                    return counted, None
            return None, None  # "two battalions of deminers" counts battalions, not deminers
        elif t.word in cues("launch") and (fired := _launched(tokens, i, items)) is not None:
            return fired, None  # "78 launches of missiles", "60 KN-23 launches": each launch is one missile fired
        elif t.word[-1] == "s" and _plural(t) and (_term_after(tokens, i + 1) is None or t.word in cues("own_plural")):
            # "30 trucks carried ammunition", "five types of missiles": the plural is what is counted, unless a
            # counted noun follows it ("1,500 special operations personnel", "40 arms shipments").
            return None, None
        seen += 1
    if items and items[-1].category:
        last = items[-1]
        return Counted(last.category, last.subtype, _names(items), last.category), None
    return None, None


def _launched(tokens, i: int, items: list[_Weapon]) -> Counted | None:
    """What a noun of launches at ``tokens[i]`` counts: the missiles or rockets named before it or after its "of"."""
    fired = Counted(items[-1].category, items[-1].subtype, _names(items), items[-1].category) if items else (
        forward(tokens[i + 2 :])[0] if _next_is_of(tokens, i) else None)
    return fired if fired is not None and fired.category in ("missiles", "rockets") else None


def _inside_a_name(tokens, i: int) -> bool:
    """Whether the possessive ``tokens[i]`` is capitalised before a capitalised word: a name's ("People's Army")."""
    after = tokens[i + 1 : i + 2]
    return tokens[i].text[0].isupper() and bool(after) and after[0].kind == "word" and after[0].text[0].isupper()


def _term_after(tokens, k: int) -> tuple[Hit, int] | None:
    """The counted-noun term that starts at ``tokens[k]``, and the index of its last token, or None."""
    first = tokens[k : k + 1]
    hit = term_at(tokens, k, True) if first and first[0].kind == "word" else None
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
    plurals = {plural(w) for w in words if not w.endswith("s")}
    return {**dict.fromkeys(words, False), **dict.fromkeys(plurals, True)}


def is_formation(word: str) -> bool:
    """Whether the lower-case ``word`` is a military formation's noun or its plural ("battalion", "companies")."""
    return word in _formations()


def _next_is_of(tokens, i: int) -> bool:
    after = tokens[i + 1 : i + 2]
    return bool(after) and after[0].low == "of"


_NO_MODIFIER = frozenset({"casualties", "troops", "persons"})  # a loss or people before a noun: "fallen soldiers"
PEOPLE = frozenset({"troops", "persons"})  # categories of people counted, before a loss or context makes them more
PEOPLE_COUNTED = PEOPLE | {"casualties"}  # categories of any count of people, a loss too
_CARRIERS = frozenset({"shipments"})  # what people before a noun may still modify: "troop trains" count trains


def compound_head(tokens, i: int, modifier: Hit) -> Hit | None:
    """The counted noun at ``tokens[i]`` that heads a compound whose ``modifier``, a counted noun, ends just before.

    The head of a compound is its last noun: "munitions containers" count
    containers and "ammunition trains" trains.  People and losses are rarely
    a compound's modifier ("fallen soldiers" stay a loss), and a loss after
    its noun ("servicemen killed") is no head: it is read later, as a loss.
    People do modify the carriers that move them: "troop trains" count trains.
    """
    t = tokens[i]
    if t.kind != "word" or modifier.category in _NO_MODIFIER and modifier.category not in PEOPLE:
        return None
    later = term_at(tokens, i, True) if t.word in _heads() else one_word_terms().get(t.word)
    if later is None or later.category == "casualties":
        return None
    return later if modifier.category not in PEOPLE or later.category in _CARRIERS else None


@functools.cache
def _facilities() -> frozenset[str]:
    # Nouns a counted noun may modify that are counted themselves and name no estimate ("munitions factories").
    words = cues("facility")
    return frozenset([*words, *map(plural, words)])


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


def _owner_of_the_whole(tokens, i: int) -> bool:
    """Whether the possessive at ``i`` names whose whole a part is taken from, right after the figure's "of":
    "2,000 of Kim's troops", "300 of North Korea's soldiers", "3,000 of the country's men" (a name, capitalised, or
    a noun after "the"); not "two countries' forces"."""
    if i < 1 or tokens[0].low != "of":
        return False
    owner = tokens[2 : i + 1] if tokens[1].low == "the" else tokens[1 : i + 1]
    return bool(owner) and all(t.kind == "word" for t in owner) and (len(owner) == 1 or all(t.text[0].isupper() for t in owner))


def noun_of_its_own(after) -> bool:
    """Whether a plural the lexicon does not know follows a figure ("brought the total to 64 calls", "two divisions'
    worth of men"): it counts that, its possessive's mark aside."""
    first = after[:1]
    return bool(first) and first[0].kind == "word" and _plural(first[0]._replace(word=first[0].word.rstrip("'")))


def _plural(token: Token) -> bool:
    # A word in -s that no vocabulary knows is taken for a plural noun; not "-ss", "-us" or "-is" ("across",
    # "various", "this"), nor a capitalised name ("Storm Corps troops", "HIMARS launchers").
    word = token.word
    return (len(word) > 3 and word[-1] == "s" and word[-2] not in "siu" and not token.text[0].isupper()
            and word not in _function_words())


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset([*load_list("stopwords.csv"), *cues("stop"), *cues("aux")])


def elided(after) -> int:
    """How many tokens after a number stand for an elided noun ("600 of them were killed"), or 0.

    A closing quotation mark before them is theirs: "a “few hundred” of them".
    """
    first = after[:3]
    quote = 1 if first and first[0].text in _QUOTES else 0
    words = [t.low for t in first[quote : quote + 2]]
    return quote + 2 if len(words) == 2 and " ".join(words) in cues("elided") else 0


def opens_with_part(before, last_from: int) -> bool:
    """Whether the words right before a figure open its clause with an elided whole and a comma ("Of these, some
    40 percent were older stock"): the figure is a part of what the figure before counted, when that one was
    counted in the sentence before or this one (``last_from``: how many sentences back)."""
    if last_from > 1:
        return False
    last = before[-4:]
    if len(last) < 3 or last[-1].text != ",":
        return False
    return " ".join(t.low for t in last[-3:-1]) in cues("elided") and (len(last) == 3 or last[0].kind == "punct")


def is_part(text: str, end: int) -> bool:
    """Whether the two words after a figure ending at ``end`` of ``text`` make it a part of the figure before
    ("600 of them"): :func:`elided` read from the text, without tokens."""
    return " ".join(text[end : end + _ELIDED_CHARS].lower().split()[:2]).rstrip(",.;") in cues("elided")


_ELIDED_CHARS = 16  # "of whom", "of those,"
