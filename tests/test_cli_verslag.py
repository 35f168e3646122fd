"""The ``verslag`` command and the reports ``voorbeeld`` writes."""

from __future__ import annotations

import docx
import pytest

from verslagdata import analyse
from wijkanalyse import serialisatie
from wijkanalyse.cli import main


@pytest.fixture
def analyse_json(tmp_path):
    """The test analysis as a JSON file."""
    path = tmp_path / "analyse.json"
    path.write_text(serialisatie.dumps(analyse()), encoding="utf-8")
    return path


def test_writes_word_report(analyse_json, tmp_path, capsys):
    """A .docx output gives a Word report and says where it went."""
    out = tmp_path / "verslag.docx"
    assert main(["verslag", str(analyse_json), "-o", str(out)]) == 0
    assert f"geschreven: {out}" in capsys.readouterr().out
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Verslag wijkanalyse opbouwwerk"


def test_writes_markdown_report(analyse_json, tmp_path):
    """A .md output gives the same report as Markdown."""
    out = tmp_path / "verslag.md"
    assert main(["verslag", str(analyse_json), "--uit", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Verslag wijkanalyse opbouwwerk")


def test_weging_file_changes_the_report(analyse_json, tmp_path):
    """--weging reads a TOML weighing and the report describes it."""
    weging = tmp_path / "weging.toml"
    weging.write_text(
        "[gewichten]\nurgentie = 3\n[selectie]\nmax_speerpunten = 1\n",
        encoding="utf-8",
    )
    out = tmp_path / "verslag.md"
    args = ["verslag", str(analyse_json), "-o", str(out)]
    assert main([*args, "--weging", str(weging)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "de gewichten zijn urgentie 3" in text
    assert "in totaal hoogstens één" in text


def test_house_style_template_is_used(analyse_json, tmp_path):
    """--sjabloon builds the report on the given Word document."""
    template = tmp_path / "huisstijl.docx"
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Gemeente Zandvoorde"
    document.save(str(template))
    out = tmp_path / "verslag.docx"
    args = ["verslag", str(analyse_json), "-o", str(out)]
    assert main([*args, "--sjabloon", str(template)]) == 0
    header = docx.Document(str(out)).sections[0].header.paragraphs[0]
    assert header.text == "Gemeente Zandvoorde"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "verslag.json"], "geen formaat voor een verslag"),
        (["-o", "v.docx", "--sjabloon", "weg.docx"], "bestaat niet"),
        (["-o", "v.docx", "--weging", "weg.toml"], "bestaat niet"),
    ],
)
def test_errors_are_one_dutch_line(
    analyse_json, tmp_path, capsys, extra, message
):
    """Bad output, template or weging: exit 1, one Dutch line, no trace."""
    args = [a if a.startswith("-") else str(tmp_path / a) for a in extra]
    assert main(["verslag", str(analyse_json), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fout: ")
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_template_with_markdown_is_ignored_with_a_warning(
    analyse_json, tmp_path, capsys
):
    """A template given for Markdown is not used, and that is said."""
    out = tmp_path / "verslag.md"
    args = ["verslag", str(analyse_json), "-o", str(out)]
    assert main([*args, "--sjabloon", str(tmp_path / "x.docx")]) == 0
    assert "alleen voor een Word-verslag" in capsys.readouterr().err


def test_budget_warnings_are_printed(tmp_path, capsys):
    """Warnings about the page budget reach standard error."""
    import attrs  # noqa: PLC0415

    base = analyse()
    lang = tuple(
        attrs.evolve(base.signalen[0], id=f"L{i}", tekst="Lange zin. " * 80)
        for i in range(6)
    )
    path = tmp_path / "lang.json"
    path.write_text(
        serialisatie.dumps(attrs.evolve(base, signalen=lang)), encoding="utf-8"
    )
    out = tmp_path / "verslag.docx"
    assert main(["verslag", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "waarschuwing: verslag, hoofdstuk 'I Privédomein'" in err


def test_voorbeeld_writes_both_reports(tmp_path):
    """Voorbeeld writes verslag.docx and verslag.md next to the analysis."""
    folder = tmp_path / "voorbeeld"
    assert main(["voorbeeld", "--uit", str(folder)]) == 0
    assert (folder / "verslag.docx").is_file()
    text = (folder / "verslag.md").read_text(encoding="utf-8")
    assert "## IV Samenvatting en conclusies" in text
