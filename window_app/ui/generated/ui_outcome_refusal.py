# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_refusal.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RefusalDialog(object):
    def setupUi(self, RefusalDialog):
        if not RefusalDialog.objectName():
            RefusalDialog.setObjectName(u"RefusalDialog")
        RefusalDialog.resize(620, 400)
        self.layout = QVBoxLayout(RefusalDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RefusalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.reasonLabel = QLabel(RefusalDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(RefusalDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(RefusalDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.basisLabel = QLabel(RefusalDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.legalBasis = QLineEdit(RefusalDialog)
        self.legalBasis.setObjectName(u"legalBasis")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalBasis)

        self.basisError = QLabel(RefusalDialog)
        self.basisError.setObjectName(u"basisError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.basisError)

        self.insteadLabel = QLabel(RefusalDialog)
        self.insteadLabel.setObjectName(u"insteadLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.insteadLabel)

        self.applyInstead = QLineEdit(RefusalDialog)
        self.applyInstead.setObjectName(u"applyInstead")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.applyInstead)

        self.insteadError = QLabel(RefusalDialog)
        self.insteadError.setObjectName(u"insteadError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.insteadError)


        self.layout.addLayout(self.form)

        self.message = QLabel(RefusalDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(RefusalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
        self.basisLabel.setBuddy(self.legalBasis)
        self.insteadLabel.setBuddy(self.applyInstead)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.legalBasis)
        QWidget.setTabOrder(self.legalBasis, self.applyInstead)

        self.retranslateUi(RefusalDialog)

        QMetaObject.connectSlotsByName(RefusalDialog)
    # setupUi

    def retranslateUi(self, RefusalDialog):
        RefusalDialog.setWindowTitle(QCoreApplication.translate("RefusalDialog", u"\u4e0d\u4e88\u53d7\u7406", None))
        self.intro.setText(QCoreApplication.translate("RefusalDialog", u"\u4e0d\u5c5e\u4e8e\u672c\u673a\u5173\u804c\u6743\u8303\u56f4\u6216\u4e0d\u5c5e\u4e8e\u4f9d\u6cd5\u9700\u8981\u53d6\u5f97\u884c\u653f\u8bb8\u53ef\u7684\u4e8b\u9879\u65f6\uff0c\u51fa\u5177\u4e0d\u4e88\u53d7\u7406\u901a\u77e5\u4e66\u3002", None))
        self.reasonLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u4e0d\u4e88\u53d7\u7406\u7406\u7531(&R)", None))
        self.basisLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u6cd5\u5f8b\u4f9d\u636e(&B)", None))
        self.legalBasis.setPlaceholderText(QCoreApplication.translate("RefusalDialog", u"\u5982\uff1a\u300a\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u884c\u653f\u8bb8\u53ef\u6cd5\u300b\u7b2c\u4e09\u5341\u4e8c\u6761\u7b2c\u4e00\u6b3e\u7b2c\uff08\u4e8c\uff09\u9879", None))
        self.insteadLabel.setText(QCoreApplication.translate("RefusalDialog", u"\u5e94\u5411\u4f55\u5904\u7533\u8bf7(&W)", None))
    # retranslateUi

