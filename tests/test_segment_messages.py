"""Say why no code can be issued (issue 14, part 5): none configured for the authority (and
where an administrator adds one), all switched off, or all used up."""

from __future__ import annotations

import pytest

from window_app.services import code_segments
from window_app.services.code_segments import SegmentExhausted


def test_none_configured_names_the_authority_and_where_to_add(sqlite_hall):
    db, actors = sqlite_hall
    with pytest.raises(SegmentExhausted) as none:
        code_segments.check_capacity(db, "440800")
    assert "湛江市市场监督管理局（440800）尚未配置" in none.value.message
    assert "代码段管理" in none.value.message and "已用尽" not in none.value.message
    # a segment of 霞山区 only: the city bureau still has none configured
    code_segments.create_segment(
        db, actors["admin"], "霞山区", "MA4X", 0, 9, authority_code="440803"
    )
    with pytest.raises(SegmentExhausted) as city:
        code_segments.check_capacity(db, "440800")
    assert "尚未配置" in city.value.message
    assert code_segments.check_capacity(db, "440803").remaining == 10
    assert code_segments.authorities_with_capacity(db, ["440800", "440802", "440803"]) == ["440803"]


def test_used_up_and_switched_off_are_said_as_such(sqlite_hall):
    db, actors = sqlite_hall
    seg = code_segments.create_segment(db, actors["admin"], "最后一个", "MA4W", 0, 0)
    from window_app.services.registration import register_enterprise

    from test_registration import company  # isort: skip

    register_enterprise(db, actors["clerk"], company())
    with pytest.raises(SegmentExhausted) as used:
        code_segments.check_capacity(db, "440800")
    assert "号段已用尽" in used.value.message and "尚未配置" not in used.value.message
    other = code_segments.create_segment(db, actors["admin"], "备用", "MA4Y", 0, 9)
    code_segments.set_segment_active(db, actors["admin"], other.id, False)
    code_segments.set_segment_active(db, actors["admin"], seg.id, False)
    with pytest.raises(SegmentExhausted) as off:
        code_segments.check_capacity(db, "440800")
    assert "均已停用" in off.value.message
