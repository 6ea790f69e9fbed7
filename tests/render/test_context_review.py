"""The context of pledges, co-signatories, follow-up, review history and safety (format 4)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from conftest import MINIMAL

from briefwriter.core.gcm import load_gcm
from briefwriter.core.model import (
    Ask,
    Brief,
    Consent,
    Contact,
    Cosignatory,
    Cycle,
    FollowUp,
    Headings,
    Pledge,
    Safety,
)
from briefwriter.core.storage import dump_brief_text, parse_brief_text
from briefwriter.paths import examples_dir
from briefwriter.render.context import build_context
from briefwriter.render.contract import CONTEXT_VERSION, contract_schema
from briefwriter.render.templates import load_pack

TODAY = date(2026, 5, 5)
LOGO = "migrant-voices-west-africa.svg"


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIMAL)


def full_brief(language: str = "en") -> Brief:
    """A brief with every format-4 field filled in, read back from its file text."""
    brief = Brief(
        language=language,
        summary="Summary with a note.[^s]\n\n[^s]: The summary's note.",
        pledges=[
            Pledge(action="Train **50** paralegals.", who="Legal unit", objectives=[13, 7, 13],
                   indicator="paralegals trained", baseline="12 in 2025", target="50",
                   deadline="2027-12", resources="two staff, EUR 40,000"),
            Pledge(),  # says nothing: left out
            Pledge(objectives=[16]),  # an objective alone is something
        ],
        cosignatories=[
            Cosignatory(name="Ana Pérez", kind="individual", country="Chile",
                        contact=Contact(email="ana@example.org", phone="+56 2 1234"),
                        consent=Consent(date="2026-04-01", how="e-mail"), logo=LOGO),
            Cosignatory(name="No logo file", logo="missing.png"),
            Cosignatory(country="nameless: left out"),
        ],
        follow_up=[
            FollowUp(kind="pledge", text="Open a legal desk.[^a]\n\n[^a]: Pledge of 2022.",
                     who="us", by_when="2024", status="partly",
                     evidence="One desk of two opened.[^b]\n\n[^b]: Annual report 2024."),
            FollowUp(kind="ask", text="End child detention", who="States", status="not-met"),
            FollowUp(),  # says nothing: left out
        ],
        history=[Cycle(title="Our IMRF 2022 paper", process="imrf-2022", event="IMRF",
                       date="2022-05", published="2022-04-30",
                       asks=[Ask(who="States", what="act")],
                       pledges=[Pledge(action="Open a desk", objectives=[16])],
                       follow_up=[FollowUp(status="met")]),
                 Cycle(title="Before", process="Our own words")],
        safety=Safety(enabled=True),
        headings=Headings(follow_up="Since Kampala"),
    )
    return parse_brief_text(dump_brief_text(brief)).brief


def context_of(brief: Brief, pack, brief_dir: Path | None = None):
    warnings: list[str] = []
    context = build_context(brief, brief_dir=brief_dir, pack=pack, today=TODAY,
                            warnings=warnings)
    return context, warnings


def test_pledges_have_every_part_and_the_keys_of_context_1(pack):
    context, _ = context_of(full_brief(), pack)
    first, second = context["pledges"]
    assert str(first["action_html"]) == "<p>Train <strong>50</strong> paralegals.</p>"
    assert first["text_html"] == first["action_html"]
    assert (first["deadline"], first["by_when"]) == ("2027-12", "2027-12")
    assert [o["number"] for o in first["objectives"]] == [13, 7]  # each once, in its order
    assert first["objectives"][0]["title"] == load_gcm().objective(13).title
    assert first["objectives"][0]["title"].startswith("Use migration detention only")
    assert (first["who"], first["indicator"], first["baseline"], first["target"],
            first["resources"]) == ("Legal unit", "paralegals trained", "12 in 2025", "50",
                                    "two staff, EUR 40,000")
    assert [o["number"] for o in second["objectives"]] == [16]


def test_cosignatories_have_kind_contact_and_logo_but_never_consent(tmp_path, pack):
    shutil.copy(examples_dir() / "logos" / LOGO, tmp_path / LOGO)
    brief = full_brief()
    brief.safety.enabled = False  # safety mode leaves contact details and logos out
    context, warnings = context_of(brief, pack, tmp_path)
    ana, other = context["cosignatories"]
    assert (ana["name"], ana["kind"], ana["country"]) == ("Ana Pérez", "individual", "Chile")
    assert ana["contact"] == {"name": "", "email": "ana@example.org", "phone": "+56 2 1234",
                              "website": "", "address": ""}
    assert ana["logo"].startswith("data:image/svg+xml;base64,")
    assert "consent" not in ana and "2026-04-01" not in repr(context)
    assert (other["kind"], other["logo"]) == ("organisation", "")
    assert len(warnings) == 1
    assert warnings[0].startswith("cosignatories[2].logo (“missing.png”): the logo is left out.")


def test_follow_up_has_statuses_in_the_papers_language_and_footnotes_in_reading_order(pack):
    context, _ = context_of(full_brief("fr"), pack)
    done, asked = context["follow_up"]
    assert (done["kind"], done["who"], done["by_when"], done["status"]) == (
        "pledge", "us", "2024", "partly")
    assert done["status_label"] == "Réalisé en partie"
    assert (asked["kind"], asked["status"], asked["status_label"]) == (
        "ask", "not-met", "Non réalisé")
    assert 'data-n="1"' in str(context["brief"]["summary_html"])
    # After the summary's note 1: the pledge's note is 2, the evidence's 3.
    assert 'data-n="2">Pledge of 2022.' in str(done["text_html"])
    assert 'data-n="3">Annual report 2024.' in str(done["evidence_html"])
    assert context["headings"]["follow_up"] == "Since Kampala"
    assert context["own_headings"]["follow_up"] == "Since Kampala"


@pytest.mark.parametrize(("lang", "heading", "unknown"), [
    ("en", "Since the last review", "Not known"),
    ("es", "Desde el último examen", "Se desconoce"),
    ("ar", "منذ الاستعراض الأخير", "غير معروف"),
    ("zh", "上次审议以来", "情况不明"),
])
def test_default_follow_up_heading_and_status_in_each_language(pack, lang, heading, unknown):
    brief = Brief(language=lang, follow_up=[FollowUp(text="x")])
    context, _ = context_of(brief, pack)
    assert context["headings"]["follow_up"] == heading
    assert context["own_headings"]["follow_up"] == ""
    assert context["follow_up"][0]["status_label"] == unknown


def test_history_and_safety(pack):
    context, _ = context_of(full_brief(), pack)
    then, before = context["history"]
    assert then["title"] == "Our IMRF 2022 paper"
    assert then["process"] == "International Migration Review Forum 2022"
    assert (then["event"], then["date"], then["date_display"]) == ("IMRF", "2022-05", "May 2022")
    assert (then["published"], then["published_display"]) == ("2022-04-30", "30 April 2022")
    assert before["process"] == "Our own words" and before["published_display"] == ""
    assert context["safety"] == {"enabled": True}
    assert context["meta"]["context_version"] == CONTEXT_VERSION == 2


def test_the_full_context_matches_the_published_schema(pack):
    context, _ = context_of(full_brief(), pack)
    jsonschema.validate(context, contract_schema())
