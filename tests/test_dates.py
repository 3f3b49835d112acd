"""Date recogniser, on short quotes from the corpus (source file noted above each)."""

from __future__ import annotations

import pytest

from graph.dates import DateMention, DateValue, find_dates, parse_date, spelled_day

OAS = "oas/2009-csh-gt-mispa-ii-working-group-report.txt"


def one(text: str, context_year: int | None = None) -> DateMention:
    found = find_dates(text, context_year)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def intervals(mention: DateMention) -> list[tuple[str, str | None]]:
    return [(v.start, v.end) for v in mention.values]


# --- US style (OAS) ---------------------------------------------------------------------

def test_us_single_day() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    text = "In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution"
    m = one(text)
    assert (m.text, m.kind) == ("September 16, 2009", "single")
    assert m.values == (DateValue("2009-09-16", None, "day", "September 16, 2009"),)
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", [
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt (twice in the report, and the experts' meeting)
    "to be held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009, the main topic",
    "which will be held on November 4 and 5, 2009 in Santo Domingo, Dominican Republic.",
])
def test_two_consecutive_days_are_one_event(text: str) -> None:
    m = one(text)
    assert (m.text, m.kind) == ("November 4 and 5, 2009", "range")
    assert intervals(m) == [("2009-11-04", "2009-11-05")]
    assert m.values[0].precision == "day" and not m.values[0].year_inferred


@pytest.mark.parametrize(("text", "expected"), [
    # /work/shared/corpus/un-ga-80/A_RES_80_24.md and A_RES_80_68.md: a two-day event inside a longer list
    ("and in Vienna on 8 and 9 December 2014 and on 20 June 2022, and",
     [("2014-12-08", "2014-12-09"), ("2022-06-20", None)]),
    ("were held in Geneva on 9 and 10 September and 8 September 2025, respectively",
     [("2025-09-09", "2025-09-10"), ("2025-09-08", None)]),
    # a list of days stays a list: neither the pair nor the last two are an event
    ("on 8, 9 and 10 May 2020", [("2020-05-08", None), ("2020-05-09", None), ("2020-05-10", None)]),
    ("on 8 and 10 May and 2 June 2020", [("2020-05-08", None), ("2020-05-10", None), ("2020-06-02", None)]),
])
def test_a_bare_day_and_the_next_are_one_event_in_a_longer_list(text: str, expected: list) -> None:
    assert intervals(one(text)) == expected


def test_two_day_meeting_in_august() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    m = one("Meeting of Experts to Prepare for MISPA II, was held on August 4 and 5, 2009 in Montevideo, Uruguay.")
    assert intervals(m) == [("2009-08-04", "2009-08-05")]


def test_us_range() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    m = one("organized by the General Secretariat and held from September 16 to 17, 2009 in Lima, Peru.")
    assert (m.text, m.kind) == ("from September 16 to 17, 2009", "range")
    assert m.values == (DateValue("2009-09-16", "2009-09-17", "day", "from September 16 to 17, 2009"),)


def test_us_list_of_meetings() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    text = ("This Working Group met on September 29 and on October 1, 6, 13, 15, and 20, 2009 and considered "
            "and approved the following working documents of MISPA II:")
    m = one(text)
    assert (m.text, m.kind) == ("September 29 and on October 1, 6, 13, 15, and 20, 2009", "list")
    assert [v.start for v in m.values] == ["2009-09-29", "2009-10-01", "2009-10-06", "2009-10-13",
                                           "2009-10-15", "2009-10-20"]
    assert all(v.end is None and v.precision == "day" and not v.year_inferred for v in m.values)
    assert [v.text for v in m.values[:3]] == ["September 29", "October 1", "6"]


def test_month_and_year() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    m = one("At its thirty-ninth regular session in San Pedro Sula, Honduras, in June 2009, the General Assembly")
    assert (m.text, m.kind, m.values[0].start, m.values[0].precision) == ("June 2009", "single", "2009-06", "month")


@pytest.mark.parametrize(("text", "span", "iso"), [
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    ("Pursuant to that resolution, this past September 17 a working group to prepare", "September 17", "09-17"),
    ("As well, on October 13 the Working Group held a briefing session", "October 13", "10-13"),
])
def test_day_without_year(text: str, span: str, iso: str) -> None:
    with_year = one(text, context_year=2009)
    assert (with_year.text, with_year.kind) == (span, "partial")
    assert with_year.values[0] == DateValue(f"2009-{iso}", None, "day", span, None, True)
    without = one(text)
    assert without.values[0] == DateValue(f"--{iso}", None, "day", span, None, False)


def test_vague_last_quarter() -> None:
    # oas/2009-csh-gt-mispa-ii-working-group-report.txt
    m = one("the Second Meeting of Ministers, to be held in the Dominican Republic in the last quarter of 2009.”")
    assert (m.text, m.kind) == ("last quarter of 2009", "vague")
    assert m.values == (DateValue("2009-10", "2009-12", "vague", "last quarter of 2009", "last quarter"),)


def test_the_oas_report_dates() -> None:
    # the dated sentences of the report, in order, with the report's year as context
    text = (
        "At its thirty-ninth regular session in San Pedro Sula, Honduras, in June 2009, the General Assembly "
        "adopted resolution 2444 (XXXIX-O/09).\n"
        "In addition, on September 16, 2009, the Organization's Permanent Council adopted resolution CP/RES. 957 "
        "(1714/09), to be held in Santo Domingo, Dominican Republic, on November 4 and 5, 2009.\n"
        "Pursuant to that resolution, this past September 17 a working group was also established.\n"
    )
    found = find_dates(text, context_year=2009)
    assert [(m.text, m.kind) for m in found] == [
        ("June 2009", "single"), ("September 16, 2009", "single"), ("November 4 and 5, 2009", "range"),
        ("September 17", "partial")]


# --- UK style (UN, IPBES) ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "iso"), [
    # un-ga-80/A_RES_80_30.md
    ("General Assembly Distr.: General 5 December 2025\n\nEightieth session", "5 December 2025", "2025-12-05"),
    ("52nd plenary meeting 1 December 2025", "1 December 2025", "2025-12-01"),
    ("Resolution adopted by the General Assembly on 1 December 2025", "1 December 2025", "2025-12-01"),
])
def test_uk_single_day(text: str, span: str, iso: str) -> None:
    m = one(text)
    assert (m.text, m.kind, m.values[0].start, m.values[0].precision) == (span, "single", iso, "day")


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    # un-ga-80/A_RES_80_38.md
    ("to convene the ninth Biennial Meeting of States from 1 to 5 June 2026, to consider key challenges",
     "from 1 to 5 June 2026", "2026-06-01", "2026-06-05"),
    # ipbes/unep-ipbes-mi-2-9-panama-resolution.txt
    ("convened in Panama City, Panama, from 16 to 21 April 2012,", "from 16 to 21 April 2012", "2012-04-16",
     "2012-04-21"),
    ("at its second session, held from 16 – 21 April 2012 in Panama City, Panama", "from 16 – 21 April 2012",
     "2012-04-16", "2012-04-21"),
    ("Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September "
     "2002 (United Nations publication", "26 August–4 September 2002", "2002-08-26", "2002-09-04"),
    ("Report of the United Nations Conference on Environment and Development, Rio de Janeiro,3–14 June 1992, "
     "vol. I", "3–14 June 1992", "1992-06-03", "1992-06-14"),
    # un-ga-80/A_RES_80_45.md
    ("eaty on the Non\u2011Proliferation of Nuclear Weapons, held from 1 to 26 August 2022, were not able",
     "from 1 to 26 August 2022", "2022-08-01", "2022-08-26"),
    # un-ga-80/A_RES_80_38.md
    ("(the Fourth Review Conference), held in New York from 17 to 28 June 2024;", "from 17 to 28 June 2024",
     "2024-06-17", "2024-06-28"),
    # un-ga-80/A_RES_80_53.md
    ("eek sessions in Geneva and Vienna, from January 2027 to September 2029;",
     "from January 2027 to September 2029", "2027-01", "2029-09"),
])
def test_uk_ranges(text: str, span: str, start: str, end: str) -> None:
    m = one(text)
    assert (m.text, m.kind) == (span, "range")
    assert intervals(m) == [(start, end)]
    assert m.values[0].text == span


def test_uk_list_of_days() -> None:
    # un-ga-80/A_RES_80_63.md
    text = ("Bearing in mind resolutions 1196 (1998) and 1197 (1998), adopted by the Security Council on 16 and "
            "18 September 1998, respectively,")
    m = one(text)
    assert (m.text, m.kind) == ("16 and 18 September 1998", "list")
    assert [v.start for v in m.values] == ["1998-09-16", "1998-09-18"]
    # un-ga-80/A_RES_80_11.md: consecutive days are one event
    m = one("the relevant provisions adopted at the Summit of the Future on 22 and 23 September 2024, and "
            "reaffirming")
    assert (m.kind, intervals(m)) == ("range", [("2024-09-22", "2024-09-23")])


def test_list_of_months() -> None:
    # un-ga-80/A_RES_80_63.md
    m = one("ministerial and interministerial meetings held in December 2024 and July 2025, which resulted in")
    assert (m.text, m.kind) == ("December 2024 and July 2025", "list")
    assert [(v.start, v.precision) for v in m.values] == [("2024-12", "month"), ("2025-07", "month")]


def test_list_of_ranges_sharing_a_year() -> None:
    # un-ga-80/A_RES_80_68.md
    m = one("the High Contracting Parties to the Convention met in Geneva from 3 to 7 March and from 1 to 5 "
            "September 2025,")
    assert m.kind == "list"
    assert intervals(m) == [("2025-03-03", "2025-03-07"), ("2025-09-01", "2025-09-05")]


def test_list_of_years() -> None:
    # un-ga-80/A_RES_80_30.md
    m = one("three special sessions of the General Assembly devoted to disarmament were held in 1978, 1982 and "
            "1988, respectively,")
    assert (m.text, m.kind, [v.start for v in m.values]) == ("1978, 1982 and 1988", "list", ["1978", "1982", "1988"])


# --- years, context and vague dates --------------------------------------------------------------

def test_year_after_a_cue() -> None:
    # un-ga-80/A_RES_80_3.md
    m = one("the Protocols to the Convention, to be held in Armenia in 2026, and the seventeenth session")
    assert (m.text, m.kind, m.values[0]) == ("2026", "single", DateValue("2026", None, "year", "2026"))


def test_range_takes_the_year_of_its_sentence() -> None:
    # un-ga-80/A_RES_80_66.md
    text = "for a period not exceeding three weeks during 2026, namely from 6 to 24 April, and an organizational"
    year, span = find_dates(text)
    assert (year.text, year.values[0].start) == ("2026", "2026")
    assert (span.text, span.kind) == ("from 6 to 24 April", "range")
    assert span.values[0] == DateValue("2026-04-06", "2026-04-24", "day", "from 6 to 24 April", None, True)
    # the sentence wins over the document's year
    assert find_dates(text, context_year=2025)[1].values[0].start == "2026-04-06"


def test_range_without_any_year() -> None:
    # un-ga-80/A_RES_80_63.md
    text = "following a high-level preparatory meeting held in Luanda from 22 to 25 April, which led to the"
    assert one(text).values[0] == DateValue("--04-22", "--04-25", "day", "from 22 to 25 April")
    assert one(text, 2025).values[0] == DateValue("2025-04-22", "2025-04-25", "day", "from 22 to 25 April",
                                                  None, True)


def test_a_year_in_an_earlier_sentence_is_not_context() -> None:
    text = "The meeting ended in 2024. It met again on 3 May."
    assert find_dates(text, context_year=2025)[1].values[0].start == "2025-05-03"


@pytest.mark.parametrize(("text", "span", "vague", "start", "end"), [
    # un-ga-80/A_RES_80_38.md
    ("a preparatory committee meeting of not more than five days, in early 2030;", "early 2030", "early",
     "2030-01", "2030-04"),
    # un-ga-80/A_RES_80_28.md
    ("to be convened for one week each at the end of 2027 and", "end of 2027", "end of", "2027-09", "2027-12"),
    ("and in the middle of 2028, with the broadest", "middle of 2028", "middle of", "2028-05", "2028-08"),
    # (two parts of one year, the "of" said once: from the first part to the second)
    ("and at the beginning and in the middle of 2028, with", "beginning and in the middle of 2028",
     "beginning and middle of", "2028-01", "2028-08"),
    ("at the beginning and the end of May 2028", "beginning and the end of May 2028", "beginning and end of",
     "2028-05-01", "2028-05-31"),
    # the brief
    ("to start at the beginning of 2026", "beginning of 2026", "beginning of", "2026-01", "2026-04"),
    ("in the first half of 2026", "first half of 2026", "first half", "2026-01", "2026-06"),
    ("by mid-2026", "mid-2026", "mid", "2026-05", "2026-08"),
    ("late 2025", "late 2025", "late", "2025-09", "2025-12"),
    # ipbes/ipbes-1-12-report-first-plenary-session.txt
    ("invites members of the Platform to submit questions by end of June 2013 to the Platform’s secretariat",
     "end of June 2013", "end of",
     "2013-06-21", "2013-06-30"),
])
def test_vague(text: str, span: str, vague: str, start: str, end: str) -> None:
    m = one(text)
    assert (m.text, m.kind) == (span, "vague")
    assert m.values == (DateValue(start, end, "vague", span, vague),)


@pytest.mark.parametrize("text", [
    # un-ga-80/A_RES_80_10.md: a day of each year takes no year from context
    "1. Decides to proclaim 5 September of each year as the International Day",
    "Recognizing that 5 September is commemorated in several countries",
    # un-ga-80/A_RES_80_12.md
    "to provide the Secretary-General, by 30 April annually, with a report",
    # un-ga-80/A_RES_80_8.md
    "Welcoming the designation of 6 April as the International Day",
])
def test_recurring_days_stay_without_year(text: str) -> None:
    m = one(text, context_year=2025)
    assert m.kind == "partial" and m.values[0].start.startswith("--") and not m.values[0].year_inferred


# --- negatives and PDF noise ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the Programme for Further Implementation of Agenda 21,³ the Johannesburg Declaration",  # panama resolution
    "the General Assembly adopted resolution 2444 (XXXIX-O/09) “Meeting of Ministers",        # OAS report
    "[on the report of the First Committee (A/80/534, para. 7)]",                            # A_RES_80_30.md
    "Security Council resolution 1325 (2000)",
    "adopted by a majority of 2/3 of the members",
    "the letter dated 12/05/2009",
    "the budget in 2009/10",
    "[^7]: A/CONF.192/2024/RC/3.",                                                          # A_RES_80_36.md
    "[^5]: S/2019/145, annex.",                                                             # A_RES_80_63.md
    "That meeting was convened pursuant to Article 29 of Commitment to Public Security",    # OAS report
    "Conventional Weapons Which May Be Deemed to Be Excessively Injurious",                  # A_RES_80_68.md
    "in 1,500 cases and 2000 people",
    "(Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.",                         # panama resolution
])
def test_negatives(text: str) -> None:
    assert find_dates(text, context_year=2025) == []


def test_year_without_cue_is_not_a_date() -> None:
    # un-ga-80/A_RES_80_3.md
    found = find_dates("to be held in Kyrgyzstan in 2027, and the 2028 United Nations Conference on the Final")
    assert [m.text for m in found] == ["2027"]


def test_footnote_markers_glued_to_dates() -> None:
    # un-ga-80/A_RES_80_13.md, A_RES_80_36.md, A_RES_80_17.md: markers after the year are not days
    assert [m.text for m in find_dates("held in New York from 2 to 13 July 1979,1\n\nRecalling further")] == [
        "from 2 to 13 July 1979"]
    assert [m.text for m in find_dates("adopted in Bamako on 1 December 2000,1\n\nRecalling the report")] == [
        "1 December 2000"]
    m = one("the report of the Secretary-General of 10 October 19904 or other relevant")
    assert (m.text, m.values[0].start) == ("10 October 1990", "1990-10-10")
    # un-ga-80/A_RES_80_15.md: a paragraph number after a line break is not a day either
    assert one("its resolution 77/35 of 7 December 2022,\n\n1. Welcomes the fact").text == "7 December 2022"


def test_year_with_footnote_marker_after_a_cue() -> None:
    # un-ga-80/A_RES_80_20.md
    m = one("at the Conference on Disarmament in 2008,2 and the submission of its updated version")
    assert (m.text, m.values[0].start) == ("2008", "2008")


def test_year_ranges() -> None:
    # ipbes/ipbes-1-12-report-first-plenary-session.txt
    m = one("work programme elements for the period 2014-2018 to support")
    assert (m.kind, intervals(m), m.values[0].precision) == ("range", [("2014", "2018")], "year")
    # un-ga-80/A_RES_80_5.md
    assert intervals(one("Between 2024 and 2030, the number of persons")) == [("2024", "2030")]


def test_range_across_the_new_year() -> None:
    m = one("from 15 December to 15 January 2026")
    assert intervals(m) == [("2025-12-15", "2026-01-15")]


def test_mentions_are_sorted_and_true_to_the_text() -> None:
    # un-ga-80/A_RES_80_30.md
    text = ("Recalling its resolutions 49/75 I of 15 December 1994, 50/70 F of 12 December 1995, 51/45 C of 10 "
            "December 1996, 52/38 F of 9 December 1997,")
    found = find_dates(text)
    assert [m.text for m in found] == ["15 December 1994", "12 December 1995", "10 December 1996",
                                       "9 December 1997"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[m.start:m.end] == m.text for m in found)


# --- parse_date ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "start", "end", "precision"), [
    ("17 June 2009", "2009-06-17", None, "day"),
    ("June 17, 2009", "2009-06-17", None, "day"),
    ("June 2009", "2009-06", None, "month"),
    ("2009", "2009", None, "year"),
    ("in 2026", "2026", None, "year"),
    ("2009-06-17", "2009-06-17", None, "day"),
    ("2009-06", "2009-06", None, "month"),
    ("November 4 and 5, 2009", "2009-11-04", "2009-11-05", "day"),
    ("from 1 to 5 June 2026", "2026-06-01", "2026-06-05", "day"),
    ("the last quarter of 2009", "2009-10", "2009-12", "vague"),
    ("2026–2030", "2026", "2030", "year"),
])
def test_parse_date(typed: str, start: str, end: str | None, precision: str) -> None:
    value = parse_date(typed)
    assert value is not None and (value.start, value.end, value.precision) == (start, end, precision)


def test_parse_date_context_year() -> None:
    assert parse_date("September 17", context_year=2009) == DateValue("2009-09-17", None, "day", "September 17",
                                                                     None, True)
    assert parse_date("September 17") == DateValue("--09-17", None, "day", "September 17")


@pytest.mark.parametrize("typed", ["", "hello", "2009-13-01", "September 31, 2009", "16 and 18 September 1998",
                                   "A/80/534", "June 2009 and more words", "para. 7"])
def test_parse_date_refuses(typed: str) -> None:
    assert parse_date(typed) is None


def test_a_day_spelled_as_the_resolutions_write_it() -> None:
    assert spelled_day("2011-11-26") == "26 November 2011"
    assert spelled_day("2022-06-02") == "2 June 2022"  # no leading zero
    assert parse_date(spelled_day("2013-09-26")).start == "2013-09-26"  # and read back the same day
