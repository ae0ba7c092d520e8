# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluator.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

class Ui_EvaluatorWindow(object):
    def setupUi(self, EvaluatorWindow):
        if not EvaluatorWindow.objectName():
            EvaluatorWindow.setObjectName(u"EvaluatorWindow")
        EvaluatorWindow.resize(1280, 800)
        EvaluatorWindow.setStyleSheet(u"QWidget#EvaluatorWindow { background: #f4f8fc; } QPushButton { font-size: 20pt; } QCheckBox { font-size: 16pt; } QCheckBox::indicator { width: 30px; height: 30px; } QGroupBox { font-size: 14pt; } QPushButton:checked { background: #1565c0; color: white; }")
        self.layout = QVBoxLayout(EvaluatorWindow)
        self.layout.setObjectName(u"layout")
        self.pages = QStackedWidget(EvaluatorWindow)
        self.pages.setObjectName(u"pages")
        self.idlePage = QWidget()
        self.idlePage.setObjectName(u"idlePage")
        self.idleLayout = QVBoxLayout(self.idlePage)
        self.idleLayout.setObjectName(u"idleLayout")
        self.welcome = QLabel(self.idlePage)
        self.welcome.setObjectName(u"welcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setStyleSheet(u"font-size: 36pt; color: #0d2b52;")

        self.idleLayout.addWidget(self.welcome)

        self.idleWindow = QLabel(self.idlePage)
        self.idleWindow.setObjectName(u"idleWindow")
        self.idleWindow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idleWindow.setStyleSheet(u"font-size: 20pt; color: #455a64;")

        self.idleLayout.addWidget(self.idleWindow)

        self.pages.addWidget(self.idlePage)
        self.ratePage = QWidget()
        self.ratePage.setObjectName(u"ratePage")
        self.rateLayout = QVBoxLayout(self.ratePage)
        self.rateLayout.setObjectName(u"rateLayout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.photo = QLabel(self.ratePage)
        self.photo.setObjectName(u"photo")
        self.photo.setMinimumSize(QSize(120, 150))
        self.photo.setMaximumSize(QSize(120, 150))
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet(u"background: #cfd8dc; color: #455a64; font-size: 14pt; border: 1px solid #90a4ae;")

        self.header.addWidget(self.photo)

        self.who = QVBoxLayout()
        self.who.setObjectName(u"who")
        self.clerk = QLabel(self.ratePage)
        self.clerk.setObjectName(u"clerk")
        self.clerk.setStyleSheet(u"font-size: 22pt; font-weight: bold;")

        self.who.addWidget(self.clerk)

        self.matter = QLabel(self.ratePage)
        self.matter.setObjectName(u"matter")
        self.matter.setWordWrap(True)
        self.matter.setStyleSheet(u"font-size: 16pt;")

        self.who.addWidget(self.matter)

        self.caseNumber = QLabel(self.ratePage)
        self.caseNumber.setObjectName(u"caseNumber")
        self.caseNumber.setStyleSheet(u"font-size: 14pt; color: #455a64;")

        self.who.addWidget(self.caseNumber)


        self.header.addLayout(self.who)

        self.countdown = QLabel(self.ratePage)
        self.countdown.setObjectName(u"countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.countdown.setStyleSheet(u"font-size: 14pt; color: #78909c;")

        self.header.addWidget(self.countdown)


        self.rateLayout.addLayout(self.header)

        self.question = QLabel(self.ratePage)
        self.question.setObjectName(u"question")
        self.question.setStyleSheet(u"font-size: 18pt;")

        self.rateLayout.addWidget(self.question)

        self.levels = QHBoxLayout()
        self.levels.setObjectName(u"levels")
        self.level5 = QPushButton(self.ratePage)
        self.level5.setObjectName(u"level5")
        self.level5.setMinimumHeight(90)
        self.level5.setCheckable(True)

        self.levels.addWidget(self.level5)

        self.level4 = QPushButton(self.ratePage)
        self.level4.setObjectName(u"level4")
        self.level4.setMinimumHeight(90)
        self.level4.setCheckable(True)

        self.levels.addWidget(self.level4)

        self.level3 = QPushButton(self.ratePage)
        self.level3.setObjectName(u"level3")
        self.level3.setMinimumHeight(90)
        self.level3.setCheckable(True)

        self.levels.addWidget(self.level3)

        self.level2 = QPushButton(self.ratePage)
        self.level2.setObjectName(u"level2")
        self.level2.setMinimumHeight(90)
        self.level2.setCheckable(True)

        self.levels.addWidget(self.level2)

        self.level1 = QPushButton(self.ratePage)
        self.level1.setObjectName(u"level1")
        self.level1.setMinimumHeight(90)
        self.level1.setCheckable(True)

        self.levels.addWidget(self.level1)


        self.rateLayout.addLayout(self.levels)

        self.tagBox = QGroupBox(self.ratePage)
        self.tagBox.setObjectName(u"tagBox")
        self.tagGrid = QGridLayout(self.tagBox)
        self.tagGrid.setObjectName(u"tagGrid")
        self.tag0 = QCheckBox(self.tagBox)
        self.tag0.setObjectName(u"tag0")
        self.tag0.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag0, 0, 0, 1, 1)

        self.tag1 = QCheckBox(self.tagBox)
        self.tag1.setObjectName(u"tag1")
        self.tag1.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag1, 0, 1, 1, 1)

        self.tag2 = QCheckBox(self.tagBox)
        self.tag2.setObjectName(u"tag2")
        self.tag2.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag2, 1, 0, 1, 1)

        self.tag3 = QCheckBox(self.tagBox)
        self.tag3.setObjectName(u"tag3")
        self.tag3.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag3, 1, 1, 1, 1)

        self.tag4 = QCheckBox(self.tagBox)
        self.tag4.setObjectName(u"tag4")
        self.tag4.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag4, 2, 0, 1, 1)

        self.tag5 = QCheckBox(self.tagBox)
        self.tag5.setObjectName(u"tag5")
        self.tag5.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag5, 2, 1, 1, 1)

        self.tag6 = QCheckBox(self.tagBox)
        self.tag6.setObjectName(u"tag6")
        self.tag6.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag6, 3, 0, 1, 1)

        self.tag7 = QCheckBox(self.tagBox)
        self.tag7.setObjectName(u"tag7")
        self.tag7.setMinimumHeight(48)

        self.tagGrid.addWidget(self.tag7, 3, 1, 1, 1)


        self.rateLayout.addWidget(self.tagBox)

        self.text = QPlainTextEdit(self.ratePage)
        self.text.setObjectName(u"text")
        self.text.setMaximumHeight(90)
        self.text.setStyleSheet(u"font-size: 14pt;")

        self.rateLayout.addWidget(self.text)

        self.message = QLabel(self.ratePage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828; font-size: 14pt;")

        self.rateLayout.addWidget(self.message)

        self.submitButton = QPushButton(self.ratePage)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setMinimumHeight(70)

        self.rateLayout.addWidget(self.submitButton)

        self.pages.addWidget(self.ratePage)
        self.thanksPage = QWidget()
        self.thanksPage.setObjectName(u"thanksPage")
        self.thanksLayout = QVBoxLayout(self.thanksPage)
        self.thanksLayout.setObjectName(u"thanksLayout")
        self.thanks = QLabel(self.thanksPage)
        self.thanks.setObjectName(u"thanks")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setStyleSheet(u"font-size: 40pt; color: #2e7d32;")

        self.thanksLayout.addWidget(self.thanks)

        self.pages.addWidget(self.thanksPage)

        self.layout.addWidget(self.pages)


        self.retranslateUi(EvaluatorWindow)

        QMetaObject.connectSlotsByName(EvaluatorWindow)
    # setupUi

    def retranslateUi(self, EvaluatorWindow):
        EvaluatorWindow.setWindowTitle(QCoreApplication.translate("EvaluatorWindow", u"\u670d\u52a1\u8bc4\u4ef7", None))
        self.welcome.setText(QCoreApplication.translate("EvaluatorWindow", u"\u6b22\u8fce\u8bc4\u4ef7\u6211\u4eec\u7684\u670d\u52a1", None))
        self.photo.setText(QCoreApplication.translate("EvaluatorWindow", u"\u7167\u7247", None))
        self.question.setText(QCoreApplication.translate("EvaluatorWindow", u"\u8bf7\u60a8\u5bf9\u672c\u6b21\u670d\u52a1\u4f5c\u51fa\u8bc4\u4ef7\uff08\u81ea\u613f\uff09", None))
        self.level5.setText(QCoreApplication.translate("EvaluatorWindow", u"\u975e\u5e38\u6ee1\u610f", None))
        self.level4.setText(QCoreApplication.translate("EvaluatorWindow", u"\u6ee1\u610f", None))
        self.level3.setText(QCoreApplication.translate("EvaluatorWindow", u"\u57fa\u672c\u6ee1\u610f", None))
        self.level2.setText(QCoreApplication.translate("EvaluatorWindow", u"\u4e0d\u6ee1\u610f", None))
        self.level1.setText(QCoreApplication.translate("EvaluatorWindow", u"\u975e\u5e38\u4e0d\u6ee1\u610f", None))
        self.tagBox.setTitle(QCoreApplication.translate("EvaluatorWindow", u"\u8bc4\u4ef7\u5185\u5bb9\uff08\u53ef\u591a\u9009\uff09", None))
        self.text.setPlaceholderText(QCoreApplication.translate("EvaluatorWindow", u"\u5176\u4ed6\u610f\u89c1\u6216\u5efa\u8bae\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.submitButton.setText(QCoreApplication.translate("EvaluatorWindow", u"\u63d0\u4ea4\u8bc4\u4ef7", None))
        self.thanks.setText(QCoreApplication.translate("EvaluatorWindow", u"\u611f\u8c22\u60a8\u7684\u8bc4\u4ef7\uff01", None))
    # retranslateUi

