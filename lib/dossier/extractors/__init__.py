"""The pure extractors: frames in, a frame out, each held to :mod:`dossier.schema`.

``pipeline.extract`` runs them all.  ``estimates`` (with ``numbers``, ``plain_text``,
``estimate_tokens``, ``estimate_nouns``, ``estimate_losses`` and, for
claimants, ``estimate_claimants``, ``claim_attribution``, ``claim_nouns``, ``claimant_phrases``,
``estimate_claims``, ``claim_resolve``, ``claimant_names``, ``claim_sentence``, ``claim_relays``), ``quotes`` (with ``quote_article``,
``quote_referents``, ``quote_speakers``, ``quote_channels``, ``speakers``, ``unnamed_groups``, ``speaker_vocab`` and,
for who is who, ``discourse`` with ``discourse_antecedents``, ``mention_forms``, ``surname_tally``,
``mention_vocab`` and ``title_search``), ``themes``, ``entities`` and ``tone`` (with ``vader``)
each make one frame.

Named ``extractors`` rather than ``extract`` so that the package never
shadows :func:`dossier.extract`.
"""
