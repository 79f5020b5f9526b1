"""The hooks, found one way (issue #14): what every app registers, the registry's rules (idempotent,
one app per name), the system check on the nightly order, and the report figures it feeds."""

import importlib
import io
from datetime import date

import pytest
import time_machine
from django.core import checks as django_checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from core import checks, hooks, nightly
from core.privacy import Category
from reports import snapshots
from reports.models import Snapshot


@pytest.fixture
def registry(monkeypatch):
    """Each registry as a copy, restored after the test (the real one is the process's)."""
    for kind in (hooks.NIGHTLY, hooks.REFERENCE, hooks.DEMO, hooks.PANELS, hooks.FIGURES):
        monkeypatch.setattr(kind, "_registry", dict(kind._registry))
    return hooks


def _stray(day):
    return {"stray": 1}


def _names(kind):
    return [(name, kind.owner(name)) for name in kind]


# --- what each app registers --------------------------------------------------------------------------


def test_every_app_registers_its_own_hooks_in_app_order():
    assert [(name, hooks.NIGHTLY.owner(name)) for name in nightly.NIGHTLY_ORDER] == [
        ("members.dues_and_status", "members"),
        ("members.arrears_reminders", "members"),
        ("lending.rent", "lending"),
        ("benefits.deadlines_and_batch", "benefits"),
        ("lending.max_invoice", "lending"),
        ("lending.alarm_subsidies", "lending"),
        ("bank.mandates_expire", "bank"),
        ("benefits.rights_scan", "benefits"),
        ("reports.snapshots", "reports"),
        ("core.access_log_purge", "core"),
        ("members.dues_partitions", "members"),
    ]
    # core's schedule first, then INSTALLED_APPS order (as seed_reference always ran them)
    assert [name for name, _seed in hooks.reference_seeders()] == ["core", "members", "benefits", "lending", "reports"]
    # members' population first: the others' demo data is about its members
    assert [(name, demo.sized) for name, demo in hooks.demo_seeders()] == [
        ("members", True),
        ("benefits", False),
        ("lending", False),
        ("elections", False),
        ("bank", False),
    ]
    assert _names(hooks.FIGURES) == [
        ("membership", "members"),
        ("contributions", "members"),
        ("correspondence", "members"),
        ("benefits", "benefits"),
        ("take_up", "benefits"),
        ("lending", "lending"),
        ("elections", "elections"),
    ]


@pytest.mark.parametrize(
    "role, titles",
    [
        pytest.param(
            "clerk",
            [
                "Benefits used this year",
                "Rights not claimed (worklist)",
                "Lending (ComfoPlus)",
                "Sick-child care fees (Art. 52)",
                "Home-care shop (Art. 54)",
                "Elections",
                "Direct debit (SEPA)",
            ],
            id="clerk-sees-every-panel",
        ),
        pytest.param(
            "lending_desk", ["Lending (ComfoPlus)", "Home-care shop (Art. 54)"], id="lending-desk-no-health-data"
        ),
        pytest.param("election_bureau", ["Elections"], id="bureau-electoral-facts-only"),
    ],
)
def test_member_page_panels_follow_the_privacy_table(make_user, role, titles):
    from members.panels import member_panels_for

    assert [str(title) for title, _render in member_panels_for(make_user(role))] == titles


def test_panels_keep_their_privacy_category():
    assert [(name, panel.category) for name, panel in hooks.PANELS.items()] == [
        ("benefits.usage", Category.HEALTH),
        ("benefits.findings", Category.HEALTH),
        ("lending.comfoplus", Category.LENDING),
        ("lending.care_fees", Category.HEALTH),
        ("lending.home_care_shop", Category.LENDING),
        ("elections.electoral", Category.ELECTORAL),
        ("bank.direct_debit", Category.BANK),
    ]


# --- the registry's rules -------------------------------------------------------------------------------


def test_autodiscovery_twice_registers_nothing_twice(registry):
    before = {kind.kind: _names(kind) for kind in (hooks.NIGHTLY, hooks.REFERENCE, hooks.DEMO, hooks.PANELS)}
    before["figures"] = _names(hooks.FIGURES)
    hooks.autodiscover()
    for app in ("members", "benefits", "lending", "elections", "reports"):
        importlib.reload(importlib.import_module(f"{app}.hooks"))  # registers again: same names, same places
    after = {kind.kind: _names(kind) for kind in (hooks.NIGHTLY, hooks.REFERENCE, hooks.DEMO, hooks.PANELS)}
    after["figures"] = _names(hooks.FIGURES)
    assert after == before
    assert checks.nightly_order() == []


def test_a_name_taken_by_another_app_is_refused(registry):
    with pytest.raises(ImproperlyConfigured, match="'membership' is registered by both 'members' and 'core'"):
        registry.register_figures("membership", _stray)  # this test module is core's
    with pytest.raises(ImproperlyConfigured, match="'lending.rent' is registered by both 'lending' and 'core'"):
        registry.register_nightly_step(nightly.Step("lending.rent", "stray", once=_stray))
    with pytest.raises(ImproperlyConfigured, match="'elections.electoral' is registered by both"):
        registry.register_member_panel(
            "elections.electoral", title="stray", render=lambda member: "", category=Category.IDENTITY
        )
    assert registry.figures()["membership"].__module__ == "members.figures"  # the app's own stays
    assert registry.nightly_steps()["lending.rent"].unit == "lending.rental"


# --- the nightly order, written once, and its check --------------------------------------------------------


def test_the_registered_steps_and_the_order_agree():
    assert checks.nightly_order() == []
    assert [step.name for step in nightly.steps()] == nightly.NIGHTLY_ORDER


def test_a_registered_step_missing_from_the_order_is_an_error(registry):
    # given a step an app registers but NIGHTLY_ORDER forgets
    registry.register_nightly_step(nightly.Step("core.stray", "a step nobody ordered", once=_stray))
    # then the system check names it (and it is registered in ready(): run_checks finds it) …
    errors = [e for e in django_checks.run_checks() if e.id.startswith("core.E00")]
    assert [(e.id, e.obj) for e in errors] == [("core.E001", "core.stray")]
    assert "'core.stray' (core) is registered but not in NIGHTLY_ORDER" in errors[0].msg
    # … and the chain refuses to run without it
    with pytest.raises(ImproperlyConfigured, match="core.stray"):
        nightly.steps()


def test_a_listed_step_nobody_registers_is_an_error(registry):
    registry.NIGHTLY.unregister("lending.alarm_subsidies")
    errors = checks.nightly_order()
    assert [(e.id, e.obj) for e in errors] == [("core.E002", "lending.alarm_subsidies")]
    assert "in NIGHTLY_ORDER but no app registers it" in errors[0].msg
    with pytest.raises(ImproperlyConfigured, match="lending.alarm_subsidies"):
        nightly.steps()


def test_a_step_listed_twice_is_an_error(monkeypatch):
    monkeypatch.setattr(nightly, "NIGHTLY_ORDER", [*nightly.NIGHTLY_ORDER, "lending.rent"])
    assert [(e.id, e.obj) for e in checks.nightly_order()] == [("core.E003", "lending.rent")]


def test_manage_py_check_fails_on_a_stray_step(registry):
    registry.register_nightly_step(nightly.Step("core.stray", "a step nobody ordered", once=_stray))
    from django.core.management.base import SystemCheckError

    with pytest.raises(SystemCheckError, match=r"core\.E001"):
        call_command("check", stdout=io.StringIO(), stderr=io.StringIO())


# --- report figures come from the registry ----------------------------------------------------------------


@pytest.mark.django_db
def test_snapshots_store_exactly_the_registered_figures(registry, table_2026):
    # given one more page registered by an app (this test module is core's)
    registry.register_figures("stray", lambda year, today: {"year": year, "on": today.isoformat()})
    # when the snapshots are refreshed
    counts = snapshots.refresh(2026, date(2026, 11, 23))
    # then every registered page is stored, under its name, with what its function returned
    assert counts == {"snapshots": 8}
    assert sorted(Snapshot.objects.filter(year=2026).values_list("key", flat=True)) == [
        "benefits",
        "contributions",
        "correspondence",
        "elections",
        "lending",
        "membership",
        "stray",
        "take_up",
    ]
    assert Snapshot.objects.get(key="stray", year=2026).data == {"year": 2026, "on": "2026-11-23"}


@pytest.mark.django_db
def test_demo_data_snapshots_keep_their_shape_and_agree_with_the_tables():
    from benefits.models import Claim
    from members.models import Member

    today = date(2026, 11, 23)
    with time_machine.travel(date(2026, 11, 23), tick=False):
        call_command("seed_demo", households=12, stdout=io.StringIO())
    snapshots.refresh(2026, today)
    data = {s.key: s.data for s in Snapshot.objects.filter(year=2026)}
    assert {key: sorted(value) for key, value in data.items()} == {
        # "labels": the codes' names in every language, stored with the figures (issue #16)
        "membership": sorted(
            ["on", "titulars", "dependents", "members", "vt_members", "vt_share", "growth", "by_region", "statuses"]
            + ["labels"]
        ),
        "contributions": sorted(["income", "per_month", "per_code", "arrears", "households_in_arrears", "labels"]),
        "correspondence": sorted(["per_kind_month", "per_kind", "reminders", "labels"]),
        "benefits": sorted(
            ["claims", "payout", "rejected", "rejections_by_article", "rejections_by_code", "per_benefit", "labels"]
        ),
        "lending": sorted(
            ["rent", "fees", "by_kind", "units", "utilisation", "max_invoice_refunds", "alarm_subsidies", "labels"]
        ),
        "elections": ["elections"],
        "take_up": sorted(["eligible", "claimed", "claimed_after_letter", "amount_after_letter", "per_right"]),
    }
    membership = data["membership"]
    assert membership["members"] == membership["titulars"] + membership["dependents"] > 0
    assert membership["members"] == Member.objects.filter(affiliation_start__lte=today).count() - (
        Member.objects.filter(affiliation_start__lte=today, affiliation_end__lt=today).count()
    )
    assert data["benefits"]["claims"] == Claim.objects.filter(event_date__year=2026).count() > 0
