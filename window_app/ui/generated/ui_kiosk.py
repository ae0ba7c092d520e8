# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kiosk.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_KioskWindow(object):
    def setupUi(self, KioskWindow):
        if not KioskWindow.objectName():
            KioskWindow.setObjectName(u"KioskWindow")
        KioskWindow.resize(1080, 1920)
        KioskWindow.setStyleSheet(u"QWidget#KioskWindow { background: #eef3f9; } QPushButton { font-size: 26pt; min-height: 110px; border-radius: 12px; background: #1565c0; color: white; } QPushButton#elderlyButton, QPushButton#disabledButton { background: #607d8b; } QPushButton:checked, QPushButton#elderlyButton:checked, QPushButton#disabledButton:checked { background: #ef6c00; } QPushButton#checkInButton { min-width: 220px; } QPushButton#checkInButton, QPushButton#backButton { background: #2e7d32; } QLineEdit { font-size: 24pt; min-height: 80px; }")
        self.layout = QVBoxLayout(KioskWindow)
        self.layout.setObjectName(u"layout")
        self.pages = QStackedWidget(KioskWindow)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.title = QLabel(self.choosePage)
        self.title.setObjectName(u"title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet(u"font-size: 40pt; font-weight: bold; color: #0d2b52;")

        self.chooseLayout.addWidget(self.title)

        self.hint = QLabel(self.choosePage)
        self.hint.setObjectName(u"hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(u"font-size: 22pt; color: #455a64;")

        self.chooseLayout.addWidget(self.hint)

        self.lineButtons = QVBoxLayout()
        self.lineButtons.setObjectName(u"lineButtons")

        self.chooseLayout.addLayout(self.lineButtons)

        self.priorityRow = QHBoxLayout()
        self.priorityRow.setObjectName(u"priorityRow")
        self.elderlyButton = QPushButton(self.choosePage)
        self.elderlyButton.setObjectName(u"elderlyButton")
        self.elderlyButton.setCheckable(True)

        self.priorityRow.addWidget(self.elderlyButton)

        self.disabledButton = QPushButton(self.choosePage)
        self.disabledButton.setObjectName(u"disabledButton")
        self.disabledButton.setCheckable(True)

        self.priorityRow.addWidget(self.disabledButton)


        self.chooseLayout.addLayout(self.priorityRow)

        self.appointmentLabel = QLabel(self.choosePage)
        self.appointmentLabel.setObjectName(u"appointmentLabel")
        self.appointmentLabel.setStyleSheet(u"font-size: 20pt;")

        self.chooseLayout.addWidget(self.appointmentLabel)

        self.appointmentRow = QHBoxLayout()
        self.appointmentRow.setObjectName(u"appointmentRow")
        self.appointment = QLineEdit(self.choosePage)
        self.appointment.setObjectName(u"appointment")
        self.appointment.setMaxLength(32)

        self.appointmentRow.addWidget(self.appointment)

        self.checkInButton = QPushButton(self.choosePage)
        self.checkInButton.setObjectName(u"checkInButton")

        self.appointmentRow.addWidget(self.checkInButton)


        self.chooseLayout.addLayout(self.appointmentRow)

        self.message = QLabel(self.choosePage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828; font-size: 20pt;")

        self.chooseLayout.addWidget(self.message)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.pages.addWidget(self.choosePage)
        self.ticketPage = QWidget()
        self.ticketPage.setObjectName(u"ticketPage")
        self.ticketLayout = QVBoxLayout(self.ticketPage)
        self.ticketLayout.setObjectName(u"ticketLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ticketLayout.addItem(self.topSpacer)

        self.ticketLine = QLabel(self.ticketPage)
        self.ticketLine.setObjectName(u"ticketLine")
        self.ticketLine.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticketLine.setStyleSheet(u"font-size: 30pt; color: #0d2b52;")

        self.ticketLayout.addWidget(self.ticketLine)

        self.ticketNumber = QLabel(self.ticketPage)
        self.ticketNumber.setObjectName(u"ticketNumber")
        self.ticketNumber.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticketNumber.setStyleSheet(u"font-size: 110pt; font-weight: bold; color: #1565c0;")

        self.ticketLayout.addWidget(self.ticketNumber)

        self.ticketWaiting = QLabel(self.ticketPage)
        self.ticketWaiting.setObjectName(u"ticketWaiting")
        self.ticketWaiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticketWaiting.setStyleSheet(u"font-size: 26pt;")

        self.ticketLayout.addWidget(self.ticketWaiting)

        self.printed = QLabel(self.ticketPage)
        self.printed.setObjectName(u"printed")
        self.printed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.printed.setWordWrap(True)
        self.printed.setStyleSheet(u"font-size: 20pt; color: #455a64;")

        self.ticketLayout.addWidget(self.printed)

        self.backButton = QPushButton(self.ticketPage)
        self.backButton.setObjectName(u"backButton")

        self.ticketLayout.addWidget(self.backButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ticketLayout.addItem(self.bottomSpacer)

        self.pages.addWidget(self.ticketPage)

        self.layout.addWidget(self.pages)


        self.retranslateUi(KioskWindow)

        QMetaObject.connectSlotsByName(KioskWindow)
    # setupUi

    def retranslateUi(self, KioskWindow):
        KioskWindow.setWindowTitle(QCoreApplication.translate("KioskWindow", u"\u81ea\u52a9\u53d6\u53f7", None))
        self.title.setText(QCoreApplication.translate("KioskWindow", u"\u81ea\u52a9\u53d6\u53f7", None))
        self.hint.setText(QCoreApplication.translate("KioskWindow", u"\u8bf7\u9009\u62e9\u529e\u7406\u7684\u4e1a\u52a1", None))
        self.elderlyButton.setText(QCoreApplication.translate("KioskWindow", u"\u8001\u5e74\u4eba\u4f18\u5148", None))
        self.disabledButton.setText(QCoreApplication.translate("KioskWindow", u"\u6b8b\u75be\u4eba\u4f18\u5148", None))
        self.appointmentLabel.setText(QCoreApplication.translate("KioskWindow", u"\u5df2\u5728\u7f51\u4e0a\u9884\u7ea6\uff1f\u8bf7\u8f93\u5165\u6216\u626b\u63cf\u9884\u7ea6\u53f7\u7b7e\u5230\uff1a", None))
        self.checkInButton.setText(QCoreApplication.translate("KioskWindow", u"\u9884\u7ea6\u7b7e\u5230", None))
        self.backButton.setText(QCoreApplication.translate("KioskWindow", u"\u8fd4\u56de", None))
    # retranslateUi

