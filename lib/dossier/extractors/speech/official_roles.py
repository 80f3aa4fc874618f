"""Whom a title stands for when an attribution names a role rather than a person: the holder of a state's role
("Russia's top diplomat"), a relative ("Kim's younger sister"), a body speaking through its voice ("the ministry's
spokesperson"), or the government an unnamed official speaks for ("a senior Foreign Ministry official in Tokyo").

:class:`OfficialRoles` is the part of :class:`~dossier.extractors.speech.quote_referents.Referents` that reads them;
it reads the article's account (``account``), masked text and sentences, which
:class:`~dossier.extractors.speech.quote_article.Article` holds.
"""

from __future__ import annotations

import re

from ..mentions import discourse
from ..mentions.back_references import VOICES_OF_BODIES, press_offices
from ..mentions.mention_forms import vocabulary_entity
from ..mentions.mention_vocab import UNNAMED_TITLES, StateNames, home_bodies, home_state, key, official_bodies, states, titles
from ..mentions.speaker_vocab import owner_length, speaker_aliases
from ..mentions.channel_relays import medium_voices
from ...text.words import UPPER
from .speakers import Attribution, speaker_kind

_IN_PLACE = re.compile(rf"\s+in\s+(?P<place>{UPPER}[\w\-]*)\b")
_NO_STATE = StateNames("", "")


class OfficialRoles:
    """Reading whom an owned role or an unnamed official stands for, for :class:`~.quote_referents.Referents`."""

    def government_in(self, a: Attribution) -> str | None:
        """ "A senior Foreign Ministry official in Tokyo": an unnamed official of a body the account gives no state,
        in a capital that stands for its state's government, speaks for that government."""
        words = key(a.speaker_text).split()
        if len(words) < 3 or words[-1].removesuffix("s") not in UNNAMED_TITLES or speaker_kind(" ".join(words[:-1])) != "body":
            return None
        m = _IN_PLACE.match(self.masked, a.start + len(a.speaker_text))
        place = speaker_aliases().get(key(m.group("place"))) if m is not None else None
        return place.speaker if place is not None and place.kind == "body" else None

    def home_government(self, a: Attribution) -> str | None:
        """ "a senior government official told reporters" in an article from Seoul: the home state's government, as "the
        defence ministry" there is its ministry (no nationality word: those are read by their state); "a senior defense
        official" in an article from Washington: the body of that state the word names (``data/official_bodies.csv``)."""
        words = key(a.speaker_text).split()
        body = "government" if len(words) >= 3 and words[-2] == "government" else official_bodies().get(words[-2]) if len(words) >= 3 else None
        if body is None or words[-1].removesuffix("s") not in UNNAMED_TITLES:
            return None
        home = home_state(self.text, self.source)
        if body != "government":
            return ministry.name if (ministry := home_bodies()[body].get(home)) is not None else None
        state = states().get(home)
        return state.government if state is not None else None

    def role_of_owner(self, a: Attribution, owner: discourse.Entity) -> discourse.Entity | None:
        """The holder, in ``owner``'s state, of the role ``a`` owns ("Russia's top diplomat"), if the article named one;
        or the relative it names ("Kim's younger sister")."""
        owned = a.speaker_text[owner_length(a.speaker_text):].split(None, 1)  # "'s", "top diplomat"
        if owner.kind == "medium" and len(owned) == 2 and key(owned[-1]) in medium_voices():
            return owner  # "KCTV's announcer": the medium's own words
        if len(owned) == 2 and (relative := self.account.relative(owner, key(owned[-1]).split()[-1])) is not None:
            return relative  # "Kim Jong Un's powerful sister"
        if len(owned) == 2 and key(owned[-1]) == "office" and "president" in owner.roles and (
                office := home_bodies().get("president's office", {}).get(owner.state)) is not None:
            return vocabulary_entity(office)  # "Zelenskiy's office": the presidency of the president's state
        title = titles().get(key(owned[-1])) if len(owned) == 2 else None
        if owner.kind == "body" and (title is not None and title.role in VOICES_OF_BODIES
                                     or len(owned) == 2 and key(owned[-1]) in press_offices()):
            return owner  # "the ministry's spokesperson", "the Kremlin's press service": the body speaks
        if title is None and len(owned) == 2:
            title = titles().get(key(owned[-1]).split()[-1])  # "Japan's Chief Cabinet Secretary": the role of its last word
        if title is None or not title.role:
            return None
        holder = self.account.holder(title.role, a.start, owner.state) if owner.state else None
        if holder is None and owner.state:
            holder = self._holder_named_next(title.role, a.start, owner.state)
        if holder is None and title.cls == "official" and (
                owner.name == states().get(owner.state, _NO_STATE).government or owner.kind == "body" and owner.state not in states()):
            # "Russia's deputy foreign minister", named nowhere: an official, who speaks for the government; and of a
            # state the vocabularies know by its government alone ("Japan's Chief Cabinet Secretary"), for that.
            return owner
        return holder

    def _holder_named_next(self, role: str, pos: int, state: str) -> discourse.Entity | None:
        """ "Japan's top government spokesman said … Chief Cabinet Secretary Yoshimasa Hayashi added": the holder of
        the role in that state whom the next two sentences name, when no one before was."""
        i = self.sent_at(pos)
        if i + 1 >= len(self.sents):
            return None
        lo, hi = self.sents[i + 1].start, self.sents[min(i + 2, len(self.sents) - 1)].end
        # (A state the vocabularies know by its government alone is told apart by no state of its own: "other".)
        known = state in states()
        holder = self.account.holder(role, hi - 1, state if known else "")
        if holder is None or (not known and holder.state in states()) or not any(
                m.entity is not None and m.entity.name == holder.name for m in self.account.between(lo, hi)):
            return None
        return holder

    def owner_of(self, a: Attribution) -> discourse.Entity | None:
        """The entity the owner of an owned subject stands for ("Japan" of "Japan's Chief Cabinet Secretary")."""
        m = self.account.mention_at(a.start, a.start + owner_length(a.speaker_text))
        return m.entity if m is not None and m.start == a.start else None

    def owner_only(self, a: Attribution) -> bool:
        """Whether the account's mention of an owned subject ("Putin's spokesman") names only its owner ("Putin")."""
        m = self.account.mention_at(a.start, a.start + len(a.speaker_text))
        return m is not None and m.end <= a.start + owner_length(a.speaker_text)
