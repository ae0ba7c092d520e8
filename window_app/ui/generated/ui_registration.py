# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RegistrationPage(object):
    def setupUi(self, RegistrationPage):
        if not RegistrationPage.objectName():
            RegistrationPage.setObjectName(u"RegistrationPage")
        RegistrationPage.resize(1200, 780)
        self.layout = QVBoxLayout(RegistrationPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(RegistrationPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.titleRow.addWidget(self.title)

        self.subtitle = QLabel(RegistrationPage)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setStyleSheet(u"color: #666;")

        self.titleRow.addWidget(self.subtitle)

        self.applicationBadge = QLabel(RegistrationPage)
        self.applicationBadge.setObjectName(u"applicationBadge")
        self.applicationBadge.setStyleSheet(u"padding: 2px 10px; border-radius: 4px; background: #e8f5e9; color: #1b5e20; font-weight: bold;")
        self.applicationBadge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleRow.addWidget(self.applicationBadge)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)


        self.layout.addLayout(self.titleRow)

        self.capacity = QLabel(RegistrationPage)
        self.capacity.setObjectName(u"capacity")
        self.capacity.setWordWrap(True)
        self.capacity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.capacity)

        self.extraLayout = QVBoxLayout()
        self.extraLayout.setSpacing(0)
        self.extraLayout.setObjectName(u"extraLayout")

        self.layout.addLayout(self.extraLayout)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(8)
        self.leftColumn.setObjectName(u"leftColumn")
        self.subjectBox = QGroupBox(RegistrationPage)
        self.subjectBox.setObjectName(u"subjectBox")
        self.subjectForm = QFormLayout(self.subjectBox)
        self.subjectForm.setObjectName(u"subjectForm")
        self.subjectForm.setHorizontalSpacing(12)
        self.subjectForm.setVerticalSpacing(6)
        self.subjectForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.categoryLabel = QLabel(self.subjectBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.subjectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.subjectBox)
        self.category.setObjectName(u"category")

        self.subjectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category)

        self.authorityLabel = QLabel(self.subjectBox)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.subjectForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authority = QComboBox(self.subjectBox)
        self.authority.setObjectName(u"authority")

        self.subjectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority)

        self.nameLabel = QLabel(self.subjectBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.subjectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.subjectBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.subjectForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(self.subjectBox)
        self.nameError.setObjectName(u"nameError")

        self.subjectForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.typeLabel = QLabel(self.subjectBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.subjectForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.enterpriseType = QComboBox(self.subjectBox)
        self.enterpriseType.setObjectName(u"enterpriseType")

        self.subjectForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.enterpriseType)

        self.typeError = QLabel(self.subjectBox)
        self.typeError.setObjectName(u"typeError")

        self.subjectForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.domicileLabel = QLabel(self.subjectBox)
        self.domicileLabel.setObjectName(u"domicileLabel")

        self.subjectForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.domicileLabel)

        self.domicile = QLineEdit(self.subjectBox)
        self.domicile.setObjectName(u"domicile")

        self.subjectForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.domicile)

        self.domicileError = QLabel(self.subjectBox)
        self.domicileError.setObjectName(u"domicileError")

        self.subjectForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.domicileError)

        self.capitalLabel = QLabel(self.subjectBox)
        self.capitalLabel.setObjectName(u"capitalLabel")

        self.subjectForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.capitalLabel)

        self.capitalRow = QHBoxLayout()
        self.capitalRow.setObjectName(u"capitalRow")
        self.capital = QLineEdit(self.subjectBox)
        self.capital.setObjectName(u"capital")
        self.capital.setMaxLength(20)

        self.capitalRow.addWidget(self.capital)

        self.capitalUnit = QLabel(self.subjectBox)
        self.capitalUnit.setObjectName(u"capitalUnit")

        self.capitalRow.addWidget(self.capitalUnit)

        self.currency = QComboBox(self.subjectBox)
        self.currency.setObjectName(u"currency")

        self.capitalRow.addWidget(self.currency)


        self.subjectForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.capitalRow)

        self.capitalError = QLabel(self.subjectBox)
        self.capitalError.setObjectName(u"capitalError")

        self.subjectForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.capitalError)

        self.contactLabel = QLabel(self.subjectBox)
        self.contactLabel.setObjectName(u"contactLabel")

        self.subjectForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contact = QLineEdit(self.subjectBox)
        self.contact.setObjectName(u"contact")
        self.contact.setMaxLength(40)

        self.subjectForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contact)


        self.leftColumn.addWidget(self.subjectBox)

        self.repBox = QGroupBox(RegistrationPage)
        self.repBox.setObjectName(u"repBox")
        self.repForm = QFormLayout(self.repBox)
        self.repForm.setObjectName(u"repForm")
        self.repForm.setHorizontalSpacing(12)
        self.repForm.setVerticalSpacing(6)
        self.repForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.repNameLabel = QLabel(self.repBox)
        self.repNameLabel.setObjectName(u"repNameLabel")

        self.repForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.repNameLabel)

        self.repName = QLineEdit(self.repBox)
        self.repName.setObjectName(u"repName")
        self.repName.setMaxLength(50)

        self.repForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.repName)

        self.repNameError = QLabel(self.repBox)
        self.repNameError.setObjectName(u"repNameError")

        self.repForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repNameError)

        self.repIdLabel = QLabel(self.repBox)
        self.repIdLabel.setObjectName(u"repIdLabel")

        self.repForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repIdLabel)

        self.repId = QLineEdit(self.repBox)
        self.repId.setObjectName(u"repId")
        self.repId.setMaxLength(18)

        self.repForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repId)

        self.repIdError = QLabel(self.repBox)
        self.repIdError.setObjectName(u"repIdError")

        self.repForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repIdError)


        self.leftColumn.addWidget(self.repBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(8)
        self.rightColumn.setObjectName(u"rightColumn")
        self.scopeBox = QGroupBox(RegistrationPage)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeLayout = QVBoxLayout(self.scopeBox)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.businessScope = QPlainTextEdit(self.scopeBox)
        self.businessScope.setObjectName(u"businessScope")
        self.businessScope.setTabChangesFocus(True)
        self.businessScope.setMaximumHeight(110)

        self.scopeLayout.addWidget(self.businessScope)

        self.scopeError = QLabel(self.scopeBox)
        self.scopeError.setObjectName(u"scopeError")

        self.scopeLayout.addWidget(self.scopeError)

        self.permitHint = QLabel(self.scopeBox)
        self.permitHint.setObjectName(u"permitHint")
        self.permitHint.setWordWrap(True)
        self.permitHint.setStyleSheet(u"color: #8a5a00;")

        self.scopeLayout.addWidget(self.permitHint)


        self.rightColumn.addWidget(self.scopeBox)

        self.investorsBox = QGroupBox(RegistrationPage)
        self.investorsBox.setObjectName(u"investorsBox")
        self.investorsLayout = QVBoxLayout(self.investorsBox)
        self.investorsLayout.setObjectName(u"investorsLayout")
        self.investors = QTableView(self.investorsBox)
        self.investors.setObjectName(u"investors")
        self.investors.setAlternatingRowColors(True)
        self.investors.setTabKeyNavigation(False)

        self.investorsLayout.addWidget(self.investors)

        self.investorButtons = QHBoxLayout()
        self.investorButtons.setObjectName(u"investorButtons")
        self.addInvestor = QPushButton(self.investorsBox)
        self.addInvestor.setObjectName(u"addInvestor")

        self.investorButtons.addWidget(self.addInvestor)

        self.removeInvestor = QPushButton(self.investorsBox)
        self.removeInvestor.setObjectName(u"removeInvestor")

        self.investorButtons.addWidget(self.removeInvestor)

        self.investorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.investorButtons.addItem(self.investorSpacer)

        self.investorTotal = QLabel(self.investorsBox)
        self.investorTotal.setObjectName(u"investorTotal")

        self.investorButtons.addWidget(self.investorTotal)


        self.investorsLayout.addLayout(self.investorButtons)

        self.investorsError = QLabel(self.investorsBox)
        self.investorsError.setObjectName(u"investorsError")

        self.investorsLayout.addWidget(self.investorsError)


        self.rightColumn.addWidget(self.investorsBox)

        self.noInvestors = QLabel(RegistrationPage)
        self.noInvestors.setObjectName(u"noInvestors")
        self.noInvestors.setWordWrap(True)
        self.noInvestors.setStyleSheet(u"color: #666;")

        self.rightColumn.addWidget(self.noInvestors)

        self.result = QLabel(RegistrationPage)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rightColumn.addWidget(self.result)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        self.message = QLabel(RegistrationPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.clearButton = QPushButton(RegistrationPage)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.fileButton = QPushButton(RegistrationPage)
        self.fileButton.setObjectName(u"fileButton")

        self.buttonRow.addWidget(self.fileButton)

        self.registerButton = QPushButton(RegistrationPage)
        self.registerButton.setObjectName(u"registerButton")

        self.buttonRow.addWidget(self.registerButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.category)
        self.authorityLabel.setBuddy(self.authority)
        self.nameLabel.setBuddy(self.name)
        self.typeLabel.setBuddy(self.enterpriseType)
        self.domicileLabel.setBuddy(self.domicile)
        self.capitalLabel.setBuddy(self.capital)
        self.contactLabel.setBuddy(self.contact)
        self.repNameLabel.setBuddy(self.repName)
        self.repIdLabel.setBuddy(self.repId)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.category, self.authority)
        QWidget.setTabOrder(self.authority, self.name)
        QWidget.setTabOrder(self.name, self.enterpriseType)
        QWidget.setTabOrder(self.enterpriseType, self.domicile)
        QWidget.setTabOrder(self.domicile, self.capital)
        QWidget.setTabOrder(self.capital, self.currency)
        QWidget.setTabOrder(self.currency, self.contact)
        QWidget.setTabOrder(self.contact, self.repName)
        QWidget.setTabOrder(self.repName, self.repId)
        QWidget.setTabOrder(self.repId, self.businessScope)
        QWidget.setTabOrder(self.businessScope, self.investors)
        QWidget.setTabOrder(self.investors, self.addInvestor)
        QWidget.setTabOrder(self.addInvestor, self.removeInvestor)
        QWidget.setTabOrder(self.removeInvestor, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.clearButton)

        self.retranslateUi(RegistrationPage)

        QMetaObject.connectSlotsByName(RegistrationPage)
    # setupUi

    def retranslateUi(self, RegistrationPage):
        self.title.setText(QCoreApplication.translate("RegistrationPage", u"\u4f01\u4e1a\u8bbe\u7acb\u767b\u8bb0", None))
        self.subtitle.setText(QCoreApplication.translate("RegistrationPage", u"\u4e09\u8bc1\u5408\u4e00\u3001\u4e00\u7167\u4e00\u7801", None))
        self.subjectBox.setTitle(QCoreApplication.translate("RegistrationPage", u"\u4e3b\u4f53\u4fe1\u606f", None))
        self.categoryLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u4e3b\u4f53\u7c7b\u522b(&K)", None))
        self.authorityLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u767b\u8bb0\u673a\u5173(&J)", None))
        self.nameLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u540d\u79f0(&M)", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"\u884c\u653f\u533a\u5212\uff0b\u5b57\u53f7\uff0b\u884c\u4e1a\uff0b\u7ec4\u7ec7\u5f62\u5f0f\uff0c\u5982 \u6e5b\u6c5f\u5e02\u7f8e\u5473\u9910\u996e\u6709\u9650\u516c\u53f8", None))
        self.typeLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u7c7b\u578b(&T)", None))
        self.domicileLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u4f4f\u6240(&D)", None))
        self.domicile.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"\u4f4f\u6240\uff08\u7ecf\u8425\u573a\u6240\uff09", None))
        self.capitalLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u6ce8\u518c\u8d44\u672c(&Z)", None))
        self.capital.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"\u8ba4\u7f34\uff0c\u5355\u4f4d\uff1a\u4e07\u5143", None))
        self.capitalUnit.setText(QCoreApplication.translate("RegistrationPage", u"\u4e07\u5143", None))
        self.contactLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u8054\u7cfb\u7535\u8bdd(&L)", None))
        self.repBox.setTitle(QCoreApplication.translate("RegistrationPage", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba\uff08\u8d1f\u8d23\u4eba\u3001\u7ecf\u8425\u8005\uff09", None))
        self.repNameLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u59d3\u540d(&R)", None))
        self.repIdLabel.setText(QCoreApplication.translate("RegistrationPage", u"\u8eab\u4efd\u8bc1\u53f7(&I)", None))
        self.repId.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"18\u4f4d\uff0c\u53ef\u7528\u8bfb\u5361\u5668\u8bfb\u53d6", None))
        self.scopeBox.setTitle(QCoreApplication.translate("RegistrationPage", u"\u7ecf\u8425\u8303\u56f4(&S)", None))
        self.businessScope.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"\u5404\u9879\u4e4b\u95f4\u7528\u201c\uff1b\u201d\u5206\u9694\uff0c\u5982 \u9910\u996e\u670d\u52a1\uff1b\u98df\u54c1\u9500\u552e\uff1b\u65e5\u7528\u767e\u8d27\u9500\u552e", None))
        self.investorsBox.setTitle(QCoreApplication.translate("RegistrationPage", u"\u80a1\u4e1c\uff08\u53d1\u8d77\u4eba\uff09\u53ca\u8ba4\u7f34\u51fa\u8d44", None))
        self.addInvestor.setText(QCoreApplication.translate("RegistrationPage", u"\u6dfb\u52a0\u80a1\u4e1c(&A)", None))
        self.removeInvestor.setText(QCoreApplication.translate("RegistrationPage", u"\u5220\u9664\u6240\u9009", None))
        self.noInvestors.setText(QCoreApplication.translate("RegistrationPage", u"\u4e2a\u4f53\u5de5\u5546\u6237\u548c\u519c\u6c11\u4e13\u4e1a\u5408\u4f5c\u793e\u65e0\u9700\u586b\u5199\u80a1\u4e1c\u3002", None))
        self.clearButton.setText(QCoreApplication.translate("RegistrationPage", u"\u6e05\u7a7a", None))
        self.fileButton.setText(QCoreApplication.translate("RegistrationPage", u"\u53d7\u7406\uff083\u4e2a\u5de5\u4f5c\u65e5\u5185\u529e\u7ed3\uff09", None))
#if QT_CONFIG(tooltip)
        self.fileButton.setToolTip(QCoreApplication.translate("RegistrationPage", u"\u6750\u6599\u9700\u6838\u5b9e\u65f6\u5148\u53d7\u7406\uff1a\u4fdd\u7559\u540d\u79f0\uff0c3\u4e2a\u5de5\u4f5c\u65e5\u5185\u5728\u201c\u5f85\u529e\u767b\u8bb0\u201d\u4e2d\u529e\u7ed3", None))
#endif // QT_CONFIG(tooltip)
        self.registerButton.setText(QCoreApplication.translate("RegistrationPage", u"\u767b\u8bb0\u5e76\u53d1\u7167 (Ctrl+Enter)", None))
        pass
    # retranslateUi

