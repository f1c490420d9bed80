"""Screenshots of a Footfall web page in headless Chromium (the README's pictures):

    .venv/bin/python -P scripts/shot_web.py out/brussels_nl.html docs/img/web-brussels-nl.png [--phone] [--slot N] [--heat]

Uses the tests' DevTools client (tests/cdp.py), with the network blocked."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from cdp import Browser  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("page")
    ap.add_argument("png")
    ap.add_argument("--phone", action="store_true", help="390 × 844, a phone")
    ap.add_argument("--slot", type=int, default=None, help="the slot to show (default: the busiest)")
    ap.add_argument("--heat", action="store_true", help="show the heat instead of the zones")
    ap.add_argument("--profiles", default="", help="comma-separated profile codes to tick")
    a = ap.parse_args(argv[1:])
    w, h = (390, 844) if a.phone else (1280, 800)
    with Browser(w, h, mobile=a.phone) as b:
        b.open(a.page)
        b.wait_for("window.footfallPage !== undefined")
        if a.profiles:
            b.eval(f"footfallPage.setProfiles({a.profiles.split(',')!r})")
        if a.slot is None:
            b.eval("document.getElementById('ff-peak').click()")
        else:
            b.eval(f"footfallPage.setSlot({a.slot})")
        if a.heat:
            b.eval("document.getElementById('ff-view-heat').click()")
        time.sleep(0.5)
        b.eval("1")
        b.screenshot(a.png)
        if b.errors():
            print("page errors:", b.errors(), file=sys.stderr)
            return 1
    print(f"wrote {a.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
