# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(900, 640)
        SettingsDialog.setMinimumSize(QSize(760, 560))
        SettingsDialog.setStyleSheet(u"QLabel[kind=\"error\"] { color: #8a1c1c; background-color: #fdecea; border: 1px solid #f0b4b4; border-radius: 6px; }\n"
"QLabel[kind=\"ok\"] { color: #1d5e2f; background-color: #e8f4ea; border: 1px solid #b5d9bd; border-radius: 6px; }\n"
"QLabel[kind=\"warning\"] { color: #6b4a00; background-color: #fff5d6; border: 1px solid #e8d08a; border-radius: 6px; }\n"
"QPushButton { padding: 5px 14px; }\n"
"QTabWidget::pane { top: -1px; }")
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(14, 14, 14, 12)
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.businessTab = QWidget()
        self.businessTab.setObjectName(u"businessTab")
        self.businessLayout = QVBoxLayout(self.businessTab)
        self.businessLayout.setSpacing(10)
        self.businessLayout.setObjectName(u"businessLayout")
        self.businessLayout.setContentsMargins(14, 14, 14, 14)
        self.businessIntro = QLabel(self.businessTab)
        self.businessIntro.setObjectName(u"businessIntro")
        self.businessIntro.setWordWrap(True)

        self.businessLayout.addWidget(self.businessIntro)

        self.businessGrid = QGridLayout()
        self.businessGrid.setObjectName(u"businessGrid")
        self.businessGrid.setHorizontalSpacing(14)
        self.businessGrid.setVerticalSpacing(10)
        self.companyBox = QGroupBox(self.businessTab)
        self.companyBox.setObjectName(u"companyBox")
        self.companyForm = QFormLayout(self.companyBox)
        self.companyForm.setObjectName(u"companyForm")
        self.companyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.companyForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.companyForm.setHorizontalSpacing(12)
        self.companyForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.companyBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.companyBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(self.companyBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.companyBox)
        self.addressEdit.setObjectName(u"addressEdit")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.emailLabel = QLabel(self.companyBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.companyBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.companyBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.companyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.companyBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.companyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.businessGrid.addWidget(self.companyBox, 0, 0, 1, 1)

        self.dpoBox = QGroupBox(self.businessTab)
        self.dpoBox.setObjectName(u"dpoBox")
        self.dpoForm = QFormLayout(self.dpoBox)
        self.dpoForm.setObjectName(u"dpoForm")
        self.dpoForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dpoForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.dpoForm.setHorizontalSpacing(12)
        self.dpoForm.setVerticalSpacing(8)
        self.dpoHint = QLabel(self.dpoBox)
        self.dpoHint.setObjectName(u"dpoHint")
        self.dpoHint.setWordWrap(True)

        self.dpoForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.dpoHint)

        self.dpoNameLabel = QLabel(self.dpoBox)
        self.dpoNameLabel.setObjectName(u"dpoNameLabel")

        self.dpoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dpoNameLabel)

        self.dpoNameEdit = QLineEdit(self.dpoBox)
        self.dpoNameEdit.setObjectName(u"dpoNameEdit")

        self.dpoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dpoNameEdit)

        self.dpoEmailLabel = QLabel(self.dpoBox)
        self.dpoEmailLabel.setObjectName(u"dpoEmailLabel")

        self.dpoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dpoEmailLabel)

        self.dpoEmailEdit = QLineEdit(self.dpoBox)
        self.dpoEmailEdit.setObjectName(u"dpoEmailEdit")

        self.dpoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dpoEmailEdit)

        self.dpoPhoneLabel = QLabel(self.dpoBox)
        self.dpoPhoneLabel.setObjectName(u"dpoPhoneLabel")

        self.dpoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dpoPhoneLabel)

        self.dpoPhoneEdit = QLineEdit(self.dpoBox)
        self.dpoPhoneEdit.setObjectName(u"dpoPhoneEdit")

        self.dpoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dpoPhoneEdit)


        self.businessGrid.addWidget(self.dpoBox, 0, 1, 1, 1)

        self.authorityBox = QGroupBox(self.businessTab)
        self.authorityBox.setObjectName(u"authorityBox")
        self.authorityLayout = QVBoxLayout(self.authorityBox)
        self.authorityLayout.setObjectName(u"authorityLayout")
        self.authorityForm = QFormLayout()
        self.authorityForm.setObjectName(u"authorityForm")
        self.authorityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.authorityForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.authorityForm.setHorizontalSpacing(12)
        self.authorityForm.setVerticalSpacing(8)
        self.authorityHint = QLabel(self.authorityBox)
        self.authorityHint.setObjectName(u"authorityHint")
        self.authorityHint.setWordWrap(True)

        self.authorityForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.authorityHint)

        self.authorityNameLabel = QLabel(self.authorityBox)
        self.authorityNameLabel.setObjectName(u"authorityNameLabel")

        self.authorityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityNameLabel)

        self.authorityNameEdit = QLineEdit(self.authorityBox)
        self.authorityNameEdit.setObjectName(u"authorityNameEdit")

        self.authorityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorityNameEdit)

        self.authorityAddressLabel = QLabel(self.authorityBox)
        self.authorityAddressLabel.setObjectName(u"authorityAddressLabel")

        self.authorityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorityAddressLabel)

        self.authorityAddressEdit = QLineEdit(self.authorityBox)
        self.authorityAddressEdit.setObjectName(u"authorityAddressEdit")

        self.authorityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorityAddressEdit)

        self.authorityUrlLabel = QLabel(self.authorityBox)
        self.authorityUrlLabel.setObjectName(u"authorityUrlLabel")

        self.authorityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authorityUrlLabel)

        self.authorityUrlEdit = QLineEdit(self.authorityBox)
        self.authorityUrlEdit.setObjectName(u"authorityUrlEdit")

        self.authorityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorityUrlEdit)


        self.authorityLayout.addLayout(self.authorityForm)

        self.cnilRow = QHBoxLayout()
        self.cnilRow.setObjectName(u"cnilRow")
        self.cnilRowSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cnilRow.addItem(self.cnilRowSpacer)

        self.cnilButton = QPushButton(self.authorityBox)
        self.cnilButton.setObjectName(u"cnilButton")
        self.cnilButton.setAutoDefault(False)

        self.cnilRow.addWidget(self.cnilButton)


        self.authorityLayout.addLayout(self.cnilRow)


        self.businessGrid.addWidget(self.authorityBox, 1, 0, 1, 2)

        self.businessGrid.setColumnStretch(0, 1)
        self.businessGrid.setColumnStretch(1, 1)

        self.businessLayout.addLayout(self.businessGrid)

        self.businessMessage = QLabel(self.businessTab)
        self.businessMessage.setObjectName(u"businessMessage")
        self.businessMessage.setText(u"message")
        self.businessMessage.setWordWrap(True)
        self.businessMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.businessLayout.addWidget(self.businessMessage)

        self.businessBottom = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.businessLayout.addItem(self.businessBottom)

        self.businessButtons = QHBoxLayout()
        self.businessButtons.setObjectName(u"businessButtons")
        self.businessButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.businessButtons.addItem(self.businessButtonsSpacer)

        self.saveBusinessButton = QPushButton(self.businessTab)
        self.saveBusinessButton.setObjectName(u"saveBusinessButton")
        self.saveBusinessButton.setAutoDefault(False)

        self.businessButtons.addWidget(self.saveBusinessButton)


        self.businessLayout.addLayout(self.businessButtons)

        self.tabs.addTab(self.businessTab, "")
        self.purposesTab = QWidget()
        self.purposesTab.setObjectName(u"purposesTab")
        self.purposesLayout = QHBoxLayout(self.purposesTab)
        self.purposesLayout.setSpacing(14)
        self.purposesLayout.setObjectName(u"purposesLayout")
        self.purposesLayout.setContentsMargins(14, 14, 14, 14)
        self.purposeListLayout = QVBoxLayout()
        self.purposeListLayout.setSpacing(6)
        self.purposeListLayout.setObjectName(u"purposeListLayout")
        self.purposeListLabel = QLabel(self.purposesTab)
        self.purposeListLabel.setObjectName(u"purposeListLabel")
        font = QFont()
        font.setBold(True)
        self.purposeListLabel.setFont(font)

        self.purposeListLayout.addWidget(self.purposeListLabel)

        self.purposeList = QListWidget(self.purposesTab)
        self.purposeList.setObjectName(u"purposeList")
        self.purposeList.setMinimumSize(QSize(230, 0))
        self.purposeList.setMaximumSize(QSize(270, 16777215))
        self.purposeList.setSpacing(3)

        self.purposeListLayout.addWidget(self.purposeList)

        self.historyLabel = QLabel(self.purposesTab)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setFont(font)

        self.purposeListLayout.addWidget(self.historyLabel)

        self.historyTable = QTableWidget(self.purposesTab)
        if (self.historyTable.columnCount() < 2):
            self.historyTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setMaximumSize(QSize(270, 16777215))
        self.historyTable.setMinimumSize(QSize(0, 150))
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setColumnCount(2)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.purposeListLayout.addWidget(self.historyTable)


        self.purposesLayout.addLayout(self.purposeListLayout)

        self.purposeDetailLayout = QVBoxLayout()
        self.purposeDetailLayout.setSpacing(8)
        self.purposeDetailLayout.setObjectName(u"purposeDetailLayout")
        self.purposeTitle = QLabel(self.purposesTab)
        self.purposeTitle.setObjectName(u"purposeTitle")
        self.purposeTitle.setText(u"purpose")
        self.purposeTitle.setWordWrap(True)
        font1 = QFont()
        font1.setPointSize(13)
        font1.setBold(True)
        self.purposeTitle.setFont(font1)

        self.purposeDetailLayout.addWidget(self.purposeTitle)

        self.purposeDetails = QLabel(self.purposesTab)
        self.purposeDetails.setObjectName(u"purposeDetails")
        self.purposeDetails.setText(u"details")
        self.purposeDetails.setTextFormat(Qt.TextFormat.RichText)
        self.purposeDetails.setWordWrap(True)
        self.purposeDetails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.purposeDetailLayout.addWidget(self.purposeDetails)

        self.wordingBox = QGroupBox(self.purposesTab)
        self.wordingBox.setObjectName(u"wordingBox")
        self.wordingGrid = QGridLayout(self.wordingBox)
        self.wordingGrid.setObjectName(u"wordingGrid")
        self.wordingGrid.setHorizontalSpacing(12)
        self.wordingGrid.setVerticalSpacing(6)
        self.frenchHeading = QLabel(self.wordingBox)
        self.frenchHeading.setObjectName(u"frenchHeading")
        self.frenchHeading.setFont(font)

        self.wordingGrid.addWidget(self.frenchHeading, 0, 1, 1, 1)

        self.englishHeading = QLabel(self.wordingBox)
        self.englishHeading.setObjectName(u"englishHeading")
        self.englishHeading.setFont(font)

        self.wordingGrid.addWidget(self.englishHeading, 0, 2, 1, 1)

        self.wordingNameLabel = QLabel(self.wordingBox)
        self.wordingNameLabel.setObjectName(u"wordingNameLabel")

        self.wordingGrid.addWidget(self.wordingNameLabel, 1, 0, 1, 1)

        self.frenchNameEdit = QLineEdit(self.wordingBox)
        self.frenchNameEdit.setObjectName(u"frenchNameEdit")

        self.wordingGrid.addWidget(self.frenchNameEdit, 1, 1, 1, 1)

        self.englishNameEdit = QLineEdit(self.wordingBox)
        self.englishNameEdit.setObjectName(u"englishNameEdit")

        self.wordingGrid.addWidget(self.englishNameEdit, 1, 2, 1, 1)

        self.wordingTextLabel = QLabel(self.wordingBox)
        self.wordingTextLabel.setObjectName(u"wordingTextLabel")
        self.wordingTextLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.wordingGrid.addWidget(self.wordingTextLabel, 2, 0, 1, 1)

        self.frenchTextEdit = QPlainTextEdit(self.wordingBox)
        self.frenchTextEdit.setObjectName(u"frenchTextEdit")
        self.frenchTextEdit.setTabChangesFocus(True)

        self.wordingGrid.addWidget(self.frenchTextEdit, 2, 1, 1, 1)

        self.englishTextEdit = QPlainTextEdit(self.wordingBox)
        self.englishTextEdit.setObjectName(u"englishTextEdit")
        self.englishTextEdit.setTabChangesFocus(True)

        self.wordingGrid.addWidget(self.englishTextEdit, 2, 2, 1, 1)


        self.purposeDetailLayout.addWidget(self.wordingBox)

        self.purposeMessage = QLabel(self.purposesTab)
        self.purposeMessage.setObjectName(u"purposeMessage")
        self.purposeMessage.setText(u"message")
        self.purposeMessage.setWordWrap(True)
        self.purposeMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.purposeDetailLayout.addWidget(self.purposeMessage)

        self.proofNote = QLabel(self.purposesTab)
        self.proofNote.setObjectName(u"proofNote")
        self.proofNote.setWordWrap(True)

        self.purposeDetailLayout.addWidget(self.proofNote)

        self.wordingButtons = QHBoxLayout()
        self.wordingButtons.setObjectName(u"wordingButtons")
        self.versionLabel = QLabel(self.purposesTab)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"version")

        self.wordingButtons.addWidget(self.versionLabel)

        self.wordingButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wordingButtons.addItem(self.wordingButtonsSpacer)

        self.saveWordingButton = QPushButton(self.purposesTab)
        self.saveWordingButton.setObjectName(u"saveWordingButton")
        self.saveWordingButton.setAutoDefault(False)

        self.wordingButtons.addWidget(self.saveWordingButton)


        self.purposeDetailLayout.addLayout(self.wordingButtons)


        self.purposesLayout.addLayout(self.purposeDetailLayout)

        self.tabs.addTab(self.purposesTab, "")
        self.securityTab = QWidget()
        self.securityTab.setObjectName(u"securityTab")
        self.securityLayout = QVBoxLayout(self.securityTab)
        self.securityLayout.setSpacing(10)
        self.securityLayout.setObjectName(u"securityLayout")
        self.securityLayout.setContentsMargins(14, 14, 14, 14)
        self.methodsLabel = QLabel(self.securityTab)
        self.methodsLabel.setObjectName(u"methodsLabel")
        self.methodsLabel.setText(u"methods")
        self.methodsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.methodsLabel.setWordWrap(True)

        self.securityLayout.addWidget(self.methodsLabel)

        self.securityGrid = QGridLayout()
        self.securityGrid.setObjectName(u"securityGrid")
        self.securityGrid.setHorizontalSpacing(14)
        self.securityGrid.setVerticalSpacing(10)
        self.passphraseBox = QGroupBox(self.securityTab)
        self.passphraseBox.setObjectName(u"passphraseBox")
        self.passphraseLayout = QVBoxLayout(self.passphraseBox)
        self.passphraseLayout.setSpacing(8)
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseHint = QLabel(self.passphraseBox)
        self.passphraseHint.setObjectName(u"passphraseHint")
        self.passphraseHint.setText(u"hint")
        self.passphraseHint.setWordWrap(True)

        self.passphraseLayout.addWidget(self.passphraseHint)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphraseForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.passphraseForm.setHorizontalSpacing(12)
        self.passphraseForm.setVerticalSpacing(8)
        self.newPassphraseLabel = QLabel(self.passphraseBox)
        self.newPassphraseLabel.setObjectName(u"newPassphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newPassphraseLabel)

        self.newPassphraseEdit = QLineEdit(self.passphraseBox)
        self.newPassphraseEdit.setObjectName(u"newPassphraseEdit")
        self.newPassphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newPassphraseEdit)

        self.confirmPassphraseLabel = QLabel(self.passphraseBox)
        self.confirmPassphraseLabel.setObjectName(u"confirmPassphraseLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmPassphraseLabel)

        self.confirmPassphraseEdit = QLineEdit(self.passphraseBox)
        self.confirmPassphraseEdit.setObjectName(u"confirmPassphraseEdit")
        self.confirmPassphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmPassphraseEdit)


        self.passphraseLayout.addLayout(self.passphraseForm)

        self.passphraseMessage = QLabel(self.passphraseBox)
        self.passphraseMessage.setObjectName(u"passphraseMessage")
        self.passphraseMessage.setText(u"message")
        self.passphraseMessage.setWordWrap(True)
        self.passphraseMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passphraseLayout.addWidget(self.passphraseMessage)

        self.passphraseButtons = QHBoxLayout()
        self.passphraseButtons.setObjectName(u"passphraseButtons")
        self.passphraseButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passphraseButtons.addItem(self.passphraseButtonsSpacer)

        self.removePassphraseButton = QPushButton(self.passphraseBox)
        self.removePassphraseButton.setObjectName(u"removePassphraseButton")
        self.removePassphraseButton.setAutoDefault(False)

        self.passphraseButtons.addWidget(self.removePassphraseButton)

        self.setPassphraseButton = QPushButton(self.passphraseBox)
        self.setPassphraseButton.setObjectName(u"setPassphraseButton")
        self.setPassphraseButton.setText(u"set")
        self.setPassphraseButton.setAutoDefault(False)

        self.passphraseButtons.addWidget(self.setPassphraseButton)


        self.passphraseLayout.addLayout(self.passphraseButtons)

        self.passphraseBottom = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passphraseLayout.addItem(self.passphraseBottom)


        self.securityGrid.addWidget(self.passphraseBox, 0, 0, 2, 1)

        self.keyringBox = QGroupBox(self.securityTab)
        self.keyringBox.setObjectName(u"keyringBox")
        self.keyringLayout = QVBoxLayout(self.keyringBox)
        self.keyringLayout.setSpacing(8)
        self.keyringLayout.setObjectName(u"keyringLayout")
        self.keyringHint = QLabel(self.keyringBox)
        self.keyringHint.setObjectName(u"keyringHint")
        self.keyringHint.setText(u"hint")
        self.keyringHint.setWordWrap(True)

        self.keyringLayout.addWidget(self.keyringHint)

        self.keyringMessage = QLabel(self.keyringBox)
        self.keyringMessage.setObjectName(u"keyringMessage")
        self.keyringMessage.setText(u"message")
        self.keyringMessage.setWordWrap(True)
        self.keyringMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keyringLayout.addWidget(self.keyringMessage)

        self.keyringButtons = QHBoxLayout()
        self.keyringButtons.setObjectName(u"keyringButtons")
        self.keyringButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyringButtons.addItem(self.keyringButtonsSpacer)

        self.keyringButton = QPushButton(self.keyringBox)
        self.keyringButton.setObjectName(u"keyringButton")
        self.keyringButton.setText(u"keyring")
        self.keyringButton.setAutoDefault(False)

        self.keyringButtons.addWidget(self.keyringButton)


        self.keyringLayout.addLayout(self.keyringButtons)


        self.securityGrid.addWidget(self.keyringBox, 0, 1, 1, 1)

        self.recoveryBox = QGroupBox(self.securityTab)
        self.recoveryBox.setObjectName(u"recoveryBox")
        self.recoveryLayout = QVBoxLayout(self.recoveryBox)
        self.recoveryLayout.setSpacing(8)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryHint = QLabel(self.recoveryBox)
        self.recoveryHint.setObjectName(u"recoveryHint")
        self.recoveryHint.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryHint)

        self.recoveryMessage = QLabel(self.recoveryBox)
        self.recoveryMessage.setObjectName(u"recoveryMessage")
        self.recoveryMessage.setText(u"message")
        self.recoveryMessage.setWordWrap(True)
        self.recoveryMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.recoveryMessage)

        self.recoveryButtons = QHBoxLayout()
        self.recoveryButtons.setObjectName(u"recoveryButtons")
        self.recoveryButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtons.addItem(self.recoveryButtonsSpacer)

        self.renewButton = QPushButton(self.recoveryBox)
        self.renewButton.setObjectName(u"renewButton")
        self.renewButton.setAutoDefault(False)

        self.recoveryButtons.addWidget(self.renewButton)


        self.recoveryLayout.addLayout(self.recoveryButtons)


        self.securityGrid.addWidget(self.recoveryBox, 1, 1, 1, 1)

        self.securityGrid.setColumnStretch(0, 1)
        self.securityGrid.setColumnStretch(1, 1)

        self.securityLayout.addLayout(self.securityGrid)

        self.securityBottom = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.securityLayout.addItem(self.securityBottom)

        self.tabs.addTab(self.securityTab, "")
        self.displayTab = QWidget()
        self.displayTab.setObjectName(u"displayTab")
        self.displayLayout = QVBoxLayout(self.displayTab)
        self.displayLayout.setSpacing(10)
        self.displayLayout.setObjectName(u"displayLayout")
        self.displayLayout.setContentsMargins(14, 14, 14, 14)
        self.displayForm = QFormLayout()
        self.displayForm.setObjectName(u"displayForm")
        self.displayForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.displayForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.displayForm.setHorizontalSpacing(12)
        self.displayForm.setVerticalSpacing(8)
        self.languageLabel = QLabel(self.displayTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.displayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.displayTab)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setMinimumSize(QSize(260, 0))

        self.displayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.displayLayout.addLayout(self.displayForm)

        self.languageNote = QLabel(self.displayTab)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.displayLayout.addWidget(self.languageNote)

        self.displayMessage = QLabel(self.displayTab)
        self.displayMessage.setObjectName(u"displayMessage")
        self.displayMessage.setText(u"message")
        self.displayMessage.setWordWrap(True)
        self.displayMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.displayLayout.addWidget(self.displayMessage)

        self.displayBottom = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.displayLayout.addItem(self.displayBottom)

        self.tabs.addTab(self.displayTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.dpoNameLabel.setBuddy(self.dpoNameEdit)
        self.dpoEmailLabel.setBuddy(self.dpoEmailEdit)
        self.dpoPhoneLabel.setBuddy(self.dpoPhoneEdit)
        self.authorityNameLabel.setBuddy(self.authorityNameEdit)
        self.authorityAddressLabel.setBuddy(self.authorityAddressEdit)
        self.authorityUrlLabel.setBuddy(self.authorityUrlEdit)
        self.purposeListLabel.setBuddy(self.purposeList)
        self.historyLabel.setBuddy(self.historyTable)
        self.wordingNameLabel.setBuddy(self.frenchNameEdit)
        self.wordingTextLabel.setBuddy(self.frenchTextEdit)
        self.newPassphraseLabel.setBuddy(self.newPassphraseEdit)
        self.confirmPassphraseLabel.setBuddy(self.confirmPassphraseEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.dpoNameEdit)
        QWidget.setTabOrder(self.dpoNameEdit, self.dpoEmailEdit)
        QWidget.setTabOrder(self.dpoEmailEdit, self.dpoPhoneEdit)
        QWidget.setTabOrder(self.dpoPhoneEdit, self.authorityNameEdit)
        QWidget.setTabOrder(self.authorityNameEdit, self.authorityAddressEdit)
        QWidget.setTabOrder(self.authorityAddressEdit, self.authorityUrlEdit)
        QWidget.setTabOrder(self.authorityUrlEdit, self.cnilButton)
        QWidget.setTabOrder(self.cnilButton, self.saveBusinessButton)
        QWidget.setTabOrder(self.saveBusinessButton, self.purposeList)
        QWidget.setTabOrder(self.purposeList, self.frenchNameEdit)
        QWidget.setTabOrder(self.frenchNameEdit, self.englishNameEdit)
        QWidget.setTabOrder(self.englishNameEdit, self.frenchTextEdit)
        QWidget.setTabOrder(self.frenchTextEdit, self.englishTextEdit)
        QWidget.setTabOrder(self.englishTextEdit, self.saveWordingButton)
        QWidget.setTabOrder(self.saveWordingButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.newPassphraseEdit)
        QWidget.setTabOrder(self.newPassphraseEdit, self.confirmPassphraseEdit)
        QWidget.setTabOrder(self.confirmPassphraseEdit, self.setPassphraseButton)
        QWidget.setTabOrder(self.setPassphraseButton, self.removePassphraseButton)
        QWidget.setTabOrder(self.removePassphraseButton, self.keyringButton)
        QWidget.setTabOrder(self.keyringButton, self.renewButton)
        QWidget.setTabOrder(self.renewButton, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.buttonBox)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Registre: settings", None))
        self.businessIntro.setText(QCoreApplication.translate("SettingsDialog", u"Who keeps the customer file, and whom customers can turn to. This appears on the documents Registre prints for customers (information notices, answers to requests).", None))
        self.companyBox.setTitle(QCoreApplication.translate("SettingsDialog", u"The business", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Name (required)", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Business name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. Boulangerie Martin", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Business address", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("SettingsDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Business e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Business phone", None))
#endif // QT_CONFIG(accessibility)
        self.dpoBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Data-protection contact", None))
        self.dpoHint.setText(QCoreApplication.translate("SettingsDialog", u"The person customers can ask about their data. Often yourself.", None))
        self.dpoNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.dpoNameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Data-protection contact name", None))
#endif // QT_CONFIG(accessibility)
        self.dpoEmailLabel.setText(QCoreApplication.translate("SettingsDialog", u"E-ma&il", None))
#if QT_CONFIG(accessibility)
        self.dpoEmailEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Data-protection contact e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.dpoPhoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ph&one", None))
#if QT_CONFIG(accessibility)
        self.dpoPhoneEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Data-protection contact phone", None))
#endif // QT_CONFIG(accessibility)
        self.authorityBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Supervisory authority", None))
        self.authorityHint.setText(QCoreApplication.translate("SettingsDialog", u"Where customers can complain about how their data is handled. In France, the CNIL.", None))
        self.authorityNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Name", None))
#if QT_CONFIG(accessibility)
        self.authorityNameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Supervisory authority name", None))
#endif // QT_CONFIG(accessibility)
        self.authorityAddressLabel.setText(QCoreApplication.translate("SettingsDialog", u"Address", None))
#if QT_CONFIG(accessibility)
        self.authorityAddressEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Supervisory authority address", None))
#endif // QT_CONFIG(accessibility)
        self.authorityUrlLabel.setText(QCoreApplication.translate("SettingsDialog", u"Website", None))
#if QT_CONFIG(accessibility)
        self.authorityUrlEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Supervisory authority website", None))
#endif // QT_CONFIG(accessibility)
        self.cnilButton.setText(QCoreApplication.translate("SettingsDialog", u"Fill in the CNI&L", None))
        self.saveBusinessButton.setText(QCoreApplication.translate("SettingsDialog", u"Sa&ve the business details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.businessTab), QCoreApplication.translate("SettingsDialog", u"&Business", None))
        self.purposeListLabel.setText(QCoreApplication.translate("SettingsDialog", u"P&urposes", None))
#if QT_CONFIG(accessibility)
        self.purposeList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Purposes", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Versions of this wording", None))
        ___qtablewidgetitem = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsDialog", u"Version", None))
        ___qtablewidgetitem1 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsDialog", u"Date", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Versions of this wording", None))
#endif // QT_CONFIG(accessibility)
        self.wordingBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Wording shown to customers", None))
        self.frenchHeading.setText(QCoreApplication.translate("SettingsDialog", u"In French", None))
        self.englishHeading.setText(QCoreApplication.translate("SettingsDialog", u"In English", None))
        self.wordingNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.frenchNameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Purpose name in French", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.englishNameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Purpose name in English", None))
#endif // QT_CONFIG(accessibility)
        self.wordingTextLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Text", None))
#if QT_CONFIG(accessibility)
        self.frenchTextEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Purpose text in French", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.englishTextEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Purpose text in English", None))
#endif // QT_CONFIG(accessibility)
        self.proofNote.setText(QCoreApplication.translate("SettingsDialog", u"Saving makes a new version; it does not overwrite the old one. Every earlier version is kept unchanged, as proof of the exact text each customer agreed to.", None))
        self.saveWordingButton.setText(QCoreApplication.translate("SettingsDialog", u"Save as a &new version", None))
        self.tabs.setTabText(self.tabs.indexOf(self.purposesTab), QCoreApplication.translate("SettingsDialog", u"&Purposes", None))
        self.passphraseBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Passphrase", None))
        self.newPassphraseLabel.setText(QCoreApplication.translate("SettingsDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.newPassphraseEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmPassphraseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Con&firm", None))
#if QT_CONFIG(accessibility)
        self.confirmPassphraseEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Confirm the new passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.removePassphraseButton.setText(QCoreApplication.translate("SettingsDialog", u"&Remove the passphrase\u2026", None))
        self.keyringBox.setTitle(QCoreApplication.translate("SettingsDialog", u"System keyring", None))
        self.recoveryBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Recovery code", None))
        self.recoveryHint.setText(QCoreApplication.translate("SettingsDialog", u"The recovery sheet opens the registry when everything else is lost. Renew the code if the sheet was lost or seen by someone else: a new sheet is made and the old one stops working.", None))
        self.renewButton.setText(QCoreApplication.translate("SettingsDialog", u"Rene&w the recovery code\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.securityTab), QCoreApplication.translate("SettingsDialog", u"&Security", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Interface &language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"The new language applies the next time Registre starts.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.displayTab), QCoreApplication.translate("SettingsDialog", u"&Display", None))
    # retranslateUi

