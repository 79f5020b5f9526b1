"""No admin screen answers a server error (issue #12, point 13).

On the demo data (``seed_demo``), as every role of ``core.roles.ROLES`` and as a superuser, open
every screen the admin site has: the index and the app indexes; for every registered model the
changelist (plain, searched, sorted on every column, filtered on the first choice of each list
filter), the add page and an empty add form posted, the change page of the first object of those
lists and that page saved as shown (nothing changed), its history, delete and audit-trail pages,
every extra URL the ModelAdmin registers (minutes, exports, the ballot import, the return and
purchase steps, …), the import step with awkward files, every admin action on the first object;
and the pages outside the admin and the API (the report pages and their exports).

Nothing is listed by hand: a model, action, extra URL or role added later is opened as well. Every
request that answers 5xx or raises is collected, and the test fails once per role with the whole
list (method, URL, exception and the project line that raised), so one run shows every crashing
screen. Other answers (200, 302, 403, 404) are the screens' business, checked by their own tests.
"""

from __future__ import annotations

import io
import re
import traceback
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from core.roles import ROLES

SUPERUSER = "superuser"
#: Changelist filter choices opened per list filter (the first ones; "All" excluded).
FILTER_CHOICES = 1
#: Objects per model whose change pages are opened (the first of the list, then the first of each
#: filtered list: another status, another kind, so another layout of the page).
OBJECTS_PER_MODEL = 2
#: Prefixes outside the admin that are not pages (the API has its own schemathesis run; the health
#: pages answer 503 by design while a service, e.g. a Celery worker, is down: test_health.py).
NOT_PAGES = ("/api/", "/i18n/", "/admin/", "/health")
#: Actions not run: they hand a task to the Celery broker (django-celery-beat's "Run selected tasks"
#: would start a real nightly run on the shared Redis and configure the Celery app before the real
#: worker test does). The chain itself is tested with a real worker in test_celery_worker.py.
ACTIONS_SENDING_TASKS = {("django_celery_beat", "run_tasks")}
STANDARD_VIEWS = ("changelist", "add", "change", "history", "delete")
BASE_DIR = Path(settings.BASE_DIR).resolve()


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module and rolled back after it (each test runs in a
    savepoint inside this transaction). A smaller population than ``make run`` keeps it fast; every
    kind of record the demo builds is still there."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            call_command("seed_demo", households=12, stdout=io.StringIO())
            yield
            transaction.set_rollback(True)


def _user(role: str):
    User = get_user_model()
    user = User.objects.create_user(
        username=f"smoke-{role}", password="smoke-pass-123", is_staff=True, is_superuser=role == SUPERUSER
    )
    if role != SUPERUSER:
        user.groups.add(Group.objects.get(name=role))
    return user


def _login(client: Client, user) -> None:
    """Log in as staff would: through the model backend (not a lockout or other wrapper backend),
    with a verified second factor where the site asks for one."""
    from django.contrib.auth.backends import ModelBackend
    from django.utils.module_loading import import_string

    backend = next(
        (path for path in settings.AUTHENTICATION_BACKENDS if issubclass(import_string(path), ModelBackend)), None
    )
    client.force_login(user, backend=backend)
    if "django_otp" in settings.INSTALLED_APPS:
        from django.apps import apps
        from django_otp import DEVICE_ID_SESSION_KEY

        plugin = next(
            label
            for label in ("otp_static.StaticDevice", "otp_totp.TOTPDevice")
            if apps.is_installed("django_otp.plugins." + label.split(".")[0])
        )
        device = apps.get_model(plugin).objects.create(user=user, name="admin smoke test", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()


def _project_line(exc: BaseException) -> str:
    """The innermost frame of this project's code (not a library's) that the exception went through."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        path = Path(frame.filename).resolve()
        if path.is_relative_to(BASE_DIR) and ".venv" not in path.parts and "site-packages" not in path.parts:
            return f"{path.relative_to(BASE_DIR)}:{frame.lineno}"
    return "no project frame"


class Probe:
    """Sends requests, never stops at a failure, and remembers every 5xx or exception."""

    def __init__(self, client: Client, role: str):
        self.client, self.role = client, role
        self.failures: list[str] = []
        self.requests = 0

    def get(self, url: str):
        return self._send("GET", url)

    def post(self, url: str, data: dict):
        return self._send("POST", url, data)

    def _send(self, method: str, url: str, data: dict | None = None):
        self.requests += 1
        try:
            # A savepoint per request: a database error inside one screen must not poison the next.
            with transaction.atomic():
                response = self.client.get(url) if method == "GET" else self.client.post(url, data or {})
                if response.streaming:
                    b"".join(response.streaming_content)  # streamed exports fail while streaming
        except Exception as exc:  # noqa: BLE001 - every crash is reported, with where it came from
            message = str(exc).splitlines()[0][:300] if str(exc) else ""
            self.failures.append(f"{method} {url}: {type(exc).__name__}: {message} [{_project_line(exc)}]")
            return None
        if response.status_code >= 500:
            self.failures.append(f"{method} {url}: HTTP {response.status_code}")
        return response


class _FormData(HTMLParser):
    """What a browser sends when the form ``form_id`` is submitted as shown (no field changed)."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.found = form_id, False, False
        self.data: dict[str, list[str]] = {}
        self._select = self._textarea = None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = self.found = True
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._add(name, a.get("value") or "on")
            elif kind not in ("submit", "button", "image", "file", "reset"):
                self._add(name, a.get("value") or "")
        elif tag == "select" and name and "disabled" not in a:
            self._select = {"name": name, "multiple": "multiple" in a, "first": None, "chosen": False}
        elif tag == "option" and self._select:
            value = a.get("value") or ""
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in a:
                self._add(self._select["name"], value)
                self._select["chosen"] = True
        elif tag == "textarea" and name and "disabled" not in a:
            self._textarea = (name, [])

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            select, self._select = self._select, None
            if not select["chosen"] and not select["multiple"] and select["first"] is not None:
                self._add(select["name"], select["first"])
        elif tag == "textarea" and self._textarea:
            name, text = self._textarea
            self._textarea = None
            self._add(name, "".join(text).removeprefix("\n"))  # HTML drops the newline after <textarea>

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1].append(data)


def _submitted_as_shown(response, model) -> dict | None:
    if response is None or response.status_code != 200:
        return None
    parser = _FormData(f"{model._meta.model_name}_form")
    parser.feed(response.content.decode())
    return parser.data if parser.found else None


def _context(response, key):
    if response is None or response.status_code != 200 or response.context is None:
        return None
    try:
        return response.context[key]
    except KeyError:
        return None


def _first_pk(response):
    cl = _context(response, "cl")
    if cl is None:
        return None
    first = next(iter(cl.result_list), None)
    return first.pk if first is not None else None


def _request_for(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = user
    return request


def _extra_urls(model_admin) -> list[tuple[str, int]]:
    """The ModelAdmin's own URLs beyond Django's standard five: (name, number of URL parameters)."""
    opts = model_admin.model._meta
    standard = {f"{opts.app_label}_{opts.model_name}_{view}" for view in STANDARD_VIEWS}
    return [
        (p.name, len(p.pattern.converters))
        for p in model_admin.get_urls()
        if isinstance(p, URLPattern) and p.name and p.name not in standard
    ]


def _open_model(probe: Probe, model_admin, request) -> None:
    opts = model_admin.model._meta
    info = opts.app_label, opts.model_name
    changelist = reverse("admin:%s_%s_changelist" % info)
    if not model_admin.has_view_or_change_permission(request):
        probe.get(changelist)  # refused (403), not crashed
        return

    response = probe.get(changelist)
    pks = [_first_pk(response)]
    cl = _context(response, "cl")
    if cl is not None:
        probe.get(f"{changelist}?o={'.'.join(str(i) for i in range(len(cl.list_display)))}")
        for spec in cl.filter_specs:
            choices = [c for c in spec.choices(cl) if not c.get("selected")][:FILTER_CHOICES]
            for choice in choices:
                pks.append(_first_pk(probe.get(changelist + choice["query_string"])))
    if model_admin.get_search_fields(request):
        for term in ("a", "1"):
            probe.get(f"{changelist}?q={term}")

    if model_admin.has_add_permission(request):
        add = reverse("admin:%s_%s_add" % info)
        probe.get(add)
        probe.post(add, {})  # the form's errors on the page (200), not a crash

    pks = list(dict.fromkeys(pk for pk in pks if pk is not None))[:OBJECTS_PER_MODEL]
    for index, pk in enumerate(pks):
        change = reverse("admin:%s_%s_change" % info, args=[pk])
        response = probe.get(change)
        data = _submitted_as_shown(response, model_admin.model) if index == 0 else None
        if data is not None and model_admin.has_change_permission(request, model_admin.get_object(request, str(pk))):
            probe.post(change, data)  # "Save" with nothing changed: saved (302) or the form's errors (200)
    if pks:
        probe.get(reverse("admin:%s_%s_history" % info, args=[pks[0]]))
        if model_admin.has_delete_permission(request):
            probe.get(reverse("admin:%s_%s_delete" % info, args=[pks[0]]))
    for name, parameters in _extra_urls(model_admin):
        if parameters == 0:
            probe.get(reverse(f"admin:{name}"))
        elif parameters == 1 and pks:
            probe.get(reverse(f"admin:{name}", args=[pks[0]]))

    if hasattr(model_admin, "create_import_form") and model_admin.has_import_permission(request):
        _import_files_as_sent(probe, model_admin, request, reverse("admin:%s_%s_import" % info))

    if pks:
        for action in model_admin.get_actions(request):
            if (opts.app_label, action) in ACTIONS_SENDING_TASKS:
                continue
            probe.post(changelist, {"action": action, "_selected_action": [pks[0]], "index": 0})


#: Files as they arrive: a bank's Windows-1252 export, a spreadsheet's UTF-8 with a BOM, columns that
#: are not the resource's, a formula, an empty file.
IMPORT_FILES = {
    "windows-1252.csv": "Naam;Bedrag;Datum\nCélestine;1.234,56;31/12/9999\n".encode("cp1252"),
    "unknown-columns.csv": '\ufeffx,y\n=HYPERLINK("http://x"),1\n'.encode("utf-8"),
    "empty.csv": b"",
}


def _import_files_as_sent(probe: Probe, model_admin, request, url: str) -> None:
    """The import step of django-import-export with awkward files: its errors on the page, not a crash."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    form = model_admin.create_import_form(request)
    formats = {str(label).lower(): value for value, label in form.fields["format"].choices}
    if "csv" not in formats:
        return
    for name, content in IMPORT_FILES.items():
        data = {"format": formats["csv"], "import_file": SimpleUploadedFile(name, content, content_type="text/csv")}
        if "resource" in form.fields and form.fields["resource"].choices:
            data["resource"] = form.fields["resource"].choices[0][0]
        probe.post(url, data)


def _pages_outside_admin(resolver=None, prefix="/"):
    """Every named URL outside the admin and the API that takes no parameter."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(NOT_PAGES):
            continue
        if isinstance(entry, URLResolver):
            yield from _pages_outside_admin(entry, route)
        elif entry.name and not getattr(entry.pattern, "converters", None) and "<" not in route and "(" not in route:
            yield route


def _crawl(probe: Probe, start: str, depth: int = 2, limit: int = 60) -> None:
    """A page and the pages it links to under the same first path segment (report pages and their
    CSV, XLSX and PDF exports)."""
    scope = "/" + urlsplit(start).path.strip("/").split("/")[0]
    seen, frontier = {start}, [start]
    for _level in range(depth + 1):
        following = []
        for url in frontier:
            response = probe.get(url)
            if response is None or response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            for href in re.findall(r'href="([^"#]+)"', response.content.decode()):
                target = urljoin(url, href.replace("&amp;", "&"))
                if urlsplit(target).path.startswith(scope) and target not in seen and len(seen) < limit:
                    seen.add(target)
                    following.append(target)
        frontier = following


@pytest.mark.parametrize("role", [*ROLES, SUPERUSER])
def test_no_admin_screen_answers_a_server_error(demo_data, db, role):
    # given the demo data and a member of staff in this role
    user = _user(role)
    client = Client()
    _login(client, user)
    probe = Probe(client, role)
    request = _request_for(user)

    # when every screen is opened
    index = probe.get(reverse("admin:index"))
    for app_label in sorted({model._meta.app_label for model in admin.site._registry}):
        probe.get(reverse("admin:app_list", args=[app_label]))
    for _model, model_admin in sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label):
        _open_model(probe, model_admin, request)
    for page in _pages_outside_admin():
        if page != "/":
            _crawl(probe, page)

    # then none crashed (and the login really reached the screens)
    assert index is not None and index.status_code == 200, (
        f"{role}: the admin index answers {getattr(index, 'status_code', None)}"
    )
    assert probe.requests > 20
    if probe.failures:
        pytest.fail(
            f"{len(probe.failures)} of {probe.requests} admin requests as {role} answered a server error:\n  "
            + "\n  ".join(probe.failures),
            pytrace=False,
        )
