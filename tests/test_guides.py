"""Service guides: every element of every shipped matter, in every layout, read back from the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from conftest import cli_sign_in, seed_hall, sqlite_database
from guide_elements import GUIDE_LABELS
from sqlalchemy import select

from window_app.core.catalogue import DELIVERIES, MODES, default_catalogue_dir, load_catalogue
from window_app.core.time_limits import unit_text
from window_app.services import guide_mapping, guide_sources, guides
from window_app.services.catalogue_import import import_catalogue
from window_app.services.context import SYSTEM
from window_app.services.demo import DEMO_HALL_SETTINGS
from window_app.storage.models import AuditEvent

CATALOGUE = load_catalogue()
CODES = sorted(c for c, m in CATALOGUE.matters.items() if m.withdrawal is None)  # current
WITHDRAWN = sorted(c for c, m in CATALOGUE.matters.items() if m.withdrawal is not None)
GOLDEN = Path(__file__).parent / "golden" / "guides"
LABELS = [*GUIDE_LABELS, "施行日期"]


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "g") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def squash(text: str) -> str:
    """Drop page footers and every whitespace: wrapped lines and table cells join up."""
    footer = re.compile(
        r"第\d+页 共\d+页( / Page \d+ of \d+)?|事项目录版本：\S+ v\d+"
    )  # large print
    lines = [ln for ln in text.splitlines()
             if not (ln.startswith("咨询电话：") or footer.fullmatch(ln.strip()))]  # fmt: skip
    return "".join(ch for ch in "".join(lines) if not ch.isspace())


def missing_in_order(expected_lines: list[str], text: str) -> list[str]:
    body, pos, missing = squash(text), 0, []
    for line in expected_lines:
        frag = "".join(ch for ch in line if not ch.isspace())
        found = body.find(frag, pos)
        if found < 0:
            missing.append(line)
        else:
            pos = found + len(frag)
    return missing


def key_values(code: str) -> list[str]:
    """What must be printed for a matter, straight from its YAML definition."""
    m = CATALOGUE.matters[code]
    dept = CATALOGUE.departments[m.department]
    hall = DEMO_HALL_SETTINGS  # the hall's hours and phones (tests/conftest.py fills them)
    values = [m.name, m.code, m.type, dept.name, dept.window, m.result.name, m.place,
              hall.opening_hours, hall.consultation_phones.get(m.department)
              or hall.consultation_phones[""], hall.complaint_phones[""], f"{m.code}v1"]  # fmt: skip
    values += [f"{b.law}{b.article}" for b in m.legal_basis + m.implementing_basis]
    values += list(m.conditions) + list(m.prohibitions) + list(m.process) + list(m.rights)
    values += [x.name for x in m.materials] + [x.source for x in m.materials]
    values += [MODES[x] for x in m.modes] + [DELIVERIES[x] for x in m.result.delivery]
    values += [CATALOGUE.fees[f].name for f in m.fees] or ["不收费"]
    values += [CATALOGUE.fees[f].legal_basis for f in m.fees]
    values += [CATALOGUE.intermediaries[i].name for i in m.intermediaries]
    values += [f.q for f in m.faq] + [f.a for f in m.faq]
    if m.limits.on_the_spot:
        values.append("即办")
    else:
        values.append(unit_text(m.limits.promised.value, m.limits.promised.unit))
    if m.limits.statutory is not None:  # in the law's own unit, with its basis
        values.append(unit_text(m.limits.statutory.value, m.limits.statutory.unit))
        values.append(m.limits.statutory.basis or "")
    # time that does not count is printed with the limit: the declared steps, and a hearing,
    # which 行政许可法 arts. 46-47 allow for every matter
    if m.limits.statutory is not None:
        values.append("不计入办结时限的环节")
        for step in m.excluded_time:
            values += [step.label, step.basis]
        values += ["听证", "第四十六、四十七条"]
    values.append("0次" if m.visits == 0 else f"最多{m.visits}次")
    if any(x.condition for x in m.materials):
        values.append("视情形提交")
    return values


@pytest.fixture(scope="module")
def _hall_template(tmp_path_factory):
    """Seeding a hall hashes four passwords (~10 s): do it once, copy the file per test."""
    root = tmp_path_factory.mktemp("hall")
    mp = pytest.MonkeyPatch()
    mp.setenv("WINDOW_APP_DATA_DIR", str(root))
    mp.setenv("WINDOW_APP_AUDIT_KEY_FILE", str(root / "audit.key"))
    db = sqlite_database(root / "window.sqlite3")
    actors = seed_hall(db)
    db.dispose()
    mp.undo()
    return root, actors


@pytest.fixture
def sqlite_hall(_hall_template, tmp_path):
    """Same as conftest's sqlite_hall (catalogue, windows, users), from a copied template."""
    import os

    root, actors = _hall_template
    shutil.copy(root / "audit.key", os.environ["WINDOW_APP_AUDIT_KEY_FILE"])
    shutil.copy(root / "window.sqlite3", tmp_path / "window.sqlite3")
    db = sqlite_database(tmp_path / "window.sqlite3")
    yield db, actors
    db.dispose()


# --- the pure mapping ------------------------------------------------------------------------


def test_guide_data_maps_every_element() -> None:
    m = CATALOGUE.matters["SC-0006"]
    dept = CATALOGUE.departments[m.department]
    data = guide_mapping.guide_data(
        m.to_json_dict(),
        guide_mapping.GuideDepartment(dept.code, dept.name, dept.window, dept.division_code,
                               phone="0759-3160001", complaint_phone="12345"),
        [], [], "SC-0006 v1", date(2015, 10, 1),
    )  # fmt: skip
    assert (data.matter_name, data.matter_code, data.matter_type) == (
        "食品经营许可",
        "SC-0006",
        "行政许可",
    )
    assert (data.department, data.window) == ("湛江市市场监督管理局", "市民服务中心A区3号窗口")
    assert data.setting_basis == ("《中华人民共和国食品安全法》（2021年修正）第三十五条",)
    assert len(data.implementing_basis) == 2
    assert data.prohibitions == m.prohibitions and data.conditions == m.conditions
    first, vending = data.materials[0], data.materials[-1]
    assert (first.form, first.copies, first.medium, first.sample) == ("原件", 1, "纸质", "附样表")
    assert data.materials[1].form == "复印件"
    assert data.materials[2].commitment_ok and not first.commitment_ok
    assert not vending.required and vending.condition == "利用自动售货设备从事食品销售的"
    assert data.channels == ("窗口办理", "网上办理", "邮寄办理")
    assert (data.statutory_limit, data.promised_limit) == (
        "10个工作日（《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号））。"
        "不计入办结时限的环节（时限中止并书面告知）：听证（《行政许可法》第四十六、四十七条）",
        "10个工作日",
    )
    assert data.fees == () and data.intermediaries == ()
    assert data.delivery_methods == "窗口领取、邮寄送达、电子送达"
    assert data.visits == "最多1次" and data.complaint_phone == "12345"
    assert data.consult_phone == "0759-3160001"  # the hall settings' phone, not the catalogue's
    assert "湛江市人民政府申请行政复议" in data.remedies
    assert "20个工作日内核查" in data.rights_obligations[-1]  # commitment path spelled out
    assert data.faq[1] == ("许可证有效期多长？", "5年。")
    assert data.effective_on == date(2015, 10, 1)


def test_on_the_spot_no_statutory_limit_and_zero_visits() -> None:
    m = CATALOGUE.matters["FG-0001"]
    data = guide_mapping.guide_data(m, guide_mapping.GuideDepartment("FGJ", "湛江市发展和改革局"), [], [],
                             "FG-0001 v1", date(2017, 2, 1))  # fmt: skip
    assert data.statutory_limit == "无法定办结时限"
    assert data.promised_limit.startswith("即办")
    assert data.visits.startswith("0次")
    assert data.window == m.place  # no department window known: the matter's place
    assert data.implementing_basis  # never blank


def test_district_department_names_its_review_body() -> None:
    m = CATALOGUE.matters["SC-0002"]
    dept = CATALOGUE.departments[m.department]
    data = guide_mapping.guide_data(m, guide_mapping.GuideDepartment(dept.code, dept.name, dept.window,
                                                      dept.division_code), [], [], "v", date.today())  # fmt: skip
    assert dept.division_code != "440800"
    assert "区人民政府申请行政复议" in data.remedies


# --- read from the database, rendered, read back -------------------------------------------


def test_every_matter_every_variant_reads_back(sqlite_hall, tmp_path) -> None:
    db, actors = sqlite_hall
    problems, pages = [], {}
    for code in CODES:
        for variant in guides.VARIANTS:
            pdf = guides.guide_pdf(db, code, variant)
            text = pdf_text(pdf, tmp_path, f"{code}-{variant}")
            body = squash(text)
            for needed in LABELS + key_values(code):
                if "".join(needed.split()) not in body:
                    problems.append((code, variant, needed))
            pages[(code, variant)] = text.count("\f")
    assert problems == []
    # "A4 in one or two pages": SC-0001 (17 materials) takes three — reported to the lead;
    # each attached sample (附样表) adds a page of its own after the guide
    samples = {code: len(guide_sources.guide_for(db, code).samples) for code in CODES}
    assert all(n <= 3 + samples[code] for (code, v), n in pages.items() if v == "a4"), pages
    # the tri-fold is one sheet printed on both sides: outside and inside, never a third page
    assert all(n == 2 for (code, v), n in pages.items() if v == "trifold"), pages


def test_png_sample_renders(sqlite_hall, tmp_path) -> None:
    db, _ = sqlite_hall
    for variant in guides.VARIANTS:
        pdf = tmp_path / f"{variant}.pdf"
        pdf.write_bytes(guides.guide_pdf(db, "WJ-0001", variant))
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf),
                        str(tmp_path / variant)], check=True)  # fmt: skip
        assert list(tmp_path.glob(f"{variant}-*.png"))


@pytest.mark.parametrize("code", ["SC-0006", "WJ-0001", "FG-0001"])
def test_golden_text(sqlite_hall, tmp_path, code) -> None:
    db, _ = sqlite_hall
    expected = [ln for ln in (GOLDEN / f"{code}.a4.txt").read_text("utf-8").splitlines()
                if ln.strip()]  # fmt: skip
    text = pdf_text(guides.guide_pdf(db, code, "a4", on=date(2026, 1, 5)), tmp_path)
    assert missing_in_order(expected, text) == []


def test_english_column(sqlite_hall, tmp_path) -> None:
    db, _ = sqlite_hall
    text = pdf_text(guides.guide_pdf(db, "SC-0006", "a4", english=True), tmp_path)
    for en in ("Service Guide", "Matter code", "Statutory time limit", "Complaints",
               "Application materials", "Food business licence"):  # fmt: skip
        assert en in text
    assert "食品经营许可申请书" in text


def test_unknown_matter_and_bad_variant(sqlite_hall) -> None:
    db, actors = sqlite_hall
    with pytest.raises(guide_sources.GuideError, match="XX-9999"):
        guide_sources.guide_for(db, "XX-9999")
    with pytest.raises(guide_sources.GuideError):
        guides.guide_pdf(db, "SC-0006", "a5")
    with pytest.raises(guide_sources.GuideError, match="无现行有效版本"):
        guide_sources.guide_for(db, "SC-0006", on=date(2000, 1, 1))


def test_withdrawn_matter_guide_is_not_printed_as_current(sqlite_hall, tmp_path) -> None:
    db, _ = sqlite_hall
    assert WITHDRAWN == ["RS-0001", "SC-0005"]
    with pytest.raises(guide_sources.GuideError, match="自2018-01-01起停止办理") as exc:
        guide_sources.guide_for(db, "SC-0005", on=date(2026, 1, 5))
    assert "不再印发办事指南" in exc.value.message
    with pytest.raises(guide_sources.GuideError, match="不再印发办事指南"):
        guides.guide_pdf(db, "RS-0001", "a4", on=date(2026, 1, 5))
    # before its end it was current: the guide of 2017 still prints
    text = pdf_text(guides.guide_pdf(db, "SC-0005", "a4", on=date(2017, 6, 1)), tmp_path)
    assert "“三证合一”换发营业执照" in text


def test_print_is_audited(sqlite_hall) -> None:
    db, actors = sqlite_hall
    guides.render_guide_pdf(db, "sc-0006", "large", actor=actors["clerk"])
    with db.reading() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "guide.print")).all()
    assert [(e.entity_id, e.username, e.after["variant"]) for e in ev] == [
        ("SC-0006", "clerk1", "large")
    ]


def test_batch_all_one_department_and_cancel(sqlite_hall, tmp_path) -> None:
    db, actors = sqlite_hall
    seen: list[tuple[int, int]] = []
    result = guides.render_all_guides(db, tmp_path / "all", "a4", actor=actors["clerk"],
                                      progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert result.total == len(CODES) and not result.cancelled
    assert sorted(p.name for p in result.files) == [f"{c}-a4.pdf" for c in CODES]
    assert seen[0] == (0, len(CODES)) and seen[-1] == (len(CODES), len(CODES))
    one = guides.render_all_guides(db, tmp_path / "sc", "large", department="SCJGJ",
                                   actor=actors["clerk"])  # fmt: skip
    want = sorted(c for c in CODES if CATALOGUE.matters[c].department == "SCJGJ")
    assert [p.name.split("-large")[0] for p in one.files] == want
    stop = guides.render_all_guides(db, tmp_path / "stop", "a4", actor=actors["clerk"],
                                    progress=lambda d, t: d < 3)  # fmt: skip
    assert stop.cancelled and len(stop.files) == 3
    with db.reading() as s:
        batches = s.scalars(select(AuditEvent).where(AuditEvent.action == "guide.print",
                                                     AuditEvent.entity == "catalogue")).all()  # fmt: skip
    assert [b.after["cancelled"] for b in batches] == [False, False, True]


def test_catalogue_listing(sqlite_hall, tmp_path) -> None:
    db, actors = sqlite_hall
    text = squash(pdf_text(guides.render_catalogue_pdf(db, actor=actors["clerk"]), tmp_path))
    for m in CATALOGUE.matters.values():  # a withdrawn matter is not listed as current
        assert (m.code in text) == (m.withdrawal is None), m.code
    for f in CATALOGUE.fees.values():  # nor a fee no longer charged
        assert (f.name in text) == (f.withdrawn_from is None), f.code
        if f.withdrawn_from is None:
            assert "".join(f.legal_basis.split()) in text
    for i in CATALOGUE.intermediaries.values():
        assert i.name in text
    assert "收费目录清单" in text and "不收费" in text


# --- one source of truth -------------------------------------------------------------------


def changed_catalogue(tmp_path: Path, code: str, old: str, new: str) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), target)
    path = target / "matters" / f"{code}.yaml"
    text = path.read_text("utf-8")
    assert text.count(f"name: {old}\n") == 1
    path.write_text(text.replace(f"name: {old}\n", f"name: {new}\n"), "utf-8")
    return target


NEW_NAME = "食品经营许可申请书（2026年版）"


def test_changed_material_reaches_guide_by_effective_date(sqlite_hall, tmp_path) -> None:
    db, actors = sqlite_hall
    directory = changed_catalogue(tmp_path, "SC-0006", "食品经营许可申请书", NEW_NAME)
    plan = import_catalogue(db, actors["admin"], directory, effective_from=date(2026, 3, 1))
    assert plan.changed_matters == ["SC-0006"]
    before = squash(pdf_text(guides.guide_pdf(db, "SC-0006", on=date(2026, 2, 28)), tmp_path))
    after = squash(pdf_text(guides.guide_pdf(db, "SC-0006", on=date(2026, 3, 1)), tmp_path))
    assert NEW_NAME not in before and "SC-0006v1" in before
    assert NEW_NAME in after and "SC-0006v2" in after and "2026年3月1日" in after


def test_one_definition_drives_checklist_notice_and_guide(sqlite_hall, tmp_path) -> None:
    intake = pytest.importorskip("window_app.services.intake")
    notice = pytest.importorskip("window_app.services.notice")
    checklist = pytest.importorskip("window_app.services.checklist")
    documents = pytest.importorskip("window_app.services.documents")
    db, actors = sqlite_hall
    directory = changed_catalogue(tmp_path, "SC-0006", "食品经营许可申请书", NEW_NAME)
    import_catalogue(db, SYSTEM, directory, effective_from=date(2026, 3, 2))
    day = date(2026, 3, 2)

    guide = squash(pdf_text(guides.guide_pdf(db, "SC-0006", on=day), tmp_path, "guide"))
    assert NEW_NAME in guide

    started = intake.start_application(
        db, actors["clerk"], matter_code="SC-0006", on=day,
        applicant=intake.ApplicantInput(kind="person", name="刘芳", id_number="11010519491231002X",
                                        phone="13800138000"),
    )  # fmt: skip
    rows = checklist.get_checklist(db, started.number, on=day)
    assert NEW_NAME in [r.name for r in rows]

    outcome = notice.issue_notice(db, actors["clerk"], started.number, on=day)
    text = squash(pdf_text(documents.render(outcome.document), tmp_path, "notice"))
    assert NEW_NAME in text


# --- CLI -------------------------------------------------------------------------------------


def test_cli_print_guide_and_catalogue(sqlite_hall, tmp_path, capsys) -> None:
    from window_app import cli

    db, _ = sqlite_hall
    url = f"sqlite:///{tmp_path / 'window.sqlite3'}"
    me = cli_sign_in(db, "clerk1")
    out = tmp_path / "guide.pdf"
    rc = cli.run(["--database", url, "print", "guide", "WJ-0001", "--out", str(out),
                  "--variant", "large", "--english", *me])  # fmt: skip
    assert rc == 0
    text = squash(pdf_text(out.read_bytes(), tmp_path, "cli"))
    assert "公共场所卫生许可" in text and "ServiceGuide" in text
    listing = tmp_path / "catalogue.pdf"
    assert cli.run(["print", "catalogue", "--out", str(listing), "--database", url, *me]) == 0
    assert "收费目录清单" in squash(pdf_text(listing.read_bytes(), tmp_path, "cat"))
    capsys.readouterr()
    assert cli.run(["--database", url, "print", "guide", "XX-0001", "--out", str(out), *me]) == 1
    assert "事项编码“XX-0001”不存在" in capsys.readouterr().err
    with db.reading() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent))]
    assert actions.count("guide.print") == 1 and actions.count("catalogue.print") == 1


def test_samples_are_attached_where_the_guide_says_so(sqlite_hall, tmp_path) -> None:
    """附样表 only beside a form whose sample the guide prints; the A4 guide carries the samples
    after its text, the tri-fold says they are separate sheets and `print samples` prints them."""
    from window_app.cli import run

    db, _ = sqlite_hall
    with_sample = {code for code in CODES if guide_sources.guide_for(db, code).samples}
    assert with_sample == {"SC-0001", "SC-0002", "SC-0003", "SC-0006", "WJ-0001"}
    for code in CODES:
        data = guide_sources.guide_for(db, code)
        flagged = [m.name for m in data.materials if m.sample]
        assert flagged == [s.material for s in data.samples], code
    text = squash(pdf_text(guides.guide_pdf(db, "SC-0006", "a4"), tmp_path, "a4"))
    assert "附样表" in text and "《食品经营许可申请书》填写样例〔样例〕" in text
    assert "餐饮服务经营者（小型餐馆）" in text  # the example filled in
    assert "附样表" not in squash(pdf_text(guides.guide_pdf(db, "JT-0001", "a4"), tmp_path, "jt"))
    trifold = squash(pdf_text(guides.guide_pdf(db, "SC-0006", "trifold"), tmp_path, "tri"))
    assert "附样表（另页）" in trifold and "填写样例" not in trifold  # the leaflet stays one sheet
    out = tmp_path / "samples.pdf"
    url = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    assert run([*url, "print", "samples", "SC-0006", "--out", str(out)]) == 0
    printed = squash(pdf_text(out.read_bytes(), tmp_path, "samples"))
    assert "《食品经营许可申请书》填写样例" in printed and "91440800MA4W00003M" in printed
    assert run([*url, "print", "samples", "JT-0001", "--out", str(tmp_path / "no.pdf")]) == 1
