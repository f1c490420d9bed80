"""Safety (issue 8, part 4): no network during the suite, spreadsheet formulas neutralised, names
from the data kept inside their folder, source files only read, no eval of data."""

from __future__ import annotations

import ast
import csv
import hashlib
import importlib.util
import os
import socket
import stat
import sys
from pathlib import Path

import pytest

import footfall
from footfall.core.fsutil import safe_cell, safe_name

ROOT = Path(footfall.__file__).resolve().parent


# -- no network ----------------------------------------------------------------------------------------
def test_network_is_blocked_for_the_whole_suite():
    """The autouse session fixture of conftest.py is active: an outside address is refused before any
    packet leaves (no DNS lookup either: the address is a literal), loopback still works."""
    with pytest.raises(OSError, match="network access blocked"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1, never routed
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError, match="network access blocked"):
            s.connect(("198.51.100.7", 443))
        with pytest.raises(OSError, match="network access blocked"):
            s.connect_ex(("203.0.113.9", 443))
    finally:
        s.close()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        client = socket.create_connection(server.getsockname(), timeout=5)
        client.close()
    finally:
        server.close()


# -- spreadsheet formulas ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                                  "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1"])
def test_formulas_get_a_leading_apostrophe(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Grote Markt", "-12", "-1,5", "+3.25", "-1e3", 12, -12, 3.5, None, "", "a=b", "'=1"])
def test_numbers_and_plain_text_pass_unchanged(value):
    assert safe_cell(value) == value


def test_the_demo_csv_neutralises_formulas_and_keeps_numbers(tmp_path):
    spec = importlib.util.spec_from_file_location("footfall_run_demo", ROOT / "scripts" / "run_demo.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    out = tmp_path / "t.csv"
    mod._csv(out, ["origin_name", "visitors", "share"],
             [['=HYPERLINK("http://evil","x")', 120, 0.25], ["@SUM(A1)", -3, -1.5], ["Liège; Namur", 45, 0.5]], True)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1] == ["'=HYPERLINK(\"http://evil\",\"x\")", "120", "0,25"]
    assert rows[2] == ["'@SUM(A1)", "-3", "-1,5"]
    assert rows[3] == ["Liège; Namur", "45", "0,5"]  # quoted: the ';' stays in the cell
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)


# -- names from the data -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["../../etc/passwd", "..", ".", "/abs/path", "C:\\Windows\\x", "a/../../b",
                                  "zone\x00id", "line\nbreak", "x" * 1000, "é" * 1000, "", None, "CON", "nul.txt",
                                  "...hidden", "tab\there", "\u202eevil", "zone: 1?*"])
def test_a_name_from_the_data_stays_inside_its_folder(tmp_path, name):
    s = safe_name(name)
    assert s and len(s) <= 80 and len(s.encode("utf-8")) <= 240
    assert "/" not in s and "\\" not in s and ".." not in s and not s.startswith(".")
    assert all(ord(c) >= 32 and c not in '<>:"|?*' for c in s)
    target = (tmp_path / s).resolve()
    assert target.parent == tmp_path.resolve()
    target.write_text("ok", encoding="utf-8")  # a real file name on this file system
    assert target.read_text(encoding="utf-8") == "ok"


def test_ordinary_names_are_kept():
    assert safe_name("Grote Markt") == "Grote Markt"
    assert safe_name("Parc de la Tête d’Or") == "Parc de la Tête d’Or"
    assert safe_name("brussels_2019-07-06.gpkg") == "brussels_2019-07-06.gpkg"


# -- source files are only read ------------------------------------------------------------------------
def test_a_read_only_source_is_read_and_left_untouched(tmp_path):
    from footfall.core.readers import read_export
    src = tmp_path / "ro.csv"
    src.write_bytes(b"zone;datum;aantal\nA;06/07/2019;100\nB;06/07/2019;50\n")
    src.chmod(stat.S_IRUSR)
    before = (hashlib.sha256(src.read_bytes()).hexdigest(), src.stat().st_mtime_ns)
    ds = read_export(src)
    try:
        assert ds.sum_counts() == 100 + 50
        assert ds.metadata.source_sha256 == before[0]
    finally:
        ds.close()
    assert (hashlib.sha256(src.read_bytes()).hexdigest(), src.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.csv"]  # nothing written beside it
    src.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_the_readers_open_files_for_reading_only():
    """Every open() in the readers and the sniffer reads ("rb" or a read mode), except the transcoder's
    output, which goes to the reader's own temporary folder."""
    writes = []
    for name in ("readers.py", "sniff.py", "preview.py"):
        tree = ast.parse((ROOT / "core" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "open":
                modes = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                modes += [k.value.value for k in node.keywords if k.arg == "mode" and isinstance(k.value, ast.Constant)]
                if any(set(m) & set("wax+") for m in modes):
                    writes.append(f"{name}:{node.lineno}")
    # transcoded.csv, sheet.csv and the members of a ZIP delivery, all in the reader's own temporary folders
    assert all(w.split(":")[0] in ("sniff.py", "readers.py") for w in writes) and len(writes) <= 3


# -- no eval of data -------------------------------------------------------------------------------------
def test_no_eval_exec_or_unsafe_loaders_in_the_source_tree():
    """Beyond test_code_layout (core, plugin, processing, viewer): scripts and bench too, and the
    loaders that run code from data (pickle, yaml.load, marshal, compile)."""
    offenders = []
    for path in sorted(p for d in ("core", "plugin", "processing", "viewer", "scripts", "bench")
                       for p in (ROOT / d).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
            if (name in ("eval", "exec", "compile", "__import__") and isinstance(f, ast.Name)) or \
                    (owner in ("pickle", "marshal", "shelve") and name in ("load", "loads", "open")) or \
                    (owner == "yaml" and name == "load"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {owner + '.' if owner else ''}{name}")
    assert not offenders, offenders
    assert os.path.isdir(ROOT / "scripts")
