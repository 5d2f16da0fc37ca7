"""The numbers beside the findings: a bar of key metrics always in view, and the full list.

The key metrics bar shows, large enough for a projector, the wasted share of steps, the
customer contacts, the customer's wasted time and the staff cost of waste, each with how
it moved at the last edit. The metrics dock lists every metric of
:func:`blueprint.analysis.metrics.compute_metrics`.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from blueprint.analysis.numbers import duration_parts, minutes_number, percent_text

NOT_AVAILABLE = "—"


def format_minutes(minutes: float) -> str:
    """Minutes as a person says them and as every place rounds them
    (:mod:`blueprint.analysis.numbers`): 4.5 min, 45 min, 2 h 10 min."""
    hours, rest = duration_parts(minutes)
    if not hours:
        return QCoreApplication.translate("metrics", "{m} min").format(
            m=minutes_number(rest, _decimal_mark()))
    if rest == 0:
        return QCoreApplication.translate("metrics", "{h} h").format(h=hours)
    return QCoreApplication.translate("metrics", "{h} h {m} min").format(h=hours, m=int(rest))


def format_share(share: float | None) -> str:
    """A ratio as a percentage with two significant digits (0.012 %), or a dash when it
    cannot be computed."""
    return NOT_AVAILABLE if share is None else percent_text(share, _decimal_mark())


def _decimal_mark() -> str:
    return _locale().decimalPoint()


def _locale() -> QLocale:
    """The program's locale (set from the chosen language); English for the bare "C" locale,
    which would put the euro sign after the amount."""
    locale = QLocale()
    return QLocale(QLocale.Language.English) if locale.language() == QLocale.Language.C else locale


def format_euro(amount: float | None) -> str:
    """An amount in euro as the locale writes it (€75.00, € 75,00), or a dash when no hourly
    rate is set."""
    return NOT_AVAILABLE if amount is None else _locale().toCurrencyString(float(amount), "€", 2)


def format_number(value: float | None) -> str:
    """A count or a ratio: whole numbers without decimals, others with the locale's decimal
    mark."""
    if value is None:
        return NOT_AVAILABLE
    if float(value).is_integer():
        return str(int(value))
    return _locale().toString(float(value), "f", 2)


def format_counts(counts: dict[str, int]) -> str:
    """Counts per lane id as ``lane: n``, or a dash when there are none."""
    return ", ".join(f"{key}: {count}" for key, count in counts.items()) if counts else NOT_AVAILABLE


def format_emotions(curve: Any) -> str:
    """The emotion curve as the scores in journey order."""
    if not curve:
        return NOT_AVAILABLE
    return " → ".join(f"{point.emotion:+d}" if point.emotion else "0" for point in curve)


METRIC_ROWS: list[tuple[str, str, Callable[[Any], str]]] = [
    ("steps", QT_TRANSLATE_NOOP("metrics", "Steps"), format_number),
    ("contacts", QT_TRANSLATE_NOOP("metrics", "Customer contacts"), format_number),
    ("needs", QT_TRANSLATE_NOOP("metrics", "Needs"), format_number),
    ("resolved_needs", QT_TRANSLATE_NOOP("metrics", "Needs resolved or referred"), format_number),
    ("avoidable_contacts", QT_TRANSLATE_NOOP("metrics", "Avoidable contacts"), format_number),
    ("avoidable_contacts_per_resolved_need",
     QT_TRANSLATE_NOOP("metrics", "Avoidable contacts per resolved need"), format_number),
    ("valuable", QT_TRANSLATE_NOOP("metrics", "Valuable steps"), format_number),
    ("necessary", QT_TRANSLATE_NOOP("metrics", "Necessary steps"), format_number),
    ("wasted", QT_TRANSLATE_NOOP("metrics", "Wasted steps"), format_number),
    ("unmarked", QT_TRANSLATE_NOOP("metrics", "Steps not marked yet"), format_number),
    ("wasted_share", QT_TRANSLATE_NOOP("metrics", "Wasted share of steps"), format_share),
    ("customer_minutes", QT_TRANSLATE_NOOP("metrics", "Customer time"), format_minutes),
    ("customer_minutes_wasted", QT_TRANSLATE_NOOP("metrics", "Customer time wasted"), format_minutes),
    ("staff_minutes", QT_TRANSLATE_NOOP("metrics", "Staff time"), format_minutes),
    ("staff_minutes_wasted", QT_TRANSLATE_NOOP("metrics", "Staff time wasted"), format_minutes),
    ("waiting_minutes", QT_TRANSLATE_NOOP("metrics", "Waiting time"), format_minutes),
    ("valuable_minutes", QT_TRANSLATE_NOOP("metrics", "Valuable customer time"), format_minutes),
    ("delay_minutes", QT_TRANSLATE_NOOP("metrics", "Time drawn on flows"), format_minutes),
    ("customer_lead_time_minutes", QT_TRANSLATE_NOOP("metrics", "Customer's lead time"), format_minutes),
    ("customer_value_added_ratio",
     QT_TRANSLATE_NOOP("metrics", "Value-added ratio, customer view"), format_share),
    ("value_added_minutes", QT_TRANSLATE_NOOP("metrics", "Value-adding work"), format_minutes),
    ("lead_time_minutes", QT_TRANSLATE_NOOP("metrics", "Lead time"), format_minutes),
    ("value_added_ratio", QT_TRANSLATE_NOOP("metrics", "Value-added ratio, process view"), format_share),
    ("staff_hourly_rate_eur", QT_TRANSLATE_NOOP("metrics", "Staff hourly rate"), format_euro),
    ("staff_cost_of_waste_eur", QT_TRANSLATE_NOOP("metrics", "Staff cost of waste"), format_euro),
    ("hand_offs", QT_TRANSLATE_NOOP("metrics", "Hand-offs"), format_number),
    ("hand_offs_between_organisations",
     QT_TRANSLATE_NOOP("metrics", "Hand-offs between organisations"), format_number),
    ("channel_switches", QT_TRANSLATE_NOOP("metrics", "Channel switches"), format_number),
    ("fail_points", QT_TRANSLATE_NOOP("metrics", "Fail points"), format_number),
    ("fail_points_by_lane", QT_TRANSLATE_NOOP("metrics", "Fail points per lane"), format_counts),
    ("emotion_curve", QT_TRANSLATE_NOOP("metrics", "Emotion curve"), format_emotions),
]
"""Metric attribute, its caption, and how its value is written."""

KEY_METRICS = ("wasted_share", "contacts", "customer_minutes_wasted", "staff_cost_of_waste_eur")


def _caption(name: str) -> str:
    return next(QCoreApplication.translate("metrics", caption) for key, caption, _ in METRIC_ROWS if key == name)


def _formatted(metrics: Any, name: str) -> str:
    formatter = next(fmt for key, _, fmt in METRIC_ROWS if key == name)
    return formatter(getattr(metrics, name))


class KeyMetricsBar(QWidget):
    """The four key metrics, large, always visible; each shows how it moved at the last check."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyMetrics")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(24)
        self.values: dict[str, QLabel] = {}
        for name in KEY_METRICS:
            caption = QLabel(_caption(name))
            value = QLabel(NOT_AVAILABLE)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.values[name] = value
            layout.addWidget(caption)
            layout.addWidget(value)
        layout.addStretch(1)
        self.values["staff_cost_of_waste_eur"].setToolTip(
            self.tr("Set the staff hourly rate in the service concept to see the cost"))
        self._previous: Any = None

    def show_metrics(self, metrics: Any) -> None:
        """Show new metrics, with ▲/▼ beside those that changed since the last ones."""
        for name, label in self.values.items():
            text = _formatted(metrics, name)
            before = None if self._previous is None else getattr(self._previous, name)
            now = getattr(metrics, name)
            if before is not None and now is not None and now != before:
                text += " ▲" if now > before else " ▼"
            label.setText(text)
        self._previous = metrics

    def forget_previous(self) -> None:
        """A new document: the next metrics show no movement (there is nothing to compare)."""
        self._previous = None

    def text(self) -> str:
        """The bar as one line of text (for tests and the status bar)."""
        return "  ".join(f"{_caption(n)} {label.text()}" for n, label in self.values.items())


class MetricsDock(QDockWidget):
    """Every metric of the journey, one per row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Metrics"), parent)
        self.setObjectName("metrics")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Metric"), self.tr("Value")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.rows: dict[str, QTreeWidgetItem] = {}
        for key, caption, _ in METRIC_ROWS:
            item = QTreeWidgetItem([QCoreApplication.translate("metrics", caption), NOT_AVAILABLE])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            self.rows[key] = item
        self.tree.resizeColumnToContents(0)
        self.setWidget(self.tree)

    def show_metrics(self, metrics: Any) -> None:
        """Show one computation of the metrics."""
        for key, item in self.rows.items():
            item.setText(1, _formatted(metrics, key))

    def value_text(self, key: str) -> str:
        """The shown value of one metric."""
        return self.rows[key].text(1)
