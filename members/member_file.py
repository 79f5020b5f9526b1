"""The member file (issue #16, "The clerk's desk"): one page per household that a clerk works from.

Its members, their entitlement now and the household's per month over the last 24 months with the
Art. 8 reason, the dues and payments, the letters sent, what the other apps register as file sections
(``core.hooks.register_file_section``: claims and benefits used, rentals and the maximum invoice,
mandates and bank returns), and the audit trail of the household and its members, readable. Each
action opens its form pre-filled and comes back here after saving (``?_return=``, ``core.return_to``).

Need-to-know (``core.privacy``): each part is shown to the roles that see its category; the page is
one read-access row with the categories it showed. A fixed number of queries, whatever the number of
members, payments or letters (``members/tests/test_member_file.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import hooks
from core.formatting import eur, short_date, status_badge
from core.months import Month
from core.privacy import ALL, Category, categories_for, log_access
from core.return_to import with_return
from members import file_audit, rules, selectors
from members.models import EntitlementStatus, Household, Member, Payment, Role

#: How many months of entitlement the file shows (the Art. 8 §2 window is 24 months).
ENTITLEMENT_MONTHS = 24
#: Rows of each list on the file: the newest first; the full lists are one click away.
DUES_MONTHS = 24
PAYMENTS = 24
LETTERS = 20
AUDIT_ENTRIES = 50


@dataclass
class File:
    """The file being built, handed to the other apps' sections (``core.hooks.FileSection.render``)."""

    household: Household
    members: list[Member]
    request: object
    today: date
    back: str  # this file's URL: where each action returns
    categories: frozenset = field(default_factory=frozenset)

    @property
    def member_ids(self) -> list[int]:
        return [m.pk for m in self.members]

    def sees(self, *categories: Category) -> bool:
        return set(categories) <= self.categories

    def may(self, permission: str) -> bool:
        return self.request.user.has_perm(permission)

    def action(self, url_name: str, label, *, permission: str, **params) -> str:
        """A button to the admin page ``url_name`` pre-filled with ``params``, coming back to this file after
        saving; "" when the user may not do it."""
        if not self.may(permission):
            return ""
        return format_html(
            '<a class="button file-action" href="{}">{}</a>', with_return(reverse(url_name), self.back, **params), label
        )

    def link(self, url_name: str, args, text) -> str:
        """A link to an object's admin page, coming back to this file after saving."""
        return format_html('<a href="{}">{}</a>', with_return(reverse(url_name, args=args), self.back), text)

    def name(self, member_id: int) -> str:
        member = next((m for m in self.members if m.pk == member_id), None)
        return f"{member.first_name} {member.last_name}" if member else ""


# --- the Art. 8 reason in the reader's language --------------------------------------------------------


def _months(months) -> str:
    """``07/2026, 08/2026`` — three or more months in a row as a range, ``01/2023–11/2023``."""
    runs: list[list[Month]] = []
    for month in sorted(set(months)):
        if runs and month - runs[-1][-1] == 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{_month(run[0])}–{_month(run[-1])}")
        else:
            parts.extend(_month(m) for m in run)
    return ", ".join(parts)


def _month(month: Month | None) -> str:
    return f"{month.month:02d}/{month.year}" if month else ""


def entitlement_reason(entitlement: rules.Entitlement) -> str:
    """The entitlement's explanation in the active language, from its code and its months (the rules keep
    the English sentence in ``reason``), with the article it rests on (``rules.ENTITLEMENT_REASONS``)."""
    code = entitlement.code
    params = {
        "month": _month(entitlement.event_month),
        "missing": _months(entitlement.missing),
        "presumed": _months(entitlement.presumed),
        "unknown": _months(entitlement.unknown),
        "since": _month(entitlement.revoked_since),
        "start": _month(entitlement.restoration_start),
        "from": _month(entitlement.entitled_from),
    }
    if code == "entitlement.paid_window":
        text = _("Contributions paid for the window up to %(month)s.") % params
    elif code == "entitlement.presumed_in_order":
        text = _("Contributions paid; presumed in order: %(presumed)s.") % params
    elif code == "entitlement.paid_by_judgment":
        text = _("Contributions owed before a debt-settlement or bankruptcy judgment count as paid.")
    elif code == "entitlement.unknown_months":
        text = _("Not known to be in order for %(unknown)s: suspended until the history is entered.") % params
        if entitlement.missing:
            text += " " + _("Unpaid: %(missing)s.") % params
    elif code == "entitlement.unpaid":
        text = _("Suspended: contributions unpaid for %(missing)s.") % params
    elif code == "entitlement.unpaid_not_revoked":
        text = _("Suspended, not revoked (revocation abolished from 2021): unpaid for %(missing)s.") % params
    elif code == "entitlement.revoked":
        text = _("Revoked since %(since)s.") % params
    elif code == "entitlement.restoration_running":
        text = (
            _(
                "Revoked since %(since)s; restoration period running since %(start)s: no benefit for events before %(from)s."
            )
            % params
        )
    elif code == "entitlement.not_affiliated":
        text = _("Not affiliated in %(month)s.") % params
    else:
        text = entitlement.reason
    return f"{entitlement.article}: {text}" if entitlement.article else text


def _badge(entitlement: rules.Entitlement):
    return status_badge(entitlement.status.value, EntitlementStatus(entitlement.status.value).label)


def mask_national_number(member: Member, shown: bool) -> str:
    """The national number as printed, or masked for a role that does not see it (core.privacy)."""
    if not member.national_number:
        return "—"
    return member.national_number_display if shown else "••.••.••-•••.••"


# --- the page ------------------------------------------------------------------------------------------


def file_url(household_id: int) -> str:
    return reverse("admin:members_household_file", args=[household_id])


def _audit(file: File) -> list[file_audit.Entry]:
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    household = file.household
    types = ContentType.objects.get_for_models(Household, Member, Payment)
    payment_pks = [str(pk) for pk in Payment.objects.filter(household_id=household.pk).values_list("pk", flat=True)]
    query = Q(content_type=types[Household], object_pk=str(household.pk)) | Q(
        content_type=types[Member], object_pk__in=[str(pk) for pk in file.member_ids]
    )
    if payment_pks:
        query |= Q(content_type=types[Payment], object_pk__in=payment_pks)
    entries = LogEntry.objects.filter(query).select_related("actor", "content_type").order_by("-timestamp", "-pk")
    names: dict[tuple[type, str], str] = {
        (Household, str(household.pk)): _("household %(number)s") % {"number": household.pk}
    }
    for member in file.members:
        names[(Member, str(member.pk))] = f"{member.first_name} {member.last_name}"
    payments = {str(p.pk): p for p in getattr(file, "payments", [])}
    for pk in payment_pks:
        payment = payments.get(pk)
        names[(Payment, pk)] = (
            _("payment of %(day)s") % {"day": short_date(payment.paid_on)} if payment else _("payment")
        )
    return file_audit.readable_entries(entries[:AUDIT_ENTRIES], names=names)


def build(request, household: Household, *, today: date | None = None) -> dict:
    """The file's context: what the user's role sees of ``household``."""
    today = today or timezone.localdate()
    shown = categories_for(request.user)
    members = sorted(
        Member.objects.filter(household_id=household.pk), key=lambda m: (m.role != Role.TITULAR, m.birth_date, m.pk)
    )
    file = File(household, members, request, today, file_url(household.pk), shown)
    titular = next((m for m in members if m.role == Role.TITULAR), None)
    context: dict = {"file": file, "household": household, "titular": titular, "members": members}
    used = {Category.IDENTITY}

    sees_number = Category.NATIONAL_NUMBER in shown
    if sees_number:
        used.add(Category.NATIONAL_NUMBER)
    context["rows"] = rows = [
        {
            "member": m,
            "link": file.link("admin:members_member_change", [m.pk], f"{m.last_name} {m.first_name}"),
            "number": mask_national_number(m, sees_number),
            "birth": short_date(m.birth_date),
            "role": m.get_role_display(),
            "affiliation": f"{short_date(m.affiliation_start)} – {short_date(m.affiliation_end)}"
            if m.affiliation_end
            else short_date(m.affiliation_start),
        }
        for m in members
    ]
    context["titular_number"] = mask_national_number(titular, sees_number) if titular else "—"

    if Category.ENTITLEMENT in shown:
        used.add(Category.ENTITLEMENT)
        now = Month.of(today)
        months = [now - i for i in range(ENTITLEMENT_MONTHS)]
        events = {(m.pk, now) for m in members}
        if titular is not None:
            events |= {(titular.pk, month) for month in months}
        judged = selectors.entitlements_for_events(events=events, as_of=today) if events else {}
        for row in rows:
            ent = judged.get((row["member"].pk, now))
            row["badge"] = _badge(ent) if ent else "—"
            row["reason"] = entitlement_reason(ent) if ent else ""
        if titular is not None and (titular.pk, now) in judged:
            current = judged[(titular.pk, now)]
            context["status_badge"] = _badge(current)
            context["status_reason"] = entitlement_reason(current)
        context["entitlement_months"] = [
            {
                "month": _month(month),
                "badge": _badge(judged[(titular.pk, month)]),
                "reason": entitlement_reason(judged[(titular.pk, month)]),
            }
            for month in months
            if titular is not None and (titular.pk, month) in judged
        ]
        context["show_entitlement"] = True

    if Category.CONTRIBUTIONS in shown:
        used.add(Category.CONTRIBUTIONS)
        summary = selectors.open_dues_summary(household.pk, today)
        context["arrears"] = summary
        context["arrears_text"] = (
            format_html(
                "<strong>{}</strong> ({})",
                eur(summary["total"]),
                ngettext("%(n)d month", "%(n)d months", summary["count"]) % {"n": summary["count"]},
            )
            if summary["count"]
            else _("none")
        )
        context["payment_reference"] = household.payment_reference
        dues = list(selectors.household_ledger(household.pk, months=DUES_MONTHS))
        context["dues"] = [
            {
                "month": f"{due.month:%m/%Y}",
                "amount": eur(due.amount),
                "settled": short_date(due.settled_on) if due.settled_on else "",
                "open": due.settled_on is None and due.amount > 0,
                "prescribed": due.settled_on is None and rules.contribution_prescribed(Month.of(due.month), today),
                "late": due.settled_on is not None and not due.paid_in_time,
                "paid_on": short_date(due.payment.paid_on) if due.payment else "",
                "exemption": due.exemption,
            }
            for due in dues
        ]
        payments = list(Payment.objects.filter(household_id=household.pk).order_by("-paid_on", "-pk")[:PAYMENTS])
        file.payments = payments  # type: ignore[attr-defined]  (the audit trail names them)
        settled = selectors.payment_months(payments) if payments else {}
        context["payments"] = [
            {
                "link": file.link("admin:members_payment_change", [p.pk], short_date(p.paid_on)),
                "amount": eur(p.amount),
                "unallocated": eur(p.unallocated) if p.unallocated else "",
                "source": p.get_source_display(),
                "communication": p.communication,
                "months": ", ".join(f"{d:%m/%Y}" for d in settled.get(p.pk, [])) or "—",
                "reversed": short_date(p.reversed_on) if p.reversed_on else "",
            }
            for p in payments
        ]
        letters = list(selectors.household_correspondence(household.pk, limit=LETTERS))
        pdf = reverse("admin:members_household_letters") if file.may("members.view_correspondence") else ""
        context["letters"] = [
            {
                "day": short_date(timezone.localtime(letter.created_at).date()),
                # the day's letters of this kind as one PDF, to print again (issue #15)
                "pdf": f"{pdf}?day={timezone.localtime(letter.created_at).date():%Y-%m-%d}&kind={letter.kind}"
                if pdf
                else "",
                "kind": letter.get_kind_display(),
                "channel": letter.get_channel_display(),
                "language": letter.get_language_display(),
                "subject": letter.subject,
                "amount": eur(letter.amount) if letter.amount is not None else "",
            }
            for letter in letters
        ]
        context["show_contributions"] = True

    context["actions"] = [
        a
        for a in (
            file.action(
                "admin:members_payment_add",
                _("Record a payment"),
                permission="members.add_payment",
                household=household.pk,
            )
            if Category.CONTRIBUTIONS in shown
            else "",
            file.action(
                "admin:members_member_add",
                _("Add a member"),
                permission="members.add_member",
                household=household.pk,
                role=Role.DEPENDENT.value,
            ),
        )
        if a
    ]

    sections = []
    for name, section in hooks.file_sections():
        if section.category in shown:
            used.add(section.category)
            sections.append({"anchor": name.replace(".", "-"), "title": section.title, "html": section.render(file)})
    context["sections"] = sections

    # the audit trail shows every field's old and new value: for the roles that see every category
    context["audit"] = None
    if shown >= ALL:
        context["audit"] = _audit(file)
    context["used_categories"] = used
    return context


def file_view(model_admin, request, object_id):
    """``admin/members/household/<id>/file/``: the member file (the household's view permission)."""
    household = (
        Household.objects.select_related("status").filter(pk=_pk(unquote(object_id))).first()
        if _pk(unquote(object_id))
        else None
    )
    if household is None:
        raise Http404(_("No household with this number."))
    if not model_admin.has_view_or_change_permission(request, household):
        raise PermissionDenied
    context = build(request, household)
    log_access(request, action="view", obj=household, household_id=household.pk, categories=context["used_categories"])
    context.update(
        model_admin.admin_site.each_context(request),
        opts=Household._meta,
        title=_("Member file of household %(number)s") % {"number": household.pk},
        subtitle=None,
        change_url=with_return(reverse("admin:members_household_change", args=[household.pk]), file_url(household.pk)),
        today=short_date(context["file"].today),
    )
    return TemplateResponse(request, "admin/members/household/file.html", context)


def _pk(text: str) -> int | None:
    """A household number from the URL, within the column's range (core.bounds: never a 500)."""
    return int(text) if text.isdigit() and len(text) <= 18 else None
