"""Who speaks when a quote's sentence names both a speaker and an "according to" source after them.

"“…,” the NIS said, according to Park": an analyst reads the subject of the verb of saying as the one whose words
they are, and the "according to" source as the one passing them on (a lawmaker relaying a briefing, a ministry
relaying its general's words at a meeting).  The source speaks only when no one between the words and it does.
"""

from __future__ import annotations

from ...text.quote_marks import Marked
from .attributions import names_other
from .quote_article import Article
from .quote_referents import Said


def said_before_source(art: Article, q: Marked, source_at: int) -> Said | None:
    """The subject of a verb of saying between quote ``q`` and the "according to" source named at ``source_at``
    ("“…,” the NIS said, according to Park": the NIS); None when the source comes first or no one speaks between."""
    if source_at < q.close_at:
        return None
    found = [a for a in art.scan.attributions(q.close_at, source_at)
             if a.speaker_text and not names_other(art.masked, a, source_at)]
    return art.resolve(found[0]) if found else None
