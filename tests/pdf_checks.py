"""Reading a rendered PDF back as the tests check it: its text (pdftotext), the barcodes on it
rasterised at 150 dpi (pdftoppm + zbarimg), its page sizes; and the marks that skip a test
when poppler or zbar is missing.

It exists so that every test that checks paper (printing, documents from the services, the
desks) reads PDFs the same way.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")), reason="poppler-utils missing"
)
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools missing")


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "doc", layout: bool = True) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def decoded_codes(pdf: bytes, tmp_path: Path, name: str = "codes") -> list[str]:
    """Rasterise at 150 dpi (a cheap office printer/scanner) and decode every symbol."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / name)], check=True)
    found: list[str] = []
    for png in sorted(tmp_path.glob(f"{name}*.png")):
        out = subprocess.run(
            ["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True, text=True
        )
        found += [line for line in out.stdout.splitlines() if line]
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """MediaBox of every page, read from the (uncompressed) page dictionaries."""
    boxes = re.findall(rb"/MediaBox \[\s*([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\s*\]", pdf)
    return [(float(b[2]) - float(b[0]), float(b[3]) - float(b[1])) for b in boxes]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
