"""Aims, Messages, Evidence and Co-signatories steps, driven by keyboard and mouse."""

from __future__ import annotations

from helpers_steps import click, make_ctx, show_page, type_into
from PySide6.QtCore import Qt

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.model import Brief, Evidence, Priority
from briefwriter.gui.steps.aims import AimsPage
from briefwriter.gui.steps.cosignatories import CosignatoriesPage
from briefwriter.gui.steps.evidence import EvidencePage
from briefwriter.gui.steps.messages import MessagesPage
from briefwriter.gui.widgets.catalogue_picker import CatalogueDialog


def test_aims_become_concrete_asks(qtbot, monkeypatch):
    brief = Brief(audience=["member-states", "Regional bodies"])
    ctx = make_ctx(brief)
    page = AimsPage(ctx)
    show_page(qtbot, page)
    pledging = load_catalogues().get("aims", "pledging")
    monkeypatch.setattr(CatalogueDialog, "choose", staticmethod(lambda *a, **k: pledging))
    click(qtbot, page.choose_button)
    aims = ctx.session.brief.aims
    assert aims[0].aim == "pledging"
    assert page.aim.currentText() == pledging.label("en")
    assert page.aim_help.text() == pledging.help("en")
    assert "ask incomplete" in page.editor.list.item(0).text()
    assert "who, what, by when" in page.status.text()
    # The brief's own audiences are offered first as addressees.
    suggestions = [page.who.itemText(i) for i in range(page.who.count())]
    assert suggestions[:2] == ["Member States and diplomats", "Regional bodies"]
    assert page.who.hasFocus()
    qtbot.keyClicks(page.who.lineEdit(), "Our government")
    type_into(qtbot, page.what, "announce a pledge on alternatives to detention")
    assert "by when" in page.status.text() and "who" not in page.status.text()
    type_into(qtbot, page.by_when, "at the IMRF 2026")
    ask = ctx.session.brief.aims[0].ask
    assert (ask.who, ask.what, ask.by_when) == (
        "Our government", "announce a pledge on alternatives to detention", "at the IMRF 2026")
    assert "complete" in page.status.text() and "incomplete" not in page.status.text()
    assert "incomplete" not in page.editor.list.item(0).text()
    # An aim in the person's own words.
    click(qtbot, page.editor.add_button)
    assert page.aim.hasFocus()
    qtbot.keyClicks(page.aim.lineEdit(), "Meet our ambassador")
    assert ctx.session.brief.aims[1].aim == "Meet our ambassador"
    assert page.focus_path(("aims", 0, "ask", "by_when"))
    assert page.by_when.hasFocus() and page.by_when.text() == "at the IMRF 2026"
    assert page.focus_path(("aims", 1, "ask"))  # the first missing part
    assert page.who.hasFocus()


def test_messages_recommendations_and_statement(qtbot):
    brief = Brief()
    brief.organisation.name = "Migrant Voices"
    ctx = make_ctx(brief)
    page = MessagesPage(ctx)
    show_page(qtbot, page, 900, 1400)
    type_into(qtbot, page.summary.edit, "We ask for **safe routes**.")
    click(qtbot, page.messages.add_button)
    assert page.message_edit.edit.hasFocus()
    qtbot.keyClicks(page.message_edit.edit, "Deaths at sea are preventable.")
    click(qtbot, page.recommendations.add_button)
    assert page.addressee.hasFocus()
    qtbot.keyClicks(page.addressee.lineEdit(), "IOM")
    type_into(qtbot, page.rec_text.edit, "Publish data on missing migrants.")
    b = ctx.session.brief
    assert b.summary == "We ask for **safe routes**."
    assert b.key_messages == ["Deaths at sea are preventable."]
    assert (b.recommendations[0].addressee, b.recommendations[0].text) == (
        "IOM", "Publish data on missing migrants.")
    assert page.messages.list.item(0).text() == "1. Deaths at sea are preventable."
    assert page.recommendations.list.item(0).text().startswith("1. IOM: Publish")
    # The statement: counted from the composed text while empty, then from its own words.
    qtbot.waitUntil(lambda: page.timing.text().startswith("Composed statement"))
    words = " ".join(["word"] * 260)  # 260 words = 2:00 at 130 a minute
    type_into(qtbot, page.statement.edit, words)
    page.time_limit.setFocus()
    page.time_limit.selectAll()
    qtbot.keyClicks(page.time_limit, "90")
    assert b.statement.time_limit_seconds == 90
    qtbot.waitUntil(lambda: "over the limit" in page.timing.text())
    assert "Words: 260" in page.timing.text() and "2:00" in page.timing.text()
    assert "0:30 over the limit of 1:30" in page.timing.text()
    page.time_limit.selectAll()
    qtbot.keyClicks(page.time_limit, "180")
    qtbot.waitUntil(lambda: "within the limit of 3:00" in page.timing.text())
    assert page.focus_path(("recommendations", 0, "text"))
    assert page.rec_text.edit.hasFocus()
    assert page.focus_path(("statement", "time_limit_seconds"))
    assert page.time_limit.hasFocus()


def test_time_limit_shows_the_brief_value(qtbot):
    brief = Brief()
    brief.statement.time_limit_seconds = 150
    ctx = make_ctx(brief)
    page = MessagesPage(ctx)
    show_page(qtbot, page)
    assert page.time_limit.value() == 150  # not clamped to the spin box's default range
    assert ctx.session.undo_stack.count() == 0


def test_evidence_per_priority(qtbot):
    brief = Brief(priorities=[
        Priority(title="Save lives", evidence=[Evidence(text="60,000 dead or missing",
                                                        source="IOM")]),
        Priority(title="End detention")])
    ctx = make_ctx(brief)
    page = EvidencePage(ctx)
    show_page(qtbot, page)
    assert page.text.text() == "60,000 dead or missing"
    assert page.source.text() == "IOM"
    page.priority.setFocus()
    qtbot.keyClick(page.priority, Qt.Key.Key_Down)
    assert page.editor.list.count() == 0
    assert not page.source.isEnabled()
    click(qtbot, page.editor.add_button)
    qtbot.keyClicks(page.text.edit, "Children were held with adults.")
    type_into(qtbot, page.source, "Legal clinic records, 2025")
    type_into(qtbot, page.url, "www.example.org/report")
    assert "https://" in page.url.accessibleDescription()
    page.url.clear()
    type_into(qtbot, page.url, "https://example.org/report")
    assert page.url.accessibleDescription() == ""
    second = ctx.session.brief.priorities[1].evidence
    assert [(e.text, e.source, e.url) for e in second] == [
        ("Children were held with adults.", "Legal clinic records, 2025",
         "https://example.org/report")]
    assert len(ctx.session.brief.priorities[0].evidence) == 1
    assert page.focus_path(("priorities", 0, "evidence", 0, "url"))
    assert page.priority.currentIndex() == 0 and page.url.hasFocus()
    assert page.source.text() == "IOM"


def test_evidence_without_priorities(qtbot):
    ctx = make_ctx()
    page = EvidencePage(ctx)
    show_page(qtbot, page)
    assert not page.editor.add_button.isEnabled()
    page.editor.add_item()
    assert ctx.session.undo_stack.count() == 0
    ctx.session.append_item(("priorities",), Priority(title="New"))
    assert page.editor.add_button.isEnabled()
    click(qtbot, page.editor.add_button)
    assert len(ctx.session.brief.priorities[0].evidence) == 1


def test_cosignatories(qtbot):
    ctx = make_ctx()
    page = CosignatoriesPage(ctx)
    show_page(qtbot, page, 900, 1000)
    click(qtbot, page.cosignatories.add_button)
    qtbot.keyClicks(page.signer_name, "Caritas Dakar")
    qtbot.keyClick(page.signer_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.signer_country, "Senegal")
    b = ctx.session.brief
    assert [(c.name, c.country) for c in b.cosignatories] == [("Caritas Dakar", "Senegal")]
    assert page.cosignatories.list.item(0).text() == "Caritas Dakar (Senegal)"
    assert page.has_content()
