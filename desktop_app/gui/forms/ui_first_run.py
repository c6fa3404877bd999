# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(1366, 768)
        FirstRunWizard.setStyleSheet(u"QFrame#card { background-color: palette(base); border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 10px; }\n"
"QLineEdit { background-color: palette(base); border: 1px solid rgba(128, 128, 128, 0.75); border-radius: 4px; padding: 5px 6px; }\n"
"QLineEdit:focus { border: 2px solid palette(highlight); padding: 4px 5px; }\n"
"QLineEdit:disabled { border-color: rgba(128, 128, 128, 0.35); }\n"
"QFrame#card QLabel { background: transparent; }\n"
"QFrame#card QLabel#errorLabel { color: #8a1c1c; background-color: #fdecea; border: 1px solid #f0b4b4; border-radius: 6px; padding: 8px 10px; }\n"
"QFrame#card QLabel#sheetSavedLabel { color: #1d5e2f; background-color: #e8f4ea; border: 1px solid #b5d9bd; border-radius: 6px; padding: 8px 10px; }\n"
"QPushButton { padding: 6px 14px; }\n"
"QPushButton#nextButton { background-color: #1f5fa8; color: white; border: 1px solid #174a85; border-radius: 5px; padding: 8px 22px; font-weight: bold; }\n"
"QPushButton#nextButton:hover { background-color: #2a6fbd; }\n"
"QPushButton#n"
                        "extButton:focus { border: 2px solid #0b2f57; }\n"
"QPushButton#nextButton:disabled { background-color: #9fb6d3; border-color: #9fb6d3; }")
        self.outerLayout = QGridLayout(FirstRunWizard)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 24, 24, 24)
        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(FirstRunWizard)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(560, 0))
        self.card.setMaximumSize(QSize(640, 16777215))
        font = QFont()
        font.setPointSize(10)
        self.card.setFont(font)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 28, 32, 24)
        self.stepLabel = QLabel(self.card)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"Step 1 of 3")

        self.cardLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(self.card)
        self.pages.setObjectName(u"pages")
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setSpacing(10)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileLayout.setContentsMargins(0, 0, 0, 0)
        self.profileTitle = QLabel(self.profilePage)
        self.profileTitle.setObjectName(u"profileTitle")
        font1 = QFont()
        font1.setPointSize(17)
        font1.setBold(True)
        self.profileTitle.setFont(font1)

        self.profileLayout.addWidget(self.profileTitle)

        self.profileIntro = QLabel(self.profilePage)
        self.profileIntro.setObjectName(u"profileIntro")
        self.profileIntro.setWordWrap(True)

        self.profileLayout.addWidget(self.profileIntro)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profileForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.profileForm.setHorizontalSpacing(14)
        self.profileForm.setVerticalSpacing(8)
        self.businessNameLabel = QLabel(self.profilePage)
        self.businessNameLabel.setObjectName(u"businessNameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.businessNameLabel)

        self.businessNameEdit = QLineEdit(self.profilePage)
        self.businessNameEdit.setObjectName(u"businessNameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.businessNameEdit)

        self.addressLabel = QLabel(self.profilePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.profilePage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.emailLabel = QLabel(self.profilePage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.profilePage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.profilePage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.profilePage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.dpoHeading = QLabel(self.profilePage)
        self.dpoHeading.setObjectName(u"dpoHeading")
        font2 = QFont()
        font2.setBold(True)
        self.dpoHeading.setFont(font2)

        self.profileForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.dpoHeading)

        self.dpoHint = QLabel(self.profilePage)
        self.dpoHint.setObjectName(u"dpoHint")
        self.dpoHint.setWordWrap(True)
        self.dpoHint.setProperty(u"role", u"hint")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.dpoHint)

        self.dpoNameLabel = QLabel(self.profilePage)
        self.dpoNameLabel.setObjectName(u"dpoNameLabel")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dpoNameLabel)

        self.dpoNameEdit = QLineEdit(self.profilePage)
        self.dpoNameEdit.setObjectName(u"dpoNameEdit")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dpoNameEdit)

        self.dpoEmailLabel = QLabel(self.profilePage)
        self.dpoEmailLabel.setObjectName(u"dpoEmailLabel")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dpoEmailLabel)

        self.dpoEmailEdit = QLineEdit(self.profilePage)
        self.dpoEmailEdit.setObjectName(u"dpoEmailEdit")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dpoEmailEdit)

        self.dpoPhoneLabel = QLabel(self.profilePage)
        self.dpoPhoneLabel.setObjectName(u"dpoPhoneLabel")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dpoPhoneLabel)

        self.dpoPhoneEdit = QLineEdit(self.profilePage)
        self.dpoPhoneEdit.setObjectName(u"dpoPhoneEdit")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dpoPhoneEdit)


        self.profileLayout.addLayout(self.profileForm)

        self.pages.addWidget(self.profilePage)
        self.unlockPage = QWidget()
        self.unlockPage.setObjectName(u"unlockPage")
        self.unlockLayout = QVBoxLayout(self.unlockPage)
        self.unlockLayout.setSpacing(10)
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.unlockLayout.setContentsMargins(0, 0, 0, 0)
        self.unlockTitle = QLabel(self.unlockPage)
        self.unlockTitle.setObjectName(u"unlockTitle")
        self.unlockTitle.setFont(font1)

        self.unlockLayout.addWidget(self.unlockTitle)

        self.unlockIntro = QLabel(self.unlockPage)
        self.unlockIntro.setObjectName(u"unlockIntro")
        self.unlockIntro.setWordWrap(True)

        self.unlockLayout.addWidget(self.unlockIntro)

        self.keyringRadio = QRadioButton(self.unlockPage)
        self.keyringRadio.setObjectName(u"keyringRadio")

        self.unlockLayout.addWidget(self.keyringRadio)

        self.keyringHint = QLabel(self.unlockPage)
        self.keyringHint.setObjectName(u"keyringHint")
        self.keyringHint.setText(u"keyring hint")
        self.keyringHint.setWordWrap(True)
        self.keyringHint.setIndent(26)
        self.keyringHint.setProperty(u"role", u"hint")

        self.unlockLayout.addWidget(self.keyringHint)

        self.passphraseRadio = QRadioButton(self.unlockPage)
        self.passphraseRadio.setObjectName(u"passphraseRadio")

        self.unlockLayout.addWidget(self.passphraseRadio)

        self.passphraseBox = QWidget(self.unlockPage)
        self.passphraseBox.setObjectName(u"passphraseBox")
        self.passphraseForm = QFormLayout(self.passphraseBox)
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphraseForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.passphraseForm.setHorizontalSpacing(14)
        self.passphraseForm.setContentsMargins(26, 0, 0, 0)
        self.passphraseLabel = QLabel(self.passphraseBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.passphraseBox)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(self.passphraseBox)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.passphraseBox)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.passphraseHint = QLabel(self.passphraseBox)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setText(u"passphrase hint")
        self.passphraseHint.setWordWrap(True)
        self.passphraseHint.setProperty(u"role", u"hint")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseHint)


        self.unlockLayout.addWidget(self.passphraseBox)

        self.unlockSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unlockLayout.addItem(self.unlockSpacer)

        self.pages.addWidget(self.unlockPage)
        self.sheetPage = QWidget()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetLayout = QVBoxLayout(self.sheetPage)
        self.sheetLayout.setSpacing(12)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetLayout.setContentsMargins(0, 0, 0, 0)
        self.sheetTitle = QLabel(self.sheetPage)
        self.sheetTitle.setObjectName(u"sheetTitle")
        self.sheetTitle.setFont(font1)

        self.sheetLayout.addWidget(self.sheetTitle)

        self.sheetIntro = QLabel(self.sheetPage)
        self.sheetIntro.setObjectName(u"sheetIntro")
        self.sheetIntro.setWordWrap(True)

        self.sheetLayout.addWidget(self.sheetIntro)

        self.saveSheetRow = QHBoxLayout()
        self.saveSheetRow.setObjectName(u"saveSheetRow")
        self.saveSheetButton = QPushButton(self.sheetPage)
        self.saveSheetButton.setObjectName(u"saveSheetButton")

        self.saveSheetRow.addWidget(self.saveSheetButton)

        self.saveSheetSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveSheetRow.addItem(self.saveSheetSpacer)


        self.sheetLayout.addLayout(self.saveSheetRow)

        self.sheetSavedLabel = QLabel(self.sheetPage)
        self.sheetSavedLabel.setObjectName(u"sheetSavedLabel")
        self.sheetSavedLabel.setText(u"saved in")
        self.sheetSavedLabel.setWordWrap(True)
        self.sheetSavedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sheetLayout.addWidget(self.sheetSavedLabel)

        self.sheetConfirmCheck = QCheckBox(self.sheetPage)
        self.sheetConfirmCheck.setObjectName(u"sheetConfirmCheck")

        self.sheetLayout.addWidget(self.sheetConfirmCheck)

        self.sheetSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sheetLayout.addItem(self.sheetSpacer)

        self.pages.addWidget(self.sheetPage)

        self.cardLayout.addWidget(self.pages)

        self.errorLabel = QLabel(self.card)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"error")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(-1, 8, -1, -1)
        self.backButton = QPushButton(self.card)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setText(u"Back")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.nextButton = QPushButton(self.card)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"Next")

        self.buttonRow.addWidget(self.nextButton)


        self.cardLayout.addLayout(self.buttonRow)

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
        self.businessNameLabel.setBuddy(self.businessNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.dpoNameLabel.setBuddy(self.dpoNameEdit)
        self.dpoEmailLabel.setBuddy(self.dpoEmailEdit)
        self.dpoPhoneLabel.setBuddy(self.dpoPhoneEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.businessNameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.dpoNameEdit)
        QWidget.setTabOrder(self.dpoNameEdit, self.dpoEmailEdit)
        QWidget.setTabOrder(self.dpoEmailEdit, self.dpoPhoneEdit)
        QWidget.setTabOrder(self.dpoPhoneEdit, self.keyringRadio)
        QWidget.setTabOrder(self.keyringRadio, self.passphraseRadio)
        QWidget.setTabOrder(self.passphraseRadio, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.saveSheetButton)
        QWidget.setTabOrder(self.saveSheetButton, self.sheetConfirmCheck)
        QWidget.setTabOrder(self.sheetConfirmCheck, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.backButton)

        self.retranslateUi(FirstRunWizard)

        self.pages.setCurrentIndex(0)
        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Registre: create your customer registry", None))
        self.profileTitle.setText(QCoreApplication.translate("FirstRunWizard", u"Welcome to Registre", None))
        self.profileIntro.setText(QCoreApplication.translate("FirstRunWizard", u"Registre keeps your customer file encrypted on this computer. First, tell us who is responsible for it: this appears on the documents you give your customers.", None))
        self.businessNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Business name (required)", None))
#if QT_CONFIG(accessibility)
        self.businessNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Business name", None))
#endif // QT_CONFIG(accessibility)
        self.businessNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Boulangerie Martin", None))
        self.addressLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Business address", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Business e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Business phone", None))
#endif // QT_CONFIG(accessibility)
        self.dpoHeading.setText(QCoreApplication.translate("FirstRunWizard", u"Data-protection contact", None))
        self.dpoHint.setText(QCoreApplication.translate("FirstRunWizard", u"The person your customers can ask about their data. Often yourself; leave empty to fill in later.", None))
        self.dpoNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.dpoNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Data-protection contact name", None))
#endif // QT_CONFIG(accessibility)
        self.dpoEmailLabel.setText(QCoreApplication.translate("FirstRunWizard", u"E-ma&il", None))
#if QT_CONFIG(accessibility)
        self.dpoEmailEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Data-protection contact e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.dpoPhoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.dpoPhoneEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Data-protection contact phone", None))
#endif // QT_CONFIG(accessibility)
        self.unlockTitle.setText(QCoreApplication.translate("FirstRunWizard", u"How to unlock the registry", None))
        self.unlockIntro.setText(QCoreApplication.translate("FirstRunWizard", u"The registry is encrypted. Choose how Registre gets its key when it starts.", None))
        self.keyringRadio.setText(QCoreApplication.translate("FirstRunWizard", u"&Keep the key in this computer's keyring (recommended)", None))
#if QT_CONFIG(accessibility)
        self.keyringRadio.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Use the system keyring", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Protect it with a &passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseRadio.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Use a passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"P&assphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Type it again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Passphrase confirmation", None))
#endif // QT_CONFIG(accessibility)
        self.sheetTitle.setText(QCoreApplication.translate("FirstRunWizard", u"Save the recovery sheet", None))
        self.sheetIntro.setText(QCoreApplication.translate("FirstRunWizard", u"The registry is created. The recovery sheet holds the recovery code: the only way to open your customer file if the passphrase is forgotten or the computer is replaced. Save it as a PDF, print it, and keep the paper somewhere safe, away from the computer.", None))
        self.saveSheetButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Save the recovery sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveSheetButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Save the recovery sheet as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.sheetConfirmCheck.setText(QCoreApplication.translate("FirstRunWizard", u"&I have saved or printed the recovery sheet and put it somewhere safe", None))
#if QT_CONFIG(accessibility)
        self.sheetConfirmCheck.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"I have saved or printed the recovery sheet", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

