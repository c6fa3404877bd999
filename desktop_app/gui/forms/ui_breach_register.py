# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach_register.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BreachRegister(object):
    def setupUi(self, BreachRegister):
        if not BreachRegister.objectName():
            BreachRegister.setObjectName(u"BreachRegister")
        BreachRegister.resize(1100, 600)
        self.registerLayout = QVBoxLayout(BreachRegister)
        self.registerLayout.setObjectName(u"registerLayout")
        self.introLabel = QLabel(BreachRegister)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.registerLayout.addWidget(self.introLabel)

        self.summaryLabel = QLabel(BreachRegister)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.registerLayout.addWidget(self.summaryLabel)

        self.breachTable = QTableView(BreachRegister)
        self.breachTable.setObjectName(u"breachTable")
        self.breachTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breachTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.breachTable.setAlternatingRowColors(True)

        self.registerLayout.addWidget(self.breachTable)

        self.detailLabel = QLabel(BreachRegister)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.registerLayout.addWidget(self.detailLabel)

        self.errorLabel = QLabel(BreachRegister)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.registerLayout.addWidget(self.errorLabel)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.recordButton = QPushButton(BreachRegister)
        self.recordButton.setObjectName(u"recordButton")

        self.actionLayout.addWidget(self.recordButton)

        self.authorityButton = QPushButton(BreachRegister)
        self.authorityButton.setObjectName(u"authorityButton")

        self.actionLayout.addWidget(self.authorityButton)

        self.peopleButton = QPushButton(BreachRegister)
        self.peopleButton.setObjectName(u"peopleButton")

        self.actionLayout.addWidget(self.peopleButton)

        self.draftButton = QPushButton(BreachRegister)
        self.draftButton.setObjectName(u"draftButton")

        self.actionLayout.addWidget(self.draftButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.closeButton = QPushButton(BreachRegister)
        self.closeButton.setObjectName(u"closeButton")

        self.actionLayout.addWidget(self.closeButton)


        self.registerLayout.addLayout(self.actionLayout)


        self.retranslateUi(BreachRegister)

        QMetaObject.connectSlotsByName(BreachRegister)
    # setupUi

    def retranslateUi(self, BreachRegister):
        BreachRegister.setWindowTitle(QCoreApplication.translate("BreachRegister", u"Breach register", None))
        self.introLabel.setText(QCoreApplication.translate("BreachRegister", u"Record every personal data breach here, even a minor one (Art. 33(5)). The supervisory authority (the CNIL in France) must be notified within 72 hours of discovering a breach; a later notification gives the reasons for the delay.", None))
#if QT_CONFIG(accessibility)
        self.breachTable.setAccessibleName(QCoreApplication.translate("BreachRegister", u"Breaches", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("BreachRegister", u"&Record a breach\u2026", None))
        self.authorityButton.setText(QCoreApplication.translate("BreachRegister", u"&Authority notified\u2026", None))
        self.peopleButton.setText(QCoreApplication.translate("BreachRegister", u"&People informed\u2026", None))
        self.draftButton.setText(QCoreApplication.translate("BreachRegister", u"Notification &draft (PDF)", None))
        self.closeButton.setText(QCoreApplication.translate("BreachRegister", u"&Close", None))
    # retranslateUi

