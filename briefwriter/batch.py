"""Export sets and batches on the command line: many briefs × many templates in one call.

``briefwriter render a.brief.yaml b.brief.yaml --template all -o out/`` comes here (one brief
with one template keeps the single render of cli.py). The work has three steps:

1. planning (``plan_batch``): the briefs are found (globs expanded here too, for shells that do
   not), each is read and checked, and each document gets its file name from
   core/export_names.py; two documents that would write one file stop everything before any
   worker starts. A brief that cannot be read, or whose own template is refused, fails alone.
2. rendering (``run_batch``): a pool of ``RenderWorker`` processes, one per core and at most
   one per document, each fed by a thread from a shared queue (the work is in the processes).
   Ctrl-C kills the workers and waits for them: no process is left behind, and outputs are
   written atomically, so no half file either.
3. reporting (``Progress``, ``summary_lines``): a one-line bar on a terminal (plain lines
   otherwise) and a summary naming each failure with the message a single render gives.
"""

from __future__ import annotations

import glob
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from briefwriter.core.export_names import collisions, export_name

GLOB_CHARACTERS = frozenset("*?[")
ALL_TEMPLATES = "all"


@dataclass
class Document:
    """One document of the batch: a brief rendered with one template."""

    brief: Path
    template: str  # as shown: the pack's name or folder
    outputs: list[Path]
    job: dict[str, Any] | None = None


@dataclass
class Failure:
    brief: Path
    template: str
    reason: str

    def describe(self) -> str:
        lines = self.reason.strip().splitlines() or ["failed"]
        head = f"{self.brief.name} ({self.template}): {lines[0]}"
        return "\n".join([head] + [f"    {line.strip()}" for line in lines[1:]])


@dataclass
class Outcome:
    """What became of one document: ``failure`` None when its files were written."""

    document: Document
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    failure: Failure | None = None
    peak_rss_mb: float = 0.0
    worker: int = -1  # which worker of the pool rendered it


@dataclass
class Plan:
    documents: list[Document]
    failures: list[Failure]  # refused while planning

    @property
    def size(self) -> int:
        return len(self.documents) + len(self.failures)


class BatchError(Exception):
    """The batch cannot start as asked (files that would collide, ``-o`` not a folder, ...)."""


# --------------------------------------------------------------------------------------
# planning
# --------------------------------------------------------------------------------------


def expand_briefs(names: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The brief files ``names`` mean, in the order given, each glob's matches sorted and
    every file once; and the names that match no file."""
    found: list[Path] = []
    missing: list[str] = []
    seen: set[str] = set()
    for name in names:
        if GLOB_CHARACTERS & set(name) and not Path(name).is_file():
            matches = sorted(Path(m) for m in glob.glob(os.path.expanduser(name), recursive=True)
                             if Path(m).is_file())
        else:
            matches = [Path(name)] if Path(name).is_file() else []
        if not matches:
            missing.append(name)
        for path in matches:
            key = os.path.normcase(os.path.realpath(path))
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found, missing


def chosen_templates(values: Sequence[str] | None) -> list[str | None]:
    """The templates ``--template`` names (``all``: every installed one), each checked, so
    that an unknown one stops the batch before anything renders; ``[None]`` for the brief's
    own template."""
    if not values:
        return [None]
    from briefwriter.render.template_lookup import find_template
    from briefwriter.render.templates import list_templates

    names: list[str | None] = []
    for value in values:
        if value == ALL_TEMPLATES:
            names += [pack.name for pack in list_templates()]
        else:
            find_template(value)  # an unknown or broken pack raises TemplateError
            names.append(value)
    return list(dict.fromkeys(names))


def is_folder_target(text: str) -> bool:
    """Whether ``-o``/``--html`` names a folder: an existing one, or a name ending in a slash."""
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


def plan_batch(
    brief_names: Sequence[str],
    templates: Sequence[str | None],
    *,
    pdf_dir: Path | None,
    html_dir: Path | None,
    docx_dir: Path | None = None,
    make_jobs: Callable[..., list[dict[str, Any]]],
    refusals: tuple[type[Exception], ...] = (),
) -> Plan:
    """Read and check every brief and name every document before anything renders.

    ``make_jobs(path, outputs, loaded=...)`` is the single render's job maker (it checks the
    brief's own template and reports the brief's warnings); ``outputs`` holds
    ``(template, pdf, html, docx)`` tuples; the errors in ``refusals`` (and the core's) fail that
    brief alone.  Raises ``BatchError`` when two documents would write
    one file.
    """
    from briefwriter.core.errors import BriefWriterError
    from briefwriter.core.storage import LoadResult, load_brief

    paths, missing = expand_briefs(brief_names)
    failures = [Failure(Path(name), _shown(templates), "no such file.") for name in missing]
    readable: list[tuple[Path, LoadResult, list[tuple[str | None, str, list[Path]]]]] = []
    for path in paths:
        try:
            loaded = load_brief(path)
        except BriefWriterError as exc:
            failures.append(Failure(path, _shown(templates), str(exc)))
            continue
        own = loaded.brief.template.name
        targets = []
        for template in templates:
            shown = template or own
            outputs = [folder / export_name(loaded.brief, path, shown, suffix)
                       for folder, suffix in ((pdf_dir, ".pdf"), (html_dir, ".html"),
                                              (docx_dir, ".docx"))
                       if folder is not None]
            targets.append((template, shown, outputs))
        readable.append((path, loaded, targets))
    clashes = collisions((str(out.resolve()), f"{path} ({shown})")
                         for path, _loaded, targets in readable
                         for _template, shown, outputs in targets for out in outputs)
    if clashes:
        lines = [f"{name}: {' and '.join(sources)}" for name, sources in clashes.items()]
        raise BatchError("These documents would be written to the same file; rename a brief "
                         "or render them into different folders:\n  " + "\n  ".join(lines))
    documents: list[Document] = []
    refused: tuple[type[Exception], ...] = (BriefWriterError, *refusals)
    for path, loaded, targets in readable:
        try:
            jobs = make_jobs(path, [(template, _of(outputs, ".pdf"), _of(outputs, ".html"),
                                     _of(outputs, ".docx"))
                                    for template, _shown_, outputs in targets], loaded=loaded)
        except refused as exc:  # refused as a single render is
            failures += [Failure(path, shown, str(exc)) for _t, shown, _o in targets]
            continue
        documents += [Document(path, shown, outputs, job)
                      for (_t, shown, outputs), job in zip(targets, jobs, strict=True)]
    return Plan(documents, failures)


def _of(outputs: list[Path], suffix: str) -> Path | None:
    return next((p for p in outputs if p.suffix == suffix), None)


def _shown(templates: Sequence[str | None]) -> str:
    return ", ".join(t for t in templates if t) or "its own template"


# --------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------


def execute(plan: Plan, *, workers: int | None, timeout: float,
            progress: Progress) -> list[Outcome]:
    """Report the documents refused while planning, render the others, and return every
    outcome (the refused first)."""
    refused = [Outcome(Document(f.brief, f.template, []), failure=f) for f in plan.failures]
    progress.start()
    try:
        for outcome in refused:
            progress.finished(outcome)
        return refused + run_batch(plan.documents, workers=workers, timeout=timeout,
                                   on_done=progress.finished)
    finally:
        progress.close()


def pool_size(jobs: int, requested: int | None = None) -> int:
    """How many workers: ``requested``, else one per core this process may use; never more
    than there are documents."""
    if requested is None:
        try:
            requested = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            requested = os.cpu_count() or 1
    return max(1, min(requested, jobs))


def failure_reason(result: dict[str, Any]) -> str:
    """A failed render's message, as the single render prints it (without "error: ")."""
    error = result.get("error") or {}
    where = error.get("template", "")
    if error.get("line"):
        where += f", line {error['line']}"
    message = error.get("message", "rendering failed")
    return f"{where + ': ' if where else ''}{message}"


def run_batch(
    documents: Sequence[Document],
    *,
    workers: int | None,
    timeout: float,
    on_done: Callable[[Outcome], None],
    worker_factory: Callable[[], Any] | None = None,
) -> list[Outcome]:
    """Render every document on ``workers`` worker processes; ``on_done`` is called (in this
    thread) as each finishes.  Ctrl-C stops the workers and is raised again."""
    if not documents:
        return []
    if worker_factory is None:
        from briefwriter.render.client import RenderWorker

        worker_factory = RenderWorker
    from briefwriter.core.errors import RenderError

    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(documents)):
        todo.put(index)
    done: queue.SimpleQueue[Outcome] = queue.SimpleQueue()
    stop = threading.Event()
    pool = [worker_factory() for _ in range(pool_size(len(documents), workers))]

    def feed(number: int, worker: Any) -> None:
        while not stop.is_set():
            try:
                document = documents[todo.get_nowait()]
            except queue.Empty:
                return
            try:
                result = worker.render(document.job, timeout=timeout)
            except RenderError as exc:  # a timeout or crash; the next job restarts it
                result = {"ok": False, "error": {"message": str(exc)}}
            except Exception as exc:  # reported for this document alone
                if stop.is_set():
                    return
                result = {"ok": False, "error": {"message": f"{type(exc).__name__}: {exc}"}}
            if stop.is_set():
                return
            done.put(_outcome(document, result, number))

    outcomes: list[Outcome] = []
    threads = [threading.Thread(target=feed, args=(n, w), daemon=True, name=f"batch-{n}")
               for n, w in enumerate(pool)]
    try:
        for worker in pool:
            worker.launch()  # all start loading the renderer at once
        for thread in threads:
            thread.start()
        while len(outcomes) < len(documents):
            try:
                outcome = done.get(timeout=0.2)
            except queue.Empty:
                if not any(t.is_alive() for t in threads) and done.empty():
                    break  # pragma: no cover - a feeder died without reporting
                continue
            outcomes.append(outcome)
            on_done(outcome)
    except BaseException:
        stop.set()
        for worker in pool:  # the feeders' reads end as their worker dies
            _kill(worker)
        raise
    finally:
        stop.set()
        for thread in threads:
            if thread.is_alive():
                thread.join()
        for worker in pool:
            worker.close()
    return outcomes


def _kill(worker: Any) -> None:
    pid = worker.pid
    if pid is not None:
        import signal

        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def _outcome(document: Document, result: dict[str, Any], worker: int) -> Outcome:
    warnings = [str(w) for w in result.get("warnings", [])]
    peak = float(result.get("peak_rss_mb") or 0.0)
    if result.get("ok"):
        return Outcome(document, int(result.get("pages") or 0), warnings, None, peak, worker)
    failure = Failure(document.brief, document.template, failure_reason(result))
    return Outcome(document, 0, warnings, failure, peak, worker)


# --------------------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------------------


class Progress:
    """Reports a batch as it runs: on a terminal one line rewritten in place (done/total,
    failures, elapsed time), elsewhere one plain line per finished document."""

    BAR_WIDTH = 24

    def __init__(self, total: int, *, stream: IO[str] | None = None,
                 errors: IO[str] | None = None, tty: bool | None = None) -> None:
        self.stream = stream or sys.stdout
        self.errors = errors or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._bar_shown = False

    def start(self) -> None:
        if self.tty and self.total:
            self._draw()

    def finished(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.failure is not None
        label = f"{outcome.document.brief.name} ({outcome.document.template})"
        for warning in outcome.warnings:
            self._print(f"warning: {label}: {warning}", self.errors)
        if self.tty:
            self._draw()
            return
        count = f"[{self.done}/{self.total}]"
        if outcome.failure is not None:
            reason = " ".join(line.strip() for line in outcome.failure.reason.splitlines())
            self._print(f"{count} failed: {label}: {reason}")
        else:
            self._print(f"{count} {written_lines(outcome)[0]}" if outcome.document.outputs
                        else count)

    def close(self) -> None:
        if self._bar_shown:
            self.stream.write("\r" + " " * self._width() + "\r")
            self.stream.flush()
            self._bar_shown = False

    def line(self) -> str:
        """The bar as it is drawn now."""
        filled = self.BAR_WIDTH * self.done // max(1, self.total)
        bar = "#" * filled + "-" * (self.BAR_WIDTH - filled)
        failed = f", {self.failed} failed" if self.failed else ""
        elapsed = int(time.monotonic() - self.started)
        return f"[{bar}] {self.done}/{self.total}{failed}  {elapsed // 60}:{elapsed % 60:02d}"

    def _width(self) -> int:
        return len(self.line()) + 8

    def _draw(self) -> None:
        self.stream.write("\r" + self.line())
        self.stream.flush()
        self._bar_shown = True

    def _print(self, text: str, stream: IO[str] | None = None) -> None:
        self.close()
        target = stream or self.stream
        target.write(text + "\n")
        target.flush()
        if self.tty and self.done < self.total:
            self._draw()


def written_lines(outcome: Outcome) -> list[str]:
    """"Wrote PATH (N pages)" for each file of a finished document, as the single render."""
    lines = []
    for path in outcome.document.outputs:
        count = outcome.pages
        pages = f" ({count} page{'' if count == 1 else 's'})" if path.suffix == ".pdf" else ""
        lines.append(f"Wrote {path}{pages}")
    return lines


def summary_lines(outcomes: Sequence[Outcome]) -> list[str]:
    """"Wrote N files; M failed:" and each failure "BRIEF (TEMPLATE): the reason"."""
    written = sum(len(o.document.outputs) for o in outcomes if o.failure is None)
    failures = [o.failure for o in outcomes if o.failure is not None]
    files = f"{written} file{'' if written == 1 else 's'}"
    if not failures:
        return [f"Wrote {files}."]
    return [f"Wrote {files}; {len(failures)} failed:"] + [
        "  " + failure.describe() for failure in failures]
