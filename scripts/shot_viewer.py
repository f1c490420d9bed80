"""Screenshot of the Footfall viewer with the Brussels demo: heatmap on, Sunday 7 July 2019 15:15 (the peak).

    xvfb-run -a .venv/bin/python -P scripts/shot_viewer.py --lang nl docs/img/viewer-nl.png

``--extra-tr table.json`` (ts_tool's {context: {source: {lang: text}}}) adds translations that are not
in i18n/*.ts yet: a temporary .qm is built from the committed .ts plus the table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import footfall

ROOT = Path(footfall.__file__).resolve().parent


def build_qm(table_path: str, out: Path) -> None:
    """The committed .ts files plus a table of translations, compiled into ``out``."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import ts_tool
    finally:
        sys.path.pop(0)
    table = json.loads(Path(table_path).read_text(encoding="utf-8"))
    for lang in ("nl", "fr"):
        ts = ts_tool.read_ts(ROOT / "i18n" / f"footfall_{lang}.ts")
        for ctx, msgs in table.items():
            for src, tr in msgs.items():
                m = ts.add(ctx, ts_tool.Message(source=src))
                m.translation, m.finished = tr[lang], True
        path = out / f"footfall_{lang}.ts"
        ts_tool.write_ts(ts, path)
        subprocess.run(["lrelease", "-silent", str(path), "-qm", str(out / f"footfall_{lang}.qm")], check=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="nl", choices=("en", "nl", "fr"))
    ap.add_argument("--extra-tr")
    ap.add_argument("--slot", type=int, default=157)
    ap.add_argument("output")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="footfall-shot-"))
    if a.extra_tr:
        build_qm(a.extra_tr, tmp)
        from footfall.plugin import i18n
        i18n.I18N = tmp
    from qgis.PyQt.QtWidgets import QApplication

    from footfall.viewer.app import Viewer, make_app
    app = make_app([sys.argv[0]], tmp / "profile")
    viewer = Viewer(a.lang)
    w = viewer.window
    w.resize(1500, 900)
    w.show()

    def wait(cond, timeout=300.0):
        end = time.time() + timeout
        while not cond():
            QApplication.processEvents()
            time.sleep(0.02)
            if time.time() > end:
                raise SystemExit("timed out")

    w.start_page.demo_buttons["brussels"].click()
    wait(lambda: w.loaded() is not None and not w.running_tasks())
    w.dock.heat_box.setChecked(True)
    wait(lambda: w.loaded().cube is not None and not w.running_tasks())
    w.dock.slider.setValue(a.slot)
    wait(lambda: not w.running_tasks())
    w.bar.clearWidgets()
    end = time.time() + 2
    while time.time() < end or w.canvas.isDrawing():
        QApplication.processEvents()
        time.sleep(0.02)
    w.grab().save(a.output)
    print(a.output)
    viewer.close()
    from footfall.core.dataset import close_all
    close_all()
    import os
    sys.stdout.flush()
    os._exit(0)
    return app  # never reached


if __name__ == "__main__":
    main()
