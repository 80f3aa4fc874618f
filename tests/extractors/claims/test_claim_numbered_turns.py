"""A record's turns numbered before their speakers ("Q14 Dr Jane Roe:", "Anf. 12 Foreign Minister JANE ROE (M):")
and a name printed in capitals after its title (dossier.extractors.claims.claim_turns): the figure a member states
plainly in their turn is theirs, by their name less the number and the courtesy title.  Records written for the
tests."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimants(source: str, *paragraphs: str) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-02-18")],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {r.quantity_text: (None if isinstance(r.claimant, float) else r.claimant) for r in df.itertuples()}


COMMITTEE = [
    "Q13 Chair: Minister, what do you make of the reports from the front?",
    "Jane Doe: They are worrying, Chair, and we follow them closely.",
    "Q14 Dr Anna Lindqvist: Russia has kept the rest of them in reserve. Has the Department a view?",
    "Jane Doe: We do not comment on intelligence.",
    "Q15 Dr Anna Lindqvist: Three North Korean soldiers are now in Ukrainian custody. What happens to them?",
]


def test_a_numbered_turns_figure_is_the_members_less_her_number_and_title():
    assert _claimants("UK House of Commons Defence Committee", *COMMITTEE)["Three"] == "Anna Lindqvist"


RIKSDAG = [
    "Anf. 12 Foreign Minister KARIN SANDELL (M):",
    "Madam Speaker! Erik Holm has asked me about the war.",
    "Two North Korean soldiers were captured by Ukraine last month.",
    "Anf. 13 ERIK HOLM (S):",
    "Madam Speaker! I thank the minister for the answer.",
    "Anf. 14 Foreign Minister KARIN SANDELL (M):",
    "Madam Speaker! The government will keep supporting Ukraine.",
]


def test_a_name_in_capitals_after_a_title_is_the_speakers():
    assert _claimants("Sveriges riksdag – Riksdagens protokoll", *RIKSDAG)["Two"] == "Karin Sandell"
