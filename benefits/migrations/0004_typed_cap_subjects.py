"""Issue #13: per-subject caps count on typed subjects (the child, an unborn child, the disorder, the
medical app, the orthodontic treatment), not on a free-text key. The old ``key`` column is kept as
``legacy_key``; 0005 moves what it can into the typed fields."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('benefits', '0003_statutes_art49_art55'),
        ('members', '0007_bank_import'),
    ]

    operations = [
        migrations.CreateModel(
            name='MedicalApp',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100, verbose_name='name')),
                ('normalized', models.CharField(editable=False, max_length=100, unique=True)),
                ('mhealth_belgium', models.BooleanField(default=False, verbose_name='recognised by mHealth Belgium')),
            ],
            options={
                'verbose_name': 'medical app',
                'verbose_name_plural': 'medical apps',
                'ordering': ['name'],
            },
        ),
        migrations.RenameField(
            model_name='claim',
            old_name='key',
            new_name='legacy_key',
        ),
        migrations.AddField(
            model_name='claim',
            name='child',
            field=models.ForeignKey(blank=True, help_text='Art. 53, 57: the child, once it is a member.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='claims_as_child', to='members.member', verbose_name='child'),
        ),
        migrations.AddField(
            model_name='claim',
            name='disorder',
            field=models.CharField(blank=True, choices=[('aphasia', 'afasie'), ('dysarthria', 'dysartrie'), ('dysphagia', 'dysfagie / orofaciale functiestoornis'), ('voice_disorder', 'stemstoornis (dysfonie)'), ('developmental_language_disorder', 'taalontwikkelingsstoornis (dysfasie)'), ('articulation_disorder', 'articulatiestoornis'), ('stuttering', 'stotteren / broddelen'), ('dyslexia_dysorthography', 'dyslexie / dysorthografie'), ('dyscalculia', 'dyscalculie'), ('hearing_loss', 'gehoorstoornis'), ('cleft_lip_palate', 'schisis (lip-, kaak-, gehemeltespleet)'), ('laryngectomy', 'laryngectomie'), ('neurodegenerative', 'spraak- of taalstoornis bij een neurodegeneratieve aandoening')], help_text='Art. 43: 80 sessions per disorder.', max_length=40, verbose_name='disorder'),
        ),
        migrations.AlterField(
            model_name='claim',
            name='legacy_key',
            field=models.CharField(blank=True, editable=False, help_text='What a per-item cap counted on before claims named their child, disorder, app or treatment.', max_length=80, verbose_name='free-text key (before issue #13)'),
        ),
        migrations.AddField(
            model_name='claim',
            name='treatment_start',
            field=models.DateField(blank=True, help_text='Art. 46 orthodontics: the day the appliance was placed (one treatment).', null=True, verbose_name='treatment started on'),
        ),
        migrations.AddField(
            model_name='ruleversion',
            name='subject',
            field=models.CharField(blank=True, choices=[('child', 'child'), ('disorder', 'disorder'), ('app', 'app'), ('treatment', 'treatment')], help_text='What its per-child, per-disorder, per-app or per-treatment caps count on; a claim must name it.', max_length=10, verbose_name='counts per'),
        ),
        migrations.AlterField(
            model_name='rulecap',
            name='scope',
            field=models.CharField(choices=[('claim', 'claim'), ('year', 'year'), ('year_key', 'year key'), ('key', 'key'), ('subject', 'subject'), ('period', 'period'), ('lifetime', 'lifetime')], max_length=10, verbose_name='scope'),
        ),
        migrations.AddField(
            model_name='claim',
            name='medical_app',
            field=models.ForeignKey(blank=True, help_text='Art. 48: €20 per calendar year per app.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='claims', to='benefits.medicalapp', verbose_name='medical app'),
        ),
        migrations.CreateModel(
            name='UnbornChild',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('expected_birth_date', models.DateField(verbose_name='expected birth date')),
                ('rank', models.PositiveSmallIntegerField(default=1, help_text='1, or 2 for the second twin, …', verbose_name='child of a multiple birth')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('born_as', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='unborn_record', to='members.member', verbose_name='born as')),
                ('household', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='unborn_children', to='members.household', verbose_name='household')),
            ],
            options={
                'verbose_name': 'unborn child',
                'verbose_name_plural': 'unborn children',
                'ordering': ['-expected_birth_date', 'rank'],
            },
        ),
        migrations.AddField(
            model_name='claim',
            name='unborn_child',
            field=models.ForeignKey(blank=True, help_text='Art. 53: a child not yet born (or not yet a member), by its expected birth date.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='claims', to='benefits.unbornchild', verbose_name='unborn child'),
        ),
        migrations.AddConstraint(
            model_name='unbornchild',
            constraint=models.UniqueConstraint(fields=('household', 'expected_birth_date', 'rank'), name='unborn_child_unique'),
        ),
    ]
