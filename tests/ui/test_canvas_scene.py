"""The scene as an adapter of the Document: items follow every change, findings, overview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QUndoStack

from blueprint.check.finding import CheckResult, Finding
from blueprint.model import Blueprint, Flow, FlowKind, Lane, LaneKind, Severity, Step, Value
from blueprint.model.document import Document
from blueprint.render import style
from blueprint.render.flow_item import route_points
from blueprint.render.scene import BlueprintScene
from blueprint.ui.commands import MarkValueCommand, MoveStepsCommand, RemoveElementsCommand


@pytest.fixture
def document() -> Document:
    return Document(Blueprint(
        steps=[
            Step(id="ask", title="Ask at the post", lane="customer", x=40, y=40),
            Step(id="answer", title="Nothing found", lane="frontstage", x=280, y=40),
            Step(id="file", title="File a report", lane="customer", x=520, y=40),
        ],
        flows=[Flow(id="f1", source="ask", target="answer"), Flow(id="f2", source="answer", target="file")],
    ))


@pytest.fixture
def scene(qapp, document) -> BlueprintScene:
    return BlueprintScene(document)


def test_items_are_built_from_the_document(scene):
    assert {item.step_id for item in scene.step_items()} == {"ask", "answer", "file"}
    assert scene.card_rect("answer") == QRectF(280, 180 * 2 + 40, style.CARD_WIDTH, style.CARD_HEIGHT)
    assert scene.flow_item("f1") is not None and scene.flow_ids_of("answer") == {"f1", "f2"}
    assert [lane.title for lane in scene.lane_items()][:2] == ["Physical evidence", "Customer actions"]


def test_a_move_in_the_document_moves_the_card_and_reroutes_only_its_flows(scene, document):
    before_f2 = scene.flow_item("f2").route()
    document.update_step("ask", x=100, lane="evidence")
    assert scene.card_rect("ask").topLeft() == QPointF(100, 40)
    start = scene.flow_item("f1").route().elementAt(0)
    assert (start.x, start.y) == (100 + style.CARD_WIDTH / 2, 40 + style.CARD_HEIGHT)  # now above: leaves downward
    assert scene.flow_item("f2").route() == before_f2


def test_removing_and_undoing_restores_items(scene, document):
    stack = QUndoStack()
    stack.push(RemoveElementsCommand(document, step_ids=["answer"]))
    assert scene.step_item("answer") is None and scene.flow_item("f1") is None
    stack.undo()
    assert scene.step_item("answer") is not None and scene.flow_ids_of("answer") == {"f1", "f2"}


def test_lane_changes_move_the_steps_along(scene, document):
    document.add_lane(Lane(id="partners", title="Partners", kind=LaneKind.CUSTOM), 0)
    assert scene.card_rect("ask").top() == 180 * 2 + 40
    document.update_lane("customer", height=300)
    assert scene.card_rect("answer").top() == 180 + 180 + 300 + 40
    document.update_lane("customer", title="Citizen")
    assert "Citizen" in [lane.title for lane in scene.lane_items()]


def test_the_scene_grows_with_its_steps(scene, document):
    document.update_step("file", x=5000)
    assert scene.content_rect().right() >= 5000 + style.CARD_WIDTH
    assert scene.sceneRect().contains(scene.content_rect())


def test_findings_show_the_worst_severity_per_step(scene):
    result = CheckResult([
        Finding("a", Severity.INFO, ("ask",), "m", "h"),
        Finding("b", Severity.ERROR, ("ask", "file"), "m", "h"),
        Finding("c", Severity.WARNING, ("file",), "m", "h"),
    ])
    scene.set_findings(result)
    assert scene.step_item("ask").finding == Severity.ERROR
    assert scene.step_item("file").finding == Severity.ERROR
    assert scene.step_item("answer").finding is None
    scene.set_show_findings(False)
    assert scene.step_item("ask").finding is None
    scene.set_show_findings(True)
    scene.set_findings(None)
    assert scene.step_item("ask").finding is None


def test_value_marks_reach_the_card(scene, document):
    QUndoStack().push(MarkValueCommand(document, ["ask"], Value.WASTED))
    assert scene.step_item("ask")._look.letter.text() == "W"  # noqa: SLF001


def test_overview_paints_blocks_and_its_items_stay_selectable(scene, document):
    scene.set_overview(True)
    assert scene.overview_shown()
    assert scene.step_item("ask").opacity() == 0 and scene.flow_item("f1").opacity() == 0  # not painted
    document.add_step(Step(id="late", title="Late", lane="support", x=800))
    assert scene.step_item("late").opacity() == 0
    scene.step_item("ask").setSelected(True)  # far out too: a click, a rubber band, Select All
    assert scene.step_item("ask").isSelected()
    edge = scene.card_rect("ask")
    assert colour_at(scene, QPointF(edge.left(), edge.center().y())) == style.SELECTION.name()  # outlined
    scene.set_overview(False)
    assert scene.step_item("late").opacity() == 1 and scene.step_item("ask").opacity() == 1
    assert scene.step_item("ask").isSelected()  # zooming in and out keeps the selection


def test_coming_close_shows_the_cards_in_sight_at_once_and_the_rest_soon(scene, qtbot):
    scene.set_overview(True)
    scene.set_overview(False, in_sight=scene.card_rect("ask"))
    assert scene.step_item("ask").opacity() == 1
    assert scene.step_item("file").opacity() == 0  # out of sight: on one of the next turns
    qtbot.waitUntil(lambda: all(item.opacity() == 1 for item in [*scene.step_items(), *scene.flow_items()]))
    scene.set_overview(True)
    scene.set_overview(False, in_sight=scene.card_rect("ask"))
    scene.set_overview(True)  # far out again before the rest came back: it stays unpainted
    qtbot.wait(20)
    assert all(item.opacity() == 0 for item in [*scene.step_items(), *scene.flow_items()])


def colour_at(scene, point: QPointF):
    """The colour the scene paints at a point."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 8, 8), QRectF(point.x() - 4, point.y() - 4, 8, 8))
    painter.end()
    return image.pixelColor(4, 4).name()


def overview_colour_at(scene, step_id: str):
    """The colour the scene paints in the middle of a step's card."""
    return colour_at(scene, scene.card_rect(step_id).center())


def test_the_overview_shows_what_changed_while_zoomed_in(scene, document):
    scene.set_overview(True)
    assert overview_colour_at(scene, "ask") == style.VALUE_STYLES[Value.UNMARKED].strong.name()
    scene.set_overview(False)
    scene.set_overview(True)  # nothing changed meanwhile: the blocks are kept as they were
    assert overview_colour_at(scene, "ask") == style.VALUE_STYLES[Value.UNMARKED].strong.name()
    scene.set_overview(False)
    document.update_step("ask", value=Value.WASTED)
    document.add_step(Step(id="late", title="Late", lane="support", x=800))
    scene.set_overview(True)
    assert overview_colour_at(scene, "ask") == style.VALUE_STYLES[Value.WASTED].strong.name()
    assert overview_colour_at(scene, "late") == style.VALUE_STYLES[Value.UNMARKED].strong.name()


def test_a_whole_new_document_rebuilds_the_scene(scene, document):
    document.replace(Blueprint(steps=[Step(id="only", title="Only", lane="customer")]))
    assert [item.step_id for item in scene.step_items()] == ["only"]
    assert scene.flow_item("f1") is None


def test_the_scene_renders_without_a_view(scene):
    source = scene.content_rect()
    image = QImage(int(source.width() / 2), int(source.height() / 2), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()
    lane = image.pixelColor(image.width() // 2, int((180 + 170) / 2))  # the customer band, under no card
    assert lane.name() == style.LANE_FILL[LaneKind.CUSTOMER].name()


def test_vector_export_switches_pictures_off(scene, document):
    scene.set_pictures_allowed(False)
    document.add_step(Step(id="new", title="New", lane="customer", x=760))
    assert all(item.cacheMode() == item.CacheMode.NoCache for item in scene.items())


@pytest.mark.parametrize(("source", "target", "first", "last"), [
    ((0, 0), (240, 0), (200, 50), (240, 50)),  # forward, same row: straight
    ((0, 0), (240, 180), (200, 50), (240, 230)),  # forward to another lane: an elbow
    ((0, 180), (0, 0), (100, 180), (100, 100)),  # stacked: up from the top edge
    ((480, 0), (0, 0), (580, 100), (100, 100)),  # back in time: under both cards
])
def test_routes_leave_and_enter_the_cards_at_their_edges(source, target, first, last):
    points = route_points(*source, *target)
    assert points[0] == first and points[-1] == last


def test_a_drag_preview_does_not_touch_the_document(scene, document):
    scene.preview_move(["ask"], QPointF(300, 0))
    assert document.step("ask").x == 40 and scene.card_rect("ask").x() == 340
    scene.end_preview(["ask"])
    assert scene.card_rect("ask").x() == 40
    QUndoStack().push(MoveStepsCommand(document, {"ask": {"x": 60}}))
    assert scene.card_rect("ask").x() == 60


def test_flow_kind_changes_restyle_the_arrow(scene, document):
    document.update_flow("f1", kind=FlowKind.REFERRAL, label="go to court")
    item = scene.flow_item("f1")
    assert item._look.head == "open" and item.zValue() > scene.step_item("ask").zValue()  # noqa: SLF001


def test_a_new_document_while_zoomed_far_out_stays_in_overview(scene, document):
    scene.set_overview(True)
    document.replace(Blueprint(steps=[Step(id="only", title="Only", lane="customer")]))
    assert scene.overview_shown() and scene.step_item("only").opacity() == 0
    scene.set_overview(False)
    assert scene.step_item("only").opacity() == 1


def test_lines_between_lanes_follow_the_blueprints_language(qtbot):
    from blueprint.model import Blueprint
    from blueprint.model.document import Document
    from blueprint.render.scene import BlueprintScene

    document = Document(Blueprint(language="nl"))
    scene = BlueprintScene(document)
    texts = lambda: [line.label.text() for line in scene._backdrop.lines]  # noqa: E731, SLF001
    assert texts() == ["Interactielijn", "Zichtbaarheidslijn", "Lijn van interne interactie"]
    document.update_blueprint(language="fr-BE")
    assert texts() == ["Ligne d’interaction", "Ligne de visibilité", "Ligne d’interaction interne"]
    document.update_blueprint(language="en")
    assert texts() == ["Line of interaction", "Line of visibility", "Line of internal interaction"]


def test_replacing_the_document_with_a_selection_is_quiet(qtbot):
    from blueprint.model import Blueprint, Step
    from blueprint.model.document import Document
    from blueprint.render.scene import BlueprintScene

    document = Document(Blueprint(steps=[Step(id="old", title="Old", lane="customer")]))
    scene = BlueprintScene(document)
    scene.step_item("old").setSelected(True)
    seen = []
    scene.selectionChanged.connect(lambda: seen.append([i.step_id for i in scene.selectedItems()]))
    document.replace(Blueprint(steps=[Step(id="new", title="New", lane="customer")]))
    assert seen == [[]]


def test_a_long_lane_word_shrinks_the_font_instead_of_breaking(qtbot):
    from PySide6.QtGui import QFontMetricsF

    from blueprint.render import style
    room = 188.0
    short = style.font_fitting_words(style.lane_font(), "Klantacties", room)
    long = style.font_fitting_words(style.lane_font(), "Ondersteunende processen", room)
    assert short.pixelSize() == style.lane_font().pixelSize()
    assert long.pixelSize() < style.lane_font().pixelSize()
    assert QFontMetricsF(long).horizontalAdvance("Ondersteunende") <= room
    assert style.lane_font().pixelSize() == 20  # the shared font was not changed


def test_style_fonts_are_copies_so_resizing_one_changes_no_other(qtbot):
    from blueprint.render import style

    for make in (style.title_font, style.actor_font, style.tag_font, style.lane_font,
                 style.line_font, style.flow_font):
        font = make()
        before = font.pixelSize()
        font.setPixelSize(before + 9)
        assert make().pixelSize() == before


@pytest.mark.parametrize("title", [
    "Kaart: de iPhone in een appartementsgebouw",
    "De politieman belt terug: mijn ploeg staat er en wacht op de volgende melding van de burger",
    "A" * 80,
])
def test_a_card_title_stays_inside_the_card(qtbot, title):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    from blueprint.render import style
    from blueprint.render.step_item import _INNER_WIDTH, fit_title

    shown = fit_title(title)
    metrics = QFontMetricsF(style.title_font())
    box = metrics.boundingRect(QRectF(0, 0, _INNER_WIDTH, 10_000), int(Qt.TextFlag.TextWordWrap), shown)
    assert box.width() <= _INNER_WIDTH
    assert box.height() <= style.TITLE_LINES * metrics.lineSpacing() + 1
    assert shown.replace("\u00ad", "").rstrip("…") in title


def test_time_drawn_on_a_flow_reads_on_its_arrow(qtbot):
    from blueprint.model import Duration, TimeUnit
    from blueprint.render.flow_item import delay_text
    flow = Flow(id="f", source="a", target="b", label="letter sent")
    assert delay_text(flow) == ""
    flow.delay = Duration(amount=2, unit=TimeUnit.WEEKS)
    assert delay_text(flow) == "+ 2 weeks"
    flow.delay = Duration(amount=1, unit=TimeUnit.WORKING_DAYS)
    assert delay_text(flow) == "+ 1 working day"
