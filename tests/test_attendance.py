"""graph/attendance.py: who attended the meeting a report is of, from its attendance paragraphs."""

from __future__ import annotations

from pathlib import Path

from graph.extract import Extraction, extract
from graph.text import read_document

REPORT = """Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services

Report of the second session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and \
Ecosystem Services

Part I – Opening of the session

(1) The second session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and \
Ecosystem Services was held in Antalya from 9 to 14 December 2013.

(2) Opening remarks were made by Mr. Veysel Eroğlu, Minister of Forestry and Water Affairs of Turkey, and \
Mr. Achim Steiner, Executive Director, United Nations Environment Programme (UNEP).

(3) The Chair recalled the rules agreed upon at the first session of the Plenary, held in Bonn in January 2013.

D – Attendance

(12) Representatives of the following States that are members of the Platform attended the meeting: Argentina, \
Bhutan, Ghana and Zimbabwe.

(13) The following States were present as observers: Afghanistan and Cook Islands.

(14) Representatives of the following United Nations bodies and specialized agencies were also present as \
observers: Food and Agriculture Organization of the United Nations, United Nations Development Programme.
"""

SESSION = "ipbes/plenary/session/n2"


def extraction(tmp_path: Path, text: str = REPORT) -> Extraction:
    path = tmp_path / "ipbes-2-report.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path))


def took_part(x: Extraction, prop: str) -> set[str]:
    return {c.object for c in x.claims if c.subject == SESSION and c.predicate == prop}


def test_the_states_that_attended_the_meeting_are_participants_of_the_session_reported_on(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    # "the meeting" is the session the report is of, not the first session the text recalled just before
    assert took_part(x, "acta:participant") == {"country/argentina", "country/bhutan", "country/ghana",
                                                "country/zimbabwe"}
    assert not [c for c in x.claims if c.predicate == "acta:participant" and c.subject != SESSION]


def test_observers_are_states_and_organizations_present_as_observers(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    assert took_part(x, "acta:observer") == {"country/afghanistan", "country/cook-islands", "un/fao", "un/undp"}


def test_who_made_the_opening_remarks_contributed_to_the_session(tmp_path: Path) -> None:
    x = extraction(tmp_path)
    assert took_part(x, "acta:contributor") == {"person/veysel-eroglu", "person/achim-steiner"}


def test_without_a_heading_that_names_the_meeting_nothing_is_guessed(tmp_path: Path) -> None:
    x = extraction(tmp_path, REPORT.replace("Report of the second session", "Summary of the second session"))
    assert not [c for c in x.claims if c.rule in ("attendance", "opening-remarks")]
