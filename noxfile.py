"""Development sessions: ``nox`` runs tests, lint and types."""

import nox

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True

PYTHON = None  # the interpreter nox runs on; CI and newcomers have 3.11


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite, hypothesis properties included."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    session.install("ruff>=0.8")
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py")
    session.run(
        "ruff", "format", "--check", "src", "tests", "benchmarks", "noxfile.py"
    )


@nox.session(python=PYTHON)
def types(session: nox.Session) -> None:
    """Check the package with mypy in strict mode."""
    session.install("-e", ".[test]", "mypy>=1.13", "types-openpyxl")
    session.run("mypy", "--strict", "src")
