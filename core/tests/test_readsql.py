import pytest

from core import readsql


@pytest.mark.django_db
def test_rows_runs_a_select_and_refuses_anything_else():
    assert readsql.rows("SELECT %s + 1", [1]) == [(2,)]
    assert readsql.rows("SELECT 3 UNION SELECT 4 ORDER BY 1") == [(3,), (4,)]
    for statement in ("DELETE FROM auth_user", "UPDATE auth_user SET is_staff = true", "SELECT 1; DROP TABLE x"):
        with pytest.raises(readsql.NotARead):
            readsql.rows(statement)
