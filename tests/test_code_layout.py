"""The code's own rules (Lizmap's habit): the domain core never imports qgis, no eval of data,
user-visible strings of the GUI and the algorithms go through tr()."""

from __future__ import annotations

import ast
from pathlib import Path

import footfall

ROOT = Path(footfall.__file__).resolve().parent
SOURCES = [p for d in ("core", "plugin", "processing", "viewer") for p in (ROOT / d).rglob("*.py")]


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_core_never_imports_qgis():
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(_tree(path)):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("qgis", "PyQt5")]
    assert not offenders


def test_no_eval_or_exec_anywhere():
    offenders = []
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec"):
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders


# Qt calls whose first string argument is shown to the user.
_UI_CALLS = {"QLabel", "QPushButton", "QAction", "setText", "setToolTip", "setStatusTip", "setWindowTitle",
             "setDefaultText", "addRow", "pushMessage", "setHelp", "pushWarning", "pushInfo", "QMenu",
             "setPlaceholderText", "QGroupBox", "QCheckBox", "QgsProcessingException"}


def test_user_visible_literals_go_through_tr():
    offenders = []
    for path in [p for d in ("plugin", "processing", "viewer") for p in (ROOT / d).rglob("*.py")]:
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name not in _UI_CALLS:
                continue
            for arg in node.args[:2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip(" –-"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {arg.value!r}")
                elif isinstance(arg, ast.JoinedStr):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} f-string")
    assert not offenders, "untranslated user-visible strings:\n" + "\n".join(offenders)


def test_every_processing_parameter_has_translated_help():
    from footfall.processing.provider import FootfallProvider
    prov = FootfallProvider()
    prov.loadAlgorithms()
    missing = []
    for alg in prov.algorithms():
        assert alg.shortHelpString(), alg.id()
        for p in alg.parameterDefinitions():
            if not p.help():
                missing.append(f"{alg.name()}:{p.name()}")
    assert not missing
