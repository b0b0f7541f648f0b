"""The rules depend on nothing but the standard library and each other: no core, no Dagster layer, no quality
layer, no third-party package, and no module reaching a sibling through a package that imports it back."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "etl" / "rules"
FORBIDDEN = ("etl.core", "etl.defs", "etl.quality")


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(RULES.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """Every module `name` imports, anywhere in its code (functions included), as absolute names. `from P import x`
    counts as an import of the package P (its namespace is read), plus of P.x when x is a module."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES)
    found.discard("__future__")
    return found


def _allowed(imported: str) -> bool:
    top = imported.split(".")[0]
    if top == "etl":
        return imported == "etl.rules" or imported.startswith("etl.rules.")
    return top in sys.stdlib_module_names


def test_every_rules_module_imports() -> None:
    for name in MODULES:
        importlib.import_module(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_rules_import_only_the_standard_library_and_rules(name: str) -> None:
    wrong = {imported for imported in _imports(name, MODULES[name]) if not _allowed(imported)}
    assert not wrong, f"{name} imports {sorted(wrong)}: rules depend on the standard library and other rules only"


def test_no_import_cycles_among_rules() -> None:
    graph = {name: {i for i in _imports(name, path) if i in MODULES and i != name} for name, path in MODULES.items()}

    def on_cycle(start: str) -> bool:
        stack, seen = [start], set()
        while stack:
            for nxt in graph[stack.pop()] - seen:
                if nxt == start:
                    return True
                seen.add(nxt)
                stack.append(nxt)
        return False

    cycles = sorted(name for name in graph if on_cycle(name))
    assert not cycles, f"modules on an import cycle: {cycles}"


def test_importing_the_rules_loads_nothing_else() -> None:
    """What Python really loads (indirect imports included), in a fresh interpreter."""
    names = sorted(MODULES)
    code = (
        "import importlib, json, sys\n"
        f"before = set(sys.modules)\nfor n in {names!r}: importlib.import_module(n)\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    loaded = json.loads(done.stdout)
    assert "etl.rules.cues.ms" in loaded  # the check saw the rules being imported
    wrong = [m for m in loaded if m != "etl" and not _allowed(m) and not m.startswith("_")]
    assert not wrong, f"importing etl.rules loads {wrong}"
