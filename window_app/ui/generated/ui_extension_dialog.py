# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extension_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog):
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        ExtensionDialog.resize(520, 300)
        ExtensionDialog.setModal(True)
        self.layout = QVBoxLayout(ExtensionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.daysLabel = QLabel(ExtensionDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.days = QSpinBox(ExtensionDialog)
        self.days.setObjectName(u"days")
        self.days.setMinimum(1)
        self.days.setMaximum(60)
        self.days.setValue(10)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.days)

        self.daysError = QLabel(ExtensionDialog)
        self.daysError.setObjectName(u"daysError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.daysError)

        self.reasonLabel = QLabel(ExtensionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(ExtensionDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(ExtensionDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.layout.addLayout(self.form)

        self.message = QLabel(ExtensionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(ExtensionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.daysLabel.setBuddy(self.days)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExtensionDialog)

        QMetaObject.connectSlotsByName(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog):
        ExtensionDialog.setWindowTitle(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u957f\u529e\u7406\u671f\u9650", None))
        self.daysLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u957f\u5de5\u4f5c\u65e5(&D)", None))
        self.days.setSuffix(QCoreApplication.translate("ExtensionDialog", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u7406\u7531(&R)", None))
    # retranslateUi

