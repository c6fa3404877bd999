# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_UnlockScreen(object):
    def setupUi(self, UnlockScreen):
        if not UnlockScreen.objectName():
            UnlockScreen.setObjectName(u"UnlockScreen")
        UnlockScreen.resize(1366, 768)
        UnlockScreen.setStyleSheet(u"QFrame#card { background-color: palette(base); border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 10px; }\n"
"QLineEdit { background-color: palette(base); border: 1px solid rgba(128, 128, 128, 0.75); border-radius: 4px; padding: 5px 6px; }\n"
"QLineEdit:focus { border: 2px solid palette(highlight); padding: 4px 5px; }\n"
"QLineEdit:disabled { border-color: rgba(128, 128, 128, 0.35); }\n"
"QFrame#card QLabel { background: transparent; }\n"
"QFrame#card QLabel#errorLabel { color: #8a1c1c; background-color: #fdecea; border: 1px solid #f0b4b4; border-radius: 6px; padding: 8px 10px; }\n"
"QPushButton { padding: 6px 14px; }\n"
"QPushButton#unlockButton { background-color: #1f5fa8; color: white; border: 1px solid #174a85; border-radius: 5px; padding: 8px 22px; font-weight: bold; }\n"
"QPushButton#unlockButton:hover { background-color: #2a6fbd; }\n"
"QPushButton#unlockButton:focus { border: 2px solid #0b2f57; }\n"
"QPushButton#unlockButton:disabled { background-color: #9fb6d3; border-color: #9fb6d3; }")
        self.outerLayout = QGridLayout(UnlockScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 24, 24, 24)
        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(UnlockScreen)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setMaximumSize(QSize(580, 16777215))
        font = QFont()
        font.setPointSize(10)
        self.card.setFont(font)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 28, 32, 24)
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        font1 = QFont()
        font1.setPointSize(17)
        font1.setBold(True)
        self.titleLabel.setFont(font1)

        self.cardLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"intro")
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.personLabel = QLabel(self.card)
        self.personLabel.setObjectName(u"personLabel")

        self.cardLayout.addWidget(self.personLabel)

        self.personCombo = QComboBox(self.card)
        self.personCombo.setObjectName(u"personCombo")

        self.cardLayout.addWidget(self.personCombo)

        self.secretLabel = QLabel(self.card)
        self.secretLabel.setObjectName(u"secretLabel")
        self.secretLabel.setText(u"secret")

        self.cardLayout.addWidget(self.secretLabel)

        self.secretEdit = QLineEdit(self.card)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.secretEdit)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"error")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.errorLabel)

        self.primaryRow = QHBoxLayout()
        self.primaryRow.setObjectName(u"primaryRow")
        self.primarySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.primaryRow.addItem(self.primarySpacer)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setText(u"Unlock")

        self.primaryRow.addWidget(self.unlockButton)


        self.cardLayout.addLayout(self.primaryRow)

        self.separator = QFrame(self.card)
        self.separator.setObjectName(u"separator")
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.cardLayout.addWidget(self.separator)

        self.otherRow = QHBoxLayout()
        self.otherRow.setObjectName(u"otherRow")
        self.switchButton = QPushButton(self.card)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setText(u"Use the recovery code")
        self.switchButton.setAutoDefault(False)

        self.otherRow.addWidget(self.switchButton)

        self.otherButton = QPushButton(self.card)
        self.otherButton.setObjectName(u"otherButton")
        self.otherButton.setAutoDefault(False)

        self.otherRow.addWidget(self.otherButton)

        self.otherSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherRow.addItem(self.otherSpacer)

        self.quitButton = QPushButton(self.card)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.otherRow.addWidget(self.quitButton)


        self.cardLayout.addLayout(self.otherRow)

        self.folderLabel = QLabel(self.card)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setText(u"folder")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.folderLabel)


        self.outerLayout.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.secretLabel.setBuddy(self.secretEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.secretEdit)
        QWidget.setTabOrder(self.secretEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchButton)
        QWidget.setTabOrder(self.switchButton, self.otherButton)
        QWidget.setTabOrder(self.otherButton, self.quitButton)

        self.retranslateUi(UnlockScreen)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockScreen)
    # setupUi

    def retranslateUi(self, UnlockScreen):
        UnlockScreen.setWindowTitle(QCoreApplication.translate("UnlockScreen", u"Registre: unlock", None))
        self.titleLabel.setText(QCoreApplication.translate("UnlockScreen", u"Unlock the registry", None))
        self.personLabel.setText(QCoreApplication.translate("UnlockScreen", u"&Who is unlocking?", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("UnlockScreen", u"Who is unlocking?", None))
#endif // QT_CONFIG(accessibility)
        self.otherButton.setText(QCoreApplication.translate("UnlockScreen", u"&Open another registry\u2026", None))
        self.quitButton.setText(QCoreApplication.translate("UnlockScreen", u"&Quit", None))
    # retranslateUi

