"""The program ends cleanly after copying steps.

Copied steps once went on the clipboard as a QMimeData made in Python. On the offscreen
platform the clipboard is a C++ static that Qt deletes after Python has finished, and
deleting a Python-made object then crashed the process (exit 139) — after every test had
passed. It runs in a child process because the crash only shows at the very end of one.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from blueprint.ui.window.mainwindow import MainWindow
from blueprint.ui.files.storage import Storage

app = QApplication([])
window = MainWindow(Storage.in_folder(sys.argv[2]))
window.files.open(sys.argv[1])
window.show()
window.view.select_ids([window.document.blueprint.steps[0].id])
window.edit_actions.copy.trigger()
print("copied" if '"service-blueprint-steps"' in QGuiApplication.clipboard().text() else "not copied")
window.recovery.shutdown()
"""


def test_the_process_ends_cleanly_after_steps_were_copied(examples_dir, tmp_path):
    example = examples_dir / "lost-iphone.as-is.en.blueprint.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CODE, str(example), str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert "copied" == result.stdout.strip(), result.stderr
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
