"""Text from a blueprint never becomes markup, and exports never leave a half-written file."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from blueprint.cli import main
from blueprint.model import Blueprint, Step, save_blueprint
from blueprint.render import export
from blueprint.render.export import ExportError, ExportFormat, ExportSettings, blueprint_svg, export_blueprint

SCRIPT = "<script>alert(1)</script>"
CDATA_END = "]]> & \"quoted\" 'single'"


def hostile_blueprint() -> Blueprint:
    """Titles that would be markup if pasted into SVG or HTML unescaped."""
    return Blueprint(
        title=f"Report {SCRIPT}",
        organisation="<b>Police</b>",
        steps=[
            Step(id="a", title=SCRIPT, lane="customer", x=40, y=40, actor="<img src=x onerror=alert(1)>"),
            Step(id="b", title=CDATA_END, lane="frontstage", x=280, y=40),
            Step(id="c", title="Bell \x07 rings \x1b[0m", lane="backstage", x=520, y=40),
        ],
    )


def test_svg_keeps_hostile_titles_as_escaped_text(qapp):
    svg = blueprint_svg(hostile_blueprint())
    root = ElementTree.fromstring(svg)  # parses: the control characters were dropped
    tags = {element.tag.split("}")[-1] for element in root.iter()}
    assert "script" not in tags and "img" not in tags and "b" not in tags
    texts = " ".join("".join(element.itertext()) for element in root.iter("{http://www.w3.org/2000/svg}text"))
    assert SCRIPT in texts
    assert "]]>" in texts and "\"quoted\"" in texts
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "]]&gt;" in svg
    assert "\x07" not in svg and "\x1b" not in svg
    assert root.findtext("{http://www.w3.org/2000/svg}title") == f"Report {SCRIPT}"


def test_a_failed_export_keeps_the_old_file_and_leaves_no_temporary_file(qapp, tmp_path, monkeypatch):
    target = tmp_path / "wall.svg"
    target.write_text("the old picture", encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise ExportError("the renderer broke down halfway")

    monkeypatch.setattr(export, "export_bytes", broken)
    with pytest.raises(ExportError):
        export_blueprint(hostile_blueprint(), target)
    assert target.read_text(encoding="utf-8") == "the old picture"
    assert [path.name for path in tmp_path.iterdir()] == ["wall.svg"]


def test_a_successful_export_replaces_the_old_file_whole(qapp, tmp_path):
    target = tmp_path / "wall.svg"
    target.write_text("the old picture", encoding="utf-8")
    export_blueprint(hostile_blueprint(), target)
    ElementTree.parse(target)
    assert [path.name for path in tmp_path.iterdir()] == ["wall.svg"]


def test_a_far_too_large_png_is_made_at_the_largest_scale_that_fits_and_says_so(qapp, tmp_path):
    # the export fits the scale (tests/export/test_export_fits.py)
    target = tmp_path / "huge.png"
    note = export_blueprint(hostile_blueprint(), target, ExportSettings(scale=500))
    assert "scale 500" in note and "pixels" in note
    header = target.read_bytes()[:24]  # the PNG's IHDR: too large for QImage to load at once
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and 0 < width * height <= export.MAX_PIXELS


def test_an_unknown_suffix_names_the_formats():
    with pytest.raises(ExportError) as caught:
        ExportFormat.of("wall.jpeg")
    assert ".png, .svg or .pdf" in str(caught.value)


def test_cli_exit_codes(qapp, tmp_path, capsys):
    good = tmp_path / "hostile.blueprint.json"
    save_blueprint(hostile_blueprint(), good)
    bad = tmp_path / "bad.blueprint.json"
    bad.write_text('{"format": "service-blueprint", "version": 1, "steps": [{"id": "x"}]}', encoding="utf-8")
    assert main(["export", str(good), "-o", str(tmp_path / "out.gif")]) == 2
    assert main(["export", str(tmp_path / "missing.blueprint.json"), "-o", str(tmp_path / "o.png")]) == 2
    assert main(["export", str(bad), "-o", str(tmp_path / "o.png")]) == 1
    assert main(["export", str(good), "-o", str(tmp_path / "o.png"), "--scale", "-1"]) == 2
    assert not (tmp_path / "o.png").exists()
    assert main(["export", str(good), "-o", str(tmp_path / "o.png"), "--scale", "400"]) == 0  # fitted
    printed = capsys.readouterr()
    assert "Traceback" not in printed.err + printed.out
