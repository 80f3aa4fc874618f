"""dossier: articles on the North Korea-Russia alliance into frames, charts and briefs.

The front door is small: read articles, split sentences, run the extractors.
Every extractor is a pure function from frames to a new frame whose columns
are declared in :mod:`dossier.schema`.
"""

__version__ = "0.1.0"
# Bumped whenever an extractor's output can change: cached frames carry it,
# so a new extractor never serves stale rows.
EXTRACTOR_VERSION = "39"

from .exceptions import BadInputWarning, DossierError, NoArticlesError, ParameterError  # noqa: E402
from .extractors.entities import entities  # noqa: E402
from .extractors.figures.estimates import estimates  # noqa: E402
from .extractors.figures.quoted_figures import figure_speakers  # noqa: E402
from .extractors.pipeline import extract  # noqa: E402
from .extractors.speech.quotes import quotes  # noqa: E402
from .extractors.rhetoric.themes import theme_rates, themes  # noqa: E402
from .extractors.tone import tone  # noqa: E402
from .read.corpus import Corpus, read_articles, read_corpus  # noqa: E402
from .schema import FRAME_NAMES  # noqa: E402
from .text.sentences import sentences  # noqa: E402

__all__ = [
    "BadInputWarning",
    "Corpus",
    "DossierError",
    "EXTRACTOR_VERSION",
    "FRAME_NAMES",
    "NoArticlesError",
    "ParameterError",
    "entities",
    "estimates",
    "extract",
    "figure_speakers",
    "quotes",
    "read_articles",
    "read_corpus",
    "sentences",
    "theme_rates",
    "themes",
    "tone",
    "__version__",
]
