"""The command line's ``gcm import``, ``gcm status`` and ``gcm forget``."""

from __future__ import annotations

import pytest
from gcm_official_pdf import official_pdf

from briefwriter.cli import main
from briefwriter.core.gcm import load_gcm

CHANGED = ("Strengthen the capacities of migrants to share information in a language they "
           "understand;")


@pytest.fixture(scope="module")
def official(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-gcm") / "A_RES_73_195-E.pdf"
    return official_pdf(path, "en", {"19(e)": CHANGED})


def test_import_prints_counts_and_the_differing_item_then_status_names_the_file(
        official, capsys):
    assert main(["gcm", "import", str(official)]) == 0
    out = capsys.readouterr().out
    assert "Found 273 of 273 items" in out
    assert "1 differed" in out
    assert "19(e): '" in out and "built-in text differed" in out
    assert load_gcm().lookup("19(e)").text == CHANGED
    assert main(["gcm", "status"]) == 0
    status = capsys.readouterr().out
    assert "official English text of A/RES/73/195" in status
    assert "A_RES_73_195-E.pdf" in status
    assert main(["gcm", "forget", "en"]) == 0
    assert "built-in English text" in capsys.readouterr().out
    assert load_gcm().lookup("19(e)").text != CHANGED


def test_import_of_a_file_that_is_not_a_pdf_fails_with_a_plain_message(tmp_path, capsys):
    bad = tmp_path / "notes.pdf"
    bad.write_text("just some notes", encoding="utf-8")
    assert main(["gcm", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "notes.pdf cannot be used: it is not a PDF file" in err
    assert main(["gcm", "status"]) == 0
    assert "built-in English text" in capsys.readouterr().out


def test_status_without_an_import_says_the_built_in_text_is_used(capsys):
    assert main(["gcm", "status"]) == 0
    assert "GCM text in use: built-in English text" in capsys.readouterr().out
