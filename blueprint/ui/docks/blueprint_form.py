"""The inspector's form for the blueprint itself (shown when nothing is selected).

Title, description, language, the customer (persona and goal), the organisation, the
case facts (a key/value table), the needs the customer came for, and the suppressions:
rules switched off on one element, each with the team's reason.
"""

from __future__ import annotations

import math

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator, QUndoCommand
from PySide6.QtWidgets import QCompleter, QLabel

from blueprint.model import Customer, LaneKind, Need, Organisation, Suppression, Volume
from blueprint.model.concept import FactValue
from blueprint.model.document import Change, ChangeKind
from blueprint.ui.commands import UpdateBlueprintCommand, UpdateLaneCommand
from blueprint.ui.docks.fields import ChoiceField, LongTextField, NumberField, TextField, enum_choices
from blueprint.ui.docks.forms import ElementForm, change_problem
from blueprint.ui.docks.suppress import SuppressionDialog
from blueprint.ui.docks.tables import Column, RowTable
from blueprint.render.labels import program_languages

CUSTOMER_FIELDS = ("persona", "goal")


class FactError(ValueError):
    """A fact typed as a number no file can hold (infinite or not a number); says why."""


VOLUME = "volume."
"""Field-name prefix of the journey's volume: ``volume.cases``, ``volume.per``."""

def parse_fact(text: str) -> FactValue:
    """A fact typed as text: yes/no words (also the translated ones) become booleans,
    numbers become numbers; FactError for ``inf``, ``nan`` or a number too large to keep."""
    word = text.strip()
    if word.lower() in ("true", "yes", QCoreApplication.translate("facts", "yes").lower()):
        return True
    if word.lower() in ("false", "no", QCoreApplication.translate("facts", "no").lower()):
        return False
    try:
        return int(word)
    except ValueError:
        pass
    try:
        number = float(word)
    except ValueError:
        return text
    if not math.isfinite(number):
        raise FactError(QCoreApplication.translate(
            "facts", "“{text}” is not a number a blueprint can keep; type a number such as 800, "
            "or a word.").format(text=word))
    return number


def show_fact(value: FactValue) -> str:
    """A fact as the table shows it."""
    if isinstance(value, bool):
        return QCoreApplication.translate("facts", "yes") if value else QCoreApplication.translate("facts", "no")
    return str(value)


class BlueprintForm(ElementForm):
    """Every field of the blueprint document that is not a lane, step, flow or the concept."""

    refreshes_on = frozenset({ChangeKind.BLUEPRINT_CHANGED, ChangeKind.LANE_ADDED,
                              ChangeKind.LANE_REMOVED, ChangeKind.LANE_CHANGED, ChangeKind.LANES_REORDERED})
    _ELEMENT_KINDS = frozenset({ChangeKind.STEP_ADDED, ChangeKind.STEP_REMOVED, ChangeKind.STEP_CHANGED,
                                ChangeKind.FLOW_ADDED, ChangeKind.FLOW_REMOVED, ChangeKind.FLOW_CHANGED})

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.add_field(self.tr("Title"), TextField("title"))
        self.add_field(self.tr("Description"),
                       LongTextField("description", self.tr("What this journey is about")))
        language = self.add_field(self.tr("Language"), TextField("language", "en", max_length=12),
                                  self.tr("A language code such as en, nl or fr"))
        language.widget.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[a-z]{0,3}(-[A-Za-z]{0,4})?"), language.widget))
        language.widget.setCompleter(QCompleter(program_languages(), language.widget))
        self.add_field(self.tr("Customer"), TextField("persona", self.tr("Who goes through the journey")))
        self.add_field(self.tr("Customer's goal"),
                       LongTextField("goal", self.tr("What they want from it"), lines=2))
        self.add_field(self.tr("Organisation"), TextField("organisation"))
        self.add_field(self.tr("Cases"), NumberField("volume.cases", 1_000_000_000, special=self.tr("Not set")),
                       self.tr("How often the journey happens; the comparison of an as-is with its "
                               "to-be gives the savings per year from it"))
        self.add_field(self.tr("per"), ChoiceField("volume.per", [(self.tr("year"), "year"),
                                                                  (self.tr("month"), "month")]))
        self.organisations = self._add_table(
            self.tr("Other organisations"), [Column(self.tr("Id"), editable=False),
                                             Column(self.tr("Name"), stretch=True)],
            self.tr("Add organisation"),
            self.tr("Organisations that share the journey; each step says whose it is, and each "
                    "organisation may have its own concept"))
        self.facts = self._add_table(
            self.tr("Case facts"), [Column(self.tr("Fact")), Column(self.tr("Value"), stretch=True)],
            self.tr("Add fact"), self.tr("Facts the concept's thresholds look at, e.g. item_value_eur = 800"))
        self.needs = self._add_table(
            self.tr("Needs"), [Column(self.tr("Id"), editable=False), Column(self.tr("Need"), stretch=True),
                               Column(self.tr("Description"))], self.tr("Add need"),
            self.tr("What the customer came for; contacts are counted per need"))
        self.lanes = self._add_table(
            self.tr("Lanes"), [Column(self.tr("Lane"), stretch=True),
                               Column(self.tr("Kind"), choices=lambda: enum_choices(LaneKind)),
                               Column(self.tr("Height"))], None,
            self.tr("Add, remove and reorder lanes in the Journey menu or the canvas's context menu"))
        self.lanes.edited.connect(self._commit_lanes)
        self.suppressions = self._add_table(
            self.tr("Suppressed findings"), [Column(self.tr("Rule"), editable=False),
                                             Column(self.tr("Element"), editable=False),
                                             Column(self.tr("Reason"), stretch=True)], self.tr("Add…"),
            self.tr("Rules switched off on one element, with the team's reason"))
        self.organisations.edited.connect(self._commit_organisations)
        self.organisations.added.connect(self._add_organisation)
        self.facts.edited.connect(self._commit_facts)
        self.facts.added.connect(self._add_fact)
        self.needs.edited.connect(self._commit_needs)
        self.needs.added.connect(self._add_need)
        self.suppressions.edited.connect(self._commit_suppressions)
        self.suppressions.added.connect(self._add_suppression)
        self.element_id = ""

    def _add_table(self, caption: str, columns: list[Column], add_text: str | None, tip: str) -> RowTable:
        table = RowTable(columns, add_text)
        table.setToolTip(tip)
        heading = QLabel(caption)
        heading.setToolTip(tip)
        self.layout_.addRow(heading)
        self.layout_.addRow(table)
        return table

    # ------------------------------------------------------------ ElementForm hooks

    def concerned_by(self, change: Change) -> bool:
        """Steps and flows show here only as the elements of suppressions (by title)."""
        if change.kind in self._ELEMENT_KINDS:
            suppressed = {suppression.element for suppression in self.document.blueprint.suppressions}
            return not suppressed.isdisjoint(change.ids)
        return super().concerned_by(change)

    def show_element(self, element_id: str | None) -> None:
        super().show_element("")

    def element(self) -> BaseModel:
        return self.document.blueprint

    def command(self, changes: dict[str, Any]) -> QUndoCommand:
        return UpdateBlueprintCommand(self.document, changes)

    def value_of(self, element: BaseModel, name: str) -> Any:
        if name.startswith(VOLUME):
            volume = element.volume
            if volume is None:
                return None if name == "volume.cases" else "year"
            return getattr(volume, name.removeprefix(VOLUME))
        if name in CUSTOMER_FIELDS:
            return getattr(element.customer, name)
        return getattr(element, name)

    def changes_for(self, name: str, value: Any) -> dict[str, Any]:
        if name.startswith(VOLUME):
            volume = self.document.blueprint.volume
            fields = {"cases": None, "per": "year"} if volume is None else volume.model_dump()
            fields[name.removeprefix(VOLUME)] = value
            return {"volume": None if not fields["cases"] else Volume(**fields)}
        if name in CUSTOMER_FIELDS:
            customer = self.document.blueprint.customer.model_dump()
            return {"customer": Customer(**{**customer, name: value})}
        return {name: value}

    def before_load(self, element: BaseModel) -> None:
        title = element.element_title
        self.lanes.set_rows([[lane.title, lane.kind, f"{lane.height:g}"] for lane in element.lanes],
                            keys=[lane.id for lane in element.lanes])
        self.facts.set_rows([[key, show_fact(value)] for key, value in element.facts.items()])
        self.needs.set_rows([[n.id, n.title, n.description] for n in element.needs])
        self.organisations.set_rows([[o.id, o.name] for o in element.organisations],
                                    keys=[o.id for o in element.organisations])
        self.suppressions.set_rows([[s.rule, title(s.element), s.reason] for s in element.suppressions])

    # ------------------------------------------------------------ tables

    def _push(self, changes: dict[str, Any]) -> None:
        blueprint = self.document.blueprint
        changes = {k: v for k, v in changes.items() if getattr(blueprint, k) != v}
        if not changes:
            return
        problem = (self._need_in_use(changes) or self._organisation_in_use(changes)
                   or change_problem(blueprint, changes))
        if problem:
            self.problem.emit(problem)
            self.reload()
        else:
            self.undo_stack.push(self.command(changes))

    def _still_used(self, changes: dict[str, Any], group: str, field: str) -> tuple[str, str] | None:
        """(title of a removed need or organisation, title of a step still naming it), or None."""
        if group not in changes:
            return None
        blueprint = self.document.blueprint
        kept = {element.id for element in changes[group]}
        for step in blueprint.steps:
            named = getattr(step, field)
            if named and named not in kept:
                return blueprint.element_title(named), step.title
        return None

    def _need_in_use(self, changes: dict[str, Any]) -> str | None:
        used = self._still_used(changes, "needs", "need")
        return None if used is None else self.tr(
            "The need “{need}” is still counted on step “{step}”; choose another need for that "
            "step first.").format(need=used[0], step=used[1])

    def _organisation_in_use(self, changes: dict[str, Any]) -> str | None:
        used = self._still_used(changes, "organisations", "organisation")
        return None if used is None else self.tr(
            "The organisation “{organisation}” is still named on step “{step}”; choose another "
            "organisation for that step first.").format(organisation=used[0], step=used[1])

    def _commit_organisations(self) -> None:
        current = {o.id: o for o in self.document.blueprint.organisations}
        kept = [current[organisation_id].model_copy(update={"name": name.strip() or current[organisation_id].name})
                for organisation_id, (_, name) in zip(self.organisations.keys(), self.organisations.rows())]
        self._push({"organisations": kept})

    def _add_organisation(self) -> None:
        organisation = Organisation(id=self.document.new_id("organisation"), name=self.tr("New organisation"))
        self._push({"organisations": [*self.document.blueprint.organisations, organisation]})

    def _commit_lanes(self) -> None:
        for lane_id, (title, kind, height) in zip(self.lanes.keys(), self.lanes.rows()):
            lane = self.document.lane(lane_id)
            try:
                changes = {"title": title.strip() or lane.title, "kind": kind or lane.kind,
                           "height": float(height)}
            except ValueError:
                self.problem.emit(self.tr("A lane's height is a number of units, e.g. 180."))
                self.reload()
                return
            changes = {k: v for k, v in changes.items() if getattr(lane, k) != v}
            if changes:
                problem = change_problem(lane, changes)
                if problem:
                    self.problem.emit(problem)
                    self.reload()
                else:
                    self.undo_stack.push(UpdateLaneCommand(self.document, lane_id, changes))
                return

    def _commit_facts(self) -> None:
        facts: dict[str, FactValue] = {}
        try:
            for key, value in self.facts.rows():
                if key.strip():
                    facts[key.strip()] = parse_fact(value)
        except FactError as error:
            self.problem.emit(str(error))
            self.reload()
            return
        self._push({"facts": facts})

    def _add_fact(self) -> None:
        facts = dict(self.document.blueprint.facts)
        number = len(facts) + 1
        while f"fact_{number}" in facts:
            number += 1
        facts[f"fact_{number}"] = ""
        self._push({"facts": facts})

    def _commit_needs(self) -> None:
        needs = [Need(id=need_id, title=title.strip() or need_id, description=description)
                 for need_id, title, description in self.needs.rows()]
        self._push({"needs": needs})

    def _add_need(self) -> None:
        need = Need(id=self.document.new_id("need"), title=self.tr("New need"))
        self._push({"needs": [*self.document.blueprint.needs, need]})

    def _commit_suppressions(self) -> None:
        current = self.document.blueprint.suppressions
        kept = []
        for index, (_, _, reason) in zip(self.suppressions.keys(), self.suppressions.rows()):
            old = current[index]
            kept.append(Suppression(rule=old.rule, element=old.element, reason=reason.strip() or old.reason))
        self._push({"suppressions": kept})

    def _add_suppression(self) -> None:
        dialog = SuppressionDialog(self.document.blueprint, parent=self)
        suppression = dialog.ask()
        if suppression is not None:
            self._push({"suppressions": [*self.document.blueprint.suppressions, suppression]})

