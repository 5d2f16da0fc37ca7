"""The small dialog that switches one rule off on one element, with the team's reason."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from blueprint.model import Blueprint, Suppression


def _rule_choices() -> list[tuple[str, str]]:
    """(what the list shows, rule id) per rule: the title in the program's language and the id."""
    from blueprint.check import rules_in_language

    return [(f"{meta.title} ({rule_id})", rule_id) for rule_id, meta in rules_in_language(QLocale().name()).items()]


class SuppressionDialog(QDialog):
    """Asks for a rule, an element and a reason; OK only once a reason is written."""

    def __init__(self, blueprint: Blueprint, rule: str | None = None, element: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suppress a finding"))
        self.rule = QComboBox()
        for text, rule_id in _rule_choices():
            self.rule.addItem(text, rule_id)
        self.element = QComboBox()
        for group in (blueprint.steps, blueprint.flows, blueprint.lanes, blueprint.needs):
            for item in group:
                self.element.addItem(blueprint.element_title(item.id), item.id)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Why the team accepts this here"))
        if rule is not None and self.rule.findData(rule) >= 0:
            self.rule.setCurrentIndex(self.rule.findData(rule))
        if element is not None and self.element.findData(element) >= 0:
            self.element.setCurrentIndex(self.element.findData(element))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Rule"), self.rule)
        layout.addRow(self.tr("Element"), self.element)
        layout.addRow(self.tr("Reason"), self.reason)
        layout.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()) and self.element.count() > 0)

    def suppression(self) -> Suppression:
        """The suppression as filled in."""
        return Suppression(rule=self.rule.currentData(), element=self.element.currentData(),
                           reason=self.reason.text().strip())

    def ask(self) -> Suppression | None:
        """Show the dialog; the suppression, or None when cancelled."""
        if self.exec() == QDialog.DialogCode.Accepted:
            return self.suppression()
        return None
