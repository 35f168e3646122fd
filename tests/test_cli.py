"""The command line, used as a person would from a terminal."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from wijkanalyse import __version__
from wijkanalyse.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed console script and capture its output."""
    return subprocess.run(
        ["wijkanalyse", *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def voorbeeld_map(tmp_path_factory):
    """The voorbeeld written once into a new folder."""
    folder = tmp_path_factory.mktemp("werk") / "nieuw" / "voorbeeld"
    result = run("voorbeeld", "--uit", str(folder))
    assert result.returncode == 0, result.stderr
    return folder


def test_voorbeeld_writes_json_that_passes_the_check(voorbeeld_map):
    """The written analysis is accepted by controleer with exit 0."""
    result = run("controleer", str(voorbeeld_map / "analyse.json"))
    assert result.returncode == 0, result.stderr
    assert "geen fouten, geen waarschuwingen" in result.stdout


def test_voorbeeld_is_rich(voorbeeld_map):
    """The voorbeeld covers all domains, all source kinds and judgments."""
    data = json.loads(
        (voorbeeld_map / "analyse.json").read_text(encoding="utf-8")
    )
    assert len(data["signalen"]) >= 25
    kinds = {b["soort"] for s in data["signalen"] for b in s["bronnen"]}
    assert len(kinds) == 8
    oordelen = {s["aanbod"]["oordeel"] for s in data["signalen"]}
    assert {"toereikend", "deels toereikend", "ontbreekt"} <= oordelen
    assert len(data["kennisleemtes"]) == 2
    assert {s["domein"] for s in data["synthese"]} == {"I", "II", "III"}


def test_three_planted_faults_are_all_named(voorbeeld_map, tmp_path):
    """A JSON with three faults exits 1 and names each, without traceback."""
    data = json.loads(
        (voorbeeld_map / "analyse.json").read_text(encoding="utf-8")
    )
    data["signalen"][3]["bronnen"][0]["soort"] = "geruchten"
    data["signalen"][5]["beoordeling"]["urgentie"] = "hoog"
    data["datum"] = "gisteren"
    path = tmp_path / "fout.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("controleer", str(path))
    assert result.returncode == 1
    assert "$.signalen[3].bronnen[0].soort" in result.stderr
    assert "$.signalen[5].beoordeling.urgentie" in result.stderr
    assert "$.datum" in result.stderr
    assert "Traceback" not in result.stderr


def test_semantic_faults_name_the_signal(voorbeeld_map, tmp_path):
    """An unknown theme is reported with the signal's id and field."""
    data = json.loads(
        (voorbeeld_map / "analyse.json").read_text(encoding="utf-8")
    )
    data["signalen"][0]["thema"] = "tuinieren"
    path = tmp_path / "thema.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("controleer", str(path))
    assert result.returncode == 1
    assert "$.signalen[0] (S001).thema" in result.stderr


@pytest.mark.parametrize(
    ("name", "themes"), [("pilot-2010", 21), ("kader-2010", 18)]
)
def test_modellen_shows_themes(name, themes):
    """The model listing counts the themes in three domains."""
    result = run("modellen", name)
    assert result.returncode == 0
    assert f"{themes} thema's in 3 domeinen." in result.stdout


def test_modellen_lists_models():
    """Without a name, every shipped model is listed."""
    result = run("modellen")
    assert "pilot-2010" in result.stdout
    assert "kader-2010" in result.stdout


def test_version(capsys):
    """--version prints the package version."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_missing_file_is_one_dutch_line(tmp_path):
    """A missing file gives exit 1 and one Dutch line, no traceback."""
    result = run("controleer", str(tmp_path / "weg.json"))
    assert result.returncode == 1
    assert result.stderr.startswith("fout: Het bestand")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_command_is_dutch():
    """A typo in the command gives Dutch usage help and exit 2."""
    result = run("verslagg")
    assert result.returncode == 2
    assert "gebruik:" in result.stderr
    assert "ongeldige keuze" in result.stderr


def test_help_is_dutch():
    """The help text is in Dutch."""
    result = run("--help")
    assert "toon deze hulp en stop" in result.stdout
    assert "show this help" not in result.stdout


def test_debug_shows_the_traceback(tmp_path):
    """With --debug the technical details are shown."""
    result = run("--debug", "controleer", str(tmp_path / "weg.json"))
    assert result.returncode == 1
    assert "Traceback" in result.stderr


def test_speerpunten_table(voorbeeld_map):
    """The ranking is a readable Dutch table with a reason per signal."""
    result = run("speerpunten", str(voorbeeld_map / "analyse.json"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("rang")
    assert "Speerpunt voor kennisontwikkeling" in result.stdout
    assert "signalen opgenomen" in result.stdout


def test_speerpunten_json_survives_shuffling(voorbeeld_map, tmp_path):
    """--json output is unchanged when the input signals are shuffled."""
    path = voorbeeld_map / "analyse.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    random.Random(7).shuffle(data["signalen"])
    shuffled = tmp_path / "geschud.json"
    shuffled.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    original = run("speerpunten", str(path), "--json")
    other = run("speerpunten", str(shuffled), "--json")
    assert original.returncode == 0
    items = json.loads(original.stdout)
    assert {"id", "rang", "score", "opgenomen", "reden"} <= set(items[0])
    assert original.stdout == other.stdout


def test_weging_doubling_urgency_moves_urgent_signals_up(
    voorbeeld_map, tmp_path
):
    """Doubling urgentie raises the mean rank of urgent signals."""
    path = voorbeeld_map / "analyse.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    urgent = {
        s["id"]
        for s in data["signalen"]
        if s["beoordeling"]["urgentie"] == "sterk"
    }
    weging = tmp_path / "weging.toml"
    weging.write_text("[gewichten]\nurgentie = 2\n", encoding="utf-8")

    def mean_rank(*extra: str) -> float:
        items = json.loads(
            run("speerpunten", str(path), "--json", *extra).stdout
        )
        ranks = [i["rang"] for i in items if i["id"] in urgent]
        return sum(ranks) / len(ranks)

    assert mean_rank("--weging", str(weging)) < mean_rank()


def test_bad_weging_is_reported(voorbeeld_map, tmp_path):
    """A faulty weging file gives every fault in Dutch and exit 1."""
    weging = tmp_path / "weging.toml"
    weging.write_text(
        "[gewichten]\nurgentie = -2\nsnelheid = 1\n", encoding="utf-8"
    )
    result = run(
        "speerpunten",
        str(voorbeeld_map / "analyse.json"),
        "--weging",
        str(weging),
    )
    assert result.returncode == 1
    assert "gewichten.urgentie" in result.stderr
    assert "gewichten.snelheid" in result.stderr


def test_import_loads_neither_docx_nor_openpyxl():
    """Importing the package stays cheap: no Word or Excel libraries."""
    code = (
        "import sys, wijkanalyse; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'docx', 'openpyxl', 'lxml', 'hypothesis'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
