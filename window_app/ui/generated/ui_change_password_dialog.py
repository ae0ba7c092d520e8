# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(560, 240)
        self.layout = QVBoxLayout(ChangePasswordDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ChangePasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.oldLabel = QLabel(ChangePasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.grid.addWidget(self.oldLabel, 0, 0, 1, 1)

        self.oldPassword = QLineEdit(ChangePasswordDialog)
        self.oldPassword.setObjectName(u"oldPassword")
        self.oldPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.grid.addWidget(self.oldPassword, 0, 1, 1, 1)

        self.oldMessage = QLabel(ChangePasswordDialog)
        self.oldMessage.setObjectName(u"oldMessage")
        self.oldMessage.setStyleSheet(u"color: #b00020;")

        self.grid.addWidget(self.oldMessage, 0, 2, 1, 1)

        self.newLabel = QLabel(ChangePasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.grid.addWidget(self.newLabel, 1, 0, 1, 1)

        self.newPassword = QLineEdit(ChangePasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.grid.addWidget(self.newPassword, 1, 1, 1, 1)

        self.newMessage = QLabel(ChangePasswordDialog)
        self.newMessage.setObjectName(u"newMessage")
        self.newMessage.setStyleSheet(u"color: #b00020;")

        self.grid.addWidget(self.newMessage, 1, 2, 1, 1)

        self.repeatLabel = QLabel(ChangePasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.grid.addWidget(self.repeatLabel, 2, 0, 1, 1)

        self.repeatPassword = QLineEdit(ChangePasswordDialog)
        self.repeatPassword.setObjectName(u"repeatPassword")
        self.repeatPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.grid.addWidget(self.repeatPassword, 2, 1, 1, 1)

        self.repeatMessage = QLabel(ChangePasswordDialog)
        self.repeatMessage.setObjectName(u"repeatMessage")
        self.repeatMessage.setStyleSheet(u"color: #b00020;")

        self.grid.addWidget(self.repeatMessage, 2, 2, 1, 1)


        self.layout.addLayout(self.grid)

        self.message = QLabel(ChangePasswordDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020;")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ChangePasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldPassword)
        self.newLabel.setBuddy(self.newPassword)
        self.repeatLabel.setBuddy(self.repeatPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldPassword, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.repeatPassword)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"\u4fee\u6539\u5bc6\u7801", None))
        self.intro.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u8bf7\u8bbe\u7f6e\u65b0\u5bc6\u7801\u3002", None))
        self.oldLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u539f\u5bc6\u7801(&O)", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u65b0\u5bc6\u7801(&N)", None))
        self.repeatLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"\u518d\u6b21\u8f93\u5165(&R)", None))
    # retranslateUi

