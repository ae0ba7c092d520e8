# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verification_tasks.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_VerificationTasksPage(object):
    def setupUi(self, VerificationTasksPage):
        if not VerificationTasksPage.objectName():
            VerificationTasksPage.setObjectName(u"VerificationTasksPage")
        VerificationTasksPage.resize(1200, 760)
        self.layout = QVBoxLayout(VerificationTasksPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(VerificationTasksPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.figures = QLabel(VerificationTasksPage)
        self.figures.setObjectName(u"figures")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.figures.sizePolicy().hasHeightForWidth())
        self.figures.setSizePolicy(sizePolicy)

        self.topRow.addWidget(self.figures)

        self.busy = QLabel(VerificationTasksPage)
        self.busy.setObjectName(u"busy")

        self.topRow.addWidget(self.busy)

        self.refreshButton = QPushButton(VerificationTasksPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.topRow)

        self.table = QTableView(VerificationTasksPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.actionBox = QGroupBox(VerificationTasksPage)
        self.actionBox.setObjectName(u"actionBox")
        self.actionForm = QFormLayout(self.actionBox)
        self.actionForm.setObjectName(u"actionForm")
        self.noteLabel = QLabel(self.actionBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.actionBox)
        self.note.setObjectName(u"note")
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.passButton = QPushButton(self.actionBox)
        self.passButton.setObjectName(u"passButton")

        self.buttonRow.addWidget(self.passButton)

        self.failButton = QPushButton(self.actionBox)
        self.failButton.setObjectName(u"failButton")

        self.buttonRow.addWidget(self.failButton)


        self.actionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.buttonRow)

        self.message = QLabel(self.actionBox)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.actionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.message)


        self.layout.addWidget(self.actionBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerificationTasksPage)

        QMetaObject.connectSlotsByName(VerificationTasksPage)
    # setupUi

    def retranslateUi(self, VerificationTasksPage):
        self.title.setText(QCoreApplication.translate("VerificationTasksPage", u"\u627f\u8bfa\u6838\u67e5", None))
        self.refreshButton.setText(QCoreApplication.translate("VerificationTasksPage", u"\u5237\u65b0", None))
        self.actionBox.setTitle(QCoreApplication.translate("VerificationTasksPage", u"\u6838\u67e5\u7ed3\u679c", None))
        self.noteLabel.setText(QCoreApplication.translate("VerificationTasksPage", u"\u6838\u67e5\u60c5\u51b5(&N)", None))
        self.note.setPlaceholderText(QCoreApplication.translate("VerificationTasksPage", u"\u6838\u67e5\u4e0d\u901a\u8fc7\u7684\uff0c\u5199\u660e\u627f\u8bfa\u4e0e\u5b9e\u9645\u4e0d\u7b26\u4e4b\u5904\uff08\u5c06\u5199\u5165\u64a4\u9500\u51b3\u5b9a\u4e66\u548c\u4fe1\u7528\u8bb0\u5f55\uff09", None))
        self.passButton.setText(QCoreApplication.translate("VerificationTasksPage", u"\u6838\u67e5\u901a\u8fc7", None))
        self.failButton.setText(QCoreApplication.translate("VerificationTasksPage", u"\u6838\u67e5\u4e0d\u901a\u8fc7\uff08\u64a4\u9500\u8bb8\u53ef\uff09", None))
        pass
    # retranslateUi

