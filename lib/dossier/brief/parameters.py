"""The parameters of a brief's notebooks: found in their ``parameters`` cells, checked and typed before anything runs."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import schema
from ..exceptions import DossierError, ParameterError
from ..extractors.figures.estimate_views import select_categories
from ..extractors.rhetoric.themes import compile_lexicon, read_lexicon
from ..notebook import parse_date

ROOT = Path(__file__).resolve().parents[3]
# Set by the brief for each run; the analyst gives articles as PATH arguments.
SET_BY_BRIEF = ("articles", "run_id", "output_dir")
_PATH_NAMES = re.compile(r"(^lexicon$|^articles$|_(path|file|dir|folder|csv)$)")
_PATH_HELP = re.compile(r"\b(path|file)\b", re.IGNORECASE)
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


@dataclass
class NotebookParameter:
    """A parameter of the ``parameters`` cell of one or more notebooks."""

    name: str
    type_name: str
    default: str
    help: str
    notebooks: list[str] = field(default_factory=list)

    @property
    def is_path(self) -> bool:
        return bool(_PATH_NAMES.search(self.name) or _PATH_HELP.search(self.help))

    def describe(self) -> str:
        where = ", ".join(self.notebooks)
        note = "  [set by dossier brief]" if self.name in SET_BY_BRIEF else ""
        return f"  {self.name}: {self.type_name} = {self.default}  # {self.help} ({where}){note}"


def find_notebooks(folder: Path | None = None) -> list[Path]:
    """The notebooks of ``folder`` (default: the project's ``notebooks/``) in reading order."""
    folder = Path(folder) if folder is not None else ROOT / "notebooks"
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise DossierError(f"notebook folder {folder} {what}; name one with --notebooks DIR")
    found = sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))
    if not found:
        raise DossierError(f"no notebook (*.ipynb) in {folder}")
    return found


def notebook_parameters(notebooks: list[Path]) -> dict[str, NotebookParameter]:
    """Every parameter the notebooks declare, with the notebooks declaring it."""
    import papermill as pm

    params: dict[str, NotebookParameter] = {}
    for nb in notebooks:
        for name, spec in pm.inspect_notebook(str(nb)).items():
            p = params.setdefault(name, NotebookParameter(name, _type_name(spec), spec.get("default") or "", spec.get("help") or ""))
            p.notebooks.append(nb.stem)
    return params


def _type_name(spec: dict) -> str:
    declared = spec.get("inferred_type_name") or "None"
    if declared != "None":
        return declared
    # No annotation: the type of the default literal, as papermill would inject it.
    try:
        return type(ast.literal_eval(spec.get("default") or "")).__name__
    except (ValueError, SyntaxError):
        return "str"


def check_parameters(values: dict[str, str], notebooks: list[Path]) -> dict[str, object]:
    """Coerce the analyst's ``-p NAME VALUE`` strings to the notebooks' declared types.

    Parameters
    ----------
    values : dict of str to str
        As given on the command line.
    notebooks : list of Path
        The notebooks the brief will run.

    Returns
    -------
    dict
        The values, typed; path parameters made absolute (notebooks run in
        their own folder).

    Raises
    ------
    ParameterError
        For an unknown name, a parameter the brief sets itself, a value that
        is not of the declared type, an invalid date or a missing path; the
        message lists every parameter with its type and default.
    """
    declared = notebook_parameters(notebooks)
    typed: dict[str, object] = {}
    problems = []
    for name, raw in values.items():
        p = declared.get(name)
        if p is None:
            settable = ", ".join(n for n in declared if n not in SET_BY_BRIEF)
            problems.append(f"unknown parameter {name!r} (the notebooks take {settable})")
        elif name in SET_BY_BRIEF:
            how = "give article files and folders as PATH arguments" if name == "articles" else "the brief sets it for each run"
            problems.append(f"parameter {name!r} cannot be set with -p: {how}")
        else:
            try:
                value = _coerce(raw, p.type_name)
                if name in ("since", "until"):
                    parse_date(value, name)
                if name == "categories":
                    select_categories(schema.empty("estimates"), value)  # names every category there is
                if p.is_path and value:
                    path = Path(value).expanduser().resolve()
                    if not path.exists():
                        raise ValueError(f"no such file or folder: {path}")
                    if name == "lexicon":
                        check_lexicon(path)
                    value = str(path)
                typed[name] = value
            except (ValueError, SyntaxError, DossierError) as e:
                problems.append(f"parameter {name!r}={raw!r}: {e}")
    since, until = (parse_date(typed.get(n, ""), n) for n in ("since", "until"))
    if since is not None and until is not None and since > until:
        problems.append(f"since={typed['since']!r} is after until={typed['until']!r}: no article could be kept")
    if problems:
        listing = "\n".join(p.describe() for p in declared.values())
        raise ParameterError("; ".join(problems) + f"\nParameters of the notebooks ({len(notebooks)} in {notebooks[0].parent}):\n{listing}")
    return typed


def check_lexicon(path: Path) -> None:
    """Raise ValueError when ``path`` is no theme lexicon dossier can use.

    A folder, a file that is not a CSV of ``theme,term,notes`` (a binary
    file, ``/etc/passwd``), an invalid regular expression, or one that
    could backtrack without bound (``re:(a+)+$`` takes seconds on 30
    characters, and years on a sentence; :func:`dossier.themes.compile_lexicon`
    refuses it): each is named in the message.
    """
    if path.is_dir():
        raise ValueError(f"{path} is a folder, not a lexicon CSV (columns theme,term,notes)")
    if not path.is_file():
        what = "no such file" if not path.exists() else "not a regular file"
        raise ValueError(f"{path}: {what}, not a lexicon CSV (columns theme,term,notes)")
    try:
        compile_lexicon(read_lexicon(path))
    except DossierError as e:
        raise ValueError(str(e).splitlines()[0]) from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ValueError(f"{path} cannot be read as a lexicon CSV of theme,term,notes ({type(e).__name__})") from None


def _coerce(raw: str, type_name: str):
    base = re.sub(r"^(Optional\[|typing\.)", "", type_name).rstrip("]")
    if base == "str":
        return raw
    if base == "int":
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"expected a whole number (int), got {raw!r}") from None
    if base == "float":
        try:
            return float(raw)
        except ValueError:
            raise ValueError(f"expected a number (float), got {raw!r}") from None
    if base == "bool":
        if raw.lower() in _TRUE | _FALSE:
            return raw.lower() in _TRUE
        raise ValueError(f"expected true or false (bool), got {raw!r}")
    if base in ("list", "dict", "tuple"):
        value = ast.literal_eval(raw)
        if type(value).__name__ != base:
            raise ValueError(f"expected a {base} literal, got {raw!r}")
        return value
    return raw
