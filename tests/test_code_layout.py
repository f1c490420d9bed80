"""The code's own rules (Lizmap's habit): the domain core never imports qgis, no eval of data,
user-visible strings of the GUI and the algorithms go through tr()."""

from __future__ import annotations

import ast
from pathlib import Path

import footfall

ROOT = Path(footfall.__file__).resolve().parent
SOURCES = [p for d in ("core", "cartography", "plugin", "processing", "viewer") for p in (ROOT / d).rglob("*.py")]


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
    for path in [p for d in ("cartography", "plugin", "processing", "viewer") for p in (ROOT / d).rglob("*.py")]:
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


def _imports(path: Path) -> list[str]:
    """The modules a file imports, relative ones resolved to ``footfall.…`` names."""
    pkg = ["footfall"] + list(path.relative_to(ROOT).parent.parts)
    out = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[: len(pkg) - node.level + 1]
                out.append(".".join(base + ([node.module] if node.module else [])))
            else:
                out.append(node.module or "")
    return out


def test_rendering_and_processing_never_import_the_gui():
    """What draws maps and reports (cartography/) and the algorithms (processing/) serve the GUI, the
    viewer and qgis_process alike: neither may import plugin/ (docks, dialogs, actions); cartography/
    does not import processing/ either."""
    offenders = []
    for d, banned in (("processing", ("footfall.plugin",)),
                      ("cartography", ("footfall.plugin", "footfall.processing"))):
        for path in (ROOT / d).rglob("*.py"):
            offenders += [f"{d}/{path.name}: {m}" for m in _imports(path) if m.startswith(banned)]
    assert not offenders, offenders
