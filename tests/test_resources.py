"""graph/resources.py: the ontology, queries and example, in a checkout and in a built wheel."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import rdflib

from graph import resources

REPO = Path(__file__).resolve().parents[1]


def test_checkout_folders_are_found() -> None:
    assert resources.ontology_dir() == REPO / "ontology"
    assert resources.queries_dir() == REPO / "queries"
    assert resources.examples_dir() == REPO / "examples"
    assert resources.example_document() == REPO / "examples" / "2009-csh-gt-mispa-ii-working-group-report.txt"


def test_ontology_and_shapes_parse() -> None:
    ontology = rdflib.Graph().parse(resources.ontology_file(), format="turtle")
    acta = rdflib.Namespace("https://w3id.org/acta/ontology#")
    assert (None, rdflib.RDF.type, rdflib.OWL.Ontology) in ontology
    assert (acta.convenedBy, rdflib.RDF.type, rdflib.OWL.ObjectProperty) in ontology
    assert ontology.value(acta.convenedBy, rdflib.RDFS.label) is not None
    shapes = rdflib.Graph().parse(resources.shapes_file(), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert acta.Resolution in set(shapes.objects(None, sh.targetClass))


def test_installed_resources_win_over_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "graph"
    (package / "_resources" / "queries").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.queries_dir() == package / "_resources" / "queries"
    with pytest.raises(FileNotFoundError, match="acta's ontology/ folder is missing"):
        resources.ontology_dir()


def test_the_wheel_carries_ontology_queries_examples_and_data(tmp_path: Path) -> None:
    """One slow test: build the wheel, look inside, and find the resources the way an installation would."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(REPO),
                    "-w", str(tmp_path)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("acta-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        entry_points = z.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
        z.extractall(tmp_path / "site")
    for name in ("ontology/acta.ttl", "ontology/shapes.ttl"):
        assert f"graph/_resources/{name}" in names
    queries = {f"graph/_resources/queries/{p.name}" for p in (REPO / "queries").glob("*.rq")}
    assert queries and queries <= names
    examples = {f"graph/_resources/examples/{p.name}" for p in (REPO / "examples").glob("*.txt")}
    assert examples and examples <= names
    assert {"graph/data/bodies.toml", "graph/data/places.toml", "graph/cli.py"} <= names
    assert "acta = graph.cli:main" in entry_points
    # resources.py as installed: it must look in graph/_resources/
    spec = importlib.util.spec_from_file_location("installed_resources", tmp_path / "site/graph/resources.py")
    installed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installed)
    assert installed.queries_dir() == tmp_path / "site/graph/_resources/queries"
    assert installed.ontology_file().is_file()
    assert installed.example_document().name == "2009-csh-gt-mispa-ii-working-group-report.txt"
