"""The lending service's section of the household's member file (issue #16,
``core.hooks.register_file_section``): the members' rentals, the maximum invoice of the year per member
(Art. 54) and a "start a rental" button per member that comes back to the file. Four queries for the
whole household."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from core.formatting import eur, short_date
from lending import rules, selectors
from lending.models import Rental

#: The newest rentals shown.
RENTALS = 30


def rentals_section(file) -> str:
    rentals = list(
        Rental.objects.filter(member_id__in=file.member_ids)
        .select_related("item")
        .order_by("-start_date", "-pk")[:RENTALS]
    )
    lending = selectors.lending_for_member(member_ids=file.member_ids, year=file.today.year)
    actions = format_html_join(
        "",
        "{}",
        (
            (
                file.action(
                    "admin:lending_rental_add",
                    _("Start a rental for %(name)s") % {"name": member.first_name},
                    permission="lending.add_rental",
                    member=member.pk,
                    start_date=file.today.isoformat(),
                ),
            )
            for member in file.members
        ),
    )
    rental_rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                file.link("admin:lending_rental_change", [r.pk], r.pk),
                file.name(r.member_id),
                str(r.item),
                short_date(r.start_date),
                short_date(r.return_date) if r.return_date else short_date(r.expected_return),
                r.get_status_display() + (f" ({_('overdue')})" if r.overdue else ""),
            )
            for r in rentals
        ),
    ) or format_html("<tr><td colspan='6' class='quiet'>{}</td></tr>", _("no rentals"))
    invoice_rows = format_html_join(
        "",
        "<tr><td>{}</td><td class='num'>{}</td><td class='num'>{}</td><td>{}</td></tr>",
        (
            (
                f"{member.first_name} {member.last_name}",
                eur(lending[member.pk].counted_rent),
                eur(lending[member.pk].refund),
                ", ".join(f"{r.year}: {eur(r.refund)} ({r.get_status_display()})" for r in lending[member.pk].refunds)
                or "—",
            )
            for member in file.members
            if member.pk in lending
        ),
    )
    return format_html(
        "<div class='file-actions'>{}</div>"
        "<h3>{}</h3><div class='table-wrap'><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
        "<th>{}</th></tr></thead><tbody>{}</tbody></table></div>"
        "<h3>{}</h3><div class='table-wrap'><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
        "<tbody>{}</tbody></table></div>",
        actions,
        _("rentals, newest first"),
        _("number"),
        _("renter"),
        _("item"),
        _("start"),
        _("returned or expected back"),
        _("status"),
        rental_rows,
        _("maximum invoice %(year)s (Art. 54): refund above %(threshold)s counted rent")
        % {"year": file.today.year, "threshold": eur(rules.MAX_INVOICE_THRESHOLD)},
        _("member"),
        _("counted rent"),
        _("refund so far"),
        _("refunds"),
        invoice_rows,
    )
