"""Help › About CRM Workshop: the versions of the app and of what it runs on.

The versions are read when the dialog opens (``importlib.metadata``: the packages'
records, without importing reportlab or matplotlib), never at start-up. "Copy to
clipboard" puts the same lines as plain text on the clipboard for a support request.
"""

from __future__ import annotations

import html
import platform
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import crm_workshop

# (label, distribution name) of the libraries whose versions a support request needs
LIBRARIES = (
    ("matplotlib", "matplotlib"),
    ("reportlab", "reportlab"),
    ("sqlite-utils", "sqlite-utils"),
    ("openpyxl", "openpyxl"),
    ("python-docx", "python-docx"),
)


def package_version(distribution: str) -> str | None:
    """The installed version of ``distribution``, or None when it has no record (not
    installed, or a bundle that left its metadata out)."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About CRM Workshop"))
        self.rows = self.versions()
        title = QLabel(f"<h2>CRM Workshop {html.escape(crm_workshop.__version__)}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(
            self.tr(
                "Run CRM Maturity Model workshops offline and turn them into a roadmap."
            )
        )
        summary.setWordWrap(True)
        self.table_label = QLabel(self._table_html())
        self.table_label.setObjectName("about_versions_label")
        self.table_label.setTextFormat(Qt.TextFormat.RichText)
        self.table_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.licence_label = QLabel(self.licence())
        self.licence_label.setObjectName("about_licence_label")
        self.licence_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.copy_button.setObjectName("about_copy_button")
        self.copy_button.setToolTip(
            self.tr("Copy these versions as text, for a support request")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, summary, self.table_label, self.licence_label):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def versions(self) -> list[tuple[str, str]]:
        """(label, version) of the app, its runtime and its libraries."""
        from crm_workshop.services.about import file_format_version, sqlite_version

        missing = self.tr("not installed")
        rows = [
            (self.tr("CRM Workshop"), crm_workshop.__version__),
            (
                self.tr("Workshop file format"),
                self.tr("schema version %d") % file_format_version(),
            ),
            ("Python", platform.python_version()),
            ("Qt", qVersion()),
            ("PySide6", pyside_version()),
            ("SQLite", sqlite_version()),
        ]
        rows += [(label, package_version(name) or missing) for label, name in LIBRARIES]
        rows.append((self.tr("System"), platform.platform()))
        return rows

    def licence(self) -> str:
        return self.tr(
            "Released under the MIT licence. Qt and PySide6 are used under the LGPL."
        )

    def _table_html(self) -> str:
        cells = "".join(
            f"<tr><td>{html.escape(label)}</td>"
            f"<td style='padding-left:12px'>{html.escape(version)}</td></tr>"
            for label, version in self.rows
        )
        return f"<table>{cells}</table>"

    def report_text(self) -> str:
        """The versions as plain text, one "label: version" per line."""
        return "".join(f"{label}: {version}\n" for label, version in self.rows)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box (non-blocking: it closes itself)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
