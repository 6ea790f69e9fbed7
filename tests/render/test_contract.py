"""The data contract: what build_context produces is exactly what the contract declares (no
missing and no undeclared names), and the schema file and the authoring guide's reference
are generated from it and up to date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import MINIMAL, sample_brief

from briefwriter.core.model import Aim, Brief, Cosignatory, Pledge, Section
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir, resources_dir
from briefwriter.render.context import build_context
from briefwriter.render.contract import (
    CONTEXT,
    CONTEXT_VERSION,
    contract_schema,
    reference_markdown,
    schema_json,
    walk,
    with_reference,
)
from briefwriter.render.templates import load_pack

ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = jsonschema.Draft202012Validator(contract_schema())


def as_json(context: dict[str, Any]) -> Any:
    """The context as templates' JSON sees it (Markup is a string)."""
    return json.loads(json.dumps(context))


def errors_of(context: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in VALIDATOR.iter_errors(as_json(context))]


def edge_briefs() -> dict[str, Brief]:
    empty = Brief()
    full = sample_brief()
    full.aims = [Aim(aim="their own words")]
    full.pledges = [Pledge(action="We pledge", deadline="2027")]
    full.cosignatories = [Cosignatory(name="A partner", country="Kenya")]
    full.sections = [Section(heading="Our story", body="Text", after="summary"),
                     Section(heading="", body="At the end", after="end")]
    arabic = sample_brief()
    arabic.language = "ar"
    odd = sample_brief()
    odd.language = "xx-unknown"
    odd.priorities[0].gcm.actions = ["29(zz)", "49", "43(b)(ii)"]
    return {"empty": empty, "full": full, "arabic": arabic, "unknown-language": odd}


def example_paths() -> list[Path]:
    return sorted(examples_dir().glob("*.brief.yaml"))


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIMAL)


def test_there_are_examples_to_check() -> None:
    assert len(example_paths()) >= 4


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_every_example_brief_gives_exactly_the_contract(path: Path, pack) -> None:
    brief = load_brief(path).brief
    context = build_context(brief, brief_dir=path.parent, pack=pack, today=date(2026, 5, 5))
    assert errors_of(context) == []
    assert context["meta"]["context_version"] == CONTEXT_VERSION


@pytest.mark.parametrize("name", sorted(edge_briefs()))
def test_edge_briefs_give_exactly_the_contract(name: str, pack) -> None:
    context = build_context(edge_briefs()[name], brief_dir=None, pack=pack)
    assert errors_of(context) == []


def test_an_undeclared_or_missing_name_or_a_wrong_type_is_caught(pack) -> None:
    # The check the tests above rely on: it must see each kind of drift.
    context = build_context(sample_brief(), brief_dir=None, pack=pack)
    context["org"]["nickname"] = "x"
    del context["brief"]["subtitle"]
    context["priorities"][0]["number"] = "1"
    context["sections_after"]["nowhere"] = []
    found = "\n".join(errors_of(context))
    assert "'nickname' was unexpected" in found
    assert "'subtitle' is a required property" in found
    assert "priorities/0/number: '1' is not of type 'integer'" in found
    assert "nowhere" in found


def test_brand_may_be_given_in_its_declared_shape(pack) -> None:
    context = build_context(sample_brief(), brief_dir=None, pack=pack)
    context["brand"] = {"name": "Our network", "footer": "Line", "logo": "", "has_kit": True}
    assert errors_of(context) == []
    context["brand"]["colour"] = "#000"
    assert errors_of(context) != []


def test_every_field_has_a_description() -> None:
    fields = list(walk())
    assert len(fields) > 150
    assert [path for path, spec in fields if not spec.description.strip()] == []
    assert ("priorities[].evidence[].source", "string") in [
        (path, spec.kind) for path, spec in fields]
    assert CONTEXT.fields["meta"].fields["context_version"].kind == "int"


def test_schema_file_is_generated_from_the_contract() -> None:
    written = (resources_dir() / "context.schema.json").read_text("utf-8")
    assert written == schema_json(), "run: python scripts/build_context_schema.py"


def test_authoring_guide_reference_is_generated_from_the_contract() -> None:
    doc = (ROOT / "docs" / "template-authoring.md").read_text("utf-8")
    assert with_reference(doc) == doc, "run: python scripts/build_context_schema.py"
    assert "| `org.contact.email` | string |" in reference_markdown()
