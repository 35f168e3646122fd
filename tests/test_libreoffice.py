"""The voorbeeld verslag opens in LibreOffice (skipped where it is absent).

LibreOffice converts the Word report to PDF; the PDF must exist, have a
plausible number of pages, start on a portrait page and end on the
landscape appendix. Run it before a release: it takes some seconds.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import docx
import pytest

from wijkanalyse import save, voorbeeld

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed"
)

_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]")
_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def to_pdf(source, folder):
    """Convert *source* to PDF in *folder* with LibreOffice; the PDF bytes."""
    profile = folder / "profiel"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return (folder / f"{source.stem}.pdf").read_bytes()


def orientations(pdf: bytes) -> tuple[int, int]:
    """How many pages are portrait and how many landscape.

    The page tree's own box (the union of all pages, square here) is
    skipped.
    """
    sizes = [(float(w), float(h)) for w, h in _MEDIABOX.findall(pdf)]
    portrait = sum(w < h for w, h in sizes)
    landscape = sum(w > h for w, h in sizes)
    return portrait, landscape


@pytest.mark.parametrize(
    "huisstijl", [False, True], ids=["standaard", "huisstijl"]
)
def test_voorbeeld_verslag_converts_to_pdf(tmp_path, huisstijl):
    """LibreOffice opens the report: 20–45 pages, the appendix landscape."""
    template = None
    if huisstijl:
        template = tmp_path / "huisstijl.docx"
        document = docx.Document()
        document.styles["Heading 1"].font.name = "DejaVu Serif"
        document.sections[0].header.paragraphs[0].text = "Gemeente Zandvoorde"
        document.save(str(template))
    source = tmp_path / "verslag.docx"
    save(voorbeeld(), source, sjabloon=template)
    pdf = to_pdf(source, tmp_path)
    assert pdf.startswith(b"%PDF")
    pages = len(_PAGE.findall(pdf))
    assert 20 <= pages <= 45
    portrait, landscape = orientations(pdf)
    assert portrait + landscape == pages
    assert 1 <= landscape < portrait
