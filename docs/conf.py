"""Sphinx configuration for the wijkanalyse documentation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sphinx.util.nodes import make_refnode

import wijkanalyse

if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "wijkanalyse"
author = "wijkanalyse developers"
copyright = "wijkanalyse developers"
release = wijkanalyse.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"

# The docstrings write `Name` for a reference to another object.
default_role = "py:obj"

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

html_theme = "furo"
html_title = f"wijkanalyse {release}"
html_static_path = ["_static"]

# No intersphinx: the build must work without network access, so types
# from the standard library and third-party packages stay unlinked.
nitpick_ignore_regex = [
    (r"py:.*", r"(enum|datetime|pathlib|collections\.abc|typing)\..*"),
    (r"py:.*", r"(Path|IO|Iterator|Iterable|Callable)"),
    (r"py:.*", r"(hypothesis|st|pd|pandas|attrs|docx|openpyxl)\..*"),
]

_ENUM_REPR = re.compile(r"<([\w.]+): [^<>]*>")


def _plain_enum_defaults(  # noqa: PLR0913, PLR0917 (the event's signature)
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: dict[str, object],
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    """Show an enum default as ``Mate.STERK``, not its repr."""
    del app, what, name, obj, options
    if signature:
        signature = _ENUM_REPR.sub(r"\1", signature)
    return signature, return_annotation


def _public_bases(
    app: Sphinx,
    name: str,
    obj: object,
    options: dict[str, object],
    bases: list[object],
) -> None:
    """Show a private helper base class as its first public ancestor."""
    del app, name, obj, options
    bases[:] = [
        next(c for c in base.__mro__ if not c.__name__.startswith("_"))
        if isinstance(base, type)
        else base
        for base in bases
    ]


def _short_reference(
    app: Sphinx, env: BuildEnvironment, node: Element, contnode: Element
) -> Element | None:
    """Resolve a docstring's `Name` by its unique suffix, else show code.

    The docstrings write `Name` both for objects (often by a short name,
    e.g. `Verslag` or `select`) and for bits of code such as `None`. A
    name that ends exactly one documented object links to it; anything
    else is shown as code instead of warning, as plain Markdown would.
    """
    if node.get("refdomain") != "py" or node.get("reftype") != "obj":
        return None
    target = node["reftarget"].removeprefix("~").lstrip(".")
    objects = env.get_domain("py").objects
    found = [n for n in objects if n == target or n.endswith(f".{target}")]
    if not found and "." in target:
        last = target.rsplit(".", 1)[1]
        found = [n for n in objects if n.endswith(f".{last}")]
    if len(found) != 1:
        return contnode
    entry = objects[found[0]]
    return make_refnode(
        app.builder,
        node["refdoc"],
        entry.docname,
        entry.node_id,
        contnode,
        found[0],
    )


def setup(app: Sphinx) -> None:
    """Connect the helpers above."""
    app.connect("autodoc-process-signature", _plain_enum_defaults)
    app.connect("autodoc-process-bases", _public_bases)
    app.connect("missing-reference", _short_reference)
