"""Development sessions: ``nox`` runs tests, lint, types and docs."""

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
    session.run(
        "ruff", "check", "src", "tests", "benchmarks", "docs", "noxfile.py"
    )
    session.run(
        "ruff",
        "format",
        "--check",
        "src",
        "tests",
        "benchmarks",
        "docs",
        "noxfile.py",
    )


@nox.session(python=PYTHON)
def types(session: nox.Session) -> None:
    """Check the package with mypy in strict mode."""
    session.install("-e", ".[test]", "mypy>=1.13", "types-openpyxl")
    session.run("mypy", "--strict", "src")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the HTML docs, warnings as errors, and run their examples.

    Offline apart from installing from PyPI: no inventories are fetched.
    """
    session.install("-e", ".[docs,test]")
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-n",
        "-b",
        "html",
        "docs",
        "docs/_build/html",
    )
    session.run("pytest", "tests/test_docs.py")
