"""The inspector's forms for one step, one flow or one lane.

A form shows every field of one element. A finished edit becomes one undo command
(``UpdateStepCommand`` and its siblings) on the window's undo stack; the form learns about
the result, like every other view, from the document's change signal and reloads itself
under signal blockers, so nothing is echoed back as a new edit.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from blueprint.model import (
    Channel, Duration, FlowKind, LaneKind, Outcome, Referral, StepKind, TimeUnit, Value, WasteKind,
)
from blueprint.model.document import Change, ChangeKind, Document, EditError
from blueprint.model.fileformat import problems_from_validation
from blueprint.ui.base.bridge import DocumentSignals
from blueprint.ui.commands import UpdateFlowCommand, UpdateLaneCommand, UpdateStepCommand
from blueprint.ui.docks.fields import (
    ChecklistField,
    ChoiceField,
    Field,
    FlagField,
    LongTextField,
    NumberField,
    PickListField,
    TextField,
    enum_choices,
)
from blueprint.render.labels import emotion_label

MAX_MINUTES = 1_000_000


def change_problem(element: BaseModel, changes: dict[str, Any]) -> str | None:
    """Why these changes would make the element invalid, in plain words; None when fine."""
    trial = element.model_copy()  # models validate on assignment; the copy takes the blows
    try:
        for name, value in changes.items():
            setattr(trial, name, value)
    except ValidationError as error:
        return "; ".join(str(problem) for problem in problems_from_validation(error))
    return None


class ElementForm(QWidget):
    """A form over one element of the document; subclasses add fields and a command.

    ``problem(text)`` says in plain words why an edit was refused.
    """

    problem = Signal(str)
    refreshes_on: frozenset[ChangeKind] = frozenset()

    def __init__(self, document: Document, signals: DocumentSignals, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.element_id: str | None = None
        self.fields: dict[str, Field] = {}
        self._stale = False  # a change concerned the form while it was hidden
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        signals.changed.connect(self._on_change)

    # ------------------------------------------------------------ building

    def add_field(self, caption: str, field: Field, tip: str = "") -> Field:
        """Add one field under a caption; its finished edits become commands."""
        self.fields[field.name] = field
        if tip:
            field.widget.setToolTip(tip)
        if isinstance(field, FlagField):  # the box carries its own words: span both columns
            self.layout_.addRow(field.widget)
        else:
            self.layout_.addRow(caption, field.widget)
        field.edited.connect(self._commit)
        return field

    def add_note(self, caption: str) -> QLabel:
        """A read-only line (a flow's ends, for instance)."""
        note = QLabel()
        note.setWordWrap(True)
        self.layout_.addRow(caption, note)
        return note

    # ------------------------------------------------------------ subclass hooks

    def element(self) -> BaseModel:
        """The element shown, from the document."""
        raise NotImplementedError

    def command(self, changes: dict[str, Any]) -> QUndoCommand:
        """The undo command that applies ``changes`` to the element."""
        raise NotImplementedError

    def before_load(self, element: BaseModel) -> None:
        """Prepare choices that depend on the document (lanes, needs) before values load."""

    def value_of(self, element: BaseModel, name: str) -> Any:
        """The value a field shows; by default the element's attribute of that name."""
        return getattr(element, name)

    def changes_for(self, name: str, value: Any) -> dict[str, Any]:
        """The model changes one edited field stands for; by default ``{name: value}``."""
        return {name: value}

    # ------------------------------------------------------------ showing and committing

    def show_element(self, element_id: str | None) -> None:
        """Show this element's fields (after committing a pending edit of the last one)."""
        self.commit_pending()
        self.element_id = element_id
        self.reload()

    def reload(self) -> None:
        """Load every field from the document without reporting edits."""
        self._stale = False
        if self.element_id is None:
            return
        try:
            element = self.element()
        except EditError:
            self.element_id = None
            return
        self.before_load(element)
        for name, field in self.fields.items():
            field.show_value(self.value_of(element, name))

    def commit_pending(self) -> None:
        """Commit a text still being typed in a field (when the selection moves away)."""
        if self.element_id is None:
            return
        for field in self.fields.values():
            if isinstance(field, (TextField, LongTextField)) and field.widget.hasFocus():
                field._finished()

    def _commit(self, name: str) -> None:
        if self.element_id is None:
            return
        try:
            element = self.element()
        except EditError:
            return
        changes = self.changes_for(name, self.fields[name].value())
        changes = {key: value for key, value in changes.items() if getattr(element, key) != value}
        if not changes:
            return
        problem = change_problem(element, changes)
        if problem:
            self.problem.emit(problem)
            self.reload()
            return
        self.undo_stack.push(self.command(changes))

    def concerned_by(self, change: Change) -> bool:
        """Whether a change can alter what the form shows for its element."""
        return (change.kind is ChangeKind.RESET or change.kind in self.refreshes_on
                or self.element_id in change.ids)

    def _on_change(self, change: Change) -> None:
        if self.element_id is None or not self.concerned_by(change):
            return
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # a hidden dock or page of a window on screen: loaded when shown
        else:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A form hidden while its element changed loads it now."""
        super().showEvent(event)
        if self._stale:
            self.reload()


REFERRAL_FIELDS = ("referral.to", "referral.contact_details", "referral.hand_over",
                   "referral.appointment")
"""The inspector's fields of a referral (who and how), as ``referral.<field>``."""

SUPPORTING_LANES = (LaneKind.PHYSICAL_EVIDENCE, LaneKind.BACKSTAGE, LaneKind.SUPPORT)


def add_referral_fields(form: ElementForm) -> None:
    """Who the customer is referred to, and how: contact details, a hand-over, an appointment."""
    form.add_field(form.tr("Referred to"), TextField("referral.to", form.tr("Who can help: an office, a person")))
    form.add_field(form.tr("Contact details"), TextField(
        "referral.contact_details", form.tr("A number, an address, a link")))
    form.add_field("", FlagField("referral.hand_over", form.tr("We hand the case over (they contact the customer)")))
    form.add_field("", FlagField("referral.appointment", form.tr("We make an appointment for the customer")))


def referral_value(element: BaseModel, name: str) -> Any:
    """The value of one ``referral.<field>`` of a step or flow (empty without a referral)."""
    referral = element.referral or Referral()
    return getattr(referral, name.removeprefix("referral."))


def referral_change(element: BaseModel, name: str, value: Any) -> dict[str, Any]:
    """The ``referral`` a finished edit of one of its fields stands for (None once empty)."""
    data = (element.referral or Referral()).model_dump()
    data[name.removeprefix("referral.")] = value
    referral = Referral(**data)
    return {"referral": None if referral == Referral() else referral}


class StepForm(ElementForm):
    """Every field of a step: what it is, its value and waste, time, outcome, feelings."""

    refreshes_on = frozenset({ChangeKind.LANE_ADDED, ChangeKind.LANE_REMOVED,
                              ChangeKind.LANE_CHANGED, ChangeKind.LANES_REORDERED,
                              ChangeKind.BLUEPRINT_CHANGED})

    def __init__(self, *args: Any, **kwargs: Any):
        self._supportable_at: tuple[int, list[tuple[str, str]]] | None = None
        super().__init__(*args, **kwargs)
        # First what a workshop sets for every step (visible without scrolling on a
        # projector): title, value, waste, minutes, outcome; then the rest.
        self.add_field(self.tr("Title"), TextField("title", self.tr("What happens, in a few words")))
        self.add_field(self.tr("Value"), ChoiceField("value", enum_choices(Value)),
                       self.tr("Valuable (V), necessary (N), wasted (W) or not marked yet (U)"))
        self.add_field(self.tr("Waste kinds"), ChecklistField("waste", WasteKind),
                       self.tr("Why this step is waste; tick all that apply"))
        minutes = self.tr(" min")
        self.add_field(self.tr("Customer time"), NumberField("customer_minutes", MAX_MINUTES, minutes, 1))
        self.add_field(self.tr("Staff time"), NumberField("staff_minutes", MAX_MINUTES, minutes, 1))
        self.add_field(self.tr("Waiting time"), NumberField("waiting_minutes", MAX_MINUTES, minutes, 1))
        self.add_field(self.tr("Outcome"), ChoiceField("outcome", enum_choices(Outcome)))
        self.add_field(self.tr("Description"),
                       LongTextField("description", self.tr("What happens, in more words")))
        self.add_field(self.tr("Lane"), ChoiceField("lane"))
        self.add_field(self.tr("Kind"), ChoiceField("kind", enum_choices(StepKind)),
                       self.tr("Contacts, administration and escalations count as customer contacts"))
        self.add_field(self.tr("Actor"), TextField("actor", self.tr("Who does it")))
        self.add_field(self.tr("Channel"),
                       ChoiceField("channel", [(self.tr("Not set"), None), *enum_choices(Channel)]))
        self.add_field(self.tr("Need"), ChoiceField("need"),
                       self.tr("What the customer came for; contacts are counted per need"))
        self.add_field("", FlagField("fail_point", self.tr("Fail point: this step often goes wrong")))
        self.add_field(self.tr("What goes wrong"), TextField(
            "fail_point_text", self.tr("The failure, in a few words")),
            self.tr("Shown on the card's tooltip and in the report"))
        self.add_field(self.tr("Supports"), PickListField("supports"), self.tr(
            "The customer steps this evidence, backstage or support item serves (Bitner's "
            "vertical line); it is then not a step of the customer's path"))
        self.add_field(self.tr("Organisation"), ChoiceField("organisation"),
                       self.tr("Whose step this is; it is judged by that organisation's concept"))
        self.add_field(self.tr("Customer provides"), TextField(
            "customer_provides", self.tr("What the customer tells or hands in, separated by ;")),
            self.tr("For 'tell us once': the same thing given at two steps is told twice"))
        add_referral_fields(self)
        self.add_field(self.tr("Emotion"), ChoiceField(
            "emotion", [(self.tr("Not set"), None), *[(emotion_label(e), e) for e in range(-2, 3)]]),
            self.tr("How the customer feels here, from −2 to +2"))
        self.add_field(self.tr("Notes"),
                       LongTextField("notes", self.tr("Anything the team wants to remember")))

    def element(self) -> BaseModel:
        return self.document.step(self.element_id)

    def command(self, changes: dict[str, Any]) -> QUndoCommand:
        return UpdateStepCommand(self.document, self.element_id, changes)

    def value_of(self, element: BaseModel, name: str) -> Any:
        if name in REFERRAL_FIELDS:
            return referral_value(element, name)
        if name == "customer_provides":
            return "; ".join(element.customer_provides)
        return getattr(element, name)

    def changes_for(self, name: str, value: Any) -> dict[str, Any]:
        if name in REFERRAL_FIELDS:
            return referral_change(self.element(), name, value)
        if name == "customer_provides":
            return {name: [item.strip() for item in value.split(";") if item.strip()]}
        return {name: value}

    def _supportable(self) -> list[tuple[str, str]]:
        """(title, id) of every step of the customer's or the front stage: what a support
        item may support; made once per revision of the document, for every step selected."""
        if self._supportable_at is None or self._supportable_at[0] != self.document.revision:
            blueprint = self.document.blueprint
            kinds = {lane.id: lane.kind for lane in blueprint.lanes}
            self._supportable_at = (self.document.revision, [
                (step.title, step.id) for step in blueprint.steps
                if kinds.get(step.lane) in (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE)])
        return self._supportable_at[1]

    def before_load(self, element: BaseModel) -> None:
        blueprint = self.document.blueprint
        self.fields["lane"].set_choices([(lane.title, lane.id) for lane in blueprint.lanes])
        lanes = {lane.id: lane.kind for lane in blueprint.lanes}
        supporting = lanes.get(element.lane) in SUPPORTING_LANES or bool(element.supports)
        # A step of the customer's or the front stage supports nothing: no list of the
        # journey's steps to pick from (thousands, in a large journey) is shown for it.
        self.fields["supports"].set_choices(self._supportable() if supporting else [], unavailable=element.id)
        self.fields["supports"].widget.setEnabled(supporting)
        self.fields["organisation"].set_choices(
            [(blueprint.organisation or self.tr("This blueprint's organisation"), None)]
            + [(organisation.name, organisation.id) for organisation in blueprint.organisations])
        self.fields["fail_point_text"].widget.setEnabled(element.fail_point or bool(element.fail_point_text))
        self.fields["need"].set_choices(
            [(self.tr("The journey's single need"), None)]
            + [(need.title, need.id) for need in blueprint.needs])
        self.fields["waste"].widget.setEnabled(element.value is Value.WASTED or bool(element.waste))


class FlowForm(ElementForm):
    """A flow: its kind and label; where it comes from and goes to, for reading."""

    def concerned_by(self, change: Change) -> bool:
        """The flow itself, or a step at one of its ends (their titles show)."""
        if change.kind is ChangeKind.STEP_CHANGED and self.element_id is not None:
            try:
                flow = self.document.flow(self.element_id)
            except EditError:
                return False
            return flow.source in change.ids or flow.target in change.ids
        return super().concerned_by(change)

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.ends = self.add_note(self.tr("From → to"))
        self.add_field(self.tr("Kind"), ChoiceField("kind", enum_choices(FlowKind)),
                       self.tr("A referral sends the customer on to someone who can help"))
        self.add_field(self.tr("Label"), TextField("label", self.tr("Optional words on the arrow")))
        self.add_field(self.tr("Time until the next step"), NumberField(
            "delay.amount", 1_000_000, decimals=1, special=self.tr("None")),
            self.tr("Time that passes between the two steps, e.g. two weeks"))
        self.add_field(self.tr("Unit"), ChoiceField("delay.unit", [
            (self.tr("minutes"), TimeUnit.MINUTES), (self.tr("hours"), TimeUnit.HOURS),
            (self.tr("working days"), TimeUnit.WORKING_DAYS), (self.tr("days"), TimeUnit.DAYS),
            (self.tr("weeks"), TimeUnit.WEEKS)]))
        add_referral_fields(self)

    def element(self) -> BaseModel:
        return self.document.flow(self.element_id)

    def command(self, changes: dict[str, Any]) -> QUndoCommand:
        return UpdateFlowCommand(self.document, self.element_id, changes)

    def value_of(self, element: BaseModel, name: str) -> Any:
        if name in REFERRAL_FIELDS:
            return referral_value(element, name)
        if name == "delay.amount":
            return None if element.delay is None else element.delay.amount
        if name == "delay.unit":
            return TimeUnit.MINUTES if element.delay is None else element.delay.unit
        return getattr(element, name)

    def changes_for(self, name: str, value: Any) -> dict[str, Any]:
        flow = self.element()
        if name in REFERRAL_FIELDS:
            return referral_change(flow, name, value)
        if name == "delay.amount":
            unit = flow.delay.unit if flow.delay is not None else self.fields["delay.unit"].value()
            return {"delay": None if value is None else Duration(amount=value, unit=unit or TimeUnit.MINUTES)}
        if name == "delay.unit":
            return {"delay": None if flow.delay is None else Duration(amount=flow.delay.amount, unit=value)}
        return {name: value}

    def before_load(self, element: BaseModel) -> None:
        title = self.document.blueprint.element_title
        self.ends.setText(f"{title(element.source)}  →  {title(element.target)}")


class LaneForm(ElementForm):
    """A lane: its title, its kind (which line it sits beside) and its height."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.add_field(self.tr("Title"), TextField("title"))
        self.add_field(self.tr("Kind"), ChoiceField("kind", enum_choices(LaneKind)), self.tr(
            "The kind decides the lines of interaction, visibility and internal interaction"))
        self.add_field(self.tr("Height"), NumberField("height", 5000, self.tr(" units"), step=20))
        self.fields["height"].widget.setMinimum(40)

    def element(self) -> BaseModel:
        return self.document.lane(self.element_id)

    def command(self, changes: dict[str, Any]) -> QUndoCommand:
        return UpdateLaneCommand(self.document, self.element_id, changes)

