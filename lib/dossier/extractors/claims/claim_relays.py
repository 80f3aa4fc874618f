"""Relays and quotations in one sentence: who passes on whose figure, and what is quoted.

Part of reading a figure's claimant (:mod:`dossier.estimate_claims`):

- relay words join a source and the one passing its figure on
  (``data/claimant_cues.csv``, role ``relay``): "lawmakers briefed by the
  NIS", "Western officials, cited by The Times", "Park, citing the NIS,
  said", "Budanov told Bloomberg";
- a relaying verb and a participle of saying (``data/cue_verbs.csv``)
  credit the one quoted: "Park quoted the NIS as saying", "Budanov was
  cited by Bloomberg as saying", "The NIS was quoted as saying";
- quotation spans, with straight marks told apart by where they stand.

Every search reads a bounded window after a relay word (a relaying verb's object: at most 60 characters).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ...text.quote_marks import ENGLISH_DOUBLE
from ...text.words import alternation
from ...vocab import load_table
from .claimant_names import alias_words, as_claimant, cleaned, home_government, kind, normalise
from .claimant_written import as_named
from .claimant_phrases import PRONOUNS, adverbs_start, before_document, clause_stop, descriptions, words_back
from .claimant_roles import cites_grounds
from .claim_attribution import Attribution
from .claim_documents import owner_end
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import home_bodies, home_state
from ...text.numbers import cues
from ...text.plain_text import holds_any, lowered, needles
from ..mentions.speaker_vocab import participle_words

_WINDOW = 240  # characters read after a relay word for its object
_OBJECT_WORDS = 8  # words read after a relay word for its object
RELAY_KINDS = frozenset({"lawmakers", "news_media"})


@dataclass(frozen=True)
class Relay:
    """A source and the one passing its figure on, joined in a sentence by a relay word.

    A side left None is the subject of the clause's reporting verb.
    """

    start: int
    end: int
    source: Attribution | None
    relay: Attribution | None


@functools.cache
def _description_words() -> frozenset[str]:
    return frozenset(w for d in descriptions() for w in d.split())


@functools.cache
def relay_words() -> tuple[str, ...]:
    """The longest word of each relay, to look for in lower-cased text before trying the full pattern.

    The longest is one a relay cannot lack, and rarely a word of any
    sentence (not "in" of "in an interview with"); a verb of crediting
    (role ``credit_to``) too.
    """
    return needles([*(max(w.split(), key=len) for w in claimant_cues("relay")), *_credit_words()])


@functools.cache
def _credit_words() -> tuple[str, ...]:
    return needles(claimant_cues("credit_to"))


@functools.cache
def _credit_pattern() -> re.Pattern:
    # ", a figure they attribute to", "a number Kyiv credits to", "a figure attributed to": a figure's noun, up to
    # four words of the relative clause's subject, the verb and "to".
    nouns, verbs = alternation(claimant_cues("relative_noun")), alternation(claimant_cues("credit_to"))
    return re.compile(
        rf"(?<![\w-])(?:{nouns})(?:\s+(?:that|which))?(?:\s+[\w'’.\-]+){{0,4}}?\s+(?:{verbs})\s+to\s+", re.IGNORECASE)


def credited(sentence: str) -> list[Relay]:
    """Figures credited to a source after them ("..., a figure they attribute to the NIS"): the source, its relay
    left to the clause's subject.  Only a source the vocabularies know: a toll is also put down to its cause ("a
    toll attributed to North Korean artillery"), which claims nothing."""
    out: list[Relay] = []
    if not holds_any(lowered(sentence) or sentence.lower(), _credit_words()):
        return out  # most relays' sentences credit nothing: a look for the verbs is cheaper than the pattern
    for m in _credit_pattern().finditer(sentence):
        source = _object(sentence, m.end())
        if source is not None and normalise(source.text) is not None:
            out.append(Relay(m.start(), m.end(), source, None))
    return out


@functools.cache
def _relay_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(w.lower() for w in claimant_cues('relay'))})(?![\w-])", re.IGNORECASE)


_STOP = re.compile(rf"[.;:()\[\]{ENGLISH_DOUBLE}—–!?]|,")
_WORD = re.compile(r"\S+")
QUOTE_MARKS = re.compile(f"[{ENGLISH_DOUBLE}]")

def _object(sentence: str, start: int) -> Attribution | None:
    """The claimant named after a relay word: up to the next punctuation, at most a few words."""
    reach = min(len(sentence), start + _WINDOW)
    stop = clause_stop(_STOP, sentence, start, reach)
    words = list(itertools.islice(_WORD.finditer(sentence, start, stop.start() if stop else reach), _OBJECT_WORDS))
    if not words:
        return None
    if (owner := _owner_after(sentence, words)) is not None:
        return owner  # "citing preliminary data from the General Staff": the body the data come from
    if (owner := _possessive_owner(sentence, words)) is not None:
        return owner  # "citing the agency's report": the body that gave it
    text = sentence[words[0].start() : words[-1].end()]
    canon = normalise(text)
    # The words naming it: the run of names and claimant words the object opens with ("the spy agency",
    # "Rep. Kim Min-ho"), not the clause after it ("the NIS that about 1,100 ...").
    known = alias_words() | _description_words()
    kept = [words[0]]
    for w in words[1:]:
        if not (w.group(0)[:1].isupper() or w.group(0).lower() in known):
            break
        kept.append(w)
    named = sentence[kept[0].start() : kept[-1].end()]
    if canon is None:
        # "a senior military official," is whole: a description, its modifiers in lower case.
        whole = stop is not None and len(words) < _OBJECT_WORDS and _described(text)
        text, canon = (text, None) if whole else (named, normalise(named))  # "The Times puts ...": The Times
    elif normalise(named) == canon:
        text = named
    return Attribution(words[0].start(), words[-1].end(), text, canon or as_named(text), how="cue")


def _owner_after(sentence: str, words: list[re.Match]) -> Attribution | None:
    """The one named after a claim noun or document and "from" or "by" that opens a relay's object ("preliminary
    data from the General Staff", "a report by RUSI"), or None."""
    for k in range(1, min(len(words) - 1, _CLAIM_WORDS)):
        if words[k].group(0).lower() in ("from", "by") and words[k - 1].group(0).lower() in _claim_words():
            owner = _object(sentence, words[k].end())
            return owner if owner is not None and _names_someone(owner) else None
    return None


_CLAIM_WORDS = 4  # words of a claim or document before its "from" ("the latest preliminary data from")


def _possessive_owner(sentence: str, words: list[re.Match]) -> Attribution | None:
    """The owner named by a possessive before a claim noun or document that opens a relay's object ("the agency's
    report"), or None: the one who gave the claim, not the claim."""
    at = owner_end(sentence[words[0].start() : words[-1].end()])
    if at is None:
        return None
    text = sentence[words[0].start() : words[0].start() + at]
    return Attribution(words[0].start(), words[0].start() + at, text, normalise(text) or as_named(text), how="cue")


@functools.cache
def _claim_words() -> frozenset[str]:
    return frozenset(w.lower() for w in [*cues("claim_noun"), *claimant_cues("document")])


_WHO_WAS = re.compile(r",\s+who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+\Z")


def _subject_before(sentence: str, end: int) -> Attribution | None:
    """The claimant named just before ``end`` ("Western intelligence officials, cited by ...", "Rep. Park, who was
    briefed by ...")."""
    if rel := _WHO_WAS.search(sentence, max(0, end - 24), end):
        end = rel.start()
    cut = end
    while cut > 0 and sentence[cut - 1] in " ,":
        cut -= 1
    # "A Ukrainian intelligence document seen by CNN": the document's owner, named before the document word.
    cut = before_document(sentence, cut)
    start = words_back(sentence, cut)
    text = sentence[start:cut].strip()
    if not text:
        return None
    return Attribution(start, cut, text, normalise(text) or as_named(text), how="verb")


def _described(text: str) -> bool:
    """Whether ``text`` ends in a description of a claimant ("the defence ministry", "a senior military official")."""
    return cleaned(text).rsplit(" ", 1)[-1] in descriptions()


def _names_someone(a: Attribution) -> bool:
    """Whether a relay word's object names someone: a claimant the vocabularies know, a name, a description, a pronoun."""
    if normalise(a.text) is not None or any(w[:1].isupper() for w in a.text.split()):
        return True
    words = cleaned(a.text)
    # "TASS, quoting the defence ministry, said": a description with its own modifiers ("defence", "military").
    return words in descriptions() or words in PRONOUNS or _described(words)


class _QuotedAs(NamedTuple):
    hint: re.Pattern  # a relaying verb alone, searched first in lower-cased text: most sentences have none
    active: re.Pattern  # "Park quoted the NIS as saying", "..., citing officials as saying"
    passive: re.Pattern  # "The NIS was quoted as saying", "Budanov was cited by Bloomberg as saying"


# A relaying verb's object, up to the "as" of its participle; a period in it ends an abbreviation ("U.S.
# officials"), the sentence being split already.
_OBJECT = r"[^,#;:“”\"()—–]{1,60}?"


@functools.cache
def _quoted_as() -> _QuotedAs:
    t = load_table("cue_verbs.csv")
    verbs = alternation(w.lower() for w in t.word[t.kind == "relay"])
    saying = alternation({*participle_words(), *claimant_cues("participle")})
    participle = rf"\s+as\s+(?:{saying})\b"
    return _QuotedAs(
        re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])"),
        re.compile(rf"(?<![\w-])(?P<verb>{verbs})\s+(?!by\b)(?P<who>{_OBJECT}){participle}", re.IGNORECASE),
        re.compile(
            rf"\b(?:was|were|is|are|(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?been)\s+(?:\w+ly\s+|also\s+)?(?:{verbs})"
            rf"(?:\s+by\s+(?P<by>{_OBJECT}))?{participle}",
            re.IGNORECASE,
        ),
    )


@functools.cache
def _pronouns() -> frozenset[str]:
    # Subjects and the objects of a relay ("quoted her as saying", data/pronouns.csv): they point back.
    return frozenset(load_table("pronouns.csv").pronoun) | frozenset(PRONOUNS)


def _named(sentence: str, start: int, end: int, how: str) -> Attribution | None:
    """The attribution of the words at ``start:end``: a pronoun points back, other words name a claimant."""
    text = sentence[start:end].strip()
    if not text:
        return None
    start = sentence.index(text, start)
    clean = cleaned(text)
    if clean in _pronouns():
        return Attribution(start, start + len(text), text, None, anaphor=True, how=how)
    return Attribution(start, start + len(text), text, as_claimant(text), how=how)


def quoted_as(sentence: str) -> list[Relay]:
    """Figures a relaying verb and a participle of saying credit to their source, in order.

    The source is the one quoted: the verb's object in the active ("The
    Times cited Western officials as saying": The Times relays), its subject
    in the passive ("Budanov was cited by Bloomberg as saying": Bloomberg
    relays, if named).  A participle ("..., quoting the NIS as saying")
    leaves the relay to the clause's subject.
    """
    if " as " not in sentence:
        return []  # a cheap look first: the patterns are tried only where a relaying verb may be
    patterns = _quoted_as()
    low = lowered(sentence) or sentence.lower()
    if not patterns.hint.search(low):
        return []
    out = []
    for m in patterns.active.finditer(sentence):
        source = _named(sentence, m.start("who"), m.end("who"), "verb")
        relay = None if m.group("verb").lower().endswith("ing") else _subject_before(sentence, adverbs_start(low, m.start()))
        if source is not None:
            out.append(Relay(m.start(), m.end(), source, relay))
    for m in patterns.passive.finditer(sentence):
        cut = adverbs_start(low, m.start())
        source = _named(sentence, words_back(sentence, cut), cut, "verb")
        relay = _named(sentence, m.start("by"), m.end("by"), "cue") if m.group("by") else None
        if source is not None:
            out.append(Relay(m.start(), m.end(), source, relay))
    return sorted(out, key=lambda r: r.start)


def relays(sentence: str, quoted: list[Relay] | None = None) -> list[Relay]:
    """The relays of ``sentence``, in order (see :class:`Relay`); ``quoted``: its :func:`quoted_as`, if read already."""
    if quoted is None:
        quoted = quoted_as(sentence)
    out = [*quoted, *credited(sentence)]
    for m in _relay_pattern().finditer(sentence):
        if any(q.start <= m.start() < q.end for q in quoted):
            continue  # the relaying verb of "quoted X as saying", read whole
        where = claimant_cues("relay")[re.sub(r"\s+", " ", m.group(0).lower())]
        after = _object(sentence, m.end())
        if after is None or not _names_someone(after):
            continue  # "..., citing signs of preparations": evidence, not a source
        if where == "source_after":
            out.append(Relay(m.start(), m.end(), after, _subject_before(sentence, m.start())))
        elif where in ("relay_after", "document_relay"):
            source = _subject_before(sentence, m.start())
            if source is None or not _names_someone(source) or (where == "document_relay" and not normalise(source.text)):
                continue  # "the 12,000 troops cited by Seoul": the figure's own cue, whose object claims it
            out.append(Relay(m.start(), m.end(), source, after))
        elif where == "subject_relays" and not cites_grounds(m.group(0), after.text):
            out.append(Relay(m.start(), m.end(), after, None))
        elif kind(after.claimant) in (RELAY_KINDS if where == "subject_source" else ("news_media",)):
            # "The NIS briefed lawmakers.": the body before the verb is the source even where no reporting verb
            # names it, so that "Lawmakers were also told ..." later passes on its figures.
            source = _subject_before(sentence, m.start()) if where == "subject_source" else None
            known = source is not None and normalise(source.text) is not None and kind(source.claimant) not in RELAY_KINDS
            out.append(Relay(m.start(), m.end(), source if known else None, after))
    return sorted(out, key=lambda r: r.start)


def quotations(sentence: str) -> list[tuple[int, int]]:
    """Spans of the quotations in ``sentence``; one left open runs to its end, one closed without opening from its start."""
    spans, opened = [], None
    for m in QUOTE_MARKS.finditer(sentence):
        mark = m.group(0)
        if mark == '"':
            # A straight mark closes after a word and before a space or the end ('...,"'); else it opens.
            after = sentence[m.end() : m.end() + 1]
            closes = m.start() > 0 and not sentence[m.start() - 1].isspace() and (not after or after.isspace() or after in ",.;")
            mark = "”" if closes else "“"
        if opened is None and mark != "”":
            opened = m.end()
        elif opened is not None and mark != "“":
            spans.append((opened, m.start()))
            opened = None
        elif mark == "”":
            spans.append((0, m.start()))
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


def span_holding(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    # The spans are in order and apart: only the last one starting at or before ``start`` can hold it.
    i = bisect.bisect_right(spans, start, key=lambda span: span[0]) - 1
    return spans[i] if i >= 0 and end <= spans[i][1] else None


@functools.lru_cache(maxsize=1 << 14)
def relay_capable(claimant: str | None, text: str | None) -> bool:
    k = kind(claimant)
    if k is not None:
        return k in RELAY_KINDS
    # A person the vocabularies lack, named as a cue's object: "according to Rep. Kim".
    return bool(text) and normalise(text) is None and all(w[:1].isupper() for w in as_named(text).split())


def relayed_body(source: str | None, text: str | None, relay: str) -> str | None:
    """The claimant of a source named without its state and passed on by a news medium: that medium's state's body.

    "TASS, quoting the defence ministry" is Russia's ministry and "Yonhap,
    citing the defense ministry" South Korea's, by the state of the medium's
    outlet style (``data/outlet_styles.csv``, ``data/home_bodies.csv``);
    ``source`` itself otherwise.
    """
    if text is not None and kind(source) == "unattributed" and (government := home_government(text, home_state("", relay))):
        return government  # "Yonhap, quoting a government source": Seoul's
    if text is None or kind(source) is not None:
        return source
    body = home_bodies().get(cleaned(text), {}).get(home_state("", relay))
    return (normalise(body.name) or body.name) if body is not None else source
