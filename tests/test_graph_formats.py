"""graph/graph_formats.py: GraphML and GEXF that networkx (and so Gephi, yEd, Cytoscape) read back."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from conftest import built_store, write_mixed_corpus
from test_viz import CONVENES, CONVENES_QUOTE, example_dataset

from graph import app
from graph.graph_formats import flat_graph, write_gexf, write_graphml
from graph.namespaces import ENTITY
from graph.network import build_network

WRITERS = {"graphml": write_graphml, "gexf": write_gexf}


@pytest.fixture(scope="module")
def example() -> nx.MultiDiGraph:
    return build_network(example_dataset())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    corpus = write_mixed_corpus(tmp_path_factory.mktemp("formats") / "corpus",
                                ["ipbes-mi-2-9-excerpt.txt", "un-a-res-80-50-excerpt.md", "un-a-res-80-59-excerpt.md"])
    yield from built_store(corpus, tmp_path_factory)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_exports_read_back(example: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"g.{fmt}"
    WRITERS[fmt](example, path)
    H = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    assert set(H.nodes) == set(example.nodes)
    assert H.number_of_edges() == example.number_of_edges()
    res = H.nodes[f"{ENTITY}resolution/cp-res-957-1714-09"]
    assert res["kind"] == "resolution" and res["date"] == "2009-09-16"
    assert res["fact_symbol"] == "CP/RES. 957 (1714/09)"
    for _, data in H.nodes(data=True):
        assert all(isinstance(v, str | int | float) for v in data.values()), data
    quotes = [d["quotes"] for _, _, d in H.edges(data=True) if d["predicate"] == str(CONVENES)]
    assert len(quotes) == 1 and CONVENES_QUOTE in quotes[0]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_a_consumed_graph_writes_the_same_file_and_keeps_no_quotes(store, tmp_path: Path, fmt: str) -> None:
    kept, consumed = build_network(store.quads()), build_network(store.quads())
    WRITERS[fmt](kept, tmp_path / "kept")
    WRITERS[fmt](consumed, tmp_path / "consumed", consume=True)
    assert (tmp_path / "kept").read_bytes() == (tmp_path / "consumed").read_bytes()
    assert sum(len(d["evidence"]) for _, d in kept.nodes(data=True)) > 50  # there were quotes to let go of
    assert not [n for n, d in consumed.nodes(data=True) if d["evidence"]]
    assert not [e for *e, d in consumed.edges(keys=True, data=True) if d["evidence"]]
    assert consumed.number_of_edges() == kept.number_of_edges()  # the graph itself is kept


def test_flat_values_are_strings_and_numbers_with_counts_of_the_quotes(store) -> None:
    G = build_network(store.quads())
    H = flat_graph(G)
    for n, data in G.nodes(data=True):
        flat = H.nodes[n]
        assert flat["evidence_count"] == len(data["evidence"])
        assert flat["quotes"].split(" | ")[0] == next((e["quote"] for e in data["evidence"] if e["quote"]), "")
    assert all(isinstance(v, str | int) for *_, d in H.edges(keys=True, data=True) for v in d.values())


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_the_export_of_a_store_is_the_file_of_all_its_quads(store, tmp_path: Path, fmt: str) -> None:
    """`acta export --format graphml` reads the store by query (whole_store.py): the file every quad gives."""
    WRITERS[fmt](build_network(store.quads()), tmp_path / "quads")
    assert app.export(store, fmt, tmp_path / "export") == tmp_path / "export"
    assert (tmp_path / "export").read_bytes() == (tmp_path / "quads").read_bytes()
    assert (tmp_path / "export").stat().st_size > 100_000
