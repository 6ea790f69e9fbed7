"""The text of a PDF of A/RES/73/195, page by page, as clean lines of the body text.

``read_pdf_lines(path)`` reads the file (pypdf), keeps the words of the body and drops what a
reader skips: running headers and footers (the symbol "A/RES/73/195", the job number
"18-22454", "3/36"), footnotes and their markers (both are printed smaller than the body).
A file that is not a PDF, is damaged, encrypted or has no text layer (a scan) raises
``GcmImportError`` with a plain message naming the file and the cause.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefwriter.core.errors import BriefWriterError
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file

SYMBOL = "A/RES/73/195"
MAX_PDF_BYTES = 60 * 1024 * 1024
MAX_PAGES = 400
# The official editions run to 30-40 pages of body text; fewer words than this per page on
# average means the pages are pictures (a scan) rather than text.
_MIN_CHARS_PER_PAGE = 200
# Text printed at less than this share of the body size is a footnote or a footnote marker
# (UN documents print footnotes at 9 pt beside a 10 pt body).
_SMALL = 0.93

_JOB_NUMBER = re.compile(r"\b\d{2}-\d{5}(?:\s*\(\w\))?")
_PAGE_NUMBER = re.compile(r"(?<![\w/])\d{1,3}\s*/\s*\d{1,3}(?![\w/])")
_BARCODE = re.compile(r"\*\d{7,}\*")


class GcmImportError(BriefWriterError):
    """The file cannot be used as the official text; the message says which file and why."""


@dataclass(frozen=True)
class _Fragment:
    text: str
    x: float
    y: float
    size: float
    new_line: bool  # the fragment starts a new line


@dataclass
class PdfLines:
    """The body lines of each page (headers, footers and footnotes removed), and the raw
    text of the first pages (where the symbol and title are printed)."""

    pages: list[list[tuple[str, ...]]]  # each line as the pieces it was drawn in
    front: str

    def lines(self) -> list[str]:
        lines = ["".join(line) for page in self.pages for line in page]
        return [re.sub(r"\s+", " ", line).strip() for line in lines]


def _refuse(path: Path, cause: str) -> GcmImportError:
    return GcmImportError(f"{path.name} cannot be used: {cause}")


def _read_bytes(path: Path) -> bytes:
    try:
        data = read_regular_file(path, MAX_PDF_BYTES)
    except FileNotFoundError:
        raise _refuse(path, "the file does not exist.") from None
    except NotRegularFileError:
        raise _refuse(path, "it is not a regular file.") from None
    except FileTooLargeError:
        raise _refuse(
            path, f"it is larger than {MAX_PDF_BYTES // (1024 * 1024)} MB, far more than the "
            "resolution (about 1 MB).") from None
    except OSError as exc:
        raise _refuse(path, f"it could not be read ({exc.strerror or exc}).") from None
    if b"%PDF-" not in data[:1024]:
        raise _refuse(path, "it is not a PDF file.")
    if b"%%EOF" not in data[-2048:]:
        raise _refuse(
            path, "the PDF is incomplete or damaged (it stops before its end; was the "
            "download interrupted?). Download it again.")
    return data


def _matrix_size(matrix: Any) -> float:
    a, b, c, d = (float(v) for v in matrix[:4])
    return math.sqrt(abs(a * d - b * c))


def _page_fragments(page: Any) -> list[_Fragment]:
    fragments: list[_Fragment] = []
    pending_break = [True]

    def visit(text: str, cm: Any, tm: Any, _font: Any, font_size: float) -> None:
        if not text:
            return
        scale = _matrix_size(tm) * _matrix_size(cm)
        size = float(font_size or 0) * scale
        x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
        y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            if piece.strip():
                fragments.append(_Fragment(piece, x, y, size, pending_break[0] or n > 0))
                pending_break[0] = False
            if n < len(pieces) - 1:
                pending_break[0] = True

    page.extract_text(visitor_text=visit)
    return fragments


def _lines(fragments: list[_Fragment], body: float) -> list[tuple[str, ...]]:
    """Join fragments into lines, dropping small text (footnotes and their markers)."""
    lines: list[list[_Fragment]] = []
    for frag in fragments:
        if lines and not frag.new_line:
            last = lines[-1][-1]
            # A superscript sits a little above its line: still the same line.
            if abs(frag.y - last.y) < 0.8 * max(frag.size, last.size, 1.0):
                lines[-1].append(frag)
                continue
        lines.append([frag])
    out = []
    for line in lines:
        kept = tuple(unicodedata.normalize("NFKC", text) for text in _spaced(line, body))
        if "".join(kept).strip():
            out.append(kept)
    return out


def _spaced(line: list[_Fragment], body: float) -> list[str]:
    """The body-size pieces of a line, with a space where a piece starts well after the end
    of the one before (a paragraph number and its text drawn as separate pieces)."""
    kept = [f for f in line if body <= 0 or f.size >= _SMALL * body]
    texts: list[str] = []
    for n, frag in enumerate(kept):
        before = kept[n - 1] if n else None
        text = frag.text
        if before is not None and not before.text[-1:].isspace() and not text[:1].isspace():
            # Glyphs are at most about 0.6 em wide on average: a start beyond that is a gap.
            end = before.x + len(before.text) * 0.6 * before.size
            if frag.x > end + 0.5 * before.size:
                text = " " + text
        texts.append(text)
    return texts


def _running_title_forms(titles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(re.sub(r"\s+", "", t).casefold() for t in titles)


def _is_furniture(line: str, titles: tuple[str, ...]) -> bool:
    """A running header or footer: the symbol, the job number, a page number, the title."""
    rest = line.replace(SYMBOL, " ")
    rest = _JOB_NUMBER.sub(" ", rest)
    rest = _PAGE_NUMBER.sub(" ", rest)
    rest = _BARCODE.sub(" ", rest)
    squeezed = re.sub(r"\s+", "", rest).casefold()
    for title in titles:
        squeezed = squeezed.replace(title, "")
    return not squeezed


def read_pdf_lines(path: Path, running_titles: tuple[str, ...] = ()) -> PdfLines:
    """The body text of the PDF at ``path``, or ``GcmImportError`` saying why not."""
    import pypdf  # only here: a PDF is read only when someone imports one
    from pypdf.errors import PyPdfError

    data = _read_bytes(path)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _refuse(path, "the PDF is protected by a password.")
        pages = list(reader.pages)
        if len(pages) > MAX_PAGES:
            raise _refuse(path, f"it has {len(pages)} pages; the resolution has about 36.")
        per_page = [_page_fragments(page) for page in pages]
    except GcmImportError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, OSError, ZeroDivisionError) as exc:
        raise _refuse(path, f"the PDF is damaged ({type(exc).__name__}: {exc}).") from None
    chars = Counter[float]()
    for fragments in per_page:
        for frag in fragments:
            chars[round(frag.size, 1)] += len(frag.text.strip())
    total = sum(chars.values())
    if not pages or total < _MIN_CHARS_PER_PAGE * len(pages) / 4:
        raise _refuse(
            path, "it has no text to read: it looks like a scanned copy (pictures of pages). "
            "Download the PDF from the UN Official Document System instead.")
    body = chars.most_common(1)[0][0]
    titles = _running_title_forms(running_titles)
    clean_pages = []
    for fragments in per_page:
        lines = _lines(fragments, body)
        clean_pages.append([line for line in lines if not _is_furniture("".join(line), titles)])
    front = " ".join(f.text for fragments in per_page[:2] for f in fragments)
    return PdfLines(clean_pages, unicodedata.normalize("NFKC", front))
