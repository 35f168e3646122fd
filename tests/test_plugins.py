"""Exporter plugins: a third-party package adds a format by entry point."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from wijkanalyse.exporters import Content, registry

PLUGIN = '''\
"""A third party's exporter: the signals as CSV."""

import csv
import io

from wijkanalyse.exporters import Content
from wijkanalyse.files import write_text


class CsvExporter:
    name = "csv"
    suffixes = (".csv",)
    description = "signalen als CSV"
    content = Content.ANALYSE
    can_read = False

    def write(self, document, path, options):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "thema"])
        for signaal in document.signalen:
            writer.writerow([signaal.id, signaal.thema])
        write_text(path, buffer.getvalue())
        return ()

    def read(self, path, model):
        raise NotImplementedError
'''

ENTRY_POINTS = """\
[wijkanalyse.exporters]
csv = wijkanalyse_csv:CsvExporter
kapot = wijkanalyse_csv_bestaat_niet:Exporter
"""


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest())
    return f"{name},sha256={digest.rstrip(b'=').decode()},{len(data)}"


def build_wheel(folder: Path) -> Path:
    """Build the plugin's wheel by hand: no build backend, no network."""
    info = "wijkanalyse_csv-1.0.dist-info"
    files = {
        "wijkanalyse_csv.py": PLUGIN.encode(),
        f"{info}/METADATA": (
            b"Metadata-Version: 2.1\nName: wijkanalyse-csv\nVersion: 1.0\n"
        ),
        f"{info}/WHEEL": (
            b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
            b"Tag: py3-none-any\n"
        ),
        f"{info}/entry_points.txt": ENTRY_POINTS.encode(),
    }
    record = [_record_line(name, data) for name, data in files.items()]
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = folder / "wijkanalyse_csv-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return wheel


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory):
    """A folder where pip installed the plugin package."""
    folder = tmp_path_factory.mktemp("plugin")
    wheel = build_wheel(folder)
    target = folder / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    return target


def run(plugin_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line with the plugin package on the path."""
    env = {**os.environ, "PYTHONPATH": str(plugin_path)}
    return subprocess.run(
        [sys.executable, "-m", "wijkanalyse", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_plugin_format_is_listed(plugin_path):
    """`formaten` lists the plugin's format next to the built-in ones."""
    result = run(plugin_path, "formaten")
    assert result.returncode == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert "csv" in names
    assert "json" in names


def test_broken_plugin_is_named_and_the_rest_works(plugin_path):
    """A plugin that fails to load is reported by name; others still work."""
    result = run(plugin_path, "formaten")
    assert "'kapot'" in result.stderr
    assert "Traceback" not in result.stderr


def test_plugin_is_used_to_write(plugin_path, tmp_path):
    """The voorbeeld command writes the plugin's format as well."""
    result = run(plugin_path, "voorbeeld", "--uit", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "analyse.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,thema"
    assert lines[1].startswith("S001,")


def test_builtin_exporters_are_registered_by_entry_point():
    """The built-ins come from the same entry-point group as plugins."""
    reg = registry()
    json_exporter = reg.by_name("json")
    assert json_exporter.content is Content.ANALYSE
    assert reg.for_path(Path("a.JSON")) is json_exporter
    assert not reg.failures


def test_unknown_format_lists_the_available_ones():
    """Asking for an unknown format names what is available, in Dutch."""
    with pytest.raises(LookupError, match=r"Beschikbaar: .*json"):
        registry().by_name("pdf")


def test_exporteer_uses_the_plugin_by_suffix_and_by_name(
    plugin_path, tmp_path
):
    """`exporteer` writes the plugin's format, chosen by suffix or name."""
    source = tmp_path / "analyse.json"
    assert (
        run(plugin_path, "voorbeeld", "--uit", str(tmp_path)).returncode == 0
    )
    by_suffix = tmp_path / "signalen.csv"
    result = run(plugin_path, "exporteer", str(source), "-o", str(by_suffix))
    assert result.returncode == 0, result.stderr
    by_name = tmp_path / "signalen.txt"
    result = run(
        plugin_path,
        "exporteer",
        str(source),
        "-o",
        str(by_name),
        "--formaat",
        "csv",
    )
    assert result.returncode == 0, result.stderr
    assert by_name.read_text(encoding="utf-8") == by_suffix.read_text(
        encoding="utf-8"
    )


def test_exporteer_names_the_formats_when_unknown(plugin_path, tmp_path):
    """An unknown format is a Dutch error that lists the available ones."""
    run(plugin_path, "voorbeeld", "--uit", str(tmp_path))
    result = run(
        plugin_path,
        "exporteer",
        str(tmp_path / "analyse.json"),
        "-o",
        str(tmp_path / "uit.pdf"),
    )
    assert result.returncode == 1
    assert "Beschikbaar:" in result.stderr
    assert "csv" in result.stderr
    assert "Traceback" not in result.stderr
