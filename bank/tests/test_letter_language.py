"""The bank's letters are in the titular's language (issue #15: Member.language), the region's as fallback."""

from datetime import timedelta

import pytest
import time_machine

from bank import services
from bank.tests.conftest import COLLECTION, TODAY
from members.models import Correspondence, Member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "region, language, expected, subject",
    [
        pytest.param("brussels", None, "nl", "Aankondiging", id="brussels-dutch-unless-set"),
        pytest.param("brussels", "fr", "fr", "Annonce", id="brussels-titular-french"),
        pytest.param("wallonia", "en", "en", "", id="wallonia-titular-english"),
    ],
)
def test_prenotification_and_return_letters_in_the_titulars_language(debtor, region, language, expected, subject):
    household, _mandate = debtor(region=region)
    if language:
        Member.objects.filter(household=household).update(language=language)
    run = services.collection_run_create(collection_date=COLLECTION, today=TODAY).run
    with time_machine.travel(COLLECTION, tick=False):
        services.collection_settle(run=run, on=COLLECTION)
    item = run.items.get()
    on = COLLECTION + timedelta(days=3)
    with time_machine.travel(on, tick=False):
        services.collection_item_return(item=item, reason_code="AM04", on=on)
    letters = Correspondence.objects.filter(household=household)
    assert {letter.kind: letter.language for letter in letters} == {
        "prenotification": expected,
        "debit_returned": expected,
    }
    assert letters.get(kind="prenotification").subject.startswith(subject)
