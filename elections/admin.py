"""The election bureau's screens: calendar, roll, candidacies, bureau, ballots, count, minutes."""

import csv
import io

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core import bounds, csvsafe, privacy
from core.admin import (
    AuditedAdmin,
    BigTableAdmin,
    Outcome,
    PersonalDataAdmin,
    ServiceAddAdmin,
    ServiceModelForm,
    add_service_errors,
    service_action,
    service_form_view,
)
from core.formatting import short_date
from elections import selectors, services
from elections.minutes import minutes_lines, minutes_pdf
from elections.models import (
    AppealDecision,
    BallotRecord,
    BureauMember,
    BureauRole,
    CandidacyAppeal,
    CandidacyStatus,
    Candidate,
    Election,
    ElectionKind,
    EligibilityFact,
    EligibilityFactKind,
    EligibilityFactSource,
    Emancipation,
    ResultsPublication,
    VoterRollEntry,
)
from members.models import Member


class _Warning(str):
    warning = True


class ListOrderForm(forms.Form):
    """Art. 14: the board sets the order of the accepted candidates on the list."""

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = list(candidates)
        for index, candidate in enumerate(self.candidates, start=1):
            self.fields[f"position_{candidate.pk}"] = forms.IntegerField(
                label=str(candidate),
                min_value=1,
                max_value=max(1, len(self.candidates)),
                initial=candidate.list_position or index,
            )

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
            self.fields[f"votes_{candidate.pk}"] = forms.IntegerField(
                label=str(candidate), min_value=0, max_value=bounds.MAX_COUNT, initial=candidate.votes
            )

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
        return selectors.problems_text(obj.problems) if obj.problems else ("✓" if obj.pk else "")


class BureauInline(admin.TabularInline):
    """The election bureau as appointed (Art. 16): read-only here; a member is appointed on the page
    "Appoint a bureau member", through ``services.bureau_appoint`` and its rules."""

    model = BureauMember
    fields = ("role", "name", "member", "appointed_on")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class BureauAppointForm(forms.Form):
    """Art. 16: a chair, a secretary and two assessors, not candidates, at least 30 days before voting."""

    role = forms.ChoiceField(label=_("role"), choices=BureauRole.choices)
    name = forms.CharField(label=_("name"), max_length=BureauMember._meta.get_field("name").max_length)
    member = forms.IntegerField(
        label=_("member (id)"),
        required=False,
        min_value=1,
        max_value=2**31 - 1,
        help_text=_("When the bureau member is a member of the fund (a candidate cannot sit on the bureau)."),
    )
    appointed_on = forms.DateField(label=_("appointed on"))


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
        return services.election_create(
            year=instance.year,
            kind=instance.kind,
            seats=instance.seats or None,
            assembly_size=instance.assembly_size or 0,
        )


@admin.register(Election)
class ElectionAdmin(ServiceAddAdmin, AuditedAdmin):
    form = ElectionForm
    list_display = ("__str__", "seats", "status", "next_due")
    list_filter = ("kind", "status")
    readonly_fields = (
        "titular_members",
        "status",
        "calendar",
        "roll_size",
        "result_summary",
        "counted_on",
        "minutes_signed_at",
        "minutes_signed_by",
        "links",
        "results_published_on",
        "publication",
    )
    add_fieldsets = ((None, {"fields": ("kind", "year", "seats", "assembly_size")}),)
    fieldsets = (
        (None, {"fields": ("kind", "year", "seats", "assembly_size", "titular_members", "status", "links")}),
        (
            _("Calendar (Art. 12–24)"),
            {
                "fields": (
                    "calendar",
                    "call_published_on",
                    "roll_closed_on",
                    "list_published_on",
                    "voting_starts",
                    "election_day",
                    "voting_assembly_on",
                )
            },
        ),
        (
            _("Roll and result"),
            {
                "fields": (
                    "roll_size",
                    "result_summary",
                    "counted_on",
                    "identity_check",
                    "minutes_signed_at",
                    "minutes_signed_by",
                )
            },
        ),
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
        deadline = selectors.next_deadline(obj, timezone.localdate())
        return f"{deadline.label} ({short_date(deadline.latest)}, {deadline.article})" if deadline else "—"

    @admin.display(description=_("statutory calendar"))
    def calendar(self, obj):
        today = timezone.localdate()
        return format_html(
            "<table>{}</table>",
            format_html_join(
                "",
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                (
                    (
                        d.article,
                        d.label,
                        short_date(d.earliest) + " – " if d.earliest else "",
                        short_date(d.latest) + (" ⚠" if d.latest and d.latest < today else ""),
                    )
                    for d in selectors.deadlines(obj)
                ),
            ),
        )

    @admin.display(description=_("voters on the roll"))
    def roll_size(self, obj):
        return obj.voters.count()

    @admin.display(description=_("result"))
    def result_summary(self, obj):
        r = obj.result or {}
        if not r:
            return "—"
        return format_html(
            "{}: {}<br>{}: {}",
            _("elected"),
            ", ".join(r.get("elected", [])),
            _("substitutes"),
            ", ".join(r.get("substitutes", [])) or "—",
        )

    @admin.display(description=_("documents"))
    def links(self, obj):
        if not obj.pk:
            return "—"
        pages = [
            ("minutes", _("Minutes")),
            ("minutes_pdf", "PDF"),
            ("roll_csv", _("Voter roll (CSV)")),
            ("list_order", _("List order (Art. 14)")),
            ("bureau", _("Appoint a bureau member (Art. 16)")),
        ]
        if obj.kind == ElectionKind.ASSEMBLY:
            pages += [("ballots_import", _("Import ballots")), ("publish", _("Publish the results (Art. 22)"))]
        else:
            pages.append(("votes", _("Record the votes (Art. 29, 30, 32)")))
        return format_html_join(
            " ",
            '<a class="button" href="{}">{}</a>',
            ((reverse(f"admin:elections_election_{name}", args=[obj.pk]), label) for name, label in pages),
        )

    @admin.display(description=_("published"))
    def publication(self, obj):
        publication = ResultsPublication.objects.filter(election=obj).select_related("published_by").first()
        if publication is None:
            return "—"
        return format_html(
            '{} {} ({} {}; {} {}) {} <a class="button" href="{}">{}</a>',
            short_date(publication.published_on),
            _("by"),
            publication.published_by,
            _("deadline"),
            short_date(publication.deadline),
            _("magazine and website") if publication.in_magazine and publication.on_website else "",
            publication.late_note,
            reverse("admin:elections_election_publication_pdf", args=[obj.pk]),
            _("Published document (PDF)"),
        )

    def get_urls(self):
        return [
            path("<int:pk>/minutes/", self.admin_site.admin_view(self.minutes_view), name="elections_election_minutes"),
            path(
                "<int:pk>/minutes.pdf",
                self.admin_site.admin_view(self.minutes_pdf_view),
                name="elections_election_minutes_pdf",
            ),
            path(
                "<int:pk>/roll.csv", self.admin_site.admin_view(self.roll_csv_view), name="elections_election_roll_csv"
            ),
            path(
                "<int:pk>/ballots/import/",
                self.admin_site.admin_view(self.ballots_import_view),
                name="elections_election_ballots_import",
            ),
            path(
                "<int:pk>/list-order/",
                self.admin_site.admin_view(self.list_order_view),
                name="elections_election_list_order",
            ),
            path("<int:pk>/votes/", self.admin_site.admin_view(self.votes_view), name="elections_election_votes"),
            path("<int:pk>/bureau/", self.admin_site.admin_view(self.bureau_view), name="elections_election_bureau"),
            path("<int:pk>/publish/", self.admin_site.admin_view(self.publish_view), name="elections_election_publish"),
            path(
                "<int:pk>/results.pdf",
                self.admin_site.admin_view(self.publication_pdf_view),
                name="elections_election_publication_pdf",
            ),
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
            {
                "name": c["name"],
                "name_votes": c.get("name_votes", c.get("votes", 0)),
                "devolved": c.get("devolved", ""),
                "total": c.get("total", c.get("votes", 0)),
                "elected": c["elected"],
                "rank": c.get("rank") or "",
            }
            for c in result.get("candidates", [])
        ]
        context = {
            **self.admin_site.each_context(request),
            "election": election,
            "lines": minutes_lines(election),
            "result": result,
            "rows": rows,
            "title": _("Minutes"),
        }
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
        privacy.log_access(
            request,
            action="export",
            model=VoterRollEntry,
            count=count,
            reason=f"voter roll {election}",
            categories=(privacy.Category.IDENTITY,),
        )
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
                rows = list(
                    csv.DictReader(io.StringIO(text), delimiter=";" if text.count(";") >= text.count(",") else ",")
                )
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
        context = {
            **self.admin_site.each_context(request),
            "election": election,
            "errors": errors,
            "title": _("Import ballots"),
        }
        return TemplateResponse(request, "admin/elections/ballots_import.html", context)

    def list_order_view(self, request, pk):
        election = self._election(request, pk)
        candidates = (
            election.candidates.filter(status=CandidacyStatus.ACCEPTED)
            .select_related("member")
            .order_by("list_position", "member__last_name", "pk")
        )
        form = ListOrderForm(request.POST or None, candidates=candidates)

        def call(data):
            services.list_order_set(election=election, candidate_ids=form.order())
            return _("The list order is set (Art. 14).")

        return service_form_view(
            self,
            request,
            election,
            form,
            call,
            title=_("List order (Art. 14)"),
            intro=_("The board sets the order of the accepted candidates on the list."),
        )

    def bureau_view(self, request, pk):
        election = self._election(request, pk)
        form = BureauAppointForm(request.POST or None)

        def call(data):
            member = None
            if data.get("member"):
                member = Member.objects.filter(pk=data["member"]).first()
                if member is None:
                    raise ValidationError({"member": _("No member with this id.")})
            appointed = services.bureau_appoint(
                election=election, name=data["name"], role=data["role"], on=data["appointed_on"], member=member
            )
            return _("%(name)s is appointed to the election bureau (Art. 16).") % {"name": appointed.name}

        return service_form_view(
            self,
            request,
            election,
            form,
            call,
            title=_("Appoint a bureau member (Art. 16)"),
            intro=_("One chair, one secretary and two assessors, not candidates, at least 30 days before voting."),
        )

    def votes_view(self, request, pk):
        election = self._election(request, pk)
        candidates = (
            election.candidates.filter(status=CandidacyStatus.ACCEPTED)
            .select_related("member")
            .order_by("member__last_name", "member__first_name", "pk")
        )
        form = VotesForm(request.POST or None, candidates=candidates)

        def call(data):
            services.votes_record(election=election, votes=form.votes())
            return _("The votes are recorded; count them with the action “Count the votes”.")

        return service_form_view(
            self,
            request,
            election,
            form,
            call,
            title=_("Record the votes (Art. 29, 30, 32)"),
            intro=_("The votes of the General Assembly's secret ballot, per accepted candidate."),
        )

    def publish_view(self, request, pk):
        election = self._election(request, pk)
        form = PublishResultsForm(request.POST or None)

        def call(data):
            publication = services.results_publish(
                election=election,
                on=data["published_on"],
                user=request.user,
                in_magazine=data["in_magazine"],
                on_website=data["on_website"],
            )
            if publication.late_note:
                return _Warning(_("Results published, late: %(note)s") % {"note": publication.late_note})
            return _("Results published (Art. 22).")

        return service_form_view(
            self,
            request,
            election,
            form,
            call,
            title=_("Publish the results (Art. 22)"),
            intro=_(
                "In the members' magazine and on the website, at the latest 15 calendar days "
                "after the vote (Art. 22). The published document is made from the signed minutes."
            ),
            submit=_("Publish"),
        )

    def publication_pdf_view(self, request, pk):
        election = self._election(request, pk)
        publication = get_object_or_404(ResultsPublication, election=election)
        response = HttpResponse(bytes(publication.document), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="results-{election.kind}-{election.year}.pdf"'
        return response

    publish_call = service_action(
        lambda e, user, reason: services.call_publish(election=e, on=timezone.localdate()) and None,
        description=_("Publish the call for candidates today (Art. 12)"),
    )
    generate_roll = service_action(
        lambda e, user, reason: services.roll_generate(election=e, user=user) and None,
        description=_("Generate the voter roll (Art. 11.1, 17)"),
    )
    publish_list = service_action(
        lambda e, user, reason: _publish_list(e),
        description=_("Publish the candidate list with the election day entered (Art. 14–15)"),
    )
    count = service_action(lambda e, user, reason: _count(e), description=_("Count the votes (Art. 20–21, 32)"))
    sign_minutes = service_action(
        lambda e, user, reason: services.minutes_sign(election=e, user=user, identity_check=e.identity_check) and None,
        description=_("Sign the minutes (identity check as entered)"),
        confirm=True,
        consequence=_("The signed minutes are final: the result can no longer be counted again."),
    )
    publish_results = service_action(
        lambda e, user, reason: _publish_results(e, user),
        description=_("Publish the results today in the magazine and on the website (Art. 22)"),
        confirm=True,
        consequence=_("The results are published today (Art. 22); a publication is not taken back."),
    )


def _publish_list(election):
    if not election.election_day:
        raise ValidationError(_("Enter the election day first."))
    services.list_publish(election=election, on=timezone.localdate(), election_day=election.election_day)


def _count(election):
    if election.kind == ElectionKind.ASSEMBLY:
        services.count_run(election=election, on=timezone.localdate())
    else:
        services.board_count_run(election=election, on=timezone.localdate())


def _publish_results(election, user):
    publication = services.results_publish(election=election, on=timezone.localdate(), user=user)
    if publication.late_note:
        return Outcome.warning(publication.late_note)
    return _("results published (Art. 22).")


class CandidacyForm(ServiceModelForm):
    """A candidacy is filed by ``candidacy_file`` (Art. 11.2, 12, 13, 28, 30): after the call, by the
    deadline, by registered letter, and checked for eligibility at once; a late one shows the article
    on "filed on". The change page is read only: status, list position and votes move through services."""

    class Meta:
        model = Candidate
        fields = ("election", "member", "filed_on", "channel")

    def save_new(self, instance):
        return services.candidacy_file(
            election=instance.election, member=instance.member, filed_on=instance.filed_on, channel=instance.channel
        )


class EligibilityFactInline(admin.TabularInline):
    model = EligibilityFact
    fields = (
        "kind",
        "holds",
        "early_retirement",
        "source",
        "reference",
        "established_on",
        "recorded_by",
        "recorded_at",
    )
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
    motivation = forms.CharField(
        label=_("motivation"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("Added to the eligibility problems found (Art. 11); required when there are none."),
    )


class AppealForm(forms.Form):
    lodged_on = forms.DateField(label=_("appeal lodged on"))
    decided_on = forms.DateField(label=_("decided on"))
    decision = forms.ChoiceField(label=_("decision"), choices=AppealDecision.choices)
    reference = forms.CharField(label=_("reference of the decision"), max_length=200)


class FactForm(forms.Form):
    kind = forms.ChoiceField(label=_("fact"), choices=EligibilityFactKind.choices)
    holds = forms.BooleanField(
        label=_("holds"),
        required=False,
        help_text=_("Ticked: the fact is true for the candidate (it bars the candidacy)."),
    )
    early_retirement = forms.BooleanField(label=_("dismissed into early retirement (brugpensioen)"), required=False)
    source = forms.ChoiceField(label=_("source"), choices=EligibilityFactSource.choices)
    reference = forms.CharField(label=_("reference"), max_length=200, required=False)
    established_on = forms.DateField(label=_("established on"), initial=timezone.localdate)


@admin.register(Candidate)
class CandidateAdmin(ServiceAddAdmin, AuditedAdmin):
    form = CandidacyForm
    list_display = ("__str__", "election", "status", "list_position", "filed_on")
    list_filter = ("election", "status")
    autocomplete_fields = ("member",)
    list_select_related = ("member", "election")
    inlines = [EligibilityFactInline, AppealInline]
    actions = ["accept", "refuse"]
    SHOWN = (
        "election",
        "member",
        "filed_on",
        "channel",
        "status",
        "problems",
        "refusal_letter",
        "refused_on",
        "list_position",
        "votes",
        "steps",
    )

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
        return format_html_join(
            " ",
            '<a class="button" href="{}">{}</a>',
            ((reverse(f"admin:elections_candidate_{name}", args=[obj.pk]), label) for name, label in pages),
        )

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

        return service_form_view(
            self,
            request,
            candidate,
            form,
            call,
            title=_("Refuse with a motivation (Art. 13)"),
            intro=selectors.problems_text(candidate.problems),
            submit=_("Refuse"),
        )

    def appeal_view(self, request, pk):
        candidate = self._candidate(request, pk)
        form = AppealForm(request.POST or None)

        def call(data):
            appeal = services.candidacy_appeal_record(candidate=candidate, user=request.user, **data)
            return (
                _("Appeal upheld: the candidacy is accepted.")
                if appeal.decision == AppealDecision.UPHELD
                else _("Appeal dismissed: the refusal stands.")
            )

        return service_form_view(
            self,
            request,
            candidate,
            form,
            call,
            title=_("Record the appeal's outcome (Art. 13)"),
            intro=_(
                "The supervisory office's decision on the appeal against the refusal. Only an "
                "upheld appeal places the candidate on the list."
            ),
        )

    def fact_view(self, request, pk):
        candidate = self._candidate(request, pk)
        form = FactForm(request.POST or None)

        def call(data):
            services.eligibility_fact_record(candidate=candidate, user=request.user, **data)
            return _("Recorded; the candidacy is now %(status)s.") % {"status": candidate.get_status_display()}

        return service_form_view(
            self,
            request,
            candidate,
            form,
            call,
            title=_("Record an Art. 11.2 fact"),
            intro=_(
                "Civil rights, (partner of) paid or dismissed staff, parliamentary mandate — "
                "with the document it comes from."
            ),
        )

    accept = service_action(
        lambda candidate, user, reason: services.candidacy_accept(candidate=candidate) and None,
        description=_("Accept (Art. 11, 13: judged again with the recorded facts)"),
        select=lambda qs: qs.select_related("election", "member"),
    )
    refuse = service_action(
        lambda candidate, user, reason: (
            services.candidacy_refuse(candidate=candidate, on=timezone.localdate()) and None
        ),
        description=_("Refuse those with eligibility problems, motivated by them (Art. 13)"),
        confirm=True,
        consequence=_(
            "Each candidacy is refused today, motivated by its eligibility problems (Art. 13); the "
            "candidate may appeal. A candidacy without problems is not refused."
        ),
        select=lambda qs: qs.exclude(status=CandidacyStatus.REFUSED).select_related("election", "member"),
        details=lambda candidates: {c.pk: selectors.problems_text(c.problems) or "—" for c in candidates},
        nothing=_("The selected candidacies are refused already."),
    )


class EmancipationForm(ServiceModelForm):
    """Recorded by ``emancipation_record`` (Art. 11.1): the date must fall between 15 and 18."""

    class Meta:
        model = Emancipation
        fields = ("member", "emancipated_on", "ground", "proof")

    def save_new(self, instance):
        return services.emancipation_record(
            member=instance.member,
            emancipated_on=instance.emancipated_on,
            ground=instance.ground,
            proof=instance.proof,
            user=self.user,
        )


@admin.register(Emancipation)
class EmancipationAdmin(ServiceAddAdmin, PersonalDataAdmin, AuditedAdmin):
    form = EmancipationForm
    list_display = ("member", "emancipated_on", "ground", "recorded_by")
    list_select_related = ("member", "recorded_by")
    autocomplete_fields = ("member",)
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
    autocomplete_fields = ("member",)

    def has_add_permission(self, request):
        return False


class CandidateChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        position = f"{obj.list_position}. " if obj.list_position else ""
        return f"{obj.election} — {position}{obj.member.last_name} {obj.member.first_name}"


class BallotForm(ServiceModelForm):
    """A ballot is recorded by ``ballot_record`` (Art. 15, 17–19): during the voting period, from a
    voter on the roll, once; a refusal shows on its field. The name votes are ticked by candidate
    name (issue #16), stored as the candidates' ids."""

    candidates = CandidateChoiceField(
        label=_("name votes"),
        queryset=Candidate.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The accepted candidates of the election this ballot votes for by name (Art. 19)."),
    )

    class Meta:
        model = BallotRecord
        fields = ("election", "voter", "channel", "list_vote", "spoiled")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["candidates"].queryset = (
            Candidate.objects.filter(status=CandidacyStatus.ACCEPTED)
            .select_related("member", "election")
            .order_by("election", "list_position", "member__last_name")
        )
        if self.instance.pk:
            self.fields["candidates"].initial = list(self.instance.names or [])

    def clean(self):
        cleaned = super().clean()
        election, chosen = cleaned.get("election"), cleaned.get("candidates") or []
        others = [c for c in chosen if election is not None and c.election_id != election.pk]
        if others:
            self.add_error(
                "candidates",
                _("Not a candidate of this election (Art. 19): %(names)s.")
                % {"names": ", ".join(f"{c.member.last_name} {c.member.first_name}" for c in others)},
            )
        self.instance.names = [c.pk for c in chosen]
        return cleaned

    def save_new(self, instance):
        return services.ballot_record(
            election=instance.election,
            voter=instance.voter,
            channel=instance.channel,
            list_vote=instance.list_vote,
            names=instance.names,
            spoiled=instance.spoiled,
        )


@admin.register(BallotRecord)
class BallotAdmin(ServiceAddAdmin, BigTableAdmin):
    form = BallotForm
    list_display = ("id", "election", "channel", "list_vote", "spoiled", "recorded_at")
    list_filter = ("election", "channel")
    autocomplete_fields = ("voter",)


def electoral_panel(member):
    """On the member's page: the recorded emancipation (Art. 11.1) and the member's candidacies."""
    facts = selectors.electoral_facts_for_member(member_ids=[member.pk])[member.pk]
    emancipation, candidacies = facts.emancipation, facts.candidacies
    add_url = reverse("admin:elections_emancipation_add") + f"?member={member.pk}"
    return format_html(
        "<p>{}: {}</p><p>{}: {}</p>",
        _("Emancipated (Art. 11.1 “ontvoegd”)"),
        format_html(
            "{} — {}, {}",
            short_date(emancipation.emancipated_on),
            emancipation.get_ground_display(),
            emancipation.proof,
        )
        if emancipation
        else format_html('— <a href="{}">{}</a>', add_url, _("record")),
        _("candidacies"),
        ", ".join(f"{c.election}: {c.get_status_display()}" for c in candidacies) or "—",
    )


# ======================================================================================================
# Organs (issue #13): the secretariat's screens for the General Assembly (members, advisers, meetings,
# agenda, attendance, minutes) and the board (directors, meetings, attendance). Every add and every
# change that matters is a service call made while the form is checked: a refusal by the statutes is
# a message on the field, nothing is stored; the page only shows what the services wrote.
# ======================================================================================================


from elections.minutes import (  # noqa: E402
    assembly_minutes_items,
    assembly_minutes_lines,
    assembly_minutes_pdf,
    reason_line,
)
from elections.models import (  # noqa: E402
    Adviser,
    AgendaItem,
    AssemblyAttendance,
    AssemblyMeeting,
    AssemblyMember,
    BoardAttendance,
    BoardMeeting,
    Director,
    MeetingStatus,
)


class OrganForm(ServiceModelForm):
    """Add through ``save_new``; a change through ``save_change(instance, changed)`` (the services
    write it); a page saved as shown changes nothing."""

    changed_by_service = False

    def save_change(self, instance, changed: set[str]):
        """Call the services for the fields in ``changed``."""

    def _post_clean(self):
        super()._post_clean()
        if self.instance.pk is None or self.errors:
            return
        changed = set(self.changed_data)
        if not changed:
            return
        try:
            self.save_change(self.instance, changed)
            self.changed_by_service = True
        except ValidationError as exc:
            add_service_errors(self, exc)


class OrganAdmin(ServiceAddAdmin, AuditedAdmin):
    """The services stored the add and the change; the admin stores nothing itself."""

    def save_model(self, request, obj, form, change):
        return None

    def get_inline_instances(self, request, obj=None):
        return super().get_inline_instances(request, obj) if obj is not None else []


# --- the General Assembly's members (Art. 9, 24, 25) ---------------------------------------------------------


class AssemblyMemberForm(OrganForm):
    class Meta:
        model = AssemblyMember
        fields = ("member", "election", "mandate_start", "mandate_end", "left_on", "left_reason")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "mandate_end" in self.fields:
            self.fields["mandate_end"].required = False
            self.fields["mandate_end"].help_text = _("Empty: six years to the day (Art. 9).")

    def save_new(self, instance):
        return services.assembly_member_add(
            member=instance.member,
            mandate_start=instance.mandate_start,
            mandate_end=instance.mandate_end,
            election=instance.election,
        )

    def save_change(self, instance, changed):
        if {"left_on", "left_reason"} & changed:
            if not instance.left_on:
                raise ValidationError({"left_on": _("Give the day the member leaves.")})
            services.assembly_member_leave(assembly_member=instance, on=instance.left_on, reason=instance.left_reason)


@admin.register(AssemblyMember)
class AssemblyMemberAdmin(OrganAdmin):
    form = AssemblyMemberForm
    list_display = ("__str__", "mandate_start", "mandate_end", "left_on", "election")
    list_filter = ("election",)
    list_select_related = ("member", "election")
    search_fields = ("^member__last_name",)
    autocomplete_fields = ("member",)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("member", "election", "mandate_start", "mandate_end")
        return ("member", "election", "mandate_start", "mandate_end", "left_on", "left_reason")

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return ("member", "election", "mandate_start", "mandate_end") + (
            ("left_on", "left_reason") if obj.left_on else ()
        )


def _install(election):
    outcome = services.assembly_install(election=election, on=timezone.localdate())
    return _("%(n)d members installed.") % {"n": outcome["installed"]} + " ".join(outcome["notes"])


install_assembly = service_action(
    lambda election, user, reason: _install(election),
    description=_("Install the elected General Assembly today (Art. 24)"),
    confirm=True,
    consequence=_("The elected become members of the General Assembly today, for six years (Art. 9, 24)."),
)


ElectionAdmin.install_assembly = install_assembly
ElectionAdmin.actions = [*ElectionAdmin.actions, "install_assembly"]


# --- advisers (Art. 24, 32) -----------------------------------------------------------------------------------


class AdviserForm(OrganForm):
    class Meta:
        model = Adviser
        fields = ("organ", "name", "member", "appointed_on", "proposed_by_board_on", "ended_on")

    def save_new(self, instance):
        return services.adviser_appoint(
            organ=instance.organ,
            name=instance.name,
            on=instance.appointed_on,
            member=instance.member,
            proposed_by_board_on=instance.proposed_by_board_on,
        )

    def save_change(self, instance, changed):
        if "ended_on" in changed and instance.ended_on:
            services.adviser_end(adviser=instance, on=instance.ended_on)


@admin.register(Adviser)
class AdviserAdmin(OrganAdmin):
    form = AdviserForm
    list_display = ("name", "organ", "appointed_on", "proposed_by_board_on", "ended_on")
    list_filter = ("organ",)
    autocomplete_fields = ("member",)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("organ", "name", "member", "appointed_on", "proposed_by_board_on")
        return ("organ", "name", "member", "appointed_on", "proposed_by_board_on", "ended_on")

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return ("organ", "name", "member", "appointed_on", "proposed_by_board_on") + (
            ("ended_on",) if obj.ended_on else ()
        )


# --- assembly meetings (Art. 25, 25bis) ----------------------------------------------------------------------


class AssemblyMeetingForm(OrganForm):
    class Meta:
        model = AssemblyMeeting
        fields = (
            "date",
            "kind",
            "mode",
            "mode_reason",
            "remote_voting",
            "second_meeting_of",
            "convocation_sent_on",
            "documents_available_on",
            "technical_incidents",
        )

    def save_new(self, instance):
        return services.assembly_meeting_plan(
            day=instance.date,
            kind=instance.kind,
            mode=instance.mode,
            mode_reason=instance.mode_reason,
            remote_voting=instance.remote_voting,
            second_meeting_of=instance.second_meeting_of,
        )

    def save_change(self, instance, changed):
        if "convocation_sent_on" in changed and instance.convocation_sent_on:
            services.assembly_meeting_convene(meeting=instance, sent_on=instance.convocation_sent_on)
        if "documents_available_on" in changed and instance.documents_available_on:
            services.assembly_documents_record(meeting=instance, on=instance.documents_available_on)
        if "technical_incidents" in changed:
            services.assembly_meeting_incidents_record(meeting=instance, text=instance.technical_incidents)


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    fields = ("position", "title", "subject", "votes_for", "votes_against", "abstentions", "outcome", "link")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("votes and discussion"))
    def link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:elections_agendaitem_change", args=[obj.pk]), _("Change")
        )


class AssemblyAttendanceInline(admin.TabularInline):
    model = AssemblyAttendance
    fields = ("assembly_member", "presence", "proxy_holder")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("assembly_member__member", "proxy_holder__member")


@admin.register(AssemblyMeeting)
class AssemblyMeetingAdmin(OrganAdmin):
    form = AssemblyMeetingForm
    list_display = ("__str__", "mode", "status", "convocation_sent_on", "documents_available_on")
    list_filter = ("status", "kind", "mode")
    inlines = [AgendaItemInline, AssemblyAttendanceInline]
    actions = ["fill_absent", "close"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("date", "kind", "mode", "mode_reason", "remote_voting", "second_meeting_of")
        return (
            "date",
            "kind",
            "mode",
            "mode_reason",
            "remote_voting",
            "second_meeting_of",
            "status",
            "figures",
            "convocation_sent_on",
            "documents_available_on",
            "technical_incidents",
            "links",
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        fixed = (
            "date",
            "kind",
            "mode",
            "mode_reason",
            "remote_voting",
            "second_meeting_of",
            "status",
            "figures",
            "links",
        )
        if obj.status == MeetingStatus.CLOSED:
            return fixed + ("convocation_sent_on", "documents_available_on", "technical_incidents")
        if obj.status == MeetingStatus.CONVENED:
            return fixed + ("convocation_sent_on",)
        return fixed

    @admin.display(description=_("quorum and warnings"))
    def figures(self, obj):
        facts = selectors.assembly_meeting_facts(obj)
        return format_html(
            "{} {} / {} ({}) — {}{}",
            _("present or represented:"),
            facts["present"] + facts["represented"],
            facts["members"],
            _("quorum %(n)s") % {"n": facts["quorum_needed"]},
            _("reached") if facts["quorum_reached"] else _("not reached"),
            format_html_join("", "<br>⚠ {}", ((w,) for w in facts["warnings"])),
        )

    @admin.display(description=_("documents"))
    def links(self, obj):
        return format_html(
            '<a class="button" href="{}">{}</a> <a class="button" href="{}">PDF</a> '
            '<a class="button" href="{}?meeting={}">{}</a> <a class="button" href="{}?meeting__id__exact={}">{}</a>',
            reverse("admin:elections_assemblymeeting_minutes", args=[obj.pk]),
            _("Minutes"),
            reverse("admin:elections_assemblymeeting_minutes_pdf", args=[obj.pk]),
            reverse("admin:elections_agendaitem_add"),
            obj.pk,
            _("Add an agenda item"),
            reverse("admin:elections_assemblyattendance_changelist"),
            obj.pk,
            _("Attendance list"),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/minutes/",
                self.admin_site.admin_view(self.minutes_view),
                name="elections_assemblymeeting_minutes",
            ),
            path(
                "<int:pk>/minutes.pdf",
                self.admin_site.admin_view(self.minutes_pdf_view),
                name="elections_assemblymeeting_minutes_pdf",
            ),
            *super().get_urls(),
        ]

    def _meeting(self, request, pk):
        meeting = get_object_or_404(AssemblyMeeting, pk=pk)
        if not self.has_view_permission(request, meeting):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        return meeting

    def minutes_view(self, request, pk):
        meeting = self._meeting(request, pk)
        context = {
            **self.admin_site.each_context(request),
            "meeting": meeting,
            "lines": assembly_minutes_lines(meeting),
            "items": assembly_minutes_items(meeting),
            "title": _("Minutes"),
        }
        return TemplateResponse(request, "admin/elections/assembly_minutes.html", context)

    def minutes_pdf_view(self, request, pk):
        meeting = self._meeting(request, pk)
        response = HttpResponse(assembly_minutes_pdf(meeting), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="minutes-assembly-{meeting.date:%Y-%m-%d}.pdf"'
        return response

    fill_absent = service_action(
        lambda m, user, reason: _("%(n)d recorded absent") % {"n": services.assembly_attendance_fill_absent(meeting=m)},
        description=_("Record every member not on the list as absent (Art. 25bis §7 3°)"),
    )
    close = service_action(
        lambda m, user, reason: services.assembly_meeting_close(meeting=m, user=user) and None,
        description=_("Close the meeting: fix the attendance and the decisions (Art. 25, 25bis §7)"),
        confirm=True,
        consequence=_("The attendance and the decisions are fixed: a closed meeting is not changed any more."),
    )


class AgendaItemForm(OrganForm):
    class Meta:
        model = AgendaItem
        fields = (
            "meeting",
            "title",
            "subject",
            "secret_ballot",
            "statute_text_sent_on",
            "statute_text_exception",
            "discussion",
            "votes_for",
            "votes_against",
            "abstentions",
            "chair_vote",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "meeting" in self.fields:
            self.fields["meeting"].queryset = AssemblyMeeting.objects.filter(status=MeetingStatus.PLANNED)

    def save_new(self, instance):
        return services.agenda_item_add(
            meeting=instance.meeting,
            title=instance.title,
            subject=instance.subject,
            secret_ballot=instance.secret_ballot,
            statute_text_sent_on=instance.statute_text_sent_on,
            statute_text_exception=instance.statute_text_exception,
        )

    def save_change(self, instance, changed):
        if {"votes_for", "votes_against", "abstentions", "chair_vote"} & changed:
            if instance.votes_for is None or instance.votes_against is None:
                raise ValidationError({"votes_for": _("Give the votes for and against (0 when none).")})
            services.agenda_item_votes_record(
                item=instance,
                votes_for=instance.votes_for,
                votes_against=instance.votes_against,
                abstentions=instance.abstentions or 0,
                chair_vote=instance.chair_vote,
            )
        if "discussion" in changed:
            services.agenda_item_discussion_record(item=instance, text=instance.discussion)


@admin.register(AgendaItem)
class AgendaItemAdmin(OrganAdmin):
    form = AgendaItemForm
    list_display = ("__str__", "meeting", "subject", "majority", "outcome")
    list_filter = ("subject", "outcome")
    list_select_related = ("meeting",)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("meeting", "title", "subject", "secret_ballot", "statute_text_sent_on", "statute_text_exception")
        return (
            "meeting",
            "position",
            "title",
            "subject",
            "majority",
            "secret_ballot",
            "statute_text_sent_on",
            "statute_text_exception",
            "discussion",
            "votes_for",
            "votes_against",
            "abstentions",
            "chair_vote",
            "outcome",
            "reasons_display",
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        fixed = (
            "meeting",
            "position",
            "title",
            "subject",
            "majority",
            "secret_ballot",
            "statute_text_sent_on",
            "statute_text_exception",
            "outcome",
            "reasons_display",
        )
        if obj.meeting.status == MeetingStatus.CLOSED:
            return fixed + ("discussion", "votes_for", "votes_against", "abstentions", "chair_vote")
        if obj.meeting.status == MeetingStatus.PLANNED:
            return fixed + ("votes_for", "votes_against", "abstentions", "chair_vote")
        return fixed

    @admin.display(description=_("majority needed"))
    def majority(self, obj):
        from elections import rules

        return {
            rules.MAJORITY_SIMPLE: _("simple majority of the votes cast (Art. 25)"),
            rules.MAJORITY_TWO_THIRDS: _("two thirds of the votes cast (Art. 25, 73)"),
            rules.MAJORITY_ABSOLUTE_PRESENT: _("absolute majority of the members present (Art. 25, extraordinary)"),
        }[rules.majority_for(obj.subject, obj.meeting.kind)]

    @admin.display(description=_("reasons"))
    def reasons_display(self, obj):
        return format_html_join("", "<p>{}</p>", ((reason_line(r),) for r in obj.reasons or [])) or "—"


class AssemblyAttendanceForm(OrganForm):
    class Meta:
        model = AssemblyAttendance
        fields = ("meeting", "assembly_member", "presence", "proxy_holder")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "meeting" in self.fields:
            self.fields["meeting"].queryset = AssemblyMeeting.objects.exclude(status=MeetingStatus.CLOSED)

    def save_new(self, instance):
        return services.assembly_attendance_record(
            meeting=instance.meeting,
            assembly_member=instance.assembly_member,
            presence=instance.presence,
            proxy_holder=instance.proxy_holder,
        )

    def save_change(self, instance, changed):
        services.assembly_attendance_record(
            meeting=instance.meeting,
            assembly_member=instance.assembly_member,
            presence=instance.presence,
            proxy_holder=instance.proxy_holder,
        )

    def validate_unique(self):
        # a second line for the same member is the same line, changed (the service updates it)
        return None


@admin.register(AssemblyAttendance)
class AssemblyAttendanceAdmin(OrganAdmin):
    form = AssemblyAttendanceForm
    list_display = ("assembly_member", "meeting", "presence", "proxy_holder")
    list_filter = ("meeting", "presence")
    list_select_related = ("meeting", "assembly_member__member", "proxy_holder__member")
    autocomplete_fields = ("assembly_member", "proxy_holder")

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        if obj.meeting.status == MeetingStatus.CLOSED:
            return ("meeting", "assembly_member", "presence", "proxy_holder")
        return ("meeting", "assembly_member")


# --- the board (Art. 31–34) ------------------------------------------------------------------------------------


class DirectorForm(OrganForm):
    class Meta:
        model = Director
        fields = (
            "name",
            "member",
            "assembly_member",
            "elected_at",
            "mandate_start",
            "mandate_end",
            "replaces",
            "ended_on",
            "end_reason",
            "end_note",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "mandate_end" in self.fields:
            self.fields["mandate_end"].required = False
            self.fields["mandate_end"].help_text = _(
                "Empty: six years to the day (Art. 32); a replacement finishes the predecessor's mandate (Art. 33)."
            )

    def save_new(self, instance):
        if instance.replaces_id:
            return services.director_replace(
                predecessor=instance.replaces,
                name=instance.name,
                elected_on=instance.mandate_start,
                member=instance.member,
                assembly_member=instance.assembly_member,
                elected_at=instance.elected_at,
            )
        return services.director_elect(
            name=instance.name,
            mandate_start=instance.mandate_start,
            mandate_end=instance.mandate_end,
            member=instance.member,
            assembly_member=instance.assembly_member,
            elected_at=instance.elected_at,
        )

    def save_change(self, instance, changed):
        if {"ended_on", "end_reason", "end_note"} & changed:
            if not instance.ended_on:
                raise ValidationError({"ended_on": _("Give the day the mandate ends.")})
            services.director_end(
                director=instance, on=instance.ended_on, reason=instance.end_reason, note=instance.end_note
            )


class BoardAttendanceOfDirectorInline(admin.TabularInline):
    model = BoardAttendance
    fk_name = "director"
    fields = ("meeting", "presence", "reason", "proxy_holder")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Director)
class DirectorAdmin(OrganAdmin):
    form = DirectorForm
    list_display = ("name", "mandate_start", "mandate_end", "ended_on", "end_reason", "replaces")
    list_filter = ("end_reason",)
    list_select_related = ("replaces",)
    search_fields = ("name",)
    autocomplete_fields = ("member", "assembly_member", "replaces")
    inlines = [BoardAttendanceOfDirectorInline]
    actions = ["apply_article_33"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("name", "member", "assembly_member", "elected_at", "mandate_start", "mandate_end", "replaces")
        return (
            "name",
            "member",
            "assembly_member",
            "elected_at",
            "mandate_start",
            "mandate_end",
            "replaces",
            "ended_on",
            "end_reason",
            "end_note",
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        fixed = ("name", "member", "assembly_member", "elected_at", "mandate_start", "mandate_end", "replaces")
        return fixed + (("ended_on", "end_reason", "end_note") if obj.ended_on else ())

    apply_article_33 = service_action(
        lambda directors, user, reason: _article_33(directors),
        description=_("Apply Art. 32–33 today: two consecutive unexcused absences, end of mandate"),
        per_object=False,
        confirm=True,
        consequence=_(
            "A director with two consecutive unexcused absences is deemed to resign, a mandate that ran out "
            "ends (Art. 32–33): both end the mandate today."
        ),
    )


def _article_33(directors):
    counts = services.board_article33_run(on=timezone.localdate(), director_ids=[d.pk for d in directors])
    return _("Deemed to resign: %(deemed)d; mandate ran out: %(expired)d.") % {
        "deemed": counts["deemed_resigned"],
        "expired": counts["mandate_expired"],
    }


class BoardMeetingForm(OrganForm):
    class Meta:
        model = BoardMeeting
        fields = ("date", "mode", "note")

    def save_new(self, instance):
        return services.board_meeting_plan(day=instance.date, mode=instance.mode, note=instance.note)

    def validate_unique(self):
        return None  # the service says it, naming the date


class BoardAttendanceInline(admin.TabularInline):
    model = BoardAttendance
    fk_name = "meeting"
    fields = ("director", "presence", "reason", "proxy_holder")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(BoardMeeting)
class BoardMeetingAdmin(OrganAdmin):
    form = BoardMeetingForm
    list_display = ("__str__", "mode", "note")
    inlines = [BoardAttendanceInline]

    def get_fields(self, request, obj=None):
        return ("date", "mode", "note") if obj is None else ("date", "mode", "note", "quorum", "attendance_link")

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else ("date", "mode", "note", "quorum", "attendance_link")

    @admin.display(description=_("quorum (Art. 34)"))
    def quorum(self, obj):
        facts = selectors.board_meeting_facts(obj)
        return _("%(n)s of %(of)s directors present or represented: %(state)s; %(missing)s not recorded") % {
            "n": facts["present"] + facts["represented"],
            "of": facts["directors"],
            "state": _("reached") if facts["quorum_reached"] else _("not reached"),
            "missing": facts["not_recorded"],
        }

    @admin.display(description=_("attendance"))
    def attendance_link(self, obj):
        return format_html(
            '<a class="button" href="{}?meeting={}">{}</a>',
            reverse("admin:elections_boardattendance_add"),
            obj.pk,
            _("Record attendance"),
        )


class BoardAttendanceForm(OrganForm):
    class Meta:
        model = BoardAttendance
        fields = ("meeting", "director", "presence", "reason", "proxy_holder")

    def save_new(self, instance):
        return services.board_attendance_record(
            meeting=instance.meeting,
            director=instance.director,
            presence=instance.presence,
            reason=instance.reason,
            proxy_holder=instance.proxy_holder,
        )

    def save_change(self, instance, changed):
        services.board_attendance_record(
            meeting=instance.meeting,
            director=instance.director,
            presence=instance.presence,
            reason=instance.reason,
            proxy_holder=instance.proxy_holder,
        )

    def validate_unique(self):
        return None


@admin.register(BoardAttendance)
class BoardAttendanceAdmin(OrganAdmin):
    form = BoardAttendanceForm
    list_display = ("director", "meeting", "presence", "reason", "proxy_holder")
    list_filter = ("meeting", "presence")
    list_select_related = ("meeting", "director", "proxy_holder")
    autocomplete_fields = ("director", "proxy_holder")

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else ("meeting", "director")
