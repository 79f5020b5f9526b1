import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def bureau_api(api_client, make_user):
    api_client.force_authenticate(make_user("election_bureau"))
    return api_client


def test_assembly_size(bureau_api):
    assert bureau_api.get("/api/v1/elections/assembly-size/?members=85000").json() == {"seats": 76}
    assert bureau_api.get("/api/v1/elections/assembly-size/?members=-1").status_code == 400


def test_count_worked_example(bureau_api):
    body = bureau_api.post(
        "/api/v1/elections/count/",
        {
            "seats": 3,
            "valid_ballots": 1000,
            "list_votes": 500,
            "candidates": [
                {"name": n, "name_votes": v} for n, v in [("A", 50), ("B", 60), ("C", 40), ("D", 250), ("E", 400)]
            ],
        },
        format="json",
    ).json()
    assert (body["quorum"], body["pot"]) == (334, 500)
    assert body["elected"] == ["E", "A", "B"]
    assert body["results"][0] == {"name": "A", "name_votes": 50, "devolved": 284, "total": 334, "elected": True}


def test_count_rejects_inconsistent_input(bureau_api):
    response = bureau_api.post(
        "/api/v1/elections/count/",
        {"seats": 1, "valid_ballots": 5, "list_votes": 9, "candidates": [{"name": "A", "name_votes": 1}]},
        format="json",
    )
    assert response.status_code == 400 and "list_votes" in response.json()


def test_board_count_youngest_wins_tie(bureau_api):
    body = bureau_api.post(
        "/api/v1/elections/board-count/",
        {
            "seats": 1,
            "candidates": [
                {"name": "Old", "birth_date": "1950-01-01", "votes": 5},
                {"name": "Young", "birth_date": "1990-01-01", "votes": 5},
            ],
        },
        format="json",
    ).json()
    assert body == {"elected": ["Young"]}


def test_anonymous_cannot_count(api_client, db):
    assert api_client.post("/api/v1/elections/count/", {}, format="json").status_code in (401, 403)


def test_organ_lists_are_read_only_and_need_view_permission(bureau_api, api_client, make_user):
    from datetime import date

    from elections import services
    from elections.models import AgendaSubject, MeetingMode

    meeting = services.assembly_meeting_plan(day=date(2027, 5, 21), kind="ordinary", mode=MeetingMode.PHYSICAL)
    services.agenda_item_add(meeting=meeting, title="Jaarrekening", subject=AgendaSubject.ACCOUNTS)
    services.director_elect(name="Els Peeters", mandate_start=date(2026, 6, 30))
    body = bureau_api.get("/api/v1/elections/assembly-meetings/").json()
    assert body["results"][0]["items"][0]["subject"] == "accounts"
    assert bureau_api.get("/api/v1/elections/directors/").json()["results"][0]["mandate_end"] == "2032-06-29"
    assert bureau_api.post("/api/v1/elections/directors/", {"name": "x"}, format="json").status_code == 405
    assert bureau_api.get("/api/v1/elections/directors/99999999999999999999/").status_code == 404
    api_client.force_authenticate(make_user("lending_desk"))
    assert api_client.get("/api/v1/elections/advisers/").status_code == 403


def test_an_agenda_items_reasons_come_as_code_article_and_text(bureau_api):
    from datetime import date

    from elections import rules, services
    from elections.models import AgendaItem, AgendaSubject, MeetingMode

    meeting = services.assembly_meeting_plan(day=date(2027, 5, 21), kind="ordinary", mode=MeetingMode.PHYSICAL)
    item = services.agenda_item_add(meeting=meeting, title="Jaarrekening", subject=AgendaSubject.ACCOUNTS)
    decision = rules.decide(
        subject="accounts", kind="ordinary", members=10, present_or_represented=7, votes=rules.Votes(4, 2, 1)
    )
    AgendaItem.objects.filter(pk=item.pk).update(reasons=[r.to_json() for r in decision.reasons])
    body = bureau_api.get("/api/v1/elections/assembly-meetings/").json()
    assert body["results"][0]["items"][0]["reasons"] == [
        {
            "code": "assembly.quorum_reached",
            "article": "Art. 25",
            "text": "quorum reached: 7 of 10 present or represented",
        },
        {
            "code": "assembly.majority_simple_abstentions",
            "article": "Art. 25",
            "text": 'simple majority of the votes cast ("eenvoudige meerderheid"): 4 for, 2 against, '
            "1 abstentions not counted",
        },
    ]
