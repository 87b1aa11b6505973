"""The import direction of STYLE.md: ui -> store -> core; nothing imports ui; only ui imports Qt
or matplotlib; only store/keys.py imports keyring; core does no storage or I/O."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "planner"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _area(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _top(name: str) -> str:
    return name.split(".")[0]


GUI = {"PySide6", "shiboken6", "matplotlib"}
CORE_FORBIDDEN = GUI | {"sqlite3", "sqlcipher3", "sqlite_utils", "keyring", "platformdirs",
                        "icalendar", "os", "shutil", "subprocess", "socket", "pathlib"}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_respects_layers(path: Path) -> None:
    area = _area(path)
    imports = _imports(path)
    tops = {_top(n) for n in imports}
    if area != "ui":
        assert not any(n == "planner.ui" or n.startswith("planner.ui.") for n in imports
                       if area != "__main__"), "only the composition root may start the ui"
        assert not (tops & GUI) or area == "reports", f"{path.name} imports Qt/matplotlib"
    if area == "core":
        assert not (tops & CORE_FORBIDDEN), f"core module imports {tops & CORE_FORBIDDEN}"
        assert not any(n.startswith(("planner.store", "planner.cli", "planner.commands",
                                     "planner.text")) for n in imports)
    if area == "store":
        assert not any(n.startswith(("planner.cli", "planner.commands")) for n in imports)
    if area == "text":  # words and formats over the engine's codes: below every surface
        assert not any(n.startswith(("planner.store", "planner.cli", "planner.commands",
                                     "planner.reports", "planner.content")) for n in imports)
    if "keyring" in tops:
        assert path.relative_to(PACKAGE).as_posix() == "store/keys.py"


def test_the_product_model_and_the_words_load_no_numpy() -> None:
    """Model below engine: naming a convention or parsing a product loads no rate solver."""
    import subprocess
    import sys

    code = ("import sys, planner.core.product, planner.text.names, planner.text.format; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'numpy'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_command_line_never_imports_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, planner.cli; planner.cli.build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'matplotlib', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def _module_name(path: Path) -> str:
    parts = ("planner", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_module_imports_a_module_that_imports_it_back() -> None:
    """No import cycles, counting imports inside functions (STYLE.md, "Imports"): each edge is
    a module and a planner module it imports (``from planner.x import y`` counts ``planner.x.y``
    when y is a module), a package's own modules aside."""
    names = {_module_name(p): p for p in _modules()}
    edges: dict[str, set[str]] = {}
    for name, path in names.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.update(f"{node.module}.{alias.name}"
                               if f"{node.module}.{alias.name}" in names else node.module
                               for alias in node.names)
        edges[name] = set()
        for target in targets:
            while target and target not in names:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                edges[name].add(target)
    cycles = []
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done

    def walk(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(edges[name]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target):], target]))
            elif target not in state:
                walk(target, [*path, target])
        state[name] = 2

    for name in sorted(names):
        if name not in state:
            walk(name, [name])
    assert cycles == []
