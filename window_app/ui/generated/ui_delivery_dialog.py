# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delivery_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DeliveryDialog(object):
    def setupUi(self, DeliveryDialog):
        if not DeliveryDialog.objectName():
            DeliveryDialog.setObjectName(u"DeliveryDialog")
        DeliveryDialog.resize(520, 300)
        DeliveryDialog.setModal(True)
        self.layout = QVBoxLayout(DeliveryDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.methodLabel = QLabel(DeliveryDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(DeliveryDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method)

        self.collectedByLabel = QLabel(DeliveryDialog)
        self.collectedByLabel.setObjectName(u"collectedByLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.collectedByLabel)

        self.collectedBy = QLineEdit(DeliveryDialog)
        self.collectedBy.setObjectName(u"collectedBy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.collectedBy)

        self.collectedByError = QLabel(DeliveryDialog)
        self.collectedByError.setObjectName(u"collectedByError")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collectedByError)

        self.collectedByIdLabel = QLabel(DeliveryDialog)
        self.collectedByIdLabel.setObjectName(u"collectedByIdLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.collectedByIdLabel)

        self.collectedById = QLineEdit(DeliveryDialog)
        self.collectedById.setObjectName(u"collectedById")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.collectedById)

        self.collectedByIdError = QLabel(DeliveryDialog)
        self.collectedByIdError.setObjectName(u"collectedByIdError")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.collectedByIdError)

        self.trackingNumberLabel = QLabel(DeliveryDialog)
        self.trackingNumberLabel.setObjectName(u"trackingNumberLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.trackingNumberLabel)

        self.trackingNumber = QLineEdit(DeliveryDialog)
        self.trackingNumber.setObjectName(u"trackingNumber")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.trackingNumber)

        self.trackingNumberError = QLabel(DeliveryDialog)
        self.trackingNumberError.setObjectName(u"trackingNumberError")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.trackingNumberError)

        self.addressLabel = QLabel(DeliveryDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(DeliveryDialog)
        self.address.setObjectName(u"address")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address)

        self.addressError = QLabel(DeliveryDialog)
        self.addressError.setObjectName(u"addressError")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressError)


        self.layout.addLayout(self.form)

        self.message = QLabel(DeliveryDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(DeliveryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.method)
        self.collectedByLabel.setBuddy(self.collectedBy)
        self.collectedByIdLabel.setBuddy(self.collectedById)
        self.trackingNumberLabel.setBuddy(self.trackingNumber)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeliveryDialog)

        QMetaObject.connectSlotsByName(DeliveryDialog)
    # setupUi

    def retranslateUi(self, DeliveryDialog):
        DeliveryDialog.setWindowTitle(QCoreApplication.translate("DeliveryDialog", u"\u9001\u8fbe", None))
        self.methodLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u9001\u8fbe\u65b9\u5f0f(&M)", None))
        self.collectedByLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u9886\u53d6\u4eba(&N)", None))
        self.collectedByIdLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u9886\u53d6\u4eba\u8bc1\u4ef6\u53f7(&I)", None))
        self.collectedById.setPlaceholderText(QCoreApplication.translate("DeliveryDialog", u"\u5237\u8eab\u4efd\u8bc1\u6216\u8f93\u516518\u4f4d\u53f7\u7801", None))
        self.trackingNumberLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u90ae\u4ef6\u5355\u53f7(&T)", None))
        self.addressLabel.setText(QCoreApplication.translate("DeliveryDialog", u"\u5730\u5740/\u90ae\u7bb1(&A)", None))
    # retranslateUi

