"""graph/titles.py: the titles texts give symbols, before or after them, and notes by a secretariat."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution, rule_triples

from graph.extract import Extraction, Lit, extract
from graph.text import read_document


def build(tmp_path: Path, *paragraphs: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return extract(read_document(path))


def triples(x: Extraction, rule: str | None = None) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims if rule is None or c.rule == rule}


def objects(x: Extraction, subject: str, predicate: str) -> list[object]:
    return [c.object for c in x.claims if c.subject == subject and c.predicate == predicate]


def test_a_named_text_with_a_note_giving_its_symbol_is_that_documents_title(tmp_path: Path) -> None:
    x = build(tmp_path, "The General Assembly,",
              "Taking note of the Secretary-General’s New Agenda for Peace[^11] and of the actions proposed therein,",
              "Recalling the Comprehensive Nuclear-Test-Ban Treaty[^12],",
              "[^11]: A/77/CRP.1/Add.8.", "[^12]: Resolution 50/245.")
    titles = {s: o.value for s, p, o in triples(x, "title-before-note")}
    assert titles == {"un/a/77/crp.1/add.8": "Secretary-General’s New Agenda for Peace"}  # not the resolution



def test_a_notes_own_title_for_its_symbol_wins_over_the_text_named_before_the_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_3.md and A_RES_80_25.md (clauses, cut) and their notes: the note names the
    # conference's report, whose annex holds the programme the clause names; its place and days are no title
    x = build(tmp_path, "The General Assembly,",
              "Recalling the Almaty Programme of Action[^2],",
              "Recalling the final document of the International Conference on the Relationship between Disarmament "
              "and Development,[^3]",
              "[^2]: Report of the International Ministerial Conference of Landlocked and Transit Developing\n"
              "    Countries on Transit Transport Cooperation, Almaty, Kazakhstan, 28 and 29 August 2003\n"
              "    (A/CONF.202/3), annex I.",
              "[^3]: See Report of the International Conference on the Relationship between Disarmament and\n"
              "    Development, New York, 24 August–11 September 1987 (A/CONF.130/39).")
    assert objects(x, "un/a/conf.202/3", "dcterms:title")[0] == Lit(
        "Report of the International Ministerial Conference of Landlocked and Transit Developing Countries on Transit "
        "Transport Cooperation")
    assert objects(x, "un/a/conf.130/39", "dcterms:title")[0] == Lit(
        "Report of the International Conference on the Relationship between Disarmament and Development")


def test_a_yearly_volumes_period_is_no_title_nor_a_year_a_conversion_made_a_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md, note 9 as the PDF's conversion left it: the year that begins the
    # second line became "[^2013]:" (graph/text.py blanks its brackets), and the volume's period follows its title
    x = build(tmp_path, "The General Assembly,",
              "Recalling the statement by the President of the Security Council,[^9]",
              "[^9]: S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 August 2012–31 July\n"
              "[^2013]: (S/INF/68).")
    assert objects(x, "un/s/inf/68", "dcterms:title") == [Lit("Resolutions and Decisions of the Security Council")]


def test_a_yearly_volumes_year_is_part_of_its_title(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md, note 3: the 1996 volume is S/INF/52, the 1997 one another symbol
    x = build(tmp_path, "The General Assembly,",
              "Recalling the statement by the President of the Security Council of 12 April 1996,[^3]",
              "[^3]: S/PRST/1996/17; see Resolutions and Decisions of the Security Council, 1996 (S/INF/52).")
    volume = Lit("Resolutions and Decisions of the Security Council, 1996")
    assert objects(x, "un/s/inf/52", "dcterms:title") == [volume]
    assert volume not in objects(x, "un/s/prst/1996/17", "dcterms:title")  # the statement is not the volume


def test_a_title_before_a_symbol_may_hold_a_sessions_ordinal_and_during(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md (a note, cut): the session's resolutions and decisions in one document
    x = build(tmp_path, "The General Assembly,", "2. Takes note of the resolutions of the General Conference;[^2]",
              "[^2]: See International Atomic Energy Agency, Resolutions Adopted and Other Relevant Decisions\n"
              "    Taken during the 69th Regular Session of the General Conference, 15–19 September 2025\n"
              "    (GC(69)/RES/DEC(2025)) for the full texts of relevant resolutions and decisions.")
    assert objects(x, "iaea/gc/69/res/dec/2025", "dcterms:title") == [Lit(
        "Resolutions Adopted and Other Relevant Decisions Taken during the 69th Regular Session of the General "
        "Conference")]


def test_a_named_text_a_comma_and_its_note_weakly_titles_the_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md and A_RES_80_53.md (clauses, cut) and their notes
    x = build(tmp_path, "The General Assembly,",
              "Expressing its appreciation to the Secretary-General for providing assistance to the International "
              "Criminal Court in accordance with the Relationship Agreement between the United Nations and the "
              "International Criminal Court,2",
              "Recalling the report of the Disarmament Commission outlining general principles of verification stated "
              "in the Final Document of the Tenth Special Session of the General Assembly,5",
              "[^2]: A/58/874 and A/58/874/Add.1.", "[^5]: A/51/182/Rev.1.")
    titles = {s: o.value for s, p, o in triples(x, "title-before-note")}
    # the note's first document carries the text; a note put to a clause about another text (the report) is that one
    assert titles == {"un/a/58/874": "Relationship Agreement between the United Nations and the International "
                                     "Criminal Court"}

def test_a_title_after_its_symbol_is_each_listed_symbols(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_47.md, A_RES_80_7.md: "entitled “…”" after a list names every item
    # of the series; after a lone symbol, that one
    x = build(tmp_path, "Recalling its resolutions 66/43 of 2 December 2011, 70/60 of 7 December 2015 and 78/39 of 4 "
                        "December 2023, entitled “Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok "
                        "Treaty)”, and its resolution 79/1, entitled “The Pact for the Future”,")
    bangkok = Lit("Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty)")
    for key in ("un/a/res/66/43", "un/a/res/70/60", "un/a/res/78/39"):
        assert objects(x, key, "dcterms:title") == [bangkok]
    assert objects(x, "un/a/res/79/1", "dcterms:title") == [Lit("The Pact for the Future")]


def test_a_resolution_named_after_a_text_adopted_it_but_not_a_treaty_it_is_named_after(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md para. 3 and A_RES_80_47.md: resolution 79/1 is the Pact; the
    # resolutions entitled after a treaty are the yearly ones on it
    x = build(tmp_path, "We also welcome the actions contained in resolution 79/1 entitled “The Pact for the Future”.",
              "Recalling its resolution 78/39 of 4 December 2023, entitled “Treaty on the South-East Asia "
              "Nuclear-Weapon-Free Zone”,")
    adopted = {(c.subject, c.object) for c in x.claims if c.predicate == "acta:adoptedIn"}
    assert adopted == {("instrument/pact-for-the-future", "un/a/res/79/1")}


def test_a_note_by_the_secretariat_on_a_topic_is_the_secretariats_and_titled_by_the_topic(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraph 27
    path = tmp_path / "ipbes-1-12-report.txt"
    path.write_text("IPBES/1/12\n\nReport of the Plenary of the Intergovernmental Science-Policy Platform on "
                    "Biodiversity and Ecosystem Services on the work of its first session\n\n(27) The representatives "
                    "discussed the various issues under the agenda item, on the basis of information contained in the "
                    "note by the secretariat on the procedure for receiving and prioritizing requests put to the "
                    "Platform (IPBES/1/5).\n", encoding="utf-8")
    x = extract(read_document(path))
    assert objects(x, "ipbes/1/5", "acta:producedBy") == ["ipbes/secretariat"]
    assert objects(x, "ipbes/1/5", "dcterms:title") == [
        Lit("The procedure for receiving and prioritizing requests put to the Platform")]


def test_a_decisions_heading_line_gives_its_title(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, the list of decisions adopted
    x = build(tmp_path, "The following decisions were adopted by the Plenary:",
              "Decision IPBES/1/3 Procedure for receiving and prioritizing requests put to the Platform",
              "Decision IPBES/1/4 IPBES administrative and institutional arrangements",
              "The Plenary considered document IPBES/1/5 Status of contributions.")
    assert objects(x, "ipbes/dec/1/3", "dcterms:title") == [
        Lit("Procedure for receiving and prioritizing requests put to the Platform")]
    assert objects(x, "ipbes/dec/1/4", "dcterms:title") == [Lit("IPBES administrative and institutional arrangements")]
    assert objects(x, "ipbes/1/5", "dcterms:title") == []  # a sentence about a document is no heading


def test_each_document_of_a_list_prepared_by_the_secretariat_is_its_and_titled_by_its_topic(tmp_path: Path) -> None:
    x = build(tmp_path, "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
              "(23) The representatives discussed the issues on the basis of the information documents prepared by "
              "the secretariat on a critical review of the assessment landscape (IPBES/1/INF/8), the elements to "
              "consider in a draft conceptual framework document (IPBES/1/INF/9), and the possible elements of the "
              "work programme of the Platform (IPBES/1/INF/14).")
    expected = {"ipbes/1/inf/8": "Critical review of the assessment landscape",
                "ipbes/1/inf/9": "Elements to consider in a draft conceptual framework document",
                "ipbes/1/inf/14": "Possible elements of the work programme of the Platform"}
    for doc, title in expected.items():
        assert objects(x, doc, "dcterms:title") == [Lit(title)]
        assert objects(x, doc, "acta:producedBy") == ["ipbes/secretariat"]


def test_a_note_citing_a_conferences_final_document_titles_its_symbol_and_gives_its_producer(tmp_path: Path) -> None:
    path = tmp_path / "A_RES_80_48.md"
    path.write_text("---\nsymbol: A/RES/80/48\n---\n\nThe General Assembly,\n\nRecalling the Final Document of the "
                    "2000 Review Conference,3\n\n[^3]: 2000 Review Conference of the Parties to the Treaty on the "
                    "Non-Proliferation of Nuclear\n    Weapons, Final Document, vols. I–III (NPT/CONF.2000/28 (Parts I "
                    "and II), NPT/CONF.2000/28\n    (Part III) and NPT/CONF.2000/28 (Part IV)).\n", encoding="utf-8")
    x = extract(read_document(path))
    # each part the note names, "(Part III)" on the line after its symbol included (not the whole document)
    for doc in ("un/npt/conf.2000/28/parts-i-and-ii", "un/npt/conf.2000/28/part-iii", "un/npt/conf.2000/28/part-iv"):
        assert set(objects(x, doc, "dcterms:title")) == {Lit("Final Document")}  # once per mention of the note
        (producer,) = set(objects(x, doc, "acta:producedBy"))
        assert x.registry.get(producer).label.startswith("2000 Review Conference of the Parties to the Treaty")
    assert x.registry.get("un/npt/conf.2000/28") is None


def test_what_a_report_calls_a_document_it_names_by_its_symbol(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt, paragraphs 11 and 40, and the annexed
    # Decision IPBES/1/2, paragraph 17 (shortened)
    path = tmp_path / "ipbes-1-12-report.txt"
    path.write_text("IPBES/1/12\n\nReport of the Plenary of the Intergovernmental Science-Policy Platform on "
                    "Biodiversity and Ecosystem Services on the work of its first session\n\n(11) The representatives "
                    "adopted the agenda as set out in the provisional agenda (IPBES/1/1).\n\n(40) The representatives "
                    "discussed the various issues under the agenda item, on the basis of information contained in the "
                    "initial budget requirements for the administration and implementation of the Platform "
                    "(IPBES/1/10).\n\n(17) Requests the secretariat to compile all comments received and prepare the "
                    "document on procedures for the preparation of assessments (IPBES/1/INF/3).\n", encoding="utf-8")
    x = extract(read_document(path))
    titles = {s: o.value for s, p, o in triples(x, "title-called")}
    assert titles == {
        "ipbes/1/1": "provisional agenda",  # not "agenda as set out in the provisional agenda"
        "ipbes/1/10": "initial budget requirements for the administration and implementation of the Platform",
        "ipbes/1/inf/3": "document on procedures for the preparation of assessments"}


def test_a_title_entitled_before_its_note_and_the_text_an_officer_presented_or_owns(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_39.md and A_RES_80_46.md (preambular clauses, cut) and their notes
    x = extract_resolution(
        tmp_path, "A/RES/80/39",
        "Recalling also the report of the Secretary-General entitled “Our Common Agenda”,1 and the "
        "disarmament recommendations of policy brief 9, entitled “A New Agenda for Peace”,2 presented by "
        "the Secretary-General on 20 July 2023,\n\n"
        "Recalling the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for "
        "Disarmament, in particular its section,\n\n"
        "[^1]: A/75/982.\n[^2]: A/77/CRP.1/Add.8.")
    got = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/75/982", "dcterms:title", Lit("Our Common Agenda")) in got
    assert ("un/a/75/982", "acta:producedBy", "un/secretary-general") in got
    assert ("un/a/77/crp.1/add.8", "dcterms:title", Lit("A New Agenda for Peace")) in got
    assert ("un/a/77/crp.1/add.8", "acta:adoptionDate", Lit("2023-07-20", "xsd:date")) in got
    agenda = "instrument/securing-our-common-future-an-agenda-for-disarmament"
    assert x.registry.get(agenda).label == "Securing Our Common Future: An Agenda for Disarmament"
    assert (agenda, "acta:producedBy", "un/secretary-general") in got


def test_a_part_of_a_text_before_its_symbol_is_not_its_title(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md, note 2: "Final Document" is the title, "Part I" which part
    x = extract_resolution(tmp_path, "A/RES/80/33", "Recalling the decision on principles and objectives,2",
                           "[^2]: 1995 Review and Extension Conference of the Parties to the Treaty on the "
                           "Non-Proliferation of Nuclear Weapons, Final Document, Part I (NPT/CONF.1995/32 (Part I) "
                           "and NPT/CONF.1995/32 (Part I)/Corr.2), annex, decision 2.")
    titles = {c.object.value for c in x.claims if c.subject == "un/npt/conf.1995/32/part-i"
              and c.predicate == "dcterms:title"}
    assert titles == {"Final Document"}


def test_a_dated_note_by_a_body_on_a_topic_with_its_symbol_in_a_footnote(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_34.md paragraph 4 (cut)
    x = extract_resolution(tmp_path, "A/RES/80/34",
                           "4. Condemns the use of a toxic chemical as a weapon, notes with grave concern the note by "
                           "the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons of 6 "
                           "October 2020 on the summary of the report on activities "
                           "carried out in support of a request for technical assistance by Germany, 6 and underlines "
                           "the need for an investigation;",
                           "[^6]: S/1906/2020.")
    facts = {(c.predicate, c.object) for c in x.claims if c.rule == "note-by"}
    doc = next(c.subject for c in x.claims if c.rule == "note-by")
    assert doc.endswith("s/1906/2020")
    assert ("acta:adoptionDate", Lit("2020-10-06", "xsd:date")) in facts
    assert ("dcterms:title", Lit("The summary of the report on activities carried out in support of a request for "
                                 "technical assistance by Germany")) in facts
    (by,) = [o for p, o in facts if p == "acta:producedBy"]
    assert x.registry.get(by).label.startswith("Technical Secretariat")


def test_a_title_before_a_symbol_keeps_its_subtitle_and_its_own_quotes(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, note 15
    x = extract_resolution(
        tmp_path, "A/RES/80/9", "In this regard, we recall the United Nations Guiding Principles on Business and "
        "Human Rights.15",
        "[^15]: Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect,\n"
        "    Respect and Remedy” Framework (A/HRC/17/31, annex).")
    assert objects(x, "un/a/hrc/17/31", "dcterms:title") == [Lit(
        "Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and "
        "Remedy” Framework")]


def test_a_resolution_cited_with_its_subject_is_titled_by_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_42.md, A_RES_80_40.md and A_RES_80_52.md (clauses, cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/42",
        "Recalling also its resolution 57/337 of 3 July 2003 on the prevention of armed conflict, in which the General "
        "Assembly calls upon Member States to settle their disputes by peaceful means,",
        "Recalling its resolution 56/24 T of 29 November 2001 on multilateral cooperation in the area of disarmament "
        "and non-proliferation and global efforts against terrorism and other relevant resolutions,",
        "Recalling further its resolution 77/48 on the promotion of multilateralism in the area of disarmament and "
        "non-proliferation and underlined the fact that multilateralism provides the only sustainable method,",
        "Recalling its resolutions 63/71 of 2 December 2008 on the Convention on Cluster Munitions and 70/54 of 7 "
        "December 2015 on the implementation of the Convention,",
        "Acting on the basis of its resolution 75/1 on the basis of the report,")
    assert rule_triples(x, "cited-on-subject") == {
        ("un/a/res/57/337", "dcterms:title", Lit("Prevention of armed conflict")),
        ("un/a/res/56/24/t", "dcterms:title", Lit("Multilateral cooperation in the area of disarmament and "
                                                  "non-proliferation and global efforts against terrorism")),
        ("un/a/res/77/48", "dcterms:title", Lit("Promotion of multilateralism in the area of disarmament and "
                                                "non-proliferation")),
        ("un/a/res/63/71", "dcterms:title", Lit("Convention on Cluster Munitions"))}


def test_a_title_adopted_somewhere_before_its_note_titles_the_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_36.md and A_RES_80_14.md (clauses, cut) and their notes
    x = extract_resolution(
        tmp_path, "A/RES/80/36",
        "Bearing in mind the Bamako Declaration on an African Common Position on the Illicit Proliferation, "
        "Circulation and Trafficking of Small Arms and Light Weapons, adopted in Bamako on 1 December 2000,1",
        "Recalling further the Cairo Declaration adopted on that occasion,2 in which it was emphasized that "
        "nuclear-weapon-free zones enhance global and regional peace and security,",
        "[^1]: A/CONF.192/PC/23, annex.", "[^2]: A/51/113-S/1996/276, annex.")
    assert rule_triples(x, "title-before-note") == {
        ("un/a/conf.192/pc/23", "dcterms:title", Lit("Bamako Declaration on an African Common Position on the "
                                                     "Illicit Proliferation, Circulation and Trafficking of Small "
                                                     "Arms and Light Weapons")),
        ("un/a/51/113", "dcterms:title", Lit("Cairo Declaration"))}


def test_the_document_a_note_gives_for_a_text_was_adopted_or_approved_as_the_text_was(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md and A_RES_80_33.md (clauses, cut) and their notes
    x = extract_resolution(
        tmp_path, "A/RES/80/6",
        "Expressing its appreciation to the Secretary-General for providing effective and efficient assistance to the "
        "International Criminal Court in accordance with the Relationship Agreement between the United Nations and "
        "the International Criminal Court,2",
        "Acknowledging the Relationship Agreement as approved by the General Assembly in its resolution 58/318 of 13 "
        "September 2004,",
        "Recalling also the adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons,12",
        "[^2]: A/58/874 and A/58/874/Add.1.", "[^12]: A/CONF.229/2017/8.")
    assert rule_triples(x, "published-as") == {
        ("un/a/58/874", "acta:approvedBy", "un/general-assembly"),
        ("un/a/58/874", "acta:adoptedIn", "un/a/res/58/318"),
        ("un/a/58/874", "acta:adoptionDate", Lit("2004-09-13", "xsd:date")),
        ("un/a/conf.229/2017/8", "acta:adoptionDate", Lit("2017-07-07", "xsd:date")),
        # and each text is published in its note's document, quoted where the note is given
        ("instrument/relationship-agreement-between-the-united-nations-and-the-international-criminal-court",
         "acta:publishedIn", "un/a/58/874"),
        ("instrument/treaty-on-the-prohibition-of-nuclear-weapons", "acta:publishedIn", "un/a/conf.229/2017/8")}
    quoted = {x.document.text[c.start:c.end][:30].strip() for c in x.claims if c.predicate == "acta:publishedIn"}
    assert quoted == {"Expressing its appreciation to", "Recalling also the adoption on"}


def test_a_meetings_text_its_place_and_days_and_its_note_title_the_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_13.md (preamble, cut) and its note 2
    x = build(tmp_path, "Recalling further paragraph 102 of the Final Document of the Thirteenth Conference of Heads "
                        "of State or Government of Non-Aligned Countries, held in Kuala Lumpur on 24 and 25 February "
                        "2003,[^2] in which it was noted, inter alia, that the consultations would continue,",
              "[^2]: A/57/759-S/2003/332, annex I.")
    assert objects(x, "un/a/57/759", "dcterms:title") == [
        Lit("Final Document of the Thirteenth Conference of Heads of State or Government of Non-Aligned Countries")]


def test_a_text_its_short_name_in_brackets_and_its_note_title_the_notes_document(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_69.md (preamble) and its note 1: the text's name, not its short name
    x = build(tmp_path, "Welcoming the entry into force of the African Nuclear-Weapon-Free Zone Treaty (Treaty of "
                        "Pelindaba)[^1] as a contribution to the strengthening of peace and security,",
              "[^1]: A/50/426, annex.")
    assert objects(x, "un/a/50/426", "dcterms:title") == [Lit("African Nuclear-Weapon-Free Zone Treaty")]


def test_a_text_issued_or_adopted_at_a_meeting_named_between_it_and_its_note(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md and A_RES_80_70.md (preambles, cut) and their notes
    x = build(tmp_path, "Recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued "
                        "following the third Conference on the Humanitarian Impact of Nuclear Weapons, [^15]",
              "Recalling the Joint Ministerial Statement on the Comprehensive Nuclear-Test-Ban Treaty adopted at the "
              "ministerial meeting held in New York on 24 September 2024,[^2]",
              "[^15]: CD/2039.",
              "[^2]: A/79/905, annex.")
    assert objects(x, "un/cd/2039", "dcterms:title") == [Lit("Humanitarian Pledge")]
    assert objects(x, "un/a/79/905", "dcterms:title") == [
        Lit("Joint Ministerial Statement on the Comprehensive Nuclear-Test-Ban Treaty")]
    assert objects(x, "un/a/79/905", "acta:adoptionDate") == [Lit("2024-09-24", "xsd:date")]
