"""File › Share Live Session…, Join Live Session… and Leave: several laptops edit one blueprint.

:class:`LiveSession` binds the window's document to a shared CRDT document
(:mod:`blueprint.collab.shared`) and connects it to a relay, started here in the background
when sharing or given as a link when joining. The network runs in its own thread; what it
receives comes back to the Qt main thread as queued calls, so the document, the canvas and the
docks are only touched there. While in a session:

- Ctrl+Z undoes only this person's own edits (the session's undo, not the window's stack);
- the status bar shows the connection (connected / reconnecting / offline) and who is here,
  each in their colour; everyone else's selection is outlined in their colour on the canvas;
- the History dock lists who did what.
"""

from __future__ import annotations

import getpass
import html
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blueprint.collab.status import Status
from blueprint.ui.canvas.remote import RemoteSelections

if TYPE_CHECKING:
    from blueprint.collab.client import SessionClient
    from blueprint.collab.presence import Participant, Presence
    from blueprint.collab.relay import RelayThread
    from blueprint.collab.shared import HistoryEntry, SharedDocument
    from blueprint.ui.window.mainwindow import MainWindow


_STATUS_WORDS: dict[Status, Callable[[], str]] = {
    Status.CONNECTING: lambda: QCoreApplication.translate("LiveSession", "connecting…"),
    Status.CONNECTED: lambda: QCoreApplication.translate("LiveSession", "connected"),
    Status.RECONNECTING: lambda: QCoreApplication.translate("LiveSession", "reconnecting… (keep working)"),
    Status.REFUSED: lambda: QCoreApplication.translate("LiveSession", "refused: no such session"),
    Status.OFFLINE: lambda: QCoreApplication.translate("LiveSession", "offline"),
}


class _MainThread(QObject):
    """Runs callables posted from any thread on the thread this object lives in (queued)."""

    posted = Signal(object)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], None]) -> None:
        self.posted.emit(call)

    @staticmethod
    def _run(call: Callable[[], None]) -> None:
        call()


class PresenceBar(QWidget):
    """In the status bar: the session's state and who is here, each in their colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.status_label = QLabel()
        self.status_label.setObjectName("liveStatus")
        self.people_label = QLabel()
        self.people_label.setObjectName("livePeople")
        self.people_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status_label)
        layout.addWidget(self.people_label)

    def show_status(self, status: Status) -> None:
        self.status_label.setText(self.tr("Live session: {state}").format(state=_STATUS_WORDS[status]()))

    def show_people(self, me: tuple[str, str], others: list[Participant]) -> None:
        chips = [f'<span style="color:{colour}">&#9679;</span>&nbsp;{html.escape(name)}'
                 for name, colour in [me, *[(p.name, p.colour) for p in others]]]
        self.people_label.setText("&nbsp;&nbsp;".join(chips))
        self.people_label.setToolTip(self.tr("{count} here").format(count=len(chips)))


class SessionDialog(QDialog):
    """Asks for the person's name and, to join, the session's link (or to share, how)."""

    def __init__(self, joining: bool, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join Live Session") if joining else self.tr("Share Live Session"))
        form = QFormLayout()
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(80)
        form.addRow(self.tr("Your name:"), self.name_edit)
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("ws://192.168.1.10:8765/K7QM-X3PD-RTW9")
        self.open_to_network = QCheckBox(self.tr("Others on this network may join (listen on every network)"))
        self.open_to_network.setChecked(True)
        if joining:
            form.addRow(self.tr("Session link or code:"), self.link_edit)
        else:
            form.addRow(self.open_to_network)
            form.addRow(self.tr("Or use a running relay (link):"), self.link_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class LinkDialog(QDialog):
    """Shows the link to share and the short form to read out; the link can be copied."""

    def __init__(self, link: str, short: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Live Session Shared"))
        self.link = link
        text = QLabel(self.tr("Others join with File › Join Live Session… and this link:"))
        link_label = QLabel(link)
        link_label.setObjectName("sessionLink")
        link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        short_label = QLabel(self.tr("or by typing: {code}").format(code=short))
        short_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(self.tr("Copy Link"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(link))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(copy)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (text, link_label, short_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)


class LiveSession(QObject):
    """The window's live session: sharing, joining, leaving, and everything shown meanwhile."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self._window = window
        self._main = _MainThread(self)
        self.shared: SharedDocument | None = None
        self.client: SessionClient | None = None
        self.presence: Presence | None = None
        self.relay: RelayThread | None = None
        self.link_dialog: LinkDialog | None = None
        self._joining = self._adopting = False
        self._stack_push = None
        self._macro = None
        self._heartbeat = QTimer(self)
        self._heartbeat.timeout.connect(self._beat)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(30)
        self._refresh.timeout.connect(self._refresh_views)
        self.bar = PresenceBar()
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)
        self.remote_selections = RemoteSelections(window.view.blueprint_scene)
        self._make_actions()
        window.signals.changed.connect(self._document_changed)
        window.view.selectedIdsChanged.connect(self._selection_changed)
        window.history.visibilityChanged.connect(lambda _visible: self._schedule_refresh())

    # ------------------------------------------------------------ actions

    def _make_actions(self) -> None:
        window = self._window
        self.share_action = QAction(self.tr("Share &Live Session…"), window)
        self.share_action.setStatusTip(self.tr("Let others on this network edit this blueprint with you"))
        self.share_action.triggered.connect(self.ask_share)
        self.join_action = QAction(self.tr("&Join Live Session…"), window)
        self.join_action.setStatusTip(self.tr("Edit a blueprint someone shares, with a link or code"))
        self.join_action.triggered.connect(self.ask_join)
        self.leave_action = QAction(self.tr("Leave Live Session"), window)
        self.leave_action.triggered.connect(self.leave)
        self.undo_action = QAction(self.tr("Undo &My Last Edit"), window)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo My &Edit"), window)
        self.redo_action.triggered.connect(self.redo)
        for action in (self.leave_action, self.undo_action, self.redo_action):
            action.setEnabled(False)
            action.setVisible(False)

    def actions(self) -> list[QAction]:
        """The File menu's session items."""
        return [self.share_action, self.join_action, self.leave_action]

    @property
    def active(self) -> bool:
        """Whether this window is in a live session."""
        return self.shared is not None

    # ------------------------------------------------------------ sharing and joining

    def _default_name(self) -> str:
        name = self._window.settings.value("live/name", "")
        if not name:
            try:
                name = getpass.getuser()
            except (KeyError, OSError):  # no user name known (a container, a service account)
                name = ""
        return str(name)

    def ask_share(self) -> None:
        """File › Share Live Session…: asks the name and how, then shares."""
        if self.active:
            self._show_link()
            return
        dialog = SessionDialog(False, self._default_name(), self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.share(dialog.name_edit.text(), dialog.link_edit.text().strip() or None,
                       dialog.open_to_network.isChecked())

    def ask_join(self) -> None:
        """File › Join Live Session…: asks the name and the link, then joins."""
        dialog = SessionDialog(True, self._default_name(), self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.join(dialog.name_edit.text(), dialog.link_edit.text())

    def share(self, name: str, link: str | None = None, open_to_network: bool = True) -> bool:
        """Share the open blueprint: start a relay here (or use ``link``) and seed the session."""
        from blueprint.collab.client import parse_link  # the network stack loads when a session starts
        from blueprint.collab.relay import DEFAULT_PORT, RelayThread, reachable_address

        window = self._window
        if self.active:
            return False
        if not window.files.is_open:
            window.tell(self.tr("Open or create a blueprint first, then share it."))
            return False
        if link is None:
            host = "0.0.0.0" if open_to_network else "127.0.0.1"
            try:
                try:
                    self.relay = RelayThread(host, DEFAULT_PORT)
                except OSError:  # the usual port is taken (another session): any free one
                    self.relay = RelayThread(host, 0)
            except (OSError, TimeoutError) as error:
                window.tell(self.tr("Could not start the live session: {reason}").format(reason=error))
                return False
            connect_to = self.relay.link("127.0.0.1")
            shown = self.relay.link(reachable_address() if open_to_network else "127.0.0.1")
        else:
            try:
                connect_to = shown = parse_link(link)
            except ValueError:
                window.tell(self.tr("That is not a session link; one looks like "
                                    "ws://192.168.1.10:8765/K7QM-X3PD-RTW9"))
                return False
        self._begin(name, connect_to, seed=self.relay is not None, share_into=self.relay is None)
        self.shown_link = shown
        self._show_link()
        return True

    def join(self, name: str, link: str) -> bool:
        """Join a session: a fresh untitled blueprint that fills with the shared one."""
        from blueprint.collab.client import parse_link

        window = self._window
        if self.active:
            return False
        try:
            link = parse_link(link)
        except ValueError:
            window.tell(self.tr("That is not a session link; one looks like "
                                "ws://192.168.1.10:8765/K7QM-X3PD-RTW9"))
            return False
        if not window.files.new():
            return False
        self._joining = True
        self._begin(name, link, seed=False)
        self.shown_link = link
        return True

    def _begin(self, name: str, link: str, seed: bool, share_into: bool = False) -> None:
        """Bind and connect. ``seed``: this blueprint starts a new session (our own relay);
        ``share_into``: it starts the session on a running relay if that one is empty;
        neither: join, taking the session's blueprint."""
        from blueprint.collab.client import SessionClient
        from blueprint.collab.presence import HEARTBEAT_SECONDS, Presence
        from blueprint.collab.shared import SharedDocument

        window = self._window
        name = name.strip() or self._default_name() or self.tr("Guest")
        window.settings.setValue("live/name", name)
        window.commit_pending_edits()
        self.shared = SharedDocument(window.document, who=name)
        if seed:
            self.shared.seed()
        elif not share_into:
            self.shared.expect_whole()
        self.shared.on_history(self._refresh.start)
        self.presence = Presence(self.shared.doc, name)
        self.client = SessionClient(self.shared, link, self._main.post, self._status_changed,
                                    self.presence, self._presence_changed,
                                    self._share_into if share_into else None)
        self._take_over_undo()
        self.bar.show()
        self.bar.show_status(Status.CONNECTING)
        self._presence_changed()
        window.history.show_session(self._history_lines())
        self.share_action.setText(self.tr("Show Live Session &Link…"))
        self.join_action.setEnabled(False)
        self.leave_action.setEnabled(True)
        self.leave_action.setVisible(True)
        self._heartbeat.start(HEARTBEAT_SECONDS * 1000)
        self.client.start()

    def _share_into(self, empty: bool) -> None:
        """The running relay's session was empty (this blueprint starts it) or not (then
        nothing is shared and nothing replaced: the person is told to join instead)."""
        if empty:
            self.shared.seed()
            return
        self.leave()
        self._window.tell(self.tr("That session already holds a blueprint: join it with File › "
                                  "Join Live Session…, or share yours into a new session."))

    def leave(self) -> None:
        """Leave the session; the blueprint stays open here, to save or keep editing alone."""
        if not self.active:
            return
        self._heartbeat.stop()
        self.client.stop()
        self.shared.close()
        if self.relay is not None:
            self.relay.stop()
        self._give_back_undo()
        self._forget_window_undo()
        self.remote_selections.show([])
        self._window.history.show_session(None)
        self.bar.hide()
        self.share_action.setText(self.tr("Share &Live Session…"))
        self.join_action.setEnabled(True)
        self.leave_action.setEnabled(False)
        self.leave_action.setVisible(False)
        if self.link_dialog is not None:
            self.link_dialog.close()
        self.shared = self.client = self.presence = self.relay = self.link_dialog = None
        self._joining = False
        self._window.tell(self.tr("Left the live session; the blueprint stays open here."))

    def _show_link(self) -> None:
        short = self.shown_link.split("://", 1)[-1].replace("/", "  ")
        self.link_dialog = LinkDialog(self.shown_link, short, self._window)
        self.link_dialog.show()  # not modal: people keep working while others join

    # ------------------------------------------------------------ undo is personal

    def _take_over_undo(self) -> None:
        """Ctrl+Z and Ctrl+Shift+Z become this person's own undo and redo in the session."""
        window, own = self._window, self._window.actions
        stack = window.undo_stack
        self._stack_push, self._stack_begin, self._stack_end = stack.push, stack.beginMacro, stack.endMacro
        stack.push = self._push_in_session  # every edit of the program is pushed here
        stack.beginMacro = self._begin_macro  # and a macro's pushes are one edit of the session
        stack.endMacro = self._end_macro
        self._saved_shortcuts = (own.undo.shortcuts(), own.redo.shortcuts())
        self.undo_action.setShortcuts(own.undo.shortcuts())
        self.redo_action.setShortcuts(own.redo.shortcuts())
        for stack_action, session_action in ((own.undo, self.undo_action), (own.redo, self.redo_action)):
            stack_action.setShortcuts([])
            stack_action.setVisible(False)
            session_action.setVisible(True)
        self._update_undo()

    def _give_back_undo(self) -> None:
        window, own = self._window, self._window.actions
        for name in ("push", "beginMacro", "endMacro"):
            delattr(window.undo_stack, name)  # the class's own methods again
        own.undo.setShortcuts(self._saved_shortcuts[0])
        own.redo.setShortcuts(self._saved_shortcuts[1])
        for stack_action, session_action in ((own.undo, self.undo_action), (own.redo, self.redo_action)):
            stack_action.setVisible(True)
            session_action.setVisible(False)
            session_action.setShortcuts([])

    def _forget_window_undo(self) -> None:
        """The window's own undo stack no longer matches the document (others edited it too):
        it starts afresh, and the blueprint stays marked unsaved if it was."""
        stack = self._window.undo_stack
        modified = not stack.isClean()
        stack.clear()
        if modified:
            stack.resetClean()

    def _push_in_session(self, command) -> None:
        with self.shared.edit(command.text()):
            self._stack_push(command)
        self._update_undo()

    def _begin_macro(self, text: str) -> None:
        self._macro = self.shared.edit(text)
        self._macro.__enter__()
        self._stack_begin(text)

    def _end_macro(self) -> None:
        self._stack_end()
        macro, self._macro = self._macro, None
        if macro is not None:
            macro.__exit__(None, None, None)
        self._update_undo()

    def undo(self) -> None:
        """Undo this person's last edit in the session (never someone else's)."""
        if self.active:
            self._window.commit_pending_edits()
            self.shared.undo()
            self._update_undo()

    def redo(self) -> None:
        """Redo this person's last undone edit in the session."""
        if self.active:
            self.shared.redo()
            self._update_undo()

    def _update_undo(self) -> None:
        self.undo_action.setEnabled(self.shared.can_undo())
        self.redo_action.setEnabled(self.shared.can_redo())

    # ------------------------------------------------------------ what comes in

    def _status_changed(self, status: Status) -> None:
        self.bar.show_status(status)
        if status is Status.REFUSED:
            self._window.tell(self.tr("The relay does not know this session: check the link."))

    def _presence_changed(self) -> None:
        if self.presence is None:
            return
        others = self.presence.others()
        self.bar.show_people((self.presence.name, self.presence.colour), others)
        self.remote_selections.show(others)

    def _selection_changed(self, ids: list[str]) -> None:
        if self.presence is not None:
            self.presence.select(list(ids))
            self.client.heartbeat()

    def _beat(self) -> None:
        if self.client is not None:
            self.client.heartbeat()
            self._presence_changed()  # forget people not heard of lately

    def _document_changed(self, _change: object) -> None:
        if self.active and self.shared.applying and not self._joining:
            self._window.undo_stack.resetClean()  # others' edits are unsaved work here too
        self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        if self.active:
            if self._joining and not self._adopting and not self.shared.is_empty:
                self._adopting = True
                QTimer.singleShot(0, self._adopt)
            self._refresh.start()

    def _adopt(self) -> None:
        self._adopting = False
        if self.shared is not None and self._joining:
            self._joining = False  # the shared document has replaced the blank one
            self._window.undo_stack.clear()
            self._window.files.fileChanged.emit()
            self._window.files.documentOpened.emit()
            self._window.tell(self.tr("Joined the live session."))

    @property
    def joining(self) -> bool:
        """Whether this window joined a session and still waits for its blueprint."""
        return self._joining

    def _refresh_views(self) -> None:
        if not self.active:
            return
        self.remote_selections.refresh()
        self._update_undo()
        if self._window.history.isVisible():
            self._window.history.show_session(self._history_lines())

    def _history_lines(self) -> list[str]:
        return [_history_line(entry) for entry in self.shared.history()]


def _history_line(entry: HistoryEntry) -> str:
    if entry.kind == "undo":
        return QCoreApplication.translate("LiveSession", "{who} undid an edit").format(who=entry.who)
    if entry.kind == "redo":
        return QCoreApplication.translate("LiveSession", "{who} redid an edit").format(who=entry.who)
    return QCoreApplication.translate("LiveSession", "{who}: {what}").format(who=entry.who, what=entry.what)

