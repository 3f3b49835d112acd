"""graph/authored.py: letters, opinions, statements and drafts, whose they are and of which day."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_resolution, rule_triples
from test_outcomes import build, claims

from graph.extract import Lit

# /work/shared/corpus/un-ga-80/A_RES_80_11.md, a preambular clause (cut) and its notes
LETTERS_11 = """The General Assembly,

Taking note of the inputs for the 2025 review of the Peacebuilding Commission through its letter dated 13 November 2024,3 and further acknowledging the inputs from the group of independent eminent persons through its letter dated 21 November 2024,4

[^3]: A/79/609-S/2024/827.
[^4]: A/79/634-S/2024/855.
"""




def test_a_letter_dated_a_day_is_its_writers_document_of_that_day(tmp_path: Path) -> None:
    x = build(tmp_path, LETTERS_11, "A/RES/80/11")
    letters = claims(x, "letter-dated")
    group = "a-res-80-11/group-of-independent-eminent-persons"
    for doc, who, day in (("un/a/79/609", "un/peacebuilding-commission", "2024-11-13"),
                          ("un/s/2024/827", "un/peacebuilding-commission", "2024-11-13"),
                          ("un/a/79/634", group, "2024-11-21")):
        assert (doc, "acta:producedBy", who) in letters
        assert (doc, "acta:adoptionDate", Lit(day, "xsd:date")) in letters
    assert x.registry.get(group).label == "group of independent eminent persons"


def test_an_opinion_or_a_statement_issued_on_a_day_is_its_authors_text_of_that_day(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md and A_RES_80_6.md (preambular clauses and paragraph 22, cut)
    body = ("The General Assembly,\n\n"
            "Recalling the advisory opinion of the International Court of Justice on the legality of the threat or use "
            "of nuclear weapons, issued on 8 July 1996,9 and welcoming the unanimous reaffirmation by all judges,\n\n"
            "22. Continues to welcome the statement by the President of the Security Council of 12 February 2013, 10 "
            "in which the Council reiterated its previous call;\n\n"
            "[^9]: A/51/218, annex.\n"
            "[^10]: S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013 "
            "(S/INF/68).\n")
    x = build(tmp_path, body, "A/RES/80/24")
    issued = claims(x, "issued-by")
    assert ("un/a/51/218", "acta:producedBy", "un/icj") in issued
    assert ("un/a/51/218", "acta:adoptionDate", Lit("1996-07-08", "xsd:date")) in issued
    assert ("un/a/51/218", "dcterms:title",
            Lit("Advisory opinion on the legality of the threat or use of nuclear weapons")) in issued
    assert ("un/s/prst/2013/2", "acta:adoptionDate", Lit("2013-02-12", "xsd:date")) in issued
    assert {o for s, p, o in issued if s == "un/s/prst/2013/2" and p == "acta:producedBy"} == {"un/sc/president"}
    assert not [t for t in issued if t[0] == "un/s/inf/68"]  # the note's "see also" is another text


def test_a_titled_text_submitted_by_states_and_circulated_is_theirs_and_its_notes_document_too(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md (a preambular clause and its note; "Secretary- General" broken so)
    body = ("The General Assembly,\n\n"
            "Recalling the Model Nuclear Weapons Convention submitted to the Secretary- General by Costa Rica and "
            "Malaysia in 2007 and circulated by the Secretary-General,11\n\n"
            "[^11]: A/62/650, annex.\n")
    x = build(tmp_path, body, "A/RES/80/33")
    found = claims(x, "title-submitted")
    for doc in ("instrument/model-nuclear-weapons-convention", "un/a/62/650"):
        assert {(p, o) for s, p, o in found if s == doc and p != "dcterms:title"} == {
            ("acta:submittedBy", "country/costa-rica"), ("acta:submittedBy", "country/malaysia"),
            ("acta:adoptionDate", Lit("2007", "xsd:gYear")), ("acta:circulatedBy", "un/secretary-general")}
    assert ("un/a/62/650", "dcterms:title", Lit("Model Nuclear Weapons Convention")) in found


def test_a_draft_introduced_by_states_and_a_titled_text_a_body_adopted(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md and A_RES_80_21.md (preambular clauses, cut) and their notes
    body = ("The General Assembly,\n\n"
            "Recalling the introduction by China and the Russian Federation at the Conference on Disarmament of the "
            "draft treaty on prevention of the placement of weapons in outer space, 4 and the submission of its "
            "updated version in 2014,\n\n"
            "Welcoming the adoption by consensus by the Disarmament Commission of the “Recommendations to promote the "
            "practical implementation of transparency and confidence-building measures in outer space activities”,7\n\n"
            "Welcoming, in this regard, the draft convention on the prevention of an arms race, introduced by China at "
            "the Conference on Disarmament in 2008,8 and its updated version,\n\n"
            "[^4]: See CD/1839.\n[^7]: Official Records of the General Assembly, Seventy-eighth Session, Supplement "
            "No. 42 (A/78/42), annex.\n[^8]: See CD/1840.\n")
    x = build(tmp_path, body, "A/RES/80/44")
    introduced, adopted = claims(x, "introduced-by"), claims(x, "adoption-of-title")
    # the text's verb: "introduction by", "introduced by" (acta:introducedBy, a kind of acta:submittedBy)
    assert {(s, o) for s, p, o in introduced if p == "acta:introducedBy"} == {
        ("un/cd/1839", "country/china"), ("un/cd/1839", "country/russian-federation"), ("un/cd/1840", "country/china")}
    assert ("un/cd/1839", "dcterms:title",
            Lit("Draft treaty on prevention of the placement of weapons in outer space")) in introduced
    assert ("un/cd/1840", "acta:adoptionDate", Lit("2008", "xsd:gYear")) in introduced
    assert ("un/a/78/42", "acta:adoptedBy", "un/disarmament-commission") in adopted
    assert ("un/a/78/42", "dcterms:title", Lit("Recommendations to promote the practical implementation of "
                                               "transparency and confidence-building measures in outer space "
                                               "activities")) in adopted


@pytest.mark.parametrize("later", ["updated version in 2014, 5", "updated version[^5] in 2014"])
def test_the_updated_version_of_an_introduced_draft_is_its_authors_of_its_own_year(tmp_path: Path, later: str) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_21.md and A_RES_80_44.md (preambular clauses, cut) and their notes
    body = ("The General Assembly,\n\n"
            "Welcoming, in this regard, the draft treaty on the prevention of the placement of weapons in outer space, "
            f"introduced by China and the Russian Federation at the Conference on Disarmament in 2008,4 and the "
            f"submission of its {later},\n\n"
            "[^4]: See CD/1839.\n[^5]: See CD/1985.\n")
    x = build(tmp_path, body, "A/RES/80/21")
    got = {(p, o) for s, p, o in claims(x, "introduced-by") if s == "un/cd/1985"}
    assert got == {("acta:submittedBy", "country/china"), ("acta:submittedBy", "country/russian-federation"),
                   ("acta:adoptionDate", Lit("2014", "xsd:gYear")),
                   ("dcterms:title", Lit("Updated version of the draft treaty on the prevention of the placement of "
                                         "weapons in outer space"))}
    assert ("un/cd/1839", "acta:adoptionDate", Lit("2008", "xsd:gYear")) in claims(x, "introduced-by")


def test_a_statement_made_by_an_officer_on_behalf_of_a_body_on_a_day(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md, a preambular clause (cut) and its note 3
    x = build(tmp_path, "The General Assembly,\n\n"
              "Recalling the statement made by the President of the Security Council on behalf of the members of the "
              "Council on 12 April 1996,3 in which the Council affirmed that the signature of the Treaty constituted "
              "an important contribution,\n\n"
              "[^3]: S/PRST/1996/17; see Resolutions and Decisions of the Security Council, 1996 (S/INF/52).\n",
              "A/RES/80/14")
    assert claims(x, "issued-by") == {
        ("un/s/prst/1996/17", "acta:producedBy", "un/sc/president"),
        ("un/s/prst/1996/17", "acta:adoptionDate", Lit("1996-04-12", "xsd:date")),
        ("un/s/prst/1996/17", "dcterms:title", Lit("Statement by the President of the Security Council"))}


def test_guidance_issued_by_an_officer_on_a_topic_that_names_a_body_is_titled_by_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md, paragraph 14 (cut; the converter left its note as ", 7 ") and note 7
    x = build(tmp_path, "The General Assembly,\n\n"
              "14. Recalls the guidance issued by the Secretary-General on contacts with persons who are the subject of "
              "arrest warrants or summonses issued by the International Criminal Court, 7  and in this regard takes "
              "note of the information included in the report of the Secretary-General;\n\n"
              "[^7]: A/67/828-S/2013/210, annex.\n", "A/RES/80/6")
    assert claims(x, "issued-by") == {
        ("un/a/67/828", "acta:producedBy", "un/secretary-general"),
        ("un/a/67/828", "dcterms:title", Lit("Guidance on contacts with persons who are the subject of arrest warrants "
                                             "or summonses issued by the International Criminal Court"))}


def test_a_joint_statement_of_states_on_a_day_is_theirs(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md (a preambular clause, cut); and a made-up one whose note is the text
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/39",
        "Recalling the joint statement on preventing nuclear war and avoiding arms races issued by China, France, "
        "the Russian Federation, the United Kingdom of Great Britain and Northern Ireland and the United States of "
        "America on 3 January 2022, affirming that “a nuclear war cannot be won and must never be fought”,",
        "Noting the joint communiqué issued by Argentina and Brazil on 4 May 2024,5",
        "Noting also the joint statement on cooperation issued by Chile and Peru,",
        "[^5]: A/78/881.")
    got = rule_triples(x, "joint-text")
    statement = "instrument/joint-statement-on-preventing-nuclear-war-and-avoiding-arms-races"
    states = {o for s, p, o in got if s == statement and p == "acta:producedBy"}
    assert states == {"country/china", "country/france", "country/russian-federation",
                      "country/united-kingdom-of-great-britain-and-northern-ireland",
                      "country/united-states-of-america"}
    assert (statement, "acta:adoptionDate", Lit("2022-01-03", "xsd:date")) in got
    assert (statement, "dcterms:title", Lit("Joint statement on preventing nuclear war and avoiding arms races")) in got
    assert {("un/a/78/881", "acta:producedBy", "country/argentina"), ("un/a/78/881", "acta:producedBy", "country/brazil"),
            ("un/a/78/881", "dcterms:title", Lit("Joint communiqué"))} <= got
    # a joint statement of no day and no note has nothing to hold it: not claimed
    assert not any("cooperation" in s for s, _, _ in got)


def test_a_letter_of_a_day_that_no_note_publishes_is_its_authors_and_cited(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_11.md (a preambular clause, cut)
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/11",
        "Taking note of the inputs for the 2025 review of the peacebuilding architecture of the Peacebuilding "
        "Commission through its letter dated 13 November 2024[^3] and the former Chairs of the Peacebuilding "
        "Commission through their letter dated 12 May 2025, and inputs from thematic and regional consultations,",
        "[^3]: A/79/609-S/2024/827.")
    letters = rule_triples(x, "letter-dated")
    minted = [s for s, p, o in letters if p == "dcterms:title" and o == Lit("Letter dated 12 May 2025")]
    assert len(minted) == 1
    assert {(p, o) for s, p, o in letters if s == minted[0]} == {
        ("dcterms:title", Lit("Letter dated 12 May 2025")),
        ("acta:adoptionDate", Lit("2025-05-12", "xsd:date")),
        ("acta:producedBy", "un/peacebuilding-commission/chairs")}
    assert ("un/a/79/609", "acta:producedBy", "un/peacebuilding-commission") in letters
    cited = {(c.predicate, c.object) for c in x.claims if c.rule == "citing-clause"}
    assert ("acta:takesNoteOf", minted[0]) in cited


def test_a_proposal_submitted_by_bodies_with_no_note_is_a_text_of_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, Decision IPBES/1/4 (1), cut
    from conftest import extract_resolution
    x = extract_resolution(
        tmp_path, "A/RES/80/99",
        "1. Takes note of the joint proposal for administering the secretariat of the Platform submitted by the "
        "United Nations Environment Programme (UNEP), the Food and Agriculture Organization of the United Nations and "
        "the United Nations Development Programme (UNDP), and expresses appreciation to the organizations;",
        "2. Takes note of the proposal submitted by the United Nations Development Programme;")  # names nothing
    proposal = "instrument/joint-proposal-for-administering-the-secretariat-of-the-platform"
    assert {o for s, p, o in claims(x, "introduced-by") if s == proposal and p == "acta:submittedBy"} == {
        "un/unep", "un/fao", "un/undp"}
    assert x.registry.get(proposal).label == "Joint proposal for administering the secretariat of the Platform"
    assert ("un/a/res/80/99", "acta:takesNoteOf", proposal) in {(c.subject, c.predicate, c.object) for c in x.claims}
    assert [e.key for e in x.registry if e.key.startswith("instrument/")] == [proposal]


def test_a_draft_and_its_updated_version_in_one_note_each_of_its_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_19.md (a preambular clause) and its note
    body = ("The General Assembly,\n\n"
            "Noting the introduction by China and the Russian Federation at the Conference on Disarmament of the draft "
            "treaty on the prevention of the placement of weapons in outer space and of the threat or use of force "
            "against outer space objects in 2008 and the submission of its updated version in 2014,5\n\n"
            "[^5]: See CD/1839 and CD/1985.\n")
    x = build(tmp_path, body, "A/RES/80/19")
    found = claims(x, "introduced-by")
    states = {"country/china", "country/russian-federation"}
    assert {o for s, p, o in found if s == "un/cd/1839" and p == "acta:introducedBy"} == states
    assert {o for s, p, o in found if s == "un/cd/1985" and p == "acta:submittedBy"} == states
    assert ("un/cd/1839", "acta:adoptionDate", Lit("2008", "xsd:gYear")) in found
    assert ("un/cd/1985", "acta:adoptionDate", Lit("2014", "xsd:gYear")) in found
    assert [o.value for s, p, o in found if s == "un/cd/1985" and p == "dcterms:title"] == [
        "Updated version of the draft treaty on the prevention of the placement of weapons in outer space and of the "
        "threat or use of force against outer space objects"]


def test_a_statement_by_an_officer_with_no_note_is_a_text_of_its_own(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md (two preambular clauses, the first cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/7",
        "Having received the report of the International Atomic Energy Agency to the General Assembly for 2024,",
        "Taking note of the statement by the Director General of the Agency, in which he provided additional "
        "information on the main developments in the activities of the Agency during 2025,")
    got = {(c.subject, c.predicate, c.object) for c in x.claims}
    statement = "un/iaea/director-general/statement"
    assert ("un/a/res/80/7", "acta:takesNoteOf", statement) in got
    assert (statement, "acta:producedBy", "un/iaea/director-general") in got
    assert x.registry.get(statement).label.startswith("Statement by the Director General of the International Atomic")


def test_a_years_proposal_of_an_officer_is_a_text_of_its_own_of_that_year(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/33",
        "Recalling the 2008 five-point proposal for nuclear disarmament of the Secretary-General, in which he "
        "proposed, inter alia, the consideration of negotiations on a nuclear weapons convention,")
    proposal = "un/secretary-general/five-point-proposal-for-nuclear-disarmament"
    got = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert {("un/a/res/80/33", "acta:recalls", proposal), (proposal, "acta:producedBy", "un/secretary-general"),
            (proposal, "acta:adoptionDate", Lit("2008", "xsd:gYear"))} <= got
    assert x.registry.get(proposal).label == "Five-point proposal for nuclear disarmament"


def test_a_text_a_body_issued_as_a_document_is_its_own_and_no_report(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_16.md (a preambular clause and para. 1, cut): the working group issued
    # the compendium, named by what it is; "the final report of the open-ended working group" later is not it
    x = extract_resolution(
        tmp_path, "A/RES/80/16",
        "Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting that the "
        "open-ended working group on security of and in the use of information and communications technologies "
        "established pursuant to resolution 75/240 held its organizational session,",
        "Recalling further that, at its eleventh substantive session, on 11 July 2025, the open-ended working group "
        "considered its final report, decided to include in its report the outcome of the substantive discussions of "
        "the working group as contained in the annex to document A/80/257, and subsequently issued a compendium of "
        "statements in explanation of position on the adoption of the final report as document "
        "A/AC.292/2025/INF/5/Rev.1,",
        "1. Decides to endorse the final report of the open-ended working group;")
    compendium = "un/a/ac.292/2025/inf/5/rev.1"
    group = "un/a/res/75/240/open-ended-working-group"
    assert rule_triples(x, "issued-as") == {
        (compendium, "acta:producedBy", group),
        (compendium, "dcterms:title",
         Lit("Compendium of statements in explanation of position on the adoption of the final report"))}
    assert not [c for c in x.claims if c.object == compendium and c.predicate == "acta:endorses"]
