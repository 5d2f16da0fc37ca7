"""Wheel scrolling in a dock that is full of fields: the wheel scrolls the dock, unless
the field under the pointer has the keyboard focus (then it changes that field's value).

Without this, a spin box or drop-down under the pointer swallows the wheel: the form
hardly scrolls, and a value changes by accident on the way down.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget

_TAKE_THE_WHEEL = (QAbstractSpinBox, QComboBox)


class WheelScrollsTheForm(QObject):
    """Event filter of a scroll area's fields; see the module's docstring."""

    def __init__(self, scroll: QScrollArea):
        super().__init__(scroll)
        self.scroll = scroll

    def watch(self, root: QWidget) -> None:
        """Watch every spin box and drop-down inside ``root`` (call again after adding some)."""
        for field in root.findChildren(QWidget):
            if isinstance(field, _TAKE_THE_WHEEL) and not field.property("wheelWatched"):
                field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone does not focus it
                field.installEventFilter(self)
                field.setProperty("wheelWatched", True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False


def scroll_with_the_wheel(scroll: QScrollArea) -> WheelScrollsTheForm:
    """Make the wheel scroll ``scroll`` over its unfocused fields; the filter, to watch more."""
    wheel = WheelScrollsTheForm(scroll)
    if scroll.widget() is not None:
        wheel.watch(scroll.widget())
    return wheel
