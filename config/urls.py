from csp.decorators import csp_update
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from core import otp_views
from core.auth import AdminLoginForm, admin_login
from core.autocomplete import autocomplete_view
from core.health import HealthView, LivenessView
from core.views import search

api_v1 = [
    path("", include("core.urls")),
    path("", include("members.urls")),
    path("", include("benefits.urls")),
    path("", include("lending.urls")),
    path("", include("elections.urls")),
    path("", include("bank.urls")),
]

# Redoc (sidecar 2.x) inserts two style sheets while its bundle loads, before its `nonce` option
# applies: allow exactly those by hash (the empty sheet and Redoc's own), and its "by Redocly" logo.
# A sidecar update that changes them fails reports/tests/test_browser.py.
REDOC_CSP = {
    "style-src": [
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
        "'sha256-QMIg+bpjm3JdElJ388KYke01izlUW0UoNOeKjpMxdgc='",
    ],
    "img-src": ["https://cdn.redoc.ly"],
}

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    # The admin login behind the per-address login throttle (core.auth); admin.site.login below.
    path("admin/login/", admin_login, name="admin-login"),
    # The admin's autocomplete with need-to-know and readable labels (core.autocomplete); the widgets
    # reverse ``admin:autocomplete``, which is this address.
    path("admin/autocomplete/", autocomplete_view, name="admin-autocomplete"),
    # The one search box (issue #16): staff only, through the admin's own login check.
    path("admin/search/", admin.site.admin_view(search), name="admin-search"),
    path("admin/", admin.site.urls),
    path("account/two-factor/", otp_views.otp_setup, name="otp-setup"),
    path("account/two-factor/verify/", otp_views.otp_verify, name="otp-verify"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Public and minimal (core/health.py): the load balancer's liveness, and every check for monitoring.
    path("healthz", LivenessView.as_view(), name="healthz"),
    path("health/", HealthView.as_view(), name="health"),
    path("reports/", include("reports.urls")),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The docs pages carry no inline script or style, so they work under the Content-Security-Policy.
    path(
        "api/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="schema", template_name="api/swagger_ui.html"),
        name="api-docs",
    ),
    path(
        "api/redoc/",
        csp_update(REDOC_CSP)(SpectacularRedocView.as_view(url_name="schema", template_name="api/redoc.html")),
        name="api-redoc",
    ),
]

handler404 = "core.api.not_found"

admin.site.site_header = "Ziekenfonds — back office"
admin.site.site_title = "Ziekenfonds"
admin.site.index_title = "Back office"
admin.site.login_form = AdminLoginForm  # asks for the second factor of users who have one
