"""Template pack dialogs: the name rule as it is typed, import (details and a preview first,
then install; hostile files refused with nothing written; a clash asks) and export."""

from __future__ import annotations

import zipfile

import pytest
from helpers_render import RENDER_WAIT_MS, SIMPLE_PAGE, user_templates_dir, write_pack
from helpers_steps import FakeExporter, FakeSettings, make_ctx
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from briefwriter.gui.checks import CheckRunner
from briefwriter.gui.context import AppContext
from briefwriter.gui.pack_dialogs import InstallDialog, PackActions, PackNameDialog
from briefwriter.render import packs
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import forget_read_packs


@pytest.fixture
def ctx(session, service):
    return AppContext(session=session, settings=FakeSettings(),  # type: ignore[arg-type]
                      checks=CheckRunner(session), render=service,
                      exporter=FakeExporter())  # type: ignore[arg-type]


@pytest.fixture
def actions(qtbot, ctx):
    forget_read_packs()
    host = QWidget()
    qtbot.addWidget(host)
    return PackActions(ctx, host)


def shared_zip(tmp_path, name: str = "partner-brief", *, title_body: str = SIMPLE_PAGE):
    """A pack made elsewhere (a partner's), packed into a file."""
    folder = write_pack(tmp_path / "partner", name, title_body)
    manifest = folder / "template.yaml"
    manifest.write_text(manifest.read_text("utf-8") + "author: Partner Network\n"
                        "version: '2.1'\nlicence: CC-BY-4.0\ndescription: A partner's brief.\n",
                        encoding="utf-8")
    return packs.pack_zip(folder, tmp_path / f"{name}.zip")


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_name_dialog_explains_the_rule_as_the_name_is_typed(qtbot):
    dialog = PackNameDialog(None, "Customise template", "A copy is made.",
                            name="two-page-brief-own", title="Two-page brief (our own)",
                            taken={"two-page-brief", "position-paper"})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Our Brief")
    assert not ok.isEnabled()
    assert "lowercase letters (a–z), digits and dashes" in dialog.rule.text()
    dialog.name_edit.setText("position-paper")
    assert not ok.isEnabled() and "already a template called “position-paper”" \
        in dialog.rule.text()
    dialog.name_edit.setText("our-brief")
    assert ok.isEnabled()
    dialog.title_edit.clear()
    assert not ok.isEnabled() and "title" in dialog.rule.text()


def test_import_shows_the_pack_then_installs_it(qtbot, actions, answers, tmp_path):
    source = shared_zip(tmp_path)
    answers.open_paths.append(source)
    actions.import_pack()
    # Shared packs end in .brieftemplate.zip; a plain .zip (this one) installs all the same.
    assert answers.file_offers[0][1] == "Template packs (*.brieftemplate.zip *.zip)"
    qtbot.waitUntil(lambda: isinstance(actions.dialog, InstallDialog), timeout=RENDER_WAIT_MS)
    dialog = actions.dialog
    staging = dialog.staged.pack.folder
    shown = labels(dialog)
    for fact in ("partner-brief", "Partner Network", "2.1", "CC-BY-4.0", "A partner's brief."):
        assert fact in shown
    assert not (user_templates_dir() / "partner-brief").exists()  # nothing before Install
    assert not staging.is_relative_to(user_templates_dir())
    qtbot.waitUntil(lambda: dialog.thumbnail.pixmap() is not None
                    and not dialog.thumbnail.pixmap().isNull(), timeout=RENDER_WAIT_MS)
    assert dialog.install_button.text() == "&Install"
    with qtbot.waitSignal(actions.changed, timeout=RENDER_WAIT_MS):
        dialog.install_button.click()
    assert find_template("partner-brief").author == "Partner Network"
    assert "“Test pack partner-brief” is installed" in answers.infos[0]
    qtbot.waitUntil(lambda: not staging.exists())


def test_a_hostile_pack_is_refused_in_plain_words_and_writes_nothing(
        qtbot, answers, tmp_path, scratch):
    ctx = make_ctx()
    host = QWidget()
    qtbot.addWidget(host)
    actions = PackActions(ctx, host)
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("partner-brief/template.yaml", "manifest_version: 1\n")
        archive.writestr("../../escaped.txt", "outside")
    answers.open_paths.append(hostile)
    actions.import_pack()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=RENDER_WAIT_MS)
    assert answers.warnings[0].startswith(
        "The template pack was not installed; nothing was written.")
    assert "hostile.zip: the entry '../../escaped.txt' points outside" in answers.warnings[0]
    assert "Traceback" not in answers.warnings[0]
    assert actions.dialog is None
    assert list(user_templates_dir().iterdir()) == []
    assert list(scratch.iterdir()) == []  # no staging folder left behind
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_a_pack_with_lint_errors_is_shown_with_them_and_cannot_be_installed(
        qtbot, actions, answers, tmp_path):
    # Packed by hand (pack_zip itself refuses a pack with errors), as a careless partner might.
    folder = write_pack(tmp_path / "partner", "partner-brief",
                        "<h1>{{ brief.title }}</h1>\n<p>{{ org.nmae }}</p>")
    source = tmp_path / "careless.zip"
    with zipfile.ZipFile(source, "w") as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, f"partner-brief/{path.name}")
    answers.open_paths.append(source)
    actions.import_pack()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, InstallDialog), timeout=RENDER_WAIT_MS)
    dialog = actions.dialog
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(line.startswith("template.html.j2:2:") and "nmae" in line for line in shown)
    assert not dialog.install_button.isEnabled()
    assert any("has errors and cannot be installed" in text for text in labels(dialog))
    dialog.reject()
    assert not (user_templates_dir() / "partner-brief").exists()


def test_a_name_clash_asks_and_cancel_changes_nothing(qtbot, actions, answers, tmp_path):
    mine = write_pack(user_templates_dir(), "partner-brief", SIMPLE_PAGE)
    before = (mine / "template.yaml").read_text("utf-8")
    answers.open_paths.append(shared_zip(tmp_path))
    actions.import_pack()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, InstallDialog), timeout=RENDER_WAIT_MS)
    dialog = actions.dialog
    staging = dialog.staged.pack.folder
    assert dialog.clash_label.text().startswith(
        "Replace your template “Test pack partner-brief”?")
    assert dialog.install_button.text() == "&Replace"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not staging.exists())
    assert (mine / "template.yaml").read_text("utf-8") == before
    assert answers.infos == []


def test_replacing_on_a_clash_installs_the_new_files(qtbot, actions, answers, tmp_path):
    write_pack(user_templates_dir(), "partner-brief", SIMPLE_PAGE)
    answers.open_paths.append(shared_zip(tmp_path))
    actions.import_pack()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, InstallDialog), timeout=RENDER_WAIT_MS)
    with qtbot.waitSignal(actions.changed, timeout=RENDER_WAIT_MS):
        actions.dialog.install_button.click()
    forget_read_packs()
    assert find_template("partner-brief").author == "Partner Network"


def test_export_writes_a_pack_file_and_says_where(qtbot, actions, answers, tmp_path):
    answers.save_paths.append(tmp_path / "shared" / "two-page")
    (tmp_path / "shared").mkdir()
    actions.export(find_template("two-page-brief"))
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=RENDER_WAIT_MS)
    suggested, offered = answers.file_offers[0]
    assert suggested.endswith("two-page-brief.brieftemplate.zip")
    assert offered == "Template packs (*.brieftemplate.zip)"
    out = tmp_path / "shared" / "two-page.brieftemplate.zip"  # the pack's ending added
    assert str(out) in answers.infos[0]
    with zipfile.ZipFile(out) as archive:
        assert any(n.endswith("template.yaml") for n in archive.namelist())
