"""Printing to real printers through CUPS (issue 16, part 5a).

A private cupsd (its own folder and socket, never the machine's print service) runs three
cups-pdf queues, one per kind of paper the settings choose a printer for: documents (A4),
licences and queue tickets, plus a stopped queue and a name no queue has. Every document kind
of every shape of paper is printed through the app's print path (tests/cups_print_child.py): one
print path serves all kinds, so PRINTED takes one of each shape (A4 one-page and with a reprint
mark, multi-page, landscape licence, the two-sided tri-fold, the report) rather than all 25,
which kept CUPS's ghostscript busy for minutes. The PDF that cups-pdf
writes is checked: its page count, each page's size and orientation against the document's,
its barcode or QR decoding to the same value, and its picture against the document's own
rendering. The app prints pages as images at the printer's resolution (QPdfDocument has no
vector path to a QPainter), so the spooled PDF holds pictures, not text (pdftotext finds
nothing to read): its content is checked by the decoded codes and by comparing pictures, each
printed page being nearer to its own document than to any other.
A stopped or unknown printer gives a Chinese message and spools nothing.

scripts/setup --test installs cups, cups-bsd, cups-client and printer-driver-cups-pdf; without
them this test fails rather than skips.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from demo_paper import render_demo_paper
from PIL import Image, ImageChops, ImageFilter, ImageOps, ImageStat

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF = "/usr/lib/cups/backend/cups-pdf"
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
CHILD = Path(__file__).with_name("cups_print_child.py")
QUEUES = {"documents": "wa-a4", "licence": "wa-licence", "ticket": "wa-ticket"}
OFFLINE, MISSING = "wa-offline", "wa-nosuch"
PRINTED = ("receipt", "receipt-reprint", "notice", "refusal", "licence-company",
           "guide-a4", "guide-trifold", "daily-report")  # fmt: skip


def _need_cups() -> None:
    missing = [p for p in (CUPSD, CUPS_PDF, PPD, shutil.which("lpadmin"), shutil.which("gs"))
               if not p or not Path(p).exists()]  # fmt: skip
    if missing or os.geteuid() != 0:
        pytest.fail(
            "printing to CUPS needs root and `scripts/setup --test` (cups, cups-bsd, "
            f"printer-driver-cups-pdf); missing: {missing or 'root'}"
        )


@pytest.fixture(scope="module")
def cups(tmp_path_factory):
    """A private cupsd with cups-pdf queues; yields (socket, output folder)."""
    _need_cups()
    # not under pytest's folder: that is private to root, and the filters run as lp
    root = Path(tempfile.mkdtemp(prefix="window-app-cups-"))
    out, tmp = root / "out", root / "tmp"
    for folder in (root / "spool", root / "cache", root / "state", out, tmp):
        folder.mkdir()
    for folder in (root, out):
        folder.chmod(0o755)
    shutil.chown(tmp, "root", "lp")
    tmp.chmod(0o1770)  # the filters run as lp and write here
    sock = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root}/spool\nTempDir {tmp}\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nErrorLog {root}/error_log\nAccessLog {root}/access_log\n"
        f"PageLog {root}/page_log\nUser lp\nGroup lp\nSystemGroup root\n"
    )
    # cups-pdf reads its instance's settings from /etc/cups only: one file for this run
    instance = f"windowapp-{uuid.uuid4().hex[:8]}"
    conf = Path(f"/etc/cups/cups-pdf-{instance}.conf")
    conf.write_text(f"Out {out}\nAnonDirName {out}\nGrp root\nLabel 0\n")
    daemon = subprocess.Popen([CUPSD, "-f", "-c", str(root / "cupsd.conf"),
                               "-s", str(root / "cups-files.conf")])  # fmt: skip
    try:
        deadline = time.monotonic() + 15
        while not sock.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        for queue in [*QUEUES.values(), OFFLINE]:
            subprocess.run(["lpadmin", "-h", str(sock), "-p", queue, "-E",
                            "-v", f"cups-pdf:/{instance}", "-P", PPD],
                           check=True, capture_output=True)  # fmt: skip
        subprocess.run(["cupsdisable", "-h", str(sock), OFFLINE], check=True)  # 停止: offline
        yield sock, out, root
    finally:
        daemon.terminate()
        daemon.wait(10)
        conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    every = render_demo_paper(tmp_path_factory.mktemp("paper"))
    return {kind: every[kind] for kind in PRINTED}


def _queue(kind: str) -> str:
    return QUEUES["licence"] if kind.startswith("licence") else QUEUES["documents"]


def _print(cups, jobs: list[dict], tmp_path: Path) -> list[dict]:
    sock, _out, _root = cups
    (tmp_path / "jobs.json").write_text(json.dumps(jobs, ensure_ascii=False))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CUPS_SERVER=str(sock))
    child = subprocess.run([sys.executable, str(CHILD), str(tmp_path / "jobs.json")],
                           capture_output=True, text=True, timeout=600, env=env)  # fmt: skip
    assert child.returncode == 0, child.stderr[-3000:]
    assert "Traceback" not in child.stderr
    return json.loads(child.stdout.strip().splitlines()[-1])


def _spooled(out: Path, titles: list[str], root: Path, timeout: float = 420) -> dict[str, Path]:
    """Wait for cups-pdf to write one PDF per title (it names the file after the job title),
    while jobs are still queued and at most `timeout` seconds."""
    deadline = time.monotonic() + timeout
    found: dict[str, Path] = {}
    idle = 0
    while time.monotonic() < deadline and idle < 4:
        queued = subprocess.run(["lpstat", "-h", str(root / "cups.sock"), "-o"],
                                capture_output=True, text=True).stdout.strip()  # fmt: skip
        idle = 0 if queued else idle + 1
        for title in titles:
            hits = sorted(out.glob(f"{title}__*.pdf"))
            if hits and title not in found:
                size = hits[0].stat().st_size
                time.sleep(0.2)
                if size and hits[0].stat().st_size == size:
                    found[title] = hits[0]
        if len(found) == len(titles):
            return found
        time.sleep(0.5)
    log = (root / "error_log").read_text(errors="replace")[-3000:]
    raise AssertionError(f"cups-pdf wrote {sorted(found)} of {titles}\n{log}")


def _page_sizes(path: Path) -> list[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return [(round(float(w)), round(float(h)))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]  # fmt: skip


def _png(path: Path, dpi: int, stem: Path, page: int = 1) -> Path:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(path), str(stem)], check=True)  # fmt: skip
    return stem.with_suffix(".png")


def _code(png: Path) -> str:
    return subprocess.run(["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True,
                          text=True).stdout.strip()  # fmt: skip


def _upright(png: Path, landscape: bool) -> Image.Image:
    """The printed page as the document is read: a printer puts a landscape page on the paper
    in its tray turned a quarter (cups-pdf writes A4 portrait with the licence across it)."""
    page = Image.open(png).convert("L")
    return page.rotate(-90, expand=True) if landscape and page.width < page.height else page


def _difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute grey difference (0–255) of two page pictures, each stretched to full
    contrast and softened: the printer's tones (the pale watermark) and a sub-millimetre shift
    do not count, the words and lines do."""

    def soft(page: Image.Image) -> Image.Image:
        page = ImageOps.autocontrast(page.resize(a.size), cutoff=1)
        return page.filter(ImageFilter.GaussianBlur(2))

    return ImageStat.Stat(ImageChops.difference(soft(a), soft(b))).mean[0]


@pytest.mark.timeout(900)
def test_every_document_kind_prints_through_cups_with_its_paper_kept(cups, documents, tmp_path):
    _sock, out, root = cups
    jobs = [{"title": f"wa-{kind}", "printer": _queue(kind), "pdf": str(path)}
            for kind, path in documents.items()]  # fmt: skip
    results = _print(cups, jobs, tmp_path)
    assert [r for r in results if not r["ok"]] == []
    spooled = _spooled(out, [job["title"] for job in jobs], root)
    problems: list[str] = []
    sources: dict[str, Image.Image] = {}
    pictures: dict[str, Image.Image] = {}
    for kind, source in documents.items():
        printed = spooled[f"wa-{kind}"]
        want, got = _page_sizes(source), _page_sizes(printed)
        # the same paper, a landscape page turned a quarter onto it: (842, 595) on (595, 842)
        if len(got) != len(want) or any(
            sorted(w) != sorted(g) for w, g in zip(want, got, strict=True)
        ):
            problems.append(f"{kind}: pages {want} printed as {got}")
            continue
        landscape = want[0][0] > want[0][1]
        a = _png(source, 150, tmp_path / f"{kind}-source")
        b = _png(printed, 150, tmp_path / f"{kind}-printed")
        if (code := _code(a)) and _code(b) != code:
            problems.append(f"{kind}: the code {code!r} does not decode on paper")
        sources[kind] = Image.open(_png(source, 40, tmp_path / f"{kind}-source-40")).convert("L")
        pictures[kind] = _upright(_png(printed, 40, tmp_path / f"{kind}-printed-40"), landscape)
    # each printed page is closest to its own document of all the documents of its paper
    for kind, picture in pictures.items():
        scores = sorted((_difference(page, picture), other) for other, page in sources.items()
                        if page.size == sources[kind].size)  # fmt: skip
        nearest = scores[0][1]
        twins = {nearest, kind} == {"receipt", "receipt-reprint"}  # the same page but the 补打 mark
        if nearest != kind and not twins:
            problems.append(f"{kind}: the printed page looks like {nearest}: {scores[:3]}")
    keep = os.environ.get("WINDOW_APP_PAPER_DIR")  # to look at what the printer got
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for title, path in spooled.items():
            shutil.copy(path, Path(keep) / f"{title}-spooled.pdf")
        for kind, path in documents.items():
            shutil.copy(path, Path(keep) / f"{kind}-source.pdf")
    assert problems == [], "\n".join(problems)
    # the landscape licence went onto A4 turned a quarter (its picture compared upright above)
    assert _page_sizes(spooled["wa-licence-company"])[0] == (595, 842)
    assert _page_sizes(spooled["wa-receipt"])[0] == (595, 842)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("paper", [58, 80])
def test_queue_ticket_prints_on_its_roll_to_the_ticket_printer(cups, paper, tmp_path):
    _sock, out, root = cups
    title = f"wa-ticket-{paper}"
    results = _print(cups, [{"title": title, "ticket": True, "printer": QUEUES["ticket"],
                             "paper": paper, "number": "A017"}], tmp_path)  # fmt: skip
    assert results[0]["ok"], results
    printed = _spooled(out, [title], root, timeout=180)[title]
    width, height = {58: (58, 80), 80: (80, 100)}[paper]
    [(got_w, got_h)] = _page_sizes(printed)  # the roll's width, one ticket long (±1 pt)
    assert abs(got_w - width * 72 / 25.4) <= 1 and abs(got_h - height * 72 / 25.4) <= 1
    page = Image.open(_png(printed, 100, tmp_path / "ticket")).convert("L")
    assert ImageStat.Stat(page).mean[0] < 250  # the ticket is drawn, not a blank roll


@pytest.mark.timeout(300)
def test_an_offline_or_missing_printer_says_so_in_chinese_and_spools_nothing(
    cups, documents, tmp_path
):
    _sock, out, root = cups
    before = set(out.iterdir())
    jobs = [
        {"title": "wa-offline-receipt", "printer": OFFLINE, "pdf": str(documents["receipt"])},
        {"title": "wa-missing-receipt", "printer": MISSING, "pdf": str(documents["receipt"])},
        {"title": "wa-offline-ticket", "ticket": True, "printer": OFFLINE, "paper": 80,
         "number": "A018"},
    ]  # fmt: skip
    offline, missing, ticket = _print(cups, jobs, tmp_path)
    assert not offline["ok"] and f"打印机“{OFFLINE}”已停止或脱机" in offline["message"]
    assert "文书已保存" in offline["message"]
    assert not missing["ok"] and f"找不到打印机“{MISSING}”" in missing["message"]
    assert not ticket["ok"]
    jobs_left = subprocess.run(["lpstat", "-h", str(cups[0]), "-o", OFFLINE],
                               capture_output=True, text=True).stdout  # fmt: skip
    assert jobs_left.strip() == ""  # nothing queued unseen on the stopped printer
    time.sleep(1)
    assert set(out.iterdir()) == before
