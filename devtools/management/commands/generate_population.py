"""``manage.py generate_population``: append generated households for the benchmarks (dev, test).

    manage.py generate_population --households 1000000 [--seed 1] [--start 2023-12] [--through 2026-11]

A thin shell over ``devtools.population`` (what is generated and how: see its docstring).
"""

from __future__ import annotations

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.months import Month
from devtools.population import GenerationError, Options, Progress, generate
from devtools.population.postgres import REBUILD_SHARE


class Command(BaseCommand):
    help = "Append N generated households (members, 3 years of dues and payments) to the database, fast."

    def add_arguments(self, parser):
        today = timezone.localdate()
        parser.add_argument("--households", type=int, required=True, help="Number of households to add.")
        parser.add_argument("--seed", type=int, default=1, help="Seed of the pseudo-random choices (default 1).")
        parser.add_argument(
            "--start",
            type=Month.parse,
            default=Month.of(today) - 35,
            help="First month of contribution history, YYYY-MM (default: 35 months before the current one).",
        )
        parser.add_argument(
            "--through",
            type=Month.parse,
            default=Month.of(today),
            help="Last month of contribution history, YYYY-MM (default: the current month).",
        )
        parser.add_argument(
            "--as-of",
            type=date.fromisoformat,
            default=today,
            help="The generation's 'today' (ages, what has been paid by now), YYYY-MM-DD.",
        )
        parser.add_argument(
            "--rebuild-indexes",
            choices=("auto", "always", "never"),
            default="auto",
            help="PostgreSQL: drop and recreate secondary indexes and foreign keys around the insert "
            # argparse %-formats help texts: a percent sign is written %%
            f"(auto: when the run adds at least {REBUILD_SHARE * 100:.0f} %% of a table's rows).",
        )
        parser.add_argument(
            "--validate-foreign-keys",
            action="store_true",
            help="PostgreSQL: have the database check every generated reference (drops and re-adds the foreign "
            "keys; slower). Default: skipped when connected as a superuser (session_replication_role = replica).",
        )
        parser.add_argument(
            "--maintenance-work-mem",
            default="2GB",
            help="PostgreSQL: memory for index builds and FK checks (default 2GB).",
        )

    def handle(self, *args, **options):
        run = Options(
            households=options["households"],
            seed=options["seed"],
            start=options["start"],
            through=options["through"],
            as_of=options["as_of"],
        )
        progress = Progress(self.write if options["verbosity"] else None)
        try:
            generate(
                run,
                progress,
                rebuild_indexes=options["rebuild_indexes"],
                maintenance_work_mem=options["maintenance_work_mem"],
                validate_foreign_keys=options["validate_foreign_keys"],
            )
        except GenerationError as exc:
            raise CommandError(str(exc)) from exc

    def write(self, text: str):
        self.stdout.write(text)
        self.stdout.flush()
