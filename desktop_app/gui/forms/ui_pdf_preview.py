# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PdfPreview(object):
    def setupUi(self, PdfPreview):
        if not PdfPreview.objectName():
            PdfPreview.setObjectName(u"PdfPreview")
        PdfPreview.resize(900, 700)
        self.dialogLayout = QVBoxLayout(PdfPreview)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.titleLabel = QLabel(PdfPreview)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.toolbarLayout.addWidget(self.titleLabel)

        self.pageLabel = QLabel(PdfPreview)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setText(u"")

        self.toolbarLayout.addWidget(self.pageLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.zoomOutButton = QPushButton(PdfPreview)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.fitWidthButton = QPushButton(PdfPreview)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)
        self.fitWidthButton.setChecked(True)

        self.toolbarLayout.addWidget(self.fitWidthButton)

        self.zoomInButton = QPushButton(PdfPreview)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbarLayout.addWidget(self.zoomInButton)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.viewLayout = QVBoxLayout()
        self.viewLayout.setObjectName(u"viewLayout")

        self.dialogLayout.addLayout(self.viewLayout)

        self.messageLabel = QLabel(PdfPreview)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(PdfPreview)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreview)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PdfPreview)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(PdfPreview)

        QMetaObject.connectSlotsByName(PdfPreview)
    # setupUi

    def retranslateUi(self, PdfPreview):
        PdfPreview.setWindowTitle(QCoreApplication.translate("PdfPreview", u"Preview", None))
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreview", u"Zoom out", None))
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreview", u"Fit width", None))
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreview", u"Zoom in", None))
        self.printButton.setText(QCoreApplication.translate("PdfPreview", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PdfPreview", u"&Save as\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PdfPreview", u"&Close", None))
    # retranslateUi

