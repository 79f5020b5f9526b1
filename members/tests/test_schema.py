"""The database keeps the constraints and indexes the rules and the big-table queries rely on.

(A Django ``AlterField(db_index=False)`` drops every single-column index on that column, partial
unique ones included: this guards against a migration losing one silently.)
"""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

EXPECTED = {
    "members_member": {
        "one_active_titular_per_household",
        "member_household_role_idx",
        "member_name_idx",
        "member_national_number_unique",
    },
    "members_contributiondue": {"due_household_month_unique", "due_late_idx"},
    "members_payment": {"payment_household_idx", "payment_bank_reference_unique"},
    "members_statuschange": {"status_change_household_idx"},
}


@pytest.mark.parametrize("table", sorted(EXPECTED))
def test_constraints_and_indexes_exist(table):
    with connection.cursor() as cursor:
        names = set(connection.introspection.get_constraints(cursor, table))
    assert EXPECTED[table] <= names


def test_no_index_duplicates_the_leading_column_of_another_on_the_big_tables():
    """Household lookups on dues and payments use the composite indexes; a plain household_id
    index beside them would only slow every insert down."""
    with connection.cursor() as cursor:
        for table in ("members_contributiondue", "members_payment"):
            constraints = connection.introspection.get_constraints(cursor, table)
            single = [
                name
                for name, c in constraints.items()
                if c["index"] and c["columns"] in (["household_id"], ["payment_id"])
            ]
            assert single == [], (table, single)


def test_one_index_on_the_national_number():
    """Searches by national number are exact: no second (LIKE pattern) index beside the unique one."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "members_member")
    assert [name for name, c in constraints.items() if c["columns"] == ["national_number"]] == [
        "member_national_number_unique"
    ]


def test_national_numbers_use_the_binary_collation_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL column collation; runs in CI")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT collation_name FROM information_schema.columns "
            "WHERE table_name = 'members_member' AND column_name = 'national_number'"
        )
        assert cursor.fetchone()[0] == "C"
