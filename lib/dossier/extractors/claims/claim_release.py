"""A state body that publishes its own release: the figures the release states in its own voice are its claims.

"Defence Intelligence of Ukraine" as an article's source is the agency
itself, not a medium: "The agency has recorded ... about 400 railcars" and
"According to the Ministry, ..." in its own text are the body's, as a DPRK
state medium's figures are its own (tests/gold/devset/README.md, "A body's
own release").  Only a source whose whole name is a claimant's alias of a
state's body counts: "The Japan Times" or "Pentagon press briefing" only
hold a name, and are read otherwise.
"""

from __future__ import annotations

import functools

from .claimant_names import claimant_aliases, cleaned, kind

STATE_KINDS = frozenset({"government", "ministry", "military", "intelligence"})  # kinds of a body that briefs


@functools.lru_cache(maxsize=64)
def releasing_body(source: str | None) -> str | None:
    """The state body an article's source is by its whole name ("National Intelligence Service"), else None."""
    if not source:
        return None
    clean, aliases = cleaned(source), claimant_aliases()
    body = aliases.get(clean) or aliases.get(f"the {clean}")
    return body if body is not None and kind(body) in STATE_KINDS else None
