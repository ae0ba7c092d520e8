"""What changed between two versions of a matter, in the UI's language.

The service names every changed field and its values in Chinese and English
(`services.catalogue_browse.FieldChange`: the names of the fields and the words of the closed
vocabularies, such as 是/否 or 原件/复印件); this module picks the UI's language and words the
rest (headings, material added or removed) through Qt Linguist. The catalogue's own data (the
names of matters and materials, legal texts) is shown as written. The catalogue browser shows a
diff as HTML, the import preview as lines.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..core.catalogue_terms import Term
from ..services import catalogue_browse
from . import i18n


def version_name(version: int) -> str:
    return QCoreApplication.translate("CatalogueBrowser", "第%1版").replace("%1", str(version))


def _value(value: Term, lang: str) -> str:
    """A value in `lang`; an absent one as （无） in the UI's language."""
    return value.text(lang) or QCoreApplication.translate("CatalogueBrowser", "（无）")


def _change(change: catalogue_browse.FieldChange, lang: str) -> str:
    """name：before → after."""
    return (
        QCoreApplication.translate("CatalogueBrowser", "%1：%2 → %3")
        .replace("%1", change.name.text(lang))
        .replace("%2", _value(change.before, lang))
        .replace("%3", _value(change.after, lang))
    )


def diff_html(diff: catalogue_browse.VersionDiff, before: int, after: int) -> str:
    """The difference of two versions as HTML (the browser's diff view)."""
    lang = i18n.short()
    old, new = escape(version_name(before)), escape(version_name(after))
    if diff.empty:
        same = QCoreApplication.translate("CatalogueBrowser", "%1与%2内容相同。")
        return f"<p>{same.replace('%1', old).replace('%2', new)}</p>"
    out = [f"<h3>{old} → {new}</h3>"]
    if diff.fields:
        heads = (QCoreApplication.translate("CatalogueBrowser", "字段"),
                 QCoreApplication.translate("CatalogueBrowser", "原"),
                 QCoreApplication.translate("CatalogueBrowser", "新"))  # fmt: skip
        row = "".join(f"<th>{escape(h)}</th>" for h in heads)
        out.append(f"<table border='1' cellspacing='0' cellpadding='3'><tr>{row}</tr>")
        for c in diff.fields:
            cells = (c.name.text(lang), _value(c.before, lang), _value(c.after, lang))
            out.append("<tr>" + "".join(f"<td>{escape(text)}</td>" for text in cells) + "</tr>")
        out.append("</table>")
    added = QCoreApplication.translate("CatalogueBrowser", "新增材料：%1")
    removed = QCoreApplication.translate("CatalogueBrowser", "删除材料：%1")
    changed = QCoreApplication.translate("CatalogueBrowser", "修改材料“%1”：")
    out += [f"<p>{escape(added.replace('%1', name))}</p>" for name in diff.materials_added]
    out += [f"<p>{escape(removed.replace('%1', name))}</p>" for name in diff.materials_removed]
    for m in diff.materials_changed:
        items = "".join(f"<li>{escape(_change(c, lang))}</li>" for c in m.changes)
        out.append(f"<p>{escape(changed.replace('%1', m.name))}</p><ul>{items}</ul>")
    return "".join(out)


def diff_lines(diff: catalogue_browse.VersionDiff) -> list[str]:
    """The difference as lines, one per change (the import preview)."""
    lang = i18n.short()
    out = [_change(c, lang) for c in diff.fields]
    added = QCoreApplication.translate("CatalogueBrowser", "新增材料：%1")
    removed = QCoreApplication.translate("CatalogueBrowser", "删除材料：%1")
    out += [added.replace("%1", name) for name in diff.materials_added]
    out += [removed.replace("%1", name) for name in diff.materials_removed]
    material = QCoreApplication.translate("CatalogueBrowser", "材料“%1”%2")
    for m in diff.materials_changed:
        out += [material.replace("%1", m.name).replace("%2", _change(c, lang)) for c in m.changes]
    return out
