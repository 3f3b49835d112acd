"""graph/text.py: decoding, front matter, paragraphs and sentences whose offsets stay true to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import BinaryFileError, EmptyDocumentError, InputError, NoDocumentsError
from graph.resources import example_document
from graph.text import (
    content_hash,
    decode,
    find_documents,
    name_keys,
    paragraphs,
    parse_front_matter,
    read_document,
    running_heads,
    sentences,
    slugify,
)

FIXTURES = Path(__file__).parent / "fixtures"


def sentence_containing(sents, needle: str):
    found = [s for s in sents if needle in s.text]
    assert len(found) == 1, f"{needle!r} is in {len(found)} sentences"
    return found[0]


# --- front matter -------------------------------------------------------------------------------
def test_front_matter_is_parsed_and_offsets_stay_in_the_whole_file() -> None:
    doc = read_document(FIXTURES / "un-a-res-80-5-page-break.md")
    assert doc.metadata["symbol"] == "A/RES/80/5"
    assert doc.metadata["date"] == "2025-11-04"
    assert doc.metadata["record_id"] == "4093123"
    assert doc.text.startswith("---\nsymbol: A/RES/80/5")  # kept in place, not cut away
    assert doc.body.lstrip().startswith("1. We, Heads of State")
    sents = sentences(doc.text, doc.body_start)
    assert sents and sents[0].start >= doc.body_start
    for s in sents:
        assert doc.text[s.start:s.end] == s.text


def test_front_matter_double_quoted_title_loses_its_yaml_escapes() -> None:
    doc = read_document(FIXTURES / "un-a-res-80-5-page-break.md")
    assert doc.metadata["title"] == ('Doha Political Declaration of the "World Social Summit" under the title '
                                     '"the Second World Summit for Social Development" :')


def test_front_matter_scalars() -> None:
    text = "---\na: 'it''s'\nb: \"caf\\u00e9 \\\\ x\"\nc: plain: value\n---\nBody text."
    meta, end = parse_front_matter(text)
    assert meta == {"a": "it's", "b": "café \\ x", "c": "plain: value"}
    assert text[end:] == "Body text."


def test_no_front_matter_means_body_starts_at_zero() -> None:
    text = "United Nations\n\n---\nnot: front matter\n---\n"
    assert parse_front_matter(text) == ({}, 0)


# --- sentences ----------------------------------------------------------------------------------
def test_example_sentences_have_true_offsets_and_keep_symbols_whole() -> None:
    doc = read_document(example_document())
    sents = sentences(doc.text, doc.body_start)
    for s in sents:
        assert doc.text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
    cp = sentence_containing(sents, "CP/RES. 957")
    assert cp.text.startswith("In addition, on September 16, 2009, the Organization's Permanent Council")
    assert cp.text.endswith("the main topic of which is crime and violence.")
    ag = sentence_containing(sents, "AG/RES. 2444 (XXXIX-O/09)")
    assert ag.text.startswith("This decision was ratified by the last General Assembly")
    rev = sentence_containing(sents, "(MISPA/doc.7/08 rev. 4)")
    assert rev.text.endswith("during the First Meeting of Ministers Responsible for Public Security in the Americas.")


def test_symbol_abbreviations_do_not_end_sentences() -> None:
    text = ("The Council adopted resolution CP/RES. 957 (1714/09) on that day. "
            "It approved document CSH/GT/MISPA II-2/09 rev. 2 later. Published in ODS no. UNEP/IPBES.MI/2/9 today.")
    assert [s.text for s in sentences(text)] == [
        "The Council adopted resolution CP/RES. 957 (1714/09) on that day.",
        "It approved document CSH/GT/MISPA II-2/09 rev. 2 later.",
        "Published in ODS no. UNEP/IPBES.MI/2/9 today.",
    ]


def test_numbered_paragraphs_stay_one_sentence() -> None:
    doc = read_document(FIXTURES / "ipbes-mi-2-9-excerpt.txt")
    sents = sentences(doc.text, doc.body_start)
    decide = sentence_containing(sents, "Decide to establish")
    assert decide.text.startswith("2. Decide to establish an independent intergovernmental body")
    recall = sentence_containing(sents, "Recalling the Rio Declaration")
    assert recall.text.startswith("1. Recalling the Rio Declaration")
    assert not any(s.text in ("1.", "2.") for s in sents)


def test_paragraph_number_run_on_after_a_semicolon_or_a_comma_starts_its_own_sentence() -> None:
    doc = read_document(FIXTURES / "un-a-res-80-59-excerpt.md")
    sents = sentences(doc.text, doc.body_start)
    one = sentence_containing(sents, "Reiterates its request")
    assert one.text.startswith("1. Reiterates its request to the Conference on Disarmament")
    assert one.text.endswith("under any circumstances;")
    two = sentence_containing(sents, "Requests the Conference")
    assert two.text == ("2. Requests the Conference on Disarmament to report to the General Assembly on the "
                        "results of those negotiations.")
    noting = sentence_containing(sents, "Noting with regret")
    assert noting.text.endswith("General Assembly resolution 79/64 of 2 December 2024,")


def test_paragraph_number_after_a_footnote_mark_starts_its_own_sentence() -> None:
    doc = read_document(FIXTURES / "un-a-res-80-5-page-break.md")
    sents = sentences(doc.text, doc.body_start)
    one = sentence_containing(sents, "We, Heads of State")
    assert one.text.endswith("the implementation of the 2030 Agenda for Sustainable Development.2")
    two = sentence_containing(sents, "We acknowledge the urgent need")
    assert two.text.startswith("2. We acknowledge")


def test_page_break_in_mid_sentence_is_joined() -> None:
    doc = read_document(FIXTURES / "un-a-res-80-5-page-break.md")
    sents = sentences(doc.text, doc.body_start)
    joined = sentence_containing(sents, "their distressing")
    assert joined.text.startswith("It is our task to address both their underlying and structural causes")
    assert "distressing\n\nconsequences in accordance with international law" in joined.text
    assert joined.text.endswith("inequality and insecurity.")
    spans = list(paragraphs(doc.text, doc.body_start))
    assert any(doc.text[s:e].endswith("insecurity.") and "1. We, Heads" in doc.text[s:e] for s, e in spans)


def test_a_numbered_paragraph_wrapped_after_a_comma_goes_on_on_the_next_line() -> None:
    text = ("11. Renews its decision to convene the Conference to Review the Programme of Action to Prevent,\n"
            "Combat and Eradicate the Illicit Trade in 2030;\n"
            "12. Underlines the importance of the Programme;\n")
    assert [s.text.split()[0] for s in sentences(text)] == ["11.", "12."]
    assert sentences(text)[0].text.endswith("Illicit Trade in 2030;")


def test_a_list_of_symbols_that_a_page_break_cut_after_an_item_goes_on() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_7.md, operative paragraph 2 (cut), with the page break the source has
    text = ("2. Takes note of resolutions GC(69)/RES/13, entitled “Implementation of the NPT safeguards agreement”;\n"
            "\n"
            "GC(69)/RES/14, entitled “Nuclear safety, security and safeguards in Ukraine”; and GC(69)/RES/16;\n"
            "\n"
            "3. Reaffirms its strong support for the Agency;\n")
    assert [s.text.split()[0] for s in sentences(text)] == ["2.", "3."]
    assert "GC(69)/RES/14, entitled" in sentences(text)[0].text


def test_a_paragraph_a_page_break_cut_after_a_preposition_goes_on_with_a_date() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md, a preambular clause (cut) and the paragraph after it
    text = ("Recalling the convening of the Conferences, in Oslo on 4 and 5 March 2013, and in Vienna on\n\n"
            "8 and 9 December 2014 and on 20 June 2022,\n\n"
            "6. Recommends that the Commission continue, taking into account the\n\n"
            "7. Requests the Secretary-General to report;\n")
    starts = [s.text.split()[0] for s in sentences(text)]
    assert starts == ["Recalling", "6.", "7."]
    assert "Vienna on\n\n8 and 9 December" in sentences(text)[0].text


def test_a_paragraph_a_page_break_cut_after_an_article_goes_on_with_a_capitalised_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_6.md, paragraph 14 (shortened), cut by a page break after "the"
    text = ("14. Recalls the guidance issued by the\n\n"
            "International Criminal Court, 7  and in this regard takes note of the report;8\n\n"
            "15. Recalls the Relationship Agreement;\n")
    assert [s.text.split()[0] for s in sentences(text)] == ["14.", "15."]


def test_a_declarations_bare_verb_paragraph_cut_inside_a_name_goes_on() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_5.md, the annex's follow-up paragraphs (cut), "We" said once for all
    text = ("Reaffirm that the Commission for Social Development has the primary responsibility for the follow-up and "
            "the review of the World Summit for Social\n\n"
            "Development, the outcome of the twenty-fourth special session of the General Assembly;\n\n"
            "Invite the United Nations regional commissions to convene preparatory meetings;\n")
    assert [s.text.split()[0] for s in sentences(text)] == ["Reaffirm", "Invite"]


def test_a_title_or_running_head_cut_after_an_article_does_not_swallow_what_opens_a_paragraph() -> None:
    # A_RES_80_2.md's heading ("… expenses of the" / "The General Assembly,"), A_RES_80_32.md's running head
    # ("… in the drafting and" / "Noting that …") and A_RES_80_39.md's ("… accelerating the" / "Resolution adopted …")
    for cut, after in [("Scale of assessments for the apportionment of the expenses of the", "The General Assembly,"),
                       ("Observance of environmental norms in the drafting and", "Noting that the Summit welcomed it,"),
                       ("towards a nuclear-weapon-free world: accelerating the",
                        "Resolution adopted by the General Assembly on 1 December 2025"),
                       # A_RES_80_61.md's heading, cut inside the Centre's name after "and"
                       ("80/61. United Nations Regional Centre for Peace, Disarmament and", "The General Assembly,")]:
        assert [s.text for s in sentences(f"{cut}\n\n{after}\n")] == [cut, after]


def test_a_name_a_page_break_cut_after_and_goes_on_though_its_next_word_ends_in_ing() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_22.md (a preambular clause, cut by a page break inside the
    # Convention's title, and the clause after it)
    text = ("Cognizant of the decision of the Ninth Review Conference of the States Parties to the Convention on the "
            "Prohibition of the Development, Production and\n\n"
            "Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction to develop a "
            "mechanism,2\n\n"
            "Cognizant also of the discussions in the Conference on Disarmament in 2025,\n")
    assert [s.text.split()[:2] for s in sentences(text)] == [["Cognizant", "of"], ["Cognizant", "also"]]


def test_a_clause_a_page_break_cut_inside_a_long_name_goes_on() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_57.md (a preambular clause, cut by a page break inside the Group's name)
    text = ("Welcoming the growing interest, in particular through the ongoing and valuable work of the Group of "
            "Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons\n\n"
            "Systems, established under the Convention,1 and appreciating the substantial progress made,\n\n"
            "Mindful of the importance of addressing artificial intelligence,\n")
    assert [s.text.split()[0] for s in sentences(text)] == ["Welcoming", "Mindful"]
    # not a heading that ends on a name, nor a paragraph the name does not go on into
    for cut, after in [("Eightieth session Agenda item 99 General and Complete Disarmament", "The General Assembly,"),
                       ("Recalling its resolutions on the Conference on Disarmament", "Recalling also the work of"),
                       ("Welcoming the valuable work of the Group of Governmental Experts on Emerging Technologies",
                        "Noting that the Group met,")]:
        assert len(sentences(f"{cut}\n\n{after}\n")) == 2


def test_a_year_in_brackets_at_the_start_of_a_line_is_not_a_list_item() -> None:
    text = ("Noting the efforts to end the conflict, in particular Security Council resolution 2773\n"
            "(2025) of 21 February 2025, and the Doha Declaration,\n"
            "(a) To continue;\n")
    assert [s.text.split("\n")[0][:7] for s in sentences(text)] == ["Noting ", "(a) To "]


def test_list_items_and_headings_are_their_own_paragraphs() -> None:
    doc = read_document(example_document())
    sents = sentences(doc.text, doc.body_start)
    texts = [s.text for s in sents]
    assert "- Draft Agenda (CSH/GT/MISPA II-2/09 rev. 2)" in texts
    assert "- Draft Final Document (CSH/GT/MISPA II-9/09 rev. 3)" in texts
    assert "II. OFFICERS" in texts
    items = [s for s in sents if s.text.startswith("- Draft")]
    assert len({s.paragraph for s in items}) == len(items)


# --- decoding and reading -----------------------------------------------------------------------
def test_cp1252_is_decoded_with_a_warning() -> None:
    data = "Ambassador Virgilio Alcántara \u2014 Chair".encode("cp1252")
    text, encoding, warnings = decode(data, "report.txt")
    assert text == "Ambassador Virgilio Alcántara \u2014 Chair"
    assert encoding == "cp1252"
    assert len(warnings) == 1 and "report.txt is not UTF-8" in warnings[0] and "cp1252" in warnings[0]


def test_utf8_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes("\ufeffFirst line.\r\nSecond line.\r\n".encode())
    doc = read_document(path)
    assert doc.text == "First line.\nSecond line.\n"
    assert doc.warnings == [] and doc.encoding == "utf-8"


def test_utf16_with_a_byte_order_mark_is_text(tmp_path: Path) -> None:
    text = "Ambassador Virgilio Alcántara, Permanent Representative of the Dominican Republic to the OAS.\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
        path.write_bytes(bom + text.encode(encoding))
        doc = read_document(path)
        assert doc.text == text.replace("\r\n", "\n")
        assert doc.encoding == "utf-16"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(64)), b"text\x00with a NUL", b"%PDF-1.7\n%..."])
def test_binary_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(BinaryFileError, match="binary"):
        read_document(path)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  ", b"---\ntitle: only front matter\n---\n\n"])
def test_empty_documents_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyDocumentError, match="is empty"):
        read_document(path)


def test_the_hash_is_of_the_decoded_text(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes("café\n".encode())
    b.write_bytes("café\r\n".encode())
    assert read_document(a).sha256 == read_document(b).sha256
    b.write_bytes(b"cafe\n")
    assert read_document(a).sha256 != read_document(b).sha256


def test_find_documents(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.txt", "a.md", "sub/c.TXT", "notes.pdf", ".hidden/d.txt"):
        (tmp_path / name).write_text("x")
    found = find_documents([tmp_path, tmp_path / "a.md"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b.txt", "sub/c.TXT"]
    with pytest.raises(InputError, match="does not exist"):
        find_documents([tmp_path / "missing.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoDocumentsError, match="holds no .txt or .md documents"):
        find_documents([tmp_path / "empty"])


def test_slugify() -> None:
    assert slugify("2009-CSH GT MISPA II Report") == "2009-csh-gt-mispa-ii-report"
    assert slugify("A_RES_80_5") == "a-res-80-5"
    assert slugify("Alcántara") == "alcantara"
    assert slugify("***") == "x"


def test_name_keys_fold_case_accents_the_and_a_trailing_acronym() -> None:
    assert name_keys("the Permanent Council") == ("permanent council",)
    assert name_keys("Working Group of the Committee on Hemispheric Security (CSH)") == (
        "working group of the committee on hemispheric security csh",
        "working group of the committee on hemispheric security")
    assert name_keys("Comité Jurídico Interamericano") == ("comite juridico interamericano",)
    assert name_keys("(CSH)") == ("csh",)  # nothing left without it: the acronym is the name
    assert name_keys("...") == ()


def test_content_hash_is_the_documents_hash(tmp_path: Path) -> None:
    # what an incremental build compares without reading a document in full must be the stored hash
    samples = {"crlf.txt": b"Title\r\nline two\r\n", "latin.txt": "Résolution\n".encode("cp1252"),
               "front.md": b"---\ntitle: X\n---\nbody text\n", "bom.txt": "\ufeffwith a BOM\n".encode()}
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
    paths = find_documents([tmp_path]) + find_documents([Path(__file__).parent / "fixtures"])
    assert len(paths) > len(samples)
    for path in paths:
        doc = read_document(path)
        assert content_hash(path) == (doc.sha256, doc.warnings)


def test_find_documents_skips_hidden_and_keeps_one_of_each_file(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("a.txt", "b/c.md", "b-d.txt", ".hidden.txt", ".git/e.txt", "f.pdf"):
        (tmp_path / rel).write_text("text\n")
    names = [p.relative_to(tmp_path).as_posix() for p in find_documents([tmp_path, tmp_path / "a.txt"])]
    assert names == ["a.txt", "b/c.md", "b-d.txt"]  # by path parts: the folder b before b-d.txt


def test_a_running_head_is_blanked_for_reading_with_the_offsets_kept(tmp_path: Path) -> None:
    # A_RES_80_4.md: the heading's title line comes back between the halves of a clause a page break cut
    text = ("80/4. Necessity of ending the economic, commercial and financial\n\nThe General Assembly,\n\n"
            "Recalling its resolutions 51/17 of 12 November\n\nNecessity of ending the economic, commercial and "
            "financial\n\n1996, 52/10 of 5 November 1997,\n\nAnnex\n\nNecessity of ending the economic, commercial "
            "and financial\n")
    heads = running_heads(text)
    # the second is the annex's title, not a running head
    assert [text[s:e] for s, e in heads] == ["Necessity of ending the economic, commercial and financial"]
    path = tmp_path / "cut.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert doc.source == text and len(doc.text) == len(text)
    assert "Necessity" not in doc.text[heads[0][0]:heads[0][1]]
    recalling = next(s for s in sentences(doc.text, doc.body_start) if s.text.startswith("Recalling"))
    assert recalling.text.endswith("1997,") and "12 November" in recalling.text


def test_a_number_a_converter_took_for_a_note_goes_on_from_the_line_before(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_70.md, note 4 wrapped before a number
    text = ("The General Assembly,\n\n[^4]: Including Security Council resolutions 1718 (2006), 2270 (2016),\n"
            "[^2321]: (2016) and 2375 (2017).\n")
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert doc.source == text
    assert "2270 (2016),\n  2321   (2016) and 2375 (2017)." in doc.text


def test_a_quoted_title_the_line_broke_after_its_colon_stays_in_its_sentence() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_36.md, a preambular clause (cut) and the one after it
    text = ("Recalling the report of the Secretary-General entitled “In larger freedom:\ntowards development, security "
            "and human rights for all”,2 in which he emphasized that States must strive,\n\nRecalling also the "
            "International Instrument,3\n")
    got = [s.text for s in sentences(text)]
    assert got[0].startswith("Recalling the report") and got[0].endswith("must strive,")
    assert "towards development" in got[0]
    # a line that ends on a colon with no quote open still ends its paragraph
    assert len(list(paragraphs("Decides:\nto convene the meeting;\n"))) == 2


def test_a_title_and_its_subtitle_broken_after_the_colon_inside_a_clause_are_one_paragraph() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_33.md and A_RES_80_60.md (the agenda line is a heading: not joined)
    text = ("Noting continued efforts towards realizing nuclear disarmament, including through the Secretary-General’s "
            "disarmament agenda, Securing Our Common Future:\nAn Agenda for Disarmament,\n\n"
            "Eightieth session Agenda item 100 (b) Review and implementation of the Concluding Document of the Twelfth "
            "Special Session of the General Assembly:\nUnited Nations Regional Centre for Peace and Disarmament in "
            "Africa\n")
    got = [text[s:e] for s, e in paragraphs(text)]
    assert got[0].endswith("Securing Our Common Future:\nAn Agenda for Disarmament,")
    assert got[1].endswith("of the General Assembly:")
    # nor a list's lead, nor a line that starts no title (the bundled OAS report's paragraphs, one after the other)
    text = ("This Working Group met on September 29 and on October 1, 6, 13, 15, and 20, 2009 and considered and "
            "approved the following working documents of MISPA II:\nAs well, on October 13 the Working Group held a "
            "briefing session.\n")
    assert len(list(paragraphs(text))) == 2


def test_a_notes_number_after_the_full_stop_ends_the_sentence_with_it() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_9.md, annex paras. 19 and 20 (cut): a note's number after the full stop,
    # spaced or glued, is the sentence's; the next sentence starts at its first word
    text = ("19. We reiterate the importance of collective action, in compliance with the Paris Principles. 13 We will "
            "promote multi-stakeholder partnerships. In this regard, we recall the United Nations Guiding Principles "
            "on Business and Human Rights.15 We stress the need to establish firewalls. The figure rose by 2.15 "
            "Percent.")
    assert [s.text for s in sentences(text)] == [
        "19. We reiterate the importance of collective action, in compliance with the Paris Principles. 13",
        "We will promote multi-stakeholder partnerships.",
        "In this regard, we recall the United Nations Guiding Principles on Business and Human Rights.15",
        "We stress the need to establish firewalls.",
        "The figure rose by 2.15 Percent."]  # (a decimal is no note)
