# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(520, 300)
        DecisionDialog.setModal(True)
        self.layout = QVBoxLayout(DecisionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.outcomeLabel = QLabel(DecisionDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(DecisionDialog)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.outcomeError = QLabel(DecisionDialog)
        self.outcomeError.setObjectName(u"outcomeError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeError)

        self.reasonLabel = QLabel(DecisionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(DecisionDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(DecisionDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.layout.addLayout(self.form)

        self.message = QLabel(DecisionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(DecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.outcomeLabel.setBuddy(self.outcome)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"\u4f5c\u51fa\u51b3\u5b9a", None))
        self.outcomeLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u51b3\u5b9a(&O)", None))
        self.reasonLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u7406\u7531(&R)", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u4e0d\u4e88\u8bb8\u53ef\u6216\u64a4\u56de\u987b\u5199\u660e\u7406\u7531", None))
    # retranslateUi

