"""The inspector dock: every field of the selected step, flow or lane, or of the blueprint.

The selection decides the page: one step, one flow or one lane shows that element's form;
nothing selected shows the blueprint's own fields; several elements show how to mark
them together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from blueprint.model.document import Change, Document, EditError
from blueprint.ui.base.bridge import DocumentSignals
from blueprint.ui.docks.blueprint_form import BlueprintForm
from blueprint.ui.docks.forms import ElementForm, FlowForm, LaneForm, StepForm
from blueprint.ui.docks.wheel import scroll_with_the_wheel


class InspectorDock(QDockWidget):
    """Shows and edits the selection; ``problem(text)`` when an edit was refused."""

    problem = Signal(str)

    def __init__(self, document: Document, signals: DocumentSignals, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Inspector"), parent)
        self.setObjectName("inspector")
        self.document = document
        self.heading = QLabel()
        self.heading.setObjectName("inspectorHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        # A long title wraps instead of widening the dock: the dock keeps the width chosen.
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pages = QStackedWidget()
        form_args = (document, signals, undo_stack)
        self.blueprint_form = BlueprintForm(*form_args)
        self.step_form = StepForm(*form_args)
        self.flow_form = FlowForm(*form_args)
        self.lane_form = LaneForm(*form_args)
        self.several = QLabel(self.tr("Several elements are selected. Mark them all at once with "
                                      "V (valuable), N (necessary), W (wasted) or U (not marked), "
                                      "or press Delete to remove them."))
        self.several.setWordWrap(True)
        self.several.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._page_of: dict[QWidget, ElementForm] = {}
        self._page_for: dict[ElementForm, QScrollArea] = {}
        for form in self.forms():
            self.pages.addWidget(self._scrolling(form))
            form.problem.connect(self.problem)
        self.pages.addWidget(self.several)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        self.setWidget(body)
        signals.changed.connect(self._on_change)
        self._selection: list[str] = []
        self.show_selection([])

    def _scrolling(self, form: ElementForm) -> QScrollArea:
        """A page that scrolls one form vertically and fits it to the dock's width."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_with_the_wheel(scroll)
        self._page_of[scroll] = form
        self._page_for[form] = scroll
        return scroll

    def forms(self) -> list[ElementForm]:
        """The four forms, blueprint first."""
        return [self.blueprint_form, self.step_form, self.flow_form, self.lane_form]

    def current_form(self) -> ElementForm | None:
        """The form on show, or None when several elements are selected."""
        return self._page_of.get(self.pages.currentWidget())

    def show_selection(self, ids: list[str]) -> None:
        """Show the form that fits the selected element ids."""
        current = self.current_form()
        if current is not None:
            current.commit_pending()
        self._selection = list(ids)
        form = self._form_for(ids)
        for other in self.forms():
            if other is not form:
                other.element_id = None
        if form is None:
            self.pages.setCurrentWidget(self.several)
        else:
            form.show_element(ids[0] if ids else None)
            self.pages.setCurrentWidget(self._page_for[form])
        self._refresh_heading()

    def _form_for(self, ids: list[str]) -> ElementForm | None:
        existing = []
        for element_id in ids:  # at most two are looked at: more than one is "several"
            if self.document.has(element_id):
                existing.append(element_id)
                if len(existing) > 1:
                    return None
        if not existing:
            return self.blueprint_form
        element_id = existing[0]
        for form, find in ((self.step_form, self.document.step), (self.flow_form, self.document.flow),
                           (self.lane_form, self.document.lane)):
            try:
                find(element_id)
            except EditError:
                continue
            return form
        return self.blueprint_form

    def _on_change(self, change: Change) -> None:
        form = self.current_form()
        if form is None or form.concerned_by(change):
            self._refresh_heading()

    def _refresh_heading(self, *_: object) -> None:
        form = self.current_form()
        if form is None:
            text = self.tr("{n} elements selected").format(n=len(self._selection))
        elif form is self.blueprint_form:
            text = self.tr("Blueprint: {title}").format(title=self.document.blueprint.title)
        elif form.element_id is None:
            text = ""
        else:
            caption = {self.step_form: self.tr("Step"), self.flow_form: self.tr("Flow"),
                       self.lane_form: self.tr("Lane")}[form]
            title = self.document.blueprint.element_title(form.element_id)
            text = self.tr("{kind}: {title}").format(kind=caption, title=title)
        self.heading.setText(text)
