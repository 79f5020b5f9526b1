"""Issue #16, the one search box: indexes for what a clerk types.

Both databases: a postal code's households in number order; a member's payout IBAN (partial: most
members have none). PostgreSQL only (SQLite has no operator classes and needs none at its sizes):
prefix searches on lower(...) with ``varchar_pattern_ops`` (NOTES.md: ``LIKE 'prefix%'`` on an
expression index instead of a sequential scan) — a first name alone ("Jan"), a street ("Kerkstraat"),
and a payment's communication (partial: generated and clerk-entered payments carry none).
"""

from django.db import migrations, models

POSTGRES_INDEXES = {
    "member_first_name_lower_prefix_idx": "members_member (lower(first_name) varchar_pattern_ops)",
    "household_street_lower_prefix_idx": "members_household (lower(street) varchar_pattern_ops)",
    "payment_communication_lower_prefix_idx": (
        "members_payment (lower(communication) varchar_pattern_ops) WHERE communication <> ''"
    ),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in POSTGRES_INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in POSTGRES_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0011_member_language'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='household',
            index=models.Index(fields=['postal_code', 'id'], name='household_postal_code_idx'),
        ),
        migrations.AddIndex(
            model_name='member',
            index=models.Index(condition=models.Q(('iban', ''), _negated=True), fields=['iban'], name='member_iban_idx'),
        ),
        migrations.RunPython(create, drop),
    ]
