"""The layout the README describes holds: layers, no import cycle, short modules, grammar only in rules/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "extract"
MODULES = sorted(PACKAGE.rglob("*.py"))
# Per-page logic: pure functions of one page, which neither read nor write files nor schedule work.
PER_PAGE = ("extract.ingest", "extract.clean", "extract.extractors", "extract.rules", "extract.text")
MAX_LINES = 300


def under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NAMES = {module_name(p) for p in MODULES}


def imports(path: Path) -> set[str]:
    """The project modules `path` imports (anywhere in the file: lazy imports count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and under(node.module, "extract"):
            for alias in node.names:  # `from extract.rules import places` imports extract.rules.places
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in NAMES else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if under(a.name, "extract")}
    return found - {"extract"}


GRAPH = {module_name(p): imports(p) for p in MODULES}


@pytest.mark.parametrize("module", [m for m in GRAPH if any(under(m, p) for p in PER_PAGE)])
def test_per_page_logic_reads_no_files_and_schedules_nothing(module: str) -> None:
    bad = [i for i in GRAPH[module] if any(under(i, p) for p in ("extract.io", "extract.engine", "extract.pipeline"))]
    assert not bad, f"{module} imports {bad}"


@pytest.mark.parametrize("module", [m for m in GRAPH if under(m, "extract.engine")])
def test_the_engine_knows_nothing_of_pages_rules_or_stages(module: str) -> None:
    bad = [i for i in GRAPH[module] if not (under(i, "extract.engine") or i == "extract.io")]
    assert not bad, f"{module} imports {bad}"


def test_no_import_cycle() -> None:
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for dep in sorted(GRAPH.get(module, ())):
            if dep not in GRAPH:
                continue
            assert state.get(dep) != "open", "import cycle: " + " → ".join([*path, module, dep])
            if dep not in state:
                visit(dep, [*path, module])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [])


def test_stage_logic_is_not_in_package_inits() -> None:
    for path in PACKAGE.rglob("__init__.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        code = [n for n in body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
        assert not [n for n in code if not isinstance(n, ast.Assign | ast.ImportFrom)], path
