"""The settings dialog: every value read from and written to the typed Settings registry."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from . import fonts, i18n
from .generated.ui_settings_dialog import Ui_SettingsDialog
from .settings import (
    FONT_FAMILY,
    FONT_POINT_SIZE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LICENCE_PRINTER,
    PRINTER_NAME,
    REFRESH_SECONDS,
    TICKET_PAPER,
    TICKET_PRINTER,
    Settings,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        for code, name in i18n.LANGUAGES.items():
            self.ui.language.addItem(name, code)
        self.ui.fontFamily.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        names = QPrinterInfo.availablePrinterNames()
        self.ui.printer.addItem(self.tr("（系统默认打印机）"), "")
        for combo in (self.ui.ticketPrinter, self.ui.licencePrinter):
            combo.addItem(self.tr("（同受理文书打印机）"), "")
        for combo in (self.ui.printer, self.ui.ticketPrinter, self.ui.licencePrinter):
            for name in names:
                combo.addItem(name, name)
        for width in (80, 58):
            self.ui.ticketPaper.addItem(self.tr("%1 毫米").replace("%1", str(width)), width)
        self._load()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _load(self) -> None:
        s = self._settings
        index = self.ui.language.findData(s.get(LANGUAGE))
        self.ui.language.setCurrentIndex(max(0, index))
        family = fonts.choose_family(s.get(FONT_FAMILY))
        if family:
            self.ui.fontFamily.setCurrentFont(QFont(family))
        self.ui.fontSize.setValue(s.get(FONT_POINT_SIZE))
        self.ui.idleLockMinutes.setValue(s.get(IDLE_LOCK_MINUTES))
        self.ui.refreshSeconds.setValue(s.get(REFRESH_SECONDS))
        self.ui.ticketPaper.setCurrentIndex(
            max(0, self.ui.ticketPaper.findData(s.get(TICKET_PAPER)))
        )
        for combo, option in self._printers():
            printer = s.get(option)
            index = combo.findData(printer)
            if index < 0:
                combo.addItem(printer, printer)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def _printers(self) -> tuple:
        ui = self.ui
        return ((ui.printer, PRINTER_NAME), (ui.ticketPrinter, TICKET_PRINTER),
                (ui.licencePrinter, LICENCE_PRINTER))  # fmt: skip

    def _printer_name(self, combo=None) -> str:  # noqa: ANN001
        """The chosen entry's name ("" = the default), or a name typed by hand."""
        combo = combo or self.ui.printer
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and text == combo.itemText(combo.currentIndex()):
            return combo.currentData() or ""
        return text

    def accept(self) -> None:
        s = self._settings
        s.set(LANGUAGE, self.ui.language.currentData())
        s.set(FONT_FAMILY, self.ui.fontFamily.currentFont().family())
        s.set(FONT_POINT_SIZE, self.ui.fontSize.value())
        s.set(IDLE_LOCK_MINUTES, self.ui.idleLockMinutes.value())
        s.set(REFRESH_SECONDS, self.ui.refreshSeconds.value())
        s.set(TICKET_PAPER, self.ui.ticketPaper.currentData())
        for combo, option in self._printers():
            s.set(option, self._printer_name(combo))
        s.sync()
        super().accept()
