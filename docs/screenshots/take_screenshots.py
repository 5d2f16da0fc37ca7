"""Take the README's screenshots from the program itself (run from the checkout's top folder).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_screenshots.py

Each shot opens an example the way a person does (as a copy), lets the live check run,
and for the as-is journeys clicks the first finding so its steps and its hint show.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SIZE = (1440, 900)


def shoot(window, app, name: str) -> None:
    """Settle the window and save it as docs/screenshots/<name>.png."""
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(HERE / f"{name}.png"), "PNG")
    print(f"docs/screenshots/{name}.png")


def show_example(window, app, file_name: str, click_finding: bool, concept: bool) -> None:
    """Open an example, check it, frame it, and show a finding or the concept."""
    window.files.open(ROOT / "blueprint" / "resources" / "examples" / file_name)
    window.live_check.run_now()
    for _ in range(3):
        app.processEvents()  # the opened journey is framed on the next turn of the event loop
    window.frame_journey()
    window.inspector.raise_()
    if concept:
        window.concept.raise_()
    if click_finding:
        findings = window.findings
        row = next(i for i, f in enumerate(findings.findings) if f.elements)
        findings.list.setCurrentRow(row)
        findings.elementsChosen.emit(list(findings.findings[row].elements))


def main() -> int:
    """Welcome page, the four English examples, a comparison, the as-is lost iPhone in Dutch
    and in French."""
    app = QApplication(sys.argv[:1])
    from blueprint.ui.window.mainwindow import MainWindow
    from blueprint.ui.files.storage import Storage

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(Storage.in_folder(folder))
        window.resize(*SIZE)
        window.show()
        window.welcome.draw_all_pictures()
        shoot(window, app, "welcome")
        for case in ("lost-iphone", "birth-registration"):
            for state in ("as-is", "to-be"):
                show_example(window, app, f"{case}.{state}.en.blueprint.json",
                             click_finding=state == "as-is", concept=state == "to-be")
                shoot(window, app, f"{case}-{state}")
        presentation(window, app)
        window.undo_stack.setClean()
        window.close()
        comparison_window(app)
        for language in ("nl", "fr"):
            translated_window(app, folder, language)
    return 0


def comparison_window(app) -> None:
    """The birth registration's as-is above its to-be, a refusal selected with its match."""
    from blueprint.model import load_blueprint
    from blueprint.ui.compare.actions import open_comparison

    examples = ROOT / "blueprint" / "resources" / "examples"
    window = open_comparison(load_blueprint(examples / "birth-registration.as-is.en.blueprint.json"),
                             load_blueprint(examples / "birth-registration.to-be.en.blueprint.json"))
    window.resize(1800, 1000)
    for _ in range(3):
        app.processEvents()
    window.fit_heights()
    window.zoom_by(0.8)
    refusal = window.as_is_scene.step_item("refuse-here")
    refusal.setSelected(True)  # its match, the honest referral, is selected below
    window.as_is_view.centerOn(refusal)  # the removed refusals beside it, struck through
    shoot(window, app, "comparison")
    window.close()


def presentation(window, app) -> None:
    """Presentation mode (F5) at projector size, then with its first finding shown (F)."""
    show_example(window, app, "lost-iphone.as-is.en.blueprint.json", click_finding=False, concept=False)
    window.presenter.enter()
    window.showNormal()  # the offscreen screen is small: stand in for a 1440 x 900 projector
    window.resize(*SIZE)
    for _ in range(3):
        app.processEvents()
    window.presenter.view.grab().save(str(HERE / "presentation.png"), "PNG")
    window.presenter.view.show_finding(1)
    window.presenter.view.grab().save(str(HERE / "presentation-finding.png"), "PNG")
    print("docs/screenshots/presentation.png, presentation-finding.png")
    window.presenter.leave()


def translated_window(app, folder: str, language: str) -> None:
    """The program in ``language`` on the lost-iPhone journey in that language (menus,
    findings, metrics), saved as lost-iphone-as-is-<language>.png. Where that language has no
    example of its own yet, the English journey stands in (the program still speaks it)."""
    from PySide6.QtCore import QLocale

    from blueprint.render.translation import speaking
    from blueprint.ui.files.storage import Storage
    from blueprint.ui.window.mainwindow import MainWindow

    example = f"lost-iphone.as-is.{language}.blueprint.json"
    if not (ROOT / "blueprint" / "resources" / "examples" / example).exists():
        example = "lost-iphone.as-is.en.blueprint.json"
    with speaking(app, QLocale(language)):
        window = MainWindow(Storage.in_folder(Path(folder) / language))
        window.resize(*SIZE)
        window.show()
        show_example(window, app, example, click_finding=True, concept=False)
        shoot(window, app, f"lost-iphone-as-is-{language}")
        window.undo_stack.setClean()
        window.close()


if __name__ == "__main__":
    sys.exit(main())
