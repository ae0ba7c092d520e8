# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gaps_panel.ui'
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
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_GapsPanel(object):
    def setupUi(self, GapsPanel):
        if not GapsPanel.objectName():
            GapsPanel.setObjectName(u"GapsPanel")
        GapsPanel.resize(800, 300)
        self.layout = QVBoxLayout(GapsPanel)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(GapsPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.gaps = QTableWidget(GapsPanel)
        self.gaps.setObjectName(u"gaps")
        self.gaps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gaps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gaps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.gaps)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.supplyButton = QPushButton(GapsPanel)
        self.supplyButton.setObjectName(u"supplyButton")

        self.buttonRow.addWidget(self.supplyButton)

        self.waiveButton = QPushButton(GapsPanel)
        self.waiveButton.setObjectName(u"waiveButton")

        self.buttonRow.addWidget(self.waiveButton)

        self.hspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.hspacer)


        self.layout.addLayout(self.buttonRow)

        self.message = QLabel(GapsPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)


        self.retranslateUi(GapsPanel)

        QMetaObject.connectSlotsByName(GapsPanel)
    # setupUi

    def retranslateUi(self, GapsPanel):
        self.supplyButton.setText(QCoreApplication.translate("GapsPanel", u"\u767b\u8bb0\u5df2\u8865\u4ea4(&B)", None))
        self.waiveButton.setText(QCoreApplication.translate("GapsPanel", u"\u514d\u4e8e\u8865\u4ea4\uff08\u79d1\u957f\uff09\u2026", None))
        pass
    # retranslateUi

