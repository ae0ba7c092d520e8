# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_list.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_WorkListPage(object):
    def setupUi(self, WorkListPage):
        if not WorkListPage.objectName():
            WorkListPage.setObjectName(u"WorkListPage")
        WorkListPage.resize(1100, 600)
        self.layout = QVBoxLayout(WorkListPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(10)
        self.topRow.setObjectName(u"topRow")
        self.title = QLabel(WorkListPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.topRow.addWidget(self.title)

        self.summary = QLabel(WorkListPage)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"color: #555;")

        self.topRow.addWidget(self.summary)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.spacer)

        self.filterLabel = QLabel(WorkListPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.topRow.addWidget(self.filterLabel)

        self.filter = QLineEdit(WorkListPage)
        self.filter.setObjectName(u"filter")
        self.filter.setMinimumWidth(260)
        self.filter.setClearButtonEnabled(True)

        self.topRow.addWidget(self.filter)

        self.refreshButton = QPushButton(WorkListPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.topRow)

        self.table = QTableView(WorkListPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.gapReminder = QLabel(WorkListPage)
        self.gapReminder.setObjectName(u"gapReminder")
        self.gapReminder.setStyleSheet(u"color: #b26a00;")
        self.gapReminder.setWordWrap(True)

        self.layout.addWidget(self.gapReminder)

        self.message = QLabel(WorkListPage)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.filter)
        QWidget.setTabOrder(self.filter, self.refreshButton)

        self.retranslateUi(WorkListPage)

        QMetaObject.connectSlotsByName(WorkListPage)
    # setupUi

    def retranslateUi(self, WorkListPage):
        self.title.setText(QCoreApplication.translate("WorkListPage", u"\u4eca\u65e5\u5de5\u4f5c\u6e05\u5355", None))
        self.filterLabel.setText(QCoreApplication.translate("WorkListPage", u"\u7b5b\u9009(&S)", None))
        self.filter.setPlaceholderText(QCoreApplication.translate("WorkListPage", u"\u7f16\u53f7\u3001\u4e8b\u9879\u3001\u7533\u8bf7\u4eba\u6216\u72b6\u6001", None))
        self.refreshButton.setText(QCoreApplication.translate("WorkListPage", u"\u5237\u65b0 (F5)", None))
        pass
    # retranslateUi

