# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ComplaintExportDialog(object):
    def setupUi(self, ComplaintExportDialog):
        if not ComplaintExportDialog.objectName():
            ComplaintExportDialog.setObjectName(u"ComplaintExportDialog")
        ComplaintExportDialog.resize(380, 180)
        ComplaintExportDialog.setModal(True)
        self.layout = QVBoxLayout(ComplaintExportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ComplaintExportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.startLabel = QLabel(ComplaintExportDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateEdit(ComplaintExportDialog)
        self.start.setObjectName(u"start")
        self.start.setDisplayFormat(u"yyyy-MM-dd")
        self.start.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(ComplaintExportDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateEdit(ComplaintExportDialog)
        self.end.setObjectName(u"end")
        self.end.setDisplayFormat(u"yyyy-MM-dd")
        self.end.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end)

        self.endError = QLabel(ComplaintExportDialog)
        self.endError.setObjectName(u"endError")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endError)


        self.layout.addLayout(self.form)

        self.message = QLabel(ComplaintExportDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")

        self.layout.addWidget(self.message)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.vspacer)

        self.buttons = QDialogButtonBox(ComplaintExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.start, self.end)

        self.retranslateUi(ComplaintExportDialog)

        QMetaObject.connectSlotsByName(ComplaintExportDialog)
    # setupUi

    def retranslateUi(self, ComplaintExportDialog):
        ComplaintExportDialog.setWindowTitle(QCoreApplication.translate("ComplaintExportDialog", u"\u5bfc\u51fa\u6295\u8bc9\u767b\u8bb0", None))
        self.intro.setText(QCoreApplication.translate("ComplaintExportDialog", u"\u5bfc\u51fa\u63a5\u6536\u65e5\u671f\u5728\u6b64\u671f\u95f4\u7684\u6295\u8bc9\uff08\u4efb\u4f55\u72b6\u6001\uff09\uff0c\u8054\u7cfb\u7535\u8bdd\u9690\u53bb\u4e2d\u95f4\u56db\u4f4d\u3002", None))
        self.startLabel.setText(QCoreApplication.translate("ComplaintExportDialog", u"\u63a5\u6536\u65e5\u671f\u4ece(&F)", None))
        self.endLabel.setText(QCoreApplication.translate("ComplaintExportDialog", u"\u81f3(&T)", None))
    # retranslateUi

