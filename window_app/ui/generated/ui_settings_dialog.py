# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFontComboBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 380)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.fontFamilyLabel = QLabel(SettingsDialog)
        self.fontFamilyLabel.setObjectName(u"fontFamilyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fontFamilyLabel)

        self.fontFamily = QFontComboBox(SettingsDialog)
        self.fontFamily.setObjectName(u"fontFamily")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fontFamily)

        self.fontSizeLabel = QLabel(SettingsDialog)
        self.fontSizeLabel.setObjectName(u"fontSizeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fontSizeLabel)

        self.fontSize = QSpinBox(SettingsDialog)
        self.fontSize.setObjectName(u"fontSize")
        self.fontSize.setMinimum(8)
        self.fontSize.setMaximum(24)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fontSize)

        self.idleLockLabel = QLabel(SettingsDialog)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockMinutes = QSpinBox(SettingsDialog)
        self.idleLockMinutes.setObjectName(u"idleLockMinutes")
        self.idleLockMinutes.setMinimum(1)
        self.idleLockMinutes.setMaximum(60)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleLockMinutes)

        self.refreshLabel = QLabel(SettingsDialog)
        self.refreshLabel.setObjectName(u"refreshLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.refreshLabel)

        self.refreshSeconds = QSpinBox(SettingsDialog)
        self.refreshSeconds.setObjectName(u"refreshSeconds")
        self.refreshSeconds.setMinimum(1)
        self.refreshSeconds.setMaximum(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.refreshSeconds)

        self.printerLabel = QLabel(SettingsDialog)
        self.printerLabel.setObjectName(u"printerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printer = QComboBox(SettingsDialog)
        self.printer.setObjectName(u"printer")
        self.printer.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.printer)

        self.ticketPrinterLabel = QLabel(SettingsDialog)
        self.ticketPrinterLabel.setObjectName(u"ticketPrinterLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ticketPrinterLabel)

        self.ticketPrinter = QComboBox(SettingsDialog)
        self.ticketPrinter.setObjectName(u"ticketPrinter")
        self.ticketPrinter.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ticketPrinter)

        self.licencePrinterLabel = QLabel(SettingsDialog)
        self.licencePrinterLabel.setObjectName(u"licencePrinterLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.licencePrinterLabel)

        self.licencePrinter = QComboBox(SettingsDialog)
        self.licencePrinter.setObjectName(u"licencePrinter")
        self.licencePrinter.setEditable(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.licencePrinter)

        self.ticketPaperLabel = QLabel(SettingsDialog)
        self.ticketPaperLabel.setObjectName(u"ticketPaperLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ticketPaperLabel)

        self.ticketPaper = QComboBox(SettingsDialog)
        self.ticketPaper.setObjectName(u"ticketPaper")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ticketPaper)


        self.layout.addLayout(self.form)

        self.restartNote = QLabel(SettingsDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)
        self.restartNote.setStyleSheet(u"color: #555;")

        self.layout.addWidget(self.restartNote)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.fontFamilyLabel.setBuddy(self.fontFamily)
        self.fontSizeLabel.setBuddy(self.fontSize)
        self.idleLockLabel.setBuddy(self.idleLockMinutes)
        self.refreshLabel.setBuddy(self.refreshSeconds)
        self.printerLabel.setBuddy(self.printer)
        self.ticketPrinterLabel.setBuddy(self.ticketPrinter)
        self.licencePrinterLabel.setBuddy(self.licencePrinter)
        self.ticketPaperLabel.setBuddy(self.ticketPaper)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.fontFamily)
        QWidget.setTabOrder(self.fontFamily, self.fontSize)
        QWidget.setTabOrder(self.fontSize, self.idleLockMinutes)
        QWidget.setTabOrder(self.idleLockMinutes, self.refreshSeconds)
        QWidget.setTabOrder(self.refreshSeconds, self.printer)
        QWidget.setTabOrder(self.printer, self.ticketPrinter)
        QWidget.setTabOrder(self.ticketPrinter, self.licencePrinter)
        QWidget.setTabOrder(self.licencePrinter, self.ticketPaper)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00(&L)", None))
        self.fontFamilyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4e2d\u6587\u5b57\u4f53(&F)", None))
        self.fontSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5b57\u53f7(&S)", None))
        self.fontSize.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u78c5", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u65e0\u64cd\u4f5c\u81ea\u52a8\u9501\u5c4f(&I)", None))
        self.idleLockMinutes.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u5206\u949f", None))
        self.refreshLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5237\u65b0\u95f4\u9694(&R)", None))
        self.refreshSeconds.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u79d2", None))
        self.printerLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u53d7\u7406\u6587\u4e66\u6253\u5370\u673a(&P)", None))
#if QT_CONFIG(tooltip)
        self.printer.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u53d7\u7406\u901a\u77e5\u4e66\u3001\u4e00\u6b21\u6027\u544a\u77e5\u4e66\u3001\u4e0d\u4e88\u53d7\u7406\u901a\u77e5\u4e66\u3001\u627f\u8bfa\u4e66\u3001\u529e\u4e8b\u6307\u5357", None))
#endif // QT_CONFIG(tooltip)
        self.ticketPrinterLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6392\u961f\u5c0f\u7968\u6253\u5370\u673a(&T)", None))
        self.licencePrinterLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8425\u4e1a\u6267\u7167\u6253\u5370\u673a(&B)", None))
        self.ticketPaperLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6392\u961f\u5c0f\u7968\u7eb8\u5bbd(&W)", None))
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00\u548c\u9501\u5c4f\u65f6\u95f4\u7acb\u5373\u751f\u6548\uff08\u5207\u6362\u8bed\u8a00\u65f6\u4e3b\u7a97\u53e3\u91cd\u65b0\u6253\u5f00\uff0c\u65e0\u9700\u91cd\u65b0\u767b\u5f55\uff09\uff1b\u5b57\u4f53\u548c\u5237\u65b0\u95f4\u9694\u5728\u91cd\u65b0\u542f\u52a8\u7a0b\u5e8f\u540e\u751f\u6548\u3002", None))
    # retranslateUi

