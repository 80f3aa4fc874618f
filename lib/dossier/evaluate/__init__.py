"""Measure dossier's extractors against hand-labelled articles.

``dossier evaluate GOLD_DIR...`` extracts the articles of labelled folders
(or reads frames already extracted) and scores estimates, quotes and themes
against the labels.  Modules: :mod:`.gold` reads and validates label files,
:mod:`.names` makes names canonical, :mod:`.match` pairs labels with rows,
:mod:`.score` counts and lists errors, :mod:`.run` runs it all,
:mod:`.report` prints and writes it, :mod:`.batches` says which held-out
batches are still unread.
"""

from . import batches
from .batches import read_batches, unread_stems
from .gold import Problem, read_gold, validate
from .report import errors, problems, summary, table, write_json
from .run import Report, evaluate, style_of
from .score import Error

__all__ = [
    "Error",
    "Problem",
    "Report",
    "errors",
    "evaluate",
    "problems",
    "batches",
    "read_batches",
    "read_gold",
    "style_of",
    "summary",
    "table",
    "unread_stems",
    "validate",
    "write_json",
]
