"""办事指南 leaflet with every element 行政许可法 art. 30 asks for, in three layouts.

a4: portrait, materials as a full table; large: ≥16pt body for elderly applicants;
trifold: a two-sided A4 landscape leaflet that folds in three (`printing.trifold`).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import trifold
from .blocks import (
    Labeller,
    P,
    build_pdf,
    content_width,
    fmt_date,
    grid_table,
    kv_table,
    numbered,
    table_style,
)
from .footer import footer_height, page_painter
from .labels import label
from .model import GuideData, GuideMaterial
from .receipt import fee_lines
from .samples import sample_pages
from .styles import PAGE, SHADE, StyleSet, styles
from .text import para

VARIANTS = {"a4": 9.0, "large": 16.0, "trifold": 8.0}


class _Guide:
    """Builds the story for one variant; `english` adds English labels beside the Chinese."""

    def __init__(
        self, data: GuideData, variant: str, english: bool, size: float | None = None
    ) -> None:
        self.d, self.variant, self.english = data, variant, english
        self.st: StyleSet = styles(size or VARIANTS[variant])
        self.L = Labeller("zh")
        if variant == "trifold":
            self.width = trifold.TEXT_WIDTH
        else:
            self.width = content_width(PAGE)

    def lab(self, key: str) -> str:
        return f"{label(key)} {label(key, 'en')}" if self.english else label(key)

    def heading(self, key: str) -> list[Flowable]:
        """A section heading that never sits alone at the foot of a page or panel."""
        return [CondPageBreak(self.st.heading.fontSize * 5), P(self.lab(key), self.st.heading)]

    def kv(self, rows: list[tuple[str, str]]) -> Table:
        st = self.st
        if self.english and self.variant == "a4":  # separate English column
            data = [
                [P(label(k), st.table), P(label(k, "en"), st.small), P(v, st.table)]
                for k, v in rows
            ]
            t = Table(data, colWidths=[24 * mm, 28 * mm, self.width - 52 * mm])
            t.setStyle(_kv_style())
            return t
        lw = {"a4": 28 * mm, "large": 48 * mm, "trifold": 20 * mm}[self.variant]
        if self.english:
            rows_ = [(f"{label(k)}\n{label(k, 'en')}", v) for k, v in rows]
        else:
            rows_ = [(label(k), v) for k, v in rows]
        t = kv_table(rows_, st, self.width, label_width=lw)
        # a row split across pages keeps its label on the first part (a middle-aligned label
        # goes with the row's tail, leaving the first part without one)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (0, -1), "TOP")]))
        return t

    def name(self, m: GuideMaterial) -> str:
        """The material's name; in the bilingual guide with the catalogue's English."""
        return f"{m.name}\n{m.name_en}" if self.english and m.name_en else m.name

    def need(self, m: GuideMaterial) -> str:
        L = self.L
        if m.required:
            return f"{L('required_yes')} / required" if self.english else L("required_yes")
        zh = L("required_if", c=m.condition)
        if self.english and m.condition_en:
            return f"{zh}\nIf: {m.condition_en}"
        return zh

    def material_text(self, m: GuideMaterial) -> str:
        L = self.L
        need = self.need(m)
        sample = m.sample
        if sample and self.variant == "trifold":  # the leaflet's samples are separate sheets
            sample = f"{sample}（另页）"
        parts = [
            f"{m.form}{m.copies}份",
            m.medium,
            f"{L('source')}：{m.source}",
            f"{L('commitment_ok')}：{L('yes') if m.commitment_ok else L('no')}",
        ]
        if sample:
            parts.append(sample)
        parts.append(need)
        return f"{self.name(m)}（{'；'.join(parts)}）"

    def materials(self) -> list[Flowable]:
        L, st = self.L, self.st
        if self.variant != "a4":
            return numbered([self.material_text(m) for m in self.d.materials], st.body)
        head = [
            L("material"),
            L("form"),
            L("copies"),
            L("medium"),
            L("source"),
            L("commitment_ok"),
            L("sample"),
            L("required"),
        ]
        rows = [
            (
                self.name(m),
                m.form,
                str(m.copies),
                m.medium,
                m.source,
                L("yes") if m.commitment_ok else L("no"),
                m.sample or "—",
                self.need(m),
            )
            for m in self.d.materials
        ]
        widths = [f * mm for f in (38, 20, 9, 14, 31, 14, 14, 30)]
        return [grid_table(head, rows, st, widths)]

    def title(self) -> list[Flowable]:
        d, st = self.d, self.st
        out: list[Flowable] = [P(f"{d.matter_name} {self.lab('guide_title')}", st.title)]
        if d.matter_name_en:
            out.append(P(d.matter_name_en, st.subtitle))
        return out

    def facts(self) -> dict[str, str]:
        d, L = self.d, self.L
        return {
            "matter_name": d.matter_name,
            "matter_code": d.matter_code,
            "matter_type": d.matter_type,
            "implementer": f"{d.department}（{d.window}）",
            "setting_basis": "\n".join(d.setting_basis),
            "implementing_basis": "\n".join(d.implementing_basis),
            "statutory_limit": d.statutory_limit,
            "promised_limit": d.promised_limit,
            "fees": fee_lines(d.fees, L),
            "intermediaries": "、".join(d.intermediaries) or L("none"),
            "result_name": d.result_name,
            "delivery_methods": d.delivery_methods,
            "channels": "、".join(d.channels),
            "where": d.location,
            "hours": d.hours,
            "visits": d.visits,
            "consult_phone": d.consult_phone,
            "complaint_phone": d.complaint_phone,
        }

    def rows(self, *keys: str) -> Table:
        facts = self.facts()
        return self.kv([(k, facts[k]) for k in keys])

    def version(self) -> Flowable:
        d = self.d
        return P(
            f"{self.lab('catalogue_version')}：{d.catalogue_version}　"
            f"{self.lab('effective_on')}：{fmt_date(d.effective_on)}",
            self.st.small,
        )

    def story(self) -> list[Flowable]:
        return [*self.title(), self.rows(*self.facts()), *self.inside(), Spacer(1, 3 * mm),
                self.version(), *sample_pages(self.d, self.st, self.english)]  # fmt: skip

    def inside(self) -> list[Flowable]:
        """Conditions, materials, process, rights, remedies and questions."""
        d, st = self.d, self.st
        out = [*self.heading("acceptance_conditions"), *numbered(d.conditions, st.body)]
        if d.prohibitions:
            out += [*self.heading("prohibitions"), *numbered(d.prohibitions, st.body)]
        out += [
            *self.heading("application_materials"),
            *self.materials(),
            *self.heading("process"),
            *numbered(d.process_steps, st.body),
            *self.heading("rights"),
            *numbered(d.rights_obligations, st.body),
        ]
        if self.variant != "trifold":  # the leaflet has them on its back panel
            out += [*self.heading("remedies"), P(d.remedies, st.body)]
        if d.faq:
            out += self.heading("faq")
            for i, (q, a) in enumerate(d.faq, 1):
                out += [
                    Paragraph(f"{i}. 问：{para(q)}", st.body),
                    Paragraph(f"答：{para(a)}", st.body),
                ]
        return out


def _kv_style() -> TableStyle:
    style = table_style(False)
    style.add("BACKGROUND", (0, 0), (1, -1), SHADE)
    return style


def render_guide(data: GuideData, variant: str = "a4", english: bool = False) -> bytes:
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {sorted(VARIANTS)}")
    g = _Guide(data, variant, english)
    L = g.L
    phones = f"{L('consult_phone')}：{data.consult_phone}　{L('complaint_phone')}：{data.complaint_phone}"
    version = f"{L('catalogue_version')}：{data.catalogue_version}"
    numbers = "zh+en" if english else "zh"
    title = f"{data.matter_name} {label('guide_title')}"
    if variant == "large":  # large print: the footer too, at body size on lines of its own
        size = VARIANTS["large"]
        painter = page_painter(g.st.font, [phones, version], numbers=numbers, size=size)
        return build_pdf(g.story(), title=title, on_page=painter,
                         bottom_margin=footer_height(2, size))  # fmt: skip
    painter = page_painter(g.st.font, [f"{phones}　{version}"], numbers=numbers)
    if variant != "trifold":
        return build_pdf(g.story(), title=title, on_page=painter)
    for size in trifold.SIZES:  # the leaflet keeps to its one sheet
        pdf = trifold.render(_Guide(data, variant, english, size), title, numbers)
        if trifold.page_count(pdf) == 2:
            break
    return pdf
