"""A file that is not a (safe) invulschema gets one Dutch error."""

from __future__ import annotations

import time
import zipfile

import docx
import pytest

from invulhulp import leeg_schema
from wijkanalyse import meldingen
from wijkanalyse.cli import main
from wijkanalyse.errors import FileError
from wijkanalyse.exporters.invulschema import XlsxExporter, archief

EXPORTER = XlsxExporter()

_BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c>'
    "</row></sheetData></worksheet>"
)


def _read_error(path):
    with pytest.raises(FileError) as info:
        EXPORTER.read(path, None)
    return str(info.value)


def _vervang(path, part, data):
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[part] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_empty_file(tmp_path):
    """An empty file is named as empty."""
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(b"")
    assert _read_error(path) == meldingen.leeg_bestand(path)


def test_random_bytes(tmp_path):
    """Bytes that are no archive at all are not an Excel workbook."""
    path = tmp_path / "ruis.xlsx"
    path.write_bytes(bytes(range(7, 250)) * 40)
    assert _read_error(path) == meldingen.geen_werkmap(path)


def test_renamed_word_document(tmp_path):
    """A .docx renamed to .xlsx is recognised as a Word document."""
    path = tmp_path / "verslag.xlsx"
    docx.Document().save(str(path))
    assert _read_error(path) == meldingen.ander_officebestand(
        path, "een Word-document"
    )


def test_old_xls_or_password_protected_workbook(tmp_path):
    """An OLE container (.xls, or a workbook with a password) is named."""
    path = tmp_path / "oud.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert _read_error(path) == meldingen.oud_excelbestand(path)


def test_excel_owner_file(tmp_path):
    """Excel's ~$ lock file next to an open form is named as such."""
    path = tmp_path / "~$schema.xlsx"
    path.write_bytes(b"\x0aJan Jansen" + bytes(150))
    assert _read_error(path) == meldingen.eigenaarsbestand(path)


def test_opendocument_spreadsheet(tmp_path):
    """A LibreOffice .ods under an .xlsx name gets the 'save as' remedy."""
    path = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", "<office:document-content/>")
    assert _read_error(path) == meldingen.opendocument(path)


def test_truncated_workbook(tmp_path):
    """A workbook cut off half-way is reported as damaged."""
    path = leeg_schema(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert _read_error(path) == meldingen.beschadigde_werkmap(path)


def test_missing_file_and_folder(tmp_path):
    """A missing file and a folder each get their own message."""
    missing = tmp_path / "weg.xlsx"
    assert _read_error(missing) == meldingen.bestand_niet_gevonden(missing)
    folder = tmp_path / "map.xlsx"
    folder.mkdir()
    assert _read_error(folder) == meldingen.geen_toegang(folder)


def test_zip_bomb_by_ratio_is_refused_quickly(tmp_path):
    """A part compressed a thousandfold is refused before any parsing."""
    path = leeg_schema(tmp_path)
    _vervang(path, "xl/worksheets/sheet2.xml", b" " * (8 * 2**20))
    start = time.perf_counter()
    message = _read_error(path)
    assert message == meldingen.te_groot_archief(path)
    assert time.perf_counter() - start < 1


def test_zip_bomb_by_total_size_is_refused(tmp_path):
    """Parts that unpack to more than any form are refused."""
    path = tmp_path / "groot.xlsx"
    chunk = bytes(range(256)) * 4096  # 1 MiB that barely compresses: no ratio
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for number in range(archief.MAX_UITGEPAKT // len(chunk) + 1):
            archive.writestr(f"xl/media/deel{number}.bin", chunk)
    assert _read_error(path) == meldingen.te_groot_archief(path)


def test_zip_bomb_by_member_count_is_refused(tmp_path):
    """An archive of thousands of parts is refused."""
    path = tmp_path / "veel.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(archief.MAX_LEDEN + 1):
            archive.writestr(f"xl/deel{number}.xml", "")
    assert _read_error(path) == meldingen.te_groot_archief(path)


def test_xml_entity_bomb_in_a_sheet_is_refused(tmp_path):
    """Entity expansion in a worksheet is refused by defusedxml."""
    path = leeg_schema(tmp_path)
    _vervang(path, "xl/worksheets/sheet2.xml", _BILLION_LAUGHS.encode())
    assert _read_error(path) == meldingen.onveilige_werkmap(path)


def test_xml_entity_bomb_in_content_types_is_refused(tmp_path):
    """Entity expansion in the package's content types is refused too."""
    path = leeg_schema(tmp_path)
    bomb = _BILLION_LAUGHS.replace("worksheet", "Types")
    _vervang(path, "[Content_Types].xml", bomb.encode())
    assert _read_error(path) == meldingen.onveilige_werkmap(path)


@pytest.mark.parametrize(
    "inhoud",
    [
        b"",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
        b"PK\x03\x04kapot",
    ],
    ids=["leeg", "xls", "kapotte-zip"],
)
def test_command_line_prints_one_dutch_line_and_no_traceback(
    tmp_path, capsys, inhoud
):
    """'wijkanalyse controleer' on a bad file exits 1 with one Dutch line."""
    path = tmp_path / "fout.xlsx"
    path.write_bytes(inhoud)

    status = main(["controleer", str(path)])

    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("fout: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
