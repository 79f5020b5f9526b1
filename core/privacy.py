"""Need-to-know (GDPR art. 5 §1 c, 9 and 32): which categories of personal data each role sees, and
the read-access log.

A category is a kind of personal data, not a screen: the admin, the API and the exports ask
``sees(user, Category.HEALTH)`` before they show a field, a panel or an inline of that kind, so a
role's view of a member is decided here, once. Every read of a member's data (a page, an API
answer, a list, an export) writes one ``core.AccessLog`` row (``log_access``): who, when, what,
which categories; a list writes one row with its count, never one per member.

Roles that are not in ``ROLE_SEES`` (a staff user with hand-made permissions) see identity only;
superusers see everything.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.roles import AUDITOR, CLERK, ELECTION_BUREAU, LENDING_DESK, MANAGER


class Category(models.TextChoices):
    IDENTITY = "identity", _("identity (name, birth date, gender, address, household, affiliation)")
    NATIONAL_NUMBER = "national_number", _("national number")
    CONTACT = "contact", _("contact (e-mail, phone)")
    BANK = "bank", _("bank account (IBAN)")
    HEALTH = "health", _("health (benefits used, claims, incapacity, disability, increased reimbursement, hardship)")
    ENTITLEMENT = "entitlement", _("entitlement status (Art. 8)")
    CONTRIBUTIONS = "contributions", _("contributions and payments")
    LENDING = "lending", _("lending (rentals, maximum invoice)")
    ELECTORAL = "electoral", _("electoral facts (fund staff, emancipation, eligibility facts of Art. 11.2)")


ALL = frozenset(Category)

#: What each role's work needs (SPEC roles; GDPR art. 5 §1 c "data minimisation").
ROLE_SEES: dict[str, frozenset[Category]] = {
    # Front office: files claims (health), records payments and payouts (bank), rents out, keeps members.
    CLERK: ALL,
    # Reads everything to manage the fund; approves payout batches.
    MANAGER: ALL,
    # Internal audit reads everything, including this log.
    AUDITOR: ALL,
    # ComfoPlus (Art. 54): who rents, where to deliver, member or not, and the desk's own rentals.
    LENDING_DESK: frozenset({Category.IDENTITY, Category.ENTITLEMENT, Category.LENDING}),
    # The voter roll (Art. 16–17): name, birth date, address, membership dates, in order, fund staff.
    ELECTION_BUREAU: frozenset({Category.IDENTITY, Category.ENTITLEMENT, Category.ELECTORAL}),
}

#: The objects whose reads are logged (``AccessLog.object_type``), for the log's filter.
LOGGED_TYPES = (
    "members.member",
    "members.household",
    "members.payment",
    "members.insolvencyprocedure",
    "members.prioraffiliation",
    "members.increasedreimbursementperiod",
    "members.hardshipsituation",
    "benefits.claim",
    "benefits.paymentbatch",
    "benefits.unbornchild",
    "benefits.finding",  # issue #17: rights a member leaves unclaimed
    "lending.rental",
    "lending.maxinvoicerefund",
    "lending.alarmsubsidy",
    "lending.carefee",
    "lending.incontinencesale",
    "elections.voterrollentry",
    "elections.emancipation",
    "bank.mandate",  # issue #15: direct debit mandates (IBAN), collection files and items
    "bank.collectionrun",
    "bank.collectionitem",
    "members.correspondence",
)

#: Member fields by category (the admin form, the API, the exports).
MEMBER_FIELDS: dict[str, Category] = {
    "national_number": Category.NATIONAL_NUMBER,
    "email": Category.CONTACT,
    "phone": Category.CONTACT,
    "iban": Category.BANK,
    "incapacity_66_from": Category.HEALTH,
    "disability_allowance_from": Category.HEALTH,
    # Art. 42.3 exemption periods and their proof: health data like the facts themselves
    "incapacity_66_until": Category.HEALTH,
    "incapacity_66_proof_date": Category.HEALTH,
    "incapacity_66_proof": Category.HEALTH,
    "disability_allowance_until": Category.HEALTH,
    "disability_allowance_proof_date": Category.HEALTH,
    "disability_allowance_proof": Category.HEALTH,
    "is_fund_staff": Category.ELECTORAL,
}


def categories_for(user) -> frozenset[Category]:
    """The categories ``user`` sees (cached on the user object for the request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_privacy_categories", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        found = ALL
    else:
        found = {Category.IDENTITY}
        for role in user.groups.values_list("name", flat=True):
            found |= ROLE_SEES.get(role, frozenset())
        found = frozenset(found)
    user._privacy_categories = found
    return found


def sees(user, *categories: Category) -> bool:
    return set(categories) <= categories_for(user)


def visible(user, fields: Iterable[str], field_categories: dict[str, Category] = MEMBER_FIELDS) -> list[str]:
    """``fields`` minus those whose category ``user`` does not see (other fields: identity)."""
    allowed = categories_for(user)
    return [f for f in fields if field_categories.get(f, Category.IDENTITY) in allowed]


def log_access(
    request,
    *,
    action: str,
    obj=None,
    model=None,
    object_id=None,
    household_id=None,
    categories: Iterable[Category] = (),
    count: int | None = None,
    reason: str = "",
    channel: str = "admin",
):
    """Write one read-access row (one INSERT). ``categories`` are cut to what the user sees."""
    from core.models import AccessLog

    user = request.user
    model = model or (type(obj) if obj is not None else None)
    if obj is not None and object_id is None:
        object_id = obj.pk
    if household_id is None and obj is not None:
        household_id = getattr(obj, "household_id", None)
    shown = categories_for(user)
    cats = sorted({Category(c) for c in categories} & shown) or [Category.IDENTITY]
    return AccessLog.objects.create(
        user=user if user.is_authenticated else None,
        username=user.get_username() if user.is_authenticated else "",
        action=action,
        channel=channel,
        object_type=model._meta.label_lower if model is not None else "",
        object_id=str(object_id) if object_id is not None else "",
        household_id=household_id,
        categories=",".join(cats),
        count=count,
        reason=str(reason)[:500],
        path=request.get_full_path()[:500],
    )


class AccessLoggedApiMixin:
    """For DRF viewsets and views that answer with personal data: one log row per successful GET.

    ``access_categories`` are the categories the answer may carry (cut to what the user sees);
    ``access_household`` says how to find the household of a retrieved object.
    """

    access_categories: tuple[Category, ...] = (Category.IDENTITY,)
    access_model = None

    def get_object(self):
        obj = super().get_object()
        self._accessed_object = obj
        return obj

    def access_household_id(self, obj):
        return getattr(obj, "household_id", None)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if (
            request.method == "GET"
            and 200 <= response.status_code < 300
            and getattr(request, "user", None) is not None
            and request.user.is_authenticated
        ):
            self._log_api_read(request, response)
        return response

    def _log_api_read(self, request, response):
        obj = getattr(self, "_accessed_object", None)
        model = self.access_model or getattr(getattr(self, "queryset", None), "model", None)
        if obj is not None:
            log_access(
                request,
                action="view",
                obj=obj,
                household_id=self.access_household_id(obj),
                categories=self.access_categories,
                channel="api",
            )
            return
        data = response.data
        if isinstance(data, dict) and isinstance(data.get("results"), list):
            count = len(data["results"])
        elif isinstance(data, list):
            count = len(data)
        else:
            count = None
        log_access(request, action="list", model=model, categories=self.access_categories, count=count, channel="api")


class NeedToKnowFieldsMixin:
    """For output serializers: the fields of categories the requesting user does not see are left out
    (``field_categories``: field name → category; other fields are identity). Without a request in
    the context (the OpenAPI schema, internal use) every field is kept."""

    field_categories: dict[str, Category] = {}

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is None or getattr(request, "user", None) is None:
            return fields
        allowed = categories_for(request.user)
        return {
            name: field
            for name, field in fields.items()
            if self.field_categories.get(name, Category.IDENTITY) in allowed
        }


def access_log_purge(*, now=None) -> dict:
    """Delete the read-access rows older than ``ACCESS_LOG_RETENTION_DAYS`` (set-based, one DELETE)."""
    from datetime import timedelta

    from django.conf import settings
    from django.utils import timezone

    from core.models import AccessLog

    days = settings.ACCESS_LOG_RETENTION_DAYS
    if days < 1:
        raise ValueError("ACCESS_LOG_RETENTION_DAYS must be at least 1.")
    before = (now or timezone.now()) - timedelta(days=days)
    return {"access_log_purged": AccessLog.purge(before=before)}
