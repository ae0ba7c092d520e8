# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'licence_exchange.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QWidget)

class Ui_ExchangeBox(object):
    def setupUi(self, ExchangeBox):
        if not ExchangeBox.objectName():
            ExchangeBox.setObjectName(u"ExchangeBox")
        self.grid = QGridLayout(ExchangeBox)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.oldNumberLabel = QLabel(ExchangeBox)
        self.oldNumberLabel.setObjectName(u"oldNumberLabel")

        self.grid.addWidget(self.oldNumberLabel, 0, 0, 1, 1)

        self.oldNumber = QLineEdit(ExchangeBox)
        self.oldNumber.setObjectName(u"oldNumber")
        self.oldNumber.setMaxLength(15)

        self.grid.addWidget(self.oldNumber, 0, 1, 1, 1)

        self.orgCodeLabel = QLabel(ExchangeBox)
        self.orgCodeLabel.setObjectName(u"orgCodeLabel")

        self.grid.addWidget(self.orgCodeLabel, 0, 2, 1, 1)

        self.orgCode = QLineEdit(ExchangeBox)
        self.orgCode.setObjectName(u"orgCode")
        self.orgCode.setMaxLength(10)

        self.grid.addWidget(self.orgCode, 0, 3, 1, 1)

        self.oldNumberError = QLabel(ExchangeBox)
        self.oldNumberError.setObjectName(u"oldNumberError")

        self.grid.addWidget(self.oldNumberError, 1, 1, 1, 1)

        self.orgCodeError = QLabel(ExchangeBox)
        self.orgCodeError.setObjectName(u"orgCodeError")

        self.grid.addWidget(self.orgCodeError, 1, 3, 1, 1)

        self.taxNumberLabel = QLabel(ExchangeBox)
        self.taxNumberLabel.setObjectName(u"taxNumberLabel")

        self.grid.addWidget(self.taxNumberLabel, 2, 0, 1, 1)

        self.taxNumber = QLineEdit(ExchangeBox)
        self.taxNumber.setObjectName(u"taxNumber")
        self.taxNumber.setMaxLength(20)

        self.grid.addWidget(self.taxNumber, 2, 1, 1, 1)

        self.establishedLabel = QLabel(ExchangeBox)
        self.establishedLabel.setObjectName(u"establishedLabel")

        self.grid.addWidget(self.establishedLabel, 2, 2, 1, 1)

        self.establishedOn = QDateEdit(ExchangeBox)
        self.establishedOn.setObjectName(u"establishedOn")
        self.establishedOn.setDisplayFormat(u"yyyy-MM-dd")
        self.establishedOn.setCalendarPopup(True)

        self.grid.addWidget(self.establishedOn, 2, 3, 1, 1)

        self.taxNumberError = QLabel(ExchangeBox)
        self.taxNumberError.setObjectName(u"taxNumberError")

        self.grid.addWidget(self.taxNumberError, 3, 1, 1, 1)

        self.usccPreview = QLabel(ExchangeBox)
        self.usccPreview.setObjectName(u"usccPreview")
        self.usccPreview.setWordWrap(True)
        self.usccPreview.setStyleSheet(u"color: #1b5e20;")

        self.grid.addWidget(self.usccPreview, 3, 3, 1, 1)

#if QT_CONFIG(shortcut)
        self.oldNumberLabel.setBuddy(self.oldNumber)
        self.orgCodeLabel.setBuddy(self.orgCode)
        self.taxNumberLabel.setBuddy(self.taxNumber)
        self.establishedLabel.setBuddy(self.establishedOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExchangeBox)

        QMetaObject.connectSlotsByName(ExchangeBox)
    # setupUi

    def retranslateUi(self, ExchangeBox):
        ExchangeBox.setTitle(QCoreApplication.translate("ExchangeBox", u"\u539f\u8bc1\u7167\uff08\u8425\u4e1a\u6267\u7167\u3001\u7ec4\u7ec7\u673a\u6784\u4ee3\u7801\u8bc1\u3001\u7a0e\u52a1\u767b\u8bb0\u8bc1\uff09", None))
        self.oldNumberLabel.setText(QCoreApplication.translate("ExchangeBox", u"\u539f\u6ce8\u518c\u53f7(&O)", None))
        self.oldNumber.setPlaceholderText(QCoreApplication.translate("ExchangeBox", u"15\u4f4d\u6570\u5b57", None))
        self.orgCodeLabel.setText(QCoreApplication.translate("ExchangeBox", u"\u7ec4\u7ec7\u673a\u6784\u4ee3\u7801(&G)", None))
        self.orgCode.setPlaceholderText(QCoreApplication.translate("ExchangeBox", u"XXXXXXXX-X", None))
        self.taxNumberLabel.setText(QCoreApplication.translate("ExchangeBox", u"\u7a0e\u52a1\u767b\u8bb0\u53f7(&X)", None))
        self.taxNumber.setPlaceholderText(QCoreApplication.translate("ExchangeBox", u"15\u81f320\u4f4d", None))
        self.establishedLabel.setText(QCoreApplication.translate("ExchangeBox", u"\u6210\u7acb\u65e5\u671f(&B)", None))
    # retranslateUi

