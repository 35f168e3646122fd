"""Reading text files with clear errors, and writing files safely.

Every file the library writes goes through `atomic_write`: the content goes
to a temporary file in the target folder, which then replaces the target in
one step. A failure half-way leaves no partial file and leaves an existing
target untouched. Text files the library reads (JSON, TOML) go through
`read_text` and `parse_toml`, which turn every failure into a Dutch message.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import tomllib
from pathlib import Path
from typing import IO, TYPE_CHECKING

from wijkanalyse import meldingen
from wijkanalyse.errors import FileError, Problem, raise_for_errors

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Open *path* for writing bytes so that it appears whole or not at all.

    Use as ``with atomic_write(path) as stream: ...``. When the block raises,
    the temporary file is removed and the exception propagates; the target
    is only replaced after the block finished and the data reached the disk.

    Raises:
        FileError: When the folder is missing, or the target cannot be
            replaced (on Windows typically because it is open in Word or
            Excel). The existing target is unchanged.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise FileError(meldingen.map_bestaat_niet(folder))
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise FileError(
            meldingen.schrijven_mislukt(target, exc.strerror or "")
        ) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _replace(temp: Path, target: Path) -> None:
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    temp.chmod(mode)
    try:
        temp.replace(target)
    except PermissionError:
        raise FileError(meldingen.schrijven_geweigerd(target)) from None
    except OSError as exc:
        raise FileError(
            meldingen.schrijven_mislukt(target, exc.strerror or "")
        ) from None


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write *data* to *path* atomically.

    Raises:
        FileError: As `atomic_write`.
    """
    with atomic_write(path) as stream:
        stream.write(data)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write *text* as UTF-8 to *path* atomically.

    Raises:
        FileError: As `atomic_write`.
    """
    write_bytes(path, text.encode("utf-8"))


def read_text(path: Path, missing: str | None = None) -> str:
    """The UTF-8 text of *path*.

    Args:
        path: The file to read.
        missing: The message when the file does not exist; by default one
            that names the file.

    Raises:
        FileError: When the file is missing, unreadable or not UTF-8.
    """
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileError(
            missing or meldingen.bestand_niet_gevonden(path)
        ) from None
    except (OSError, UnicodeDecodeError):
        raise FileError(meldingen.onleesbaar_bestand(path)) from None


def parse_toml(text: str, source: str, summary: str) -> dict[str, Any]:
    """The data of a TOML document.

    Raises:
        ValidationError: With *summary*, when *text* is not valid TOML; the
            problem names line and column.
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise_for_errors(
            summary, [Problem(source, meldingen.geen_toml(str(exc)))]
        )
        raise  # pragma: no cover (raise_for_errors raised)
