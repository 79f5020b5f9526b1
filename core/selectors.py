"""The one search box (issue #16): a query read by ``core.search.parse``, answered by the providers the
apps register (``core.hooks.register_search``), for the roles that may see each group.

Need-to-know (``core.privacy``) applies twice: a reading of the query that is itself a category of
personal data is searched only for roles that see that category (an IBAN: bank; a structured
communication: contributions), and a group is answered only for roles holding its permission that
see its category (claims: health; rentals: lending). A national number may be searched by every
role (a member hands over the eID card), but is shown only to roles that see national numbers
(the view and the template ask ``sees``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, reverse

from core import bounds
from core.hooks import SearchProvider, search_providers
from core.privacy import Category, categories_for
from core.search import MAX_LENGTH, Hit, Kind, Query, parse

#: Readings that are personal data of a category: searched only by the roles that see it.
KIND_CATEGORY: dict[Kind, Any] = {  # Kind → Category (TextChoices: Any to mypy without django-stubs)
    Kind.IBAN: Category.BANK,
    Kind.STRUCTURED_COMMUNICATION: Category.CONTRIBUTIONS,
}

#: Results per group in the box's list, and on the results page.
BOX_LIMIT = 6
PAGE_LIMIT = 20


@dataclass
class Group:
    name: str
    title: str
    category: Category
    model: str  # app_label.model of its objects, for the read-access log
    hits: list[Hit] = field(default_factory=list)
    categories: set[Category] = field(default_factory=set)  # of the providers whose hits it shows
    all_url: str = ""  # the admin list that searches the same text


@dataclass
class Results:
    query: Query
    groups: list[Group]

    @property
    def count(self) -> int:
        return sum(len(group.hits) for group in self.groups)


def searchable(query: Query, categories: frozenset[Category]) -> Query:
    """``query`` without the readings the role may not search by (``KIND_CATEGORY``)."""
    return query.without(frozenset(kind for kind, category in KIND_CATEGORY.items() if category not in categories))


def providers_for(user) -> list[SearchProvider]:
    """The providers whose group ``user`` may see: its permission and its privacy category."""
    shown = categories_for(user)
    return [p for p in search_providers() if p.category in shown and user.has_perm(p.permission)]


def check(text: str) -> None:
    """The bound of a query (``core.bounds``): a ``ValidationError`` on ``q`` naming the rule."""
    problem = bounds.search_text_problem(text, max_length=MAX_LENGTH)
    if problem:
        raise ValidationError({"q": problem})


def search(user, text: str, *, limit: int = BOX_LIMIT, groups: frozenset[str] | None = None) -> Results:
    """Every group's hits for ``text`` that ``user`` may see, at most ``limit`` per group, groups in their
    order. ``groups``: only those (the admin lists that search through the same providers)."""
    check(text)
    query = searchable(parse(text), categories_for(user))
    found: dict[str, Group] = {}
    memo: dict = {}  # shared by the providers of this search: a reading's rows fetched once
    if not query.kinds:
        return Results(query, [])
    for provider in providers_for(user):
        if groups is not None and provider.group not in groups:
            continue
        group = found.get(provider.group)
        if group is None:
            group = found[provider.group] = Group(
                provider.group, str(provider.title), provider.category, provider.model, all_url=_all_url(provider, text)
            )
        if len(group.hits) >= limit:
            continue
        seen = {hit.key for hit in group.hits}
        for hit in provider.find(query, limit=limit, memo=memo):
            if hit.key not in seen and len(group.hits) < limit:
                group.hits.append(hit)
                group.categories.add(provider.category)
                seen.add(hit.key)
    return Results(query, [group for group in found.values() if group.hits])


def object_ids(user, text: str, *, group: str, limit: int = 1000) -> list[int]:
    """The ids of ``group``'s hits (keys ``"<kind>:<id>"``), for an admin list searching the same way."""
    results = search(user, text, limit=limit, groups=frozenset({group}))
    return [int(hit.key.rpartition(":")[2]) for found in results.groups for hit in found.hits]


def _all_url(provider: SearchProvider, text: str) -> str:
    if not provider.changelist:
        return ""
    try:
        return reverse(provider.changelist) + "?" + urlencode({"q": text})
    except NoReverseMatch:
        return ""
