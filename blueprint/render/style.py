"""How the canvas looks: geometry, fonts, value styles, flow styles, channel icons, badges.

Every value is distinct without colour too (a letter tag and a border style), so a
colour-blind reader and a black-and-white print both tell valuable from wasted. Colours
come from the Okabe-Ito palette, which stays distinct for the common colour blindnesses.
The export legend (engineer E) reads the same tables.
"""

from __future__ import annotations

import math

from dataclasses import dataclass
from functools import cache, wraps

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPen

from blueprint.check.wording import primary_subtag
from blueprint.model.vocabulary import Channel, FlowKind, LaneKind, Severity, Value
from blueprint.render.labels import has_translation, in_language

# ---------------------------------------------------------------- geometry (scene units)
CARD_WIDTH = 200.0
CARD_HEIGHT = 100.0
CARD_RADIUS = 12.0
CARD_PADDING = 10.0
COLUMN_PITCH = 240.0
FIRST_COLUMN_X = 40.0
HEADER_WIDTH = 220.0
"""The lane titles sit in a header column left of x=0; steps start at x=40."""
SCENE_MARGIN = 400.0
BADGE_RADIUS = 13.0
HANDLE_RADIUS = 11.0
TITLE_LINES = 3

CARD_RECT = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
HANDLE_CENTRE = QPointF(CARD_WIDTH, CARD_HEIGHT / 2)

# ---------------------------------------------------------------- levels of detail
DETAIL_LOD = 0.3
"""Below this scale a card is a coloured block: text would be unreadable anyway."""
OVERVIEW_SCALE = 0.12
"""Below this view scale the items hide and one overview item draws every card as a block."""

# ---------------------------------------------------------------- colours
INK = QColor("#1f1f1f")
MUTED_INK = QColor("#555555")
SELECTION = QColor("#0a64d6")
CANVAS_BACKGROUND = QColor("#ffffff")
LANE_BORDER = QColor("#c9c9c9")
BOUNDARY_LINE = QColor("#5a5a5a")
HEADER_BACKGROUND = QColor("#e9ecef")
SELECTED_HEADER_BACKGROUND = QColor("#d3e3fa")

LANE_FILL = {
    LaneKind.PHYSICAL_EVIDENCE: QColor("#f6f6f0"),
    LaneKind.CUSTOMER: QColor("#fffbea"),
    LaneKind.FRONTSTAGE: QColor("#f0f6ff"),
    LaneKind.BACKSTAGE: QColor("#f4f2fb"),
    LaneKind.SUPPORT: QColor("#f3f3f3"),
    LaneKind.CUSTOM: QColor("#fafafa"),
}


# ---------------------------------------------------------------- fonts
def _shared_font(make):
    """Build a font once; every caller gets its own copy, so a caller that resizes it
    (the title editor when zoomed, the floating lane header) changes nobody else's."""
    made = cache(make)

    @wraps(make)
    def copy() -> QFont:
        return QFont(made())

    return copy


def _font(pixels: int, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(pixels)
    font.setWeight(weight)
    font.setItalic(italic)
    return font


@_shared_font
def title_font() -> QFont:
    """Step titles: large enough for the back of the room at 100 % zoom."""
    return _font(17, QFont.Weight.DemiBold)


@_shared_font
def actor_font() -> QFont:
    """The actor line at the bottom of a card."""
    return _font(14)


@_shared_font
def tag_font() -> QFont:
    """The value letter (V, N, W, ?) and badge texts."""
    return _font(15, QFont.Weight.Bold)


@_shared_font
def lane_font() -> QFont:
    """Lane titles in the header column."""
    return _font(20, QFont.Weight.Bold)


def font_fitting_words(font: QFont, text: str, width: float) -> QFont:
    """A copy of ``font``, smaller when needed so that no word of ``text`` is wider than
    ``width``: long compound words ("Ondersteunende processen") would otherwise be broken
    mid-word or run out of their box. Never below 60 % of the original size."""
    fitted = QFont(font)  # a copy: the style's fonts are shared and cached
    words = text.split() or [""]
    widest = max(QFontMetricsF(fitted).horizontalAdvance(word) for word in words)
    if widest > width:
        pixels = fitted.pixelSize()
        fitted.setPixelSize(max(int(pixels * width / widest), round(pixels * 0.6)))
    return fitted


@_shared_font
def line_font() -> QFont:
    """The labels of the line of interaction, visibility and internal interaction."""
    return _font(14, QFont.Weight.Normal, italic=True)


@_shared_font
def flow_font() -> QFont:
    """Flow labels."""
    return _font(13)


# ---------------------------------------------------------------- values
@dataclass(frozen=True)
class ValueStyle:
    """How a card of one value looks: colours, a border style and a letter."""

    value: Value
    letter: str
    fill: QColor
    strong: QColor  # border, letter and the block colour when zoomed far out
    border: Qt.PenStyle
    border_width: float

    @property
    def label(self) -> str:
        """The value's name in the user's language."""
        return {
            Value.VALUABLE: QCoreApplication.translate("style", "valuable"),
            Value.NECESSARY: QCoreApplication.translate("style", "necessary"),
            Value.WASTED: QCoreApplication.translate("style", "wasted"),
            Value.UNMARKED: QCoreApplication.translate("style", "unmarked"),
        }[self.value]

    def pen(self) -> QPen:
        """The card border."""
        pen = QPen(self.strong, self.border_width, self.border)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen


VALUE_STYLES = {
    Value.VALUABLE: ValueStyle(Value.VALUABLE, "V", QColor("#d3f0e4"), QColor("#007a5a"), Qt.PenStyle.SolidLine, 4.0),
    Value.NECESSARY: ValueStyle(Value.NECESSARY, "N", QColor("#d9e8f6"), QColor("#0063a0"), Qt.PenStyle.SolidLine, 2.0),
    Value.WASTED: ValueStyle(Value.WASTED, "W", QColor("#fbdcc8"), QColor("#b84a00"), Qt.PenStyle.DashLine, 4.0),
    Value.UNMARKED: ValueStyle(Value.UNMARKED, "?", QColor("#ffffff"), QColor("#6b6b6b"), Qt.PenStyle.DotLine, 2.5),
}
"""Valuable: green, solid heavy border, V. Necessary: blue, thin border, N.
Wasted: orange, dashed heavy border, W. Unmarked: white, dotted border, ?."""


def value_style(value: Value | str) -> ValueStyle:
    """The style of one value."""
    return VALUE_STYLES[Value(value)]


# ---------------------------------------------------------------- flows
@dataclass(frozen=True)
class FlowStyle:
    """How a flow of one kind looks: line, colour, width and arrow head."""

    kind: FlowKind
    colour: QColor
    width: float
    line: Qt.PenStyle
    head: str  # "filled" triangle, "open" chevron, or "small" open chevron

    @property
    def label(self) -> str:
        """The flow kind's name in the user's language."""
        return {
            FlowKind.SEQUENCE: QCoreApplication.translate("style", "sequence"),
            FlowKind.HAND_OFF: QCoreApplication.translate("style", "hand-off"),
            FlowKind.REFERRAL: QCoreApplication.translate("style", "referral"),
            FlowKind.INFORMATION: QCoreApplication.translate("style", "information"),
            FlowKind.RECOVERY: QCoreApplication.translate("style", "recovery"),
        }[self.kind]

    def pen(self) -> QPen:
        """The pen of the flow's line."""
        pen = QPen(self.colour, self.width, self.line)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen


FLOW_STYLES = {
    FlowKind.SEQUENCE: FlowStyle(FlowKind.SEQUENCE, QColor("#2b2b2b"), 2.5, Qt.PenStyle.SolidLine, "filled"),
    FlowKind.HAND_OFF: FlowStyle(FlowKind.HAND_OFF, QColor("#2b2b2b"), 2.5, Qt.PenStyle.DashLine, "filled"),
    FlowKind.REFERRAL: FlowStyle(FlowKind.REFERRAL, QColor("#7b3294"), 3.0, Qt.PenStyle.DotLine, "open"),
    FlowKind.INFORMATION: FlowStyle(FlowKind.INFORMATION, QColor("#8c8c8c"), 1.5, Qt.PenStyle.SolidLine, "small"),
    FlowKind.RECOVERY: FlowStyle(FlowKind.RECOVERY, QColor("#1a7f37"), 2.5, Qt.PenStyle.DashDotLine, "filled"),
}


def flow_style(kind: FlowKind | str) -> FlowStyle:
    """The style of one flow kind."""
    return FLOW_STYLES[FlowKind(kind)]


def arrow_head(tip: QPointF, direction: QPointF, head: str) -> QPainterPath:
    """An arrow head at ``tip`` pointing along the unit vector ``direction``."""
    return arrow_head_at(tip.x(), tip.y(), direction.x(), direction.y(), head)


def arrow_head_corners(tx: float, ty: float, dx: float, dy: float,
                       head: str) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """The three corners of an arrow head at (tx, ty) pointing along the unit vector (dx, dy):
    one barb, the tip, the other barb."""
    length, half = (10.0, 5.0) if head == "small" else (16.0, 8.0)
    bx, by = tx - dx * length, ty - dy * length
    nx, ny = -dy * half, dx * half
    return (bx + nx, by + ny), (tx, ty), (bx - nx, by - ny)


def arrow_head_at(tx: float, ty: float, dx: float, dy: float, head: str) -> QPainterPath:
    """An arrow head at (tx, ty) pointing along the unit vector (dx, dy)."""
    barb, tip, other = arrow_head_corners(tx, ty, dx, dy, head)
    path = QPainterPath()
    path.moveTo(*barb)
    path.lineTo(*tip)
    path.lineTo(*other)
    if head == "filled":
        path.closeSubpath()
    return path


# ---------------------------------------------------------------- lines between lanes
BOUNDARY_LINES = {
    (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE): QT_TRANSLATE_NOOP("style", "Line of interaction"),
    (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE): QT_TRANSLATE_NOOP("style", "Line of visibility"),
    (LaneKind.BACKSTAGE, LaneKind.SUPPORT): QT_TRANSLATE_NOOP("style", "Line of internal interaction"),
}
"""The three lines of Bitner, Ostrom & Morgan, drawn between the standard lanes."""


def boundary_label(upper: LaneKind, lower: LaneKind, language: str = "en") -> str | None:
    """The name of the line between two adjacent lanes, or None if there is none. The lines
    belong to the drawing, so they speak the blueprint's language where the program has a
    translation into it (a Dutch or French blueprint); else the program's language."""
    text = BOUNDARY_LINES.get((upper, lower))
    if not text:
        return None
    if primary_subtag(language) != "en" and has_translation(language):
        return in_language(language, "style", text)
    return QCoreApplication.translate("style", text)


# ---------------------------------------------------------------- badges
SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c0221f"),
    Severity.WARNING: QColor("#e0a100"),
    Severity.INFO: QColor("#2a6fbb"),
}
SEVERITY_LETTERS = {Severity.ERROR: "!", Severity.WARNING: "!", Severity.INFO: "i"}
"""Error: red octagon (a stop sign) with !; warning: amber triangle with !; info: blue square
with i. Never a disc with ×, which reads as a close button."""


def severity_shape(severity: Severity, centre: QPointF, radius: float = BADGE_RADIUS) -> QPainterPath:
    """The badge outline for a severity: octagon, triangle or square (distinct without colour)."""
    path = QPainterPath()
    if severity == Severity.ERROR:
        corners = [QPointF(centre.x() + radius * 1.08 * math.cos(math.radians(22.5 + 45 * k)),
                           centre.y() + radius * 1.08 * math.sin(math.radians(22.5 + 45 * k))) for k in range(8)]
        path.moveTo(corners[0])
        for corner in corners[1:]:
            path.lineTo(corner)
        path.closeSubpath()
    elif severity == Severity.WARNING:
        path.moveTo(centre.x(), centre.y() - radius * 1.15)
        path.lineTo(centre.x() + radius * 1.2, centre.y() + radius * 0.9)
        path.lineTo(centre.x() - radius * 1.2, centre.y() + radius * 0.9)
        path.closeSubpath()
    else:
        path.addRoundedRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), 3, 3)
    return path


FAIL_POINT_COLOUR = QColor("#c0221f")
WAITING_COLOUR = QColor("#4d4d4d")


# ---------------------------------------------------------------- channel icons
CHANNEL_LABELS = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("style", "in person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("style", "phone"),
    Channel.APP_WEB: QT_TRANSLATE_NOOP("style", "app / web"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("style", "e-mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("style", "letter"),
    Channel.INTERNAL: QT_TRANSLATE_NOOP("style", "internal"),
    Channel.OTHER: QT_TRANSLATE_NOOP("style", "other"),
}


def channel_label(channel: Channel | str) -> str:
    """The channel's name in the user's language."""
    return QCoreApplication.translate("style", CHANNEL_LABELS[Channel(channel)])


@cache
def channel_icon(channel: Channel) -> QPainterPath:
    """A 24 x 24 outline icon for a channel, stroked with the ink colour."""
    builders = {
        Channel.IN_PERSON: _person_icon,
        Channel.PHONE: _phone_icon,
        Channel.APP_WEB: _screen_icon,
        Channel.EMAIL: _envelope_icon,
        Channel.LETTER: _letter_icon,
        Channel.INTERNAL: _gear_icon,
        Channel.OTHER: _dots_icon,
    }
    return builders[Channel(channel)]()


def _person_icon() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(12, 6.5), 4.5, 4.5)
    path.moveTo(3, 23)
    path.cubicTo(3, 12, 21, 12, 21, 23)
    path.closeSubpath()
    return path


def _phone_icon() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(6, 1, 12, 22), 2.5, 2.5)
    path.moveTo(10, 19.5)
    path.lineTo(14, 19.5)
    path.moveTo(6, 4.5)
    path.lineTo(18, 4.5)
    return path


def _screen_icon() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(1, 3, 22, 14), 2, 2)
    path.moveTo(12, 17)
    path.lineTo(12, 21)
    path.moveTo(7, 21.5)
    path.lineTo(17, 21.5)
    return path


def _envelope_icon() -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(1, 5, 22, 14))
    path.moveTo(1, 5)
    path.lineTo(12, 13)
    path.lineTo(23, 5)
    return path


def _letter_icon() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(5, 1)
    path.lineTo(15, 1)
    path.lineTo(20, 6)
    path.lineTo(20, 23)
    path.lineTo(5, 23)
    path.closeSubpath()
    for y in (9, 13, 17):
        path.moveTo(8, y)
        path.lineTo(17, y)
    return path


def _gear_icon() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(12, 12), 7, 7)
    path.addEllipse(QPointF(12, 12), 2.5, 2.5)
    for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7)):
        path.moveTo(12 + dx * 7, 12 + dy * 7)
        path.lineTo(12 + dx * 10.5, 12 + dy * 10.5)
    return path


def _dots_icon() -> QPainterPath:
    path = QPainterPath()
    for x in (5, 12, 19):
        path.addEllipse(QPointF(x, 12), 2, 2)
    return path
