"""One house (issue #14): every domain app has the same rooms, and each room keeps to its job.

- ``rules.py``: pure domain rules; no Django, no ORM (STYLE: "A test keeps ``django.db`` out of every
  ``rules.py``");
- ``selectors.py``: reads; fetch, then let the rules decide; never a write;
- ``services.py``: the writes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_APPS = ("members", "benefits", "lending", "elections", "bank")
ROOMS = ("rules.py", "selectors.py", "services.py")

#: Calls that write (or lock rows for a write): a selector makes none of them.
WRITE_CALLS = frozenset(
    {
        "save",
        "create",
        "update",
        "delete",
        "bulk_create",
        "bulk_update",
        "get_or_create",
        "update_or_create",
        "select_for_update",
        "full_clean",
        "raw",
        "execute",
    }
)


@pytest.mark.parametrize("app", DOMAIN_APPS)
@pytest.mark.parametrize("room", ROOMS)
def test_every_domain_app_has_the_same_rooms(app, room):
    assert (ROOT / app / room).is_file(), f"{app}/{room} is missing"


def _imports(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return found


def _is_forbidden_in_rules(module: str) -> bool:
    """Rules import no Django (ORM, settings, clock, translation) and no app's models, selectors or
    services: dates, Decimals and dataclasses in, values out."""
    top = module.split(".")
    return top[0] == "django" or any(part in ("models", "selectors", "services", "admin", "apis") for part in top[1:])


def rules_modules():
    return sorted(ROOT.glob("*/rules.py"))


@pytest.mark.parametrize("path", rules_modules(), ids=lambda p: p.parent.name)
def test_rules_modules_are_pure(path):
    text = path.read_text()
    assert "django.db" not in text and "from django" not in text, path
    forbidden = [m for m in _imports(ast.parse(text)) if _is_forbidden_in_rules(m)]
    assert not forbidden, f"{path.relative_to(ROOT)} imports {forbidden}"


def _writes(tree: ast.AST) -> list[str]:
    """Every ``<something>.<write>(...)`` call, as ``function: line N .name()``."""
    found = []
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITE_CALLS:
                found.append(f"{function.name}: line {node.lineno} .{node.func.attr}()")
    return found


@pytest.mark.parametrize("app", DOMAIN_APPS)
def test_selectors_only_read(app):
    path = ROOT / app / "selectors.py"
    writes = _writes(ast.parse(path.read_text()))
    assert not writes, f"{app}/selectors.py writes: {writes}"


def test_the_write_check_sees_a_write():
    """The AST check itself can fail: a selector that saves, creates or updates is caught."""
    source = (
        "def member_get(pk):\n    member = Member.objects.get(pk=pk)\n    member.save()\n"
        "    Member.objects.filter(pk=pk).update(x=1)\n    return Member.objects.create()\n"
    )
    assert [w.split(" .")[1] for w in _writes(ast.parse(source))] == ["save()", "update()", "create()"]


def test_the_purity_check_sees_an_orm_import():
    assert _is_forbidden_in_rules("django.db.models")
    assert _is_forbidden_in_rules("members.models")
    assert _is_forbidden_in_rules("members.selectors")
    assert not _is_forbidden_in_rules("core.dates")
    assert not _is_forbidden_in_rules("members.rules")


#: Reads that moved from services (issue #14) to selectors: they live in one room only.
MOVED_READS = {
    "lending": ("price_on", "renter_tariff", "birth_within", "counted_rent", "max_invoice_for", "vt_on"),
    "elections": (
        "titulars_on",
        "deadlines",
        "next_deadline",
        "person_facts",
        "voter_explanation",
        "assembly_members_on",
        "assembly_meeting_facts",
        "directors_on",
        "board_meeting_facts",
    ),
}


@pytest.mark.parametrize("app", sorted(MOVED_READS))
def test_reads_live_in_selectors_not_in_services(app):
    def defined(room):
        tree = ast.parse((ROOT / app / room).read_text())
        return {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}

    assert set(MOVED_READS[app]) <= defined("selectors.py")
    assert not set(MOVED_READS[app]) & defined("services.py")


def test_the_suite_collects_every_apps_tests():
    """``pytest`` (the README's test command) runs the tests of every app that has some: an app left out
    of ``testpaths`` would have its tests silently never run (bank's were, for one merge)."""
    import configparser

    root = Path(__file__).resolve().parents[2]
    ini = configparser.ConfigParser()
    ini.read(root / "pytest.ini")
    collected = set(ini["pytest"]["testpaths"].split())
    with_tests = {path.parent.parent.name for path in root.glob("*/tests/__init__.py")}
    assert with_tests <= collected, sorted(with_tests - collected)
