"""environment.yml gives conda users the dependencies of pyproject.toml, at the versions of requirements.lock."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", re.sub(r"\[.*\]", "", name)).lower()


def _pyproject() -> set[str]:
    pp = tomllib.loads((ROOT / "pyproject.toml").read_text())
    deps = pp["project"]["dependencies"] + pp["project"]["optional-dependencies"]["test"]
    return {_key(re.match(r"[A-Za-z0-9_.\-\[\]]+", d).group(0)) for d in deps}


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_key(name)] = version.strip()
    return pins


def _environment() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        specs = dep["pip"] if isinstance(dep, dict) else [dep]
        for spec in specs:
            m = re.fullmatch(r"([A-Za-z0-9_.\-]+)\s*={1,2}\s*([\w.]+)", spec.strip())
            if m and _key(m.group(1)) != "python":
                pins[_key(m.group(1))] = m.group(2)
    return pins


def test_environment_lists_exactly_the_pyproject_dependencies():
    assert set(_environment()) == _pyproject()


def test_environment_pins_match_the_lock():
    lock = _lock()
    assert {k: lock.get(k) for k in _environment()} == _environment()


def test_every_dependency_is_pinned_in_the_lock():
    assert _pyproject() <= set(_lock())
