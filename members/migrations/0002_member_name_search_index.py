"""PostgreSQL: an index for the clerk's name search (lower(last_name) LIKE 'prefix%').

NOTES.md: ILIKE '%x%' is a sequential scan on millions of rows; a prefix match on an expression
index with varchar_pattern_ops is not. SQLite needs nothing (and cannot use operator classes).
"""

from django.db import migrations

INDEX = "member_last_name_lower_prefix_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON members_member (lower(last_name) varchar_pattern_ops, lower(first_name) varchar_pattern_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("members", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
