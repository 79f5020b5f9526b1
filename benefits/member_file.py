"""The benefits' section of the household's member file (issue #16, ``core.hooks.register_file_section``):
the members' claims with their decisions and reasons, what each benefit has used this year, and a
"file a claim" button per member that comes back to the file. Health data (core.privacy): the hook
shows it only to the roles that see it. Four queries for the whole household."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from benefits import selectors
from benefits.admin import CLAIM_COLOURS
from benefits.models import Claim
from core.formatting import eur, short_date
from core.reasons import render

#: The newest claims shown; the member's full list is in the claims admin.
CLAIMS = 30


def _badge(claim: Claim):
    return format_html(
        '<span style="background:{};color:#fff;padding:2px 8px;border-radius:10px;white-space:nowrap">{}</span>',
        CLAIM_COLOURS.get(claim.status, "#666"),
        claim.get_status_display(),
    )


def claims_section(file) -> str:
    claims = list(
        Claim.objects.filter(member_id__in=file.member_ids)
        .select_related("benefit")
        .order_by("-event_date", "-pk")[:CLAIMS]
    )
    usage = selectors.benefit_usage_for_member(member_ids=file.member_ids, year=file.today.year)
    actions = format_html_join(
        "",
        "{}",
        (
            (
                file.action(
                    "admin:benefits_claim_add",
                    _("File a claim for %(name)s") % {"name": member.first_name},
                    permission="benefits.add_claim",
                    member=member.pk,
                ),
            )
            for member in file.members
        ),
    )
    claim_rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class='num'>{}</td><td><ul>{}</ul></td></tr>",
        (
            (
                file.link("admin:benefits_claim_change", [c.pk], c.pk),
                file.name(c.member_id),
                c.benefit.localized_name,
                short_date(c.event_date),
                _badge(c),
                eur(c.payout),
                format_html_join("", "<li>{}</li>", ((render(r),) for r in c.reasons or [])),
            )
            for c in claims
        ),
    ) or format_html("<tr><td colspan='7' class='quiet'>{}</td></tr>", _("no claims"))
    used = [
        (member, row)
        for member in file.members
        for row in usage.get(member.pk, [])
        if row["used_amount"] or row["used_units"]
    ]
    usage_rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td class='num'>{}</td><td class='num'>{}</td><td class='num'>{}</td></tr>",
        (
            (
                f"{member.first_name} {member.last_name}",
                row["name"],
                row["article"],
                eur(row["used_amount"]),
                row["used_units"] or "",
                eur(row["remaining_amount"])
                if row["remaining_amount"] is not None
                else (row["remaining_units"] if row["remaining_units"] is not None else "—"),
            )
            for member, row in used
        ),
    ) or format_html("<tr><td colspan='6' class='quiet'>{}</td></tr>", _("nothing used yet"))
    return format_html(
        "<div class='file-actions'>{}</div>"
        "<h3>{}</h3><div class='table-wrap'><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
        "<th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table></div>"
        "<h3>{}</h3><div class='table-wrap'><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
        "<th>{}</th></tr></thead><tbody>{}</tbody></table></div>",
        actions,
        _("claims and their decisions, newest first"),
        _("number"),
        _("beneficiary"),
        _("benefit"),
        _("event date"),
        _("status"),
        _("payout"),
        _("reasons"),
        claim_rows,
        _("used this year (%(year)s)") % {"year": file.today.year},
        _("member"),
        _("benefit"),
        _("article"),
        _("paid"),
        _("units"),
        _("left"),
        usage_rows,
    )
