"""A document's closing (signature lines, date, seal) kept on the page of the body's last rows."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table


def keep_closing(story: list[Flowable]) -> list[Flowable]:
    """Signatures, date and seal never stand alone on a page: they go with the body's last block."""
    at = next((i for i in range(len(story) - 1, -1, -1) if getattr(story[i], "closing", 0)), -1)
    start = at - 1
    while start > 0 and isinstance(story[start], Spacer):
        start -= 1
    if start < 0:
        return story
    return [*story[:start], Closing(story[start], story[start + 1 :])]


def _has_body(part: Flowable) -> bool:
    """A piece of a cut table holds rows besides the repeated heading."""
    return not isinstance(part, Table) or len(part._cellvalues) > (part.repeatRows or 0)


class Closing(Flowable):
    """The body's last block (a table, a paragraph) with the signature after it, never apart:
    when they do not fit, the block is cut so that at least its last row or line moves on
    with the signature."""

    def __init__(self, last: Flowable, closing: list[Flowable]) -> None:
        super().__init__()
        self.last, self.closing = last, closing

    def _heights(self, aw: float, ah: float) -> tuple[float, float]:
        return self.last.wrapOn(self.canv, aw, ah)[1], sum(
            f.wrapOn(self.canv, aw, ah)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            for f in self.closing
        )

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        last, closing = self._heights(aw, ah)
        self.width, self.height = aw, last + closing
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        last, closing = self._heights(aw, ah)
        if last + closing <= ah:
            return [self]
        in_row = getattr(self.last, "splitInRow", 0)
        if in_row:
            self.last.splitInRow = 0  # whole rows go on with the signature, not a row's tail
        parts = self.last.split(aw, min(ah, last - 0.01))  # leave at least one row or line
        if in_row:
            self.last.splitInRow = in_row
        if len(parts) >= 2 and all(map(_has_body, parts)):
            return [*parts[:-1], Closing(parts[-1], self.closing)]
        frame = getattr(self, "_frame", None)
        if frame is None or not frame._atTop:
            return []  # cannot be cut here: the whole group moves to the next page
        # Larger than a page and not to be cut by rows: cut as reportlab would.
        return [*(self.last.split(aw, ah) or [self.last]), *self.closing]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        y += self.height  # drawn top down from the group's top edge
        for f in [self.last, *self.closing]:
            w, h = f.wrapOn(canvas, self.width, self.height)
            y -= f.getSpaceBefore() + h
            f.drawOn(canvas, x, y, _sW=self.width - w)
            y -= f.getSpaceAfter()
