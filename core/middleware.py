"""Response headers the whole site needs (the Content-Security-Policy itself comes from django-csp)."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers


class ApiNoStoreMiddleware:
    """API answers (members, claims, IBANs …) are never stored by a browser or a proxy.

    Every response under ``settings.API_NO_STORE_PREFIX`` gets ``Cache-Control: no-store`` (with
    ``no-cache, must-revalidate, private, max-age=0`` and ``Expires`` now) and
    ``Pragma: no-cache`` for HTTP/1.0 caches. Errors and the schema included: a 401 page cached by
    a shared proxy is as wrong as a cached member list.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = settings.API_NO_STORE_PREFIX

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.prefix):
            add_never_cache_headers(response)
            response.headers["Pragma"] = "no-cache"
        return response
