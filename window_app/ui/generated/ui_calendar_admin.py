# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_admin.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage):
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        CalendarPage.resize(1100, 700)
        self.layout = QVBoxLayout(CalendarPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CalendarPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.years = QLabel(CalendarPage)
        self.years.setObjectName(u"years")
        self.years.setWordWrap(True)

        self.layout.addWidget(self.years)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.noticeBox = QGroupBox(CalendarPage)
        self.noticeBox.setObjectName(u"noticeBox")
        self.noticeLayout = QVBoxLayout(self.noticeBox)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeHint = QLabel(self.noticeBox)
        self.noticeHint.setObjectName(u"noticeHint")
        self.noticeHint.setWordWrap(True)

        self.noticeLayout.addWidget(self.noticeHint)

        self.notice = QPlainTextEdit(self.noticeBox)
        self.notice.setObjectName(u"notice")

        self.noticeLayout.addWidget(self.notice)

        self.noticeButtons = QHBoxLayout()
        self.noticeButtons.setObjectName(u"noticeButtons")
        self.openButton = QPushButton(self.noticeBox)
        self.openButton.setObjectName(u"openButton")

        self.noticeButtons.addWidget(self.openButton)

        self.previewButton = QPushButton(self.noticeBox)
        self.previewButton.setObjectName(u"previewButton")

        self.noticeButtons.addWidget(self.previewButton)

        self.saveButton = QPushButton(self.noticeBox)
        self.saveButton.setObjectName(u"saveButton")

        self.noticeButtons.addWidget(self.saveButton)


        self.noticeLayout.addLayout(self.noticeButtons)


        self.columns.addWidget(self.noticeBox)

        self.previewBox = QGroupBox(CalendarPage)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summary = QLabel(self.previewBox)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.previewLayout.addWidget(self.summary)

        self.days = QTableWidget(self.previewBox)
        self.days.setObjectName(u"days")
        self.days.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.days)


        self.columns.addWidget(self.previewBox)


        self.layout.addLayout(self.columns)

        self.message = QLabel(CalendarPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)


        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage):
        self.title.setText(QCoreApplication.translate("CalendarPage", u"\u8282\u5047\u65e5\u5b89\u6392", None))
        self.noticeBox.setTitle(QCoreApplication.translate("CalendarPage", u"\u56fd\u52a1\u9662\u529e\u516c\u5385\u901a\u77e5", None))
        self.noticeHint.setText(QCoreApplication.translate("CalendarPage", u"\u7c98\u8d34\u201c\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8eYYYY\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\u201d\u5168\u6587\uff08\u6216 year/holiday/workday \u683c\u5f0f\u7684\u6587\u672c\uff09\uff0c\u6216\u4ece\u6587\u4ef6\u5bfc\u5165\uff0c\u5148\u9884\u89c8\u518d\u4fdd\u5b58\u3002", None))
        self.notice.setPlaceholderText(QCoreApplication.translate("CalendarPage", u"\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e2027\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\n"
"\u4e00\u3001\u5143\u65e6\uff1a1\u67081\u65e5\uff08\u5468\u4e94\uff09\u81f33\u65e5\uff08\u5468\u65e5\uff09\u653e\u5047\uff0c\u51713\u5929\u3002\n"
"\u4e8c\u3001\u6625\u8282\uff1a\u2026\u2026", None))
        self.openButton.setText(QCoreApplication.translate("CalendarPage", u"\u4ece\u6587\u4ef6\u5bfc\u5165\u2026", None))
        self.previewButton.setText(QCoreApplication.translate("CalendarPage", u"\u9884\u89c8(&V)", None))
        self.saveButton.setText(QCoreApplication.translate("CalendarPage", u"\u4fdd\u5b58\u8be5\u5e74\u5b89\u6392(&S)", None))
        self.previewBox.setTitle(QCoreApplication.translate("CalendarPage", u"\u9884\u89c8", None))
        pass
    # retranslateUi

