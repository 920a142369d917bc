"""The package's layers: imports point down the flow only (base → secrets → catalog →
reading → check → proof → engine → gui), the practice site stands on base alone (and
only the app's start, practice mode, starts it), and only gui/ imports Qt's widgets or
its web engine. Read from the source, without importing anything."""

from __future__ import annotations

import ast

import pytest

from tests.helpers import ROOT

PACKAGE = ROOT / "wizard"
ORDER = ["base", "secrets", "catalog", "reading", "check", "proof", "engine", "gui"]
# What each of the other places may import (besides itself).
OTHERS = {
    "practice": {"base"},
    "_resources": set(),
}
QT_WIDGETS = ("PySide6.QtWidgets", "PySide6.QtWebEngine", "PySide6.QtWebChannel")


def modules() -> list[tuple[str, ast.Module]]:
    return [
        (str(p.relative_to(ROOT)), ast.parse(p.read_text(encoding="utf-8")))
        for p in sorted(PACKAGE.rglob("*.py"))
    ]


def imported(tree: ast.Module) -> list[str]:
    names = []
    for node in ast.walk(tree):  # lazy imports inside functions count too
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def stage(path: str) -> str | None:
    parts = path.split("/")
    return parts[1] if len(parts) > 2 else None  # wizard/<stage>/…; None: cli, commands


def test_every_module_has_a_place():
    for path, _ in modules():
        place = stage(path)
        assert place is None or place in ORDER or place in OTHERS, path


@pytest.mark.parametrize(("path", "tree"), modules(), ids=[p for p, _ in modules()])
def test_imports_point_down_the_flow(path, tree):
    place = stage(path)
    if place is None:
        return  # the command line stands on top of everything
    for name in imported(tree):
        if not name.startswith("wizard."):
            continue
        target = name.split(".")[1]
        if target == place:
            continue
        if place in OTHERS:
            assert target in OTHERS[place], f"{path} imports {name}"
        elif target == "practice":
            assert place == "gui", f"{path} imports {name}: only the app starts the practice site"
        else:
            assert target in ORDER, f"{path} imports {name}"
            assert ORDER.index(target) < ORDER.index(place), f"{path} imports {name} (upward)"


@pytest.mark.parametrize(("path", "tree"), modules(), ids=[p for p, _ in modules()])
def test_only_the_screens_import_qt_widgets(path, tree):
    if stage(path) == "gui":
        return
    for name in imported(tree):
        assert not name.startswith(QT_WIDGETS), f"{path} imports {name}"
