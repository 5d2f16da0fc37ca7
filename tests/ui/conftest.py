"""UI test fixtures: a person who answers the program's dialogs as the test says."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

Button = QMessageBox.StandardButton


class Person:
    """Answers message boxes and file dialogs, and remembers what the program said.

    ``answer`` is the button every question gets; ``save_name`` and ``open_name`` are what
    the file dialogs return (an empty name is a cancelled dialog).
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.answer = Button.Discard
        self.save_name = ""
        self.open_name = ""
        self.warnings: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(self._question))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(self._warning))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (self.save_name, "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (self.open_name, "")))

    def _question(self, parent, title, text, *args):
        self.questions.append(text)
        return self.answer

    def _warning(self, parent, title, text, *args):
        self.warnings.append(text)
        return Button.Ok


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch) -> Person:
    """A person at the keyboard who answers every dialog without a real dialog opening."""
    return Person(monkeypatch)
