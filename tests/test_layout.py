"""The package's layout: no import cycle, imports at the top, no private names across modules.

Read from the source with :mod:`ast`, so nothing here imports the modules it checks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIB = ROOT / "lib"
PACKAGE = LIB / "dossier"
TESTS = ROOT / "tests"

# Imported in the function that needs them: the notebook-running stack takes
# seconds to import, and only a brief runs notebooks, not every ``dossier``
# command.  ``re``'s parser is Python's, read once to check a lexicon term.
LAZY = {"papermill", "nbformat", "nbconvert", "jupyter_client", "jupyter_core", "re"}

def module_name(path: Path) -> str:
    parts = path.relative_to(LIB).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def resolve(importer: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module name an ``ImportFrom`` reads from."""
    if not node.level:
        return node.module or ""
    base = importer.split(".") if is_package(path) else importer.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(name: str, path: Path):
    """``(imported module, names, inside a function)`` for every import of the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_function = set()
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            in_function.update(id(n) for n in ast.walk(fn) if n is not fn)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], id(node) in in_function
        elif isinstance(node, ast.ImportFrom):
            yield resolve(name, path, node), [a.name for a in node.names], id(node) in in_function


def dossier_edges(name: str, path: Path) -> set[str]:
    """The dossier modules ``name`` imports (``from pkg import module`` counts as the module)."""
    edges = set()
    for target, names, _ in imports(name, path):
        if target != "dossier" and not target.startswith("dossier."):
            continue
        submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in MODULES]
        edges.update(submodules or [target])
    # The package's root re-exports the public names and holds the version:
    # a module reading ``dossier.EXTRACTOR_VERSION`` is no cycle.
    edges.discard("dossier")
    edges.discard(name)
    return edges


def test_the_layout_is_seen_by_the_checks():
    assert {"dossier.schema", "dossier.extractors.pipeline", "dossier.scale.run", "dossier.text.words", "dossier.scale.parts"} <= set(MODULES)


def test_no_import_cycle_between_dossier_modules():
    graph = {name: dossier_edges(name, path) for name, path in MODULES.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node, trail):
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_a_subpackage_s_init_imports_nothing_of_dossier():
    # So that importing one module of a subpackage never drags in its
    # siblings.  ``plots`` and ``evaluate`` are front doors: they re-export
    # their own modules' names, nothing else.
    front_doors = ("dossier.plots", "dossier.evaluate")
    for name, path in MODULES.items():
        if is_package(path) and name != "dossier":
            edges = dossier_edges(name, path)
            outside = {e for e in edges if not e.startswith(f"{name}.")} if name in front_doors else edges
            assert not outside, name


# The extractors' subpackages in the order they are layered: each reads only
# those before it, and the text layer reads none of them.
EXTRACTOR_LAYERS = ("mentions", "speech", "claims", "figures", "rhetoric")


def layer(name: str) -> int | None:
    """The place of ``name``'s extractors subpackage in :data:`EXTRACTOR_LAYERS`; -1 for the text layer."""
    if name.startswith("dossier.text."):
        return -1
    parts = name.split(".")
    if parts[:2] == ["dossier", "extractors"] and len(parts) > 3:
        return EXTRACTOR_LAYERS.index(parts[2])
    return None


def test_every_extractor_module_sits_in_a_layer_or_at_the_top():
    for name, path in MODULES.items():
        parts = name.split(".")
        if parts[:2] == ["dossier", "extractors"] and len(parts) > 3:
            assert parts[2] in EXTRACTOR_LAYERS, name


def test_extractor_layers_read_only_the_layers_before_them():
    upward = []
    for name, path in MODULES.items():
        here = layer(name)
        if here is None:
            continue
        for target in dossier_edges(name, path):
            there = layer(target)
            if target.startswith("dossier.extractors") and here == -1 or there is not None and there > here:
                upward.append(f"{name} -> {target}")
    assert not upward, "imports against the layers: " + "; ".join(upward)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_are_at_the_top(name):
    inside = [t for t, _, in_fn in imports(name, MODULES[name]) if in_fn and t.split(".")[0] not in LAZY]
    assert not inside, f"{name} imports inside a function: {inside}"


def private_imports(name: str, path: Path) -> list[tuple[str, str]]:
    return [
        (target, n)
        for target, names, _ in imports(name, path)
        for n in names
        if (target == "dossier" or target.startswith("dossier.")) and n.startswith("_") and not n.startswith("__")
    ]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_imports_another_s_private_names(name):
    assert not private_imports(name, MODULES[name])


def test_no_test_imports_a_private_name():
    found = {}
    for path in sorted(TESTS.rglob("*.py")):
        for target, n in private_imports(f"tests.{path.stem}", path):
            found.setdefault(target, []).append(f"{path.name}: {n}")
    assert not found, f"tests import private names: {found}"


def test_no_test_skips_itself_for_a_missing_extractor():
    for path in sorted(TESTS.rglob("*.py")):
        if path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8").lower()
        assert "not landed" not in text, path.name


# A module of one job reads in one sitting; past this, it is two jobs or more.
MOST_LINES = 500


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_runs_over_most_lines(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MOST_LINES, f"{name} has {lines} lines: split it by job"
