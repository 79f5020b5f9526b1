"""Audit trail plumbing around django-auditlog.

auditlog's own middleware reads ``request.user`` when the request starts, before Django REST
framework has authenticated an API call (basic auth), so API writes would lose their actor. This
middleware hands auditlog a lazy user instead: it is resolved when the log entry is saved, after
DRF has put the authenticated user on the request.
"""

from auditlog.middleware import AuditlogMiddleware
from django.utils.functional import SimpleLazyObject


class AuditActorMiddleware(AuditlogMiddleware):
    @staticmethod
    def _get_actor(request):
        return SimpleLazyObject(lambda: getattr(request, "user", None))


def log_bulk_create(objects, *, fields: list[str], actor=None, note: str = "") -> int:
    """Write django-auditlog CREATE entries for objects inserted with ``bulk_create`` (which sends
    no signals), so set-based writes stay in the same audit trail as a clerk's: who, when, values."""
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    objects = list(objects)
    if not objects:
        return 0
    content_type = ContentType.objects.get_for_model(objects[0].__class__)
    now = timezone.now()
    entries = [
        LogEntry(
            content_type=content_type,
            object_pk=str(obj.pk),
            object_id=obj.pk,
            object_repr=str(obj)[:200],
            action=LogEntry.Action.CREATE,
            changes={name: ["None", str(getattr(obj, name))] for name in fields},
            actor=actor,
            timestamp=now,
            additional_data={"bulk": note} if note else None,
        )
        for obj in objects
    ]
    LogEntry.objects.bulk_create(entries, batch_size=2000)
    return len(entries)


def log_bulk_create_sql(
    model, pks: list[int], *, changes: dict[str, str], representation: str, actor=None, note: str = "", now=None
) -> None:
    """``log_bulk_create`` on PostgreSQL for rows already inserted (COPY), built from them by one
    ``INSERT … SELECT`` (the audit log has ten indexes, and formatting 100,000 entries in Python costs
    more than writing them). ``changes``: field → an SQL expression over the row ``t`` giving what
    ``str(value)`` gives (``t.amount::text``, ``coalesce(t.reference, 'None')`` …); ``representation``:
    the expression of ``str(obj)``. The entries are the ones ``log_bulk_create`` writes."""
    import json

    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone

    if not pks:
        return
    actor_id = actor.pk if actor is not None else None
    actor_email = (getattr(actor, "email", "") or None) if actor is not None else None
    built = ", ".join(f"'{name}', jsonb_build_array('None', {expression})" for name, expression in changes.items())
    log = connection.ops.quote_name(LogEntry._meta.db_table)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {log} (object_pk, object_id, object_repr, action, changes, changes_text, "timestamp",
                                   actor_id, actor_email, content_type_id, additional_data)
                SELECT t.id::text, t.id, left({representation}, 200), %s, jsonb_build_object({built}), '', %s, %s,
                       %s, %s, %s::jsonb
                FROM {table} AS t WHERE t.id = ANY(%s::bigint[]) ORDER BY t.id""",
            [
                LogEntry.Action.CREATE,
                now or timezone.now(),
                actor_id,
                actor_email,
                ContentType.objects.get_for_model(model).pk,
                json.dumps({"bulk": note}) if note else None,
                "{" + ",".join(map(str, pks)) + "}",
            ],
        )


# --- an action's reason and author on every audit entry it writes -------------------------------------

import contextlib  # noqa: E402
from contextvars import ContextVar  # noqa: E402

_action: ContextVar[dict | None] = ContextVar("audited_action", default=None)


@contextlib.contextmanager
def action(*, name: str, user=None, reason: str = ""):
    """Every django-auditlog entry written inside this block (the object an admin action or a
    service changes, and the rows it changes with it) carries ``additional_data`` =
    ``{"action": name, "reason": reason}`` and, when the request did not set one, ``user`` as actor.
    Blocks nest: the innermost names the entry."""
    token = _action.set({"action": name, "reason": reason, "user": user})
    try:
        yield
    finally:
        _action.reset(token)


def _stamp_entry(sender, instance, **kwargs):
    current = _action.get()
    if current is None or instance.pk is not None:
        return
    instance.additional_data = {
        **(instance.additional_data or {}),
        "action": current["action"],
        **({"reason": current["reason"]} if current["reason"] else {}),
    }
    user = current["user"]
    if instance.actor_id is None and getattr(user, "pk", None) is not None:
        instance.actor = user
        instance.actor_email = getattr(user, "email", None)


def connect() -> None:
    """Called once by ``CoreConfig.ready``."""
    from auditlog.models import LogEntry
    from django.db.models.signals import pre_save

    pre_save.connect(_stamp_entry, sender=LogEntry, dispatch_uid="core.audit.action")


def log_action(obj, *, name: str, user=None, reason: str = "", changes: dict | None = None) -> None:
    """An audit entry for an action that changed ``obj`` without a ``save()`` the auditlog
    signals see (a conditional ``UPDATE``): who, the action, its reason, old → new."""
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    with action(name=name, user=user, reason=reason):
        LogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(obj.__class__),
            object_pk=str(obj.pk),
            object_id=obj.pk,
            object_repr=str(obj)[:200],
            action=LogEntry.Action.UPDATE,
            changes={field: [str(old), str(new)] for field, (old, new) in (changes or {}).items()},
        )


# --- the audit trail in the clerk's words (issue #16) ------------------------------------------------
#
# django-auditlog stores what changed as it was in the database: foreign keys as ids, datetimes in UTC
# with microseconds, Decimals and dates as Python strings. ``readable_changes`` turns one entry into
# rows a clerk reads (the field's verbose name, the related object's label, Belgian numbers and dates,
# Brussels time to the second); the audit trail pages and the household page render entries with it.

import re  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import date, datetime  # noqa: E402
from decimal import Decimal, InvalidOperation  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

BRUSSELS = ZoneInfo("Europe/Brussels")
#: Brussels time to the second: 27/11/2026 15:04:05.
TIMESTAMP_FORMAT = "%d/%m/%Y %H:%M:%S"
#: Fields whose change is not a change of data (a login moves ``last_login``): never shown, never logged
#: (settings.AUDITLOG_INCLUDE_TRACKING_MODELS excludes them; older entries are hidden here).
NOISE_FIELDS = frozenset({"last_login"})
_REPRS = (
    (re.compile(r"^Decimal\('(?P<v>[-0-9.Ee+]+)'\)$"), "decimal"),
    (re.compile(r"^datetime\.date\((?P<y>\d+), (?P<m>\d+), (?P<d>\d+)\)$"), "date"),
)


@dataclass(frozen=True)
class ReadableChange:
    """One row of an audit entry as a clerk reads it: the field's label, the value before, after."""

    field: str
    old: str
    new: str


def brussels_time(moment: datetime | None) -> str:
    """An aware datetime (or a naive one in UTC, as auditlog stores changes) in Brussels time, to the
    second: ``27/11/2026 15:04:05``."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(BRUSSELS).strftime(TIMESTAMP_FORMAT)


def entry_time(entry) -> str:
    """When the entry was written, in Brussels time to the second."""
    return brussels_time(entry.timestamp)


def entry_action(entry) -> str:
    """The entry's action in the active language (auditlog's own labels are English only)."""
    from auditlog.models import LogEntry
    from django.utils.translation import gettext

    labels = {
        LogEntry.Action.CREATE: gettext("created"),
        LogEntry.Action.UPDATE: gettext("changed"),
        LogEntry.Action.DELETE: gettext("deleted"),
        LogEntry.Action.ACCESS: gettext("viewed"),
    }
    if (entry.additional_data or {}).get("rebuild"):
        return gettext("rebuilt")
    return labels.get(entry.action, str(entry.action))


def entry_object(entry) -> str:
    """What the entry is about: the kind of object and its label (``Member: Peeters An``)."""
    from django.utils.text import capfirst

    model = entry.content_type.model_class() if entry.content_type_id else None
    kind = capfirst(model._meta.verbose_name) if model is not None else entry.content_type.name
    return f"{kind}: {entry.object_repr}"


def entry_actor(entry) -> str:
    """Who: the user's full name and login, or "system" for a nightly run or a command without one."""
    from django.utils.translation import gettext

    actor = entry.actor
    if actor is None:
        return gettext("system")
    full = actor.get_full_name() if hasattr(actor, "get_full_name") else ""
    return f"{full} ({actor.get_username()})" if full else actor.get_username()


def _yes_no(value) -> str:
    from django.utils.translation import gettext

    truthy = value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1", "yes")
    return gettext("yes") if truthy else gettext("no")


def _number(value, places: int | None) -> str:
    from django.utils import formats

    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    return formats.number_format(number, places, use_l10n=True, force_grouping=True)


def _parse_date(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _parse_datetime(value) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).replace(" ", "T"))
    except ValueError:
        return None


def _unrepr(value):
    """A Python repr stored as text (``Decimal('1.00')``, ``datetime.date(2026, 1, 3)``) back to its value."""
    if not isinstance(value, str):
        return value
    for pattern, kind in _REPRS:
        match = pattern.match(value)
        if match:
            if kind == "decimal":
                return Decimal(match["v"])
            return date(int(match["y"]), int(match["m"]), int(match["d"]))
    return value


def _plain(value) -> str:
    """A value without a model field to read it by (JSON facts, a value of a removed field)."""
    from django.utils.formats import date_format

    value = _unrepr(value)
    if value is None or value == "None" or value == "":
        return "—"
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, Decimal):
        return _number(value, None)
    if isinstance(value, datetime):
        return brussels_time(value)
    if isinstance(value, date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_plain(item)}" for key, item in value.items()) or "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(item) for item in value) or "—"
    return str(value)


def _related_label(field, value, cache: dict) -> str:
    from django.utils.translation import gettext

    model = field.related_model
    key = (model._meta.label, str(value))
    if key not in cache:
        target = field.target_field
        try:
            obj = model._base_manager.filter(**{target.attname: value}).first()
        except (ValueError, TypeError):
            obj = None
        cache[key] = (
            str(obj)
            if obj is not None
            else gettext("%(kind)s %(value)s (no longer exists)") % {"kind": model._meta.verbose_name, "value": value}
        )
    return cache[key]


def readable_value(field, value, cache: dict | None = None) -> str:
    """One stored value of ``field`` as a clerk reads it: "—" for nothing, the choice's label, yes/no,
    31/12/2026, 1.234,56, Brussels time to the second, the related object's label."""
    from django.db import models
    from django.utils.formats import date_format

    cache = {} if cache is None else cache
    value = _unrepr(value)
    if value is None or value == "None" or (value == "" and not isinstance(field, models.CharField)):
        return "—"
    if field is None:
        return _plain(value)
    if getattr(field, "choices", None):
        labels = {str(k): v for k, v in field.flatchoices}
        if str(value) in labels:
            return str(labels[str(value)])
    if isinstance(field, (models.ForeignKey, models.OneToOneField)):
        return _related_label(field, value, cache)
    if isinstance(field, models.BooleanField):
        return _yes_no(value)
    if isinstance(field, models.DateTimeField):
        moment = _parse_datetime(value)
        return brussels_time(moment) if moment else str(value)
    if isinstance(field, models.DateField):
        day = _parse_date(value)
        return date_format(day, "SHORT_DATE_FORMAT") if day else str(value)
    if isinstance(field, models.DecimalField):
        return _number(value, field.decimal_places)
    if isinstance(field, (models.IntegerField, models.FloatField)):
        return _number(value, None)
    if isinstance(field, models.JSONField):
        if isinstance(value, str):
            import json

            try:
                value = json.loads(value)
            except ValueError:
                return value
        return _plain(value)
    return _plain(value) if not isinstance(value, str) else value


def _field(model, name: str):
    from django.core.exceptions import FieldDoesNotExist

    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _label(model, name: str, field) -> str:
    from django.utils.text import capfirst

    if field is not None and getattr(field, "verbose_name", None):
        return str(capfirst(field.verbose_name))
    return name.replace("_", " ").capitalize()


def readable_changes(entry, *, cache: dict | None = None) -> list[ReadableChange]:
    """The changes of one django-auditlog entry as rows a clerk reads (issue #16): the field's verbose
    name, not its column; the related object's label, not its id; choices by their label; yes/no;
    Belgian dates and numbers; datetimes in Brussels time to the second; never a Python repr.

    A set-based rebuild written by ``log_rebuild`` is one row with its counts. ``cache`` (a dict)
    shares the related objects' labels between the entries of one page."""
    from django.utils.translation import gettext

    cache = {} if cache is None else cache
    model = entry.content_type.model_class() if entry.content_type_id else None
    rows = []
    rebuild = (entry.additional_data or {}).get("rebuild")
    if rebuild:
        rows.append(_rebuild_row(rebuild))
    for name, change in sorted((entry.changes_dict or {}).items()):
        if name in NOISE_FIELDS or (rebuild and name == rebuild.get("field")):
            continue
        field = _field(model, name)
        label = _label(model, name, field)
        if isinstance(change, dict) and change.get("type") == "m2m":
            objects = ", ".join(str(o) for o in change.get("objects", [])) or "—"
            if change.get("operation") == "delete":
                rows.append(ReadableChange(label, objects, gettext("removed")))
            elif change.get("operation") == "clear":
                rows.append(ReadableChange(label, objects, "—"))
            else:
                rows.append(ReadableChange(label, "—", gettext("added: %(objects)s") % {"objects": objects}))
            continue
        if not isinstance(change, (list, tuple)) or len(change) != 2:
            rows.append(ReadableChange(label, "—", _plain(change)))
            continue
        old, new = change
        if field is not None and (name == "password" or old == "***" or new == "***"):
            rows.append(ReadableChange(label, "***", "***"))
            continue
        rows.append(ReadableChange(label, readable_value(field, old, cache), readable_value(field, new, cache)))
    return rows


def _rebuild_row(rebuild: dict) -> ReadableChange:
    from django.utils.text import capfirst
    from django.utils.translation import gettext

    counts = rebuild.get("counts", {})
    return ReadableChange(
        capfirst(gettext(str(rebuild.get("label") or rebuild.get("field") or ""))),
        _number(rebuild.get("before", 0), None),
        gettext("%(after)s (%(added)s added, %(removed)s removed, %(kept)s kept)")
        % {
            "after": _number(rebuild.get("after", 0), None),
            "added": _number(counts.get("added", 0), None),
            "removed": _number(counts.get("removed", 0), None),
            "kept": _number(counts.get("kept", 0), None),
        },
    )


def is_noise(entry) -> bool:
    """An entry whose only change is a login (``last_login``): not a change of data (issue #16)."""
    changes = entry.changes_dict or {}
    return bool(changes) and set(changes) <= NOISE_FIELDS


def log_rebuild(
    obj, *, name: str, label: str, before: int, added: int, removed: int, kept: int, user=None, reason: str = ""
):
    """One audit entry for a set-based rebuild of ``obj``'s rows (the voter roll of an election …) with
    its counts, instead of one entry per row deleted and created: who, when, how many were added,
    removed and kept. The rows themselves are written set-based, without the auditlog signals.
    ``label`` is stored as given (an untranslated noun such as "voter roll")."""
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    after = kept + added
    with action(name=name, user=user, reason=reason):
        return LogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(obj.__class__),
            object_pk=str(obj.pk),
            object_id=obj.pk,
            object_repr=str(obj)[:200],
            action=LogEntry.Action.UPDATE,
            changes={label: [before, after]},
            additional_data={
                "rebuild": {
                    "field": label,
                    "label": label,
                    "before": before,
                    "after": after,
                    "counts": {"added": added, "removed": removed, "kept": kept},
                }
            },
        )
