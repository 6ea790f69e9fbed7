"""Shared helpers for the render tests: test packs, a planted canary file, PDF inspection."""

from __future__ import annotations

import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest

from briefwriter.core.model import Brief, Evidence, Priority, Recommendation, brief_to_data
from briefwriter.render.pipeline import render_job

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
MINIMAL = TEMPLATES / "minimal"
HOSTILE = TEMPLATES / "hostile"


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def pdf_contains_bytes(path: Path, needle: bytes) -> bool:
    """True if ``needle`` is in the file or in any decoded stream (text, fonts, files)."""
    if needle in path.read_bytes():
        return True
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    data = obj.read_bytes()
                except pikepdf.PdfError:
                    data = obj.read_raw_bytes()
                if needle in data:
                    return True
    return False


def sample_brief() -> Brief:
    """A small brief with GCM links, evidence, footnotes and recommendations."""
    brief = Brief(
        title="Detention is never in the best interests of a child",
        subtitle="A test brief",
        summary="Our members ask for **alternatives to detention**.[^s]\n\n[^s]: Network survey.",
    )
    brief.organisation.name = "Migrant Voices Test Network"
    brief.organisation.acronym = "MVTN"
    priority = Priority(title="End child immigration detention",
                        description="Children should *never* be detained.")
    priority.gcm.principles = ["h"]
    priority.gcm.objectives = [13]
    priority.gcm.actions = ["29(c)", "29(h)"]
    priority.evidence = [Evidence(text="Detention harms children.", source="UNICEF, 2024",
                                  url="https://www.unicef.org")]
    brief.priorities.append(priority)
    brief.recommendations = [
        Recommendation(addressee="Member States", text="End child detention by law."),
        Recommendation(addressee="IOM", text="Fund case management."),
        Recommendation(addressee="member states", text="Report every year."),
    ]
    return brief


def make_job(template: str | Path, out_dir: Path, *, brief: Brief | None = None,
             mode: str = "export", variant: str = "ua-1", html: bool = False,
             brief_dir: Path | None = None) -> dict[str, Any]:
    outputs = {"pdf": str(out_dir / "out.pdf")}
    if html:
        outputs["html"] = str(out_dir / "out.html")
    return {
        "id": 1, "op": "render", "brief": brief_to_data(brief or sample_brief()),
        "brief_dir": str(brief_dir) if brief_dir else None, "template": str(template),
        "template_source": "explicit",  # the test chooses the pack, as --template does
        "outputs": outputs, "pdf_variant": variant, "mode": mode,
    }


@dataclass
class HostilePack:
    """A copy of the hostile corpus with a canary file planted just outside it."""

    root: Path  # holds the pack and the canary
    folder: Path
    canary: Path
    token: str

    def with_entry(self, entry: str) -> Path:
        manifest = self.folder / "template.yaml"
        text = re.sub(r"(?m)^entry: .*$", f"entry: {entry}", manifest.read_text("utf-8"))
        manifest.write_text(text, encoding="utf-8")
        return self.folder

    def render(self, entry: str, *, mode: str = "export", html: bool = True) -> dict[str, Any]:
        out = self.root / "out"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        return render_job(make_job(self.with_entry(entry), out, mode=mode, html=html))

    def outputs(self) -> list[Path]:
        return sorted(p for p in (self.root / "out").iterdir() if p.is_file())

    def leaked(self, result: dict[str, Any]) -> list[str]:
        """Where the canary's content turned up (empty when it did not)."""
        token = self.token.encode()
        found = [str(p) for p in self.outputs() if token in p.read_bytes()
                 or (p.suffix == ".pdf" and pdf_contains_bytes(p, token))]
        if self.token in repr(result):
            found.append("result")
        return found


@pytest.fixture
def hostile_pack(tmp_path: Path) -> HostilePack:
    token = f"CANARY-{uuid.uuid4().hex}"
    canary = tmp_path / "secret-canary.txt"
    canary.write_text(f"{token}\n", encoding="utf-8")
    folder = tmp_path / "pack"
    shutil.copytree(HOSTILE, folder)
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".j2", ".svg", ".css"):
            text = path.read_text("utf-8")
            text = text.replace("@CANARY_PATH@", str(canary)).replace("@CANARY_URL@",
                                                                       canary.as_uri())
            path.write_text(text, encoding="utf-8")
    # Symbolic links are made here, not stored in the repository.
    (folder / "partials" / "link-out.j2").symlink_to(canary)
    (folder / "linked.css").symlink_to(canary)
    return HostilePack(root=tmp_path, folder=folder, canary=canary, token=token)


@pytest.fixture(autouse=True)
def isolated_user_templates(tmp_path_factory: pytest.TempPathFactory,
                            monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's template folder is an empty folder of the test's own."""
    folder = tmp_path_factory.mktemp("user-templates")
    monkeypatch.setenv("BRIEFWRITER_TEMPLATES_DIR", str(folder))
    return folder
