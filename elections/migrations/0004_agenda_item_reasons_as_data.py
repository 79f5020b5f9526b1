# Issue #14: an agenda item's reasons are stored as data ({"code", "article", "text", "params"}), not
# as English sentences. Reasons stored before are kept as "legacy" reasons: "Art. 25: text" becomes
# {"code": "legacy", "article": "Art. 25", "text": "text", "params": {}}; a warning ("⚠ Art. 25: …")
# becomes {"code": "legacy.warning", "article": "Art. 25", …}. Reversible.

from django.db import migrations

WARNING = "⚠ "


def legacy(line):
    code = "legacy"
    if line.startswith(WARNING):
        code, line = "legacy.warning", line[len(WARNING) :]
    article, sep, text = line.partition(": ")
    if not sep or not article.startswith("Art"):
        article, text = "", line
    return {"code": code, "article": article, "text": text, "params": {}}


def as_text(reason):
    article, text = reason.get("article", ""), reason.get("text", "")
    line = f"{article}: {text}" if article else text
    return WARNING + line if reason.get("code", "").startswith(("assembly.warning.", "legacy.warning")) else line


def _convert(apps, convert):
    AgendaItem = apps.get_model("elections", "AgendaItem")
    changed = []
    for item in AgendaItem.objects.only("pk", "reasons").order_by("pk"):
        new = [convert(r) for r in item.reasons or []]
        if new != item.reasons:
            item.reasons = new
            changed.append(item)
    AgendaItem.objects.bulk_update(changed, ["reasons"], batch_size=500)


def forward(apps, schema_editor):
    _convert(apps, lambda r: legacy(r) if isinstance(r, str) else r)


def backward(apps, schema_editor):
    _convert(apps, lambda r: as_text(r) if isinstance(r, dict) else r)


class Migration(migrations.Migration):
    dependencies = [
        ("elections", "0003_organs_assembly_board_advisers"),
    ]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
