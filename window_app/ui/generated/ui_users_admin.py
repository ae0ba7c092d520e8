# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_admin.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(1100, 700)
        self.layout = QVBoxLayout(UsersPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(UsersPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.hint = QLabel(UsersPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.table = QTableView(UsersPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.forms = QHBoxLayout()
        self.forms.setObjectName(u"forms")
        self.userBox = QGroupBox(UsersPage)
        self.userBox.setObjectName(u"userBox")
        self.userForm = QFormLayout(self.userBox)
        self.userForm.setObjectName(u"userForm")
        self.userForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.usernameLabel = QLabel(self.userBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.userBox)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(self.userBox)
        self.usernameError.setObjectName(u"usernameError")

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.displayNameLabel = QLabel(self.userBox)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(self.userBox)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(100)

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.displayNameError = QLabel(self.userBox)
        self.displayNameError.setObjectName(u"displayNameError")

        self.userForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.roleLabel = QLabel(self.userBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.userForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(self.userBox)
        self.role.setObjectName(u"role")

        self.userForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)

        self.roleError = QLabel(self.userBox)
        self.roleError.setObjectName(u"roleError")

        self.userForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.windowLabel = QLabel(self.userBox)
        self.windowLabel.setObjectName(u"windowLabel")

        self.userForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.windowLabel)

        self.window = QComboBox(self.userBox)
        self.window.setObjectName(u"window")

        self.userForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.window)

        self.departmentLabel = QLabel(self.userBox)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.userForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QComboBox(self.userBox)
        self.department.setObjectName(u"department")

        self.userForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.department)

        self.departmentError = QLabel(self.userBox)
        self.departmentError.setObjectName(u"departmentError")

        self.userForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.departmentError)

        self.passwordLabel = QLabel(self.userBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.userForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.userBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.userForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(self.userBox)
        self.passwordError.setObjectName(u"passwordError")

        self.userForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.userButtons = QHBoxLayout()
        self.userButtons.setObjectName(u"userButtons")
        self.createButton = QPushButton(self.userBox)
        self.createButton.setObjectName(u"createButton")

        self.userButtons.addWidget(self.createButton)

        self.saveButton = QPushButton(self.userBox)
        self.saveButton.setObjectName(u"saveButton")

        self.userButtons.addWidget(self.saveButton)

        self.resetButton = QPushButton(self.userBox)
        self.resetButton.setObjectName(u"resetButton")

        self.userButtons.addWidget(self.resetButton)

        self.activeButton = QPushButton(self.userBox)
        self.activeButton.setObjectName(u"activeButton")

        self.userButtons.addWidget(self.activeButton)


        self.userForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.userButtons)


        self.forms.addWidget(self.userBox)

        self.windowBox = QGroupBox(UsersPage)
        self.windowBox.setObjectName(u"windowBox")
        self.windowForm = QFormLayout(self.windowBox)
        self.windowForm.setObjectName(u"windowForm")
        self.windowForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.numberLabel = QLabel(self.windowBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.windowForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.number = QLineEdit(self.windowBox)
        self.number.setObjectName(u"number")
        self.number.setMaxLength(16)

        self.windowForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.numberError = QLabel(self.windowBox)
        self.numberError.setObjectName(u"numberError")

        self.windowForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberError)

        self.windowNameLabel = QLabel(self.windowBox)
        self.windowNameLabel.setObjectName(u"windowNameLabel")

        self.windowForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.windowNameLabel)

        self.windowName = QLineEdit(self.windowBox)
        self.windowName.setObjectName(u"windowName")

        self.windowForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.windowName)

        self.windowNameError = QLabel(self.windowBox)
        self.windowNameError.setObjectName(u"windowNameError")

        self.windowForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.windowNameError)

        self.addWindowButton = QPushButton(self.windowBox)
        self.addWindowButton.setObjectName(u"addWindowButton")

        self.windowForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addWindowButton)

        self.windows = QLabel(self.windowBox)
        self.windows.setObjectName(u"windows")
        self.windows.setWordWrap(True)

        self.windowForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.windows)


        self.forms.addWidget(self.windowBox)


        self.layout.addLayout(self.forms)

        self.message = QLabel(UsersPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.windowLabel.setBuddy(self.window)
        self.departmentLabel.setBuddy(self.department)
        self.passwordLabel.setBuddy(self.password)
        self.numberLabel.setBuddy(self.number)
        self.windowNameLabel.setBuddy(self.windowName)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        self.title.setText(QCoreApplication.translate("UsersPage", u"\u7528\u6237\u4e0e\u7a97\u53e3", None))
        self.hint.setText(QCoreApplication.translate("UsersPage", u"\u7528\u6237\u4e0d\u80fd\u5220\u9664\uff08\u5ba1\u8ba1\u8bb0\u5f55\u4e2d\u6709\u5176\u59d3\u540d\uff09\uff0c\u53ea\u80fd\u505c\u7528\uff1b\u505c\u7528\u7684\u7528\u6237\u4e0d\u80fd\u767b\u5f55\u3002", None))
        self.userBox.setTitle(QCoreApplication.translate("UsersPage", u"\u7528\u6237", None))
        self.usernameLabel.setText(QCoreApplication.translate("UsersPage", u"\u7528\u6237\u540d(&U)", None))
        self.username.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u5982 clerk3\uff08\u5b57\u6bcd\u3001\u6570\u5b57\uff09", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UsersPage", u"\u59d3\u540d(&N)", None))
        self.roleLabel.setText(QCoreApplication.translate("UsersPage", u"\u89d2\u8272(&R)", None))
        self.windowLabel.setText(QCoreApplication.translate("UsersPage", u"\u7a97\u53e3(&W)", None))
        self.departmentLabel.setText(QCoreApplication.translate("UsersPage", u"\u90e8\u95e8(&D)", None))
        self.passwordLabel.setText(QCoreApplication.translate("UsersPage", u"\u4e34\u65f6\u5bc6\u7801(&P)", None))
        self.password.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u65b0\u5efa\u6216\u91cd\u7f6e\u65f6\u586b\u5199\uff0c\u81f3\u5c118\u4f4d\uff1b\u9996\u6b21\u767b\u5f55\u987b\u4fee\u6539", None))
        self.createButton.setText(QCoreApplication.translate("UsersPage", u"\u65b0\u5efa\u7528\u6237", None))
        self.saveButton.setText(QCoreApplication.translate("UsersPage", u"\u4fdd\u5b58\u4fee\u6539", None))
        self.resetButton.setText(QCoreApplication.translate("UsersPage", u"\u91cd\u7f6e\u5bc6\u7801", None))
        self.activeButton.setText(QCoreApplication.translate("UsersPage", u"\u505c\u7528", None))
        self.windowBox.setTitle(QCoreApplication.translate("UsersPage", u"\u6dfb\u52a0\u7a97\u53e3", None))
        self.numberLabel.setText(QCoreApplication.translate("UsersPage", u"\u7a97\u53e3\u53f7(&O)", None))
        self.number.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u5982 A03", None))
        self.windowNameLabel.setText(QCoreApplication.translate("UsersPage", u"\u7a97\u53e3\u540d\u79f0", None))
        self.windowName.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u5982 \u7efc\u5408\u53d7\u7406\u4e09\u53f7\u7a97\u53e3", None))
        self.addWindowButton.setText(QCoreApplication.translate("UsersPage", u"\u6dfb\u52a0\u7a97\u53e3", None))
        pass
    # retranslateUi

