"""Records of the nightly recalculations: one run per date, its steps and their chunks."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RunStatus(models.TextChoices):
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Not in season")


class JobRun(models.Model):
    """A run of the nightly chain for a date. Unique per (job, date): a run is resumed, never
    duplicated."""

    job = models.CharField(_("job"), max_length=40, default="nightly")
    run_on = models.DateField(_("for date"))
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.RUNNING)
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=1)
    error = models.TextField(_("error"), blank=True)
    # the lease token of the current attempt: only the chain that holds it may finish this run
    token = models.CharField(_("lease token"), max_length=32, blank=True, editable=False)

    class Meta:
        ordering = ["-run_on", "-started_at"]
        verbose_name = _("nightly run")
        verbose_name_plural = _("nightly runs")
        constraints = [
            models.UniqueConstraint(
                fields=["job", "run_on"],
                name="one_run_per_job_and_date",
                violation_error_message=_("Run on: this job already ran on this day."),
            )
        ]

    def __str__(self):
        return f"{self.job} {self.run_on:%d/%m/%Y} ({self.get_status_display()})"


class StepRun(models.Model):
    run = models.ForeignKey(JobRun, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(_("position"))
    name = models.CharField(_("step"), max_length=60)
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.RUNNING)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    chunks_total = models.PositiveIntegerField(_("chunks"), default=0)
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["run", "position"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        constraints = [
            models.UniqueConstraint(
                fields=["run", "name"],
                name="one_step_per_run",
                violation_error_message=_("Name: this run already has this step."),
            )
        ]

    def __str__(self):
        return f"{self.position}. {self.name} ({self.get_status_display()})"


class ChunkRun(models.Model):
    """One id range of a step; committed on its own, so a crashed run resumes after the last one."""

    step = models.ForeignKey(StepRun, on_delete=models.CASCADE, related_name="chunks")
    first_id = models.BigIntegerField(_("from id"))
    last_id = models.BigIntegerField(_("to id (excluded)"))
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.RUNNING)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    seconds = models.FloatField(_("seconds"), default=0)

    class Meta:
        ordering = ["step", "first_id"]
        verbose_name = _("chunk")
        verbose_name_plural = _("chunks")
        constraints = [
            models.UniqueConstraint(
                fields=["step", "first_id"],
                name="one_chunk_per_range",
                violation_error_message=_("First id: this step already has this chunk."),
            )
        ]


class AccessAction(models.TextChoices):
    VIEW = "view", _("viewed")
    LIST = "list", _("listed")
    EXPORT = "export", _("exported")


class AccessChannel(models.TextChoices):
    ADMIN = "admin", _("admin")
    API = "api", _("API")


class AccessLogQuerySet(models.QuerySet):
    """Rows are written once and never changed; only ``purge`` (the retention period) removes them."""

    def update(self, **kwargs):
        raise PermissionError("The read-access log is never changed.")

    def delete(self):
        raise PermissionError("The read-access log is only purged after its retention period (AccessLog.purge).")


class AccessLog(models.Model):
    """Who read which personal data, when (GDPR art. 32, issue #12): one row per page, API answer,
    list (with its count) or export (with its reason). Written by ``core.privacy.log_access``; read
    by the auditor and managers in the admin; kept ``ACCESS_LOG_RETENTION_DAYS``."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("user"),
        db_constraint=False,  # the row outlives the account: it keeps id and username
    )
    username = models.CharField(_("username"), max_length=150, db_index=True)
    action = models.CharField(_("action"), max_length=8, choices=AccessAction.choices)
    channel = models.CharField(_("channel"), max_length=8, choices=AccessChannel.choices, default=AccessChannel.ADMIN)
    object_type = models.CharField(_("object type"), max_length=60, blank=True)
    object_id = models.CharField(_("object id"), max_length=40, blank=True)
    household_id = models.BigIntegerField(_("household"), null=True, blank=True, db_index=True)
    categories = models.CharField(_("categories"), max_length=200, blank=True)
    count = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    path = models.CharField(_("address"), max_length=500, blank=True)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("read access")
        verbose_name_plural = _("read-access log")
        default_permissions = ("view",)
        # "who read member 123": object id first, so the admin's search (username, object id or
        # household, OR-ed) uses an index for each.
        indexes = [models.Index(fields=["object_id", "object_type"], name="accesslog_object_idx")]

    def __str__(self):
        return f"{self.username} {self.action} {self.object_type} {self.object_id} {self.at:%d/%m/%Y %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The read-access log is never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The read-access log is only purged after its retention period (AccessLog.purge).")

    @classmethod
    def purge(cls, *, before) -> int:
        """Delete the rows older than ``before`` (the retention period); returns how many."""
        query = models.QuerySet(model=cls).filter(at__lt=before)
        return query._raw_delete(query.db)


class IdempotencyKey(models.Model):
    """One answered write of the API per client key (the ``Idempotency-Key`` header).

    A client that retries a POST/PUT/PATCH/DELETE under ``/api/v1/`` with the same key gets the
    first answer again instead of a second payment, claim or return. The row is claimed before
    the work and completed in the work's own transaction (``core.idempotency``); keys expire after
    ``settings.IDEMPOTENCY_KEY_TTL`` and are purged."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user")
    )
    key = models.CharField(_("key"), max_length=255)
    method = models.CharField(_("method"), max_length=10)
    path = models.CharField(_("path"), max_length=500)
    fingerprint = models.CharField(
        _("request fingerprint"),
        max_length=64,
        help_text=_("SHA-256 of the method, the path and the canonical request body."),
    )
    response_status = models.PositiveSmallIntegerField(_("answer status"), null=True, blank=True)
    response_body = models.JSONField(_("answer body"), null=True, blank=True)
    created_at = models.DateTimeField(_("first used"), default=timezone.now, db_index=True)
    completed_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("idempotency key")
        verbose_name_plural = _("idempotency keys")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "key"],
                name="idempotency_key_once_per_user",
                violation_error_message=_("Idempotency key: already used by this user."),
            )
        ]

    def __str__(self):
        return f"{self.key} ({self.method} {self.path})"


class SkippedItem(models.Model):
    """A household (or rental …) that a chunk could not process: the error is kept here and the
    chunk's other items were processed and committed. Recorded with the chunk, in its transaction."""

    run = models.ForeignKey(JobRun, on_delete=models.CASCADE, related_name="skipped")
    chunk = models.ForeignKey(ChunkRun, on_delete=models.CASCADE, related_name="skipped")
    step = models.CharField(_("step"), max_length=60)
    unit = models.CharField(_("kind"), max_length=60, blank=True, help_text=_("app_label.model of the item"))
    item_id = models.BigIntegerField(_("id"))
    error = models.CharField(_("error"), max_length=500)
    traceback = models.TextField(_("traceback"), blank=True)

    class Meta:
        ordering = ["run", "step", "item_id"]
        verbose_name = _("skipped item")
        verbose_name_plural = _("skipped items")
        constraints = [
            models.UniqueConstraint(
                fields=["chunk", "item_id"],
                name="one_skip_per_chunk_and_item",
                violation_error_message=_("Item: already skipped in this chunk."),
            )
        ]

    def __str__(self):
        return f"{self.step} #{self.item_id}: {self.error}"


class Lease(models.Model):
    """Who may run a job now: the nightly chain's lock, as a lease (one row per job).

    Taken with a conditional UPDATE when free or expired; the running chain renews it (every step
    and chunk, and a heartbeat thread during long work); renewed and released only with its token.
    A run whose process died stops renewing it and loses it once ``expires_at`` has passed.
    """

    job = models.CharField(_("job"), max_length=40, unique=True)
    token = models.CharField(_("token"), max_length=32, blank=True)
    run = models.ForeignKey(JobRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    holder = models.CharField(_("held by"), max_length=200, blank=True)
    acquired_at = models.DateTimeField(_("acquired"), null=True, blank=True)
    renewed_at = models.DateTimeField(_("renewed"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)

    class Meta:
        verbose_name = _("lease")
        verbose_name_plural = _("leases")

    def __str__(self):
        return f"{self.job}: {self.holder or '-'} until {self.expires_at}"
