"""The emotion curve as an inline SVG line chart, drawn by hand (no library, no network).

The customer's emotion (-2 … +2) at each step that has one, in journey order: the line
shows where the journey hurts. Every label is escaped; the chart is plain markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from blueprint.analysis.metrics import EmotionPoint
from blueprint.check.wording import Wording

WIDTH, PLOT_HEIGHT = 720, 160
LEFT, RIGHT, TOP = 48, 16, 16
INSET_LEFT, INSET_RIGHT = 90, 24  # room for the first and last step's slanted title
LABEL_ROOM, NUMBER_ROOM = 96, 28  # below the plot: slanted titles, or just "step 1 … n"
MAX_MARKERS = 200  # beyond this, markers would merge into the line
MAX_LABELS = 24  # beyond this, step titles under the axis would overlap
LABEL_CHARS = 18
EMOTION_COLOURS = {-2: "#b3261e", -1: "#d9822b", 0: "#7a8394", 1: "#5a9e3a", 2: "#1f7a3d"}


def _x(index: int, count: int) -> float:
    first, last = LEFT + INSET_LEFT, WIDTH - RIGHT - INSET_RIGHT
    return (first + last) / 2 if count == 1 else first + (last - first) * index / (count - 1)


def _y(emotion: int) -> float:
    return TOP + PLOT_HEIGHT * (2 - emotion) / 4


def signed(emotion: int) -> str:
    """An emotion as shown: ``+2``, ``0``, ``−1`` (with a true minus sign)."""
    return f"{emotion:+d}".replace("-", "−") if emotion else "0"


def _short(title: str) -> str:
    return title if len(title) <= LABEL_CHARS else title[: LABEL_CHARS - 1] + "…"


def _grid() -> list[str]:
    parts = []
    for emotion in (2, 1, 0, -1, -2):
        y = _y(emotion)
        stroke = "#7a8394" if emotion == 0 else "#d8dce4"
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" '
                     f'stroke="{stroke}" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="12" '
                     f'fill="#5b6475">{signed(emotion)}</text>')
    return parts


def _markers(points: Sequence[EmotionPoint]) -> list[str]:
    count = len(points)
    return [
        f'<circle cx="{_x(i, count):.1f}" cy="{_y(p.emotion):.1f}" r="5" '
        f'fill="{EMOTION_COLOURS[p.emotion]}"><title>{escape(p.title)}: {signed(p.emotion)}</title></circle>'
        for i, p in enumerate(points)
    ]


def _labels(points: Sequence[EmotionPoint], say: Wording) -> list[str]:
    count, base = len(points), TOP + PLOT_HEIGHT + 18
    if count > MAX_LABELS:
        return [f'<text x="{_x(0, count)}" y="{base}" text-anchor="middle" font-size="12" '
                f'fill="#5b6475">{escape(say("step {number:,}", number=1))}</text>',
                f'<text x="{_x(count - 1, count)}" y="{base}" text-anchor="middle" font-size="12" '
                f'fill="#5b6475">{escape(say("step {number:,}", number=count))}</text>']
    return [
        f'<text transform="translate({_x(i, count):.1f},{base}) rotate(-35)" text-anchor="end" '
        f'font-size="11" fill="#1d2330">{escape(_short(p.title))}</text>'
        for i, p in enumerate(points)
    ]


def emotion_curve_svg(points: Sequence[EmotionPoint], say: Wording) -> str:
    """An SVG line chart of the emotion curve, its labels in ``say``'s language; at least one
    point is needed."""
    if not points:
        raise ValueError("an emotion curve needs at least one point")
    count = len(points)
    height = TOP + PLOT_HEIGHT + (NUMBER_ROOM if count > MAX_LABELS else LABEL_ROOM)
    line = " ".join(f"{_x(i, count):.1f},{_y(p.emotion):.1f}" for i, p in enumerate(points))
    label = escape(say.plural("Emotion curve over {count:,} step, from −2 to +2",
                               "Emotion curve over {count:,} steps, from −2 to +2", count))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="{label}">',
        *_grid(),
        f'<polyline points="{line}" fill="none" stroke="#2b5c9e" stroke-width="2" '
        f'stroke-linejoin="round"/>',
    ]
    if count <= MAX_MARKERS:
        parts += _markers(points)
    parts += _labels(points, say)
    parts.append("</svg>")
    return "\n".join(parts)
