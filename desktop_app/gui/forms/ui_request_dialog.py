# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

class Ui_RequestDialog(object):
    def setupUi(self, RequestDialog):
        if not RequestDialog.objectName():
            RequestDialog.setObjectName(u"RequestDialog")
        RequestDialog.resize(720, 640)
        self.dialogLayout = QVBoxLayout(RequestDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.customerLabel = QLabel(RequestDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"")
        self.customerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.customerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.typeLabel = QLabel(RequestDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(RequestDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.receivedLabel = QLabel(RequestDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateEdit(RequestDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.channelLabel = QLabel(RequestDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(RequestDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.identityLabel = QLabel(RequestDialog)
        self.identityLabel.setObjectName(u"identityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.identityLabel)

        self.identityCombo = QComboBox(RequestDialog)
        self.identityCombo.setObjectName(u"identityCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.identityCombo)

        self.languageLabel = QLabel(RequestDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(RequestDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.dueLabel = QLabel(RequestDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setText(u"")
        self.dueLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.dueLabel)

        self.typePages = QStackedWidget(RequestDialog)
        self.typePages.setObjectName(u"typePages")

        self.dialogLayout.addWidget(self.typePages)

        self.errorLabel = QLabel(RequestDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.identityLabel.setBuddy(self.identityCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestDialog)

        QMetaObject.connectSlotsByName(RequestDialog)
    # setupUi

    def retranslateUi(self, RequestDialog):
        RequestDialog.setWindowTitle(QCoreApplication.translate("RequestDialog", u"Rights request", None))
        self.typeLabel.setText(QCoreApplication.translate("RequestDialog", u"&Request:", None))
        self.receivedLabel.setText(QCoreApplication.translate("RequestDialog", u"Received &on:", None))
        self.channelLabel.setText(QCoreApplication.translate("RequestDialog", u"Re&ceived by:", None))
        self.identityLabel.setText(QCoreApplication.translate("RequestDialog", u"&Identity checked by:", None))
        self.languageLabel.setText(QCoreApplication.translate("RequestDialog", u"&Letter language:", None))
    # retranslateUi

