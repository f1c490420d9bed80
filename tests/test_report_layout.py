"""The report's layout (issue 18): a cover with the contents, page numbers "n / N" and a running header on
every page, no half-empty page but the last; looked at as a reader would (text and pixels of the PDF)."""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pytest

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def brussels_pdf(qgis_app, tmp_path_factory):
    from footfall.cartography.report import write_report
    from footfall.core import demo
    from footfall.core.readers import read_exports
    tmp = tmp_path_factory.mktemp("report")
    files = demo.demo_files("brussels", tmp / "bxl")
    ds = read_exports([files["presence"], files["origin"]], "Europe/Brussels", operator="Proximus (demo)")
    try:
        path = tmp / "report_nl.pdf"
        write_report(ds, str(path), "nl", title="Tour de France 2019 — Grand Départ, Brussel", preset="brussels",
                     organisation="Stad Brussel, dienst Evenementen")
    finally:
        ds.close()
    return path


def _pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def test_cover_header_footer_and_page_numbers(brussels_pdf):
    pages = _pages(brussels_pdf)
    n = len(pages)
    assert 4 <= n <= 9
    for i, page in enumerate(pages, 1):
        assert re.search(rf"\b{i}\s*/\s*{n}\s*$", page.rstrip()), f"page {i} has its number “{i} / {n}”"
        assert "Bron: Proximus (demo)" in page, "the footer names the source"
        assert "synthetische demogegevens" in page, "a demo says so on every page"
    cover = pages[0]
    assert "Inhoud" in cover and "Stad Brussel, dienst Evenementen" in cover and "Opgesteld op" in cover
    assert "van zaterdag 6 juli 2019 tot zondag 7 juli 2019" in cover
    # the contents give each section's page, and the section is on that page
    assert "Kerncijfers" in cover
    line = next(ln for ln in cover.splitlines() if "Kerncijfers" in ln)
    page_no = int(line.split()[-1])
    assert "Kerncijfers" in pages[page_no - 1]
    for page in pages[1:]:
        assert "Tour de France 2019 — Grand Départ, Brussel · van zaterdag 6 juli 2019" in page, "running header"


def test_no_half_empty_page_but_the_last(brussels_pdf, tmp_path):
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(brussels_pdf), str(tmp_path / "p")], check=True)
    from PIL import Image
    pages = sorted(tmp_path.glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[1]))
    for path in pages[:-1]:
        a = np.asarray(Image.open(path))
        h = a.shape[0]
        body = a[int(0.08 * h): int(0.92 * h)]  # between the header and the footer
        inked = np.flatnonzero((body < 200).any(axis=1))
        assert inked.size and inked[-1] / body.shape[0] > 0.6, f"{path.name}: the page is more than 40 % empty"


@pytest.mark.parametrize("city, lang", [("brussels", "nl"), ("brussels", "fr"), ("lyon", "fr")])
def test_the_demo_reports_as_make_demo_writes_them_have_no_half_empty_page(qgis_app, tmp_path, city, lang):
    """The reports of `make demo` (with the published figure beside ours, which adds a line to the impact
    section): once, a page break kept from an earlier layout left page 8 of the Dutch report with three lines."""
    from footfall.cartography.report import write_report
    from footfall.core import demo
    from footfall.core.readers import read_exports
    from footfall.core.report_data import Published
    published = {"brussels": ("direct", 32.7e6, "visit.brussels, via minister Sven Gatz, 7/10/2019"),
                 "lyon": ("nights", 260_000, "nuitées hôtelières, La Tribune, 12/12/2018")}[city]
    files = demo.demo_files(city, tmp_path / city)
    tz = "Europe/Paris" if city == "lyon" else "Europe/Brussels"
    ds = read_exports([files["presence"], files["origin"]], tz, operator="demo")
    path = tmp_path / "r.pdf"
    try:
        write_report(ds, str(path), lang, title=city, preset=city, organisation="Footfall demo",
                     published=Published(*published))
    finally:
        ds.close()
    test_no_half_empty_page_but_the_last(path, tmp_path)
