"""graph/entities.py: which node a mention names, from the catalogue and what the document named before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_resolution

from graph.entities import generic_noun, is_modifier
from graph.extract import extract
from graph.text import read_document


@pytest.mark.parametrize("text, expected", [
    ("an open-ended working group", "open-ended working group"),
    ("the  Working\nGroup", "Working Group"),
    ("this committee", "committee"),
    ("Working Group", "Working Group"),
])
def test_a_generic_mention_is_named_by_its_noun(text: str, expected: str) -> None:
    assert generic_noun(text) == expected


@pytest.mark.parametrize("before, modifier", [
    # /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt
    ("the meetings held in preparation for the ", True),
    ("to prepare for the ", True),
    ("in the run-up to the ", True),
    ("convening the ", False),
    ("the report of the ", False),
])
def test_a_meeting_named_as_the_purpose_of_another_is_a_modifier(before: str, modifier: bool) -> None:
    text = before + "Second Meeting of Ministers"
    assert is_modifier(text, len(before)) is modifier


def test_an_organ_of_the_agency_is_the_agencys_named_before(tmp_path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_14.md: "the Agency" is the International Atomic Energy Agency
    path = tmp_path / "A_RES_80_14.md"
    path.write_text("---\nsymbol: A/RES/80/14\n---\n\nThe General Assembly,\n\nWelcoming the work of the International "
                    "Atomic Energy Agency,\n\nNoting the decision of the Board of Governors of the Agency,\n",
                    encoding="utf-8")
    x = extract(read_document(path))
    assert "un/iaea/board-of-governors" in x.registry.entities
    assert not [k for k in x.registry.entities if "of-the-agency" in k]


def test_the_committee_capitalised_is_the_committee_named_last(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_44.md (a preambular clause, cut) and A_RES_80_11.md paragraph 16 (cut)
    x = extract_resolution(
        tmp_path, "A/RES/80/44",
        "Welcoming the adoption in 2019 by the Committee on the Peaceful Uses of Outer Space at its "
        "sixty-second session of the guidelines, as contained in annex II to the report of the "
        "Committee,10\n\n"
        "16. Requests the Peacebuilding Commission to report back in the context of its annual report, and "
        "encourages the Commission to explore opportunities for a more systematic engagement;\n\n"
        "[^10]: Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 20 "
        "(A/74/20).")
    claims = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert ("un/a/74/20", "acta:producedBy", "un/copuos") in claims
    verbs = {c.object.value for c in x.claims if c.predicate == "acta:requestVerb"}
    assert verbs == {"requests", "encourages"}
    addressees = {c.object for c in x.claims if c.predicate == "acta:addressee"}
    assert addressees == {"un/peacebuilding-commission"}
