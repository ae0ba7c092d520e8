"""The catalogue as the law stands: limits in the law's units, time that does not count,
matters that end, materials needed only where the rules require them, referrals by the standard
business-scope wording, and each matter's content against its statute (issue 21)."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from window_app.core.business_scope import split_items
from window_app.core.catalogue import (
    Catalogue,
    CatalogueIssue,
    default_catalogue_dir,
    load_catalogue,
    validate_catalogue,
)

SHIPPED = default_catalogue_dir()


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(SHIPPED)


@pytest.fixture
def cat_dir(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(SHIPPED, target)
    return target


def edit_matter(root: Path, code: str, change) -> None:
    path = root / "matters" / f"{code}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def issues_at(root: Path, file: str, key: str) -> list[CatalogueIssue]:
    return [i for i in validate_catalogue(root) if i.file == file and i.key == key]


# --- validation: units, promised vs statutory, withdrawal, conditional materials ----------------


def test_a_limit_without_its_unit_is_refused(cat_dir: Path):
    edit_matter(cat_dir, "JY-0001", lambda d: d["limits"]["statutory"].pop("unit"))
    found = issues_at(cat_dir, "matters/JY-0001.yaml", "limits.statutory.unit")
    assert found and "缺少必填字段" in found[0].message
    edit_matter(cat_dir, "SC-0001", lambda d: d["limits"]["promised"].update(unit="weeks"))
    assert issues_at(cat_dir, "matters/SC-0001.yaml", "limits.promised.unit")


def test_old_working_day_fields_are_refused(cat_dir: Path):
    edit_matter(cat_dir, "CG-0001", lambda d: d.update(
        limits={"statutory_days": 20, "promised_days": 10, "on_the_spot": False}))  # fmt: skip
    keys = {i.key for i in validate_catalogue(cat_dir) if i.file == "matters/CG-0001.yaml"}
    assert {"limits.statutory", "limits.promised", "limits.statutory_days"} <= keys


def test_promised_working_days_may_not_outrun_statutory_months(cat_dir: Path):
    # the old JY-0001: 60 working days promised against 三个月
    edit_matter(cat_dir, "JY-0001", lambda d: d["limits"]["promised"].update(value=60))
    found = issues_at(cat_dir, "matters/JY-0001.yaml", "limits.promised")
    assert found and "60个工作日" in found[0].message and "3个月" in found[0].message
    assert "受理" in found[0].message  # names an acceptance day on which it would overrun


def test_promised_working_days_may_not_outrun_statutory_calendar_days(cat_dir: Path):
    edit_matter(cat_dir, "WJ-0002", lambda d: d["limits"]["promised"].update(value=30))
    assert issues_at(cat_dir, "matters/WJ-0002.yaml", "limits.promised")


def test_a_withdrawn_matter_needs_its_date(cat_dir: Path):
    edit_matter(cat_dir, "SC-0005", lambda d: d["withdrawal"].pop("withdrawn_from"))
    found = issues_at(cat_dir, "matters/SC-0005.yaml", "withdrawal.withdrawn_from")
    assert found and any("停止办理日期" in i.message for i in found)


def test_a_matter_turned_into_a_filing_names_what_replaces_it(cat_dir: Path):
    edit_matter(cat_dir, "RS-0001", lambda d: d["withdrawal"].pop("replacement"))
    assert issues_at(cat_dir, "matters/RS-0001.yaml", "withdrawal.replaced_by")
    edit_matter(cat_dir, "RS-0001", lambda d: d["withdrawal"].update(replaced_by="RS-9999"))
    found = issues_at(cat_dir, "matters/RS-0001.yaml", "withdrawal.replaced_by")
    assert found and "RS-9999" in found[0].message


def test_a_current_matter_may_not_charge_a_withdrawn_fee(cat_dir: Path):
    edit_matter(cat_dir, "CG-0001", lambda d: d.update(fees=["F-002"]))
    found = issues_at(cat_dir, "matters/CG-0001.yaml", "fees[0]")
    assert found and "已停止征收" in found[0].message


def test_material_required_only_where_the_rules_require_it_needs_a_condition(cat_dir: Path):
    def unconditional(d):
        m = next(m for m in d["materials"] if m["key"] == "setup_approval")
        m.update(required=True, condition=None)

    edit_matter(cat_dir, "WJ-0002", unconditional)
    assert [i.key for i in validate_catalogue(cat_dir) if i.file == "matters/WJ-0002.yaml"] == [
        "materials[1].condition"
    ]

    def by_wording(d):
        d["materials"][0]["name"] = "按规定需要提交的专项审查意见"

    edit_matter(cat_dir, "CG-0001", by_wording)
    found = issues_at(cat_dir, "matters/CG-0001.yaml", "materials[0].condition")
    assert found and "按规定需要的" in found[0].message


def test_refusal_question_must_point_to_a_known_current_matter(cat_dir: Path):
    def point(code):
        return lambda d: d["questions"][0]["refuse_if_yes"].update(refer_to=code)

    edit_matter(cat_dir, "SC-0006", point("SC-0999"))
    assert issues_at(cat_dir, "matters/SC-0006.yaml", "questions[0].refuse_if_yes.refer_to")
    edit_matter(cat_dir, "SC-0006", point("SC-0005"))  # withdrawn
    found = issues_at(cat_dir, "matters/SC-0006.yaml", "questions[0].refuse_if_yes.refer_to")
    assert found and "已取消" in found[0].message


def test_excluded_time_is_a_step_of_art_45(cat_dir: Path):
    edit_matter(cat_dir, "JY-0001", lambda d: d["excluded_time"][0].update(step="lunch"))
    found = issues_at(cat_dir, "matters/JY-0001.yaml", "excluded_time[0].step")
    assert found and "lunch" in found[0].message


def test_every_matter_declares_its_excluded_steps(cat_dir: Path):
    edit_matter(cat_dir, "CG-0001", lambda d: d.pop("excluded_time"))
    found = issues_at(cat_dir, "matters/CG-0001.yaml", "excluded_time")
    assert len(found) == 1 and "excluded_time: []" in found[0].message


def test_an_excluded_step_cites_the_matters_own_law(cat_dir: Path):
    only_art_45 = {"step": "testing", "basis": "《中华人民共和国行政许可法》第四十五条"}
    edit_matter(cat_dir, "WJ-0001", lambda d: d.update(excluded_time=[only_art_45]))
    found = issues_at(cat_dir, "matters/WJ-0001.yaml", "excluded_time[0].basis")
    assert len(found) == 1 and "依法需要" in found[0].message
    # a hearing needs no law of its own (arts. 46-47 allow one for any matter)
    hearing = {"step": "hearing", "basis": "《中华人民共和国行政许可法》第四十七条"}
    edit_matter(cat_dir, "WJ-0001", lambda d: d.update(excluded_time=[hearing]))
    assert not [i for i in validate_catalogue(cat_dir) if i.file == "matters/WJ-0001.yaml"]


def test_an_excluded_step_is_declared_once(cat_dir: Path):
    edit_matter(cat_dir, "JY-0001", lambda d: d["excluded_time"].append(d["excluded_time"][0]))
    found = issues_at(cat_dir, "matters/JY-0001.yaml", "excluded_time[1].step")
    assert len(found) == 1 and "重复" in found[0].message


def test_only_matters_whose_law_provides_a_step_declare_one(catalogue: Catalogue):
    declared = {c: [s.step for s in m.excluded_time] for c, m in catalogue.matters.items()}
    assert {c: steps for c, steps in declared.items() if steps} == {"JY-0001": ["expert_review"]}


# --- the shipped content, point by point ------------------------------------------------------


def _basis(matter) -> str:
    return " ".join(f"{b.law}{b.article}" for b in matter.legal_basis + matter.implementing_basis)


def test_no_placeholder_in_any_legal_reference(catalogue: Catalogue):
    texts = [_basis(m) for m in catalogue.matters.values()]
    texts += [
        m.limits.statutory.basis or "" for m in catalogue.matters.values() if m.limits.statutory
    ]
    texts += [x.legal_basis or "" for m in catalogue.matters.values() for x in m.materials]
    texts += [f.legal_basis for f in catalogue.fees.values()]
    texts += [p.basis for p in catalogue.scope_permits]
    for text in texts:
        assert "待核实" not in text and "xxx" not in text.lower(), text


def test_every_limit_is_in_the_laws_unit(catalogue: Catalogue):
    units = {c: m.limits.statutory.unit for c, m in catalogue.matters.items() if m.limits.statutory}
    assert units["JY-0001"] == "months" and catalogue.matters["JY-0001"].limits.statutory.value == 3
    for code in ("JT-0001", "WJ-0001", "WJ-0002", "WT-0001", "XW-0001"):  # "…日内" of a statute
        assert units[code] == "calendar_days", code
    for code in ("SC-0001", "SC-0002", "SC-0003", "SC-0004", "SC-0006"):  # "个工作日"
        assert units[code] == "working_days", code
    assert all(m.limits.promised.unit for m in catalogue.matters.values())


def test_rs_0001_is_a_filing_since_2018_and_its_fee_ended(catalogue: Catalogue):
    m = catalogue.matters["RS-0001"]
    assert m.withdrawal.withdrawn_from == date(2018, 12, 29) and m.withdrawal.kind == "filing"
    assert "第六十九条" in m.withdrawal.basis and "备案" in m.withdrawal.replacement
    assert catalogue.fees["F-002"].withdrawn_from == date(2018, 12, 29)
    assert m.withdrawn_on(date(2026, 1, 5)) and not m.withdrawn_on(date(2018, 12, 28))


def test_sc_0005_ended_with_the_transition_and_keeps_the_code_rule(catalogue: Catalogue):
    m = catalogue.matters["SC-0005"]
    assert m.withdrawal.withdrawn_from == date(2018, 1, 1)
    assert "2017年12月31日" in m.withdrawal.reason
    assert any("组织机构代码" in f.q and "第9至17位" in f.a for f in m.faq)
    assert m.registration_kind == "exchange"  # the history and the exchange rule stay


def test_sc_0006_follows_order_78_and_refers_prepackaged_shops_to_the_filing(
    catalogue: Catalogue,
):
    m = catalogue.matters["SC-0006"]
    assert m.effective_from == date(2023, 12, 1)
    assert "第78号" in _basis(m) and "第17号）第二十条" not in _basis(m)
    assert (m.limits.statutory.value, m.limits.statutory.unit) == (10, "working_days")
    question = m.question("prepackaged_only")
    assert question.refuse_if_yes.refer_to == "SC-0007"
    assert "第三十五条" in question.refuse_if_yes.message
    filing = catalogue.matters["SC-0007"]
    assert filing.type == "备案" and "第三十五条第一款" in _basis(filing)
    assert filing.limits.on_the_spot and filing.withdrawal is None


def test_wj_0001_seven_venue_types_file_instead(catalogue: Catalogue):
    m = catalogue.matters["WJ-0001"]
    question = m.question("filing_venue")
    for venue in ("录像厅", "音乐厅", "展览馆", "博物馆", "美术馆", "图书馆", "书店"):
        assert venue in question.text
    assert (
        "30日内" in question.refuse_if_yes.message and "第797号" in question.refuse_if_yes.message
    )
    assert any("卫生备案" in p and "30日内" in p for p in m.prohibitions)  # printed on the guide


def test_jt_0001_inter_provincial_routes_are_decided_by_the_city(catalogue: Catalogue):
    m = catalogue.matters["JT-0001"]
    assert "2022年修订" in _basis(m) and "第十条" in _basis(m)
    printed = " ".join(m.prohibitions + m.conditions) + " ".join(f.a for f in m.faq)
    assert "由省级交通运输主管部门许可" not in printed
    assert any("省际" in f.q and "设区的市级" in f.a for f in m.faq)


def test_jy_0001_2021_regulation_founder_funds_and_expert_review(catalogue: Catalogue):
    m = catalogue.matters["JY-0001"]
    assert "实施条例》（2021年修订，国务院令第741号）" in _basis(m)
    keys = {x.key: x for x in m.materials}
    assert keys["founder_identity"].required and keys["funds_paid_in"].required
    assert "足额到位" in keys["funds_paid_in"].name
    assert [s.step for s in m.excluded_time] == ["expert_review"]
    assert "第四十五条" in m.excluded_time[0].basis


def test_wj_0002_setting_up_approval_only_where_required(catalogue: Catalogue):
    m = catalogue.matters["WJ-0002"]
    approval = next(x for x in m.materials if x.key == "setup_approval")
    assert not approval.required and approval.condition == "setup_approval_required"
    assert "第九条" in approval.required_where
    assert [b.article for b in m.legal_basis] == ["第十四条", "第十五条", "第十六条"]
    assert approval not in m.materials_for({})
    assert approval in m.materials_for({"setup_approval_required": True})


def test_wt_0001_sports_law_venue_right_and_event_permit(catalogue: Catalogue):
    m = catalogue.matters["WT-0001"]
    assert "《中华人民共和国体育法》（2022年修订）第一百零五条" in _basis(m)
    assert any(x.key == "venue_right" and x.required for x in m.materials)
    faq = " ".join(f.a for f in m.faq)
    assert "审批已取消" not in faq and "第一百零六条" in faq


def test_wt_0001_cites_the_guangdong_rules_as_revised_in_2020(catalogue: Catalogue):
    """广东省人大常委会公告第72号: the Guangdong rules on high-risk sports as revised on
    2020-11-27, in force 2021-01-01 (issue 21). Cited without an article: the searchable
    sources hold the Chinese text of the announcement and art. 1–2 only."""
    m = catalogue.matters["WT-0001"]
    rules = [b for b in m.implementing_basis if "广东省高危险性体育项目经营活动管理规定" in b.law]
    assert len(rules) == 1
    assert "2020年11月27日" in rules[0].law and "2021年1月1日起施行" in rules[0].law
    assert rules[0].article == "全文"


# Instruments whose text no searchable source held (issue 21): cited by name and number, never
# with an article number nobody could check. A later edit that adds one must name its source.
UNVERIFIED_ARTICLES = {
    "SC-0006": "国家市场监督管理总局令第78号",
    "JY-0001": "国务院令第741号",
}


@pytest.mark.parametrize(("code", "instrument"), sorted(UNVERIFIED_ARTICLES.items()))
def test_instruments_not_found_are_cited_without_an_article_number(
    catalogue: Catalogue, code: str, instrument: str
):
    m = catalogue.matters[code]
    cited = [b for b in (*m.legal_basis, *m.implementing_basis) if instrument in b.law]
    assert cited, f"{code} must cite {instrument}"
    assert all(b.article.startswith("全文") for b in cited)
    title = cited[0].law.split("》")[0] + "》"  # the instrument's title, as the material cites it
    texts = [x.legal_basis or "" for x in m.materials] + [m.limits.statutory.basis or ""]
    for segment in (part for text in texts for part in text.split("；")):
        if title in segment:
            assert not re.search(r"》.*第[一二三四五六七八九十百零〇0-9]+条", segment), segment


def test_jy_0001_funds_material_cites_order_741_without_unchecked_wording(catalogue: Catalogue):
    funds = next(x for x in catalogue.matters["JY-0001"].materials if x.key == "funds_paid_in")
    assert (
        funds.legal_basis
        == "《中华人民共和国民办教育促进法实施条例》（2021年修订，国务院令第741号）"
    )


def test_cg_0001_advertising_law_2021_and_no_road_fee(catalogue: Catalogue):
    m = catalogue.matters["CG-0001"]
    assert "《中华人民共和国广告法》（2021年修正）第四十一条" in _basis(m)
    assert m.fees == ()
    assert "城市道路管理条例" not in _basis(m)  # the road approval is a separate matter


def test_fg_0001_basis_and_filing_rights(catalogue: Catalogue):
    m = catalogue.matters["FG-0001"]
    articles = [b.article for b in m.implementing_basis]
    assert articles == ["第三十九条", "第四十条", "第四十一条"]
    assert "不予许可" not in " ".join(m.rights)
    assert "备案不是行政许可" in m.rights[0]


# --- referrals (先照后证/双告知) by the standard business-scope wording ------------------------


def referrals(catalogue: Catalogue, scope: str) -> list[tuple[str, str | None, str]]:
    return [(p.permit, p.matter, p.kind) for p in catalogue.permits_for_scope(scope)]


def test_scope_items_split_outside_parentheses():
    scope = (
        "许可项目：食品销售；道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门"
        "批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目："
        "食品销售（仅销售预包装食品）；护理机构服务（不含医疗服务）、游泳用品销售"
    )
    items = split_items(scope)
    assert [i.term for i in items] == [
        "食品销售", "道路货物运输", "食品销售", "护理机构服务", "游泳用品销售"]  # fmt: skip
    assert items[1].qualifiers == ("不含危险货物",)
    assert items[2].text == "食品销售（仅销售预包装食品）"


def test_prepackaged_food_is_a_filing_not_a_licence(catalogue: Catalogue):
    assert referrals(catalogue, "食品销售（仅销售预包装食品）") == [
        ("仅销售预包装食品备案", "SC-0007", "filing")
    ]
    assert referrals(catalogue, "食品销售") == [("食品经营许可证", "SC-0006", "licence")]


def test_nursing_without_medical_services_needs_no_medical_licence(catalogue: Catalogue):
    assert referrals(catalogue, "护理机构服务（不含医疗服务）") == []
    assert referrals(catalogue, "医疗服务") == [("医疗机构执业许可证", "WJ-0002", "licence")]


def test_swimming_goods_are_not_high_risk_sports(catalogue: Catalogue):
    assert referrals(catalogue, "游泳用品销售；体育用品及器材零售") == []
    assert referrals(catalogue, "高危险性体育运动（游泳）") == [
        ("经营高危险性体育项目许可证", "WT-0001", "licence")
    ]


def test_medical_beauty_is_a_medical_licence_not_venue_hygiene(catalogue: Catalogue):
    assert referrals(catalogue, "医疗美容服务") == [("医疗机构执业许可证", "WJ-0002", "licence")]
    assert referrals(catalogue, "生活美容服务") == [("公共场所卫生许可证", "WJ-0001", "licence")]


def test_tobacco_retail_needs_its_licence(catalogue: Catalogue):
    assert referrals(catalogue, "烟草制品零售") == [("烟草专卖零售许可证", None, "licence")]
    assert catalogue.scope_permits[-1].department == "YCJ"


def test_freight_without_dangerous_goods_matches(catalogue: Catalogue):
    assert referrals(catalogue, "道路货物运输（不含危险货物）") == [
        ("道路运输经营许可证（道路货物运输）", None, "licence")
    ]


def test_referrals_in_catalogue_order_with_a_full_scope(catalogue: Catalogue):
    scope = "餐饮服务；食品销售（仅销售预包装食品）；住宿服务；日用百货销售"
    assert [p for p, _, _ in referrals(catalogue, scope)] == [
        "仅销售预包装食品备案", "食品经营许可证", "公共场所卫生许可证"]  # fmt: skip
