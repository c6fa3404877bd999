# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_BreachDialog(object):
    def setupUi(self, BreachDialog):
        if not BreachDialog.objectName():
            BreachDialog.setObjectName(u"BreachDialog")
        BreachDialog.resize(1040, 640)
        self.dialogLayout = QVBoxLayout(BreachDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BreachDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.occurredLabel = QLabel(BreachDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredEdit = QDateEdit(BreachDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.discoveredLabel = QLabel(BreachDialog)
        self.discoveredLabel.setObjectName(u"discoveredLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.discoveredLabel)

        self.discoveredEdit = QDateTimeEdit(BreachDialog)
        self.discoveredEdit.setObjectName(u"discoveredEdit")
        self.discoveredEdit.setCalendarPopup(True)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.discoveredEdit)

        self.datesError = QLabel(BreachDialog)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setText(u"")
        self.datesError.setWordWrap(True)

        self.leftForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.datesError)

        self.natureLabel = QLabel(BreachDialog)
        self.natureLabel.setObjectName(u"natureLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureBox = QWidget(BreachDialog)
        self.natureBox.setObjectName(u"natureBox")
        self.natureLayout = QVBoxLayout(self.natureBox)
        self.natureLayout.setObjectName(u"natureLayout")
        self.natureLayout.setContentsMargins(0, 0, 0, 0)

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.natureBox)

        self.natureError = QLabel(BreachDialog)
        self.natureError.setObjectName(u"natureError")
        self.natureError.setText(u"")
        self.natureError.setWordWrap(True)

        self.leftForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.natureError)

        self.descriptionLabel = QLabel(BreachDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(BreachDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(BreachDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setText(u"")
        self.descriptionError.setWordWrap(True)

        self.leftForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.descriptionError)

        self.consequencesLabel = QLabel(BreachDialog)
        self.consequencesLabel.setObjectName(u"consequencesLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.consequencesLabel)

        self.consequencesEdit = QPlainTextEdit(BreachDialog)
        self.consequencesEdit.setObjectName(u"consequencesEdit")
        self.consequencesEdit.setTabChangesFocus(True)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.consequencesEdit)


        self.columnsLayout.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.estimateNote = QLabel(BreachDialog)
        self.estimateNote.setObjectName(u"estimateNote")
        self.estimateNote.setWordWrap(True)

        self.rightForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.estimateNote)

        self.categoriesLabel = QLabel(BreachDialog)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoriesLabel)

        self.categoriesBox = QWidget(BreachDialog)
        self.categoriesBox.setObjectName(u"categoriesBox")
        self.categoriesLayout = QVBoxLayout(self.categoriesBox)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesLayout.setContentsMargins(0, 0, 0, 0)

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoriesBox)

        self.categoriesError = QLabel(BreachDialog)
        self.categoriesError.setObjectName(u"categoriesError")
        self.categoriesError.setText(u"")
        self.categoriesError.setWordWrap(True)

        self.rightForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.categoriesError)

        self.peopleLabel = QLabel(BreachDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleSpin = QSpinBox(BreachDialog)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMaximum(2147483647)
        self.peopleSpin.setGroupSeparatorShown(True)

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.peopleSpin)

        self.recordsLabel = QLabel(BreachDialog)
        self.recordsLabel.setObjectName(u"recordsLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recordsLabel)

        self.recordsSpin = QSpinBox(BreachDialog)
        self.recordsSpin.setObjectName(u"recordsSpin")
        self.recordsSpin.setMaximum(2147483647)
        self.recordsSpin.setGroupSeparatorShown(True)

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recordsSpin)

        self.countsError = QLabel(BreachDialog)
        self.countsError.setObjectName(u"countsError")
        self.countsError.setText(u"")
        self.countsError.setWordWrap(True)

        self.rightForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.countsError)

        self.encryptedCheck = QCheckBox(BreachDialog)
        self.encryptedCheck.setObjectName(u"encryptedCheck")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.encryptedCheck)

        self.encryptedHelp = QLabel(BreachDialog)
        self.encryptedHelp.setObjectName(u"encryptedHelp")
        self.encryptedHelp.setWordWrap(True)

        self.rightForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.encryptedHelp)

        self.measuresTakenLabel = QLabel(BreachDialog)
        self.measuresTakenLabel.setObjectName(u"measuresTakenLabel")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.measuresTakenLabel)

        self.measuresTakenEdit = QPlainTextEdit(BreachDialog)
        self.measuresTakenEdit.setObjectName(u"measuresTakenEdit")
        self.measuresTakenEdit.setTabChangesFocus(True)

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.measuresTakenEdit)

        self.measuresProposedLabel = QLabel(BreachDialog)
        self.measuresProposedLabel.setObjectName(u"measuresProposedLabel")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.measuresProposedLabel)

        self.measuresProposedEdit = QPlainTextEdit(BreachDialog)
        self.measuresProposedEdit.setObjectName(u"measuresProposedEdit")
        self.measuresProposedEdit.setTabChangesFocus(True)

        self.rightForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.measuresProposedEdit)


        self.columnsLayout.addLayout(self.rightForm)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(BreachDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BreachDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.discoveredLabel.setBuddy(self.discoveredEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.consequencesLabel.setBuddy(self.consequencesEdit)
        self.peopleLabel.setBuddy(self.peopleSpin)
        self.recordsLabel.setBuddy(self.recordsSpin)
        self.measuresTakenLabel.setBuddy(self.measuresTakenEdit)
        self.measuresProposedLabel.setBuddy(self.measuresProposedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredEdit, self.discoveredEdit)
        QWidget.setTabOrder(self.discoveredEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.consequencesEdit)
        QWidget.setTabOrder(self.consequencesEdit, self.peopleSpin)
        QWidget.setTabOrder(self.peopleSpin, self.recordsSpin)
        QWidget.setTabOrder(self.recordsSpin, self.encryptedCheck)
        QWidget.setTabOrder(self.encryptedCheck, self.measuresTakenEdit)
        QWidget.setTabOrder(self.measuresTakenEdit, self.measuresProposedEdit)

        self.retranslateUi(BreachDialog)

        QMetaObject.connectSlotsByName(BreachDialog)
    # setupUi

    def retranslateUi(self, BreachDialog):
        BreachDialog.setWindowTitle(QCoreApplication.translate("BreachDialog", u"Record a breach", None))
        self.introLabel.setText(QCoreApplication.translate("BreachDialog", u"Describe the breach as far as you know it now. The 72-hour clock for notifying the supervisory authority starts when the breach was discovered.", None))
        self.occurredLabel.setText(QCoreApplication.translate("BreachDialog", u"&Incident on:", None))
        self.discoveredLabel.setText(QCoreApplication.translate("BreachDialog", u"&Discovered on:", None))
        self.natureLabel.setText(QCoreApplication.translate("BreachDialog", u"Nature:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("BreachDialog", u"&What happened:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("BreachDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.consequencesLabel.setText(QCoreApplication.translate("BreachDialog", u"&Likely consequences:", None))
#if QT_CONFIG(accessibility)
        self.consequencesEdit.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Likely consequences", None))
#endif // QT_CONFIG(accessibility)
        self.estimateNote.setText(QCoreApplication.translate("BreachDialog", u"Pre-filled from the registry (every customer): correct them if only part of the registry was concerned.", None))
        self.categoriesLabel.setText(QCoreApplication.translate("BreachDialog", u"Data concerned:", None))
        self.peopleLabel.setText(QCoreApplication.translate("BreachDialog", u"Approximate number of &people:", None))
        self.recordsLabel.setText(QCoreApplication.translate("BreachDialog", u"Approximate number of re&cords:", None))
        self.encryptedCheck.setText(QCoreApplication.translate("BreachDialog", u"The data was &encrypted and the key was not disclosed", None))
        self.encryptedHelp.setText(QCoreApplication.translate("BreachDialog", u"If so, the people concerned need not be told (Art. 34(3)(a)): yes for a lost or stolen computer whose passphrase and recovery code stayed secret; no for an exported file, a printout, a screen seen or a disclosed key.", None))
        self.measuresTakenLabel.setText(QCoreApplication.translate("BreachDialog", u"Measures &taken:", None))
#if QT_CONFIG(accessibility)
        self.measuresTakenEdit.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Measures taken", None))
#endif // QT_CONFIG(accessibility)
        self.measuresProposedLabel.setText(QCoreApplication.translate("BreachDialog", u"Measures pr&oposed:", None))
#if QT_CONFIG(accessibility)
        self.measuresProposedEdit.setAccessibleName(QCoreApplication.translate("BreachDialog", u"Measures proposed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

