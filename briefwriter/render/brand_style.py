"""The brand kit in a render: which look wins, the ``brand`` context, and the stylesheet of
``--brand-*`` properties and ``@font-face`` rules the renderer adds for any template.

Precedence, one rule: a look field of the brief that differs from BriefWriter's default
(accent ``#1d5c8c``, font "sans", paper A4) is the person's choice for that paper and wins;
a field left at its default takes the kit's value.  What only the kit can say (primary and
text colours, heading font, its own font files, the footer line) always comes from the kit,
and the kit's logo stands in only when the organisation has no logo of its own.  Without a kit
nothing here is used and the output is what it was before kits existed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefwriter.core.brand import BrandError, LoadedKit, load_kit
from briefwriter.core.logo import LogoRefused, read_logo_file
from briefwriter.core.model import Look

DEFAULT_LOOK = Look()


@dataclass(frozen=True)
class BrandStyle:
    """A loaded kit as one render uses it."""

    loaded: LoadedKit

    @property
    def font_files(self) -> list[Path]:
        """The only kit files the renderer may load (the logo goes in as a ``data:`` URL)."""
        return [self.loaded.file(f.file) for f in self.loaded.fonts]

    def effective_look(self, look: Look) -> Look:
        """``look`` with every field left at its default replaced by the kit's value."""
        kit = self.loaded.kit
        changes: dict[str, Any] = {}
        if kit.accent and look.accent_colour.lower() == DEFAULT_LOOK.accent_colour:
            changes["accent_colour"] = kit.accent
        if kit.paper and look.paper == DEFAULT_LOOK.paper:
            changes["paper"] = kit.paper
        return replace(look, **changes)

    def body_family(self, look: Look, bundled_list: str) -> str:
        """The body's CSS font list: the kit's body font unless the brief chose a font of its
        own, then the bundled list as the fallback for what the kit's font does not draw."""
        kit = self.loaded.kit
        if not kit.body_font or look.font != DEFAULT_LOOK.font:
            return bundled_list
        return f"{css_string(kit.body_font)}, {bundled_list}"

    def heading_family(self, body_list: str) -> str:
        kit = self.loaded.kit
        if not kit.heading_font or body_list.startswith(css_string(kit.heading_font) + ","):
            return body_list
        return f"{css_string(kit.heading_font)}, {body_list}"

    def logo_data_url(self) -> str:
        kit = self.loaded.kit
        if not kit.logo:
            return ""
        try:
            return read_logo_file(self.loaded.file(kit.logo)).data_url()
        except LogoRefused:  # checked when the kit was loaded; changed since
            return ""

    def context(self) -> dict[str, Any]:
        kit = self.loaded.kit
        return {"name": kit.name, "footer": kit.footer, "logo": self.logo_data_url(),
                "has_kit": True}

    def stylesheet(self, accent: str, body_list: str) -> str:
        """``:root`` with the ``--brand-*`` properties and a ``@font-face`` per kit font."""
        kit = self.loaded.kit
        props = {
            "--brand-primary": kit.primary or accent,
            "--brand-accent": accent,
            "--brand-text": kit.text,
            "--brand-heading-font": self.heading_family(body_list),
            "--brand-body-font": body_list,
        }
        lines = ["/* The organisation's brand kit, added by BriefWriter. */", ":root {"]
        lines += [f"  {name}: {value};" for name, value in props.items() if value]
        lines.append("}")
        for font in self.loaded.fonts:
            path = self.loaded.file(font.file)
            # The file's size and time in the URL: the worker keeps fonts by their rule, and
            # a kit font replaced under the same name must not be drawn from the old copy.
            info = path.stat()
            url = f"{path.as_uri()}?v={info.st_size}-{info.st_mtime_ns}"
            lines.append(
                f"@font-face {{ font-family: {css_string(font.family)}; "
                f"font-weight: {font.weight}; font-style: {'italic' if font.italic else 'normal'}; "
                f"src: url({css_string(url)}); }}")
        return "\n".join(lines) + "\n"


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string (family names, URLs)."""
    escaped = "".join(f"\\{ord(ch):x} " if ch in '"\\' or not ch.isprintable() else ch
                      for ch in text)
    return f'"{escaped}"'


def load_brand_style(folder: str | Path | None) -> BrandStyle | None:
    """The kit in ``folder`` as a render uses it, ``None`` for no folder or no kit there;
    ``BrandError`` when the kit cannot be used."""
    if not folder:
        return None
    loaded = load_kit(Path(folder))
    return BrandStyle(loaded) if loaded is not None else None


__all__ = ["BrandError", "BrandStyle", "css_string", "load_brand_style"]
