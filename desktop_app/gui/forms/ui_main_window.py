# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QScrollArea, QSizePolicy, QSplitter,
    QStatusBar, QTableView, QToolBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.actionNewCustomer = QAction(MainWindow)
        self.actionNewCustomer.setObjectName(u"actionNewCustomer")
#if QT_CONFIG(shortcut)
        self.actionNewCustomer.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionEditCustomer = QAction(MainWindow)
        self.actionEditCustomer.setObjectName(u"actionEditCustomer")
#if QT_CONFIG(shortcut)
        self.actionEditCustomer.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.actionConsentView = QAction(MainWindow)
        self.actionConsentView.setObjectName(u"actionConsentView")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(12, 8, 12, 4)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 8, 0)
        self.searchLabel = QLabel(self.listPane)
        self.searchLabel.setObjectName(u"searchLabel")

        self.listLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.customerTable = QTableView(self.listPane)
        self.customerTable.setObjectName(u"customerTable")
        self.customerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.customerTable.setAlternatingRowColors(True)
        self.customerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.customerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customerTable.setShowGrid(False)
        self.customerTable.setSortingEnabled(True)
        self.customerTable.setWordWrap(False)
        self.customerTable.horizontalHeader().setStretchLastSection(True)
        self.customerTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.customerTable)

        self.splitter.addWidget(self.listPane)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setWidgetResizable(True)
        self.detailContents = QWidget()
        self.detailContents.setObjectName(u"detailContents")
        self.detailLayout = QVBoxLayout(self.detailContents)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(16, -1, 8, -1)
        self.detailScroll.setWidget(self.detailContents)
        self.splitter.addWidget(self.detailScroll)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuCustomer = QMenu(self.menuBar)
        self.menuCustomer.setObjectName(u"menuCustomer")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.customerTable)
        QWidget.setTabOrder(self.customerTable, self.detailScroll)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuCustomer.menuAction())
        self.menuFile.addAction(self.actionQuit)
        self.menuCustomer.addAction(self.actionNewCustomer)
        self.menuCustomer.addAction(self.actionEditCustomer)
        self.menuCustomer.addAction(self.actionConsentView)
        self.menuCustomer.addSeparator()
        self.menuCustomer.addAction(self.actionSearch)
        self.mainToolBar.addAction(self.actionNewCustomer)
        self.mainToolBar.addAction(self.actionEditCustomer)
        self.mainToolBar.addAction(self.actionConsentView)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionSearch)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Registre", None))
        self.actionNewCustomer.setText(QCoreApplication.translate("MainWindow", u"&New customer\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionNewCustomer.setToolTip(QCoreApplication.translate("MainWindow", u"Add a customer (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.actionEditCustomer.setText(QCoreApplication.translate("MainWindow", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionEditCustomer.setToolTip(QCoreApplication.translate("MainWindow", u"Change the selected customer's details and purposes", None))
#endif // QT_CONFIG(tooltip)
        self.actionConsentView.setText(QCoreApplication.translate("MainWindow", u"Ask for &consent\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionConsentView.setToolTip(QCoreApplication.translate("MainWindow", u"Show the consent screen to the selected customer", None))
#endif // QT_CONFIG(tooltip)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
#if QT_CONFIG(tooltip)
        self.actionSearch.setToolTip(QCoreApplication.translate("MainWindow", u"Search customers (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search by name, e-mail or phone", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Type a few letters or digits\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search customers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.customerTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Customers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailScroll.setAccessibleName(QCoreApplication.translate("MainWindow", u"Customer details", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuCustomer.setTitle(QCoreApplication.translate("MainWindow", u"&Customer", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

