"""Safety mode in the render: what the template context and the file's metadata leave out.

With ``brief.safety.enabled`` every template, a bundled one or a person's own, is given
nothing that names the organisation: no name or acronym, and, as the brief chooses, no
contact details and no logos (the organisation's, the brand kit's, the co-signatories').
The brand kit's name goes, and so does its footer line when it names the organisation or
holds contact details.  ``metadata_title`` is the title the file's metadata may carry.
"""

from __future__ import annotations

from typing import Any

from briefwriter.core.model import Brief
from briefwriter.core.safety import Identifiers

CONTACT_KEYS = ("name", "email", "phone", "website", "address")
NEUTRAL_TITLE = "Brief"


def _no_contact(contact: Any) -> Any:
    return {key: "" for key in contact} if isinstance(contact, dict) else contact


def apply_safety(context: dict[str, Any], brief: Brief) -> None:
    """Take out of ``context`` (in place) what safety mode leaves out of every output."""
    safety = brief.safety
    if not safety.enabled:
        return
    org = context["org"]
    org.update(name="", acronym="", display_name="")
    if safety.leave_out_contact:
        org["contact"] = _no_contact(org["contact"])
    if safety.leave_out_logos:
        org["logo"] = ""
    for signer in context.get("cosignatories", []):
        if safety.leave_out_contact and "contact" in signer:
            signer["contact"] = _no_contact(signer["contact"])
        if safety.leave_out_logos and "logo" in signer:
            signer["logo"] = ""
    brand = context.get("brand")
    if isinstance(brand, dict) and brand.get("has_kit"):
        kit_name = str(brand.get("name", "")).strip()
        also = (kit_name,) if kit_name else ()
        footer = str(brand.get("footer", ""))
        brand["name"] = ""
        if footer and Identifiers.of(brief).identifies(footer, also=also):
            brand["footer"] = ""
        if safety.leave_out_logos:
            brand["logo"] = ""


def metadata_title(brief: Brief, title: str, neutral: str) -> str:
    """The title for the file's metadata: ``title``, unless safety mode is on and it names
    the organisation or holds contact details, when ``neutral`` (the template's own title,
    such as "Position paper") stands in.  PDF/UA and PDF/A need a title, so there is one."""
    if brief.safety.enabled and Identifiers.of(brief).identifies(title):
        return neutral.strip() or NEUTRAL_TITLE
    return title
