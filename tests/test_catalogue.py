"""Tests for the matter catalogue: the shipped data, the validator's issues, hashing and search."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import cli_sign_in
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from window_app.core.catalogue import (
    MATTER_TYPES,
    Catalogue,
    CatalogueError,
    CatalogueIssue,
    Matter,
    default_catalogue_dir,
    load_catalogue,
    validate_catalogue,
)
from window_app.core.matter_search import match_matter, pinyin_initials
from window_app.core.placeholders import placeholder_in

SHIPPED = default_catalogue_dir()


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(SHIPPED)


@pytest.fixture
def cat_dir(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(SHIPPED, target)
    return target


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def edit_matter(root: Path, code: str, change) -> None:
    path = root / "matters" / f"{code}.yaml"
    data = read(path)
    change(data)
    write(path, data)


def issues_at(root: Path, file: str, key: str) -> list[CatalogueIssue]:
    return [i for i in validate_catalogue(root) if i.file == file and i.key == key]


# --- the shipped catalogue --------------------------------------------------------------------


def test_shipped_catalogue_has_no_issues():
    assert validate_catalogue(SHIPPED) == []


def test_shipped_catalogue_covers_required_matters(catalogue: Catalogue):
    assert len(catalogue.matters) >= 15
    names = {m.name for m in catalogue.matters.values()}
    for fragment in [
        "企业设立登记",
        "个体工商户设立登记",
        "农民专业合作社设立登记",
        "企业变更登记",
        "三证合一",
        "食品经营许可",
        "公共场所卫生许可",
        "印刷经营许可",
        "民办学校设立",
        "医疗机构执业登记",
        "职业技能鉴定",
        "高危险性体育项目",
        "企业投资项目备案",
        "道路运输经营许可",
        "户外广告",
    ]:
        assert any(fragment in n for n in names), fragment


def test_shipped_catalogue_business_rules(catalogue: Catalogue):
    matters = list(catalogue.matters.values())
    assert all(m.type in MATTER_TYPES for m in matters)
    assert "非行政许可审批" not in MATTER_TYPES
    assert sum(m.commitment.allowed for m in matters) >= 3
    assert sum(any(x.condition for x in m.materials) for m in matters) >= 2
    # the road occupation fee belongs to the separate road-occupation approval, not CG-0001;
    # the appraisal fee F-002 ended with RS-0001 and no current matter may charge it
    assert catalogue.matters["CG-0001"].fees == ()
    assert catalogue.fees["F-002"].withdrawn_from is not None
    assert not any(
        catalogue.fees[f].withdrawn_from for m in matters if m.withdrawal is None for f in m.fees
    )
    assert sum(bool(m.intermediaries) for m in matters) >= 2
    categories = {(m.enterprise_category, m.registration_kind) for m in matters}
    assert {
        ("1", "establishment"),
        ("2", "establishment"),
        ("3", "establishment"),
        ("1", "exchange"),
        ("1", "change"),
    } <= categories
    assert catalogue.matters["FG-0001"].type == "备案"
    assert catalogue.matters["FG-0001"].limits.on_the_spot
    assert len(catalogue.scope_permits) >= 8
    # The power of attorney lives only in common_materials.yaml.
    assert [m.name for m in catalogue.agent_materials][0] == "授权委托书"
    assert not any("授权委托书" in x.name for m in matters for x in m.materials)


def test_checklist_follows_answers_and_agent(catalogue: Catalogue):
    food = catalogue.matters["SC-0006"]
    keys = [m.key for m in catalogue.materials_for(food)]
    assert "vending_documents" not in keys
    with_yes = catalogue.materials_for(food, {"vending_machine": True}, agent=True)
    assert "vending_documents" in [m.key for m in with_yes]
    assert "power_of_attorney" in [m.key for m in with_yes]


def test_scope_referrals(catalogue: Catalogue):
    permits = catalogue.permits_for_scope("食品销售；餐饮服务；住宿服务；日用百货销售")
    assert {p.permit for p in permits} == {"食品经营许可证", "公共场所卫生许可证"}


# --- broken copies: each issue names the file and the key ---------------------------------------


def test_unknown_fee_code(cat_dir: Path):
    edit_matter(cat_dir, "CG-0001", lambda d: d.update(fees=["F-001", "F-999"]))
    found = issues_at(cat_dir, "matters/CG-0001.yaml", "fees[1]")
    assert found and "F-999" in found[0].message
    with pytest.raises(CatalogueError) as exc:
        load_catalogue(cat_dir)
    assert any(i.key == "fees[1]" for i in exc.value.issues)


def test_material_without_name(cat_dir: Path):
    edit_matter(cat_dir, "SC-0006", lambda d: d["materials"][2].update(name="  "))
    assert issues_at(cat_dir, "matters/SC-0006.yaml", "materials[2].name")


def test_material_name_missing(cat_dir: Path):
    edit_matter(cat_dir, "SC-0006", lambda d: d["materials"][1].pop("name"))
    assert issues_at(cat_dir, "matters/SC-0006.yaml", "materials[1].name")


def test_negative_limit(cat_dir: Path):
    edit_matter(cat_dir, "WJ-0001", lambda d: d["limits"]["promised"].update(value=-1))
    assert issues_at(cat_dir, "matters/WJ-0001.yaml", "limits.promised.value")


def test_promised_beyond_statutory(cat_dir: Path):
    edit_matter(cat_dir, "CG-0001", lambda d: d["limits"]["promised"].update(value=25))
    found = issues_at(cat_dir, "matters/CG-0001.yaml", "limits.promised")
    assert found and "the promised limit ends after the statutory one" in found[0].message
    assert "25个工作日" in found[0].message and "20个工作日" in found[0].message


def test_unknown_type(cat_dir: Path):
    edit_matter(cat_dir, "SC-0001", lambda d: d.update(type="非行政许可审批"))
    found = issues_at(cat_dir, "matters/SC-0001.yaml", "type")
    assert found and "非行政许可审批" in found[0].message


def test_duplicate_code_across_files(cat_dir: Path):
    shutil.copy(cat_dir / "matters" / "SC-0001.yaml", cat_dir / "matters" / "SC-9999.yaml")
    found = [i for i in issues_at(cat_dir, "matters/SC-9999.yaml", "code") if "重复" in i.message]
    assert found and "matters/SC-0001.yaml" in found[0].message


def test_unknown_question_key(cat_dir: Path):
    edit_matter(cat_dir, "SC-0006", lambda d: d["materials"][4].update(condition="no_such_q"))
    found = issues_at(cat_dir, "matters/SC-0006.yaml", "materials[4].condition")
    assert found and "no_such_q" in found[0].message


def test_commitment_without_verification_days(cat_dir: Path):
    edit_matter(cat_dir, "SC-0006", lambda d: d["commitment"].update(verification_days=None))
    assert issues_at(cat_dir, "matters/SC-0006.yaml", "commitment.verification_days")


def test_duplicate_material_key_and_unknown_department(cat_dir: Path):
    def change(d):
        d["materials"][1]["key"] = d["materials"][0]["key"]
        d["department"] = "NOPE"

    edit_matter(cat_dir, "XW-0001", change)
    assert issues_at(cat_dir, "matters/XW-0001.yaml", "materials[1].key")
    assert issues_at(cat_dir, "matters/XW-0001.yaml", "department")


def test_unknown_intermediary_and_scope_department(cat_dir: Path):
    edit_matter(cat_dir, "WJ-0001", lambda d: d.update(intermediaries=["I-404"]))
    data = read(cat_dir / "scope_permits.yaml")
    data["scope_permits"][0]["department"] = "NOPE"
    write(cat_dir / "scope_permits.yaml", data)
    assert issues_at(cat_dir, "matters/WJ-0001.yaml", "intermediaries[0]")
    assert issues_at(cat_dir, "scope_permits.yaml", "scope_permits[0].department")


def test_malformed_yaml_names_file_and_line(cat_dir: Path):
    (cat_dir / "matters" / "SC-0002.yaml").write_text(
        "code: SC-0002\nname: [unclosed\nname_en: x\n", encoding="utf-8"
    )
    found = [i for i in validate_catalogue(cat_dir) if i.file == "matters/SC-0002.yaml"]
    assert len(found) == 1
    assert found[0].key.startswith("line ")
    assert str(found[0]).startswith("matters/SC-0002.yaml: line ")


def test_malformed_fee_file(cat_dir: Path):
    (cat_dir / "fees.yaml").write_text("fees:\n  - code: F-001\n   bad: indent\n", encoding="utf-8")
    assert any(
        i.file == "fees.yaml" and i.key.startswith("line ") for i in validate_catalogue(cat_dir)
    )


def test_issue_str():
    issue = CatalogueIssue("matters/X.yaml", "materials[2].name", "不能为空 (must not be empty)")
    assert str(issue) == "matters/X.yaml: materials[2].name: 不能为空 (must not be empty)"


# --- hashing and the stored definition ---------------------------------------------------------


def test_content_hash_ignores_formatting_and_sees_edits(cat_dir: Path, catalogue: Catalogue):
    path = cat_dir / "matters" / "SC-0006.yaml"
    data = read(path)
    # Re-formatted: flow style, different key order, no comments.
    reordered = dict(reversed(list(data.items())))
    path.write_text(
        yaml.safe_dump(reordered, allow_unicode=True, default_flow_style=True, width=60),
        encoding="utf-8",
    )
    assert (
        load_catalogue(cat_dir).matters["SC-0006"].content_hash()
        == catalogue.matters["SC-0006"].content_hash()
    )

    data["materials"][0]["copies"] = 2
    write(path, data)
    assert (
        load_catalogue(cat_dir).matters["SC-0006"].content_hash()
        != catalogue.matters["SC-0006"].content_hash()
    )


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(data=st.data())
def test_json_round_trip_is_identity(data, catalogue: Catalogue):
    matter = data.draw(st.sampled_from(sorted(catalogue.matters.values(), key=lambda m: m.code)))
    again = Matter.from_json_dict(matter.to_json_dict())
    assert again == matter
    assert again.content_hash() == matter.content_hash()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(data=st.data())
def test_any_material_edit_changes_hash(data, catalogue: Catalogue):
    matter = data.draw(st.sampled_from([m for m in catalogue.matters.values() if m.materials]))
    index = data.draw(st.integers(0, len(matter.materials) - 1))
    suffix = data.draw(st.text(min_size=1, max_size=5).filter(lambda s: s.strip() == s and s))
    raw = matter.to_json_dict()
    raw["materials"][index]["name"] += suffix
    assert Matter.from_json_dict(raw).content_hash() != matter.content_hash()


@settings(max_examples=30, deadline=None)  # YAML parsing is slow on a shared machine
@given(indent=st.integers(2, 8), width=st.integers(40, 200), flow=st.booleans())
def test_hash_stable_under_yaml_dump_styles(indent, width, flow):
    path = SHIPPED / "matters" / "SC-0001.yaml"
    original = Matter.model_validate(read(path))
    text = yaml.safe_dump(
        read(path), allow_unicode=True, indent=indent, width=width, default_flow_style=flow
    )
    assert Matter.model_validate(yaml.safe_load(text)).content_hash() == original.content_hash()


def test_matter_is_immutable(catalogue: Catalogue):
    matter = catalogue.matters["SC-0001"]
    with pytest.raises(ValidationError):
        matter.name = "x"  # type: ignore[misc]
    assert isinstance(matter.materials, tuple)


# --- search -------------------------------------------------------------------------------------


def test_pinyin_initials():
    assert pinyin_initials("食品经营许可") == "spjyxk"
    assert pinyin_initials("“三证合一”换发营业执照") == "szhyhfyyzz"


def test_match_matter(catalogue: Catalogue):
    assert [m.code for m in match_matter("spjy", catalogue.matters)][0] == "SC-0006"
    assert match_matter("SC-0006", catalogue.matters)[0].code == "SC-0006"
    assert match_matter("sc-0006", catalogue.matters.values())[0].code == "SC-0006"
    sc = [m.code for m in match_matter("SC", catalogue.matters)]
    assert sc[:6] == [f"SC-000{i}" for i in range(1, 7)]
    assert [m.code for m in match_matter("卫生许可", catalogue.matters)] == ["WJ-0001"]
    assert match_matter("  ", catalogue.matters) == []
    # Initials substring: 经营许可 appears inside several names.
    assert "SC-0006" in [m.code for m in match_matter("jyxk", catalogue.matters)]


def test_every_field_a_diff_can_show_has_its_names(catalogue: Catalogue):
    """The version diff names each field of a matter and of a material in Chinese and English
    (never by its key); the closed values it shows have both languages too."""
    from window_app.services.catalogue_browse import (
        MATERIAL_FIELDS,
        VOCABULARIES,
        diff_definitions,
    )

    for matter in catalogue.matters.values():
        data = matter.to_json_dict()
        shown = diff_definitions({"code": matter.code}, data).fields  # every field is new
        assert [c.field for c in shown if c.name.en == c.field] == []
        for material in data["materials"]:
            assert set(material) - {"key"} <= set(MATERIAL_FIELDS), set(material)
    for names in (MATERIAL_FIELDS, *VOCABULARIES.values()):
        assert all(term.zh and term.en and term.zh != term.en for term in names.values())


# --- placeholder text never reaches paper (issue 16) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["0759-3xxxxxx", "以当年公布的为准，导入前请核实", "条款待核实", "粤价文件，文号待核实", "TODO",
     "电话 1380000XXXX", "标准待定"],
)  # fmt: skip
def test_placeholder_words_are_found(text):
    assert placeholder_in(text)


@pytest.mark.parametrize(
    "text", ["0759-3160000", "12345", "440802********0011", "138****5678", "Todo list",
             "《城市道路管理条例》第三十七条", "Box 3"],
)  # fmt: skip
def test_real_text_is_not_a_placeholder(text):
    assert placeholder_in(text) is None


def test_placeholder_in_any_printed_field_names_file_and_field(cat_dir: Path):
    edit_matter(cat_dir, "SC-0006", lambda d: d["legal_basis"][0].update(article="条款待核实"))
    edit_matter(cat_dir, "SC-0006", lambda d: d.update(phones={"consult": "0759-3xxxxxx",
                                                              "complaint": "12345"}))  # fmt: skip
    fees = read(cat_dir / "fees.yaml")
    fees["fees"][0]["standard"] += "（导入前请核实）"
    write(cat_dir / "fees.yaml", fees)
    found = {(i.file, i.key) for i in validate_catalogue(cat_dir) if "占位" in i.message}
    assert found == {
        ("matters/SC-0006.yaml", "legal_basis[0].article"),
        ("matters/SC-0006.yaml", "phones.consult"),
        ("fees.yaml", "fees[0].standard"),
    }
    with pytest.raises(CatalogueError):
        load_catalogue(cat_dir)  # and so `catalog import` refuses it


def test_catalog_cli_validate_and_import_refuse_placeholders(cat_dir: Path, tmp_path, capsys):
    from window_app.cli import run

    edit_matter(cat_dir, "WJ-0001", lambda d: d.update(hours="待定"))
    assert run(["catalog", "validate", str(cat_dir)]) == 1
    err = capsys.readouterr().err
    assert "matters/WJ-0001.yaml: hours: 含占位文字“待定”" in err
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    admin = cli_sign_in(db, "admin1")
    assert run(["--database", db, *admin, "catalog", "import", str(cat_dir)]) == 1
    assert "WJ-0001.yaml" in capsys.readouterr().err
    assert (
        run(["--database", db, *admin, "catalog", "import"]) == 0
    )  # the shipped catalogue is clean


def test_a_sample_is_claimed_only_when_it_is_attached(cat_dir: Path, catalogue: Catalogue):
    """附样表 prints only where the catalogue carries the sample itself (issue 16)."""
    flagged = [(c, m.key) for c, matter in catalogue.matters.items() for m in matter.materials
               if m.sample]  # fmt: skip
    assert flagged and all(
        catalogue.matters[c]
        .materials[[m.key for m in catalogue.matters[c].materials].index(k)]
        .sample_form
        is not None
        for c, k in flagged
    )

    def claim_without_sample(d: dict) -> None:
        d["materials"][0]["sample"] = True
        d["materials"][0].pop("sample_form", None)

    edit_matter(cat_dir, "SC-0006", claim_without_sample)
    found = [(i.file, i.key, i.message) for i in validate_catalogue(cat_dir)]
    assert any(f == "matters/SC-0006.yaml" and k.startswith("materials[0]") and "sample_form" in m
               for f, k, m in found), found  # fmt: skip
