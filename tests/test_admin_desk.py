"""The administrator's desk below the GUI, on both back ends where it touches the database:
users (edit, disable, never delete), the holiday notice as the State Council publishes it,
the two credit lists (CSV and xlsx, removed entries), the intake's credit check, backups."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import cli_sign_in
from openpyxl import Workbook

from tests.conftest import TEST_PASSWORD
from window_app.cli import run
from window_app.core import calendar_file
from window_app.core.errors import DomainError
from window_app.core.idcard import check_digit
from window_app.services import bad_credit, calendar, intake, maintenance, users
from window_app.services.context import Role

ID = "44080219850312" + "123"
ID += check_digit(ID)
OTHER = "44080219900615" + "456"
OTHER += check_digit(OTHER)

# 国办发明电〔2024〕12号 as published (2025): the year's holidays and make-up working days
NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
国务院办公厅
2024年11月12日
"""


# --- the holiday notice -------------------------------------------------------------------------
def test_the_state_council_notice_is_read_as_published():
    import chinese_calendar

    a = calendar_file.parse_notice(NOTICE_2025, source="国办发明电〔2024〕12号")
    assert a.year == 2025 and len(a.holidays) == 1 + 8 + 3 + 5 + 3 + 8
    assert a.workdays == {date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27),
                          date(2025, 9, 28), date(2025, 10, 11)}  # fmt: skip
    # the same days as the chinese_calendar package, which knows 2025
    day = date(2025, 1, 1)
    while day.year == 2025:
        assert a.is_workday(day) == chinese_calendar.is_workday(day), day
        day = date.fromordinal(day.toordinal() + 1)
    assert calendar_file.parse_any(NOTICE_2025) == calendar_file.parse_notice(NOTICE_2025)
    simple = "year 2027\nholiday 2027-01-01 2027-01-03 元旦\nworkday 2027-02-07\n"
    assert calendar_file.parse_any(simple).workdays == {date(2027, 2, 7)}


@pytest.mark.parametrize(
    ("text", "words"),
    [("一、元旦：1月1日放假", "年份"), ("国务院办公厅关于2027年部分节假日安排的通知\n元旦放假", "段落"),
     ("关于2027年部分节假日安排的通知\n一、元旦：2月30日放假。", "不是有效日期"),
     ("关于2027年部分节假日安排的通知\n一、元旦：1月3日至1日放假。", "早于"),
     ("关于2027年部分节假日安排的通知\n一、春节：放假调休。", "没有找到放假日期")],
)  # fmt: skip
def test_a_notice_that_cannot_be_read_says_why(text, words):
    with pytest.raises(calendar_file.CalendarFileError, match=words):
        calendar_file.parse_notice(text)


def test_calendar_import_takes_the_notice_file(hall, tmp_path):
    db, a = hall
    path = tmp_path / "2025.txt"
    path.write_text(NOTICE_2025, encoding="utf-8")
    calendar.import_year(db, a["admin"], path)
    assert [(y.year, y.holidays, y.workdays) for y in calendar.entered_years(db, a["admin"])] \
        == [(2025, 28, 5)]  # fmt: skip
    with pytest.raises(DomainError):
        calendar.entered_years(db, a["clerk"])


# --- users ------------------------------------------------------------------------------------------
def test_users_are_edited_and_disabled_never_deleted(hall):
    db, a = hall
    admin = a["admin"]
    with pytest.raises(DomainError, match="已存在"):
        users.create_user(db, admin, "clerk1", "重名", Role.CLERK, TEST_PASSWORD)
    with pytest.raises(DomainError, match="用户名"):
        users.create_user(db, admin, "x y", "空格", Role.CLERK, TEST_PASSWORD)
    with pytest.raises(DomainError, match="已存在"):
        users.create_window(db, admin, "a01", "重号")
    department = users.list_departments(db, admin)[0][0]
    users.update_user(db, admin, "clerk2", display_name="李建国", role=Role.SUPERVISOR,
                      window_number=None, department_code=department)  # fmt: skip
    row = next(u for u in users.list_users(db, admin) if u["username"] == "clerk2")
    assert (row["role"], row["window"], row["department"]) == ("supervisor", "", department)
    with pytest.raises(DomainError, match="不在事项目录"):
        users.update_user(db, admin, "clerk2", display_name="李建国", role=Role.CLERK,
                          window_number=None, department_code="NOPE")  # fmt: skip
    users.set_active(db, admin, "clerk2", False, "调离")
    with pytest.raises(users.LoginError):
        users.login(db, "clerk2", TEST_PASSWORD)
    assert any(u["username"] == "clerk2" and not u["active"] for u in users.list_users(db, admin))
    users.set_active(db, admin, "clerk2", True)
    assert users.login(db, "clerk2", TEST_PASSWORD).role is Role.SUPERVISOR
    with pytest.raises(DomainError, match="不能停用自己"):
        users.set_active(db, admin, "admin1", False)
    with pytest.raises(DomainError):
        users.set_active(db, a["clerk"], "clerk2", False)


# --- credit lists ----------------------------------------------------------------------------------
def test_both_lists_import_from_csv_and_xlsx_with_removed_entries(hall, tmp_path):
    db, a = hall
    src = tmp_path / "shixin.csv"
    src.write_text(f"代码,名称,列入原因,认定机关,列入日期,移出日期\n"
                   f"{ID},王某,拒不履行,湛江市中级人民法院,2026/03/01,\n"
                   f"{OTHER},李某,已履行,湛江市中级人民法院,2025-01-01,2026-01-01\n",
                   encoding="utf-8")  # fmt: skip
    assert bad_credit.import_file(db, a["admin"], src, source="信用中国",
                                  on=date(2026, 12, 1)) == bad_credit.ImportResult(2, 0)  # fmt: skip
    book = Workbook()
    book.active.append(
        ["统一社会信用代码", "企业名称", "列入经营异常名录原因", "作出决定机关", "列入日期"]
    )
    book.active.append([ID, "王某（个体）", "通过登记的住所无法联系", "湛江市市场监督管理局",
                        date(2026, 6, 1)])  # fmt: skip
    book.save(tmp_path / "abnormal.xlsx")
    bad_credit.import_file(db, a["admin"], tmp_path / "abnormal.xlsx", list_kind="abnormal")
    listed = bad_credit.list_entries(db)
    assert {(e["list"], e["code"]) for e in listed} == {("bad_credit", ID), ("abnormal", ID)}
    everything = bad_credit.list_entries(db, include_removed=True)
    assert {e["code"] for e in everything} == {ID, OTHER}
    shixin = next(e for e in listed if e["list"] == "bad_credit")
    assert (shixin["listed_on"], shixin["source"]) == ("2026-03-01", "信用中国")
    hits = bad_credit.check(db, a["clerk"], id_number=ID)
    assert [h.list_kind for h in hits] == ["bad_credit", "abnormal"]
    assert bad_credit.check(db, a["clerk"], id_number=OTHER) == []  # removed from the list
    with pytest.raises(bad_credit.BadCreditFileError, match="第2行"):
        (tmp_path / "bad.csv").write_text("code,name\n12345,x\n", encoding="utf-8")
        bad_credit.import_file(db, a["admin"], tmp_path / "bad.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(bad_credit.BadCreditFileError, match="无法读取"):
        bad_credit.import_file(db, a["admin"], tmp_path / "broken.xlsx")


def test_intake_refuses_to_register_a_listed_applicant_until_the_clerk_confirms(hall):
    db, a = hall
    bad_credit.import_entries(db, a["admin"], [bad_credit.Entry(ID, "王某", "拒不履行")],
                              source="信用中国")  # fmt: skip
    who = intake.ApplicantInput("person", "王小明", id_number=ID)
    with pytest.raises(intake.CreditWarning, match="失信名单") as refused:
        intake.start_application(db, a["clerk"], matter_code="SC-0006", applicant=who)
    assert refused.value.field == "credit" and "拒不履行" in refused.value.message
    assert "bad-credit list" in refused.value.english
    started = intake.start_application(db, a["clerk"], matter_code="SC-0006", applicant=who,
                                       credit_ack=True)  # fmt: skip
    assert started.number
    other = intake.ApplicantInput("person", "李四", id_number=OTHER)
    assert intake.start_application(db, a["clerk"], matter_code="SC-0006", applicant=other).number


def test_list_credit_and_badcredit_import_on_the_command_line(tmp_path, capsys):
    database = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    url = ["--database", database, *cli_sign_in(database, "admin1")]
    src = tmp_path / "abnormal.tsv"
    src.write_text(f"{ID}\t某店\t未年报\t湛江市市场监督管理局\t2026-05-01\n", encoding="utf-8")
    assert run([*url, "badcredit", "import", str(src), "--list", "abnormal", "--source",
                "国家企业信用信息公示系统", "--date", "2026-12-01"]) == 0  # fmt: skip
    assert capsys.readouterr().out == "1 added\t0 updated\n"
    assert run([*url, "list", "credit"]) == 0
    line = capsys.readouterr().out.strip().split("\t")
    assert line[0] == "abnormal" and line[1] != ID and line[1].startswith("440802")
    assert line[2:] == ["某店", "未年报", "湛江市市场监督管理局", "2026-05-01", "",
                        "国家企业信用信息公示系统"]  # fmt: skip
    assert run([*url, "list", "credit", "--list", "bad_credit", "--format", "json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert run([*url, "badcredit", "import", str(tmp_path / "none.csv")]) == 1
    clerk = ["--database", database, *cli_sign_in(database, "clerk1")]
    assert run([*clerk, "list", "credit"]) == 1  # names and ID numbers: not for a clerk
    assert run([*clerk, "badcredit", "import", str(src)]) == 1


# --- backups ----------------------------------------------------------------------------------------
def test_backup_now_lists_with_size_and_restores(sqlite_hall):
    db, a = sqlite_hall
    info = maintenance.backup_now(db, a["admin"])
    assert info.kind == "manual" and info.size > 0
    assert [b.name for b in maintenance.list_backups(db, a["admin"])][0] == info.name
    users.create_window(db, a["admin"], "B01", "后来的窗口")
    maintenance.restore_backup(db, a["admin"], info.path)
    assert "B01" not in [n for n, _ in users.list_windows(db, a["admin"])]
    with pytest.raises(DomainError):
        maintenance.backup_now(db, a["clerk"])


def test_backups_on_postgresql_are_the_servers(pg_db):
    from window_app.services.context import SYSTEM

    with pytest.raises(DomainError, match="pg_dump"):
        maintenance.list_backups(pg_db, SYSTEM.__class__(None, "admin", Role.ADMINISTRATOR))


def test_users_on_the_command_line(sqlite_hall, capsys, monkeypatch):
    import io

    db, a = sqlite_hall
    url = ["--database", db.url, *cli_sign_in(db, "admin1")]
    monkeypatch.setattr("sys.stdin", io.StringIO("Temp#2026x\n"))
    assert run([*url, "users", "add", "clerk9", "--name", "九号", "--role", "clerk",
                "--window", "A02", "--password-stdin"]) == 0  # fmt: skip
    assert run([*url, "users", "edit", "clerk9", "--role", "supervisor", "--window", ""]) == 0
    assert run([*url, "users", "disable", "clerk9", "--reason", "调离"]) == 0
    capsys.readouterr()
    assert run([*url, "users", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("clerk9"))
    assert line.split("\t")[:3] == ["clerk9", "supervisor", "-"] and "inactive" in line
    assert run([*url, "users", "enable", "clerk9"]) == 0
    assert run([*url, "users", "edit", "nobody", "--role", "clerk"]) == 1
    clerk = ["--database", db.url, *cli_sign_in(db, "clerk1")]
    assert run([*clerk, "users", "disable", "clerk9", "--reason", "x"]) == 1  # administrators only
    assert users.login(db, "clerk9", "Temp#2026x").role is Role.SUPERVISOR


def test_hall_settings_on_both_back_ends(hall):
    from window_app.services import hall_settings

    db, a = hall  # the seeded hall has the demo's settings (documents print them)
    hall_settings.save_hall_settings(db, a["admin"], hall_settings.HallSettings(
        hall_name=" 湛江市行政服务中心 ", consultation_phones={"": "0759-3388000", "X": " "},
    ))  # fmt: skip
    saved = hall_settings.load_hall_settings(db)
    assert saved.hall_name == "湛江市行政服务中心" and saved.consultation_phones == {
        "": "0759-3388000"
    }
    assert hall_settings.load_hall_settings(db) == saved
    with pytest.raises(DomainError, match="无权限"):
        hall_settings.save_hall_settings(db, a["clerk"], saved)
