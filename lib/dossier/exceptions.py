"""Errors dossier raises; every one is a :class:`DossierError`."""


class DossierError(Exception):
    """Base class of dossier's errors."""


class NoArticlesError(DossierError):
    """None of the given paths held a readable article."""


class ParameterError(DossierError):
    """A notebook or brief parameter is unknown, of the wrong type, or names a missing path."""


class StoreError(DossierError):
    """A store's files do not match its ``store.json``: a part is missing, damaged or of other rows than written."""


class SchedulerError(DossierError):
    """The Dask scheduler given by address could not be reached."""


class BadInputWarning(UserWarning):
    """A file was skipped or read with a caveat; the rest of the corpus goes on."""


class StaleStoreWarning(UserWarning):
    """A store's frames were written by another extractor version than this dossier's: they may differ from what it extracts now."""
