"""Getting blueprints in from other tools (no Qt): steps typed into a spreadsheet."""

from blueprint.interchange.csv_import import (
    RowProblem,
    SpreadsheetUnreadable,
    StepsImportError,
    import_steps,
    read_steps_csv,
)

__all__ = ["RowProblem", "SpreadsheetUnreadable", "StepsImportError", "import_steps", "read_steps_csv"]
