"""The organisation's logo: choose a PNG/JPEG/SVG, keep it next to the brief, show a thumbnail.

The brief stores the logo as a path relative to the brief's folder, so a brief and its logo
can be moved or shared together.  A logo chosen from elsewhere is copied into that folder
(never over a different file of the same name).  An unsaved brief has no folder yet: the
brief then holds the file's name, the session reads it from the folder it was chosen in,
and ``carry_logo`` copies it next to the brief when the brief is saved there.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.errors import SaveError
from briefwriter.core.i18n import Msg
from briefwriter.core.logo import (
    LogoRefused,
    load_logo,
    logo_fields,
    read_logo_file,
    resolve_logo_path,
)
from briefwriter.core.model import FieldPath
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session, paths_overlap
from briefwriter.gui.widgets.forms import hint_label, line_height, translate


class LogoError(Exception):
    """The chosen file cannot be used as a logo; ``str()`` says why in plain words."""


def _translated(msg: Msg) -> str:
    try:
        return msg.render(translate)
    except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
        return msg.render()


def read_logo(source: Path) -> bytes:
    """The bytes of ``source`` if ``core.logo`` accepts it as a logo; ``LogoError`` otherwise.

    The same rules as the checks and the renderer: a regular PNG, JPEG or safe SVG file of at
    most 5 MB, judged by its bytes.
    """
    try:
        return read_logo_file(source).data
    except LogoRefused as refused:
        raise LogoError(_translated(refused.msg)) from None


def adopt_logo(source: Path, brief_dir: Path) -> str:
    """Make ``source`` usable as the brief's logo and return the path to store (relative).

    A file inside the brief's folder is used where it is.  Any other file is copied into the
    folder under its own name, or ``name-2.png`` etc. when a different file has that name.
    """
    data = read_logo(source)
    folder = brief_dir.resolve()
    resolved = source.resolve()
    if resolved.is_relative_to(folder):
        return resolved.relative_to(folder).as_posix()
    stem, suffix = source.stem or "logo", source.suffix.lower()
    digest = hashlib.sha256(data).digest()
    for n in range(1, 1000):
        name = f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}"
        target = folder / name
        if target.exists():
            try:
                same = (target.is_file() and target.stat().st_size == len(data)
                        and hashlib.sha256(target.read_bytes()).digest() == digest)
            except OSError:
                same = False
            if same:
                return name  # the very same logo is already there
            continue
        # Imported here: the storage module (YAML, schema validation) is not needed to show
        # the Organisation step, only to copy a logo.
        from briefwriter.core.atomic_write import atomic_write_bytes

        try:
            atomic_write_bytes(target, data, keep_backup=False)
        except SaveError as exc:
            raise LogoError(str(exc)) from None
        return name
    raise LogoError(fill(translate("LogoField", "Too many files called %1 in the brief's folder."),
                         source.name))


def carry_logo(session: Session, target_dir: Path) -> str:
    """Before the brief is saved into ``target_dir``: copy its logos (the organisation's and
    each co-signatory's) there from the folder they are read from now (chosen before the
    first save, or the brief's previous folder), and store the new relative paths.  Returns
    "" when nothing needed doing, or why a logo could not be copied (the brief is saved all
    the same).
    """
    source_dir = session.brief_dir
    if source_dir is None:
        return ""
    try:
        if source_dir.resolve() == target_dir.resolve():
            return ""
    except OSError as problem:
        return str(problem)
    problems: list[str] = []
    for path in logo_fields(session.brief):
        value = session.value(path)
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            source = resolve_logo_path(value, source_dir)
            if not source.is_file():
                continue  # a missing logo stays as it is: the checks say so
            relative = adopt_logo(source, target_dir)
        except (LogoRefused, LogoError, OSError) as problem:
            problems.append(str(problem))
            continue
        session.set_value(path, relative, translate("LogoField", "Copy logo"))
    return "\n".join(problems)


def load_thumbnail(data: bytes, height: int) -> QPixmap:
    """A pixmap of the image scaled to ``height`` pixels (null when it cannot be read).

    Given the bytes ``core.logo`` accepted, never a path: Qt is not handed a file the
    renderer would refuse (an SVG that takes minutes to draw, a pipe that never ends).
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.height() > 0:
        width = max(1, round(size.width() * height / size.height()))
        reader.setScaledSize(QSize(width, height))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class LogoField(QWidget):
    """Thumbnail, file name, "Choose logo…" and "Remove" for the field at ``path``."""

    def __init__(self, session: Session, path: FieldPath | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self._chosen: dict[str, Path] = {}  # before the first save: name -> its folder
        self.thumbnail = QLabel(self)
        self.thumbnail.setAccessibleName(self.tr("Logo preview"))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QLabel.Shape.StyledPanel)
        side = line_height(self) * 4
        self.thumbnail.setFixedSize(side * 2, side)
        self.name_label = QLabel(self)
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.choose_button = QPushButton(self.tr("Choose &logo…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose logo"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remo&ve logo"), self)
        self.remove_button.setAccessibleName(self.tr("Remove logo"))
        self.remove_button.clicked.connect(self.remove)
        self.hint = hint_label("", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.name_label)
        text.addLayout(buttons)
        text.addWidget(self.hint)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        session.changed.connect(self._on_changed)
        session.reset.connect(self.refresh)
        session.pathChanged.connect(self._on_path_changed)
        self.refresh()

    def edited_field(self) -> tuple[FieldPath | None, QWidget]:
        return self.path, self.choose_button

    def bind(self, path: FieldPath | None) -> None:
        """Show and edit the logo at ``path`` (another list item's); ``None`` shows none."""
        self.path = path
        self.refresh()

    def value(self) -> str:
        if self.path is None:
            return ""
        try:
            value = self.session.value(self.path)
        except (IndexError, AttributeError, TypeError):
            return ""
        return value if isinstance(value, str) else ""

    def _on_changed(self, changed: FieldPath) -> None:
        if self.path is not None and paths_overlap(changed, self.path):
            # Undo and redo before the first save: read the logo where that one was chosen.
            folder = self._chosen.get(self.value().strip())
            if folder is not None:
                self.session.choose_folder(folder)
            self.refresh()

    def _on_path_changed(self, _path: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        value = self.value().strip()
        brief_dir = self.session.brief_dir
        unsaved = self.session.path is None
        self.choose_button.setEnabled(self.path is not None)
        self.remove_button.setEnabled(bool(value))
        self.thumbnail.setPixmap(QPixmap())
        if unsaved:
            self.hint.setText(self.tr(
                "PNG, JPEG or SVG, up to 5 MB. When you save the brief, the logo is copied "
                "into its folder so the two travel together."))
        else:
            self.hint.setText(self.tr("PNG, JPEG or SVG, up to 5 MB. A logo from elsewhere is "
                                      "copied into the brief's folder."))
        if not value:
            self.name_label.setText(self.tr("No logo"))
            self.thumbnail.setText(self.tr("No logo"))
            return
        if brief_dir is None:
            self.name_label.setText(value)
            self.thumbnail.setText("")
            return
        try:
            logo = load_logo(value, brief_dir)
        except LogoRefused as refused:
            logo = None
            self.hint.setText(_translated(refused.msg))
        pixmap = load_thumbnail(logo.data, self.thumbnail.height() - 4) if logo else QPixmap()
        # Before the first save, where the file is read from (it is copied on saving).
        shown = str(brief_dir / value) if unsaved else value
        if pixmap.isNull():
            self.name_label.setText(fill(self.tr("%1 (not found or not an image)"), shown))
            self.thumbnail.setText("?")
        else:
            self.name_label.setText(shown)
            self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setAccessibleDescription(self.name_label.text())

    def choose(self) -> None:
        if self.path is None:
            return
        unsaved = self.session.path is None
        start = self.session.brief_dir or Path.home()
        file, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), str(start),
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if not file:
            return
        source = Path(file).absolute()
        try:
            if unsaved:
                read_logo(source)  # the same rules as for a saved brief, before anything
                relative = source.name
            else:
                assert self.session.brief_dir is not None
                relative = adopt_logo(source, self.session.brief_dir)
        except LogoError as exc:
            QMessageBox.warning(self, self.tr("This logo cannot be used"), str(exc))
            return
        if unsaved:
            self._chosen[relative] = source.parent
            self.session.choose_folder(source.parent)
        self.session.set_value(self.path, relative, self.tr("Choose logo"))
        self.refresh()

    def remove(self) -> None:
        if self.path is not None:
            self.session.set_value(self.path, "", self.tr("Remove logo"))
