"""The welcome page: start a new blueprint, open one, reopen a recent one, or open an example.

Each shipped example shows as a card with a picture of its journey, its title and its
language; one click opens it (as an untitled copy, so the example itself is never
overwritten). The list of examples and their pictures are made after the page first
shows, one picture per turn of the event loop, so the window appears at once. While the
page is hidden, or the window is busy with long work (a large file opening: the busy
cursor is up), the pictures wait: drawing one holds the interpreter a tenth of a second
that the work would otherwise have.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint.ui.files.examples import Example, list_examples

BUSY_RETRY_MS = 250
"""How long the pictures wait before looking again whether the window is still busy."""
from blueprint.render.labels import language_name
from blueprint.ui.files.thumbnails import THUMBNAIL_SIZE, ThumbnailCache

CARD_COLUMNS = 2
"""As-is beside to-be; one row per language."""


def case_title(examples: list[Example], language: str = "en") -> str:
    """The heading of one case: an example's title without its "(as-is)" part, taken from
    an example in ``language`` when there is one, else from an English one."""
    chosen = ([e for e in examples if e.language.startswith(language)]
              or [e for e in examples if e.language.startswith("en")] or examples)
    return re.sub(r"\s*\([^)]*\)\s*$", "", chosen[0].title)


class ExampleCard(QToolButton):
    """One example: its picture, title and language; a click opens it."""

    def __init__(self, example: Example, parent: QWidget | None = None):
        super().__init__(parent)
        self.example = example
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(THUMBNAIL_SIZE)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        placeholder = QPixmap(THUMBNAIL_SIZE)
        placeholder.fill(Qt.GlobalColor.white)
        self.setIcon(placeholder)
        states = {"as-is": self.tr("As-is: today's journey"), "to-be": self.tr("To-be: the redesign")}
        details = [states.get(example.state, ""), language_name(example.language) if example.language else ""]
        self.setText(self.tr("{title}\n{details}").format(
            title=example.title, details=" · ".join(d for d in details if d)))
        self.setToolTip(self.tr("Open a copy of {name}").format(name=example.path.name))
        self.setAccessibleName(example.title)

    def set_picture(self, pixmap: QPixmap) -> None:
        """Show the journey's picture."""
        self.setIcon(pixmap)


class WelcomePage(QWidget):
    """Start here: new, open, recent files and the example gallery."""

    newRequested = Signal()
    openRequested = Signal()
    fileChosen = Signal(str)
    exampleChosen = Signal(str)
    comparisonChosen = Signal(str, str)  # noqa: N815 (Qt naming): as-is path, to-be path
    backRequested = Signal()

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.thumbnails = thumbnails
        self.cards: list[ExampleCard] = []
        self.compare_buttons: list[QPushButton] = []
        self._filled = False
        self._pending: list[ExampleCard] = []
        self._picture_timer = QTimer(self, singleShot=True, interval=0)
        self._picture_timer.timeout.connect(self._draw_next_picture)
        heading = QLabel(self.tr("Service Blueprint Designer"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Draw a customer journey, mark every step valuable or wasted, "
                               "and check it against the organisation's own service concept."))
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New blueprint"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.back_button = QPushButton()
        self.back_button.hide()
        self.back_button.clicked.connect(self.backRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.recent = QListWidget()
        self.recent.setFixedWidth(220)
        self.recent.setMaximumHeight(240)
        self.recent.itemActivated.connect(lambda item: self.fileChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemClicked.connect(lambda item: self.fileChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.gallery = QWidget()
        self.gallery_layout = QHBoxLayout(self.gallery)  # the cases side by side
        self.gallery_layout.setContentsMargins(0, 0, 0, 0)
        self._build(heading, intro)

    def _build(self, heading: QLabel, intro: QLabel) -> None:
        start = QVBoxLayout()
        start.addWidget(self._section(self.tr("Start")))
        start.addWidget(self.back_button)
        start.addWidget(self.new_button)
        start.addWidget(self.open_button)
        start.addSpacing(16)
        start.addWidget(self._section(self.tr("Recent files")))
        start.addWidget(self.recent)
        start.addStretch(1)
        examples = QVBoxLayout()
        examples.addWidget(self._section(self.tr("Examples — one click opens a copy")))
        examples.addWidget(self.gallery)
        examples.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(start, 0)
        columns.addSpacing(24)
        columns.addLayout(examples, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(24)
        layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
        return label

    # ------------------------------------------------------------ filling

    def show_open_document(self, title: str | None) -> None:
        """Offer a way back to the blueprint that is still open (None: nothing is open)."""
        self.back_button.setVisible(title is not None)
        if title is not None:
            self.back_button.setText(self.tr("Back to “{title}”").format(title=title))

    def show_recent(self, paths: list[str]) -> None:
        """List the recent files (name first, folder in the tooltip)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        if not paths:
            item = QListWidgetItem(self.tr("(none yet)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def fill_examples(self) -> None:
        """Make a card for every shipped example, grouped by case (done once)."""
        if self._filled:
            return
        self._filled = True
        examples = list_examples()
        if not examples:
            self.gallery_layout.addWidget(QLabel(self.tr("No examples were found next to the program.")))
            return
        cases: dict[str, list[Example]] = {}
        for example in examples:
            cases.setdefault(example.case, []).append(example)
        for group in cases.values():
            self.gallery_layout.addLayout(self._case_column(group))
        self.gallery_layout.addStretch(1)
        self._pending = list(self.cards)
        self._picture_timer.start(0)

    def _case_column(self, group: list[Example]) -> QVBoxLayout:
        """One case: its heading, then its cards (as-is beside to-be, a row per language)."""
        title = QLabel(case_title(group, QLocale().name().split("_")[0]))  # the program's language
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        grid = QGridLayout()
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for index, example in enumerate(group):
            card = ExampleCard(example)
            card.clicked.connect(lambda _=False, path=str(example.path): self.exampleChosen.emit(path))
            grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
            self.cards.append(card)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addLayout(grid)
        for button in self._compare_buttons(group):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return column

    def _compare_buttons(self, group: list[Example]) -> list[QPushButton]:
        """One button per language that has both an as-is and a to-be: open them compared."""
        buttons = []
        for language in dict.fromkeys(example.language for example in group):
            pair = {e.state: e for e in group if e.language == language}
            if "as-is" not in pair or "to-be" not in pair:
                continue
            button = QPushButton(self.tr("Compare as-is with to-be · {language}").format(
                language=language_name(language) if language else "?"))
            button.setToolTip(self.tr("The two journeys one above the other, with the savings"))
            button.clicked.connect(lambda _=False, a=str(pair["as-is"].path), b=str(pair["to-be"].path):
                                   self.comparisonChosen.emit(a, b))
            self.compare_buttons.append(button)
            buttons.append(button)
        return buttons

    def pictures_pending(self) -> int:
        """How many cards still wait for their picture."""
        return len(self._pending)

    def draw_all_pictures(self) -> None:
        """Draw every picture now (tests, screenshots)."""
        self.fill_examples()
        while self._pending:
            self._draw_one_picture()

    def _draw_next_picture(self) -> None:
        if not self._pending or not self.isVisible():
            return  # showing the page again starts the pictures again
        if QGuiApplication.overrideCursor() is not None:
            self._picture_timer.start(BUSY_RETRY_MS)
            return
        self._draw_one_picture()
        if self._pending:
            self._picture_timer.start(0)

    def _draw_one_picture(self) -> None:
        card = self._pending.pop(0)
        pixmap = self.thumbnails.pixmap(card.example)
        if pixmap is not None:
            card.set_picture(pixmap)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._filled:
            QTimer.singleShot(0, self.fill_examples)
        elif self._pending:
            self._picture_timer.start(0)

    def sizeHint(self) -> QSize:
        return QSize(1200, 800)
