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

from .numbers import cues
from .vocab import load_table

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


def _clean(text: str) -> str:
    t = re.sub(r"\([^)]*\)", " ", text.replace("’", "'").lower())
    t = " ".join(t.split()).strip(" ,.;:")
    return re.sub(r"^the\s+", "", t)


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


def normalise(text: str) -> str | None:
    """Canonical claimant of the words ``text``, or None when no alias matches.

    Several claimants joined by "and" sharing a head noun ("Ukrainian and
    South Korean intelligence") give each one, joined by "; ".
    """
    clean = _clean(text)
    parts = [p for p in re.split(r",\s*|\s+and\s+", clean) if p]
    if len(parts) > 1:
        head = parts[-1].split()[-1]
        found = [_lookup(p) or _lookup(f"{p} {head}") for p in parts]
        if all(found):
            return "; ".join(dict.fromkeys(found))
    return _lookup(clean)


def _claimant(text: str) -> str:
    # An unknown claimant is kept as written, less its article: "the Institute ..." and "Institute ..." are one.
    return normalise(text) or re.sub(r"^(?:the|an?)\s+", "", re.sub(r"\s+", " ", text).strip(), flags=re.IGNORECASE)


def _words_back(sentence: str, end: int, limit: int = 7) -> int:
    """Start of the run of claimant-like words ending at ``end`` (capitalised or alias words)."""
    start = end
    for m in reversed(list(re.finditer(r"[\w'’.\-]+", sentence[:end]))):
        between = sentence[m.end():start]
        if start != end and between.strip():
            break
        word = m.group(0)
        if not (word[:1].isupper() or word.lower().replace("’", "'") in _alias_words()):
            break
        start = m.start()
        limit -= 1
        if not limit:
            break
    while True:  # a claimant never starts with a joining word
        m = re.match(r"(?:and|of|for|by|in|per|to)\s+", sentence[start:end], re.IGNORECASE)
        if not m:
            return start
        start += m.end()


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    def alt(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    cue = alt(c for c in cues("attribution") if c != "per")
    return {
        # "per" names a source only before a name ("per the NIS"), never in "per cent" or "per year".
        "cue": re.compile(rf"\b(?:{cue}|per(?=\s+(?-i:(?:the\s+)?[A-Z])))\s+", re.IGNORECASE),
        "verb": re.compile(rf"\b(?:{alt(cues('reporting'))})\b", re.IGNORECASE),
        # A pronoun is a whole subject ("It said"), never the end of a longer one ("briefed by the agency said").
        "anaphor": re.compile(rf"(?:^|[,;:—]\s*|\b(?:and|but|while)\s+)({alt(cues('anaphor'))})$", re.IGNORECASE),
        "noun": re.compile(rf"\b(?:{'|'.join(map(re.escape, cues('claim_noun')))})\b", re.IGNORECASE),
    }


def _cue_attributions(sentence: str) -> list[Attribution]:
    out = []
    for m in _patterns()["cue"].finditer(sentence):
        stop = re.search(_STOP, sentence[m.end():])
        end = m.end() + (stop.start() if stop else len(sentence) - m.end())
        paren = re.match(r"\s*\([^)]{1,30}\)", sentence[end:])
        words = list(re.finditer(r"\S+", sentence[m.end():end]))
        if len(words) > 8:  # no punctuation closes it: keep only what names a known claimant
            end = m.end() + words[3].end()
        elif paren:
            end += paren.end()
        who = sentence[m.end():end].strip()
        if who:
            out.append(Attribution(m.start(), end, who, _claimant(who)))
    return out


@functools.cache
def _trailing_adverbs() -> re.Pattern:
    words = "|".join(map(re.escape, cues("adverb")))
    return re.compile(rf"(?:\s+(?:{words}))*\s*$", re.IGNORECASE)


def _verb_attributions(sentence: str, taken: list[tuple[int, int]]) -> list[Attribution]:
    out = []
    for m in _patterns()["verb"].finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = _trailing_adverbs().sub("", sentence[: m.start()])
        ana = _patterns()["anaphor"].search(before)
        if ana:
            ana = ana.group(1)
            out.append(Attribution(len(before) - len(ana), m.end(), before[-len(ana):], None, anaphor=True))
            continue
        start = _words_back(sentence, len(before))
        who = sentence[start: len(before)].strip()
        if any(s <= start < e for s, e in taken) or re.search(r"['’]s$", who):
            continue  # "South Korean estimates put ...", "Seoul's estimate": already a noun attribution
        if who and (any(w[:1].isupper() for w in who.split()) or normalise(who) or re.match(r"the\s+\S+", who)):
            out.append(Attribution(start, m.end(), who, _claimant(who)))
            continue
        after = re.match(r"\s+((?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the))*)\s*(?:[.,;]|$)", sentence[m.end():])
        if after:
            who = after.group(1).rstrip(".")
            out.append(Attribution(m.start(), m.end() + after.end(1), who, _claimant(who)))
    return out


def _noun_attributions(sentence: str, taken: list[tuple[int, int]]) -> list[Attribution]:
    out = []
    for m in _patterns()["noun"].finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        start = _words_back(sentence, m.start() - 1 if sentence[m.start() - 1: m.start()] == " " else m.start())
        who = sentence[start: m.end()].strip()
        if start < m.start() - 1 and normalise(who):
            out.append(Attribution(start, m.end(), who, normalise(who)))
    return out


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution in ``sentence``, in order of appearance."""
    found = _cue_attributions(sentence)
    taken = [(a.start, a.end) for a in found]
    found += _noun_attributions(sentence, taken)
    taken = [(a.start, a.end) for a in found]
    found += _verb_attributions(sentence, taken)
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
