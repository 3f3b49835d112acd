"""graph/citing.py: which citing verb governs a place in a clause, and the link phrases that take a name from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_resolution

from graph.citing import LINKS, verb_at


def test_the_verb_whose_span_holds_a_place_cites_there_and_a_relative_clause_speaks_for_its_resolution() -> None:
    spans = [(0, "acta:recalls"), (40, "acta:welcomes"), (90, "acta:takesNoteOf")]
    sources = {90: "un/a/res/79/1"}  # "…, in which it took note of …": that resolution's own citation
    assert verb_at(spans, sources, 10, "me") == ("acta:recalls", "me")
    assert verb_at(spans, sources, 40, "me") == ("acta:welcomes", "me")
    assert verb_at(spans, sources, 95, "me") == ("acta:takesNoteOf", "un/a/res/79/1")
    assert verb_at([(20, "acta:recalls")], {}, 5, "me") == (None, "me")  # before any verb: nothing cites it


@pytest.mark.parametrize("before, linked", [
    ("Recalling the Code of Practice adopted by the ", True),
    ("the report of the Secretary-General submitted pursuant to ", True),
    ("investing in infrastructure according to the ", True),
    ("the inalienable right of the Parties in conformity with the ", True),
    # a when, not a where: "its relevant resolutions adopted in previous years, in particular resolutions 45/54 …"
    ("Recalling its relevant resolutions adopted in previous years, in particular ", False),
    ("the resolutions adopted in 2024 on the matter, in particular ", False),
    ("Recalling its resolutions on the question, in particular ", False),
    # a note's marker after a meeting the link names: "… in accordance with, inter alia, the outcome of the ⟦M⟧;12"
    ("the steps taken, in accordance with, inter alia, the outcome of the ⟦M0⟧;", True),
    ("the steps taken, in accordance with, inter alia, the outcome of the ⟦M0⟧;⟦S1⟧", True),
    ("Recalling the outcome of the ⟦M0⟧;", False),
])
def test_a_link_phrase_right_before_a_name_takes_it_from_the_citing_verb(before: str, linked: bool) -> None:
    assert bool(LINKS.search(before)) is linked


def test_a_text_a_later_rule_finds_is_cited_by_the_verb_that_governs_it(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_50.md (a preambular clause): graph/described.py mints the resolutions
    # after the citing verbs are read; "Noting" cites them, unless a link phrase comes first
    x = extract_resolution(tmp_path, "A/RES/80/50",
                           "Noting the resolutions of 26 November 2011 of the Council of Delegates of the "
                           "International Red Cross and Red Crescent Movement,",
                           "Recalling its commitment, in accordance with the resolutions of 22 June 2022 of the "
                           "Council of Delegates of the International Red Cross and Red Crescent Movement,")
    council = "body/international-red-cross-and-red-crescent-movement/council-of-delegates"
    cited = {(c.predicate, c.object) for c in x.claims if c.subject == "un/a/res/80/50"}
    assert ("acta:notes", f"{council}/resolution/2011-11-26") in cited
    assert not [p for p, o in cited if o == f"{council}/resolution/2022-06-22" and p != "acta:inAccordanceWith"]


def test_only_a_place_a_citing_verb_governs_is_cited(tmp_path: Path) -> None:
    # graph/described.py asks `governing` before it names "the decisions of" a meeting: a citing verb's, not a
    # request's "in the light of …" (/work/shared/corpus/un-ga-80/A_RES_80_35.md, cut)
    cited = extract_resolution(tmp_path, "A/RES/80/35", "Recalling the decisions of the Fifth Review Conference,")
    asked = extract_resolution(tmp_path, "A/RES/80/35", "2. Calls upon States to act in the light of the decisions "
                                                        "of the Fifth Review Conference;")
    assert [c.predicate for c in cited.claims if str(c.object).endswith("/decisions")] == ["acta:recalls"]
    assert not [c for c in asked.claims if str(c.object).endswith("/decisions") or c.subject.endswith("/decisions")]


def test_a_text_named_as_where_something_is_set_out_is_one_its_speaker_refers_to(tmp_path: Path) -> None:
    # /work/shared/corpus/ipbes/ipbes-1-12-report-first-plenary-session.txt line 523 and Decision IPBES/1/4 (7), in
    # a resolution's words (cut); "as set out in" names no resolution in the second clause: nothing
    x = extract_resolution(
        tmp_path, "A/RES/80/99",
        "1. Notes that the Panel will carry out the functions agreed by the Plenary, as articulated in the document "
        "(A/80/121, annex I, appendix I) on functions of the Platform;",
        "2. Requests the Secretary-General to fill the staffing posts as set out in resolution 79/1;",
        "3. Requests the Secretary-General to fill the posts as set out in the table below;")
    got = {(c.subject, c.predicate, c.object) for c in x.claims if c.rule == "as-set-out-in"}
    assert got == {("un/a/res/80/99", "acta:refersTo", "un/a/80/121"),
                   ("un/a/res/80/99", "acta:refersTo", "un/a/res/79/1")}
