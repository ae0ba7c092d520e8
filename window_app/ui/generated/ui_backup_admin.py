# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_admin.ui'
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

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(1100, 700)
        self.layout = QVBoxLayout(BackupPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(BackupPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.where = QLabel(BackupPage)
        self.where.setObjectName(u"where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.where)

        self.table = QTableView(BackupPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.summary = QLabel(BackupPage)
        self.summary.setObjectName(u"summary")

        self.layout.addWidget(self.summary)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backupButton = QPushButton(BackupPage)
        self.backupButton.setObjectName(u"backupButton")

        self.buttons.addWidget(self.backupButton)

        self.restoreButton = QPushButton(BackupPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupPage)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.buttons.addWidget(self.restoreFileButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttons)

        self.message = QLabel(BackupPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)


        self.retranslateUi(BackupPage)

        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.title.setText(QCoreApplication.translate("BackupPage", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.backupButton.setText(QCoreApplication.translate("BackupPage", u"\u7acb\u5373\u5907\u4efd(&B)", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupPage", u"\u4ece\u6240\u9009\u5907\u4efd\u6062\u590d(&R)\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("BackupPage", u"\u4ece\u5176\u4ed6\u6587\u4ef6\u6062\u590d\u2026", None))
        pass
    # retranslateUi

