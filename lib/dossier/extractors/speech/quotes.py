"""Direct quotes: who said them, and whether the words reach us through KCNA.

Rules, in the order they are tried for each quote (see :func:`quotes`):

* Marks: curly or straight double marks, paired by what surrounds them;
  single marks inside them are nested quotes (and apostrophes); in an
  article with no double mark outside a single-mark quote, single marks
  are its quotation marks and double marks the nested ones
  (:mod:`~dossier.text.quote_marks`); a quote left open at a paragraph's
  end goes on when the next paragraph opens with a mark.  Words without
  marks are never quotes.
* Statements split by their attribution ("“A,” Kim said. “B.”", only when A
  ends with a comma or dash) are one quote.
* Speaker and cue: an attribution right after the closing mark ("…,” Kim
  said", "…,” said Kim", "…,” Kim’s message stated", "…,” he added", and
  right there only "…,” sighs the colonel"); else the nearest
  subject-and-verb before the opening mark in the same sentence ("Kim
  declared that …", "what he described as a “…”"), a participle borrowing
  the subject of an earlier verb or the sentence's first speaker ("…, vowing
  “…”"; after a passive aside, the people before it: "The conscripts,
  abandoned by their officers, walked on, shouting “…”"); else an
  attribution later in the sentence; else "according to X"; else "in X's
  letter"; else the sentence ending with a colon that introduces a quote
  opening the next paragraph; else the expert whose name heads a wholly
  quoted paragraph ("Jane Roe: The deal changes little", see
  :mod:`~dossier.extractors.speech.quote_experts`); else, for a sentence that is
  only a quote, the speaker of the quoted sentence just before it.  "he", "she", "the report", "the ministry" stand for the last
  person, medium or body named before them; a family name alone ("Kim",
  "Griffiths") for the last person named in full with it.  Two speakers
  other than people joined by "and" as the clause's subject ("Pyongyang and
  Moscow dismissed … as “…”") speak together, the pair as written
  (:mod:`~dossier.extractors.speech.joint_subjects`).  A medium that
  "reported" the words is their channel, not their speaker.
* Channel: a medium named in a reporting construction in the quote's own
  sentence (``sentence``); else an earlier sentence of the paragraph that
  relays the same speaker's words through it (``paragraph``); else any other
  sentence of the article that does (``article``); else the article's outlet
  when it is a medium (``article``, for every quote).  A DPRK state medium is
  inherited (paragraph or article, other than by outlet) only by speakers of
  the DPRK's state.

An article is read by :mod:`~dossier.extractors.speech.quote_article`, its
speakers found by :mod:`~dossier.extractors.speech.quote_speakers` and its
channels by :mod:`~dossier.extractors.speech.quote_channels`.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from ... import schema
from ...text import fuzzy_links
from ...text.quote_marks import Marked
from ...text.words import WORD
from .charted_people import charted
from .hearsay import finder_of, medium_of_participle, recalled_speaker, source_passed_on, subject_over_medium
from .joint_subjects import joint_subject
from .inner_speakers import aside_source, inner_sayer, judging_body
from .quote_article import Article, Sentence
from .quoted_names import marked_kind_name, quoted_name
from .quote_referents import Said, names_for_subject
from .quote_sentences import quotes_in
from .quote_channels import channel_of
from .quote_clauses import document_author, group_document
from .quote_experts import placed_headings
from .quote_issuers import issued_by
from .quote_resumptions import resumes_speech
from .quote_speakers import closing_attribution, continues_speech, gives_one_name, is_statement, join_split, speaker_of
from ..mentions.mention_vocab import pronouns
from ..mentions.channel_relays import medium_voices
from .speakers import canonical, channel_state, speaker_affiliation

__all__ = ["quotes", "speaker_affiliation", "quote_key", "link_keys"]

SPLIT_JOINER = " … "  # between the parts of a statement split by its attribution
PARAGRAPH_JOINER = " "  # between the paragraphs of a quote that runs over several
SAME_KEY_WITHIN_ARTICLE = 92  # rapidfuzz ratio above which two quotes of one article share a key
_KEY_WORD = re.compile(r"\w+(?:'\w+)*")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")


def quotes(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every direct quote of every article, with its speaker and the medium that relays it.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame of ``articles``.
    articles : DataFrame
        The ``articles`` frame (``article_id``, ``text``, ``source``).

    Returns
    -------
    DataFrame
        One row per quotation, columns of ``schema.FRAMES["quotes"]``:

        quote_id
            ``<article_id>-q<n>``, n counting the article's quotes from 0.
        sentence
            Sentence where the quote starts.
        start, end
            Offsets of the quoted words in ``articles.text``, inside the
            marks.  For a quote over several paragraphs, or a statement split
            by its attribution ("“A,” Kim said. “B.”"), ``start`` is the start
            of the first part and ``end`` the end of the last part.
        text
            The quoted words.  Parts of a split statement are joined with
            " … " (:data:`SPLIT_JOINER`), paragraphs of one quote with a
            space; otherwise ``text == articles.text[start:end]``.
        n_words
            Words in ``text``.
        kind
            ``statement`` when the quote opens a sentence or follows "said,"
            or a colon and begins with a capital, or is split by its
            attribution; else ``fragment`` (“historic peak”).
        speaker, speaker_text, cue
            Canonical speaker (``data/speakers.csv``; an unknown name as
            written), the words naming it, and the attributing word; NA when
            no attribution is found.  Read from the text alone: a fragment
            that holds a figure and that no one is said to speak takes the
            figure's claimant only through :func:`dossier.figure_speakers`
            (``figure_speakers(quo, estimates(sents, articles, quo))``),
            which :func:`dossier.extract` applies.
        channel, channel_basis, via_kcna
            Medium, how it is known (``sentence``, ``paragraph``,
            ``article``) and whether it is KCNA.
        quote_key
            :func:`quote_key` of the text; quotes of one article that differ
            only slightly share the first one's key.  Grouping across
            articles is :func:`link_keys`, since a frame built article by
            article cannot see the other articles.
    """
    # Plain lists per article: pandas' per-group overhead would cost more than reading the article.
    by_article: dict[str, list[Sentence]] = {}
    bounds = map(Sentence._make, zip(*(sentences[c].tolist() for c in ("paragraph", "sentence", "start", "end"))))
    for aid, sent in zip(sentences["article_id"].tolist(), bounds):
        by_article.setdefault(aid, []).append(sent)
    sources = articles["source"].tolist() if "source" in articles else [None] * len(articles)
    authors = articles["author"].tolist() if "author" in articles else [None] * len(articles)
    # (The day of publication: an office named by its title alone is its holder on that day.)
    published = articles["published"].tolist() if "published" in articles else [None] * len(articles)
    headings = placed_headings(articles)
    rows: list[dict] = []
    for aid, text, source, heads, author, day in zip(articles["article_id"].tolist(), articles["text"].tolist(), sources, headings, authors,
                                                     published):
        sents = by_article.get(aid)
        if sents is None or not isinstance(text, str):
            continue
        rows.extend(_article_quotes(aid, text, source, sorted(sents, key=lambda s: s.sentence), heads, author, day))
    if not rows:
        return schema.empty("quotes")
    return schema.conform(pd.DataFrame(rows), "quotes")


def quote_key(text: str) -> str:
    """Text reduced to lower-case words: the same words quoted with other marks, case or dashes share it."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    # Most of the text's pieces between spaces are a word as they stand; the pattern, costly per character, is
    # left to the others ("“no,", "u.s.-led", "don't").  No key word holds a space, so none is cut.
    words: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            words.append(piece)
        else:
            words += _KEY_WORD.findall(piece)
    return " ".join(words)


def _count_words(text: str) -> int:
    """``len(WORD.findall(text))``.

    Counted between spaces, as :func:`quote_key` reads words: a piece of letters and digits alone is one word, and
    only the others are searched (no word holds a space).
    """
    count = 0
    for piece in text.split():
        count += 1 if piece.isalnum() else len(WORD.findall(piece))
    return count


def link_keys(quotes: pd.DataFrame, *, threshold: float = 90) -> pd.DataFrame:
    """``quotes`` with ``quote_key`` shared by quotes of the same words across articles.

    Two keys are linked when their rapidfuzz ratio is at least ``threshold``
    (small variations: a word changed, a spelling), or when the shorter one,
    of six words or more, lies within the longer one (partial ratio 95):
    an outlet quoting part of a statement another quotes in full.  Links
    chain: keys joined by a chain of links form one group.  Each group takes
    the key carried by most articles (then the longest, then the greatest).

    Parameters
    ----------
    quotes : DataFrame
        A ``quotes`` frame, or any frame with ``quote_key`` and
        ``article_id``.
    threshold : float
        Least ``fuzz.ratio`` (0 to 100) that links two keys.

    Returns
    -------
    DataFrame
        ``quotes`` with ``quote_key`` replaced by its group's key (``str``).

    Notes
    -----
    Only the pairs of keys that share a rare word (or, for short keys, a
    string one character deletion away) are scored
    (:mod:`dossier.text.fuzzy_links`), with the same scorers and cut-offs:
    every link is a pair that scores at the cut-offs, and on generated
    archives 99 % or more of the links of scoring all N²/2 pairs are found
    (``benchmarks/link_keys.py`` measures it).
    """
    keys = sorted(set(quotes["quote_key"].dropna()))
    if len(keys) < 2:
        return quotes.copy()
    group = fuzzy_links.components(keys, threshold, partial_cutoff=95, min_words=6)
    spread = quotes.groupby("quote_key")["article_id"].nunique()
    spread = dict(zip(spread.index, spread.to_numpy()))
    carried = np.array([spread.get(k, 0) for k in keys])
    # Keys are sorted, so the greatest of the longest is the last of them: the last of each group in this order.
    order = np.lexsort((np.arange(len(keys)), np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)),
                        carried, group))
    last = np.r_[group[order][1:] != group[order][:-1], True]
    head = np.empty(len(keys), dtype=np.int64)
    head[group[order][last]] = order[last]
    rename = dict(zip(keys, (keys[h] for h in head[group].tolist())))
    return quotes.assign(quote_key=quotes["quote_key"].map(rename).astype("str"))


def _voice_of_medium(speaker_text: str | None) -> bool:
    """Whether the words name who speaks for a medium ("the broadcaster's narrator"): the medium's own words."""
    return bool(speaker_text) and speaker_text.lower().split()[-1] in medium_voices()


_INDEFINITE_OPENING = re.compile(r"(?:An?|One|Another)\s")


def _same_pronoun(art: Article, said: Said, by_pronoun: dict[str, Said]) -> Said:
    """ "“…,” he said" that nothing before reads: the one the same pronoun was last read as, when no person is named
    since ("The younger prisoner … “…,” he said. The forum organised by the headquarters … “…,” he says"): a body or
    a report in between is no one "he" could be."""
    if said.speaker or not said.speaker_text or (last := by_pronoun.get(said.speaker_text.lower())) is None:
        return said
    lo = last.pos + len(last.speaker_text)
    if any(m.entity is not None and m.entity.kind == "person" for m in art.account.between(lo, said.pos)) or any(
            a.speaker_text and a.how != "anaphor" for a in art.scan.attributions(lo, said.pos)) or any(
            lo <= x.start < said.pos and _INDEFINITE_OPENING.match(art.masked, x.start) for x in art.sents):
        # (Someone else named or quoted, or a sentence that brings someone in: "A 24-year-old from Hamhung says".)
        return said
    return said._replace(speaker=last.speaker)


def _reported_just_before(art: Article, q: Marked) -> Said | None:
    """ "Zakharova said the ties were lawful. “Nobody can forbid them.”": a sentence that is only a quote, right after
    a sentence of its paragraph that quotes no one but reports what one speaker said, goes on with that speaker's
    words; so does a paragraph that is only a quote, after a paragraph whose last sentence so reports ("Roe said the
    drones had improved." then "“Every launch teaches them something.”").  None when the sentence before names no
    one saying, or several, or a medium (who relays, not speaks)."""
    here = art.sent_at(q.parts[0][0])
    lo, hi = art.sents[here].start, art.sents[here].end
    if here == 0 or art.masked[lo:q.open_at].strip() or (
            art.masked[q.close_at:hi].strip(" \t.,;:!?")) or not art.text[q.parts[0][0]].isupper():
        return None
    if art.sents[here - 1].paragraph != art.sents[here].paragraph and not _quote_is_paragraph(art, q, here):
        return None
    before = art.sents[here - 1]
    if quotes_in(art, before):
        return None  # a sentence that quotes: whose words go on is read from its quotes (continues_speech)
    said = [x for x in art.said_of(here - 1) if x.speaker]
    if not said and (closing := closing_attribution(art, before.start, before.end)) is not None and closing.speaker:
        said = [closing]  # "Aid is doubtful, said Roe." (a verb before its subject closes the sentence)
    if len({x.speaker for x in said}) != 1 or art.is_medium(said[0].speaker):
        return None
    return said[0]


def _quote_is_paragraph(art: Article, q: Marked, here: int) -> bool:
    """Whether the quote opening sentence ``here`` is its paragraph's only words (but closing punctuation); a quote
    running over paragraphs (each opening with a mark, only the last closing) is so when nothing follows it in its
    last paragraph."""
    last = art.sent_at(q.parts[-1][1] - 1)
    if last + 1 < len(art.sents) and art.sents[last + 1].paragraph == art.sents[last].paragraph:
        return False
    return not art.masked[q.close_at:art.sents[last].end].strip(" \t.,;:!?\"”’")


def _passed_on(art: Article, said: Said, q: Marked, lo: int) -> tuple[Said, str | None]:
    """``said``, or the source whose words its speaker passes on (:mod:`~dossier.extractors.speech.hearsay`) in the quote's
    sentence opening at ``lo``: "She noted public reports that …", "He said the agency had detected “…”", "An official said state media had published …,
    calling them “…”", "He recalled his commander telling the unit that “…”".  With it, the one who relays the
    words of a clause within their own (:mod:`~dossier.extractors.speech.inner_speakers`), through whom they reach
    us, else None."""
    relayer = None
    if said.speaker_text and 0 <= said.pos < q.open_at:
        end = said.pos + len(said.speaker_text)
        cue_at = art.masked.find(said.cue, end, q.open_at) if said.cue else end
        if cue_at >= 0 and (source := source_passed_on(art.masked, cue_at, q.open_at)) is not None:
            said = said._replace(speaker=source)  # the reports' words
        elif cue_at >= 0 and (finder := finder_of(art, cue_at, q.open_at)) is not None:
            said = said._replace(speaker=finder)  # the body's finding, passed on
        elif said.cue and said.cue.endswith("ing") and (medium := medium_of_participle(art, end, said.cue, q.open_at)):
            said = said._replace(speaker=medium)  # the medium's, the nearest subject of the participle
        elif cue_at >= 0 and (judge := judging_body(art, cue_at, q.open_at, q.parts[0][0])) is not None:
            said, relayer = said._replace(speaker=judge), said.speaker  # "that the agency “estimates …”"
        elif cue_at >= 0 and said.speaker and (inner := inner_sayer(
                art, said.speaker, cue_at, cue_at + len(said.cue or ""), q.open_at)) is not None:
            said, relayer = said._replace(speaker=inner), said.speaker  # "that Kim had ordered that “…”"
        elif cue_at >= 0 and (aside := aside_source(art, cue_at, q.open_at)) is not None:
            said = said._replace(speaker=aside)  # "soldiers who, according to state media, died “heroically”"
    if (recalled := recalled_speaker(art.scan, lo, q.open_at)) is not None:
        # the one recalled speaks, charted where the article tells who they are
        said = Said(charted(art, recalled.noun, recalled.words, recalled.start) or recalled.noun, recalled.words, said.cue,
                    recalled.start)
        relayer = None
    return said, relayer


def _article_quotes(aid: str, text: str, source, sents: list[Sentence], headings: dict[int, list[str]],
                    author: str | None = None, published=None) -> list[dict]:
    art = Article(aid, text, source, sents, headings, author, published)
    groups = join_split(art)
    rows = []
    keys: list[str] = []
    previous: tuple[list[Marked], Said] | None = None
    by_pronoun: dict[str, Said] = {}  # the last speaker each pronoun ("he", "she") was read as
    for group in groups:
        q0, q1 = group[0], group[-1]
        if len(group) == 1 and len(q0.parts) == 1 and quoted_name(text, *q0.parts[0], q0.open_at, q0.close_at):
            continue  # Operation “Dawn”: part of a name, no one's words
        n = len(rows)
        first = art.sent_at(q0.parts[0][0])
        said, intro = speaker_of(art, q0, group)
        said = joint_subject(art, said) or said
        if said.speaker is None and said.speaker_text is None and (
                named := marked_kind_name(art.masked, text, art.sents[first].start, art.sents[art.sent_at(q1.close_at)].end)) and (
                not q0.open_at <= named[0] <= q1.close_at):  # (the name's own marks are no one's words)
            said = Said(canonical(named[1], "name"), named[1], named[2], named[0])  # the blog “Northern Front” posted
        said = subject_over_medium(art, said, art.sents[first].start, q0.open_at) or said
        if not names_for_subject(art.masked, said):  # (a state's own word for a thing is the state's)
            said = issued_by(art, said, q0)
        if said.speaker and art.is_medium(said.speaker) and 0 <= said.pos < q0.open_at and (
                author := document_author(art, said, q0.open_at)) is not None and (
                channel_state(said.speaker) != "dprk_state" or art.of_dprk_state(author.speaker)):
            # (A DPRK medium relays only its state's words: an author it does not tie to the state stays unread.)
            said = author
        if (said.speaker and art.is_medium(said.speaker) and _FIRST_PERSON.search(text, q0.parts[0][0], q1.parts[-1][1])
                and not _voice_of_medium(said.speaker_text)):
            # "“We acted to crush the invaders,” KCNA said": a medium speaks of itself in the third person; words
            # in the first person are those of the person it reports on, the last one named.
            person = art.account.last(q0.open_at, kind="person")
            if person is not None:
                said = said._replace(speaker=person.name)
        if said.speaker_text is None and previous is not None and (
                continues_speech(art, previous[0], q0) or resumes_speech(art, previous[0], previous[1].speaker, q0)):
            said = previous[1]
        elif said.speaker_text is None and (reported := _reported_just_before(art, q0)) is not None:
            said = reported
        elif said.speaker_text is None and (owner := group_document(art, art.sents[first].start, q0.open_at)) is not None and (
                owned := art.resolve(owner)).speaker != canonical(owner.speaker_text, "group"):
            # "One channel ended its post with “…”" after "Russian Telegram channels": one of them; a bare "channel",
            # whose the article does not tell, is no one a reader would chart.
            said = owned
        said = _same_pronoun(art, said, by_pronoun)
        said, relayer = _passed_on(art, said, q0, art.sents[first].start)
        if said.speaker and said.speaker_text and pronouns().get(said.speaker_text.lower(), "n") != "n":
            by_pronoun[said.speaker_text.lower()] = said
        if said.speaker_text is not None or len(group) > 1 or not gives_one_name(art, q0):
            previous = (group, said)  # (“Lys,” the name given in the clause before, is no one's words)
        # (Words a relayer passes on from a clause within theirs reach us as the relayer's do: "Lee added that Kim
        # had ordered that “…”" comes from Lee's briefing, not from the medium that carries Kim's own words.)
        channel, basis = channel_of(art, group, relayer or said.speaker, intro, said.pos)
        joined = SPLIT_JOINER.join(PARAGRAPH_JOINER.join(text[s:e] for s, e in q.parts) for q in group)
        key = quote_key(joined)
        # (Below the cutoff the ratio reads 0, and is given up on sooner.)
        same = next((n for n, k in enumerate(keys) if fuzz.ratio(k, key, score_cutoff=SAME_KEY_WITHIN_ARTICLE)), None)
        if same is not None:
            key = keys[same]
            if said.speaker is None and (echoed := rows[same])["speaker"] is not None:
                # "the pledge of “unconditional support”": words quoted again with no one named are the words of
                # whoever the article quoted them from, through the same medium.
                said = said._replace(speaker=echoed["speaker"])
                channel, basis = echoed["channel"], echoed["channel_basis"]
        keys.append(key)
        rows.append(
            dict(
                quote_id=f"{aid}-q{n}",
                article_id=aid,
                sentence=art.sents[first].sentence,
                start=q0.parts[0][0],
                end=q1.parts[-1][1],
                text=joined,
                n_words=_count_words(joined),  # the joiners hold no word characters: the words of the parts
                kind="statement" if len(group) > 1 or intro is not None or is_statement(art, q0) else "fragment",
                speaker=said.speaker,
                speaker_text=said.speaker_text,
                cue=said.cue,
                channel=channel,
                channel_basis=basis,
                via_kcna=channel == "KCNA",
                via_dprk_state_media=channel_state(channel) == "dprk_state" if channel else False,
                quote_key=key,
            )
        )
    return rows
