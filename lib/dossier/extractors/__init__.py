"""The pure extractors: frames in, a frame out, each held to :mod:`dossier.schema`.

``pipeline.extract`` runs them all.  ``figures.estimates``, ``speech.quotes``,
``rhetoric.themes``, ``entities`` and ``tone`` each make one frame.  The
subpackages are layered, each reading only those before it: ``mentions``
(who is who in an article, and the vocabularies of speakers and claimants),
``speech`` (quotes: who says them, through which medium), ``claims`` (who
claims a figure), ``figures`` (the figures themselves) and ``rhetoric``
(themes and their voice).

Named ``extractors`` rather than ``extract`` so that the package never
shadows :func:`dossier.extract`.
"""
