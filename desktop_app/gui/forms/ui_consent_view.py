# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConsentView(object):
    def setupUi(self, ConsentView):
        if not ConsentView.objectName():
            ConsentView.setObjectName(u"ConsentView")
        ConsentView.resize(1366, 768)
        self.viewLayout = QVBoxLayout(ConsentView)
        self.viewLayout.setSpacing(16)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(48, 32, 48, 32)
        self.titleLabel = QLabel(ConsentView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ConsentView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.introLabel)

        self.cardsScroll = QScrollArea(ConsentView)
        self.cardsScroll.setObjectName(u"cardsScroll")
        self.cardsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cardsScroll.setWidgetResizable(True)
        self.cardsContents = QWidget()
        self.cardsContents.setObjectName(u"cardsContents")
        self.cardsLayout = QVBoxLayout(self.cardsContents)
        self.cardsLayout.setSpacing(16)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsScroll.setWidget(self.cardsContents)

        self.viewLayout.addWidget(self.cardsScroll)

        self.errorLabel = QLabel(ConsentView)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(24)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(ConsentView)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(160, 56))

        self.buttonLayout.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.confirmButton = QPushButton(ConsentView)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setMinimumSize(QSize(280, 64))

        self.buttonLayout.addWidget(self.confirmButton)


        self.viewLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.cardsScroll, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.backButton)

        self.retranslateUi(ConsentView)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConsentView)
    # setupUi

    def retranslateUi(self, ConsentView):
        ConsentView.setWindowTitle(QCoreApplication.translate("ConsentView", u"Your choices", None))
        self.titleLabel.setText(QCoreApplication.translate("ConsentView", u"Your choices", None))
        self.introLabel.setText(QCoreApplication.translate("ConsentView", u"Tick only what you agree to. Nothing is ticked for you. You can change your mind at any time, here in the shop.", None))
        self.backButton.setText(QCoreApplication.translate("ConsentView", u"Back", None))
        self.confirmButton.setText(QCoreApplication.translate("ConsentView", u"Confirm", None))
    # retranslateUi

