"""Project the RDF graph onto a networkx graph a person can look at.

The store holds facts, evidence and the ontology side by side; a drawing wants
only the things (resolutions, meetings, bodies, ...) and the relations between
them, each carrying the quotes it was read from.  ``build_network`` makes that
projection in one pass over the triples (and, for a whole store, the evidence records
read as rows: whole_store.py); graph_formats.py writes it for Gephi and friends.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import ExportError
from .namespaces import ENTITY, ONTOLOGY, PREFIXES
from .store import no_gc_pauses

A = ONTOLOGY
RDF = PREFIXES["rdf"]
RDFS = PREFIXES["rdfs"]
OA = PREFIXES["oa"]
ORG = PREFIXES["org"]
SCHEMA = PREFIXES["schema"]
SKOS = PREFIXES["skos"]
DCT = PREFIXES["dcterms"]
FOAF = PREFIXES["foaf"]
TYPE = RDF + "type"
LABEL = RDFS + "label"
SUBPROP = RDFS + "subPropertyOf"
_XSD_STRING = PREFIXES["xsd"] + "string"

# (kind, classes) in priority order: the first kind whose class a node has wins.
KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("resolution", (A + "Resolution",)),
    ("decision", (A + "Decision",)),
    ("report", (A + "Report",)),
    ("document", (A + "Document", A + "Instrument")),
    ("meeting", (A + "Meeting", A + "MeetingSeries", SCHEMA + "Event")),
    ("body", (A + "Body", ORG + "Organization")),
    ("person", (FOAF + "Person", SCHEMA + "Person", PREFIXES["prov"] + "Person")),
    ("place", (SCHEMA + "City", SCHEMA + "Country", SCHEMA + "Place")),
    ("office", (A + "Office", ORG + "Membership", ORG + "Post")),
    ("request", (A + "Request",)),
]
KIND_NAMES = [k for k, _ in KINDS] + ["other"]
_CLASS_KIND = {c: k for k, cs in KINDS for c in cs}
_PLURALS = {"bodies": "body", "people": "person", "persons": "person", "places": "place"}

# Things that are attributes of a node rather than nodes of their own.
FOLDED_CLASSES = {ORG + "Role"}
# Bookkeeping the extractor writes next to the facts: never drawn.
# (and a dated action, which only dates an edge drawn already: "A/80/257 endorsed by the General Assembly")
HIDDEN_CLASSES = {A + "Evidence", A + "SourceDocument", OA + "SpecificResource", OA + "TextQuoteSelector",
                  OA + "TextPositionSelector", PREFIXES["owl"] + "Ontology", A + "DatedAction"}
HIDDEN_FACTS = {LABEL, A + "symbolKey", A + "baseSymbolKey", A + "sha256",
                "http://www.w3.org/2004/02/skos/core#hiddenLabel"}

# Relation groups give edges their colour; "mandate" edges also give the chain layout its levels.
GROUP_ROOTS: list[tuple[str, tuple[str, ...]]] = [
    ("mandate", (A + "mandateLink", A + "documentAction", A + "partOf", A + "adoptedAt", A + "meetingOf",
                 A + "establishedBy", A + "convenedBy", A + "preparedFor", A + "adoptedBy", A + "requestedBy",
                 A + "approvedBy", A + "producedBy", A + "submittedBy", A + "consideredBy", A + "pursuantTo",
                 ORG + "subOrganizationOf", ORG + "postIn", SCHEMA + "superEvent")),
    ("citation", (A + "cites", DCT + "references")),
    ("participation", (A + "participation", A + "participant", A + "observer", A + "contributor", A + "organizer",
                       A + "host")),
    ("office", (ORG + "member", ORG + "organization", ORG + "role", A + "electedBy")),
    ("request", (A + "requestedIn", A + "addressee", A + "concerns")),
    ("place", (SCHEMA + "location", SCHEMA + "containedInPlace", A + "representing")),
]
GROUP_NAMES = [g for g, _ in GROUP_ROOTS] + ["other"]

# Facts shown first (tooltips show the first few); the rest follow by label.
FACT_ORDER = [A + "symbol", DCT + "title", A + "acronym", A + "adoptionDate", SCHEMA + "startDate",
              SCHEMA + "endDate", A + "establishedOn", A + "electedOn", ORG + "role", A + "addressedAs", A + "action",
              A + "requestVerb", A + "ordinal", A + "delegationPost", A + "honorific", A + "dateText"]
DATE_PROPS = [A + "adoptionDate", SCHEMA + "startDate", A + "establishedOn", A + "electedOn",
              SCHEMA + "endDate", DCT + "issued", DCT + "date"]
SEARCH_PROPS = {A + "symbol", A + "acronym", SKOS + "altLabel", SKOS + "prefLabel"}

# Labels for terms the acta ontology reuses but does not describe.
BUILTIN_LABELS = {
    ORG + "subOrganizationOf": "part of", ORG + "postIn": "post in", ORG + "member": "member",
    ORG + "organization": "in body",
    ORG + "role": "role", SCHEMA + "location": "location", SCHEMA + "startDate": "start date",
    SCHEMA + "endDate": "end date", SCHEMA + "superEvent": "part of event", DCT + "title": "title",
    SKOS + "altLabel": "also known as", TYPE: "is a",
}

_BRACKETED = re.compile(r"\s*\([^()]*\)")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def humanise(iri: str) -> str:
    """A readable label from an IRI's last segment, for terms no ontology names."""
    name = local_name(iri)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("-", " ").replace("_", " ").lower() or iri


def normalise_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _from_oxigraph(term: Any) -> Node:
    """An rdflib term for a pyoxigraph one: Store.quads() can be drawn without a detour through rdflib.  A string
    is a plain literal, as rdflib's parsers make it."""
    if isinstance(term, Node):
        return term
    kind = type(term).__name__
    if kind == "NamedNode":
        return URIRef(term.value)
    if kind == "Literal":
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if kind == "BlankNode":
        return BNode(term.value)
    raise ExportError(f"cannot draw an RDF term of type {kind}")


def rdflib_terms() -> Callable[[Any], Node]:
    """A converter from pyoxigraph terms to rdflib ones that makes each distinct term once: a store repeats its
    predicates and subjects (projecting 128,177 triples: 2.8 -> 1.5 s)."""
    made: dict[Any, Node] = {}

    def term(t: Any) -> Node:
        node = made.get(t)
        if node is None:
            node = made[t] = _from_oxigraph(t)
        return node

    return term


def _iter_triples(data: Any) -> Iterable[tuple[Node, Node, Node]]:
    """Triples of a Dataset/ConjunctiveGraph (all named graphs), a Graph, or an iterable of triples/quads.

    The iterable may hold rdflib terms or pyoxigraph ones (``Store.quads()``).
    """
    if data is None:
        return
    if isinstance(data, Graph) and hasattr(data, "quads"):
        for quad in data.quads((None, None, None, None)):
            yield quad[0], quad[1], quad[2]
    elif isinstance(data, Graph):
        yield from data.triples((None, None, None))
    else:
        term = rdflib_terms()
        for t in data:
            s, p, o = t[0], t[1], t[2]
            if not isinstance(o, Node) or not isinstance(s, Node):
                s, p, o = term(s), term(p), term(o)
            yield s, p, o


def _default_ontology() -> Graph | None:
    """The acta ontology from the source tree or the installed package, if either is there."""
    here = Path(__file__).resolve().parent
    for path in (here.parent / "ontology" / "acta.ttl", here / "_resources" / "ontology" / "acta.ttl"):
        if path.is_file():
            return Graph().parse(path, format="turtle")
    return None


class _Index:
    """Every triple grouped by subject: one pass over the data, then lookups."""

    def __init__(self) -> None:
        self.props: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
        self.labels: dict[str, str] = {}
        self.types: dict[str, set[str]] = defaultdict(set)
        self.subprop: dict[str, set[str]] = defaultdict(set)
        self._label_key: dict[str, tuple[bool, bool, int, str]] = {}
        self.other_labels: dict[str, list[str]] = defaultdict(list)

    def add(self, s: Node, p: Node, o: Node) -> None:
        s_, p_ = str(s), str(p)
        if p_ == TYPE:
            self.types[s_].add(str(o))
        elif p_ == LABEL:
            if isinstance(o, Literal):
                # two documents may name a thing differently: keep the best label whatever the order
                key = (o.language not in (None, "en"), str(o)[:1].islower(), len(str(o)), str(o))
                if s_ not in self._label_key or key < self._label_key[s_]:
                    if s_ in self.labels:
                        self.other_labels[s_].append(self.labels[s_])
                    self.labels[s_], self._label_key[s_] = str(o), key
                else:
                    self.other_labels[s_].append(str(o))
            return
        elif p_ == SUBPROP:
            self.subprop[s_].add(str(o))
        vals = self.props[s_][p_]
        if o not in vals:
            vals.append(o)

    def first(self, s: str, p: str) -> Node | None:
        vals = self.props.get(s, {}).get(p)
        return vals[0] if vals else None


def _kind(types: set[str], iri: str) -> str | None:
    for kind, classes in KINDS:
        if any(c in types for c in classes):
            return kind
    if iri.startswith(ENTITY):
        guess = iri[len(ENTITY):].split("/", 1)[0].lower()
        return guess if guess in KIND_NAMES else "other"
    return None


def _date_value(text: str) -> str | None:
    m = _DATE_RE.match(text.strip())
    return m.group(0) if m else None


class _Labeller:
    """Property labels and relation groups from the ontology, with built-in fallbacks."""

    def __init__(self, idx: _Index, ontology: Graph | None) -> None:
        self.labels = dict(BUILTIN_LABELS)
        self.parents: dict[str, set[str]] = defaultdict(set)
        onto = ontology if ontology is not None else (None if idx.subprop else _default_ontology())
        if onto is not None:
            for s, p, o in onto.triples((None, None, None)):
                if str(p) == LABEL and isinstance(o, Literal) and o.language in (None, "en"):
                    self.labels[str(s)] = str(o)
                elif str(p) == SUBPROP:
                    self.parents[str(s)].add(str(o))
        for s, label in idx.labels.items():
            if s.startswith(ONTOLOGY) or s not in self.labels:
                self.labels.setdefault(s, label)
        for s, ps in idx.subprop.items():
            self.parents[s] |= ps
        self._groups: dict[str, str] = {}

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or humanise(iri)

    def group(self, iri: str) -> str:
        if iri in self._groups:
            return self._groups[iri]
        seen, todo = {iri}, [iri]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        result = next((g for g, roots in GROUP_ROOTS if any(r in seen for r in roots)), "other")
        self._groups[iri] = result
        return result


# An evidence record as the projection reads it: (record, subject, predicate, object, rule, targets), a target
# being (its sources, its selectors as (exact, start, end)); from the triples (_records) or by query (whole_store).
Target = tuple[list[str], list[tuple[str | None, str | None, str | None]]]
Record = tuple[str, str, str, Node, str, list[Target]]


def _records(idx: _Index) -> Iterator[Record]:
    for record, props in idx.props.items():
        if RDF + "subject" not in props:
            continue
        subj, pred, obj = (props.get(RDF + k, [None])[0] for k in ("subject", "predicate", "object"))
        if subj is None or pred is None or obj is None:
            continue
        targets = []
        for target in props.get(OA + "hasTarget", []):
            tprops = idx.props.get(str(target), {})
            selectors = []
            for sel in tprops.get(OA + "hasSelector", []):
                sprops = idx.props.get(str(sel), {})
                selectors.append(tuple(str(sprops[OA + k][0]) if OA + k in sprops else None
                                       for k in ("exact", "start", "end")))
            targets.append(([str(src) for src in tprops.get(OA + "hasSource", [])], selectors))
        yield record, str(subj), str(pred), obj, str(props.get(A + "rule", [""])[0]), targets


def _evidence(records: Iterable[Record], idx: _Index) -> Iterator[tuple[str, str, str, Node, dict[str, Any]]]:
    """(record, subject, predicate, object, item) for every evidence record and target it has."""
    for record, subj, pred, obj, rule, targets in records:
        for target in targets or [None]:
            item: dict[str, Any] = {"quote": "", "document": "", "start": None, "end": None, "rule": rule}
            if target is not None:
                sources, selectors = target
                for src in sources:
                    name = idx.first(src, A + "fileName")
                    item["document"] = str(name) if name is not None else local_name(src)
                for exact, start, end in selectors:
                    if exact is not None:
                        item["quote"] = exact
                    for key, value in (("start", start), ("end", end)):
                        if value is not None:
                            try:
                                item[key] = int(value)
                            except ValueError:
                                pass
            yield record, subj, pred, obj, item


def _evidence_order(item: dict[str, Any]) -> tuple[str, int, int, str, str, str]:
    return (item["document"], item["start"] if item["start"] is not None else -1,
            item["end"] if item["end"] is not None else -1, item["quote"], item["rule"], item.get("fact", ""))


@no_gc_pauses()  # millions of containers, no cycles: collecting as they were made took 35 of 89 s at 10k
def build_network(
    dataset: Any,
    ontology: Graph | None = None,
    focus: str | Sequence[str] | None = None,
    depth: int = 2,
    classes: str | Sequence[str] | None = None,
    hub_limit: int | None = 50,
    hubs: set[str] | None = None,
    quotes: int | None = None,
    totals: dict[tuple[str, str, str], int] | None = None,
    records: Iterable[Record] | None = None,
) -> nx.MultiDiGraph:
    """The drawable graph: one node per entity, one edge per (subject, predicate, object).

    ``dataset`` is an rdflib Dataset/ConjunctiveGraph (facts, evidence and maybe the
    ontology in named graphs), a Graph, or an iterable of rdflib triples or quads.
    ``classes`` keeps only those kinds (``resolution``, ``meeting``, ``body`` ...);
    ``focus`` keeps the nodes within ``depth`` links of the node(s) it names (a
    symbol, label, acronym or IRI).  In a focus, a node with more than
    ``hub_limit`` links (the General Assembly of a whole corpus) is shown but not
    walked through, so that depth 2 does not mean "everything".  ``quotes`` caps each node's and
    edge's evidence list at its first items (their number is kept as ``evidence_total``); ``totals``: the
    number of evidence records of each (subject, predicate, object) when the dataset holds only some of them
    (neighbourhood.focus_dataset).  ``records``: evidence records read apart from ``dataset``
    (whole_store.records), which then need not hold their triples (those it holds are read too).
    """
    idx = _Index()
    for s, p, o in _iter_triples(dataset):
        idx.add(s, p, o)
    names = _Labeller(idx, ontology)

    kinds: dict[str, str] = {}
    candidates = set(idx.props) | set(idx.types)
    for s in candidates:
        types = idx.types.get(s, set())
        if types & (HIDDEN_CLASSES | FOLDED_CLASSES):
            continue
        if s.startswith(ONTOLOGY) or (not types and not s.startswith(ENTITY)):
            continue
        kind = _kind(types, s)
        if kind is not None:
            kinds[s] = kind
    for s, props in idx.props.items():       # entities only ever mentioned as objects
        if s in kinds:
            for vals in props.values():
                for o in vals:
                    o_ = str(o)
                    if isinstance(o, URIRef) and o_.startswith(ENTITY) and o_ not in kinds \
                            and not idx.types.get(o_, set()) & (HIDDEN_CLASSES | FOLDED_CLASSES):
                        kinds[o_] = _kind(set(), o_) or "other"

    G = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for s in sorted(kinds):
        facts: list[tuple[int, str, str]] = []
        keys = [idx.labels.get(s) or local_name(s), *idx.other_labels.get(s, ())]
        date = None
        for p, vals in idx.props.get(s, {}).items():
            if p in HIDDEN_FACTS or p == TYPE:
                continue
            order = FACT_ORDER.index(p) if p in FACT_ORDER else len(FACT_ORDER)
            for o in vals:
                o_ = str(o)
                if isinstance(o, Literal):
                    facts.append((order, names.label(p), o_))
                    if p in SEARCH_PROPS:
                        keys.append(o_)
                elif o_ in kinds:
                    edges.setdefault((s, o_, p), [])
                else:
                    facts.append((order, names.label(p), idx.labels.get(o_) or o_))
        for p in DATE_PROPS:      # two sources may disagree: the earliest, whatever the order
            dates = sorted(d for lit in idx.props.get(s, {}).get(p, ()) if (d := _date_value(str(lit))))
            if dates:
                date = dates[0]
                break
        facts.sort()
        attrs: dict[str, Any] = {
            "iri": s, "label": idx.labels.get(s) or local_name(s), "kind": kinds[s],
            "types": sorted(idx.types.get(s, ())), "facts": [[k, v] for _, k, v in facts],
            "keys": list(dict.fromkeys(keys[:1] + sorted(keys[1:]))), "evidence": [],
        }
        if date:
            attrs["date"] = date
        G.add_node(s, **attrs)

    # each item once per edge or node: a set beside each list (testing the list took 15 s for a node quoted
    # 10,000 times, the Secretary-General's name in each of 10,000 documents)
    listed: dict[int, set[tuple]] = defaultdict(set)
    counted: dict[int, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    # records read apart, and any the dataset holds (a graph other than an evidence graph may hold some)
    read = chain(records, _records(idx)) if records is not None else _records(idx)
    for record, s, p, o, item in _evidence(read, idx):
        if s not in kinds:
            continue
        o_ = str(o)
        if (s, o_, p) in edges:
            target = edges[(s, o_, p)]
        else:
            value = str(o) if isinstance(o, Literal) else (idx.labels.get(o_) or local_name(o_))
            item = {**item, "fact": f"{names.label(p)}: {value}"}
            target = G.nodes[s]["evidence"]
        if quotes and totals is None:  # a cap over the whole dataset counts the records itself
            counted[id(target)][(p, o_)].add(record)
        key = tuple(item.values())  # a list's items have the same keys in the same order (_evidence)
        if key not in listed[id(target)]:
            listed[id(target)].add(key)
            target.append(item)

    given: dict[str, list[tuple[str, str, int]]] = defaultdict(list)  # subject -> (predicate, object, records)
    for (s, p, o), n in (totals or {}).items():
        if (s, o, p) not in edges:  # a node's own facts; an edge's are looked up by its key
            given[s].append((p, o, n))

    def capped(evidence: list[dict[str, Any]], node: str, edge: tuple[str, str] | None = None) -> dict[str, int]:
        """Sorted, and cut to its first ``quotes`` items: then the number of records behind it, as attribute."""
        evidence.sort(key=_evidence_order)
        if not quotes:
            return {}
        if totals is None:
            total = sum(len(found) for found in counted[id(evidence)].values())
        elif edge:  # counted where they were read, some of them only (a fact may have no record read at all)
            total = totals.get((node, *edge), 0)
        else:
            total = sum(n for _, _, n in given[node])
        if total <= quotes and len(evidence) <= quotes:
            return {}
        listed_all = len(evidence)
        del evidence[quotes:]
        return {"evidence_total": total if total > quotes else listed_all}

    for n in G:
        G.nodes[n].update(capped(G.nodes[n]["evidence"], n))
    for (s, o, p), evidence in sorted(edges.items()):
        group = names.group(p)
        G.add_edge(s, o, key=p, predicate=p, label=names.label(p), group=group,
                   mandate=group == "mandate", evidence=evidence, **capped(evidence, s, (p, o)))

    if classes:
        keep = set(_parse_classes(classes))
        G = induced_subgraph(G, [n for n, k in G.nodes(data="kind") if k in keep])
    if focus:
        G = focus_subgraph(G, focus, depth, hub_limit, hubs)
    return G


def to_networkx(dataset: Any, ontology: Graph | None = None) -> nx.MultiDiGraph:
    """The whole graph, unfiltered: what ``acta export --format graphml|gexf`` writes."""
    return build_network(dataset, ontology)


def _parse_classes(classes: str | Sequence[str]) -> list[str]:
    items = classes.split(",") if isinstance(classes, str) else list(classes)
    out = []
    for item in items:
        name = local_name(item.strip()).rsplit(":", 1)[-1].lower()
        name = _PLURALS.get(name, name)
        if name not in KIND_NAMES and name.endswith("s") and name[:-1] in KIND_NAMES:
            name = name[:-1]
        if name not in KIND_NAMES:
            raise ExportError(f"unknown class {item.strip()!r}: choose from {', '.join(KIND_NAMES)}")
        out.append(name)
    return out


def find_nodes(G: nx.MultiDiGraph, text: str) -> list[str]:
    """Nodes named by an IRI, symbol, label or acronym; a symbol may omit its part in brackets (1714/09)."""
    if text in G:
        return [text]
    want = normalise_key(text)
    exact, prefix = [], []
    for n, keys in G.nodes(data="keys"):
        normal = [normalise_key(k) for k in keys or ()]
        if want in normal:
            exact.append(n)
        elif any(k.startswith(want) and _BRACKETED.fullmatch(k[len(want):]) for k in normal):
            prefix.append(n)
    return exact or prefix


def focus_subgraph(G: nx.MultiDiGraph, focus: str | Sequence[str], depth: int = 2,
                   hub_limit: int | None = 50, hubs: set[str] | None = None) -> nx.MultiDiGraph:
    """The neighbourhood of the focus node(s) up to ``depth`` links, either direction.  ``hubs``: the nodes with
    more than ``hub_limit`` links in the whole graph, when G is only part of it (neighbourhood.focus_dataset)."""
    if depth < 0:
        raise ExportError(f"depth must be 0 or more, not {depth}")
    starts: list[str] = []
    for text in [focus] if isinstance(focus, str) else list(focus):
        found = find_nodes(G, text)
        if not found:
            keys = {k: n for n, ks in G.nodes(data="keys") for k in ks or ()}
            close = difflib.get_close_matches(text, list(keys), n=3, cutoff=0.6)
            hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
            raise ExportError(f"--focus {text!r} matches no node in the graph{hint}: "
                              "give a symbol, label, acronym or IRI")
        starts.extend(found)
    seen = dict.fromkeys(starts, 0)
    queue = deque(starts)
    while queue:
        n = queue.popleft()
        d = seen[n]
        hub = (n in hubs) if hubs is not None else (hub_limit is not None and G.degree(n) > hub_limit)
        if d >= depth or (d > 0 and hub):
            continue
        for m in list(G.successors(n)) + list(G.predecessors(n)):
            if m not in seen:
                seen[m] = d + 1
                queue.append(m)
    return induced_subgraph(G, seen)


def induced_subgraph(G: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    """``G.subgraph(nodes).copy()`` in G's own order: networkx walks a subgraph's nodes in the order of a set of
    them, which changes with Python's string hashing, so a drawing's nodes (and its JSON) changed from run to run."""
    keep = set(nodes)
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True) if n in keep)
    H.add_edges_from((s, o, k, dict(d)) for s, o, k, d in G.edges(keys=True, data=True) if s in keep and o in keep)
    return H
