"""Issue #16: a login is not a change of data. ``last_login`` is no longer logged (settings,
AUDITLOG_INCLUDE_TRACKING_MODELS); the entries older logins wrote on a user, whose only change is
``last_login``, are removed from the audit trail. The logins themselves stay where security needs
them: django-axes' access log (attempts, successes, lockouts)."""

from django.db import migrations


def remove_login_entries(apps, schema_editor):
    LogEntry = apps.get_model("auditlog", "LogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    user_type = ContentType.objects.filter(app_label="auth", model="user").first()
    if user_type is None:
        return
    noise = []
    for pk, changes in (
        LogEntry.objects.filter(content_type=user_type, action=1).values_list("pk", "changes").iterator()
    ):
        if isinstance(changes, dict) and set(changes) == {"last_login"}:
            noise.append(pk)
    for start in range(0, len(noise), 1000):
        LogEntry.objects.filter(pk__in=noise[start : start + 1000]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_nightly_lease_and_skipped_items"),
        ("auditlog", "0017_add_actor_email"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(remove_login_entries, migrations.RunPython.noop)]
