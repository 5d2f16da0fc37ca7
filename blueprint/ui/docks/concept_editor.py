"""The concept editor dock: the organisation's promise, in plain questions.

It asks the essential questions of a service concept (what may the customer expect, when
do we intervene and when not, what does an intervention include, what result do we
promise, what must the customer do, what do we leave aside), the experience aimed for,
the intervention thresholds, channel rules, standards, the staff hourly rate, the preset
and each rule's severity. Every finished edit is one ``SetConceptCommand``. A concept can
be loaded from and saved to its own ``*.concept.json`` file.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from blueprint.model import (
    Channel, ChannelRule, Commitment, CommitmentType, Condition, Duration, LoadError, ServiceConcept,
    StepKind, Standards, TimeUnit, WorkingCalendar,
)
from blueprint.model import load_concept, save_concept
from blueprint.model.document import ChangeKind, Document
from blueprint.model.fileformat import CONCEPT_SUFFIX, problems_from_validation
from blueprint.ui.base.bridge import DocumentSignals
from blueprint.ui.commands import SetConceptCommand, UpdateBlueprintCommand
from blueprint.ui.docks.blueprint_form import FactError, parse_fact, show_fact
from blueprint.ui.docks.fields import (
    ChoiceField,
    FlagField,
    LongTextField,
    NumberField,
    TextField,
    WholeNumberField,
    enum_choices,
)
from blueprint.ui.docks.forms import ElementForm
from blueprint.render.labels import label
from blueprint.ui.docks.rule_severities import RuleSeverityTable
from blueprint.ui.docks.tables import Column, RowTable
from blueprint.ui.docks.wheel import scroll_with_the_wheel

COMPARISONS = (">=", ">", "<=", "<", "==", "!=")


CHANNEL_COST = "channel_costs_eur."
"""Field-name prefix of a channel's cost per contact: ``channel_costs_eur.phone``."""
PRICED_CHANNELS = tuple(channel for channel in Channel if channel is not Channel.INTERNAL)
"""The customer channels a contact can be priced on (internal work has no contact)."""

class ConceptForm(ElementForm):
    """Every field of the blueprint's service concept."""

    refreshes_on = frozenset({ChangeKind.CONCEPT_CHANGED})

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.organisation: str | None = None
        """Whose concept the form edits: None for the blueprint's, else an organisation's id."""
        self.whose = ChoiceField("whose")
        self.whose.widget.setToolTip(self.tr("Each organisation in the journey may have its own concept"))
        self.layout_.addRow(self.tr("Concept of"), self.whose.widget)
        self.whose.edited.connect(self._choose_organisation)
        self.add_field(self.tr("Name"), TextField("name", self.tr("e.g. Lost property: one complete effort")))
        self._heading(self.tr("The essential questions"))
        questions = [
            ("promise", self.tr("What may the customer expect?")),
            ("intervention_policy", self.tr("When do we intervene, and when not?")),
            ("intervention_includes", self.tr("What does an intervention include?")),
            ("result_promised", self.tr("What result do we promise?")),
            ("customer_must_do", self.tr("What must the customer do?")),
            ("left_aside", self.tr("What do we deliberately leave aside?")),
            ("experience", self.tr("Which experience do we aim for?")),
        ]
        for name, question in questions:
            self._question(question, LongTextField(name, self.tr("Answer in a sentence or two")))
        self._heading(self.tr("We intervene when"))
        self.thresholds = self._table(
            [Column(self.tr("Case fact"), stretch=True),
             Column(self.tr("Comparison"), choices=lambda: [(op, op) for op in COMPARISONS]),
             Column(self.tr("Value"))], self.tr("Add threshold"),
            self.tr("Conditions over the blueprint's case facts, e.g. item_value_eur >= 250"))
        self.thresholds.edited.connect(self._commit_thresholds)
        self.thresholds.added.connect(self._add_threshold)
        self.add_field(self.tr("Intervene when"), ChoiceField("intervene_when_match", [
            (self.tr("all of the conditions hold"), "all"), (self.tr("any of the conditions holds"), "any")]))
        self._heading(self.tr("Commitments"))
        units = [(self.tr("minutes"), TimeUnit.MINUTES), (self.tr("hours"), TimeUnit.HOURS),
                 (self.tr("working days"), TimeUnit.WORKING_DAYS), (self.tr("days"), TimeUnit.DAYS),
                 (self.tr("weeks"), TimeUnit.WEEKS)]
        self.commitments = self._table(
            [Column(self.tr("In our own words"), stretch=True),
             Column(self.tr("Type"), choices=lambda: enum_choices(CommitmentType)),
             Column(self.tr("Need"), choices=self._need_choices),
             Column(self.tr("Within")), Column(self.tr("Unit"), choices=lambda: units),
             Column(self.tr("Tell once"), choices=lambda: [(self.tr("no"), False), (self.tr("yes"), True)]),
             Column(self.tr("Most customer actions")),
             Column(self.tr("Channels"), choices=lambda: enum_choices(Channel), several=True)],
            self.tr("Add commitment"), self.tr(
                "Promises the check can test: a result; a deadline from the first contact; a "
                "notification; what the customer must do (tell once, at most so many actions); "
                "the channels the customer deals with us on"))
        self.commitments.edited.connect(self._commit_commitments)
        self.commitments.added.connect(self._add_commitment)
        self.add_field(self.tr("Working day"), NumberField(
            "calendar.hours_per_day", 24, self.tr(" hours"), decimals=1),
            self.tr("The working calendar that deadlines in working days are counted on"))
        self.add_field(self.tr("Working week"), NumberField(
            "calendar.days_per_week", 7, self.tr(" days"), decimals=1))
        self._heading(self.tr("Channel rules"))
        self.channel_rules = self._table(
            [Column(self.tr("Rule"), stretch=True),
             Column(self.tr("Steps of kind"), choices=lambda: enum_choices(StepKind)),
             Column(self.tr("never use"), choices=lambda: enum_choices(Channel), several=True)],
            self.tr("Add channel rule"), self.tr("e.g. a registration never requires a trip: "
                                                 "administration never uses in person"))
        self.channel_rules.edited.connect(self._commit_channel_rules)
        self.channel_rules.added.connect(self._add_channel_rule)
        self._heading(self.tr("Standards"))
        self.add_field(self.tr("Most contacts per need"), WholeNumberField(
            "standards.max_contacts_per_need", 1000, special=self.tr("No standard")))
        self.fields["standards.max_contacts_per_need"].widget.setMinimum(0)
        self.add_field(self.tr("Longest wait"), NumberField(
            "standards.max_waiting_minutes", 1_000_000, self.tr(" min"), special=self.tr("No standard")))
        self.add_field("", FlagField("standards.refusal_names_alternative",
                                     self.tr("Every refusal names the alternative")))
        self.add_field("", FlagField("standards.finish_started_interventions",
                                     self.tr("An intervention once started is finished")))
        self.add_field(self.tr("Most hand-offs per need"), WholeNumberField(
            "standards.max_hand_offs_per_need", 1000, special=self.tr("No standard")))
        self.add_field("", FlagField("standards.fail_points_need_recovery",
                                     self.tr("Every fail point has a recovery step")))
        self.add_field(self.tr("Staff hourly rate"), NumberField(
            "staff_hourly_rate_eur", 100_000, self.tr(" €/hour"), decimals=2, special=self.tr("Not set")),
            self.tr("Used for the staff cost of waste and the cost to serve"))
        self._heading(self.tr("Cost per contact, beyond the staff time"))
        for channel in PRICED_CHANNELS:
            self.add_field(label(channel), NumberField(
                f"{CHANNEL_COST}{channel.value}", 1_000_000, self.tr(" €"), decimals=2, special=self.tr("Not set")),
                self.tr("What one contact on this channel costs besides the staff's time (the desk, "
                        "the call, the stamp); used for the cost to serve"))
        self._heading(self.tr("How strict the check is"))
        self.add_field(self.tr("Preset"), ChoiceField("preset", [(self.tr("Recommended"), "recommended"),
                                                                 (self.tr("Strict"), "strict")]))
        self.severities = RuleSeverityTable()
        self.layout_.addRow(self.severities)
        self.severities.edited.connect(self._commit_severities)
        self.element_id = ""

    def _heading(self, text: str) -> None:
        heading = QLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.layout_.addRow(heading)

    def _question(self, question: str, field: LongTextField) -> None:
        caption = QLabel(question)
        caption.setWordWrap(True)
        self.layout_.addRow(caption)
        self.layout_.addRow(field.widget)
        self.fields[field.name] = field
        field.edited.connect(self._commit)

    def _table(self, columns: list[Column], add_text: str, tip: str) -> RowTable:
        table = RowTable(columns, add_text)
        table.setToolTip(tip)
        self.layout_.addRow(table)
        return table

    # ------------------------------------------------------------ ElementForm hooks

    def show_element(self, element_id: str | None) -> None:
        super().show_element("")

    def element(self) -> BaseModel:
        blueprint = self.document.blueprint
        for organisation in blueprint.organisations:
            if organisation.id == self.organisation:
                return organisation.concept or ServiceConcept()
        return blueprint.concept

    def command(self, changes: dict[str, Any]) -> QUndoCommand:
        concept = self.element().model_copy(deep=True)
        for name, value in changes.items():
            setattr(concept, name, value)
        blueprint = self.document.blueprint
        if self.organisation is None or self.organisation not in {o.id for o in blueprint.organisations}:
            return SetConceptCommand(self.document, concept)
        organisations = [o.model_copy(update={"concept": concept}) if o.id == self.organisation else o
                         for o in blueprint.organisations]
        name = next(o.name for o in organisations if o.id == self.organisation)
        return UpdateBlueprintCommand(self.document, {"organisations": organisations},
                                      self.tr("Edit the concept of {organisation}").format(organisation=name))

    def _choose_organisation(self) -> None:
        self.organisation = self.whose.value()
        self.reload()

    def _need_choices(self) -> list[tuple[str, Any]]:
        return [(self.tr("Every need"), None)] + [(need.title, need.id) for need in self.document.blueprint.needs]

    def value_of(self, element: BaseModel, name: str) -> Any:
        if name.startswith(CHANNEL_COST):
            return element.channel_costs_eur.get(Channel(name.removeprefix(CHANNEL_COST)))
        for part in ("standards", "calendar"):
            if name.startswith(part + "."):
                return getattr(getattr(element, part), name.removeprefix(part + "."))
        return getattr(element, name)

    def changes_for(self, name: str, value: Any) -> dict[str, Any]:
        concept = self.element()
        if name.startswith(CHANNEL_COST):
            prices = dict(concept.channel_costs_eur)
            channel = Channel(name.removeprefix(CHANNEL_COST))
            if value is None:
                prices.pop(channel, None)
            else:
                prices[channel] = value
            return {"channel_costs_eur": prices}
        if name.startswith("standards."):
            standards = concept.standards.model_dump()
            standards[name.removeprefix("standards.")] = value
            return {"standards": Standards(**standards)}
        if name.startswith("calendar."):
            calendar = concept.calendar.model_dump()
            calendar[name.removeprefix("calendar.")] = value
            return {"calendar": WorkingCalendar(**calendar)}
        return {name: value}

    def before_load(self, element: BaseModel) -> None:
        blueprint = self.document.blueprint
        self.whose.set_choices([(blueprint.organisation or self.tr("This blueprint's organisation"), None)]
                               + [(o.name, o.id) for o in blueprint.organisations])
        self.whose.show_value(self.organisation)
        self.commitments.set_rows([
            [c.text, c.type, c.need, "" if c.within is None else f"{c.within.amount:g}",
             TimeUnit.WORKING_DAYS if c.within is None else c.within.unit, c.tell_once,
             "" if c.max_customer_actions is None else str(c.max_customer_actions), list(c.channels)]
            for c in element.commitments])
        self.thresholds.set_rows([[c.fact, c.op, show_fact(c.value)] for c in element.intervene_when])
        self.channel_rules.set_rows([[r.description, r.kind, list(r.forbidden)] for r in element.channel_rules])
        self.severities.show_overrides(element.rules)

    def _commit(self, name: str) -> None:
        try:
            super()._commit(name)
        except ValidationError as error:  # a nested model refused the value
            self.problem.emit("; ".join(str(p) for p in problems_from_validation(error)))
            self.reload()

    # ------------------------------------------------------------ tables

    def _push(self, changes: dict[str, Any]) -> None:
        concept = self.element()
        changes = {k: v for k, v in changes.items() if getattr(concept, k) != v}
        if changes:
            self.undo_stack.push(self.command(changes))

    def _commit_thresholds(self) -> None:
        try:
            conditions = [Condition(fact=fact.strip(), op=op or ">=", value=parse_fact(value))
                          for fact, op, value in self.thresholds.rows() if fact.strip()]
        except FactError as error:
            self.problem.emit(str(error))
            self.reload()
            return
        except ValidationError as error:
            self.problem.emit("; ".join(str(p) for p in problems_from_validation(error)))
            self.reload()
            return
        self._push({"intervene_when": conditions})

    def _add_threshold(self) -> None:
        facts = list(self.document.blueprint.facts) or ["item_value_eur"]
        condition = Condition(fact=facts[0], op=">=", value=0)
        self._push({"intervene_when": [*self.element().intervene_when, condition]})

    def _commit_channel_rules(self) -> None:
        rules = [ChannelRule(description=description, kind=kind or StepKind.ADMINISTRATION,
                             forbidden=forbidden)
                 for description, kind, forbidden in self.channel_rules.rows()]
        self._push({"channel_rules": rules})

    def _add_channel_rule(self) -> None:
        rule = ChannelRule(description=self.tr("A registration never requires a trip"),
                           kind=StepKind.ADMINISTRATION, forbidden=[Channel.IN_PERSON])
        self._push({"channel_rules": [*self.element().channel_rules, rule]})

    def _commit_commitments(self) -> None:
        old = self.element().commitments
        commitments = []
        for index, (text, kind, need, within, unit, tell_once, most, channels) in enumerate(
                self.commitments.rows()):
            try:
                amount = float(within.replace(",", ".")) if within.strip() else None
                most_actions = int(most) if most.strip() else None
            except ValueError:
                self.problem.emit(self.tr("“Within” is a number of the unit beside it, and “Most "
                                          "customer actions” a whole number."))
                self.reload()
                return
            kept = old[self.commitments.keys()[index]] if index < len(self.commitments.keys()) else Commitment()
            try:
                commitments.append(Commitment.model_validate({
                    **kept.model_dump(), "text": text, "type": kind or CommitmentType.RESULT,
                    "need": need, "tell_once": bool(tell_once), "max_customer_actions": most_actions,
                    "channels": list(channels),
                    "within": None if amount is None else {"amount": amount,
                                                           "unit": unit or TimeUnit.WORKING_DAYS}}))
            except ValidationError as error:
                self.problem.emit("; ".join(str(p) for p in problems_from_validation(error)))
                self.reload()
                return
        self._push({"commitments": commitments})

    def _add_commitment(self) -> None:
        commitment = Commitment(text=self.tr("We decide within five working days"),
                                type=CommitmentType.DEADLINE,
                                within=Duration(amount=5, unit=TimeUnit.WORKING_DAYS))
        self._push({"commitments": [*self.element().commitments, commitment]})

    def _commit_severities(self) -> None:
        self._push({"rules": self.severities.overrides()})


class ConceptDock(QDockWidget):
    """The concept editor with Load concept… and Save concept as….

    The form is built the first time the dock shows (it starts tabbed behind the
    inspector), which keeps the program's start quick. ``problem(text)`` relays the
    form's refusals.
    """

    problem = Signal(str)

    def __init__(self, document: Document, signals: DocumentSignals, undo_stack: QUndoStack,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Service concept"), parent)
        self.setObjectName("concept")
        self.document = document
        self.signals = signals
        self.undo_stack = undo_stack
        self._form: ConceptForm | None = None
        self.load_button = QPushButton(self.tr("Load concept…"))
        self.save_button = QPushButton(self.tr("Save concept as…"))
        self.load_button.setToolTip(self.tr("Apply a concept saved on its own to this blueprint"))
        self.save_button.setToolTip(self.tr("Keep this concept in its own file, to apply it to other blueprints"))
        self.load_button.clicked.connect(self._load_clicked)
        self.save_button.clicked.connect(self._save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.scroll, 1)
        self.setWidget(body)
        self.visibilityChanged.connect(self._on_visibility)

    @property
    def form(self) -> ConceptForm:
        """The concept form (built on first use)."""
        if self._form is None:
            self._form = ConceptForm(self.document, self.signals, self.undo_stack)
            self._form.problem.connect(self.problem)
            self.scroll.setWidget(self._form)
            scroll_with_the_wheel(self.scroll)
            self._form.show_element("")
        return self._form

    def commit_pending(self) -> None:
        """Commit an answer still being typed (before a save)."""
        if self._form is not None:
            self._form.commit_pending()

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.form  # noqa: B018 (building it is the point)

    def _load_clicked(self) -> None:
        self.load_concept()

    def _save_clicked(self) -> None:
        self.save_concept()

    def load_concept(self, path: str | None = None) -> bool:
        """Apply a ``*.concept.json`` file to the blueprint (one undo step)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Load a service concept"), "",
                self.tr("Service concepts (*.concept.json);;All files (*)"))
            if not path:
                return False
        try:
            concept = load_concept(path)
        except LoadError as error:
            QMessageBox.warning(self, self.tr("Cannot load the concept"), error.describe())
            return False
        self.undo_stack.push(SetConceptCommand(self.document, concept, self.tr("Load concept")))
        return True

    def save_concept(self, path: str | None = None) -> bool:
        """Save the blueprint's concept on its own, as a ``*.concept.json`` file."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the service concept as"), "",
                self.tr("Service concepts (*.concept.json)"))
            if not path:
                return False
            if not path.endswith(".json"):
                path += CONCEPT_SUFFIX
        try:
            save_concept(self.form.element(), path)  # the concept the form shows (its organisation's)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save the concept"),
                                self.tr("{path} could not be saved: {reason}.").format(
                                    path=path, reason=error.strerror or error))
            return False
        return True

