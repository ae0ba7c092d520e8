# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_browser.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_CatalogueBrowser(object):
    def setupUi(self, CatalogueBrowser):
        if not CatalogueBrowser.objectName():
            CatalogueBrowser.setObjectName(u"CatalogueBrowser")
        self.layout = QVBoxLayout(CatalogueBrowser)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchLabel = QLabel(CatalogueBrowser)
        self.searchLabel.setObjectName(u"searchLabel")

        self.topRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CatalogueBrowser)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topRow.addWidget(self.searchEdit)

        self.guideButton = QPushButton(CatalogueBrowser)
        self.guideButton.setObjectName(u"guideButton")

        self.topRow.addWidget(self.guideButton)

        self.listingButton = QPushButton(CatalogueBrowser)
        self.listingButton.setObjectName(u"listingButton")

        self.topRow.addWidget(self.listingButton)

        self.importButton = QPushButton(CatalogueBrowser)
        self.importButton.setObjectName(u"importButton")

        self.topRow.addWidget(self.importButton)


        self.layout.addLayout(self.topRow)

        self.splitter = QSplitter(CatalogueBrowser)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.mattersView = QTableView(self.splitter)
        self.mattersView.setObjectName(u"mattersView")
        self.mattersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mattersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mattersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.mattersView)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.versionsLabel = QLabel(self.detail)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.detailLayout.addWidget(self.versionsLabel)

        self.versionsView = QTableView(self.detail)
        self.versionsView.setObjectName(u"versionsView")
        self.versionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detailLayout.addWidget(self.versionsView)

        self.diffRow = QHBoxLayout()
        self.diffRow.setObjectName(u"diffRow")
        self.fromLabel = QLabel(self.detail)
        self.fromLabel.setObjectName(u"fromLabel")

        self.diffRow.addWidget(self.fromLabel)

        self.fromCombo = QComboBox(self.detail)
        self.fromCombo.setObjectName(u"fromCombo")

        self.diffRow.addWidget(self.fromCombo)

        self.toLabel = QLabel(self.detail)
        self.toLabel.setObjectName(u"toLabel")

        self.diffRow.addWidget(self.toLabel)

        self.toCombo = QComboBox(self.detail)
        self.toCombo.setObjectName(u"toCombo")

        self.diffRow.addWidget(self.toCombo)

        self.diffButton = QPushButton(self.detail)
        self.diffButton.setObjectName(u"diffButton")

        self.diffRow.addWidget(self.diffButton)

        self.diffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.diffRow.addItem(self.diffSpacer)


        self.detailLayout.addLayout(self.diffRow)

        self.diffView = QTextBrowser(self.detail)
        self.diffView.setObjectName(u"diffView")

        self.detailLayout.addWidget(self.diffView)

        self.detailLayout.setStretch(1, 1)
        self.detailLayout.setStretch(3, 2)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

        self.message = QLabel(CatalogueBrowser)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.versionsLabel.setBuddy(self.versionsView)
        self.fromLabel.setBuddy(self.fromCombo)
        self.toLabel.setBuddy(self.toCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CatalogueBrowser)

        QMetaObject.connectSlotsByName(CatalogueBrowser)
    # setupUi

    def retranslateUi(self, CatalogueBrowser):
        CatalogueBrowser.setWindowTitle(QCoreApplication.translate("CatalogueBrowser", u"\u4e8b\u9879\u76ee\u5f55", None))
        self.searchLabel.setText(QCoreApplication.translate("CatalogueBrowser", u"\u67e5\u627e(&S)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CatalogueBrowser", u"\u4e8b\u9879\u540d\u79f0\u3001\u7f16\u7801\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\uff08\u5982 spjy\uff09", None))
        self.guideButton.setText(QCoreApplication.translate("CatalogueBrowser", u"\u6253\u5370\u529e\u4e8b\u6307\u5357(&G)\u2026", None))
        self.listingButton.setText(QCoreApplication.translate("CatalogueBrowser", u"\u6253\u5370\u76ee\u5f55\u6e05\u5355\u3001\u6536\u8d39\u76ee\u5f55\u548c\u4e2d\u4ecb\u670d\u52a1(&L)\u2026", None))
        self.importButton.setText(QCoreApplication.translate("CatalogueBrowser", u"\u5bfc\u5165\u76ee\u5f55(&I)\u2026", None))
        self.versionsLabel.setText(QCoreApplication.translate("CatalogueBrowser", u"\u7248\u672c(&V)", None))
        self.fromLabel.setText(QCoreApplication.translate("CatalogueBrowser", u"\u6bd4\u8f83 \u4ece(&F)", None))
        self.toLabel.setText(QCoreApplication.translate("CatalogueBrowser", u"\u5230(&T)", None))
        self.diffButton.setText(QCoreApplication.translate("CatalogueBrowser", u"\u6bd4\u8f83(&D)", None))
    # retranslateUi

