"""Migration 0004 (issue #14) on a database used before it: an agenda item's reasons stored as
sentences become legacy reasons (a flag keeps its ⚠), and back."""

from datetime import date

import pytest

from core.tests.migrations import migrate, migrate_to_latest

BEFORE = [("elections", "0003_organs_assembly_board_advisers")]
AFTER = [("elections", "0004_agenda_item_reasons_as_data")]

OLD = [
    "Art. 25: quorum reached: 7 of 10 present or represented",
    'Art. 73: two thirds of the votes cast ("twee derde van de uitgebrachte stemmen"): 4 for of 7 cast, 5 needed',
    "⚠ Art. 25: the documentation must be with the members by 13/05/2027 (not recorded)",
]


def _migrate(target):
    return migrate(target)


@pytest.mark.django_db(transaction=True)
def test_sentences_stored_before_become_legacy_reasons_and_back():
    apps = _migrate(BEFORE)
    meeting = apps.get_model("elections", "AssemblyMeeting").objects.create(
        date=date(2027, 5, 21), kind="ordinary", mode="physical"
    )
    AgendaItem = apps.get_model("elections", "AgendaItem")
    item = AgendaItem.objects.create(
        meeting=meeting, position=1, title="Ontbinding", subject="dissolution", reasons=OLD
    )

    apps = _migrate(AFTER)
    assert apps.get_model("elections", "AgendaItem").objects.get(pk=item.pk).reasons == [
        {
            "code": "legacy",
            "article": "Art. 25",
            "text": "quorum reached: 7 of 10 present or represented",
            "params": {},
        },
        {"code": "legacy", "article": "Art. 73", "text": OLD[1].removeprefix("Art. 73: "), "params": {}},
        {
            "code": "legacy.warning",
            "article": "Art. 25",
            "text": "the documentation must be with the members by 13/05/2027 (not recorded)",
            "params": {},
        },
    ]
    from elections.minutes import reason_line

    stored = apps.get_model("elections", "AgendaItem").objects.get(pk=item.pk).reasons
    assert [reason_line(r) for r in stored] == OLD  # shown as they were

    apps = _migrate(BEFORE)
    assert apps.get_model("elections", "AgendaItem").objects.get(pk=item.pk).reasons == OLD
    migrate_to_latest()  # leave the database as the other tests expect it
