# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'code_segments.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_CodeSegmentsPage(object):
    def setupUi(self, CodeSegmentsPage):
        if not CodeSegmentsPage.objectName():
            CodeSegmentsPage.setObjectName(u"CodeSegmentsPage")
        CodeSegmentsPage.resize(1100, 700)
        self.layout = QVBoxLayout(CodeSegmentsPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CodeSegmentsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.table = QTableView(CodeSegmentsPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.summary = QLabel(CodeSegmentsPage)
        self.summary.setObjectName(u"summary")

        self.layout.addWidget(self.summary)

        self.forms = QHBoxLayout()
        self.forms.setObjectName(u"forms")
        self.addBox = QGroupBox(CodeSegmentsPage)
        self.addBox.setObjectName(u"addBox")
        self.addForm = QFormLayout(self.addBox)
        self.addForm.setObjectName(u"addForm")
        self.addForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.segNameLabel = QLabel(self.addBox)
        self.segNameLabel.setObjectName(u"segNameLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.segNameLabel)

        self.segName = QLineEdit(self.addBox)
        self.segName.setObjectName(u"segName")

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.segName)

        self.prefixLabel = QLabel(self.addBox)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefix = QLineEdit(self.addBox)
        self.prefix.setObjectName(u"prefix")
        self.prefix.setMaxLength(7)

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefix)

        self.prefixError = QLabel(self.addBox)
        self.prefixError.setObjectName(u"prefixError")

        self.addForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.prefixError)

        self.firstLabel = QLabel(self.addBox)
        self.firstLabel.setObjectName(u"firstLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.rangeRow = QHBoxLayout()
        self.rangeRow.setObjectName(u"rangeRow")
        self.firstSerial = QLineEdit(self.addBox)
        self.firstSerial.setObjectName(u"firstSerial")
        self.firstSerial.setMaxLength(7)

        self.rangeRow.addWidget(self.firstSerial)

        self.dash = QLabel(self.addBox)
        self.dash.setObjectName(u"dash")
        self.dash.setText(u"\u2013")

        self.rangeRow.addWidget(self.dash)

        self.lastSerial = QLineEdit(self.addBox)
        self.lastSerial.setObjectName(u"lastSerial")
        self.lastSerial.setMaxLength(7)

        self.rangeRow.addWidget(self.lastSerial)


        self.addForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.rangeRow)

        self.rangeError = QLabel(self.addBox)
        self.rangeError.setObjectName(u"rangeError")

        self.addForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rangeError)

        self.segAuthorityLabel = QLabel(self.addBox)
        self.segAuthorityLabel.setObjectName(u"segAuthorityLabel")

        self.addForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.segAuthorityLabel)

        self.segAuthority = QComboBox(self.addBox)
        self.segAuthority.setObjectName(u"segAuthority")

        self.addForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.segAuthority)

        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")

        self.addForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.forms.addWidget(self.addBox)

        self.voidBox = QGroupBox(CodeSegmentsPage)
        self.voidBox.setObjectName(u"voidBox")
        self.voidForm = QFormLayout(self.voidBox)
        self.voidForm.setObjectName(u"voidForm")
        self.voidForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.bodyLabel = QLabel(self.voidBox)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.voidForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QLineEdit(self.voidBox)
        self.body.setObjectName(u"body")
        self.body.setMaxLength(10)

        self.voidForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body)

        self.bodyError = QLabel(self.voidBox)
        self.bodyError.setObjectName(u"bodyError")

        self.voidForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyError)

        self.reasonLabel = QLabel(self.voidBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.voidForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(self.voidBox)
        self.reason.setObjectName(u"reason")

        self.voidForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(self.voidBox)
        self.reasonError.setObjectName(u"reasonError")

        self.voidForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.voidButton = QPushButton(self.voidBox)
        self.voidButton.setObjectName(u"voidButton")

        self.voidForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.voidButton)


        self.forms.addWidget(self.voidBox)


        self.layout.addLayout(self.forms)

        self.message = QLabel(CodeSegmentsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.segNameLabel.setBuddy(self.segName)
        self.prefixLabel.setBuddy(self.prefix)
        self.firstLabel.setBuddy(self.firstSerial)
        self.segAuthorityLabel.setBuddy(self.segAuthority)
        self.bodyLabel.setBuddy(self.body)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CodeSegmentsPage)

        QMetaObject.connectSlotsByName(CodeSegmentsPage)
    # setupUi

    def retranslateUi(self, CodeSegmentsPage):
        self.title.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u7ec4\u7ec7\u673a\u6784\u4ee3\u7801\u53f7\u6bb5", None))
        self.addBox.setTitle(QCoreApplication.translate("CodeSegmentsPage", u"\u6dfb\u52a0\u53f7\u6bb5", None))
        self.segNameLabel.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u53f7\u6bb5\u540d\u79f0(&M)", None))
        self.segName.setPlaceholderText(QCoreApplication.translate("CodeSegmentsPage", u"\u5982 2026\u5e74\u7b2c\u4e00\u6279", None))
        self.prefixLabel.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u524d\u7f00(&P)", None))
        self.prefix.setPlaceholderText(QCoreApplication.translate("CodeSegmentsPage", u"\u5982 MA4W\uff08\u524d\u7f00\uff0b\u5e8f\u53f7\u51718\u4f4d\uff09", None))
        self.firstLabel.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u8d77\u6b62\u5e8f\u53f7(&R)", None))
        self.firstSerial.setPlaceholderText(QCoreApplication.translate("CodeSegmentsPage", u"0", None))
        self.lastSerial.setPlaceholderText(QCoreApplication.translate("CodeSegmentsPage", u"9999", None))
        self.segAuthorityLabel.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u9650\u767b\u8bb0\u673a\u5173", None))
        self.addButton.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u6dfb\u52a0\u53f7\u6bb5", None))
        self.voidBox.setTitle(QCoreApplication.translate("CodeSegmentsPage", u"\u4f5c\u5e9f\u4ee3\u7801", None))
        self.bodyLabel.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u4ee3\u7801\u672c\u4f53(&B)", None))
        self.body.setPlaceholderText(QCoreApplication.translate("CodeSegmentsPage", u"8\u4f4d\u672c\u4f53\u62169\u4f4d\u7ec4\u7ec7\u673a\u6784\u4ee3\u7801", None))
        self.reasonLabel.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u539f\u56e0(&Y)", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("CodeSegmentsPage", u"\u5982 \u7701\u7cfb\u7edf\u5df2\u53d1\u653e\u8be5\u4ee3\u7801", None))
        self.voidButton.setText(QCoreApplication.translate("CodeSegmentsPage", u"\u4f5c\u5e9f", None))
        pass
    # retranslateUi

