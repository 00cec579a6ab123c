# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_options_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QWidget)

class Ui_ReportOptionsDialog(object):
    def setupUi(self, ReportOptionsDialog):
        if not ReportOptionsDialog.objectName():
            ReportOptionsDialog.setObjectName(u"ReportOptionsDialog")
        self.form_layout = QFormLayout(ReportOptionsDialog)
        self.form_layout.setObjectName(u"form_layout")
        self.language_label = QLabel(ReportOptionsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(ReportOptionsDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.round_label = QLabel(ReportOptionsDialog)
        self.round_label.setObjectName(u"round_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.round_label)

        self.round_combo = QComboBox(ReportOptionsDialog)
        self.round_combo.setObjectName(u"round_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.round_combo)

        self.paper_label = QLabel(ReportOptionsDialog)
        self.paper_label.setObjectName(u"paper_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo = QComboBox(ReportOptionsDialog)
        self.paper_combo.setObjectName(u"paper_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paper_combo)

        self.format_label = QLabel(ReportOptionsDialog)
        self.format_label.setObjectName(u"format_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(ReportOptionsDialog)
        self.format_combo.setObjectName(u"format_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.anonymous_check = QCheckBox(ReportOptionsDialog)
        self.anonymous_check.setObjectName(u"anonymous_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.anonymous_check)

        self.button_box = QDialogButtonBox(ReportOptionsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.button_box)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.round_label.setBuddy(self.round_combo)
        self.paper_label.setBuddy(self.paper_combo)
        self.format_label.setBuddy(self.format_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language_combo, self.round_combo)
        QWidget.setTabOrder(self.round_combo, self.paper_combo)
        QWidget.setTabOrder(self.paper_combo, self.format_combo)
        QWidget.setTabOrder(self.format_combo, self.anonymous_check)

        self.retranslateUi(ReportOptionsDialog)
    # setupUi

    def retranslateUi(self, ReportOptionsDialog):
        ReportOptionsDialog.setWindowTitle(QCoreApplication.translate("ReportOptionsDialog", u"Export roadmap", None))
        self.language_label.setText(QCoreApplication.translate("ReportOptionsDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ReportOptionsDialog", u"Language of the report", None))
#endif // QT_CONFIG(accessibility)
        self.round_label.setText(QCoreApplication.translate("ReportOptionsDialog", u"&Round:", None))
#if QT_CONFIG(accessibility)
        self.round_combo.setAccessibleName(QCoreApplication.translate("ReportOptionsDialog", u"Assessment round", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("ReportOptionsDialog", u"&Paper:", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("ReportOptionsDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.format_label.setText(QCoreApplication.translate("ReportOptionsDialog", u"&Format:", None))
#if QT_CONFIG(accessibility)
        self.format_combo.setAccessibleName(QCoreApplication.translate("ReportOptionsDialog", u"File format of the report", None))
#endif // QT_CONFIG(accessibility)
        self.anonymous_check.setText(QCoreApplication.translate("ReportOptionsDialog", u"Show roles instead of names in the appendix", None))
    # retranslateUi

