"""The organs' procedures (issue #13) as the statutes word them: Art. 24, 25, 25bis, 32, 33, 34, 73."""

from datetime import date

import pytest

from elections import rules
from elections.rules import Participation, Votes

# --- Art. 25: convocation, documents, statute text ------------------------------------------------------


@pytest.mark.parametrize(
    ("sent_on", "late"),
    [
        pytest.param(date(2027, 5, 1), False, id="art25-convocatie-20-dagen-voor-is-op-tijd"),
        pytest.param(date(2027, 4, 20), False, id="art25-convocatie-ruim-op-tijd"),
        pytest.param(date(2027, 5, 2), True, id="art25-convocatie-19-dagen-voor-is-te-laat"),
    ],
)
def test_convocation_uiterlijk_20_dagen_voor(sent_on, late):
    """Art. 25: "De brief met de convocatie behoort uiterlijk 20 dagen voor de datum van de vergadering
    verstuurd te worden"."""
    problem = rules.convocation_problem(date(2027, 5, 21), sent_on)
    assert (problem is not None) is late
    if late:
        assert "Art. 25" in problem and "01/05/2027" in problem


@pytest.mark.parametrize(
    ("available_on", "late"),
    [
        pytest.param(date(2027, 5, 13), False, id="art25-documentatie-8-dagen-voor"),
        pytest.param(date(2027, 5, 14), True, id="art25-documentatie-7-dagen-voor-te-laat"),
        pytest.param(None, True, id="art25-documentatie-niet-geregistreerd"),
    ],
)
def test_documents_uiterlijk_acht_dagen_voor(available_on, late):
    """Art. 25: "Elk lid ... moet uiterlijk acht dagen voor de datum ... over een documentatie ... beschikken"."""
    assert (rules.documents_problem(date(2027, 5, 21), available_on) is not None) is late


@pytest.mark.parametrize(
    ("sent_on", "exception", "late"),
    [
        pytest.param(date(2027, 5, 7), "", False, id="art25-statutentekst-twee-weken-voor"),
        pytest.param(date(2027, 5, 8), "", True, id="art25-statutentekst-13-dagen-te-laat"),
        pytest.param(
            date(2027, 5, 15), "hoogdringendheid: nieuwe wet van 1 mei", False, id="art25-overmacht-of-hoogdringendheid"
        ),
    ],
)
def test_statute_text_ten_minste_twee_weken(sent_on, exception, late):
    """Art. 25: "Behalve in geval van overmacht of hoogdringendheid ... ten minste twee weken voor"."""
    assert (rules.statute_text_problem(date(2027, 5, 21), sent_on, exception) is not None) is late


# --- Art. 25 / 73: quorum and majorities --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("members", "present", "reached"),
    [
        pytest.param(20, 10, True, id="art25-de-helft-is-genoeg"),
        pytest.param(20, 9, False, id="art25-minder-dan-de-helft"),
        pytest.param(21, 10, False, id="art25-oneven-10-van-21-niet"),
        pytest.param(21, 11, True, id="art25-oneven-11-van-21"),
        pytest.param(0, 0, False, id="geen-leden-geen-quorum"),
    ],
)
def test_quorum_helft_aanwezig_of_vertegenwoordigd(members, present, reached):
    assert rules.quorum_reached(members, present) is reached


def _decide(subject="accounts", kind="ordinary", members=20, present=12, second=False, **votes):
    return rules.decide(
        subject=subject,
        kind=kind,
        members=members,
        present_or_represented=present,
        votes=Votes(**votes),
        second_meeting=second,
    )


@pytest.mark.parametrize(
    ("kwargs", "adopted"),
    [
        pytest.param(dict(for_=6, against=5, abstain=1), True, id="art25-eenvoudige-meerderheid"),
        pytest.param(dict(for_=5, against=6), False, id="art25-meer-tegen-dan-voor"),
        pytest.param(dict(for_=4, against=3, abstain=5), True, id="art25-onthoudingen-geen-uitgebrachte-stemmen"),
        pytest.param(dict(for_=0, against=0, abstain=12), False, id="art25-alleen-onthoudingen-geen-meerderheid"),
        pytest.param(dict(for_=6, against=6, chair="for"), True, id="art25-staking-stem-voorzitter-beslissend-voor"),
        pytest.param(dict(for_=6, against=6, chair="against"), False, id="art25-staking-stem-voorzitter-tegen"),
        pytest.param(
            dict(for_=6, against=6, chair="for", secret=True), False, id="art25-staking-geheime-stemming-verworpen"
        ),
        pytest.param(dict(for_=6, against=6), None, id="art25-staking-zonder-stem-voorzitter-geen-beslissing"),
    ],
)
def test_simple_majority_of_votes_cast(kwargs, adopted):
    """Art. 25: "een eenvoudige meerderheid van de uitgebrachte stemmen"; "Bij staking van de stemmen is de
    stem van de voorzitter beslissend, behalve ingeval van geheime stemming"."""
    assert _decide(**kwargs).adopted is adopted


@pytest.mark.parametrize(
    ("subject", "kwargs", "adopted"),
    [
        pytest.param("statutes", dict(for_=8, against=4), True, id="art25-statuten-precies-twee-derde"),
        pytest.param("statutes", dict(for_=7, against=4), False, id="art25-statuten-onder-twee-derde"),
        pytest.param("statutes", dict(for_=8, against=4, abstain=0, chair="for"), True, id="art25-statuten-8-4"),
        pytest.param(
            "statutes",
            dict(for_=6, against=6, chair="for"),
            False,
            id="art25-statuten-staking-voorzitter-beslist-geen-twee-derde",
        ),
        pytest.param(
            "statutes", dict(for_=6, against=3, abstain=3), True, id="art25-statuten-onthouding-niet-in-de-noemer"
        ),
        pytest.param("dissolution", dict(for_=7, against=4), False, id="art73-ontbinding-onder-twee-derde"),
        pytest.param("dissolution", dict(for_=10, against=2), True, id="art73-ontbinding-twee-derden"),
        pytest.param("merger", dict(for_=7, against=5), True, id="art25-8-fusie-geen-bijzondere-meerderheid"),
    ],
)
def test_two_thirds_for_statutes_and_dissolution(subject, kwargs, adopted):
    """Art. 25: "met een meerderheid van twee derde van de uitgebrachte stemmen"; Art. 73: "twee derden"."""
    assert _decide(subject=subject, **kwargs).adopted is adopted


def test_extraordinary_assembly_absolute_majority_of_members_present():
    """Art. 25: "De beslissingen van de Buitengewone Algemene Vergadering worden genomen bij volstreekte
    meerderheid van de stemmen van de aanwezige leden." 12 present: 7 needed, abstentions count."""
    assert _decide(kind="extraordinary", for_=6, against=2, abstain=4).adopted is False
    assert _decide(kind="extraordinary", for_=7, against=2, abstain=3).adopted is True
    # the ⅔ of the statutes stays in an extraordinary assembly
    assert _decide(subject="statutes", kind="extraordinary", for_=7, against=4).adopted is False


@pytest.mark.parametrize(
    ("subject", "second", "adopted"),
    [
        pytest.param("accounts", False, None, id="art25-geen-quorum-geen-beslissing"),
        pytest.param("accounts", True, True, id="art25-tweede-vergadering-ongeacht-aanwezigen"),
        pytest.param("statutes", True, True, id="art25-statuten-tweede-vergadering-dezelfde-dagorde"),
        pytest.param("dissolution", True, None, id="art73-ontbinding-altijd-de-helft"),
    ],
)
def test_second_meeting_decides_regardless_except_dissolution(subject, second, adopted):
    """Art. 25: "wordt een tweede Algemene Vergadering bijeengeroepen, die rechtsgeldig beraadslaagt ongeacht
    hoeveel leden aanwezig zijn"; Art. 73 has no such sentence for the dissolution."""
    decision = _decide(subject=subject, members=20, present=5, second=second, for_=5, against=0)
    assert decision.adopted is adopted
    if adopted is None:
        assert "quorum not reached" in str(decision.reasons[0])
        assert (decision.reasons[0].article == "Art. 73") is (subject == "dissolution")


def test_more_votes_than_present_is_refused():
    with pytest.raises(ValueError, match="one vote each"):
        _decide(present=10, for_=8, against=3)


# --- Art. 25, 25bis: modes, attendance and proxies -------------------------------------------------------------


def test_video_or_written_only_needs_exceptional_circumstances_or_urgency():
    """Art. 25bis §2: "uitsluitend via videoconferentie of via schriftelijke raadpleging ... wanneer
    uitzonderlijke omstandigheden of de dringende noodzaak dat vereisen"."""
    assert rules.mode_problems("physical", "", True) == []
    assert rules.mode_problems("hybrid", "", True) == []
    assert "§2" in rules.mode_problems("video", "", False)[0]
    assert "§2" in rules.mode_problems("written", " ", False)[0]
    assert rules.mode_problems("written", "lockdown", False) == []
    assert rules.mode_problems("written", "lockdown", True)  # §1 2° is beside a meeting


MEMBERS = {"a", "b", "c", "d", "e"}


@pytest.mark.parametrize(
    ("mode", "participations", "problem_of", "text"),
    [
        pytest.param(
            "physical",
            [Participation("a", "physical"), Participation("b", "represented", "a")],
            None,
            "",
            id="art25-een-volmacht-is-toegelaten",
        ),
        pytest.param(
            "physical",
            [
                Participation("a", "physical"),
                Participation("b", "represented", "a"),
                Participation("c", "represented", "a"),
            ],
            "c",
            "één volmacht",
            id="art25-slechts-drager-van-een-volmacht",
        ),
        pytest.param(
            "physical",
            [Participation("b", "represented", "x")],
            "b",
            "diezelfde vergadering",
            id="art25-volmacht-aan-een-lid-van-diezelfde-vergadering",
        ),
        pytest.param(
            "physical",
            [Participation("b", "represented", "b")],
            "b",
            "ander lid",
            id="art25-volmacht-aan-een-ander-lid",
        ),
        pytest.param(
            "physical",
            [Participation("a", "absent"), Participation("b", "represented", "a")],
            "b",
            "take part",
            id="art25-volmachtdrager-neemt-deel",
        ),
        pytest.param(
            "hybrid",
            [Participation("a", "video"), Participation("b", "represented", "a")],
            None,
            "",
            id="art25bis-3-volmacht-ook-bij-videoconferentie",
        ),
        pytest.param(
            "written",
            [Participation("a", "written"), Participation("b", "represented", "a")],
            "b",
            "niet toegelaten",
            id="art25bis-3-geen-volmacht-bij-schriftelijke-raadpleging",
        ),
        pytest.param(
            "physical",
            [Participation("a", "video")],
            "a",
            "not a way",
            id="art25bis-geen-video-bij-fysieke-vergadering",
        ),
        pytest.param(
            "physical", [Participation("a", "voted_before")], "a", "§1 2°", id="art25bis-1-2-stemmen-voor-niet-voorzien"
        ),
    ],
)
def test_participation_and_proxies(mode, participations, problem_of, text):
    """Art. 25: "Elk lid ... kan zich bij volmacht laten vertegenwoordigen door een ander lid van diezelfde
    vergadering. Elke persoon mag slechts drager van één volmacht zijn." Art. 25bis §3."""
    problems = rules.participation_problems(mode, False, MEMBERS, participations)
    if problem_of is None:
        assert problems == {}
    else:
        assert text in " ".join(problems[problem_of])


def test_remote_participants_count_as_present_for_the_quorum():
    """Art. 25bis §3: video, written-consultation and early voters "geacht aanwezig te zijn"."""
    assert rules.COUNTED_PRESENT == {"physical", "video", "voted_before", "written"}
    assert "represented" not in rules.COUNTED_PRESENT and "absent" not in rules.COUNTED_PRESENT


def test_majority_per_matter():
    assert rules.majority_for("statutes", "ordinary") == rules.MAJORITY_TWO_THIRDS
    assert rules.majority_for("dissolution", "ordinary") == rules.MAJORITY_TWO_THIRDS
    assert rules.majority_for("directors", "ordinary") == rules.MAJORITY_SIMPLE
    assert rules.majority_for("directors", "extraordinary") == rules.MAJORITY_ABSOLUTE_PRESENT


# --- Art. 24, 32: advisers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("active", "refused"),
    [pytest.param(4, False, id="art24-vijfde-raadgever"), pytest.param(5, True, id="art24-zesde-raadgever-geweigerd")],
)
def test_maximum_vijf_raadgevers(active, refused):
    """Art. 24: "Ze kan maximum vijf raadgevers, bij de Algemene Vergadering aanduiden"."""
    problems = rules.adviser_problems(active, "General Assembly", "Art. 24")
    assert bool(problems) is refused
    if refused:
        assert "Art. 24" in problems[0] and "vijf" in problems[0]


# --- Art. 32, 33: directors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        pytest.param(date(2026, 6, 30), date(2032, 6, 29), True, id="art32-zes-jaar"),
        pytest.param(date(2026, 6, 30), date(2032, 6, 30), False, id="art32-meer-dan-zes-jaar"),
        pytest.param(date(2028, 2, 29), date(2034, 2, 27), True, id="art32-29-februari"),
        pytest.param(date(2026, 6, 30), date(2026, 6, 1), False, id="einde-voor-begin"),
    ],
)
def test_mandaat_maximaal_zes_jaar(start, end, ok):
    """Art. 32: "De bestuurders worden verkozen voor een hernieuwbare periode van maximaal zes jaar"."""
    assert (rules.mandate_problems(start, end) == []) is ok
    assert rules.mandate_last_day(date(2026, 6, 30)) == date(2032, 6, 29)


D = [date(2027, m, 15) for m in (1, 3, 5, 7, 9)]


@pytest.mark.parametrize(
    ("presences", "expected"),
    [
        pytest.param(["unexcused", "unexcused"], (D[0], D[1]), id="art33-twee-opeenvolgende-keren"),
        pytest.param(["unexcused", "present", "unexcused"], None, id="art33-niet-opeenvolgend"),
        pytest.param(["unexcused", "excused", "unexcused"], None, id="art33-gemotiveerde-reden-breekt-de-reeks"),
        pytest.param(["excused", "excused"], None, id="art33-twee-keer-met-gemotiveerde-reden"),
        pytest.param(["present", "unexcused", "unexcused"], (D[1], D[2]), id="art33-later-in-het-mandaat"),
        pytest.param(["unexcused", None, "unexcused"], None, id="art33-niet-geregistreerd-is-geen-afwezigheid"),
        pytest.param(
            ["unexcused", "represented", "unexcused"], None, id="art34-volmacht-is-geen-ongemotiveerde-afwezigheid"
        ),
    ],
)
def test_twee_opeenvolgende_keren_afwezig_zonder_gemotiveerde_reden(presences, expected):
    """Art. 33: "Een bestuurder die twee opeenvolgende keren afwezig is zonder gemotiveerde reden, wordt
    beschouwd als ontslagnemend.\""""
    assert rules.deemed_resignation(list(zip(D, presences, strict=False))) == expected


def test_replacement_finishes_the_mandate():
    """Art. 33: "De op deze wijze verkozen bestuurder beëindigt het mandaat van de bestuurder die hij vervangt"."""
    assert rules.replacement_mandate(date(2032, 6, 29), date(2028, 5, 20)) == (date(2028, 5, 20), date(2032, 6, 29))
    with pytest.raises(ValueError, match="Art. 33"):
        rules.replacement_mandate(date(2028, 5, 1), date(2028, 5, 20))


def test_board_quorum_half_present_and_represented():
    """Art. 34: "indien minstens de helft van de bestuurders aanwezig en vertegenwoordigd is"."""
    assert rules.board_quorum_reached(14, 7) and not rules.board_quorum_reached(15, 7)
