"""Names of people and organisations as the documents print them.

A name is normalised to Unicode NFC (the same name typed on two keyboards is one name) and
refused, with the character named, when it carries:
- control, zero-width or bidirectional-override characters (format characters, category Cc
  and Cf): they are invisible on screen and reorder or hide text on paper;
- pictographic symbols (Unicode category So: emoji, ☃): no registered name holds
  them, though a fallback font may draw some;
- (not here: whether the documents can draw each character. CJK Extension B and later Hanzi
  some real names use, 𠮷, print from the embedded fallback font; services ask
  `printing.fonts.missing_glyphs` about every character, so one no font has is refused, never
  dropped or replaced);
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
        if category == "So":  # emoji, pictographs, ☃: no registered name holds them
            raise NameError_(
                f"{label}中的“{ch}”（{_describe(ch)}）是符号，不是姓名或名称用字，请核对后重新输入",
                english=f"The {label_en} contains the symbol “{ch}” ({_describe(ch)}), which is "
                "not part of a name; please check and type it again.",
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
