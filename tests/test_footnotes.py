"""graph/footnotes.py: footnote definitions and the markers that point to them, on corpus text."""

# ruff: noqa: E501  (the corpus snippets below are copied verbatim, one source line each)

from __future__ import annotations

from graph.footnotes import definitions, markers, sequence_markers

# /work/shared/corpus/un-ga-80/A_RES_80_66.md: a clause with a glued marker, a symbol with a session year, footnotes
A66 = """Having considered the report of the Disarmament Commission,1

10. Requests the Secretary-General to transmit to the Commission the annual report of the Conference on Disarmament on its 2025 session,4 together with all the official records of the eightieth session of the General Assembly relating to disarmament matters;

---

[^1]: Official Records of the General Assembly, Eightieth Session, Supplement No. 42 (A/80/42).

[^2]: Resolution 44/119 C, annex.

[^3]: Resolution S‑10/2.

[^4]: Official Records of the General Assembly, Eightieth Session, Supplement No. 27 (A/80/27).
"""

# /work/shared/corpus/un-ga-80/A_RES_80_25.md (preamble) and its footnote 4
A25 = """Taking note of the report of the Secretary-General submitted pursuant to resolution 79/43,4

[^4]: A/80/125.
"""

# /work/shared/corpus/ipbes/unep-ipbes-mi-2-9-panama-resolution.txt: superscript markers and definitions
IPBES = """1. Recalling the Rio Declaration on Environment and Development,¹ Agenda 21,² the Programme for Further Implementation of Agenda 21,³ the Johannesburg Declaration on Sustainable Development⁴ and the Plan of Implementation of the World Summit on Sustainable Development (“Johannesburg Plan of Implementation”),⁵

² Ibid., annex II. ↑

³ General Assembly resolution S-19/2, annex. ↑

⁴ Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 1, annex. ↑

⁵ Ibid., resolution 2, annex. ↑
"""


def line(text: str, start: str) -> tuple[int, int]:
    s = text.index(start)
    return s, text.index("\n", s)


def test_markdown_definitions_run_to_the_blank_line() -> None:
    notes = definitions(A66)
    assert sorted(notes) == ["1", "2", "3", "4"]
    assert A66[notes["2"].start:notes["2"].end] == "Resolution 44/119 C, annex."
    # the last one runs to the end of the file
    assert A66[notes["4"].start:notes["4"].end].rstrip("\n") == \
        "Official Records of the General Assembly, Eightieth Session, Supplement No. 27 (A/80/27)."


def test_a_marker_glued_to_a_comma_after_a_word() -> None:
    notes = definitions(A66)
    s, e = line(A66, "Having considered")
    (m,) = markers(A66, s, e, notes)
    assert (m.number, A66[m.start:m.end]) == ("1", "1")
    assert A66[m.start - 11:m.start] == "Commission,"


def test_a_year_in_the_sentence_is_not_a_marker_but_the_glued_number_is() -> None:
    notes = definitions(A66)
    s, e = line(A66, "10. Requests")
    found = markers(A66, s, e, notes)
    assert [(m.number, A66[m.start - 8:m.end]) for m in found] == [("4", "session,4")]


def test_the_number_ending_a_symbol_is_not_a_marker() -> None:
    notes = definitions(A25)
    s, e = line(A25, "Taking note")
    found = markers(A25, s, e, notes)
    # "79/43,4": the 4 after the comma points to the footnote; the 43 of the symbol does not
    assert [(m.number, m.start) for m in found] == [("4", A25.index("43,4") + 3)]


def test_no_definitions_no_markers() -> None:
    s, e = line(A25, "Taking note")
    assert markers(A25, s, e, {}) == []


def test_a_marker_for_an_undefined_footnote_is_ignored() -> None:
    text = A25.replace("[^4]: A/80/125.", "[^5]: A/80/125.")
    notes = definitions(text)
    s, e = line(text, "Taking note")
    assert sorted(notes) == ["5"]
    assert markers(text, s, e, notes) == []


def test_no_markers_inside_a_definition() -> None:
    notes = definitions(A66)
    s = notes["4"].start
    # "Supplement No. 27 (A/80/27)." holds numbers, but a definition has no markers
    assert markers(A66, s, notes["4"].end, notes) == []


def test_superscript_markers_and_definitions() -> None:
    notes = definitions(IPBES)
    assert sorted(notes) == ["2", "3", "4", "5"]
    assert IPBES[notes["3"].start:notes["3"].end] == "General Assembly resolution S-19/2, annex. ↑"
    s, e = line(IPBES, "1. Recalling")
    found = markers(IPBES, s, e, notes)
    assert [(m.number, IPBES[m.start:m.end]) for m in found] == [("2", "²"), ("3", "³"), ("4", "⁴"), ("5", "⁵")]
    # "Agenda 21," is not footnote 21 nor 2 and 1
    assert all(IPBES[m.start:m.end] != "21" for m in found)


# /work/shared/corpus/un-ga-80/A_RES_80_63.md (cut) and A_RES_80_44.md: PDF text with a space before the marker
SPACED = """Bearing in mind resolutions 1196 (1998) and 1197 (1998), adopted by the Security Council on 16 and 18 September 1998, respectively, following its consideration of the report of the Secretary-General on the causes of conflict in Africa, 3

Recalling the consideration of the report of the Group of Governmental Experts, 8 as well as views on the modalities, held in Malabo, 7 June 2025, on articles 2, 3 and 8,

[^3]: A/52/871-S/1998/318.

[^7]: Not marked: a day of the month.

[^8]: A/68/189.
"""


def test_a_marker_a_space_after_a_comma_before_a_lowercase_word_or_the_line_end() -> None:
    notes = definitions(SPACED)
    s, e = line(SPACED, "Bearing in mind")
    assert [(m.number, SPACED[m.start - 8:m.end]) for m in markers(SPACED, s, e, notes)] == [("3", "Africa, 3")]
    s, e = line(SPACED, "Recalling")
    # "Experts, 8 as well as" is a marker; "Malabo, 7 June" (a date) and "2, 3 and 8" (a list of numbers) are not
    assert [(m.number, SPACED[m.start - 9:m.end]) for m in markers(SPACED, s, e, notes)] == [("8", "Experts, 8")]


def test_plain_numbered_definitions_from_pdf_text() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_58.md: a note's definition is its number and its text on a line of
    # its own, between two halves of a paragraph cut by the page break
    text = ("Taking note of the report of the Secretary-General on current developments in science and technology,1\n\n"
            "Taking note of the discussions on recommendations related to emerging\n\n1 A/80/237.\n\n"
            "technologies in the context of international security,\n\n"
            "7 United Nations, Treaty Series, vol. 1342, No. 22495.\n\n"
            "2 Decides to remain seized of the matter;\n")
    notes = definitions(text)
    assert {n: text[f.start:f.end] for n, f in notes.items()} == {
        "1": "A/80/237.", "7": "United Nations, Treaty Series, vol. 1342, No. 22495."}  # "2 Decides" is no note
    assert [m.number for m in markers(text, 0, len(text), notes)] == ["1"]


def test_a_marker_glued_to_a_dates_year() -> None:
    # A/RES/80/11: "the report of the Secretary-General on peacebuilding and sustaining peace of 25 November 20242"
    text = ("Taking note of the report of the Secretary-General on peacebuilding of 25 November 20242 and its letter "
            "dated 13 November 20243 and of the 2024 review,\n\n[^2]: A/79/552.\n\n[^3]: A/79/609.\n")
    notes = definitions(text)
    found = markers(text, 0, text.index("\n"), notes)
    assert [(m.number, text[m.start:m.end]) for m in found] == [("2", "2"), ("3", "3")]
    assert text[found[0].start - 4:found[0].start] == "2024"  # the year stays the date's


def test_a_spaced_marker_glued_to_the_next_word_but_not_an_ordinal() -> None:
    # A/RES/80/61: "Taking note of the report of the Secretary-General, 2and expressing its appreciation"
    text = ("Taking note of the report of the Secretary-General, 2and expressing its appreciation, 3rd meeting,\n\n"
            "[^2]: A/80/122.\n\n[^3]: A/80/3.\n")
    found = markers(text, 0, text.index("\n"), definitions(text))
    assert [(m.number, text[m.start:m.end + 3]) for m in found] == [("2", "2and")]


# /work/shared/corpus/un-ga-80/A_RES_80_53.md (text from PDF): notes 3 and 4 after a year and a comma between two
# digits, places where no pattern may read a bare number, between the notes 2 and 5 that the patterns find
A53 = """Recalling also its resolution 62/21 of 5 December 2007, in which it took note of the report of the Panel of Governmental Experts on verification in all its aspects, including the role of the United Nations in the field of verification, 2 as well as the reports of the Secretary-General of 1990 3  and 1995, 4  and the report of the Disarmament Commission outlining general principles of verification elaborated upon or added to those stated in the Final Document of the Tenth Special Session of the General Assembly,5

[^2]: A/61/1028.

[^3]: A/45/372 and A/45/372/Corr.1.

[^4]: A/50/377 and A/50/377/Corr.1.

[^5]: A/51/182/Rev.1.
"""

# /work/shared/corpus/un-ga-80/A_RES_80_65.md: "5, 6 and 7" count agenda items, and "4." numbers a paragraph
A65 = """3. Welcomes the decisions of the Conference on Disarmament on agenda items 1 to 4 and one on agenda items 5, 6 and 7, for the 2025 session,4

5. Encourages the current President of the Conference,

[^4]: A/80/27.

[^5]: A/79/27.

[^6]: A/78/27.

[^7]: A/77/27.
"""


def test_bare_numbers_that_the_order_of_the_notes_expects_are_markers() -> None:
    notes = definitions(A53)
    found = sequence_markers(A53, 0, notes)
    assert sorted(mk.number for mk in found.values()) == ["3", "4"]
    assert all(A53[mk.start:mk.end] == mk.number for mk in found.values())
    end = A53.index("\n")
    assert [mk.number for mk in markers(A53, 0, end, notes, found)] == ["2", "3", "4", "5"]
    assert [mk.number for mk in markers(A53, 0, end, notes)] == ["2", "5"]  # what the patterns alone read


def test_counted_items_and_paragraph_numbers_are_not_markers() -> None:
    notes = definitions(A65)
    assert sequence_markers(A65, 0, notes) == {}


def test_a_number_out_of_the_notes_order_is_not_a_marker() -> None:
    # note 3 was marked already: a later bare "2" or "3" is a count, not a marker
    text = "It welcomes the report,3 and the two reports of 2 and 3 experts, 4 as well as\n\n[^2]: A/1/2.\n\n[^3]: A/1/3.\n\n[^4]: A/1/4.\n"
    notes = definitions(text)
    assert sequence_markers(text, 0, notes) == {}
    assert [mk.number for mk in markers(text, 0, text.index("\n"), notes)] == ["3", "4"]


# /work/shared/corpus/un-ga-80/A_RES_80_44.md (text from PDF): note 3 glued to the end of a range of years
A44 = """Recalling also the report of the Secretary-General of 15 October 1993 to the General Assembly at its forty-eighth session, the annex to which contains the study by governmental experts on the application of confidence-building measures in outer space,1

Noting further the establishment by the General Assembly in its decision 79/512 of 2 December 2024 of an open-ended working group and the sessions held by the group, and welcoming the adoption by consensus by the group of the agenda 2 and the indicative timetable for 2025–20283 and the beginning of its substantive work,

[^1]: A/48/305 and A/48/305/Corr.1.

[^2]: A/AC.297/2025/3.

[^3]: A/AC.297/2025/CRP.2/Rev.5.
"""


def test_a_marker_glued_to_the_last_year_of_a_range() -> None:
    notes = definitions(A44)
    found = sequence_markers(A44, 0, notes)
    assert sorted((mk.number, A44[mk.start - 4:mk.end]) for mk in found.values()) == [("2", "nda 2"), ("3", "20283")]



# /work/shared/corpus/un-ga-80/A_RES_80_28.md (text from PDF): a list of years, each with its note, one glued to it
A28 = """Welcoming the consolidated reports of the Secretary-General on the Register, which include the returns of Member States for 2021, 1 2022,2 20233 and 2024,4

[^1]: A/77/165.

[^2]: A/78/165.

[^3]: A/79/216.

[^4]: A/80/226.
"""


def test_a_marker_glued_to_a_year_in_a_list_of_years() -> None:
    notes = definitions(A28)
    found = sequence_markers(A28, 0, notes)
    end = A28.index("\n")
    marks = markers(A28, 0, end, notes, found)
    assert [(mk.number, A28[mk.start - 4:mk.end]) for mk in marks] == [
        ("1", "21, 1"), ("2", "022,2"), ("3", "20233"), ("4", "024,4")]
    # a year with more digits than a note's number the sequence expects is a number, not a year and a marker
    assert sequence_markers(A28.replace("20233", "20235"), 0, notes).keys() == {A28.index(" 1 ") + 1}


# /work/shared/corpus/un-ga-80/A_RES_80_6.md: the draft's symbol in the heading ends in ".9", which is no note 9;
# had it been read as one, the order of notes would have refused the bare "4" of paragraph 1
A6 = """[without reference to a Main Committee (A/80/L.9)]

Expressing its appreciation to the Secretary-General in accordance with the Relationship Agreement between the United Nations and the International Criminal Court,2

Acknowledging the Relationship Agreement, 3 which provides a framework for continued cooperation,

1. Welcomes the report of the International Criminal Court for 2024/25; 4

[^2]: A/58/874 and A/58/874/Add.1.

[^3]: A/58/874.

[^4]: A/80/342.

[^9]: S/PRST/2013/2.
"""


def test_a_number_ending_a_symbols_abbreviation_is_no_marker() -> None:
    notes = definitions(A6)
    end = A6.index("[^2]:")
    assert [mk.number for mk in markers(A6, 0, end, notes)] == ["2", "3"]
    assert [mk.number for mk in sequence_markers(A6, 0, notes).values()] == ["4"]


def test_the_last_part_of_a_sales_number_is_no_marker() -> None:
    """/work/shared/corpus/un-ga-80/A_RES_80_10.md: "Sales No. E.96.IV.13" where the document has a note 13."""
    text = ("Recalling the Beijing Declaration,8\n\nReport of the Fourth World Conference on Women (United Nations "
            "publication, Sales No. E.96.IV.13), chap. I.\n\n[^8]: A/CONF.177/20.\n\n[^13]: CEDAW/C/GC/40.\n")
    notes = definitions(text)
    assert [mk.number for mk in markers(text, 0, text.index("[^8]"), notes)] == ["8"]


def test_a_number_defined_twice_is_the_definition_in_the_notes_order() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_18.md: note 2's "as from 7 February 1984" came out of the conversion as a
    # definition of note 7
    text = ("Body.\n\n---\n\n[^1]: Resolution S-10/2.\n\n[^2]: The Committee was redesignated as from\n"
            "[^7]: February 1984.\n\n[^3]: A/S-12/2.\n\n[^6]: A/48/27.\n\n[^7]: See A/57/759-S/2003/332, annex I.\n")
    notes = definitions(text)
    assert text[notes["7"].start:notes["7"].end].startswith("See A/57/759")
    assert text[notes["2"].start:notes["2"].end].startswith("The Committee")
