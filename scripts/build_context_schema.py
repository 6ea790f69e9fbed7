"""Write resources/context.schema.json and the context reference of
docs/template-authoring.md from the data contract (briefwriter/render/contract.py).

Run after changing the contract (``make context-schema``); a test fails while either is out
of date.
"""

from __future__ import annotations

from pathlib import Path

from briefwriter.render.contract import schema_json, with_reference

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    (ROOT / "resources" / "context.schema.json").write_text(schema_json(), "utf-8")
    doc = ROOT / "docs" / "template-authoring.md"
    doc.write_text(with_reference(doc.read_text("utf-8")), "utf-8")


if __name__ == "__main__":
    main()
