"""Mutualistic elections: the General Assembly (Art. 9–25), the board and delegates (Art. 26–33)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ElectionKind(models.TextChoices):
    ASSEMBLY = "assembly", _("General Assembly (Art. 9–25)")
    BOARD = "board", _("Board of directors (Art. 31–32)")
    UNION_DELEGATES = "union_delegates", _("Delegates to the national union (Art. 26–28)")
    VMOB_DELEGATES = "vmob_delegates", _("Delegates to the VMOB/RMOB (Art. 29–30)")


class ElectionStatus(models.TextChoices):
    PREPARATION = "preparation", _("Preparation")
    CALL_PUBLISHED = "call_published", _("Call for candidates published")
    LIST_PUBLISHED = "list_published", _("Candidate list published")
    VOTING = "voting", _("Voting")
    COUNTED = "counted", _("Counted")
    MINUTES_SIGNED = "minutes_signed", _("Minutes signed")
    RESULTS_PUBLISHED = "results_published", _("Results published (Art. 22)")


class Election(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=ElectionKind.choices, default=ElectionKind.ASSEMBLY)
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("The year of the election (Y)."))
    titular_members = models.PositiveIntegerField(_("titular members on 30 June Y−1"), default=0)
    assembly_size = models.PositiveSmallIntegerField(_("size of the assembly"), default=0,
                                                     help_text=_("For board and delegate elections (Art. 31)."))
    seats = models.PositiveSmallIntegerField(_("seats"))
    call_published_on = models.DateField(_("call for candidates published on"), null=True, blank=True)
    roll_closed_on = models.DateField(_("voter roll closed on"), null=True, blank=True)
    list_published_on = models.DateField(_("candidate list published on"), null=True, blank=True)
    voting_starts = models.DateField(_("voting starts"), null=True, blank=True)
    election_day = models.DateField(_("election day (end of voting)"), null=True, blank=True)
    counted_on = models.DateField(_("counted on"), null=True, blank=True)
    results_published_on = models.DateField(_("results published on"), null=True, blank=True)
    voting_assembly_on = models.DateField(
        _("date of the General Assembly that votes"), null=True, blank=True,
        help_text=_("Delegates and board (Art. 27–32): candidacies by registered letter at the latest 15 days before "
                    "(Art. 28, 30)."))
    status = models.CharField(_("status"), max_length=20, choices=ElectionStatus.choices, default=ElectionStatus.PREPARATION)
    result = models.JSONField(_("result"), default=dict, blank=True)
    identity_check = models.TextField(_("how identity was checked"), blank=True, help_text=_("For the minutes (Art. 20)."))
    minutes_signed_at = models.DateTimeField(_("minutes signed at"), null=True, blank=True)
    minutes_signed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-year", "kind"]
        verbose_name = _("election")
        verbose_name_plural = _("elections")
        constraints = [models.UniqueConstraint(fields=["kind", "year"], name="one_election_per_kind_and_year")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.year}"


class VoterRollEntry(models.Model):
    """Art. 11.1, 17: the voter roll, closed at the end of the quarter before the procedure starts."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="voters")
    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, related_name="+")
    last_name = models.CharField(_("last name"), max_length=100)
    first_name = models.CharField(_("first name"), max_length=100)
    member_number = models.CharField(_("member number"), max_length=20)
    address = models.CharField(_("address"), max_length=250, blank=True)

    class Meta:
        ordering = ["election", "last_name", "first_name"]
        verbose_name = _("voter")
        verbose_name_plural = _("voter roll")
        constraints = [models.UniqueConstraint(fields=["election", "member"], name="voter_once_per_election")]

    def __str__(self):
        return f"{self.last_name} {self.first_name} ({self.member_number})"


class CandidacyStatus(models.TextChoices):
    FILED = "filed", _("Filed")
    ACCEPTED = "accepted", _("Accepted")
    REFUSED = "refused", _("Refused (motivated)")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class CandidacyChannel(models.TextChoices):
    """How the candidacy reached the chair: Art. 13, 28, 30 and 32 ask for a registered letter."""

    REGISTERED_LETTER = "registered_letter", _("Registered letter (aangetekende brief)")
    ORDINARY_LETTER = "letter", _("Ordinary letter")
    EMAIL = "email", _("E-mail")
    BY_HAND = "by_hand", _("Handed in at an office")


class Candidate(models.Model):
    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="candidates")
    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, related_name="+")
    filed_on = models.DateField(_("registered letter received on"))
    channel = models.CharField(_("submitted by"), max_length=20, choices=CandidacyChannel.choices,
                               default=CandidacyChannel.REGISTERED_LETTER,
                               help_text=_("Art. 13, 28, 30, 32: by registered letter to the chair."))
    status = models.CharField(_("status"), max_length=10, choices=CandidacyStatus.choices, default=CandidacyStatus.FILED)
    problems = models.JSONField(_("eligibility problems"), default=list, blank=True)
    refusal_letter = models.TextField(_("motivated refusal"), blank=True)
    refused_on = models.DateField(_("refused on"), null=True, blank=True)
    list_position = models.PositiveSmallIntegerField(_("list position"), null=True, blank=True,
                                                     help_text=_("Set by the board (Art. 14)."))
    votes = models.PositiveIntegerField(_("votes (board and delegates)"), default=0)

    class Meta:
        ordering = ["election", "list_position", "member__last_name"]
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        constraints = [
            models.UniqueConstraint(fields=["election", "member"], name="candidate_once_per_election"),
            models.UniqueConstraint(fields=["election", "list_position"], condition=Q(list_position__isnull=False),
                                    name="candidate_list_position_unique"),
        ]

    def __str__(self):
        return f"{self.member.last_name} {self.member.first_name}"


class BureauRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    SECRETARY = "secretary", _("Secretary")
    ASSESSOR = "assessor", _("Assessor")


class BureauMember(models.Model):
    """Art. 16: the election bureau — a chair, a secretary and two assessors; no candidates."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="bureau")
    name = models.CharField(_("name"), max_length=120)
    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    role = models.CharField(_("role"), max_length=10, choices=BureauRole.choices)
    appointed_on = models.DateField(_("appointed on"))

    class Meta:
        ordering = ["election", "role", "name"]
        verbose_name = _("bureau member")
        verbose_name_plural = _("election bureau")

    def __str__(self):
        return f"{self.get_role_display()}: {self.name}"


class BallotChannel(models.TextChoices):
    POST = "post", _("By post")
    OFFICE = "office", _("At an office")
    ELECTRONIC = "electronic", _("Electronic")


class BallotRecord(models.Model):
    """One ballot (Art. 18–19). ``voter`` makes sure nobody votes twice; the content is kept apart
    from who voted only by the bureau's procedure (postal double envelope)."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="ballots")
    voter = models.ForeignKey(VoterRollEntry, on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(_("channel"), max_length=10, choices=BallotChannel.choices)
    list_vote = models.BooleanField(_("list vote"), default=False)
    names = models.JSONField(_("name votes"), default=list, blank=True, help_text=_("Candidate ids."))
    spoiled = models.CharField(_("declared invalid by the bureau"), max_length=120, blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [models.UniqueConstraint(fields=["election", "voter"], name="one_ballot_per_voter")]

    def __str__(self):
        return f"{self.election} #{self.pk}"


# --- Voters and candidacies: the recorded facts behind them (Art. 11, 13, 22) -------------------------------


class EmancipationGround(models.TextChoices):
    MARRIAGE = "marriage", _("Marriage (Civil Code art. 476)")
    COURT = "court", _("Decision of the youth court (Civil Code art. 477)")


class Emancipation(models.Model):
    """Art. 11.1 b) "meerderjarig of ontvoegd": an emancipated minor (ontvoogde minderjarige) votes.
    Recorded once per member, with its date and proof; the voter roll reads it."""

    member = models.OneToOneField("members.Member", on_delete=models.PROTECT, related_name="emancipation",
                                  verbose_name=_("member"))
    emancipated_on = models.DateField(_("emancipated on"))
    ground = models.CharField(_("ground"), max_length=10, choices=EmancipationGround.choices)
    proof = models.CharField(_("proof"), max_length=200,
                             help_text=_("The document seen: marriage certificate, court decision (court, date, number)."))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name=_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("emancipation (Art. 11.1)")
        verbose_name_plural = _("emancipations (Art. 11.1)")

    def __str__(self):
        return f"{self.member} — {self.emancipated_on:%d/%m/%Y}"


class EligibilityFactKind(models.TextChoices):
    """The conditions of Art. 11.2 that are facts about the person, not data the fund already holds."""

    CIVIL_RIGHTS_DEPRIVED = "civil_rights_deprived", _("Art. 11.2 b) deprived of civil rights")
    PARTNER_OF_STAFF = "partner_of_staff", _("Art. 11.2 d) spouse or cohabitant of paid staff")
    DISMISSED_STAFF = "dismissed_staff", _("Art. 11.2 e) dismissed staff of the fund")
    PARTNER_OF_DISMISSED_STAFF = "partner_of_dismissed_staff", _("Art. 11.2 e) spouse or cohabitant of dismissed staff")
    PARLIAMENTARY_MANDATE = "parliamentary_mandate", _("Art. 11.2 f) holds a parliamentary mandate")


class EligibilityFactSource(models.TextChoices):
    DECLARATION = "declaration", _("The candidate's signed declaration")
    CRIMINAL_RECORD = "criminal_record", _("Extract from the criminal record (uittreksel uit het strafregister)")
    HR_RECORDS = "hr_records", _("The fund's staff records")
    CIVIL_REGISTER = "civil_register", _("National register (marriage, legal cohabitation)")
    PARLIAMENT = "parliament", _("The parliament's list of members")
    OTHER = "other", _("Other (see the reference)")


class EligibilityFact(models.Model):
    """A fact of Art. 11.2 recorded on a candidacy, with its source: whether it holds or not (a
    checked "no" is a fact too). The eligibility check of the candidacy reads them."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="facts", verbose_name=_("candidate"))
    kind = models.CharField(_("fact"), max_length=30, choices=EligibilityFactKind.choices)
    holds = models.BooleanField(_("holds"), help_text=_("Ticked: the fact is true for the candidate (it bars the candidacy)."))
    early_retirement = models.BooleanField(
        _("dismissed into early retirement (brugpensioen)"), default=False,
        help_text=_("Art. 11.2 e) \"behoudens bruggepensioneerden\": a dismissal into early retirement does not bar."))
    source = models.CharField(_("source"), max_length=20, choices=EligibilityFactSource.choices)
    reference = models.CharField(_("reference"), max_length=200, blank=True,
                                 help_text=_("Document date and number, or who confirmed it."))
    established_on = models.DateField(_("established on"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name=_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["candidate", "kind"]
        verbose_name = _("eligibility fact (Art. 11.2)")
        verbose_name_plural = _("eligibility facts (Art. 11.2)")
        constraints = [models.UniqueConstraint(fields=["candidate", "kind"], name="eligibility_fact_once_per_kind")]

    def __str__(self):
        return f"{self.get_kind_display()}: {_('yes') if self.holds else _('no')}"


class AppealDecision(models.TextChoices):
    UPHELD = "upheld", _("Upheld (gegrond): the candidacy is accepted")
    DISMISSED = "dismissed", _("Dismissed (ongegrond): the refusal stands")


class CandidacyAppeal(models.Model):
    """Art. 13: "De kandidaat die deze weigering betwist, kan beroep doen op de controledienst" — the
    outcome of that appeal, as the supervisory office notified it. Only an upheld appeal turns a
    refusal into an acceptance."""

    candidate = models.OneToOneField(Candidate, on_delete=models.CASCADE, related_name="appeal", verbose_name=_("candidate"))
    lodged_on = models.DateField(_("appeal lodged on"))
    decided_on = models.DateField(_("decided on"))
    decision = models.CharField(_("decision"), max_length=10, choices=AppealDecision.choices)
    reference = models.CharField(_("reference of the decision"), max_length=200)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name=_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("appeal against a refusal (Art. 13)")
        verbose_name_plural = _("appeals against refusals (Art. 13)")

    def __str__(self):
        return f"{self.candidate} — {self.get_decision_display()}"


class ResultsPublication(models.Model):
    """Art. 22: the results as published in the members' magazine and on the website, who published
    them and when; the document is the one published (a PDF made from the signed minutes)."""

    election = models.OneToOneField(Election, on_delete=models.PROTECT, related_name="publication", verbose_name=_("election"))
    published_on = models.DateField(_("published on"))
    in_magazine = models.BooleanField(_("in the members' magazine"), default=True)
    on_website = models.BooleanField(_("on the website"), default=True)
    deadline = models.DateField(_("statutory deadline (Art. 22)"))
    late_note = models.CharField(_("late"), max_length=250, blank=True)
    document = models.BinaryField(_("published document (PDF)"), editable=False)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("published by"))
    published_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("results publication (Art. 22)")
        verbose_name_plural = _("results publications (Art. 22)")

    def __str__(self):
        return f"{self.election} — {self.published_on:%d/%m/%Y}"
