# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'processing_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ProcessingPanel(object):
    def setupUi(self, ProcessingPanel):
        if not ProcessingPanel.objectName():
            ProcessingPanel.setObjectName(u"ProcessingPanel")
        ProcessingPanel.resize(1000, 180)
        self.layout = QVBoxLayout(ProcessingPanel)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.stateRow = QHBoxLayout()
        self.stateRow.setSpacing(10)
        self.stateRow.setObjectName(u"stateRow")
        self.stateLabel = QLabel(ProcessingPanel)
        self.stateLabel.setObjectName(u"stateLabel")

        self.stateRow.addWidget(self.stateLabel)

        self.state = QLabel(ProcessingPanel)
        self.state.setObjectName(u"state")
        self.state.setStyleSheet(u"padding: 2px 10px; border-radius: 4px; background: #e3f2fd; color: #0d47a1; font-weight: bold;")

        self.stateRow.addWidget(self.state)

        self.light = QLabel(ProcessingPanel)
        self.light.setObjectName(u"light")

        self.stateRow.addWidget(self.light)

        self.provisional = QLabel(ProcessingPanel)
        self.provisional.setObjectName(u"provisional")
        self.provisional.setStyleSheet(u"padding: 2px 10px; border-radius: 4px; background: #fff3e0; color: #e65100; font-weight: bold;")

        self.stateRow.addWidget(self.provisional)

        self.stateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateRow.addItem(self.stateSpacer)

        self.busy = QLabel(ProcessingPanel)
        self.busy.setObjectName(u"busy")
        self.busy.setStyleSheet(u"color: #555;")

        self.stateRow.addWidget(self.busy)


        self.layout.addLayout(self.stateRow)

        self.deadlineForm = QFormLayout()
        self.deadlineForm.setObjectName(u"deadlineForm")
        self.deadlineForm.setHorizontalSpacing(12)
        self.deadlineForm.setVerticalSpacing(4)
        self.deadlineLabel = QLabel(ProcessingPanel)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadline = QLabel(ProcessingPanel)
        self.deadline.setObjectName(u"deadline")
        self.deadline.setStyleSheet(u"font-weight: bold;")
        self.deadline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deadline)

        self.explanationLabel = QLabel(ProcessingPanel)
        self.explanationLabel.setObjectName(u"explanationLabel")

        self.deadlineForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.explanationLabel)

        self.explanation = QLabel(ProcessingPanel)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deadlineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.explanation)


        self.layout.addLayout(self.deadlineForm)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(6)
        self.buttonRow.setObjectName(u"buttonRow")
        self.reviewButton = QPushButton(ProcessingPanel)
        self.reviewButton.setObjectName(u"reviewButton")

        self.buttonRow.addWidget(self.reviewButton)

        self.suspendButton = QPushButton(ProcessingPanel)
        self.suspendButton.setObjectName(u"suspendButton")

        self.buttonRow.addWidget(self.suspendButton)

        self.resumeButton = QPushButton(ProcessingPanel)
        self.resumeButton.setObjectName(u"resumeButton")

        self.buttonRow.addWidget(self.resumeButton)

        self.extendButton = QPushButton(ProcessingPanel)
        self.extendButton.setObjectName(u"extendButton")

        self.buttonRow.addWidget(self.extendButton)

        self.decideButton = QPushButton(ProcessingPanel)
        self.decideButton.setObjectName(u"decideButton")

        self.buttonRow.addWidget(self.decideButton)

        self.completeButton = QPushButton(ProcessingPanel)
        self.completeButton.setObjectName(u"completeButton")

        self.buttonRow.addWidget(self.completeButton)

        self.deliverButton = QPushButton(ProcessingPanel)
        self.deliverButton.setObjectName(u"deliverButton")

        self.buttonRow.addWidget(self.deliverButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)

        self.message = QLabel(ProcessingPanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)


        self.retranslateUi(ProcessingPanel)

        QMetaObject.connectSlotsByName(ProcessingPanel)
    # setupUi

    def retranslateUi(self, ProcessingPanel):
        ProcessingPanel.setTitle(QCoreApplication.translate("ProcessingPanel", u"\u529e\u7406", None))
        self.stateLabel.setText(QCoreApplication.translate("ProcessingPanel", u"\u5f53\u524d\u72b6\u6001", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ProcessingPanel", u"\u627f\u8bfa\u529e\u7ed3\u671f\u9650", None))
        self.explanationLabel.setText(QCoreApplication.translate("ProcessingPanel", u"\u8ba1\u7b97\u65b9\u6cd5", None))
        self.reviewButton.setText(QCoreApplication.translate("ProcessingPanel", u"\u5f00\u59cb\u5ba1\u67e5", None))
        self.suspendButton.setText(QCoreApplication.translate("ProcessingPanel", u"\u4e2d\u6b62\u2026", None))
        self.resumeButton.setText(QCoreApplication.translate("ProcessingPanel", u"\u6062\u590d\u5ba1\u67e5", None))
        self.extendButton.setText(QCoreApplication.translate("ProcessingPanel", u"\u5ef6\u671f\u2026", None))
        self.decideButton.setText(QCoreApplication.translate("ProcessingPanel", u"\u4f5c\u51fa\u51b3\u5b9a\u2026", None))
        self.completeButton.setText(QCoreApplication.translate("ProcessingPanel", u"\u529e\u7ed3\u2026", None))
        self.deliverButton.setText(QCoreApplication.translate("ProcessingPanel", u"\u9001\u8fbe\u2026", None))
    # retranslateUi

