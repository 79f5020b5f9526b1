"""The admin's app list (the navigation sidebar and the index), built once per user and permissions in each
process instead of on every page (issue #18, clerks under load).

``AdminSite._build_app_dict`` asks every registered ModelAdmin for its permissions and reverses its URLs on
every admin page: about 40 ms of Python per page at this project's 60 models, a third of a clerk's request.
What it returns depends on the user's permissions and roles (``has_*_permission`` here read only those:
``core.privacy`` categories come from the roles), the language and the script prefix: those are the key,
so a permission granted or withdrawn, or a role changed, gives a new entry at once. Each page gets its
own copy (``get_app_list`` sorts it in place).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from django.urls import get_script_prefix
from django.utils import translation

from core import privacy

#: Entries kept per process (users × languages): the oldest is dropped beyond it.
MAX_ENTRIES = 512

_lock = threading.Lock()


def _key(request) -> tuple | None:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    return (
        user.pk,
        user.is_active,
        user.is_staff,
        user.is_superuser,
        frozenset(user.get_all_permissions()),  # cached on the user for the request (ModelBackend)
        privacy.categories_for(user),  # the roles (cached on the user for the request)
        translation.get_language(),
        get_script_prefix(),
    )


def _copy(app_dict: dict) -> dict:
    return {label: {**app, "models": [dict(model) for model in app["models"]]} for label, app in app_dict.items()}


def install(site) -> None:
    """Wrap ``site._build_app_dict`` (the whole list, ``label=None``) with the per-process cache."""
    build = site._build_app_dict
    if getattr(build, "cached_by_core", False):
        return
    entries: OrderedDict = OrderedDict()

    def cached_build(request, label=None):
        key = _key(request) if label is None else None
        if key is None:
            return build(request, label)
        with _lock:
            found = entries.get(key)
            if found is not None:
                entries.move_to_end(key)
        if found is None:
            found = build(request)
            with _lock:
                entries[key] = found
                while len(entries) > MAX_ENTRIES:
                    entries.popitem(last=False)
        return _copy(found)

    cached_build.cached_by_core = True  # type: ignore[attr-defined]
    cached_build.entries = entries  # type: ignore[attr-defined]  (the tests look)
    site._build_app_dict = cached_build
