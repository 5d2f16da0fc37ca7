"""Every shipped example exports headless to PNG, SVG and PDF, each well-formed and sized right."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from blueprint.cli import main
from blueprint.model import load_blueprint
from blueprint.render.step_item import fit_title
from blueprint.render.export import (
    ExportSettings,
    blueprint_picture,
    export_blueprint,
    pdf_bytes,
    render_image,
    svg_text,
)
from blueprint.render.pages import PageChoice
from blueprint.render.picture import LEGEND_BAND, MARGIN, TITLE_BAND

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.blueprint.json"))
SVG = "{http://www.w3.org/2000/svg}"


def pdf_page_count(data: bytes) -> int:
    """Page objects in a PDF (Qt writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def svg_texts(svg: str) -> tuple[str, str]:
    """The visible text (all <text> elements, in order) and the description of an SVG."""
    root = ElementTree.fromstring(svg)
    visible = " ".join("".join(element.itertext()) for element in root.iter(f"{SVG}text"))
    description = root.findtext(f"{SVG}desc") or ""
    return visible, description


def squeeze(text: str) -> str:
    """Text without whitespace: a title wrapped over lines is found all the same."""
    return re.sub(r"\s+", "", text)


def test_the_examples_are_there():
    assert len(EXAMPLE_FILES) >= 4


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.name)
def test_each_example_exports_well_formed_png_svg_and_pdf(qapp, path, tmp_path):
    blueprint = load_blueprint(path)
    picture = blueprint_picture(blueprint)

    png = tmp_path / "picture.png"
    export_blueprint(blueprint, png, ExportSettings(scale=0.5))
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (math.ceil(picture.size().width() * 0.5), math.ceil(picture.size().height() * 0.5))

    svg = svg_text(picture)
    visible, description = svg_texts(svg)
    for step in blueprint.steps:
        assert squeeze(step.title) in squeeze(description)
        assert squeeze(fit_title(step.title).rstrip("…")) in squeeze(visible)
    assert squeeze(blueprint.title) in squeeze(visible)

    for page in (PageChoice.A4, PageChoice.A3):
        pdf, pages = pdf_bytes(picture, page)
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
        assert pages == pdf_page_count(pdf) == 1
    poster, sheets = pdf_bytes(picture, PageChoice.POSTER)
    assert sheets == pdf_page_count(poster) > 1


def test_png_size_is_scale_times_the_content_rect_and_the_bands(qapp):
    picture = blueprint_picture(load_blueprint(EXAMPLES / "lost-iphone.as-is.en.blueprint.json"))
    content = picture.scene.content_rect()
    assert picture.content_rect == content
    size = picture.size()
    assert size.width() == max(content.width(), picture._legend_width()) + 2 * MARGIN
    assert size.height() == content.height() + TITLE_BAND + LEGEND_BAND + 2 * MARGIN
    for scale in (0.25, 1.0, 1.5):
        image = render_image(picture, scale)
        assert (image.width(), image.height()) == (math.ceil(size.width() * scale),
                                                   math.ceil(size.height() * scale))


def test_every_step_title_is_visible_text_when_the_card_shows_it_whole(qapp):
    blueprint = load_blueprint(EXAMPLES / "birth-registration.as-is.en.blueprint.json")
    visible, _ = svg_texts(svg_text(blueprint_picture(blueprint)))
    whole = [step.title for step in blueprint.steps if fit_title(step.title) == step.title]
    assert whole
    for title in whole:
        assert squeeze(title) in squeeze(visible)


def test_the_cli_exports_headless_in_all_three_formats(tmp_path, capsys):
    source = str(EXAMPLES / "lost-iphone.as-is.en.blueprint.json")
    for name, extra in (("wall.png", ["--dpi", "192"]), ("slides.svg", []),
                        ("a3.pdf", ["--page", "A3", "--findings"]), ("poster.pdf", ["--page", "poster"])):
        assert main(["export", source, "-o", str(tmp_path / name), *extra]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "wall.png"))
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    small = QImage()
    assert main(["export", source, "-o", str(tmp_path / "small.png")]) == 0
    small.load(str(tmp_path / "small.png"))
    assert abs(image.width() - 2 * small.width()) <= 1
    assert pdf_page_count((tmp_path / "a3.pdf").read_bytes()) == 1
    assert pdf_page_count((tmp_path / "poster.pdf").read_bytes()) > 1
    ElementTree.parse(tmp_path / "slides.svg")
    assert "written" in capsys.readouterr().out


def test_the_html_report_embeds_the_picture_with_the_findings(tmp_path):
    output = tmp_path / "report.html"
    main(["report", str(EXAMPLES / "lost-iphone.as-is.en.blueprint.json"), "-o", str(output)])
    page = output.read_text(encoding="utf-8")
    picture = page[page.index('<section id="picture">'):]
    assert "<svg" in picture and "<?xml" not in page
    blueprint = load_blueprint(EXAMPLES / "lost-iphone.as-is.en.blueprint.json")
    for step in blueprint.steps:
        assert squeeze(step.title) in squeeze(picture)
    assert "Findings" in picture  # the legend of the badges


def test_svg_and_pdf_hold_no_bitmaps_only_lines_shapes_and_text(qapp):
    picture = blueprint_picture(load_blueprint(EXAMPLES / "lost-iphone.as-is.en.blueprint.json"), findings=True)
    svg = svg_text(picture)
    assert "<image" not in svg and "data:image" not in svg
    for page in PageChoice:
        pdf, _ = pdf_bytes(picture, page)
        assert b"/Subtype /Image" not in pdf
