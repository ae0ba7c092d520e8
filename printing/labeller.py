"""label() bound to one document's language."""

from __future__ import annotations

from .labels import label


class Labeller:
    """label() bound to one language, with str.format arguments.

    `given` keeps the labels handed out: the fixed text of the document (see `build_pdf`).
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.given: list[str] = []

    def __call__(self, key: str, **kw: object) -> str:
        text = label(key, self.lang)
        self.given.append(text)
        return text.format(**kw) if kw else text
