"""The findings dock: what the check says, worst first, with what to do instead.

Clicking a finding selects and centres its elements on the canvas and shows its hint.
The list is refilled after every live check; the finding that was selected stays selected
when it is still there.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from blueprint.check.finding import SEVERITY_COUNTED
from blueprint.check.wording import Wording
from blueprint.model import Severity
from blueprint.shipped import rule_page
from blueprint.render.style import SEVERITY_COLOURS, severity_shape
from blueprint.ui.window.help import HelpPage, show_help_page


@cache
def severity_icon(severity: Severity) -> QIcon:
    """The badge shape of a severity (disc, triangle, square) as a small icon."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS[Severity.INFO]))
    painter.drawPath(severity_shape(severity, QPointF(16, 17), 12))
    painter.end()
    return QIcon(pixmap)


READABLE = 1.25
"""The findings' text is this much larger than the program's other text."""


def _key(finding: Any) -> tuple:
    return (finding.rule, finding.elements, finding.message)


class FindingsDock(QDockWidget):
    """The check's findings. ``elementsChosen(ids)`` when a finding is clicked;
    ``suppressRequested(finding)`` when the person wants it switched off on its element."""

    elementsChosen = Signal(list)
    suppressRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Findings"), parent)
        self.setObjectName("findings")
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._choose)
        self.list.itemActivated.connect(self._choose)
        self.list.currentItemChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.detail.viewport().setAutoFillBackground(False)
        self.suppress_button = QPushButton(self.tr("Accept here…"))
        self.suppress_button.setToolTip(self.tr("Switch this rule off on this element, with the team's reason"))
        self.suppress_button.clicked.connect(self._suppress)
        self.why_button = QPushButton(self.tr("Why?"))
        self.why_button.setToolTip(self.tr("The rule's page: what it finds, why it matters, and what to do instead"))
        self.why_button.clicked.connect(self.explain)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why_button)
        buttons.addWidget(self.suppress_button)
        buttons.addStretch(1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)  # the hint never disappears; the list can grow
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        for widget in (self.summary, self.list, self.detail):  # read from the back of a room
            font = widget.font()
            font.setPointSizeF(font.pointSizeF() * READABLE)
            widget.setFont(font)
        self.list.setIconSize(self.list.iconSize() * READABLE)
        self.findings: list[Any] = []
        self._show_detail(None)

    def show_result(self, result: Any) -> None:
        """Show the findings of one check (a CheckResult), keeping the selected one."""
        current = self.current_finding()
        shown = [(_key(f), f.severity, f.hint) for f in self.findings]
        self.findings = list(result.findings)
        self.summary.setText(self._summary(result))
        if shown == [(_key(f), f.severity, f.hint) for f in self.findings]:
            return  # the same findings again (most edits): the list stays as it is
        self.list.blockSignals(True)
        self.list.clear()
        restore = None
        for index, finding in enumerate(self.findings):
            item = QListWidgetItem(severity_icon(finding.severity), finding.message)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(self.tr("{rule}\nWhat to do instead: {hint}").format(rule=finding.rule, hint=finding.hint))
            self.list.addItem(item)
            if current is not None and _key(finding) == _key(current):
                restore = item
        if restore is not None:
            self.list.setCurrentItem(restore)
        self.list.blockSignals(False)
        self._show_detail(self.list.currentItem())

    def current_finding(self) -> Any:
        """The finding selected in the list, or None."""
        item = self.list.currentItem()
        if item is None:
            return None
        return self.findings[item.data(Qt.ItemDataRole.UserRole)]

    def _summary(self, result: Any) -> str:
        if not result.findings:
            return self.tr("No findings: the journey keeps the concept's promise.")
        say = Wording.for_language(QLocale().name())  # the program's language, with its plurals
        counts = ((severity, result.count(severity)) for severity in SEVERITY_COUNTED)
        return " · ".join(say.plural(*SEVERITY_COUNTED[severity], count) for severity, count in counts if count)

    def _choose(self, item: QListWidgetItem) -> None:
        finding = self.findings[item.data(Qt.ItemDataRole.UserRole)]
        self._show_detail(item)
        if finding.elements:
            self.elementsChosen.emit(list(finding.elements))

    def _show_detail(self, item: QListWidgetItem | None, *_: object) -> None:
        finding = None if item is None else self.findings[item.data(Qt.ItemDataRole.UserRole)]
        if finding is None:
            self.detail.setPlainText(self.tr("Click a finding to see it on the canvas and what to do instead."))
            self.suppress_button.setEnabled(False)
            self.why_button.setEnabled(False)
            return
        self.detail.setPlainText(self.tr("{message}\n\nWhat to do instead: {hint}\n\nRule: {rule}").format(
            message=finding.message, hint=finding.hint, rule=finding.rule))
        self.suppress_button.setEnabled(bool(finding.elements))
        self.why_button.setEnabled(rule_page(finding.rule).is_file())

    def explain(self) -> HelpPage | None:
        """Open the page of the selected finding's rule (the copy shipped with the program)."""
        finding = self.current_finding()
        return None if finding is None else show_help_page(self, rule_page(finding.rule))

    def _suppress(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.elements:
            self.suppressRequested.emit(finding)
