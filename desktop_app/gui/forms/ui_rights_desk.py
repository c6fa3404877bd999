# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rights_desk.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RightsDesk(object):
    def setupUi(self, RightsDesk):
        if not RightsDesk.objectName():
            RightsDesk.setObjectName(u"RightsDesk")
        RightsDesk.resize(1100, 600)
        self.deskLayout = QVBoxLayout(RightsDesk)
        self.deskLayout.setObjectName(u"deskLayout")
        self.introLabel = QLabel(RightsDesk)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.deskLayout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(RightsDesk)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(RightsDesk)
        self.filterCombo.setObjectName(u"filterCombo")

        self.filterLayout.addWidget(self.filterCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.summaryLabel = QLabel(RightsDesk)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.filterLayout.addWidget(self.summaryLabel)


        self.deskLayout.addLayout(self.filterLayout)

        self.requestTable = QTableView(RightsDesk)
        self.requestTable.setObjectName(u"requestTable")
        self.requestTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requestTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requestTable.setAlternatingRowColors(True)

        self.deskLayout.addWidget(self.requestTable)

        self.detailLabel = QLabel(RightsDesk)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)

        self.deskLayout.addWidget(self.detailLabel)

        self.errorLabel = QLabel(RightsDesk)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.deskLayout.addWidget(self.errorLabel)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.extendButton = QPushButton(RightsDesk)
        self.extendButton.setObjectName(u"extendButton")

        self.actionLayout.addWidget(self.extendButton)

        self.refuseButton = QPushButton(RightsDesk)
        self.refuseButton.setObjectName(u"refuseButton")

        self.actionLayout.addWidget(self.refuseButton)

        self.completeButton = QPushButton(RightsDesk)
        self.completeButton.setObjectName(u"completeButton")

        self.actionLayout.addWidget(self.completeButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.closeButton = QPushButton(RightsDesk)
        self.closeButton.setObjectName(u"closeButton")

        self.actionLayout.addWidget(self.closeButton)


        self.deskLayout.addLayout(self.actionLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RightsDesk)

        QMetaObject.connectSlotsByName(RightsDesk)
    # setupUi

    def retranslateUi(self, RightsDesk):
        RightsDesk.setWindowTitle(QCoreApplication.translate("RightsDesk", u"Request register", None))
        self.introLabel.setText(QCoreApplication.translate("RightsDesk", u"Every rights request must be answered within one month of receipt (two more months at most, with a letter giving the reason, sent within the first month).", None))
        self.filterLabel.setText(QCoreApplication.translate("RightsDesk", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.requestTable.setAccessibleName(QCoreApplication.translate("RightsDesk", u"Requests", None))
#endif // QT_CONFIG(accessibility)
        self.extendButton.setText(QCoreApplication.translate("RightsDesk", u"&Extend the deadline\u2026", None))
        self.refuseButton.setText(QCoreApplication.translate("RightsDesk", u"&Refuse\u2026", None))
        self.completeButton.setText(QCoreApplication.translate("RightsDesk", u"Mark as &answered", None))
        self.closeButton.setText(QCoreApplication.translate("RightsDesk", u"&Close", None))
    # retranslateUi

