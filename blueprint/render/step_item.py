"""The card of one step: title, actor, channel icon, value colour and letter, badges.

The scene pushes a step into the card with :meth:`StepItem.show_step` (and the worst
finding with :meth:`StepItem.show_finding`); everything the card draws is prepared there.
``paint()`` only draws: at a small scale a coloured block, otherwise the whole card.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyle

from blueprint.model.blueprint import Step
from blueprint.model.vocabulary import Channel, Severity, Value  # noqa: F401 (cache keys)
from blueprint.render import style

_INNER_WIDTH = style.CARD_WIDTH - 2 * style.CARD_PADDING
_BOTTOM_ROW = style.CARD_HEIGHT - 31.0
_TAG_RECT = QRectF(style.CARD_WIDTH - 34, _BOTTOM_ROW, 25, 25)
_ACTOR_WIDTH = _TAG_RECT.left() - 42
_BOUNDS = QRectF(-18, -20, style.CARD_WIDTH + 36, style.CARD_HEIGHT + 40)
_FINDING_CENTRE = QPointF(style.CARD_WIDTH + 2, -3)
_FAIL_CENTRE = QPointF(-3, -3)


def _static(text: str, width: float | None = None) -> QStaticText:
    static = QStaticText(text)
    if "<" in text:  # only then could Qt take it for rich text
        static.setTextFormat(Qt.TextFormat.PlainText)
    if width is not None:
        static.setTextWidth(width)
    return static


_ALWAYS_FITS = 24
"""A title this short fits in the lines of a card even in the widest letters."""


@cache
def _title_metrics() -> QFontMetricsF:
    return QFontMetricsF(style.title_font())


SOFT_HYPHEN = "\u00ad"


@lru_cache(maxsize=4096)
def fit_title(title: str) -> str:
    """The title as a card shows it: soft hyphens in any word wider than the card
    ("appartementsgebouw") so it breaks inside the card, and cut with an ellipsis when it
    would need more lines than the card has."""
    if len(title) <= _ALWAYS_FITS:
        return title
    metrics = _title_metrics()
    words = title.split(" ")
    safe = _safe_word_length()
    long_word = any(len(word) > safe and metrics.horizontalAdvance(word) > _INNER_WIDTH for word in words)
    if not long_word and metrics.horizontalAdvance(title) <= _INNER_WIDTH * style.TITLE_LINES * 0.82:
        return title  # the common case, without laying the text out (opening 5,000 steps)
    shown = " ".join(_hyphenated(word) for word in words) if long_word else title
    if _line_count(shown) <= style.TITLE_LINES:
        return shown
    low, high = 1, len(shown) - 1  # the longest cut that still fits: binary search
    while low < high:
        middle = (low + high + 1) // 2
        if _line_count(_cut(shown, middle)) <= style.TITLE_LINES:
            low = middle
        else:
            high = middle - 1
    return _cut(shown, low)


@cache
def _safe_word_length() -> int:
    """Words up to this many letters fit a card's width even in the widest capital (W)."""
    return int(_INNER_WIDTH // _title_metrics().horizontalAdvance("W"))


def _cut(text: str, length: int) -> str:
    return text[:length].rstrip().rstrip(SOFT_HYPHEN) + "…"


def _line_count(text: str) -> int:
    """How many lines the text takes when wrapped to the card's width; a line that still
    runs past the edge counts as not fitting at all."""
    metrics = _title_metrics()
    flags = int(Qt.TextFlag.TextWordWrap)
    box = metrics.boundingRect(QRectF(0, 0, _INNER_WIDTH, 10_000), flags, text)
    if box.width() > _INNER_WIDTH:
        return 1_000
    return max(1, round(box.height() / metrics.lineSpacing()))


def _hyphenated(word: str) -> str:
    """The word with a soft hyphen wherever a line of the card's width is full."""
    metrics = _title_metrics()
    if metrics.horizontalAdvance(word) <= _INNER_WIDTH:
        return word
    hyphen = metrics.horizontalAdvance("-")
    pieces, piece = [], ""
    for letter in word:
        if piece and metrics.horizontalAdvance(piece + letter) + hyphen > _INNER_WIDTH:
            pieces.append(piece)
            piece = ""
        piece += letter
    return SOFT_HYPHEN.join([*pieces, piece])


def _elided_actor(actor: str) -> str:
    return QFontMetricsF(style.actor_font()).elidedText(actor, Qt.TextElideMode.ElideRight, _ACTOR_WIDTH - 4)


@dataclass(frozen=True)
class _CardLook:
    """What every card of one value shares: brushes, border pen, block colour, letter."""

    fill: QBrush
    block: QColor
    border: QPen
    tag: QBrush
    letter: QStaticText


@cache
def _card_look(value: Value) -> _CardLook:
    look = style.value_style(value)
    return _CardLook(QBrush(look.fill), look.strong, look.pen(), QBrush(look.strong), _static(look.letter))


@cache
def _placed_icon(channel: Channel) -> QPainterPath:
    return style.channel_icon(channel).translated(style.CARD_PADDING, _BOTTOM_ROW + 1)


@cache
def _finding_badge(severity: Severity) -> tuple[QPainterPath, QStaticText, QColor]:
    return (style.severity_shape(severity, _FINDING_CENTRE), _static(style.SEVERITY_LETTERS[severity]),
            style.SEVERITY_COLOURS[severity])


_ACTORS: dict[str, QStaticText] = {}
"""Actor texts are few and repeat on many cards: one prepared text each."""


def _actor_text(actor: str) -> QStaticText:
    text = _ACTORS.get(actor)
    if text is None:
        text = _static(_elided_actor(actor))
        if len(_ACTORS) < 5000:
            _ACTORS[actor] = text
    return text


def _card_shape() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(style.CARD_RECT, style.CARD_RADIUS, style.CARD_RADIUS)
    path.addEllipse(style.HANDLE_CENTRE, style.HANDLE_RADIUS, style.HANDLE_RADIUS)
    return path


class StepItem(QGraphicsItem):
    """The card of one step on the canvas; selectable, shows a connector handle on hover."""

    _SHAPE: QPainterPath | None = None

    def __init__(self, step_id: str):
        super().__init__()
        self.step_id = step_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.allow_picture(True)
        self._hovered = False
        self._drop_target = False
        self._severity: Severity | None = None
        self._finding = None
        self.shown: Step | None = None
        """The step last pushed in (steps are never changed in place: a changed step is a new
        object, so ``item.shown is step`` says the card already shows ``step``)."""

    def allow_picture(self, allowed: bool) -> None:
        """Keep the drawn card as a picture while in sight (panning then copies it instead of
        stroking dashed borders again); off for vector export."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if allowed else QGraphicsItem.CacheMode.NoCache
        self.setCacheMode(mode)

    # ------------------------------------------------------------ data pushed in

    def show_step(self, step: Step) -> None:
        """Take the step's title, actor, channel, value and badges (not its position)."""
        self.shown = step
        self._look = _card_look(step.value)
        self._title = _static(fit_title(step.title), _INNER_WIDTH)
        self._actor = _actor_text(step.actor) if step.actor else None
        self._icon = _placed_icon(step.channel) if step.channel else None
        self._fail_point = step.fail_point
        self._waiting = self._waiting_badge(step.waiting_minutes)
        self.update()

    def show_finding(self, severity: Severity | None) -> None:
        """Show the worst finding on this step as a badge (None: no badge)."""
        if severity == self._severity:
            return
        self._severity = severity
        shown = severity is not None and severity != Severity.OFF
        self._finding = _finding_badge(Severity(severity)) if shown else None
        self.update()

    @staticmethod
    def _waiting_badge(minutes: float) -> tuple[QRectF, QStaticText] | None:
        if minutes <= 0:
            return None
        text = QCoreApplication.translate("canvas", "wait {n} min").format(n=f"{minutes:g}")
        width = QFontMetricsF(style.actor_font()).horizontalAdvance(text) + 16
        pill = QRectF(style.CARD_WIDTH / 2 - width / 2, style.CARD_HEIGHT - 9, width, 22)
        return pill, _static(text)

    @property
    def finding(self) -> Severity | None:
        """The severity of the worst finding shown on the card."""
        return self._severity

    def forget_pointer(self) -> None:
        """Drop the hover and drop-target marks: the card left the scene, perhaps under the
        pointer, and Qt sends it no leave event then."""
        self._hovered = False
        self._drop_target = False

    def show_drop_target(self, on: bool) -> None:
        """Ring the card while a connection is dragged over it."""
        self._drop_target = on
        self.update()

    # ------------------------------------------------------------ geometry

    def boundingRect(self) -> QRectF:
        """The card with room for the badges and the connector handle."""
        return _BOUNDS

    def shape(self) -> QPainterPath:
        """The rounded card and its connector handle (what a click or a rubber band hits)."""
        if StepItem._SHAPE is None:
            StepItem._SHAPE = _card_shape()
        return StepItem._SHAPE

    def handle_contains(self, point: QPointF) -> bool:
        """Whether an item-coordinate point lies on the connector handle."""
        delta = point - style.HANDLE_CENTRE
        return delta.x() ** 2 + delta.y() ** 2 <= (style.HANDLE_RADIUS + 3) ** 2

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Show the connector handle while the mouse is over the card."""
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Hide the connector handle again."""
        self._hovered = False
        self.update()

    # ------------------------------------------------------------ drawing

    def paint(self, painter, option, widget=None) -> None:
        """Draw what was pushed in: a block when far out, else the whole card."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected) or self._drop_target
        if option.levelOfDetailFromTransform(painter.worldTransform()) < style.DETAIL_LOD:
            painter.fillRect(style.CARD_RECT, style.SELECTION if selected else self._look.block)
            return
        painter.setPen(self._look.border)
        painter.setBrush(self._look.fill)
        painter.drawRoundedRect(style.CARD_RECT, style.CARD_RADIUS, style.CARD_RADIUS)
        if selected:
            painter.setPen(_SELECTION_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_SELECTION_RECT, style.CARD_RADIUS + 5, style.CARD_RADIUS + 5)
        painter.setPen(style.INK)
        painter.setFont(style.title_font())
        painter.drawStaticText(_TITLE_POS, self._title)
        self._paint_bottom_row(painter)
        self._paint_badges(painter)
        if selected or self._hovered:
            self._paint_handle(painter)

    def _paint_bottom_row(self, painter) -> None:
        if self._icon is not None:
            painter.setPen(_ICON_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._icon)
        if self._actor is not None:
            painter.setPen(style.MUTED_INK)
            painter.setFont(style.actor_font())
            painter.drawStaticText(_ACTOR_POS, self._actor)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._look.tag)
        painter.drawRoundedRect(_TAG_RECT, 4, 4)
        painter.setPen(_WHITE)
        painter.setFont(style.tag_font())
        painter.drawStaticText(_TAG_POS, self._look.letter)

    def _paint_badges(self, painter) -> None:
        if self._fail_point:
            painter.setPen(_FAIL_PEN)
            painter.setBrush(_WHITE)
            painter.drawEllipse(_FAIL_CENTRE, style.BADGE_RADIUS, style.BADGE_RADIUS)
            painter.setFont(style.tag_font())
            painter.drawStaticText(_FAIL_POS, _FAIL_LETTER)
        if self._waiting is not None:
            pill, text = self._waiting
            painter.setPen(_WAITING_PEN)
            painter.setBrush(_WHITE)
            painter.drawRoundedRect(pill, 11, 11)
            painter.setFont(style.actor_font())
            painter.drawStaticText(pill.topLeft() + _PILL_TEXT_OFFSET, text)
        if self._finding is not None:
            shape, letter, colour = self._finding
            painter.setPen(_BADGE_OUTLINE)
            painter.setBrush(colour)
            painter.drawPath(shape)
            painter.setPen(_WHITE)
            painter.setFont(style.tag_font())
            painter.drawStaticText(_FINDING_POS, letter)

    def _paint_handle(self, painter) -> None:
        painter.setPen(_HANDLE_PEN)
        painter.setBrush(_WHITE)
        painter.drawEllipse(style.HANDLE_CENTRE, style.HANDLE_RADIUS, style.HANDLE_RADIUS)
        painter.drawLine(_HANDLE_ARROW[0], _HANDLE_ARROW[1])
        painter.drawLine(_HANDLE_ARROW[2], _HANDLE_ARROW[1])
        painter.drawLine(_HANDLE_ARROW[3], _HANDLE_ARROW[1])


_WHITE = QColor("#ffffff")
_TITLE_POS = QPointF(style.CARD_PADDING, 5)
_ACTOR_POS = QPointF(style.CARD_PADDING + 32, _BOTTOM_ROW + 4)
_TAG_POS = QPointF(_TAG_RECT.left() + 7, _TAG_RECT.top() + 3.5)
_FAIL_POS = QPointF(_FAIL_CENTRE.x() - 5, _FAIL_CENTRE.y() - 9.5)
_FAIL_LETTER = _static("F")
_FINDING_POS = QPointF(_FINDING_CENTRE.x() - 5, _FINDING_CENTRE.y() - 9.5)
_PILL_TEXT_OFFSET = QPointF(8, 2.5)
_SELECTION_RECT = style.CARD_RECT.adjusted(-6, -6, 6, 6)
_SELECTION_PEN = QPen(style.SELECTION, 4)
_ICON_PEN = QPen(style.INK, 1.8)
_FAIL_PEN = QPen(style.FAIL_POINT_COLOUR, 2.5)
_WAITING_PEN = QPen(style.WAITING_COLOUR, 1.5)
_BADGE_OUTLINE = QPen(QColor("#ffffff"), 2)
_HANDLE_PEN = QPen(style.SELECTION, 2.5)
_HANDLE_ARROW = (
    QPointF(style.CARD_WIDTH - 5, style.CARD_HEIGHT / 2),
    QPointF(style.CARD_WIDTH + 6, style.CARD_HEIGHT / 2),
    QPointF(style.CARD_WIDTH + 1, style.CARD_HEIGHT / 2 - 5),
    QPointF(style.CARD_WIDTH + 1, style.CARD_HEIGHT / 2 + 5),
)
