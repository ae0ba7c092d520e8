"""The printed licence (营业执照) of a registered enterprise, rendered and read back: its fields
(pdftotext), its QR code (zbarimg), the calibrated overlay and unknown codes."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import select

from tests import test_registration as base
from window_app.core import uscc
from window_app.core.errors import DomainError
from window_app.services import licence, registration
from window_app.storage.models import AuditEvent

DAY, company, individual = base.DAY, base.company, base.individual
desk = base.desk  # the fixture: a hall with a code segment


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def _qr(path, tmp_path) -> str:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    png = sorted(tmp_path.glob("page*.png"))[0]
    return subprocess.run(["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True,
                          text=True, check=True).stdout.strip()  # fmt: skip


def test_licence_facsimile_has_fields_and_qr(desk, tmp_path):
    db, a = desk
    result = registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    data = licence.licence_data(db, result.uscc)
    assert data.authority == "湛江市市场监督管理局"
    printed = licence.print_licence(db, a["clerk"], result.uscc)
    assert not printed.reprint
    path = tmp_path / "licence.pdf"
    path.write_bytes(printed.pdf)
    text = _pdf_text(path)
    for needle in (
        result.uscc,
        "湛江市美味餐饮有限公司",
        "有限责任公司",
        "张三",
        "伍拾万元整",
        "2026年11月25日",
        "湛江市赤坎区人民大道中1号",
        "餐饮服务",
        "湛江市市场监督管理局",
    ):
        assert needle in text.replace("\n", ""), needle  # fmt: skip
    assert _qr(path, tmp_path) == result.uscc
    with pytest.raises(DomainError) as refused:  # a reprint (补打) needs its reason
        licence.print_licence(db, a["clerk"], result.uscc)
    assert refused.value.field == "reason" and "补打" in str(refused.value)
    again = licence.print_licence(db, a["clerk"], result.uscc, reason="原件遗失")
    third = licence.print_licence(db, a["clerk"], result.uscc, overlay=True, reason="套打错位")
    assert (printed.reprint, again.reprint, third.reprint) == (0, 1, 2)  # the true count
    with db.reading() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "licence.print")
                                 .order_by(AuditEvent.id)).all()  # fmt: skip
    assert [e.reason for e in events] == [None, "原件遗失", "套打错位"]


def test_individual_licence_qr(desk, tmp_path):
    db, a = desk
    result = registration.register_enterprise(db, a["clerk"], individual(), on=DAY)
    path = tmp_path / "i.pdf"
    path.write_bytes(licence.print_licence(db, a["clerk"], result.uscc).pdf)
    assert "湛江市赤坎区市场监督管理局" in _pdf_text(path)
    assert _qr(path, tmp_path) == result.uscc


def test_overlay_uses_calibrated_printer_offset(desk, tmp_path):
    db, a = desk
    result = registration.register_enterprise(db, a["clerk"], company(), on=DAY)
    assert licence.printer_offset(db, "HP-A01") == (0.0, 0.0)
    assert licence.set_printer_offset(db, a["admin"], "HP-A01", 1.5, -2) == (1.5, -2.0)
    assert licence.printer_offset(db, "HP-A01") == (1.5, -2.0)
    with pytest.raises(DomainError) as err:
        licence.set_printer_offset(db, a["admin"], "HP-A01", 80, 0)
    assert err.value.field == "dx_mm"
    overlay = licence.print_licence(db, a["clerk"], result.uscc, overlay=True, printer="HP-A01")
    assert overlay.offset_mm == (1.5, -2.0)
    path = tmp_path / "o.pdf"
    path.write_bytes(overlay.pdf)
    text = _pdf_text(path)
    assert result.uscc in text and "营业执照" not in text  # values only, no furniture
    assert _qr(path, tmp_path) == result.uscc
    page = tmp_path / "t.pdf"
    page.write_bytes(licence.licence_test_page(db, "HP-A01"))
    assert "1.5" in _pdf_text(page)


def test_unknown_or_invalid_uscc(desk):
    db, _ = desk
    with pytest.raises(uscc.UsccError):
        licence.licence_data(db, "91440800MA4W00003X")
    with pytest.raises(DomainError) as err:
        licence.licence_data(db, "91440300708461136T")
    assert err.value.field == "uscc"
