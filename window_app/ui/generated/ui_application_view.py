# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from window_app.ui.checklist_model import ChecklistView

class Ui_ApplicationPage(object):
    def setupUi(self, ApplicationPage):
        if not ApplicationPage.objectName():
            ApplicationPage.setObjectName(u"ApplicationPage")
        ApplicationPage.resize(1200, 760)
        self.layout = QVBoxLayout(ApplicationPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(12)
        self.titleRow.setObjectName(u"titleRow")
        self.number = QLabel(ApplicationPage)
        self.number.setObjectName(u"number")
        self.number.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleRow.addWidget(self.number)

        self.state = QLabel(ApplicationPage)
        self.state.setObjectName(u"state")
        self.state.setStyleSheet(u"padding: 2px 10px; border-radius: 4px; background: #e3f2fd; color: #0d47a1; font-weight: bold;")

        self.titleRow.addWidget(self.state)

        self.deemed = QLabel(ApplicationPage)
        self.deemed.setObjectName(u"deemed")
        self.deemed.setStyleSheet(u"padding: 2px 10px; border-radius: 4px; background: #fff3e0; color: #e65100; font-weight: bold;")

        self.titleRow.addWidget(self.deemed)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.light = QLabel(ApplicationPage)
        self.light.setObjectName(u"light")

        self.titleRow.addWidget(self.light)


        self.layout.addLayout(self.titleRow)

        self.summaryBox = QGroupBox(ApplicationPage)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryGrid = QGridLayout(self.summaryBox)
        self.summaryGrid.setObjectName(u"summaryGrid")
        self.summaryGrid.setHorizontalSpacing(14)
        self.summaryGrid.setVerticalSpacing(6)
        self.matterLabel = QLabel(self.summaryBox)
        self.matterLabel.setObjectName(u"matterLabel")

        self.summaryGrid.addWidget(self.matterLabel, 0, 0, 1, 1)

        self.matter = QLabel(self.summaryBox)
        self.matter.setObjectName(u"matter")
        self.matter.setWordWrap(True)

        self.summaryGrid.addWidget(self.matter, 0, 1, 1, 3)

        self.applicantLabel = QLabel(self.summaryBox)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.summaryGrid.addWidget(self.applicantLabel, 1, 0, 1, 1)

        self.applicant = QLabel(self.summaryBox)
        self.applicant.setObjectName(u"applicant")
        self.applicant.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryGrid.addWidget(self.applicant, 1, 1, 1, 1)

        self.showIdButton = QPushButton(self.summaryBox)
        self.showIdButton.setObjectName(u"showIdButton")

        self.summaryGrid.addWidget(self.showIdButton, 1, 2, 1, 1)

        self.agent = QLabel(self.summaryBox)
        self.agent.setObjectName(u"agent")

        self.summaryGrid.addWidget(self.agent, 1, 3, 1, 1)

        self.channelLabel = QLabel(self.summaryBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.summaryGrid.addWidget(self.channelLabel, 2, 0, 1, 1)

        self.received = QLabel(self.summaryBox)
        self.received.setObjectName(u"received")

        self.summaryGrid.addWidget(self.received, 2, 1, 1, 3)

        self.deadlineLabel = QLabel(self.summaryBox)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.summaryGrid.addWidget(self.deadlineLabel, 3, 0, 1, 1)

        self.deadline = QLabel(self.summaryBox)
        self.deadline.setObjectName(u"deadline")
        self.deadline.setWordWrap(True)

        self.summaryGrid.addWidget(self.deadline, 3, 1, 1, 3)

        self.gridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryGrid.addItem(self.gridSpacer, 0, 4, 1, 1)


        self.layout.addWidget(self.summaryBox)

        self.registrationBox = QGroupBox(ApplicationPage)
        self.registrationBox.setObjectName(u"registrationBox")
        self.registrationRow = QHBoxLayout(self.registrationBox)
        self.registrationRow.setSpacing(8)
        self.registrationRow.setObjectName(u"registrationRow")
        self.registrationText = QLabel(self.registrationBox)
        self.registrationText.setObjectName(u"registrationText")
        self.registrationText.setWordWrap(True)
        self.registrationText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.registrationText.sizePolicy().hasHeightForWidth())
        self.registrationText.setSizePolicy(sizePolicy)

        self.registrationRow.addWidget(self.registrationText)

        self.licenceButton = QPushButton(self.registrationBox)
        self.licenceButton.setObjectName(u"licenceButton")

        self.registrationRow.addWidget(self.licenceButton)

        self.registerButton = QPushButton(self.registrationBox)
        self.registerButton.setObjectName(u"registerButton")

        self.registrationRow.addWidget(self.registerButton)


        self.layout.addWidget(self.registrationBox)

        self.detailTabs = QTabWidget(ApplicationPage)
        self.detailTabs.setObjectName(u"detailTabs")
        self.checklistPage = QWidget()
        self.checklistPage.setObjectName(u"checklistPage")
        self.checklistLayout = QVBoxLayout(self.checklistPage)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistHint = QLabel(self.checklistPage)
        self.checklistHint.setObjectName(u"checklistHint")
        self.checklistHint.setStyleSheet(u"color: #555;")

        self.checklistLayout.addWidget(self.checklistHint)

        self.checklist = ChecklistView(self.checklistPage)
        self.checklist.setObjectName(u"checklist")
        self.checklist.setAlternatingRowColors(True)
        self.checklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist.horizontalHeader().setStretchLastSection(True)
        self.checklist.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.checklist)

        self.checklistSummary = QLabel(self.checklistPage)
        self.checklistSummary.setObjectName(u"checklistSummary")

        self.checklistLayout.addWidget(self.checklistSummary)

        self.detailTabs.addTab(self.checklistPage, "")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsLayout = QVBoxLayout(self.documentsPage)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documents = QTableWidget(self.documentsPage)
        self.documents.setObjectName(u"documents")
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.horizontalHeader().setStretchLastSection(True)
        self.documents.verticalHeader().setVisible(False)

        self.documentsLayout.addWidget(self.documents)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.docSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.docSpacer)

        self.previewButton = QPushButton(self.documentsPage)
        self.previewButton.setObjectName(u"previewButton")

        self.documentButtons.addWidget(self.previewButton)


        self.documentsLayout.addLayout(self.documentButtons)

        self.detailTabs.addTab(self.documentsPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.history = QTableWidget(self.historyPage)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.history)

        self.detailTabs.addTab(self.historyPage, "")

        self.layout.addWidget(self.detailTabs)

        self.message = QLabel(ApplicationPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setSpacing(8)
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.busy = QLabel(ApplicationPage)
        self.busy.setObjectName(u"busy")
        self.busy.setStyleSheet(u"color: #1565c0;")

        self.outcomeRow.addWidget(self.busy)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeRow.addItem(self.outcomeSpacer)

        self.inPersonReturn = QCheckBox(ApplicationPage)
        self.inPersonReturn.setObjectName(u"inPersonReturn")
        self.inPersonReturn.setChecked(True)

        self.outcomeRow.addWidget(self.inPersonReturn)

        self.saveButton = QPushButton(ApplicationPage)
        self.saveButton.setObjectName(u"saveButton")

        self.outcomeRow.addWidget(self.saveButton)

        self.acceptButton = QPushButton(ApplicationPage)
        self.acceptButton.setObjectName(u"acceptButton")

        self.outcomeRow.addWidget(self.acceptButton)

        self.noticeButton = QPushButton(ApplicationPage)
        self.noticeButton.setObjectName(u"noticeButton")

        self.outcomeRow.addWidget(self.noticeButton)

        self.refuseButton = QPushButton(ApplicationPage)
        self.refuseButton.setObjectName(u"refuseButton")

        self.outcomeRow.addWidget(self.refuseButton)

        self.commitmentButton = QPushButton(ApplicationPage)
        self.commitmentButton.setObjectName(u"commitmentButton")

        self.outcomeRow.addWidget(self.commitmentButton)


        self.layout.addLayout(self.outcomeRow)


        self.retranslateUi(ApplicationPage)

        QMetaObject.connectSlotsByName(ApplicationPage)
    # setupUi

    def retranslateUi(self, ApplicationPage):
        self.summaryBox.setTitle(QCoreApplication.translate("ApplicationPage", u"\u7533\u8bf7\u6982\u51b5", None))
        self.matterLabel.setText(QCoreApplication.translate("ApplicationPage", u"\u529e\u7406\u4e8b\u9879", None))
        self.applicantLabel.setText(QCoreApplication.translate("ApplicationPage", u"\u7533\u8bf7\u4eba", None))
        self.showIdButton.setText(QCoreApplication.translate("ApplicationPage", u"\u663e\u793a\u5b8c\u6574\u8bc1\u4ef6\u53f7\u2026", None))
        self.channelLabel.setText(QCoreApplication.translate("ApplicationPage", u"\u6e20\u9053 / \u63a5\u6536", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ApplicationPage", u"\u529e\u7ed3\u671f\u9650", None))
        self.registrationBox.setTitle(QCoreApplication.translate("ApplicationPage", u"\u767b\u8bb0\uff08\u4e09\u8bc1\u5408\u4e00\uff09", None))
        self.licenceButton.setText(QCoreApplication.translate("ApplicationPage", u"\u8425\u4e1a\u6267\u7167(&L)\u2026", None))
        self.registerButton.setText(QCoreApplication.translate("ApplicationPage", u"\u529e\u7406\u767b\u8bb0 (F10)\u2026", None))
        self.checklistHint.setText(QCoreApplication.translate("ApplicationPage", u"\u7a7a\u683c\uff1a\u6536\u53d6/\u64a4\u9500\u30001 \u5df2\u6536\u53d6\u30002 \u7f3a\u5c11\u30003 \u4e0d\u7b26\u5408\u8981\u6c42\uff08\u987b\u586b\u539f\u56e0\uff09\u3000+/- \u4efd\u6570\u3000Tab \u8df3\u5230\u4e0b\u4e00\u6761\u539f\u56e0", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.checklistPage), QCoreApplication.translate("ApplicationPage", u"\u6750\u6599\u6838\u9a8c", None))
        self.previewButton.setText(QCoreApplication.translate("ApplicationPage", u"\u9884\u89c8/\u6253\u5370(&V)\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.documentsPage), QCoreApplication.translate("ApplicationPage", u"\u6587\u4e66", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.historyPage), QCoreApplication.translate("ApplicationPage", u"\u6d41\u8f6c\u8bb0\u5f55", None))
        self.inPersonReturn.setText(QCoreApplication.translate("ApplicationPage", u"\u7533\u8bf7\u4eba\u73b0\u573a\u8865\u6b63\uff08\u8ba1\u4e00\u6b21\u5230\u7a97\uff09", None))
        self.saveButton.setText(QCoreApplication.translate("ApplicationPage", u"\u4fdd\u5b58\u6838\u9a8c (Ctrl+S)", None))
        self.acceptButton.setText(QCoreApplication.translate("ApplicationPage", u"\u53d7\u7406 (F6)", None))
        self.noticeButton.setText(QCoreApplication.translate("ApplicationPage", u"\u4e00\u6b21\u6027\u544a\u77e5 (F7)", None))
        self.refuseButton.setText(QCoreApplication.translate("ApplicationPage", u"\u4e0d\u4e88\u53d7\u7406 (F8)", None))
        self.commitmentButton.setText(QCoreApplication.translate("ApplicationPage", u"\u544a\u77e5\u627f\u8bfa (F9)", None))
        pass
    # retranslateUi

