"""graph/clauses.py: the anatomy of a UN General Assembly resolution, on clauses copied from the corpus.

Each document is written with the front matter `symbol: A/RES/80/NN` that the corpus files carry, so that
the rules know which instrument speaks.
"""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_resolution, rule_triples

from graph.clauses import verb_property
from graph.extract import Extraction, Lit, extract
from graph.text import read_document

# /work/shared/corpus/un-ga-80/A_RES_80_66.md (heading block and closing line)
HEADING_66 = """Resolution adopted by the General Assembly on 1 December 2025

[on the report of the First Committee (A/80/534, para. 7)]

80/66. Report of the Disarmament Commission

The General Assembly,

Emphasizing once again the important place of the Disarmament Commission within the United Nations multilateral disarmament machinery,

52nd plenary meeting 1 December 2025
"""

# /work/shared/corpus/un-ga-80/A_RES_80_66.md (the first "Recalling" clause, shortened in the middle of its list)
RECALLING_66 = """The General Assembly,

Recalling its resolutions 47/54 A of 9 December 1992, 47/54 G of 8 April 1993,
48/77 A of 16 December 1993, 78/62 of 4 December 2023 and 79/72 of 2 December 2024, and its decisions 74/511 of 12 December 2019, 74/546 of 2 April 2020, 75/519 A of 7 December 2020, 75/519 B of 25 March 2021 and 76/518 of 6 December 2021,
"""

# /work/shared/corpus/un-ga-80/A_RES_80_38.md (preamble and footnote 4)
FOOTNOTE_38 = """The General Assembly,

Taking note of the report of the Secretary-General,4 which contains an overview of recent developments in the illicit trade in and circulation of small arms and light weapons, as well as the activities carried out by the United Nations,

[^4]: A/80/111.
"""

# /work/shared/corpus/un-ga-80/A_RES_80_63.md
RESPECTIVELY_63 = """The General Assembly,

Bearing in mind resolutions 1196 (1998) and 1197 (1998), adopted by the Security Council on 16 and 18 September 1998, respectively, following its consideration of the report of the Secretary-General on the causes of conflict and the promotion of durable peace and sustainable development in Africa, 3
"""

# /work/shared/corpus/un-ga-80/A_RES_80_66.md, operative paragraph 10
REQUESTS_66 = """The General Assembly,

10. Requests the Secretary-General to ensure full provision to the Disarmament Commission and its subsidiary bodies of interpretation and translation facilities in the official languages and to assign, as a matter of priority, all the resources and services necessary, including verbatim records, to that end, and also requests the Secretary-General to transmit to the Commission the annual report of the Conference on Disarmament on its 2025 session,4 together with all the official records of the eightieth session of the General Assembly relating to disarmament matters, and to render all assistance that the Commission may require for implementing the present resolution;
"""

# /work/shared/corpus/un-ga-80/A_RES_80_63.md, operative paragraphs 26 and 35, footnote 12
PARA_26_63 = ("26. Requests the United Nations Regional Office for Central Africa, in collaboration with the United "
              "Nations Regional Centre for Peace and Disarmament in Africa, to facilitate the efforts undertaken by "
              "the States members of the Standing Advisory Committee, in particular for their execution of the "
              "Implementation Plan for the Kinshasa Convention;12")
PARA_35_63 = ("35. Expresses its satisfaction to the Secretary-General for his support for the activities of the "
              "Standing Advisory Committee, and requests him to continue to provide the assistance needed to ensure "
              "the success of its regular meetings;")
NOTE_12_63 = "[^12]: See A/65/717-S/2011/53, annex."
# /work/shared/corpus/un-ga-80/A_RES_80_38.md, operative paragraph 36
PARA_36_38 = ("36. Requests the Secretary-General to report to the General Assembly at its eighty-first session on the "
              "implementation of the present resolution;")


# /work/shared/corpus/un-ga-80/A_RES_80_25.md (preamble) with its footnote 4
PURSUANT_25 = """The General Assembly,

Taking note of the report of the Secretary-General submitted pursuant to resolution 79/43,4

[^4]: A/80/125.
"""


def build(tmp_path: Path, body: str, symbol: str) -> Extraction:
    path = tmp_path / (symbol.replace("/", "_") + ".md")
    path.write_text(f"---\nsymbol: {symbol}\n---\n\n{body}", encoding="utf-8")
    return extract(read_document(path))


def triples(x: Extraction, rule: str | None = None) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims if rule is None or c.rule == rule}


def objects(x: Extraction, subject: str, predicate: str) -> list[object]:
    return [c.object for c in x.claims if c.subject == subject and c.predicate == predicate]


def requests_in(x: Extraction) -> list[tuple[str, str, str, str]]:
    """(requesting instrument, addressee, verb, action) of every request node."""
    out = []
    for e in x.registry:
        if e.kind == "request":
            (res,) = set(objects(x, e.key, "acta:requestedIn"))  # (a list's lead and its item both say it)
            (addr,) = objects(x, e.key, "acta:addressee")
            (verb,) = objects(x, e.key, "acta:requestVerb")
            (action,) = objects(x, e.key, "acta:action")
            out.append((res, addr, verb.value, action.value))
    return out


def requests(x: Extraction) -> list[tuple[str, str, str]]:
    """(addressee, verb, action) of every request node."""
    return [(addr, verb, action) for _, addr, verb, action in requests_in(x)]


ME_66 = "un/a/res/80/66"


def test_recalling_resolutions_and_decisions_each_with_its_own_date(tmp_path: Path) -> None:
    x = build(tmp_path, RECALLING_66, "A/RES/80/66")
    expected = {
        "un/a/res/47/54/a": "1992-12-09", "un/a/res/47/54/g": "1993-04-08", "un/a/res/48/77/a": "1993-12-16",
        "un/a/res/78/62": "2023-12-04", "un/a/res/79/72": "2024-12-02",
        "un/a/dec/74/511": "2019-12-12", "un/a/dec/74/546": "2020-04-02", "un/a/dec/75/519/a": "2020-12-07",
        "un/a/dec/75/519/b": "2021-03-25", "un/a/dec/76/518": "2021-12-06",
    }
    recalled = {c.object for c in x.claims if c.subject == ME_66 and c.predicate == "acta:recalls"}
    assert recalled == set(expected)
    for key, date in expected.items():
        assert objects(x, key, "acta:adoptionDate") == [Lit(date, "xsd:date")], key
        assert x.registry.get(key).kind == ("decision" if "/dec/" in key else "resolution")
    assert x.registry.get("un/a/dec/75/519/b").label == "A/DEC/75/519 B"


# /work/shared/corpus/un-ga-80/A_RES_80_18.md: "adopted in previous years" says when, not where it was adopted
PREVIOUS_YEARS_18 = ("Recalling its relevant resolutions adopted in previous years, in particular resolutions 45/54 of "
                     "4 December 1990, 46/32 of 6 December 1991 and 79/17 of 2 December 2024,\n\n"
                     "Recalling also the Declaration of the 1980s as the Second Disarmament Decade, adopted in its "
                     "resolution 35/46 of 3 December 1980,\n")


def test_resolutions_adopted_in_previous_years_are_each_recalled(tmp_path: Path) -> None:
    x = build(tmp_path, PREVIOUS_YEARS_18, "A/RES/80/18")
    recalled = set(objects(x, "un/a/res/80/18", "acta:recalls"))
    assert {"un/a/res/45/54", "un/a/res/46/32", "un/a/res/79/17"} <= recalled
    assert "instrument/declaration-of-the-1980s-as-the-second-disarmament-decade" in recalled
    assert "un/a/res/35/46" not in recalled  # "adopted in" a text is still a link another rule reads


def test_without_the_footnote_definition_the_glued_number_cites_nothing(tmp_path: Path) -> None:
    x = build(tmp_path, FOOTNOTE_38.replace("[^4]: A/80/111.\n", ""), "A/RES/80/38")
    assert not [c for c in x.claims if c.predicate == "acta:takesNoteOf"]


def test_two_security_council_resolutions_adopted_on_two_dates_respectively(tmp_path: Path) -> None:
    x = build(tmp_path, RESPECTIVELY_63, "A/RES/80/63")
    respectively = triples(x, "respectively")
    assert ("un/s/res/1196", "acta:adoptionDate", Lit("1998-09-16", "xsd:date")) in respectively
    assert ("un/s/res/1197", "acta:adoptionDate", Lit("1998-09-18", "xsd:date")) in respectively
    assert ("un/s/res/1196", "acta:adoptedBy", "un/security-council") in respectively
    assert ("un/s/res/1197", "acta:adoptedBy", "un/security-council") in respectively
    # 1196 was not adopted on the 18th
    assert Lit("1998-09-18", "xsd:date") not in objects(x, "un/s/res/1196", "acta:adoptionDate")
    cited = {c.object for c in x.claims if c.subject == "un/a/res/80/63" and c.predicate == "acta:bearsInMind"}
    assert cited == {"un/s/res/1196", "un/s/res/1197"}


# A/RES/80/43, a preambular paragraph
ITS_REPORT_43 = """The General Assembly,

Welcoming the successful convening of the Preparatory Meeting of States on the Global Framework for Through-life Conventional Ammunition Management, held from 23 to 27 June 2025 pursuant to resolution 79/54, and its report contained in document A/AC.299/2025/PM/1, and the recommendations contained therein,
"""


def test_its_report_contained_in_a_document_is_the_meetings_and_is_what_the_clause_welcomes(tmp_path: Path) -> None:
    x = build(tmp_path, ITS_REPORT_43, "A/RES/80/43")
    report = "un/a/ac.299/2025/pm/1"
    meeting = "meeting/preparatory-meeting-of-states-on-the-global-framework-for-through-life-conventional-ammunition-management"
    assert (report, "acta:producedBy", meeting) in triples(x, "its-report")
    assert ("un/a/res/80/43", "acta:welcomes", report) in triples(x, "citing-clause")
    assert ("un/a/res/80/43", "acta:welcomes", "un/a/res/79/54") not in triples(x)  # held pursuant to it


def test_recommendations_contained_in_a_document_are_not_the_document(tmp_path: Path) -> None:
    body = ("The General Assembly,\n\nWelcoming the recommendations contained in document A/AC.299/2025/PM/1,\n")
    x = build(tmp_path, body, "A/RES/80/43")
    assert not [c for c in x.claims if c.rule == "citing-clause" and c.object == "un/a/ac.299/2025/pm/1"]


@pytest.mark.parametrize("clause, symbol, target", [
    # inside any clause, whatever its verb
    ("32. Urges the States members of the Standing Advisory Committee, in accordance with Security Council "
     "resolution 1325 (2000) of 31 October 2000, to strengthen the gender component of the meetings of the Committee;",
     "A/RES/80/63", "un/s/res/1325"),
    # the second of two things it acts in accordance with
    ("7. Requests the Conference on Disarmament to continue its work in accordance with its rules of procedure, as "
     "set out in its annual report, and with paragraph 2 of Assembly resolution 50/70 K of 12 December 1995;",
     "A/RES/81/20", "un/a/res/50/70/k"),
])
def test_in_accordance_with(tmp_path: Path, clause: str, symbol: str, target: str) -> None:
    x = build(tmp_path, f"The General Assembly,\n\n{clause}\n", symbol)
    me = "un/" + symbol.lower()
    assert (me, "acta:inAccordanceWith", target) in triples(x, "in-accordance-with")


def test_according_to_a_text_is_its_own_kind_of_in_accordance_with(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_43.md paragraph 11; A_RES_80_6.md paragraph 13 (cut): "according to which"
    x = build(tmp_path, "The General Assembly,\n\n11. Invites relevant regional and subregional organizations to "
                        "maintain regional and subregional rosters of experts validated according to the International "
                        "Ammunition Technical Guidelines, as appropriate;\n\n13. Recalls article 3 of the Relationship "
                        "Agreement, according to which the United Nations and the Court shall cooperate closely;\n",
              "A/RES/80/43")
    assert {(p, o) for s, p, o in triples(x, "in-accordance-with")} == {
        ("acta:accordingTo", "instrument/international-ammunition-technical-guidelines")}


def test_in_conformity_with_a_text_is_its_own_link_not_what_the_verb_cites(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md (a preambular clause, cut)
    x = build(tmp_path, "The General Assembly,\n\nReaffirming the inalienable right of all the Parties to develop "
                        "research, production and use of nuclear energy for peaceful purposes without discrimination "
                        "and in conformity with the Treaty on the Non-Proliferation of Nuclear Weapons,\n",
              "A/RES/80/47")
    npt = "instrument/treaty-on-the-non-proliferation-of-nuclear-weapons"
    assert {(p, o) for s, p, o in triples(x) if s == "un/a/res/80/47" and o == npt} == {("acta:inConformityWith", npt)}


def test_a_note_after_in_accordance_with_its_rules_of_procedure_is_named_so(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md (a preambular clause, cut) and its note
    x = build(tmp_path, "The General Assembly,\n\nReaffirming the importance of participation of States not members "
                        "of the Conference in the work of the Conference on Disarmament, in accordance with its rules "
                        "of procedure,2 and noting with regret,\n\n9. Decides in accordance with its mandate,3 to "
                        "continue;\n\n[^2]: CD/8/Rev.10, paras. 18 and 32–36.\n\n[^3]: A/80/27.\n", "A/RES/80/65")
    assert ("un/a/res/80/65", "acta:inAccordanceWith", "un/cd/8/rev.10") in triples(x, "in-accordance-with")
    assert objects(x, "un/cd/8/rev.10", "dcterms:title") == [Lit("Rules of procedure")]
    assert objects(x, "un/a/80/27", "dcterms:title") == []  # its mandate is not what the document is


def test_in_accordance_with_a_bodys_text_of_a_year_is_its_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md (a preambular clause, cut) and its note
    x = build(tmp_path, "The General Assembly,\n\nReaffirming its conviction of the important role of nuclear-weapon-"
                        "free zones, established in accordance with the Disarmament Commission guidelines of 1999,2 in "
                        "strengthening the regime,\n\n[^2]: A/54/42.\n", "A/RES/80/47")
    assert ("un/a/res/80/47", "acta:inAccordanceWith", "un/a/54/42") in triples(x, "in-accordance-with")


def test_on_the_basis_of_and_in_accordance_with_each_of_a_list(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_28.md para. 4 (cut), A_RES_80_6.md (cut); A_RES_80_69.md (cut): a title's
    # "in accordance with the Charter of the United Nations" and the note that follows are the title's
    x = build(tmp_path, "The General Assembly,\n\n"
                        "4. Calls upon Member States to provide the Secretary-General, by 31 May annually, with the "
                        "requested data and information for the Register, on the basis of resolutions 46/36 L and "
                        "47/52 L and the recommendations contained in the respective reports;\n\n"
                        "5. Requests the Secretary-General to provide the necessary services and facilities in "
                        "accordance with the Relationship Agreement and resolution 58/318;\n\n"
                        "Reaffirming the provisions of the Declaration on Principles of International Law concerning "
                        "Friendly Relations and Cooperation among States in accordance with the Charter of the United "
                        "Nations, resolutions 2625 (XXV) and 2734 (XXV),\n", "A/RES/80/28")
    found = triples(x, "in-accordance-with")
    me = "un/a/res/80/28"
    assert {o for s, p, o in found if p == "acta:onTheBasisOf"} == {"un/a/res/46/36/l", "un/a/res/47/52/l"}
    assert (me, "acta:inAccordanceWith", "un/a/res/58/318") in found
    assert not [o for s, p, o in found if o in ("un/a/res/2625", "un/a/res/2734")]


def test_in_accordance_with_a_meetings_text_is_with_the_document_in_its_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_15.md para. 4 (cut) and its note; what follows a meeting's outcome
    x = build(tmp_path, "The General Assembly,\n\n"
                        "4. Encourages once again States Parties to review their interpretative declarations thereto, "
                        "in accordance with action 9 of the Final Document of the 2010 Review Conference of the Parties "
                        "to the Treaty on the Non-Proliferation of Nuclear Weapons,9 reaffirming the legitimate "
                        "interests of the States;\n\n"
                        "5. Decides to act in accordance with the outcome of the Fourth Review Conference of the "
                        "Parties and resolution 79/12;\n\n"
                        "[^9]: NPT/CONF.2010/50 (Vol. I).\n", "A/RES/80/15")
    found = {o for s, p, o in triples(x, "in-accordance-with") if p == "acta:inAccordanceWith"}
    assert found == {"un/npt/conf.2010/50/vol-i", "un/a/res/79/12"}


def test_what_a_recalled_resolution_did_in_which_it_is_its_own_citation(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_53.md (two preambular clauses, cut) and A_RES_80_66.md (cut)
    x = build(tmp_path, "The General Assembly,\n\n"
                        "Recalling its resolution 78/239 of 22 December 2023, in which it welcomed the report of the "
                        "Group of Governmental Experts to further consider nuclear disarmament verification issues,7 "
                        "and, inter alia, requested the Secretary-General to seek the views of Member States,\n\n"
                        "Recalling further its resolution 74/50 of 12 December 2019, in which it, inter alia, requested "
                        "the Secretary-General to establish a group of governmental experts, as well as the reports of "
                        "the aforementioned groups of governmental experts,6\n\n"
                        "Recalling in particular General Assembly resolution 45/62 B of 4 December 1990, in which it "
                        "noted with satisfaction the adoption by consensus of a set of “Ways and means”,[^2] Assembly "
                        "decision 52/492 of 8 September 1998 concerning the efficient functioning of the Commission,\n\n"
                        "[^2]: A/51/182/Rev.1.\n\n[^6]: A/74/90.\n\n[^7]: A/78/120.\n", "A/RES/80/53")
    found = {(s, p, o) for s, p, o in triples(x) if p.startswith("acta:") and p not in ("acta:requestedIn",
                                                                                          "acta:actionOn") and o in (
        "un/a/78/120", "un/a/74/90", "un/a/51/182/rev.1", "un/a/dec/52/492", "un/a/res/74/50")}
    assert found == {
        ("un/a/res/78/239", "acta:welcomes", "un/a/78/120"),       # what 78/239 did, not what 80/53 recalls
        ("un/a/res/80/53", "acta:recalls", "un/a/res/74/50"),
        ("un/a/res/80/53", "acta:recalls", "un/a/74/90"),          # after "in which it requested …" the outer verb
        ("un/a/res/45/62/b", "acta:notes", "un/a/51/182/rev.1"),
        ("un/a/res/80/53", "acta:recalls", "un/a/dec/52/492"),     # the outer list goes on after the note
    }


# A/RES/80/38, paragraph 6 and its footnote; A/RES/80/12, a report with a note and an earlier one
NOTE_AT_THE_END_38 = """The General Assembly,

6. Encourages States to implement the recommendations contained in the report of the Group of Governmental Experts established pursuant to resolution 60/81 of 8 December 2005 to consider further steps to enhance international cooperation in preventing, combating and eradicating illicit brokering in small arms and light weapons;7

[^7]: See A/62/163 and A/62/163/Corr.1.
"""
ANNUAL_REPORT_12 = """The General Assembly,

Recalling the report of the Secretary-General on ways and means to implement the guidelines,1

6. Takes note of the annual report of the Secretary-General;5

[^1]: A/54/298.

[^5]: A/80/225.
"""


# A/RES/80/53 (text from PDF): a report on a topic that names a body, then the reports of two years, each in its note
REPORTS_53 = """The General Assembly,

Recalling also its resolution 62/21 of 5 December 2007, in which it took note of the report of the Panel of Governmental Experts on verification in all its aspects, including the role of the United Nations in the field of verification, 2 as well as the reports of the Secretary-General of 1990 3  and 1995, 4  and the report of the Disarmament Commission outlining general principles,5

[^2]: A/61/1028.

[^3]: A/45/372 and A/45/372/Corr.1.

[^4]: A/50/377 and A/50/377/Corr.1.

[^5]: A/51/182/Rev.1.
"""


# A/RES/80/34 (text from PDF), paragraphs 3, 11 and 12 (items shortened): reports of three dates with their notes,
# some glued to the year; a lead that ends in a colon and the items it cites; a verb that cites nothing
LISTS_34 = """The General Assembly,

3. Notes with grave concern the reports of the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons of 18 November 2024,3 14 February 20254 and 20 June 20255 following technical assistance visits requested by Ukraine;

11. Recalls:

The report of the fact-finding mission of the Organisation for the Prohibition of Chemical Weapons of 28 June 2023,19 which concluded that information obtained and analysed by the fact-finding mission did not provide reasonable grounds;

12. Also recalls the adoption of:

Decision C-28/DEC.12 of the Conference of the States Parties, entitled “Addressing the threat from chemical weapons use and the threat of future use”, of 30 November 2023; and stresses the importance of their implementation, and, accordingly, expresses concern at the report of the Director General of the Organisation for the Prohibition of Chemical Weapons of 14 October 2020;22

13. Reiterates its grave concern that the Technical Secretariat, as reported by the Director General in his report of 24 September 2025,23 assessed the declaration;

[^3]: S/2338/2024.

[^4]: S/2370/2025.

[^5]: S/2415/2025.

[^19]: See S/2023/508, annex.

[^22]: EC-96/DG.1.

[^23]: EC-110/DG.15.
"""


def test_the_items_after_a_lead_that_ends_in_a_colon_are_cited_until_the_next_paragraph(tmp_path: Path) -> None:
    x = build(tmp_path, LISTS_34, "A/RES/80/34")
    recalled = {o for s, p, o in triples(x, "citing-clause") if p == "acta:recalls"}
    assert {"un/s/2023/508", "opcw/c/dec/28/12"} <= recalled
    assert "opcw/ec/110/dg.15" not in recalled  # paragraph 13 is no item of paragraph 12
    # "and, accordingly, expresses concern at the report …;22": the item's "stresses" does not reach note 22
    assert not [o for s, p, o in triples(x, "citing-clause") if o == "opcw/ec/96/dg.1"]


# A/RES/80/6 and A/RES/80/69: the note after an instrument one acts in accordance with is its text, unless the link
# is inside another text's title
ACCORDANCE_6_69 = """The General Assembly,

Expressing its appreciation to the Secretary-General for providing effective and efficient assistance to the International Criminal Court in accordance with the Relationship Agreement between the United Nations and the International Criminal Court,2

Reaffirming the commitment of all States to the provisions of the Declaration on Principles of International Law concerning Friendly Relations and Co-operation among States in accordance with the Charter of the United Nations,3

[^2]: A/58/874 and A/58/874/Add.1.

[^3]: Resolution 2625 (XXV), annex.
"""


def test_a_notes_marker_after_the_clauses_end_is_what_the_link_names(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_31.md para. 6 (cut) and A_RES_80_68.md para. 5 (d) (iv) (cut): the marker
    # after ";" is the note of the meeting's outcome the clause acts in accordance with, not what "Welcomes" governs;
    # in a list item that names a meeting, the link is the meeting's
    x = build(tmp_path, "The General Assembly,\n\n"
                        "6. Welcomes the steps taken towards the establishment of a nuclear-weapon-free zone in the "
                        "Middle East, in accordance with, inter alia, the outcome of the 1995 Review and Extension "
                        "Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;12\n\n"
                        "(d) To organize in 2025 the following Convention-related activities:\n\n"
                        "(iv) The Nineteenth Annual Conference of the High Contracting Parties to Protocol V, on 10 "
                        "November 2025, in accordance with the relevant decisions taken by the Eighteenth Annual "
                        "Conference of the High Contracting Parties to Protocol V;14\n\n"
                        "[^12]: See 1995 Review and Extension Conference of the Parties to the Treaty on the "
                        "Non-Proliferation of Nuclear Weapons, Final Document, Part I (NPT/CONF.1995/32 (Part I)), "
                        "annex.\n\n"
                        "[^14]: CCW/P.V/CONF/2024/5.\n", "A/RES/80/31")
    me = "un/a/res/80/31"
    linked = {(s, o) for s, p, o in triples(x) if p == "acta:inAccordanceWith"}
    assert (me, "un/npt/conf.1995/32/part-i") in linked
    assert not [o for s, p, o in triples(x) if s == me and p == "acta:welcomes"]
    conference = "series/annual-conference-of-the-high-contracting-parties-to-protocol-v/19"
    assert (conference, "un/ccw/p.v/conf/2024/5") in linked
    assert (me, "un/ccw/p.v/conf/2024/5") not in linked


def test_in_accordance_with_an_instrument_and_its_note(tmp_path: Path) -> None:
    x = build(tmp_path, ACCORDANCE_6_69, "A/RES/80/6")
    found = {o for s, p, o in triples(x, "in-accordance-with") if p == "acta:inAccordanceWith"}
    assert {"un/a/58/874", "un/a/58/874/add.1"} <= found
    assert "un/a/res/2625" not in found  # the Declaration's note, not the Charter's


def test_a_meeting_the_citing_verb_governs_is_cited(tmp_path: Path) -> None:
    """A/RES/80/41 and 80/49: "the holding of", "the convening of" a meeting; not one named later in the clause."""
    x = build(tmp_path, "The General Assembly,\n\nRecalling further the holding of the Nuclear Security Summit on 12 and "
                        "13 April 2010 in Washington, D.C.,\n\nWelcoming the convening of the high-level meeting of the "
                        "General Assembly on nuclear disarmament, on 26 September 2013, and recognizing its contribution "
                        "to the Fourth Review Conference,\n", "A/RES/80/49")
    cited = {(p, o) for s, p, o in triples(x, "citing-clause")}
    assert ("acta:recalls", "meeting/nuclear-security-summit") in cited
    y = build(tmp_path, "The General Assembly,\n\nWelcoming also the results of the Twenty-sixth Annual Conference of "
                        "the High Contracting Parties to Amended Protocol II, held in Geneva on 12 November 2024,\n",
              "A/RES/80/68")  # A/RES/80/68
    assert {o for s, p, o in triples(y, "citing-clause") if p == "acta:welcomes"} == {
        "series/annual-conference-of-the-high-contracting-parties-to-amended-protocol-ii/26"}
    assert ("acta:welcomes", "un/general-assembly/high-level-meeting/2013") in cited
    assert not [o for p, o in cited if "review-conference" in o]


def test_a_preambular_verb_without_a_symbol_cites_nothing(tmp_path: Path) -> None:
    x = build(tmp_path, HEADING_66, "A/RES/80/66")
    assert not [c for c in x.claims if c.rule == "citing-clause"]


def test_pursuant_to_inside_a_clause_is_not_the_clause_citation(tmp_path: Path) -> None:
    x = build(tmp_path, PURSUANT_25, "A/RES/80/25")
    me = "un/a/res/80/25"
    cited = {(c.predicate, c.object) for c in x.claims if c.subject == me and c.rule == "citing-clause"}
    assert cited == {("acta:takesNoteOf", "un/a/80/125")}
    assert "un/a/res/79/43" in {e.key for e in x.registry}


# /work/shared/corpus/un-ga-80/A_RES_80_63.md (a preambular paragraph, its note) and A_RES_80_28.md (cut)
TOPIC_63 = """The General Assembly,

Bearing in mind resolutions 1196 (1998) and 1197 (1998), adopted by the Security Council on 16 and 18 September 1998, respectively, following its consideration of the report of the Secretary-General on the causes of conflict and the promotion of durable peace and sustainable development in Africa, 3

Taking note of the reports of the Secretary-General on the Register, which include the returns of Member States for 2021,1 2022,2

[^1]: A/77/130.

[^2]: A/78/165.

[^3]: A/52/871-S/1998/318.
"""


@pytest.mark.parametrize("verb, prop", [
    ("Stressing", "acta:stresses"), ("Stresses", "acta:stresses"), ("Underlining", "acta:underlines"),
    ("Underlines", "acta:underlines"), ("Emphasizing", "acta:emphasizes"), ("Emphasizes", "acta:emphasizes"),
    # A_RES_80_17.md "Having examined the report of the Secretary-General …,2"
    ("Having examined", "acta:examines"), ("Having reviewed", "acta:reviews"), ("Having considered", "acta:considers"),
])
def test_the_citing_verb_is_the_texts_own(verb: str, prop: str) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md "Stressing …", A_RES_80_21.md "Underlines the importance of …"
    assert verb_property(verb) == prop


def test_stressing_and_underlining_are_kinds_of_emphasizing() -> None:
    import pyoxigraph as ox

    from graph.resources import ontology_file
    onto = ox.Store()
    onto.load(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)
    answer = onto.query("PREFIX acta: <https://w3id.org/acta/ontology#> PREFIX rdfs: "
                        "<http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?p rdfs:subPropertyOf+ acta:cites ; "
                        "rdfs:subPropertyOf acta:emphasizes ; rdfs:label ?l } ORDER BY ?l")
    assert [s["l"].value for s in answer] == ["highlights", "stresses", "underlines", "underscores"]


# /work/shared/corpus/un-ga-80/A_RES_80_12.md, paragraphs 7 and 8: the list's first two letters are lost
REQUEST_LIST_12 = """7. Requests the Secretary-General, within available resources:

To continue the practice of sending an annual note verbale to Member States;

To circulate annually a note verbale to Member States detailing which reports were submitted;

(f) To encourage the United Nations regional centres for peace and disarmament to assist Member States;

(h) To report on experiences gained during such symposiums and training seminars;

8. Notes the report of the Secretary-General;
"""


# /work/shared/corpus/un-ga-80/A_RES_80_58.md (preamble) with its footnote 3
AS_WELL_AS_58 = """The General Assembly,

Acknowledging the urgent need to address the challenges raised by emerging technologies, and welcoming the progress made in these discussions, as well as taking note of the report of the Secretary-General on lethal autonomous weapons systems,3 as well as the need to ensure complementarity,

[^3]: A/79/88.
"""


def test_as_well_as_taking_note_of_is_the_verb_of_what_follows_it(tmp_path: Path) -> None:
    x = build(tmp_path, AS_WELL_AS_58, "A/RES/80/58")
    assert objects(x, "un/a/res/80/58", "acta:takesNoteOf") == ["un/a/79/88"]
    assert objects(x, "un/a/res/80/58", "acta:welcomes") == []


def test_a_cited_resolution_adopted_on_a_date(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md
    x = build(tmp_path, "The General Assembly,\n\nTaking note of the relevant resolutions adopted by the General "
                        "Conference of the International Atomic Energy Agency, the latest of which is resolution "
                        "GC(69)/RES/15, adopted on 18 September 2025,\n", "A/RES/80/67")
    assert objects(x, "iaea/gc/69/res/15", "acta:adoptionDate") == [Lit("2025-09-18", "xsd:date")]
    assert objects(x, "iaea/gc/69/res/15", "acta:adoptedBy") == ["un/iaea/general-conference"]
    assert objects(x, "un/a/res/80/67", "acta:takesNoteOf") == ["iaea/gc/69/res/15"]


def test_in_line_with_is_its_own_link_not_the_verbs_object(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md
    clause = ("Welcoming the efforts to strengthen cooperation, and encouraging the convening of the fourth Conference "
              "in line with its resolution 73/71 of 5 December 2018,")
    x = build(tmp_path, f"The General Assembly,\n\n{clause}\n", "A/RES/80/47")
    assert ("un/a/res/80/47", "acta:inLineWith", "un/a/res/73/71") in triples(x)
    assert ("un/a/res/80/47", "acta:welcomes", "un/a/res/73/71") not in triples(x)


def test_not_in_accordance_with_cites_nothing(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md, annex: a measure the text rejects is no link of the resolution
    clause = ("Urges States to refrain from applying measures not in accordance with international law and the Charter "
              "of the United Nations,")
    x = build(tmp_path, f"The General Assembly,\n\n{clause}\n", "A/RES/80/5")
    assert not [t for t in triples(x) if t[1] == "acta:inAccordanceWith"]


def test_a_date_after_a_list_of_symbols_or_after_the_body_and_title_dates_each_decision(tmp_path: Path) -> None:
    """A/RES/80/34: "decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019"; "decision EC-110/DEC.1 of the
    Executive Council, entitled “…”, of 8 October 2025"."""
    text = ("Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States "
            "Parties at its twenty-fourth session,\n\n10. Welcomes decision EC-110/DEC.1 of the Executive Council, "
            "entitled “Expedited on-site Destruction of any remnants of chemical weapons in the Syrian Arab Republic”, "
            "of 8 October 2025;\n")
    x = build(tmp_path, text, "A/RES/80/34")
    for key, day in (("opcw/c/dec/24/4", "2019-11-27"), ("opcw/c/dec/24/5", "2019-11-27"),
                     ("opcw/ec/dec/110/1", "2025-10-08")):
        assert set(objects(x, key, "acta:adoptionDate")) == {Lit(day, "xsd:date")}, key
    # the symbol names the organ and its session; the words after "entitled" the title
    assert objects(x, "opcw/c/dec/24/4", "acta:adoptedBy") == ["un/opcw/conference-of-the-states-parties"]
    session = objects(x, "opcw/c/dec/24/4", "acta:adoptedAt")[0]
    assert x.registry.get(session).label == ("twenty-fourth session of the Conference of the States Parties to the "
                                             "Chemical Weapons Convention")
    assert objects(x, "opcw/ec/dec/110/1", "acta:adoptedBy") == ["un/opcw/executive-council"]
    assert objects(x, "opcw/ec/dec/110/1", "dcterms:title") == [
        Lit("Expedited on-site Destruction of any remnants of chemical weapons in the Syrian Arab Republic")]
    assert ("un/a/res/80/34", "acta:welcomes", "opcw/ec/dec/110/1") in triples(x, "citing-clause")


def test_the_adoption_of_a_resolution_on_a_day_dates_it(tmp_path: Path) -> None:
    text = ("Reaffirming, in the context of the twenty-fifth anniversary of the adoption of Security Council resolution "
            "1325 (2000) on 31 October 2000, the important role of women in peacebuilding,\n")
    x = build(tmp_path, text, "A/RES/80/11")
    assert objects(x, "un/s/res/1325", "acta:adoptionDate")[-1] == Lit("2000-10-31", "xsd:date")


def test_a_declarations_first_person_cites_and_requests(tmp_path: Path) -> None:
    """A/RES/80/9's annexed Political Declaration: "We recall and reaffirm …", "We request the Secretary-General …"."""
    text = ("Annex\n\n2025 Political Declaration\n\n"
            "2. We recall and reaffirm our commitments to resolution 70/1,\n\n"
            "3. We also welcome the actions contained in resolution 79/1 entitled “The Pact for the Future”.\n\n"
            "9. We request the Secretary-General to inform Member States thereof through existing reporting channels.\n")
    x = build(tmp_path, text, "A/RES/80/9")
    # two verbs joined by "and" both cite what follows them, as in "Recalls and reaffirms …"
    assert {("un/a/res/80/9", "acta:reaffirms", "un/a/res/70/1"), ("un/a/res/80/9", "acta:recalls", "un/a/res/70/1"),
            ("un/a/res/80/9", "acta:welcomes", "instrument/pact-for-the-future")} <= triples(x, "citing-clause")
    assert requests(x) == [("un/secretary-general", "request", "inform Member States thereof through existing "
                                                              "reporting channels")]


def test_more_citing_verbs_where_a_clause_starts_and_a_declarations_commitments(tmp_path: Path) -> None:
    body = ("The General Assembly,\n\n"
            # /work/shared/corpus/un-ga-80/A_RES_80_46.md, A_RES_80_57.md (preambular clauses, cut)
            "Highlighting the contribution of the Arms Trade Treaty to the 2030 Agenda for Sustainable Development,\n\n"
            "Affirming that the Charter of the United Nations applies,\n\n"
            # A_RES_80_39.md: what the statement it recalls affirms is not the resolution's verb
            "Recalling the statement by the New Agenda Coalition issued on 25 January 2022,4 affirming that “a "
            "nuclear war cannot be won”, and the Treaty on the Non-Proliferation of Nuclear Weapons,\n\n"
            # A_RES_80_5.md, paragraphs 6 and 7 of the declaration it adopts (cut)
            "6. We recommit to the Copenhagen Declaration and Programme of Action, as they remain relevant and valid;\n\n"
            "7. We reaffirm the full, timely and effective implementation of the 2030 Agenda and the realization of "
            "the Sustainable Development Goals.\n\n"
            "[^4]: CD/2226, annex.\n")
    x = build(tmp_path, body, "A/RES/80/39")
    cited = {(p, o) for s, p, o in triples(x, "citing-clause") if s == "un/a/res/80/39"}
    assert {("acta:highlights", "instrument/arms-trade-treaty"),
            ("acta:highlights", "instrument/2030-agenda-for-sustainable-development"),
            ("acta:affirms", "instrument/charter-of-the-united-nations"),
            ("acta:recalls", "un/cd/2226"),
            ("acta:recalls", "instrument/treaty-on-the-non-proliferation-of-nuclear-weapons"),
            ("acta:recommitsTo", "instrument/copenhagen-declaration-and-programme-of-action"),
            # ("the 2030 Agenda" after "the 2030 Agenda for Sustainable Development" is that text: graph/treaties.py)
            ("acta:reaffirms", "instrument/2030-agenda-for-sustainable-development")} <= cited
    assert ("acta:affirms", "instrument/treaty-on-the-non-proliferation-of-nuclear-weapons") not in cited
    assert verb_property("We are committed to") is None and verb_property("are committed to") == "acta:commitsTo"


def test_a_citing_verb_after_and_in_this_regard_starts_its_own_span(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_57.md, a preambular clause: the two resolutions are taken note of
    x = build(tmp_path, "The General Assembly,\n\nMindful of the importance of addressing artificial intelligence in "
              "the military domain, and in this regard taking note of General Assembly resolution 79/239 of "
              "24 December 2024 and Human Rights Council resolution 51/22 of 7 October 2022,\n", "A/RES/80/57")
    me = "un/a/res/80/57"
    assert sorted(objects(x, me, "acta:takesNoteOf")) == ["un/a/hrc/res/51/22", "un/a/res/79/239"]
    assert objects(x, me, "acta:isMindfulOf") == []


# /work/shared/corpus/un-ga-80/A_RES_80_59.md (shortened): a clause a page break cut, the page's notes, and its rest,
# which the converter began as a note "[^1653]:", glued to the next preambular clauses
CUT_BEFORE_NOTES_59 = """The General Assembly,

Reaffirming that any use of nuclear weapons would be a violation of the Charter of the United Nations, as declared in its resolutions

---

[^1]: A/51/218, annex.

[^1653]: (XVI) of 24 November 1961, 33/71 B of 14 December 1978 and 36/92 I of 9 December 1981, Recognizing that a legally binding prohibition would be an important step, Noting with regret that the Conference on Disarmament was unable to undertake negotiations as called for in General Assembly resolution 79/64 of 2 December 2024,
"""


def test_the_rest_of_a_clause_cut_before_the_page_s_notes_is_cited_by_its_verb(tmp_path: Path) -> None:
    x = build(tmp_path, CUT_BEFORE_NOTES_59, "A/RES/80/59")
    me = "un/a/res/80/59"
    assert {"un/a/res/1653", "un/a/res/33/71/b", "un/a/res/36/92/i"} <= set(objects(x, me, "acta:reaffirms"))
    assert objects(x, me, "acta:notes") == ["un/a/res/79/64"]
    assert "un/a/51/218" not in objects(x, me, "acta:reaffirms")  # the note belongs to a marker, not to the cut


def test_we_in_apposition_and_a_verb_after_a_note_marker_cite(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, the annexed declaration's first paragraph (shortened)
    x = build(tmp_path, "The General Assembly,\n\n1. We, the States Members of the United Nations, welcome the fifteenth "
              "anniversary of the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons,1 "
              "reaffirm our commitments made therein, as well as in the previously adopted Political Declarations of "
              "20172 and 2021,3 and evince our strong political will;\n\n[^1]: Resolution 64/293.\n\n"
              "[^2]: Resolution 72/1.\n\n[^3]: Resolution 76/7, annex.\n", "A/RES/80/9")
    me = "un/a/res/80/9"
    assert "un/a/res/64/293" in objects(x, me, "acta:welcomes")
    # "reaffirm our commitments made therein": in the Global Plan of Action welcomed before, and its resolution
    assert sorted(objects(x, me, "acta:reaffirms")) == [
        "instrument/united-nations-global-plan-of-action-to-combat-trafficking-in-persons", "un/a/res/64/293",
        "un/a/res/72/1", "un/a/res/76/7"]


def test_adopted_by_consensus_on_a_day_by_a_body(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md: the date before the body
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Recalling also resolution GC(45)/RES/10, adopted by consensus on 21 September 2001 by the General Conference "
        "of the International Atomic Energy Agency at its forty-fifth regular session, in which States shipping "
        "radioactive materials are invited to provide assurances,")
    assert ("iaea/gc/45/res/10", "acta:adoptionDate", Lit("2001-09-21", "xsd:date")) in triples(x, "adopted-by-on")
    assert ("iaea/gc/45/res/10", "acta:adoptedBy", "un/iaea/general-conference") in triples(x, "adopted-by-on")


def test_desirous_of_cites_the_text_it_wishes_to_promote(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md, with its note 6
    x = extract_resolution(
        tmp_path, "A/RES/80/26",
        "Desirous of promoting the implementation of paragraph 76 of the Final Document of the Tenth Special Session "
        "of the General Assembly, the first special session devoted to disarmament,6",
        "[^6]: Resolution S-10/2.")
    assert objects(x, "un/a/res/80/26", "acta:isDesirousOf") == [
        "instrument/final-document-of-the-tenth-special-session-of-the-general-assembly", "un/a/res/s-10/2"]


def test_cognizant_of_cites_the_text_it_names(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_41.md
    x = extract_resolution(
        tmp_path, "A/RES/80/41",
        "Cognizant of the steps taken by States to implement Security Council resolution 1540 (2004) of 28 April "
        "2004 on the non‑proliferation of weapons of mass destruction,")
    assert objects(x, "un/a/res/80/41", "acta:isCognizantOf") == ["un/s/res/1540"]


def test_a_clause_opened_by_no_citing_word_cites_with_the_verb_after_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_23.md: "Mindful that …, and in this regard taking note of resolution …"
    x = extract_resolution(
        tmp_path, "A/RES/80/23",
        "Mindful that States have started to increasingly integrate artificial intelligence into a broad array of "
        "applications in the military domain, and in this regard taking note of resolution 79/239 of 24 December 2024,",
        "Deeply concerned that resolution 79/62 has not been implemented,",
        # A_RES_80_20.md (cut): an adverb before the opening word
        "Seriously concerned about the possibility of an arms race in outer space, and bearing in mind the importance "
        "of articles III and IV of the Treaty on Principles Governing the Activities of States in the Exploration and "
        "Use of Outer Space,")
    assert objects(x, "un/a/res/80/23", "acta:takesNoteOf") == ["un/a/res/79/239"]
    # what the opening words say of a text is no citation
    assert not [c for c in x.claims if c.subject == "un/a/res/80/23" and c.object == "un/a/res/79/62"]
    assert objects(x, "un/a/res/80/23", "acta:bearsInMind") == [
        "instrument/treaty-on-principles-governing-the-activities-of-states-in-the-exploration-and-use-of-outer-space"]


def test_a_meeting_convened_in_accordance_with_resolutions_is_the_one_that_acts_so(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md para. 7: the meetings were convened in accordance with the
    # resolutions; the resolution welcoming them does not act in accordance with them
    x = extract_resolution(
        tmp_path, "A/RES/80/44",
        "7. Welcomes the joint ad hoc meetings of the First and Fourth Committees, held on 22 October 2015 and 12 "
        "October 2017, on possible challenges to space security and sustainability, convened in accordance with the "
        "report of the Group of Governmental Experts and its resolutions 69/38, 71/90, 73/91 of 7 December 2018 and "
        "78/52, and the substantive exchanges of opinions that took place during the meetings;")
    found = {(c.subject, c.object) for c in x.claims if c.rule == "meeting-in-accordance-with"}
    [meeting] = {s for s, _ in found}
    assert x.registry.get(meeting).kind == "meeting" and "joint-ad-hoc-meeting" in meeting
    assert {o for _, o in found} == {"un/a/res/69/38", "un/a/res/71/90", "un/a/res/73/91", "un/a/res/78/52"}
    assert objects(x, "un/a/res/80/44", "acta:inAccordanceWith") == []


def test_a_decision_to_endorse_a_report_as_contained_in_a_document_cites_that_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_16.md paragraph 1; a report "contained in" a document is that document
    x = build(tmp_path, "The General Assembly,\n\n1. Decides to endorse the final report of the open-ended working "
                        "group as contained in document A/80/257;\n\n2. Decides to take note of the recommendations "
                        "contained in document A/80/258;\n", "A/RES/80/16")
    assert ("un/a/res/80/16", "acta:endorses", "un/a/80/257") in triples(x, "citing-clause")
    # the recommendations are not the document they are in: another rule reads that link
    assert not [c for c in x.claims if c.rule == "citing-clause" and c.object == "un/a/80/258"]


def test_what_a_clause_says_as_resolutions_stated_it_cites_each_of_them(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md paragraph 11 (cut)
    x = build(tmp_path, "The General Assembly,\n\n11. Urges the Democratic People’s Republic of Korea to return at an "
                        "early date to the Treaty, and confirms that the Democratic People’s Republic of Korea cannot "
                        "and will never be recognized as a nuclear-weapon State, as stated in Security Council "
                        "resolutions 1718 (2006) of 14 October 2006 and 1874 (2009) of 12 June 2009;\n", "A/RES/80/48")
    assert {(s, o) for s, p, o in triples(x) if p == "acta:asStatedIn"} == {
        ("un/a/res/80/48", "un/s/res/1718"), ("un/a/res/80/48", "un/s/res/1874")}


def test_a_text_named_by_what_it_is_is_cited_by_the_clauses_verb(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md and A_RES_80_25.md (clauses, cut): texts with no symbol, no title
    # and no note, which rules after the citations find
    x = extract_resolution(
        tmp_path, "A/RES/80/39",
        "Recalling the joint statement on preventing nuclear war and avoiding arms races issued by China, France, "
        "the Russian Federation, the United Kingdom of Great Britain and Northern Ireland and the United States of "
        "America on 3 January 2022,",
        "Bearing in mind the importance of following up on the implementation of the action programme adopted on "
        "11 September 1987 at the International Conference on the Relationship between Disarmament and Development,",
        "Expressing concern at the action plan adopted at the 2010 Review Conference of the Parties to the Treaty "
        "on the Non-Proliferation of Nuclear Weapons,")
    cited = {(p, x.registry.get(o).label) for s, p, o in
             ((c.subject, c.predicate, c.object) for c in x.claims if c.rule == "citing-clause") if s == "un/a/res/80/39"}
    assert ("acta:recalls", "Joint statement on preventing nuclear war and avoiding arms races") in cited
    assert ("acta:bearsInMind", "Action programme") in cited
    assert not any(label == "Action plan" for _, label in cited)  # "expressing concern" cites nothing


def test_the_resolution_whose_annex_holds_a_recalled_text_is_recalled(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_18.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/18",
        "Recalling also paragraph 12 of the Declaration of the 1980s as the Second Disarmament Decade, contained in "
        "the annex to its resolution 35/46 of 3 December 1980, in which it is stated, inter alia, that all efforts "
        "should be exerted,",
        "Noting the recommendations contained in resolution 45/54,")
    cited = {(c.predicate, c.object) for c in x.claims if c.rule == "citing-clause"}
    assert ("acta:recalls", "un/a/res/35/46") in cited
    assert not any(o == "un/a/res/45/54" for _, o in cited)  # "the recommendations contained in …": another rule's


def test_in_line_with_a_resolution_as_well_as_decisions(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md (a preambular clause, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/47",
        "Encouraging the convening of the fourth Conference in 2026, in line with its resolution 73/71 of "
        "5 December 2018, as well as its decisions 74/549 of 13 April 2020 and 75/575 of 29 July 2021,")
    got = {o for c in x.claims if c.rule == "in-accordance-with" and c.predicate == "acta:inLineWith"
           for o in [c.object]}
    assert got == {"un/a/res/73/71", "un/a/dec/74/549", "un/a/dec/75/575"}


def test_a_finite_verb_mid_sentence_is_the_speakers_a_participle_is_the_cited_texts(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md para. 6 (cut) and A_RES_80_39.md (a preambular clause, cut)
    x = build(tmp_path, "The General Assembly,\n\nRecalling the statement by the New Agenda Coalition issued on 25 "
              "January 2022,4 affirming the Treaty on the Non-Proliferation of Nuclear Weapons,\n\n"
              "6. Emphasizes that the transparency of the management of civil plutonium must be maintained, "
              "underscores the importance of the implementation of the Guidelines for the Management of Plutonium "
              "(INFCIRC 549), and calls upon all States to fulfil those commitments;\n\n[^4]: CD/2226, annex.\n",
              "A/RES/80/48")
    cited = {(p, o) for s, p, o in triples(x, "citing-clause") if s == "un/a/res/80/48"}
    assert {("acta:underscores", "iaea/infcirc/549"),
            ("acta:underscores", "instrument/guidelines-for-the-management-of-plutonium")} <= cited
    assert not [o for p, o in cited if p == "acta:emphasizes"]
    assert ("acta:affirms", "instrument/treaty-on-the-non-proliferation-of-nuclear-weapons") not in cited



def test_an_operative_paragraph_asking_something_cites_with_a_verb_after_its_request(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_65.md paragraph 3 and A_RES_80_17.md paragraph 5 (cut)
    x = build(tmp_path, "The General Assembly,\n\n3. Calls upon the Conference on Disarmament to adopt a programme of "
              "work, bearing in mind resolution 79/66 of 2 December 2024;\n\n"
              "5. Requests the Secretary-General to continue to pursue consultations, taking into account resolution "
              "46/30;\n\n6. Requests the Secretary-General to submit a report on resolution 79/61;\n", "A/RES/80/65")
    me = "un/a/res/80/65"
    assert objects(x, me, "acta:bearsInMind") == ["un/a/res/79/66"]
    assert objects(x, me, "acta:takesIntoAccount") == ["un/a/res/46/30"]
    assert not [c for c in x.claims if c.subject == me and c.object == "un/a/res/79/61" and c.rule == "citing-clause"]


def test_proposals_as_contained_in_documents_of_a_body_are_the_notes_documents(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md (a preambular clause, cut)
    x = build(tmp_path, "The General Assembly,\n\nReaffirming the proposals submitted by the States members of the "
              "Conference on Disarmament that are members of the Group of 21, as contained in documents of the "
              "Conference,11\n\n[^11]: See CD/1999 and CD/2067.\n", "A/RES/80/24")
    assert sorted(objects(x, "un/a/res/80/24", "acta:reaffirms")) == ["un/cd/1999", "un/cd/2067"]


def test_continues_to_welcome_welcomes(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md paragraph 22 (cut)
    x = build(tmp_path, "The General Assembly,\n\n22. Continues to welcome the statement by the President of the "
              "Security Council of 12 February 2013,9 in which the Council reiterated its previous call;\n\n"
              "[^9]: S/PRST/2013/2.\n", "A/RES/80/6")
    assert objects(x, "un/a/res/80/6", "acta:welcomes") == ["un/s/prst/2013/2"]


def test_a_declarations_we_after_in_this_regard_cites_and_we_commit_to_leads_no_citing_list(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md paragraph 30 and A_RES_80_5.md paragraph 31 (cut)
    x = build(tmp_path, "The General Assembly,\n\nAdopts the following political declaration:\n\n"
              "30. In this regard, we recall the Guiding Principles on Business and Human Rights.15\n\n"
              "31. We reaffirm our commitment to social integration. In this regard, we commit to:\n\n"
              "Promoting a risk-informed approach according to the Sendai Framework for Disaster Risk Reduction "
              "2015–2030;16\n\n[^15]: A/HRC/17/31, annex.\n\n[^16]: Resolution 69/283, annex II.\n", "A/RES/80/9")
    cited = {(c.predicate, c.object) for c in x.claims if c.rule == "citing-clause"}
    assert ("acta:recalls", "un/a/hrc/17/31") in cited
    assert not [o for p, o in cited if p == "acta:commitsTo"]


def test_what_the_adopter_did_with_a_cited_document_is_the_documents(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_16.md paragraph 1 and A_RES_80_7.md (clauses, cut): endorsed, received,
    # noted by the Assembly; a recalled resolution's treatment is its own adopter's
    x = build(tmp_path, "The General Assembly,\n\nHaving received the report of the Agency,1\n\n"
              "Recalling its resolution 79/10 of 2 December 2024, in which it took note of the report of the "
              "Secretary-General,2\n\n1. Decides to endorse the final report of the open-ended working group as "
              "contained in document A/80/257;\n\n[^1]: A/80/348.\n\n[^2]: A/79/100.\n", "A/RES/80/16")
    done = {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == "having-considered"}
    assert done == {("un/a/80/348", "acta:receivedBy", "un/general-assembly"),
                    ("un/a/80/257", "acta:endorsedBy", "un/general-assembly"),
                    ("un/a/79/100", "acta:notedBy", "un/general-assembly")}


def test_what_a_welcomed_text_builds_on_is_its_citation_not_the_speakers(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md paragraph 10 and A_RES_80_3.md paragraph 2 (cut)
    x = build(tmp_path, "The General Assembly,\n\nAdopts the following declaration:\n\n"
              "10. We welcome the outcome document of the Fourth International Conference on Financing for "
              "Development, the Sevilla Commitment, 7 which renews the global financing for development framework, "
              "building on the Addis Ababa Action Agenda,8 and call for its timely and effective implementation.\n\n"
              "2. We welcome the Vienna Programme of Action adopted by the General Assembly on 24 December 2014,9 "
              "which builds on the progress achieved under the Almaty Programme of Action.10\n\n"
              "[^7]: Resolution 79/323, annex.\n\n[^8]: Resolution 69/313, annex.\n\n[^9]: Resolution 69/137, "
              "annex II.\n\n[^10]: A/CONF.202/3, annex I.\n", "A/RES/80/5")
    built = {(c.subject, c.object) for c in x.claims if c.predicate == "acta:buildsOn"}
    assert ("un/a/res/79/323", "un/a/res/69/313") in built
    assert ("instrument/vienna-programme-of-action", "un/a/conf.202/3") in built
    assert not [c for c in x.claims if c.predicate == "acta:welcomes" and c.object in ("un/a/res/69/313",
                                                                                         "un/a/conf.202/3")]


def test_any_operative_verb_may_open_a_clause_that_notes_with_grave_concern(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md paragraph 4 (cut): "Condemns" cites nothing, "notes with grave
    # concern" cites the note's document
    x = build(tmp_path, "The General Assembly,\n\n4. Condemns the use of a toxic chemical as a weapon, notes with grave "
              "concern the note by the Secretariat of 6 October 2020,1 and underlines the need for an investigation;\n\n"
              "[^1]: A/75/100.\n", "A/RES/80/34")
    assert objects(x, "un/a/res/80/34", "acta:notes") == ["un/a/75/100"]


def test_a_titled_text_contained_in_a_resolution_cites_the_resolution_too(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_13.md (a preambular clause, cut); "the recommendations contained in …" stays
    # another rule's (test_recommendations_contained_in_a_document_are_not_the_document)
    x = build(tmp_path, "The General Assembly,\n\nRecalling the Declaration of the Indian Ocean as a Zone of Peace, "
              "contained in its resolution 2832 (XXVI) of 16 December 1971,\n", "A/RES/80/13")
    me = "un/a/res/80/13"
    assert sorted(objects(x, me, "acta:recalls")) == [
        "instrument/declaration-of-the-indian-ocean-as-a-zone-of-peace", "un/a/res/2832"]


def test_a_clause_a_page_break_cut_inside_a_title_goes_on_in_title_case(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md (a preambular clause cut by a page break, shortened)
    x = build(tmp_path, "The General Assembly,\n\nRecalling also the decisions adopted at the 1995 Review and Extension "
              "Conference, and the Final\n\nDocuments of the 20001 and the 20102 Review Conferences of the Parties to "
              "the Treaty on the Non-Proliferation of Nuclear Weapons, and in particular the unequivocal undertaking,"
              "\n\n[^1]: NPT/CONF.2000/28.\n\n[^2]: NPT/CONF.2010/50.\n", "A/RES/80/39")
    assert {"un/npt/conf.2000/28", "un/npt/conf.2010/50"} <= set(objects(x, "un/a/res/80/39", "acta:recalls"))
    # a new paragraph in title case after an ended clause is no rest of it
    y = build(tmp_path, "The General Assembly,\n\nRecalling its resolution 79/1,\n\nTaking note of the report of the "
              "Secretary-General,1\n\n[^1]: A/80/111.\n", "A/RES/80/39")
    assert objects(y, "un/a/res/80/39", "acta:recalls") == ["un/a/res/79/1"]


def test_a_resolution_adopted_in_plenary_on_its_draft_and_a_report_it_received(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md, its heading and a preambular clause (cut)
    x = build(tmp_path, "Resolution adopted by the General Assembly on 25 November 2025\n\n[without reference to a "
              "Main Committee (A/80/L.7)]\n\n80/7. Report of the International Atomic Energy Agency\n\nThe General "
              "Assembly,\n\nHaving received the report of the International Atomic Energy Agency for 2024,1\n\n"
              "[^1]: See A/80/348.\n", "A/RES/80/7")
    me = "un/a/res/80/7"
    assert objects(x, me, "acta:onTheDraft") == ["un/a/80/l.7"]
    assert objects(x, me, "acta:receives") == ["un/a/80/348"]
    assert not objects(x, me, "acta:onTheReportOf")  # no committee reported on it


def test_what_a_meeting_did_in_a_that_clause_is_its_own_citation(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_32.md, a preambular clause (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/32",
        "Noting that the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala "
        "on 19 and 20 January 2024, welcomed the adoption by the General Assembly, without a vote, of resolution "
        "78/25 on the observance of environmental norms,")
    summit = "series/summit-of-heads-of-state-or-government-of-non-aligned-countries/19"
    assert (summit, "acta:welcomes", "un/a/res/78/25") in rule_triples(x, "in-which-it", "citing-clause")
    assert ("un/a/res/80/32", "acta:notes", "un/a/res/78/25") not in rule_triples(x, "citing-clause")


def test_what_its_resolution_did_said_in_that_it_did(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_15.md, a preambular clause (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/15",
        "Recalling also that, in its resolution 2286 (XXII) of 5 December 1967, it welcomed with special satisfaction "
        "the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean as an event of historic "
        "significance,")
    got = rule_triples(x, "in-which-it", "citing-clause")
    assert ("un/a/res/2286", "acta:welcomes",
            "instrument/treaty-for-the-prohibition-of-nuclear-weapons-in-latin-america-and-the-caribbean") in got
    assert ("un/a/res/80/15", "acta:recalls", "un/a/res/2286") in got


def test_a_resolution_a_text_is_referred_to_in_refers_to_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_61.md (a preambular clause, cut, and its note)
    x = extract_resolution(tmp_path, "A/RES/80/61",
                           "Recalling the report of the Group of Governmental Experts on the relationship between "
                           "disarmament and development,4 referred to in General Assembly resolution 59/78 of "
                           "3 December 2004, which is of utmost interest,",
                           "[^4]: See A/59/119.")
    facts = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/res/59/78", "acta:refersTo", "un/a/59/119") in facts
    assert ("un/a/res/80/61", "acta:recalls", "un/a/59/119") in facts
