# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(760, 540)
        self.mainLayout = QVBoxLayout(StaffDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(StaffDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"intro")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.peopleTree = QTreeWidget(StaffDialog)
        self.peopleTree.setObjectName(u"peopleTree")
        self.peopleTree.setRootIsDecorated(False)
        self.peopleTree.setUniformRowHeights(True)
        self.peopleTree.setAllColumnsShowFocus(True)

        self.mainLayout.addWidget(self.peopleTree)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.addButton = QPushButton(StaffDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.actionRow.addWidget(self.addButton)

        self.renameButton = QPushButton(StaffDialog)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.actionRow.addWidget(self.renameButton)

        self.secretButton = QPushButton(StaffDialog)
        self.secretButton.setObjectName(u"secretButton")
        self.secretButton.setText(u"New PIN\u2026")
        self.secretButton.setAutoDefault(False)

        self.actionRow.addWidget(self.secretButton)

        self.removeButton = QPushButton(StaffDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.actionRow.addWidget(self.removeButton)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionRow)

        self.grantsBox = QGroupBox(StaffDialog)
        self.grantsBox.setObjectName(u"grantsBox")
        self.grantsBox.setTitle(u"grants")
        self.grantsLayout = QVBoxLayout(self.grantsBox)
        self.grantsLayout.setObjectName(u"grantsLayout")
        self.exportCheck = QCheckBox(self.grantsBox)
        self.exportCheck.setObjectName(u"exportCheck")

        self.grantsLayout.addWidget(self.exportCheck)

        self.eraseCheck = QCheckBox(self.grantsBox)
        self.eraseCheck.setObjectName(u"eraseCheck")

        self.grantsLayout.addWidget(self.eraseCheck)

        self.grantsNoteLabel = QLabel(self.grantsBox)
        self.grantsNoteLabel.setObjectName(u"grantsNoteLabel")
        self.grantsNoteLabel.setWordWrap(True)

        self.grantsLayout.addWidget(self.grantsNoteLabel)


        self.mainLayout.addWidget(self.grantsBox)

        self.messageLabel = QLabel(StaffDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"message")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.errorLabel = QLabel(StaffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"error")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.peopleTree, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.secretButton)
        QWidget.setTabOrder(self.secretButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.exportCheck)
        QWidget.setTabOrder(self.exportCheck, self.eraseCheck)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff", None))
        ___qtreewidgetitem = self.peopleTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("StaffDialog", u"Rights lent", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("StaffDialog", u"Added on", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("StaffDialog", u"Unlocks with", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("StaffDialog", u"Role", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StaffDialog", u"Name", None))
        self.addButton.setText(QCoreApplication.translate("StaffDialog", u"&Add a person\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("StaffDialog", u"Re&name\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("StaffDialog", u"Re&move\u2026", None))
        self.exportCheck.setText(QCoreApplication.translate("StaffDialog", u"May hand customers a &copy of their data (access, portability)", None))
        self.eraseCheck.setText(QCoreApplication.translate("StaffDialog", u"May &erase customers on request", None))
        self.grantsNoteLabel.setText(QCoreApplication.translate("StaffDialog", u"Everything else (backups, restore, purposes, staff, settings, breach register, extending or refusing requests) stays yours.", None))
    # retranslateUi

