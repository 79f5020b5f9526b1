"""The minutes (proces-verbaal) of a count, as a page and as a PDF (Art. 20)."""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _

from core.reasons import render
from elections.models import Election
from elections.rules import is_warning


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
    story = [
        Paragraph(_("Minutes of the count — %(election)s") % {"election": election}, styles["Title"]),
        Spacer(1, 12),
    ]
    story.append(Table([[a, b] for a, b in minutes_lines(election)], colWidths=[260, 220]))
    story.append(Spacer(1, 12))
    r = election.result or {}
    rows = [[_("List position / candidate"), _("Name votes"), _("Devolved"), _("Total"), _("Elected")]]
    for c in r.get("candidates", []):
        rows.append(
            [
                c["name"],
                str(c.get("name_votes", c.get("votes", 0))),
                str(c.get("devolved", "")),
                str(c.get("total", c.get("votes", 0))),
                _("yes") if c["elected"] else "",
            ]
        )
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)])
    )
    story.append(table)
    story.append(Spacer(1, 12))
    story.append(
        Paragraph(
            _("Elected in order: %(names)s") % {"names": ", ".join(r.get("elected", [])) or "—"}, styles["Normal"]
        )
    )
    story.append(
        Paragraph(
            _("Substitutes in order: %(names)s") % {"names": ", ".join(r.get("substitutes", [])) or "—"},
            styles["Normal"],
        )
    )
    for note in r.get("notes", []):
        story.append(Paragraph(note, styles["Italic"]))
    signed = (
        _("Signed by %(user)s on %(when)s")
        % {
            "user": election.minutes_signed_by,
            "when": timezone.localtime(election.minutes_signed_at).strftime("%d/%m/%Y %H:%M"),
        }
        if election.minutes_signed_at
        else _("Not signed yet")
    )
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
    story = [
        Paragraph(_("Results of the election — %(election)s") % {"election": election}, styles["Title"]),
        Paragraph(_("Published on %(day)s (Art. 22)") % {"day": published_on.strftime("%d/%m/%Y")}, styles["Normal"]),
        Spacer(1, 12),
    ]
    figures = [
        (label, value)
        for label, value in minutes_lines(election)
        if label not in (_("Election bureau (Art. 16)"), _("How identity was checked"))
    ]
    story.append(Table([[a, b] for a, b in figures], colWidths=[260, 220]))
    story.append(Spacer(1, 12))
    story.append(
        Paragraph(
            _("Elected in order: %(names)s") % {"names": ", ".join(r.get("elected", [])) or "—"}, styles["Normal"]
        )
    )
    story.append(
        Paragraph(
            _("Substitutes in order: %(names)s") % {"names": ", ".join(r.get("substitutes", [])) or "—"},
            styles["Normal"],
        )
    )
    for note in r.get("notes", []):
        story.append(Paragraph(note, styles["Italic"]))
    story.append(Spacer(1, 12))
    story.append(
        Paragraph(
            _("A candidate who contests the result may appeal to the supervisory office (Art. 22)."), styles["Normal"]
        )
    )
    doc.build(story)
    return buffer.getvalue()


# --- the minutes (notulen) of a General Assembly meeting (Art. 25bis §7) ------------------------------------


def assembly_minutes_lines(meeting) -> list[tuple[str, str]]:
    """Art. 25bis §7: the figures 1°–7° and the identities, from the recorded facts."""
    from elections import selectors
    from elections.models import Presence

    facts = selectors.assembly_meeting_facts(meeting)
    counts, names = facts["counts"], facts["names"]
    lines = [
        (_("Meeting"), f"{meeting.get_kind_display()} — {meeting.date:%d/%m/%Y}"),
        (_("Mode (§7 4°)"), meeting.get_mode_display() + (f" — {meeting.mode_reason}" if meeting.mode_reason else "")),
        (_("Voting before the meeting allowed"), _("yes") if meeting.remote_voting else _("no")),
        (
            _("Convocation sent on (Art. 25: 20 days before)"),
            meeting.convocation_sent_on.strftime("%d/%m/%Y") if meeting.convocation_sent_on else "—",
        ),
        (
            _("Documents available on (Art. 25: 8 days before)"),
            meeting.documents_available_on.strftime("%d/%m/%Y") if meeting.documents_available_on else "—",
        ),
        (_("Members of the assembly"), str(facts["members"])),
        (_("Members present (§7 1°)"), str(facts["present"])),
        (_("Physically present (§7 6°)"), str(counts.get(Presence.PHYSICAL, 0))),
        (_("By videoconference (§7 6°)"), str(counts.get(Presence.VIDEO, 0))),
        (_("Voted before the meeting (§7 7°)"), str(counts.get(Presence.VOTED_BEFORE, 0))),
        (_("Written consultation ballots"), str(counts.get(Presence.WRITTEN, 0))),
        (_("Gave a proxy (§7 2°)"), str(facts["represented"])),
        (_("Neither present nor represented (§7 3°)"), str(counts.get(Presence.ABSENT, 0))),
        (
            _("Quorum (Art. 25: half present or represented)"),
            f"{facts['present'] + facts['represented']} / {facts['quorum_needed']} — "
            + (_("reached") if facts["quorum_reached"] else _("not reached"))
            + (" — " + _("second meeting: decides regardless of attendance") if facts["second_meeting"] else ""),
        ),
        (_("Technical problems and incidents (§7 5°)"), meeting.technical_incidents or "—"),
    ]
    for presence, label in Presence.choices:
        if names.get(presence):
            lines.append((_("Identity: %(presence)s") % {"presence": label}, ", ".join(names[presence])))
    if facts["proxies"]:
        lines.append((_("Proxies (who to whom)"), "; ".join(f"{a} → {b}" for a, b in facts["proxies"])))
    for warning in facts["warnings"]:
        lines.append(("⚠", warning))
    return lines


def reason_line(stored) -> str:
    """A stored reason of a decision as the minutes and the admin show it: "Art. 25: …" in the
    reader's language, a flag on the meeting with ⚠."""
    line = render(stored)
    code = stored.get("code", "") if isinstance(stored, dict) else ""
    return f"⚠ {line}" if is_warning(code) else line


def assembly_minutes_items(meeting) -> list[dict]:
    return [
        {
            "position": i.position,
            "title": i.title,
            "subject": i.get_subject_display(),
            "discussion": i.discussion,
            "votes": (f"{i.votes_for} / {i.votes_against} / {i.abstentions or 0}" if i.votes_for is not None else "—"),
            "secret": i.secret_ballot,
            "outcome": i.get_outcome_display(),
            "reasons": [reason_line(r) for r in i.reasons or []],
        }
        for i in meeting.items.order_by("position")
    ]


def assembly_minutes_pdf(meeting) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    buffer = BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=f"Minutes {meeting}")
    story = [
        Paragraph(_("Minutes of the General Assembly — %(meeting)s") % {"meeting": meeting}, styles["Title"]),
        Spacer(1, 12),
    ]
    story.append(
        Table(
            [
                [Paragraph(str(a), styles["Normal"]), Paragraph(str(b), styles["Normal"])]
                for a, b in assembly_minutes_lines(meeting)
            ],
            colWidths=[200, 280],
        )
    )
    for item in assembly_minutes_items(meeting):
        story += [
            Spacer(1, 10),
            Paragraph(f"{item['position']}. {item['title']} ({item['subject']})", styles["Heading3"]),
        ]
        if item["discussion"]:
            story.append(Paragraph(item["discussion"], styles["Normal"]))
        story.append(
            Paragraph(
                _("For / against / abstentions: %(votes)s%(secret)s")
                % {"votes": item["votes"], "secret": " (" + _("secret vote") + ")" if item["secret"] else ""},
                styles["Normal"],
            )
        )
        story.append(Paragraph(_("Decision: %(outcome)s") % {"outcome": item["outcome"]}, styles["Normal"]))
        for reason in item["reasons"]:
            story.append(Paragraph(reason, styles["Italic"]))
    closed = (
        _("Closed by %(user)s on %(when)s")
        % {"user": meeting.closed_by or "—", "when": timezone.localtime(meeting.closed_at).strftime("%d/%m/%Y %H:%M")}
        if meeting.closed_at
        else _("Not closed yet: figures as recorded so far")
    )
    story += [Spacer(1, 24), Paragraph(closed, styles["Normal"])]
    doc.build(story)
    return buffer.getvalue()
