# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rectification.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RectificationPage(object):
    def setupUi(self, RectificationPage):
        if not RectificationPage.objectName():
            RectificationPage.setObjectName(u"RectificationPage")
        RectificationPage.resize(1200, 760)
        self.layout = QVBoxLayout(RectificationPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(RectificationPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(RectificationPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filter = QComboBox(RectificationPage)
        self.filter.setObjectName(u"filter")

        self.filterRow.addWidget(self.filter)

        self.figures = QLabel(RectificationPage)
        self.figures.setObjectName(u"figures")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.figures.sizePolicy().hasHeightForWidth())
        self.figures.setSizePolicy(sizePolicy)

        self.filterRow.addWidget(self.figures)

        self.busy = QLabel(RectificationPage)
        self.busy.setObjectName(u"busy")

        self.filterRow.addWidget(self.busy)

        self.refreshButton = QPushButton(RectificationPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(RectificationPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.detail = QLabel(RectificationPage)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.detail)

        self.actionBox = QGroupBox(RectificationPage)
        self.actionBox.setObjectName(u"actionBox")
        self.actionForm = QFormLayout(self.actionBox)
        self.actionForm.setObjectName(u"actionForm")
        self.noteLabel = QLabel(self.actionBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.actionBox)
        self.note.setObjectName(u"note")
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note)

        self.findingLabel = QLabel(self.actionBox)
        self.findingLabel.setObjectName(u"findingLabel")

        self.actionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.findingLabel)

        self.findingRow = QHBoxLayout()
        self.findingRow.setObjectName(u"findingRow")
        self.finding = QComboBox(self.actionBox)
        self.finding.setObjectName(u"finding")

        self.findingRow.addWidget(self.finding)

        self.ledgerLabel = QLabel(self.actionBox)
        self.ledgerLabel.setObjectName(u"ledgerLabel")

        self.findingRow.addWidget(self.ledgerLabel)

        self.ledgerDue = QDateEdit(self.actionBox)
        self.ledgerDue.setObjectName(u"ledgerDue")
        self.ledgerDue.setCalendarPopup(True)
        self.ledgerDue.setDisplayFormat(u"yyyy-MM-dd")

        self.findingRow.addWidget(self.ledgerDue)


        self.actionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.findingRow)

        self.replyLabel = QLabel(self.actionBox)
        self.replyLabel.setObjectName(u"replyLabel")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replyLabel)

        self.reply = QPlainTextEdit(self.actionBox)
        self.reply.setObjectName(u"reply")
        self.reply.setMaximumHeight(70)
        self.reply.setTabChangesFocus(True)

        self.actionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reply)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.followUpButton = QPushButton(self.actionBox)
        self.followUpButton.setObjectName(u"followUpButton")

        self.buttonRow.addWidget(self.followUpButton)

        self.answerButton = QPushButton(self.actionBox)
        self.answerButton.setObjectName(u"answerButton")

        self.buttonRow.addWidget(self.answerButton)

        self.appealButton = QPushButton(self.actionBox)
        self.appealButton.setObjectName(u"appealButton")

        self.buttonRow.addWidget(self.appealButton)

        self.upholdButton = QPushButton(self.actionBox)
        self.upholdButton.setObjectName(u"upholdButton")

        self.buttonRow.addWidget(self.upholdButton)

        self.rejectButton = QPushButton(self.actionBox)
        self.rejectButton.setObjectName(u"rejectButton")

        self.buttonRow.addWidget(self.rejectButton)


        self.actionForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.buttonRow)

        self.message = QLabel(self.actionBox)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.actionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.message)


        self.layout.addWidget(self.actionBox)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filter)
        self.noteLabel.setBuddy(self.note)
        self.findingLabel.setBuddy(self.finding)
        self.replyLabel.setBuddy(self.reply)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RectificationPage)

        QMetaObject.connectSlotsByName(RectificationPage)
    # setupUi

    def retranslateUi(self, RectificationPage):
        self.title.setText(QCoreApplication.translate("RectificationPage", u"\u5dee\u8bc4\u6574\u6539", None))
        self.filterLabel.setText(QCoreApplication.translate("RectificationPage", u"\u663e\u793a(&S)", None))
        self.refreshButton.setText(QCoreApplication.translate("RectificationPage", u"\u5237\u65b0", None))
        self.actionBox.setTitle(QCoreApplication.translate("RectificationPage", u"\u5904\u7406", None))
        self.noteLabel.setText(QCoreApplication.translate("RectificationPage", u"\u8bf4\u660e(&N)", None))
        self.note.setPlaceholderText(QCoreApplication.translate("RectificationPage", u"\u56de\u8bbf\u60c5\u51b5\u3001\u6838\u5b9e\u4e0e\u6574\u6539\u60c5\u51b5\u3001\u7533\u8bc9\u7406\u7531\u6216\u590d\u6838\u610f\u89c1", None))
        self.findingLabel.setText(QCoreApplication.translate("RectificationPage", u"\u5904\u7406\u65b9\u5f0f(&F)", None))
        self.ledgerLabel.setText(QCoreApplication.translate("RectificationPage", u"\u6574\u6539\u671f\u9650", None))
        self.replyLabel.setText(QCoreApplication.translate("RectificationPage", u"\u7b54\u590d\u7533\u8bf7\u4eba(&R)", None))
        self.followUpButton.setText(QCoreApplication.translate("RectificationPage", u"\u767b\u8bb0\u56de\u8bbf", None))
        self.answerButton.setText(QCoreApplication.translate("RectificationPage", u"\u7b54\u590d\u529e\u7ed3", None))
        self.appealButton.setText(QCoreApplication.translate("RectificationPage", u"\u7533\u8bc9", None))
        self.upholdButton.setText(QCoreApplication.translate("RectificationPage", u"\u7533\u8bc9\u6210\u7acb", None))
        self.rejectButton.setText(QCoreApplication.translate("RectificationPage", u"\u7533\u8bc9\u4e0d\u6210\u7acb", None))
        pass
    # retranslateUi

