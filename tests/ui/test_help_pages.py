"""The help pages ship with the program: "Why?" opens the rule page of a finding, the Help
menu opens the metric definitions and the rules, and the About box names the version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from blueprint import __version__
from blueprint.model import load_blueprint
from blueprint.shipped import metrics_page, resource, rule_page, rules_index
from blueprint.ui.docks.findings import FindingsDock
from blueprint.ui.window.help import HelpPage
from blueprint.ui.window.mainwindow import MainWindow
from blueprint.ui.files.storage import Storage
from blueprint.ui.window.welcome import WelcomePage
from blueprint.ui.files.thumbnails import ThumbnailCache


def help_pages() -> list[HelpPage]:
    return [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, HelpPage) and widget.isVisible()]


def close_help_pages() -> None:
    for page in help_pages():
        page.close()


def test_why_opens_the_rule_page_of_the_chosen_finding(qtbot, examples_dir):
    from blueprint.check import run_check

    dock = FindingsDock()
    qtbot.addWidget(dock)
    dock.show_result(run_check(load_blueprint(examples_dir / "lost-iphone.as-is.en.blueprint.json")))
    assert not dock.why_button.isEnabled()  # nothing chosen yet
    item = next(dock.list.item(row) for row in range(dock.list.count())
                if dock.findings[dock.list.item(row).data(Qt.ItemDataRole.UserRole)].rule == "administrative-trip")
    dock.list.setCurrentItem(item)
    assert dock.why_button.isEnabled()
    qtbot.mouseClick(dock.why_button, Qt.MouseButton.LeftButton)
    [page] = help_pages()
    assert page.page() == rule_page("administrative-trip")
    assert page.windowTitle() == "administrative-trip"
    assert "What to do instead" in page.browser.toPlainText()
    page.close()


def test_help_menu_opens_the_metrics_and_the_rules_and_links_are_followed(qtbot, tmp_path, person):
    window = MainWindow(Storage.in_folder(tmp_path / "app"))
    qtbot.addWidget(window)
    window.show()
    window.actions.metrics_help.trigger()
    [metrics] = help_pages()
    assert metrics.page() == metrics_page() and "value-added ratio" in metrics.browser.toPlainText().lower()
    metrics.close()
    window.actions.rules_help.trigger()
    [rules] = help_pages()
    assert rules.page() == rules_index()
    rules.browser.setSource(rules.browser.source().resolved("dead-end.md"))  # as a click on the link does
    assert rules.page() == rule_page("dead-end") and rules.back_button.isEnabled()
    qtbot.mouseClick(rules.back_button, Qt.MouseButton.LeftButton)
    assert rules.page() == rules_index()
    close_help_pages()
    window.undo_stack.setClean()
    window.close()


def test_every_rule_has_its_shipped_page():
    from blueprint.check import RULES

    assert resource("help").is_dir()
    assert [rule for rule in RULES if not rule_page(rule).is_file()] == []


def test_about_names_the_version(qtbot, monkeypatch, tmp_path):
    said = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: said.append(text))
    window = MainWindow(Storage.in_folder(tmp_path / "app"))
    qtbot.addWidget(window)
    window.actions.about.trigger()
    assert f"Version {__version__}" in said[0]


def test_a_welcome_page_without_examples_says_so_once(qtbot, tmp_path, monkeypatch):
    import blueprint.ui.window.welcome as welcome

    monkeypatch.setattr(welcome, "list_examples", lambda: [])
    page = WelcomePage(ThumbnailCache(tmp_path))
    qtbot.addWidget(page)
    for _ in range(3):
        page.show()
        page.fill_examples()
        page.hide()
    assert page.gallery_layout.count() == 1
