# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CustomerForm(object):
    def setupUi(self, CustomerForm):
        if not CustomerForm.objectName():
            CustomerForm.setObjectName(u"CustomerForm")
        CustomerForm.resize(1100, 700)
        self.dialogLayout = QVBoxLayout(CustomerForm)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CustomerForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formScroll = QScrollArea(CustomerForm)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setWidgetResizable(True)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.columnsLayout = QHBoxLayout(self.formContents)
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, -1, 4, -1)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.purposesGroup = QGroupBox(self.formContents)
        self.purposesGroup.setObjectName(u"purposesGroup")
        self.purposesLayout = QVBoxLayout(self.purposesGroup)
        self.purposesLayout.setObjectName(u"purposesLayout")

        self.leftColumn.addWidget(self.purposesGroup)

        self.consentsGroup = QGroupBox(self.formContents)
        self.consentsGroup.setObjectName(u"consentsGroup")
        self.consentsLayout = QVBoxLayout(self.consentsGroup)
        self.consentsLayout.setObjectName(u"consentsLayout")

        self.leftColumn.addWidget(self.consentsGroup)

        self.leftSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(12)
        self.rightColumn.setObjectName(u"rightColumn")
        self.fieldsGroup = QGroupBox(self.formContents)
        self.fieldsGroup.setObjectName(u"fieldsGroup")
        self.fieldsLayout = QVBoxLayout(self.fieldsGroup)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.noFieldsLabel = QLabel(self.fieldsGroup)
        self.noFieldsLabel.setObjectName(u"noFieldsLabel")
        self.noFieldsLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.noFieldsLabel)


        self.rightColumn.addWidget(self.fieldsGroup)

        self.proofGroup = QGroupBox(self.formContents)
        self.proofGroup.setObjectName(u"proofGroup")
        self.proofLayout = QFormLayout(self.proofGroup)
        self.proofLayout.setObjectName(u"proofLayout")
        self.channelLabel = QLabel(self.proofGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.proofLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.proofGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.proofLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.signatureLabel = QLabel(self.proofGroup)
        self.signatureLabel.setObjectName(u"signatureLabel")

        self.proofLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signatureLabel)

        self.signatureLayout = QVBoxLayout()
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.clearSignatureButton = QPushButton(self.proofGroup)
        self.clearSignatureButton.setObjectName(u"clearSignatureButton")

        self.signatureLayout.addWidget(self.clearSignatureButton)


        self.proofLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.signatureLayout)


        self.rightColumn.addWidget(self.proofGroup)

        self.rightSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)

        self.formScroll.setWidget(self.formContents)

        self.dialogLayout.addWidget(self.formScroll)

        self.errorLabel = QLabel(CustomerForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.showCustomerButton = QPushButton(CustomerForm)
        self.showCustomerButton.setObjectName(u"showCustomerButton")

        self.buttonLayout.addWidget(self.showCustomerButton)

        self.requiredLegend = QLabel(CustomerForm)
        self.requiredLegend.setObjectName(u"requiredLegend")

        self.buttonLayout.addWidget(self.requiredLegend)

        self.buttonBox = QDialogButtonBox(CustomerForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerForm)

        QMetaObject.connectSlotsByName(CustomerForm)
    # setupUi

    def retranslateUi(self, CustomerForm):
        CustomerForm.setWindowTitle(QCoreApplication.translate("CustomerForm", u"New customer", None))
        self.introLabel.setText(QCoreApplication.translate("CustomerForm", u"First say why you keep this customer's data: only the details those purposes need will be asked.", None))
        self.purposesGroup.setTitle(QCoreApplication.translate("CustomerForm", u"1. Why do you keep this customer's data?", None))
        self.consentsGroup.setTitle(QCoreApplication.translate("CustomerForm", u"2. What the customer agrees to (optional, ask them)", None))
        self.fieldsGroup.setTitle(QCoreApplication.translate("CustomerForm", u"3. Customer details", None))
        self.noFieldsLabel.setText(QCoreApplication.translate("CustomerForm", u"Tick a purpose: the details it needs will appear here.", None))
        self.proofGroup.setTitle(QCoreApplication.translate("CustomerForm", u"Proof of consent", None))
        self.channelLabel.setText(QCoreApplication.translate("CustomerForm", u"C&hannel:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("CustomerForm", u"Consent channel", None))
#endif // QT_CONFIG(accessibility)
        self.signatureLabel.setText(QCoreApplication.translate("CustomerForm", u"Signature (optional):", None))
        self.clearSignatureButton.setText(QCoreApplication.translate("CustomerForm", u"Clear signature", None))
        self.showCustomerButton.setText(QCoreApplication.translate("CustomerForm", u"Let the customer choose on screen\u2026", None))
        self.requiredLegend.setText(QCoreApplication.translate("CustomerForm", u"* required by a chosen purpose", None))
    # retranslateUi

