# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 300)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.usernameLabel = QLabel(FirstRunDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.grid.addWidget(self.usernameLabel, 0, 0, 1, 1)

        self.username = QLineEdit(FirstRunDialog)
        self.username.setObjectName(u"username")
        self.username.setText(u"admin")

        self.grid.addWidget(self.username, 0, 1, 1, 1)

        self.usernameMessage = QLabel(FirstRunDialog)
        self.usernameMessage.setObjectName(u"usernameMessage")
        self.usernameMessage.setStyleSheet(u"color: #b00020;")

        self.grid.addWidget(self.usernameMessage, 0, 2, 1, 1)

        self.displayNameLabel = QLabel(FirstRunDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.grid.addWidget(self.displayNameLabel, 1, 0, 1, 1)

        self.displayName = QLineEdit(FirstRunDialog)
        self.displayName.setObjectName(u"displayName")

        self.grid.addWidget(self.displayName, 1, 1, 1, 1)

        self.displayNameMessage = QLabel(FirstRunDialog)
        self.displayNameMessage.setObjectName(u"displayNameMessage")
        self.displayNameMessage.setStyleSheet(u"color: #b00020;")

        self.grid.addWidget(self.displayNameMessage, 1, 2, 1, 1)

        self.passwordLabel = QLabel(FirstRunDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.grid.addWidget(self.passwordLabel, 2, 0, 1, 1)

        self.password = QLineEdit(FirstRunDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.grid.addWidget(self.password, 2, 1, 1, 1)

        self.passwordMessage = QLabel(FirstRunDialog)
        self.passwordMessage.setObjectName(u"passwordMessage")
        self.passwordMessage.setStyleSheet(u"color: #b00020;")

        self.grid.addWidget(self.passwordMessage, 2, 2, 1, 1)

        self.repeatLabel = QLabel(FirstRunDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.grid.addWidget(self.repeatLabel, 3, 0, 1, 1)

        self.repeatPassword = QLineEdit(FirstRunDialog)
        self.repeatPassword.setObjectName(u"repeatPassword")
        self.repeatPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.grid.addWidget(self.repeatPassword, 3, 1, 1, 1)

        self.repeatMessage = QLabel(FirstRunDialog)
        self.repeatMessage.setObjectName(u"repeatMessage")
        self.repeatMessage.setStyleSheet(u"color: #b00020;")

        self.grid.addWidget(self.repeatMessage, 3, 2, 1, 1)


        self.layout.addLayout(self.grid)

        self.message = QLabel(FirstRunDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020;")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeatPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.displayName)
        QWidget.setTabOrder(self.displayName, self.password)
        QWidget.setTabOrder(self.password, self.repeatPassword)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u9996\u6b21\u4f7f\u7528\uff1a\u521b\u5efa\u7cfb\u7edf\u7ba1\u7406\u5458", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"\u6570\u636e\u5e93\u4e2d\u8fd8\u6ca1\u6709\u4efb\u4f55\u7528\u6237\u3002\u8bf7\u521b\u5efa\u7b2c\u4e00\u4e2a\u7cfb\u7edf\u7ba1\u7406\u5458\u8d26\u6237\uff0c\u4e4b\u540e\u7528\u5b83\u767b\u5f55\u5e76\u6dfb\u52a0\u7a97\u53e3\u548c\u7a97\u53e3\u4eba\u5458\u3002", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u7528\u6237\u540d(&U)", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u59d3\u540d(&N)", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u5bc6\u7801(&P)", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u518d\u6b21\u8f93\u5165(&R)", None))
    # retranslateUi

