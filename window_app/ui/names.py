"""A kind of name from below the UI, in the UI's language: the base of `ui/state_names.py` and
`ui/label_names.py`. In a module of its own so the states' names (the work list, the first
screen) load without the services whose vocabularies `label_names` names (issue 22's start).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


class Names:
    """One kind of name: key -> its Chinese label below the UI -> the label in the UI's language
    (translated in `context`)."""

    def __init__(self, context: str, labels: Mapping[str, str]) -> None:
        self.context = context
        self.labels = labels

    def name(self, key: str) -> str:
        """The key's name in the UI's language (an unknown key as it is)."""
        label = self.labels.get(key)
        return key if label is None else self.of_label(label)

    def of_label(self, label: str) -> str:
        """A Chinese label already stored (a notice's items keep their label): in the UI's
        language, or as it is when it is not one of this kind's labels."""
        return QCoreApplication.translate(self.context, label)

    def names(self) -> dict[str, str]:
        """key -> its name, for a table model to keep (one lookup per row)."""
        return {str(key): self.name(key) for key in self.labels}
