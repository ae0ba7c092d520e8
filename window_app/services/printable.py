"""Names the documents can print: `core.names` plus the documents' font.

The core refuses what no document may carry (control and format characters, more than the
forms hold); here each character is asked of the fonts the documents embed, the main font and
the fallback that carries the supplementary planes (`printing.missing_glyphs`, asked where the
documents render: `render_process`), so "王😀小明" or a symbol without a glyph is refused with the character named, never printed
as a blank or dropped.
"""

from __future__ import annotations

from ..core import names
from ..core.errors import DomainError


def printable_name(
    text: str | None,
    *,
    person: bool,
    field: str,
    label: str,
    label_en: str,
    limit: int | None = None,
) -> str:
    """A name as the documents will print it (`core.names`: NFC, no control characters,
    the forms' length), every character drawn by one of the documents' fonts."""
    if limit is None:
        limit = names.PERSON_NAME_MAX if person else names.ORGANISATION_NAME_MAX
    name = names.clean_name(text, field=field, label=label, label_en=label_en, limit=limit)
    # the fonts' character maps, where documents render: reportlab loads with the first name
    # checked, in the renderer process when the GUI runs one
    from .render_process import missing_glyphs

    missing = missing_glyphs(name)
    if missing:
        shown = "、".join(f"“{ch}”" for ch in missing)
        raise DomainError(
            f"{label}中的{shown}在文书字体中没有字形，打印会缺字，请核对后重新输入",
            english=f"The {label_en} contains {', '.join(missing)}, which the documents' font "
            "cannot draw (it would be missing on paper); please check and type it again.",
            field=field,
        )
    return name
