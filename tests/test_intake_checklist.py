"""Pure checklist rules (core.checklist): no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from window_app.core.catalogue import load_catalogue
from window_app.core.checklist import (
    ChecklistError,
    ItemStatus,
    Mark,
    apply_marks,
    blocking_items,
    completion_day,
    is_complete,
    items_from_materials,
    new_items_since_first,
    waive_for_commitment,
    what_to_bring,
)

DAY = date(2025, 11, 3)


@pytest.fixture(scope="module")
def food():
    cat = load_catalogue()
    return cat, cat.matters["SC-0006"]


def test_conditional_materials_follow_answers(food):
    cat, matter = food
    without = {i.key for i in items_from_materials(cat.materials_for(matter, {}))}
    with_vending = items_from_materials(cat.materials_for(matter, {"vending_machine": True}))
    assert "vending_documents" not in without
    vending = next(i for i in with_vending if i.key == "vending_documents")
    assert vending.required  # a shown conditional item must be brought
    agent = {i.key for i in items_from_materials(cat.materials_for(matter, {}, agent=True))}
    assert {"power_of_attorney", "agent_id"} <= agent


def test_marks_statuses_and_reasons(food):
    cat, matter = food
    items = items_from_materials(cat.materials_for(matter))
    assert all(i.status is ItemStatus.PENDING for i in items) and not is_complete(items)
    marked = apply_marks(
        items,
        [Mark("application_form", "received"), Mark("layout", "defective", reason="未签字")],
        DAY,
    )
    by = {i.key: i for i in marked}
    assert by["application_form"].status is ItemStatus.RECEIVED
    assert by["application_form"].received_on == DAY
    assert by["layout"].reason == "未签字"
    assert {i.key for i in blocking_items(marked)} == {"business_licence", "layout", "safety_rules"}
    with pytest.raises(ChecklistError, match="必须填写原因"):
        apply_marks(items, [Mark("layout", "defective")], DAY)
    with pytest.raises(ChecklistError, match="清单中没有材料"):
        apply_marks(items, [Mark("nope", "received")], DAY)
    with pytest.raises(ChecklistError, match="状态无效"):
        apply_marks(items, [Mark("layout", "waived")], DAY)


def test_too_few_copies_is_defective(food):
    cat, matter = food
    items = [replace(i, copies_required=2) for i in items_from_materials(cat.materials_for(matter))]
    out = {i.key: i for i in apply_marks(items, [Mark("application_form", "received", 1)], DAY)}
    item = out["application_form"]
    assert item.status is ItemStatus.DEFECTIVE and item.reason.startswith("份数不足")
    assert what_to_bring(item) == "补交原件1份"
    again = apply_marks(list(out.values()), [Mark("application_form", "received", 2)], DAY)
    assert again[0].status is ItemStatus.RECEIVED


def test_received_earlier_is_never_asked_again(food):
    cat, matter = food
    items = apply_marks(
        items_from_materials(cat.materials_for(matter)), [Mark("application_form", "received")], DAY
    )
    locked = [replace(i, locked=i.status is ItemStatus.RECEIVED) for i in items]
    with pytest.raises(ChecklistError, match="不得再次要求"):
        apply_marks(locked, [Mark("application_form", "missing")], date(2025, 11, 5))
    same = apply_marks(locked, [Mark("application_form", "received")], date(2025, 11, 5))
    assert same[0].received_on == DAY  # the day it really arrived
    reopened = apply_marks(
        locked, [Mark("application_form", "defective", reason="过期")], DAY, allow_reopen=True
    )
    assert reopened[0].status is ItemStatus.DEFECTIVE


def test_completion_day_and_commitment_waiver(food):
    cat, matter = food
    items = items_from_materials(cat.materials_for(matter))
    items = apply_marks(items, [Mark("application_form", "received")], DAY)
    items = apply_marks(items, [Mark("business_licence", "received")], date(2025, 11, 6))
    with pytest.raises(ChecklistError, match="不能以承诺代替"):
        waive_for_commitment(apply_marks(items_from_materials(matter.materials), [], DAY))
    waived = waive_for_commitment(items)
    assert {i.key for i in waived if i.status is ItemStatus.WAIVED} == {"layout", "safety_rules"}
    assert is_complete(waived)
    assert completion_day(waived, DAY) == date(2025, 11, 6)
    first = ["business_licence", "layout"]
    assert [i.key for i in new_items_since_first(first, blocking_items(items))] == ["safety_rules"]
