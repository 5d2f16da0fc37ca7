"""The welcome page's pictures, the examples' whereabouts, the live check's guard, the start-up."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from blueprint.model import Blueprint, Step, save_blueprint
from blueprint.model.document import Document
from blueprint.ui.files import thumbnails
from blueprint.ui.files import examples as shipped
from blueprint.ui.files.examples import describe_example, is_example, list_examples
from blueprint.ui.window.live_check import LiveCheck
from blueprint.ui.files.thumbnails import ThumbnailCache
from blueprint.ui.window.welcome import WelcomePage, case_title


def test_the_examples_are_found_and_described(examples_dir):
    assert shipped.examples_dir().resolve() == examples_dir.resolve()
    examples = list_examples()
    assert {e.path.name for e in examples} == {p.name for p in examples_dir.glob("*.blueprint.json")}
    iphone = describe_example(examples_dir / "lost-iphone.to-be.nl.blueprint.json")
    assert (iphone.case, iphone.state, iphone.language) == ("lost-iphone", "to-be", "nl")
    assert is_example(examples_dir / "lost-iphone.to-be.nl.blueprint.json")
    assert case_title([e for e in examples if e.case == "lost-iphone"]) == "Lost iPhone"


def test_a_picture_is_drawn_once_and_then_read_from_the_cache(qtbot, tmp_path, monkeypatch):
    example = list_examples()[0]
    cache = ThumbnailCache(tmp_path)
    picture = cache.pixmap(example)
    assert picture is not None and not picture.isNull()
    assert cache.file_for(example).exists()

    def no_drawing(*args):
        raise AssertionError("the picture should come from the cache folder")

    monkeypatch.setattr(thumbnails, "render_thumbnail", no_drawing)
    again = ThumbnailCache(tmp_path).pixmap(example)
    assert again.size() == picture.size()


def test_the_welcome_page_fills_its_gallery_after_showing(qtbot, tmp_path):
    page = WelcomePage(ThumbnailCache(tmp_path))
    qtbot.addWidget(page)
    assert page.cards == []  # nothing is loaded before the page shows
    page.show()
    qtbot.waitUntil(lambda: len(page.cards) == len(list_examples()))
    qtbot.waitUntil(lambda: page.pictures_pending() == 0)
    assert any("As-is" in card.text() for card in page.cards)
    assert any("Nederlands" in card.text() for card in page.cards)


def test_the_pictures_wait_while_the_window_is_busy_or_the_page_hidden(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    page = WelcomePage(ThumbnailCache(tmp_path))
    qtbot.addWidget(page)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # a large file is opening
    try:
        page.show()
        qtbot.waitUntil(lambda: len(page.cards) == len(list_examples()))
        waiting = page.pictures_pending()
        qtbot.wait(400)
        assert page.pictures_pending() == waiting == len(page.cards)
    finally:
        QGuiApplication.restoreOverrideCursor()
    qtbot.waitUntil(lambda: page.pictures_pending() < waiting)
    page.hide()
    hidden = page.pictures_pending()
    assert hidden > 0
    qtbot.wait(100)
    assert page.pictures_pending() == hidden
    page.show()
    qtbot.waitUntil(lambda: page.pictures_pending() == 0)


def test_a_check_that_breaks_is_reported_in_plain_words(qtbot, monkeypatch):
    import blueprint.check

    document = Document(Blueprint(steps=[Step(id="a", title="A", lane="customer")]))
    check = LiveCheck(document)
    monkeypatch.setattr(blueprint.check, "analyse", lambda *a, **k: 1 / 0)
    with qtbot.waitSignal(check.failed) as failed:
        check.run_now()
    assert failed.args[0].startswith("The check could not run")
    assert check.result is None


def start_the_program(tmp_path, repo_root, arguments) -> list[tuple[str, float]]:
    """Run ``python -m blueprint`` until its window has shown (and its file opened): the
    lines it printed, as (what, seconds since start)."""
    env = dict(os.environ, BLUEPRINT_EXIT_AFTER_SHOW="1", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "blueprint", *arguments], cwd=repo_root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [line.removesuffix(" s").split(" after ") for line in done.stdout.splitlines()]
    return [(what, float(seconds)) for what, seconds in lines]


@pytest.mark.parametrize("arguments", [[], ["blueprint/resources/examples/lost-iphone.as-is.en.blueprint.json"]])
def test_the_program_starts_and_shows_its_window(tmp_path, repo_root, arguments):
    said = start_the_program(tmp_path, repo_root, arguments)
    assert [what for what, _ in said] == ["shown", *(["opened"] if arguments else [])]


def test_a_large_file_named_at_start_opens_in_the_window_already_shown(tmp_path, repo_root):
    from blueprint.ui.app import OPENS_AT_ONCE_BYTES

    told = "What the customer is told at the counter, and what the clerk writes down. " * 4
    steps = [Step(id=f"s{i}", title=f"Step {i} of a long journey", lane="customer", x=240.0 * i,
                  description=told) for i in range(3_000)]
    path = tmp_path / "long.blueprint.json"
    save_blueprint(Blueprint(title="Long", steps=steps), path)
    assert path.stat().st_size > OPENS_AT_ONCE_BYTES
    said = start_the_program(tmp_path, repo_root, [str(path)])
    assert [what for what, _ in said] == ["shown", "opened"]
    assert said[0][1] < said[1][1]
