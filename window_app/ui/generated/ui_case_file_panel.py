# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_file_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CaseFilePanel(object):
    def setupUi(self, CaseFilePanel):
        if not CaseFilePanel.objectName():
            CaseFilePanel.setObjectName(u"CaseFilePanel")
        CaseFilePanel.resize(900, 300)
        self.layout = QVBoxLayout(CaseFilePanel)
        self.layout.setObjectName(u"layout")
        self.scans = QTableWidget(CaseFilePanel)
        self.scans.setObjectName(u"scans")
        self.scans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scans.horizontalHeader().setStretchLastSection(True)
        self.scans.verticalHeader().setVisible(False)

        self.layout.addWidget(self.scans)

        self.attachRow = QHBoxLayout()
        self.attachRow.setObjectName(u"attachRow")
        self.materialLabel = QLabel(CaseFilePanel)
        self.materialLabel.setObjectName(u"materialLabel")

        self.attachRow.addWidget(self.materialLabel)

        self.material = QComboBox(CaseFilePanel)
        self.material.setObjectName(u"material")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.material.sizePolicy().hasHeightForWidth())
        self.material.setSizePolicy(sizePolicy)

        self.attachRow.addWidget(self.material)

        self.fileButton = QPushButton(CaseFilePanel)
        self.fileButton.setObjectName(u"fileButton")

        self.attachRow.addWidget(self.fileButton)

        self.scanButton = QPushButton(CaseFilePanel)
        self.scanButton.setObjectName(u"scanButton")

        self.attachRow.addWidget(self.scanButton)


        self.layout.addLayout(self.attachRow)

        self.reuseRow = QHBoxLayout()
        self.reuseRow.setObjectName(u"reuseRow")
        self.offers = QLabel(CaseFilePanel)
        self.offers.setObjectName(u"offers")
        self.offers.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.offers.sizePolicy().hasHeightForWidth())
        self.offers.setSizePolicy(sizePolicy1)

        self.reuseRow.addWidget(self.offers)

        self.reuseButton = QPushButton(CaseFilePanel)
        self.reuseButton.setObjectName(u"reuseButton")

        self.reuseRow.addWidget(self.reuseButton)


        self.layout.addLayout(self.reuseRow)

        self.message = QLabel(CaseFilePanel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.materialLabel.setBuddy(self.material)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseFilePanel)

        QMetaObject.connectSlotsByName(CaseFilePanel)
    # setupUi

    def retranslateUi(self, CaseFilePanel):
        self.materialLabel.setText(QCoreApplication.translate("CaseFilePanel", u"\u6750\u6599(&M)", None))
        self.fileButton.setText(QCoreApplication.translate("CaseFilePanel", u"\u4ece\u6587\u4ef6\u9644\u52a0\u2026", None))
        self.scanButton.setText(QCoreApplication.translate("CaseFilePanel", u"\u626b\u63cf\u4e00\u9875", None))
        self.reuseButton.setText(QCoreApplication.translate("CaseFilePanel", u"\u590d\u7528\u6b64\u524d\u6750\u6599", None))
        pass
    # retranslateUi

