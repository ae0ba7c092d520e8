# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide_batch.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_GuideBatchDialog(object):
    def setupUi(self, GuideBatchDialog):
        if not GuideBatchDialog.objectName():
            GuideBatchDialog.setObjectName(u"GuideBatchDialog")
        self.layout = QVBoxLayout(GuideBatchDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.departmentLabel = QLabel(GuideBatchDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(GuideBatchDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.variantLabel = QLabel(GuideBatchDialog)
        self.variantLabel.setObjectName(u"variantLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.variantLabel)

        self.variantCombo = QComboBox(GuideBatchDialog)
        self.variantCombo.setObjectName(u"variantCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.variantCombo)

        self.englishCheck = QCheckBox(GuideBatchDialog)
        self.englishCheck.setObjectName(u"englishCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.englishCheck)

        self.dirLabel = QLabel(GuideBatchDialog)
        self.dirLabel.setObjectName(u"dirLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dirLabel)

        self.dirRow = QHBoxLayout()
        self.dirRow.setObjectName(u"dirRow")
        self.dirEdit = QLineEdit(GuideBatchDialog)
        self.dirEdit.setObjectName(u"dirEdit")

        self.dirRow.addWidget(self.dirEdit)

        self.browseButton = QPushButton(GuideBatchDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.dirRow.addWidget(self.browseButton)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dirRow)


        self.layout.addLayout(self.form)

        self.message = QLabel(GuideBatchDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(GuideBatchDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.variantLabel.setBuddy(self.variantCombo)
        self.dirLabel.setBuddy(self.dirEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GuideBatchDialog)

        QMetaObject.connectSlotsByName(GuideBatchDialog)
    # setupUi

    def retranslateUi(self, GuideBatchDialog):
        GuideBatchDialog.setWindowTitle(QCoreApplication.translate("GuideBatchDialog", u"\u6279\u91cf\u6253\u5370\u529e\u4e8b\u6307\u5357", None))
        self.departmentLabel.setText(QCoreApplication.translate("GuideBatchDialog", u"\u8303\u56f4(&R)\uff1a", None))
        self.variantLabel.setText(QCoreApplication.translate("GuideBatchDialog", u"\u7248\u5f0f(&V)\uff1a", None))
        self.englishCheck.setText(QCoreApplication.translate("GuideBatchDialog", u"\u9644\u82f1\u6587(&E)", None))
        self.dirLabel.setText(QCoreApplication.translate("GuideBatchDialog", u"\u4fdd\u5b58\u5230(&O)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("GuideBatchDialog", u"\u6d4f\u89c8(&B)\u2026", None))
    # retranslateUi

