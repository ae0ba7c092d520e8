# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'completion_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CompletionDialog(object):
    def setupUi(self, CompletionDialog):
        if not CompletionDialog.objectName():
            CompletionDialog.setObjectName(u"CompletionDialog")
        CompletionDialog.resize(520, 300)
        CompletionDialog.setModal(True)
        self.layout = QVBoxLayout(CompletionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.resultLabel = QLabel(CompletionDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.result = QLineEdit(CompletionDialog)
        self.result.setObjectName(u"result")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.result)

        self.resultError = QLabel(CompletionDialog)
        self.resultError.setObjectName(u"resultError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultError)

        self.methodLabel = QLabel(CompletionDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(CompletionDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method)

        self.methodError = QLabel(CompletionDialog)
        self.methodError.setObjectName(u"methodError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methodError)

        self.addressLabel = QLabel(CompletionDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(CompletionDialog)
        self.address.setObjectName(u"address")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.hint = QLabel(CompletionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hint)


        self.layout.addLayout(self.form)

        self.message = QLabel(CompletionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(CompletionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.resultLabel.setBuddy(self.result)
        self.methodLabel.setBuddy(self.method)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompletionDialog)

        QMetaObject.connectSlotsByName(CompletionDialog)
    # setupUi

    def retranslateUi(self, CompletionDialog):
        CompletionDialog.setWindowTitle(QCoreApplication.translate("CompletionDialog", u"\u529e\u7ed3", None))
        self.resultLabel.setText(QCoreApplication.translate("CompletionDialog", u"\u529e\u7406\u7ed3\u679c(&R)", None))
        self.result.setPlaceholderText(QCoreApplication.translate("CompletionDialog", u"\u4f8b\u5982\uff1a\u6838\u53d1\u98df\u54c1\u7ecf\u8425\u8bb8\u53ef\u8bc1", None))
        self.methodLabel.setText(QCoreApplication.translate("CompletionDialog", u"\u9001\u8fbe\u65b9\u5f0f(&M)", None))
        self.addressLabel.setText(QCoreApplication.translate("CompletionDialog", u"\u90ae\u5bc4\u5730\u5740/\u90ae\u7bb1(&A)", None))
        self.hint.setText(QCoreApplication.translate("CompletionDialog", u"\u529e\u7ed3\u540e\u51fa\u5177\u9886\u53d6\u901a\u77e5\u4e66\u5e76\u6253\u5f00\u6253\u5370\u9884\u89c8\u3002", None))
    # retranslateUi

