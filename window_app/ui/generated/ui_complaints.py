# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ComplaintsPage(object):
    def setupUi(self, ComplaintsPage):
        if not ComplaintsPage.objectName():
            ComplaintsPage.setObjectName(u"ComplaintsPage")
        ComplaintsPage.resize(1200, 640)
        self.layout = QVBoxLayout(ComplaintsPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(10)
        self.topRow.setObjectName(u"topRow")
        self.title = QLabel(ComplaintsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.topRow.addWidget(self.title)

        self.subtitle = QLabel(ComplaintsPage)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setStyleSheet(u"color: #666;")

        self.topRow.addWidget(self.subtitle)

        self.summary = QLabel(ComplaintsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"color: #555;")

        self.topRow.addWidget(self.summary)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.spacer)

        self.filterLabel = QLabel(ComplaintsPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.topRow.addWidget(self.filterLabel)

        self.filter = QComboBox(ComplaintsPage)
        self.filter.setObjectName(u"filter")

        self.topRow.addWidget(self.filter)

        self.refreshButton = QPushButton(ComplaintsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)

        self.exportButton = QPushButton(ComplaintsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.topRow.addWidget(self.exportButton)

        self.exportPdfButton = QPushButton(ComplaintsPage)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.topRow.addWidget(self.exportPdfButton)


        self.layout.addLayout(self.topRow)

        self.splitter = QSplitter(ComplaintsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listSide = QWidget(self.splitter)
        self.listSide.setObjectName(u"listSide")
        self.listLayout = QVBoxLayout(self.listSide)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.listSide)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.table)

        self.detail = QLabel(self.listSide)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.listLayout.addWidget(self.detail)

        self.result = QLabel(self.listSide)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(u"color: #1b5e20;")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.listLayout.addWidget(self.result)

        self.message = QLabel(self.listSide)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.listLayout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.busy = QLabel(self.listSide)
        self.busy.setObjectName(u"busy")
        self.busy.setStyleSheet(u"color: #555;")

        self.buttonRow.addWidget(self.busy)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.phoneButton = QPushButton(self.listSide)
        self.phoneButton.setObjectName(u"phoneButton")

        self.buttonRow.addWidget(self.phoneButton)

        self.closeButton = QPushButton(self.listSide)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)

        self.assignButton = QPushButton(self.listSide)
        self.assignButton.setObjectName(u"assignButton")

        self.buttonRow.addWidget(self.assignButton)

        self.answerButton = QPushButton(self.listSide)
        self.answerButton.setObjectName(u"answerButton")

        self.buttonRow.addWidget(self.answerButton)


        self.listLayout.addLayout(self.buttonRow)

        self.splitter.addWidget(self.listSide)
        self.formBox = QGroupBox(self.splitter)
        self.formBox.setObjectName(u"formBox")
        self.formBox.setMaximumWidth(460)
        self.formBoxLayout = QVBoxLayout(self.formBox)
        self.formBoxLayout.setObjectName(u"formBoxLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(2)
        self.channelLabel = QLabel(self.formBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.formBox)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.channelError = QLabel(self.formBox)
        self.channelError.setObjectName(u"channelError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.nameLabel = QLabel(self.formBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.formBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(self.formBox)
        self.nameError.setObjectName(u"nameError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.phoneLabel = QLabel(self.formBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.formBox)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(24)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.formBox)
        self.phoneError.setObjectName(u"phoneError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.applicationLabel = QLabel(self.formBox)
        self.applicationLabel.setObjectName(u"applicationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.applicationLabel)

        self.application = QLineEdit(self.formBox)
        self.application.setObjectName(u"application")
        self.application.setMaxLength(32)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.application)

        self.applicationError = QLabel(self.formBox)
        self.applicationError.setObjectName(u"applicationError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.applicationError)

        self.windowLabel = QLabel(self.formBox)
        self.windowLabel.setObjectName(u"windowLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.windowLabel)

        self.window = QLineEdit(self.formBox)
        self.window.setObjectName(u"window")
        self.window.setMaxLength(16)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.window)

        self.windowError = QLabel(self.formBox)
        self.windowError.setObjectName(u"windowError")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.windowError)

        self.categoryLabel = QLabel(self.formBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.formBox)
        self.category.setObjectName(u"category")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.category)

        self.categoryError = QLabel(self.formBox)
        self.categoryError.setObjectName(u"categoryError")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.categoryError)

        self.contentLabel = QLabel(self.formBox)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.content = QPlainTextEdit(self.formBox)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(90)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.content)

        self.contentError = QLabel(self.formBox)
        self.contentError.setObjectName(u"contentError")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.contentError)

        self.receivedAtLabel = QLabel(self.formBox)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.receivedAtLabel)

        self.receivedAt = QDateTimeEdit(self.formBox)
        self.receivedAt.setObjectName(u"receivedAt")
        self.receivedAt.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.receivedAt.setCalendarPopup(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.receivedAt)

        self.receivedAtError = QLabel(self.formBox)
        self.receivedAtError.setObjectName(u"receivedAtError")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.receivedAtError)


        self.formBoxLayout.addLayout(self.form)

        self.formMessage = QLabel(self.formBox)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setStyleSheet(u"color: #c62828;")

        self.formBoxLayout.addWidget(self.formMessage)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formButtons.addItem(self.formSpacer)

        self.clearButton = QPushButton(self.formBox)
        self.clearButton.setObjectName(u"clearButton")

        self.formButtons.addWidget(self.clearButton)

        self.registerButton = QPushButton(self.formBox)
        self.registerButton.setObjectName(u"registerButton")

        self.formButtons.addWidget(self.registerButton)


        self.formBoxLayout.addLayout(self.formButtons)

        self.splitter.addWidget(self.formBox)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filter)
        self.channelLabel.setBuddy(self.channel)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
        self.applicationLabel.setBuddy(self.application)
        self.windowLabel.setBuddy(self.window)
        self.categoryLabel.setBuddy(self.category)
        self.contentLabel.setBuddy(self.content)
        self.receivedAtLabel.setBuddy(self.receivedAt)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.answerButton)
        QWidget.setTabOrder(self.answerButton, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.phoneButton)
        QWidget.setTabOrder(self.phoneButton, self.channel)
        QWidget.setTabOrder(self.channel, self.name)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.application)
        QWidget.setTabOrder(self.application, self.window)
        QWidget.setTabOrder(self.window, self.category)
        QWidget.setTabOrder(self.category, self.content)
        QWidget.setTabOrder(self.content, self.receivedAt)
        QWidget.setTabOrder(self.receivedAt, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.filter)
        QWidget.setTabOrder(self.filter, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.exportPdfButton)

        self.retranslateUi(ComplaintsPage)

        QMetaObject.connectSlotsByName(ComplaintsPage)
    # setupUi

    def retranslateUi(self, ComplaintsPage):
        self.title.setText(QCoreApplication.translate("ComplaintsPage", u"\u6295\u8bc9\u767b\u8bb0", None))
        self.filterLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u663e\u793a(&S)", None))
        self.refreshButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u5237\u65b0 (F5)", None))
        self.exportButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u5bfc\u51faExcel(&X)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ComplaintsPage", u"\u628a\u4e00\u6bb5\u671f\u95f4\u5185\u63a5\u6536\u7684\u6295\u8bc9\u5bfc\u51fa\u4e3aExcel\u5de5\u4f5c\u7c3f\uff08\u8054\u7cfb\u7535\u8bdd\u9690\u53bb\u4e2d\u95f4\u56db\u4f4d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u5bfc\u51faPDF(&U)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("ComplaintsPage", u"\u628a\u4e00\u6bb5\u671f\u95f4\u5185\u63a5\u6536\u7684\u6295\u8bc9\u5bfc\u51fa\u4e3aA4\u6295\u8bc9\u767b\u8bb0\u8868PDF\uff08\u8054\u7cfb\u7535\u8bdd\u9690\u53bb\u4e2d\u95f4\u56db\u4f4d\uff09\uff0c\u53ef\u6253\u5370\u5b58\u6863", None))
#endif // QT_CONFIG(tooltip)
        self.phoneButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u5b8c\u6574\u7535\u8bdd\u2026", None))
#if QT_CONFIG(tooltip)
        self.phoneButton.setToolTip(QCoreApplication.translate("ComplaintsPage", u"\u663e\u793a\u6295\u8bc9\u4eba\u7684\u5b8c\u6574\u7535\u8bdd\uff08\u987b\u586b\u5199\u7406\u7531\uff0c\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u4e0d\u5c5e\u5b9e\u5173\u95ed(&C)\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ComplaintsPage", u"\u7ecf\u6838\u67e5\u6295\u8bc9\u4e0d\u5c5e\u5b9e\uff1a\u5199\u660e\u7406\u7531\u540e\u5173\u95ed", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u8f6c\u529e(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("ComplaintsPage", u"\u4ea4\u7ed9\u4e00\u540d\u7a97\u53e3\u4eba\u5458\u6216\u7763\u67e5\u627f\u529e\uff08\u53ef\u6ce8\u660e\u79d1\u5ba4\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.answerButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u7b54\u590d(&R)\u2026", None))
#if QT_CONFIG(tooltip)
        self.answerButton.setToolTip(QCoreApplication.translate("ComplaintsPage", u"\u8bb0\u5f55\u7b54\u590d\u5185\u5bb9\u548c\u6295\u8bc9\u4eba\u7684\u6ee1\u610f\u5ea6", None))
#endif // QT_CONFIG(tooltip)
        self.formBox.setTitle(QCoreApplication.translate("ComplaintsPage", u"\u767b\u8bb0\u6295\u8bc9", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u6e20\u9053(&L)", None))
        self.nameLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u6295\u8bc9\u4eba(&N)", None))
        self.phoneLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u8054\u7cfb\u7535\u8bdd(&P)", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd\uff0c\u59820759-2345678", None))
        self.applicationLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u7533\u8bf7\u7f16\u53f7(&B)", None))
        self.application.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"\u53ef\u9009\uff1a\u88ab\u6295\u8bc9\u7684\u7533\u8bf7\uff0c\u598220261125-0042", None))
        self.windowLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u7a97\u53e3(&W)", None))
        self.window.setPlaceholderText(QCoreApplication.translate("ComplaintsPage", u"\u53ef\u9009\uff1a\u65e0\u7533\u8bf7\u7f16\u53f7\u65f6\u586b\u88ab\u6295\u8bc9\u7684\u7a97\u53e3\uff0c\u5982A01", None))
        self.categoryLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u7c7b\u522b(&G)", None))
        self.contentLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u6295\u8bc9\u5185\u5bb9(&O)", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("ComplaintsPage", u"\u63a5\u6536\u65f6\u95f4(&I)", None))
        self.clearButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u6e05\u7a7a(&E)", None))
        self.registerButton.setText(QCoreApplication.translate("ComplaintsPage", u"\u767b\u8bb0(&K)", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("ComplaintsPage", u"Ctrl+Enter", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

