"""Back to where the clerk came from after saving (issue #16): an add or change page opened with
``?_return=<url>`` (the member file's actions) goes back there after a plain "Save". The URL is
followed only when it stays on this site (``url_has_allowed_host_and_scheme``): an external
``_return`` is ignored and the admin's usual page follows."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

RETURN_PARAM = "_return"

#: The admin's buttons that say where to go next themselves (stay, add another, save as new, popup).
_OWN_DESTINATION = ("_continue", "_addanother", "_saveasnew", "_popup", "_to_field")


def safe_return_url(request) -> str | None:
    """The ``_return`` URL of the request (query string or form) when it stays on this site, else None."""
    url = request.POST.get(RETURN_PARAM) or request.GET.get(RETURN_PARAM)
    if not url:
        return None
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return None


def with_return(url: str, back: str, **params) -> str:
    """``url`` with ``params`` (pre-filled fields) and ``_return=back`` in its query string."""
    return f"{url}?{urlencode({**{k: v for k, v in params.items() if v is not None}, RETURN_PARAM: back})}"


class ReturnToMixin:
    """ModelAdmin mixin: after a plain save, to the safe ``_return`` URL, else to
    ``default_return_url(request, obj)`` when the admin names one (a member or a payment: their
    household's file), else where the admin goes anyway. The success message is the admin's own."""

    def default_return_url(self, request, obj) -> str | None:
        return None

    def _return_to(self, request, obj, response):
        if not isinstance(response, HttpResponseRedirect) or any(k in request.POST for k in _OWN_DESTINATION):
            return response
        if any(k in request.GET for k in ("_popup", "_to_field")):
            return response
        url = safe_return_url(request) or self.default_return_url(request, obj)
        if url:
            response["Location"] = url
        return response

    def response_add(self, request, obj, post_url_continue=None):
        return self._return_to(request, obj, super().response_add(request, obj, post_url_continue))

    def response_change(self, request, obj):
        return self._return_to(request, obj, super().response_change(request, obj))
