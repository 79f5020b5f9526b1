"""Files as clerks receive them: CSV saved by a Belgian spreadsheet or bank in any of the usual
encodings is read through the admin import (django-import-export) as it was written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.import_formats import IMPORT_FORMATS, BelgianCSV

HEADER = "national_number;last_name;first_name;birth_date;gender;household;role;affiliation_start\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_belgian_csv_reads_every_usual_encoding(encoding):
    data = (HEADER + "85031412302;Dubois-Lefèvre;Célestine;14/03/1985;F;1;titular;01/01/2026\n").encode(encoding)
    dataset = BelgianCSV().create_dataset(data)
    assert dataset.headers[1] == "last_name"
    assert dataset[0][1] == "Dubois-Lefèvre" and dataset[0][2] == "Célestine"


@pytest.mark.django_db
def test_member_import_of_a_windows_1252_file_shows_the_names_not_an_encoding_error(client, make_user, table_2026):
    from members.tests.factories import household_with_titular

    household, _ = household_with_titular()
    client.force_login(make_user("clerk"))
    content = HEADER + f"85031412302;Dubois-Lefèvre;Célestine;1985-03-14;F;{household.pk};dependent;2026-01-01\n"
    csv_index = next(i for i, f in enumerate(IMPORT_FORMATS) if f is BelgianCSV)
    response = client.post(
        reverse("admin:members_member_import"),
        {
            "format": csv_index,
            "resource": 0,
            "import_file": SimpleUploadedFile("leden.csv", content.encode("cp1252"), content_type="text/csv"),
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "UnicodeDecodeError" not in page and "Célestine" in page
