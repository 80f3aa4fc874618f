"""Who claims a figure: attributions in a sentence, and their canonical claimant.

Three patterns, with their words in ``data/estimate_cues.csv``:

- a cue and its object: "according to X", "citing X", "per X";
- a subject and a reporting verb: "X said", "X estimated", "..., said X";
- a possessive or adjective before an estimate noun: "Seoul's estimate",
  "South Korean estimates".

A subject that is a pronoun or a bare "the agency" (role ``anaphor``) points
back to the previous sentence's claimant.  Claimants are normalised through
``data/claimants.csv``; an attribution that names no source ("according to
circulating figures", "multiple reports") maps to ``unattributed reports``,
so that it stays apart from figures the article asserts itself.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .numbers import by_first_letter, cues, lowered
from ..vocab import load_table

_STOP = r"[,.;:()\[\]“”\"—–!?]"


@dataclass(frozen=True)
class Attribution:
    """One attribution in a sentence: its span, the words naming the claimant, and the claimant."""

    start: int
    end: int
    text: str
    claimant: str | None
    anaphor: bool = False


@functools.cache
def _aliases() -> dict[str, str]:
    t = load_table("claimants.csv")
    return dict(zip(t["alias"], t["claimant"]))


@functools.cache
def _alias_words() -> frozenset[str]:
    return frozenset(w for a in _aliases() for w in a.split()) | {"the", "of", "and", "for"} | set(cues("claim_noun"))


_BRACKETED = re.compile(r"\([^)]*\)")


def _clean(text: str) -> str:
    t = text.replace("’", "'").lower()
    if "(" in t:
        t = _BRACKETED.sub(" ", t)
    t = " ".join(t.split()).strip(" ,.;:")
    return t[4:] if t.startswith("the ") else t  # the words are one space apart now


@functools.cache
def _alias_pattern() -> re.Pattern:
    # Longest first: at any position the longest alias wins ("ukraine's military intelligence" over "ukraine").
    alts = "|".join(re.escape(a) for a in sorted(_aliases(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alts})(?!\w)")


def _lookup(clean: str) -> str | None:
    aliases = _aliases()
    if clean in aliases:
        return aliases[clean]
    hits = [m.group(0) for m in _alias_pattern().finditer(clean)]
    return aliases[max(hits, key=len)] if hits else None


_JOINED = re.compile(r",\s*|\s+and\s+")


def normalise(text: str) -> str | None:
    """Canonical claimant of the words ``text``, or None when no alias matches.

    Several claimants joined by "and" sharing a head noun ("Ukrainian and
    South Korean intelligence") give each one, joined by "; ".
    """
    clean = _clean(text)
    if "," in clean or " and " in clean:  # what _JOINED splits at, in words one space apart
        parts = [p for p in _JOINED.split(clean) if p]
        if len(parts) > 1:
            head = parts[-1].split()[-1]
            found = [_lookup(p) or _lookup(f"{p} {head}") for p in parts]
            if all(found):
                return "; ".join(dict.fromkeys(found))
    return _lookup(clean)


_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.\-]+")
_JOINING = re.compile(r"(?:and|of|for|by|in|per|to)\s+", re.IGNORECASE)


def _claimant(text: str, canon: str | None = None) -> str:
    # An unknown claimant is kept as written, less its article: "the Institute ..." and "Institute ..." are one.
    # ``canon``: normalise(text), when the caller has it already.
    return canon or normalise(text) or _ARTICLE.sub("", _SPACES.sub(" ", text).strip())


def _words_back(sentence: str, end: int, limit: int = 7) -> int:
    """Start of the run of claimant-like words ending at ``end`` (capitalised or alias words)."""
    start = end
    aliases = _alias_words()
    # The words of sentence[:end], last first: those of the reversed text, read only as far as needed.
    for m in _WORD.finditer(sentence[end - 1 :: -1] if end else ""):
        m_start, m_end = end - m.end(), end - m.start()
        if start != end and sentence[m_end:start].strip():
            break
        word = sentence[m_start:m_end]
        if not (word[:1].isupper() or word.lower().replace("’", "'") in aliases):
            break
        start = m_start
        limit -= 1
        if not limit:
            break
    while True:  # a claimant never starts with a joining word
        m = _JOINING.match(sentence, start, end)
        if not m:
            return start
        start = m.end()


@functools.cache
def _patterns(lower: bool = False) -> dict[str, re.Pattern]:
    """The patterns, or with ``lower`` the same for lower-cased plain text (see ``numbers.lowered``).

    Lower-cased, "per" before any word matches, and only the ``per`` group
    tells it from the other cues: whether a capital follows is then checked
    in the original text.
    """
    flags = 0 if lower else re.IGNORECASE

    def alt(words):
        words = [w.lower() for w in words] if lower else words
        return by_first_letter(sorted(words, key=len, reverse=True))

    cue = alt(c for c in cues("attribution") if c != "per")
    per = r"(?P<per>per)(?=\s+(?:the\s+)?[a-z])" if lower else r"per(?=\s+(?-i:(?:the\s+)?[A-Z]))"
    nouns = [c.lower() for c in cues("claim_noun")] if lower else cues("claim_noun")
    return {
        # "per" names a source only before a name ("per the NIS"), never in "per cent" or "per year".
        "cue": re.compile(rf"\b(?:{cue}|{per})\s+", flags),
        "verb": re.compile(rf"\b(?:{alt(cues('reporting'))})\b", flags),
        # A pronoun is a whole subject ("It said"), never the end of a longer one ("briefed by the agency said").
        "anaphor": re.compile(rf"(?:^|[,;:—]\s*|\b(?:and|but|while)\s+)({alt(cues('anaphor'))})$", flags),
        "noun": re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\b", flags),
    }


_STOP_AT = re.compile(_STOP)
_PAREN = re.compile(r"\s*\([^)]{1,30}\)")
_NONSPACE = re.compile(r"\S+")


@functools.cache
def _cue_words() -> tuple[str, ...]:
    # First words only: the pattern lets any whitespace part a cue's words ("according  to").
    return tuple(dict.fromkeys(c.split()[0].lower() for c in cues("attribution")))


def _cue_attributions(sentence: str, low: str | None) -> list[Attribution]:
    out = []
    if low is not None and not any(c in low for c in _cue_words()):
        return out  # most sentences hold no cue: looking for each is cheaper than the pattern
    for m in _patterns(low is not None)["cue"].finditer(sentence if low is None else low):
        if low is not None and m.group("per") and not _patterns()["cue"].match(sentence, m.start()):
            continue  # "per" before a word with no capital
        stop = _STOP_AT.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        paren = _PAREN.match(sentence, end)
        words = list(_NONSPACE.finditer(sentence, m.end(), end))
        if len(words) > 8:  # no punctuation closes it: keep only what names a known claimant
            end = words[3].end()
        elif paren:
            end = paren.end()
        who = sentence[m.end():end].strip()
        if who:
            out.append(Attribution(m.start(), end, who, _claimant(who)))
    return out


@functools.cache
def _trailing_adverbs() -> re.Pattern:
    words = "|".join(re.escape(w) for w in cues("adverb"))
    return re.compile(rf"(?:\s+(?:{words}))*\s*$", re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s$")
_THE_NOUN = re.compile(r"the\s+\S+")
_NAME_AFTER = re.compile(r"\s+((?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the))*)\s*(?:[.,;]|$)")


@functools.cache
def _nouns() -> tuple[str, ...]:
    return tuple(w.lower() for w in cues("claim_noun"))


@functools.cache
def _adverbs() -> tuple[str, ...]:
    return tuple(w.lower() for w in cues("adverb"))


@functools.cache
def _anaphor_ends() -> tuple[str, ...]:
    # The last word of each anaphor: a subject ending in none of them is no anaphor.
    return tuple({w.lower().split()[-1] for w in cues("anaphor")})


def _adverbs_start(low: str, end: int) -> int:
    r"""Where the trailing ``(\s+adverb)*\s*`` of ``low[:end]`` starts: what ``_trailing_adverbs(True)`` strips.

    Read from the right, without trying the pattern at every position.  No
    adverb ends another with whitespace before it, so at each step at most
    one adverb can be stripped.
    """
    while True:
        while end and low[end - 1].isspace():
            end -= 1
        for adverb in _adverbs():
            k = end - len(adverb)
            if k > 0 and low[k - 1].isspace() and low.startswith(adverb, k, end):
                end = k
                break
        else:
            return end


def _verb_attributions(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[Attribution]:
    out = []
    scan, patterns = (sentence, _patterns()) if low is None else (low, _patterns(True))
    for m in patterns["verb"].finditer(scan):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if low is None:
            cut = len(_trailing_adverbs().sub("", scan[: m.start()]))
        else:
            cut = _adverbs_start(low, m.start())
        before = sentence[:cut]
        may_be_anaphor = low is None or low.endswith(_anaphor_ends(), 0, cut)
        ana = patterns["anaphor"].search(scan, 0, cut) if may_be_anaphor else None
        if ana:
            ana = ana.group(1)
            out.append(Attribution(len(before) - len(ana), m.end(), before[-len(ana):], None, anaphor=True))
            continue
        start = _words_back(sentence, len(before))
        who = sentence[start: len(before)].strip()
        if any(s <= start < e for s, e in taken) or _POSSESSIVE.search(who):
            continue  # "South Korean estimates put ...", "Seoul's estimate": already a noun attribution
        canon = normalise(who) if who else None
        if who and (canon or _THE_NOUN.match(who) or any(w[:1].isupper() for w in who.split())):
            out.append(Attribution(start, m.end(), who, _claimant(who, canon)))
            continue
        after = _NAME_AFTER.match(sentence, m.end())
        if after:
            who = after.group(1).rstrip(".")
            out.append(Attribution(m.start(), after.end(1), who, _claimant(who)))
    return out


def _noun_attributions(sentence: str, low: str | None, taken: list[tuple[int, int]]) -> list[Attribution]:
    out: list[Attribution] = []
    if low is not None and not any(n in low for n in _nouns()):
        return out  # few sentences hold an estimate noun: looking for each is cheaper than the pattern
    for m in _patterns(low is not None)["noun"].finditer(sentence if low is None else low):
        if any(s <= m.start() < e for s, e in taken):
            continue
        start = _words_back(sentence, m.start() - 1 if sentence[m.start() - 1: m.start()] == " " else m.start())
        who = sentence[start: m.end()].strip()
        canon = normalise(who) if start < m.start() - 1 else None
        if canon:
            out.append(Attribution(start, m.end(), who, canon))
    return out


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in ``sentence``, in order of appearance."""
    low = lowered(sentence)
    found = _cue_attributions(sentence, low)
    taken = [(a.start, a.end) for a in found]
    found += _noun_attributions(sentence, low, taken)
    taken = [(a.start, a.end) for a in found]
    found += _verb_attributions(sentence, low, taken)
    return sorted(found, key=lambda a: a.start)


def mentioned(sentence: str) -> Attribution | None:
    """The first known claimant named anywhere in ``sentence`` (what "it said" in the next one may mean)."""
    run: list[re.Match] = []
    for m in [*re.finditer(r"[\w'’.\-]+|[^\w\s]", sentence), None]:
        word = m.group(0) if m else ""
        if word and (word[:1].isupper() or word.lower().replace("’", "'") in _alias_words()):
            run.append(m)
            continue
        for i in range(len(run)):  # longest tail first: "the state-run Korean Central News Agency"
            text = sentence[run[i].start() : run[-1].end()].rstrip(".")
            canon = _lookup(_clean(text))
            if canon and canon != "unattributed reports":
                return Attribution(run[i].start(), run[i].start() + len(text), text, canon)
        run = []
    return None


def nearest(found: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution closest to the span ``start:end``; one before it wins a tie."""
    if not found:
        return None

    def gap(a: Attribution):
        if a.end <= start:
            return (start - a.end, 0)
        if a.start >= end:
            return (a.start - end, 1)
        return (0, 0)

    return min(found, key=gap)
