"""Fixtures of the lending tests: the seeded price list and the lending desk's API client."""

import pytest

from lending import reference
from lending.tests.factories import stock_all


@pytest.fixture
def price_list(table_2026):
    """The price list, and three free units of every item (a rental runs with its unit, issue #16)."""
    reference.seed()
    stock_all()


@pytest.fixture
def desk_api(api_client, make_user, price_list):
    api_client.force_authenticate(make_user("lending_desk"))
    return api_client
