"""What a file must be before openpyxl may parse it.

An xlsx is a zip archive of XML parts. Neither openpyxl nor the zip module
guards against a zip bomb (a small file that unpacks to gigabytes), and a
file that is not an xlsx makes openpyxl fail in many ways. `controleer`
looks at the file's first bytes and at the archive's table of contents,
which costs nothing, and refuses with one Dutch `FileError`:

- Excel's ``~$`` owner file, an empty file, an old ``.xls`` or a
  password-protected workbook (both OLE containers), random bytes;
- a Word, PowerPoint or OpenDocument file under an ``.xlsx`` name;
- an archive with too many parts, too much unpacked content, or a part
  compressed far beyond what office files ever are (`MAX_LEDEN`,
  `MAX_UITGEPAKT`, `MAX_VERHOUDING`).

The package's content types are parsed with defusedxml, which refuses
entity tricks. The declared sizes checked here also bound what is actually
unpacked later: the zip module stops at a part's declared size.
"""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from wijkanalyse import meldingen
from wijkanalyse.errors import FileError

if TYPE_CHECKING:
    from pathlib import Path

MAX_LEDEN = 1_000
"""The most parts an archive may have; a form has about twenty."""

MAX_UITGEPAKT = 100 * 2**20
"""The most bytes the parts may unpack to together (100 MiB)."""

MAX_VERHOUDING = 100
"""The highest compression ratio of a large part; office XML stays ~30."""

GROOT_DEEL = 2**20
"""Parts above this size (1 MiB) must respect `MAX_VERHOUDING`."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK"
_CONTENT_TYPES = "[Content_Types].xml"
_ANDERE_PAKKETTEN = {
    "word/document.xml": "een Word-document",
    "ppt/presentation.xml": "een PowerPoint-presentatie",
}


def controleer(path: Path) -> None:
    """Refuse *path* unless it is a plausible, safely sized xlsx archive.

    Raises:
        FileError: With one Dutch sentence saying what the file is instead
            and what to do.
    """
    if path.name.startswith("~$"):
        raise FileError(meldingen.eigenaarsbestand(path))
    head = _begin(path)
    if not head:
        raise FileError(meldingen.leeg_bestand(path))
    if head.startswith(_OLE):
        raise FileError(meldingen.oud_excelbestand(path))
    if not head.startswith(_ZIP):
        raise FileError(meldingen.geen_werkmap(path))
    try:
        with zipfile.ZipFile(path) as archive:
            _controleer_omvang(archive.infolist(), path)
            _controleer_soort(archive, path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise FileError(meldingen.beschadigde_werkmap(path)) from None
    except (NotImplementedError, RuntimeError):
        # An unsupported compression method or an encrypted part.
        raise FileError(meldingen.beschadigde_werkmap(path)) from None


def _begin(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(8)
    except FileNotFoundError:
        raise FileError(meldingen.bestand_niet_gevonden(path)) from None
    except OSError:
        raise FileError(meldingen.geen_toegang(path)) from None


def _controleer_omvang(infos: list[zipfile.ZipInfo], path: Path) -> None:
    if len(infos) > MAX_LEDEN:
        raise FileError(meldingen.te_groot_archief(path))
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UITGEPAKT or _te_sterk_gepakt(info):
            raise FileError(meldingen.te_groot_archief(path))


def _te_sterk_gepakt(info: zipfile.ZipInfo) -> bool:
    if info.file_size <= GROOT_DEEL:
        return False
    return info.file_size > MAX_VERHOUDING * max(info.compress_size, 1)


def _controleer_soort(archive: zipfile.ZipFile, path: Path) -> None:
    names = set(archive.namelist())
    for part, soort in _ANDERE_PAKKETTEN.items():
        if part in names:
            raise FileError(meldingen.ander_officebestand(path, soort))
    if "mimetype" in names and _CONTENT_TYPES not in names:
        raise FileError(meldingen.opendocument(path))
    if _CONTENT_TYPES not in names:
        raise FileError(meldingen.geen_werkmap(path))
    try:
        root = SafeElementTree.fromstring(archive.read(_CONTENT_TYPES))
    except DefusedXmlException:
        raise FileError(meldingen.onveilige_werkmap(path)) from None
    except SafeElementTree.ParseError:
        raise FileError(meldingen.beschadigde_werkmap(path)) from None
    types = [element.get("ContentType", "") for element in root.iter()]
    if not any("spreadsheetml" in t and "main+xml" in t for t in types):
        raise FileError(meldingen.geen_werkmap(path))
