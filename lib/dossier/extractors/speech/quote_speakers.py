"""Who said a quote: the statements its parts make up, and the attribution that names its speaker.

See :mod:`dossier.extractors.speech.quotes` for the order in which the rules are tried (:func:`speaker_of`).
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import ENGLISH_DOUBLE, Marked
from ...text.words import UPPER, alternation
from .quote_article import Article, Sentence
from .claiming_documents import claiming_document
from .according_pronouns import according_to_said, is_person_pronoun
from .passive_agents import apposed_source, named_agent
from .quote_sentences import follows_quoted_sentence, introduction, runs_on, sentence_bounds, speaks_no_quote
from .quote_issuers import issues_document
from .quote_referents import NOBODY, Said
from .quote_documents import document_clause
from ..mentions.speaker_vocab import directives, document_nouns, name_intro_phrases
from ..mentions.channel_relays import addressed, medium_voices
from .attributions import hears, names_other
from .cited_sources import citing, quoting, relayed_speaker
from .inscriptions import inscription_before
from .manner_verbs import manner_after, manner_intro
from .told_sources import told_source
from .worded_sources import wording_source
from .relayed_sources import said_before_source
from .reckoned_sources import reckoned_by
from .first_speakers import first_person_speaker
from .quote_clauses import clause_subject, coordinate_clause, relative_document_author, reported_agents_dropped, reporting_person
from .turn_labels import label_speaker
from .quote_experts import expert_heading
from .participle_subjects import aside_subject, perceived_subject
from .role_mentions import person_by_role
from .speakers import FILLER, HEAD, Attribution, any_cue, anaphor_refers, canonical

# What may follow the attribution between two parts of one statement: "according to KCNA", or who the speaker is
# (", a Korea expert at the Center for Strategic and International Studies").
_GAP_REST = re.compile(rf"(?:[\s,]*according\s+to\s+[^.;#]*|,\s+(?:a|an|the|who|whose)\s[^#{ENGLISH_DOUBLE}]{{1,120}}?)?"
                       r"[\s,.;:—–\-]*\Z", re.IGNORECASE)
_STATEMENT_LEAD = re.compile(r"(?:\A|[,:]|\b(?:said|says|added|stated|declared|wrote|told\s+\w+))\s*\Z", re.IGNORECASE)
_PRONOUN_AND = re.compile(r"\b(?P<who>[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\s+and\s+(?:then\s+)?\Z")  # "he smiled and "
_PARTICIPLE_JOIN = re.compile(r"(?:,|\band|\bbut)\s+\Z")
_STRAIGHT_AFTER = re.compile(r",?\s*")  # a name right after its subject's description, a comma maybe between
# "the ministry said Saturday, calling": what may stand between a verb of saying and the participle its subject shares.
_WHEN_ONLY = re.compile(rf"[\s,]*(?:{FILLER}[\s,]*|(?:on\s+)?[A-Z][a-z]+day[\s,]*)")
# A finite verb after a subject: a word in -ed or -s, or one of the irregular past forms reporting uses.
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]+(?:ed|es|s)|went|made|gave|took|spoke|told|wrote|said|met|sent|called|held|put|set)\b")
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b")
_THAT = re.compile(r"\bthat\b")
_AND = re.compile(r"\s+and\s+")
_CLOSING_COMMAS = 3  # the verbs of saying after a quote tried for ", said Howell, a Korea expert at …"
_ASIDE_OPENS = re.compile(r",\s+(?:as\s+)?(?:the\s+)?\Z")  # "Kim, (as) the Rodong Sinmun reported, called"


def _after(art: Article, q: Marked) -> Attribution | None:
    _, hi = sentence_bounds(art, q)
    a = art.scan.inverted_attribution(q.close_at, hi)
    if a is not None and (a.start > a.cue_start and speaks_no_quote(art, q, a) or runs_on(art, q, max(a.start, a.cue_start))):
        return None
    if a is None:
        # "…,” Kim's powerful sister said": a description the account knows, then a verb of saying.
        # "…,” the broadcaster's narrator said": who speaks for a medium, its own words.
        head = HEAD.match(art.masked, q.close_at, hi).end()
        m = art.account.mention_at(head)
        if m is not None and m.start == head and m.entity is not None:
            end = m.end
            if m.entity.kind == "medium" and (voice := _medium_voice().match(art.masked, end, hi)):
                end = voice.end()
            if c := _cue_after().match(art.masked, end, hi):
                cue = c.group("cue")
                a = Attribution(m.start, c.start("cue"), c.end(), art.masked[m.start:end], "name", cue, cue.lower())
    return a


@functools.cache
def _medium_voice() -> re.Pattern:
    """"'s narrator" after a medium: who speaks its words (``data/channel_relays.csv``, place ``voice``)."""
    return re.compile(rf"['’]s\s+(?:{alternation(medium_voices())})\b")


@functools.cache
def _cue_after() -> re.Pattern:
    """A verb of saying after a subject, with the words that may stand between ("has also said")."""
    return re.compile(rf"\s+{FILLER}(?P<cue>{any_cue().pattern})")


def join_split(art: Article) -> list[list[Marked]]:
    """Quotes grouped into statements: "“A,” Kim said. “B.”" is one statement of two parts."""
    groups: list[list[Marked]] = []
    for q in art.marked:
        prev = groups[-1][-1] if groups else None
        if prev is not None and _continues(art, prev, q):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _continues(art: Article, a: Marked, b: Marked) -> bool:
    # "“A,” Kim said. “B.”": only a comma (or dash) closing A leaves the statement open.
    if not a.closed or "\n" in art.text[a.close_at:b.open_at] or art.text[a.close_at - 2] not in ",—–-":
        return False
    attr = art.scan.inverted_attribution(a.close_at, b.open_at)
    if attr is None or attr.speaker_text is None or not _GAP_REST.match(art.masked[attr.end:b.open_at]):
        return False
    lo, _ = sentence_bounds(art, b)
    own_before = art.scan.attributions(max(lo, attr.end), b.open_at)
    return not own_before and _after(art, b) is None


def continues_speech(art: Article, before: list[Marked], q: Marked) -> bool:
    """A sentence that is only a quote, right after a quoted sentence of the paragraph, goes on with its speaker
    ("“This is dangerous,” said Cha, an expert. “It changes everything.”"); so does a paragraph that is only a quote
    after one a quote closes (wires give each sentence of a statement a paragraph)."""
    lo, hi = sentence_bounds(art, q)
    prev_end = art.sent_at(before[-1].parts[-1][1] - 1)
    here = art.sent_at(q.parts[0][0])
    alone = not art.masked[lo:q.open_at].strip() and not art.masked[q.close_at:hi].strip(" \t.,;:")
    same_par = art.sents[prev_end].paragraph == art.sents[here].paragraph
    last = art.sent_at(q.parts[-1][1] - 1)
    next_par = art.sents[here].paragraph == art.sents[prev_end].paragraph + 1 and (
        last + 1 == len(art.sents) or art.sents[last + 1].paragraph != art.sents[here].paragraph)
    return alone and (same_par or next_par) and here - prev_end <= 1 and art.text[q.parts[0][0]].isupper()


@functools.cache
def _name_intro_before() -> re.Pattern:
    """What introduces someone by one name only (``data/name_intros.csv``), ending right before an opening mark."""
    return re.compile(rf"\b(?i:{alternation(name_intro_phrases())}),?\s*\Z")


def gives_one_name(art: Article, q: Marked) -> bool:
    """Whether ``q`` is one name in marks that introduces someone ("with the call sign “Lys,”"): a name, not
    words anyone said, which breaks no speaker's run of quoted sentences."""
    s, e = q.parts[0]
    words = art.text[s:e].strip(" ,.")
    if len(q.parts) != 1 or not words[:1].isupper() or len(words.split()) != 1:
        return False
    return _name_intro_before().search(art.text, max(0, q.open_at - 60), q.open_at) is not None


def is_statement(art: Article, q: Marked) -> bool:
    """Whether ``q`` opens with a capital (or digit) at a sentence's start, after "said," or after a colon."""
    s, e = q.parts[0]
    if not (art.text[s].isupper() or art.text[s].isdigit()):
        return False
    lo, _ = sentence_bounds(art, q)
    return bool(_STATEMENT_LEAD.search(art.masked[lo:q.open_at]))


def speaker_of(art: Article, q: Marked, group: list[Marked]) -> tuple[Said, Sentence | None]:
    """Who said ``q``, and the sentence introducing it with a colon when that is where it was found."""
    lo, hi = sentence_bounds(art, group[-1])
    lo = sentence_bounds(art, q)[0]
    if (written := inscription_before(art.masked, lo, q.open_at)) is not None:  # "Posters in Hyesan read “…”"
        return Said(None, written.group("noun"), None, written.start()), None
    if (told := told_source(art, group[-1])) is not None:  # "“…”, as Polish gunners told him": the gunners'
        return told, None
    if (wording := wording_source(art, group[-1])) is not None:
        return wording, None  # "“…,” as spokesman Dmitry Peskov put it", "“…,” in the words of Peskov": his
    a = _after(art, q)
    after = art.resolve(a) if a is not None and a.speaker_text else None
    if after is not None and (source := quoting(art, a, hi)) is not None:
        return source, None  # "…, the lawmaker said, quoting the NIS", "…, Yonhap reported, citing the JCS"
    if after is not None and not art.is_medium(after.speaker):
        return reporting_person(art, q, lo, after) or after, None
    lo = coordinate_clause(art, art.attributions_before(q), lo, q.open_at)
    relayed = relayed_speaker(art, q, lo, hi)
    if relayed is not None:
        return relayed, None
    if (document := document_clause(art, lo, q.open_at)) is not None:
        return document, None
    if (claimed := claiming_document(art, lo, q)) is not None:  # "The report, made by Japan, claims “…”": its issuer's
        return claimed, None
    said = _nearest_before(art, reported_agents_dropped(art, art.attributions_before(q)), lo)
    if said is not None and art.is_medium(said.speaker):
        # "KCNA reported that Kim praised the “heroic feats”": the medium relays, the subject it reports speaks.
        reported = art.subject_of(said.pos + len(said.speaker_text or ""), q.open_at, media=False)
        # Only a subject that says something speaks ("that Kim praised", "Kim ordered that output be “…”"):
        # "that Kim watched a test of “…”" puts the medium's own words on what he did.
        if reported is not None and _says(art, reported.pos + len(reported.speaker_text or ""), q.open_at) and (
                not _joint(art, reported)):
            return reported._replace(cue=said.cue), None
        if (aside := _medium_aside(art, said, lo, q.open_at)) is not None:
            return aside, None
    if said is not None:
        return citing(art, lo, q.open_at, art.is_medium(said.speaker)) or said, None
    acc = [apposed_source(art, *x, hi) for x in art.scan.according_to(lo, hi)]  # "according to the head of X, Roe,"
    if acc:
        pos, who = min(acc, key=lambda x: abs(x[0] - q.open_at))
        if (between := said_before_source(art, q, pos)) is not None:
            return between, None  # "“…,” the NIS said, according to Park": the NIS's words, Park relays them
        group, entity = art.who_is(pos, who)  # "according to Choe", "according to him"
        if entity is not None and entity.kind == "medium" and (
                subject := _speaking_subject(art, lo, q, after, saying=True)) is not None:
            # "Kim ordered officials to “expand” output, according to state media": the medium relays, he speaks;
            # but "Kim watched a test of a “new-type” missile, according to KCNA" is the medium's account of a deed.
            return subject, None
        if entity is None and (known := person_by_role(art, Attribution(pos, pos, pos + len(who), who, "group", "according to", "cite"),
                                                       art.sent_at(pos))):
            return Said(known, who, "according to", pos), None  # "According to the expert", just named
        if entity is None and is_person_pronoun(who):
            return according_to_said(art, art.sent_at(pos), pos, who), None  # "according to him": whom "he" is
        return Said(entity.name if entity is not None else canonical(group, "group"), who, "according to", pos), None
    if (by := reckoned_by(art.masked, lo, q.open_at)) is not None:  # "By the estimate of the team, … “at least 100”"
        group, entity = art.who_is(by.pos, by.who)
        return Said(entity.name if entity is not None else canonical(group, "group"), by.who, "estimate", by.pos), None
    for pos, who, doc in reversed(art.scan.document_attribution(lo, q.open_at)):
        entity = art.entity_of(pos, pos + len(who)) if who else None  # "in the ministry's statement"
        if entity is None and who and (refers := anaphor_refers(who)) is not None:
            # "In the service's words": the body (or medium) the words go back to.
            if (speaker := art.antecedent(refers, pos)) is not None:
                return Said(speaker, who, doc, pos), None
            continue
        if entity is None and who and who.split(None, 1)[0].lower() in ("a", "an", "one"):
            # "in the words of one Russian official": someone unnamed, read as the subject of a verb of saying is.
            return art.resolve(Attribution(pos, pos, pos + len(who), who, "group", doc, doc)), None
        if entity is None and who and who.split(None, 1)[0].lower() == "the":
            continue  # a description the account cannot resolve is no one's name
        speaker = entity.name if entity is not None else canonical(who, "name") if who else art.possessor_at(pos)
        return Said(speaker, who or art.masked[pos:pos + 40].split(",")[0], doc, pos), None
    # "Putin pledged to “carry forward” …, the agency said": the medium after the quote relays, the sentence's
    # subject speaks; "Rodong Sinmun called it “a reliable guarantee”": a medium as subject speaks itself.
    if (subject := _speaking_subject(art, lo, q, after)) is not None:
        return subject, None
    if after is not None:
        return after, None
    later = [named_agent(art, x, hi) or x for x in art.scan.attributions(q.close_at, hi)
             if x.speaker_text and not names_other(art.masked, x, hi)]
    if later:  # "… “several” missiles, Yonhap reported, citing the JCS": the source
        return quoting(art, later[0], hi) or art.resolve(later[0]), None
    if (closing := closing_attribution(art, q.close_at, hi)) is not None:
        return closing, None
    intro = introduction(art, q, lo)
    if intro is not None:
        said = _nearest_before(art, art.scan.attributions(intro.start, intro.end), intro.start)
        if said is None and issues_document(art, intro):
            said = art.subject_of(intro.start, intro.end)  # "Kim Yo Jong issued the following press statement:"
        if said is not None:
            return said, intro
    if (colon := _colon_subject(art, lo, q, intro) or manner_intro(art, lo, q)) is not None:
        return colon, intro
    if (label := label_speaker(art, lo, q.open_at)) is not None:
        return label, None
    if (expert := expert_heading(art, q.open_at)) is not None:  # "Jane Roe: The deal changes little" over "“…”"
        return expert, None
    if (named := _document_after(art, q, lo, hi)) is not None:
        return named, None
    if (first := first_person_speaker(art, q, lo, hi)) is not None:  # "I told the delegation: “…”": whoever "I" is
        return first, None
    # "…took place in “a warm atmosphere,” according to KCNA": with no one else named, the medium's own words;
    # but not the medium someone "told".
    if (manner := manner_after(art, q, lo, hi)) is not None:  # "“…,” he sighed": read only when nothing else was
        return manner, None
    media = [m for m in art.media_named(lo, hi) if not addressed(art.masked, m[0])]
    if media:
        pos, channel = min(media, key=lambda x: abs(x[0] - q.open_at))
        return Said(channel, art.masked[pos:pos + len(channel)], None, pos), None
    return NOBODY, None


def closing_attribution(art: Article, lo: int, hi: int) -> Said | None:
    """Who the last clause of ``masked[lo:hi]`` (a sentence's end) names: ", said Howell, an expert at …".

    Only an attribution opened by a comma and a verb of saying (one of the last few) that runs to the sentence's end
    (but for an apposition) speaks the whole sentence, quote and all."""
    # Only a comma right before a verb of saying can open one; most sentences have none after the quote.
    for cue in reversed(art.scan.candidates("cue", lo, hi)[-_CLOSING_COMMAS:]):
        at = art.masked.rfind(",", lo, cue)
        if at < 0 or art.masked[at + 1:cue].strip():
            continue
        a = art.scan.inverted_attribution(at, hi)
        if a is not None and a.speaker_text and _GAP_REST.match(art.masked, a.end, hi):
            return art.resolve(a)
    return None


def _document_after(art: Article, q: Marked, lo: int, hi: int) -> Said | None:
    """ "“Those who fought for justice are heroes.” The statement was issued by the commission …": a quote that is a
    sentence alone is the words of the document the next sentence opens with, its author's."""
    if art.masked[lo:q.open_at].strip() or art.masked[q.close_at:hi].strip(" \t.,;:!?\n") or follows_quoted_sentence(art, lo):
        return None
    k = art.sent_at(hi - 1) + 1
    if k >= len(art.sents) or (m := art.account.mention_at(art.sents[k].start)) is None or m.start != art.sents[k].start:
        return None
    e = m.entity
    if m.how != "description" or e is None or e.kind not in ("person", "body") or not document_nouns().search(m.surface):
        return None
    return Said(e.name, m.surface, None, m.start)


def _medium_aside(art: Article, said: Said, lo: int, hi: int) -> Said | None:
    """ "The North Korean leader, (as) KCNA reported, thanked Russia for its “…”": a medium's attribution set off by commas
    after the subject of the sentence relays that subject's words, when a verb of saying follows it."""
    c = _cue_after().match(art.masked, said.pos + len(said.speaker_text or ""), hi)
    if c is None or not art.masked.startswith(",", c.end()) or not _ASIDE_OPENS.search(art.masked, max(lo, said.pos - 12), said.pos):
        return None
    subject = art.subject_of(lo, said.pos, media=False)
    return subject._replace(cue=said.cue) if subject is not None and _says(art, c.end(), hi) else None


def _joint(art: Article, subject: Said) -> bool:
    """Whether ``subject`` is one of two people the clause joins by "and" ("KCNA said Kim and Shoigu had discussed …
    and described the ties as “…”"): no one of them speaks the words, which stay the medium's account."""
    end = subject.pos + len(subject.speaker_text or "")
    m = _AND.match(art.masked, end)
    other = art.account.mention_at(m.end()) if m is not None else None
    return other is not None and other.start == m.end() and other.entity is not None and other.entity.kind == "person"


def _says(art: Article, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` holds a verb of saying or a reported clause ("ordered that")."""
    return bool(any_cue().search(art.masked, lo, hi) or _THAT.search(art.masked, lo, hi))


def _speaking_subject(art: Article, lo: int, q: Marked, after: Said | None, saying: bool = False) -> Said | None:
    """The subject of the quote's clause when the quote is in its words: a person with a verb before the quote ("Kim
    pointed out “…”"), a body (anyone, ``saying``) with a verb of saying; not who hears them ("She was told “…”")."""
    subject = art.subject_of(lo, q.open_at)
    if subject is not None and (after is not None or _has_verb(art, subject, q)) and (
            (art.is_person(subject.speaker) and not saying)
            or _says(art, subject.pos + len(subject.speaker_text or ""), q.open_at)
            or (saying and directives().search(art.masked, subject.pos, q.open_at))
    ) and not hears(art.masked, subject.pos, q.open_at):
        # ("The treaty had become “a legal foundation” …, the newspaper wrote": no verb of saying, the newspaper's.)
        return subject._replace(cue=after.cue if after is not None else None)
    return None


def _colon_subject(art: Article, lo: int, q: Marked, intro: Sentence | None) -> Said | None:
    """ "Han had a simple explanation: “…”", or "The ministry was blunt:" ending the paragraph before "“…”": a clause
    that a colon closes introduces the quote after it, and its subject (a person, a body or a medium named as more
    than a possessor, or the possessor of words: "Han's words:") speaks it, when what it does there is be, have or
    give something (:data:`_INTRO_PREDICATE`); not a deed ("visited Wonsan:") nor one who hears ("She was told:")."""
    head = art.masked[lo:q.open_at].rstrip()
    if head.endswith(":"):
        span = (lo, lo + len(head) - 1)
    elif not head and intro is not None:
        span = (intro.start, art.masked.rindex(":", intro.start, intro.end))
    else:
        return None
    for doc in document_nouns().finditer(art.masked, *span):
        if (by := _FROM_BY.match(art.masked, doc.end(), span[1])) is not None:
            # "Putin received a letter from Kim Jong Un:": the author's words, or no one's the article names
            author = next((x for x in art.account.between(by.end(), span[1]) if x.entity is not None), None)
            return Said(author.entity.name, author.surface, None, author.start) if author is not None else None
    subject = art.subject_of(*span)
    if subject is None or not _INTRO_PREDICATE.match(art.masked, subject.pos + len(subject.speaker_text or ""), span[1]):
        return None
    # The clause's own subject opens it (after an opening phrase's comma): not a name after a preposition ("The mood
    # around Putin was clear:").
    comma = art.masked.rfind(", ", span[0], subject.pos)
    opens = comma + 2 if comma >= 0 else span[0]
    return subject if _CLAUSE_OPENING.fullmatch(art.masked, opens, subject.pos) else None


_CLAUSE_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")  # what may stand before a clause's subject
# A document's author after it: "a letter from Kim", "a statement by", "the words of Putin" (a name after "of" only:
# "a report of the fighting" has none).
_FROM_BY = re.compile(rf"s?\s+(?:from|by|of(?=\s+(?:the\s+)?{UPPER}))\s")
# What the subject does before the colon, when it introduces words: it is something ("was blunt", "is clear"), has
# or gives something ("had a simple explanation", "offered a warning"), or owns the words ("’s words"); after an
# aside between commas. Not a deed ("visited Wonsan on Tuesday:") nor hearing ("was told:").
_INTRO_PREDICATE = re.compile(r"(?:,[^,:#]{1,120},)?\s*(?:(?:was|is|were|are|had|has|gave|gives|offered|offers|"
                              r"sounded|sounds|seemed|seems|remained|remains)\s+(?!told\b|asked\b|informed\b)|['’]s\s)")


def _has_verb(art: Article, subject: Said, q: Marked) -> bool:
    """Whether a verb follows the subject before the quote ("Kim pointed out “…”"), so that the quote is in its clause."""
    between = art.masked[subject.pos:q.open_at]
    return bool(_CLAUSE_VERB.search(between)) and not _CLAUSE_BREAK.search(between)



def _nearest_before(art: Article, found: list[Attribution], lo: int) -> Said | None:
    """The speaker of the nearest cue before a quote; a participle borrows an earlier subject.

    A participial clause with no verb of saying before it ("Kim sent a message to Putin, calling him “…”") borrows the
    first speaker the sentence names; after one, its subject ("the ministry said that …, but described": not a name inside)."""
    if not found:
        return None
    cue = found[-1].cue
    last = found[-1]
    if last.speaker_text is None and (issuer := art.issuer_before(lo, last.cue_start)) is not None:
        return issuer._replace(cue=cue)  # "…, after KCNA published a statement warning of “…”": the statement's
    if last.speaker_text is None and (heard := perceived_subject(art, lo, last.cue_start, cue)) is not None:
        return heard  # "…, and an officer can be heard saying": the one heard, not the sentence's first person
    if last.speaker_text is None and (who := _PRONOUN_AND.search(art.masked, max(lo, last.cue_start - 40), last.cue_start)):
        # "When asked whether he missed home, he smiled and said": the pronoun subject of the verb the cue joins.
        return art.resolve(last._replace(start=who.start("who"), speaker_text=who.group("who"), how="anaphor"))._replace(cue=cue)
    if last.speaker_text is None and _PARTICIPLE_JOIN.search(art.masked, max(lo, last.cue_start - 6), last.cue_start):
        # "Kim Yo Jong lashed out at Kyiv, which Seoul says …, warning of a “horrible situation”": the participle
        # goes with the sentence's subject, not with a clause in between; but "…, the commission said, adding"
        # with the attribution right before it.
        prev = next((a for a in reversed(found[:-1]) if a.speaker_text), None)
        if prev is not None and _WHEN_ONLY.fullmatch(art.masked, prev.end, last.cue_start):
            return art.resolve(prev)._replace(cue=cue)
        if (aside := aside_subject(art, lo, last.cue_start, cue, relative_only=prev is not None)) is not None:
            return aside  # "The marines, surrounded by Russian troops, held the bridge, chanting"
        subject = clause_subject(art, lo, last.cue_start)
        first = next((a for a in found[:-1] if a.speaker_text), None)
        # ("The ministry's spokesperson Maria Zakharova called … and said": the name right after the description is
        # the subject's own.)
        if first is not None and (subject is None or first.start < subject.pos or _STRAIGHT_AFTER.fullmatch(
                art.masked, subject.pos + len(subject.speaker_text or ""), first.start)):
            return art.resolve(first)._replace(cue=cue)
        if subject is not None:
            return subject._replace(cue=cue)
    for a in reversed(found):
        if a.speaker_text:
            said = relative_document_author(art, a, lo) or art.resolve(a)  # "a message to Kim, in which he said"
            return said._replace(cue=cue)
    last = found[-1]
    if art.masked[lo:last.cue_start].rstrip().endswith(","):
        subject = art.subject_of(lo, last.cue_start)
        if subject is not None:
            return subject._replace(cue=cue)
        first = art.scan.first_speaker(lo, last.cue_start)
        if first is not None:
            pos, surface = first
            return Said(art.surname(surface, pos) or canonical(surface, "alias"), surface, cue, pos)
    return None
