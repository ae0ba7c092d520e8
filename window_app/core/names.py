"""Names of people and organisations as the documents print them.

A name is normalised to Unicode NFC (the same name typed on two keyboards is one name) and
refused, with the character named, when it carries:
- control, zero-width or bidirectional-override characters (format characters, category Cc
  and Cf): they are invisible on screen and reorder or hide text on paper;
- a character outside the Basic Multilingual Plane. These include the CJK Extension B and later
  Hanzi some real names use (𠮷); the documents' embedded font cannot draw them yet, and a
  character is refused, never dropped or replaced, until the documents can print it (the
  printing module's fallback font; services also ask `printing.fonts.missing_glyphs` about the
  font in use for every character);
- more characters than the printed forms hold: PERSON_NAME_MAX for a person (the longest
  names are transliterated minority names, joined with "·"), ORGANISATION_NAME_MAX for an
  organisation (the enterprise-name rule's 100 characters would wrap the receipt's applicant
  row over four lines; 60 fit in two).
"""

from __future__ import annotations

import unicodedata

from .errors import DomainError

PERSON_NAME_MAX = 30
ORGANISATION_NAME_MAX = 60
# an enterprise being registered: the name rule's own limit (`enterprise_names.MAX_LENGTH`)
ENTERPRISE_NAME_MAX = 100


class NameError_(DomainError):
    """A name the documents cannot carry as typed; `field` is the input's."""


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def clean_name(text: str | None, *, field: str, label: str, label_en: str, limit: int) -> str:
    """NFC, surrounding blanks trimmed; raises NameError_ naming the wrong character or length.

    An empty name is returned empty (the caller decides whether it is required)."""
    name = unicodedata.normalize("NFC", text or "").strip()
    for ch in name:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Zl", "Zp"):
            raise NameError_(
                f"{label}含有不可见的控制字符（{_describe(ch)}），请删除后重新输入",
                english=f"The {label_en} contains an invisible control character ({_describe(ch)}); "
                "please delete it and type the name again.",
                field=field,
            )
        if ord(ch) > 0xFFFF:
            raise NameError_(
                f"{label}中的“{ch}”（{_describe(ch)}）暂时无法在文书上打印，请核对；"
                "确属生僻字的，请待文书支持后再办理或按公安机关登记的替代写法填写",
                english=f"The character “{ch}” ({_describe(ch)}) in the {label_en} cannot be "
                "printed on the documents yet; please check it, and for a rare character wait "
                "until the documents support it or use the alternative writing on record.",
                field=field,
            )
    if len(name) > limit:
        raise NameError_(
            f"{label}最多{limit}个字（打印的文书容纳的长度），现为{len(name)}个字",
            english=f"The {label_en} may have at most {limit} characters (what the printed "
            f"documents hold); it has {len(name)}.",
            field=field,
        )
    return name


def person_name(text: str | None, field: str = "applicant_name", label: str = "姓名",
                label_en: str = "name") -> str:  # fmt: skip
    return clean_name(text, field=field, label=label, label_en=label_en, limit=PERSON_NAME_MAX)


def organisation_name(text: str | None, field: str = "applicant_name", label: str = "名称",
                      label_en: str = "name") -> str:  # fmt: skip
    return clean_name(
        text, field=field, label=label, label_en=label_en, limit=ORGANISATION_NAME_MAX
    )
