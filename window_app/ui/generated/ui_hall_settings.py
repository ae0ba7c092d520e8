# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hall_settings.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HallSettingsPage(object):
    def setupUi(self, HallSettingsPage):
        if not HallSettingsPage.objectName():
            HallSettingsPage.setObjectName(u"HallSettingsPage")
        HallSettingsPage.resize(1100, 700)
        self.layout = QVBoxLayout(HallSettingsPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(HallSettingsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.hint = QLabel(HallSettingsPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.hallBox = QGroupBox(HallSettingsPage)
        self.hallBox.setObjectName(u"hallBox")
        self.hallForm = QFormLayout(self.hallBox)
        self.hallForm.setObjectName(u"hallForm")
        self.hallForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.hallNameLabel = QLabel(self.hallBox)
        self.hallNameLabel.setObjectName(u"hallNameLabel")

        self.hallForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hallNameLabel)

        self.hallName = QLineEdit(self.hallBox)
        self.hallName.setObjectName(u"hallName")
        self.hallName.setMaxLength(100)

        self.hallForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hallName)

        self.hallNameError = QLabel(self.hallBox)
        self.hallNameError.setObjectName(u"hallNameError")

        self.hallForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hallNameError)

        self.addressLabel = QLabel(self.hallBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.hallForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.hallBox)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.hallForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.hoursLabel = QLabel(self.hallBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.hallForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.openingHours = QLineEdit(self.hallBox)
        self.openingHours.setObjectName(u"openingHours")
        self.openingHours.setMaxLength(200)

        self.hallForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.openingHours)

        self.pickupLabel = QLabel(self.hallBox)
        self.pickupLabel.setObjectName(u"pickupLabel")

        self.hallForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pickupLabel)

        self.pickupPlace = QLineEdit(self.hallBox)
        self.pickupPlace.setObjectName(u"pickupPlace")
        self.pickupPlace.setMaxLength(200)

        self.hallForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pickupPlace)


        self.layout.addWidget(self.hallBox)

        self.phonesBox = QGroupBox(HallSettingsPage)
        self.phonesBox.setObjectName(u"phonesBox")
        self.phonesLayout = QVBoxLayout(self.phonesBox)
        self.phonesLayout.setObjectName(u"phonesLayout")
        self.phones = QTableWidget(self.phonesBox)
        self.phones.setObjectName(u"phones")
        self.phones.setAlternatingRowColors(True)

        self.phonesLayout.addWidget(self.phones)


        self.layout.addWidget(self.phonesBox)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(HallSettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.layout.addLayout(self.buttons)

        self.message = QLabel(HallSettingsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.hallNameLabel.setBuddy(self.hallName)
        self.addressLabel.setBuddy(self.address)
        self.hoursLabel.setBuddy(self.openingHours)
        self.pickupLabel.setBuddy(self.pickupPlace)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HallSettingsPage)

        QMetaObject.connectSlotsByName(HallSettingsPage)
    # setupUi

    def retranslateUi(self, HallSettingsPage):
        self.title.setText(QCoreApplication.translate("HallSettingsPage", u"\u5927\u5385\u4fe1\u606f", None))
        self.hint.setText(QCoreApplication.translate("HallSettingsPage", u"\u6253\u5370\u7684\u53d7\u7406\u901a\u77e5\u4e66\u3001\u4e00\u6b21\u6027\u544a\u77e5\u4e66\u7b49\u6587\u4e66\u4f7f\u7528\u8fd9\u91cc\u7684\u5927\u5385\u540d\u79f0\u3001\u5730\u5740\u3001\u529e\u516c\u65f6\u95f4\u3001\u53d6\u4ef6\u5730\u70b9\u548c\u5404\u90e8\u95e8\u7535\u8bdd\uff1b\u90e8\u95e8\u672a\u586b\u5199\u7684\u7535\u8bdd\u4f7f\u7528\u5927\u5385\u7684\u7535\u8bdd\u3002", None))
        self.hallBox.setTitle(QCoreApplication.translate("HallSettingsPage", u"\u5927\u5385", None))
        self.hallNameLabel.setText(QCoreApplication.translate("HallSettingsPage", u"\u5927\u5385\u540d\u79f0(&N)", None))
        self.hallName.setPlaceholderText(QCoreApplication.translate("HallSettingsPage", u"\u5982 \u6e5b\u6c5f\u5e02\u884c\u653f\u670d\u52a1\u4e2d\u5fc3", None))
        self.addressLabel.setText(QCoreApplication.translate("HallSettingsPage", u"\u5730\u5740(&A)", None))
        self.hoursLabel.setText(QCoreApplication.translate("HallSettingsPage", u"\u529e\u516c\u65f6\u95f4(&H)", None))
        self.openingHours.setPlaceholderText(QCoreApplication.translate("HallSettingsPage", u"\u5982 \u5468\u4e00\u81f3\u5468\u4e94 \u4e0a\u53488:30-12:00\uff0c\u4e0b\u534814:30-17:30\uff08\u6cd5\u5b9a\u8282\u5047\u65e5\u9664\u5916\uff09", None))
        self.pickupLabel.setText(QCoreApplication.translate("HallSettingsPage", u"\u53d6\u4ef6\u5730\u70b9(&P)", None))
        self.phonesBox.setTitle(QCoreApplication.translate("HallSettingsPage", u"\u54a8\u8be2\u4e0e\u6295\u8bc9\u7535\u8bdd", None))
        self.saveButton.setText(QCoreApplication.translate("HallSettingsPage", u"\u4fdd\u5b58(&S)", None))
        pass
    # retranslateUi

