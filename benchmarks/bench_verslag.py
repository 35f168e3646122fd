"""Benchmark: writing the voorbeeld verslag as Word, against bare python-docx.

Run with ``python benchmarks/bench_verslag.py [--rondes N]``.

The library's Word exporter is timed against a plain python-docx script
that writes the same content (title block, headings, paragraphs with bold
and italic runs, lists, tables, the landscape appendix) through the public
API used well: every style is looked up once and passed as an object, and
tables are filled row by row. Both write a file to the same folder, in the
same run, interleaved; the best of N rounds counts.

Targets:

- with the library's own default template: at most 0.5 times the bare
  script on python-docx's default template (164 styles);
- with a house-style template: at most 1.3 times the bare script on that
  same template. Two house styles are measured: one made from
  python-docx's full template (all its styles, a header with a logo and
  own heading fonts) and one made from the slim default.

The report is built once beforehand: building (weighing included) is not
part of the Word writing and is timed separately.
"""

from __future__ import annotations

import argparse
import gc
import struct
import tempfile
import time
import zlib
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt, RGBColor

from wijkanalyse import load_model, voorbeeld
from wijkanalyse.exporters import Options
from wijkanalyse.exporters.word import WordExporter
from wijkanalyse.exporters.word.sjabloon import default_template
from wijkanalyse.verslag import (
    Alinea,
    Inhoudsopgave,
    Nadruk,
    Opsomming,
    Sectie,
    Tabel,
    Verslag,
    build_verslag,
)

TARGET_DEFAULT = 0.5
TARGET_HOUSE = 1.3


# The bare script ------------------------------------------------------------


class BareScript:
    """Writes a verslag with nothing but python-docx's public API."""

    def __init__(self, template: Path | None) -> None:
        self.document = docx.Document(str(template) if template else None)
        styles = self.document.styles
        self.heading = {n: styles[f"Heading {n}"] for n in (1, 2, 3)}
        self.bullet = styles["List Bullet"]
        self.number = styles["List Number"]
        self.grid = styles["Table Grid"]
        self.title = styles["Title"]
        self.subtitle = styles["Subtitle"]

    def write(self, verslag: Verslag, out: Path) -> None:
        document = self.document
        document.add_paragraph(verslag.titelblok.titel, self.title)
        document.add_paragraph(verslag.titelblok.ondertitel, self.subtitle)
        for label, value in verslag.titelblok.gegevens:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
        for item in verslag.inhoud:
            self.block(item)
        document.save(str(out))

    def block(self, item: object) -> None:
        if isinstance(item, Sectie):
            self.section(item)
        elif isinstance(item, Alinea):
            self.runs(self.document.add_paragraph(), item)
        elif isinstance(item, Opsomming):
            style = self.number if item.genummerd else self.bullet
            for entry in item.items:
                self.runs(self.document.add_paragraph(style=style), entry)
        elif isinstance(item, Tabel):
            self.table(item)
        elif isinstance(item, Inhoudsopgave):
            self.document.add_paragraph(item.kop, self.heading[1])

    def section(self, item: Sectie) -> None:
        if item.liggend:
            section = self.document.add_section(WD_SECTION.NEW_PAGE)
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = (
                section.page_height,
                section.page_width,
            )
        self.document.add_paragraph(item.kop, self.heading[item.niveau])
        for child in item.inhoud:
            self.block(child)

    @staticmethod
    def runs(paragraph, alinea: Alinea) -> None:
        for fragment in alinea.fragmenten:
            run = paragraph.add_run(fragment.tekst)
            if fragment.nadruk is Nadruk.VET:
                run.bold = True
            elif fragment.nadruk is Nadruk.CURSIEF or alinea.toelichting:
                run.italic = True

    def table(self, tabel: Tabel) -> None:
        small = len(tabel.kolommen) >= 6
        result = self.document.add_table(rows=0, cols=len(tabel.kolommen))
        result.style = self.grid
        rows = ((tabel.kolommen, True), *((r, False) for r in tabel.rijen))
        for texts, bold in rows:
            row = result.add_row()
            for cell, text in zip(row.cells, texts, strict=True):
                run = cell.paragraphs[0].add_run(text)
                run.bold = bold or None
                if small:
                    run.font.size = Pt(9)


# House-style templates ---------------------------------------------------


def _png(width: int, height: int) -> bytes:
    """A small solid-colour PNG, as a stand-in for a municipal logo."""
    raw = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return (
            struct.pack(">I", len(data))
            + body
            + struct.pack(">I", zlib.crc32(body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def house_style(base: Path | None, folder: Path, name: str) -> Path:
    """A house style on *base*: own fonts and colours, a logo in the header."""
    document = docx.Document(str(base) if base else None)
    for level, size in ((1, 18), (2, 14), (3, 12)):
        style = document.styles[f"Heading {level}"]
        style.font.name = "Georgia"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    document.styles["Normal"].font.name = "Verdana"
    header = document.sections[0].header.paragraphs[0]
    logo = folder / "logo.png"
    logo.write_bytes(_png(120, 40))
    header.add_run().add_picture(str(logo), width=Cm(3))
    header.add_run("  Gemeente Zandvoorde — Sociaal Domein")
    path = folder / name
    document.save(str(path))
    return path


# Timing ------------------------------------------------------------------


def best_of(rounds: int, jobs: dict[str, object]) -> dict[str, float]:
    """The least CPU time of *rounds* runs of each job, interleaved.

    CPU time of this process (not wall time) is measured, so that other
    work on the machine disturbs the comparison less; garbage is collected
    before each run, so that no job pays for the previous one's.
    """
    best = dict.fromkeys(jobs, float("inf"))
    order = list(jobs.items())
    for _ in range(rounds):
        order.append(order.pop(0))  # each job takes every place in turn
        for name, job in order:
            gc.collect()
            start = time.process_time()
            job()  # type: ignore[operator]
            best[name] = min(best[name], time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rondes", type=int, default=24)
    rounds = parser.parse_args().rondes

    analyse = voorbeeld()
    model = load_model(analyse.model)
    start = time.perf_counter()
    verslag = build_verslag(analyse, model)
    build = time.perf_counter() - start
    exporter = WordExporter()

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        full = house_style(None, folder, "huisstijl-groot.docx")
        slim = house_style(default_template(), folder, "huisstijl-klein.docx")

        def ours(template: Path | None, out: str):
            options = Options(model=model, sjabloon=template)
            return lambda: exporter.write(verslag, folder / out, options)

        def bare(template: Path | None, out: str):
            return lambda: BareScript(template).write(verslag, folder / out)

        times = best_of(
            rounds,
            {
                "library, default template": ours(None, "a.docx"),
                "bare, python-docx default": bare(None, "b.docx"),
                "library, house style (full)": ours(full, "c.docx"),
                "bare, house style (full)": bare(full, "d.docx"),
                "library, house style (slim)": ours(slim, "e.docx"),
                "bare, house style (slim)": bare(slim, "f.docx"),
            },
        )

    print(f"voorbeeld: {len(analyse.signalen)} signals; build {build:.3f} s")
    for label, seconds in times.items():
        print(f"  {label:<30} {seconds * 1000:8.1f} ms")
    ratios = [
        (
            "default template vs bare on python-docx default",
            times["library, default template"]
            / times["bare, python-docx default"],
            TARGET_DEFAULT,
        ),
        (
            "house style (full) vs bare on it",
            times["library, house style (full)"]
            / times["bare, house style (full)"],
            TARGET_HOUSE,
        ),
        (
            "house style (slim) vs bare on it",
            times["library, house style (slim)"]
            / times["bare, house style (slim)"],
            TARGET_HOUSE,
        ),
    ]
    failed = False
    for label, ratio, target in ratios:
        verdict = "ok" if ratio <= target else "OVER TARGET"
        failed = failed or ratio > target
        print(f"  {label:<50} {ratio:5.2f}x (target <= {target}x) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
