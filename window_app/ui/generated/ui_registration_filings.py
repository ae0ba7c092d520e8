# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_filings.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RegistrationFilingsPage(object):
    def setupUi(self, RegistrationFilingsPage):
        if not RegistrationFilingsPage.objectName():
            RegistrationFilingsPage.setObjectName(u"RegistrationFilingsPage")
        RegistrationFilingsPage.resize(1100, 600)
        self.layout = QVBoxLayout(RegistrationFilingsPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(10)
        self.topRow.setObjectName(u"topRow")
        self.title = QLabel(RegistrationFilingsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.topRow.addWidget(self.title)

        self.subtitle = QLabel(RegistrationFilingsPage)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setStyleSheet(u"color: #666;")

        self.topRow.addWidget(self.subtitle)

        self.summary = QLabel(RegistrationFilingsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"color: #555;")

        self.topRow.addWidget(self.summary)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.spacer)

        self.refreshButton = QPushButton(RegistrationFilingsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.topRow)

        self.table = QTableView(RegistrationFilingsPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.result = QLabel(RegistrationFilingsPage)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(u"color: #1b5e20;")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.result)

        self.message = QLabel(RegistrationFilingsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.busy = QLabel(RegistrationFilingsPage)
        self.busy.setObjectName(u"busy")
        self.busy.setStyleSheet(u"color: #555;")

        self.buttonRow.addWidget(self.busy)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.withdrawButton = QPushButton(RegistrationFilingsPage)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.buttonRow.addWidget(self.withdrawButton)

        self.extendButton = QPushButton(RegistrationFilingsPage)
        self.extendButton.setObjectName(u"extendButton")

        self.buttonRow.addWidget(self.extendButton)

        self.completeButton = QPushButton(RegistrationFilingsPage)
        self.completeButton.setObjectName(u"completeButton")

        self.buttonRow.addWidget(self.completeButton)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.table, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.withdrawButton)
        QWidget.setTabOrder(self.withdrawButton, self.refreshButton)

        self.retranslateUi(RegistrationFilingsPage)

        QMetaObject.connectSlotsByName(RegistrationFilingsPage)
    # setupUi

    def retranslateUi(self, RegistrationFilingsPage):
        self.title.setText(QCoreApplication.translate("RegistrationFilingsPage", u"\u5f85\u529e\u767b\u8bb0", None))
        self.subtitle.setText(QCoreApplication.translate("RegistrationFilingsPage", u"\u5df2\u53d7\u7406\u30013\u4e2a\u5de5\u4f5c\u65e5\u5185\u529e\u7ed3\u7684\u8bbe\u7acb\u767b\u8bb0", None))
        self.refreshButton.setText(QCoreApplication.translate("RegistrationFilingsPage", u"\u5237\u65b0 (F5)", None))
        self.withdrawButton.setText(QCoreApplication.translate("RegistrationFilingsPage", u"\u64a4\u56de(&W)\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("RegistrationFilingsPage", u"\u7533\u8bf7\u4eba\u64a4\u56de\u7533\u8bf7\uff0c\u91ca\u653e\u4fdd\u7559\u7684\u540d\u79f0", None))
#endif // QT_CONFIG(tooltip)
        self.extendButton.setText(QCoreApplication.translate("RegistrationFilingsPage", u"\u5ef6\u957f\u671f\u9650(&X)\u2026", None))
#if QT_CONFIG(tooltip)
        self.extendButton.setToolTip(QCoreApplication.translate("RegistrationFilingsPage", u"\u79d1\u5ba4\u8d1f\u8d23\u4eba\u6279\u51c6\uff0c\u5ef6\u957f3\u4e2a\u5de5\u4f5c\u65e5\uff0c\u53ea\u80fd\u5ef6\u957f\u4e00\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("RegistrationFilingsPage", u"\u767b\u8bb0(&R)", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("RegistrationFilingsPage", u"\u51c6\u4e88\u767b\u8bb0\uff0c\u53d1\u653e\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u5e76\u6253\u5370\u8425\u4e1a\u6267\u7167", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

