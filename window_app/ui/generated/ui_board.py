# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_BoardPage(object):
    def setupUi(self, BoardPage):
        if not BoardPage.objectName():
            BoardPage.setObjectName(u"BoardPage")
        BoardPage.resize(1360, 860)
        self.layout = QVBoxLayout(BoardPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.rangeRow = QHBoxLayout()
        self.rangeRow.setSpacing(8)
        self.rangeRow.setObjectName(u"rangeRow")
        self.fromLabel = QLabel(BoardPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(BoardPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.rangeRow.addWidget(self.fromDate)

        self.toLabel = QLabel(BoardPage)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(BoardPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.rangeRow.addWidget(self.toDate)

        self.todayButton = QPushButton(BoardPage)
        self.todayButton.setObjectName(u"todayButton")

        self.rangeRow.addWidget(self.todayButton)

        self.weekButton = QPushButton(BoardPage)
        self.weekButton.setObjectName(u"weekButton")

        self.rangeRow.addWidget(self.weekButton)

        self.monthButton = QPushButton(BoardPage)
        self.monthButton.setObjectName(u"monthButton")

        self.rangeRow.addWidget(self.monthButton)

        self.refreshButton = QPushButton(BoardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.rangeRow.addWidget(self.refreshButton)

        self.busy = QLabel(BoardPage)
        self.busy.setObjectName(u"busy")
        self.busy.setStyleSheet(u"color: #555;")

        self.rangeRow.addWidget(self.busy)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeRow.addItem(self.rangeSpacer)

        self.updated = QLabel(BoardPage)
        self.updated.setObjectName(u"updated")
        self.updated.setStyleSheet(u"color: #555;")

        self.rangeRow.addWidget(self.updated)

        self.xlsxButton = QPushButton(BoardPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.rangeRow.addWidget(self.xlsxButton)

        self.pdfButton = QPushButton(BoardPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.rangeRow.addWidget(self.pdfButton)


        self.layout.addLayout(self.rangeRow)

        self.message = QLabel(BoardPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.message)

        self.complaints = QLabel(BoardPage)
        self.complaints.setObjectName(u"complaints")

        self.layout.addWidget(self.complaints, 0, Qt.AlignmentFlag.AlignLeft)

        self.hallFigures = QLabel(BoardPage)
        self.hallFigures.setObjectName(u"hallFigures")

        self.layout.addWidget(self.hallFigures, 0, Qt.AlignmentFlag.AlignLeft)

        self.cards = QWidget(BoardPage)
        self.cards.setObjectName(u"cards")
        self.cardsGrid = QGridLayout(self.cards)
        self.cardsGrid.setObjectName(u"cardsGrid")
        self.cardsGrid.setHorizontalSpacing(8)
        self.cardsGrid.setVerticalSpacing(8)
        self.cardsGrid.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.cards)

        self.verticalSplitter = QSplitter(BoardPage)
        self.verticalSplitter.setObjectName(u"verticalSplitter")
        self.verticalSplitter.setOrientation(Qt.Orientation.Vertical)
        self.verticalSplitter.setChildrenCollapsible(False)
        self.breakdownTabs = QTabWidget(self.verticalSplitter)
        self.breakdownTabs.setObjectName(u"breakdownTabs")
        self.windowsPage = QWidget()
        self.windowsPage.setObjectName(u"windowsPage")
        self.windowsLayout = QVBoxLayout(self.windowsPage)
        self.windowsLayout.setObjectName(u"windowsLayout")
        self.windowsTable = QTableView(self.windowsPage)
        self.windowsTable.setObjectName(u"windowsTable")

        self.windowsLayout.addWidget(self.windowsTable)

        self.breakdownTabs.addTab(self.windowsPage, "")
        self.clerksPage = QWidget()
        self.clerksPage.setObjectName(u"clerksPage")
        self.clerksLayout = QVBoxLayout(self.clerksPage)
        self.clerksLayout.setObjectName(u"clerksLayout")
        self.clerksTable = QTableView(self.clerksPage)
        self.clerksTable.setObjectName(u"clerksTable")

        self.clerksLayout.addWidget(self.clerksTable)

        self.breakdownTabs.addTab(self.clerksPage, "")
        self.mattersPage = QWidget()
        self.mattersPage.setObjectName(u"mattersPage")
        self.mattersLayout = QVBoxLayout(self.mattersPage)
        self.mattersLayout.setObjectName(u"mattersLayout")
        self.mattersTable = QTableView(self.mattersPage)
        self.mattersTable.setObjectName(u"mattersTable")

        self.mattersLayout.addWidget(self.mattersTable)

        self.breakdownTabs.addTab(self.mattersPage, "")
        self.departmentsPage = QWidget()
        self.departmentsPage.setObjectName(u"departmentsPage")
        self.departmentsLayout = QVBoxLayout(self.departmentsPage)
        self.departmentsLayout.setObjectName(u"departmentsLayout")
        self.departmentsTable = QTableView(self.departmentsPage)
        self.departmentsTable.setObjectName(u"departmentsTable")

        self.departmentsLayout.addWidget(self.departmentsTable)

        self.breakdownTabs.addTab(self.departmentsPage, "")
        self.backOfficePage = QWidget()
        self.backOfficePage.setObjectName(u"backOfficePage")
        self.backOfficeLayout = QVBoxLayout(self.backOfficePage)
        self.backOfficeLayout.setObjectName(u"backOfficeLayout")
        self.backOfficeTable = QTableView(self.backOfficePage)
        self.backOfficeTable.setObjectName(u"backOfficeTable")

        self.backOfficeLayout.addWidget(self.backOfficeTable)

        self.breakdownTabs.addTab(self.backOfficePage, "")
        self.verticalSplitter.addWidget(self.breakdownTabs)
        self.horizontalSplitter = QSplitter(self.verticalSplitter)
        self.horizontalSplitter.setObjectName(u"horizontalSplitter")
        self.horizontalSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.horizontalSplitter.setChildrenCollapsible(False)
        self.alertTabs = QTabWidget(self.horizontalSplitter)
        self.alertTabs.setObjectName(u"alertTabs")
        self.overduePage = QWidget()
        self.overduePage.setObjectName(u"overduePage")
        self.overdueLayout = QVBoxLayout(self.overduePage)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueTable = QTableView(self.overduePage)
        self.overdueTable.setObjectName(u"overdueTable")

        self.overdueLayout.addWidget(self.overdueTable)

        self.alertTabs.addTab(self.overduePage, "")
        self.warningsPage = QWidget()
        self.warningsPage.setObjectName(u"warningsPage")
        self.warningsLayout = QVBoxLayout(self.warningsPage)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsTable = QTableView(self.warningsPage)
        self.warningsTable.setObjectName(u"warningsTable")

        self.warningsLayout.addWidget(self.warningsTable)

        self.alertTabs.addTab(self.warningsPage, "")
        self.horizontalSplitter.addWidget(self.alertTabs)
        self.charts = QWidget(self.horizontalSplitter)
        self.charts.setObjectName(u"charts")
        self.chartsLayout = QHBoxLayout(self.charts)
        self.chartsLayout.setSpacing(6)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.horizontalSplitter.addWidget(self.charts)
        self.verticalSplitter.addWidget(self.horizontalSplitter)

        self.layout.addWidget(self.verticalSplitter)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.weekButton)
        QWidget.setTabOrder(self.weekButton, self.monthButton)
        QWidget.setTabOrder(self.monthButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.pdfButton)

        self.retranslateUi(BoardPage)

        QMetaObject.connectSlotsByName(BoardPage)
    # setupUi

    def retranslateUi(self, BoardPage):
        self.fromLabel.setText(QCoreApplication.translate("BoardPage", u"\u7edf\u8ba1\u671f\u95f4 \u4ece(&R)", None))
        self.toLabel.setText(QCoreApplication.translate("BoardPage", u"\u81f3(&T)", None))
        self.todayButton.setText(QCoreApplication.translate("BoardPage", u"\u4eca\u5929", None))
        self.weekButton.setText(QCoreApplication.translate("BoardPage", u"\u672c\u5468", None))
        self.monthButton.setText(QCoreApplication.translate("BoardPage", u"\u672c\u6708", None))
        self.refreshButton.setText(QCoreApplication.translate("BoardPage", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("BoardPage", u"\u7acb\u5373\u91cd\u65b0\u7edf\u8ba1\uff08\u5176\u4ed6\u7a97\u53e3\u6709\u53d8\u52a8\u65f6\u4e5f\u4f1a\u81ea\u52a8\u5237\u65b0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.xlsxButton.setText(QCoreApplication.translate("BoardPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("BoardPage", u"\u5bfc\u51fa\u65e5\u62a5 PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.complaints.setToolTip(QCoreApplication.translate("BoardPage", u"\u6295\u8bc9\u767b\u8bb0\uff1a\u672c\u671f\u63a5\u6536\u7684\u6295\u8bc9\uff0c\u4ee5\u53ca\u76ee\u524d\u672a\u529e\u7ed3\u3001\u5df2\u8d85\u8fc7\u7b54\u590d\u671f\u9650\u7684\u6295\u8bc9", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.hallFigures.setToolTip(QCoreApplication.translate("BoardPage", u"\u6392\u961f\u53eb\u53f7\uff1a\u7b49\u5019\u65f6\u95f4\u81ea\u53d6\u53f7\u81f3\u9996\u6b21\u53eb\u53f7\uff1b\u597d\u5dee\u8bc4\uff1a\u6ee1\u610f\u7387\u4e3a\u975e\u5e38\u6ee1\u610f\u3001\u6ee1\u610f\u3001\u57fa\u672c\u6ee1\u610f\u7684\u8bc4\u4ef7\u5360\u6bd4\uff0c\u5b9e\u540d\u5dee\u8bc4\u56de\u8bbf\u7387\u76ee\u6807100%", None))
#endif // QT_CONFIG(tooltip)
        self.breakdownTabs.setTabText(self.breakdownTabs.indexOf(self.windowsPage), QCoreApplication.translate("BoardPage", u"\u5206\u7a97\u53e3", None))
        self.breakdownTabs.setTabText(self.breakdownTabs.indexOf(self.clerksPage), QCoreApplication.translate("BoardPage", u"\u5206\u4eba\u5458", None))
        self.breakdownTabs.setTabText(self.breakdownTabs.indexOf(self.mattersPage), QCoreApplication.translate("BoardPage", u"\u5206\u4e8b\u9879", None))
        self.breakdownTabs.setTabText(self.breakdownTabs.indexOf(self.departmentsPage), QCoreApplication.translate("BoardPage", u"\u5206\u90e8\u95e8", None))
        self.breakdownTabs.setTabText(self.breakdownTabs.indexOf(self.backOfficePage), QCoreApplication.translate("BoardPage", u"\u90e8\u95e8\u5ba1\u6279", None))
        self.alertTabs.setTabText(self.alertTabs.indexOf(self.overduePage), QCoreApplication.translate("BoardPage", u"\u8d85\u671f", None))
        self.alertTabs.setTabText(self.alertTabs.indexOf(self.warningsPage), QCoreApplication.translate("BoardPage", u"\u4e34\u671f", None))
        pass
    # retranslateUi

