# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_IntakePage(object):
    def setupUi(self, IntakePage):
        if not IntakePage.objectName():
            IntakePage.setObjectName(u"IntakePage")
        IntakePage.resize(1200, 760)
        self.layout = QVBoxLayout(IntakePage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(IntakePage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(8)
        self.leftColumn.setObjectName(u"leftColumn")
        self.matterBox = QGroupBox(IntakePage)
        self.matterBox.setObjectName(u"matterBox")
        self.matterForm = QFormLayout(self.matterBox)
        self.matterForm.setObjectName(u"matterForm")
        self.matterForm.setHorizontalSpacing(12)
        self.matterForm.setVerticalSpacing(6)
        self.matterForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.channelLabel = QLabel(self.matterBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.matterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.matterBox)
        self.channel.setObjectName(u"channel")

        self.matterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.matterSearchLabel = QLabel(self.matterBox)
        self.matterSearchLabel.setObjectName(u"matterSearchLabel")

        self.matterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.matterSearchLabel)

        self.matterSearch = QLineEdit(self.matterBox)
        self.matterSearch.setObjectName(u"matterSearch")

        self.matterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.matterSearch)

        self.matterList = QListWidget(self.matterBox)
        self.matterList.setObjectName(u"matterList")
        self.matterList.setMaximumHeight(120)

        self.matterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.matterList)

        self.matterError = QLabel(self.matterBox)
        self.matterError.setObjectName(u"matterError")
        self.matterError.setWordWrap(True)

        self.matterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.matterError)

        self.matterInfoLabel = QLabel(self.matterBox)
        self.matterInfoLabel.setObjectName(u"matterInfoLabel")

        self.matterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.matterInfoLabel)

        self.matterInfo = QLabel(self.matterBox)
        self.matterInfo.setObjectName(u"matterInfo")
        self.matterInfo.setWordWrap(True)

        self.matterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.matterInfo)


        self.leftColumn.addWidget(self.matterBox)

        self.applicantBox = QGroupBox(IntakePage)
        self.applicantBox.setObjectName(u"applicantBox")
        self.applicantLayout = QVBoxLayout(self.applicantBox)
        self.applicantLayout.setObjectName(u"applicantLayout")
        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindPerson = QRadioButton(self.applicantBox)
        self.kindPerson.setObjectName(u"kindPerson")
        self.kindPerson.setChecked(True)

        self.kindRow.addWidget(self.kindPerson)

        self.kindOrganisation = QRadioButton(self.applicantBox)
        self.kindOrganisation.setObjectName(u"kindOrganisation")

        self.kindRow.addWidget(self.kindOrganisation)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.applicantLayout.addLayout(self.kindRow)

        self.applicantStack = QStackedWidget(self.applicantBox)
        self.applicantStack.setObjectName(u"applicantStack")
        self.personPage = QWidget()
        self.personPage.setObjectName(u"personPage")
        self.personForm = QFormLayout(self.personPage)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setHorizontalSpacing(12)
        self.personForm.setVerticalSpacing(6)
        self.personForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.personNameLabel = QLabel(self.personPage)
        self.personNameLabel.setObjectName(u"personNameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personNameLabel)

        self.personName = QLineEdit(self.personPage)
        self.personName.setObjectName(u"personName")
        self.personName.setMaxLength(30)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personName)

        self.personNameError = QLabel(self.personPage)
        self.personNameError.setObjectName(u"personNameError")
        self.personNameError.setWordWrap(True)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personNameError)

        self.idNumberLabel = QLabel(self.personPage)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(self.personPage)
        self.idNumber.setObjectName(u"idNumber")
        self.idNumber.setMaxLength(18)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.idNumberError = QLabel(self.personPage)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setWordWrap(True)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberError)

        self.phoneLabel = QLabel(self.personPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.personPage)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.personPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.applicantStack.addWidget(self.personPage)
        self.orgPage = QWidget()
        self.orgPage.setObjectName(u"orgPage")
        self.orgForm = QFormLayout(self.orgPage)
        self.orgForm.setObjectName(u"orgForm")
        self.orgForm.setHorizontalSpacing(12)
        self.orgForm.setVerticalSpacing(6)
        self.orgForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.orgNameLabel = QLabel(self.orgPage)
        self.orgNameLabel.setObjectName(u"orgNameLabel")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgNameLabel)

        self.orgName = QLineEdit(self.orgPage)
        self.orgName.setObjectName(u"orgName")
        self.orgName.setMaxLength(60)

        self.orgForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgName)

        self.orgNameError = QLabel(self.orgPage)
        self.orgNameError.setObjectName(u"orgNameError")
        self.orgNameError.setWordWrap(True)

        self.orgForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orgNameError)

        self.usccLabel = QLabel(self.orgPage)
        self.usccLabel.setObjectName(u"usccLabel")

        self.orgForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.uscc = QLineEdit(self.orgPage)
        self.uscc.setObjectName(u"uscc")
        self.uscc.setMaxLength(18)

        self.orgForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.uscc)

        self.usccError = QLabel(self.orgPage)
        self.usccError.setObjectName(u"usccError")
        self.usccError.setWordWrap(True)

        self.orgForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usccError)

        self.orgPhoneLabel = QLabel(self.orgPage)
        self.orgPhoneLabel.setObjectName(u"orgPhoneLabel")

        self.orgForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.orgPhoneLabel)

        self.orgPhone = QLineEdit(self.orgPage)
        self.orgPhone.setObjectName(u"orgPhone")
        self.orgPhone.setMaxLength(20)

        self.orgForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.orgPhone)

        self.applicantStack.addWidget(self.orgPage)

        self.applicantLayout.addWidget(self.applicantStack)


        self.leftColumn.addWidget(self.applicantBox)

        self.agentBox = QGroupBox(IntakePage)
        self.agentBox.setObjectName(u"agentBox")
        self.agentBox.setCheckable(True)
        self.agentBox.setChecked(False)
        self.agentForm = QFormLayout(self.agentBox)
        self.agentForm.setObjectName(u"agentForm")
        self.agentForm.setHorizontalSpacing(12)
        self.agentForm.setVerticalSpacing(6)
        self.agentForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.agentNameLabel = QLabel(self.agentBox)
        self.agentNameLabel.setObjectName(u"agentNameLabel")

        self.agentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agentNameLabel)

        self.agentName = QLineEdit(self.agentBox)
        self.agentName.setObjectName(u"agentName")
        self.agentName.setMaxLength(30)

        self.agentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agentName)

        self.agentNameError = QLabel(self.agentBox)
        self.agentNameError.setObjectName(u"agentNameError")
        self.agentNameError.setWordWrap(True)

        self.agentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agentNameError)

        self.agentIdLabel = QLabel(self.agentBox)
        self.agentIdLabel.setObjectName(u"agentIdLabel")

        self.agentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agentIdLabel)

        self.agentId = QLineEdit(self.agentBox)
        self.agentId.setObjectName(u"agentId")
        self.agentId.setMaxLength(18)

        self.agentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agentId)

        self.agentIdError = QLabel(self.agentBox)
        self.agentIdError.setObjectName(u"agentIdError")
        self.agentIdError.setWordWrap(True)

        self.agentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agentIdError)


        self.leftColumn.addWidget(self.agentBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(8)
        self.rightColumn.setObjectName(u"rightColumn")
        self.questionsBox = QGroupBox(IntakePage)
        self.questionsBox.setObjectName(u"questionsBox")
        self.questionsLayout = QVBoxLayout(self.questionsBox)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.noQuestions = QLabel(self.questionsBox)
        self.noQuestions.setObjectName(u"noQuestions")
        self.noQuestions.setStyleSheet(u"color: #666;")

        self.questionsLayout.addWidget(self.noQuestions)


        self.rightColumn.addWidget(self.questionsBox)

        self.materialsBox = QGroupBox(IntakePage)
        self.materialsBox.setObjectName(u"materialsBox")
        self.materialsLayout = QVBoxLayout(self.materialsBox)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materials = QListWidget(self.materialsBox)
        self.materials.setObjectName(u"materials")
        self.materials.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.materials.setWordWrap(True)
        self.materials.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.materials.setAlternatingRowColors(True)

        self.materialsLayout.addWidget(self.materials)


        self.rightColumn.addWidget(self.materialsBox)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.layout.addLayout(self.columns)

        self.creditWarning = QLabel(IntakePage)
        self.creditWarning.setObjectName(u"creditWarning")
        self.creditWarning.setWordWrap(True)
        self.creditWarning.setTextFormat(Qt.TextFormat.RichText)
        self.creditWarning.setStyleSheet(u"QLabel { background: #fdecea; color: #8e1c1c; border: 2px solid #c62828; border-radius: 4px; padding: 6px; }")

        self.layout.addWidget(self.creditWarning)

        self.message = QLabel(IntakePage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.clearButton = QPushButton(IntakePage)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.startButton = QPushButton(IntakePage)
        self.startButton.setObjectName(u"startButton")

        self.buttonRow.addWidget(self.startButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channel)
        self.matterSearchLabel.setBuddy(self.matterSearch)
        self.personNameLabel.setBuddy(self.personName)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.phoneLabel.setBuddy(self.phone)
        self.orgNameLabel.setBuddy(self.orgName)
        self.usccLabel.setBuddy(self.uscc)
        self.orgPhoneLabel.setBuddy(self.orgPhone)
        self.agentNameLabel.setBuddy(self.agentName)
        self.agentIdLabel.setBuddy(self.agentId)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channel, self.matterSearch)
        QWidget.setTabOrder(self.matterSearch, self.matterList)
        QWidget.setTabOrder(self.matterList, self.kindPerson)
        QWidget.setTabOrder(self.kindPerson, self.kindOrganisation)
        QWidget.setTabOrder(self.kindOrganisation, self.personName)
        QWidget.setTabOrder(self.personName, self.idNumber)
        QWidget.setTabOrder(self.idNumber, self.phone)
        QWidget.setTabOrder(self.phone, self.orgName)
        QWidget.setTabOrder(self.orgName, self.uscc)
        QWidget.setTabOrder(self.uscc, self.orgPhone)
        QWidget.setTabOrder(self.orgPhone, self.agentBox)
        QWidget.setTabOrder(self.agentBox, self.agentName)
        QWidget.setTabOrder(self.agentName, self.agentId)
        QWidget.setTabOrder(self.agentId, self.startButton)
        QWidget.setTabOrder(self.startButton, self.clearButton)

        self.retranslateUi(IntakePage)

        QMetaObject.connectSlotsByName(IntakePage)
    # setupUi

    def retranslateUi(self, IntakePage):
        self.title.setText(QCoreApplication.translate("IntakePage", u"\u65b0\u5efa\u7533\u8bf7", None))
        self.matterBox.setTitle(QCoreApplication.translate("IntakePage", u"\u6e20\u9053\u4e0e\u4e8b\u9879", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakePage", u"\u7533\u8bf7\u6e20\u9053(&C)", None))
        self.matterSearchLabel.setText(QCoreApplication.translate("IntakePage", u"\u529e\u7406\u4e8b\u9879(&X)", None))
        self.matterSearch.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u4e8b\u9879\u540d\u79f0\u3001\u7f16\u7801\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\uff0c\u5982 spjy", None))
        self.matterInfoLabel.setText(QCoreApplication.translate("IntakePage", u"\u5df2\u9009\u4e8b\u9879", None))
        self.matterInfo.setText(QCoreApplication.translate("IntakePage", u"\uff08\u672a\u9009\u62e9\uff09", None))
        self.applicantBox.setTitle(QCoreApplication.translate("IntakePage", u"\u7533\u8bf7\u4eba", None))
        self.kindPerson.setText(QCoreApplication.translate("IntakePage", u"\u81ea\u7136\u4eba(&1)", None))
        self.kindOrganisation.setText(QCoreApplication.translate("IntakePage", u"\u6cd5\u4eba\u6216\u5176\u4ed6\u7ec4\u7ec7(&2)", None))
        self.personNameLabel.setText(QCoreApplication.translate("IntakePage", u"\u59d3\u540d(&M)", None))
        self.personName.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u6700\u591a30\u4e2a\u5b57", None))
        self.idNumberLabel.setText(QCoreApplication.translate("IntakePage", u"\u8eab\u4efd\u8bc1\u53f7(&I)", None))
        self.idNumber.setPlaceholderText(QCoreApplication.translate("IntakePage", u"18\u4f4d\uff0c\u53ef\u7528\u8bfb\u5361\u5668\u8bfb\u53d6", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakePage", u"\u8054\u7cfb\u7535\u8bdd(&T)", None))
        self.orgNameLabel.setText(QCoreApplication.translate("IntakePage", u"\u5355\u4f4d\u540d\u79f0(&M)", None))
        self.orgName.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u6700\u591a60\u4e2a\u5b57", None))
        self.usccLabel.setText(QCoreApplication.translate("IntakePage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801(&U)", None))
        self.uscc.setPlaceholderText(QCoreApplication.translate("IntakePage", u"18\u4f4d\uff0c\u53ef\u626b\u63cf\u8425\u4e1a\u6267\u7167\u4e8c\u7ef4\u7801", None))
        self.orgPhoneLabel.setText(QCoreApplication.translate("IntakePage", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.agentBox.setTitle(QCoreApplication.translate("IntakePage", u"\u59d4\u6258\u4ee3\u7406\u4eba\uff08\u52fe\u9009\u540e\u589e\u52a0\u6388\u6743\u59d4\u6258\u4e66\u7b49\u6750\u6599\uff09", None))
        self.agentNameLabel.setText(QCoreApplication.translate("IntakePage", u"\u4ee3\u7406\u4eba\u59d3\u540d", None))
        self.agentName.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u6700\u591a30\u4e2a\u5b57", None))
        self.agentIdLabel.setText(QCoreApplication.translate("IntakePage", u"\u4ee3\u7406\u4eba\u8eab\u4efd\u8bc1\u53f7", None))
        self.questionsBox.setTitle(QCoreApplication.translate("IntakePage", u"\u60c5\u5f62\u9009\u62e9", None))
        self.noQuestions.setText(QCoreApplication.translate("IntakePage", u"\u672c\u4e8b\u9879\u65e0\u9700\u9009\u62e9\u60c5\u5f62\u3002", None))
        self.materialsBox.setTitle(QCoreApplication.translate("IntakePage", u"\u5e94\u4ea4\u6750\u6599", None))
        self.clearButton.setText(QCoreApplication.translate("IntakePage", u"\u6e05\u7a7a", None))
        self.startButton.setText(QCoreApplication.translate("IntakePage", u"\u767b\u8bb0\u5e76\u6838\u9a8c\u6750\u6599 (Ctrl+Enter)", None))
        pass
    # retranslateUi

