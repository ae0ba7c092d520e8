"""受理通知书 / 受理回执: the applicant's proof that the application was accepted."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from .blocks import (
    Labeller,
    P,
    applicant_code,
    content_width,
    fmt_date,
    grid_table,
    header_block,
    kv_table,
    signature_block,
    standard_document,
)
from .masking import mask_phone
from .model import Fee, ReceiptData
from .styles import styles
from .text import plain


def fee_lines(fees: tuple[Fee, ...], L: Labeller) -> str:
    """Fees one per line; no fee is written out as 不收费, never left blank."""
    if not fees:
        return L("no_fee")
    return "\n".join(
        L("fee_row", name=f.name, standard=f.standard, basis=f.legal_basis) for f in fees
    )


def render_receipt(data: ReceiptData) -> bytes:
    h = data.header
    L = Labeller(h.lang)
    st = styles()
    width = content_width()
    story = header_block(h, L("receipt_title"), st, L, data.application_number)
    story.append(
        P(
            L(
                "receipt_intro_gap" if data.materials_owed else "receipt_intro",
                applicant=plain(data.applicant_name),
                date=fmt_date(data.accepted_on, h.lang),
                matter=plain(data.matter_name),
            ),
            st.body,
        )
    )

    def marked(day: date, provisional: bool) -> str:
        """The date, with the provisional mark under the date it concerns."""
        text = fmt_date(day, h.lang)
        return f"{text}\n{L('deadline_provisional')}" if provisional else text

    rows = [
        (L("applicant"), data.applicant_name),
        applicant_code(data, L),
    ]
    if data.applicant_phone:
        rows.append((L("applicant_phone"), mask_phone(data.applicant_phone)))
    if data.agent:
        rows.append((L("agent"), data.agent))
    rows += [
        (L("matter_name"), data.matter_name),
        (L("matter_code"), data.matter_code),
        (L("accepted_on"), fmt_date(data.accepted_on, h.lang)),
        (L("promised_deadline"), marked(data.promised_deadline, data.deadline_provisional)),
        (
            L("statutory_deadline"),
            marked(data.statutory_deadline, data.statutory_deadline_provisional),
        ),
        (L("deadline_explanation"), data.deadline_explanation),
        (L("fees"), fee_lines(data.fees, L)),
        (L("intermediaries"), "、".join(data.intermediaries) or L("none")),
        (L("result_name"), data.result_name),
        (L("delivery_method"), data.delivery_method),
    ]
    story += [kv_table(rows, st, width), Spacer(1, 3 * mm), P(L("materials_received"), st.heading)]
    mats = [
        (str(i), m.name, m.form, str(m.copies)) for i, m in enumerate(data.materials_received, 1)
    ]
    story.append(
        grid_table(
            [L("index"), L("material"), L("form"), L("copies")],
            mats,
            st,
            [12 * mm, width - 57 * mm, 30 * mm, 15 * mm],
        )
    )
    signers = [L("recipient"), L("acceptor")]
    if data.materials_owed:
        owed = [
            (str(i), m.name, fmt_date(m.promised_by, h.lang))
            for i, m in enumerate(data.materials_owed, 1)
        ]
        story += [
            Spacer(1, 3 * mm),
            KeepTogether(  # the commitment stays with the items it names
                [
                    P(L("materials_owed"), st.heading),
                    P(L("owed_commitment"), st.body),
                    grid_table(
                        [L("index"), L("material"), L("promised_by")],
                        owed,
                        st,
                        [12 * mm, width - 52 * mm, 40 * mm],
                    ),
                ]
            ),
        ]
        signers = [L("owed_signature"), L("acceptor")]
    story += [
        Spacer(1, 6 * mm),
        signature_block(h, st, L, signers, signed_on=data.accepted_on),
    ]
    return standard_document(h, L("receipt_title"), story, st, fixed_text=_fixed_text(data, L))


def _fixed_text(data: ReceiptData, L: Labeller) -> str:
    """What every receipt of this matter prints, whoever applies: all but names and numbers."""
    matter = (data.matter_name, data.result_name, data.delivery_method, data.deadline_explanation)
    materials = (m.name + m.form for m in data.materials_received)
    owed = (m.name for m in data.materials_owed)
    fees = (f.name + f.standard + f.legal_basis for f in data.fees)
    header = (data.header.authority, data.header.catalogue_version)
    return "".join((*L.given, *header, *matter, *materials, *owed, *fees, *data.intermediaries))
