# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_workshop_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_NewWorkshopDialog(object):
    def setupUi(self, NewWorkshopDialog):
        if not NewWorkshopDialog.objectName():
            NewWorkshopDialog.setObjectName(u"NewWorkshopDialog")
        self.form_layout = QFormLayout(NewWorkshopDialog)
        self.form_layout.setObjectName(u"form_layout")
        self.client_label = QLabel(NewWorkshopDialog)
        self.client_label.setObjectName(u"client_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_edit = QLineEdit(NewWorkshopDialog)
        self.client_edit.setObjectName(u"client_edit")
        self.client_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.client_edit)

        self.consultant_label = QLabel(NewWorkshopDialog)
        self.consultant_label.setObjectName(u"consultant_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consultant_label)

        self.consultant_edit = QLineEdit(NewWorkshopDialog)
        self.consultant_edit.setObjectName(u"consultant_edit")
        self.consultant_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultant_edit)

        self.language_label = QLabel(NewWorkshopDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(NewWorkshopDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.model_label = QLabel(NewWorkshopDialog)
        self.model_label.setObjectName(u"model_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_combo = QComboBox(NewWorkshopDialog)
        self.model_combo.setObjectName(u"model_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.model_combo)

        self.button_box = QDialogButtonBox(NewWorkshopDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.client_label.setBuddy(self.client_edit)
        self.consultant_label.setBuddy(self.consultant_edit)
        self.language_label.setBuddy(self.language_combo)
        self.model_label.setBuddy(self.model_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.client_edit, self.consultant_edit)
        QWidget.setTabOrder(self.consultant_edit, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.model_combo)

        self.retranslateUi(NewWorkshopDialog)
    # setupUi

    def retranslateUi(self, NewWorkshopDialog):
        NewWorkshopDialog.setWindowTitle(QCoreApplication.translate("NewWorkshopDialog", u"New workshop", None))
        self.client_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Client:", None))
#if QT_CONFIG(accessibility)
        self.client_edit.setAccessibleName(QCoreApplication.translate("NewWorkshopDialog", u"Client", None))
#endif // QT_CONFIG(accessibility)
        self.consultant_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"C&onsultant:", None))
#if QT_CONFIG(accessibility)
        self.consultant_edit.setAccessibleName(QCoreApplication.translate("NewWorkshopDialog", u"Consultant", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("NewWorkshopDialog", u"Workshop language", None))
#endif // QT_CONFIG(accessibility)
        self.model_label.setText(QCoreApplication.translate("NewWorkshopDialog", u"&Model:", None))
#if QT_CONFIG(accessibility)
        self.model_combo.setAccessibleName(QCoreApplication.translate("NewWorkshopDialog", u"Maturity model", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

