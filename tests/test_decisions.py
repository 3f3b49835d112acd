"""graph/decisions.py: decisions known by the body that took them and when, in resolutions' own words."""

from __future__ import annotations

from pathlib import Path

from graph.extract import Extraction, Lit, extract
from graph.text import read_document


def resolution(tmp_path: Path, *paragraphs: str) -> Extraction:
    path = tmp_path / "A_RES_81_7.md"
    text = "---\nsymbol: A/RES/81/7\n---\n\nThe General Assembly,\n\n" + "\n\n".join(paragraphs) + "\n"
    path.write_text(text, encoding="utf-8")
    return extract(read_document(path))


def facts(x: Extraction, rule: str | None = None) -> set[tuple[str, str, object]]:
    return {(c.subject, c.predicate, c.object) for c in x.claims if rule is None or c.rule == rule}


def decisions(x: Extraction) -> dict[str, str]:
    return {k: e.label for k, e in x.registry.entities.items() if e.kind == "decision"}


def test_a_decision_dated_by_the_text_is_that_decision_and_the_clause_cites_it(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Welcoming the decision taken by the Peace and Security Council of the African Union "
                             "on 12 March 2024 to lift the suspension of the country,")
    key = "african-union/psc/decision/2024-03-12"
    assert decisions(x) == {key: "decision of the Peace and Security Council of the African Union of 12 March 2024"}
    assert (key, "acta:adoptedBy", "african-union/psc") in facts(x, "decision-by")
    assert (key, "acta:adoptionDate", Lit("2024-03-12", "xsd:date")) in facts(x, "decision-by")
    assert ("un/a/res/81/7", "acta:welcomes", key) in facts(x)


def test_decisions_adopted_at_two_sessions_are_two_decisions(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Taking note of the decisions adopted by the Conference of Heads of State and Government "
                             "of the Economic Community of West African States at its fifth extraordinary session, on "
                             "the situation in the region, held on 3 March 2023 in Abuja, and at its sixty-fourth "
                             "ordinary session, held from 10 to 12 December 2023, also in Abuja,")
    conference = "ecowas/conference-of-heads-of-state-and-government"
    found = decisions(x)
    assert len(found) == 2, found
    one_day = f"{conference}/decision/2023-03-03"
    assert found[one_day] == "decision of the Conference of Heads of State and Government of 3 March 2023"
    # a session of three days does not date its decision: the decision is known by its session
    three_days = next(k for k in found if k != one_day)
    assert three_days.endswith("/decision") and "sixty-fourth ordinary session" in found[three_days]
    assert {(k, p) for k, p, _ in facts(x, "decision-by")} >= {
        (one_day, "acta:adoptedBy"), (one_day, "acta:adoptionDate"), (one_day, "acta:adoptedAt"),
        (three_days, "acta:adoptedBy"), (three_days, "acta:adoptedAt")}
    assert not any(k == three_days and p == "acta:adoptionDate" for k, p, _ in facts(x))


def test_the_decision_without_who_took_it_is_still_the_last_one_named(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Recalling its decision 79/512 of 2 December 2024,",
                   "Recalling also that decision, and the report of the Secretary-General,")
    assert decisions(x) == {"un/a/dec/79/512": "A/DEC/79/512"}  # the one its symbol names, no other
    assert not facts(x, "decision-by")


def test_a_decision_with_neither_date_nor_session_is_left_alone(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Recalling the decision taken by the Peace and Security Council of the African Union to "
                             "deploy a mission,")
    assert decisions(x) == {} and not facts(x, "decision-by")
