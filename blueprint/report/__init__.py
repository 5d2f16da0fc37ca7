"""Reports of a check for people who were not in the room: one self-contained HTML page.

No Qt here: a report can be written from the command line on a machine without a display.
"""

from blueprint.report.html import render_report

__all__ = ["render_report"]
