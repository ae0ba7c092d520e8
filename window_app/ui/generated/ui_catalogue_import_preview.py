# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_import_preview.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CatalogueImportPreview(object):
    def setupUi(self, CatalogueImportPreview):
        if not CatalogueImportPreview.objectName():
            CatalogueImportPreview.setObjectName(u"CatalogueImportPreview")
        CatalogueImportPreview.resize(820, 620)
        self.layout = QVBoxLayout(CatalogueImportPreview)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(CatalogueImportPreview)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.changesTree = QTreeWidget(CatalogueImportPreview)
        self.changesTree.setObjectName(u"changesTree")
        self.changesTree.setColumnCount(2)

        self.layout.addWidget(self.changesTree)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.effectiveCheck = QCheckBox(CatalogueImportPreview)
        self.effectiveCheck.setObjectName(u"effectiveCheck")

        self.dateRow.addWidget(self.effectiveCheck)

        self.effectiveEdit = QDateEdit(CatalogueImportPreview)
        self.effectiveEdit.setObjectName(u"effectiveEdit")
        self.effectiveEdit.setEnabled(False)
        self.effectiveEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.effectiveEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.layout.addLayout(self.dateRow)

        self.buttons = QDialogButtonBox(CatalogueImportPreview)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(CatalogueImportPreview)

        QMetaObject.connectSlotsByName(CatalogueImportPreview)
    # setupUi

    def retranslateUi(self, CatalogueImportPreview):
        CatalogueImportPreview.setWindowTitle(QCoreApplication.translate("CatalogueImportPreview", u"\u5bfc\u5165\u4e8b\u9879\u76ee\u5f55 \u2014 \u53d8\u66f4\u9884\u89c8", None))
        ___qtreewidgetitem = self.changesTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CatalogueImportPreview", u"\u53d8\u5316", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CatalogueImportPreview", u"\u4e8b\u9879 / \u5b57\u6bb5", None))
        self.effectiveCheck.setText(QCoreApplication.translate("CatalogueImportPreview", u"\u6307\u5b9a\u65b0\u7248\u672c\u65bd\u884c\u65e5\u671f(&D)", None))
        self.effectiveEdit.setDisplayFormat(QCoreApplication.translate("CatalogueImportPreview", u"yyyy-MM-dd", None))
    # retranslateUi

