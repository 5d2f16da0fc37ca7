"""Two emotion curves on one chart: the as-is and the to-be, as inline SVG (no network).

Both journeys are spread over the same width from their first to their last step with an
emotion, so the two curves read as "the start … the end" of each journey even when they
have a different number of steps. Every title is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from blueprint.analysis.metrics import EmotionPoint
from blueprint.check.wording import Wording
from blueprint.report.chart import LEFT, PLOT_HEIGHT, RIGHT, TOP, WIDTH, signed
from blueprint.report.chart import _grid as grid
from blueprint.report.chart import _y as y_of

AS_IS_COLOUR, TO_BE_COLOUR = "#b3261e", "#1f7a3d"
LEGEND_ROOM = 40
INSET = 24


def _x(index: int, count: int) -> float:
    first, last = LEFT + INSET, WIDTH - RIGHT - INSET
    return (first + last) / 2 if count == 1 else first + (last - first) * index / (count - 1)


def _curve(points: Sequence[EmotionPoint], colour: str, dashed: bool) -> list[str]:
    if not points:
        return []
    count = len(points)
    line = " ".join(f"{_x(i, count):.1f},{y_of(p.emotion):.1f}" for i, p in enumerate(points))
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    parts = [f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2.5"{dash} '
             f'stroke-linejoin="round"/>']
    parts += [f'<circle cx="{_x(i, count):.1f}" cy="{y_of(p.emotion):.1f}" r="4.5" fill="{colour}">'
              f"<title>{escape(p.title)}: {signed(p.emotion)}</title></circle>"
              for i, p in enumerate(points)]
    return parts


def _legend(labels: tuple[str, str], base: float) -> list[str]:
    parts = []
    for index, (label, colour) in enumerate(zip(labels, (AS_IS_COLOUR, TO_BE_COLOUR))):
        x = LEFT + index * 260
        dash = ' stroke-dasharray="6 4"' if index == 0 else ""
        parts.append(f'<line x1="{x}" y1="{base}" x2="{x + 36}" y2="{base}" stroke="{colour}" '
                     f'stroke-width="2.5"{dash}/>')
        parts.append(f'<text x="{x + 44}" y="{base + 4}" font-size="13" fill="#1d2330">'
                     f"{escape(label)}</text>")
    return parts


def emotion_curves_svg(as_is: Sequence[EmotionPoint], to_be: Sequence[EmotionPoint],
                       say: Wording) -> str:
    """The as-is curve (red, dashed) and the to-be curve (green) on one SVG chart."""
    height = TOP + PLOT_HEIGHT + LEGEND_ROOM
    label = escape(say("Emotion curves of the as-is ({before}) and the to-be ({after}), from −2 to +2",
                       before=say.plural("{count:,} step", "{count:,} steps", len(as_is)),
                       after=say.plural("{count:,} step", "{count:,} steps", len(to_be))))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
             f'width="{WIDTH}" height="{height}" role="img" aria-label="{label}">',
             *grid(), *_curve(as_is, AS_IS_COLOUR, True), *_curve(to_be, TO_BE_COLOUR, False),
             *_legend((say("As-is"), say("To-be")), TOP + PLOT_HEIGHT + 26), "</svg>"]
    return "\n".join(parts)
