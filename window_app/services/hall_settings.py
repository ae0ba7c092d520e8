"""The hall's settings: what every printed document says of the hall, filled in by the administrator.

The catalogue used to carry the consultation phone of every matter as a placeholder
(`0759-3xxxxxx`); the hall's name, address, opening hours, pickup place and phones are now
settings of the hall, entered once (`window-app settings set`, the administrator's desk page)
and printed on every receipt, notice, pickup slip and guide. A document that needs a setting
still empty is refused, naming the setting (`require_settings`), so no blank and no stand-in
reaches paper.

Phones are kept per department code (the matter's implementing department); the key "" is the
hall-wide default used for any department without its own number.

The same table marks a demo database (`mark_demo`): its documents carry the 演示样本 watermark
so demo paper cannot be mistaken for real.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import printing

from ..core.errors import DomainError
from ..core.placeholders import placeholder_in
from ..storage import session_cache
from ..storage.database import Database
from ..storage.models import HallSetting
from . import audit
from .context import Actor, Role

__all__ = [
    "DEMO_WATERMARK",
    "SETTING_KEYS",
    "SETTING_LABELS",
    "HallSettings",
    "HallSettingsError",
    "UnprintableText",
    "consultation_phone",
    "complaint_phone",
    "is_demo",
    "load_hall_settings",
    "mark_demo",
    "missing_settings",
    "paper",
    "read_settings",
    "require_settings",
    "save_hall_settings",
    "set_setting",
    "watermark",
]


class HallSettingsError(DomainError):
    pass


class UnprintableText(DomainError):
    """A character no installed font has: refused rather than printed as a blank."""


@dataclass(frozen=True)
class HallSettings:
    hall_name: str = ""
    address: str = ""
    opening_hours: str = ""
    pickup_place: str = ""
    consultation_phones: dict[str, str] = field(default_factory=dict)
    complaint_phones: dict[str, str] = field(default_factory=dict)


#: Setting keys in the order they are shown, with the Chinese name used in messages.
SETTING_LABELS: dict[str, str] = {
    "hall_name": "大厅名称",
    "address": "大厅地址",
    "opening_hours": "办公时间",
    "pickup_place": "取件地点",
    "consultation_phones": "咨询电话",
    "complaint_phones": "监督投诉电话",
}
SETTING_KEYS = tuple(SETTING_LABELS)
_ENGLISH = {
    "hall_name": "hall name",
    "address": "hall address",
    "opening_hours": "opening hours",
    "pickup_place": "pickup place",
    "consultation_phones": "consultation phone",
    "complaint_phones": "complaints phone",
}
_DEMO_KEY = "demo"
_PHONE = re.compile(r"^(\d{3,4}-\d{7,8}(-\d{1,6})?|1\d{10}|\d{5,6}|400-?\d{3}-?\d{4})$")


def _phone_of(phones: dict[str, str], department: str | None) -> str:
    if department and phones.get(department, "").strip():
        return phones[department].strip()
    return phones.get("", "").strip()


def consultation_phone(settings: HallSettings, department: str | None) -> str:
    """The department's consultation phone, else the hall-wide one ("" when neither is set)."""
    return _phone_of(settings.consultation_phones, department)


def complaint_phone(settings: HallSettings, department: str | None) -> str:
    """The department's complaints phone, else the hall-wide one ("" when neither is set)."""
    return _phone_of(settings.complaint_phones, department)


def missing_settings(
    settings: HallSettings, department: str | None = None, only: tuple[str, ...] = SETTING_KEYS
) -> list[str]:
    """Chinese names of the settings (of `only`) a document for `department` would print empty."""
    missing = [
        SETTING_LABELS[key]
        for key in ("hall_name", "address", "opening_hours", "pickup_place")
        if key in only and not getattr(settings, key).strip()
    ]
    if "consultation_phones" in only and not consultation_phone(settings, department):
        missing.append(SETTING_LABELS["consultation_phones"])
    if "complaint_phones" in only and not complaint_phone(settings, department):
        missing.append(SETTING_LABELS["complaint_phones"])
    return missing


def require_settings(
    settings: HallSettings, department: str | None = None, only: tuple[str, ...] = SETTING_KEYS
) -> None:
    """Refuse (naming what is missing) when a document would print an empty hall setting."""
    missing = missing_settings(settings, department, only)
    names = {v: _ENGLISH[k] for k, v in SETTING_LABELS.items()}
    if missing:
        where = f"（部门 {department}）" if department else ""
        raise HallSettingsError(
            f"大厅设置未填写：{'、'.join(missing)}{where}。请系统管理员在“大厅设置”中填写后再打印"
            "（命令行：window-app settings set）。",
            english=(
                f"Hall settings missing: {', '.join(names[m] for m in missing)}"
                f"{f' (department {department})' if department else ''}. An administrator must "
                "fill them in (Hall settings, or `window-app settings set`) before printing."
            ),
        )


@dataclass(frozen=True)
class HallOnPaper:
    """What a hall-wide document (daily report, complaint register, spot-check notice) prints
    of the hall: its name at the top and at the seal, the hall-wide phones in the footer."""

    name: str
    consult_phone: str
    complaint_phone: str


def hall_on_paper(session: Session) -> HallOnPaper:
    """The hall's name and hall-wide phones; refused, naming them, while any is unfilled."""
    settings = read_settings(session)
    require_settings(settings, only=("hall_name", "consultation_phones", "complaint_phones"))
    return HallOnPaper(
        settings.hall_name.strip(),
        consultation_phone(settings, None),
        complaint_phone(settings, None),
    )


def read_settings(session: Session) -> HallSettings:
    """The hall settings inside an open session (missing keys read as empty); read once per
    session until it writes them (storage.session_cache)."""
    return session_cache.cached(
        session, "hall_settings", (HallSetting.__tablename__,), lambda: _read_settings(session)
    )


def _read_settings(session: Session) -> HallSettings:
    rows = {
        key: value
        for key, value in session.execute(
            select(HallSetting.key, HallSetting.value).where(HallSetting.key.in_(SETTING_KEYS)),
            # a document's header reads them after its step's changes: no early flush of those
            execution_options={"autoflush": session_cache.writes_any(session, HallSetting)},
        )
    }
    values: dict[str, Any] = {}
    for key in SETTING_KEYS:
        value = rows.get(key)
        if key.endswith("_phones"):
            values[key] = {str(k): str(v) for k, v in (value or {}).items()}
        else:
            values[key] = str(value or "")
    return HallSettings(**values)


def load_hall_settings(db: Database) -> HallSettings:
    with db.reading() as session:
        return read_settings(session)


def _clean(settings: HallSettings) -> dict[str, Any]:
    """Trimmed values, checked: no placeholder text, phones that are phone numbers."""
    out: dict[str, Any] = {}
    for key in SETTING_KEYS:
        value = getattr(settings, key)
        if key.endswith("_phones"):
            if not isinstance(value, dict):
                raise HallSettingsError(
                    f"{SETTING_LABELS[key]}应为按部门代码的电话表",
                    english=f"The {_ENGLISH[key]} must be a table of phones by department code.",
                    field=key,
                )
            phones = {}
            for dept, phone in value.items():
                dept, phone = str(dept).strip().upper(), str(phone).strip()
                if not phone:
                    continue
                _check_text(key, phone)
                if not _PHONE.match(phone):
                    raise HallSettingsError(
                        f"{SETTING_LABELS[key]}“{phone}”格式不正确（如 0759-3161234、12345）",
                        english=f"The {_ENGLISH[key]} “{phone}” is not a phone number "
                        "(e.g. 0759-3161234, 12345).",
                        field=f"{key}:{dept}",  # the screen selects that department's cell
                    )
                phones[dept] = phone
            out[key] = dict(sorted(phones.items()))
        else:
            text = " ".join(str(value or "").split())
            _check_text(key, text)
            if len(text) > 200:
                raise HallSettingsError(
                    f"{SETTING_LABELS[key]}过长（最多200字）",
                    english=f"The {_ENGLISH[key]} is too long (200 characters at most).",
                    field=key,
                )
            out[key] = text
    return out


def _check_text(key: str, text: str) -> None:
    found = placeholder_in(text)
    if found:
        raise HallSettingsError(
            f"{SETTING_LABELS[key]}含占位文字“{found}”，请填写核实后的内容",
            english=f"The {_ENGLISH[key]} holds placeholder text “{found}”: enter the real value.",
            field=key,
        )


def save_hall_settings(db: Database, actor: Actor, settings: HallSettings) -> None:
    """Store every setting (administrator only); one audit event with what changed."""
    actor.require(Role.ADMINISTRATOR)
    values = _clean(settings)
    with db.transaction() as session:
        rows = {r.key: r for r in session.scalars(select(HallSetting))}
        before, after = {}, {}
        for key, value in values.items():
            row = rows.get(key)
            old = row.value if row is not None else None
            if old == value or (old is None and value in ("", {})):
                continue
            before[key], after[key] = old, value
            if row is None:
                session.add(HallSetting(key=key, value=value))
            else:
                row.value = value
        if after:
            audit.record(session, actor, "hall_settings.save", "hall_settings", "*",
                         before=before, after=after)  # fmt: skip


def set_setting(db: Database, actor: Actor, key: str, value: str) -> HallSettings:
    """Change one setting from the command line: `address 湛江市…`, `consultation_phones.SCJGJ
    0759-3161234` (`consultation_phones` alone is the hall-wide default); "" clears it."""
    actor.require(Role.ADMINISTRATOR)
    name, _, department = key.strip().partition(".")
    if name not in SETTING_LABELS or (department and not name.endswith("_phones")):
        raise HallSettingsError(
            f"未知设置项：{key}（可用：{', '.join(SETTING_KEYS)}，电话可加 .部门代码）",
            english=f"Unknown setting {key} (known: {', '.join(SETTING_KEYS)}; phones take "
            ".DEPARTMENT).",
            field="key",
        )
    current = asdict(load_hall_settings(db))
    if name.endswith("_phones"):
        phones = dict(current[name])
        phones[department.upper()] = value
        current[name] = phones
    else:
        current[name] = value
    save_hall_settings(db, actor, HallSettings(**current))
    return load_hall_settings(db)


DEMO_WATERMARK = "演示样本"


def watermark(session: Session) -> str:
    """The watermark every page printed from this database carries ("" on a real hall's)."""
    return DEMO_WATERMARK if is_demo(session) else ""


@contextlib.contextmanager
def paper(db: Database) -> Iterator[None]:
    """Render documents inside this block: on a demo database every page says 演示样本."""
    with db.reading() as session:
        mark = watermark(session)
    with rendering(mark):
        yield


@contextlib.contextmanager
def rendering(mark: str) -> Iterator[None]:
    """Render with `mark` as the watermark; text no installed font can print (it would come out
    blank) is refused as a DomainError naming the characters."""
    try:
        with printing.watermarked(mark):
            yield
    except printing.UnprintableText as exc:
        raise UnprintableText(exc.message, english=exc.english) from None


def is_demo(session: Session) -> bool:
    """True on a demo database: its documents print the 演示样本 watermark."""
    return session_cache.cached(
        session, "hall_settings.demo", (HallSetting.__tablename__,),
        lambda: session.get(HallSetting, _DEMO_KEY) is not None,
    )  # fmt: skip


def mark_demo(db: Database, actor: Actor) -> None:
    """Mark the database as a demo (done by `services.demo`; there is no way back)."""
    actor.require(Role.ADMINISTRATOR)
    with db.transaction() as session:
        if session.get(HallSetting, _DEMO_KEY) is None:
            session.add(HallSetting(key=_DEMO_KEY, value=True))
            audit.record(session, actor, "hall_settings.demo", "hall_settings", _DEMO_KEY)
