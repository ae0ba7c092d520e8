# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviewer_inbox.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReviewerInboxPage(object):
    def setupUi(self, ReviewerInboxPage):
        if not ReviewerInboxPage.objectName():
            ReviewerInboxPage.setObjectName(u"ReviewerInboxPage")
        ReviewerInboxPage.resize(1200, 760)
        self.layout = QVBoxLayout(ReviewerInboxPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(ReviewerInboxPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanLabel = QLabel(ReviewerInboxPage)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanRow.addWidget(self.scanLabel)

        self.scan = QLineEdit(ReviewerInboxPage)
        self.scan.setObjectName(u"scan")
        self.scan.setMinimumWidth(360)

        self.scanRow.addWidget(self.scan)

        self.receiveButton = QPushButton(ReviewerInboxPage)
        self.receiveButton.setObjectName(u"receiveButton")

        self.scanRow.addWidget(self.receiveButton)

        self.figures = QLabel(ReviewerInboxPage)
        self.figures.setObjectName(u"figures")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.figures.sizePolicy().hasHeightForWidth())
        self.figures.setSizePolicy(sizePolicy)

        self.scanRow.addWidget(self.figures)

        self.busy = QLabel(ReviewerInboxPage)
        self.busy.setObjectName(u"busy")

        self.scanRow.addWidget(self.busy)

        self.refreshButton = QPushButton(ReviewerInboxPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.scanRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.scanRow)

        self.table = QTableView(ReviewerInboxPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.actionBox = QGroupBox(ReviewerInboxPage)
        self.actionBox.setObjectName(u"actionBox")
        self.actionForm = QFormLayout(self.actionBox)
        self.actionForm.setObjectName(u"actionForm")
        self.reasonLabel = QLabel(self.actionBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(self.actionBox)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumHeight(70)
        self.reason.setTabChangesFocus(True)

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.basisLabel = QLabel(self.actionBox)
        self.basisLabel.setObjectName(u"basisLabel")

        self.actionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basis = QLineEdit(self.actionBox)
        self.basis.setObjectName(u"basis")

        self.actionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basis)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.approveButton = QPushButton(self.actionBox)
        self.approveButton.setObjectName(u"approveButton")

        self.buttonRow.addWidget(self.approveButton)

        self.refuseButton = QPushButton(self.actionBox)
        self.refuseButton.setObjectName(u"refuseButton")

        self.buttonRow.addWidget(self.refuseButton)

        self.suspendButton = QPushButton(self.actionBox)
        self.suspendButton.setObjectName(u"suspendButton")

        self.buttonRow.addWidget(self.suspendButton)


        self.actionForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.buttonRow)

        self.message = QLabel(self.actionBox)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.actionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.message)


        self.layout.addWidget(self.actionBox)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scan)
        self.reasonLabel.setBuddy(self.reason)
        self.basisLabel.setBuddy(self.basis)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewerInboxPage)

        QMetaObject.connectSlotsByName(ReviewerInboxPage)
    # setupUi

    def retranslateUi(self, ReviewerInboxPage):
        self.title.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u5ba1\u6279\u5f85\u529e", None))
        self.scanLabel.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u626b\u7801\u7b7e\u6536(&S)", None))
        self.scan.setPlaceholderText(QCoreApplication.translate("ReviewerInboxPage", u"\u626b\u63cf\u79fb\u4ea4\u6e05\u5355\u6761\u7801\uff08\u7b7e\u6536\u6574\u6279\uff09\u6216\u7533\u8bf7\u7f16\u53f7\u6761\u7801\uff08\u9010\u4ef6\u7b7e\u6536\uff09", None))
        self.receiveButton.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u7b7e\u6536", None))
        self.refreshButton.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u5237\u65b0", None))
        self.actionBox.setTitle(QCoreApplication.translate("ReviewerInboxPage", u"\u5ba1\u6279\u51b3\u5b9a", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u7406\u7531(&R)", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ReviewerInboxPage", u"\u4e0d\u4e88\u8bb8\u53ef\u7684\u7406\u7531\uff0c\u6216\u4e2d\u6b62\uff08\u4e13\u5bb6\u8bc4\u5ba1\uff09\u7684\u8bf4\u660e", None))
        self.basisLabel.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u6cd5\u5f8b\u4f9d\u636e(&B)", None))
        self.basis.setPlaceholderText(QCoreApplication.translate("ReviewerInboxPage", u"\u4e0d\u4e88\u8bb8\u53ef\u987b\u5199\u660e\u6cd5\u5f8b\u4f9d\u636e\uff08\u6cd5\u5f8b\u3001\u6cd5\u89c4\u540d\u79f0\u53ca\u6761\u6b3e\uff09", None))
        self.approveButton.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u51c6\u4e88\u8bb8\u53ef", None))
        self.refuseButton.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u4e0d\u4e88\u8bb8\u53ef", None))
        self.suspendButton.setText(QCoreApplication.translate("ReviewerInboxPage", u"\u4e2d\u6b62\uff08\u4e13\u5bb6\u8bc4\u5ba1\uff09", None))
        pass
    # retranslateUi

