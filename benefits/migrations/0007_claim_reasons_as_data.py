# Issue #14: a claim's reasons are stored as data ({"code", "article", "text", "params"}), not as
# English sentences. Reasons stored before are kept as "legacy" reasons: "Art. 47: text" becomes
# {"code": "legacy", "article": "Art. 47", "text": "text", "params": {}} (a line without an article,
# "Payout €30.00.", keeps its whole text). Reversible: a stored reason goes back to "article: text".

from django.db import migrations

CHUNK = 2000


def legacy(line):
    article, sep, text = line.partition(": ")
    if not sep or not article.startswith("Art"):
        article, text = "", line
    return {"code": "legacy", "article": article, "text": text, "params": {}}


def as_text(reason):
    article, text = reason.get("article", ""), reason.get("text", "")
    return f"{article}: {text}" if article else text


def _convert(apps, convert):
    Claim = apps.get_model("benefits", "Claim")
    changed = []
    for claim in Claim.objects.only("pk", "reasons").order_by("pk").iterator(chunk_size=CHUNK):
        new = [convert(r) for r in claim.reasons or []]
        if new != claim.reasons:
            claim.reasons = new
            changed.append(claim)
        if len(changed) >= CHUNK:
            Claim.objects.bulk_update(changed, ["reasons"])
            changed = []
    if changed:
        Claim.objects.bulk_update(changed, ["reasons"])


def forward(apps, schema_editor):
    _convert(apps, lambda r: legacy(r) if isinstance(r, str) else r)


def backward(apps, schema_editor):
    _convert(apps, lambda r: as_text(r) if isinstance(r, dict) else r)


class Migration(migrations.Migration):
    dependencies = [
        ("benefits", "0006_claim_status_cancelled"),
    ]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
