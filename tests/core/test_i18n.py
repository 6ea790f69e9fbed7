"""Check messages can be translated: each carries its template and parameters, every template
is marked for Qt Linguist, and a translation is applied to nested parts too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from briefwriter.core import check_text, checks, i18n, logo, markdown_limits
from briefwriter.core.checks import check_brief
from briefwriter.core.i18n import Msg, join_and
from briefwriter.core.model import Aim, Ask, Brief, Evidence, GcmLinks, Priority, Recommendation

ROOT = Path(__file__).resolve().parents[2]


def _extracted_core_modules() -> list[Path]:
    """The core modules `make update-translations` extracts strings from."""
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("update-translations:")[-1]
    return [ROOT / name for name in re.findall(r"briefwriter/core/\w+\.py", recipe)]


def test_every_core_module_with_messages_is_extracted_for_translation():
    extracted = set(_extracted_core_modules())
    for module in (checks, check_text, i18n, logo, markdown_limits):
        assert Path(module.__file__).resolve() in extracted
    for path in (ROOT / "briefwriter" / "core").glob("*.py"):
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8") and path.name != "i18n.py":
            assert path in extracted, f"{path.name} marks strings but is not extracted"


def _marked_templates() -> set[str]:
    """Every literal passed to QT_TRANSLATE_NOOP in the modules that build messages."""
    found: set[str] = set()
    for path in _extracted_core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)):
                found.add(node.args[1].value)
    return found


def _templates_in(msg: Msg) -> set[str]:
    out = {msg.template}
    for _, value in msg.params:
        if isinstance(value, Msg):
            out |= _templates_in(value)
    return out


def _flawed_brief() -> Brief:
    brief = Brief()
    brief.occasion.process = "imrf-2062"
    brief.audience = ["member-statez"]
    brief.organisation.logo = "../logo.png"
    brief.template.name = "two-page-brief"
    brief.priorities = [
        Priority(title="Ending lethal disregard", gcm=GcmLinks(actions=["29(z)"]),
                 evidence=[Evidence(text="A finding", url="ftp://x"), Evidence()]),
        Priority(),
    ]
    brief.aims = [Aim(aim="pledging", ask=Ask(who="States")), Aim()]
    brief.recommendations = [Recommendation(text="Do it"), Recommendation(addressee="IOM"),
                             Recommendation()]
    brief.statement.time_limit_seconds = 1
    brief.statement.text = "word " * 50
    return brief


def test_every_check_message_is_a_marked_template_rendered_in_english(tmp_path):
    problems = check_brief(_flawed_brief(), tmp_path)
    assert len({p.code for p in problems}) >= 15
    marked = _marked_templates()
    for problem in problems:
        assert problem.msg is not None, problem.code
        assert problem.msg.render() == problem.message
        unmarked = _templates_in(problem.msg) - marked
        assert not unmarked, (problem.code, unmarked)


def test_translation_reaches_nested_parts(tmp_path):
    problems = check_brief(_flawed_brief(), tmp_path)
    ask = next(p for p in problems if p.code == "incomplete-ask")

    def shout(context: str, template: str) -> str:
        assert context == "Checks"
        # Upper-case the words but keep {placeholders} as they are.
        return re.sub(r"\{[a-z_]+\}|[^{]+", lambda m: m.group(0) if m.group(0).startswith("{")
                      else m.group(0).upper(), template)

    text = ask.msg.render(shout)
    assert "WHAT THEY SHOULD DO AND BY WHEN" in text  # the joined parts were translated too
    assert "NEEDS A COMPLETE ASK" in text
    assert "“pledging”" not in text  # the catalogue label, not the id, is quoted


def test_join_and_reads_naturally():
    assert str(join_and(["a"])) == "a"
    assert str(join_and(["a", "b"])) == "a and b"
    assert str(join_and(["a", "b", "c", "d"])) == "a, b, c and d"
