# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'licence_print.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDoubleSpinBox,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LicencePrintDialog(object):
    def setupUi(self, LicencePrintDialog):
        if not LicencePrintDialog.objectName():
            LicencePrintDialog.setObjectName(u"LicencePrintDialog")
        LicencePrintDialog.resize(1100, 860)
        self.layout = QVBoxLayout(LicencePrintDialog)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setSpacing(10)
        self.topRow.setObjectName(u"topRow")
        self.usccLabel = QLabel(LicencePrintDialog)
        self.usccLabel.setObjectName(u"usccLabel")

        self.topRow.addWidget(self.usccLabel)

        self.uscc = QLineEdit(LicencePrintDialog)
        self.uscc.setObjectName(u"uscc")
        self.uscc.setMaxLength(18)
        self.uscc.setMinimumWidth(220)

        self.topRow.addWidget(self.uscc)

        self.facsimile = QRadioButton(LicencePrintDialog)
        self.facsimile.setObjectName(u"facsimile")
        self.facsimile.setChecked(True)

        self.topRow.addWidget(self.facsimile)

        self.overlay = QRadioButton(LicencePrintDialog)
        self.overlay.setObjectName(u"overlay")

        self.topRow.addWidget(self.overlay)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.enterprise = QLabel(LicencePrintDialog)
        self.enterprise.setObjectName(u"enterprise")
        self.enterprise.setStyleSheet(u"font-weight: bold;")

        self.topRow.addWidget(self.enterprise)


        self.layout.addLayout(self.topRow)

        self.usccError = QLabel(LicencePrintDialog)
        self.usccError.setObjectName(u"usccError")

        self.layout.addWidget(self.usccError)

        self.viewHolder = QWidget(LicencePrintDialog)
        self.viewHolder.setObjectName(u"viewHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewHolder.sizePolicy().hasHeightForWidth())
        self.viewHolder.setSizePolicy(sizePolicy)
        self.viewLayout = QVBoxLayout(self.viewHolder)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.viewHolder)

        self.calibrationBox = QGroupBox(LicencePrintDialog)
        self.calibrationBox.setObjectName(u"calibrationBox")
        self.calibrationRow = QHBoxLayout(self.calibrationBox)
        self.calibrationRow.setObjectName(u"calibrationRow")
        self.printerLabel = QLabel(self.calibrationBox)
        self.printerLabel.setObjectName(u"printerLabel")

        self.calibrationRow.addWidget(self.printerLabel)

        self.printer = QComboBox(self.calibrationBox)
        self.printer.setObjectName(u"printer")
        self.printer.setEditable(True)
        self.printer.setMinimumWidth(200)

        self.calibrationRow.addWidget(self.printer)

        self.testPageButton = QPushButton(self.calibrationBox)
        self.testPageButton.setObjectName(u"testPageButton")

        self.calibrationRow.addWidget(self.testPageButton)

        self.dxLabel = QLabel(self.calibrationBox)
        self.dxLabel.setObjectName(u"dxLabel")

        self.calibrationRow.addWidget(self.dxLabel)

        self.dx = QDoubleSpinBox(self.calibrationBox)
        self.dx.setObjectName(u"dx")
        self.dx.setDecimals(1)
        self.dx.setMinimum(-30.000000000000000)
        self.dx.setMaximum(30.000000000000000)
        self.dx.setSingleStep(0.500000000000000)

        self.calibrationRow.addWidget(self.dx)

        self.dyLabel = QLabel(self.calibrationBox)
        self.dyLabel.setObjectName(u"dyLabel")

        self.calibrationRow.addWidget(self.dyLabel)

        self.dy = QDoubleSpinBox(self.calibrationBox)
        self.dy.setObjectName(u"dy")
        self.dy.setDecimals(1)
        self.dy.setMinimum(-30.000000000000000)
        self.dy.setMaximum(30.000000000000000)
        self.dy.setSingleStep(0.500000000000000)

        self.calibrationRow.addWidget(self.dy)

        self.saveOffsetButton = QPushButton(self.calibrationBox)
        self.saveOffsetButton.setObjectName(u"saveOffsetButton")

        self.calibrationRow.addWidget(self.saveOffsetButton)

        self.calibrationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calibrationRow.addItem(self.calibrationSpacer)


        self.layout.addWidget(self.calibrationBox)

        self.message = QLabel(LicencePrintDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.offsetInfo = QLabel(LicencePrintDialog)
        self.offsetInfo.setObjectName(u"offsetInfo")
        self.offsetInfo.setStyleSheet(u"color: #666;")

        self.buttonRow.addWidget(self.offsetInfo)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.referralButton = QPushButton(LicencePrintDialog)
        self.referralButton.setObjectName(u"referralButton")

        self.buttonRow.addWidget(self.referralButton)

        self.printButton = QPushButton(LicencePrintDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.closeButton = QPushButton(LicencePrintDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.usccLabel.setBuddy(self.uscc)
        self.printerLabel.setBuddy(self.printer)
        self.dxLabel.setBuddy(self.dx)
        self.dyLabel.setBuddy(self.dy)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.uscc, self.facsimile)
        QWidget.setTabOrder(self.facsimile, self.overlay)
        QWidget.setTabOrder(self.overlay, self.printButton)
        QWidget.setTabOrder(self.printButton, self.referralButton)
        QWidget.setTabOrder(self.referralButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.printer)
        QWidget.setTabOrder(self.printer, self.testPageButton)
        QWidget.setTabOrder(self.testPageButton, self.dx)
        QWidget.setTabOrder(self.dx, self.dy)
        QWidget.setTabOrder(self.dy, self.saveOffsetButton)

        self.retranslateUi(LicencePrintDialog)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(LicencePrintDialog)
    # setupUi

    def retranslateUi(self, LicencePrintDialog):
        LicencePrintDialog.setWindowTitle(QCoreApplication.translate("LicencePrintDialog", u"\u6253\u5370\u8425\u4e1a\u6267\u7167", None))
        self.usccLabel.setText(QCoreApplication.translate("LicencePrintDialog", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801(&U)", None))
        self.uscc.setPlaceholderText(QCoreApplication.translate("LicencePrintDialog", u"18\u4f4d\uff0c\u53ef\u626b\u63cf\u8425\u4e1a\u6267\u7167\u4e8c\u7ef4\u7801", None))
        self.facsimile.setText(QCoreApplication.translate("LicencePrintDialog", u"\u5b8c\u6574\u7248\u5f0f(&1)", None))
        self.overlay.setText(QCoreApplication.translate("LicencePrintDialog", u"\u5957\u6253\u5230\u6267\u7167\u7eb8(&2)", None))
        self.calibrationBox.setTitle(QCoreApplication.translate("LicencePrintDialog", u"\u5957\u6253\u4f4d\u7f6e\u6821\u51c6\uff08\u7cfb\u7edf\u7ba1\u7406\u5458\uff09", None))
        self.printerLabel.setText(QCoreApplication.translate("LicencePrintDialog", u"\u6253\u5370\u673a", None))
        self.testPageButton.setText(QCoreApplication.translate("LicencePrintDialog", u"\u6253\u5370\u6821\u51c6\u9875\u2026", None))
        self.dxLabel.setText(QCoreApplication.translate("LicencePrintDialog", u"\u53f3\u79fb", None))
        self.dx.setSuffix(QCoreApplication.translate("LicencePrintDialog", u" mm", None))
        self.dyLabel.setText(QCoreApplication.translate("LicencePrintDialog", u"\u4e0a\u79fb", None))
        self.dy.setSuffix(QCoreApplication.translate("LicencePrintDialog", u" mm", None))
        self.saveOffsetButton.setText(QCoreApplication.translate("LicencePrintDialog", u"\u4fdd\u5b58\u504f\u79fb", None))
        self.referralButton.setText(QCoreApplication.translate("LicencePrintDialog", u"\u53cc\u544a\u77e5\u4e66(&N)\u2026", None))
        self.printButton.setText(QCoreApplication.translate("LicencePrintDialog", u"\u6253\u5370(&P)\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("LicencePrintDialog", u"\u5173\u95ed", None))
    # retranslateUi

