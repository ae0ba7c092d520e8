# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suspend_dialog.ui'
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

class Ui_SuspendDialog(object):
    def setupUi(self, SuspendDialog):
        if not SuspendDialog.objectName():
            SuspendDialog.setObjectName(u"SuspendDialog")
        SuspendDialog.resize(520, 300)
        SuspendDialog.setModal(True)
        self.layout = QVBoxLayout(SuspendDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.reasonLabel = QLabel(SuspendDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(SuspendDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(SuspendDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.noteLabel = QLabel(SuspendDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(SuspendDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)

        self.hint = QLabel(SuspendDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hint)


        self.layout.addLayout(self.form)

        self.message = QLabel(SuspendDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(SuspendDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SuspendDialog)

        QMetaObject.connectSlotsByName(SuspendDialog)
    # setupUi

    def retranslateUi(self, SuspendDialog):
        SuspendDialog.setWindowTitle(QCoreApplication.translate("SuspendDialog", u"\u4e2d\u6b62\u5ba1\u67e5", None))
        self.reasonLabel.setText(QCoreApplication.translate("SuspendDialog", u"\u4e2d\u6b62\u539f\u56e0(&R)", None))
        self.noteLabel.setText(QCoreApplication.translate("SuspendDialog", u"\u8bf4\u660e(&N)", None))
        self.note.setPlaceholderText(QCoreApplication.translate("SuspendDialog", u"\u4f8b\u5982\uff1a\u9001\u68c0\u6837\u54c1\u7f16\u53f7\u3001\u4e13\u5bb6\u8bc4\u5ba1\u5b89\u6392", None))
        self.hint.setText(QCoreApplication.translate("SuspendDialog", u"\u4e2d\u6b62\u671f\u95f4\u4e0d\u8ba1\u5165\u529e\u7406\u65f6\u9650\uff1b\u6062\u590d\u5ba1\u67e5\u65f6\uff0c\u529e\u7ed3\u671f\u9650\u987a\u5ef6\u4e2d\u6b62\u7684\u5de5\u4f5c\u65e5\u6570\u3002", None))
    # retranslateUi

