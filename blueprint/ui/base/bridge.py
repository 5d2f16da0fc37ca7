"""The document's change notifications as a Qt signal.

:class:`blueprint.model.document.Document` calls plain Python listeners. A widget that
subscribed directly would be called after Qt had deleted it; connecting to this bridge's
signal instead lets Qt drop the connection when the widget goes away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from blueprint.model.document import Document


class DocumentSignals(QObject):
    """Re-emits every :class:`~blueprint.model.document.Change` of one document as ``changed(change)``."""

    changed = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        relay = self.changed.emit
        document.subscribe(relay)
        self.destroyed.connect(lambda *_: _unsubscribe(document, relay))


def _unsubscribe(document: Document, listener: object) -> None:
    try:
        document.unsubscribe(listener)  # type: ignore[arg-type]
    except ValueError:
        pass
