"""The member file's audit trail in readable form (issue #16): Brussels time to the second, the
fields' labels, choices by their label, dates and amounts in the Belgian format, the household and its
members by name — no raw ids, no Python reprs. Only what the file shows; the global audit admin is
rendered elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.formatting import eur, short_date

BRUSSELS = ZoneInfo("Europe/Brussels")

#: Bookkeeping columns that say nothing to a clerk.
HIDDEN_FIELDS = frozenset({"id", "created_at", "updated_at"})


@dataclass(frozen=True)
class Change:
    field: str  # the field's label
    old: str
    new: str


@dataclass(frozen=True)
class Entry:
    at: str  # dd/mm/yyyy hh:mm:ss, Brussels time
    who: str
    action: str  # created, changed, deleted
    what: str  # "member Jan Peeters", "household 12", "payment of 30/01/2026"
    changes: tuple[Change, ...]
    reason: str


def brussels_time(moment) -> str:
    """A stored moment as Brussels time to the second: ``31/01/2026 14:05:09``."""
    return timezone.localtime(moment, BRUSSELS).strftime("%d/%m/%Y %H:%M:%S")


def _action_label(action: int) -> str:
    labels = {
        0: pgettext("audit trail", "created"),
        1: pgettext("audit trail", "changed"),
        2: pgettext("audit trail", "deleted"),
        3: pgettext("audit trail", "read"),
    }
    return labels.get(action, labels[1])


def value_text(field: models.Field | None, value, labels: dict[tuple[type, str], str]) -> str:
    """One stored audit value (text, as django-auditlog keeps it) as a clerk reads it."""
    if value is None or value == "None" or value == "":
        return "—"
    text = str(value)
    if field is None:
        return text
    if field.choices:
        return str(dict(field.flatchoices).get(text, dict((str(k), v) for k, v in field.flatchoices).get(text, text)))
    if field.name == "national_number" and text.isdigit():
        from stdnum.be import nn

        return nn.format(text)  # as printed on the eID
    if isinstance(field, models.ForeignKey):
        return labels.get((field.related_model, text), str(field.related_model._meta.verbose_name))
    if isinstance(field, models.BooleanField):
        return _("yes") if text in ("True", "true", "1") else _("no")
    if isinstance(field, models.DateTimeField):
        try:
            return brussels_time(timezone.datetime.fromisoformat(text))
        except ValueError:
            return text
    if isinstance(field, models.DateField):
        try:
            return short_date(date.fromisoformat(text[:10]))
        except ValueError:
            return text
    if isinstance(field, models.DecimalField) and field.decimal_places == 2:
        try:
            return eur(Decimal(text))
        except InvalidOperation:
            return text
    return text


def _field(model, name: str) -> models.Field | None:
    try:
        found = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return found if isinstance(found, models.Field) else None  # a reverse relation has no label


def readable_entries(log_entries, *, names: dict[tuple[type, str], str]) -> list[Entry]:
    """``log_entries`` (django-auditlog ``LogEntry`` with ``actor`` and ``content_type`` loaded) as
    readable entries. ``names`` maps (model, pk as text) to how the file names that object (a member by
    name, the household by its number); a foreign key to one of them is shown by that name."""
    result = []
    for entry in log_entries:
        model = entry.content_type.model_class()
        if model is None:
            continue
        pk = str(entry.object_pk)
        what = names.get((model, pk)) or str(model._meta.verbose_name)
        changes = []
        for name, pair in (entry.changes_dict or {}).items():
            field = _field(model, name)
            if name in HIDDEN_FIELDS or field is None or (isinstance(pair, dict)):  # m2m: a summary, not values
                continue
            old, new = (list(pair) + [None, None])[:2]
            old_text, new_text = value_text(field, old, names), value_text(field, new, names)
            if old_text != new_text:  # a creation lists every field, the empty ones say nothing
                changes.append(Change(str(field.verbose_name), old_text, new_text))
        actor = entry.actor
        who = (actor.get_full_name() or actor.get_username()) if actor is not None else _("the system")
        reason = str((entry.additional_data or {}).get("reason", "")) if isinstance(entry.additional_data, dict) else ""
        result.append(
            Entry(brussels_time(entry.timestamp), who, _action_label(entry.action), what, tuple(changes), reason)
        )
    return result
