"""How much the invulschema costs over bare openpyxl doing the same cells.

Writing: the library writes the voorbeeld form; the baseline is openpyxl
writing a workbook with the same sheets, every cell of the form with its
value and named style, the same merged ranges, row heights, column widths
and dropdowns, without anything of the library (no layout, no checks on
texts, no lists). Reading: the library reads the voorbeeld form back into
an analysis, with every check; the baseline is openpyxl opening the same
file read-only and taking every cell's value. The baseline uses the same
two openpyxl economies the library uses (adding merged ranges directly,
not trusting a sheet's stated size), so the ratio measures the library.

Both run interleaved in the same process; the best of several runs counts,
which keeps other load on the machine out of the ratio. Targets: writing
and reading each at most 1.3 times the baseline.

Run with ``python benchmarks/bench_invulschema.py [runs]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from copy import copy
from pathlib import Path

import openpyxl
from openpyxl.worksheet.merge import MergedCellRange

from wijkanalyse import voorbeeld
from wijkanalyse.exporters import Options
from wijkanalyse.exporters.invulschema import XlsxExporter
from wijkanalyse.model import load_model

TARGET = 1.3


def replay_of(path):
    """Everything the bare writer needs to write the same workbook."""
    workbook = openpyxl.load_workbook(path)
    named = workbook._named_styles  # noqa: SLF001 (no public list of objects)
    styles = [copy(s) for s in named if s.name != "Normal"]
    sheets = []
    for sheet in workbook.worksheets:
        cells = [
            (c.row, c.column, c.value, c.style)
            for row in sheet.iter_rows()
            for c in row
            if c.has_style or c.value is not None
        ]
        sheets.append(
            {
                "title": sheet.title,
                "state": sheet.sheet_state,
                "cells": cells,
                "merged": [str(r) for r in sheet.merged_cells.ranges],
                "heights": {
                    r: d.height
                    for r, d in sheet.row_dimensions.items()
                    if d.height
                },
                "widths": {
                    k: d.width for k, d in sheet.column_dimensions.items()
                },
                "validations": list(sheet.data_validations.dataValidation),
            }
        )
    return styles, sheets


def values_only_write(path, sheets):
    """For information: the same values without any formatting."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for item in sheets:
        sheet = workbook.create_sheet(item["title"])
        for row, column, value, _ in item["cells"]:
            if value is not None:
                sheet.cell(row, column).value = value
    workbook.save(path)


def bare_write(path, styles, sheets):
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for style in styles:
        workbook.add_named_style(copy(style))
    for item in sheets:
        sheet = workbook.create_sheet(item["title"])
        sheet.sheet_state = item["state"]
        for row, column, value, style in item["cells"]:
            cell = sheet.cell(row, column)
            cell.value = value
            cell.style = style
        for coord in item["merged"]:
            sheet.merged_cells.add(MergedCellRange(sheet, coord))
        for row, height in item["heights"].items():
            sheet.row_dimensions[row].height = height
        for letter, width in item["widths"].items():
            sheet.column_dimensions[letter].width = width
        for validation in item["validations"]:
            sheet.add_data_validation(copy(validation))
    workbook.save(path)


def bare_read(path):
    workbook = openpyxl.load_workbook(path, read_only=True)
    count = 0
    for sheet in workbook.worksheets:
        sheet.reset_dimensions()
        for row in sheet.iter_rows(values_only=True):
            count += sum(value is not None for value in row)
    workbook.close()
    return count


def best(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main(runs=15):
    exporter = XlsxExporter()
    analyse = voorbeeld()
    options = Options(model=load_model(analyse.model))
    with tempfile.TemporaryDirectory() as folder:
        ours = Path(folder) / "invulschema.xlsx"
        bare = Path(folder) / "bare.xlsx"
        exporter.write(analyse, ours, options)
        styles, sheets = replay_of(ours)
        bare_write(bare, styles, sheets)
        assert exporter.read(ours, None)[0] == analyse

        results = {"schrijven": [[], []], "lezen": [[], []]}
        plain = []
        for _ in range(runs):
            results["schrijven"][0].append(
                best(lambda: exporter.write(analyse, ours, options), 1)
            )
            results["schrijven"][1].append(
                best(lambda: bare_write(bare, styles, sheets), 1)
            )
            results["lezen"][0].append(
                best(lambda: exporter.read(ours, None), 1)
            )
            results["lezen"][1].append(best(lambda: bare_read(ours), 1))
            plain.append(best(lambda: values_only_write(bare, sheets), 1))

    cells = sum(len(s["cells"]) for s in sheets)
    print(f"voorbeeld: {len(analyse.signalen)} signalen, {cells} cellen")
    ok = True
    for name, (library, baseline) in results.items():
        ratio = min(library) / min(baseline)
        ok = ok and ratio <= TARGET
        print(
            f"{name:<10} wijkanalyse {min(library) * 1000:7.1f} ms   "
            f"openpyxl {min(baseline) * 1000:7.1f} ms   "
            f"verhouding {ratio:.2f} (doel <= {TARGET})"
        )
    print(
        f"ter informatie: openpyxl met alleen de waarden, zonder opmaak, "
        f"schrijft in {min(plain) * 1000:.1f} ms "
        f"(verhouding {min(results['schrijven'][0]) / min(plain):.2f})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
