"""Decision reasons as data (issue #14): every code a rule or service uses is declared, every template
formats with the parameters its callers give, and a stored reason reads back and renders."""

import ast
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

import benefits.rules
import elections.rules
import lending.rules
import members.rules
from core import reasons
from core.reasons import CODES, Reason, legacy, reason, render

ROOT = Path(__file__).resolve().parents[2]

#: The modules that build reasons (``reason("code", …)`` or ``reasons.reason("code", …)``).
BUILDERS = [
    "benefits/rules.py",
    "benefits/services.py",
    "lending/services.py",
    "lending/selectors.py",
    "elections/rules.py",
]
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
DOTTED = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)+")


def _calls(path):
    """(line, code, keyword names, has **) of every ``reason(...)`` call with a literal code."""
    for node in ast.walk(ast.parse((ROOT / path).read_text())):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if name != "reason" or not node.args:
            continue
        first = node.args[0]
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), f"{path}:{node.lineno}: literal code"
        keywords = {k.arg for k in node.keywords if k.arg}
        yield node.lineno, first.value, keywords, any(k.arg is None for k in node.keywords)


def _declared_modules_loaded():
    # the apps' rules modules declare their codes on import
    return benefits.rules.REASONS, elections.rules.REASONS, lending.rules.REASONS


@pytest.mark.parametrize("path", BUILDERS)
def test_every_code_used_is_declared_and_given_its_templates_parameters(path):
    _declared_modules_loaded()
    calls = list(_calls(path))
    assert calls, f"{path} builds no reason: the scan is broken"
    for line, code, keywords, spread in calls:
        assert code in CODES, f"{path}:{line}: {code!r} is not declared"
        wanted = set(PLACEHOLDER.findall(CODES[code].template))
        if spread:  # reason(code, article, **counts): the named ones are a part
            assert keywords <= wanted, f"{path}:{line}: {code} does not take {keywords - wanted}"
        else:
            assert keywords == wanted, f"{path}:{line}: {code} needs {wanted}, is given {keywords}"


def test_the_rules_build_most_of_their_declared_codes():
    """A declared code nobody uses is dead weight in the translations: every benefits and elections
    code is used by its app (lending's by lending.services)."""
    used = {code for path in BUILDERS for _line, code, _k, _s in _calls(path)}
    declared = {*benefits.rules.REASONS, *elections.rules.REASONS, *lending.rules.REASONS}
    assert declared - used == set()
    assert len(declared) > 90


@pytest.mark.parametrize("code", sorted({*benefits.rules.REASONS, *elections.rules.REASONS, *lending.rules.REASONS}))
def test_every_template_formats_with_its_own_parameters(code):
    declared = CODES[code]
    assert DOTTED.fullmatch(code), "a code is dotted, lowercase English"
    params = {name: "x" for name in PLACEHOLDER.findall(declared.template)}
    text = reasons.fill(declared.template, params)  # no stray "%" (a literal one is "%%")
    assert "%(" not in text and text.strip() == text and text


def test_entitlement_codes_are_declared_with_their_article():
    source = (ROOT / "members/rules.py").read_text()
    used = set(re.findall(r'"(entitlement\.[a-z_]+)"', source))
    assert used == set(members.rules.ENTITLEMENT_REASONS)
    for code, article in members.rules.ENTITLEMENT_REASONS.items():
        assert DOTTED.fullmatch(code) and article.startswith("Art. ")


@pytest.mark.parametrize(
    ("code", "article", "params", "text"),
    [
        pytest.param(
            "age.below_minimum",
            "Art. 44",
            {"min_age": 60, "age": 36},
            "Art. 44: minimum age 60, the beneficiary is 36.",
            id="art44-minimum-age",
        ),
        pytest.param(
            "art42_4.filing_deadline_passed",
            "",
            {"filed_on": date(2026, 4, 2), "years": 2, "deadline": date(2026, 3, 31)},
            "Art. 42.4: filed on 02/04/2026, more than 2 years after the end of the event month (deadline 31/03/2026).",
            id="art42_4-dates-iso-stored-shown-belgian",
        ),
        pytest.param(
            "calc.percentage",
            "Art. 47",
            {"percent": Decimal("75"), "basis": Decimal("80.00"), "amount": Decimal("60.00")},
            "Art. 47: 75 % of €80.00 = €60.00.",
            id="art47-percent-sign-and-amounts",
        ),
        pytest.param(
            "art52.cancelled_late",
            "",
            {"when": datetime(2026, 3, 10, 9, 15)},
            "Art. 52: cancelled by the member on 10/03/2026 09:15 (late: €50 administrative cost).",
            id="art52-datetime-to-the-minute",
        ),
    ],
)
def test_a_reason_reads_as_the_sentence_and_stores_primitives(code, article, params, text):
    _declared_modules_loaded()
    built = reason(code, article, **params)
    assert str(built) == text
    stored = built.to_json()
    assert set(stored) == {"code", "article", "text", "params"} and stored["code"] == code
    assert all(isinstance(v, int | str) for v in stored["params"].values())
    assert Reason.from_json(stored) == built
    with translation.override("en"):  # the English sentence; another language translates (below)
        # where shown, amounts in the one Belgian format (issue #16): "€80.00" reads "80,00 €"
        assert render(stored) == re.sub(r"€(\d+)\.(\d\d)", r"\1,\2 €", text)


def test_an_undeclared_code_or_a_missing_article_is_refused():
    with pytest.raises(KeyError):
        reason("no.such_code", "Art. 1")
    with pytest.raises(ValueError, match="needs its article"):
        reason("age.below_minimum", min_age=60, age=36)


def test_a_code_means_one_thing():
    with pytest.raises(ValueError, match="declared twice"):
        reasons.declare(reasons.Code("age.below_minimum", "another template %(x)s"))


@pytest.mark.parametrize(
    ("line", "article", "text"),
    [
        pytest.param("Art. 47: the extra €50.00 was paid less than 4 years ago.", "Art. 47", None, id="art47"),
        pytest.param("Art. 42.4: deadline 31/03/2026 passed.", "Art. 42.4", None, id="art42_4"),
        pytest.param("Payout €30.00 for 3 session(s).", "", "Payout €30.00 for 3 session(s).", id="no-article"),
        pytest.param("Suspended, not revoked: Art. 8 §4", "", "Suspended, not revoked: Art. 8 §4", id="colon-no-art"),
    ],
)
def test_a_sentence_stored_before_codes_is_a_legacy_reason(line, article, text):
    stored = legacy(line)
    assert stored["code"] == "legacy" and stored["article"] == article and stored["params"] == {}
    assert stored["text"] == (text if text is not None else line.split(": ", 1)[1])
    assert render(stored) == reasons.as_text(stored) == line


def test_render_falls_back_to_the_stored_text_when_the_parameters_do_not_fit():
    """A template whose parameters changed since the reason was stored still shows what was decided."""
    _declared_modules_loaded()
    stored = {"code": "age.below_minimum", "article": "Art. 44", "text": "minimum age 60, was 36.", "params": {}}
    assert render(stored) == "Art. 44: minimum age 60, was 36."


def test_render_translates_the_template(settings):
    """The display layer translates the template and fills it with the stored parameters."""
    from django.utils import translation

    _declared_modules_loaded()
    stored = reason("age.below_minimum", "Art. 44", min_age=60, age=36).to_json()
    seen = []
    original = reasons._translate
    reasons.set_translator(lambda template: seen.append(template) or "minimumleeftijd %(min_age)s (nu %(age)s).")
    try:
        assert render(stored) == "Art. 44: minimumleeftijd 60 (nu 36)."
    finally:
        reasons.set_translator(original)
    assert seen == [CODES["age.below_minimum"].template]
    assert original is translation.gettext  # core.apps installed Django's gettext


@pytest.mark.parametrize(
    ("language", "start"),
    [
        pytest.param("nl", "Art. 42.4: ingediend op 01/05/2028", id="art42_4-in-dutch"),
        pytest.param("fr", "Art. 42.4: introduite le 01/05/2028", id="art42_4-in-french"),
        pytest.param("en", "Art. 42.4: filed on 01/05/2028", id="art42_4-in-english"),
    ],
)
def test_a_stored_reason_is_shown_in_the_readers_language(language, start):
    _declared_modules_loaded()
    stored = reason(
        "art42_4.filing_deadline_passed", filed_on=date(2028, 5, 1), years=2, deadline=date(2028, 1, 31)
    ).to_json()
    with translation.override(language):
        assert render(stored).startswith(start)
    assert stored["text"].startswith("filed on 01/05/2028")  # what is stored stays English
