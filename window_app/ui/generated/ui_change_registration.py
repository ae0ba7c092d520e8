# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_registration.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ChangeRegistrationPage(object):
    def setupUi(self, ChangeRegistrationPage):
        if not ChangeRegistrationPage.objectName():
            ChangeRegistrationPage.setObjectName(u"ChangeRegistrationPage")
        ChangeRegistrationPage.resize(1200, 780)
        self.layout = QVBoxLayout(ChangeRegistrationPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(ChangeRegistrationPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.titleRow.addWidget(self.title)

        self.subtitle = QLabel(ChangeRegistrationPage)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setStyleSheet(u"color: #666;")

        self.titleRow.addWidget(self.subtitle)

        self.applicationBadge = QLabel(ChangeRegistrationPage)
        self.applicationBadge.setObjectName(u"applicationBadge")
        self.applicationBadge.setStyleSheet(u"padding: 2px 10px; border-radius: 4px; background: #e8f5e9; color: #1b5e20; font-weight: bold;")
        self.applicationBadge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleRow.addWidget(self.applicationBadge)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)


        self.layout.addLayout(self.titleRow)

        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.usccLabel = QLabel(ChangeRegistrationPage)
        self.usccLabel.setObjectName(u"usccLabel")

        self.findRow.addWidget(self.usccLabel)

        self.uscc = QLineEdit(ChangeRegistrationPage)
        self.uscc.setObjectName(u"uscc")
        self.uscc.setMaxLength(24)

        self.findRow.addWidget(self.uscc)

        self.findButton = QPushButton(ChangeRegistrationPage)
        self.findButton.setObjectName(u"findButton")

        self.findRow.addWidget(self.findButton)

        self.enterpriseSummary = QLabel(ChangeRegistrationPage)
        self.enterpriseSummary.setObjectName(u"enterpriseSummary")
        self.enterpriseSummary.setStyleSheet(u"color: #444;")

        self.findRow.addWidget(self.enterpriseSummary)

        self.findSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findRow.addItem(self.findSpacer)


        self.layout.addLayout(self.findRow)

        self.usccError = QLabel(ChangeRegistrationPage)
        self.usccError.setObjectName(u"usccError")

        self.layout.addWidget(self.usccError)

        self.itemsBox = QGroupBox(ChangeRegistrationPage)
        self.itemsBox.setObjectName(u"itemsBox")
        self.grid = QGridLayout(self.itemsBox)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.currentHeader = QLabel(self.itemsBox)
        self.currentHeader.setObjectName(u"currentHeader")
        self.currentHeader.setStyleSheet(u"font-weight: bold;")

        self.grid.addWidget(self.currentHeader, 0, 1, 1, 1)

        self.newHeader = QLabel(self.itemsBox)
        self.newHeader.setObjectName(u"newHeader")
        self.newHeader.setStyleSheet(u"font-weight: bold;")

        self.grid.addWidget(self.newHeader, 0, 2, 1, 1)

        self.newNameLabel = QLabel(self.itemsBox)
        self.newNameLabel.setObjectName(u"newNameLabel")
        self.newNameLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.newNameLabel, 1, 0, 1, 1)

        self.currentName = QLabel(self.itemsBox)
        self.currentName.setObjectName(u"currentName")
        self.currentName.setWordWrap(True)
        self.currentName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentName.setStyleSheet(u"background: #f4f4f4; padding: 4px;")
        self.currentName.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.currentName, 1, 1, 1, 1)

        self.newName = QLineEdit(self.itemsBox)
        self.newName.setObjectName(u"newName")
        self.newName.setEnabled(False)
        self.newName.setMaxLength(200)

        self.grid.addWidget(self.newName, 1, 2, 1, 1)

        self.nameError = QLabel(self.itemsBox)
        self.nameError.setObjectName(u"nameError")

        self.grid.addWidget(self.nameError, 2, 2, 1, 1)

        self.newDomicileLabel = QLabel(self.itemsBox)
        self.newDomicileLabel.setObjectName(u"newDomicileLabel")
        self.newDomicileLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.newDomicileLabel, 3, 0, 1, 1)

        self.currentDomicile = QLabel(self.itemsBox)
        self.currentDomicile.setObjectName(u"currentDomicile")
        self.currentDomicile.setWordWrap(True)
        self.currentDomicile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentDomicile.setStyleSheet(u"background: #f4f4f4; padding: 4px;")
        self.currentDomicile.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.currentDomicile, 3, 1, 1, 1)

        self.newDomicile = QLineEdit(self.itemsBox)
        self.newDomicile.setObjectName(u"newDomicile")
        self.newDomicile.setEnabled(False)

        self.grid.addWidget(self.newDomicile, 3, 2, 1, 1)

        self.domicileError = QLabel(self.itemsBox)
        self.domicileError.setObjectName(u"domicileError")

        self.grid.addWidget(self.domicileError, 4, 2, 1, 1)

        self.newRepNameLabel = QLabel(self.itemsBox)
        self.newRepNameLabel.setObjectName(u"newRepNameLabel")
        self.newRepNameLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.newRepNameLabel, 5, 0, 1, 1)

        self.currentRepName = QLabel(self.itemsBox)
        self.currentRepName.setObjectName(u"currentRepName")
        self.currentRepName.setWordWrap(True)
        self.currentRepName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentRepName.setStyleSheet(u"background: #f4f4f4; padding: 4px;")
        self.currentRepName.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.currentRepName, 5, 1, 1, 1)

        self.newRepName = QLineEdit(self.itemsBox)
        self.newRepName.setObjectName(u"newRepName")
        self.newRepName.setEnabled(False)
        self.newRepName.setMaxLength(100)

        self.grid.addWidget(self.newRepName, 5, 2, 1, 1)

        self.repNameError = QLabel(self.itemsBox)
        self.repNameError.setObjectName(u"repNameError")

        self.grid.addWidget(self.repNameError, 6, 2, 1, 1)

        self.newRepIdLabel = QLabel(self.itemsBox)
        self.newRepIdLabel.setObjectName(u"newRepIdLabel")
        self.newRepIdLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.newRepIdLabel, 7, 0, 1, 1)

        self.currentRepId = QLabel(self.itemsBox)
        self.currentRepId.setObjectName(u"currentRepId")
        self.currentRepId.setWordWrap(True)
        self.currentRepId.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentRepId.setStyleSheet(u"background: #f4f4f4; padding: 4px;")
        self.currentRepId.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.currentRepId, 7, 1, 1, 1)

        self.newRepId = QLineEdit(self.itemsBox)
        self.newRepId.setObjectName(u"newRepId")
        self.newRepId.setEnabled(False)
        self.newRepId.setMaxLength(18)

        self.grid.addWidget(self.newRepId, 7, 2, 1, 1)

        self.repIdError = QLabel(self.itemsBox)
        self.repIdError.setObjectName(u"repIdError")

        self.grid.addWidget(self.repIdError, 8, 2, 1, 1)

        self.newCapitalLabel = QLabel(self.itemsBox)
        self.newCapitalLabel.setObjectName(u"newCapitalLabel")
        self.newCapitalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.newCapitalLabel, 9, 0, 1, 1)

        self.currentCapital = QLabel(self.itemsBox)
        self.currentCapital.setObjectName(u"currentCapital")
        self.currentCapital.setWordWrap(True)
        self.currentCapital.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentCapital.setStyleSheet(u"background: #f4f4f4; padding: 4px;")
        self.currentCapital.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.currentCapital, 9, 1, 1, 1)

        self.newCapital = QLineEdit(self.itemsBox)
        self.newCapital.setObjectName(u"newCapital")
        self.newCapital.setEnabled(False)

        self.grid.addWidget(self.newCapital, 9, 2, 1, 1)

        self.capitalError = QLabel(self.itemsBox)
        self.capitalError.setObjectName(u"capitalError")

        self.grid.addWidget(self.capitalError, 10, 2, 1, 1)

        self.newScopeLabel = QLabel(self.itemsBox)
        self.newScopeLabel.setObjectName(u"newScopeLabel")
        self.newScopeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.newScopeLabel, 11, 0, 1, 1)

        self.currentScope = QLabel(self.itemsBox)
        self.currentScope.setObjectName(u"currentScope")
        self.currentScope.setWordWrap(True)
        self.currentScope.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentScope.setStyleSheet(u"background: #f4f4f4; padding: 4px;")
        self.currentScope.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.currentScope, 11, 1, 1, 1)

        self.newScope = QPlainTextEdit(self.itemsBox)
        self.newScope.setObjectName(u"newScope")
        self.newScope.setEnabled(False)
        self.newScope.setTabChangesFocus(True)
        self.newScope.setMaximumSize(QSize(16777215, 110))

        self.grid.addWidget(self.newScope, 11, 2, 1, 1)

        self.scopeError = QLabel(self.itemsBox)
        self.scopeError.setObjectName(u"scopeError")

        self.grid.addWidget(self.scopeError, 12, 2, 1, 1)

        self.investorsLabel = QLabel(self.itemsBox)
        self.investorsLabel.setObjectName(u"investorsLabel")
        self.investorsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.investorsLabel, 13, 0, 1, 1)

        self.currentInvestors = QLabel(self.itemsBox)
        self.currentInvestors.setObjectName(u"currentInvestors")
        self.currentInvestors.setWordWrap(True)
        self.currentInvestors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.currentInvestors.setStyleSheet(u"background: #f4f4f4; padding: 4px;")
        self.currentInvestors.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.currentInvestors, 13, 1, 1, 1)

        self.investorsColumn = QVBoxLayout()
        self.investorsColumn.setObjectName(u"investorsColumn")
        self.investors = QTableView(self.itemsBox)
        self.investors.setObjectName(u"investors")
        self.investors.setEnabled(False)
        self.investors.setMaximumSize(QSize(16777215, 130))
        self.investors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.investors.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.investorsColumn.addWidget(self.investors)

        self.investorButtons = QHBoxLayout()
        self.investorButtons.setObjectName(u"investorButtons")
        self.addInvestor = QPushButton(self.itemsBox)
        self.addInvestor.setObjectName(u"addInvestor")
        self.addInvestor.setEnabled(False)

        self.investorButtons.addWidget(self.addInvestor)

        self.removeInvestor = QPushButton(self.itemsBox)
        self.removeInvestor.setObjectName(u"removeInvestor")
        self.removeInvestor.setEnabled(False)

        self.investorButtons.addWidget(self.removeInvestor)

        self.investorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.investorButtons.addItem(self.investorSpacer)


        self.investorsColumn.addLayout(self.investorButtons)


        self.grid.addLayout(self.investorsColumn, 13, 2, 1, 1)

        self.investorsError = QLabel(self.itemsBox)
        self.investorsError.setObjectName(u"investorsError")

        self.grid.addWidget(self.investorsError, 14, 2, 1, 1)

        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

        self.layout.addWidget(self.itemsBox)

        self.result = QLabel(ChangeRegistrationPage)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.result)

        self.message = QLabel(ChangeRegistrationPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.clearButton = QPushButton(ChangeRegistrationPage)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.changeButton = QPushButton(ChangeRegistrationPage)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setEnabled(False)

        self.buttonRow.addWidget(self.changeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.usccLabel.setBuddy(self.uscc)
        self.newNameLabel.setBuddy(self.newName)
        self.newDomicileLabel.setBuddy(self.newDomicile)
        self.newRepNameLabel.setBuddy(self.newRepName)
        self.newRepIdLabel.setBuddy(self.newRepId)
        self.newCapitalLabel.setBuddy(self.newCapital)
        self.newScopeLabel.setBuddy(self.newScope)
        self.investorsLabel.setBuddy(self.investors)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.uscc, self.findButton)
        QWidget.setTabOrder(self.findButton, self.newName)
        QWidget.setTabOrder(self.newName, self.newDomicile)
        QWidget.setTabOrder(self.newDomicile, self.newRepName)
        QWidget.setTabOrder(self.newRepName, self.newRepId)
        QWidget.setTabOrder(self.newRepId, self.newCapital)
        QWidget.setTabOrder(self.newCapital, self.newScope)
        QWidget.setTabOrder(self.newScope, self.changeButton)
        QWidget.setTabOrder(self.changeButton, self.clearButton)

        self.retranslateUi(ChangeRegistrationPage)

        QMetaObject.connectSlotsByName(ChangeRegistrationPage)
    # setupUi

    def retranslateUi(self, ChangeRegistrationPage):
        self.title.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u4f01\u4e1a\u53d8\u66f4\u767b\u8bb0", None))
        self.subtitle.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u4e00\u7167\u4e00\u7801\uff1a\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u4e0d\u53d8\uff0c\u53d8\u66f4\u540e\u6362\u53d1\u8425\u4e1a\u6267\u7167", None))
        self.usccLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801(&U)", None))
        self.uscc.setPlaceholderText(QCoreApplication.translate("ChangeRegistrationPage", u"\u8f93\u5165\u6216\u626b\u63cf18\u4f4d\u4ee3\u7801\u540e\u6309\u56de\u8f66", None))
        self.findButton.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u67e5\u8be2\u767b\u8bb0\u4fe1\u606f", None))
        self.itemsBox.setTitle(QCoreApplication.translate("ChangeRegistrationPage", u"\u767b\u8bb0\u4e8b\u9879", None))
        self.currentHeader.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u73b0\u767b\u8bb0\u4e8b\u9879", None))
        self.newHeader.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u53d8\u66f4\u540e", None))
        self.newNameLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u540d\u79f0(&N)", None))
        self.newDomicileLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u4f4f\u6240\uff08\u7ecf\u8425\u573a\u6240\uff09(&D)", None))
        self.newRepNameLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba\uff08\u8d1f\u8d23\u4eba\u3001\u7ecf\u8425\u8005\uff09(&L)", None))
        self.newRepIdLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba\u8eab\u4efd\u8bc1\u53f7\u7801(&I)", None))
        self.newRepId.setPlaceholderText(QCoreApplication.translate("ChangeRegistrationPage", u"18\u4f4d\uff0c\u53ef\u7528\u8bfb\u5361\u5668\u5f55\u5165", None))
        self.newCapitalLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u6ce8\u518c\u8d44\u672c\uff08\u4e07\u5143\uff09(&C)", None))
        self.newCapital.setPlaceholderText(QCoreApplication.translate("ChangeRegistrationPage", u"\u8ba4\u7f34\uff0c\u5355\u4f4d\u4e07\u5143", None))
        self.newScopeLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u7ecf\u8425\u8303\u56f4(&S)", None))
        self.investorsLabel.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u80a1\u4e1c\uff08\u51fa\u8d44\u4eba\uff09(&V)", None))
        self.addInvestor.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u6dfb\u52a0\u80a1\u4e1c", None))
        self.removeInvestor.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u5220\u9664\u6240\u9009", None))
        self.clearButton.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u6e05\u7a7a", None))
        self.changeButton.setText(QCoreApplication.translate("ChangeRegistrationPage", u"\u53d8\u66f4\u5e76\u6362\u53d1\u6267\u7167 (Ctrl+Enter)", None))
        pass
    # retranslateUi

