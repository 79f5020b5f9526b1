"""Money: ``Decimal`` with explicit rounding to the cent, never float.

Pure helpers, importable by every ``rules.py``.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(value) -> Decimal:
    """Round to the cent, half up (the only rounding the fund uses)."""
    if isinstance(value, float):
        raise TypeError("money must not be a float; pass a Decimal, int or string")
    try:
        return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc


def percent_of(amount: Decimal, percent: Decimal) -> Decimal:
    """``percent`` % of ``amount``, rounded to the cent (25 % of €10.01 = €2.50)."""
    return cents(Decimal(amount) * Decimal(percent) / Decimal(100))


def amount_text(value) -> str:
    """An amount in the report figures (JSON): text with two decimals, ``None`` as ``"0.00"``.

    ``quantize``'s default rounding (half even), as the snapshots always had: the sums of cents it is
    given are exact; only shares (contributions per service code, Art. 66) round.
    """
    return str(Decimal(value or 0).quantize(CENT))
