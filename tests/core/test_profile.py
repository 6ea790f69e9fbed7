"""The organisation profile: saved once in the user's data folder (all or nothing), filled
into new briefs, exported as a .orgprofile file, and a partner's file read as untrusted."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from briefwriter.core import profile
from briefwriter.core.model import Contact, Organisation, new_brief
from briefwriter.core.profile import ProfileError

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def voices() -> Organisation:
    return Organisation(name="Migrant Voices West Africa", acronym="MVWA", country="Senegal",
                        migrant_led=True, description="A *network* of 40 associations.",
                        contact=Contact(name="Awa Diop", email="awa@example.org"))


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def test_no_profile_yet(profile_folder):
    assert profile.load_profile() is None
    assert profile.read_profile_settings() is None
    brief, folder = profile.with_profile(new_brief())
    assert brief.organisation == Organisation() and folder is None


def test_saved_in_the_folder_the_environment_names(tmp_path, profile_folder):
    logo = tmp_path / "our logo.png"
    logo.write_bytes(PNG)
    saved = profile.save_profile(voices(), logo)
    assert saved.folder == profile_folder
    assert sorted(p.name for p in profile_folder.iterdir()) == ["logo.png", "profile.yaml"]
    loaded = profile.load_profile()
    assert loaded is not None
    assert loaded.organisation.name == "Migrant Voices West Africa"
    assert loaded.organisation.migrant_led is True
    assert loaded.organisation.contact.email == "awa@example.org"
    assert loaded.organisation.logo == "logo.png"
    assert loaded.logo is not None and loaded.logo.data == PNG
    # Saved again without a new logo: the one in the profile is kept.
    org = loaded.organisation
    org.country = "Senegal and Mali"
    again = profile.save_profile(org)
    assert again.organisation.logo == "logo.png"
    assert (profile_folder / "logo.png").read_bytes() == PNG
    assert "Senegal and Mali" in (profile_folder / "profile.yaml").read_text()


def test_a_new_brief_starts_with_the_profile(tmp_path, profile_folder):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    profile.save_profile(voices(), logo)
    brief, folder = profile.with_profile(new_brief())
    assert brief.organisation.acronym == "MVWA"
    assert brief.organisation.logo == "logo.png"
    assert folder == profile_folder  # where the logo is read from until the first save


def test_a_refused_logo_changes_nothing(tmp_path, profile_folder):
    profile.save_profile(voices())
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image at all")
    with pytest.raises(ProfileError) as caught:
        profile.save_profile(Organisation(name="Other"), bad)
    assert "organisation.logo" in str(caught.value)
    loaded = profile.load_profile()
    assert loaded is not None and loaded.organisation.name == "Migrant Voices West Africa"
    assert [p.name for p in profile_folder.parent.iterdir() if ".saving-" in p.name] == []


def test_export_and_open_a_profile_file(tmp_path, profile_folder):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    profile.save_profile(voices(), logo)
    out = profile.export_profile(tmp_path / "MVWA.orgprofile")
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["logo.png", "profile.yaml"]
    staged = profile.open_profile_file(out)
    try:
        assert staged.profile.organisation == profile.load_profile().organisation
        assert staged.profile.logo is not None and staged.profile.logo.kind == "png"
        assert staged.profile.folder != profile_folder
    finally:
        staged.discard()
    assert not staged.profile.folder.exists()


def test_import_replaces_the_profile(tmp_path, profile_folder):
    partner = write_zip(tmp_path / "partner.orgprofile", {
        "profile.yaml": b"profile_version: 1\norganisation:\n  name: Caritas Geneva\n"
                        b"  country: NO\n"})
    profile.save_profile(voices())
    installed = profile.install_staged(profile.open_profile_file(partner))
    assert installed.organisation.name == "Caritas Geneva"
    assert installed.organisation.country == "NO"  # YAML's "no" kept as written
    assert profile.load_profile().organisation.name == "Caritas Geneva"


@pytest.mark.parametrize(("files", "expected"), [
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  name: X\n  migrant_led: maybe\n"},
     "x.orgprofile/profile.yaml, line 4, field organisation.migrant_led: expected true or "
     "false here"),
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  name: [a, b]\n"},
     "line 3, field organisation.name: expected text here"),
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  name: X\n  motto: hi\n"},
     "line 4, field organisation.motto: unknown field 'motto'"),
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  name: X\n  logo: ../../etc.png\n"},
     "field organisation.logo: the logo is a file beside profile.yaml"),
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  logo: logo.png\n",
      "logo.png": b"<html>not a logo</html>"},
     "field organisation.logo"),
    ({"profile.yaml": b"profile_version: 9\norganisation: {}\n"},
     "newer BriefWriter"),
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  name: X\n", "run.sh": b"echo"},
     "holds a file it does not use: run.sh"),
    ({"brand.yaml": b"name: X\n"}, "not an organisation profile"),
    ({"profile.yaml": b"organisation:\n  name: 'unclosed\n"}, "x.orgprofile/profile.yaml"),
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  description: "
      + b"x" * (profile.MAX_DESCRIPTION + 1) + b"\n"},
     "field organisation.description: longer than 10000 characters"),
    ({"profile.yaml": b"profile_version: 1\norganisation:\n  name: X\n" + b"#" * 70_000},
     "too large to be a profile"),
])
def test_hostile_partner_files_are_refused_plainly(tmp_path, scratch, files, expected):
    path = write_zip(tmp_path / "x.orgprofile", files)
    with pytest.raises(ProfileError) as caught:
        profile.open_profile_file(path)
    assert expected in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert list(scratch.iterdir()) == []  # nothing of the file is kept


def test_not_a_zip_at_all(tmp_path):
    path = tmp_path / "x.orgprofile"
    path.write_bytes(b"profile_version: 1\n")
    with pytest.raises(ProfileError, match=r"x\.orgprofile"):
        profile.open_profile_file(path)


def test_a_huge_archive_is_refused_before_unpacking(tmp_path):
    path = write_zip(tmp_path / "x.orgprofile", {
        "profile.yaml": b"profile_version: 1\norganisation: {}\n",
        "logo.png": b"\0" * (profile.MAX_LOGO_BYTES + 1)})
    with pytest.raises(ProfileError, match=r"x\.orgprofile"):
        profile.open_profile_file(path)
