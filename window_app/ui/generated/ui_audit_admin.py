# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_admin.ui'
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
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1100, 700)
        self.layout = QVBoxLayout(AuditPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(AuditPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.hint = QLabel(AuditPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.run = QHBoxLayout()
        self.run.setObjectName(u"run")
        self.verifyButton = QPushButton(AuditPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.run.addWidget(self.verifyButton)

        self.progress = QProgressBar(AuditPage)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.run.addWidget(self.progress)


        self.layout.addLayout(self.run)

        self.result = QLabel(AuditPage)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(u"font-size: 13pt;")

        self.layout.addWidget(self.result)

        self.breaks = QTableWidget(AuditPage)
        self.breaks.setObjectName(u"breaks")
        self.breaks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breaks.setAlternatingRowColors(True)

        self.layout.addWidget(self.breaks)


        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.title.setText(QCoreApplication.translate("AuditPage", u"\u5ba1\u8ba1\u65e5\u5fd7\u6821\u9a8c", None))
        self.hint.setText(QCoreApplication.translate("AuditPage", u"\u9010\u6761\u6838\u5bf9\u5ba1\u8ba1\u8bb0\u5f55\u7684\u5e26\u5bc6\u94a5\u54c8\u5e0c\u94fe\uff1a\u4efb\u4f55\u88ab\u4fee\u6539\u3001\u5220\u9664\u6216\u63d2\u5165\u7684\u8bb0\u5f55\u90fd\u4f1a\u5217\u51fa\u3002\u5bc6\u94a5\u6587\u4ef6\u987b\u4e0e\u8bb0\u5f55\u65f6\u76f8\u540c\u3002", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"\u5f00\u59cb\u6821\u9a8c(&V)", None))
        pass
    # retranslateUi

