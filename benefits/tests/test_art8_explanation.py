"""Issue #16: the Art. 8 explanation inside a refused claim's reason is data (declared reasons), not an
English sentence: shown, each part goes through the translation and months read mm/yyyy."""

from benefits import rules as benefit_rules  # noqa: F401  (declares art8.not_entitled)
from core import reasons
from members.rules import reason_of


def test_the_art8_explanation_is_translated_where_shown():
    refusal = reasons.reason(
        "art8.not_entitled",
        status={"label": "suspended"},
        explanation=[reason_of("entitlement.unpaid", missing="2026-01, 2026-02", window="2024-03–2026-02")],
    )
    stored = refusal.to_json()
    assert "contributions unpaid for 2026-01, 2026-02" in stored["text"]  # the English text, as stored
    seen = []
    original = reasons._translate
    reasons.set_translator(lambda text: seen.append(text) or f"«{text}»")
    try:
        shown = reasons.render(stored)
    finally:
        reasons.set_translator(original)
    assert "«suspended»" in shown  # the status word translated
    assert any(text.startswith("contributions unpaid for %(missing)s") for text in seen)  # the explanation too
    assert "01/2026, 02/2026" in shown and "03/2024–02/2026" in shown and "2026-01" not in shown
    assert shown.startswith("Art. 8: «not entitled in the event month")
