"""Troop, casualty and munitions estimates: every figure about forces, losses or materiel.

A figure is a quantity (:mod:`dossier.numbers`) whose counted noun is in
``data/estimate_categories.csv`` or ``data/weapons.csv``; figures whose noun
counts anything else (days, people at a summit, dollars) are not estimates.
The claimant comes from :mod:`dossier.estimate_claimants`.

How a figure finds what it counts, in order:

1. the first counted noun after it, within a few words of adjectives,
   calibres ("500,000 122-millimetre shells") and weapon designators
   ("148 KN-23 and KN-24 missiles");
2. a verb that makes it a loss, through auxiliaries and relative pronouns
   only ("the 4,000 who have been killed", "2,000 were wounded");
3. an elided noun taken from the previous figure of the same or previous
   sentence ("another 3,000", "3 million a year");
4. a noun before it joined by a link word ("a contingent of 12,000",
   "the death toll rose to 12").

A count of soldiers or people becomes a casualty count when a casualty verb
goes with it ("killed 3,000 soldiers", "3,000 soldiers were wounded"); a loss
that is not of soldiers, in a sentence about a strike or attack, is
``strike_casualties`` ("a Russian attack that left 12 dead in Kyiv").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from . import schema
from .estimate_claimants import Attribution
from .estimate_claims import ArticleClaims
from .numbers import Quantity, cues, find_quantities, may_hold_quantities
from .vocab import load_table

_FORWARD = 7  # words between a number and its noun ("64 carefully tracked sea and rail shipments")
_BACKWARD = 6
_CLAUSE = 14  # words of a relative clause searched for a casualty verb
_BREAK = set(",.;:()[]“”\"—–!?")
_CALIBRE = r"\d+(?:\.\d+)?[- ]?(?:mm|millimet(?:re|er)s?|cm|calibre|caliber)\b"
_TOKEN = re.compile(
    rf"(?P<cal>{_CALIBRE})"
    r"|(?P<word>\d+[A-Za-z]+\d+\w*|[^\W\d_][\w’'\-]*)"
    r"|(?P<num>\d[\d,.]*\d|\d)"
    r"|(?P<punct>[^\w\s])"
)
# The same tokens, found faster: without groups, and with the alternatives that start with a letter or
# punctuation first (the others start with a digit, so never compete with them).  Each token's kind is then
# told from its text: see _tokens.
_TOKEN_TEXT = re.compile(rf"[^\W\d_][\w’'\-]*|[^\w\s]|{_CALIBRE}|\d+[A-Za-z]+\d+\w*|\d[\d,.]*\d|\d")
_CALIBRE_TOKEN = re.compile(_CALIBRE)
_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?|\d+[A-Z]+\d+")


@dataclass(frozen=True)
class _Counted:
    category: str
    subtype: str | None
    items: tuple[str, ...] = ()
    noun: str | None = None  # category of the noun itself (troops, persons, ...), before context


@functools.cache
def _terms() -> dict[tuple[str, ...], tuple[str, str]]:
    t = load_table("estimate_categories.csv")
    return {tuple(term.split()): (cat, sub or None) for term, cat, sub in t.itertuples(index=False)}


@functools.cache
def _weapons() -> dict[str, tuple[str, str, str]]:
    t = load_table("weapons.csv")
    return {a: (item, cat, sub or None) for a, item, cat, sub in t.itertuples(index=False)}


@functools.cache
def _max_term() -> int:
    return max(len(k) for k in _terms())


@functools.cache
def _heads() -> frozenset[str]:
    # First words of the terms of two words or more: no longer term can start anywhere else.
    return frozenset(k[0] for k in _terms() if len(k) > 1)


# A token: (kind, text, lower-cased, lower-cased with a plain apostrophe).
_Token = tuple[str, str, str, str]


def _tokens(text: str) -> list[_Token]:
    """The tokens of ``text``: those ``_TOKEN`` finds, each with the name of the group that found it."""
    curly = "’" in text
    out = []
    append = out.append
    for token in _TOKEN_TEXT.findall(text):
        first = token[0]
        # \d is a decimal character, and \w one that is alphanumeric (or "_", which starts no token).
        if not first.isdecimal():
            if first.isalnum():  # [^\W\d_]: a word, as most tokens are
                kind = "word"
            else:
                kind = "punct"
        elif token.isdecimal() or (token[-1].isdecimal() and token.replace(",", "").replace(".", "").isdecimal()):
            append(("num", token, token, token))  # nothing to lower or replace
            continue
        elif token[-1].isdecimal() or not _CALIBRE_TOKEN.fullmatch(token):
            kind = "word"  # "9M723": a calibre ends with its unit, a number holds no letter
        else:
            kind = "cal"
        low = token.lower()
        append((kind, token, low, low.replace("’", "'") if curly else low))
    return out


# Most of a sentence is never looked at: a figure's noun, verb or link word is a few tokens away.  So the
# tokens on either side of a figure are read outwards from it, a few words at a time, only as far as they
# are asked for.  The text is cut only where no token can straddle the cut: at whitespace, but not at a
# space after a digit ("122 mm" is one token).  Either side of such a cut, the tokens are those of the
# whole text.
_STEP = 32  # characters read at a time after a figure
_STEP_BACK = 16  # and before it, where fewer words are asked for (two, or seven before a link word)


def _cuttable(text: str, w: int) -> bool:
    c = text[w]
    return c.isspace() and not (c == " " and w and text[w - 1].isdecimal())


_CUT = re.compile(r"[^\S ]|(?<!\d) ")  # where _cuttable holds: found by a search, not tried char by char


class _Ahead:
    """The tokens of ``text[start:]``, read only as far as they are asked for; used as the list of them."""

    def __init__(self, text: str, start: int, _read=None, _offset: int = 0):
        self._read = _read or [text, start, []]  # text, read up to, tokens: shared with the views of slices
        self._offset = _offset

    def _upto(self, n: int | None) -> list[_Token]:
        read = self._read
        text, cut, tokens = read
        while cut < len(text) and (n is None or len(tokens) < n):
            next_cut = _CUT.search(text, cut + _STEP)
            w = next_cut.start() if next_cut else len(text)
            tokens += _tokens(text[cut:w])
            cut = read[1] = w
        return tokens

    def __getitem__(self, i):
        o = self._offset
        if isinstance(i, slice) and i.step is None and (i.start or 0) >= 0:
            if i.stop is None:
                return _Ahead("", 0, self._read, o + (i.start or 0))
            if i.stop >= 0:
                return self._upto(o + i.stop)[o + (i.start or 0) : o + i.stop]
        if isinstance(i, int) and i >= 0:
            return self._upto(o + i + 1)[o + i]
        return self._upto(None)[o:][i]

    def __iter__(self):
        k, tokens = self._offset, self._read[2]  # tokens grows in place as more is read
        while k < len(tokens) or k < len(self._upto(k + 1)):
            while k < len(tokens):
                yield tokens[k]
                k += 1

    def __len__(self) -> int:
        return max(0, len(self._upto(None)) - self._offset)

    def __bool__(self) -> bool:
        return len(self._upto(self._offset + 1)) > self._offset


class _Behind:
    """The tokens of ``text[:end]``, read leftwards only as far as they are asked for; used as the list of them."""

    def __init__(self, text: str, end: int):
        self._text, self._cut, self._tokens = text, end, []

    def _upto(self, n: int | None) -> list[_Token]:
        while self._cut and (n is None or len(self._tokens) < n):
            w = max(0, self._cut - _STEP_BACK)
            while w and not _cuttable(self._text, w):
                w -= 1
            self._tokens[:0] = _tokens(self._text[w : self._cut])
            self._cut = w
        return self._tokens

    def __getitem__(self, i):
        if isinstance(i, slice):
            ends = [x for x in (i.start, i.stop) if x is not None]
            whole = i.step is not None or i.start is None or any(x >= 0 for x in ends)
            return self._upto(None if whole else -min(ends))[i]
        return self._upto(None if i >= 0 else -i)[i]

    def __reversed__(self):
        k = 1
        while len(self._upto(k)) >= k:
            yield self._tokens[-k]
            k += 1

    def __iter__(self):
        return iter(self._upto(None))

    def __len__(self) -> int:
        return len(self._upto(None))

    def __bool__(self) -> bool:
        return bool(self._upto(1))


def _forms(word: str) -> tuple[str, ...]:
    # The word, then its singular without "es" or "s", then without "s" ("buses": "bus", "buse").
    if not word.endswith("s"):
        return (word,)
    return word, word[:-2] if word.endswith("es") else word[:-1], word[:-1]


@functools.cache
def _one_word_terms() -> dict[str, tuple[int, tuple[str, str]]]:
    # Every word that is a one-word term or its plural, with what _term_at gives for it.
    terms = _terms()
    words = {w + end for (w,) in (k for k in terms if len(k) == 1) for end in ("", "s", "es")}
    out = {}
    for word in words:
        form = next((f for f in _forms(word) if (f,) in terms), None)
        if form is not None:
            out[word] = 1, terms[(form,)]
    return out


def _term_at(tokens, i: int, field: int) -> tuple[int, tuple[str, str]] | None:
    """Longest counted-noun term starting at ``tokens[i]``, in the tokens' words ``field``; the last may be plural."""
    terms = _terms()
    first = tokens[i][field]
    if first in _heads():
        words = [t[field] for t in tokens[i : i + _max_term()]]
        for n in range(len(words), 1, -1):
            head = tuple(words[: n - 1])
            for form in _forms(words[n - 1]):
                if head + (form,) in terms:
                    return n, terms[head + (form,)]
    return _one_word_terms().get(first)


def _term_from(tokens, i: int, word: str, field: int) -> tuple[int, tuple[str, str]] | None:
    """:func:`_term_at`, given ``word``, the field of ``tokens[i]``: only a head can start a longer term."""
    return _term_at(tokens, i, field) if word in _heads() else _one_word_terms().get(word)


def _weapon(word: str) -> tuple[str, str, str, bool] | None:
    """(item, category, subtype, plural) of a designator token, or None."""
    low = word.lower()
    weapons = _weapons()
    for key, plural in ((low, False), (low[:-1] if low.endswith("s") else low, True)):
        if key in weapons:
            item, cat, sub = weapons[key]
            return item, cat, sub, plural and key != low
    if _DESIGNATOR.fullmatch(word):
        return word, None, None, False
    if word.endswith("s") and _DESIGNATOR.fullmatch(word[:-1]):
        return word[:-1], None, None, False
    return None


def _names(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for item, *_ in items))


def _forward(tokens) -> tuple[_Counted | None, int | None]:
    """The counted noun after a number, and the weapon designators on the way to it.

    Also the index of the noun's first token, when a noun term is what was found.
    """
    stops, items, seen = cues("stop"), [], 0
    heads, one_word, weapon_words = _heads(), _one_word_terms(), _letter_weapons()
    for i, (kind, text, low, word) in enumerate(tokens):
        if seen >= _FORWARD or kind == "num" or (kind == "punct" and text in _BREAK):
            break
        if kind != "word":
            continue
        hit = _term_at(tokens, i, 3) if word in heads else one_word.get(word)  # _term_from, inlined
        if hit:
            cat, sub = hit[1]
            if not items:  # as most nouns are reached
                return _Counted(cat, sub, (), cat), i
            return _Counted(cat, sub or _item_subtype(items), _names(items), cat), i
        # Most words are letters only: no designator, and a weapon only if one is written so.
        w = _weapon(text) if low in weapon_words or not text.isalpha() else None
        if w:
            items.append(w)
            if w[3]:  # "148 KN-23s": the designator is the noun
                return _Counted(w[1], w[2], _names(items), w[1]), None
        elif word in stops and word != "of":
            break
        seen += 1
    if items and items[-1][1]:
        return _Counted(items[-1][1], items[-1][2], _names(items), items[-1][1]), None
    return None, None


@functools.cache
def _letter_weapons() -> frozenset[str]:
    # What _weapon may know of a word of letters only, lower-cased: an alias without a digit, or its plural.
    # (Neither such a word nor its lower case holds a digit, and every designator has one.)
    return frozenset(k + end for k in _weapons() if not any(c.isdecimal() for c in k) for end in ("", "s"))


def _item_subtype(items) -> str | None:
    return next((i[2] for i in items if i[2]), None)


def _loss_after(tokens) -> tuple[str, str] | None:
    """A casualty term reached through auxiliaries and commas only ("who have been killed or wounded")."""
    aux = cues("aux")
    for i, (kind, text, word, _) in enumerate(tokens):
        if i == _CLAUSE:
            break
        if kind == "punct" and text in ".;:!?":
            return None
        if kind != "word":
            continue
        hit = _term_from(tokens, i, word, 2)
        if hit and hit[1][0] == "casualties":
            return hit[1]
        if word not in aux:
            return None
    return None


def _loss_before(tokens) -> str | None:
    """Casualty subtype of a verb just before the number ("killed 3,000", "lost about 4,000")."""
    verbs, seen = cues("casualty"), 0
    for kind, _, low, _ in reversed(tokens):  # the last two words, last first
        if kind == "word":
            if low in verbs:
                return verbs[low]
            seen += 1
            if seen == 2:
                return None
    return None


def _backward(tokens) -> _Counted | None:
    if not tokens or tokens[-1][0] != "word" or tokens[-1][2] not in cues("link"):
        return None
    window = [t for t in tokens[-_BACKWARD - 1 : -1]]
    if any(t[0] == "punct" and t[1] in _BREAK or t[0] == "num" for t in window):
        window = window[max(i for i, t in enumerate(window) if t[0] in ("punct", "num")) + 1 :]
    for i in range(len(window)):
        hit = _term_at(window, i, 3)
        # The noun must end next to the link word, or one verb before it ("the toll rose to 12").
        if hit and hit[1][0] != "persons" and i + hit[0] >= len(window) - 1:
            cat, sub = hit[1]
            return _Counted(cat, sub, (), cat)
    return None


def _strip(text: str, spans: list[Attribution]) -> str:
    # Attributions inside a clause ("who, according to X, have been killed") hide its verb.
    for a in spans:
        text = text[: a.start] + " " * (a.end - a.start) + text[a.end :]
    return text


def _counted(text: str, stripped: str, q: Quantity, last: _Counted | None) -> _Counted | None:
    after = _Ahead(stripped, q.end)
    before = _Behind(text, q.start)
    counted, noun_at = _forward(after)
    if "’" in stripped:
        noun_at = None  # _as_loss looks for the noun in words with curly apostrophes: not what _forward read
    if counted is None:
        loss = _loss_after(after)
        if loss:
            counted = _Counted(loss[0], loss[1], (), None)
    if counted is None and q.kind == "count":
        prev_words = " ".join(t[2] for t in before[-2:] if t[0] == "word")
        rest = " ".join(t[2] for t in after[:2] if t[0] == "word")
        continues = any(prev_words.endswith(c) for c in cues("another")) or any(rest.startswith(r) for r in cues("rate"))
        if continues and last is not None and q.scaled:
            counted = _Counted(last.category, last.subtype, last.items, last.noun)
    if counted is None and q.kind == "count":
        counted = _backward(before)
    if counted is None and q.kind == "count" and q.scaled and _loss_before(before):
        counted = _Counted("casualties", _loss_before(before), (), None)  # "Ukraine says it killed 3,000"
    if counted is None:
        return None
    if q.kind != "count":
        return _Counted("share_percent", counted.category if counted.category != "persons" else None, counted.items, counted.noun)
    counted = _as_loss(counted, before, after, text, noun_at)
    if counted is not None and counted.category == "troops" and counted.subtype is None and _increment(before, after):
        # "about 2,000 more troops" adds to a deployment: read as a total it
        # would pass for the latest size of the whole force.
        counted = replace(counted, subtype="reinforcements")
    return counted


def _increment(before, after) -> bool:
    """Whether the words next to a figure make it an addition ("another 1,500", "2,000 more troops")."""
    words = _increment_words()
    prev = " ".join(t[2] for t in before[-2:] if t[0] == "word")
    if any(prev == w or prev.endswith(" " + w) for w in words["before"]):
        return True
    nxt = [t[2] for t in after[:2]]
    return bool(nxt) and nxt[0] in words["after"] and nxt[1:2] != ["than"]


@functools.cache
def _increment_words() -> dict[str, frozenset[str]]:
    table = cues("increment")
    return {side: frozenset(w for w, v in table.items() if v in (side, "both")) for side in ("before", "after")}


def _as_loss(counted: _Counted, before, after, text: str, noun_at: int | None = None) -> _Counted | None:
    # ``noun_at``: where _forward found the first noun in ``after``, when it did.
    if counted.category in ("troops", "persons"):
        loss = _loss_before(before)
        if loss is None:
            skip = noun_at
            if skip is None:
                skip = next((i for i, t in enumerate(after) if t[0] == "word" and _term_from(after, i, t[2], 2)), None)
            hit = _loss_after(after[skip + 1 :]) if skip is not None else None
            loss = hit[1] if hit else None
        if loss is not None:
            counted = _Counted("casualties", loss, counted.items, counted.noun)
    if counted.category == "persons":
        return None
    if counted.category == "casualties" and counted.noun != "troops" and _mentions_strike(text):
        counted = _Counted("strike_casualties", counted.subtype, counted.items, counted.noun)
    return counted


@functools.cache
def _strike() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues("strike")) + r")\b", re.IGNORECASE)


def _mentions_strike(text: str) -> bool:
    return bool(_strike().search(text))


def _article_rows(aid: str, numbers: list[int], starts: list[int], texts: list[str], may: list[bool]) -> list[dict]:
    rows: list[dict] = []
    article = ArticleClaims(texts, starts)
    last: _Counted | None = None
    last_sentence = -2
    for k, (sentence, start, text) in enumerate(zip(numbers, starts, texts)):
        quantities = find_quantities(text) if may[k] else []
        if not quantities:
            continue
        found = article.found(k)
        stripped = _strip(text, found)
        if sentence - last_sentence > 1:
            last = None
        for q in quantities:
            counted = _counted(text, stripped, q, last)
            if counted is None:
                continue
            claim = article.claim(k, q.start, q.end)
            rows.append(
                dict(
                    article_id=aid,
                    sentence=sentence,
                    start=start + q.start,
                    end=start + q.end,
                    quantity_text=text[q.start : q.end],
                    low=q.low,
                    high=q.high,
                    hedge=q.hedge,
                    category=counted.category,
                    subtype=counted.subtype,
                    item=", ".join(counted.items) or None,
                    claimant=claim.claimant,
                    claimant_text=claim.text,
                    claimant_via=claim.via,
                )
            )
            if counted.category != "share_percent":
                last, last_sentence = counted, sentence
    return rows


def _articles(sentences: pd.DataFrame):
    """(article_id, positions of its sentences in order) per article.

    The order of ``groupby("article_id", sort=False)`` then ``sort_values("sentence")``,
    without a frame per article.
    """
    codes, ids = pd.factorize(sentences["article_id"], sort=False)
    numbers = sentences["sentence"].to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(ids) + 1))
    for g, aid in enumerate(ids):
        rows = order[bounds[g] : bounds[g + 1]]
        values = numbers[rows]
        if len(values) > 1 and not (values[1:] > values[:-1]).all():
            rows = rows[np.argsort(values, kind="quicksort")]
        yield aid, rows


def estimates(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every figure about forces, losses or materiel in the articles.

    Works article by article: the result on a subset of articles is that
    subset of the result.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame (``article_id``, ``sentence``, ``start``, ``text``).
    articles : DataFrame
        The ``articles`` frame, for ``published``.

    Returns
    -------
    DataFrame
        One row per figure, with the columns of ``schema.FRAMES["estimates"]``:

        article_id, sentence
            Where the figure is.
        start, end
            Offsets of the quantity in ``articles.text``; ``text[start:end]``
            is ``quantity_text``, hedge included ("more than 4,000").
        low, high
            Bounds the claim allows.  exact and approximate: both equal the
            value; lower_bound ("more than"): ``low`` only; upper_bound
            ("up to"): ``high`` only, ``low`` NaN (not 0: the claim sets no
            floor); range: both ends; vague ("thousands of"): ``low`` is one
            unit of the scale (1,000), ``high`` NaN.  share_percent figures
            are in percent (70.0; "half" is 50.0).
        hedge
            exact, approximate, lower_bound, upper_bound, range or vague.
        category, subtype
            What is counted (``data/estimate_categories.csv``); subtype is
            finer (engineers, killed_or_wounded, ballistic, ...).  For
            share_percent, subtype is the category the share is of.
        item
            Weapon designators named in the count ("KN-23, KN-24").
        claimant, claimant_text, claimant_via
            Who makes the claim, as :mod:`dossier.estimate_claims` reads it:
            the nearest attribution in the sentence, a quotation's speaker,
            a pronoun or description resolved to the claimant it refers to;
            normalised through ``data/claimants.csv`` (unknown claimants are
            kept as written).  "according to circulating figures/multiple
            reports" gives ``unattributed reports``.  claimant_via is the
            relay that passes the claimant's figure on ("lawmakers briefed by
            the NIS": NIS via lawmakers).  All empty when the article asserts
            the figure itself.
        published
            Publication date of the article.
    """
    if sentences.empty:
        return schema.empty("estimates")
    columns = [sentences[c].tolist() for c in ("sentence", "start", "text")]
    columns.append(may_hold_quantities(sentences["text"]).tolist())
    rows: list[dict] = []
    for aid, positions in _articles(sentences):
        positions = positions.tolist()  # a list is indexed faster by ints than by numpy's
        rows.extend(_article_rows(aid, *([column[i] for i in positions] for column in columns)))
    if not rows:
        return schema.empty("estimates")
    df = pd.DataFrame(rows)
    published = articles.drop_duplicates("article_id").set_index("article_id")["published"]
    return schema.conform(df.assign(published=df["article_id"].map(published)), "estimates")


def select_categories(est: pd.DataFrame, categories: str = "") -> pd.DataFrame:
    """The figures of the comma-separated ``categories`` ("troops,casualties"); all when ``""``.

    Raises
    ------
    ParameterError
        When a name is not a category, naming the ones there are.
    """
    from .exceptions import ParameterError

    wanted = [c.strip() for c in categories.split(",") if c.strip()]
    known = list(schema.CATEGORY.categories)
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise ParameterError(f"unknown categories {unknown}; choose from {', '.join(known)}")
    if not wanted:
        return est
    return est[est["category"].isin(wanted)].reset_index(drop=True)


def trace_table(est: pd.DataFrame, sentences, articles: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """Every figure beside the sentence that states it and its article, to trace each number.

    Parameters
    ----------
    est : DataFrame
        The ``estimates`` frame.
    sentences : DataFrame or callable
        The ``sentences`` frame, or a lookup of the sentences of some rows
        (see :func:`dossier.sentences.sentences_for`): only the sentences
        of the figures shown are looked up.
    articles : DataFrame
        The ``articles`` frame.
    limit : int, optional
        Show only the ``limit`` most recent figures.

    Returns
    -------
    DataFrame
        Columns published, article (title, or path when untitled), category,
        subtype, item, figure (quantity_text), low, high, hedge, claimant and
        sentence (its text), ordered by date then position.
    """
    from .sentences import sentences_for

    order = ["published", "article_id", "start"]
    if limit is not None and len(est) > limit:
        est = est.sort_values(order, ascending=False, na_position="last").head(limit)
    sent = sentences_for(sentences, est)[["article_id", "sentence", "text"]].rename(columns={"text": "sentence_text"})
    arts = articles[["article_id", "title", "path"]]
    out = est.merge(sent, on=["article_id", "sentence"], how="left").merge(arts, on="article_id", how="left")
    out = out.sort_values(order, na_position="last")
    return pd.DataFrame(
        {
            "published": out["published"].dt.date,
            "article": out["title"].fillna(out["path"]),
            "category": out["category"],
            "subtype": out["subtype"],
            "item": out["item"],
            "figure": out["quantity_text"],
            "low": out["low"],
            "high": out["high"],
            "hedge": out["hedge"],
            "claimant": out["claimant"].fillna("(the article itself)"),
            "sentence": out["sentence_text"],
        }
    ).reset_index(drop=True)
