# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_assign_dialog.ui'
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

class Ui_ComplaintAssignDialog(object):
    def setupUi(self, ComplaintAssignDialog):
        if not ComplaintAssignDialog.objectName():
            ComplaintAssignDialog.setObjectName(u"ComplaintAssignDialog")
        ComplaintAssignDialog.resize(520, 240)
        ComplaintAssignDialog.setModal(True)
        self.layout = QVBoxLayout(ComplaintAssignDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ComplaintAssignDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.handlerLabel = QLabel(ComplaintAssignDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handler = QComboBox(ComplaintAssignDialog)
        self.handler.setObjectName(u"handler")
        self.handler.setMinimumWidth(300)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handler)

        self.handlerError = QLabel(ComplaintAssignDialog)
        self.handlerError.setObjectName(u"handlerError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.handlerError)

        self.departmentLabel = QLabel(ComplaintAssignDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(ComplaintAssignDialog)
        self.department.setObjectName(u"department")
        self.department.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.department)

        self.departmentError = QLabel(ComplaintAssignDialog)
        self.departmentError.setObjectName(u"departmentError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentError)


        self.layout.addLayout(self.form)

        self.legacy = QLabel(ComplaintAssignDialog)
        self.legacy.setObjectName(u"legacy")
        self.legacy.setWordWrap(True)
        self.legacy.setStyleSheet(u"color: #666;")

        self.layout.addWidget(self.legacy)

        self.message = QLabel(ComplaintAssignDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(ComplaintAssignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.handlerLabel.setBuddy(self.handler)
        self.departmentLabel.setBuddy(self.department)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.handler, self.department)

        self.retranslateUi(ComplaintAssignDialog)

        QMetaObject.connectSlotsByName(ComplaintAssignDialog)
    # setupUi

    def retranslateUi(self, ComplaintAssignDialog):
        ComplaintAssignDialog.setWindowTitle(QCoreApplication.translate("ComplaintAssignDialog", u"\u8f6c\u529e\u6295\u8bc9", None))
        self.handlerLabel.setText(QCoreApplication.translate("ComplaintAssignDialog", u"\u627f\u529e\u4eba(&H)", None))
        self.departmentLabel.setText(QCoreApplication.translate("ComplaintAssignDialog", u"\u627f\u529e\u79d1\u5ba4(&D)", None))
        self.department.setPlaceholderText(QCoreApplication.translate("ComplaintAssignDialog", u"\u53ef\u9009\uff1a\u627f\u529e\u4eba\u6240\u5728\u79d1\u5ba4\uff0c\u5982\u7efc\u5408\u53d7\u7406\u79d1", None))
    # retranslateUi

