"""The election bureau's screens: calendar, roll, candidacies, bureau, ballots, count, minutes."""

import csv
import io

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core import bounds, csvsafe, privacy
from core.admin import AuditedAdmin, BigTableAdmin, PersonalDataAdmin, ServiceAddAdmin, ServiceModelForm, add_service_errors
from core.formatting import short_date
from members.admin import MEMBER_PANELS
from elections import services
from elections.minutes import minutes_lines, minutes_pdf
from elections.models import (
    AppealDecision,
    BallotRecord,
    BureauMember,
    Candidate,
    CandidacyAppeal,
    CandidacyStatus,
    EligibilityFact,
    EligibilityFactKind,
    EligibilityFactSource,
    Election,
    ElectionKind,
    Emancipation,
    ResultsPublication,
    VoterRollEntry,
)


def service_form_view(model_admin, request, obj, form, call, *, title, intro="", submit=_("Save")):
    """A page whose form calls a service (``call(cleaned_data)`` returns the message to show): the
    service's refusal shows on the form (its field, else above it), nothing is stored; writing needs
    the change permission."""
    if not model_admin.has_change_permission(request, obj):
        raise PermissionDenied
    if request.method == "POST" and form.is_valid():
        try:
            message = call(form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            model_admin.message_user(request, message, messages.WARNING if getattr(message, "warning", False) else messages.SUCCESS)
            opts = obj._meta
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    context = {**model_admin.admin_site.each_context(request), "form": form, "subject": obj, "title": title,
               "intro": intro, "submit_label": submit, "opts": obj._meta}
    return TemplateResponse(request, "admin/elections/service_form.html", context)


class _Warning(str):
    warning = True


class ListOrderForm(forms.Form):
    """Art. 14: the board sets the order of the accepted candidates on the list."""

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = list(candidates)
        for index, candidate in enumerate(self.candidates, start=1):
            self.fields[f"position_{candidate.pk}"] = forms.IntegerField(
                label=str(candidate), min_value=1, max_value=max(1, len(self.candidates)),
                initial=candidate.list_position or index)

    def clean(self):
        data = super().clean()
        positions = [data.get(f"position_{c.pk}") for c in self.candidates]
        if None not in positions and len(set(positions)) != len(positions):
            raise forms.ValidationError(_("Each position once."))
        return data

    def order(self):
        return [c.pk for c in sorted(self.candidates, key=lambda c: self.cleaned_data[f"position_{c.pk}"])]


class VotesForm(forms.Form):
    """Art. 29, 30, 32: the votes of the assembly's secret ballot, per accepted candidate."""

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = list(candidates)
        for candidate in self.candidates:
            self.fields[f"votes_{candidate.pk}"] = forms.IntegerField(label=str(candidate), min_value=0,
                                                                      max_value=bounds.MAX_COUNT, initial=candidate.votes)

    def votes(self):
        return {c.pk: self.cleaned_data[f"votes_{c.pk}"] for c in self.candidates}


class PublishResultsForm(forms.Form):
    published_on = forms.DateField(label=_("published on"), initial=timezone.localdate)
    in_magazine = forms.BooleanField(label=_("in the members' magazine"), required=False, initial=True)
    on_website = forms.BooleanField(label=_("on the website"), required=False, initial=True)


class CandidateInline(admin.TabularInline):
    """Read only: a candidacy is filed, accepted, refused, ordered and given votes through the
    services (the candidate's page and the election's list-order and votes pages), never typed in."""

    model = Candidate
    fields = ("member", "filed_on", "channel", "status", "list_position", "votes", "problems_display")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

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
                       "minutes_signed_at", "minutes_signed_by", "links", "results_published_on", "publication")
    add_fieldsets = ((None, {"fields": ("kind", "year", "seats", "assembly_size")}),)
    fieldsets = (
        (None, {"fields": ("kind", "year", "seats", "assembly_size", "titular_members", "status", "links")}),
        (_("Calendar (Art. 12–24)"), {"fields": ("calendar", "call_published_on", "roll_closed_on", "list_published_on",
                                                  "voting_starts", "election_day", "voting_assembly_on")}),
        (_("Roll and result"), {"fields": ("roll_size", "result_summary", "counted_on", "identity_check",
                                          "minutes_signed_at", "minutes_signed_by")}),
        (_("Publication of the results (Art. 22)"), {"fields": ("results_published_on", "publication")}),
    )
    inlines = [CandidateInline, BureauInline]
    actions = ["publish_call", "generate_roll", "publish_list", "count", "sign_minutes", "publish_results"]

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
        pages = [("minutes", _("Minutes")), ("minutes_pdf", "PDF"), ("roll_csv", _("Voter roll (CSV)")),
                 ("list_order", _("List order (Art. 14)"))]
        if obj.kind == ElectionKind.ASSEMBLY:
            pages += [("ballots_import", _("Import ballots")), ("publish", _("Publish the results (Art. 22)"))]
        else:
            pages.append(("votes", _("Record the votes (Art. 29, 30, 32)")))
        return format_html_join(" ", '<a class="button" href="{}">{}</a>',
                                ((reverse(f"admin:elections_election_{name}", args=[obj.pk]), label) for name, label in pages))

    @admin.display(description=_("published"))
    def publication(self, obj):
        publication = ResultsPublication.objects.filter(election=obj).select_related("published_by").first()
        if publication is None:
            return "—"
        return format_html('{} {} ({} {}; {} {}) {} <a class="button" href="{}">{}</a>',
                           short_date(publication.published_on), _("by"), publication.published_by,
                           _("deadline"), short_date(publication.deadline), _("magazine and website") if
                           publication.in_magazine and publication.on_website else "", publication.late_note,
                           reverse("admin:elections_election_publication_pdf", args=[obj.pk]), _("Published document (PDF)"))

    def get_urls(self):
        return [
            path("<int:pk>/minutes/", self.admin_site.admin_view(self.minutes_view), name="elections_election_minutes"),
            path("<int:pk>/minutes.pdf", self.admin_site.admin_view(self.minutes_pdf_view), name="elections_election_minutes_pdf"),
            path("<int:pk>/roll.csv", self.admin_site.admin_view(self.roll_csv_view), name="elections_election_roll_csv"),
            path("<int:pk>/ballots/import/", self.admin_site.admin_view(self.ballots_import_view),
                 name="elections_election_ballots_import"),
            path("<int:pk>/list-order/", self.admin_site.admin_view(self.list_order_view), name="elections_election_list_order"),
            path("<int:pk>/votes/", self.admin_site.admin_view(self.votes_view), name="elections_election_votes"),
            path("<int:pk>/publish/", self.admin_site.admin_view(self.publish_view), name="elections_election_publish"),
            path("<int:pk>/results.pdf", self.admin_site.admin_view(self.publication_pdf_view),
                 name="elections_election_publication_pdf"),
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

    def list_order_view(self, request, pk):
        election = self._election(request, pk)
        candidates = election.candidates.filter(status=CandidacyStatus.ACCEPTED).select_related("member").order_by(
            "list_position", "member__last_name", "pk")
        form = ListOrderForm(request.POST or None, candidates=candidates)

        def call(data):
            services.list_order_set(election=election, candidate_ids=form.order())
            return _("The list order is set (Art. 14).")
        return service_form_view(self, request, election, form, call, title=_("List order (Art. 14)"),
                                 intro=_("The board sets the order of the accepted candidates on the list."))

    def votes_view(self, request, pk):
        election = self._election(request, pk)
        candidates = election.candidates.filter(status=CandidacyStatus.ACCEPTED).select_related("member").order_by(
            "member__last_name", "member__first_name", "pk")
        form = VotesForm(request.POST or None, candidates=candidates)

        def call(data):
            services.votes_record(election=election, votes=form.votes())
            return _("The votes are recorded; count them with the action “Count the votes”.")
        return service_form_view(self, request, election, form, call, title=_("Record the votes (Art. 29, 30, 32)"),
                                 intro=_("The votes of the General Assembly's secret ballot, per accepted candidate."))

    def publish_view(self, request, pk):
        election = self._election(request, pk)
        form = PublishResultsForm(request.POST or None)

        def call(data):
            publication = services.results_publish(election=election, on=data["published_on"], user=request.user,
                                                   in_magazine=data["in_magazine"], on_website=data["on_website"])
            if publication.late_note:
                return _Warning(_("Results published, late: %(note)s") % {"note": publication.late_note})
            return _("Results published (Art. 22).")
        return service_form_view(self, request, election, form, call, title=_("Publish the results (Art. 22)"),
                                 intro=_("In the members' magazine and on the website, at the latest 15 calendar days "
                                         "after the vote (Art. 22). The published document is made from the signed minutes."),
                                 submit=_("Publish"))

    def publication_pdf_view(self, request, pk):
        election = self._election(request, pk)
        publication = get_object_or_404(ResultsPublication, election=election)
        response = HttpResponse(bytes(publication.document), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="results-{election.kind}-{election.year}.pdf"'
        return response

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


    @admin.action(description=_("Publish the results today in the magazine and on the website (Art. 22)"),
                  permissions=["change"])
    def publish_results(self, request, queryset):
        for election in queryset:
            try:
                publication = services.results_publish(election=election, on=timezone.localdate(), user=request.user)
            except ValidationError as exc:
                self.message_user(request, f"{election}: " + "; ".join(exc.messages), messages.ERROR)
            else:
                self.message_user(request, f"{election}: {publication.late_note or _('results published (Art. 22).')}",
                                  messages.WARNING if publication.late_note else messages.SUCCESS)


class CandidacyForm(ServiceModelForm):
    """A candidacy is filed by ``candidacy_file`` (Art. 11.2, 12, 13, 28, 30): after the call, by the
    deadline, by registered letter, and checked for eligibility at once; a late one shows the article
    on "filed on". The change page is read only: status, list position and votes move through services."""

    class Meta:
        model = Candidate
        fields = ("election", "member", "filed_on", "channel")

    def save_new(self, instance):
        return services.candidacy_file(election=instance.election, member=instance.member, filed_on=instance.filed_on,
                                       channel=instance.channel)


class EligibilityFactInline(admin.TabularInline):
    model = EligibilityFact
    fields = ("kind", "holds", "early_retirement", "source", "reference", "established_on", "recorded_by", "recorded_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class AppealInline(admin.StackedInline):
    model = CandidacyAppeal
    fields = ("lodged_on", "decided_on", "decision", "reference", "recorded_by", "recorded_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class RefusalForm(forms.Form):
    refused_on = forms.DateField(label=_("refused on"), initial=timezone.localdate)
    motivation = forms.CharField(label=_("motivation"), required=False, max_length=2000,
                                 widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
                                 help_text=_("Added to the eligibility problems found (Art. 11); required when there are none."))


class AppealForm(forms.Form):
    lodged_on = forms.DateField(label=_("appeal lodged on"))
    decided_on = forms.DateField(label=_("decided on"))
    decision = forms.ChoiceField(label=_("decision"), choices=AppealDecision.choices)
    reference = forms.CharField(label=_("reference of the decision"), max_length=200)


class FactForm(forms.Form):
    kind = forms.ChoiceField(label=_("fact"), choices=EligibilityFactKind.choices)
    holds = forms.BooleanField(label=_("holds"), required=False,
                               help_text=_("Ticked: the fact is true for the candidate (it bars the candidacy)."))
    early_retirement = forms.BooleanField(label=_("dismissed into early retirement (brugpensioen)"), required=False)
    source = forms.ChoiceField(label=_("source"), choices=EligibilityFactSource.choices)
    reference = forms.CharField(label=_("reference"), max_length=200, required=False)
    established_on = forms.DateField(label=_("established on"), initial=timezone.localdate)


@admin.register(Candidate)
class CandidateAdmin(ServiceAddAdmin, AuditedAdmin):
    form = CandidacyForm
    list_display = ("__str__", "election", "status", "list_position", "filed_on")
    list_filter = ("election", "status")
    raw_id_fields = ("member",)
    list_select_related = ("member", "election")
    inlines = [EligibilityFactInline, AppealInline]
    actions = ["accept", "refuse"]
    SHOWN = ("election", "member", "filed_on", "channel", "status", "problems", "refusal_letter", "refused_on",
             "list_position", "votes", "steps")

    def get_fields(self, request, obj=None):
        if obj is None:  # the status and the problems follow from the eligibility check
            return ("election", "member", "filed_on", "channel")
        return self.SHOWN

    def get_readonly_fields(self, request, obj=None):
        # Art. 13: status changes go through the services (accept, motivated refusal, appeal), the list
        # position through the board's list order (Art. 14), votes through the votes page (Art. 29–32).
        return () if obj is None else self.SHOWN

    @admin.display(description=_("steps"))
    def steps(self, obj):
        if not obj.pk:
            return "—"
        pages = [("fact", _("Record an Art. 11.2 fact"))]
        if obj.status in (CandidacyStatus.FILED, CandidacyStatus.ACCEPTED):
            pages.append(("refuse", _("Refuse with a motivation (Art. 13)")))
        if obj.status == CandidacyStatus.REFUSED:
            pages.append(("appeal", _("Record the appeal's outcome (Art. 13)")))
        return format_html_join(" ", '<a class="button" href="{}">{}</a>',
                                ((reverse(f"admin:elections_candidate_{name}", args=[obj.pk]), label) for name, label in pages))

    def get_urls(self):
        return [
            path("<int:pk>/refuse/", self.admin_site.admin_view(self.refuse_view), name="elections_candidate_refuse"),
            path("<int:pk>/appeal/", self.admin_site.admin_view(self.appeal_view), name="elections_candidate_appeal"),
            path("<int:pk>/fact/", self.admin_site.admin_view(self.fact_view), name="elections_candidate_fact"),
            *super().get_urls(),
        ]

    def _candidate(self, request, pk):
        candidate = get_object_or_404(Candidate.objects.select_related("election", "member"), pk=pk)
        if not self.has_view_permission(request, candidate):
            raise PermissionDenied
        return candidate

    def refuse_view(self, request, pk):
        candidate = self._candidate(request, pk)
        form = RefusalForm(request.POST or None)

        def call(data):
            services.candidacy_refuse(candidate=candidate, on=data["refused_on"], motivation=data["motivation"])
            return _("Refused; the motivated letter is ready (Art. 13).")
        return service_form_view(self, request, candidate, form, call, title=_("Refuse with a motivation (Art. 13)"),
                                 intro="; ".join(candidate.problems), submit=_("Refuse"))

    def appeal_view(self, request, pk):
        candidate = self._candidate(request, pk)
        form = AppealForm(request.POST or None)

        def call(data):
            appeal = services.candidacy_appeal_record(candidate=candidate, user=request.user, **data)
            return (_("Appeal upheld: the candidacy is accepted.") if appeal.decision == AppealDecision.UPHELD
                    else _("Appeal dismissed: the refusal stands."))
        return service_form_view(self, request, candidate, form, call, title=_("Record the appeal's outcome (Art. 13)"),
                                 intro=_("The supervisory office's decision on the appeal against the refusal. Only an "
                                         "upheld appeal places the candidate on the list."))

    def fact_view(self, request, pk):
        candidate = self._candidate(request, pk)
        form = FactForm(request.POST or None)

        def call(data):
            services.eligibility_fact_record(candidate=candidate, user=request.user, **data)
            return _("Recorded; the candidacy is now %(status)s.") % {"status": candidate.get_status_display()}
        return service_form_view(self, request, candidate, form, call, title=_("Record an Art. 11.2 fact"),
                                 intro=_("Civil rights, (partner of) paid or dismissed staff, parliamentary mandate — "
                                         "with the document it comes from."))

    @admin.action(description=_("Accept (Art. 11, 13: judged again with the recorded facts)"), permissions=["change"])
    def accept(self, request, queryset):
        for candidate in queryset.select_related("election", "member"):
            try:
                services.candidacy_accept(candidate=candidate)
            except ValidationError as exc:
                self.message_user(request, f"{candidate}: " + "; ".join(exc.messages), messages.ERROR)

    @admin.action(description=_("Refuse those with eligibility problems, motivated by them (Art. 13)"), permissions=["change"])
    def refuse(self, request, queryset):
        for candidate in queryset.exclude(status=CandidacyStatus.REFUSED):
            try:
                services.candidacy_refuse(candidate=candidate, on=timezone.localdate())
            except ValidationError as exc:
                self.message_user(request, f"{candidate}: " + "; ".join(exc.messages), messages.ERROR)


class EmancipationForm(ServiceModelForm):
    """Recorded by ``emancipation_record`` (Art. 11.1): the date must fall between 15 and 18."""

    class Meta:
        model = Emancipation
        fields = ("member", "emancipated_on", "ground", "proof")

    def save_new(self, instance):
        return services.emancipation_record(member=instance.member, emancipated_on=instance.emancipated_on,
                                            ground=instance.ground, proof=instance.proof, user=self.user)


@admin.register(Emancipation)
class EmancipationAdmin(ServiceAddAdmin, PersonalDataAdmin, AuditedAdmin):
    form = EmancipationForm
    list_display = ("member", "emancipated_on", "ground", "recorded_by")
    list_select_related = ("member", "recorded_by")
    raw_id_fields = ("member",)
    history_categories = (privacy.Category.IDENTITY, privacy.Category.ELECTORAL)
    FIELDS = ("member", "emancipated_on", "ground", "proof", "recorded_by", "recorded_at")

    def access_categories(self, request, obj=None):
        return (privacy.Category.IDENTITY, privacy.Category.ELECTORAL)

    def access_household_id(self, obj):
        return obj.member.household_id

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def get_fields(self, request, obj=None):
        return EmancipationForm.Meta.fields if obj is None else self.FIELDS

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.FIELDS


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


def electoral_panel(member):
    """On the member's page: the recorded emancipation (Art. 11.1) and the member's candidacies."""
    emancipation = Emancipation.objects.filter(member=member).first()
    candidacies = Candidate.objects.filter(member=member).select_related("election").order_by("-election__year")[:5]
    add_url = reverse("admin:elections_emancipation_add") + f"?member={member.pk}"
    return format_html(
        "<p>{}: {}</p><p>{}: {}</p>",
        _("Emancipated (Art. 11.1 “ontvoegd”)"),
        format_html("{} — {}, {}", short_date(emancipation.emancipated_on), emancipation.get_ground_display(),
                    emancipation.proof) if emancipation else format_html('— <a href="{}">{}</a>', add_url, _("record")),
        _("candidacies"), ", ".join(f"{c.election}: {c.get_status_display()}" for c in candidacies) or "—",
    )


MEMBER_PANELS.append((_("Elections"), electoral_panel, privacy.Category.ELECTORAL))
