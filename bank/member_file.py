"""The bank's section of the household's member file (issue #16, ``core.hooks.register_file_section``):
the household's direct-debit mandates, its latest collections with what was credited or returned and
why, and an "add a mandate" button that comes back to the file. Two queries."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from bank import selectors
from bank.models import Mandate
from core.formatting import eur, short_date

#: The latest collections shown.
COLLECTIONS = 12


def direct_debit_section(file) -> str:
    household_id = file.household.pk
    mandates = list(Mandate.objects.filter(household_id=household_id).order_by("-signed_on", "-pk"))
    items = list(selectors.household_collections(household_id)[:COLLECTIONS])
    action = file.action(
        "admin:bank_mandate_add",
        _("Add a direct debit mandate"),
        permission="bank.add_mandate",
        household=household_id,
        signed_on=file.today.isoformat(),
    )
    mandate_rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                file.link("admin:bank_mandate_change", [m.pk], m.reference),
                m.debtor_name,
                m.iban,
                short_date(m.signed_on),
                m.get_status_display() + (f" — {m.status_reason}" if m.status_reason else ""),
                m.get_frequency_display(),
            )
            for m in mandates
        ),
    ) or format_html("<tr><td colspan='6' class='quiet'>{}</td></tr>", _("no direct debit mandate"))
    item_rows = format_html_join(
        "",
        "<tr><td>{}</td><td class='num'>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                short_date(item.run.collection_date),
                eur(item.amount),
                item.get_status_display(),
                item.get_return_reason_display() if item.return_reason else "",
            )
            for item in items
        ),
    ) or format_html("<tr><td colspan='4' class='quiet'>{}</td></tr>", _("no collections"))
    return format_html(
        "<div class='file-actions'>{}</div>"
        "<h3>{}</h3><div class='table-wrap'><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
        "<th>{}</th></tr></thead><tbody>{}</tbody></table></div>"
        "<h3>{}</h3><div class='table-wrap'><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
        "<tbody>{}</tbody></table></div>",
        action,
        _("mandates"),
        _("reference"),
        _("debtor name"),
        _("IBAN"),
        _("signed on"),
        _("status"),
        _("frequency"),
        mandate_rows,
        _("direct debits and bank returns, newest first"),
        _("collection date"),
        _("amount"),
        _("status"),
        _("return reason"),
        item_rows,
    )
