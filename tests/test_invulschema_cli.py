"""The commands schema, exporteer, voorbeeld and controleer with forms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from wijkanalyse import documents, serialisatie, voorbeeld
from wijkanalyse.cli import main
from wijkanalyse.exporters.invulschema import layout


def test_schema_writes_an_empty_form_for_the_wijk(tmp_path, capsys):
    """'wijkanalyse schema' writes a form naming the wijk and its model."""
    path = tmp_path / "oost.xlsx"

    status = main(
        ["schema", "--wijk", "Oost", "--code", "WK054601", "-o", str(path)]
    )

    assert status == 0
    assert capsys.readouterr().out == f"geschreven: {path}\n"
    sheet = openpyxl.load_workbook(path)[layout.VOORBLAD]
    assert (sheet["B4"].value, sheet["B5"].value) == ("Oost", "WK054601")
    assert sheet["B7"].value == "pilot-2010"


def test_schema_with_the_kader_model_has_its_themes(tmp_path):
    """--model kader-2010 gives that model's themes on the domain sheets."""
    path = tmp_path / "kader.xlsx"

    assert (
        main(
            [
                "schema",
                "--wijk",
                "Oost",
                "--model",
                "kader-2010",
                "-o",
                str(path),
            ]
        )
        == 0
    )

    sheet = openpyxl.load_workbook(path).worksheets[1]
    themes = {c.value for c in sheet["A"]}
    assert "Administratie" in themes


def test_schema_refuses_a_suffix_it_cannot_write(tmp_path, capsys):
    """A form asked for as .docx is refused in Dutch, exit 1."""
    status = main(["schema", "--wijk", "Oost", "-o", str(tmp_path / "x.docx")])

    assert status == 1
    assert capsys.readouterr().err.startswith("fout: ")


def test_exporteer_json_to_xlsx_and_back_is_lossless(tmp_path, capsys):
    """JSON -> form -> JSON gives the same document, byte for byte."""
    start = tmp_path / "analyse.json"
    start.write_text(serialisatie.dumps(voorbeeld()), encoding="utf-8")
    form = tmp_path / "schema.xlsx"
    back = tmp_path / "terug.json"

    assert main(["exporteer", str(start), "-o", str(form)]) == 0
    assert main(["exporteer", str(form), "-o", str(back)]) == 0

    assert back.read_text(encoding="utf-8") == start.read_text(
        encoding="utf-8"
    )
    assert capsys.readouterr().err == ""


def test_exporteer_of_a_form_with_errors_writes_nothing(tmp_path, capsys):
    """A form with errors is refused with located Dutch lines, no file."""
    form = tmp_path / "leeg.xlsx"
    main(["schema", "--wijk", "Oost", "-o", str(form)])
    target = tmp_path / "uit.json"

    status = main(["exporteer", str(form), "-o", str(target)])

    err = capsys.readouterr().err
    assert status == 1
    assert "fout: blad 'Wijkanalyse', cel B6:" in err
    assert not target.exists()


def test_exporteer_with_formaat_chooses_the_writer(tmp_path):
    """--formaat xlsx writes a form whatever the target's suffix."""
    start = tmp_path / "analyse.json"
    start.write_text(serialisatie.dumps(voorbeeld()), encoding="utf-8")
    target = tmp_path / "schema.bin"

    assert (
        main(["exporteer", str(start), "-o", str(target), "--formaat", "xlsx"])
        == 0
    )

    with target.open("rb") as stream:
        assert openpyxl.load_workbook(stream).sheetnames[0] == layout.VOORBLAD


def test_voorbeeld_writes_filled_and_empty_forms(tmp_path, capsys):
    """'wijkanalyse voorbeeld' writes the filled and the empty form."""
    assert main(["voorbeeld", "--uit", str(tmp_path)]) == 0

    out = capsys.readouterr().out
    assert f"geschreven: {tmp_path / 'invulschema.xlsx'}" in out
    assert f"geschreven: {tmp_path / 'invulschema-leeg.xlsx'}" in out
    assert documents.load(tmp_path / "invulschema.xlsx") == voorbeeld()
    leeg = openpyxl.load_workbook(tmp_path / "invulschema-leeg.xlsx")
    assert leeg[layout.VOORBLAD]["B4"].value == voorbeeld().wijk.naam


def test_controleer_accepts_xlsx(tmp_path, capsys):
    """'wijkanalyse controleer' reads a form and reports it clean."""
    form = tmp_path / "vb.xlsx"
    documents.save(voorbeeld(), form)

    assert main(["controleer", str(form)]) == 0

    assert (
        capsys.readouterr().out
        == f"{form}: geen fouten, geen waarschuwingen.\n"
    )


def test_console_script_shows_no_traceback_for_a_bad_form(tmp_path):
    """The installed command prints Dutch errors and exits 1, no traceback."""
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 niet echt")

    result = subprocess.run(
        [Path(sys.executable).parent / "wijkanalyse", "controleer", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert result.stderr.startswith("fout: ")
    assert "Traceback" not in result.stderr
