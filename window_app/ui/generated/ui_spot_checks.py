# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spot_checks.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_SpotChecksPage(object):
    def setupUi(self, SpotChecksPage):
        if not SpotChecksPage.objectName():
            SpotChecksPage.setObjectName(u"SpotChecksPage")
        SpotChecksPage.resize(1200, 760)
        self.layout = QVBoxLayout(SpotChecksPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SpotChecksPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.drawBox = QGroupBox(SpotChecksPage)
        self.drawBox.setObjectName(u"drawBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.drawBox.sizePolicy().hasHeightForWidth())
        self.drawBox.setSizePolicy(sizePolicy)
        self.drawForm = QFormLayout(self.drawBox)
        self.drawForm.setObjectName(u"drawForm")
        self.drawForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.populationLabel = QLabel(self.drawBox)
        self.populationLabel.setObjectName(u"populationLabel")

        self.drawForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.population = QComboBox(self.drawBox)
        self.population.setObjectName(u"population")

        self.drawForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.population)

        self.categoryLabel = QLabel(self.drawBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.drawForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.drawBox)
        self.category.setObjectName(u"category")

        self.drawForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category)

        self.authorityLabel = QLabel(self.drawBox)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.drawForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authority = QComboBox(self.drawBox)
        self.authority.setObjectName(u"authority")

        self.drawForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authority)

        self.useDates = QCheckBox(self.drawBox)
        self.useDates.setObjectName(u"useDates")

        self.drawForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.useDates)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.dateFrom = QDateEdit(self.drawBox)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.datesRow.addWidget(self.dateFrom)

        self.dash = QLabel(self.drawBox)
        self.dash.setObjectName(u"dash")
        self.dash.setText(u"\u2013")

        self.datesRow.addWidget(self.dash)

        self.dateTo = QDateEdit(self.drawBox)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"yyyy-MM-dd")

        self.datesRow.addWidget(self.dateTo)


        self.drawForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.datesError = QLabel(self.drawBox)
        self.datesError.setObjectName(u"datesError")

        self.drawForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.datesError)

        self.sizeKind = QComboBox(self.drawBox)
        self.sizeKind.setObjectName(u"sizeKind")

        self.drawForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sizeKind)

        self.size = QLineEdit(self.drawBox)
        self.size.setObjectName(u"size")
        self.size.setMaxLength(8)

        self.drawForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.size)

        self.sizeError = QLabel(self.drawBox)
        self.sizeError.setObjectName(u"sizeError")

        self.drawForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sizeError)

        self.rolesLabel = QLabel(self.drawBox)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.drawForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesRow = QHBoxLayout()
        self.rolesRow.setObjectName(u"rolesRow")
        self.roleClerk = QCheckBox(self.drawBox)
        self.roleClerk.setObjectName(u"roleClerk")
        self.roleClerk.setChecked(True)

        self.rolesRow.addWidget(self.roleClerk)

        self.roleSupervisor = QCheckBox(self.drawBox)
        self.roleSupervisor.setObjectName(u"roleSupervisor")
        self.roleSupervisor.setChecked(True)

        self.rolesRow.addWidget(self.roleSupervisor)

        self.roleAdmin = QCheckBox(self.drawBox)
        self.roleAdmin.setObjectName(u"roleAdmin")

        self.rolesRow.addWidget(self.roleAdmin)


        self.drawForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.rolesRow)

        self.rolesError = QLabel(self.drawBox)
        self.rolesError.setObjectName(u"rolesError")

        self.drawForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rolesError)

        self.seedLabel = QLabel(self.drawBox)
        self.seedLabel.setObjectName(u"seedLabel")

        self.drawForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.seedLabel)

        self.seed = QLineEdit(self.drawBox)
        self.seed.setObjectName(u"seed")
        self.seed.setMaxLength(200)

        self.drawForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.seed)

        self.drawButton = QPushButton(self.drawBox)
        self.drawButton.setObjectName(u"drawButton")

        self.drawForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.drawButton)

        self.rule = QLabel(self.drawBox)
        self.rule.setObjectName(u"rule")
        self.rule.setWordWrap(True)

        self.drawForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.rule)


        self.body.addWidget(self.drawBox)

        self.tables = QSplitter(SpotChecksPage)
        self.tables.setObjectName(u"tables")
        self.tables.setOrientation(Qt.Orientation.Vertical)
        self.plansPane = QWidget(self.tables)
        self.plansPane.setObjectName(u"plansPane")
        self.plansLayout = QVBoxLayout(self.plansPane)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansLayout.setContentsMargins(0, 0, 0, 0)
        self.plansLabel = QLabel(self.plansPane)
        self.plansLabel.setObjectName(u"plansLabel")

        self.plansLayout.addWidget(self.plansLabel)

        self.plans = QTableView(self.plansPane)
        self.plans.setObjectName(u"plans")
        self.plans.setAlternatingRowColors(True)
        self.plans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plans.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.plansLayout.addWidget(self.plans)

        self.tables.addWidget(self.plansPane)
        self.picksPane = QWidget(self.tables)
        self.picksPane.setObjectName(u"picksPane")
        self.picksLayout = QVBoxLayout(self.picksPane)
        self.picksLayout.setObjectName(u"picksLayout")
        self.picksLayout.setContentsMargins(0, 0, 0, 0)
        self.planDetail = QLabel(self.picksPane)
        self.planDetail.setObjectName(u"planDetail")
        self.planDetail.setWordWrap(True)
        self.planDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.picksLayout.addWidget(self.planDetail)

        self.picks = QTableView(self.picksPane)
        self.picks.setObjectName(u"picks")
        self.picks.setAlternatingRowColors(True)
        self.picks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.picks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.picksLayout.addWidget(self.picks)

        self.resultRow = QHBoxLayout()
        self.resultRow.setObjectName(u"resultRow")
        self.resultLabel = QLabel(self.picksPane)
        self.resultLabel.setObjectName(u"resultLabel")

        self.resultRow.addWidget(self.resultLabel)

        self.result = QComboBox(self.picksPane)
        self.result.setObjectName(u"result")

        self.resultRow.addWidget(self.result)

        self.note = QLineEdit(self.picksPane)
        self.note.setObjectName(u"note")

        self.resultRow.addWidget(self.note)

        self.recordButton = QPushButton(self.picksPane)
        self.recordButton.setObjectName(u"recordButton")

        self.resultRow.addWidget(self.recordButton)

        self.verifyButton = QPushButton(self.picksPane)
        self.verifyButton.setObjectName(u"verifyButton")

        self.resultRow.addWidget(self.verifyButton)

        self.printButton = QPushButton(self.picksPane)
        self.printButton.setObjectName(u"printButton")

        self.resultRow.addWidget(self.printButton)


        self.picksLayout.addLayout(self.resultRow)

        self.noteError = QLabel(self.picksPane)
        self.noteError.setObjectName(u"noteError")

        self.picksLayout.addWidget(self.noteError)

        self.tables.addWidget(self.picksPane)

        self.body.addWidget(self.tables)


        self.layout.addLayout(self.body)

        self.message = QLabel(SpotChecksPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.populationLabel.setBuddy(self.population)
        self.categoryLabel.setBuddy(self.category)
        self.authorityLabel.setBuddy(self.authority)
        self.seedLabel.setBuddy(self.seed)
        self.resultLabel.setBuddy(self.result)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpotChecksPage)

        QMetaObject.connectSlotsByName(SpotChecksPage)
    # setupUi

    def retranslateUi(self, SpotChecksPage):
        self.title.setText(QCoreApplication.translate("SpotChecksPage", u"\u53cc\u968f\u673a\u62bd\u67e5", None))
        self.drawBox.setTitle(QCoreApplication.translate("SpotChecksPage", u"\u62bd\u53d6\u68c0\u67e5\u5bf9\u8c61\u4e0e\u68c0\u67e5\u4eba\u5458", None))
        self.populationLabel.setText(QCoreApplication.translate("SpotChecksPage", u"\u62bd\u67e5\u5bf9\u8c61(&O)", None))
        self.categoryLabel.setText(QCoreApplication.translate("SpotChecksPage", u"\u4e3b\u4f53\u7c7b\u522b(&K)", None))
        self.authorityLabel.setText(QCoreApplication.translate("SpotChecksPage", u"\u767b\u8bb0\u673a\u5173(&A)", None))
        self.useDates.setText(QCoreApplication.translate("SpotChecksPage", u"\u65e5\u671f\u8303\u56f4(&D)", None))
        self.size.setPlaceholderText(QCoreApplication.translate("SpotChecksPage", u"\u5982 5\uff0c\u6216\u6bd4\u4f8b 3.5", None))
        self.rolesLabel.setText(QCoreApplication.translate("SpotChecksPage", u"\u68c0\u67e5\u4eba\u5458", None))
        self.roleClerk.setText(QCoreApplication.translate("SpotChecksPage", u"\u7a97\u53e3\u4eba\u5458", None))
        self.roleSupervisor.setText(QCoreApplication.translate("SpotChecksPage", u"\u7763\u67e5/\u79d1\u5ba4\u8d1f\u8d23\u4eba", None))
        self.roleAdmin.setText(QCoreApplication.translate("SpotChecksPage", u"\u7cfb\u7edf\u7ba1\u7406\u5458", None))
        self.seedLabel.setText(QCoreApplication.translate("SpotChecksPage", u"\u968f\u673a\u79cd\u5b50(&S)", None))
        self.seed.setPlaceholderText(QCoreApplication.translate("SpotChecksPage", u"\u7559\u7a7a\uff1a\u8ba1\u5212\u7f16\u53f7/\u62bd\u53d6\u65e5\u671f", None))
        self.drawButton.setText(QCoreApplication.translate("SpotChecksPage", u"\u62bd\u53d6(&R)", None))
        self.rule.setText(QCoreApplication.translate("SpotChecksPage", u"\u6309 SHA-256(\u79cd\u5b50\u2016\u7f16\u53f7) \u6392\u5e8f\u62bd\u53d6\u5bf9\u8c61\uff1b\u6bcf\u4e2a\u5bf9\u8c61\u968f\u673a\u6307\u6d3e\u4e24\u540d\u68c0\u67e5\u4eba\u5458\uff0c\u7ecf\u529e\u4eba\u5458\u56de\u907f\u3002\u4efb\u4f55\u4eba\u53ef\u51ed\u8ba1\u5212\u7684\u6761\u4ef6\u3001\u79cd\u5b50\u548c\u4eba\u5458\u540d\u5355\u590d\u6838\u3002", None))
        self.plansLabel.setText(QCoreApplication.translate("SpotChecksPage", u"\u62bd\u67e5\u8ba1\u5212", None))
        self.resultLabel.setText(QCoreApplication.translate("SpotChecksPage", u"\u68c0\u67e5\u7ed3\u679c(&J)", None))
        self.note.setPlaceholderText(QCoreApplication.translate("SpotChecksPage", u"\u53d1\u73b0\u95ee\u9898\u65f6\u586b\u5199\u95ee\u9898\u8bf4\u660e", None))
        self.recordButton.setText(QCoreApplication.translate("SpotChecksPage", u"\u767b\u8bb0\u7ed3\u679c", None))
        self.verifyButton.setText(QCoreApplication.translate("SpotChecksPage", u"\u590d\u6838\u62bd\u53d6(&V)", None))
        self.printButton.setText(QCoreApplication.translate("SpotChecksPage", u"\u516c\u793a PDF(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("SpotChecksPage", u"\u4fdd\u5b58\u672c\u8ba1\u5212\u7684\u516c\u793a\u6587\u4ef6\uff08\u62bd\u53d6\u6761\u4ef6\u3001\u968f\u673a\u79cd\u5b50\u3001\u62bd\u53d6\u7ed3\u679c\u548c\u590d\u6838\u65b9\u6cd5\uff09", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

