"""Report pages for managers (role ``manager``/``auditor``: ``reports.view_reports``).

Every page is a list of tables and charts built from snapshots (computed figures) or the figures
store (entered figures); the same tables are exported as CSV and XLSX (and the annual report as PDF).
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import bounds, csvsafe, formatting
from core.csvsafe import safe_row
from core.formatting import eur, in_language
from reports import snapshots
from reports.models import Figure


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list]
    money_columns: tuple[int, ...] = ()


@dataclass
class Chart:
    id: str
    title: str
    kind: str  # bar, line, doughnut
    labels: list[str]
    datasets: list[dict] = field(default_factory=list)


@dataclass
class Page:
    title: str
    tables: list[Table]
    charts: list[Chart]
    note: str = ""


def _label(data: dict, kind: str, code) -> str:
    """A code's name in the reader's language, from the labels stored with the figures (the code itself
    for a snapshot taken before labels were stored)."""
    return in_language((data.get("labels") or {}).get(kind, {}).get(str(code)), str(code))


def _delta(now, before):
    if before in (None, ""):
        return ""
    difference = Decimal(str(now)) - Decimal(str(before))
    return (
        f"{'+' if difference > 0 else ''}{difference.normalize():f}"
        if difference == difference.to_integral()
        else f"{difference:+.2f}"
    )


def membership_page(year: int) -> Page:
    now = snapshots.get("membership", year).data
    previous = snapshots.get("membership", year - 1).data
    rows = [
        [str(label), now[key], previous.get(key, ""), now["growth"][key]]
        for key, label in (
            ("titulars", gettext_lazy("Titular members")),
            ("dependents", gettext_lazy("Dependents")),
            ("members", gettext_lazy("Members")),
            ("vt_members", gettext_lazy("Members with VT")),
        )
    ]
    rows.append(
        [
            _("VT share of members (%)"),
            now["vt_share"],
            previous.get("vt_share", ""),
            _delta(now["vt_share"], previous.get("vt_share")),
        ]
    )
    market = {f.metric: f.value for f in Figure.objects.filter(section="market", year=year)}
    if market.get("Titularissen markt"):
        rows.append(
            [
                _("Market share of titulars (%)"),
                round(100 * now["titulars"] / float(market["Titularissen markt"]), 2),
                "",
                "",
            ]
        )
    regions = sorted(now["by_region"].items())
    statuses = sorted(now["statuses"].items())
    return Page(
        _("Membership"),
        [
            Table(
                _("Members on %(day)s") % {"day": formatting.short_date(date.fromisoformat(now["on"]))},
                [_("figure"), str(year), str(year - 1), _("growth over 12 months")],
                rows,
            ),
            Table(
                _("Members by region"), [_("region"), _("members")], [[_label(now, "region", r), n] for r, n in regions]
            ),
            Table(
                _("Households by entitlement status (Art. 8)"),
                [_("status"), _("households")],
                [[_label(now, "status", s), n] for s, n in statuses],
            ),
        ],
        [
            Chart(
                "regions",
                _("Members by region"),
                "doughnut",
                [_label(now, "region", r) for r, _n in regions],
                [{"label": _("members"), "data": [n for _r, n in regions]}],
            ),
            Chart(
                "statuses",
                _("Entitlement status"),
                "bar",
                [_label(now, "status", s) for s, _n in statuses],
                [{"label": _("households"), "data": [n for _s, n in statuses]}],
            ),
        ],
    )


def contributions_page(year: int) -> Page:
    now = snapshots.get("contributions", year).data
    previous = snapshots.get("contributions", year - 1).data
    months = [str(m) for m in range(1, 13)]
    month_names = [formatting.month(f"{year:04d}-{m:02d}") for m in range(1, 13)]
    codes = sorted(set(now["per_code"]) | set(previous.get("per_code", {})))
    return Page(
        _("Contributions"),
        [
            Table(
                _("Income per service code (Art. 66)"),
                [_("code"), str(year), str(year - 1), _("difference")],
                [
                    [
                        _label(now, "code", c),
                        now["per_code"].get(c, "0.00"),
                        previous.get("per_code", {}).get(c, "0.00"),
                        _delta(now["per_code"].get(c, 0), previous.get("per_code", {}).get(c, 0)),
                    ]
                    for c in codes
                ]
                + [
                    [
                        _("total"),
                        now["income"],
                        previous.get("income", "0.00"),
                        _delta(now["income"], previous.get("income", 0)),
                    ]
                ],
                money_columns=(1, 2, 3),
            ),
            Table(
                _("Income per month"),
                [_("month"), str(year), str(year - 1)],
                [
                    [name, now["per_month"].get(m, "0.00"), previous.get("per_month", {}).get(m, "0.00")]
                    for m, name in zip(months, month_names, strict=True)
                ],
                money_columns=(1, 2),
            ),
            Table(
                _("Arrears"),
                [_("open dues up to today, not prescribed (Art. 8 §2)"), _("households in arrears")],
                [[now["arrears"], now["households_in_arrears"]]],
                money_columns=(0,),
            ),
            _letters_table(year),
        ],
        [
            Chart(
                "months",
                _("Income per month"),
                "bar",
                month_names,
                [
                    {"label": str(year), "data": [float(now["per_month"].get(m, 0)) for m in months]},
                    {"label": str(year - 1), "data": [float(previous.get("per_month", {}).get(m, 0)) for m in months]},
                ],
            ),
            Chart(
                "codes",
                _("Income per service code"),
                "doughnut",
                [_label(now, "code", c) for c in codes],
                [{"label": str(year), "data": [float(now["per_code"].get(c, 0)) for c in codes]}],
            ),
        ],
    )


def _letters_table(year: int) -> Table:
    """Issue #15: the letters written per kind and month (the ``correspondence`` figures of members)."""
    letters = snapshots.get("correspondence", year).data
    per_kind = letters.get("per_kind_month", {})
    kinds = sorted(per_kind)
    months = [f"{m:02d}" for m in range(1, 13)]
    return Table(
        _("Letters per kind and month (reminders before suspension, Art. 8 §3; direct debit)"),
        [_("month"), *[_label(letters, "kind", k) for k in kinds]],
        [[formatting.month(f"{year:04d}-{m}"), *[per_kind[k].get(m, 0) for k in kinds]] for m in months]
        + [[_("total"), *[letters.get("per_kind", {}).get(k, 0) for k in kinds]]],
    )


def benefits_page(year: int) -> Page:
    now = snapshots.get("benefits", year).data
    previous = snapshots.get("benefits", year - 1).data
    before = {b["code"]: b for b in previous.get("per_benefit", [])}
    rows = [
        [
            _label(now, "benefit", b["code"]),
            b["article"],
            b["claims"],
            b["payout"],
            before.get(b["code"], {}).get("payout", "0.00"),
            _delta(b["payout"], before.get(b["code"], {}).get("payout", 0)),
        ]
        for b in now["per_benefit"]
    ]
    top = now["per_benefit"][:10]
    return Page(
        _("Benefits"),
        [
            Table(
                _("Claims"),
                [_("figure"), str(year), str(year - 1)],
                [
                    [_("claims"), now["claims"], previous.get("claims", 0)],
                    [_("payouts"), now["payout"], previous.get("payout", "0.00")],
                    [_("rejected"), now["rejected"], previous.get("rejected", 0)],
                ],
            ),
            Table(
                _("Payouts per benefit"),
                [_("benefit"), _("article"), _("claims"), str(year), str(year - 1), _("difference")],
                rows,
                money_columns=(3, 4, 5),
            ),
            Table(
                _("Rejections by article"),
                [_("article"), _("claims")],
                [[a, n] for a, n in now["rejections_by_article"].items()],
            ),
            Table(
                _("Rejections by reason"),
                [_("reason code"), _("reason"), _("claims")],
                # snapshots taken before issue #14 have no codes
                [
                    [c, _label(now, "reason", c) if c != "?" else "", n]
                    for c, n in now.get("rejections_by_code", {}).items()
                ],
            ),
        ],
        [
            Chart(
                "top",
                _("Top benefits"),
                "bar",
                [_label(now, "benefit", b["code"]) for b in top],
                [{"label": _("payout"), "data": [float(b["payout"]) for b in top]}],
            ),
            Chart(
                "rejections",
                _("Rejections by article"),
                "doughnut",
                list(now["rejections_by_article"]),
                [{"label": _("claims"), "data": list(now["rejections_by_article"].values())}],
            ),
        ],
    )


def lending_page(year: int) -> Page:
    now = snapshots.get("lending", year).data
    previous = snapshots.get("lending", year - 1).data
    rows = [
        [str(label), now[key], previous.get(key, "0.00"), _delta(now[key], previous.get(key, 0))]
        for key, label in (
            ("rent", gettext_lazy("Rent")),
            ("fees", gettext_lazy("Fees and trips")),
            ("max_invoice_refunds", gettext_lazy("Maximum-invoice refunds (previous year)")),
            ("alarm_subsidies", gettext_lazy("Alarm subsidies (previous year)")),
        )
    ]
    units = sorted(now["units"].items())
    return Page(
        _("Lending (ComfoPlus)"),
        [
            Table(_("Money"), [_("figure"), str(year), str(year - 1), _("difference")], rows, money_columns=(1, 2, 3)),
            Table(
                _("Stock"),
                [_("state"), _("units")],
                [[_label(now, "state", s), n] for s, n in units] + [[_("utilisation (%)"), now["utilisation"]]],
            ),
        ],
        [
            Chart(
                "stock",
                _("Stock units by state"),
                "doughnut",
                [_label(now, "state", s) for s, _n in units],
                [{"label": _("units"), "data": [n for _s, n in units]}],
            ),
            Chart(
                "money",
                _("Rent and fees"),
                "bar",
                [str(year - 1), str(year)],
                [
                    {"label": _("rent"), "data": [float(previous.get("rent", 0)), float(now["rent"])]},
                    {"label": _("fees"), "data": [float(previous.get("fees", 0)), float(now["fees"])]},
                ],
            ),
        ],
    )


def elections_page(year: int) -> Page:
    now = snapshots.get("elections", year).data
    rows = [
        [
            in_language(e.get("names"), e["election"]),
            in_language(e.get("status_names"), e["status"]),
            e["seats"],
            e["voters"],
            e["cast"],
            e["turnout"],
            ", ".join(e["elected"]),
        ]
        for e in now["elections"]
    ]
    return Page(
        _("Elections"),
        [
            Table(
                _("Elections of %(year)s") % {"year": year},
                [_("election"), _("status"), _("seats"), _("voters"), _("ballots"), _("turnout (%)"), _("elected")],
                rows,
            )
        ],
        [
            Chart(
                "turnout",
                _("Turnout (%)"),
                "bar",
                [in_language(e.get("names"), e["election"]) for e in now["elections"]],
                [{"label": _("turnout"), "data": [e["turnout"] for e in now["elections"]]}],
            )
        ],
    )


def annual_page(year: int) -> Page:
    figures = list(Figure.objects.filter(year__in=(year, year - 1)).order_by("section", "entity", "position"))

    def value(section, entity, metric, y):
        return next(
            (
                f.value
                for f in figures
                if f.section == section and f.entity == entity and f.metric == metric and f.year == y
            ),
            None,
        )

    staff = [f for f in figures if f.section == "staff" and f.year == year]
    finances = {}
    for f in figures:
        if f.section == "finances":
            finances.setdefault((f.entity, f.position, f.metric), None)
    finance_rows = []
    for entity, _position, metric in sorted(finances, key=lambda k: (k[0], k[1])):
        now, before = value("finances", entity, metric, year), value("finances", entity, metric, year - 1)
        finance_rows.append(
            [
                entity,
                metric,
                before if before is not None else "",
                now if now is not None else "",
                (now - before) if now is not None and before is not None else "",
            ]
        )
    members = [f for f in figures if f.section == "membership" and f.year == year]
    activity = [f for f in figures if f.section == "activity" and f.year == year]
    policy = [f for f in figures if f.section == "policy" and f.year == year]
    tables = [
        Table(
            _("Members on 31 December"),
            [_("figure"), str(year - 1), str(year), _("difference")],
            [
                [
                    f.metric,
                    value("membership", f.entity, f.metric, year - 1) or "",
                    f.value,
                    (f.value - value("membership", f.entity, f.metric, year - 1))
                    if value("membership", f.entity, f.metric, year - 1) is not None
                    else "",
                ]
                for f in members
            ],
        ),
        Table(
            _("Staff (FTE) per department"),
            [_("department"), _("FTE")],
            [[f.metric, f.value] for f in staff]
            + [[_("total as reported"), f.value] for f in figures if f.section == "staff_total" and f.year == year]
            + ([[_("sum of the departments"), sum(f.value for f in staff)]] if staff else []),
        ),
        Table(
            _("Money per entity (euro)"),
            [_("entity"), _("item"), str(year - 1), str(year), _("difference")],
            finance_rows,
            money_columns=(2, 3, 4),
        ),
        Table(
            _("Return-to-work referrals per province"),
            [_("province"), _("referrals")],
            [[f.metric, f.value] for f in activity],
        ),
        Table(_("Policy plan"), [_("projects"), _("number")], [[f.metric, f.value] for f in policy]),
    ]
    charts = [
        Chart(
            "fte",
            _("Staff (FTE) per department"),
            "bar",
            [f.metric for f in staff],
            [{"label": "FTE", "data": [float(f.value) for f in staff]}],
        )
    ]
    return Page(
        _("Annual report %(year)s") % {"year": year},
        tables,
        charts,
        note=_("Figures from the figures store (entered or imported; %(source)s).") % {"source": "Jaarverslag 2023"},
    )


def take_up_page(year: int) -> Page:
    """Issue #17: the take-up of the rights the nightly scan finds (``benefits.figures.take_up``)."""
    now = snapshots.get("take_up", year).data
    per_right = now.get("per_right", [])
    return Page(
        _("Take-up of unclaimed rights"),
        [
            Table(
                _("Rights found by the nightly scan, first found in %(year)s") % {"year": year},
                [
                    _("right"),
                    _("article"),
                    _("eligible (found)"),
                    _("claimed"),
                    _("take-up (%)"),
                    _("invitation letters"),
                    _("claimed after a letter"),
                    _("amount reached members after a letter"),
                    _("dismissed"),
                    _("deadline passed"),
                ],
                [
                    [
                        r["kind"],
                        r["article"],
                        r["eligible"],
                        r["claimed"],
                        r["take_up"],
                        r["letters"],
                        r["claimed_after_letter"],
                        r["amount_after_letter"],
                        r["dismissed"],
                        r["expired"],
                    ]
                    for r in per_right
                ]
                + [
                    [
                        _("total"),
                        "",
                        now.get("eligible", 0),
                        now.get("claimed", 0),
                        "",
                        "",
                        now.get("claimed_after_letter", 0),
                        now.get("amount_after_letter", "0.00"),
                        "",
                        "",
                    ]
                ],
                money_columns=(7,),
            )
        ],
        [
            Chart(
                "take_up",
                _("Found, claimed, claimed after a letter"),
                "bar",
                [r["kind"] for r in per_right],
                [
                    {"label": _("eligible (found)"), "data": [r["eligible"] for r in per_right]},
                    {"label": _("claimed"), "data": [r["claimed"] for r in per_right]},
                    {"label": _("claimed after a letter"), "data": [r["claimed_after_letter"] for r in per_right]},
                ],
            )
        ],
        note=_(
            "The eligible population is what the detectors see: a member very likely entitled who had not "
            "claimed when first found. Claimed: the detector no longer finds it before its deadline."
        ),
    )


PAGES = {
    "membership": (gettext_lazy("Membership"), membership_page),
    "contributions": (gettext_lazy("Contributions"), contributions_page),
    "benefits": (gettext_lazy("Benefits"), benefits_page),
    "lending": (gettext_lazy("Lending"), lending_page),
    "take_up": (gettext_lazy("Take-up of unclaimed rights"), take_up_page),
    "elections": (gettext_lazy("Elections"), elections_page),
    "annual": (gettext_lazy("Annual report"), annual_page),
}


#: The figures (``core.hooks.register_figures``) each page reads; the annual report reads the figures store.
SOURCES = {
    "membership": ("membership",),
    "contributions": ("contributions", "correspondence"),
    "benefits": ("benefits",),
    "lending": ("lending",),
    "elections": ("elections",),
}


def years_with_data(key: str | None = None) -> list[int]:
    """The years a page (every page, without ``key``) has data for, oldest first (issue #16: a page opens
    on the latest and offers each; an election ahead of today is one of them)."""
    keys = [key] if key else list(PAGES)
    years: set[int] = set()
    for page_key in keys:
        if page_key == "annual":
            years.update(Figure.objects.order_by().values_list("year", flat=True).distinct())
        for name in SOURCES.get(page_key, ()):
            years.update(snapshots.years(name))
    return sorted(years)


class BadYear(Exception):
    """``?year=`` that is not a year of the data (core.bounds.year_problem): a 400, not a 500."""


def _year(request, years: list[int]) -> int:
    """``?year=``, or the latest year with data (this year when there is none)."""
    today = timezone.localdate()
    raw = request.GET.get("year", "").strip()
    if not raw:
        return years[-1] if years else today.year
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 4):
        raise BadYear(_("year: a year, e.g. %(year)s.") % {"year": today.year})
    if int(raw) in years:
        return int(raw)
    problem = bounds.year_problem(int(raw), today=today)
    if problem:
        raise BadYear(_("year: %(problem)s") % {"problem": problem})
    return int(raw)


def _bad_year(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except BadYear as exc:
            return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")

    return wrapped


_NUMBER_TEXT = re.compile(r"[+-]?\d+(\.\d+)?")


def _cell(value, money: bool) -> str:
    """A cell as the page shows it: money ``1.234,56 €``, numbers ``12.345`` / ``4,5`` (Belgian), text as it is."""
    if value in ("", None):
        return ""
    if money:
        return eur(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return formatting.number(value)
    text = str(value)
    if _NUMBER_TEXT.fullmatch(text):  # a difference "+1.50" from _delta
        return ("+" if text.startswith("+") else "") + formatting.number(Decimal(text))
    return text


@login_required
@permission_required("reports.view_reports", raise_exception=True)
@_bad_year
def index(request):
    year = _year(request, years_with_data()) if request.GET.get("year") else None
    return render(
        request,
        "reports/index.html",
        {"pages": [(key, title) for key, (title, _f) in PAGES.items()], "year": year},
    )


@login_required
@permission_required("reports.view_reports", raise_exception=True)
@_bad_year
def page(request, key: str):
    if key not in PAGES:
        raise Http404
    with_data = years_with_data(key)
    year = _year(request, with_data)
    built = PAGES[key][1](year)
    export = request.GET.get("format")
    if export == "csv":
        return _csv(built, key, year, excel=True)
    if export == "csv-data":
        return _csv(built, key, year, excel=False)
    if export == "xlsx":
        return _xlsx(built, key, year)
    if export == "pdf" and key == "annual":
        return _pdf(built, key, year)
    tables = [
        {
            "title": t.title,
            "headers": t.headers,
            "rows": [[_cell(v, i in t.money_columns) for i, v in enumerate(row)] for row in t.rows],
        }
        for t in built.tables
    ]
    charts = [
        {
            "id": c.id,
            "title": c.title,
            "type": c.kind,
            "labels": [str(label) for label in c.labels],
            "datasets": c.datasets,
        }
        for c in built.charts
    ]
    years = sorted(set(with_data) | {year}, reverse=True)
    return render(
        request,
        "reports/page.html",
        {
            "key": key,
            "page": built,
            "tables": tables,
            "charts": charts,
            "year": year,
            "years": years,
            "pages": [(k, t) for k, (t, _f) in PAGES.items()],
            "pdf": key == "annual",
        },
    )


def _csv_value(value, money: bool, excel: bool):
    """A cell of a CSV: for Excel in a Belgian locale a decimal comma and no grouping (``1234,56``, read as
    a number); for machines a dot (``1234.56``). Money columns hold amounts as text ("80.40") in the
    figures: they are numbers too. Text stays text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        value = Decimal(str(value))
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip()) and (money or "." in value):
        value = Decimal(value.strip())
    if isinstance(value, Decimal):
        text = f"{value.quantize(Decimal('0.01')) if money else value:f}"
        return text.replace(".", ",") if excel else text
    return str(value) if not isinstance(value, int) else value


def _csv(built: Page, key: str, year: int, *, excel: bool):
    """Two CSVs of the same tables (issue #16): ``excel`` — ``;``, decimal comma and a UTF-8 BOM, as Excel
    opens it in a Belgian locale; else the machine CSV — ``,``, decimal dot, no BOM."""

    def lines():
        if excel:
            yield "\ufeff"
        buffer = io.StringIO()
        writer = csvsafe.writer(buffer, delimiter=";" if excel else ",")
        for table in built.tables:
            writer.writerow([str(table.title)])
            writer.writerow([str(h) for h in table.headers])
            for row in table.rows:
                writer.writerow([_csv_value(v, i in table.money_columns, excel) for i, v in enumerate(row)])
            writer.writerow([])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    suffix = "" if excel else "-data"
    response["Content-Disposition"] = f'attachment; filename="{key}-{year}{suffix}.csv"'
    return response


def _xlsx_value(value):
    """Numbers as numbers (a spreadsheet formats them in the reader's locale), text as text."""
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value):
        return float(value) if "." in value else int(value)
    return value


def _xlsx(built: Page, key: str, year: int):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for table in built.tables:
        sheet = book.create_sheet(title=str(table.title)[:31].replace("/", "-"))
        sheet.append(safe_row(str(h) for h in table.headers))
        for row in table.rows:
            values = [_csv_value(v, i in table.money_columns, excel=False) for i, v in enumerate(row)]
            sheet.append(safe_row(_xlsx_value(v) for v in values))
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{key}-{year}.xlsx"'
    return response


def _pdf(built: Page, key: str, year: int):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    story = [Paragraph(str(built.title), styles["Title"])]
    for table in built.tables:
        story += [Spacer(1, 10), Paragraph(str(table.title), styles["Heading2"])]
        data = [[str(h) for h in table.headers]] + [
            [_cell(v, i in table.money_columns) for i, v in enumerate(r)] for r in table.rows
        ]
        pdf_table = PdfTable(data, repeatRows=1)
        pdf_table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                    ("FONTSIZE", (0, 0), (-1, -1), 7),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ]
            )
        )
        story.append(pdf_table)
    SimpleDocTemplate(buffer, pagesize=A4, title=str(built.title)).build(story)
    response = HttpResponse(buffer.getvalue(), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{key}-{year}.pdf"'
    return response
