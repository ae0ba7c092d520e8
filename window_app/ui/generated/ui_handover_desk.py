# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_desk.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HandoverDeskPage(object):
    def setupUi(self, HandoverDeskPage):
        if not HandoverDeskPage.objectName():
            HandoverDeskPage.setObjectName(u"HandoverDeskPage")
        HandoverDeskPage.resize(1200, 760)
        self.layout = QVBoxLayout(HandoverDeskPage)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.title = QLabel(HandoverDeskPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.topRow.addWidget(self.title)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.busy = QLabel(HandoverDeskPage)
        self.busy.setObjectName(u"busy")

        self.topRow.addWidget(self.busy)

        self.refreshButton = QPushButton(HandoverDeskPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.topRow)

        self.handoverBox = QGroupBox(HandoverDeskPage)
        self.handoverBox.setObjectName(u"handoverBox")
        self.handoverLayout = QVBoxLayout(self.handoverBox)
        self.handoverLayout.setObjectName(u"handoverLayout")
        self.departmentRow = QHBoxLayout()
        self.departmentRow.setObjectName(u"departmentRow")
        self.departmentLabel = QLabel(self.handoverBox)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.departmentRow.addWidget(self.departmentLabel)

        self.department = QComboBox(self.handoverBox)
        self.department.setObjectName(u"department")
        self.department.setMinimumWidth(360)

        self.departmentRow.addWidget(self.department)

        self.departmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departmentRow.addItem(self.departmentSpacer)

        self.createButton = QPushButton(self.handoverBox)
        self.createButton.setObjectName(u"createButton")

        self.departmentRow.addWidget(self.createButton)


        self.handoverLayout.addLayout(self.departmentRow)

        self.pending = QTableWidget(self.handoverBox)
        self.pending.setObjectName(u"pending")
        self.pending.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pending.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.handoverLayout.addWidget(self.pending)

        self.batchInfo = QLabel(self.handoverBox)
        self.batchInfo.setObjectName(u"batchInfo")
        self.batchInfo.setWordWrap(True)

        self.handoverLayout.addWidget(self.batchInfo)


        self.layout.addWidget(self.handoverBox)

        self.returnedBox = QGroupBox(HandoverDeskPage)
        self.returnedBox.setObjectName(u"returnedBox")
        self.returnedLayout = QVBoxLayout(self.returnedBox)
        self.returnedLayout.setObjectName(u"returnedLayout")
        self.returned = QTableWidget(self.returnedBox)
        self.returned.setObjectName(u"returned")
        self.returned.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.returned.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.returned.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.returnedLayout.addWidget(self.returned)

        self.returnedRow = QHBoxLayout()
        self.returnedRow.setObjectName(u"returnedRow")
        self.returnedCount = QLabel(self.returnedBox)
        self.returnedCount.setObjectName(u"returnedCount")

        self.returnedRow.addWidget(self.returnedCount)

        self.returnedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.returnedRow.addItem(self.returnedSpacer)

        self.openButton = QPushButton(self.returnedBox)
        self.openButton.setObjectName(u"openButton")

        self.returnedRow.addWidget(self.openButton)


        self.returnedLayout.addLayout(self.returnedRow)


        self.layout.addWidget(self.returnedBox)

        self.message = QLabel(HandoverDeskPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.department)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoverDeskPage)

        QMetaObject.connectSlotsByName(HandoverDeskPage)
    # setupUi

    def retranslateUi(self, HandoverDeskPage):
        self.title.setText(QCoreApplication.translate("HandoverDeskPage", u"\u79fb\u4ea4\u4e0e\u51fa\u4ef6", None))
        self.refreshButton.setText(QCoreApplication.translate("HandoverDeskPage", u"\u5237\u65b0", None))
        self.handoverBox.setTitle(QCoreApplication.translate("HandoverDeskPage", u"\u5f85\u79fb\u4ea4\u5ba1\u6279\u90e8\u95e8", None))
        self.departmentLabel.setText(QCoreApplication.translate("HandoverDeskPage", u"\u5ba1\u6279\u90e8\u95e8(&D)", None))
        self.createButton.setText(QCoreApplication.translate("HandoverDeskPage", u"\u751f\u6210\u79fb\u4ea4\u6e05\u5355\u5e76\u6253\u5370(&H)", None))
        self.returnedBox.setTitle(QCoreApplication.translate("HandoverDeskPage", u"\u90e8\u95e8\u5df2\u56de\u4f20\uff0c\u5f85\u51fa\u4ef6\uff08\u7edf\u4e00\u51fa\u4ef6\uff09", None))
        self.openButton.setText(QCoreApplication.translate("HandoverDeskPage", u"\u6253\u5f00\u7533\u8bf7\u529e\u7ed3\u51fa\u4ef6(&O)", None))
        pass
    # retranslateUi

