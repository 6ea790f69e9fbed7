"""Template lint, the names: every variable, field, filter and test a template uses, checked
against the data contract (``render.contract``) by walking the Jinja syntax tree.

A value whose type cannot be known (a filter's result, a macro argument) is not checked
further: lint reports only what is certainly wrong.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from jinja2 import nodes
from jinja2.environment import Environment
from markupsafe import Markup

from briefwriter.render.contract import CONTEXT, Field, integer, obj, text

# ``loop`` inside a for loop, as Jinja defines it.
LOOP = obj(
    "the loop", index=integer("1-based"), index0=integer("0-based"),
    revindex=integer("to the end, 1-based"), revindex0=integer("to the end, 0-based"),
    first=Field("bool", "first item"), last=Field("bool", "last item"),
    length=integer("how many"), depth=integer("1-based"), depth0=integer("0-based"),
    cycle=text("a method"), changed=text("a method"), previtem=Field("object", "unknown"),
    nextitem=Field("object", "unknown"),
)
# Unknown-typed stand-ins: anything goes beyond them.
_UNKNOWN: Field | None = None
_STRING_ATTRS = frozenset(name for name in dir(Markup) if not name.startswith("_"))
_MAPPING_ATTRS = frozenset({"items", "keys", "values", "get"})
_LIST_ATTRS = frozenset({"index", "count"})
# Filters whose result has the type of their input, or of one item of it.
_SAME_TYPE_FILTERS = frozenset({"list", "sort", "reverse", "unique", "selectattr",
                                "rejectattr", "default", "d", "batch_", "safe"})
_ITEM_FILTERS = frozenset({"first", "last", "random"})
# Names a macro body has beside its arguments.
_MACRO_NAMES = ("varargs", "kwargs", "caller")

Report = Callable[[int, str, str, str], None]  # line, code, message, text to find the column


@dataclass(frozen=True)
class Typed:
    """A value in a template: its contract field (None: unknown) and how to name it."""

    spec: Field | None
    path: str


def assigned_names(tree: nodes.Template) -> set[str]:
    """Every name the template assigns anywhere (set, for, macro, import, with, block set).

    Used to accept names whose exact scope this simple walk does not follow.
    """
    names: set[str] = set()
    for node in tree.find_all(nodes.Name):
        if node.ctx in ("store", "param"):
            names.add(node.name)
    for macro in tree.find_all((nodes.Macro,)):
        names.add(macro.name)
    for imp in tree.find_all((nodes.Import,)):
        names.add(imp.target)
    for from_import in tree.find_all((nodes.FromImport,)):
        for name in from_import.names:
            names.add(name[1] if isinstance(name, tuple) else name)
    return names


class NameChecker:
    """Walks one template, reporting through ``report``."""

    def __init__(self, env: Environment, report: Report, *, extra_names: Iterable[str] = ()):
        self.env = env
        self.report = report
        self.scopes: list[dict[str, Typed]] = []
        self.anywhere: set[str] = set(extra_names)

    def run(self, tree: nodes.Template) -> None:
        self.anywhere |= assigned_names(tree)
        self.scopes = [{}]
        self.visit_all(tree.body)

    # ---- scopes ----------------------------------------------------------------------

    def lookup(self, name: str, line: int) -> Typed:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        if name in CONTEXT.fields:
            return Typed(CONTEXT.fields[name], name)
        if name in self.env.globals or name in self.anywhere or name in ("self",):
            return Typed(_UNKNOWN, name)
        close = difflib.get_close_matches(name, [*CONTEXT.fields, *self.anywhere], n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        self.report(line, "undefined-name", f"'{name}' is not defined{hint}", name)
        return Typed(_UNKNOWN, name)

    def bind(self, target: nodes.Node, value: Typed) -> None:
        if isinstance(target, nodes.Name):
            self.scopes[-1][target.name] = value
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self.bind(item, Typed(_UNKNOWN, value.path))
        # NSRef (``ns.x = ...``) assigns into a namespace: nothing to bind.

    # ---- expressions -----------------------------------------------------------------

    def member(self, base: Typed, name: str, line: int) -> Typed:
        """``base.name`` or ``base["name"]``."""
        spec = base.spec
        path = f"{base.path}.{name}"
        if spec is None:
            return Typed(_UNKNOWN, path)
        if spec.kind == "object" and not spec.fields:
            return Typed(_UNKNOWN, path)  # an object of unknown shape (loop.previtem)
        if spec.kind == "object":
            if name in spec.fields:
                return Typed(spec.fields[name], path)
            if name in _MAPPING_ATTRS:
                return Typed(_UNKNOWN, path)
            self._no_field(base.path, name, list(spec.fields), line)
        elif spec.kind == "mapping":
            if spec.keys and name not in spec.keys and name not in _MAPPING_ATTRS:
                self._no_field(base.path, name, list(spec.keys), line)
            return Typed(spec.item, f"{base.path}[{name!r}]")
        elif spec.kind in ("string", "html"):
            if name not in _STRING_ATTRS:
                self.report(line, "undefined-field",
                            f"{base.path} is text: it has no '{name}'", name)
        elif spec.kind == "list":
            if name not in _LIST_ATTRS:
                self.report(line, "undefined-field",
                            f"{base.path} is a list: it has no '{name}' (loop over it, or use "
                            f"a filter such as |length)", name)
        else:
            self.report(line, "undefined-field",
                        f"{base.path} is a {spec.kind}: it has no '{name}'", name)
        return Typed(_UNKNOWN, path)

    def _no_field(self, where: str, name: str, known: list[str], line: int) -> None:
        close = difflib.get_close_matches(name, known, n=1)
        top = [top for top in CONTEXT.fields if len(top) >= 3 and name.startswith(top)]
        if close:
            hint = f"did you mean '{close[0]}'?"
        elif top:
            hint = f"did you mean '{top[0]}' (a name of its own, not inside {where})?"
        else:
            hint = "it has " + ", ".join(known[:20]) + (", ..." if len(known) > 20 else "")
        self.report(line, "undefined-field", f"there is no '{name}' in {where}; {hint}", name)

    def expr(self, node: nodes.Node) -> Typed:
        """The type of an expression, checking everything inside it."""
        line = node.lineno or 0
        if isinstance(node, nodes.Name):
            if node.ctx == "load":
                return self.lookup(node.name, line)
            return Typed(_UNKNOWN, node.name)
        if isinstance(node, nodes.Getattr):
            return self.member(self.expr(node.node), node.attr, line)
        if isinstance(node, nodes.Getitem):
            base = self.expr(node.node)
            key = node.arg
            if isinstance(key, nodes.Const) and isinstance(key.value, str):
                return self.member(base, key.value, line)
            self.expr(key)
            if base.spec is not None and base.spec.kind in ("list", "mapping"):
                return Typed(base.spec.item, f"{base.path}[]")
            return Typed(_UNKNOWN, f"{base.path}[]")
        if isinstance(node, nodes.Filter | nodes.Test):
            return self.filter_or_test(node)
        if isinstance(node, nodes.CondExpr):
            self.expr(node.test)
            left = self.expr(node.expr1)
            if node.expr2 is not None:
                self.expr(node.expr2)
            return Typed(_UNKNOWN, left.path)
        # Anything else (calls, operators, literals): check the parts, the result is unknown.
        for child in node.iter_child_nodes():
            self.visit(child)
        return Typed(_UNKNOWN, "")

    def filter_or_test(self, node: nodes.Filter | nodes.Test) -> Typed:
        line = node.lineno or 0
        known = self.env.filters if isinstance(node, nodes.Filter) else self.env.tests
        what = "filter" if isinstance(node, nodes.Filter) else "test"
        if isinstance(node, nodes.Test) and node.name in ("defined", "undefined"):
            # Asking whether a name exists is how a template copes with one that may not.
            return Typed(_UNKNOWN, "")
        base = self.expr(node.node) if node.node is not None else Typed(_UNKNOWN, "")
        for arg in (*node.args, *(k.value for k in node.kwargs)):
            self.expr(arg)
        for extra in (node.dyn_args, node.dyn_kwargs):
            if extra is not None:
                self.expr(extra)
        if node.name not in known:
            close = difflib.get_close_matches(node.name, list(known), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            self.report(line, f"unknown-{what}", f"there is no {what} '{node.name}'{hint}",
                        node.name)
            return Typed(_UNKNOWN, base.path)
        if isinstance(node, nodes.Filter) and base.spec is not None:
            if node.name in _SAME_TYPE_FILTERS:
                return base
            if node.name in _ITEM_FILTERS and base.spec.kind == "list":
                return Typed(base.spec.item, f"{base.path}[]")
        return Typed(_UNKNOWN, base.path)

    # ---- statements ------------------------------------------------------------------

    def visit_all(self, body: Iterable[nodes.Node]) -> None:
        for node in body:
            self.visit(node)

    def visit(self, node: nodes.Node) -> None:
        if isinstance(node, nodes.Expr):
            self.expr(node)
        elif isinstance(node, nodes.For):
            self.visit_for(node)
        elif isinstance(node, nodes.Macro | nodes.CallBlock):
            self.visit_macro(node)
        elif isinstance(node, nodes.Assign):
            value = self.expr(node.node)
            self.bind(node.target, value)
        elif isinstance(node, nodes.AssignBlock):
            self.visit_all(node.body)
            self.bind(node.target, Typed(_UNKNOWN, ""))
        elif isinstance(node, nodes.With):
            values = [self.expr(v) for v in node.values]
            self.scopes.append({})
            for target, value in zip(node.targets, values, strict=False):
                self.bind(target, value)
            self.visit_all(node.body)
            self.scopes.pop()
        elif isinstance(node, nodes.FilterBlock):
            self.filter_or_test(node.filter)
            self.visit_all(node.body)
        else:
            for child in node.iter_child_nodes():
                self.visit(child)

    def visit_for(self, node: nodes.For) -> None:
        seq = self.expr(node.iter)
        item: Typed
        if seq.spec is not None and seq.spec.kind == "list":
            item = Typed(seq.spec.item, f"{seq.path}[]")
        else:
            item = Typed(_UNKNOWN, f"{seq.path}[]")
        self.scopes.append({"loop": Typed(LOOP, "loop")})
        self.bind(node.target, item)
        if node.test is not None:
            self.expr(node.test)
        self.visit_all(node.body)
        self.scopes.pop()
        self.visit_all(node.else_)

    def visit_macro(self, node: nodes.Macro | nodes.CallBlock) -> None:
        if isinstance(node, nodes.CallBlock):
            self.expr(node.call)
        for default in node.defaults:
            self.expr(default)
        scope = {name: Typed(_UNKNOWN, name) for name in _MACRO_NAMES}
        for arg in node.args:
            scope[arg.name] = Typed(_UNKNOWN, arg.name)
        self.scopes.append(scope)
        self.visit_all(node.body)
        self.scopes.pop()


def column_of(source: str, line: int, needle: str) -> int | None:
    """The 1-based column of ``needle`` (as a whole word) on ``line`` of ``source``."""
    lines = source.splitlines()
    if not needle or not 1 <= line <= len(lines):
        return None
    match = re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", lines[line - 1])
    return match.start() + 1 if match else None
