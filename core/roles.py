"""The fund's roles as Django groups, rebuilt from this table after every ``migrate``.

A grant is ``(app_label, models, actions)``: ``models`` is ``"*"`` for every model of the app (so a
model added later is covered without touching this file) or a tuple of model names; ``actions``
are Django's default permissions (``add``, ``change``, ``delete``, ``view``) or, with ``"perm:"``,
one custom permission codename. Nobody but a superuser deletes domain data: corrections are new
rows (reversals, recoveries), so the audit trail keeps the history.

Changing this table and running ``manage.py migrate`` (or ``setup_roles``) changes the groups; a
permission granted by hand to a group outside this table is removed.
"""

from __future__ import annotations

from dataclasses import dataclass

CLERK = "clerk"
MANAGER = "manager"
ELECTION_BUREAU = "election_bureau"
LENDING_DESK = "lending_desk"
AUDITOR = "auditor"

DOMAIN_APPS = ("members", "benefits", "lending", "elections", "reports")
READ = ("view",)
WRITE = ("view", "add", "change")


@dataclass(frozen=True)
class Grant:
    app_label: str
    models: str | tuple[str, ...]
    actions: tuple[str, ...]


# Reference data that the statutes change every year: managers keep it, clerks read it.
REFERENCE_MODELS = {
    "members": ("contributiontable", "contributionpart"),
    "benefits": ("benefit", "ruleversion", "rulecap"),
    "lending": ("item", "priceversion", "accessory", "office"),
    "reports": ("figure",),
}

ROLES: dict[str, tuple[Grant, ...]] = {
    # Front office: members, households, payments, claims, rentals (add/change, no delete).
    CLERK: (
        Grant("members", "*", WRITE),
        Grant("benefits", "*", READ),
        Grant("benefits", ("claim", "paymentbatch"), WRITE),
        # Art. 53: the unborn child a claim counts on (linked to its member once born); Art. 48: a
        # prescribed medical app the list does not have yet
        Grant("benefits", ("unbornchild", "medicalapp"), WRITE),
        Grant("benefits", ("claim",), ("perm:record_received_on",)),  # Art. 42.4: a document received earlier
        Grant("benefits", ("finding",), WRITE),  # issue #17: invite a member to a right, or dismiss it
        Grant("lending", "*", READ),
        Grant("lending", ("rental", "rentalcharge", "reservation"), WRITE),
        # Art. 52: the €50 fee on a sick-child babysitting; Art. 54: the home-care shop's invoices
        Grant("lending", ("carefee", "incontinencesale"), WRITE),
        # Issue #15: direct debit mandates, collection runs, credits and returns
        Grant("bank", "*", WRITE),
    ),
    # Reads everything, reads the report pages, approves payment batches, keeps reference data
    # and the nightly schedule.
    MANAGER: (
        *(Grant(app, "*", READ) for app in DOMAIN_APPS),
        Grant("bank", "*", READ),  # issue #15: mandates and collections
        *(Grant(app, models, WRITE) for app, models in REFERENCE_MODELS.items()),
        Grant("reports", ("reportaccess",), ("perm:view_reports",)),
        Grant("benefits", ("paymentbatch",), ("perm:approve_paymentbatch",)),
        Grant("lending", ("maxinvoicerefund", "alarmsubsidy"), ("change",)),  # pay the refund batches
        Grant("django_celery_beat", "*", WRITE),
        Grant("auditlog", "*", READ),
        Grant("core", ("jobrun", "steprun", "chunkrun", "skippeditem"), READ),  # the nightly runs
        Grant("axes", "*", READ),  # failed logins and lockouts (a superuser unlocks)
        # Bulk exports of the register (with a reason, logged: core.privacy) are the managers'.
        Grant("members", ("member",), ("perm:export_member",)),
        Grant("members", ("payment",), ("perm:export_payment",)),
        Grant("core", ("accesslog",), READ),  # who read which member's data
        # A fund migrating from another system brings its contribution history (Art. 8 §2).
        Grant("members", ("legacyledgerimport",), ("perm:import_legacy_ledger",)),
    ),
    # The election bureau (Art. 16): everything about elections; reads members for the voter roll.
    ELECTION_BUREAU: (
        Grant("elections", "*", WRITE),
        Grant("members", ("member", "household"), READ),
    ),
    # The lending desk (ComfoPlus, Art. 54): stock, rentals, returns, invoices.
    LENDING_DESK: (
        # (the Art. 52 sick-child care fees are health data: their admin and API also ask core.privacy,
        # which keeps them from this role)
        Grant("lending", "*", WRITE),
        Grant("members", ("member", "household"), READ),
    ),
    # Internal audit: reads everything, including the audit trail; changes nothing.
    AUDITOR: (
        *(Grant(app, "*", READ) for app in DOMAIN_APPS),
        Grant("bank", "*", READ),  # issue #15: mandates and collections
        Grant("reports", ("reportaccess",), ("perm:view_reports",)),
        Grant("auditlog", "*", READ),
        Grant("django_celery_beat", "*", READ),
        Grant("core", ("jobrun", "steprun", "chunkrun", "skippeditem"), READ),
        Grant("axes", "*", READ),  # failed logins, lockouts and the login log
        Grant("core", ("accesslog",), READ),
    ),
}

# Writes on reference data go to managers only, even where a role has "*" on the app.
_REFERENCE_WRITE_ROLES = {MANAGER}


def permissions_for(role: str):
    """The ``Permission`` queryset a role should hold (evaluated against the current database)."""
    from django.contrib.auth.models import Permission
    from django.db.models import Q

    query = Q(pk__in=[])
    for grant in ROLES[role]:
        for action in grant.actions:
            scope = Q(content_type__app_label=grant.app_label)
            if grant.models != "*":
                scope &= Q(content_type__model__in=grant.models)
            if action.startswith("perm:"):
                query |= scope & Q(codename=action.removeprefix("perm:"))
            else:
                scope &= Q(codename__startswith=f"{action}_")
                if action != "view" and role not in _REFERENCE_WRITE_ROLES:
                    scope &= ~Q(content_type__model__in=REFERENCE_MODELS.get(grant.app_label, ()))
                query |= scope
    return Permission.objects.filter(query)


def sync_roles(verbosity: int = 1) -> dict[str, int]:
    """Create the groups and set their permissions exactly to the table. Idempotent."""
    from django.contrib.auth.models import Group

    counts = {}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        wanted = list(permissions_for(role))
        group.permissions.set(wanted)
        counts[role] = len(wanted)
    if verbosity >= 2:
        for role, count in counts.items():
            print(f"role {role}: {count} permissions")
    return counts


def sync_roles_after_migrate(sender, app_config=None, verbosity=1, using="default", **kwargs):
    # post_migrate fires once per app; act once, on the last of ours.
    if app_config is not None and app_config.label == "reports":
        sync_roles(verbosity=verbosity)
