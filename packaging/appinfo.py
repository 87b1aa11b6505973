"""The app's identity for every packaging file: id, name and version, read from
``planner/__init__.py`` (where they are defined once) without importing the package, plus the
few facts about it that installers show and that code has no reason to know."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_INIT = ROOT / "planner" / "__init__.py"

#: The Chinese name the app goes by (README, translations), for the desktop entry and AppStream.
NAME_ZH = "分期规划"
SUMMARY_EN = "Plan credit cards, installments and loans, and see their true annual rate"
SUMMARY_ZH = "规划信用卡、分期和贷款，看清真实年化利率"
PUBLISHER = "Planner contributors"
EXECUTABLE = "planner"  # the command line name on Linux, as in pyproject's [project.scripts]


class AppInfo(NamedTuple):
    app_id: str
    name: str
    version: str

    @property
    def numeric_version(self) -> str:
        """Four numbers, as Windows version resources want them.

        >>> AppInfo("a.b.C", "C", "2.3rc1").numeric_version
        '2.3.0.0'
        """
        numbers = [int(match.group()) if (match := re.match(r"\d+", part)) else 0
                   for part in self.version.split(".")[:4]]
        return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def read_app_info(init_file: Path = PACKAGE_INIT) -> AppInfo:
    """``APP_ID``, ``APP_NAME`` and ``__version__``, which must be plain string literals.

    >>> read_app_info().app_id.count(".") >= 2
    True
    """
    values: dict[str, str] = {}
    for node in ast.parse(init_file.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    values[target.id] = node.value.value
    missing = {"APP_ID", "APP_NAME", "__version__"} - values.keys()
    if missing:
        raise ValueError(f"{init_file} does not define {sorted(missing)} as string literals")
    return AppInfo(values["APP_ID"], values["APP_NAME"], values["__version__"])
