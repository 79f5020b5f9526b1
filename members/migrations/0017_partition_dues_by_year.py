"""The dues ledger (``members_contributiondue``) partitioned by RANGE (month), one partition per
calendar year and a DEFAULT partition (issue #18). PostgreSQL only: a no-op on SQLite.

Every row, check constraint, index, foreign key and the id numbering are kept. A partitioned table's
keys must contain the partition key, so the primary key becomes (id, month) in the database while
Django keeps ``id`` as the model's pk (ids still come from one identity sequence, so they stay unique).

The one foreign key that points at a due, ``bank_collectionitemdue.due_id``, cannot reference ``id``
alone any more: the link carries the due's month (``due_month``, filled by a trigger from the due, so
Django's writes do not change) and a composite foreign key (due_id, due_month) → (id, month)
MATCH FULL refuses a dangling reference as before (a link to no due has no month, and MATCH FULL
refuses a NULL half). The Django state does not change (the model's ``due`` stays a ForeignKey):
a later migration that alters ``CollectionItemDue.due`` must handle the composite constraint itself.

The numbers behind the choice are in README, "Partitioned dues ledger" (benchmarks/partition_bench.py).
"""

from django.db import migrations

DUES = "members_contributiondue"
PLAIN = "members_contributiondue_plain"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def partition(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT relkind FROM pg_class WHERE oid = %s::regclass", [DUES])
        if cursor.fetchone()[0] == "p":
            return  # already partitioned (a database built by hand from the benchmark's recipe)
        execute = cursor.execute
        execute("SET LOCAL maintenance_work_mem = '1GB'")
        execute(f"LOCK TABLE {DUES} IN ACCESS EXCLUSIVE MODE")
        # foreign keys that point at a due: bank_collectionitemdue.due_id (and any other, the same way)
        execute(
            """SELECT conrelid::regclass::text, conname, a.attname
               FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
               WHERE c.confrelid = %s::regclass AND c.contype = 'f'""",
            [DUES],
        )
        referencing = cursor.fetchall()
        for table, name, _column in referencing:
            execute(f"ALTER TABLE {table} DROP CONSTRAINT {_quote(name)}")
        # the ledger's own constraints and indexes, as the catalog defines them
        execute(
            """SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
               WHERE conrelid = %s::regclass AND contype IN ('p', 'u', 'f') ORDER BY conname""",
            [DUES],
        )
        constraints = cursor.fetchall()
        execute(
            """SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
               WHERE i.indrelid = %s::regclass
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)""",
            [DUES],
        )
        indexes = cursor.fetchall()
        execute("SELECT pg_get_serial_sequence(%s, 'id')", [DUES])
        old_sequence = cursor.fetchone()[0]
        execute(f"SELECT last_value, is_called FROM {old_sequence}")
        last_value, is_called = cursor.fetchone()
        execute(
            "SELECT extract(year FROM min(month))::int, extract(year FROM max(month))::int, "
            "extract(year FROM current_date)::int FROM " + DUES
        )
        low, high, this_year = cursor.fetchone()

        # free the names (index and sequence names are schema-wide)
        execute(f"ALTER TABLE {DUES} RENAME TO {PLAIN}")
        for name, kind, _definition in constraints:
            if kind in ("p", "u"):
                execute(f"ALTER INDEX {_quote(name)} RENAME TO {_quote(name[:50] + '_plain')}")
        for name, _definition in indexes:
            execute(f"ALTER INDEX {_quote(name)} RENAME TO {_quote(name[:50] + '_plain')}")
        execute(f"ALTER SEQUENCE {old_sequence} RENAME TO {PLAIN}_id_seq")

        # same columns in the same order, check constraints and the identity (a new sequence, set below)
        execute(
            f"CREATE TABLE {DUES} (LIKE {PLAIN} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY "
            "INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (month)"
        )
        first = min(low or this_year, this_year)
        last = max(high or this_year, this_year + 1)
        for year in range(first, last + 1):
            execute(
                f"CREATE TABLE {DUES}_y{year} PARTITION OF {DUES} "
                f"FOR VALUES FROM ('{year}-01-01') TO ('{year + 1}-01-01')"
            )
        execute(f"CREATE TABLE {DUES}_default PARTITION OF {DUES} DEFAULT")
        execute(f"INSERT INTO {DUES} SELECT * FROM {PLAIN}")
        execute("SELECT pg_get_serial_sequence(%s, 'id')", [DUES])
        new_sequence = cursor.fetchone()[0]
        execute("SELECT setval(%s, %s, %s)", [new_sequence, last_value, is_called])

        for name, kind, definition in constraints:
            if kind == "p":
                definition = "PRIMARY KEY (id, month)"  # a partitioned table's key contains the partition key
            execute(f"ALTER TABLE {DUES} ADD CONSTRAINT {_quote(name)} {definition}")
        for _name, definition in indexes:
            execute(definition)  # read before the renames: it names the new table
        execute(f"DROP TABLE {PLAIN}")

        for table, name, column in referencing:
            month_column = column.removesuffix("_id") + "_month"
            execute(f"ALTER TABLE {table} ADD COLUMN {month_column} date")
            execute(f"UPDATE {table} AS r SET {month_column} = d.month FROM {DUES} AS d WHERE d.id = r.{column}")
            function = f"{table}_{month_column}_fill"
            execute(
                f"""CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- the due's month, for the composite foreign key to the partitioned ledger (issue #18)
                    NEW.{month_column} := (SELECT month FROM {DUES} WHERE id = NEW.{column});
                    RETURN NEW;
                END $$"""
            )
            execute(
                f"CREATE TRIGGER {month_column}_fill BEFORE INSERT OR UPDATE OF {column} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {function}()"
            )
            execute(
                f"ALTER TABLE {table} ADD CONSTRAINT {_quote(name)} FOREIGN KEY ({column}, {month_column}) "
                f"REFERENCES {DUES} (id, month) MATCH FULL DEFERRABLE INITIALLY DEFERRED"
            )
        execute(f"ANALYZE {DUES}")


def unpartition(apps, schema_editor):
    """Back to one plain table (keeps every row, the keys and the id numbering)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        execute = cursor.execute
        cursor.execute("SELECT relkind FROM pg_class WHERE oid = %s::regclass", [DUES])
        if cursor.fetchone()[0] != "p":
            return
        execute(
            """SELECT conrelid::regclass::text, conname, a.attname
               FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
               WHERE c.confrelid = %s::regclass AND c.contype = 'f' AND c.conparentid = 0""",
            [DUES],
        )
        referencing = cursor.fetchall()
        for table, name, column in referencing:
            month_column = column.removesuffix("_id") + "_month"
            execute(f"ALTER TABLE {table} DROP CONSTRAINT {_quote(name)}")
            execute(f"DROP TRIGGER {month_column}_fill ON {table}")
            execute(f"DROP FUNCTION {table}_{month_column}_fill()")
            execute(f"ALTER TABLE {table} DROP COLUMN {month_column}")
        execute(
            """SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
               WHERE conrelid = %s::regclass AND contype IN ('p', 'u', 'f') ORDER BY conname""",
            [DUES],
        )
        constraints = cursor.fetchall()
        execute(
            """SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
               WHERE i.indrelid = %s::regclass
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)""",
            [DUES],
        )
        indexes = cursor.fetchall()
        execute("SELECT pg_get_serial_sequence(%s, 'id')", [DUES])
        sequence = cursor.fetchone()[0]
        execute(f"SELECT last_value, is_called FROM {sequence}")
        last_value, is_called = cursor.fetchone()
        execute(f"ALTER TABLE {DUES} RENAME TO {PLAIN}")
        for name, kind, _definition in constraints:
            if kind in ("p", "u"):
                execute(f"ALTER INDEX {_quote(name)} RENAME TO {_quote(name[:50] + '_plain')}")
        for name, _definition in indexes:
            execute(f"ALTER INDEX {_quote(name)} RENAME TO {_quote(name[:50] + '_plain')}")
        execute(f"ALTER SEQUENCE {sequence} RENAME TO {PLAIN}_id_seq")
        execute(
            f"CREATE TABLE {DUES} (LIKE {PLAIN} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY "
            "INCLUDING STORAGE INCLUDING COMMENTS)"
        )
        execute(f"INSERT INTO {DUES} SELECT * FROM {PLAIN}")
        execute("SELECT pg_get_serial_sequence(%s, 'id')", [DUES])
        execute("SELECT setval(%s, %s, %s)", [cursor.fetchone()[0], last_value, is_called])
        for name, kind, definition in constraints:
            if kind == "p":
                definition = "PRIMARY KEY (id)"
            execute(f"ALTER TABLE {DUES} ADD CONSTRAINT {_quote(name)} {definition}")
        for _name, definition in indexes:
            execute(definition.replace(" ON ONLY ", " ON "))  # read before the renames
        execute(f"DROP TABLE {PLAIN} CASCADE")
        for table, name, column in referencing:
            execute(
                f"ALTER TABLE {table} ADD CONSTRAINT {_quote(name)} FOREIGN KEY ({column}) "
                f"REFERENCES {DUES} (id) DEFERRABLE INITIALLY DEFERRED"
            )


class Migration(migrations.Migration):
    # the foreign key of bank_collectionitemdue is rebuilt here
    dependencies = [
        ("members", "0016_household_status_explanation"),
        ("bank", "0006_constraint_messages"),
    ]

    operations = [migrations.RunPython(partition, unpartition, elidable=False)]
