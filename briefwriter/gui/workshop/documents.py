"""The files of the pack open in a workshop: read with a size limit, edited in one
``QTextDocument`` each (its own undo history and modified flag), saved atomically.

Reading and writing run in the "files" lane; a bundled pack is shown read-only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from briefwriter.core.atomic_write import atomic_write_bytes
from briefwriter.core.errors import SaveError
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file
from briefwriter.gui import jobs
from briefwriter.gui.i18n import fill
from briefwriter.gui.workshop.highlight import highlighter_for
from briefwriter.render.jinja import MAX_TEMPLATE_BYTES
from briefwriter.render.templates import bundled_templates_dir

translate = QCoreApplication.translate  # safe on the files lane's thread
FILES_LANE = "files"
#: what a pack's editable files end with; everything else (images, fonts) is an asset
TEXT_SUFFIXES = (".j2", ".jinja", ".html", ".htm", ".css", ".yaml", ".yml", ".txt", ".md",
                 ".json")
MAX_LISTED_FILES = 500  # a pack is a handful of files; more is listed no further
MANIFEST = "template.yaml"


@dataclass(frozen=True)
class PackFile:
    """One file of a pack as read from disk: ``text`` None for an asset or an unreadable
    file (``note`` then says why it cannot be edited)."""

    name: str  # relative to the pack, with "/"
    text: str | None
    note: str = ""


def is_bundled(folder: Path) -> bool:
    """Whether ``folder`` is one of the packs that come with BriefWriter (read-only)."""
    try:
        return Path(folder).resolve().is_relative_to(bundled_templates_dir().resolve())
    except OSError:
        return False


def _sort_key(name: str) -> tuple[int, str]:
    # The manifest first, then the Jinja files, the stylesheets, and the rest.
    if name == MANIFEST:
        return (0, name)
    for rank, suffix in enumerate((".j2", ".css"), start=1):
        if name.endswith(suffix):
            return (rank, name)
    return (3 if name.endswith(TEXT_SUFFIXES) else 4, name)


def read_pack_files(folder: Path) -> list[PackFile]:
    """Every file of the pack in ``folder`` (links are not followed), text files read."""
    found: list[PackFile] = []
    root = Path(folder)
    for base, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            if file_name.startswith(".") or len(found) >= MAX_LISTED_FILES:
                continue
            path = Path(base) / file_name
            name = path.relative_to(root).as_posix()
            if path.is_symlink():
                found.append(PackFile(name, None, translate(
                    "Workshop", "a link, not a file of the pack")))
            elif not file_name.lower().endswith(TEXT_SUFFIXES):
                found.append(PackFile(name, None))
            else:
                found.append(_read_text(path, name))
    return sorted(found, key=lambda f: _sort_key(f.name))


def _read_text(path: Path, name: str) -> PackFile:
    try:
        data = read_regular_file(path, MAX_TEMPLATE_BYTES)
    except FileTooLargeError:
        return PackFile(name, None, fill(translate("Workshop", "larger than %1 kB"),
                                         MAX_TEMPLATE_BYTES // 1000))
    except NotRegularFileError:
        return PackFile(name, None, translate("Workshop", "not a regular file"))
    except OSError as exc:
        return PackFile(name, None, exc.strerror or str(exc))
    try:
        return PackFile(name, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return PackFile(name, None, fill(translate("Workshop", "not UTF-8 text (line %1)"),
                                         line))


def write_files(folder: Path, texts: dict[str, str]) -> None:
    """Save ``texts`` (name -> text) into the pack, each file atomically; no ``.bak`` files,
    which would become part of the pack."""
    for name, text in texts.items():
        atomic_write_bytes(Path(folder) / name, text.encode("utf-8"), keep_backup=False)


class Document(QObject):
    """One editable file: its text document, highlighter and modified state."""

    def __init__(self, folder: Path, file: PackFile, *, read_only: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = file.name
        self.path = Path(folder) / file.name
        self.editable = file.text is not None
        self.read_only = read_only or not self.editable
        self.note = file.note
        self.text_document = QTextDocument(self)
        self.text_document.setDocumentLayout(QPlainTextDocumentLayout(self.text_document))
        self.text_document.setPlainText(file.text or "")
        self.text_document.setModified(False)
        self.text_document.clearUndoRedoStacks()
        self.highlighter = highlighter_for(file.name, self.text_document) \
            if self.editable else None

    @property
    def modified(self) -> bool:
        return self.text_document.isModified()


class DocumentSet(QObject):
    """The files of one pack.  ``loaded()`` once they are read; ``modifiedChanged()`` when
    any file's unsaved state changes; ``saved(names)`` after a save; ``saveFailed(message)``."""

    loaded = Signal()
    loadFailed = Signal(str)
    modifiedChanged = Signal()
    saved = Signal(list)
    saveFailed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.read_only = is_bundled(self.folder)
        self.documents: list[Document] = []
        self._saving = 0

    def load(self) -> None:
        folder = self.folder
        jobs.Job(self, lambda: read_pack_files(folder), lane=FILES_LANE) \
            .success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, files: list[PackFile]) -> None:
        for file in files:
            document = Document(self.folder, file, read_only=self.read_only, parent=self)
            document.text_document.modificationChanged.connect(
                lambda _m: self.modifiedChanged.emit())
            self.documents.append(document)
        self.loaded.emit()

    def _load_failed(self, error: Exception) -> None:
        if not isinstance(error, OSError):
            raise error
        self.loadFailed.emit(error.strerror or str(error))

    def find(self, name: str) -> Document | None:
        return next((d for d in self.documents if d.name == name), None)

    def modified(self) -> list[Document]:
        return [d for d in self.documents if d.modified and not d.read_only]

    @property
    def saving(self) -> bool:
        return self._saving > 0

    def save(self, documents: list[Document],
             done: Callable[[], object] | None = None) -> None:
        """Write ``documents`` (those not read-only) in the files lane.  A file typed in while
        it was being saved stays marked as changed."""
        chosen = [d for d in documents if not d.read_only]
        texts = {d.name: d.text_document.toPlainText() for d in chosen}
        folder = self.folder

        def written(_result: object) -> None:
            self._saving -= 1
            for document in chosen:
                # Compared by text, not revision: colouring the text (done later, by the
                # highlighter) counts as a revision without changing a character.
                if document.text_document.toPlainText() == texts[document.name]:
                    document.text_document.setModified(False)
            self.saved.emit(sorted(texts))
            if done is not None:
                done()

        def failed(error: Exception) -> None:
            self._saving -= 1
            if not isinstance(error, (SaveError, OSError)):
                raise error
            self.saveFailed.emit(str(error) if isinstance(error, SaveError)
                                 else (error.strerror or str(error)))

        self._saving += 1
        jobs.Job(self, lambda: write_files(folder, texts), lane=FILES_LANE) \
            .success(written).failure(failed).run()
