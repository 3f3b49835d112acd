"""graph/extract.py: the driver (recognise, template, resolve, context) on the bundled report and corpus snippets."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution

from graph.extract import Lit, date_literal, extract, organization_of, recognise, template
from graph.footnotes import definitions
from graph.text import read_document, sentences

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "2009-csh-gt-mispa-ii-working-group-report.txt"

# /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt
CP_957 = ("In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution CP/RES. 957 "
          "(1714/09) convening the Second Meeting of Ministers Responsible for Public Security in the Americas, to be "
          "held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009, the main topic of which is crime and "
          "violence.")
# /work/shared/corpus/un-ga-80/A_RES_80_38.md (preamble) with its footnote 4
FOOTNOTE_38 = """The General Assembly,

Taking note of the report of the Secretary-General,4 which contains an overview of recent developments in the illicit trade in and circulation of small arms and light weapons, as well as the activities carried out by the United Nations,

[^4]: A/80/111.
"""


def claim_tuples(path: Path) -> list[tuple]:
    x = extract(read_document(path))
    return [(c.subject, c.predicate, c.object, c.start, c.end, c.rule) for c in x.claims]


def test_extraction_of_the_example_is_deterministic() -> None:
    first, second = claim_tuples(EXAMPLE), claim_tuples(EXAMPLE)
    assert len(first) > 100
    assert first == second
    a, b = extract(read_document(EXAMPLE)), extract(read_document(EXAMPLE))
    def entities(x):
        return [(e.key, e.kind, e.label, e.iri) for e in x.registry]
    assert entities(a) == entities(b)


def test_every_claim_has_evidence_inside_the_document() -> None:
    doc = read_document(EXAMPLE)
    x = extract(doc)
    assert x.claims
    for c in x.claims:
        assert 0 <= c.start < c.end <= len(doc.text), c
        assert doc.text[c.start:c.end].strip(), c
        assert c.rule


def test_every_claim_names_known_entities() -> None:
    x = extract(read_document(EXAMPLE))
    for c in x.claims:
        assert x.registry.get(c.subject) is not None, c
        if not isinstance(c.object, Lit):
            assert x.registry.get(c.object) is not None, c


def test_the_example_report_has_the_facts_the_readme_shows() -> None:
    x = extract(read_document(EXAMPLE))
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert x.organization == "OAS"
    assert ("oas/mispa/2", "acta:convenedBy", "oas/cp/res/957") in facts
    assert ("oas/mispa/2", "acta:requestedBy", "oas/ag/res/2444") in facts
    assert ("oas/csh/working-group", "acta:pursuantTo", "oas/cp/res/957") in facts
    assert ("oas/csh/gt/mispa-ii-2/09/rev.2", "acta:approvedBy", "oas/csh/working-group") in facts
    assert ("oas/csh/gt/mispa-ii-2/09/rev.2", "acta:preparedFor", "oas/mispa/2") in facts
    assert ("oas/ag/res/2444", "acta:adoptedBy", "oas/general-assembly") in facts
    assert x.registry.get("oas/ag/res/2444").label == "AG/RES. 2444 (XXXIX-O/09)"


def test_the_evidence_of_convening_is_the_sentence_that_says_it() -> None:
    doc = read_document(EXAMPLE)
    x = extract(doc)
    (c,) = [c for c in x.claims if c.predicate == "acta:convenedBy"]
    quote = doc.text[c.start:c.end]
    assert quote.startswith("In addition, on September 16, 2009, the Organization's Permanent Council adopted")
    assert "convening the Second Meeting" in quote


def test_a_sentence_becomes_a_template_of_tokens(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(CP_957 + "\n", encoding="utf-8")
    doc = read_document(path)
    (sent,) = sentences(doc.text, doc.body_start)
    mentions = recognise(doc, "OAS", sent, None)
    t = template(doc.text, sent, mentions)
    kinds = [(m.kind, m.text) for m in mentions]
    assert ("symbol", "resolution CP/RES. 957 (1714/09)") in kinds
    assert ("body", "Organization's Permanent Council") in kinds
    assert ("meeting", "Second Meeting of Ministers Responsible for Public Security in the Americas") in kinds
    assert ("place", "Santo Domingo") in kinds
    # the symbol hides the "CP" inside it: no body mention overlaps it
    sym = next(m for m in mentions if m.kind == "symbol")
    assert not [m for m in mentions if m is not sym and m.start < sym.end and sym.start < m.end]
    body, sym_i, meet = (next(i for i, m in enumerate(mentions) if m.kind == k) for k in ("body", "symbol", "meeting"))
    assert f"⟦B{body}⟧ adopted ⟦S{sym_i}⟧ convening the ⟦M{meet}⟧, to be held in" in t
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text


def test_a_footnote_marker_becomes_a_symbol_mention(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_80_38.md"
    path.write_text("---\nsymbol: A/RES/80/38\n---\n\n" + FOOTNOTE_38, encoding="utf-8")
    doc = read_document(path)
    notes = definitions(doc.text, doc.body_start)
    sent = next(s for s in sentences(doc.text, doc.body_start) if s.text.startswith("Taking note"))
    mentions = recognise(doc, "UN", sent, None, notes)
    (marker,) = [m for m in mentions if m.attrs.get("footnote")]
    assert (marker.kind, marker.text, marker.key, marker.attrs["footnote"]) == ("symbol", "4", "un/a/80/111", "4")
    assert doc.text[marker.start - len("Secretary-General,"):marker.end] == "Secretary-General,4"


def test_the_words_of_a_title_after_entitled_name_no_body_but_a_text_named_by_it_is_kept(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md paragraph 2 (cut) and A_RES_80_39.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/7",
        "Recalling the disarmament recommendations of policy brief 9, entitled “A New Agenda for Peace”,\n\n"
        "2. Takes note of resolutions GC(69)/RES/10, entitled “Extending the Technical Cooperation Programme "
        "for the State of Palestine to the Gaza Strip”; GC(69)/RES/14, entitled “Nuclear safety, security "
        "and safeguards in Ukraine”;")
    kinds = {e.key: e.kind for e in x.registry}
    assert "iaea/gc/69/res/10" in kinds and "iaea/gc/69/res/14" in kinds
    assert not [k for k in kinds if "extending" in k or "ukraine" in k or "palestine" in k]
    assert kinds.get("instrument/new-agenda-for-peace") == "document"
    titles = {c.subject: c.object.value for c in x.claims if c.predicate == "dcterms:title"}
    assert titles["iaea/gc/69/res/10"].startswith("Extending the Technical Cooperation Programme for the State")


def test_the_document_symbol_comes_from_the_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_80_38.md"
    path.write_text("---\nsymbol: A/RES/80/38\n---\n\n" + FOOTNOTE_38, encoding="utf-8")
    doc = read_document(path)
    assert organization_of(doc) == "UN"
    x = extract(doc)
    assert x.self_key == "un/a/res/80/38"
    assert x.registry.get("un/a/res/80/38").kind == "resolution"
    (sym,) = [c for c in x.claims if c.subject == "un/a/res/80/38" and c.predicate == "acta:symbol"]
    assert sym.object == Lit("A/RES/80/38")
    assert doc.text[sym.start:sym.end] == "symbol: A/RES/80/38"


def test_a_report_without_front_matter_has_no_self(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(CP_957 + "\n", encoding="utf-8")
    x = extract(read_document(path))
    assert x.self_key is None
    assert x.organization == "OAS"


def test_date_literals_keep_the_source_precision() -> None:
    assert date_literal("2009") == Lit("2009", "xsd:gYear")
    assert date_literal("2009-06") == Lit("2009-06", "xsd:gYearMonth")
    assert date_literal("2009-09-17") == Lit("2009-09-17", "xsd:date")
    assert date_literal("--09-17") == Lit("--09-17", "xsd:gMonthDay")


def test_the_report_is_not_the_treaty_named_last(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_81_30.md"
    path.write_text("---\nsymbol: A/RES/81/30\n---\n\nThe General Assembly,\n\n"
                    "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,\n\n"
                    "1. Requests the Secretary-General to bring the report to the attention of all Member States;\n",
                    encoding="utf-8")
    x = extract(read_document(path))
    assert not [c for c in x.claims if c.predicate == "acta:requestedBy"
                and c.subject == "instrument/treaty-on-the-non-proliferation-of-nuclear-weapons"]


def test_a_title_broken_after_a_hyphen_reads_as_one_word(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (cut): the line broke after "Nuclear-"
    x = extract_resolution(tmp_path, "A/RES/80/24", "Recalling the adoption of the Comprehensive Nuclear- Test-Ban "
                                                    "Treaty in its resolution 50/245 of 10 September 1996,")
    titles = {c.object for c in x.claims if c.predicate == "dcterms:title"}
    assert Lit("Comprehensive Nuclear-Test-Ban Treaty") in titles
    assert not [t for t in titles if "- " in t.value]
