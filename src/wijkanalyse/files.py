"""Writing files safely.

Every file the library writes goes through `atomic_write`: the content goes
to a temporary file in the target folder, which then replaces the target in
one step. A failure half-way leaves no partial file and leaves an existing
target untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

from wijkanalyse import meldingen
from wijkanalyse.errors import FileError

if TYPE_CHECKING:
    from collections.abc import Iterator


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
