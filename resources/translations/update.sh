#!/usr/bin/env bash
# Refresh the translation sources from the code, then build the catalogue the app loads.
# Existing translations are kept; new strings arrive "unfinished" until translated (Qt
# Linguist: `uv run pyside6-linguist resources/translations/planner_zh_CN.ts`).
# tests/ui/test_translations.py fails while a string lacks a translation or the .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
ts=resources/translations/planner_zh_CN.ts
uv run pyside6-lupdate $(find planner/ui -name '*.py' | sort) -ts "$ts" -no-obsolete \
    -locations none
uv run pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
