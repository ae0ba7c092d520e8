# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gap_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_GapDialog(object):
    def setupUi(self, GapDialog):
        if not GapDialog.objectName():
            GapDialog.setObjectName(u"GapDialog")
        GapDialog.resize(560, 320)
        GapDialog.setModal(True)
        self.layout = QVBoxLayout(GapDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(GapDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.items = QTableWidget(GapDialog)
        self.items.setObjectName(u"items")
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.layout.addWidget(self.items)

        self.message = QLabel(GapDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(GapDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(GapDialog)

        QMetaObject.connectSlotsByName(GapDialog)
    # setupUi

    def retranslateUi(self, GapDialog):
        GapDialog.setWindowTitle(QCoreApplication.translate("GapDialog", u"\u5bb9\u7f3a\u53d7\u7406", None))
        self.intro.setText(QCoreApplication.translate("GapDialog", u"\u4ee5\u4e0b\u6750\u6599\u672a\u6536\u53d6\uff0c\u76ee\u5f55\u6807\u4e3a\u53ef\u5bb9\u7f3a\u3002\u7533\u8bf7\u4eba\u4e66\u9762\u627f\u8bfa\u5728\u6240\u586b\u65e5\u671f\u524d\u8865\u4ea4\u7684\uff0c\u53ef\u4ee5\u5bb9\u7f3a\u53d7\u7406\uff1a\u627f\u8bfa\u8865\u4ea4\u65e5\u671f\u5370\u5728\u53d7\u7406\u901a\u77e5\u4e66\u4e0a\uff0c\u8865\u4ea4\uff08\u6216\u7ecf\u79d1\u957f\u514d\u4e8e\u8865\u4ea4\uff09\u524d\u4e0d\u4f5c\u51fa\u5ba1\u6279\u51b3\u5b9a\u3002", None))
    # retranslateUi

