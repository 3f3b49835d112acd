"""graph/body_texts.py: a body's own texts — its report, its general comments, its rules of procedure."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Extraction, Lit, extract
from graph.text import read_document


def general(x: Extraction) -> set[tuple[str, str, object]]:
    return rule_triples(x, "general-comment")


def test_a_treaty_bodys_general_recommendations_in_a_list_are_its_texts_of_their_years(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_10.md (a preambular clause)
    x = extract_resolution(
        tmp_path, "A/RES/80/10",
        "Noting Committee on the Elimination of Discrimination against Women general recommendation No. 39 (2022) "
        "on the rights of Indigenous women and girls12 and general recommendation No. 40 (2024) on the equal and "
        "inclusive representation of women in decision-making systems, respectively,13",
        "[^12]: CEDAW/C/GC/39.",
        "[^13]: CEDAW/C/GC/40.")
    got = general(x)
    committee = "body/committee-on-the-elimination-of-discrimination-against-women"
    assert {("un/cedaw/c/gc/39", "acta:adoptedBy", committee),
            ("un/cedaw/c/gc/39", "acta:adoptionDate", Lit("2022", "xsd:gYear")),
            ("un/cedaw/c/gc/39", "dcterms:title",
             Lit("General recommendation No. 39 (2022) on the rights of Indigenous women and girls")),
            ("un/cedaw/c/gc/40", "acta:adoptedBy", committee),
            ("un/cedaw/c/gc/40", "acta:adoptionDate", Lit("2024", "xsd:gYear"))} <= got


def test_a_general_comment_of_a_body_named_after_its_number(tmp_path: Path) -> None:
    # made up, in the words of the Third Committee's resolutions on the rights of the child
    x = extract_resolution(
        tmp_path, "A/RES/80/990",
        "Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child on children’s "
        "rights in relation to the digital environment,4",
        "Recalling general comment No. 7 on implementing child rights in early childhood,5",
        "[^4]: CRC/C/GC/25.",
        "[^5]: CRC/C/GC/7/Rev.1.")
    got = general(x)
    assert ("un/crc/c/gc/25", "dcterms:title",
            Lit("General comment No. 25 (2021) on children’s rights in relation to the digital environment")) in got
    assert ("un/crc/c/gc/25", "acta:adoptionDate", Lit("2021", "xsd:gYear")) in got
    assert {c for c in got if c[1] == "acta:adoptedBy"} == {
        ("un/crc/c/gc/25", "acta:adoptedBy", "body/committee-on-the-rights-of-the-child")}  # the second has no body


# /work/shared/corpus/un-ga-80/A_RES_80_20.md, two preambular clauses and the note
GGE_20 = ("Welcoming the substantive report[^4] adopted by consensus by the Group of Governmental Experts established "
          "pursuant to General Assembly resolution 77/250 of 30 December 2022,",
          "Stressing the importance of the substantive report of the above-mentioned Group of Governmental Experts, "
          "which serves as a reference document for further measures,",
          "[^4]: A/79/364.")


def test_a_bodys_report_with_no_note_is_the_one_it_adopted(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/20", *GGE_20)
    group = "un/a/res/77/250/group-of-governmental-experts"
    # "the above-mentioned Group of Governmental Experts" is the group founded by resolution 77/250, named so before
    assert ("un/a/79/364", "acta:adoptedBy", group) in {(c.subject, c.predicate, c.object) for c in x.claims}
    assert "body/group-of-governmental-experts" not in x.registry.entities
    assert ("un/a/res/80/20", "acta:stresses", "un/a/79/364") in rule_triples(x, "citing-clause")
    # a report to come is none of those: "stresses that the report of the Group should contain …"
    x = extract_resolution(tmp_path, "A/RES/80/20", GGE_20[0],
                           "Stressing that the report of the above-mentioned Group of Governmental Experts should "
                           "contain a summary,", GGE_20[2])
    assert ("un/a/res/80/20", "acta:stresses", "un/a/79/364") not in rule_triples(x, "citing-clause")
    # two reports of the body: which one, unsaid
    x = extract_resolution(tmp_path, "A/RES/80/20", GGE_20[0],
                           GGE_20[0].replace("Welcoming the substantive report[^4]", "Noting the interim report[^5]"),
                           GGE_20[1], GGE_20[2], "[^5]: A/78/364.")
    assert not {o for s, p, o in rule_triples(x, "citing-clause") if p == "acta:stresses"}


def test_a_report_a_body_adopted_as_its_own_is_its_text_of_that_month(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md para. 9 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/48",
        "9. Also calls upon all States to continue their strong support for initiatives, and welcomes that the Group "
        "of Governmental Experts to further consider nuclear disarmament verification issues adopted its final report "
        "by consensus in May 2023;")
    group = "body/group-of-governmental-experts-to-further-consider-nuclear-disarmament-verification-issues"
    assert rule_triples(x, "adopted-its-report") == {
        (f"{group}/final-report", "dcterms:title", Lit("Final report")),
        (f"{group}/final-report", "acta:adoptedBy", group),
        (f"{group}/final-report", "acta:adoptionDate", Lit("2023-05", "xsd:gYearMonth"))}
    assert x.registry.get(f"{group}/final-report").label.startswith("Final report of the Group of Governmental")


def test_a_bodys_rules_of_procedure_and_what_was_done_in_accordance_with_them(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paras. 16, 11 and Decision IPBES/1/1 (cut):
    # the Bureau acted in accordance with the Plenary's rules, which the decision adopts in its annex (one text); the
    # Governing Council's rules are that body's
    path = tmp_path / "ipbes-1-12-report-first-plenary-session.txt"
    path.write_text(
        "(1) The first session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and "
        "Ecosystem Services was held in Bonn from 21 to 26 January 2013.\n\n"
        "(16) In accordance with SUBPART Rule 14 of the Rules of procedure of the Plenary of the Platform, the Bureau "
        "examined the credentials of the representatives attending the First Plenary of IPBES.\n\n"
        "(17) Should any existing gaps in the Platform’s Rules of procedure prevent the Plenary from moving forward "
        "with its work, the relevant Rules of procedure of the Governing Council of UNEP would apply.\n\n"
        "Decision IPBES/1/1 Rules of procedure for the Plenary of the Platform\n\n"
        "The Plenary,\n\n"
        "Adopts the Rules of procedure for the Plenary of the Platform as contained in the annex to this decision.\n",
        encoding="utf-8")
    x = extract(read_document(path))
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("ipbes/bureau", "acta:inAccordanceWith", "ipbes/dec/1/1/annex") in facts
    assert ("ipbes/dec/1/1", "acta:adopts", "ipbes/dec/1/1/annex") in facts
    assert not [k for k in x.registry.entities if k.startswith("ipbes/plenary/rules")]  # (merged into the annex)
    assert ("ipbes/dec/1/1/annex", "skos:altLabel", Lit("Rules of procedure of the Plenary of the Platform")) in facts
    assert x.registry.get("un/unep/governing-council/rules-of-procedure").label == \
        "Rules of procedure of the Governing Council of the United Nations Environment Programme"
    assert x.registry.get("ipbes/rules-of-procedure") is not None  # "the Platform’s Rules of procedure"


def test_another_bodys_report_approved_on_a_day(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, its register line and para. 16 (cut)
    path = tmp_path / "ipbes-1-12-report-first-plenary-session.txt"
    path.write_text(
        "meeting report IPBES-1-12 of 2013\n\n"
        "(1) The first session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and "
        "Ecosystem Services was held in Bonn from 21 to 26 January 2013.\n\n"
        "(16) In accordance with SUBPART Rule 14 of the Rules of procedure of the Plenary of the Platform, the Bureau "
        "examined the credentials of the representatives attending the First Plenary of IPBES. Credentials were also "
        "submitted by the European Union. The Bureau so reported to the Plenary, which approved the Bureau’s report "
        "on 25 January 2013.\n", encoding="utf-8")
    x = extract(read_document(path))
    got = rule_triples(x, "approved-bodys-report")
    report = "ipbes/bureau/report"
    assert got == {(report, "acta:producedBy", "ipbes/bureau"), (report, "acta:approvedBy", "ipbes/plenary"),
                   (report, "dcterms:title", Lit("Report of the Bureau of the Platform"))}
    act = next(e.key for e in x.registry if e.kind == "action")
    assert (act, "dcterms:date", Lit("2013-01-25", "xsd:date")) in rule_triples(x, "dated-action")
    assert has_no_adoption_day(x, report)


def has_no_adoption_day(x: Extraction, doc: str) -> bool:
    """An approval's day is the act's, not the text's own: no adoption date."""
    return not [c for c in x.claims if c.subject == doc and c.predicate == "acta:adoptionDate"]


def test_a_report_whose_owner_the_sentence_does_not_name_is_no_text(tmp_path: Path) -> None:
    # (made up) the owner must be a body the sentence named
    x = extract_resolution(tmp_path, "A/RES/80/991",
                           "Noting that the Conference on Disarmament approved the Chair’s report on 5 May 2025,")
    assert not rule_triples(x, "approved-bodys-report")


# /work/shared/corpus/un-ga-80/A_RES_80_16.md: a preambular clause (cut) and paragraph 1
CONSIDERED_16 = ("Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting that "
                 "the open-ended working group on security of and in the use of information and communications "
                 "technologies established pursuant to resolution 75/240 held its organizational session and its first "
                 "substantive session in 2021,",
                 "Recalling further that, at its eleventh substantive session, on 11 July 2025, the open-ended working "
                 "group considered its final report, decided to include in its report the outcome of the substantive "
                 "discussions of the working group as contained in the annex to document A/80/257,",
                 "1. Decides to endorse the final report of the open-ended working group as contained in document "
                 "A/80/257;")


def test_what_a_body_considered_as_its_report_is_the_one_report_of_it_the_document_knows(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/16", *CONSIDERED_16)
    got = rule_triples(x, "considered-its-report")
    assert len(got) == 1
    doc, prop, body = got.pop()
    assert (doc, prop) == ("un/a/80/257", "acta:consideredBy") and body.endswith("open-ended-working-group")
    assert ("un/a/80/257", "acta:producedBy", body) in {(c.subject, c.predicate, c.object) for c in x.claims}
    acts = {c.subject for c in x.claims if c.predicate == "acta:actionOn" and c.object == doc}
    days = {c.object for c in x.claims if c.subject in acts and c.predicate == "dcterms:date"}
    assert Lit("2025-07-11", "xsd:date") in days


def test_a_body_that_considered_its_report_with_no_report_known_considered_nothing(tmp_path: Path) -> None:
    x = extract_resolution(tmp_path, "A/RES/80/16", *CONSIDERED_16[:2])
    assert not rule_triples(x, "considered-its-report")
