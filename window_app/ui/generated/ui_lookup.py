# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lookup.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_LookupPage(object):
    def setupUi(self, LookupPage):
        if not LookupPage.objectName():
            LookupPage.setObjectName(u"LookupPage")
        LookupPage.resize(1000, 560)
        self.layout = QVBoxLayout(LookupPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(10)
        self.topRow.setObjectName(u"topRow")
        self.queryLabel = QLabel(LookupPage)
        self.queryLabel.setObjectName(u"queryLabel")

        self.topRow.addWidget(self.queryLabel)

        self.query = QLineEdit(LookupPage)
        self.query.setObjectName(u"query")
        self.query.setClearButtonEnabled(True)

        self.topRow.addWidget(self.query)

        self.searchButton = QPushButton(LookupPage)
        self.searchButton.setObjectName(u"searchButton")

        self.topRow.addWidget(self.searchButton)


        self.layout.addLayout(self.topRow)

        self.message = QLabel(LookupPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.table = QTableView(LookupPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.queryLabel.setBuddy(self.query)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.query, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.table)

        self.retranslateUi(LookupPage)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(LookupPage)
    # setupUi

    def retranslateUi(self, LookupPage):
        self.queryLabel.setText(QCoreApplication.translate("LookupPage", u"\u67e5\u627e(&Q)", None))
        self.query.setPlaceholderText(QCoreApplication.translate("LookupPage", u"\u7533\u8bf7\u7f16\u53f7\u3001\u7533\u8bf7\u4eba\u540d\u79f0\u3001\u8eab\u4efd\u8bc1\u53f7\u3001\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u6216\u7535\u8bdd", None))
        self.searchButton.setText(QCoreApplication.translate("LookupPage", u"\u67e5\u627e", None))
        pass
    # retranslateUi

