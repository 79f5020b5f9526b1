from django.db import transaction
from django.http import JsonResponse


def search(request):
    """The one search box (issue #16): the results page (``templates/admin/search.html``), or with
    ``format=json`` the box's list (``static/core/search.js``). Each group shown is one read-access
    row (``core.privacy.log_access``, "listed", with its count), as an admin list is."""
    from django.contrib import admin
    from django.core.exceptions import ValidationError
    from django.template.response import TemplateResponse
    from django.utils.translation import gettext as _
    from stdnum.be import nn

    from core import selectors
    from core.privacy import Category, sees

    text = request.GET.get("q", "")
    as_json = request.GET.get("format") == "json"
    error, results = "", None
    try:
        results = selectors.search(request.user, text, limit=selectors.BOX_LIMIT if as_json else selectors.PAGE_LIMIT)
    except ValidationError as exc:
        error = " ".join(exc.message_dict.get("q", exc.messages))
    show_number = sees(request.user, Category.NATIONAL_NUMBER)
    groups = []
    with transaction.atomic():  # the groups' read-access rows: one commit
        for group in results.groups if results else []:
            _log_group(request, group, show_number)
    for group in results.groups if results else []:
        groups.append(
            {
                "name": group.name,
                "title": group.title,
                "all_url": group.all_url,
                "hits": [
                    {
                        "label": hit.label,
                        "detail": hit.detail,
                        "url": hit.url,
                        "national_number": nn.format(hit.national_number)
                        if show_number and hit.national_number
                        else "",
                        "more_url": hit.more_url,
                        "more_label": hit.more_label,
                    }
                    for hit in group.hits
                ],
            }
        )
    status = 400 if error else 200
    if as_json:
        return JsonResponse(
            {"query": text, "error": error, "groups": groups, "page": request.path + "?" + request.GET.urlencode()},
            status=status,
        )
    context = {
        **admin.site.each_context(request),
        "title": _("Search"),
        "query": text,
        "error": error,
        "groups": groups,
        "searched": bool(text.strip()) and not error,
    }
    return TemplateResponse(request, "admin/search.html", context, status=status)


def _log_group(request, group, show_number: bool) -> None:
    """One read-access row for a group of search results (a list: its count), as an admin list writes."""
    from django.apps import apps

    from core.privacy import Category, log_access

    categories = set(group.categories)
    if show_number and any(hit.national_number for hit in group.hits):
        categories.add(Category.NATIONAL_NUMBER)
    log_access(request, action="list", model=apps.get_model(group.model), count=len(group.hits), categories=categories)
