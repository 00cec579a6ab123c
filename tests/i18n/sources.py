"""What the GUI's code asks to translate, read from its syntax tree as Qt will look it up.

PySide6 looks a text up by (context, source, disambiguation): ``self.tr`` in a method
of class ``C`` uses the context ``C`` (walking up the class hierarchy), ``C.tr`` the
class ``C`` itself, and ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP`` name the
context. lupdate must find every such text under the same context, so only these
forms are allowed; any other call (``window.tr``, a ``tr`` passed around, a helper
wrapping ``translate`` with a context in a variable, a call inside an f-string, a
plural through ``translate``, whose forms lupdate drops) is reported as a problem:
lupdate files it under a context the app never asks for, or misses it.

The second half finds texts that never meet a translation function at all: string
literals handed straight to the Qt calls that show text to the user.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "crm_workshop" / "gui"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool


@dataclass(frozen=True)
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def modules(*, forms: bool = True) -> list[Path]:
    return [p for p in sorted(GUI.rglob("*.py")) if forms or "forms" not in p.parts]


def _text(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT).as_posix()}:{getattr(node, 'lineno', 0)}"


class _Scopes(ast.NodeVisitor):
    """Visits calls knowing the enclosing class and whether ``self`` is in scope."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.has_self: list[bool] = [False]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.has_self.append(False)
        self.generic_visit(node)
        self.has_self.pop()
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        args = node.args.posonlyargs + node.args.args
        is_method = bool(args) and args[0].arg == "self"
        self.has_self.append(self.has_self[-1] or is_method)
        self.generic_visit(node)
        self.has_self.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815


def _classes() -> tuple[set[str], set[str]]:
    """Names of the GUI's classes, and of those another GUI class derives from."""
    names: set[str] = set()
    bases: set[str] = set()
    for path in modules(forms=False):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
                for base in node.bases:
                    if isinstance(base, ast.Name):
                        bases.add(base.id)
                    elif isinstance(base, ast.Attribute):
                        bases.add(base.attr)
    return names, bases


class _Translations(_Scopes):
    def __init__(self, path: Path, classes: set[str], subclassed: set[str]) -> None:
        super().__init__()
        self.path = path
        self.classes_known = classes
        self.subclassed = subclassed
        self.in_fstring = 0
        self.messages: list[Message] = []
        self.problems: list[Problem] = []

    def _problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(Problem(_where(self.path, node), what))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
        translating = name in ("tr", "QT_TRANSLATE_NOOP") or (
            name == "translate" and receiver in ("QCoreApplication", "QApplication")
        )
        if translating and self.in_fstring:
            self._problem(node, "a translation inside an f-string: lupdate skips it")
            return
        if name == "tr" and receiver in self.classes_known:
            self._class_tr(node, receiver)
        elif name == "tr":
            self._tr(node, receiver)
        elif translating:  # QCoreApplication.translate, QT_TRANSLATE_NOOP
            self._translate(node, node.args)
        elif name in ("QT_TR_NOOP", "_tr", "translate") and not receiver:
            self._problem(node, f"{name}(): lupdate cannot tell its context")

    def _tr(self, node: ast.Call, receiver: str) -> None:
        if receiver != "self" or not self.classes or not self.has_self[-1]:
            self._problem(
                node,
                f"{ast.unparse(node.func)}(): use self.tr in a method, or "
                "QCoreApplication.translate with a literal context",
            )
            return
        args = node.args
        source = _text(args[0]) if args else None
        if source is None:
            return  # a text marked elsewhere (QT_TRANSLATE_NOOP) or built at run time
        comment = _text(args[1]) if len(args) > 1 else None
        numerus = len(args) > 2
        cls = self.classes[-1]
        if numerus and cls in self.subclassed:
            # PySide6 stops its walk up the class hierarchy at the first class whose
            # untranslated plural differs from the source (%n is filled in): the
            # subclass's context wins and the plural stays English.
            self._problem(
                node,
                f"a plural through self.tr in {cls}, which has subclasses: use "
                f'QCoreApplication.translate("{cls}", ...)',
            )
        self.messages.append(Message(cls, source, comment or "", numerus))

    def _class_tr(self, node: ast.Call, cls: str) -> None:
        args = node.args
        source = _text(args[0]) if args else None
        if source is not None:
            comment = _text(args[1]) if len(args) > 1 else None
            self.messages.append(Message(cls, source, comment or "", len(args) > 2))

    def _translate(self, node: ast.Call, args: list[ast.expr]) -> None:
        context = _text(args[0]) if args else None
        source = _text(args[1]) if len(args) > 1 else None
        if source is None:
            return  # a text marked with QT_TRANSLATE_NOOP, looked up by its value
        if context is None:
            self._problem(node, "translation with a context that is not a literal")
            return
        comment = _text(args[2]) if len(args) > 2 else None
        if len(args) > 3 or node.keywords:
            self._problem(
                node,
                "a plural through translate(): lupdate keeps one form only; use "
                "self.tr or i18n.Texts.tr",
            )
        self.messages.append(Message(context, source, comment or "", False))


def translations() -> tuple[list[Message], list[Problem]]:
    """Every text the GUI (its generated forms included) translates, and the calls
    lupdate would file under another context than the app looks in."""
    classes, subclassed = _classes()
    messages: list[Message] = []
    problems: list[Problem] = []
    for path in modules():
        visitor = _Translations(path, classes, subclassed)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        messages += visitor.messages
        problems += visitor.problems
    return messages, problems


# -- texts shown without translation -------------------------------------------------

# Methods whose every string argument is shown to the user.
SHOWN_BY_METHOD = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setInformativeText",
    "setDetailedText",
    "setCancelButtonText",
    "setOkButtonText",
    "setSpecialValueText",
    "setPrefix",
    "setSuffix",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "setItemToolTip",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setWindowIconText",
    "showMessage",
    "addTab",
    "insertTab",
    "addMenu",
    "addAction",
    "addRow",
    "addButton",
    "addItems",
    "critical",
    "warning",
    "information",
    "question",
    "getText",
    "getItem",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
}
# Methods whose first string argument is the text and later ones are data.
SHOWN_FIRST_ONLY = {"addItem", "insertItem"}
# Constructors whose string arguments are shown.
SHOWN_BY_CLASS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QCommandLinkButton",
    "QMessageBox",
    "QProgressDialog",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QStandardItem",
}
# The project's own helpers that show a text: the positions of their text arguments.
SHOWN_BY_HELPER = {
    "plain": (0,),
    "buddy": (0,),
    "line_edit": (1,),
    "date_edit": (1,),
    "PlainTextEdit": (1,),
    "department_combo": (2,),
    "too_long": (0,),
    "refuse": (0,),
    "plain_tooltip": (0,),
    "show_error": (0, 1),
    "ask_yes_no": (1, 2),
    "push": (1,),
}
# Keyword arguments that are texts (others are object names, flags, data).
SHOWN_KEYWORDS = {"text", "title", "toolTip", "statusTip", "placeholderText"}
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"<[^>]*>")
# The same in every language: the product's name, a paper size, a file type.
NOT_TRANSLATED = ("CRM Workshop", "A4", "PDF (*.pdf)")


def _is_text(value: str) -> bool:
    """A literal a person reads: a letter outside markup and names never translated."""
    value = _TAG.sub("", value)
    for name in NOT_TRANSLATED:
        value = value.replace(name, "")
    return bool(_LETTER.search(value))


def _literals(node: ast.expr) -> Iterator[ast.AST]:
    """The text literals an argument is built from, not looking into calls."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and _is_text(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        written = "".join(
            str(v.value) for v in node.values if isinstance(v, ast.Constant)
        )
        if _is_text(written):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        if isinstance(node.op, ast.Add):
            yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Call):
        func = node.func
        # "Level {n}".format(n=...) and "Level %d" % n are shown as written
        if isinstance(func, ast.Attribute) and func.attr == "format":
            yield from _literals(func.value)


def untranslated() -> list[Problem]:
    """String literals with letters handed straight to a call that shows them."""
    problems: list[Problem] = []
    for path in modules(forms=False):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else getattr(func, "id", "")
            )
            if name in SHOWN_BY_METHOD or name in SHOWN_BY_CLASS:
                arguments = [
                    *node.args,
                    *(k.value for k in node.keywords if k.arg in SHOWN_KEYWORDS),
                ]
            elif name in SHOWN_BY_HELPER:
                positions = SHOWN_BY_HELPER[name]
                arguments = [a for i, a in enumerate(node.args) if i in positions]
            elif name == "emit" and "message" in ast.unparse(func).lower():
                arguments = list(node.args)  # statusMessage.emit(text)
            elif name in SHOWN_FIRST_ONLY:
                # (index,) (icon,) text, data: the text, never the item's data
                rest = node.args[1:] if name == "insertItem" else node.args
                if rest and "icon" in ast.unparse(rest[0]).lower():
                    rest = rest[1:]
                arguments = rest[:1]
            else:
                continue
            for argument in arguments:
                for literal in _literals(argument):
                    problems.append(
                        Problem(
                            _where(path, literal),
                            f"{name}() shows {ast.unparse(literal)[:70]} untranslated",
                        )
                    )
        problems += _model_texts(path)
    return problems


def _model_texts(path: Path) -> list[Problem]:
    """Literal texts an item model returns from ``data`` or ``headerData``."""
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name in ("data", "headerData"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    for literal in _literals(inner.value):
                        problems.append(
                            Problem(
                                _where(path, literal),
                                f"{node.name}() returns {ast.unparse(literal)[:70]} "
                                "untranslated",
                            )
                        )
    return problems
