"""Typed errors and problem reports shared by core, render and the front ends.

Core never asks the user anything: it raises these (or returns ``Problem`` lists) and the
command line or the GUI decides how to show them.  Every message is plain words meant for the
person using the app; ``str(error)`` is ready to display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefwriter.core.i18n import Msg
from briefwriter.core.model import FieldPath, format_path


@dataclass(frozen=True)
class Problem:
    """One thing wrong (``severity="error"``) or worth a look (``"warning"``) in a brief.

    ``path`` is the field inside the brief (``("priorities", 0, "title")``), empty when the
    problem is about the whole file; ``line`` is the 1-based line in the file when known.
    """

    message: str
    path: FieldPath = ()
    line: int | None = None
    severity: str = "error"  # "error" | "warning" | "info"
    code: str = ""  # a stable id for the kind of problem, e.g. "priority-without-gcm-link"
    msg: Msg | None = None  # the message as a translatable template (``message`` in English)

    def where(self, file: str | Path | None = None) -> str:
        """``"brief.yaml, line 12, field priorities[1].title"`` (the parts that are known)."""
        parts: list[str] = []
        if file is not None:
            parts.append(Path(file).name)
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.path:
            parts.append(f"field {format_path(self.path)}")
        return ", ".join(parts)

    def describe(self, file: str | Path | None = None) -> str:
        where = self.where(file)
        return f"{where}: {self.message}" if where else self.message


class BriefWriterError(Exception):
    """Base class of every error BriefWriter reports to a person."""


@dataclass
class BriefFileError(BriefWriterError):
    """A brief file could not be read: ``problems`` lists every error found (not only the first)."""

    path: Path | None
    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        name = str(self.path) if self.path else "The brief"
        lines = [f"{name} could not be opened:"]
        lines += [f"  - {p.describe()}" for p in self.problems]
        return "\n".join(lines)


@dataclass
class NewerFormatError(BriefWriterError):
    """The file was written by a newer BriefWriter; it is refused and left untouched."""

    path: Path | None
    file_version: int
    supported_version: int

    def __str__(self) -> str:
        name = str(self.path) if self.path else "This brief"
        return (
            f"{name} was saved by a newer version of BriefWriter (file format "
            f"{self.file_version}; this version reads up to {self.supported_version}). "
            "Please update BriefWriter to open it. The file has not been changed."
        )


@dataclass
class SaveError(BriefWriterError):
    """Saving failed; the previous file on disk, if there is one, is intact.

    ``previous`` says whether there is a previous version to speak of; ``code`` names the
    kind of failure when the front end acts on it: ``"read-only-file"``,
    ``"read-only-folder"`` or ``"read-only-disk"`` (nothing can be written there, another
    place may do), or ``""``.
    """

    path: Path
    reason: str
    previous: bool = False
    code: str = ""

    def __str__(self) -> str:
        text = f"Could not save {self.path}: {self.reason}."
        return text + " The previous version is unchanged." if self.previous else text


@dataclass
class GcmReferenceError(BriefWriterError):
    """A GCM reference such as ``29(z)`` does not name anything in the Compact."""

    reference: str
    reason: str

    def __str__(self) -> str:
        return f"'{self.reference}' is not a GCM reference: {self.reason}"


@dataclass
class TemplateError(BriefWriterError):
    """A template is missing, malformed, unsafe, or failed while rendering.

    ``template`` is the template pack or file name, ``line`` the line in that file when known.
    """

    message: str
    template: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.template
        if self.line is not None:
            where += f", line {self.line}"
        return f"{where}: {self.message}" if where else self.message


@dataclass
class RenderError(BriefWriterError):
    """Rendering did not finish (time limit, memory limit, crashed worker, bad output)."""

    message: str
    kind: str = "render"  # "timeout" | "memory" | "crash" | "cancelled" | "render"

    def __str__(self) -> str:
        return self.message
