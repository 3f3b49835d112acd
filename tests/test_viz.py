"""graph.network / graph.viz without a browser: the projection, the page text, the exports.

The fixture graphs are built here in the extractor's shape (facts in
graph/<slug>, evidence in graph/<slug>/evidence, the ontology in its own graph),
so that these tests do not move when the extractor does.  The browser tests
run on the extractor's own graph too (see tests/test_viz_browser.py).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Literal, Namespace, URIRef

from graph.errors import ExportError, TooLargeError
from graph.namespaces import (
    ENTITY,
    EVIDENCE,
    ONTOLOGY,
    ONTOLOGY_GRAPH,
    PREFIXES,
    SOURCE,
    evidence_graph,
    facts_graph,
)
from graph.network import build_network, find_nodes, induced_subgraph, to_networkx
from graph.viz import chain_levels, page_data, render_html, safe_json, timeline_positions, write_html
from graph.viz_template import APP_JS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "2009-csh-gt-mispa-ii-working-group-report.txt"
ACTA = Namespace(ONTOLOGY)
OA = Namespace(PREFIXES["oa"])
ORG = Namespace(PREFIXES["org"])
SCHEMA = Namespace(PREFIXES["schema"])
DCT = Namespace(PREFIXES["dcterms"])
FOAF = Namespace(PREFIXES["foaf"])

# What the browser tests look for; with a real build these stay true (see the module docstring).
SEARCH_TEXT = "MISPA II"
SEARCH_LABEL = "Second Meeting of Ministers Responsible for Public Security in the Americas"
CONVENES = ACTA.convenedBy
CONVENES_QUOTE = "adopted resolution CP/RES. 957 (1714/09) convening the Second Meeting"

XSS_IMG = "<img src=x onerror=\"window.__acta_xss=1;alert(1)\">"
XSS_SCRIPT = "<script>window.__acta_xss=2;alert(2)</script>"
XSS_BREAKOUT = "</script><script>window.__acta_xss=3;alert(3)</script>"


class Builder:
    """Writes facts and their evidence the way the extractor does, one source document at a time."""

    def __init__(self, slug: str, file_name: str, text: str, with_ontology: bool = True) -> None:
        self.ds = Dataset()
        self.slug, self.text = slug, text
        self.facts = self.ds.graph(URIRef(facts_graph(slug)))
        self.ev = self.ds.graph(URIRef(evidence_graph(slug)))
        self.source = URIRef(SOURCE + slug)
        self.ev.add((self.source, RDF.type, ACTA.SourceDocument))
        self.ev.add((self.source, ACTA.fileName, Literal(file_name)))
        if with_ontology:
            self.ds.graph(URIRef(ONTOLOGY_GRAPH)).parse(ROOT / "ontology" / "acta.ttl", format="turtle")

    def entity(self, kind: str, slug: str, cls: URIRef, label: str, **props: object) -> URIRef:
        iri = URIRef(f"{ENTITY}{kind}/{slug}")
        self.facts.add((iri, RDF.type, cls))
        self.facts.add((iri, RDFS.label, Literal(label)))
        for key, value in props.items():
            ns, name = key.split("_", 1)
            pred = {"acta": ACTA, "schema": SCHEMA, "dct": DCT, "org": ORG}[ns][name]
            self.facts.add((iri, pred, value if isinstance(value, Literal) else Literal(value)))
        return iri

    def fact(self, s: URIRef, p: URIRef, o: object, quote: str, rule: str = "test-rule") -> None:
        """A fact and its evidence; the quote must be a passage of the source text (offsets from it)."""
        obj = o if isinstance(o, URIRef | Literal) else Literal(o)
        self.facts.add((s, p, obj))
        start = self.text.find(quote)
        assert start >= 0, f"quote not in the source text: {quote[:60]}"
        h = hashlib.sha1(f"{s}{p}{obj}{start}".encode()).hexdigest()[:16]
        ev, target = URIRef(EVIDENCE + h), URIRef(EVIDENCE + h + "/target")
        quote_sel, pos_sel = URIRef(EVIDENCE + h + "/quote"), URIRef(EVIDENCE + h + "/pos")
        g = self.ev
        g.add((ev, RDF.type, ACTA.Evidence))
        g.add((ev, RDF.subject, s))
        g.add((ev, RDF.predicate, p))
        g.add((ev, RDF.object, obj))
        g.add((ev, ACTA.rule, Literal(rule)))
        g.add((ev, OA.hasTarget, target))
        g.add((target, RDF.type, OA.SpecificResource))
        g.add((target, OA.hasSource, self.source))
        g.add((target, OA.hasSelector, quote_sel))
        g.add((target, OA.hasSelector, pos_sel))
        g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
        g.add((quote_sel, OA.exact, Literal(quote)))
        g.add((pos_sel, RDF.type, OA.TextPositionSelector))
        g.add((pos_sel, OA.start, Literal(start)))
        g.add((pos_sel, OA.end, Literal(start + len(quote))))


def _sentence(text: str, needle: str) -> str:
    """The line of the example report holding ``needle`` (its paragraphs are one sentence or a few)."""
    for line in text.splitlines():
        if needle in line:
            return line.strip()
    raise AssertionError(needle)


def example_dataset() -> Dataset:
    """The example report in the extractor's shape, by hand, with the report's real sentences and offsets."""
    text = EXAMPLE.read_text(encoding="utf-8")
    b = Builder("2009-csh-gt-mispa-ii-working-group-report", EXAMPLE.name, text)
    s_ga = _sentence(text, "thirty-ninth regular session")
    s_req = _sentence(text, "The resolution requests the Permanent Council")
    s_conv = _sentence(text, "convening the Second Meeting")
    s_wg = _sentence(text, "a working group to prepare for the ministerial")
    s_chair = _sentence(text, "elected Ambassador Virgilio")
    s_ratif = _sentence(text, "This decision was ratified")
    s_docs = _sentence(text, "considered and approved the following working documents")
    s_agenda = _sentence(text, "Draft Agenda (CSH/GT/MISPA II-2/09 rev. 2)")

    oas = b.entity("body", "oas", ACTA.Body, "Organization of American States", acta_acronym="OAS")
    ga = b.entity("body", "oas-general-assembly", ACTA.Body, "General Assembly")
    pc = b.entity("body", "oas-permanent-council", ACTA.Body, "Permanent Council", acta_acronym="CP")
    csh = b.entity("body", "oas-csh", ACTA.Body, "Committee on Hemispheric Security", acta_acronym="CSH")
    wg = b.entity("body", "csh-gt-mispa-ii", ACTA.Body,
                  "Working Group to Prepare for the Second Meeting of Ministers Responsible for Public "
                  "Security in the Americas")
    res2444 = b.entity("resolution", "ag-res-2444-xxxix-o-09", ACTA.Resolution, "AG/RES. 2444 (XXXIX-O/09)",
                       acta_symbol="AG/RES. 2444 (XXXIX-O/09)",
                       dct_title="Meeting of Ministers Responsible for Public Security in the Americas",
                       acta_adoptionDate=Literal("2009-06", datatype=XSD.gYearMonth))
    res957 = b.entity("resolution", "cp-res-957-1714-09", ACTA.Resolution, "CP/RES. 957 (1714/09)",
                      acta_symbol="CP/RES. 957 (1714/09)",
                      acta_adoptionDate=Literal("2009-09-16", datatype=XSD.date))
    session = b.entity("meeting", "oas-ga-39", ACTA.Meeting,
                       "Thirty-ninth regular session of the General Assembly",
                       schema_startDate=Literal("2009-06", datatype=XSD.gYearMonth))
    mispa2 = b.entity("meeting", "mispa-2", ACTA.Meeting, SEARCH_LABEL, acta_acronym="MISPA II",
                      schema_startDate=Literal("2009-11-04", datatype=XSD.date),
                      schema_endDate=Literal("2009-11-05", datatype=XSD.date))
    mispa1 = b.entity("meeting", "mispa-1", ACTA.Meeting,
                      "First Meeting of Ministers Responsible for Public Security in the Americas",
                      acta_acronym="MISPA I")
    sula = b.entity("place", "san-pedro-sula", SCHEMA.City, "San Pedro Sula")
    sdq = b.entity("place", "santo-domingo", SCHEMA.City, "Santo Domingo")
    dom = b.entity("place", "dominican-republic", SCHEMA.Country, "Dominican Republic")
    alc = b.entity("person", "virgilio-alcantara", FOAF.Person, "Virgilio Alcántara",
                   acta_honorific="Ambassador")
    chair = b.entity("role", "chair", ORG.Role, "Chair")
    office = b.entity("office", "csh-gt-mispa-ii-chair-alcantara", ACTA.Office,
                      "Chair of the Working Group: Virgilio Alcántara",
                      acta_electedOn=Literal("2009-09-17", datatype=XSD.date))
    commitment = b.entity("document", "mispa-doc-7-08-rev-4", ACTA.Document,
                          "Commitment to Public Security in the Americas",
                          acta_symbol="MISPA/doc.7/08 rev. 4")
    agenda = b.entity("document", "csh-gt-mispa-ii-2-09-rev-2", ACTA.Document, "Draft Agenda",
                      acta_symbol="CSH/GT/MISPA II-2/09 rev. 2", dct_title="Draft Agenda")
    request = b.entity("request", "ag-res-2444-1", ACTA.Request,
                       "AG/RES. 2444 requests the Permanent Council",
                       acta_action="to convene, through the Committee on Hemispheric Security (CSH), any "
                       "meetings it deems necessary")

    b.fact(ga, ORG.subOrganizationOf, oas, s_ga)
    b.fact(pc, ORG.subOrganizationOf, oas, s_conv)
    b.fact(csh, ORG.subOrganizationOf, pc, s_req)
    b.fact(wg, ORG.subOrganizationOf, csh, s_wg)
    b.fact(res2444, ACTA.adoptedBy, ga, s_ga, "adopted-resolution")
    b.fact(res2444, ACTA.adoptedAt, session, s_ga, "adopted-resolution")
    b.fact(session, ACTA.meetingOf, ga, s_ga)
    b.fact(session, SCHEMA.location, sula, s_ga)
    b.fact(res957, ACTA.adoptedBy, pc, s_conv, "adopted-resolution-convening")
    b.fact(mispa2, CONVENES, res957, s_conv, "adopted-resolution-convening")
    b.fact(mispa2, SCHEMA.location, sdq, s_conv)
    b.fact(sdq, SCHEMA.containedInPlace, dom, s_conv)
    b.fact(wg, ACTA.establishedBy, res957, s_wg, "established-pursuant")
    b.fact(wg, ACTA.preparedFor, mispa2, s_wg)
    b.fact(res957, ACTA.symbol, Literal("CP/RES. 957 (1714/09)"), s_conv, "symbol")
    b.fact(request, ACTA.requestedIn, res2444, s_req, "requests")
    b.fact(request, ACTA.addressee, pc, s_req, "requests")
    b.fact(office, ORG.member, alc, s_chair, "elected-chair")
    b.fact(office, ORG.organization, wg, s_chair, "elected-chair")
    b.fact(office, ORG.role, chair, s_chair, "elected-chair")
    b.fact(office, ACTA.electedBy, csh, s_chair, "elected-chair")
    b.fact(alc, ACTA.representing, dom, s_chair)
    b.fact(res2444, ACTA.ratifies, commitment, s_ratif, "ratified-through")
    b.fact(commitment, ACTA.adoptedAt, mispa1, s_ratif)
    b.fact(agenda, ACTA.approvedBy, wg, s_docs, "approved-documents")
    b.fact(agenda, ACTA.preparedFor, mispa2, s_agenda, "document-list")
    return b.ds


def xss_dataset() -> Dataset:
    """Labels, facts and quotes that run script wherever document text is handled as HTML."""
    text = (f"The {XSS_IMG} body adopted resolution X/RES. 1 {XSS_SCRIPT} convening the meeting "
            f"{XSS_BREAKOUT} in the town of <b>Bold</b> & \u2028 friends.")
    b = Builder("xss", "evil <img src=x onerror=alert(4)>.txt", text, with_ontology=False)
    body = b.entity("body", "evil", ACTA.Body, XSS_IMG, acta_acronym=XSS_SCRIPT)
    res = b.entity("resolution", "x-res-1", ACTA.Resolution, XSS_BREAKOUT, acta_symbol="X/RES. 1",
                   dct_title=f"{XSS_IMG} {XSS_SCRIPT}")
    meeting = b.entity("meeting", "evil-meeting", ACTA.Meeting, "a href meeting <a href='#'>x</a>")
    b.fact(res, ACTA.adoptedBy, body, text, f"rule {XSS_IMG}")
    b.fact(meeting, CONVENES, res, text)
    return b.ds


def generated_dataset(n_nodes: int, seed: int = 1) -> Dataset:
    """A corpus-like graph of exactly ``n_nodes`` entities, every edge with a quote."""
    rnd = random.Random(seed)
    text = " ".join(f"Sentence {i} of the generated corpus, which adopted or convened something."
                    for i in range(400))
    b = Builder("generated", "generated.txt", text, with_ontology=False)
    sentences = re.findall(r"Sentence \d+ [^.]*\.", text)
    shares = [("body", ACTA.Body, 0.04), ("resolution", ACTA.Resolution, 0.30),
              ("meeting", ACTA.Meeting, 0.18), ("document", ACTA.Document, 0.30),
              ("person", FOAF.Person, 0.10), ("place", SCHEMA.City, 0.08)]
    made: dict[str, list[URIRef]] = {k: [] for k, _, _ in shares}
    counts = [max(1, int(n_nodes * f)) for _, _, f in shares]
    counts[3] += n_nodes - sum(counts)
    for (kind, cls, _), count in zip(shares, counts, strict=True):
        for i in range(count):
            year = 1990 + rnd.randrange(35)
            props: dict[str, object] = {}
            if kind == "resolution":
                props = {"acta_symbol": f"G/RES/{year - 1945}/{i}",
                         "acta_adoptionDate": Literal(f"{year}-{rnd.randrange(1, 13):02d}-01",
                                                      datatype=XSD.date)}
            elif kind == "meeting":
                props = {"schema_startDate": Literal(str(year), datatype=XSD.gYear)}
            made[kind].append(b.entity(kind, f"g{i}", cls, f"{kind} {i}", **props))

    def link(kind_from: str, pred: URIRef, kind_to: str) -> None:
        for s in made[kind_from]:
            b.fact(s, pred, rnd.choice(made[kind_to]), rnd.choice(sentences))

    for body in made["body"][1:]:
        b.fact(body, ORG.subOrganizationOf, rnd.choice(made["body"][:3]), rnd.choice(sentences))
    link("resolution", ACTA.adoptedBy, "body")
    link("meeting", CONVENES, "resolution")
    link("meeting", SCHEMA.location, "place")
    link("document", ACTA.producedBy, "meeting")
    link("person", ACTA.participant, "meeting")
    for s in made["resolution"][::3]:
        b.fact(s, ACTA.recalls, rnd.choice(made["resolution"]), rnd.choice(sentences))
    return b.ds


@pytest.fixture(scope="module")
def example() -> nx.MultiDiGraph:
    return build_network(example_dataset())


def _node(G: nx.MultiDiGraph, text: str) -> str:
    found = find_nodes(G, text)
    assert len(found) == 1, (text, found)
    return found[0]


# --- the projection ---------------------------------------------------------------------------------
def test_nodes_are_the_entities_only(example: nx.MultiDiGraph) -> None:
    kinds = {k for _, k in example.nodes(data="kind")}
    assert kinds == {"body", "resolution", "meeting", "place", "person", "office", "document", "request"}
    assert not any(n.startswith((ONTOLOGY, EVIDENCE, SOURCE)) for n in example)
    assert not any("/role/" in n for n in example), "roles are folded into the office's facts"
    office = example.nodes[_node(example, "Chair of the Working Group: Virgilio Alcántara")]
    assert ["role", "Chair"] in office["facts"]


def test_edges_carry_label_group_and_evidence(example: nx.MultiDiGraph) -> None:
    meeting, res = _node(example, SEARCH_TEXT), _node(example, "CP/RES. 957")
    data = example.get_edge_data(meeting, res)[str(CONVENES)]
    assert data["label"] == "convened by" and data["group"] == "mandate" and data["mandate"]
    [ev] = data["evidence"]
    assert CONVENES_QUOTE in ev["quote"]
    assert ev["document"] == EXAMPLE.name and ev["rule"] == "adopted-resolution-convening"
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text[ev["start"]:ev["end"]] == ev["quote"]
    ratifies = example.get_edge_data(_node(example, "AG/RES. 2444"), _node(example, "MISPA/doc.7/08 rev. 4"))
    assert ratifies[str(ACTA.ratifies)]["group"] == "citation"


def test_node_facts_and_literal_evidence(example: nx.MultiDiGraph) -> None:
    res = example.nodes[_node(example, "CP/RES. 957")]
    assert res["kind"] == "resolution" and res["date"] == "2009-09-16"
    assert res["facts"][0] == ["symbol", "CP/RES. 957 (1714/09)"]
    assert any(e["fact"] == "symbol: CP/RES. 957 (1714/09)" for e in res["evidence"])
    assert example.nodes[_node(example, "AG/RES. 2444")]["date"] == "2009-06"


def test_find_nodes_by_symbol_label_acronym_iri(example: nx.MultiDiGraph) -> None:
    iri = f"{ENTITY}resolution/cp-res-957-1714-09"
    assert find_nodes(example, "CP/RES. 957 (1714/09)") == [iri]
    assert find_nodes(example, "cp/res.  957") == [iri]          # without its meeting number, any case
    assert find_nodes(example, iri) == [iri]
    assert find_nodes(example, "csh") == [f"{ENTITY}body/oas-csh"]
    assert find_nodes(example, "CP/RES. 95") == []                # a prefix must end at a word boundary


def test_focus_and_depth(example: nx.MultiDiGraph) -> None:
    ds = example_dataset()
    one = build_network(ds, focus="CP/RES. 957", depth=1)
    assert {d["label"] for _, d in one.nodes(data=True)} == {
        "CP/RES. 957 (1714/09)", "Permanent Council", SEARCH_LABEL,
        "Working Group to Prepare for the Second Meeting of Ministers Responsible for Public Security in the "
        "Americas"}
    two = build_network(ds, focus="CP/RES. 957", depth=2)
    assert one.number_of_nodes() < two.number_of_nodes() < example.number_of_nodes()
    assert set(one) <= set(two)
    assert build_network(ds, focus="CP/RES. 957", depth=0).number_of_nodes() == 1
    hubless = build_network(ds, focus="CP/RES. 957", depth=2, hub_limit=2)
    assert hubless.number_of_nodes() < two.number_of_nodes()


def test_a_focus_keeps_the_order_of_the_whole_graph(example: nx.MultiDiGraph) -> None:
    # networkx's subgraph walks its nodes in the order of a set, which changes with Python's string hashing: the
    # same store drew its nodes (and wrote its page) in another order on every run
    two = build_network(example_dataset(), focus="CP/RES. 957", depth=2)
    assert list(two) == [n for n in example if n in two]
    assert list(two.edges(keys=True)) == [e for e in example.edges(keys=True) if e[0] in two and e[1] in two]
    G = nx.MultiDiGraph()
    G.add_nodes_from([("c", {"x": 1}), ("a", {}), ("b", {})])
    G.add_edge("c", "b", key="p", w=[1])
    H = induced_subgraph(G, {"b", "c"})
    assert list(H) == ["c", "b"] and list(H.edges(keys=True, data=True)) == [("c", "b", "p", {"w": [1]})]
    H.nodes["c"]["x"] = 2  # a copy: the whole graph keeps its values
    assert G.nodes["c"]["x"] == 1


def test_focus_that_matches_nothing_says_so() -> None:
    with pytest.raises(ExportError, match="matches no node.*did you mean 'CP/RES. 957"):
        build_network(example_dataset(), focus="CP/RES. 975 (1714/09)")


def test_class_filter() -> None:
    G = build_network(example_dataset(), classes="resolution,meetings,bodies")
    assert {k for _, k in G.nodes(data="kind")} == {"resolution", "meeting", "body"}
    assert G.number_of_edges() > 0
    assert set(build_network(example_dataset(), classes=["acta:Resolution"]).nodes) == {
        f"{ENTITY}resolution/ag-res-2444-xxxix-o-09", f"{ENTITY}resolution/cp-res-957-1714-09"}
    with pytest.raises(ExportError, match="unknown class 'treaty'"):
        build_network(example_dataset(), classes="treaty")


def test_accepts_graph_and_triples() -> None:
    ds = example_dataset()
    from_quads = build_network(list(ds.quads((None, None, None, None))))
    from_tuples = to_networkx([q[:3] for q in ds.quads((None, None, None, None))])
    assert nx.utils.graphs_equal(from_quads, from_tuples)
    assert from_quads.number_of_nodes() == build_network(ds).number_of_nodes()


def test_accepts_pyoxigraph_quads() -> None:
    """Store.quads() yields pyoxigraph quads: drawn straight from them, without a detour through rdflib."""
    import pyoxigraph as ox

    ds = example_dataset()
    store = ox.Store()
    store.load(ds.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    quads = store.quads_for_pattern(None, None, None, None)
    assert nx.utils.graphs_equal(build_network(quads), build_network(ds))


def test_without_ontology_labels_fall_back() -> None:
    """A store without the ontology graph still gets readable relation labels and groups."""
    G = build_network(xss_dataset())
    (_, _, data), = [e for e in G.edges(data=True) if e[2]["predicate"] == str(CONVENES)]
    assert data["label"] == "convened by" and data["group"] == "mandate"


# --- layouts ------------------------------------------------------------------------------------------
def test_chain_levels_put_roots_on_top_and_documents_below(example: nx.MultiDiGraph) -> None:
    level = chain_levels(example)
    by = {example.nodes[n]["label"]: lv for n, lv in level.items()}
    assert by["Organization of American States"] == 0
    assert by["Organization of American States"] < by["Permanent Council"] < by["CP/RES. 957 (1714/09)"]
    assert by["CP/RES. 957 (1714/09)"] < by[SEARCH_LABEL] < by["Draft Agenda"]
    linked = {n for s, o, d in example.edges(data=True) if d["mandate"] for n in (s, o)}
    assert by["Draft Agenda"] == max(level[n] for n in linked)
    assert by["Virgilio Alcántara"] > by["Chair of the Working Group: Virgilio Alcántara"] > by[
        "Working Group to Prepare for the Second Meeting of Ministers Responsible for Public Security in the "
        "Americas"], "people hang below the offices they hold"


def test_chain_levels_survive_cycles() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", mandate=True)
    G.add_edge("b", "a", mandate=True)
    G.add_edge("c", "a", mandate=True)
    G.add_node("lonely", kind="document")
    level = chain_levels(G)
    assert level["a"] == level["b"] == 0 and level["c"] == 1
    assert level["lonely"] == 2, "unconnected nodes wait in a band below everything"


def test_timeline_positions_follow_dates(example: nx.MultiDiGraph) -> None:
    xs, ticks = timeline_positions(example)
    x = {example.nodes[n]["label"]: v for n, v in xs.items()}
    assert x["AG/RES. 2444 (XXXIX-O/09)"] < x["CP/RES. 957 (1714/09)"] < x[SEARCH_LABEL]
    assert [t for _, t in ticks][:2] == ["2009-06", "2009-07"]


# --- the page -----------------------------------------------------------------------------------------
def _payload(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="acta-data">(.*?)</script>', page, re.S)
    assert m
    return json.loads(m.group(1))


def test_page_is_self_contained(example: nx.MultiDiGraph) -> None:
    page = render_html(example, title="MISPA II & friends")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", page, re.I)
    assert page.count("<h1>MISPA II &amp; friends</h1>") == 1
    assert "default-src 'none'; script-src 'sha256-" in page and "vis.Network" in page
    assert "innerHTML" not in APP_JS and "insertAdjacentHTML" not in APP_JS and "document.write" not in APP_JS
    data = _payload(page)
    assert len(data["nodes"]) == example.number_of_nodes() and len(data["edges"]) == example.number_of_edges()


def test_document_text_cannot_break_out_of_the_data() -> None:
    G = build_network(xss_dataset())
    page = render_html(G, title=XSS_IMG)
    body = page.split('id="acta-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in body and ">" not in body and "&" not in body and "\u2028" not in body
    assert XSS_IMG not in page and XSS_SCRIPT not in page and XSS_BREAKOUT not in page
    data = _payload(page)
    assert {n["label"] for n in data["nodes"]} >= {XSS_IMG, XSS_BREAKOUT}
    assert any(XSS_SCRIPT in q[0] for q in data["quotes"])
    assert safe_json("\u2028</script>") == '"\\u2028\\u003c/script\\u003e"'


def test_markers_and_odd_text_in_the_title_or_graph() -> None:
    """The title cannot inject a template marker; a plain networkx graph and a lone surrogate draw too."""
    G = nx.Graph()
    G.add_edge("a", "b")
    G.add_node("c", label="lone \ud800 surrogate \u00e9")
    page = render_html(G, title="@@DATA@@ @@VIS_JS@@")
    assert "<h1>@@DATA@@ @@VIS_JS@@</h1>" in page and "<title>@@DATA@@ @@VIS_JS@@</title>" in page
    assert page.count('id="acta-data"') == 1
    data = _payload(page)
    assert len(data["nodes"]) == 3 and len(data["edges"]) == 1
    assert data["nodes"][2]["label"] == "lone \ud800 surrogate \u00e9"


def _quoted_often() -> tuple[Dataset, URIRef, URIRef]:
    """A body named in six sentences (its label, its type, its acronym) and a resolution it adopted, said in
    five: longer lists than the cap the tests give."""
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if len(line.strip()) > 40][:12]
    b = Builder("long-lists", "long-lists.txt", text)
    body = b.entity("body", "often", ACTA.Body, "Body Named Often")
    res = b.entity("resolution", "often-adopted", ACTA.Resolution, "RES/1", acta_symbol="RES/1")
    for i, line in enumerate(lines[:6]):
        b.fact(body, (RDFS.label, RDF.type, ACTA.acronym)[i % 3], (Literal("Body Named Often"), ACTA.Body,
                                                                     Literal("BNO"))[i % 3], line)
    for line in lines[6:11]:
        b.fact(res, ACTA.adoptedBy, body, line)
    return b.ds, body, res


@pytest.mark.parametrize("quotes", [1, 2, 4])
def test_a_cap_lists_the_first_quotes_and_counts_every_record(quotes: int) -> None:
    ds, body, res = _quoted_often()
    full, cut = build_network(ds), build_network(ds, quotes=quotes)
    said: dict[str, dict[URIRef, str]] = {}  # each evidence record's subject and predicate, read from the data
    for r, p, o, _ in ds.quads((None, None, None, None)):
        if p in (RDF.subject, RDF.predicate):
            said.setdefault(str(r), {})[p] = str(o)
    records: dict[tuple[str, str], set[str]] = {}
    for r, sp in said.items():
        records.setdefault((sp[RDF.subject], sp[RDF.predicate]), set()).add(r)
    own = len(records[(str(body), str(RDFS.label))] | records[(str(body), str(RDF.type))]
              | records[(str(body), str(ACTA.acronym))])
    assert own == 6 and len(full.nodes[str(body)]["evidence"]) == 6
    node, edge = cut.nodes[str(body)], cut.edges[str(res), str(body), str(ACTA.adoptedBy)]
    assert node["evidence"] == full.nodes[str(body)]["evidence"][:quotes] and node["evidence_total"] == own
    assert edge["evidence"] == full.edges[str(res), str(body), str(ACTA.adoptedBy)]["evidence"][:quotes]
    assert edge["evidence_total"] == 5
    assert "evidence_total" not in cut.nodes[str(res)]  # its one quote (its symbol) is not cut
    data = page_data(cut, "t", "force")
    by_iri = {n["iri"]: n for n in data["nodes"]}
    assert by_iri[str(body)]["evn"] == 6 and len(by_iri[str(body)]["ev"]) == quotes and "evn" not in by_iri[str(res)]
    assert [e["evn"] for e in data["edges"] if e["p"] == str(ACTA.adoptedBy)] == [5]
    assert "evidence_total" not in full.nodes[str(body)]  # no cap, no count: the exports list every quote


def test_quotes_are_stored_once(example: nx.MultiDiGraph) -> None:
    data = page_data(example, "t", "force")
    assert len(data["quotes"]) == len({q[0] for q in data["quotes"]}) < sum(
        len(e["ev"]) for e in data["edges"]) + sum(len(n["ev"]) for n in data["nodes"])


@pytest.mark.parametrize("layout", ["force", "chain", "timeline"])
def test_layouts_render(example: nx.MultiDiGraph, layout: str) -> None:
    data = _payload(render_html(example, layout=layout))
    assert data["layout"] == layout
    if layout == "chain":
        assert all(isinstance(n["level"], int) for n in data["nodes"])
    if layout == "timeline":
        assert all("x" in n for n in data["nodes"]) and data["ticks"]


def test_unknown_layout_and_empty_graph(example: nx.MultiDiGraph) -> None:
    with pytest.raises(ExportError, match="unknown layout 'radial'"):
        render_html(example, layout="radial")
    with pytest.raises(ExportError, match="nothing to draw"):
        render_html(nx.MultiDiGraph())


def test_too_large_refuses_with_advice(example: nx.MultiDiGraph) -> None:
    with pytest.raises(TooLargeError) as info:
        render_html(example, limit=5)
    msg = str(info.value)
    assert "--focus" in msg and "--class" in msg and "--limit" in msg
    assert f"{example.number_of_nodes()} nodes" in msg
    assert isinstance(info.value, ExportError)
    render_html(example, limit=None)


def test_write_html_is_atomic(example: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = tmp_path / "viz.html"
    out.write_text("old")
    with pytest.raises(TooLargeError):
        write_html(example, out, limit=1)
    assert out.read_text() == "old", "a refused page leaves the old file alone"
    write_html(example, out, title="t")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["viz.html"]
    with pytest.raises(ExportError, match="cannot write"):  # under a file: no folder can be made there
        write_html(example, tmp_path / "viz.html" / "x.html")
    assert write_html(example, tmp_path / "missing" / "viz.html").is_file()  # a missing folder is made, as by export


def test_generated_graph_size_and_speed() -> None:
    G = build_network(generated_dataset(2000))
    assert G.number_of_nodes() == 2000
    page = render_html(G)
    assert len(_payload(page)["nodes"]) == 2000


