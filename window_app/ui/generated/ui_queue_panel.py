# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_QueuePanel(object):
    def setupUi(self, QueuePanel):
        if not QueuePanel.objectName():
            QueuePanel.setObjectName(u"QueuePanel")
        QueuePanel.resize(900, 600)
        self.layout = QVBoxLayout(QueuePanel)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(QueuePanel)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.currentBox = QGroupBox(QueuePanel)
        self.currentBox.setObjectName(u"currentBox")
        self.currentLayout = QVBoxLayout(self.currentBox)
        self.currentLayout.setObjectName(u"currentLayout")
        self.current = QLabel(self.currentBox)
        self.current.setObjectName(u"current")
        self.current.setText(u"\u2014")
        self.current.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current.setStyleSheet(u"font-size: 40pt; font-weight: bold; color: #1565c0;")

        self.currentLayout.addWidget(self.current)

        self.currentInfo = QLabel(self.currentBox)
        self.currentInfo.setObjectName(u"currentInfo")
        self.currentInfo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.currentInfo.setWordWrap(True)

        self.currentLayout.addWidget(self.currentInfo)

        self.waiting = QLabel(self.currentBox)
        self.waiting.setObjectName(u"waiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setStyleSheet(u"font-size: 13pt;")

        self.currentLayout.addWidget(self.waiting)


        self.left.addWidget(self.currentBox)

        self.buttons = QGridLayout()
        self.buttons.setObjectName(u"buttons")
        self.callButton = QPushButton(QueuePanel)
        self.callButton.setObjectName(u"callButton")
        self.callButton.setMinimumHeight(44)

        self.buttons.addWidget(self.callButton, 0, 0, 1, 1)

        self.recallButton = QPushButton(QueuePanel)
        self.recallButton.setObjectName(u"recallButton")
        self.recallButton.setMinimumHeight(44)

        self.buttons.addWidget(self.recallButton, 0, 1, 1, 1)

        self.noShowButton = QPushButton(QueuePanel)
        self.noShowButton.setObjectName(u"noShowButton")

        self.buttons.addWidget(self.noShowButton, 1, 0, 1, 1)

        self.holdButton = QPushButton(QueuePanel)
        self.holdButton.setObjectName(u"holdButton")

        self.buttons.addWidget(self.holdButton, 1, 1, 1, 1)

        self.intakeButton = QPushButton(QueuePanel)
        self.intakeButton.setObjectName(u"intakeButton")

        self.buttons.addWidget(self.intakeButton, 2, 0, 1, 1)

        self.finishButton = QPushButton(QueuePanel)
        self.finishButton.setObjectName(u"finishButton")

        self.buttons.addWidget(self.finishButton, 2, 1, 1, 1)

        self.evaluateButton = QPushButton(QueuePanel)
        self.evaluateButton.setObjectName(u"evaluateButton")

        self.buttons.addWidget(self.evaluateButton, 3, 0, 1, 1)

        self.evaluationState = QLabel(QueuePanel)
        self.evaluationState.setObjectName(u"evaluationState")
        self.evaluationState.setWordWrap(True)

        self.buttons.addWidget(self.evaluationState, 3, 1, 1, 1)


        self.left.addLayout(self.buttons)

        self.transferBox = QGroupBox(QueuePanel)
        self.transferBox.setObjectName(u"transferBox")
        self.transferLayout = QHBoxLayout(self.transferBox)
        self.transferLayout.setObjectName(u"transferLayout")
        self.transferTarget = QComboBox(self.transferBox)
        self.transferTarget.setObjectName(u"transferTarget")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.transferTarget.sizePolicy().hasHeightForWidth())
        self.transferTarget.setSizePolicy(sizePolicy)

        self.transferLayout.addWidget(self.transferTarget)

        self.transferButton = QPushButton(self.transferBox)
        self.transferButton.setObjectName(u"transferButton")

        self.transferLayout.addWidget(self.transferButton)


        self.left.addWidget(self.transferBox)

        self.message = QLabel(QueuePanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.left.addWidget(self.message)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left.addItem(self.leftSpacer)


        self.body.addLayout(self.left)

        self.heldBox = QGroupBox(QueuePanel)
        self.heldBox.setObjectName(u"heldBox")
        self.heldLayout = QVBoxLayout(self.heldBox)
        self.heldLayout.setObjectName(u"heldLayout")
        self.heldList = QListWidget(self.heldBox)
        self.heldList.setObjectName(u"heldList")

        self.heldLayout.addWidget(self.heldList)

        self.resumeButton = QPushButton(self.heldBox)
        self.resumeButton.setObjectName(u"resumeButton")

        self.heldLayout.addWidget(self.resumeButton)


        self.body.addWidget(self.heldBox)

        self.body.setStretch(0, 3)
        self.body.setStretch(1, 2)

        self.layout.addLayout(self.body)


        self.retranslateUi(QueuePanel)

        QMetaObject.connectSlotsByName(QueuePanel)
    # setupUi

    def retranslateUi(self, QueuePanel):
        self.title.setText(QCoreApplication.translate("QueuePanel", u"\u6392\u961f\u53eb\u53f7", None))
        self.currentBox.setTitle(QCoreApplication.translate("QueuePanel", u"\u5f53\u524d\u53f7", None))
        self.callButton.setText(QCoreApplication.translate("QueuePanel", u"\u53eb\u4e0b\u4e00\u53f7 (F2)", None))
        self.recallButton.setText(QCoreApplication.translate("QueuePanel", u"\u91cd\u547c (F3)", None))
        self.noShowButton.setText(QCoreApplication.translate("QueuePanel", u"\u8fc7\u53f7", None))
        self.holdButton.setText(QCoreApplication.translate("QueuePanel", u"\u6682\u6302", None))
        self.intakeButton.setText(QCoreApplication.translate("QueuePanel", u"\u53d7\u7406\u7533\u8bf7", None))
        self.finishButton.setText(QCoreApplication.translate("QueuePanel", u"\u529e\u7406\u5b8c\u6bd5", None))
        self.evaluateButton.setText(QCoreApplication.translate("QueuePanel", u"\u8bf7\u7533\u8bf7\u4eba\u8bc4\u4ef7", None))
        self.transferBox.setTitle(QCoreApplication.translate("QueuePanel", u"\u8f6c\u79fb\uff08\u4fdd\u7559\u6392\u961f\u4f4d\u7f6e\u548c\u7b49\u5019\u65f6\u95f4\uff09", None))
        self.transferButton.setText(QCoreApplication.translate("QueuePanel", u"\u8f6c\u79fb", None))
        self.heldBox.setTitle(QCoreApplication.translate("QueuePanel", u"\u6682\u6302\u7684\u53f7", None))
        self.resumeButton.setText(QCoreApplication.translate("QueuePanel", u"\u6062\u590d\u7b49\u5019", None))
        pass
    # retranslateUi

