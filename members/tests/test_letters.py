"""``members.letters.renderer``: a batch of letters rendered once and filled in, the same text as
``render`` letter by letter."""

from members import letters

KEYS = (
    "amount",
    "collection_date",
    "debtor_name",
    "iban_masked",
    "months",
    "mandate_reference",
    "creditor_id",
    "creditor_name",
    "sequence_type",
)


def context(name: str, amount: str) -> dict:
    return {
        "amount": amount,
        "collection_date": "11/12/2026",
        "debtor_name": name,
        "iban_masked": "BE41 **** **** 5610",
        "months": "12/2026",
        "mandate_reference": "ZF-1-20260101-abc",
        "creditor_id": "BE68ZZZ0123456789",
        "creditor_name": "Ziekenfonds",
        "sequence_type": "RCUR",
    }


def test_the_batch_renderer_writes_what_render_writes_in_each_language():
    for language in ("nl", "fr", "en"):
        fast = letters.renderer("bank/letters/prenotification", language, KEYS)
        assert fast.__name__ == "fast"  # the letters' templates take the fast path
        for name, amount in (("Jan Peeters", "10,00 €"), ("Anne-Marie D'Hondt & Zn", "1.234,50 €"), ("<b>", "0,01 €")):
            values = context(name, amount)
            assert fast(values) == letters.render("bank/letters/prenotification", language, values)
        assert "Jan Peeters" not in fast(context("Els Claes", "5,00 €"))[1]


def test_a_template_that_decides_on_a_value_falls_back_to_render(tmp_path, settings):
    # a template whose text depends on a value (a tag), not only prints it: rendered one by one
    (tmp_path / "choice.nl.txt").write_text(
        "{% autoescape off %}Onderwerp\n{% if amount == '0' %}niets{% else %}{{ amount }} te betalen{% endif %}"
        "{% endautoescape %}"
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    fast = letters.renderer("choice", "nl", ("amount",))
    assert fast.__name__ != "fast"
    assert fast({"amount": "5"}) == ("Onderwerp", "5 te betalen")
    assert fast({"amount": "0"}) == ("Onderwerp", "niets")
    # and so is a template that escapes its values
    (tmp_path / "escaped.nl.txt").write_text("Onderwerp\n{{ amount }}")
    assert letters.renderer("escaped", "nl", ("amount",))({"amount": "<b>"}) == ("Onderwerp", "&lt;b&gt;")
