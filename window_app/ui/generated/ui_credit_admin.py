# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_admin.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CreditListsPage(object):
    def setupUi(self, CreditListsPage):
        if not CreditListsPage.objectName():
            CreditListsPage.setObjectName(u"CreditListsPage")
        CreditListsPage.resize(1100, 700)
        self.layout = QVBoxLayout(CreditListsPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CreditListsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.showLabel = QLabel(CreditListsPage)
        self.showLabel.setObjectName(u"showLabel")

        self.filters.addWidget(self.showLabel)

        self.show = QComboBox(CreditListsPage)
        self.show.setObjectName(u"show")

        self.filters.addWidget(self.show)

        self.includeRemoved = QCheckBox(CreditListsPage)
        self.includeRemoved.setObjectName(u"includeRemoved")

        self.filters.addWidget(self.includeRemoved)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)

        self.summary = QLabel(CreditListsPage)
        self.summary.setObjectName(u"summary")

        self.filters.addWidget(self.summary)


        self.layout.addLayout(self.filters)

        self.table = QTableView(CreditListsPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.table)

        self.importBox = QGroupBox(CreditListsPage)
        self.importBox.setObjectName(u"importBox")
        self.importForm = QFormLayout(self.importBox)
        self.importForm.setObjectName(u"importForm")
        self.importForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.listLabel = QLabel(self.importBox)
        self.listLabel.setObjectName(u"listLabel")

        self.importForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.listLabel)

        self.listKind = QComboBox(self.importBox)
        self.listKind.setObjectName(u"listKind")

        self.importForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.listKind)

        self.sourceLabel = QLabel(self.importBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.importForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.source = QLineEdit(self.importBox)
        self.source.setObjectName(u"source")
        self.source.setMaxLength(200)

        self.importForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source)

        self.dateLabel = QLabel(self.importBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.importForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.listDate = QDateEdit(self.importBox)
        self.listDate.setObjectName(u"listDate")
        self.listDate.setCalendarPopup(True)
        self.listDate.setDisplayFormat(u"yyyy-MM-dd")

        self.importForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.listDate)

        self.formatHint = QLabel(self.importBox)
        self.formatHint.setObjectName(u"formatHint")
        self.formatHint.setWordWrap(True)

        self.importForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatHint)

        self.importButton = QPushButton(self.importBox)
        self.importButton.setObjectName(u"importButton")

        self.importForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.importButton)


        self.layout.addWidget(self.importBox)

        self.message = QLabel(CreditListsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.show)
        self.listLabel.setBuddy(self.listKind)
        self.sourceLabel.setBuddy(self.source)
        self.dateLabel.setBuddy(self.listDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreditListsPage)

        QMetaObject.connectSlotsByName(CreditListsPage)
    # setupUi

    def retranslateUi(self, CreditListsPage):
        self.title.setText(QCoreApplication.translate("CreditListsPage", u"\u4fe1\u7528\u540d\u5355\uff08\u5931\u4fe1\u540d\u5355\u3001\u7ecf\u8425\u5f02\u5e38\u540d\u5f55\uff09", None))
        self.showLabel.setText(QCoreApplication.translate("CreditListsPage", u"\u663e\u793a(&L)", None))
        self.includeRemoved.setText(QCoreApplication.translate("CreditListsPage", u"\u542b\u5df2\u79fb\u51fa\u7684\u6761\u76ee", None))
        self.importBox.setTitle(QCoreApplication.translate("CreditListsPage", u"\u5bfc\u5165\u540d\u5355", None))
        self.listLabel.setText(QCoreApplication.translate("CreditListsPage", u"\u540d\u5355(&K)", None))
        self.sourceLabel.setText(QCoreApplication.translate("CreditListsPage", u"\u6765\u6e90(&S)", None))
        self.source.setPlaceholderText(QCoreApplication.translate("CreditListsPage", u"\u5982 \u4fe1\u7528\u4e2d\u56fd\uff08\u5e7f\u4e1c\uff09\uff1b\u4e0d\u586b\u5219\u4e3a\u6587\u4ef6\u540d", None))
        self.dateLabel.setText(QCoreApplication.translate("CreditListsPage", u"\u540d\u5355\u65e5\u671f(&D)", None))
        self.formatHint.setText(QCoreApplication.translate("CreditListsPage", u"CSV/TSV\uff08UTF-8\uff09\u6216xlsx\uff0c\u6bcf\u884c\u4e00\u6761\uff1a\u4ee3\u7801\uff08\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u6216\u8eab\u4efd\u8bc1\u53f7\u7801\uff09\u3001\u540d\u79f0\u3001\u539f\u56e0\u3001\u8ba4\u5b9a\u673a\u5173\u3001\u5217\u5165\u65e5\u671f\u3001\u79fb\u51fa\u65e5\u671f\uff1b\u6709\u8868\u5934\u65f6\u6309\u5217\u540d\u8bc6\u522b\u3002", None))
        self.importButton.setText(QCoreApplication.translate("CreditListsPage", u"\u9009\u62e9\u6587\u4ef6\u5e76\u5bfc\u5165\u2026", None))
        pass
    # retranslateUi

