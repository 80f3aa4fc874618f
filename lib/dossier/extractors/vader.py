"""VADER's compound score, computed as ``vaderSentiment`` computes it, faster.

``SentimentIntensityAnalyzer.polarity_scores`` rebuilds the sentence's
lower-cased word list several times for every sentiment word it meets (in its
negation and idiom checks), copies the text a character at a time to replace
emoji, and works out scores it does not need for the compound one; on news
prose that is most of its cost.  :func:`compound` walks the same rules over one
lower-cased word list, skips them for a sentiment word that none of their
words is near, and returns the same number, bit for bit, from the package's
own lexicon and constants.  The tests hold it equal to the package on random
text built from VADER's special words.
"""

from __future__ import annotations

import functools
import operator
import string
from itertools import compress

from vaderSentiment import vaderSentiment as _v

_NEGATE = frozenset(_v.NEGATE)
_PUNCTUATION = string.punctuation
# The longest word of each of VADER's idioms and multi-word boosters: its
# idiom check can only change a valence when one of them is within three
# words (the whole phrase must be there), and unlike "the" or "of" they are rare.
_IDIOM_WORDS = frozenset(max(p.split(), key=len) for p in [*_v.SPECIAL_CASES, *_v.BOOSTER_DICT] if " " in p)
# Words that can change the valence of a sentiment word three words away or
# nearer: negations, boosters, idiom words, and the words of the "no", "never
# so", "without doubt" and "least" rules.  A sentiment word with none of them
# (nor "n't") that near keeps its lexicon valence, but for capitals.
_RULE_WORDS = _NEGATE | {w for w in _v.BOOSTER_DICT if " " not in w} | {"no", "never", "so", "this", "without", "doubt", "least"} | _IDIOM_WORDS
_SENTENCE_RULE_WORDS = _RULE_WORDS | {"but"}


@functools.cache
def _analyzer():
    analyzer = _v.SentimentIntensityAnalyzer()
    # polarity_scores replaces emoji one character at a time, so only
    # one-character keys can ever match.
    emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
    assert emoji_chars.isdisjoint(_NOT_EMOJI) and not any(c.isascii() for c in emoji_chars)
    words = [*analyzer.lexicon, *_v.NEGATE, *_v.BOOSTER_DICT, *_v.SPECIAL_CASES]
    assert not any(c in w for w in words for c in _NOT_EMOJI + _STAND_IN)
    return analyzer, emoji_chars


# News text's commonest characters beyond ASCII.  None is an emoji, white
# space, punctuation VADER strips or a cased letter, nor in any word of
# VADER's, and neither is "\x01": each may stand for another without changing
# a word's fate, and one that stands for them all makes such text ASCII, which
# str's methods read many times faster.
_NOT_EMOJI = "’‘“”—–"
_STAND_IN = "\x01"


def _stand_ins(text):
    for char in _NOT_EMOJI:
        text = text.replace(char, _STAND_IN)
    return text


def compound(text: str) -> float:
    """VADER compound score of ``text``, -1 (most negative) to +1: equal to
    ``SentimentIntensityAnalyzer().polarity_scores(text)["compound"]``."""
    analyzer, emoji_chars = _analyzer()
    if not text.isascii():
        plain = _stand_ins(text)
        if not plain.isascii() and not emoji_chars.isdisjoint(plain):
            return analyzer.polarity_scores(text)["compound"]  # rare: let VADER describe the emoji
        text = plain
    lex = analyzer.lexicon
    low = text.lower()
    # SentiText's words, lower-cased: punctuation stripped unless that leaves
    # two characters or fewer (an emoticon such as ":)" is kept whole).  When
    # every character lower-cases to one, stripping after lower-casing the
    # whole text strips the same characters.
    if len(low) == len(text):
        lower = low.split()
        # Most words are letters and digits alone, with nothing to strip.
        for i in compress(range(len(lower)), map(operator.not_, map(str.isalnum, lower))):
            if len(stripped := lower[i].strip(_PUNCTUATION)) > 2:
                lower[i] = stripped
    else:  # "İ" lower-cases to two characters
        lower = [(s if len(s := w.strip(_PUNCTUATION)) > 2 else w).lower() for w in text.split()]
    hits = list(compress(range(len(lower)), map(lex.__contains__, lower)))
    if not hits:
        return 0.0  # no sentiment word: every valence is 0, and so is the score
    raw = text.split()  # the punctuation SentiText strips has no case
    plain = "n't" not in low  # no word can be a "n't" negation
    if plain and _SENTENCE_RULE_WORDS.isdisjoint(lower) and not any(map(str.isupper, map(raw.__getitem__, hits))):
        # No rule and no capitals: every sentiment word has its lexicon valence.
        return _score(float(sum(map(lex.__getitem__, map(lower.__getitem__, hits)))), text)
    cap_diff = _cap_differential(raw)
    sentiments = {}  # valence by position; every other word's is 0
    for i in hits:
        w = lower[i]
        if w in _v.BOOSTER_DICT or (w == "kind" and i < len(lower) - 1 and lower[i + 1] == "of"):
            continue
        if plain and _RULE_WORDS.isdisjoint(lower[max(i - 3, 0) : i + 3]):
            valence = lex[w]
            if raw[i].isupper() and cap_diff:
                valence = valence + _v.C_INCR if valence > 0 else valence - _v.C_INCR
        else:
            valence = _valence(raw, lower, i, lex, cap_diff)
        sentiments[i] = valence
    if "but" in lower:
        dense = [0] * len(lower)
        for i, valence in sentiments.items():
            dense[i] = valence
        values = _but_check(lower, dense)
    else:
        values = sentiments.values()  # the zeros change no sum
    return _score(float(sum(values)), text)


def _cap_differential(raw):
    """``allcap_differential``: some words, not all, are in capitals."""
    return 0 < sum(map(str.isupper, raw)) < len(raw)


def _but_check(lower, sentiments):
    """``SentimentIntensityAnalyzer._but_check``, quirks kept: a sentiment is
    found again by value, so of equal values the first is the one scaled."""
    bi = lower.index("but")
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments[si] = sentiment * 0.5
        elif si > bi:
            sentiments[si] = sentiment * 1.5
    return sentiments


def _score(sum_s, text):
    """The compound part of ``SentimentIntensityAnalyzer.score_valence``."""
    # Punctuation emphasis: up to four "!", and two or more "?".
    qm = text.count("?")
    amplifier = min(text.count("!"), 4) * 0.292 + ((qm * 0.18 if qm <= 3 else 0.96) if qm > 1 else 0)
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    return round(_v.normalize(sum_s), 4)


def _valence(raw, lower, i, lex, cap_diff):
    """``SentimentIntensityAnalyzer.sentiment_valence`` of the lexicon word at ``i``."""
    low = lower[i]
    valence = lex[low]
    if low == "no" and i != len(lower) - 1 and lower[i + 1] in lex:
        valence = 0.0
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
        valence = lex[low] * _v.N_SCALAR
    if raw[i].isupper() and cap_diff:
        if valence > 0:
            valence += _v.C_INCR
        else:
            valence -= _v.C_INCR
    for start_i in range(3):
        j = i - (start_i + 1)
        if i > start_i and lower[j] not in lex:
            s = _scalar_inc_dec(lower[j], raw[j].isupper(), valence, cap_diff) if lower[j] in _v.BOOSTER_DICT else 0.0
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            valence = _negation(valence, lower, start_i, i)
            if start_i == 2 and not _IDIOM_WORDS.isdisjoint(lower[i - 3 : i + 3]):
                valence = _idioms(valence, lower, i)
    return _least(valence, lower, i, lex)


def _scalar_inc_dec(low, upper, valence, cap_diff):
    """``scalar_inc_dec`` of a booster word, lower-cased, ``upper`` if in capitals."""
    scalar = _v.BOOSTER_DICT[low]
    if valence < 0:
        scalar *= -1
    if upper and cap_diff:
        if valence > 0:
            scalar += _v.C_INCR
        else:
            scalar -= _v.C_INCR
    return scalar


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _negation(valence, lower, start_i, i):
    """``SentimentIntensityAnalyzer._negation_check``."""
    if start_i == 0:
        if _negated(lower[i - 1]):
            valence = valence * _v.N_SCALAR
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _negated(lower[i - 2]):
            valence = valence * _v.N_SCALAR
    if start_i == 2:
        if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") or (lower[i - 1] == "so" or lower[i - 1] == "this"):
            valence = valence * 1.25
        elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            pass
        elif _negated(lower[i - 3]):
            valence = valence * _v.N_SCALAR
    return valence


def _idioms(valence, lower, i):
    """``SentimentIntensityAnalyzer._special_idioms_check`` (only ever reached with ``i > 2``)."""
    special, booster = _v.SPECIAL_CASES, _v.BOOSTER_DICT
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lower) - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lower) - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in booster:
            valence = valence + booster[n_gram]
    return valence


def _least(valence, lower, i, lex):
    """``SentimentIntensityAnalyzer._least_check``."""
    if i > 1 and lower[i - 1] not in lex and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * _v.N_SCALAR
    elif i > 0 and lower[i - 1] not in lex and lower[i - 1] == "least":
        valence = valence * _v.N_SCALAR
    return valence
