# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_answer_dialog.ui'
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

class Ui_ComplaintAnswerDialog(object):
    def setupUi(self, ComplaintAnswerDialog):
        if not ComplaintAnswerDialog.objectName():
            ComplaintAnswerDialog.setObjectName(u"ComplaintAnswerDialog")
        ComplaintAnswerDialog.resize(560, 320)
        ComplaintAnswerDialog.setModal(True)
        self.layout = QVBoxLayout(ComplaintAnswerDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ComplaintAnswerDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.replyLabel = QLabel(ComplaintAnswerDialog)
        self.replyLabel.setObjectName(u"replyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.replyLabel)

        self.reply = QPlainTextEdit(ComplaintAnswerDialog)
        self.reply.setObjectName(u"reply")
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(140)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reply)

        self.replyError = QLabel(ComplaintAnswerDialog)
        self.replyError.setObjectName(u"replyError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.replyError)

        self.satisfactionLabel = QLabel(ComplaintAnswerDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfaction = QComboBox(ComplaintAnswerDialog)
        self.satisfaction.setObjectName(u"satisfaction")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.satisfaction)

        self.satisfactionError = QLabel(ComplaintAnswerDialog)
        self.satisfactionError.setObjectName(u"satisfactionError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.satisfactionError)


        self.layout.addLayout(self.form)

        self.message = QLabel(ComplaintAnswerDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(ComplaintAnswerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.replyLabel.setBuddy(self.reply)
        self.satisfactionLabel.setBuddy(self.satisfaction)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reply, self.satisfaction)

        self.retranslateUi(ComplaintAnswerDialog)

        QMetaObject.connectSlotsByName(ComplaintAnswerDialog)
    # setupUi

    def retranslateUi(self, ComplaintAnswerDialog):
        ComplaintAnswerDialog.setWindowTitle(QCoreApplication.translate("ComplaintAnswerDialog", u"\u7b54\u590d\u6295\u8bc9", None))
        self.replyLabel.setText(QCoreApplication.translate("ComplaintAnswerDialog", u"\u7b54\u590d\u5185\u5bb9(&R)", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("ComplaintAnswerDialog", u"\u6ee1\u610f\u5ea6(&S)", None))
    # retranslateUi

