"""The hall's own particulars, kept by an administrator and carried by the printed documents:
the hall's name, address, opening hours, pickup place, and the consultation and complaint
phones per department (keyed by catalogue department code; "" is the hall's default).

Stored as one JSON value (`app_settings`, key `hall`, migration 0016); saving is audited with
what changed. (The printing issue reads these through `load_hall_settings`.)
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime

from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import AppSetting
from . import audit
from .context import Actor, Role

KEY = "hall"
_PHONE = re.compile(r"[0-9０-９()（）+\-－ 、,，转/]{3,40}")


@dataclass(frozen=True)
class HallSettings:
    hall_name: str = ""
    address: str = ""
    opening_hours: str = ""
    pickup_place: str = ""
    consultation_phones: dict[str, str] = field(default_factory=dict)
    complaint_phones: dict[str, str] = field(default_factory=dict)


def load_hall_settings(db: Database) -> HallSettings:
    """The saved settings (empty fields when nothing was saved yet)."""
    with db.reading() as session:
        row = session.get(AppSetting, KEY)
        value = dict(row.value) if row is not None else {}
    known = {k: value[k] for k in HallSettings.__dataclass_fields__ if k in value}
    return HallSettings(**known)


def _clean(settings: HallSettings) -> HallSettings:
    if not settings.hall_name.strip():
        raise DomainError(
            "请填写大厅名称", english="Please enter the name of the hall.", field="hall_name"
        )
    phones = {}
    for kind, label, label_en in (
        ("consultation_phones", "咨询电话", "consultation phone"),
        ("complaint_phones", "投诉电话", "complaint phone"),
    ):
        cleaned = {}
        for dept, phone in getattr(settings, kind).items():
            phone = phone.strip()
            if not phone:
                continue
            if not _PHONE.fullmatch(phone):
                raise DomainError(
                    f"{label}“{phone}”不是电话号码",
                    english=f"The {label_en} “{phone}” is not a phone number.",
                    field=f"{kind}:{dept}",
                )
            cleaned[dept] = phone
        phones[kind] = cleaned
    return HallSettings(
        hall_name=settings.hall_name.strip(), address=settings.address.strip(),
        opening_hours=settings.opening_hours.strip(), pickup_place=settings.pickup_place.strip(),
        **phones,
    )  # fmt: skip


def save_hall_settings(db: Database, actor: Actor, settings: HallSettings) -> HallSettings:
    """Check and save; audited with the fields that changed (before and after)."""
    actor.require(Role.ADMINISTRATOR)
    settings = _clean(settings)
    after = asdict(settings)
    with db.transaction() as session:
        row = session.get(AppSetting, KEY)
        before = dict(row.value) if row is not None else {}
        if row is None:
            session.add(AppSetting(key=KEY, value=after, updated_at=datetime.now()))
        else:
            row.value, row.updated_at = after, datetime.now()
        changed = sorted(k for k in after if before.get(k) != after[k])
        if changed:
            audit.record(
                session, actor, "hall.settings", "hall", KEY,
                before={k: before.get(k) for k in changed}, after={k: after[k] for k in changed},
            )  # fmt: skip
    return settings
