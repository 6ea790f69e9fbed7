"""Review of the co-signatories: consent recorded (when and how), logos that can be used."""

from __future__ import annotations

from briefwriter.core.checks import check_brief
from briefwriter.core.checks_coalition import check_cosignatories
from briefwriter.core.model import Brief, Consent, Cosignatory

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def signers(*items: Cosignatory) -> Brief:
    return Brief(cosignatories=list(items))


def test_consent_missing_half_missing_and_recorded(tmp_path):
    brief = signers(
        Cosignatory(name="Kalayaan"),
        Cosignatory(name="Caritas", consent=Consent(date="2026-03-02")),
        Cosignatory(consent=Consent(how="signed form")),
        Cosignatory(name="Haki Kazi", consent=Consent(date="2026-03", how="e-mail")))
    found = [(p.code, p.path, p.message) for p in check_cosignatories(brief, tmp_path)]
    assert found == [
        ("cosignatory-without-consent", ("cosignatories", 0, "consent", "date"),
         "Co-signatory 1 “Kalayaan”: no consent recorded. Note when and how they agreed to "
         "sign (an e-mail from the director, a signed form) before the paper goes out."),
        ("cosignatory-consent-without-how", ("cosignatories", 1, "consent", "how"),
         "Co-signatory 2 “Caritas”: how was consent given? Say how (an e-mail, a form)."),
        ("cosignatory-consent-without-date", ("cosignatories", 2, "consent", "date"),
         "Co-signatory 3: when was consent given? Add the date.")]


def test_a_logo_that_cannot_be_used(tmp_path):
    (tmp_path / "good.png").write_bytes(PNG)
    (tmp_path / "bad.png").write_bytes(b"<html>")
    agreed = Consent(date="2026-03-02", how="e-mail")
    brief = signers(Cosignatory(name="A", consent=agreed, logo="good.png"),
                    Cosignatory(name="B", consent=agreed, logo="bad.png"),
                    Cosignatory(name="C", consent=agreed, logo="../elsewhere.png"),
                    Cosignatory(name="D", consent=agreed, logo="missing.png"))
    found = check_cosignatories(brief, tmp_path)
    assert [p.path for p in found] == [("cosignatories", i, "logo") for i in (1, 2, 3)]
    assert found[0].message.startswith("Co-signatory 2 “B”: ")
    assert "outside the brief's folder" in found[1].message
    assert all(p.severity == "warning" for p in found)
    # An unsaved brief: only what no folder can mend (a path leading out of it).
    assert [p.path for p in check_cosignatories(brief, None)] == [("cosignatories", 2, "logo")]


def test_wired_into_the_review(tmp_path):
    codes = {p.code for p in check_brief(signers(Cosignatory(name="X")), tmp_path)}
    assert "cosignatory-without-consent" in codes
