# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_commitment.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CommitmentDialog(object):
    def setupUi(self, CommitmentDialog):
        if not CommitmentDialog.objectName():
            CommitmentDialog.setObjectName(u"CommitmentDialog")
        CommitmentDialog.resize(560, 260)
        self.layout = QVBoxLayout(CommitmentDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(CommitmentDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.waived = QLabel(CommitmentDialog)
        self.waived.setObjectName(u"waived")
        self.waived.setWordWrap(True)

        self.layout.addWidget(self.waived)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.signerLabel = QLabel(CommitmentDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = QLineEdit(CommitmentDialog)
        self.signer.setObjectName(u"signer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer)

        self.signerError = QLabel(CommitmentDialog)
        self.signerError.setObjectName(u"signerError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerError)


        self.layout.addLayout(self.form)

        self.message = QLabel(CommitmentDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(CommitmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.signerLabel.setBuddy(self.signer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitmentDialog)

        QMetaObject.connectSlotsByName(CommitmentDialog)
    # setupUi

    def retranslateUi(self, CommitmentDialog):
        CommitmentDialog.setWindowTitle(QCoreApplication.translate("CommitmentDialog", u"\u544a\u77e5\u627f\u8bfa", None))
        self.intro.setText(QCoreApplication.translate("CommitmentDialog", u"\u7533\u8bf7\u4eba\u4e66\u9762\u627f\u8bfa\u7b26\u5408\u8bb8\u53ef\u6761\u4ef6\uff0c\u53ef\u4ee5\u627f\u8bfa\u4ee3\u66ff\u7684\u6750\u6599\u4e0d\u518d\u63d0\u4ea4\uff0c\u5f53\u573a\u4f5c\u51fa\u51b3\u5b9a\u5e76\u5728\u6838\u67e5\u671f\u5185\u6838\u67e5\u3002\u865a\u5047\u627f\u8bfa\u5c06\u4f9d\u6cd5\u64a4\u9500\u8bb8\u53ef\u5e76\u627f\u62c5\u6cd5\u5f8b\u8d23\u4efb\u3002", None))
        self.signerLabel.setText(QCoreApplication.translate("CommitmentDialog", u"\u627f\u8bfa\u4eba\u7b7e\u540d(&S)", None))
    # retranslateUi

