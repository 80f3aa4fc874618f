"""Rhetorical themes: where the alliance's framing words appear, and in whose voice.

The terms of a theme lexicon (:mod:`dossier.extractors.rhetoric.themes_lexicon`:
reading, checking and compiling it) are found in each sentence; a guarded
term's hit counts only where its guard holds.

A hit is in the ``state`` voice when it overlaps the quoted words of a DPRK
or Russian official or state body (the quotes frame's speaker, through
``quotes.speaker_affiliation``), or lies in an article a state medium or
body published, else in the ``reporting`` voice (:mod:`dossier.extractors.rhetoric.themes_voice`).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate, compress

import numpy as np
import pandas as pd

from ... import schema
from ...text.words import TERM_WORD
from .themes_lexicon import Guard, Lexicon, Term, compile_lexicon, packaged_lexicon, read_lexicon
from .themes_naming import relayed_name
from .themes_voice import state_spans, voice_of
from ...text.word_keys import WORD_KEYS, Words, in_proper_name, join_compounds, split_words, word_offsets

# The lexicon's public names, where callers have always found them.
from .themes_lexicon import DEFAULT_WINDOW, LEXICON_COLUMNS, VOICES  # noqa: F401
from .themes_patterns import REGEX_PREFIX, compile_pattern  # noqa: F401
from .themes_voice import STATE_AFFILIATIONS  # noqa: F401
from ...text.word_keys import word_key  # noqa: F401

_TEXT_BREAK = "\x00"
_BATCH = 2000
# Characters of text read for each word of a guard's window, nearly thrice an English word and
# its space: a stretch with fewer spaces than words is read to the sentence's end instead.
_CHARS_PER_WORD = 16
# Words of a phrase may be split by spaces, hyphens and quotation marks (Western “aggression”),
# never by a comma or a full stop: those end the phrase.
_PHRASE_GAP = re.compile(r"[\s\-‐‑\"“”'‘’]+")


@functools.cache
def _chunks(n: int) -> re.Pattern:
    """In lowered text (:func:`lower_ascii`), from a word's start to the end of the n-th run of non-space characters holding an ASCII letter or digit.

    A run holding only other letters ("Дом") is not counted, so a stretch
    may reach further than n runs holding a word, never less far, and it
    still ends at a space: reading ASCII alone spares re the Unicode
    look-up of every character's category.
    """
    return re.compile(f"(?:[^0-9a-z]*[0-9a-z][^\\s{_TEXT_BREAK}]*){{1,{n}}}")


def term_regions(text: str, lexicon: Lexicon, low: str | None = None) -> list[tuple[int, int]]:
    """Stretches of ``text`` holding every hit of the stem terms of ``lexicon``, in order, apart.

    Each runs from a space (or text break, or the text's start) to one: no
    word, compound or phrase crosses those, so the words and hits of a
    stretch read alone are those of the whole text there.  A stretch starts
    with the run of non-space characters holding a place a term may start,
    and ends ``longest`` runs holding a word later, which a phrase cannot
    outrun (a run holds a word or more, a word of a phrase one run).
    ``low`` is ``lower_ascii(text)`` (or ``text.lower()``), when known.
    """
    if not lexicon.by_first:
        return []
    low = lower_ascii(text) if low is None else low
    if lexicon.starts is None or len(low) != len(text):  # lower() lengthened a character
        return [(0, len(text))]
    ends = _chunks(lexicon.longest).match
    regions = []
    # A later place's stretch never ends sooner, so a stretch ends where its last place's does;
    # ``end`` is where it surely reaches, found anew only for a place past it.
    start = end = last = -1
    for at in term_places(lexicon.starts, low):
        if at > end and last >= 0:
            end = ends(low, last).end()
        if at > end:
            # Past the stretch's closing space: a new stretch.
            if start >= 0:
                regions.append((start, end))
            start = end = at
            while start and not (text[start - 1].isspace() or text[start - 1] == _TEXT_BREAK):
                start -= 1
        last = at
    if start >= 0:
        regions.append((start, ends(low, last).end()))
    return regions


# The lowered text as bytes for finding places: ASCII letters, digits, "." and "-" (which roots read
# through) stay, every other character becomes a space.
_PLACE_BYTES = bytes(c if c in b"0123456789abcdefghijklmnopqrstuvwxyz.-" else 0x20 for c in range(256))


def term_places(starts: re.Pattern, low: str) -> list[int]:
    """The places where ``starts`` (a lexicon's) finds a term may start in ``low``: each the index of the word's first character.

    ``starts`` is led by a class of all characters but letters and digits,
    which re tests character by character; in the lowered text as bytes
    (:data:`_PLACE_BYTES`) those are a space, "-" or ".", and re finds each
    of those three fast, so three searches led by one of them find the
    same places sooner.
    """
    # One character before the text, for a word at its start: a start's match begins a character early.
    try:
        data = b" " + low.encode("latin-1").translate(_PLACE_BYTES)
    except UnicodeEncodeError:  # lowered by str.lower(): characters beyond Latin-1
        return [m.start() for m in starts.finditer(_TEXT_BREAK + low)]
    return sorted(m.start() for pattern in _byte_starts(starts.pattern) for m in pattern.finditer(data))


@functools.cache
def _byte_starts(pattern: str) -> tuple[re.Pattern, ...]:
    """``pattern`` (a lexicon's ``starts``), for :func:`term_places`: three byte patterns, led by a space, "-" and "."."""
    lead = "[^0-9A-Za-z]"
    assert pattern.startswith(lead), pattern
    # The lowered text holds no Unicode hyphen: lower_ascii made them "-".
    ahead = pattern[len(lead) :].replace("\u2010", "").replace("\u2011", "").encode("ascii")
    return tuple(re.compile(re.escape(c) + ahead) for c in (b" ", b"-", b"."))


# Characters outside ASCII that IGNORECASE matches to an ASCII letter (İ ı ſ K): lower() would
# not bring them to that letter, so a sentence holding one is always searched.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def lower_ascii(text: str) -> str:
    """``text`` as the places of stem terms and the needles of patterns are looked for in it: ASCII letters in lower case.

    Those are ASCII, so only ASCII letters need lowering: the Unicode
    hyphens a word may hold (``‐``, ``‑``, dropped from words as ``-`` is)
    become ``-``, any other character outside Latin-1 "?" (no letter or
    digit, as it was), and the rest stay.  The length stays, and this costs
    a fraction of ``str.lower()`` on text holding curly quotes or dashes.
    Text holding one of :data:`FOLDS_TO_ASCII` (which ``lower()`` may bring
    to an ASCII letter, or lengthen) is lowered by ``str.lower()``.
    """
    if any(c in text for c in FOLDS_TO_ASCII):
        return text.lower()
    return text.replace("\u2010", "-").replace("\u2011", "-").encode("latin-1", "replace").lower().decode("latin-1")


def _phrase_gap(gap: str) -> bool:
    # Most gaps are one space: no regular expression for them.
    return gap == " " or _PHRASE_GAP.fullmatch(gap) is not None


def _by_first_two(by_first: dict[str, list[Term]]) -> tuple[dict[str, list[tuple[str, str]]], dict[tuple[str, str], list[Term]]]:
    """The one-word terms by their key, and the longer ones by their first two keys."""
    singles, phrases = defaultdict(list), defaultdict(list)
    for first, terms in by_first.items():
        for t in terms:
            if len(t.keys) == 1:
                singles[first].append((t.theme, t.term))
            else:
                phrases[t.keys[:2]].append(t)
    return singles, phrases


def _stem_hits(words: Words, by_first: dict[str, list[Term]]) -> set[tuple[int, int, str, str]]:
    """``(first word, last word, theme, term)`` of the stem terms of ``by_first``, in either reading of the compounds."""
    parts, keys = words
    hits = set()
    singles, phrases = _by_first_two(by_first)
    last = len(keys) - 1
    for i in compress(range(len(keys)), map(by_first.__contains__, keys)):
        for theme, term in singles.get(keys[i], ()):
            hits.add((i, i, theme, term))
        # Most phrases fail on their second word: look them up by it.
        if i < last:
            for theme, term, term_keys in phrases.get((keys[i], keys[i + 1]), ()):
                n = len(term_keys)
                if tuple(keys[i : i + n]) == term_keys and all(_phrase_gap(parts[2 * j + 2]) for j in range(i, i + n - 1)):
                    hits.add((i, i + n - 1, theme, term))
    joined = join_compounds(words)
    if joined is None:
        return hits
    # A hit of the joined reading holding no compound is one of the split reading:
    # look only at the terms that may reach a compound.
    longest = max((len(t.keys) for terms in by_first.values() for t in terms), default=0)
    keys = joined.keys
    for c in joined.compounds:
        for i in range(max(0, c - longest + 1), c + 1):
            for theme, term, term_keys in by_first.get(keys[i], ()):
                n = len(term_keys)
                if tuple(keys[i : i + n]) == term_keys and all(_phrase_gap(parts[2 * joined.words(j)[1] + 2]) for j in range(i, i + n - 1)):
                    hits.add((joined.words(i)[0], joined.words(i + n - 1)[1], theme, term))
    return hits


def _pattern_hits(texts: list[str], joined: str, lexicon: Lexicon, found: defaultdict[int, set], low: str | None = None, flagged: set | None = None) -> None:
    """Add to ``found[i]`` the hits of the regular expressions of ``lexicon`` in ``texts[i]`` (``joined``: the texts joined; ``low``: :func:`lower_ascii` of it, when known).

    ``flagged``, when given, gets the ``i`` holding a hit of a guarded term.
    """
    if not lexicon.patterns:
        return
    always = [i for i, t in enumerate(texts) if not FOLDS_TO_ASCII.isdisjoint(t)] if any(c in joined for c in FOLDS_TO_ASCII) else []
    if low is not None and len(low) == len(joined):
        # No character lengthened: each text keeps its place in the joined text.
        at = list(accumulate((len(t) + 1 for t in texts), initial=0))
    else:
        lower = list(map(str.lower, texts))
        low = _TEXT_BREAK.join(lower)
        at = list(accumulate((len(t) + 1 for t in lower), initial=0))
    joined = low
    for (theme, term, pattern), needle in zip(lexicon.patterns, lexicon.needles):
        # A needle holds no text break, so each place it is found lies inside one text.
        holding = set(always)
        i = joined.find(needle)
        while i >= 0:
            n = bisect_right(at, i) - 1
            holding.add(n)
            i = joined.find(needle, at[n + 1])
        for n in sorted(holding):
            hits = [(m.start(), m.end(), theme, term) for m in pattern.finditer(texts[n]) if m.end() > m.start()]
            if hits:
                found[n].update(hits)
                if flagged is not None and (theme, term) in lexicon.guards:
                    flagged.add(n)


def match_texts(texts: list[str], lexicon: Lexicon, state=None) -> dict[int, list[tuple[int, int, str, str]]]:
    """:func:`match_terms` of each of ``texts`` holding a hit, by index, found in one pass over them all.

    ``state(i)``, when given, is the state speakers' quoted spans of
    ``texts[i]`` (offsets into it), asked only of texts with a hit of a term
    guarded by voice; without it, such hits never count.
    """
    found: defaultdict[int, set] = defaultdict(set)
    # The texts joined by a character that is no word and no phrase gap: no word
    # or phrase runs from one text into the next.
    joined = _TEXT_BREAK.join(texts)
    at = list(accumulate((len(t) + 1 for t in texts), initial=0))
    # Only the stretches where a term may start are cut into words, joined the same way.
    low = lower_ascii(joined)
    regions = term_regions(joined, lexicon, low)
    words = split_words(_TEXT_BREAK.join(joined[s:e] for s, e in regions))
    hits = _stem_hits(words, lexicon.by_first)
    if hits:
        first, last, theme, term = zip(*hits)
        starts = word_offsets(words.parts, {*first, *last})
        start = np.fromiter(map(starts.__getitem__, first), dtype=np.int64, count=len(hits))
        end = np.fromiter(map(starts.__getitem__, last), dtype=np.int64, count=len(hits))
        end += np.fromiter(map(len, map(words.parts.__getitem__, [2 * j + 1 for j in last])), dtype=np.int64, count=len(hits))
        # From the stretches joined to the texts joined, then to each text: all hits at once.
        region_at = np.fromiter(accumulate((e - s + 1 for s, e in regions), initial=0), dtype=np.int64)
        r = np.searchsorted(region_at, start, side="right") - 1
        shift = np.array([s for s, _ in regions], dtype=np.int64)[r] - region_at[r]
        start += shift
        end += shift
        text_at = np.array(at, dtype=np.int64)
        n = np.searchsorted(text_at, start, side="right") - 1
        start -= text_at[n]
        end -= text_at[n]
        n = n.tolist()
        for hit in zip(n, start.tolist(), end.tolist(), theme, term):
            found[hit[0]].add(hit[1:])
    guarded = {term for _, term in lexicon.guards}
    # The texts holding a hit of a guarded term (or of one named like it in another theme).
    flagged = set(compress(n, map(guarded.__contains__, term))) if hits and guarded else set()
    _pattern_hits(texts, joined, lexicon, found, low, flagged if guarded else None)
    aligned = len(low) == len(joined)
    # Before the longest hit of a theme is kept: a phrase that fails its guard leaves the words inside it theirs.
    for n in flagged:
        # The text as probes read it: its stretch of the lowered joined text, when that kept every place.
        low_n = low[at[n] : at[n + 1] - 1] if aligned else ""
        found[n] = _guarded(texts[n], found[n], lexicon.guards, (lambda n=n: state(n)) if state is not None else tuple, low_n)
        if not found[n]:
            del found[n]
    return {n: _within_themes(found[n]) for n in sorted(found)}


def _guarded(text: str, hits: set, guards: dict[tuple[str, str], Guard], state, low: str | None = None) -> set:
    """The ``hits`` in ``text`` whose term has no guard or meets it (see :class:`Guard`).

    ``state()`` gives the spans of ``text`` quoting state speakers, asked
    only for a hit of a term guarded by voice.  ``low`` is
    :func:`lower_ascii` of ``text``, when known ("": the probes of the
    guards are not used, and every side is cut into words).

    A guarded hit inside a longer hit of its theme already kept ("sovereign"
    in "sovereign rights") is not judged: the longer one stands for it.
    """
    kept = {h for h in hits if (h[2], h[3]) not in guards}
    spans = None
    for hit in hits - kept:
        start, end, theme, term = hit
        guard = guards[(theme, term)]
        if any(s <= start and end <= e and e - s > end - start and t == theme for s, e, t, _ in kept):
            continue
        if guard.state:
            spans = state() if spans is None else spans
            if not any(s < end and start < e for s, e in spans):
                continue
        if guard.names and in_proper_name(text, start, end):
            continue
        if guard.stated and relayed_name(text, start, end):
            continue
        if guard.near or guard.avoid:
            # The words either side, read from a stretch of text long enough for them: not the whole sentence.
            # A phrase of near or avoid counts when a word of it is within the window: read that much further.
            words = guard.window + guard.longest - 1
            reach = _CHARS_PER_WORD * words
            lo, hi = max(0, start - reach), end + reach
            # Fewer spaces than words: long words, or none between them; read the whole side.
            if lo and text.count(" ", lo, start) <= words:
                lo = 0
            if hi < len(text) and text.count(" ", end, hi) <= words:
                hi = len(text)
            # Only a side where a probe finds something is cut into words.
            if low is None:
                low = lower_ascii(text)
                low = low if len(low) == len(text) else ""  # lower() lengthened a character: no probe
            near = (_probed(guard.near_probe, low, lo, start), _probed(guard.near_probe, low, end, hi)) if guard.near else (False, False)
            avoid = (_probed(guard.avoid_probe, low, lo, start), _probed(guard.avoid_probe, low, end, hi)) if guard.avoid else (False, False)
            if guard.near and not any(near):
                continue
            before = after = []
            if near[0] or avoid[0]:
                left = TERM_WORD.findall(text, lo, start)
                if lo and left and text[lo - 1 : lo + 1].isalnum():
                    left = left[1:]  # the stretch began inside a word
                before = list(map(WORD_KEYS.__getitem__, left[-words:]))
            if (near[1] or avoid[1]) and not guard.before:
                after = list(map(WORD_KEYS.__getitem__, TERM_WORD.findall(text, end, hi)[:words]))
            # Before the hit, a phrase must end in the window; after it, start there.
            first_before = max(0, len(before) - guard.window)
            if guard.near and not (_holds(before, guard.near, ends_from=first_before) or _holds(after, guard.near, starts_before=guard.window)):
                continue
            if guard.avoid and (_holds(before, guard.avoid, ends_from=first_before) or _holds(after, guard.avoid, starts_before=guard.window)):
                continue
        kept.add(hit)
    return kept


def _probed(probe: re.Pattern | None, low: str, lo: int, hi: int) -> bool:
    """Whether ``probe`` is found in ``low[lo:hi]`` (``low``: the text lowered, or "" when no probe can read it); True when there is no probe."""
    return probe is None or not low or probe.search(low, lo, hi) is not None


def _holds(keys: list[str], by_first: dict[str, tuple[tuple[str, ...], ...]], *, ends_from: int = 0, starts_before: int | None = None) -> bool:
    """Whether one of the key sequences of ``by_first`` (indexed by their first key) runs in ``keys``.

    It must start before index ``starts_before`` (None: anywhere) and end at index ``ends_from`` or later.
    """
    for i in compress(range(len(keys) if starts_before is None else min(starts_before, len(keys))), map(by_first.__contains__, keys)):
        if any(i + len(seq) - 1 >= ends_from and tuple(keys[i : i + len(seq)]) == seq for seq in by_first[keys[i]]):
            return True
    return False


def _within_themes(found: set[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """``found`` without the hits overlapping a longer one of their theme, in text order."""
    if len({h[2] for h in found}) == len(found):  # one hit a theme: none to drop
        return sorted(found)
    kept: dict[str, list[tuple[int, int]]] = defaultdict(list)
    out = []
    for start, end, theme, term in sorted(found, key=lambda h: (h[1] - h[0], -h[0], h[3]), reverse=True):
        if not any(s < end and start < e for s, e in kept[theme]):
            kept[theme].append((start, end))
            out.append((start, end, theme, term))
    return sorted(out)


def match_terms(text: str, lexicon: Lexicon, state: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """Hits of ``lexicon`` in ``text``: ``(start, end, theme, term)``, offsets into ``text``.

    Within a theme, a hit overlapping a longer one is dropped, so a phrase
    and a word inside it count once.  ``state``: the spans of ``text``
    quoting state speakers, where the terms guarded by voice count.
    """
    return match_texts([text], lexicon, lambda n: state).get(0, [])


def themes(sentences: pd.DataFrame, quotes: pd.DataFrame, *, lexicon=None, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per hit of a theme term in the sentences.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame.
    quotes : DataFrame
        The ``quotes`` frame, for the voice of each hit.
    lexicon : str or Path, optional
        An analyst's theme lexicon CSV (``theme,term,notes``); None for the
        packaged ``data/themes.csv``.
    articles : DataFrame, optional
        The ``articles`` frame (``article_id``, ``source``): an article a
        DPRK or Russian state medium published is in the state's voice
        throughout (:func:`state_spans`).

    Returns
    -------
    DataFrame
        ``article_id``, ``sentence``; ``start``, ``end``: offsets of the
        matched words in ``articles.text``; ``theme``; ``term``: the lexicon
        term that matched; ``voice``: ``state`` when the hit overlaps the
        quoted words of a DPRK or Russian state speaker, or lies in an
        article of a state medium; else ``reporting``.
    """
    lex = packaged_lexicon() if lexicon is None else compile_lexicon(read_lexicon(lexicon))
    spans = state_spans(quotes, articles)
    texts = sentences["text"].tolist()
    aids, sents, offsets = (sentences[c].tolist() for c in ("article_id", "sentence", "start"))
    rows = []

    def state_in(i: int) -> list[tuple[int, int]]:
        """The state spans over sentence ``i``, as offsets into its text."""
        offset = offsets[i]
        end = offset + len(texts[i])
        return [(s - offset, e - offset) for s, e in spans.get(aids[i], ()) if s < end and offset < e]

    # Sentences a batch at a time: fewer calls, and the joined text stays small.
    for b in range(0, len(texts), _BATCH):
        for n, found in match_texts(texts[b : b + _BATCH], lex, lambda n, b=b: state_in(b + n)).items():
            aid, sent, offset = aids[b + n], sents[b + n], offsets[b + n]
            # Only the state spans over this sentence can hold its hits.
            end = offset + len(texts[b + n])
            state = [(s, e) for s, e in spans.get(aid, ()) if s < end and offset < e]
            for s, e, theme, term in found:
                start, end = offset + s, offset + e
                rows.append((aid, sent, start, end, theme, term, voice_of(start, end, state) if state else "reporting"))
    return schema.conform(pd.DataFrame(rows, columns=schema.columns("themes")), "themes")


def theme_rates(themes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Hits per 1,000 words, per article, theme and voice.

    Only combinations with at least one hit have a row: an article's rows
    then never depend on which other articles were extracted with it.  Fill
    the missing combinations with zero to chart them (:func:`dossier.tables.themes.rate_matrix`).

    Parameters
    ----------
    themes : DataFrame
        The ``themes`` frame.
    articles : DataFrame
        The ``articles`` frame (``article_id``, ``n_words``).

    Returns
    -------
    DataFrame
        ``article_id``, ``theme``, ``voice``; ``hits``: hits of the theme in
        that voice; ``n_words``: words in the article; ``per_1000_words``:
        hits per 1,000 words of the article (NaN for an empty article).
    """
    if themes.empty:
        return schema.empty("theme_rates")
    counts = (
        themes.groupby(["article_id", "theme", "voice"], observed=True).size().rename("hits").reset_index()
        .merge(articles[["article_id", "n_words"]], on="article_id", how="inner")
    )
    words = counts["n_words"].where(counts["n_words"] > 0)
    # Articles in their given order, not sorted by id: extracting them in parts (a batch, a Dask partition, one
    # article at a time after a failure) then gives the same rows in the same order as extracting them at once.
    position = counts["article_id"].map(_positions(articles["article_id"]))
    counts = (
        counts.assign(per_1000_words=counts["hits"] * 1000 / words, _position=position)
        .sort_values(["_position", "theme", "voice"], kind="stable")
        .drop(columns="_position")
    )
    return schema.conform(counts, "theme_rates")


def _positions(article_ids: pd.Series) -> dict[str, int]:
    """Each article's first position in the articles frame."""
    return {aid: i for i, aid in reversed(list(enumerate(article_ids)))}
