"""The admin's app list is built once per user and permissions (core.admin_nav, issue #18): the same list
as Django builds, and a permission or role changed shows at once."""

import pytest
from django.contrib import admin
from django.contrib.admin import AdminSite
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.utils import translation

pytestmark = pytest.mark.django_db


def _request(user):
    request = RequestFactory().get("/admin/")
    # a fresh user object per request, as the session middleware gives (its permission caches are per request)
    request.user = get_user_model().objects.get(pk=user.pk)
    return request


def _models(app_list) -> set[tuple[str, str, bool]]:
    return {
        (app["app_label"], model["object_name"], bool(model["add_url"])) for app in app_list for model in app["models"]
    }


def _uncached(request):
    return AdminSite._build_app_dict(admin.site, request)


def test_the_cached_list_is_the_one_django_builds_for_each_role(make_user):
    for role in ("clerk", "manager", "auditor"):
        user = make_user(role)
        first = admin.site.get_app_list(_request(user))
        again = admin.site.get_app_list(_request(user))  # from the cache
        expected = sorted(_uncached(_request(user)).values(), key=lambda app: app["name"].lower())
        assert _models(first) == _models(again) == _models(expected)
        assert [app["app_label"] for app in again] == [app["app_label"] for app in expected]


def test_a_page_cannot_change_the_next_pages_list(make_user):
    user = make_user("clerk")
    first = admin.site.get_app_list(_request(user))
    first[0]["models"].clear()  # a template or view that changes its copy
    assert admin.site.get_app_list(_request(user))[0]["models"]


def test_a_permission_granted_or_a_role_changed_shows_at_once(make_user):
    user = make_user("clerk")
    before = _models(admin.site.get_app_list(_request(user)))
    assert ("benefits", "Benefit", False) in before  # reference data: clerks read it

    user.user_permissions.add(Permission.objects.get(codename="add_benefit"))
    assert ("benefits", "Benefit", True) in _models(admin.site.get_app_list(_request(user)))

    user.user_permissions.clear()
    user.groups.set([Group.objects.get(name="auditor")])
    as_auditor = _models(admin.site.get_app_list(_request(user)))
    assert as_auditor == _models(_uncached(_request(user)).values())
    assert as_auditor != before


def test_the_list_follows_the_language(make_user):
    user = make_user("clerk")
    with translation.override("nl"):
        dutch = admin.site.get_app_list(_request(user))
    with translation.override("fr"):
        french = admin.site.get_app_list(_request(user))
    assert [str(app["name"]) for app in dutch] != [str(app["name"]) for app in french]
