"""A paper in Simplified Chinese: every bundled template prints it with a CJK font embedded
(regular and bold), its text can be copied out of the PDF, and a brand kit's font or the serif
look keeps the Chinese characters."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from conftest import make_job, pdf_text

from briefwriter import paths
from briefwriter.core import brand
from briefwriter.core.brand import BrandKit
from briefwriter.core.model import Brief, Priority, Recommendation
from briefwriter.render.pipeline import render_job

TEMPLATES = ("position-paper", "two-page-brief", "oral-statement", "joint-letter")
TITLE = "移民儿童永远不应被拘留"
PRIORITY = "结束对儿童的移民拘留"
SUMMARY = ("我们的成员呼吁各国停止拘留移民儿童，并在二〇二六年国际移民审查论坛之前，为所有家庭"
           "提供以社区为基础的替代办法。拘留对儿童的身心健康造成长期伤害。")


def chinese_brief() -> Brief:
    brief = Brief(title=TITLE, subtitle="关于国际移民审查论坛的立场文件", language="zh",
                  summary=SUMMARY)
    brief.organisation.name = "移民之声网络"
    priority = Priority(title=PRIORITY, description="儿童**绝不**应因其移民身份而被拘留。")
    priority.gcm.objectives = [13]
    brief.priorities = [priority, Priority(title="确保移民能够获得基本服务",
                                           description="所有移民都应能够安全地获得医疗和教育。")]
    brief.key_messages = ["拘留儿童永远不符合儿童的最大利益。"]
    brief.recommendations = [Recommendation(addressee="会员国", text="通过法律禁止拘留儿童。")]
    brief.statement.text = "主席先生，我们代表移民之声网络发言。" + SUMMARY
    return brief


def font_names(path: Path) -> set[str]:
    with pikepdf.open(path) as pdf:
        return {str(obj.get("/FontName")).split("+")[-1] for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor"}


def render(tmp_path: Path, template: str, brief: Brief, *, kit: Path | None = None,
           html: bool = False) -> dict:
    out = tmp_path / template
    out.mkdir(parents=True, exist_ok=True)
    job = make_job(template, out, brief=brief, html=html)
    if kit is not None:
        job["brand"] = str(kit)
    result = render_job(job)
    assert result["ok"], result["error"]
    return result


def squeezed(text: str) -> str:
    """The text without spaces (CJK lines break anywhere; extraction joins lines with one)."""
    return "".join(text.split())


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_prints_chinese_with_an_embedded_cjk_font(tmp_path, template) -> None:
    result = render(tmp_path, template, chinese_brief())
    pdf = Path(result["outputs"]["pdf"])
    fonts = font_names(pdf)
    assert "Noto-Sans-CJK-SC" in fonts, fonts
    assert "Noto-Sans-CJK-SC-Bold" in fonts, fonts  # headings and the title are bold
    text = squeezed(pdf_text(pdf))
    assert TITLE in text
    expected = "主席先生" if template == "oral-statement" else PRIORITY
    assert expected in text
    assert "\ufffd" not in text


def test_the_serif_look_uses_the_serif_cjk_font(tmp_path) -> None:
    brief = chinese_brief()
    brief.template.look.font = "serif"
    pdf = Path(render(tmp_path, "position-paper", brief)["outputs"]["pdf"])
    fonts = font_names(pdf)
    assert {"Noto-Serif-CJK-SC", "Noto-Serif-CJK-SC-Bold"} <= fonts, fonts
    assert not any("Sans-CJK" in f for f in fonts)
    assert SUMMARY[:20] in squeezed(pdf_text(pdf))


def test_a_brand_kit_font_still_falls_back_to_chinese(tmp_path) -> None:
    font = tmp_path / "HouseSerif.ttf"
    font.write_bytes((paths.fonts_dir() / "NotoSerif-Regular.ttf").read_bytes())
    kit = BrandKit(name="House")
    info, name = brand.add_font(kit, font)
    kit.body_font = kit.heading_font = info.family
    folder = tmp_path / "kit"
    brand.save_kit(kit, {name: font}, folder)
    pdf = Path(render(tmp_path, "position-paper", chinese_brief(), kit=folder)
               ["outputs"]["pdf"])
    assert "Noto-Sans-CJK-SC" in font_names(pdf)
    assert TITLE in squeezed(pdf_text(pdf))


def test_the_html_export_asks_for_the_same_chinese_font(tmp_path) -> None:
    result = render(tmp_path, "position-paper", chinese_brief(), html=True)
    html = Path(result["outputs"]["html"]).read_text(encoding="utf-8")
    assert '"Noto Sans CJK SC"' in html
    assert TITLE in html
