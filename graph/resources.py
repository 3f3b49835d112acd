"""Where the ontology, the named queries and the bundled example live.

In a checkout they are top-level folders beside `graph/`; in an installed wheel
they are copied into `graph/_resources/` (see pyproject.toml).  Nothing else in
acta needs to know which.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"acta's {name}/ folder is missing from this installation")


def ontology_dir() -> Path:
    return _folder("ontology")


def queries_dir() -> Path:
    return _folder("queries")


def examples_dir() -> Path:
    return _folder("examples")


def ontology_file() -> Path:
    return ontology_dir() / "acta.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def example_document() -> Path:
    return next(iter(sorted(examples_dir().glob("*.txt"))))
