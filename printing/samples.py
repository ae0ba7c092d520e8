"""附样表: the 填写样例 of the forms a guide lists, printed after the A4 and large-print guides
and on their own for the tri-fold leaflet (`render_guide_samples`).

Each sample starts on a page of its own: 《form》填写样例, a table of the form's items with an
example filled in and how to fill each, and the general notes; a 样例 mark at the top right
says it is an example, not a form to hand in.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from .blocks import P, build_pdf, content_width, grid_table, numbered
from .footer import page_painter
from .labeller import Labeller
from .model import GuideData
from .styles import StyleSet, styles

_TEXT = {
    "attached": ("附：填写样例", "Annex: filled-in samples"),
    "title": ("《{form}》填写样例", "Sample: {form}"),
    "head": (("填写项目", "填写样例", "填写说明"), ("Item", "Example", "How to fill it in")),
    "mark": ("样例", "SAMPLE"),
}


def sample_pages(data: GuideData, st: StyleSet, english: bool = False) -> list[Flowable]:
    """The samples, each from a new page, for the end of a guide (nothing without samples)."""
    if not data.samples:
        return []
    width = content_width()
    out: list[Flowable] = []
    for i, sample in enumerate(data.samples):
        out.append(PageBreak())
        if i == 0:
            out.append(P(_both("attached", english), st.heading))
        title = _TEXT["title"][0].format(form=sample.material)
        out.append(P(f"{title}　〔{_both('mark', english)}〕", st.title))
        if english and sample.material_en:
            out.append(P(_TEXT["title"][1].format(form=sample.material_en), st.subtitle))
        out.append(Spacer(1, 3 * mm))
        head = [" / ".join(h) if english else h[0] for h in zip(*_TEXT["head"], strict=True)]
        rows = [(item, example, note or "—") for item, example, note in sample.rows]
        out.append(grid_table(head, rows, st, [0.24 * width, 0.40 * width, 0.36 * width]))
        if sample.notes:
            out += [Spacer(1, 3 * mm), *numbered(sample.notes, st.body)]
    return out


def _both(key: str, english: bool) -> str:
    zh, en = _TEXT[key]
    return f"{zh} {en}" if english else zh


def render_guide_samples(data: GuideData, english: bool = False) -> bytes:
    """The samples alone (to hand out with the tri-fold leaflet)."""
    st = styles(9.0)
    L = Labeller("zh")
    story = sample_pages(data, st, english)[1:]  # no page break before the first
    title = f"{data.matter_name} {_both('attached', english)}"
    phones = f"{L('consult_phone')}：{data.consult_phone}"
    painter = page_painter(st.font, [f"{data.matter_name}　{phones}"],
                           numbers="zh+en" if english else "zh")  # fmt: skip
    return build_pdf(story, title=title, on_page=painter)
