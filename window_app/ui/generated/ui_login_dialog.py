# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 220)
        self.layout = QVBoxLayout(LoginDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(LoginDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.layout.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(LoginDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(LoginDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addLayout(self.form)

        self.message = QLabel(LoginDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020;")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(LoginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"\u767b\u5f55", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginDialog", u"\u653f\u52a1\u670d\u52a1\u7a97\u53e3\u53d7\u7406\u7cfb\u7edf", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"\u7528\u6237\u540d(&U)", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"\u5bc6\u7801(&P)", None))
    # retranslateUi

