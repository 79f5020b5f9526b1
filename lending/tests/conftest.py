"""Fixtures of the lending tests: the seeded price list and the lending desk's API client."""

import pytest

from lending import reference


@pytest.fixture
def price_list(table_2026):
    reference.seed()


@pytest.fixture
def desk_api(api_client, make_user, price_list):
    api_client.force_authenticate(make_user("lending_desk"))
    return api_client
