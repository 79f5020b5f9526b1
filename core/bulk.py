"""Set-based inserts: COPY on PostgreSQL (NOTES.md: ~109,000 rows/s), ``bulk_create`` elsewhere."""

import itertools
import uuid

from django.db import connection as default_connection
from django.db import connections, transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL

#: Values per ``IN`` list where a query takes them as a list (SQLite allows 32,766 parameters).
VALUES_PER_QUERY = 10_000


def in_values(field_name: str, values, *, text: bool = False):
    """``Q(field__in=values)`` per query: on PostgreSQL one query with the values as one array
    parameter (a list of 50,000 placeholders costs more to send and plan than to run); elsewhere
    in chunks (SQLite allows 32,766 parameters)."""
    if default_connection.vendor == "postgresql":
        yield Q(**{f"{field_name}__in": array_of(values, text=text)})
        return
    values = list(values)
    for start in range(0, len(values), VALUES_PER_QUERY):
        yield Q(**{f"{field_name}__in": values[start : start + VALUES_PER_QUERY]})


def array_of(values, *, text: bool = False) -> RawSQL:
    """The values as one PostgreSQL array parameter, for ``__in``."""
    if text:
        return RawSQL("SELECT unnest(%s::text[])", [list(values)])
    return RawSQL("SELECT unnest(%s::bigint[])", ["{" + ",".join(str(int(v)) for v in values) + "}"])


def copy_rows(
    model, fields: list[str], rows, *, using: str = "default", batch_size: int = 5000, ignore_conflicts: bool = False
) -> int:
    """Insert ``rows`` (tuples in the order of ``fields``, by column name) into ``model``'s table;
    returns how many rows were inserted.

    With ``ignore_conflicts``, a row that a unique constraint refuses (someone else inserted it
    meanwhile) is left out instead of failing the whole insert: on PostgreSQL the rows are copied
    into a temporary table and moved with ``INSERT … ON CONFLICT DO NOTHING`` (a few rows go
    straight in with that statement), elsewhere with ``INSERT OR IGNORE``.

    Bypasses ``save()`` and signals: the caller records what it did (a run row, counts).
    """
    connection = connections[using]
    columns = [model._meta.get_field(name).column for name in fields]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    column_list = ", ".join(quote(c) for c in columns)
    if ignore_conflicts:
        return _insert_ignoring(connection, model, fields, table, column_list, rows)
    count = 0
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {table} ({column_list}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        return count
    attnames = [model._meta.get_field(name).attname for name in fields]
    batch = []
    for row in rows:
        batch.append(model(**dict(zip(attnames, row, strict=False))))
        if len(batch) >= batch_size:
            model.objects.using(using).bulk_create(batch, batch_size=batch_size)
            count += len(batch)
            batch = []
    if batch:
        model.objects.using(using).bulk_create(batch, batch_size=batch_size)
        count += len(batch)
    return count


# a multi-row INSERT stays well under SQLite's limit of bound parameters (32,766)
_VALUES_PER_STATEMENT = 500


def _insert_ignoring(connection, model, fields, table, column_list, rows) -> int:
    rows = iter(rows)
    first = list(itertools.islice(rows, _VALUES_PER_STATEMENT))
    if connection.vendor != "postgresql" or len(first) < _VALUES_PER_STATEMENT:
        return _values_ignoring(connection, model, fields, table, column_list, itertools.chain(first, rows))
    # many rows: COPY into a temporary table of the same columns, then one INSERT … SELECT
    scratch = connection.ops.quote_name(f"copy_{uuid.uuid4().hex[:12]}")
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE {scratch} ON COMMIT DROP AS SELECT {column_list} FROM {table} WITH NO DATA"
        )
        with cursor.cursor.copy(f"COPY {scratch} ({column_list}) FROM STDIN") as copy:
            for row in itertools.chain(first, rows):
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO {table} ({column_list}) SELECT {column_list} FROM {scratch} ON CONFLICT DO NOTHING"
        )
        count = cursor.rowcount
        cursor.execute(f"DROP TABLE {scratch}")
    return count


def _values_ignoring(connection, model, fields, table, column_list, rows) -> int:
    """``INSERT … VALUES (…), (…) ON CONFLICT DO NOTHING`` (``INSERT OR IGNORE`` on SQLite), in
    statements of a few hundred rows; counts only the rows inserted."""
    model_fields = [model._meta.get_field(name) for name in fields]
    placeholders = "(" + ", ".join(["%s"] * len(fields)) + ")"
    if connection.vendor == "sqlite":
        prefix, suffix = "INSERT OR IGNORE INTO", ""
    else:
        prefix, suffix = "INSERT INTO", " ON CONFLICT DO NOTHING"
    count = 0
    rows = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(itertools.islice(rows, _VALUES_PER_STATEMENT)):
            params = [
                field.get_db_prep_save(value, connection)
                for row in batch
                for field, value in zip(model_fields, row, strict=False)
            ]
            cursor.execute(
                f"{prefix} {table} ({column_list}) VALUES {', '.join([placeholders] * len(batch))}{suffix}", params
            )
            count += cursor.rowcount
    return count
