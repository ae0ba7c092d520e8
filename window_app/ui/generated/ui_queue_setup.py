# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_setup.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_QueueSetupPage(object):
    def setupUi(self, QueueSetupPage):
        if not QueueSetupPage.objectName():
            QueueSetupPage.setObjectName(u"QueueSetupPage")
        QueueSetupPage.resize(1200, 760)
        self.layout = QVBoxLayout(QueueSetupPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(QueueSetupPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.linesBox = QGroupBox(QueueSetupPage)
        self.linesBox.setObjectName(u"linesBox")
        self.linesLayout = QVBoxLayout(self.linesBox)
        self.linesLayout.setObjectName(u"linesLayout")
        self.lines = QTableWidget(self.linesBox)
        self.lines.setObjectName(u"lines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.linesLayout.addWidget(self.lines)

        self.lineForm = QFormLayout()
        self.lineForm.setObjectName(u"lineForm")
        self.nameLabel = QLabel(self.linesBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.lineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.lineName = QLineEdit(self.linesBox)
        self.lineName.setObjectName(u"lineName")
        self.lineName.setMaxLength(50)

        self.lineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lineName)

        self.prefixLabel = QLabel(self.linesBox)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.lineForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefix = QLineEdit(self.linesBox)
        self.prefix.setObjectName(u"prefix")
        self.prefix.setMaxLength(2)

        self.lineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefix)

        self.windowsLabel = QLabel(self.linesBox)
        self.windowsLabel.setObjectName(u"windowsLabel")

        self.lineForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.windowsLabel)

        self.windows = QLineEdit(self.linesBox)
        self.windows.setObjectName(u"windows")

        self.lineForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.windows)

        self.mattersLabel = QLabel(self.linesBox)
        self.mattersLabel.setObjectName(u"mattersLabel")

        self.lineForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mattersLabel)

        self.matters = QLineEdit(self.linesBox)
        self.matters.setObjectName(u"matters")

        self.lineForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.matters)

        self.saveLineButton = QPushButton(self.linesBox)
        self.saveLineButton.setObjectName(u"saveLineButton")

        self.lineForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.saveLineButton)


        self.linesLayout.addLayout(self.lineForm)


        self.body.addWidget(self.linesBox)

        self.appointmentsBox = QGroupBox(QueueSetupPage)
        self.appointmentsBox.setObjectName(u"appointmentsBox")
        self.appointmentsLayout = QVBoxLayout(self.appointmentsBox)
        self.appointmentsLayout.setObjectName(u"appointmentsLayout")
        self.appointments = QTableWidget(self.appointmentsBox)
        self.appointments.setObjectName(u"appointments")
        self.appointments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.appointmentsLayout.addWidget(self.appointments)

        self.appointmentForm = QFormLayout()
        self.appointmentForm.setObjectName(u"appointmentForm")
        self.referenceLabel = QLabel(self.appointmentsBox)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.appointmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(self.appointmentsBox)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(32)

        self.appointmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reference)

        self.lineLabel = QLabel(self.appointmentsBox)
        self.lineLabel.setObjectName(u"lineLabel")

        self.appointmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lineLabel)

        self.line = QComboBox(self.appointmentsBox)
        self.line.setObjectName(u"line")

        self.appointmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.line)

        self.slotLabel = QLabel(self.appointmentsBox)
        self.slotLabel.setObjectName(u"slotLabel")

        self.appointmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.slotLabel)

        self.slot = QDateTimeEdit(self.appointmentsBox)
        self.slot.setObjectName(u"slot")
        self.slot.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.slot.setCalendarPopup(True)

        self.appointmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.slot)

        self.personLabel = QLabel(self.appointmentsBox)
        self.personLabel.setObjectName(u"personLabel")

        self.appointmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QLineEdit(self.appointmentsBox)
        self.person.setObjectName(u"person")
        self.person.setMaxLength(50)

        self.appointmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.person)

        self.phoneLabel = QLabel(self.appointmentsBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.appointmentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.appointmentsBox)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)

        self.appointmentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.appointmentButtons = QHBoxLayout()
        self.appointmentButtons.setObjectName(u"appointmentButtons")
        self.addAppointmentButton = QPushButton(self.appointmentsBox)
        self.addAppointmentButton.setObjectName(u"addAppointmentButton")

        self.appointmentButtons.addWidget(self.addAppointmentButton)

        self.importButton = QPushButton(self.appointmentsBox)
        self.importButton.setObjectName(u"importButton")

        self.appointmentButtons.addWidget(self.importButton)


        self.appointmentForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.appointmentButtons)


        self.appointmentsLayout.addLayout(self.appointmentForm)


        self.body.addWidget(self.appointmentsBox)


        self.layout.addLayout(self.body)

        self.message = QLabel(QueueSetupPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.lineName)
        self.prefixLabel.setBuddy(self.prefix)
        self.windowsLabel.setBuddy(self.windows)
        self.mattersLabel.setBuddy(self.matters)
        self.referenceLabel.setBuddy(self.reference)
        self.lineLabel.setBuddy(self.line)
        self.slotLabel.setBuddy(self.slot)
        self.personLabel.setBuddy(self.person)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QueueSetupPage)

        QMetaObject.connectSlotsByName(QueueSetupPage)
    # setupUi

    def retranslateUi(self, QueueSetupPage):
        self.title.setText(QCoreApplication.translate("QueueSetupPage", u"\u4e1a\u52a1\u961f\u5217\u4e0e\u9884\u7ea6", None))
        self.linesBox.setTitle(QCoreApplication.translate("QueueSetupPage", u"\u4e1a\u52a1\u961f\u5217\uff08\u7cfb\u7edf\u7ba1\u7406\u5458\u8bbe\u7f6e\uff09", None))
        self.nameLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u540d\u79f0(&N)", None))
        self.prefixLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u53f7\u6bb5\u524d\u7f00(&P)", None))
        self.prefix.setPlaceholderText(QCoreApplication.translate("QueueSetupPage", u"\u5982 A", None))
        self.windowsLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u670d\u52a1\u7a97\u53e3(&W)", None))
        self.windows.setPlaceholderText(QCoreApplication.translate("QueueSetupPage", u"\u7a97\u53e3\u53f7\uff0c\u9017\u53f7\u5206\u9694\uff0c\u5982 A01,A02", None))
        self.mattersLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u6240\u5c5e\u4e8b\u9879(&M)", None))
        self.matters.setPlaceholderText(QCoreApplication.translate("QueueSetupPage", u"\u4e8b\u9879\u7f16\u7801\uff0c\u9017\u53f7\u5206\u9694\uff0c\u5982 SC-0001,SC-0002", None))
        self.saveLineButton.setText(QCoreApplication.translate("QueueSetupPage", u"\u4fdd\u5b58\u961f\u5217", None))
        self.appointmentsBox.setTitle(QCoreApplication.translate("QueueSetupPage", u"\u4eca\u65e5\u9884\u7ea6", None))
        self.referenceLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u9884\u7ea6\u53f7(&R)", None))
        self.lineLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u4e1a\u52a1(&L)", None))
        self.slotLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u9884\u7ea6\u65f6\u95f4(&T)", None))
        self.personLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u59d3\u540d(&X)", None))
        self.phoneLabel.setText(QCoreApplication.translate("QueueSetupPage", u"\u7535\u8bdd", None))
        self.addAppointmentButton.setText(QCoreApplication.translate("QueueSetupPage", u"\u767b\u8bb0\u9884\u7ea6", None))
        self.importButton.setText(QCoreApplication.translate("QueueSetupPage", u"\u5bfc\u5165\u9884\u7ea6\u8868\u2026", None))
        pass
    # retranslateUi

