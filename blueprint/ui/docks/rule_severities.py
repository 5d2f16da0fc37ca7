"""The table of every rule of the check with its severity in this concept.

Each rule can keep the preset's severity or be set to off, info, warning or error. The
rules are read from :func:`blueprint.check.rules_in_language` the first time the table is shown, so
the check's modules are not imported while the window starts.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from blueprint.model import Severity
from blueprint.ui.docks.tables import fit_height, with_blocked
from blueprint.render.labels import label


class RuleSeverityTable(QTableWidget):
    """One row per rule: its title and a choice of severity; ``edited()`` after a choice."""

    edited = Signal()

    def __init__(self):
        super().__init__(0, 2)
        self.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Severity")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._overrides: dict[str, Severity] = {}
        self._rule_ids: list[str] = []
        # A rule's title wraps to as many lines as the column's width needs: refit the rows
        # whenever the dock is made narrower or wider.
        # Deferred: the header reports the new width before the rows can be measured in it.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._refit_rows)
        self.horizontalHeader().sectionResized.connect(lambda column, *_: column == 0 and self._refit.start())

    def _refit_rows(self) -> None:
        if self._rule_ids:
            self.resizeRowsToContents()
            fit_height(self, spare_rows=0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._rule_ids:
            self.fill()

    def fill(self) -> None:
        """Build one row per rule of the check (done once)."""
        from blueprint.check import rules_in_language

        rules = rules_in_language(QLocale().name())  # the program's language, like the rest of the form
        self._rule_ids = list(rules)
        self.setRowCount(len(rules))
        for row, meta in enumerate(rules.values()):
            item = QTableWidgetItem(meta.title)
            item.setToolTip(self.tr("{rule}\n\n{rationale}\n\nInstead: {hint}").format(
                rule=meta.id, rationale=meta.rationale, hint=meta.hint))
            self.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("Preset ({severity})").format(severity=label(meta.severity)), None)
            for severity in Severity:
                combo.addItem(label(severity), severity)
            combo.activated.connect(lambda *_: self.edited.emit())
            self.setCellWidget(row, 1, combo)
        self._refit_rows()
        self._show()

    def show_overrides(self, overrides: dict[str, Severity]) -> None:
        """Show the concept's per-rule severities without reporting an edit."""
        self._overrides = dict(overrides)
        self._show()

    def overrides(self) -> dict[str, Severity]:
        """The concept's per-rule severities as chosen (rules left at the preset are absent)."""
        chosen = {rule: severity for rule, severity in self._overrides.items() if rule not in self._rule_ids}
        for row, rule_id in enumerate(self._rule_ids):
            value = self.cellWidget(row, 1).currentData()
            if value is not None:
                chosen[rule_id] = Severity(value)
        return chosen

    def combo(self, rule_id: str) -> QComboBox:
        """The severity choice of one rule (fills the table first if needed)."""
        if not self._rule_ids:
            self.fill()
        return self.cellWidget(self._rule_ids.index(rule_id), 1)

    def _show(self) -> None:
        for row, rule_id in enumerate(self._rule_ids):
            combo = self.cellWidget(row, 1)
            wanted = self._overrides.get(rule_id)
            index = combo.findData(wanted) if wanted is not None else 0
            with_blocked(combo, lambda c=combo, i=index: c.setCurrentIndex(max(i, 0)))
