"""Review checks on the co-signatories: consent recorded for each, and logos that can be used.

Consent is the author's own record (when and how each co-signatory agreed to sign); it is
never printed, but a joint paper should not go out naming someone who has not agreed.  A
co-signatory's logo is judged by ``core.logo`` exactly as the organisation's is.
"""

from __future__ import annotations

from pathlib import Path

from briefwriter.core.check_text import warning
from briefwriter.core.errors import Problem
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg
from briefwriter.core.logo import LogoRefused, load_logo, quoted
from briefwriter.core.model import Brief, Cosignatory


def signer_name(index: int, signer: Cosignatory) -> Msg:
    """How a check names a co-signatory: "Co-signatory 2 “Kalayaan”" (or "Co-signatory 2")."""
    if signer.name.strip():
        return Msg.of(QT_TRANSLATE_NOOP("Checks", "Co-signatory {number} {name}"),
                      number=index + 1, name=quoted(signer.name))
    return Msg.of(QT_TRANSLATE_NOOP("Checks", "Co-signatory {number}"), number=index + 1)


def check_cosignatories(brief: Brief, brief_dir: Path | None) -> list[Problem]:
    """Each co-signatory's consent (when and how it was given) and logo."""
    out: list[Problem] = []
    for i, signer in enumerate(brief.cosignatories):
        base = ("cosignatories", i)
        name = signer_name(i, signer)
        date, how = signer.consent.date.strip(), signer.consent.how.strip()
        if not date and not how:
            out.append(warning(
                "cosignatory-without-consent", (*base, "consent", "date"),
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "{name}: no consent recorded. Note when and how they agreed to sign "
                    "(an e-mail from the director, a signed form) before the paper goes out."),
                name=name))
        elif not date:
            out.append(warning(
                "cosignatory-consent-without-date", (*base, "consent", "date"),
                QT_TRANSLATE_NOOP("Checks", "{name}: when was consent given? Add the date."),
                name=name))
        elif not how:
            out.append(warning(
                "cosignatory-consent-without-how", (*base, "consent", "how"),
                QT_TRANSLATE_NOOP(
                    "Checks", "{name}: how was consent given? Say how (an e-mail, a form)."),
                name=name))
        if signer.logo.strip():
            try:
                load_logo(signer.logo, brief_dir)
            except LogoRefused as refused:
                if refused.severity == "info":
                    continue  # an unsaved brief: the organisation's logo says so once
                msg = Msg.of(QT_TRANSLATE_NOOP("Checks", "{name}: {problem}"), name=name,
                             problem=refused.msg)
                out.append(Problem(msg.render(), path=(*base, "logo"), severity="warning",
                                   code=refused.code, msg=msg))
    return out
