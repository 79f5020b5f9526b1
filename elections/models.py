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


class Candidate(models.Model):
    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="candidates")
    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, related_name="+")
    filed_on = models.DateField(_("registered letter received on"))
    status = models.CharField(_("status"), max_length=10, choices=CandidacyStatus.choices, default=CandidacyStatus.FILED)
    problems = models.JSONField(_("eligibility problems"), default=list, blank=True)
    refusal_letter = models.TextField(_("motivated refusal"), blank=True)
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
