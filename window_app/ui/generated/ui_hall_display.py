# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hall_display.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HallDisplay(object):
    def setupUi(self, HallDisplay):
        if not HallDisplay.objectName():
            HallDisplay.setObjectName(u"HallDisplay")
        HallDisplay.resize(1920, 1080)
        HallDisplay.setStyleSheet(u"QWidget#HallDisplay { background: #0d2b52; } QLabel { color: white; } QTableWidget { background: #0d2b52; color: white; gridline-color: #3d5f8f; border: none; } QHeaderView::section { background: #163d70; color: #ffd54f; border: none; }")
        self.layout = QVBoxLayout(HallDisplay)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title = QLabel(HallDisplay)
        self.title.setObjectName(u"title")

        self.top.addWidget(self.title)

        self.clock = QLabel(HallDisplay)
        self.clock.setObjectName(u"clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.top.addWidget(self.clock)


        self.layout.addLayout(self.top)

        self.latest = QLabel(HallDisplay)
        self.latest.setObjectName(u"latest")
        self.latest.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.latest.setStyleSheet(u"color: #ffd54f;")

        self.layout.addWidget(self.latest)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.calls = QTableWidget(HallDisplay)
        self.calls.setObjectName(u"calls")
        self.calls.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.body.addWidget(self.calls)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.recentTitle = QLabel(HallDisplay)
        self.recentTitle.setObjectName(u"recentTitle")

        self.side.addWidget(self.recentTitle)

        self.recent = QLabel(HallDisplay)
        self.recent.setObjectName(u"recent")
        self.recent.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.side.addWidget(self.recent)

        self.waiting = QTableWidget(HallDisplay)
        self.waiting.setObjectName(u"waiting")
        self.waiting.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.side.addWidget(self.waiting)


        self.body.addLayout(self.side)

        self.body.setStretch(0, 3)
        self.body.setStretch(1, 2)

        self.layout.addLayout(self.body)

        self.footer = QLabel(HallDisplay)
        self.footer.setObjectName(u"footer")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.layout.addWidget(self.footer)


        self.retranslateUi(HallDisplay)

        QMetaObject.connectSlotsByName(HallDisplay)
    # setupUi

    def retranslateUi(self, HallDisplay):
        HallDisplay.setWindowTitle(QCoreApplication.translate("HallDisplay", u"\u53eb\u53f7\u663e\u793a\u5c4f", None))
        self.title.setText(QCoreApplication.translate("HallDisplay", u"\u6e5b\u6c5f\u5e02\u653f\u52a1\u670d\u52a1\u4e2d\u5fc3 \u00b7 \u53eb\u53f7\u4fe1\u606f", None))
        self.recentTitle.setText(QCoreApplication.translate("HallDisplay", u"\u6700\u8fd1\u53eb\u53f7", None))
        self.footer.setText(QCoreApplication.translate("HallDisplay", u"\u8bf7\u7559\u610f\u53eb\u53f7\uff0c\u8fc7\u53f7\u8bf7\u5230\u7a97\u53e3\u54a8\u8be2", None))
    # retranslateUi

