"""Exports make their cards and arrows a batch at a time and stream the file to disk: the
picture is the same as one render of the whole scene, element for element (SVG) and pixel
for pixel (PNG), and never more than one batch of items exists at once."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from blueprint.check import run_check
from blueprint.cli import main
from blueprint.model import Blueprint, Flow, Step, load_blueprint, save_blueprint
from blueprint.model.timing import Duration
from blueprint.render import batched_scene, export
from blueprint.render.scene import BlueprintScene
from blueprint.render.export import (
    ExportError,
    ExportSettings,
    blueprint_picture,
    export_blueprint,
    render_image,
    svg_text,
)
from blueprint.render.pages import PageChoice
from blueprint.render.batched_scene import BatchedScene

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"
LOST_IPHONE = EXAMPLES / "lost-iphone.as-is.en.blueprint.json"


def every_kind_of_item() -> Blueprint:
    """An example with what else a scene draws: connectors, labelled and timed arrows, a
    loop, a dangling support, flows that run back over earlier cards."""
    blueprint = load_blueprint(LOST_IPHONE)
    steps = blueprint.steps
    extra = [
        Step(id="support-1", title="Look up the case", lane="support", x=steps[1].x, y=40,
             supports=[steps[1].id, steps[2].id]),
        Step(id="backstage-1", title="File it", lane="backstage", x=steps[3].x, y=40, supports=[steps[3].id]),
    ]
    flows = [
        Flow(id="back", source=steps[-1].id, target=steps[0].id, label="starts over"),
        Flow(id="timed", source=steps[2].id, target=steps[5].id, delay=Duration(amount=2, unit="weeks")),
        Flow(id="loop", source=steps[4].id, target=steps[4].id),
    ]
    return blueprint.model_copy(update={"steps": [*steps, *extra], "flows": [*blueprint.flows, *flows]})


def one_render_svg(picture) -> str:
    """The SVG of a picture drawn in one go on one generator: the whole scene, one render."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    size = picture.size()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(round(export.SCREEN_DPI))
    generator.setSize(QSize(round(size.width()), round(size.height())))
    painter = QPainter(generator)
    picture.paint(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return bytes(data.data()).decode("utf-8")


FONT = ("font-family", "font-size", "font-style", "font-weight")


def drawn(svg: str) -> list[tuple[str, tuple, str]]:
    """Every shape and text of an SVG in drawing order, each with the whole state it is
    drawn in (its own attributes over those of the groups around it).

    A shape's state leaves out the font, which draws nothing on a shape: Qt writes the
    painter's last font on every group, and a painter of its own per batch starts with
    the default font where one painter for everything still had the last text's."""
    found = []

    def walk(element, state: dict) -> None:
        tag = element.tag.split("}")[-1]
        state = {**state, **element.attrib}
        if tag in ("svg", "g"):
            for child in element:
                walk(child, state)
        elif tag not in ("title", "desc", "defs"):
            shown = {key: value for key, value in state.items() if tag == "text" or key not in FONT}
            found.append((tag, tuple(sorted(shown.items())), element.text or ""))

    root = ElementTree.fromstring(svg)
    for child in root:
        walk(child, {})
    return found


@pytest.mark.parametrize("findings", [False, True])
def test_the_batched_svg_draws_what_one_render_of_the_whole_scene_draws(qapp, monkeypatch, findings):
    blueprint = every_kind_of_item()
    whole = one_render_svg(blueprint_picture(blueprint, findings))
    monkeypatch.setattr(batched_scene, "BATCH_SIZE", 3)  # many batches, items across their edges
    batched_picture = blueprint_picture(blueprint, findings, batched=True)
    batched = svg_text(batched_picture)
    assert batched_picture.scene.largest_batch == 3
    assert drawn(batched) == drawn(whole)
    assert len(drawn(whole)) > 250
    root = ElementTree.fromstring(batched)
    assert root.findtext("{http://www.w3.org/2000/svg}title") == blueprint.title
    assert "Look up the case" in root.findtext("{http://www.w3.org/2000/svg}desc")


@pytest.mark.parametrize("scale", [1.0, 0.2])
def test_the_batched_png_is_the_same_pixel_for_pixel(qapp, monkeypatch, scale):
    blueprint = every_kind_of_item()
    result = run_check(blueprint)
    whole = render_image(blueprint_picture(blueprint, result), scale)
    monkeypatch.setattr(batched_scene, "BATCH_SIZE", 4)
    batched = render_image(blueprint_picture(blueprint, result, batched=True), scale, progress=lambda _: None)
    assert batched.size() == whole.size()
    assert batched == whole


def test_batches_follow_the_whole_scenes_stacking_order(qapp, monkeypatch):
    blueprint = every_kind_of_item()
    whole = blueprint_picture(blueprint, True).scene
    monkeypatch.setattr(batched_scene, "BATCH_SIZE", 5)
    batched = blueprint_picture(blueprint, True, batched=True).scene
    in_turn = []
    for _ in batched.batches():
        in_turn += [item for item in top_level_items(batched) if item.isVisible()]
        assert len(in_turn) == len(set(map(id, in_turn)))  # an item is painted in one batch only
    assert [name(item) for item in in_turn] == [name(item) for item in top_level_items(whole)]
    assert batched.step_items() == [] and len(batched.items()) == 2 * len(blueprint.lanes)  # lanes alone again


def top_level_items(scene: BlueprintScene) -> list:
    return [item for item in scene.items(Qt.SortOrder.AscendingOrder) if item.parentItem() is None]


def name(item) -> tuple:
    for attribute in ("lane_id", "step_id", "flow_id"):
        if hasattr(item, attribute):
            return (attribute, getattr(item, attribute), item.zValue())
    return ("support", item.supporter_id, item.supported_id, item.zValue())


@pytest.mark.parametrize("suffix", ["svg", "png", "pdf"])
def test_an_export_never_holds_more_than_one_batch_of_items(qapp, tmp_path, monkeypatch, suffix):
    blueprint = load_blueprint(LOST_IPHONE)
    steps = [step.model_copy(update={"id": f"{step.id}-{round_}", "x": step.x + 5_000 * round_})
             for round_ in range(6) for step in blueprint.steps]
    long = blueprint.model_copy(update={"steps": steps, "flows": [], "suppressions": []})
    monkeypatch.setattr(batched_scene, "BATCH_SIZE", 10)
    held = []
    original = BatchedScene.batches

    def watched(scene, source=None):
        for count in original(scene, source):
            held.append(len([item for item in scene.items() if item.parentItem() is None]) - len(long.lanes))
            yield count

    monkeypatch.setattr(BatchedScene, "batches", watched)
    settings = ExportSettings(scale=0.1, page=PageChoice.A3)
    export_blueprint(long, tmp_path / f"wall.{suffix}", settings)
    assert max(held) == 10 and sum(held) == len(steps)  # every card, ten at a time
    assert [path.name for path in tmp_path.iterdir()] == [f"wall.{suffix}"]


def test_a_poster_sheet_makes_only_the_items_near_it(qapp, monkeypatch, tmp_path):
    blueprint = every_kind_of_item()
    made = []
    original = BatchedScene._new_card

    def counted(scene, step):
        made.append(step.id)
        return original(scene, step)

    monkeypatch.setattr(BatchedScene, "_new_card", counted)
    note = export_blueprint(blueprint, tmp_path / "wall.pdf", ExportSettings(scale=1.0, page=PageChoice.POSTER))
    assert note == ""
    sheets = len(export.poster_plan(export.picture_size(blueprint, False), 1.0)[0])
    assert sheets > 4
    assert len(made) < len(blueprint.steps) * sheets / 2  # not every card on every sheet


def test_a_png_that_cannot_fit_at_any_readable_scale_is_refused_before_any_card_is_made(
        qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(export, "MAX_SIDE", 40)  # the example is 4,660 units wide: 93 pixels at 4 a card
    made = []
    monkeypatch.setattr(BatchedScene, "_new_card", lambda scene, step: made.append(step) or None)
    monkeypatch.setattr(BlueprintScene, "_new_card", lambda scene, step: made.append(step) or None)
    source = tmp_path / "wide.blueprint.json"
    save_blueprint(load_blueprint(LOST_IPHONE), source)
    with pytest.raises(ExportError) as refused:
        export_blueprint(load_blueprint(source), tmp_path / "wide.png")
    assert "too large for a PNG" in str(refused.value) and "SVG" in str(refused.value)
    assert made == []
    assert main(["export", str(source), "-o", str(tmp_path / "wide.png")]) == 2
    assert "too large for a PNG" in capsys.readouterr().err
    assert not (tmp_path / "wide.png").exists()


def test_a_poster_that_cannot_fit_at_any_readable_scale_is_refused(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "MAX_SHEETS", 3)
    blueprint = load_blueprint(LOST_IPHONE)
    far = Step(id="far", title="Years later", lane="customer", x=200_000, y=40)  # 1 km of poster at scale 1
    wide = blueprint.model_copy(update={"steps": [*blueprint.steps, far]})
    with pytest.raises(ExportError) as refused:
        export_blueprint(wide, tmp_path / "wall.pdf", ExportSettings(page=PageChoice.POSTER))
    assert "too large for a poster" in str(refused.value) and "A3" in str(refused.value)
    assert list(tmp_path.iterdir()) == []
