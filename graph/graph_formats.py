"""The drawable graph as files for Gephi, yEd and Cytoscape: GraphML and GEXF.

``network.build_network`` gives each node and edge lists (its facts, its evidence items); these formats hold
strings and numbers only, so each list is flattened: facts to one attribute per property, evidence to its count,
its quotes and its documents, each joined with " | ".
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from typing import Any

import networkx as nx

from .export import atomic_output


def flat_graph(G: nx.MultiDiGraph, consume: bool = False) -> nx.MultiDiGraph:
    """A copy whose every attribute is a string or a number: what GraphML and GEXF can hold.  ``consume``: empty
    each evidence list of ``G`` once it is flattened, so that a whole store's quotes are not held twice."""
    H = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        attrs: dict[str, Any] = {"iri": n, "label": str(data.get("label", n)),
                                 "kind": str(data.get("kind", ""))}
        attrs["types"] = " ".join(data.get("types", ()))
        attrs["date"] = str(data.get("date") or "")
        grouped: dict[str, list[str]] = defaultdict(list)
        for k, v in data.get("facts", ()):
            grouped[k].append(str(v))
        for k, vs in grouped.items():
            key = "fact_" + re.sub(r"\W+", "_", k).strip("_")
            attrs[key] = " | ".join(vs)
        _flat_evidence(attrs, data.get("evidence", []), consume)
        H.add_node(n, **attrs)
    for s, o, key, data in G.edges(keys=True, data=True):
        attrs = {"predicate": str(data.get("predicate", key)), "label": str(data.get("label", "")),
                 "group": str(data.get("group", ""))}
        _flat_evidence(attrs, data.get("evidence", []), consume)
        H.add_edge(s, o, key=str(key), **attrs)
    return H


def _flat_evidence(attrs: dict[str, Any], evidence: list[dict[str, Any]], consume: bool) -> None:
    attrs["evidence_count"] = len(evidence)
    attrs["quotes"] = " | ".join(dict.fromkeys(str(e.get("quote") or "") for e in evidence if e.get("quote")))
    attrs["documents"] = " | ".join(dict.fromkeys(str(e.get("document") or "") for e in evidence
                                                  if e.get("document")))
    if consume:
        evidence.clear()


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike[str], consume: bool = False) -> None:
    """GraphML that ``networkx.read_graphml`` (and Gephi, yEd, Cytoscape) reads back; ``consume``: see flat_graph."""
    H = flat_graph(G, consume)
    with atomic_output(path) as fh:
        nx.write_graphml(H, fh, encoding="utf-8")


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike[str], consume: bool = False) -> None:
    """GEXF that ``networkx.read_gexf`` and Gephi read back; ``consume``: see flat_graph."""
    H = flat_graph(G, consume)
    for i, (_, _, data) in enumerate(H.edges(data=True)):
        data["id"] = str(i)
    with atomic_output(path) as fh:
        nx.write_gexf(H, fh, encoding="utf-8")


__all__ = ["flat_graph", "write_gexf", "write_graphml"]
