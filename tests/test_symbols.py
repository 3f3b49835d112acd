"""Document symbol grammars, on short quotes from the corpus (source file noted above each)."""

from __future__ import annotations

import importlib
import re

import pytest

from graph.symbols import GRAMMARS, Symbol, find_symbols, parse_symbol

OAS_REPORT = "2009-csh-gt-mispa-ii-working-group-report.txt"


def spans(text: str, organization: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.symbol.canonical) for m in find_symbols(text, organization)]


def one(text: str, organization: str | None = None) -> Symbol:
    found = find_symbols(text, organization)
    assert len(found) == 1, [m.text for m in found]
    return found[0].symbol


# --- OAS ---------------------------------------------------------------------------

def test_oas_bare_general_assembly_resolution() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    text = ("At its thirty-ninth regular session in San Pedro Sula, Honduras, in June 2009, the General "
            "Assembly adopted resolution 2444 (XXXIX-O/09) “Meeting of Ministers Responsible for Public "
            "Security in the Americas.”")
    [mention] = find_symbols(text, "OAS")
    assert mention.text == "resolution 2444 (XXXIX-O/09)"
    assert text[mention.start:mention.end] == mention.text
    assert mention.symbol == Symbol(
        canonical="AG/RES. 2444 (XXXIX-O/09)", key="oas/ag/res/2444", organization="OAS",
        organ="General Assembly", doctype="resolution", number="2444", session="XXXIX-O", year=2009,
    )


def test_oas_full_and_bare_resolution_are_the_same_symbol() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    full = "ratified by the last General Assembly of the Organization of American States (OAS), " \
           "through resolution AG/RES. 2444 (XXXIX-O/09)."
    bare = "the General Assembly adopted resolution 2444 (XXXIX-O/09) “Meeting of Ministers"
    assert spans(full) == [("resolution AG/RES. 2444 (XXXIX-O/09)", "AG/RES. 2444 (XXXIX-O/09)")]
    assert one(full) == one(bare, "OAS")
    assert one("AG/RES. 2444 (XXXIX-O/09)") == one(bare, "OAS")


def test_oas_permanent_council_resolution_with_meeting_number() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    text = ("In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution "
            "CP/RES. 957 (1714/09) convening the Second Meeting of Ministers")
    symbol = one(text)
    assert (symbol.canonical, symbol.key, symbol.organ) == ("CP/RES. 957 (1714/09)", "oas/cp/res/957",
                                                            "Permanent Council")
    assert (symbol.session, symbol.year, symbol.number) == ("1714", 2009, "957")
    short = parse_symbol("CP/RES. 957")
    assert short is not None and short.key == symbol.key and short.session is None and short.year is None
    assert one("resolution 957 (1714/09)", "OAS") == symbol
    assert one("Permanent Council resolution 957", "OAS").key == symbol.key


def test_oas_document_with_revision() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    text = ("That meeting was convened pursuant to Article 29 of Commitment to Public Security in the "
            "Americas (MISPA/doc.7/08 rev. 4), adopted in Mexico City")
    symbol = one(text)
    assert symbol.canonical == "MISPA/doc.7/08 rev. 4"
    assert symbol.key == "oas/mispa/doc.7/08/rev.4"
    assert symbol.base_key == "oas/mispa/doc.7/08"
    assert (symbol.doctype, symbol.number, symbol.year, symbol.revision) == ("document", "7", 2008, 4)
    assert symbol.organ == "Meeting of Ministers Responsible for Public Security in the Americas"


def test_oas_working_group_documents() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    text = ("- Draft Agenda (CSH/GT/MISPA II-2/09 rev. 2)\n"
            "- Draft Rules of Procedure (CSH/GT/MISPA II-3/09 rev. 1)\n"
            "The results of that meeting are contained in document CSH/GT/MISPA II-10/09.")
    found = find_symbols(text)
    assert [m.text for m in found] == ["CSH/GT/MISPA II-2/09 rev. 2", "CSH/GT/MISPA II-3/09 rev. 1",
                                       "CSH/GT/MISPA II-10/09"]
    agenda, _, results = (m.symbol for m in found)
    assert agenda.key == "oas/csh/gt/mispa-ii-2/09/rev.2" and agenda.base_key == "oas/csh/gt/mispa-ii-2/09"
    assert (agenda.organ, agenda.number, agenda.year, agenda.revision) == (
        "Committee on Hemispheric Security", "2", 2009, 2)
    assert results.base_key is None and results.revision is None
    assert parse_symbol("CSH/GT/MISPA II-2/09") is not None
    assert parse_symbol("CSH/GT/MISPA II-2/09").key == agenda.base_key  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("printed", "canonical", "key", "organ", "doctype", "session", "year"),
    [   # symbol shapes from the brief and the OAS classification manual (not in the corpus)
        ("AG/DEC. 55 (XXXVII-O/07)", "AG/DEC. 55 (XXXVII-O/07)", "oas/ag/dec/55", "General Assembly",
         "decision", "XXXVII-O", 2007),
        ("CP/DEC. 12 (1234/08)", "CP/DEC. 12 (1234/08)", "oas/cp/dec/12", "Permanent Council", "decision",
         "1234", 2008),
        ("AG/RES.1 (XXXVI-E/08)", "AG/RES. 1 (XXXVI-E/08)", "oas/ag/res/1", "General Assembly", "resolution",
         "XXXVI-E", 2008),
        ("OEA/Ser.G CP/doc.4444/09 corr. 1", "CP/doc.4444/09 corr. 1", "oas/cp/doc.4444/09/corr.1",
         "Permanent Council", "document", None, 2009),
        ("CP/CSH-1150/09", "CP/CSH-1150/09", "oas/cp/csh-1150/09", "Committee on Hemispheric Security",
         "document", None, 2009),
        ("CP/INF. 5960/09", "CP/INF. 5960/09", "oas/cp/inf.5960/09", "Permanent Council", "document", None, 2009),
    ],
)
def test_oas_grammar_shapes(printed: str, canonical: str, key: str, organ: str, doctype: str,
                            session: str | None, year: int) -> None:
    symbol = one(f"See {printed}, annex.")
    assert (symbol.canonical, symbol.key, symbol.organ, symbol.doctype, symbol.session, symbol.year) == (
        canonical, key, organ, doctype, session, year)


def test_oas_corrigendum_is_not_a_revision() -> None:
    symbol = parse_symbol("OEA/Ser.G CP/doc.4444/09 corr. 1")
    assert symbol is not None and symbol.revision is None and symbol.base_key == "oas/cp/doc.4444/09"


@pytest.mark.parametrize("text", [
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    "Pursuant to that resolution, this past September 17 a working group to prepare for the ministerial",
    "That meeting was convened pursuant to Article 29 of Commitment to Public Security in the Americas",
    "This decision was ratified by the last General Assembly of the Organization of American States (OAS)",
    "The resolution requests the Permanent Council, “to convene, through the Committee on Hemispheric Security",
])
def test_oas_negatives(text: str) -> None:
    assert find_symbols(text, "OAS") == []


def test_the_whole_oas_report_example() -> None:
    # excerpts of the report, one per line: two resolutions, the second cited twice, and a document
    text = (
        "the General Assembly adopted resolution 2444 (XXXIX-O/09) “Meeting of Ministers\n"
        "the Organization's Permanent Council adopted resolution CP/RES. 957 (1714/09) convening\n"
        "Pursuant to that resolution, this past September 17 a working group\n"
        "Commitment to Public Security in the Americas (MISPA/doc.7/08 rev. 4), adopted in Mexico City\n"
        "through resolution AG/RES. 2444 (XXXIX-O/09).\n"
    )
    keys = [m.symbol.key for m in find_symbols(text)]
    assert keys == ["oas/ag/res/2444", "oas/cp/res/957", "oas/mispa/doc.7/08/rev.4", "oas/ag/res/2444"]


# --- UN: resolutions and decisions ---------------------------------------------------------

def test_un_front_matter_symbol_and_heading() -> None:
    # un-ga-80/A_RES_80_66.md
    text = ("---\nsymbol: A/RES/80/66\n---\n\n[on the report of the First Committee (A/80/534, para. 7)]\n\n"
            "80/66. Report of the Disarmament Commission\n\nThe General Assembly,")
    found = find_symbols(text)                       # organization guessed from the printed symbols
    assert [(m.text, m.symbol.key) for m in found] == [
        ("A/RES/80/66", "un/a/res/80/66"), ("A/80/534", "un/a/80/534"), ("80/66", "un/a/res/80/66")]
    symbol = found[0].symbol
    assert (symbol.organization, symbol.organ, symbol.doctype, symbol.session, symbol.number) == (
        "UN", "General Assembly", "resolution", "80", "66")


def test_un_heading_rule_only_in_un_documents() -> None:
    heading = "80/66. Report of the Disarmament Commission"
    assert spans(heading, "UN") == [("80/66", "A/RES/80/66")]
    assert spans(heading, "OAS") == []
    assert spans("in its report 80/66. Report", "UN") == []   # not at the start of a line


def test_un_resolution_list_with_parts_and_dates() -> None:
    # un-ga-80/A_RES_80_30.md (shortened: 59/71 to 77/46 left out)
    text = ("Recalling its resolutions 49/75 I of 15 December 1994, 50/70 F of 12 December 1995, 51/45 C of "
            "10 December 1996, 52/38 F of 9 December 1997, 53/77 AA of 4 December 1998, 54/54 U of 1 December "
            "1999, 55/33 M of 20 November 2000,\n56/24 D of 29 November 2001, 57/61 of 22 November 2002, "
            "78/24 of 4 December 2023 and 79/44 of 2 December 2024, as well as its decisions 58/521 of 8 "
            "December 2003, 60/518 of 8 December 2005 and 70/551 of 23 December 2015,")
    found = find_symbols(text, "UN")
    assert [m.text for m in found] == [
        "resolutions 49/75 I", "50/70 F", "51/45 C", "52/38 F", "53/77 AA", "54/54 U", "55/33 M", "56/24 D",
        "57/61", "78/24", "79/44", "decisions 58/521", "60/518", "70/551"]
    assert [m.symbol.doctype for m in found] == ["resolution"] * 11 + ["decision"] * 3
    first = found[0].symbol
    assert (first.canonical, first.key, first.part, first.session, first.number) == (
        "A/RES/49/75 I", "un/a/res/49/75/i", "I", "49", "75")
    assert found[-1].symbol.canonical == "A/DEC/70/551"
    assert found[7].symbol.key == "un/a/res/56/24/d"


def test_un_decision_list() -> None:
    # un-ga-80/A_RES_80_66.md
    text = ("and its decisions 74/511 of 12 December 2019, 74/546 of 2 April 2020, 75/519 A of 7 December "
            "2020, 75/519 B of 25 March 2021 and 76/518 of 6 December 2021,")
    assert spans(text, "UN") == [
        ("decisions 74/511", "A/DEC/74/511"), ("74/546", "A/DEC/74/546"), ("75/519 A", "A/DEC/75/519 A"),
        ("75/519 B", "A/DEC/75/519 B"), ("76/518", "A/DEC/76/518")]


def test_un_parts_joined_by_and() -> None:
    # un-ga-80/A_RES_80_17.md
    text = ("Recalling its resolutions 3263 (XXIX) of 9 December 1974, 3474 (XXX) of 11 December 1975, "
            "31/71 of 10 December 1976, 35/147 of 12 December 1980,\n36/87 A and B of 9 December 1981, "
            "37/75 of 9 December 1982")
    assert spans(text, "UN") == [
        ("resolutions 3263 (XXIX)", "A/RES/3263 (XXIX)"), ("3474 (XXX)", "A/RES/3474 (XXX)"),
        ("31/71", "A/RES/31/71"), ("35/147", "A/RES/35/147"), ("36/87 A", "A/RES/36/87 A"),
        ("B", "A/RES/36/87 B"), ("37/75", "A/RES/37/75")]


def test_un_bare_resolution_stops_before_the_date() -> None:
    # the brief's example
    [mention] = find_symbols("Recalling its resolution 62/21 of 5 December 2007,", "UN")
    assert mention.text == "resolution 62/21" and mention.symbol.key == "un/a/res/62/21"
    # un-ga-80/A_RES_80_30.md
    assert spans("established by the Assembly by its resolution 65/66 and its decision 70/551 and which",
                 "UN") == [("resolution 65/66", "A/RES/65/66"), ("decision 70/551", "A/DEC/70/551")]


def test_un_dated_list_that_lost_its_keyword() -> None:
    # un-ga-80/A_RES_80_4.md: the PDF conversion cut "resolutions" off this list
    text = "financial\n\n1996, 52/10 of 5 November 1997, 53/4 of 14 October 1998, 54/21 of 9 November 1999,"
    assert [m.symbol.canonical for m in find_symbols(text, "UN")] == ["A/RES/52/10", "A/RES/53/4",
                                                                      "A/RES/54/21"]
    assert find_symbols(text, "OAS") == []


@pytest.mark.parametrize("text", [
    "[^1]: Resolution S-10/2.",          # un-ga-80/A_RES_80_30.md
    "[^3]: Resolution S\u201110/2.",     # un-ga-80/A_RES_80_66.md, non-breaking hyphen
    "A/RES/S-10/2",
])
def test_un_special_session(text: str) -> None:
    symbol = one(text, "UN")
    assert (symbol.canonical, symbol.key, symbol.session, symbol.number) == (
        "A/RES/S-10/2", "un/a/res/s-10/2", "S-10", "2")


def test_un_security_council_shapes() -> None:
    # un-ga-80/A_RES_80_11.md
    text = ("the twenty-fifth anniversary of the adoption of Security Council resolution 1325 (2000) on "
            "31 October 2000, the important role of women")
    [mention] = find_symbols(text, "UN")
    assert mention.text == "resolution 1325 (2000)"
    assert mention.symbol == Symbol("S/RES/1325 (2000)", "un/s/res/1325", "UN", "Security Council",
                                    "resolution", "1325", None, 2000)
    assert one("S/RES/1325 (2000)") == mention.symbol
    # un-ga-80/A_RES_80_63.md: the shape NNNN (YYYY) is the Council's even with the organ named after
    text = ("Bearing in mind resolutions 1196 (1998) and 1197 (1998), adopted by the Security Council on 16 "
            "and 18 September 1998, respectively,")
    assert spans(text, "UN") == [("resolutions 1196 (1998)", "S/RES/1196 (1998)"),
                                 ("1197 (1998)", "S/RES/1197 (1998)")]


def test_un_security_council_number_broken_across_lines() -> None:
    # un-ga-80/A_RES_80_63.md and A_RES_80_11.md (PDF line breaks inside the symbol)
    text = "in particular Security Council resolution 2773\n(2025) of 21 February 2025, the Peace Agreement"
    assert spans(text, "UN") == [("resolution 2773\n(2025)", "S/RES/2773 (2025)")]
    text = "Assembly resolution 75/201 and Council resolution 2558\n    (2020)."
    assert [s for _, s in spans(text, "UN")] == ["A/RES/75/201", "S/RES/2558 (2020)"]
    assert one("Security Council resolution 2773", "UN").key == "un/s/res/2773"   # number alone: organ cue


def test_un_other_organs_by_cue() -> None:
    # un-ga-80/A_RES_80_10.md
    ecosoc = one("and Economic and Social Council resolution 1980/67 of 25 July 1980 on international years")
    assert (ecosoc.canonical, ecosoc.key, ecosoc.organ, ecosoc.year) == (
        "E/RES/1980/67", "un/e/res/1980/67", "Economic and Social Council", 1980)
    # un-ga-80/A_RES_80_57.md
    text = ("taking note of General Assembly resolution 79/239 of 24 December 2024 and Human Rights Council "
            "resolution 51/22 of 7 October 2022,2")
    assert spans(text, "UN") == [("resolution 79/239", "A/RES/79/239"), ("resolution 51/22", "A/HRC/RES/51/22")]
    assert one("A/HRC/RES/50/1").organ == "Human Rights Council"
    assert one("the Human Rights Council’s resolution 51/22", "UN").canonical == "A/HRC/RES/51/22"


def test_unep_governing_council_decision_named_after_the_number() -> None:
    # ipbes/unep-ipbes-mi-2-9-panama-resolution.txt
    text = ("Recalling also General Assembly resolution 65/162 of 20 December 2010 and decision 26/4 of 24 "
            "February 2011 of the Governing Council of the United Nations Environment Programme,")
    found = find_symbols(text, "UNEP")
    assert [(m.text, m.symbol.canonical) for m in found] == [
        ("resolution 65/162", "A/RES/65/162"), ("decision 26/4", "UNEP/GC.26/4")]
    decision = found[1].symbol
    assert (decision.key, decision.organization, decision.organ, decision.doctype, decision.session) == (
        "unep/gc/dec/26/4", "UNEP", "Governing Council", "decision", "26")
    assert parse_symbol("UNEP/GC.26/4") == decision


def test_un_old_numbering_with_part() -> None:
    # un-ga-80/A_RES_80_13.md and A_RES_80_10.md
    old = one("contained in its resolution 2832 (XXVI) of 16 December 1971, and", "UN")
    assert (old.canonical, old.key, old.session, old.year) == ("A/RES/2832 (XXVI)", "un/a/res/2832", "XXVI", None)
    covenant = one("[^1]: See resolution 2200 A (XXI), annex.", "UN")
    assert (covenant.canonical, covenant.key, covenant.part) == ("A/RES/2200 A (XXI)", "un/a/res/2200/a", "A")


def test_fccc_decision() -> None:
    # un-ga-80/A_RES_80_3.md
    text = "[^7]: Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21."
    found = find_symbols(text, "UN")
    assert [(m.text, m.symbol.key) for m in found] == [
        ("FCCC/CP/2015/10/Add.1", "un/fccc/cp/2015/10/add.1"), ("decision 1/CP.21", "un/fccc/dec/cp.21/1")]


# --- UN: documents -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "printed", "key", "organ", "session", "year", "number", "revision", "base_key"),
    [
        # un-ga-80/A_RES_80_66.md
        ("[^1]: Official Records of the General Assembly, Eightieth Session, Supplement No. 42 (A/80/42).",
         "A/80/42", "un/a/80/42", "General Assembly", "80", None, "42", None, None),
        # un-ga-80/A_RES_80_39.md
        ("[^2]: A/77/CRP.1/Add.8.", "A/77/CRP.1/Add.8", "un/a/77/crp.1/add.8", "General Assembly", "77", None,
         "CRP.1", None, "un/a/77/crp.1"),
        # un-ga-80/A_RES_80_36.md
        ("[^7]: A/CONF.192/2024/RC/3.", "A/CONF.192/2024/RC/3", "un/a/conf.192/2024/rc/3", None, None, 2024,
         "3", None, None),
        # un-ga-80/A_RES_80_43.md
        ("and its report contained in document A/AC.299/2025/PM/1, and the", "A/AC.299/2025/PM/1",
         "un/a/ac.299/2025/pm/1", None, None, 2025, "1", None, None),
        # un-ga-80/A_RES_80_63.md
        ("[^5]: S/2019/145, annex.", "S/2019/145", "un/s/2019/145", "Security Council", None, 2019, "145",
         None, None),
        # un-ga-80/A_RES_80_6.md
        ("[^9]: S/PRST/2013/2; see Resolutions and Decisions", "S/PRST/2013/2", "un/s/prst/2013/2",
         "Security Council", None, 2013, "2", None, None),
        # un-ga-80/A_RES_80_65.md
        ("[^2]: CD/8/Rev.10, paras. 18 and 32–36.", "CD/8/Rev.10", "un/cd/8/rev.10", "Conference on Disarmament",
         None, None, "8", 10, "un/cd/8"),
        # un-ga-80/A_RES_80_18.md
        ("Fifteenth Special Session, Supplement No. 2 (A/S-15/2), sect. III.F.", "A/S-15/2", "un/a/s-15/2",
         "General Assembly", "S-15", None, "2", None, None),
        # un-ga-80/A_RES_80_10.md
        ("[^13]: CEDAW/C/GC/40.", "CEDAW/C/GC/40", "un/cedaw/c/gc/40",
         "Committee on the Elimination of Discrimination against Women", None, None, "40", None, None),
        # the brief (not in the corpus)
        ("draft resolution A/C.1/80/L.12/Rev.1", "A/C.1/80/L.12/Rev.1", "un/a/c.1/80/l.12/rev.1",
         "First Committee", "80", None, "L.12", 1, "un/a/c.1/80/l.12"),
        ("see E/2020/33.", "E/2020/33", "un/e/2020/33", "Economic and Social Council", None, 2020, "33", None,
         None),
    ],
)
def test_un_documents(text: str, printed: str, key: str, organ: str | None, session: str | None,
                      year: int | None, number: str, revision: int | None, base_key: str | None) -> None:
    [mention] = find_symbols(text, "UN")
    symbol = mention.symbol
    assert mention.text == printed and symbol.canonical == printed and symbol.doctype == "document"
    assert (symbol.key, symbol.organ, symbol.session, symbol.year, symbol.number) == (
        key, organ, session, year, number)
    assert (symbol.revision, symbol.base_key) == (revision, base_key)


def test_un_joint_symbol_gives_two_mentions() -> None:
    # un-ga-80/A_RES_80_63.md
    text = "[^3]: A/52/871-S/1998/318.\n\n[^4]: Resolution 72/1."
    found = find_symbols(text, "UN")
    assert [(m.text, m.symbol.organ) for m in found] == [
        ("A/52/871", "General Assembly"), ("S/1998/318", "Security Council"), ("Resolution 72/1", "General Assembly")]
    assert parse_symbol("A/52/871-S/1998/318") == found[0].symbol


def test_un_document_and_its_corrigendum() -> None:
    # un-ga-80/A_RES_80_36.md
    text = "[^3]: See decision 60/519 and A/60/88 and A/60/88/Corr.2, annex."
    found = find_symbols(text, "UN")
    assert [m.symbol.key for m in found] == ["un/a/dec/60/519", "un/a/60/88", "un/a/60/88/corr.2"]
    assert found[2].symbol.base_key == found[1].symbol.key and found[2].symbol.revision is None


def test_unep_environment_assembly_resolution() -> None:
    symbol = parse_symbol("UNEP/EA.5/Res.1")
    assert symbol is not None
    assert (symbol.key, symbol.organization, symbol.organ, symbol.doctype, symbol.session, symbol.number) == (
        "unep/ea/res/5/1", "UNEP", "Environment Assembly", "resolution", "5", "1")


@pytest.mark.parametrize("text", [
    "adopted by a majority of 2/3 of the members present",
    "a helpline open 24/7 for victims",
    "the letter dated 12/05/2009 was circulated",
    "[on the report of the First Committee (A/80/534, para. 7)]",   # only A/80/534 (checked below)
    "Mindful of the provisions of the Charter of the United Nations, including its Article 26,",  # A_RES_80_12
    "the measures outlined in chapters III and IV of the study annexed to the report",             # A_RES_80_17
    "(United\n    Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.",  # 80_10
    "the Rio Declaration on Environment and Development,¹ Agenda 21,² the Programme",  # panama resolution
    "the budget in 2009/10 and chapter 80/ of the report",
    "Requests the Secretary-General to bring the present resolution to the attention of all States",  # 80_10
    "which, for the purpose of this resolution, includes human-centric, accountable, safe",  # A_RES_80_58
    "the sponsors of a draft resolution on the subject",
    "established in decision 1 of the Fifth Review Conference of the High Contracting Parties",  # A_RES_80_68
    "the HIV/AIDS epidemic and the A/C units",
])
def test_un_negatives(text: str) -> None:
    found = [m for m in find_symbols(text, "UN") if m.symbol.canonical != "A/80/534"]
    assert found == []


# --- IPBES ---------------------------------------------------------------------------

def test_ipbes_decision_cited_with_document_shape() -> None:
    # ipbes/ipbes-1-12-report-first-plenary-session.txt
    text = ("The Plenary adopted Decision IPBES/1/1 as reflected in Annex I to this report.\n"
            "(11) The representatives adopted the agenda as set out in the provisional agenda (IPBES/1/1).")
    decision, document = (m.symbol for m in find_symbols(text))
    assert find_symbols(text)[0].text == "Decision IPBES/1/1"
    assert (decision.canonical, decision.key, decision.doctype) == ("IPBES-1/1", "ipbes/dec/1/1", "decision")
    assert (document.canonical, document.key, document.doctype) == ("IPBES/1/1", "ipbes/1/1", "document")
    assert parse_symbol("IPBES-1/1") == decision
    assert (decision.organization, decision.organ, decision.session, decision.number) == ("IPBES", "Plenary", "1", "1")


def test_ipbes_documents() -> None:
    # ipbes/ipbes-1-12-report-first-plenary-session.txt
    text = ("(37) Document IPBES/1/7/Rev.1: Administering the IPBES secretariat\n"
            "All the submissions were presented in an information document (IPBES/1/INF/2/Rev.1).\n"
            "meeting report IPBES-1-12 of 2013")
    revised, info, report = (m.symbol for m in find_symbols(text))
    assert (revised.key, revised.base_key, revised.revision, revised.number) == (
        "ipbes/1/7/rev.1", "ipbes/1/7", 1, "7")
    assert (info.canonical, info.key, info.number) == ("IPBES/1/INF/2/Rev.1", "ipbes/1/inf/2/rev.1", "INF/2")
    assert (report.canonical, report.key) == ("IPBES/1/12", "ipbes/1/12")


def test_unep_ipbes_meeting_document() -> None:
    # ipbes/unep-ipbes-mi-2-9-panama-resolution.txt
    symbol = one("Published in ODS no. UNEP/IPBES.MI/2/9 on 21 April 2012")
    assert (symbol.canonical, symbol.key, symbol.organization, symbol.session, symbol.number) == (
        "UNEP/IPBES.MI/2/9", "unep/ipbes.mi/2/9", "UNEP", "2", "9")
    assert symbol.organ == "Plenary meeting on IPBES modalities and institutional arrangements"


def test_ipbes_session_name_is_not_a_symbol() -> None:
    # ipbes/ipbes-1-12-report-first-plenary-session.txt
    assert find_symbols("(6) Observers to IPBES-1 will be considered admitted by the Plenary") == []


# --- parse_symbol, keys, registry --------------------------------------------------------------

@pytest.mark.parametrize(("typed", "key"), [
    ("CP/RES. 957", "oas/cp/res/957"),
    ("  CP/RES.957 (1714/09) ", "oas/cp/res/957"),
    ("cp/res. 957", "oas/cp/res/957"),
    ("resolution 62/21", "un/a/res/62/21"),
    ("A/RES/62/21", "un/a/res/62/21"),
    ("a/res/62/21", "un/a/res/62/21"),
    ("62/21", "un/a/res/62/21"),
    ("decision 60/519", "un/a/dec/60/519"),
    ("A/DEC/60/519", "un/a/dec/60/519"),
    ("MISPA/doc.7/08 rev. 4", "oas/mispa/doc.7/08/rev.4"),
    ("mispa/doc.7/08 rev.4", "oas/mispa/doc.7/08/rev.4"),
    ("1325 (2000)", "un/s/res/1325"),
    ("S/RES/1325", "un/s/res/1325"),
    ("A/RES/56/24 V", "un/a/res/56/24/v"),
    ("resolution 47/54 A", "un/a/res/47/54/a"),
    ("1/CP.21", "un/fccc/dec/cp.21/1"),
    ("ipbes/1/inf/2/rev.1", "ipbes/1/inf/2/rev.1"),
])
def test_parse_symbol(typed: str, key: str) -> None:
    symbol = parse_symbol(typed)
    assert symbol is not None and symbol.key == key


@pytest.mark.parametrize("typed", ["", "resolution", "the present resolution", "957", "A/80/534 and more",
                                   "hello world", "Agenda 21"])
def test_parse_symbol_refuses(typed: str) -> None:
    assert parse_symbol(typed) is None


@pytest.mark.parametrize("canonical", [
    "AG/RES. 2444 (XXXIX-O/09)", "A/RES/80/30", "A/RES/56/24 V", "A/DEC/60/519", "S/RES/1325 (2000)",
    "A/RES/S-10/2", "UNEP/GC.26/4", "A/80/534", "A/C.1/80/L.12/Rev.1", "UNEP/IPBES.MI/2/9", "IPBES/1/12",
    "CP/RES. 957 (1714/09)", "MISPA/doc.7/08 rev. 4", "CSH/GT/MISPA II-2/09 rev. 2", "IPBES-1/1",
    "A/RES/2832 (XXVI)", "E/RES/1980/67", "A/HRC/RES/50/1", "UNEP/EA.5/Res.1", "A/CONF.192/2024/RC/3",
    "A/77/CRP.1/Add.8", "S/PRST/2020/1", "A/RES/ES-10/1",
])
def test_canonical_forms_parse_back_to_themselves(canonical: str) -> None:
    symbol = parse_symbol(canonical)
    assert symbol is not None and symbol.canonical == canonical
    assert parse_symbol(symbol.canonical) == symbol
    assert re.fullmatch(r"[a-z0-9./-]+", symbol.key) and symbol.key == symbol.key.strip("/")
    assert symbol.doctype in ("resolution", "decision", "document")
    assert symbol.organization in ("OAS", "UN", "UNEP", "IPBES")


def test_mentions_are_sorted_non_overlapping_and_true_to_the_text() -> None:
    # un-ga-80/A_RES_80_36.md footnotes
    text = ("[^1]: A/CONF.192/PC/23, annex.\n\n[^2]: A/59/2005.\n\n[^3]: See decision 60/519 and A/60/88 and "
            "A/60/88/Corr.2, annex.\n\n[^4]: Resolution 60/1, para. 94.\n\n[^5]: A/80/111.")
    found = find_symbols(text)
    assert len(found) == 7
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[m.start:m.end] == m.text for m in found)


def test_every_registered_grammar_has_the_interface() -> None:
    organizations: list[str] = []
    for name in GRAMMARS:
        grammar = importlib.import_module(f"graph.symbols.{name}")
        assert callable(grammar.find_full) and callable(grammar.parse_bare)
        assert isinstance(grammar.ORGAN_CUES, tuple)
        organizations.extend(grammar.ORGANIZATIONS)
    assert sorted(organizations) == ["AU", "IAEA", "IPBES", "OAS", "OAU", "OPCW", "UN", "UNEP"]


def test_oau_and_african_union_decisions_with_roman_sessions() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md and A_RES_80_60.md (its note 2)
    text = ("Bearing in mind resolutions CM/Res.1153 (XLVIII) of 1988 and CM/Res.1225 (L) of 1989, adopted by the "
            "Council of Ministers of the Organization of African Unity; 2 A/60/693, annex II, decision "
            "EX.CL/Dec.263 (VIII). See also Assembly/AU/Dec.118(VII) and AHG/Decl.1 (XXXVI).")
    found = {m.symbol.canonical: m.symbol for m in find_symbols(text, "UN")}
    cm = found["CM/Res.1153 (XLVIII)"]
    assert (cm.key, cm.organization, cm.organ, cm.doctype, cm.session) == (
        "oau/cm/res/1153", "OAU", "Council of Ministers", "resolution", "48")
    assert found["CM/Res.1225 (L)"].session == "50"
    ex = found["EX.CL/Dec.263 (VIII)"]
    assert (ex.key, ex.organization, ex.organ, ex.doctype) == (
        "au/ex.cl/dec/263", "AU", "Executive Council", "decision")
    assert found["Assembly/AU/Dec.118 (VII)"].key == "au/assembly/dec/118"
    assert found["AHG/Decl.1 (XXXVI)"].doctype == "document"
    assert "A/60/693" in found
    assert not find_symbols("the CM/Resolution of 1988 and EX.CL/Dec. of the Council", "UN")


def test_iaea_sessions_in_roman_numerals() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_26.md
    [m] = find_symbols("Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice", "UN")
    assert (m.symbol.canonical, m.symbol.key, m.symbol.session) == ("GC(XXXIV)/RES/530", "iaea/gc/34/res/530", "34")


def test_iaea_general_conference_resolutions_decisions_and_documents() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md, A_RES_80_67.md
    text = ("Takes note of resolutions GC(69)/RES/7, entitled “Nuclear and radiation safety”; GC(69)/RES/9 A.2, "
            "GC(69)/RES/9 B and decision GC(69)/DEC/10, of document GC(69)/INF/3, GOV/2025/52 and INFCIRC/153 "
            "(Corrected), and of resolution 79/80;")
    found = [(m.symbol.canonical, m.symbol.key, m.symbol.doctype, m.symbol.organ) for m in find_symbols(text, "UN")]
    assert found == [
        ("GC(69)/RES/7", "iaea/gc/69/res/7", "resolution", "General Conference"),
        ("GC(69)/RES/9 A.2", "iaea/gc/69/res/9/a.2", "resolution", "General Conference"),
        ("GC(69)/RES/9 B", "iaea/gc/69/res/9/b", "resolution", "General Conference"),
        ("GC(69)/DEC/10", "iaea/gc/69/dec/10", "decision", "General Conference"),
        ("GC(69)/INF/3", "iaea/gc/69/inf/3", "document", None),
        ("GOV/2025/52", "iaea/gov/2025/52", "document", None),
        ("INFCIRC/153", "iaea/infcirc/153", "document", None),
        ("A/RES/79/80", "un/a/res/79/80", "resolution", "General Assembly")]


def test_iaea_general_conference_resolutions_and_decisions_of_a_session_in_one_document() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md (a note, cut)
    text = ("See International Atomic Energy Agency, Resolutions Adopted and Other Relevant Decisions Taken during the "
            "69th Regular Session of the General Conference, 15–19 September 2025 (GC(69)/RES/DEC(2025)) for the full "
            "texts")
    [m] = find_symbols(text, "UN")
    assert (m.symbol.canonical, m.symbol.key, m.symbol.doctype) == (
        "GC(69)/RES/DEC(2025)", "iaea/gc/69/res/dec/2025", "document")


def test_an_information_circular_printed_with_a_space() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_48.md
    [m] = find_symbols("the Guidelines for the Management of Plutonium (INFCIRC 549), and", "UN")
    assert (m.symbol.canonical, m.symbol.key, m.text) == ("INFCIRC/549", "iaea/infcirc/549", "INFCIRC 549")


def test_opcw_decisions_and_documents_and_the_technical_secretariats_notes_beside_security_council_documents() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md (its non-breaking hyphens included)
    text = ("Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019, decision C\u2011SS\u20114/DEC.3, "
            "Executive Council decisions EC-M-33/DEC.1 and EC\u201194/DEC.2, the reports EC-96/DG.1 and S/2338/2024, "
            "and the reports of the fact-finding mission (S/2017/931 and S/1999/318);")
    found = [(m.symbol.canonical, m.symbol.key, m.symbol.doctype) for m in find_symbols(text, "UN")]
    assert found == [
        ("C-24/DEC.4", "opcw/c/dec/24/4", "decision"),
        ("C-24/DEC.5", "opcw/c/dec/24/5", "decision"),
        ("C-SS-4/DEC.3", "opcw/c-ss/dec/4/3", "decision"),
        ("EC-M-33/DEC.1", "opcw/ec-m/dec/33/1", "decision"),
        ("EC-94/DEC.2", "opcw/ec/dec/94/2", "decision"),
        ("EC-96/DG.1", "opcw/ec/96/dg.1", "document"),
        ("S/2338/2024", "opcw/s/2338/2024", "document"),   # number first, year last: the Technical Secretariat's
        ("S/2017/931", "un/s/2017/931", "document"),       # year first: the Security Council's
        ("S/1999/318", "un/s/1999/318", "document")]


def test_a_resolution_before_1976_with_its_date_needs_no_keyword() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_59.md: the list's "resolutions" was cut off by a page break
    found = find_symbols("1653 (XVI) of 24 November 1961, 33/71 B of 14 December 1978 and 2832 (XXVI) alone", "UN")
    assert [(m.text, m.symbol.canonical) for m in found] == [("1653 (XVI)", "A/RES/1653 (XVI)"),
                                                             ("33/71 B", "A/RES/33/71 B")]


def test_a_part_or_volume_in_brackets_is_its_own_document_based_on_the_whole() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_67.md and A_RES_80_15.md, notes citing the NPT conferences' final documents
    text = ("Final Document, Part I (NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2), "
            "NPT/CONF.2010/50 (Vol. I)")
    found = [(m.text, m.symbol.key, m.symbol.base_key) for m in find_symbols(text, "UN")]
    assert found == [
        ("NPT/CONF.1995/32 (Part I)", "un/npt/conf.1995/32/part-i", "un/npt/conf.1995/32"),
        ("NPT/CONF.1995/32 (Part I)/Corr.2", "un/npt/conf.1995/32/part-i/corr.2", "un/npt/conf.1995/32/part-i"),
        ("NPT/CONF.2010/50 (Vol. I)", "un/npt/conf.2010/50/vol-i", "un/npt/conf.2010/50")]
    assert [m.symbol.canonical for m in find_symbols("Security Council resolution 2270 (2016)", "UN")] == [
        "S/RES/2270 (2016)"]  # a year in brackets stays the resolution's
    # a note's line may break between the symbol and its part (A_RES_80_33.md note 2, A_RES_80_15.md)
    text = ("Final Document, Part I (NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32\n    (Part I)/Corr.2), annex; "
            "(NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50\n    (Vol. II) and NPT/CONF.2010/50 (Vol. III))")
    assert [m.symbol.canonical for m in find_symbols(text, "UN")] == [
        "NPT/CONF.1995/32 (Part I)", "NPT/CONF.1995/32 (Part I)/Corr.2", "NPT/CONF.2010/50 (Vol. I)",
        "NPT/CONF.2010/50 (Vol. II)", "NPT/CONF.2010/50 (Vol. III)"]
