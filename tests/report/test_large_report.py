"""A report of a long journey: written to disk a piece at a time, the picture left out above
a size (the page says so and gives the export command), every finding still listed."""

from __future__ import annotations

import html
from pathlib import Path

from blueprint.check import analyse
from blueprint.cli import main
from blueprint.model import load_blueprint, save_blueprint
from blueprint.report import html as report_html
from blueprint.report.html import PictureLeftOut, render_report, report_parts
from blueprint.render import batched_scene, report_file

EXAMPLES = Path(__file__).resolve().parents[2] / "blueprint" / "resources" / "examples"
AS_IS = EXAMPLES / "lost-iphone.as-is.en.blueprint.json"


def longer_journey(rounds: int):
    """The lost-iPhone journey told ``rounds`` times over, side by side."""
    blueprint = load_blueprint(AS_IS)
    steps = [step.model_copy(update={"id": f"{step.id}-{n}", "x": step.x + 5_000 * n})
             for n in range(rounds) for step in blueprint.steps]
    flows = [flow.model_copy(update={"id": f"{flow.id}-{n}", "source": f"{flow.source}-{n}",
                                     "target": f"{flow.target}-{n}"})
             for n in range(rounds) for flow in blueprint.flows]
    return blueprint.model_copy(update={"steps": steps, "flows": flows, "suppressions": []})


def test_above_the_limit_the_picture_is_left_out_with_the_export_command(qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report_file, "PICTURE_MAX_STEPS", 30)
    journey = longer_journey(3)  # 57 steps
    source = tmp_path / "whole city.blueprint.json"
    save_blueprint(journey, source)
    output = tmp_path / "city.report.html"
    assert main(["report", str(source), "-o", str(output)]) == 1
    page = output.read_text(encoding="utf-8")
    picture = page[page.index('<section id="picture">'):]
    picture = picture[:picture.index("</section>")]
    assert "<svg" not in picture and "is left out" in picture and "57 steps" in picture
    assert html.escape("blueprint export 'whole city.blueprint.json' -o 'whole city.svg'") in picture
    result, _ = analyse(journey)
    assert page.count('<li class="') == len(result.findings) >= 10  # every finding, under its step
    for finding in result.findings:
        assert html.escape(finding.message) in page
    capsys.readouterr()


def test_the_dutch_page_says_it_in_dutch(qapp):
    journey = load_blueprint(EXAMPLES / "lost-iphone.as-is.nl.blueprint.json")
    result, metrics = analyse(journey)
    page = render_report(journey, result, metrics, picture_svg=PictureLeftOut(12_345, "stad.blueprint.json"))
    assert "12.345 stappen" in page and "Bestand › Exporteren…" in page
    assert "blueprint export stad.blueprint.json -o stad.svg" in page


def test_the_page_is_written_in_pieces_none_of_them_the_whole(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(batched_scene, "BATCH_SIZE", 20)
    journey = longer_journey(6)  # 114 steps, drawn into the page 20 items at a time
    written = []
    original = report_html.report_parts

    def watched(*args, **kwargs):
        for piece in original(*args, **kwargs):
            written.append(len(piece))
            yield piece

    monkeypatch.setattr(report_file, "report_parts", watched)
    output = tmp_path / "long.report.html"
    report_file.write_report(journey, output)
    total = output.stat().st_size
    assert sum(written) <= total and len(written) > 20
    largest_besides_the_head = sorted(written)[-2]  # the head carries the style sheet
    assert largest_besides_the_head < total / 8
    page = output.read_text(encoding="utf-8")
    assert page.count("<svg") >= 2 and page.rstrip().endswith("</html>")


def test_render_report_is_the_pieces_joined(qapp):
    journey = load_blueprint(AS_IS)
    result, metrics = analyse(journey)
    pieces = list(report_parts(journey, result, metrics, picture_svg=iter(["<?xml?>\n<svg>", "<g/>", "</svg>"])))
    assert "".join(pieces) == render_report(journey, result, metrics, picture_svg="<?xml?>\n<svg><g/></svg>")
