"""The minutes (proces-verbaal) of a count, as a page and as a PDF (Art. 20)."""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _

from elections.models import Election


def minutes_lines(election: Election) -> list[tuple[str, str]]:
    r = election.result or {}
    bureau = ", ".join(f"{m.get_role_display()} {m.name}" for m in election.bureau.all()) or "—"
    lines = [
        (_("Election"), str(election)),
        (_("Seats"), str(election.seats)),
        (_("Election bureau (Art. 16)"), bureau),
        (_("Voters on the roll"), str(r.get("voters", "—"))),
        (_("Ballots cast"), str(r.get("cast", 0))),
        (_("Valid ballots"), str(r.get("valid", 0))),
        (_("List votes (the pot)"), str(r.get("pot", 0))),
        (_("Quorum (valid ballots ÷ seats, rounded up)"), str(r.get("quorum", 0))),
        (_("Pot left unused"), str(r.get("pot_left", 0))),
    ]
    for reason, number in sorted((r.get("invalid") or {}).items()):
        lines.append((_("Invalid: %(reason)s") % {"reason": reason}, str(number)))
    lines.append((_("How identity was checked"), election.identity_check or "—"))
    return lines


def minutes_pdf(election: Election) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    buffer = BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=f"Minutes {election}")
    story = [Paragraph(_("Minutes of the count — %(election)s") % {"election": election}, styles["Title"]), Spacer(1, 12)]
    story.append(Table([[a, b] for a, b in minutes_lines(election)], colWidths=[260, 220]))
    story.append(Spacer(1, 12))
    r = election.result or {}
    rows = [[_("List position / candidate"), _("Name votes"), _("Devolved"), _("Total"), _("Elected")]]
    for c in r.get("candidates", []):
        rows.append([c["name"], str(c.get("name_votes", c.get("votes", 0))), str(c.get("devolved", "")),
                     str(c.get("total", c.get("votes", 0))), _("yes") if c["elected"] else ""])
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(table)
    story.append(Spacer(1, 12))
    story.append(Paragraph(_("Elected in order: %(names)s") % {"names": ", ".join(r.get("elected", [])) or "—"}, styles["Normal"]))
    story.append(Paragraph(_("Substitutes in order: %(names)s") % {"names": ", ".join(r.get("substitutes", [])) or "—"}, styles["Normal"]))
    for note in r.get("notes", []):
        story.append(Paragraph(note, styles["Italic"]))
    signed = (_("Signed by %(user)s on %(when)s") % {"user": election.minutes_signed_by,
                                                       "when": timezone.localtime(election.minutes_signed_at).strftime("%d/%m/%Y %H:%M")}
              if election.minutes_signed_at else _("Not signed yet"))
    story += [Spacer(1, 24), Paragraph(signed, styles["Normal"])]
    doc.build(story)
    return buffer.getvalue()


def results_pdf(election: Election, *, published_on) -> bytes:
    """Art. 22: the results as published to the members (magazine and website): the elected in
    order, the substitutes and the figures of the minutes; no voter's data."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    buffer = BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=f"Results {election}")
    r = election.result or {}
    story = [Paragraph(_("Results of the election — %(election)s") % {"election": election}, styles["Title"]),
             Paragraph(_("Published on %(day)s (Art. 22)") % {"day": published_on.strftime("%d/%m/%Y")}, styles["Normal"]),
             Spacer(1, 12)]
    figures = [(label, value) for label, value in minutes_lines(election)
               if label not in (_("Election bureau (Art. 16)"), _("How identity was checked"))]
    story.append(Table([[a, b] for a, b in figures], colWidths=[260, 220]))
    story.append(Spacer(1, 12))
    story.append(Paragraph(_("Elected in order: %(names)s") % {"names": ", ".join(r.get("elected", [])) or "—"}, styles["Normal"]))
    story.append(Paragraph(_("Substitutes in order: %(names)s") % {"names": ", ".join(r.get("substitutes", [])) or "—"}, styles["Normal"]))
    for note in r.get("notes", []):
        story.append(Paragraph(note, styles["Italic"]))
    story.append(Spacer(1, 12))
    story.append(Paragraph(_("A candidate who contests the result may appeal to the supervisory office (Art. 22)."),
                           styles["Normal"]))
    doc.build(story)
    return buffer.getvalue()
