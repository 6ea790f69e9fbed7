"""Untrusted templates run here: a sandboxed, autoescaping Jinja confined to its pack folder,
with caps on allocations and output, and errors that name the template file and line."""

from __future__ import annotations

import contextvars
import difflib
import math
import re
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn

from babel.dates import format_date as babel_format_date
from jinja2 import (
    BaseLoader,
    ChainableUndefined,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    Undefined,
    UndefinedError,
    pass_context,
)
from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing
from markupsafe import Markup

from briefwriter.core.errors import RenderError, TemplateError
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file
from briefwriter.render.labels import babel_locale_name
from briefwriter.render.markdown import move_headings
from briefwriter.render.templates import TemplatePack, safe_relative_path

# The most HTML a template may produce is worked out from what it is given (``OutputBudget``):
# the largest brief with the largest logo always fits, and a template that loops to produce
# gigabytes is stopped after a few megabytes, with the template named as the cause.
TEMPLATE_OWN_CHARS = 2_000_000
"""What a template may print of its own (markup, labels, headings), whatever the brief."""
CHARS_PER_ITEM = 200
"""And for each item it is given (a priority, a GCM action, a piece of evidence ...)."""
TEXT_COPIES = 4
"""How many times over a template may print the brief's text (a title in the header, the
contents and the body; a GCM action under its priority and in the annex)."""
EMBEDDED_COPIES = 3
"""How many times it may print an embedded picture (the logo's ``data:`` URL: on the cover,
in a running header ...)."""
MAX_GIVEN_CHARS = 20_000_000
"""The most text (as escaped HTML) a brief may hand a template, embedded pictures apart.  The
largest brief file (``core.storage.MAX_BRIEF_BYTES``, 5 MB) gives about 5 million; more comes
only from GCM wording repeated under hundreds of priorities, and is refused before any
template runs, naming the brief as the cause."""
MAX_OUTPUT_CHARS = 5_000_000
"""The output cap outside a render (the budget of a render replaces it)."""
MAX_VALUE_CHARS = MAX_OUTPUT_CHARS
"""The longest string or list one template expression may build outside a render (within
one, the render's output budget)."""
MAX_WIDTH = 10_000
"""The widest padding, indent or format width a template may ask for."""
MAX_TEMPLATE_BYTES = 1_000_000
MAX_INT_BITS = 4096
MAX_PREVIEW_WARNINGS = 50

SECURITY_MESSAGE = "the template tried to reach something it is not allowed to"

# The longest value an expression may build during the current render (its output budget).
_VALUE_CAP: contextvars.ContextVar[int] = contextvars.ContextVar(
    "briefwriter_value_cap", default=MAX_VALUE_CHARS
)
# Undefined names met while rendering a preview; set only for the duration of one render.
_UNDEFINED_SINK: contextvars.ContextVar[dict[str, None] | None] = contextvars.ContextVar(
    "briefwriter_undefined_sink", default=None
)


@dataclass
class RenderedHTML:
    html: str
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------
# Where in the template are we?
# --------------------------------------------------------------------------------------


def _template_frame_location() -> tuple[str, int | None]:
    """The template file and line being executed, from the live stack."""
    frame = sys._getframe(1)
    while frame is not None:
        tmpl = frame.f_globals.get("__jinja_template__")
        if tmpl is not None:
            name = str(getattr(tmpl, "name", "") or "")
            return name, tmpl.get_corresponding_lineno(frame.f_lineno)
        frame = frame.f_back  # type: ignore[assignment]
    return "", None


def _traceback_location(tb: TracebackType | None, names: dict[str, str]) -> tuple[str, int | None]:
    """The innermost template frame of a traceback rewritten by Jinja."""
    found: tuple[str, int | None] = ("", None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in names:
            found = (names[filename], tb.tb_lineno)
        tb = tb.tb_next
    return found


def _explain_undefined(undefined: Any) -> str:
    """A message that helps the template's author: what is missing and what is there."""
    hint = undefined._undefined_hint
    name = undefined._undefined_name
    obj = undefined._undefined_obj
    if hint is not None or obj is missing or not isinstance(name, str):
        return str(Undefined._undefined_message.fget(undefined))  # type: ignore[attr-defined]
    if isinstance(obj, dict):
        keys = sorted(k for k in obj if isinstance(k, str))
        close = difflib.get_close_matches(name, keys, n=1)
        if close:
            return f"there is no '{name}' here; did you mean '{close[0]}'?"
        listed = ", ".join(keys[:25]) + (", ..." if len(keys) > 25 else "")
        return f"there is no '{name}' here (there is: {listed or 'nothing'})"
    return f"there is no '{name}' in a {type(obj).__name__} value"


class _StrictUndefined(StrictUndefined):
    """Export: an unknown name is an error, explained."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        return _explain_undefined(self)


class _RecordingUndefined(ChainableUndefined):
    """Preview: an unknown name renders as nothing and is reported as a warning."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        return _explain_undefined(self)

    def _record(self) -> None:
        if issubclass(self._undefined_exception, SecurityError):
            # Not a missing name but a refused reach: an error in the preview too.
            super()._fail_with_undefined_error()
        sink = _UNDEFINED_SINK.get()
        if sink is None or len(sink) >= MAX_PREVIEW_WARNINGS:
            return
        name, line = _template_frame_location()
        where = f"{name}, line {line}" if line else name
        sink[f"{where}: {self._undefined_message} (shown empty in the preview)"] = None

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
        self._record()
        return self

    def __str__(self) -> str:
        self._record()
        return ""

    def __html__(self) -> str:
        return self.__str__()

    def __iter__(self) -> Iterator[Any]:
        self._record()
        return iter(())

    def __bool__(self) -> bool:
        self._record()
        return False

    def __len__(self) -> int:
        self._record()
        return 0

    def __int__(self) -> int:  # type: ignore[override]
        self._record()
        return 0

    def __float__(self) -> float:  # type: ignore[override]
        self._record()
        return 0.0


# --------------------------------------------------------------------------------------
# The loader: files inside the pack, nothing else
# --------------------------------------------------------------------------------------


class RefusedTemplate(TemplateNotFound):
    """A template name that is not a file inside the pack; ``reason`` says why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name, f"'{name}' {reason}")
        self.reason = reason


def file_stamp(path: Path) -> tuple[int, int, int, int]:
    """What must be unchanged for a compiled template to still hold: a file saved twice
    within one clock tick with the same size keeps its ``st_mtime`` (even its nanoseconds on
    a coarse clock) but not all of inode, ctime, size and mtime together."""
    info = path.stat()
    return (info.st_mtime_ns, info.st_size, info.st_ino, info.st_ctime_ns)


class PackLoader(BaseLoader):
    """Loads templates only from inside ``folder`` (after resolving symbolic links)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()
        self.filenames: dict[str, str] = {}  # real path -> name inside the pack

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        try:
            path = safe_relative_path(self.folder, template)
        except ValueError as exc:
            raise RefusedTemplate(template, str(exc)) from None
        try:
            stamp = file_stamp(path)
            data = read_regular_file(path, MAX_TEMPLATE_BYTES)
        except (FileNotFoundError, NotRegularFileError):
            raise RefusedTemplate(template, "is not a file in the template folder") from None
        except FileTooLargeError:
            raise RefusedTemplate(template, f"is larger than {MAX_TEMPLATE_BYTES} bytes") from None
        except OSError as exc:
            raise RefusedTemplate(template, f"cannot be read ({exc.strerror or exc})") from None
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise RefusedTemplate(template, f"is not UTF-8 text (line {line})") from None
        self.filenames[str(path)] = template

        def uptodate() -> bool:
            try:
                return file_stamp(path) == stamp
            except OSError:
                return False

        return source, str(path), uptodate


# --------------------------------------------------------------------------------------
# Allocation caps
# --------------------------------------------------------------------------------------


def _refuse(what: str) -> NoReturn:
    raise SecurityError(f"{what}: the result would be too large")


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, str | bytes | list | tuple) else None


def _check_int_power(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
        if right * math.log2(abs(left)) > MAX_INT_BITS:
            _refuse("a power")


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_percent_format(fmt: str) -> None:
    for width, precision in _PERCENT_SPEC.findall(fmt):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_WIDTH):
                _refuse("a format width")


def _check_brace_format(fmt: str) -> None:
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        return  # str.format itself reports the malformed string
    for _literal, _name, spec, _conv in parsed:
        if not spec:
            continue
        if "{" in spec:
            raise SecurityError("nested format fields are not allowed in templates")
        for number in re.findall(r"\d+", spec):
            if int(number) > MAX_WIDTH:
                _refuse("a format width")


def _check_result_size(what: str, size: int) -> None:
    if size > _VALUE_CAP.get():
        _refuse(what)


def _check_str_call(method: str, text: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    numbers = [a for a in (*args, *kwargs.values()) if isinstance(a, int)]
    if method in ("ljust", "rjust", "center", "zfill", "expandtabs"):
        if any(n > MAX_WIDTH for n in numbers):
            _refuse(f"str.{method}")
    elif method == "replace" and len(args) >= 2:
        old, new = str(args[0]), str(args[1])
        count = text.count(old)
        _check_result_size("str.replace", len(text) + count * max(0, len(new) - len(old)))
    elif method == "join" and args and isinstance(args[0], list | tuple):
        _check_result_size("str.join", len(args[0]) * len(text))
    elif method in ("format", "format_map"):
        _check_brace_format(text)


class BriefWriterSandbox(ImmutableSandboxedEnvironment):
    """The sandbox plus caps on what one expression may allocate."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            _check_int_power(left, right)
        elif operator == "*":
            for seq, times in ((left, right), (right, left)):
                size = _size(seq)
                if size is not None and isinstance(times, int):
                    _check_result_size("a repetition", size * times)
            if isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                    _refuse("a multiplication")
        elif operator == "+":
            ls, rs = _size(left), _size(right)
            if ls is not None and rs is not None:
                _check_result_size("a concatenation", ls + rs)
        elif operator == "%" and isinstance(left, str):
            _check_percent_format(left)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str) and callable(__obj):
            _check_str_call(getattr(__obj, "__name__", ""), owner, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str) and getattr(value, "__name__", "") in ("format", "format_map"):
            _check_brace_format(owner)
        return super().wrap_str_format(value)


def _wrap_filter(
    env: BriefWriterSandbox, name: str, check: Callable[..., None]
) -> None:
    original = env.filters[name]

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        check(*args, **kwargs)
        return original(*args, **kwargs)

    wrapped.__dict__.update(original.__dict__)  # keeps pass_context/pass_eval_context marks
    env.filters[name] = wrapped


def _width_check(value: Any, width: Any = 0, *args: Any, **kwargs: Any) -> None:
    width = kwargs.get("width", width)
    if isinstance(width, str):
        width = len(width)
    if isinstance(width, int) and width > MAX_WIDTH:
        _refuse("a width")


def _indent_check(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> None:
    _width_check(value, width, **kwargs)
    width = kwargs.get("width", width)
    step = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    text = str(value)
    _check_result_size("indent", len(text) + (text.count("\n") + 1) * step)


def _replace_check(ctx: Any, value: Any, old: Any = "", new: Any = "", *a: Any, **k: Any) -> None:
    text, old, new = str(value), str(old), str(new)
    _check_result_size("replace", len(text) + text.count(old) * max(0, len(new) - len(old)))


def _join_check(ctx: Any, value: Any, d: Any = "", *args: Any, **kwargs: Any) -> None:
    if isinstance(value, list | tuple | range):
        _check_result_size("join", len(value) * len(str(d)))


def _format_check(value: Any, *args: Any, **kwargs: Any) -> None:
    _check_percent_format(str(value))


def _count_check(what: str, position: int, keyword: str) -> Callable[..., None]:
    """A check that the numeric argument at ``position`` (or ``keyword``) is modest."""

    def check(*args: Any, **kwargs: Any) -> None:
        count = kwargs.get(keyword, args[position] if len(args) > position else None)
        if isinstance(count, int) and count > MAX_WIDTH:
            _refuse(what)

    return check


@pass_context
def _format_date_filter(context: Context, value: Any, format: str = "long") -> str:
    """``{{ "2026-05-05"|format_date }}`` -> "5 May 2026" in the brief's language."""
    if format not in ("short", "medium", "long", "full"):
        format = "long"
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    brief = context.get("brief")
    lang = str(brief.get("language", "en")) if isinstance(brief, dict) else "en"
    try:
        return str(babel_format_date(day, format=format, locale=babel_locale_name(lang)))
    except Exception:  # unknown locale: fall back to English rather than fail the render
        return str(babel_format_date(day, format=format, locale="en_GB"))


def make_environment(pack: TemplatePack, *, strict: bool) -> BriefWriterSandbox:
    env = BriefWriterSandbox(
        loader=PackLoader(pack.folder),
        autoescape=True,
        undefined=_StrictUndefined if strict else _RecordingUndefined,
        auto_reload=True,
        cache_size=100,
    )
    # A template needs data and a few helpers, not sample text or anything else global.
    env.globals.pop("lipsum", None)
    _wrap_filter(env, "center", _width_check)
    _wrap_filter(env, "indent", _indent_check)
    _wrap_filter(env, "replace", _replace_check)
    _wrap_filter(env, "join", _join_check)
    _wrap_filter(env, "format", _format_check)
    # slice(n) builds n lists, batch(n, fill) pads to n items, tojson(indent=n) indents by n.
    _wrap_filter(env, "slice", _count_check("slice", 2, "slices"))
    _wrap_filter(env, "batch", _count_check("batch", 1, "linecount"))
    _wrap_filter(env, "tojson", _count_check("tojson", 2, "indent"))
    env.filters["format_date"] = _format_date_filter
    env.filters["headings"] = move_headings
    return env


_ENVIRONMENTS: dict[tuple[Path, str, bool], BriefWriterSandbox] = {}


def environment_for(pack: TemplatePack, *, strict: bool) -> BriefWriterSandbox:
    """A cached environment per pack and mode (templates compile once per worker)."""
    key = (pack.folder, pack.entry, strict)
    env = _ENVIRONMENTS.get(key)
    if env is None:
        if len(_ENVIRONMENTS) > 16:
            _ENVIRONMENTS.clear()
        env = _ENVIRONMENTS[key] = make_environment(pack, strict=strict)
    return env


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------


def _as_template_error(
    exc: BaseException, loader: PackLoader, pack: TemplatePack
) -> TemplateError:
    names = loader.filenames
    if isinstance(exc, TemplateSyntaxError):
        name = names.get(exc.filename or "", exc.name or pack.entry)
        return TemplateError(f"syntax error: {exc.message}", name, exc.lineno)
    name, line = _traceback_location(exc.__traceback__, names)
    name = name or pack.entry
    if isinstance(exc, UndefinedError):
        return TemplateError(exc.message or "a name the template uses is not defined", name, line)
    if isinstance(exc, SecurityError):
        return TemplateError(f"{SECURITY_MESSAGE} ({exc})", name, line)
    if isinstance(exc, TemplateNotFound):
        # TemplatesNotFound (a list of names) is a TemplateNotFound too.
        return TemplateError(exc.message or f"cannot load '{exc.name}'", name, line)
    if isinstance(exc, RecursionError):
        return TemplateError("the template is nested or recurses too deeply", name, line)
    if isinstance(exc, TemplateRuntimeError):
        return TemplateError(str(exc), name, line)
    return TemplateError(f"the template failed: {type(exc).__name__}: {exc}", name, line)


def _escaped_length(text: str) -> int:
    """``len(escape(text))`` without building the escaped copy."""
    if isinstance(text, Markup):
        return len(text)
    return (len(text) + 4 * (text.count("&") + text.count('"') + text.count("'"))
            + 3 * (text.count("<") + text.count(">")))


def _megabytes(chars: int) -> str:
    return f"{chars / 1_000_000:.1f}"


def _amount(chars: int) -> str:
    """``"12 KB"`` or ``"5.6 MB"`` for so many characters of HTML (about as many bytes)."""
    return f"{-(-chars // 1000)} KB" if chars < 1_000_000 else f"{_megabytes(chars)} MB"


@dataclass(frozen=True)
class OutputBudget:
    """How much HTML a template may make from a context: a fixed allowance, a little per item,
    a few copies of the text it is given and of its embedded pictures."""

    text_chars: int = 0  # the context's strings, as escaped HTML, pictures apart
    embedded_chars: int = 0  # ``data:`` URLs: the logo
    items: int = 0  # dicts and list entries

    @classmethod
    def of(cls, context: Any) -> OutputBudget:
        text = embedded = items = 0
        todo = [context]
        while todo:  # no recursion: a context is data, but may be deep
            value = todo.pop()
            if isinstance(value, str):
                if value.startswith("data:"):
                    embedded += len(value)
                else:
                    text += _escaped_length(value)
            elif isinstance(value, dict):
                items += 1
                todo.extend(value.values())
            elif isinstance(value, list | tuple):
                items += len(value)
                todo.extend(value)
        return cls(text, embedded, items)

    @property
    def max_output_chars(self) -> int:
        return (TEMPLATE_OWN_CHARS + CHARS_PER_ITEM * self.items
                + TEXT_COPIES * self.text_chars + EMBEDDED_COPIES * self.embedded_chars)

    def check_given(self) -> None:
        """``RenderError`` when the brief itself is too large to print, before rendering."""
        if self.text_chars > MAX_GIVEN_CHARS:
            raise RenderError(
                f"The brief is too large to print: its text, with the GCM wording its links "
                f"bring in, comes to {_megabytes(self.text_chars)} MB of HTML, and at most "
                f"{_megabytes(MAX_GIVEN_CHARS)} MB can be printed. Split it into several "
                "briefs, or link fewer GCM items to each priority."
            )

    def too_much(self, template: str) -> TemplateError:
        given = f"{_amount(self.text_chars)} of text from the brief"
        if self.embedded_chars:
            given += f" and a {_amount(self.embedded_chars)} logo"
        return TemplateError(
            f"the template produced more than {_amount(self.max_output_chars)} of HTML "
            f"from {given} (a template may print the brief about {TEXT_COPIES} times over); "
            "it probably repeats something in a loop",
            template,
        )


def render_html(pack: TemplatePack, context: dict[str, Any], *, strict: bool) -> RenderedHTML:
    """Render the pack's entry template with ``context``.

    ``strict`` (export): an undefined name is a ``TemplateError``.  Otherwise (preview) it
    renders empty and comes back as a warning.  The output may be as large as the context's
    ``OutputBudget``; a brief too large to print at all is a ``RenderError`` naming it.
    """
    budget = OutputBudget.of(context)
    budget.check_given()
    limit = budget.max_output_chars
    env = environment_for(pack, strict=strict)
    loader = env.loader
    assert isinstance(loader, PackLoader)
    sink: dict[str, None] = {}
    token = _UNDEFINED_SINK.set(None if strict else sink)
    cap_token = _VALUE_CAP.set(limit)
    parts: list[str] = []
    total = 0
    try:
        template = env.get_template(pack.entry)
        for chunk in template.generate(context):
            total += len(chunk)
            if total > limit:
                raise budget.too_much(pack.entry)
            parts.append(chunk)
    except TemplateError:
        raise
    except MemoryError:
        raise
    except Exception as exc:
        raise _as_template_error(exc, loader, pack) from None
    finally:
        _VALUE_CAP.reset(cap_token)
        _UNDEFINED_SINK.reset(token)
    return RenderedHTML(html="".join(parts), warnings=list(sink))
