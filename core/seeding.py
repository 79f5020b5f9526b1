"""One seeding policy for the reference data kept in code (issue #14 "One house").

The statutes' figures live in two homes: the catalogues in code (``benefits.catalogue``,
``lending.catalogue``, ``members.reference`` …) and the rows ``seed_reference`` copies into the
database, where managers keep them in the admin. Every app's ``reference.seed`` goes through a
``Seeder``, which holds one policy for every seeded row, identified by its natural key
(a benefit's code and the day its rule version is in force from, an item's code and the day its
price is valid from, …):

- missing in the database: inserted;
- present and equal: left alone;
- present and different: the difference is REPORTED (row, field, catalogue value, database value)
  and the database is left as it is: a manager's edit is never silently overwritten;
- unless forced (``seed_reference --force <app or key>``): then the catalogue's values are written
  and an audit entry records who, when and every field's old → new value.

A placeholder row the code made itself (``overwrite=True``, e.g. the synthetic contribution table
of ``generate_population``) takes the catalogue's values without force, audited the same way.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import models

ALL = "all"


@dataclass(frozen=True)
class Drift:
    """One field of one seeded row that differs from the catalogue."""

    key: str  # the row's natural key, as ``--force`` accepts it
    field: str  # "params.table.taxi.max", "day_price", "caps"
    catalogue: str
    database: str

    def describe(self) -> str:
        return f"{self.key}  {self.field}: catalogue {self.catalogue}, database {self.database}"


@dataclass(frozen=True)
class Related:
    """A collection of child rows compared as one field of its parent (a rule version's caps, a
    contribution table's parts): ``wanted`` is the catalogue's, ``read(obj)`` the database's (both
    comparable, e.g. sorted tuples), ``write(obj)`` replaces the database's by the catalogue's."""

    name: str
    wanted: Any
    read: Callable[[models.Model], Any]
    write: Callable[[models.Model], None]


def plain(value):
    """A catalogue or database value as comparable data: tuples become lists, Decimals compare by
    value (``Decimal("5")`` equals ``Decimal("5.00")``), model instances by primary key."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, models.Model):
        return value.pk
    if hasattr(value, "value") and not isinstance(value, (str, Decimal, int, float, bool)):  # enums
        return value.value
    return value


def show(value) -> str:
    """A value as an operator reads it."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(plain(value), ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def differences(name: str, catalogue, database) -> list[tuple[str, Any, Any]]:
    """(field path, catalogue value, database value) of every difference; dictionaries are walked
    key by key, so a drift in a rule's parameters names the parameter."""
    catalogue, database = plain(catalogue), plain(database)
    if isinstance(catalogue, dict) and isinstance(database, dict):
        found = []
        for key in sorted(set(catalogue) | set(database)):
            found += differences(f"{name}.{key}", catalogue.get(key), database.get(key))
        return found
    if isinstance(catalogue, Decimal) or isinstance(database, Decimal):
        try:
            same = catalogue is not None and database is not None and Decimal(str(catalogue)) == Decimal(str(database))
        except ArithmeticError:
            same = False
        return [] if same or (catalogue is None and database is None) else [(name, catalogue, database)]
    return [] if catalogue == database else [(name, catalogue, database)]


def operator_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without USER): the audit still has the time
        return ""


@dataclass
class Seeder:
    """The policy for one app's seeded rows; collects what it did for the report."""

    app: str
    force: frozenset[str] = frozenset()  # app labels, row keys, or "all"
    actor: Any = None  # the user named with ``--actor`` (None: the command line)
    via: str = "seed_reference"
    dry_run: bool = False  # ``--check``: the command rolls back; the report says "missing", not "inserted"
    inserted: list[str] = field(default_factory=list)
    unchanged: int = 0
    drift: list[Drift] = field(default_factory=list)  # left as the database has it
    overwritten: list[Drift] = field(default_factory=list)  # forced (or a placeholder replaced)
    keys: set[str] = field(default_factory=set)

    def forced(self, key: str) -> bool:
        return bool(self.force & {ALL, self.app, key})

    def sync(
        self,
        model: type[models.Model],
        key: str,
        lookup: dict,
        values: dict,
        *,
        related: tuple[Related, ...] = (),
        overwrite: bool = False,
    ) -> models.Model:
        """The row of ``model`` found by ``lookup`` (its natural key): created with ``values`` (and
        its ``related`` children) when missing; otherwise compared field by field."""
        self.keys.add(key)
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model.objects.create(**lookup, **values)
            for rel in related:
                rel.write(obj)
            self.inserted.append(key)
            return obj
        found: list[tuple[str, str, Any, Any]] = []  # (top-level field, path, catalogue, database)
        for name, wanted in values.items():
            current = getattr(obj, name)
            for path, cat, db in differences(name, wanted, current):
                found.append((name, path, cat, db))
        for rel in related:
            for path, cat, db in differences(rel.name, rel.wanted, rel.read(obj)):
                found.append((rel.name, path, cat, db))
        if not found:
            self.unchanged += 1
            return obj
        drifts = [Drift(key, path, show(cat), show(db)) for _name, path, cat, db in found]
        if not (overwrite or self.forced(key)):
            self.drift += drifts
            return obj
        changed = {name for name, *_ in found}
        old = {name: show(getattr(obj, name)) for name in changed if name in values}
        old.update({rel.name: show(rel.read(obj)) for rel in related if rel.name in changed})
        model.objects.filter(pk=obj.pk).update(**{name: values[name] for name in changed if name in values})
        obj.refresh_from_db()
        for rel in related:
            if rel.name in changed:
                rel.write(obj)
        new = {name: show(values[name]) for name in changed if name in values}
        new.update({rel.name: show(rel.wanted) for rel in related if rel.name in changed})
        self._audit(
            obj,
            key,
            {name: [old[name], new[name]] for name in sorted(changed)},
            reason="placeholder replaced" if overwrite and not self.forced(key) else "forced",
        )
        self.overwritten += drifts
        return obj

    def _audit(self, obj, key: str, changes: dict, *, reason: str) -> None:
        from auditlog.models import LogEntry
        from django.contrib.contenttypes.models import ContentType

        LogEntry.objects.create(
            content_type=ContentType.objects.get_for_model(obj.__class__),
            object_pk=str(obj.pk),
            object_id=obj.pk if isinstance(obj.pk, int) else None,
            object_repr=str(obj)[:200],
            action=LogEntry.Action.UPDATE,
            changes=changes,
            actor=self.actor,
            additional_data={
                "via": f"{self.via} --force" if reason == "forced" else self.via,
                "reason": reason,
                "key": key,
                "run_by": operator_name(),
                "source": "catalogue in code",
            },
        )

    # --- the report -----------------------------------------------------------------------------

    def report(self, what: str) -> list[str]:
        """Lines for the operator: the summary, then every drift and how to take the catalogue's."""
        inserted = "missing" if self.dry_run else "inserted"
        lines = [
            f"{what}: {len(self.keys)} rows — {len(self.inserted)} {inserted}, {self.unchanged} as in the catalogue, "
            f"{len({d.key for d in self.drift})} differ (kept as in the database), "
            f"{len({d.key for d in self.overwritten})} overwritten"
        ]
        if len(self.inserted) == len(self.keys):  # a new database: the summary says it
            return lines + [f"  overwritten {d.describe()}" for d in self.overwritten]
        lines += [f"  {inserted:<11} {key}" for key in self.inserted[:20]]
        if len(self.inserted) > 20:
            lines.append(f"  {inserted:<11} … and {len(self.inserted) - 20} more")
        lines += [f"  overwritten {d.describe()}" for d in self.overwritten]
        lines += [f"  DIFFERS     {d.describe()}" for d in self.drift]
        return lines


def seeder_for(app: str, seeder: Seeder | None) -> Seeder:
    """The seeder an app's ``reference.seed`` uses: the command's, or (tests, other callers) one
    with no force — the policy is the same either way."""
    return seeder if seeder is not None else Seeder(app)
