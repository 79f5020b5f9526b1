"""Issue #16: the catalogue's items and accessories have French names, shown in French."""

import pytest
from django.utils import translation

from lending import catalogue, reference
from lending.models import Accessory, Item

pytestmark = pytest.mark.django_db


def test_every_catalogue_entry_has_a_french_name():
    assert set(catalogue.NAMES_FR) == {row[0] for row in catalogue.ITEMS}
    assert set(catalogue.ACCESSORY_NAMES_FR) == {row[0] for row in catalogue.ACCESSORIES}


def test_items_and_accessories_are_named_in_the_active_language():
    reference.seed()
    wheelchair = Item.objects.get(code="wheelchair")
    mask = Accessory.objects.get(code="aerosol-mask")
    with translation.override("fr"):
        assert str(wheelchair) == "Fauteuil roulant"
        assert str(mask) == "Masque pour aérosol (enfant ou adulte) (10,00 €)"
    with translation.override("nl"):
        assert str(wheelchair) == "Rolstoel"
        assert str(mask).startswith("Masker voor aërosol")
