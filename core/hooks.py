"""The project's hooks, found one way (issue #14), as ``django.contrib.admin`` finds ``admin.py``.

``CoreConfig.ready()`` calls ``autodiscover()``: core registers its own hooks, then
``django.utils.module_loading.autodiscover_modules("hooks")`` imports ``<app>/hooks.py`` of every
installed app, in ``INSTALLED_APPS`` order (members before the apps that build on it). Each app's
``hooks.py`` registers what it brings, from its own modules, with the functions below:

- ``register_nightly_step``: a step of the nightly chain (``core.nightly.Step``); the chain runs the
  steps in ``core.nightly.NIGHTLY_ORDER``, and the system check ``core.E001``–``E003`` holds the
  list and the registry to each other;
- ``register_reference``: the app's reference data seeder (``seed_reference``);
- ``register_demo``: the app's demo data seeder (``seed_demo``);
- ``register_member_panel``: a panel on the member's admin page (title, render, privacy category:
  shown only to roles that see that category, ``core.privacy``);
- ``register_file_section``: a section of the household's member file (issue #16: claims, rentals,
  mandates …), rendered once for all the household's members, with the clerk's actions;
- ``register_figures``: a page of report figures, ``function(year, today) -> JSON-able dict``,
  stored by ``reports.snapshots`` as one ``Snapshot`` per name and year;
- ``register_months_being_collected``: ``function(id_range) -> {household id: {month's first day}}``, the
  contribution months of the households in ``id_range`` that a payment channel is collecting and has not
  answered yet (the bank's direct debits): the arrears reminders leave them out;
- ``register_search``: a provider of the one search box (issue #16): ``find(query, limit=N)`` reads a
  ``core.search.Query`` and returns ``core.search.Hit``s of one group (households, members, claims …),
  shown only to roles with the group's permission that see its privacy category;
- ``register_rights_detector`` (issue #17): ``detect(day, id_range) -> [core.rights.Right]``, the rights the
  members of the households in ``id_range`` very likely have and did not claim; the nightly step
  ``benefits.rights_scan`` runs every registered detector;
- ``register_payout_status`` (issue #17): ``status(kind, item_ids) -> {item id: status}``, what became of
  the transfers that paid the items (the bank's payout transfers: ``"pending"``, ``"paid"``,
  ``"rejected"``), so that an app below the bank checks a payout really left.

A hook belongs to the app whose module defines its function (an app registers its own work, never
another's). Registering again under the same name from the same app replaces it in place, so
autodiscovery may run twice (tests); the same name from two apps is an error
(``ImproperlyConfigured``). This module imports no app: the apps import it.

``autodiscover_modules`` imports every installed app's ``hooks`` module, third-party ones too
(``drf_spectacular.hooks`` holds its schema post-processing functions and registers nothing here).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

if TYPE_CHECKING:
    from core.nightly import Step
    from core.privacy import Category
    from core.search import Hit

H = TypeVar("H")

#: ``seed(stdout=None, seeder=None)``: inserts the app's statute data that is missing (core.seeding).
ReferenceSeed = Callable[..., Any]
#: ``seed(*, today, stdout=None[, households])``: the app's demo data, idempotent.
DemoSeed = Callable[..., Any]
#: ``figures(year, today)``: one report page's figures as a JSON-able dict.
Figures = Callable[[int, date], dict]
#: ``months(id_range)``: {household id: first days of the months being collected}, households in the range.
MonthsBeingCollected = Callable[[tuple[int, int]], dict[int, set[date]]]
#: ``years()``: the years in which a page's figures have data (issue #16: reports offer those years).
FigureYears = Callable[[], "list[int]"]
#: ``detect(day, id_range)``: the unclaimed rights (``core.rights.Right``) of the households in the range.
RightsDetector = Callable[[date, tuple[int, int]], list[Any]]
#: ``status(kind, item_ids)``: {item id: the last transfer's status} of the items of ``kind`` that were paid.
PayoutStatus = Callable[[str, Collection[int]], dict[int, str]]


@dataclass(frozen=True)
class DemoSeeder:
    seed: DemoSeed
    sized: bool = False  # takes ``households=N``, the size of the demo population


@dataclass(frozen=True)
class MemberPanel:
    """A panel of the member's admin page (``members.panels``)."""

    title: Any  # a (lazy) translated string
    render: Callable[[Any], str]  # member -> HTML
    category: Category  # roles that do not see it (core.privacy) do not get the panel


@dataclass(frozen=True)
class SearchProvider:
    """A provider of the one search box (``core.selectors.search``)."""

    find: Callable[..., list[Hit]]  # find(query: Query, *, limit: int, memo: dict) -> hits, best first
    group: str  # the results' group ("households", "members", "claims" …); several providers may fill one
    title: Any  # the group's (lazy) translated title
    category: Category  # roles that do not see it (core.privacy) get nothing from this provider
    permission: str  # and those without this permission ("members.view_household") neither
    model: str  # app_label.model of the hits' objects, for the read-access log
    order: int = 100  # the group's place on the page (lowest first)
    changelist: str = ""  # the admin list (URL name) that searches the same text: "all results"


@dataclass(frozen=True)
class FileSection:
    """A section of the household's member file (``members.member_file``, issue #16): ``render(file)`` is
    its HTML, given the file being built (its household, its members, the request, the URL that brings
    the clerk back after an action), read batch-first for all the members at once."""

    title: Any  # a (lazy) translated string
    render: Callable[[Any], str]  # members.member_file.File -> HTML
    category: Category  # roles that do not see it (core.privacy) do not get the section


class Registry(Generic[H]):
    """One kind of hook: name → (app, hook), in registration order."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._registry: dict[str, tuple[str, H]] = {}

    def register(self, name: str, hook: H, *, app: str) -> H:
        known = self._registry.get(name)
        if known is not None and known[0] != app:
            raise ImproperlyConfigured(
                f"{self.kind} {name!r} is registered by both {known[0]!r} and {app!r}: a name belongs to one app"
            )
        self._registry[name] = (app, hook)  # again from the same app: replaced where it was
        return hook

    def unregister(self, name: str) -> None:
        del self._registry[name]

    def __contains__(self, name: object) -> bool:
        return name in self._registry

    def __iter__(self) -> Iterator[str]:
        return iter(self._registry)

    def __len__(self) -> int:
        return len(self._registry)

    def items(self) -> list[tuple[str, H]]:
        return [(name, hook) for name, (_app, hook) in self._registry.items()]

    def owner(self, name: str) -> str:
        """The app that registered ``name``."""
        return self._registry[name][0]


NIGHTLY: Registry[Step] = Registry("nightly step")
REFERENCE: Registry[ReferenceSeed] = Registry("reference seeder")
DEMO: Registry[DemoSeeder] = Registry("demo seeder")
PANELS: Registry[MemberPanel] = Registry("member-page panel")
SECTIONS: Registry[FileSection] = Registry("member-file section")
FIGURES: Registry[Figures] = Registry("report figures")
COLLECTING: Registry[MonthsBeingCollected] = Registry("months being collected")
SEARCH: Registry[SearchProvider] = Registry("search provider")
FIGURE_YEARS: Registry[FigureYears] = Registry("report figure years")
RIGHTS: Registry[RightsDetector] = Registry("rights detector")
PAYOUT_STATUS: Registry[PayoutStatus] = Registry("payout status")


def app_of(function: Callable) -> str:
    """The app whose module defines ``function`` (the first part of its module's name)."""
    while isinstance(function, functools.partial):
        function = function.func
    module = getattr(function, "__module__", None) or ""
    if not module:
        raise ImproperlyConfigured(f"{function!r}: a hook must be a function defined in an app's module")
    return module.partition(".")[0]


# --- registration ------------------------------------------------------------------------------------


def register_nightly_step(step: Step) -> Step:
    """A step of the nightly chain, under ``step.name`` (``"<app>.<what>"``); it runs only once named in
    ``core.nightly.NIGHTLY_ORDER``."""
    work = step.chunk or step.once
    if work is None:
        raise ImproperlyConfigured(f"nightly step {step.name!r}: neither chunk nor once work")
    return NIGHTLY.register(step.name, step, app=app_of(work))


def register_reference(seed: ReferenceSeed) -> ReferenceSeed:
    """The app's reference data seeder, under the app's label (``seed_reference --force <app>``)."""
    app = app_of(seed)
    return REFERENCE.register(app, seed, app=app)


def register_demo(seed: DemoSeed, *, sized: bool = False) -> DemoSeed:
    """The app's demo data seeder, under the app's label. ``sized``: it takes ``households=N``."""
    app = app_of(seed)
    DEMO.register(app, DemoSeeder(seed, sized), app=app)
    return seed


def register_member_panel(name: str, *, title: Any, render: Callable[[Any], str], category: Category) -> MemberPanel:
    """A panel of the member's admin page: ``render(member)`` is its HTML, shown under ``title`` to the roles
    that see ``category`` (core.privacy)."""
    return PANELS.register(name, MemberPanel(title, render, category), app=app_of(render))


def register_file_section(name: str, *, title: Any, render: Callable[[Any], str], category: Category) -> FileSection:
    """A section of the household's member file: ``render(file)`` is its HTML (``members.member_file.File``:
    household, members, request, return URL), shown under ``title`` to the roles that see ``category``."""
    return SECTIONS.register(name, FileSection(title, render, category), app=app_of(render))


def register_figures(name: str, figures: Figures, *, years: FigureYears | None = None) -> Figures:
    """A report page's figures: ``figures(year, today)`` → JSON-able dict, stored as the snapshot ``name``;
    ``years()``: the years that have data (the report pages open on the latest and offer each)."""
    app = app_of(figures)
    if years is not None:
        FIGURE_YEARS.register(name, years, app=app)
    return FIGURES.register(name, figures, app=app)


def register_months_being_collected(name: str, months: MonthsBeingCollected) -> MonthsBeingCollected:
    """The months a payment channel is collecting (``months(id_range)``): no arrears reminder for them."""
    return COLLECTING.register(name, months, app=app_of(months))


def register_search(
    name: str,
    find: Callable[..., list[Hit]],
    *,
    group: str,
    title: Any,
    category: Category,
    permission: str,
    model: str,
    order: int = 100,
    changelist: str = "",
) -> SearchProvider:
    """A provider of the one search box: ``find(query, limit=N, memo={})`` → at most N ``core.search.Hit``s
    of ``group``, for the roles holding ``permission`` that see ``category``. ``memo`` is one dict shared by
    the providers of one search (rows one provider read that another needs again)."""
    provider = SearchProvider(find, group, title, category, permission, model, order, changelist)
    return SEARCH.register(name, provider, app=app_of(find))


def register_rights_detector(name: str, detect: RightsDetector) -> RightsDetector:
    """A detector of unclaimed rights (issue #17): ``detect(day, id_range)`` → ``[core.rights.Right]``."""
    return RIGHTS.register(name, detect, app=app_of(detect))


def register_payout_status(name: str, status: PayoutStatus) -> PayoutStatus:
    """Where the payouts' transfers stand (issue #17): ``status(kind, item_ids)`` → {item id: status}."""
    return PAYOUT_STATUS.register(name, status, app=app_of(status))


# --- reading -----------------------------------------------------------------------------------------


def nightly_steps() -> dict[str, Step]:
    return dict(NIGHTLY.items())


def reference_seeders() -> list[tuple[str, ReferenceSeed]]:
    return REFERENCE.items()


def demo_seeders() -> list[tuple[str, DemoSeeder]]:
    return DEMO.items()


def member_panels() -> list[MemberPanel]:
    return [panel for _name, panel in PANELS.items()]


def file_sections() -> list[tuple[str, FileSection]]:
    return SECTIONS.items()


def figures() -> dict[str, Figures]:
    return dict(FIGURES.items())


def months_being_collected(id_range: tuple[int, int]) -> dict[int, set[date]]:
    """Every registered channel's months being collected, per household of ``id_range``."""
    result: dict[int, set[date]] = {}
    for _name, months in COLLECTING.items():
        for household_id, days in months(id_range).items():
            result.setdefault(household_id, set()).update(days)
    return result


def search_providers() -> list[SearchProvider]:
    return sorted((provider for _name, provider in SEARCH.items()), key=lambda p: p.order)


def figure_years(name: str) -> list[int]:
    """The years in which the figures ``name`` have data (none declared: no year known)."""
    if name not in FIGURE_YEARS:
        return []
    return sorted({int(y) for y in dict(FIGURE_YEARS.items())[name]()})


def rights_detectors() -> list[tuple[str, RightsDetector]]:
    return RIGHTS.items()


def payout_statuses(kind: str, item_ids: Collection[int]) -> dict[int, str]:
    """What every registered payment channel says of the transfers that paid ``item_ids`` of ``kind``
    (nothing registered, or no transfer: the item is left out)."""
    result: dict[int, str] = {}
    for _name, status in PAYOUT_STATUS.items():
        result.update(status(kind, item_ids))
    return result


# --- discovery ---------------------------------------------------------------------------------------


def register_core_hooks() -> None:
    """Core's own hooks (this module is core's ``hooks`` module too): the nightly schedule in the
    database, and the read-access log's retention at the end of the nightly chain."""
    from core import nightly, reference

    register_reference(reference.seed)
    register_nightly_step(nightly.ACCESS_LOG_PURGE)


def autodiscover() -> None:
    """Fill the registry: core's hooks, then every installed app's ``hooks`` module."""
    register_core_hooks()
    autodiscover_modules("hooks")
