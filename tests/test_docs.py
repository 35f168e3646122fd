"""The documentation's examples run, in a temporary folder, as written.

Two kinds of example live in ``docs/``: Python sessions (``>>>`` lines),
run with doctest, and command lines (``$ wijkanalyse ...`` in ``console``
blocks), run through the command line's ``main``. The output shown under
a command must appear in what it printed; ``...`` stands for what is left
out, as a line or at the end of one. Each page runs in its own empty
folder: first its commands, then its Python sessions, so the Python may
use the files the commands wrote.
"""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest

from wijkanalyse.cli import main

DOCS = Path(__file__).parent.parent / "docs"
PAGES = sorted(
    p.relative_to(DOCS).as_posix()
    for p in DOCS.rglob("*.md")
    if "_build" not in p.parts
)
CONSOLE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
FENCE = re.compile(r"^(```|:::).*$", re.MULTILINE)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def commands(text: str) -> list[tuple[list[str], list[str]]]:
    """Each ``$ wijkanalyse`` command of *text* with the output shown."""
    found: list[tuple[list[str], list[str]]] = []
    for block in CONSOLE.findall(text):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((shlex.split(line[2:]), []))
            elif found and line.strip() and line.strip() != "...":
                found[-1][1].append(line)
    return [(a[1:], shown) for a, shown in found if a[0] == "wijkanalyse"]


def test_every_page_is_checked():
    """The pages with examples are found at all."""
    assert "tutorial.md" in PAGES
    assert "index.md" in PAGES


@pytest.mark.parametrize("page", PAGES)
def test_examples_run(page, tmp_path, monkeypatch, capsys):
    """The page's command lines and Python sessions run as shown."""
    monkeypatch.chdir(tmp_path)
    text = (DOCS / page).read_text(encoding="utf-8")

    for argv, shown in commands(text):
        status = main(argv)
        captured = capsys.readouterr()
        printed = " ".join((captured.out + captured.err).split())
        expected = 1 if any(s.startswith("fout:") for s in shown) else 0
        assert status == expected, (argv, printed)
        for line in shown:
            part = line.removesuffix("...")
            assert " ".join(part.split()) in printed, (argv, line)

    # A fence line would otherwise read as the last line of expected output.
    python = FENCE.sub("", text)
    test = doctest.DocTestParser().get_doctest(python, {}, page, page, 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} examples failed in {page}"
