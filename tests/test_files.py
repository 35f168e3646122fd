"""Safe writing: a file appears whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijkanalyse.errors import FileError
from wijkanalyse.files import atomic_write, write_text


def test_writes_new_file(tmp_path):
    """A new file gets the content written."""
    target = tmp_path / "uit.txt"
    write_text(target, "inhoud")
    assert target.read_text(encoding="utf-8") == "inhoud"


def test_failure_leaves_existing_file_and_no_debris(tmp_path):
    """An exception while writing keeps the old file and removes the temp."""
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"oud")
    with pytest.raises(RuntimeError), atomic_write(target) as stream:
        stream.write(b"half")
        raise RuntimeError
    assert target.read_bytes() == b"oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.docx"]


def test_failure_on_new_file_leaves_nothing(tmp_path):
    """A failed first write leaves no file at all."""
    target = tmp_path / "nieuw.xlsx"
    with pytest.raises(RuntimeError), atomic_write(target) as stream:
        stream.write(b"half")
        raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_dutch_file_error(tmp_path):
    """Writing into a folder that does not exist says so."""
    with pytest.raises(FileError, match="bestaat niet"):
        write_text(tmp_path / "geen" / "map.json", "x")


def test_locked_target_is_explained(tmp_path, monkeypatch):
    """A target that cannot be replaced (open in Word) is named, kept."""
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"oud")

    def refuse(*_: Path) -> None:
        raise PermissionError(13, "in gebruik")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(FileError, match="geopend"):
        write_text(target, "nieuw")
    assert target.read_bytes() == b"oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verslag.docx"]


def test_existing_permissions_are_kept(tmp_path):
    """Replacing a file keeps its permission bits."""
    target = tmp_path / "a.json"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o640)
    write_text(target, "nieuw")
    assert target.stat().st_mode & 0o777 == 0o640
