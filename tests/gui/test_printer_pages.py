"""Printing through QPrinter keeps every page's paper size, orientation and proportions: a
landscape licence sent to a printer whose default is A4 portrait comes out landscape, its QR
code square (it decodes), and a portrait receipt stays portrait (issue 16)."""

from __future__ import annotations

import re
import subprocess
from datetime import date

from PySide6.QtPrintSupport import QPrinter

import printing
from window_app.ui import printing_qt


def _licence_pdf() -> bytes:
    return printing.render_licence(printing.LicenceData(
        uscc="91440800MA4W00003M", name="湛江市美味餐饮有限公司", enterprise_type="有限责任公司",
        legal_representative="张三", registered_capital="伍拾万元整（50万元人民币）",
        established_on=date(2026, 11, 25), domicile="湛江市赤坎区人民大道中1号",
        business_scope="餐饮服务", authority="湛江市市场监督管理局", issued_on=date(2026, 11, 25),
    ))  # fmt: skip


def _print_through_qt(pdf: bytes, out) -> str:  # noqa: ANN001
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # default: A4 portrait
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printing_qt.paint(printer, printing_qt.rasterise(pdf, 150))
    return subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout


def test_landscape_licence_prints_landscape_with_a_square_qr(qapp, tmp_path):
    info = _print_through_qt(_licence_pdf(), tmp_path / "out.pdf")
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, as the licence is
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "out.pdf"),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    png = sorted(tmp_path.glob("page*.png"))[0]
    qr = subprocess.run(["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True,
                        text=True).stdout.strip()  # fmt: skip
    assert qr == "91440800MA4W00003M"


def test_portrait_document_stays_portrait(qapp, tmp_path):
    header = printing.DocumentHeader("湛政服不受〔2026〕1号", date(2026, 3, 2), "湛江市市场监督管理局",
                                     "A01", "张晓敏", "SC-0001 v1", consult_phone="0759-3160000",
                                     complaint_phone="12345")  # fmt: skip
    pdf = printing.render_refusal(printing.RefusalData(header, "20260302-0001", "王小明",
                                                       "食品经营许可", "不属本机关", "第三十二条"))  # fmt: skip
    info = _print_through_qt(pdf, tmp_path / "out.pdf")
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width), round(height)) == (595, 842)
