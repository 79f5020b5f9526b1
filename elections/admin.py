"""The election bureau's screens: calendar, roll, candidacies, bureau, ballots, count, minutes."""

import csv
import io

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core import csvsafe, privacy
from core.admin import AuditedAdmin, BigTableAdmin, ServiceAddAdmin, ServiceModelForm
from core.formatting import short_date
from elections import services
from elections.minutes import minutes_lines, minutes_pdf
from elections.models import BallotRecord, BureauMember, Candidate, CandidacyStatus, Election, ElectionKind, VoterRollEntry


class CandidateInline(admin.TabularInline):
    model = Candidate
    fields = ("member", "filed_on", "status", "list_position", "votes", "problems_display")
    readonly_fields = ("problems_display",)
    raw_id_fields = ("member",)
    extra = 0

    @admin.display(description=_("eligibility (Art. 11.2)"))
    def problems_display(self, obj):
        return "; ".join(obj.problems) if obj.problems else ("✓" if obj.pk else "")


class BureauInline(admin.TabularInline):
    model = BureauMember
    fields = ("role", "name", "member", "appointed_on")
    raw_id_fields = ("member",)
    extra = 0


class ElectionForm(ServiceModelForm):
    """A new election is made by ``election_create``: an assembly's seats follow Art. 9, a board's
    are checked against Art. 31; a refusal shows on the seats field."""

    class Meta:
        model = Election
        fields = ("kind", "year", "seats", "assembly_size")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and "seats" in self.fields:
            self.fields["seats"].required = False
            self.fields["seats"].help_text = _("Assembly: computed from the titular members (Art. 9).")

    def save_new(self, instance):
        return services.election_create(year=instance.year, kind=instance.kind, seats=instance.seats or None,
                                        assembly_size=instance.assembly_size or 0)


@admin.register(Election)
class ElectionAdmin(ServiceAddAdmin, AuditedAdmin):
    form = ElectionForm
    list_display = ("__str__", "seats", "status", "next_due")
    list_filter = ("kind", "status")
    readonly_fields = ("titular_members", "status", "calendar", "roll_size", "result_summary", "counted_on",
                       "minutes_signed_at", "minutes_signed_by", "links")
    add_fieldsets = ((None, {"fields": ("kind", "year", "seats", "assembly_size")}),)
    fieldsets = (
        (None, {"fields": ("kind", "year", "seats", "assembly_size", "titular_members", "status", "links")}),
        (_("Calendar (Art. 12–24)"), {"fields": ("calendar", "call_published_on", "roll_closed_on", "list_published_on",
                                                  "voting_starts", "election_day", "results_published_on")}),
        (_("Roll and result"), {"fields": ("roll_size", "result_summary", "counted_on", "identity_check",
                                          "minutes_signed_at", "minutes_signed_by")}),
    )
    inlines = [CandidateInline, BureauInline]
    actions = ["publish_call", "generate_roll", "publish_list", "count", "sign_minutes"]

    def get_fieldsets(self, request, obj=None):
        # A new election is its kind, year and seats; the calendar, roll and result follow from the
        # election_create service and the actions, so they appear once it exists.
        return self.add_fieldsets if obj is None else super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return (*self.readonly_fields, "kind", "year", "seats", "assembly_size")

    @admin.display(description=_("next deadline"))
    def next_due(self, obj):
        deadline = services.next_deadline(obj, timezone.localdate())
        return f"{deadline.label} ({short_date(deadline.latest)}, {deadline.article})" if deadline else "—"

    @admin.display(description=_("statutory calendar"))
    def calendar(self, obj):
        today = timezone.localdate()
        return format_html("<table>{}</table>", format_html_join(
            "", "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            ((d.article, d.label, short_date(d.earliest) + " – " if d.earliest else "", short_date(d.latest) +
              (" ⚠" if d.latest and d.latest < today else "")) for d in services.deadlines(obj)),
        ))

    @admin.display(description=_("voters on the roll"))
    def roll_size(self, obj):
        return obj.voters.count()

    @admin.display(description=_("result"))
    def result_summary(self, obj):
        r = obj.result or {}
        if not r:
            return "—"
        return format_html("{}: {}<br>{}: {}", _("elected"), ", ".join(r.get("elected", [])), _("substitutes"),
                           ", ".join(r.get("substitutes", [])) or "—")

    @admin.display(description=_("documents"))
    def links(self, obj):
        if not obj.pk:
            return "—"
        return format_html('<a class="button" href="{}">{}</a> <a class="button" href="{}">{}</a> <a class="button" href="{}">{}</a> '
                           '<a class="button" href="{}">{}</a>',
                           reverse("admin:elections_election_minutes", args=[obj.pk]), _("Minutes"),
                           reverse("admin:elections_election_minutes_pdf", args=[obj.pk]), "PDF",
                           reverse("admin:elections_election_roll_csv", args=[obj.pk]), _("Voter roll (CSV)"),
                           reverse("admin:elections_election_ballots_import", args=[obj.pk]), _("Import ballots"))

    def get_urls(self):
        return [
            path("<int:pk>/minutes/", self.admin_site.admin_view(self.minutes_view), name="elections_election_minutes"),
            path("<int:pk>/minutes.pdf", self.admin_site.admin_view(self.minutes_pdf_view), name="elections_election_minutes_pdf"),
            path("<int:pk>/roll.csv", self.admin_site.admin_view(self.roll_csv_view), name="elections_election_roll_csv"),
            path("<int:pk>/ballots/import/", self.admin_site.admin_view(self.ballots_import_view),
                 name="elections_election_ballots_import"),
            *super().get_urls(),
        ]

    def _election(self, request, pk):
        election = get_object_or_404(Election, pk=pk)
        if not self.has_view_permission(request, election):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        return election

    def minutes_view(self, request, pk):
        election = self._election(request, pk)
        result = election.result or {}
        rows = [
            {"name": c["name"], "name_votes": c.get("name_votes", c.get("votes", 0)), "devolved": c.get("devolved", ""),
             "total": c.get("total", c.get("votes", 0)), "elected": c["elected"], "rank": c.get("rank") or ""}
            for c in result.get("candidates", [])
        ]
        context = {**self.admin_site.each_context(request), "election": election, "lines": minutes_lines(election),
                   "result": result, "rows": rows, "title": _("Minutes")}
        return TemplateResponse(request, "admin/elections/minutes.html", context)

    def minutes_pdf_view(self, request, pk):
        election = self._election(request, pk)
        response = HttpResponse(minutes_pdf(election), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="minutes-{election.kind}-{election.year}.pdf"'
        return response

    def roll_csv_view(self, request, pk):
        election = self._election(request, pk)
        out = io.StringIO()
        writer = csvsafe.writer(out)  # names and addresses are typed by people: no formulas
        writer.writerow(["last_name", "first_name", "member_number", "address"])
        count = 0
        for v in election.voters.order_by("last_name", "first_name").iterator(chunk_size=5000):
            writer.writerow([v.last_name, v.first_name, v.member_number, v.address])
            count += 1
        privacy.log_access(request, action="export", model=VoterRollEntry, count=count, reason=f"voter roll {election}",
                           categories=(privacy.Category.IDENTITY,))
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="voter-roll-{election.year}.csv"'
        return response

    def ballots_import_view(self, request, pk):
        """Postal or electronic results in bulk: member_number;channel;list_vote;names (list positions
        separated by spaces). All or nothing: one bad line refuses the file."""
        election = self._election(request, pk)
        errors = []
        if request.method == "POST" and request.FILES.get("file"):
            try:
                text = request.FILES["file"].read().decode("utf-8-sig")
                rows = list(csv.DictReader(io.StringIO(text), delimiter=";" if text.count(";") >= text.count(",") else ","))
                count = services.ballots_import(election=election, rows=rows, on=timezone.localdate())
            except UnicodeDecodeError:
                errors = [_("The file is not UTF-8 text: save it as “CSV UTF-8” and import it again.")]
            except csv.Error as exc:
                errors = [_("The file is not a readable CSV file: %(error)s") % {"error": exc}]
            except ValidationError as exc:
                errors = exc.messages
            else:
                self.message_user(request, _("%(n)d ballots imported.") % {"n": count})
                return HttpResponseRedirect(reverse("admin:elections_election_change", args=[election.pk]))
        context = {**self.admin_site.each_context(request), "election": election, "errors": errors,
                   "title": _("Import ballots")}
        return TemplateResponse(request, "admin/elections/ballots_import.html", context)

    def _run(self, request, queryset, act):
        for election in queryset:
            try:
                act(election)
                self.message_user(request, f"{election}: OK")
            except ValidationError as exc:
                self.message_user(request, f"{election}: " + "; ".join(exc.messages), messages.ERROR)

    @admin.action(description=_("Publish the call for candidates today (Art. 12)"), permissions=["change"])
    def publish_call(self, request, queryset):
        self._run(request, queryset, lambda e: services.call_publish(election=e, on=timezone.localdate()))

    @admin.action(description=_("Generate the voter roll (Art. 11.1, 17)"), permissions=["change"])
    def generate_roll(self, request, queryset):
        self._run(request, queryset, lambda e: services.roll_generate(election=e))

    @admin.action(description=_("Publish the candidate list with the election day entered (Art. 14–15)"), permissions=["change"])
    def publish_list(self, request, queryset):
        def act(election):
            if not election.election_day:
                raise ValidationError(_("Enter the election day first."))
            services.list_publish(election=election, on=timezone.localdate(), election_day=election.election_day)
        self._run(request, queryset, act)

    @admin.action(description=_("Count the votes (Art. 20–21, 32)"), permissions=["change"])
    def count(self, request, queryset):
        def act(election):
            if election.kind == ElectionKind.ASSEMBLY:
                services.count_run(election=election, on=timezone.localdate())
            else:
                services.board_count_run(election=election, on=timezone.localdate())
        self._run(request, queryset, act)

    @admin.action(description=_("Sign the minutes (identity check as entered)"), permissions=["change"])
    def sign_minutes(self, request, queryset):
        self._run(request, queryset, lambda e: services.minutes_sign(election=e, user=request.user, identity_check=e.identity_check))


class CandidacyForm(ServiceModelForm):
    """A candidacy is filed by ``candidacy_file`` (Art. 11.2, 12, 13): after the call, by the
    deadline, and checked for eligibility at once; a late one shows the article on "filed on"."""

    class Meta:
        model = Candidate
        fields = ("election", "member", "filed_on", "status", "list_position", "votes")

    def save_new(self, instance):
        return services.candidacy_file(election=instance.election, member=instance.member, filed_on=instance.filed_on)


@admin.register(Candidate)
class CandidateAdmin(ServiceAddAdmin, AuditedAdmin):
    form = CandidacyForm
    list_display = ("__str__", "election", "status", "list_position", "filed_on")
    list_filter = ("election", "status")
    raw_id_fields = ("member",)
    list_select_related = ("member", "election")
    readonly_fields = ("problems", "refusal_letter")
    actions = ["refuse"]

    def get_fields(self, request, obj=None):
        if obj is None:  # the status and the problems follow from the eligibility check
            return ("election", "member", "filed_on")
        return ("election", "member", "filed_on", "status", "problems", "refusal_letter", "list_position", "votes")

    @admin.action(description=_("Refuse with a motivated letter (Art. 13)"), permissions=["change"])
    def refuse(self, request, queryset):
        for candidate in queryset.exclude(status=CandidacyStatus.REFUSED):
            try:
                services.candidacy_refuse(candidate=candidate, on=timezone.localdate())
            except ValidationError as exc:
                self.message_user(request, f"{candidate}: " + "; ".join(exc.messages), messages.ERROR)


@admin.register(VoterRollEntry)
class VoterRollAdmin(BigTableAdmin):
    list_display = ("last_name", "first_name", "member_number", "address", "election")
    list_filter = ("election",)
    search_fields = ("=member_number", "last_name")
    raw_id_fields = ("member",)

    def has_add_permission(self, request):
        return False


class BallotForm(ServiceModelForm):
    """A ballot is recorded by ``ballot_record`` (Art. 15, 17–19): during the voting period, from a
    voter on the roll, once; a refusal shows on its field."""

    class Meta:
        model = BallotRecord
        fields = ("election", "voter", "channel", "list_vote", "names", "spoiled")

    def save_new(self, instance):
        return services.ballot_record(election=instance.election, voter=instance.voter, channel=instance.channel,
                                      list_vote=instance.list_vote, names=instance.names, spoiled=instance.spoiled)


@admin.register(BallotRecord)
class BallotAdmin(ServiceAddAdmin, BigTableAdmin):
    form = BallotForm
    list_display = ("id", "election", "channel", "list_vote", "spoiled", "recorded_at")
    list_filter = ("election", "channel")
    raw_id_fields = ("voter",)
