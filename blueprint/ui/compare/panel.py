"""The comparison's side panel: the savings, the metrics side by side with their
difference, both emotion curves on one chart, and how many steps and findings changed.

The words are the comparison report's own (``blueprint.report.comparison``), said in the
program's language through the check's wording catalogue, so the panel and the HTML page
read the same.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from PySide6.QtSvgWidgets import QSvgWidget

from blueprint.analysis.compare import Comparison, FindingStatus, StepChange
from blueprint.check.wording import Wording
from blueprint.report.comparison import (
    METRIC_NAMES,
    STATUS_HEADINGS,
    headline,
    metric_difference,
    metric_value,
)
from blueprint.report.comparison_chart import emotion_curves_svg

BETTER, WORSE = QColor("#1f7a3d"), QColor("#b3261e")
CHART_WIDTH = 420
"""The chart's width in the panel; its height keeps the chart's proportions."""


def heading(text: str) -> QLabel:
    """A bold, slightly larger plain-text label: a section's or a journey's title."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def program_wording() -> Wording:
    """The report's words in the program's language."""
    return Wording.for_language(QLocale().name())


class DifferencePanel(QWidget):
    """Savings, metrics, the emotion curves, and the counts of step and finding changes."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonPanel")
        say = program_wording()
        self.savings = QLabel("\n".join(headline(comparison, say)))
        self.savings.setTextFormat(Qt.TextFormat.PlainText)
        self.savings.setWordWrap(True)
        self.table = self._metrics_table(comparison, say)
        self.chart = QSvgWidget()
        svg = emotion_curves_svg(comparison.as_is_metrics.emotion_curve,
                                 comparison.to_be_metrics.emotion_curve, say)
        self.chart.load(QByteArray(svg.encode("utf-8")))
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        size = self.chart.renderer().defaultSize()
        self.chart.setFixedSize(CHART_WIDTH, round(CHART_WIDTH * size.height() / max(1, size.width())))
        counts = comparison.counts()
        found = {status: len(comparison.findings_with(status)) for status in FindingStatus}
        self.counts = QLabel("\n".join([
            say("Steps: {kept:,} kept, {changed:,} changed, {removed:,} removed, {added:,} added",
                kept=counts[StepChange.KEPT], changed=counts[StepChange.CHANGED],
                removed=counts[StepChange.REMOVED], added=counts[StepChange.ADDED]),
            *(f"{say(STATUS_HEADINGS[status])}: {say.number(found[status], ',')}" for status in FindingStatus)]))
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(say("Savings")))
        layout.addWidget(self.savings)
        layout.addWidget(heading(say("Metrics")))
        layout.addWidget(self.table)
        layout.addWidget(heading(say("The emotion curves")))
        layout.addWidget(self.chart)
        layout.addWidget(self.counts)
        layout.addStretch(1)

    @staticmethod
    def _metrics_table(comparison: Comparison, say: Wording) -> QTableWidget:
        table = QTableWidget(len(comparison.metrics), 4)
        table.setHorizontalHeaderLabels([say("Metric"), say("As-is"), say("To-be"), say("Difference")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, metric in enumerate(comparison.metrics):
            cells = [say(METRIC_NAMES[metric.key]), metric_value(metric.key, metric.as_is, say),
                     metric_value(metric.key, metric.to_be, say), metric_difference(metric, say)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                table.setItem(row, column, item)
            if metric.improved is not None:
                table.item(row, 3).setForeground(BETTER if metric.improved else WORSE)
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        header.setStretchLastSection(True)
        table.resizeRowsToContents()
        table.setMinimumWidth(sum(table.columnWidth(c) for c in range(4)) + 6)
        table.setMinimumHeight(table.verticalHeader().length() + header.height() + 6)
        return table

    def metric_text(self, key: str, column: int) -> str:
        """The shown text of one metric's cell (1 as-is, 2 to-be, 3 difference)."""
        keys = [self.table.item(row, 0).text() for row in range(self.table.rowCount())]
        row = keys.index(program_wording()(METRIC_NAMES[key]))
        return self.table.item(row, column).text()
