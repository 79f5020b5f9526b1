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
    assembly_size = models.PositiveSmallIntegerField(
        _("size of the assembly"), default=0, help_text=_("For board and delegate elections (Art. 31).")
    )
    seats = models.PositiveSmallIntegerField(_("seats"))
    call_published_on = models.DateField(_("call for candidates published on"), null=True, blank=True)
    roll_closed_on = models.DateField(_("voter roll closed on"), null=True, blank=True)
    list_published_on = models.DateField(_("candidate list published on"), null=True, blank=True)
    voting_starts = models.DateField(_("voting starts"), null=True, blank=True)
    election_day = models.DateField(_("election day (end of voting)"), null=True, blank=True)
    counted_on = models.DateField(_("counted on"), null=True, blank=True)
    results_published_on = models.DateField(_("results published on"), null=True, blank=True)
    voting_assembly_on = models.DateField(
        _("date of the General Assembly that votes"),
        null=True,
        blank=True,
        help_text=_(
            "Delegates and board (Art. 27–32): candidacies by registered letter at the latest 15 days before "
            "(Art. 28, 30)."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ElectionStatus.choices, default=ElectionStatus.PREPARATION
    )
    result = models.JSONField(_("result"), default=dict, blank=True)
    identity_check = models.TextField(
        _("how identity was checked"), blank=True, help_text=_("For the minutes (Art. 20).")
    )
    minutes_signed_at = models.DateTimeField(_("minutes signed at"), null=True, blank=True)
    minutes_signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-year", "kind"]
        verbose_name = _("election")
        verbose_name_plural = _("elections")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "year"],
                name="one_election_per_kind_and_year",
                violation_error_message=_("Year: there is already an election of this kind in this year."),
            )
        ]

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
        constraints = [
            models.UniqueConstraint(
                fields=["election", "member"],
                name="voter_once_per_election",
                violation_error_message=_("Member: already on the voter roll of this election."),
            )
        ]

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
    channel = models.CharField(
        _("submitted by"),
        max_length=20,
        choices=CandidacyChannel.choices,
        default=CandidacyChannel.REGISTERED_LETTER,
        help_text=_("Art. 13, 28, 30, 32: by registered letter to the chair."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=CandidacyStatus.choices, default=CandidacyStatus.FILED
    )
    problems = models.JSONField(_("eligibility problems"), default=list, blank=True)
    refusal_letter = models.TextField(_("motivated refusal"), blank=True)
    refused_on = models.DateField(_("refused on"), null=True, blank=True)
    list_position = models.PositiveSmallIntegerField(
        _("list position"), null=True, blank=True, help_text=_("Set by the board (Art. 14).")
    )
    votes = models.PositiveIntegerField(_("votes (board and delegates)"), default=0)

    class Meta:
        ordering = ["election", "list_position", "member__last_name"]
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        constraints = [
            models.UniqueConstraint(
                fields=["election", "member"],
                name="candidate_once_per_election",
                violation_error_message=_("Member: already a candidate in this election."),
            ),
            models.UniqueConstraint(
                fields=["election", "list_position"],
                condition=Q(list_position__isnull=False),
                name="candidate_list_position_unique",
                violation_error_message=_("List position: another candidate of this election has this position."),
            ),
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
        constraints = [
            models.UniqueConstraint(
                fields=["election", "voter"],
                name="one_ballot_per_voter",
                violation_error_message=_("Voter: has already voted in this election."),
            )
        ]

    def __str__(self):
        return f"{self.election} #{self.pk}"


# --- Voters and candidacies: the recorded facts behind them (Art. 11, 13, 22) -------------------------------


class EmancipationGround(models.TextChoices):
    MARRIAGE = "marriage", _("Marriage (Civil Code art. 476)")
    COURT = "court", _("Decision of the youth court (Civil Code art. 477)")


class Emancipation(models.Model):
    """Art. 11.1 b) "meerderjarig of ontvoegd": an emancipated minor (ontvoogde minderjarige) votes.
    Recorded once per member, with its date and proof; the voter roll reads it."""

    member = models.OneToOneField(
        "members.Member", on_delete=models.PROTECT, related_name="emancipation", verbose_name=_("member")
    )
    emancipated_on = models.DateField(_("emancipated on"))
    ground = models.CharField(_("ground"), max_length=10, choices=EmancipationGround.choices)
    proof = models.CharField(
        _("proof"),
        max_length=200,
        help_text=_("The document seen: marriage certificate, court decision (court, date, number)."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
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

    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, related_name="facts", verbose_name=_("candidate")
    )
    kind = models.CharField(_("fact"), max_length=30, choices=EligibilityFactKind.choices)
    holds = models.BooleanField(
        _("holds"), help_text=_("Ticked: the fact is true for the candidate (it bars the candidacy).")
    )
    early_retirement = models.BooleanField(
        _("dismissed into early retirement (brugpensioen)"),
        default=False,
        help_text=_('Art. 11.2 e) "behoudens bruggepensioneerden": a dismissal into early retirement does not bar.'),
    )
    source = models.CharField(_("source"), max_length=20, choices=EligibilityFactSource.choices)
    reference = models.CharField(
        _("reference"), max_length=200, blank=True, help_text=_("Document date and number, or who confirmed it.")
    )
    established_on = models.DateField(_("established on"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["candidate", "kind"]
        verbose_name = _("eligibility fact (Art. 11.2)")
        verbose_name_plural = _("eligibility facts (Art. 11.2)")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "kind"],
                name="eligibility_fact_once_per_kind",
                violation_error_message=_("Kind: this fact is already recorded for this candidate."),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {_('yes') if self.holds else _('no')}"


class AppealDecision(models.TextChoices):
    UPHELD = "upheld", _("Upheld (gegrond): the candidacy is accepted")
    DISMISSED = "dismissed", _("Dismissed (ongegrond): the refusal stands")


class CandidacyAppeal(models.Model):
    """Art. 13: "De kandidaat die deze weigering betwist, kan beroep doen op de controledienst" — the
    outcome of that appeal, as the supervisory office notified it. Only an upheld appeal turns a
    refusal into an acceptance."""

    candidate = models.OneToOneField(
        Candidate, on_delete=models.CASCADE, related_name="appeal", verbose_name=_("candidate")
    )
    lodged_on = models.DateField(_("appeal lodged on"))
    decided_on = models.DateField(_("decided on"))
    decision = models.CharField(_("decision"), max_length=10, choices=AppealDecision.choices)
    reference = models.CharField(_("reference of the decision"), max_length=200)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("appeal against a refusal (Art. 13)")
        verbose_name_plural = _("appeals against refusals (Art. 13)")

    def __str__(self):
        return f"{self.candidate} — {self.get_decision_display()}"


class ResultsPublication(models.Model):
    """Art. 22: the results as published in the members' magazine and on the website, who published
    them and when; the document is the one published (a PDF made from the signed minutes)."""

    election = models.OneToOneField(
        Election, on_delete=models.PROTECT, related_name="publication", verbose_name=_("election")
    )
    published_on = models.DateField(_("published on"))
    in_magazine = models.BooleanField(_("in the members' magazine"), default=True)
    on_website = models.BooleanField(_("on the website"), default=True)
    deadline = models.DateField(_("statutory deadline (Art. 22)"))
    late_note = models.CharField(_("late"), max_length=250, blank=True)
    document = models.BinaryField(_("published document (PDF)"), editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("published by")
    )
    published_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("results publication (Art. 22)")
        verbose_name_plural = _("results publications (Art. 22)")

    def __str__(self):
        return f"{self.election} — {self.published_on:%d/%m/%Y}"


# ======================================================================================================
# The organs and their procedures (issue #13): the General Assembly's members, advisers and meetings
# (Art. 24, 25, 25bis, 73) and the board's directors and meetings (Art. 31–34). The rules live in
# ``elections.rules`` (second half), the writes in ``elections.services`` (section "organs").
# ======================================================================================================

from elections import rules as _rules  # noqa: E402


class AssemblyMember(models.Model):
    """A voting member (verkozene, vertegenwoordiger) of the General Assembly (Art. 9, 24, 25): an
    elected delegate, installed from an assembly election's result or entered by the secretariat."""

    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, related_name="+")
    election = models.ForeignKey(
        Election,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assembly_members",
        help_text=_("The assembly election that elected this member (Art. 9–22)."),
    )
    mandate_start = models.DateField(_("mandate starts"))
    mandate_end = models.DateField(_("mandate ends"), help_text=_("At most six years (Art. 9)."))
    left_on = models.DateField(_("left on"), null=True, blank=True)
    left_reason = models.CharField(_("reason for leaving"), max_length=250, blank=True)

    class Meta:
        ordering = ["member__last_name", "member__first_name", "pk"]
        verbose_name = _("General Assembly member")
        verbose_name_plural = _("General Assembly members")
        constraints = [
            models.CheckConstraint(
                condition=Q(mandate_end__gte=models.F("mandate_start")),
                name="assembly_member_mandate_order",
                violation_error_message=_("Mandate end: not before the mandate start."),
            )
        ]

    def __str__(self):
        return f"{self.member.last_name} {self.member.first_name}"


class Organ(models.TextChoices):
    ASSEMBLY = "assembly", _("General Assembly (Art. 24)")
    BOARD = "board", _("Board of directors (Art. 32)")


class Adviser(models.Model):
    """An adviser (raadgever) with a consultative vote: at most five at the assembly, on the board's
    proposal (Art. 24), and at most five at the board (Art. 32). Advisers neither vote nor count."""

    organ = models.CharField(_("organ"), max_length=10, choices=Organ.choices, default=Organ.ASSEMBLY)
    name = models.CharField(_("name"), max_length=120)
    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    appointed_on = models.DateField(_("appointed on"))
    proposed_by_board_on = models.DateField(
        _("proposed by the board on"),
        null=True,
        blank=True,
        help_text=_("Art. 24: the assembly appoints on the board's proposal."),
    )
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    class Meta:
        ordering = ["organ", "name"]
        verbose_name = _("adviser")
        verbose_name_plural = _("advisers")

    def __str__(self):
        return f"{self.name} ({self.get_organ_display()})"


class MeetingMode(models.TextChoices):
    PHYSICAL = _rules.MODE_PHYSICAL, _("Physical presence (Art. 25bis §1)")
    HYBRID = _rules.MODE_HYBRID, _("Physical, with participation by videoconference (Art. 25bis §1 1°)")
    VIDEO = _rules.MODE_VIDEO, _("Only by videoconference (Art. 25bis §2)")
    WRITTEN = _rules.MODE_WRITTEN, _("Written consultation (Art. 25bis §2, §6)")


class MeetingKind(models.TextChoices):
    ORDINARY = _rules.KIND_ORDINARY, _("Ordinary (accounts and budget, at least once a year)")
    EXTRAORDINARY = _rules.KIND_EXTRAORDINARY, _("Extraordinary (when the board deems it necessary)")


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CONVENED = "convened", _("Convened")
    CLOSED = "closed", _("Held, decisions recorded")


class AssemblyMeeting(models.Model):
    """A meeting of the General Assembly (Art. 25, 25bis)."""

    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=15, choices=MeetingKind.choices, default=MeetingKind.ORDINARY)
    mode = models.CharField(_("mode"), max_length=10, choices=MeetingMode.choices, default=MeetingMode.PHYSICAL)
    mode_reason = models.TextField(
        _("exceptional circumstances or urgency"),
        blank=True,
        help_text=_("Art. 25bis §2, §4: why the meeting is held only by video or in writing."),
    )
    remote_voting = models.BooleanField(
        _("voting before the meeting allowed"), default=False, help_text=_("Art. 25bis §1 2°.")
    )
    second_meeting_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("second meeting after"),
        help_text=_("Art. 25: the meeting whose quorum was not reached."),
    )
    convocation_sent_on = models.DateField(_("convocation sent on"), null=True, blank=True)
    documents_available_on = models.DateField(_("documents available on"), null=True, blank=True)
    technical_incidents = models.TextField(
        _("technical problems and incidents"), blank=True, help_text=_("Art. 25bis §7 5°.")
    )
    status = models.CharField(_("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED)
    result = models.JSONField(_("result"), default=dict, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("General Assembly meeting")
        verbose_name_plural = _("General Assembly meetings")

    def __str__(self):
        return f"{self.get_kind_display().split(' (')[0]} {self.date:%d/%m/%Y}"


class AgendaSubject(models.TextChoices):
    STATUTES = _rules.SUBJECT_STATUTES, _("1° Statute amendment (⅔)")
    DIRECTORS = _rules.SUBJECT_DIRECTORS, _("2° Election or removal of directors")
    ACCOUNTS = _rules.SUBJECT_ACCOUNTS, _("3° Budget and annual accounts")
    AUDITOR = _rules.SUBJECT_AUDITOR, _("4° Appointment of auditors")
    COOPERATION = _rules.SUBJECT_COOPERATION, _("5° Cooperation with third parties")
    MUTUAL_SOCIETY = _rules.SUBJECT_MUTUAL_SOCIETY, _("6° Services in a mutual-aid society")
    FEES = _rules.SUBJECT_FEES, _("7° Attendance fees and expenses")
    MERGER = _rules.SUBJECT_MERGER, _("8° Merger with another fund")
    UNION = _rules.SUBJECT_UNION, _("9° Joining another national union")
    DISSOLUTION = _rules.SUBJECT_DISSOLUTION, _("10° Dissolution and liquidation (⅔, Art. 73)")
    OTHER = _rules.SUBJECT_OTHER, _("Other")


class ChairVote(models.TextChoices):
    NONE = "", _("—")
    FOR = "for", _("For")
    AGAINST = "against", _("Against")


class Outcome(models.TextChoices):
    PENDING = "", _("Not decided yet")
    ADOPTED = "adopted", _("Adopted")
    REJECTED = "rejected", _("Rejected")
    NO_DECISION = "no_decision", _("No valid decision")


class AgendaItem(models.Model):
    """One point of the agenda (dagorde) with its votes and the decision computed by
    ``elections.rules.decide`` (Art. 25, 73)."""

    meeting = models.ForeignKey(AssemblyMeeting, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=250)
    subject = models.CharField(
        _("matter (Art. 25)"), max_length=20, choices=AgendaSubject.choices, default=AgendaSubject.OTHER
    )
    secret_ballot = models.BooleanField(_("secret vote"), default=False)
    statute_text_sent_on = models.DateField(
        _("text of the amendment sent on"),
        null=True,
        blank=True,
        help_text=_("Art. 25: at least two weeks before the meeting."),
    )
    statute_text_exception = models.CharField(
        _("force majeure or urgency"),
        max_length=250,
        blank=True,
        help_text=_("Art. 25: why the text could not be sent two weeks before."),
    )
    discussion = models.TextField(_("questions, remarks and answers"), blank=True, help_text=_("Art. 25bis §7."))
    votes_for = models.PositiveIntegerField(_("for"), null=True, blank=True)
    votes_against = models.PositiveIntegerField(_("against"), null=True, blank=True)
    abstentions = models.PositiveIntegerField(_("abstentions"), null=True, blank=True)
    chair_vote = models.CharField(
        _("chair's vote in a tie"), max_length=7, choices=ChairVote.choices, blank=True, default=""
    )
    outcome = models.CharField(_("decision"), max_length=12, choices=Outcome.choices, blank=True, default="")
    reasons = models.JSONField(_("reasons"), default=list, blank=True)

    class Meta:
        ordering = ["meeting", "position"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "position"],
                name="agenda_item_position_unique",
                violation_error_message=_("Position: this meeting already has an item at this position."),
            )
        ]

    def __str__(self):
        return f"{self.position}. {self.title}"


class Presence(models.TextChoices):
    PHYSICAL = _rules.PRESENT_PHYSICAL, _("Present")
    VIDEO = _rules.PRESENT_VIDEO, _("By videoconference")
    VOTED_BEFORE = _rules.VOTED_BEFORE, _("Voted before the meeting")
    WRITTEN = _rules.WRITTEN_VOTE, _("Written consultation ballot")
    REPRESENTED = _rules.REPRESENTED, _("Represented by proxy")
    ABSENT = _rules.ABSENT, _("Absent, not represented")


class AssemblyAttendance(models.Model):
    """The attendance list (aanwezigheidslijst) of an assembly meeting (Art. 25bis §7)."""

    meeting = models.ForeignKey(AssemblyMeeting, on_delete=models.CASCADE, related_name="attendance")
    assembly_member = models.ForeignKey(AssemblyMember, on_delete=models.PROTECT, related_name="attendance")
    presence = models.CharField(_("presence"), max_length=15, choices=Presence.choices)
    proxy_holder = models.ForeignKey(
        AssemblyMember,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proxies",
        verbose_name=_("proxy given to"),
    )

    class Meta:
        ordering = ["meeting", "assembly_member__member__last_name", "pk"]
        verbose_name = _("assembly attendance")
        verbose_name_plural = _("assembly attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "assembly_member"],
                name="assembly_attendance_once",
                violation_error_message=_("Assembly member: already on this meeting's attendance list."),
            )
        ]

    def __str__(self):
        return f"{self.assembly_member}: {self.get_presence_display()}"


class DirectorEnd(models.TextChoices):
    MANDATE_EXPIRED = "mandate_expired", _("End of the mandate (Art. 32)")
    RESIGNED = "resigned", _("Resigned (Art. 33)")
    DEEMED_RESIGNED = "deemed_resigned", _("Deemed to resign: two consecutive unexcused absences (Art. 33)")
    REMOVED = "removed", _("Removed by the assembly (Art. 25 2°, 33)")
    EXCLUDED = "excluded", _("Excluded from the fund (Art. 33)")
    DELEGATE_STATUS_LOST = "delegate_lost", _("No longer an assembly member, elected as such (Art. 33)")
    DISMISSED_STAFF = "dismissed_staff", _("Dismissed employee (Art. 33)")
    DECEASED = "deceased", _("Deceased (Art. 33)")


class Director(models.Model):
    """A director (bestuurder) of the board (Art. 31–33)."""

    name = models.CharField(_("name"), max_length=120)
    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    assembly_member = models.ForeignKey(
        AssemblyMember,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="directorships",
        verbose_name=_("elected as assembly member"),
        help_text=_("Art. 33: losing this status ends the mandate."),
    )
    elected_at = models.ForeignKey(
        AssemblyMeeting,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("elected at the assembly of"),
    )
    mandate_start = models.DateField(_("mandate starts"))
    mandate_end = models.DateField(_("mandate ends"), help_text=_("At most six years (Art. 32)."))
    replaces = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaced_by",
        verbose_name=_("replaces"),
        help_text=_("Art. 33: finishes this director's mandate."),
    )
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.CharField(_("end"), max_length=20, choices=DirectorEnd.choices, blank=True)
    end_note = models.CharField(_("end, as recorded"), max_length=300, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("director")
        verbose_name_plural = _("directors")
        constraints = [
            models.CheckConstraint(
                condition=Q(mandate_end__gte=models.F("mandate_start")),
                name="director_mandate_order",
                violation_error_message=_("Mandate end: not before the mandate start."),
            )
        ]

    def __str__(self):
        return self.name


class BoardMeeting(models.Model):
    """A meeting of the board (Art. 34, 38), for its attendance and quorum."""

    date = models.DateField(_("date"), unique=True)
    mode = models.CharField(_("mode"), max_length=10, choices=MeetingMode.choices, default=MeetingMode.PHYSICAL)
    note = models.CharField(_("note"), max_length=250, blank=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("board meeting")
        verbose_name_plural = _("board meetings")

    def __str__(self):
        return f"{_('Board')} {self.date:%d/%m/%Y}"


class BoardPresence(models.TextChoices):
    PRESENT = _rules.BOARD_PRESENT, _("Present")
    VIDEO = _rules.BOARD_VIDEO, _("By videoconference")
    VOTED_BEFORE = _rules.BOARD_VOTED_BEFORE, _("Voted before the meeting")
    REPRESENTED = _rules.BOARD_REPRESENTED, _("Represented by another director (Art. 34)")
    EXCUSED = _rules.BOARD_EXCUSED, _("Absent with a motivated reason")
    UNEXCUSED = _rules.BOARD_UNEXCUSED, _("Absent without a motivated reason")


class BoardAttendance(models.Model):
    meeting = models.ForeignKey(BoardMeeting, on_delete=models.CASCADE, related_name="attendance")
    director = models.ForeignKey(Director, on_delete=models.PROTECT, related_name="attendance")
    presence = models.CharField(_("presence"), max_length=15, choices=BoardPresence.choices)
    reason = models.CharField(_("motivated reason"), max_length=250, blank=True)
    proxy_holder = models.ForeignKey(
        Director,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proxies",
        verbose_name=_("proxy given to"),
    )

    class Meta:
        ordering = ["meeting", "director__name"]
        verbose_name = _("board attendance")
        verbose_name_plural = _("board attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "director"],
                name="board_attendance_once",
                violation_error_message=_("Director: already on this meeting's attendance list."),
            )
        ]

    def __str__(self):
        return f"{self.director}: {self.get_presence_display()}"
