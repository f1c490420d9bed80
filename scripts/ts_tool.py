#!/usr/bin/env python3
"""Footfall's translation tool: the steps around ``pylupdate5`` and ``lrelease`` (see i18n/README.md).

Plain standard library: it never imports ``qgis`` nor the plugin, so it runs with any Python 3.10+.

Subcommands::

    files                         the Python sources to extract from (one per line, relative to the root)
    fix-contexts EXTRACTED.ts     give module-level ``tr()`` calls the context their helper uses at run time
    merge EXTRACTED.ts OLD.ts OUT.ts --language nl
                                  the extracted messages with the translations of OLD.ts (no obsolete ones)
    export TS... [--untranslated] a JSON table {context: {source: {"nl": ..., "fr": ...}}} on stdout
    fill TABLE.json TS...         put the table's translations into the .ts files (marks them finished)
    check TS...                   counts; fails on unfinished or empty translations and placeholder mismatches

Why ``fix-contexts``: ``pylupdate5`` records a bare ``tr("…")`` call in the context ``@default`` (only
``self.tr`` gets the class name and ``translate("Ctx", "…")`` its literal context), while our modules
define ``def tr(text): return QCoreApplication.translate("FootfallDock", text)`` and translate in that
context at run time. The step reads each module's helper with ``ast`` and moves the message to the
helper's context; an ``@default`` message it cannot attribute is an error, so a string whose context
cannot be known is never shipped silently untranslated.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("nl", "fr")
SOURCE_DIRS = ("core", "cartography", "plugin", "processing", "viewer")
DEFAULT_CONTEXT = "@default"

# Python str.format fields ({name}, {n:,}, {byte:02X}), Qt's numbered arguments (%1, %L1, %n) and
# strftime codes shown to users (%d/%m/%Y): every one of the source must be in the translation.
_FIELD = re.compile(r"(?<!\{)\{(?!\{)[^{}]*\}(?!\})")
_QT_ARG = re.compile(r"%L?\d+|%n")
_STRFTIME = re.compile(r"%[A-Za-z](?![A-Za-z])")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\s*/?>|&[A-Za-z]+;|&#\d+;")


def placeholders(text: str) -> list[str]:
    """The placeholders of a message, sorted with repetitions ({name}, %1, %d …)."""
    found = _FIELD.findall(text) + _QT_ARG.findall(text)
    found += [m for m in _STRFTIME.findall(text) if not _QT_ARG.fullmatch(m)]
    return sorted(found)


def markup(text: str) -> list[str]:
    """HTML tags and entities of a message (help texts), sorted with repetitions."""
    return sorted(_TAG.findall(text))


# -- model -------------------------------------------------------------------------------------------
@dataclass
class Message:
    """One message of a .ts file."""

    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)  # (absolute path, line)
    translation: str = ""
    finished: bool = False
    extracomment: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.comment)


@dataclass
class TsFile:
    """A parsed .ts file: contexts in order, each an ordered dict of messages by (source, comment)."""

    language: str = ""
    contexts: dict[str, dict[tuple[str, str], Message]] = field(default_factory=dict)

    def messages(self):
        """(context, message) for every message."""
        for ctx, msgs in self.contexts.items():
            for m in msgs.values():
                yield ctx, m

    def add(self, ctx: str, msg: Message) -> Message:
        """Add a message, merging the locations of one already there."""
        msgs = self.contexts.setdefault(ctx, {})
        old = msgs.get(msg.key)
        if old is None:
            msgs[msg.key] = msg
            return msg
        for loc in msg.locations:
            if loc not in old.locations:
                old.locations.append(loc)
        return old


def read_ts(path: Path) -> TsFile:
    """Parse a .ts file (locations made absolute)."""
    root = ET.parse(path).getroot()
    ts = TsFile(language=root.get("language", ""))
    base = path.resolve().parent
    for c in root.iter("context"):
        ctx = c.findtext("name") or ""
        for m in c.iter("message"):
            if m.get("numerus") == "yes":
                raise SystemExit(f"{path}: plural (numerus) messages are not supported by ts_tool")
            tr_el = m.find("translation")
            locs = [(str((base / loc.get("filename", "")).resolve()), int(loc.get("line", "0") or 0))
                    for loc in m.findall("location")]
            msg = Message(source=m.findtext("source") or "", comment=m.findtext("comment") or "",
                          locations=locs, extracomment=m.findtext("extracomment") or "",
                          translation=(tr_el.text or "") if tr_el is not None else "",
                          finished=tr_el is not None and tr_el.get("type") not in ("unfinished", "obsolete",
                                                                                    "vanished"))
            ts.add(ctx, msg)
    return ts


def _esc(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("'", "&apos;").replace('"', "&quot;")
    return text


def write_ts(ts: TsFile, path: Path) -> None:
    """Write a .ts file the way Qt's tools do (contexts sorted by name, locations relative to the file)."""
    base = path.resolve().parent
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lang = f' language="{_esc(ts.language)}"' if ts.language else ""
    out.append(f'<TS version="2.1"{lang} sourcelanguage="en">')
    for ctx in sorted(ts.contexts, key=lambda c: (c != DEFAULT_CONTEXT, c)):
        msgs = ts.contexts[ctx]
        if not msgs:
            continue
        out.append("<context>")
        out.append(f"    <name>{_esc(ctx)}</name>")
        for m in msgs.values():
            out.append("    <message>")
            for file, line in m.locations:
                rel = Path(os.path.relpath(file, base)).as_posix()
                out.append(f'        <location filename="{_esc(rel)}" line="{line}"/>')
            out.append(f"        <source>{_esc(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{_esc(m.comment)}</comment>")
            if m.extracomment:
                out.append(f"        <extracomment>{_esc(m.extracomment)}</extracomment>")
            kind = "" if m.finished and m.translation else ' type="unfinished"'
            out.append(f"        <translation{kind}>{_esc(m.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text("\n".join(out) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# -- extraction --------------------------------------------------------------------------------------
def source_files(root: Path = ROOT) -> list[Path]:
    """The plugin's Python sources: __init__.py and core/, plugin/, processing/ (no tests, bench, .venv)."""
    files = [root / "__init__.py"]
    for d in SOURCE_DIRS:
        files += sorted(p for p in (root / d).rglob("*.py") if "__pycache__" not in p.parts)
    return [p for p in files if p.is_file()]


@dataclass
class ModuleInfo:
    """What fix-contexts needs to know about one module."""

    tr_context: str | None  # the literal context of the module-level tr() helper (own or imported)
    bare_tr: dict[str, list[int]]  # literal first argument of bare tr("…") calls -> their lines
    odd_tr: list[tuple[int, str]]  # ``Thing().tr("…")``: a context pylupdate5 cannot know


def _helper_context(tree: ast.Module) -> str | None:
    """Context of ``def tr(text): return <…>.translate("Ctx", text)`` at module level."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr" and node.args.args:
            param = node.args.args[0].arg
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and len(sub.args) >= 2
                        and (getattr(sub.func, "attr", None) == "translate" or getattr(sub.func, "id", None) == "translate")
                        and isinstance(sub.args[0], ast.Constant) and isinstance(sub.args[0].value, str)
                        and isinstance(sub.args[1], ast.Name) and sub.args[1].id == param):
                    return sub.args[0].value
    return None


def _literal(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


_MODULES: dict[Path, ModuleInfo] = {}


def module_info(path: Path, _seen: frozenset = frozenset()) -> ModuleInfo:
    """Parse ``path`` once: its tr() helper's context and its tr() literals."""
    path = path.resolve()
    if path in _MODULES:
        return _MODULES[path]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    ctx = _helper_context(tree)
    if ctx is None:  # ``from .dock import tr``: the context of that module's helper
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level and any(a.name == "tr" and a.asname in (None, "tr")
                                                                        for a in node.names):
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*(node.module or "").split(".")).with_suffix(".py")
                if target.is_file() and target not in _seen:
                    ctx = module_info(target, _seen | {path}).tr_context
    bare: dict[str, list[int]] = {}
    odd: list[tuple[int, str]] = []
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call) or _literal(n) is None:
            continue
        if isinstance(n.func, ast.Name) and n.func.id == "tr":
            bare.setdefault(_literal(n), []).append(n.lineno)
        elif isinstance(n.func, ast.Attribute) and n.func.attr == "tr" and not isinstance(n.func.value, ast.Name):
            odd.append((n.lineno, _literal(n)))
    info = ModuleInfo(ctx, {k: sorted(v) for k, v in bare.items()}, sorted(odd))
    _MODULES[path] = info
    return info


def fix_contexts(ts: TsFile, files: list[Path] | None = None) -> list[str]:
    """Move ``@default`` messages to their helper's context in place; the problems found.

    ``pylupdate5`` keeps one location per message, so a text used in several modules is looked up in
    every module of ``files`` (default: :func:`source_files`) and in the locations it recorded.
    """
    errors = []
    msgs = ts.contexts.pop(DEFAULT_CONTEXT, {})
    modules = {str(p.resolve()) for p in (files if files is not None else source_files())}
    modules |= {file for m in msgs.values() for file, _line in m.locations}
    for m in msgs.values():
        placed = False
        for file in sorted(modules):
            info = module_info(Path(file))
            if info.tr_context and m.source in info.bare_tr:
                recorded = [line for f, line in m.locations if f == file]
                line = recorded[0] if recorded else info.bare_tr[m.source][0]
                ts.add(info.tr_context, Message(m.source, m.comment, [(file, line)], m.translation, m.finished,
                                                m.extracomment))
                placed = True
        unknown = [(f, line) for f, line in m.locations if not module_info(Path(f)).tr_context]
        if not placed or unknown:
            where = ", ".join(f"{os.path.relpath(f, ROOT)}:{line}" for f, line in (unknown or m.locations))
            errors.append(f"{where}: {m.source!r} has no known context at run time; call "
                          f"QCoreApplication.translate(\"Context\", …) or a module-level tr() helper")
    for file in sorted(modules):
        for line, text in module_info(Path(file)).odd_tr:
            errors.append(f"{os.path.relpath(file, ROOT)}:{line}: {text!r}: pylupdate5 cannot know the context "
                          f"of <expression>.tr(…); call QCoreApplication.translate(\"Context\", …)")
    # keep each context's messages in source order so that the output is stable
    for ctx, cm in ts.contexts.items():
        ts.contexts[ctx] = dict(sorted(cm.items(), key=lambda kv: kv[1].locations[:1] or [("", 0)]))
    return errors


def merge(extracted: TsFile, old: TsFile | None, language: str) -> tuple[TsFile, dict[str, int]]:
    """The extracted messages with the translations of ``old`` (like ``pylupdate5 -noobsolete``).

    A message whose (context, source) was translated keeps its translation and state; one whose source
    was translated in another context gets that translation marked unfinished, for review.
    """
    out = TsFile(language=language)
    by_source: dict[str, Message] = {}
    if old is not None:
        for _ctx, m in old.messages():
            if m.translation and (m.source not in by_source or m.finished):
                by_source[m.source] = m
    stats = {"kept": 0, "guessed": 0, "new": 0, "obsolete": 0}
    seen = set()
    for ctx, m in extracted.messages():
        new = Message(m.source, m.comment, list(m.locations), extracomment=m.extracomment)
        prev = old.contexts.get(ctx, {}).get(m.key) if old is not None else None
        if prev is not None and prev.translation:
            new.translation, new.finished = prev.translation, prev.finished
            stats["kept"] += 1
        elif m.source in by_source:
            new.translation, new.finished = by_source[m.source].translation, False
            stats["guessed"] += 1
        else:
            stats["new"] += 1
        seen.add((ctx, m.key))
        out.add(ctx, new)
    if old is not None:
        stats["obsolete"] = sum(1 for ctx, m in old.messages() if (ctx, m.key) not in seen)
    return out, stats


# -- translation tables ----------------------------------------------------------------------------
def ts_language(path: Path, ts: TsFile) -> str:
    """Language of a .ts file: its attribute, else the suffix of footfall_<lang>.ts."""
    return (ts.language or path.stem.rsplit("_", 1)[-1]).split("_")[0]


def export_table(paths: list[Path], untranslated: bool = False) -> dict:
    """{context: {source: {lang: translation}}} of the given .ts files."""
    table: dict[str, dict[str, dict[str, str]]] = {}
    files = [(ts_language(p, t), t) for p in paths for t in [read_ts(p)]]
    for lang, ts in files:
        for ctx, m in ts.messages():
            table.setdefault(ctx, {}).setdefault(m.source, {})[lang] = m.translation if m.finished else ""
    if untranslated:
        table = {c: {s: t for s, t in msgs.items() if not all(t.get(lang) for lang, _ in files)}
                 for c, msgs in table.items()}
        table = {c: msgs for c, msgs in table.items() if msgs}
    return table


def fill(table: dict, paths: list[Path], lang: str | None = None) -> list[str]:
    """Set the table's translations (finished) in the .ts files; the table entries that matched nothing."""
    used: set[tuple[str, str, str]] = set()
    for p in paths:
        ts = read_ts(p)
        language = lang or ts_language(p, ts)
        for ctx, m in ts.messages():
            entry = table.get(ctx, {}).get(m.source)
            value = entry.get(language) if isinstance(entry, dict) else entry
            if value:
                m.translation, m.finished = value, True
                used.add((ctx, m.source, language))
        write_ts(ts, p)
    langs = {lang} if lang else {ts_language(p, read_ts(p)) for p in paths}
    missing = []
    for ctx, msgs in table.items():
        for src, entry in msgs.items():
            for language in langs:
                value = entry.get(language) if isinstance(entry, dict) else entry
                if value and (ctx, src, language) not in used:
                    missing.append(f"{language} {ctx}: {src!r}")
    return missing


def problems(path: Path) -> tuple[int, int, list[str]]:
    """(messages, finished, problems) of one .ts file."""
    ts = read_ts(path)
    total = finished = 0
    errs = []
    for ctx, m in ts.messages():
        total += 1
        where = f"{path.name} {ctx}: {m.source[:60]!r}"
        if not m.finished or not m.translation.strip():
            errs.append(f"{where}: unfinished")
            continue
        finished += 1
        if placeholders(m.source) != placeholders(m.translation):
            errs.append(f"{where}: placeholders {placeholders(m.source)} became {placeholders(m.translation)}")
        if markup(m.source) != markup(m.translation):
            errs.append(f"{where}: markup {markup(m.source)} became {markup(m.translation)}")
    return total, finished, errs


# -- command line ----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("files")
    p = sub.add_parser("fix-contexts")
    p.add_argument("ts", type=Path)
    p = sub.add_parser("merge")
    p.add_argument("extracted", type=Path)
    p.add_argument("old", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--language", required=True)
    p = sub.add_parser("export")
    p.add_argument("ts", type=Path, nargs="+")
    p.add_argument("--untranslated", action="store_true")
    p = sub.add_parser("fill")
    p.add_argument("table", type=Path)
    p.add_argument("ts", type=Path, nargs="+")
    p.add_argument("--language", help="for a table whose values are plain strings")
    p = sub.add_parser("check")
    p.add_argument("ts", type=Path, nargs="+")
    a = ap.parse_args(argv)

    if a.cmd == "files":
        for f in source_files():
            print(f.relative_to(ROOT).as_posix())
    elif a.cmd == "fix-contexts":
        ts = read_ts(a.ts)
        errors = fix_contexts(ts, source_files())
        write_ts(ts, a.ts)
        if errors:
            print("\n".join(errors), file=sys.stderr)
            return 1
    elif a.cmd == "merge":
        extracted = read_ts(a.extracted)
        old = read_ts(a.old) if a.old.is_file() else None
        out, stats = merge(extracted, old, a.language)
        a.out.parent.mkdir(parents=True, exist_ok=True)
        write_ts(out, a.out)
        n = sum(1 for _ in out.messages())
        print(f"{a.out.name}: {n} messages; {stats['kept']} kept, {stats['guessed']} copied from another "
              f"context (unfinished), {stats['new']} new, {stats['obsolete']} obsolete dropped")
    elif a.cmd == "export":
        json.dump(export_table(a.ts, a.untranslated), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif a.cmd == "fill":
        table = json.loads(a.table.read_text(encoding="utf-8"))
        missing = fill(table, a.ts, a.language)
        if missing:
            print("not in the .ts files (source changed?):\n  " + "\n  ".join(missing), file=sys.stderr)
            return 1
    elif a.cmd == "check":
        bad = False
        for path in a.ts:
            total, finished, errs = problems(path)
            print(f"{path.name}: {total} messages, {finished} finished, {total - finished} unfinished")
            for e in errs:
                print("  " + e)
            bad = bad or bool(errs)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
