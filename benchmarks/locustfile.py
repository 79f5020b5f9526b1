"""Locust: clerks at the desk under load (issue #18) — 50 clerks against gunicorn on the production settings.

Run by ``benchmarks/load_bench.py`` (which makes the clerk accounts, the population and the terms file and
starts gunicorn); by hand:

    LOAD_TERMS=/tmp/load-terms.json LOAD_PASSWORD=… .venv/bin/locust -f benchmarks/locustfile.py \\
        --host http://127.0.0.1:8000 --headless -u 50 -r 5 -t 5m --csv /tmp/load

Each simulated clerk is one account of the terms file (``load-clerk-01`` …, group ``clerk``) at its own
workstation address, logs in once through the real login page (``/admin/login/``: the CSRF token of the
form, the session cookie; clerks have no second factor unless ``OTP_REQUIRED_FOR`` names them), then works
the desk's mix with think time between the steps:

- the one search box, as the page's script asks (``/admin/search/?q=…&format=json``) and the results page,
  for names, national numbers (as printed and as 11 digits) and structured communications of the
  population; the household searched for must be among the hits;
- the member file ``/admin/members/household/<id>/file/`` (its household number and a member's name on it);
- recording a payment: the admin's add form opened from the file (pre-filled household, ``_return``), then
  its POST, which must come back to the file (a form that re-renders with errors is a failure);
- filing a claim (foot care, Art. 44): the add form, its POST, back to the file;
- a rental: starting one (a free unit of the item, "save and continue" to the rental's page) or returning
  one of the clerk's running rentals (the return form, confirmed).

Requests are named by kind (``name=``) so Locust's statistics group them; each response is checked for its
status and its content (``catch_response``).

Behind the production TLS proxy: the requests carry ``X-Forwarded-Proto: https`` and the proxy's
``X-Forwarded-For`` (the clerk's workstation), the public host name, and the ``Secure`` cookies are sent
although the bench speaks plain HTTP to gunicorn, as the proxy does.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import random
import re
import time
from datetime import date, timedelta
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urlencode

from locust import HttpUser, between, events, task

TERMS: dict = {}
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HOUSEHOLD_LINK = re.compile(r'href="/admin/members/household/\d+/')
ERRORS = re.compile(r'class="errorlist|class="errornote')
_accounts = itertools.count()


SAMPLES: list[tuple[float, str, float, bool]] = []  # (when, kind, ms, ok): the runner's steady-state window


@events.request.add_listener
def _sample(request_type, name, response_time, exception=None, **_kwargs):
    SAMPLES.append((time.time(), name, response_time, exception is None))


@events.quitting.add_listener
def _write_samples(environment, **_kwargs):
    path = os.environ.get("LOAD_SAMPLES")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(SAMPLES, handle)


@events.init.add_listener
def _load_terms(environment, **_kwargs):
    path = os.environ.get("LOAD_TERMS")
    if not path:
        raise SystemExit("LOAD_TERMS: the terms file written by benchmarks/load_bench.py")
    with open(path, encoding="utf-8") as handle:
        TERMS.update(json.load(handle))


# The session and CSRF cookies are ``Secure`` (production settings): the browser sends them over the HTTPS
# the proxy terminates; the bench sends them over its plain HTTP to gunicorn, as the proxy does. (requests
# copies the session's cookies into a jar of the default policy for each request: patched in this process.)
DefaultCookiePolicy.return_ok_secure = lambda self, cookie, request: True  # type: ignore[method-assign]


def _format_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"  # as Belgian clerks type it (config/formats)


def _file_url(household: int) -> str:
    return f"/admin/members/household/{household}/file/"


class Clerk(HttpUser):
    """One clerk at the desk: logs in once, then the mix (weights per kind), 5–25 s between steps.

    A clerk reads each page and talks with the member at the desk: serving one member (search, the file, a
    payment or a claim) takes minutes, so a step every 15 s on average is a busy desk, not an idle one
    (``LOAD_WAIT``: "min,max" seconds, e.g. "2,6" to find where the machine saturates)."""

    wait_time = between(*(float(x) for x in os.environ.get("LOAD_WAIT", "5,25").split(",")))

    def on_start(self):
        number = next(_accounts) % len(TERMS["clerks"])
        self.username = TERMS["clerks"][number]
        self.rng = random.Random(number)
        self.rentals: list[int] = []  # running rentals this clerk started (returned later)
        self.client.headers.update(
            {
                "Host": TERMS["host"],
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": f"10.18.{number // 250}.{number % 250 + 1}",  # the clerk's workstation
                "Accept-Language": "nl",
            }
        )
        self.origin = f"https://{TERMS['host']}"
        self.login()

    # --- helpers --------------------------------------------------------------------------------

    def _form_token(self, response) -> str | None:
        found = CSRF_INPUT.search(response.text or "")
        return found.group(1) if found else None

    def get_form(self, url: str, name: str, must_contain: str = 'name="csrfmiddlewaretoken"') -> str | None:
        """GET an admin form; its CSRF token, or None (and a failure) when the page is not the form."""
        with self.client.get(url, name=name, catch_response=True, allow_redirects=False) as response:
            token = self._form_token(response) if response.status_code == 200 else None
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif token is None or must_contain not in response.text:
                response.failure("not the form")
            else:
                response.success()
            return token if response.status_code == 200 and must_contain in response.text else None

    def post_form(self, url: str, data: dict, name: str, token: str, redirect_to: str | None = None) -> str | None:
        """POST an admin form; the redirect's Location on success. A form that re-renders (HTTP 200,
        with its error list) or any other answer is a failure."""
        headers = {"Referer": self.origin + url, "Origin": self.origin}
        with self.client.post(
            url,
            data={**data, "csrfmiddlewaretoken": token},
            headers=headers,
            name=name,
            catch_response=True,
            allow_redirects=False,
        ) as response:
            location = response.headers.get("Location", "")
            if response.status_code == 302 and (redirect_to is None or location.startswith(redirect_to)):
                response.success()
                return location
            if response.status_code == 200 and ERRORS.search(response.text or ""):
                errors = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S)
                text = re.sub(r"<[^>]+>", " ", " | ".join(errors))
                response.failure(f"form re-rendered with errors: {' '.join(text.split())[:200]}")
            else:
                response.failure(f"HTTP {response.status_code} {location}")
            return None

    # --- login ----------------------------------------------------------------------------------

    def login(self):
        url = "/admin/login/?next=/admin/"
        token = self.get_form(url, "login page", must_contain='name="password"')
        if token is None:
            return
        self.post_form(
            url,
            {"username": self.username, "password": TERMS["password"], "next": "/admin/"},
            "login",
            token,
            redirect_to="/admin/",
        )

    # --- the mix --------------------------------------------------------------------------------

    def person(self) -> dict:
        return self.rng.choice(TERMS["people"])

    @task(6)
    def search(self):
        """The box's list as the clerk types (JSON), then the results page for one kind of term in four."""
        person = self.person()
        kind, text = self.rng.choice(
            [
                ("name", f"{person['last']} {person['first']}"),
                ("name", f"{person['first']} {person['last']}"),
                ("national number", person["nn_printed"]),
                ("national number", person["nn"]),
                ("structured communication", person["reference"]),
            ]
        )
        wanted = f"/admin/members/household/{person['household']}/"  # its page or its file
        query = {"q": text, "format": "json"}
        with self.client.get(
            f"/admin/search/?{urlencode(query)}", name=f"search box (JSON): {kind}", catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            else:
                try:
                    groups = response.json()["groups"]
                except (ValueError, KeyError):
                    response.failure("not the box's JSON")
                else:
                    urls = [hit["url"] for group in groups for hit in group["hits"]]
                    exact = kind != "name"  # a common name may fill the box with namesakes
                    if exact and not any(wanted in url for url in urls):
                        response.failure(f"household {person['household']} not among {len(urls)} hits")
                    elif not urls:
                        response.failure("no hits")
                    else:
                        response.success()
        if self.rng.random() < 0.25:
            with self.client.get(
                f"/admin/search/?{urlencode({'q': text})}", name="search results page", catch_response=True
            ) as response:
                if response.status_code != 200:
                    response.failure(f"HTTP {response.status_code}")
                elif not HOUSEHOLD_LINK.search(response.text):
                    response.failure("no household linked")
                else:
                    response.success()

    def open_file(self, person: dict, name: str = "member file") -> bool:
        with self.client.get(_file_url(person["household"]), name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return False
            if str(person["household"]) not in response.text or html.escape(person["last"]) not in response.text:
                response.failure("not this household's file")
                return False
            response.success()
            return True

    @task(4)
    def member_file(self):
        self.open_file(self.person())

    @task(2)
    def payment(self):
        """At the desk: the member pays (cash, card) what the file shows as open; the payment form from the
        file's button, saved back to the file."""
        person = self.person()
        back = _file_url(person["household"])
        url = "/admin/members/payment/add/?" + urlencode({"household": person["household"], "_return": back})
        token = self.get_form(url, "payment form", must_contain='name="amount"')
        if token is None:
            return
        amount = self.rng.choice(["12,50", "25,00", "37,20", "60,00"])
        location = self.post_form(
            url,
            {
                "household": person["household"],
                "amount": amount,
                "paid_on": _format_date(date.today()),
                "months": "",
                "communication": person["reference"],
                "bank_reference": "",
                "_return": back,
                "_save": "1",
            },
            "payment save",
            token,
            redirect_to=back,
        )
        if location:
            self.open_file(person, "member file (after saving)")

    @task(2)
    def claim(self):
        """Filing a claim (foot care, Art. 44: an invoice, one session) for a member of the household."""
        person = self.person()
        back = _file_url(person["household"])
        url = "/admin/benefits/claim/add/?" + urlencode({"member": person["member"], "_return": back})
        token = self.get_form(url, "claim form", must_contain='name="event_date"')
        if token is None:
            return
        today = date.today()
        location = self.post_form(
            url,
            {
                "member": person["member"],
                "benefit": TERMS["benefit_foot_care"],
                "event_date": _format_date(today - timedelta(days=self.rng.randint(1, 60))),
                "filed_on": _format_date(today),
                "amount_paid": "25,00",
                "compulsory_reimbursement": "0",
                "quantity": "1",
                "evidence_received": "invoice",
                "_return": back,
                "_save": "1",
            },
            "claim save",
            token,
            redirect_to=back,
        )
        if location:
            self.open_file(person, "member file (after saving)")

    @task(1)
    def rental(self):
        """A rental: a clerk with two running rentals takes one back (the return form, confirmed); otherwise
        one in two visits returns and the other starts a rental of a free unit."""
        if self.rentals and (len(self.rentals) >= 2 or self.rng.random() < 0.5):
            self.rental_return(self.rentals.pop(0))
        else:
            self.rental_start()

    def rental_start(self):
        person = self.person()
        url = "/admin/lending/rental/add/?" + urlencode({"member": person["member"]})
        token = self.get_form(url, "rental form", must_contain='name="start_date"')
        if token is None:
            return
        today = date.today()
        location = self.post_form(
            url,
            {
                "item": self.rng.choice(TERMS["rental_items"]),
                "member": person["member"],
                "renter_name": "",
                "unit": "",  # the first free unit of the item
                "start_date": _format_date(today),
                "expected_return": _format_date(today + timedelta(days=30)),
                "delivery": "office",
                # the clerk read the member's status on the file; a member not in order pays triple
                "confirm_triple_tariff": "on",
                "_continue": "1",
            },
            "rental start",
            token,
            redirect_to="/admin/lending/rental/",
        )
        found = re.search(r"/admin/lending/rental/(\d+)/change/", location or "")
        if found:
            self.rentals.append(int(found.group(1)))

    def rental_return(self, rental: int):
        url = f"/admin/lending/rental/{rental}/return/"
        token = self.get_form(url, "rental return form", must_contain='name="return_date"')
        if token is None:
            return
        self.post_form(
            url,
            {"return_date": _format_date(date.today()), "cleaning": "", "repair": "", "damage": "", "accessory": ""},
            "rental return",
            token,
        )
