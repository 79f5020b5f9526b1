"""The Python path of the population generator (SQLite, any database without the set-based path).

The households are drawn by ``plan.Planner`` (the same distributions as the PostgreSQL path) and
written with ``bulk_create`` in batches, in one transaction. Meant for a few thousand households.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction

from core.months import Month
from devtools.population.plan import GenerationError, HouseholdPlan, Options, Planner
from devtools.population.tables import ensure_tables
from members import rules
from members.models import ContributionDue, Household, Member, Payment, PaymentSource, Role

if TYPE_CHECKING:
    from devtools.population import Progress

MODELS = (("households", Household), ("members", Member), ("payments", Payment), ("dues", ContributionDue))


class PythonGenerator:
    """The fallback for databases without set-based generation: a few thousand households."""

    BATCH_HOUSEHOLDS = 500

    def __init__(self, report: Progress, options: Options):
        self.report = report
        self.s = options
        self.planner = Planner(options)

    def run(self) -> dict[str, int]:
        c = self.report
        t = time.monotonic()
        counts = dict.fromkeys((name for name, _model in MODELS), 0)
        with transaction.atomic():
            self.prices = {m.index: m for m in ensure_tables(self.s, c.say)}
            self.next_id = {
                name: (model.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
                for name, model in MODELS
            }
            self.serials: dict[tuple[str, str], int] = {}
            self.used: dict[tuple[str, str], set[int]] = {}
            for number in Member.objects.values_list("national_number", flat=True).iterator():
                if len(number) == 11 and number.isdigit():
                    serial = int(number[6:9])
                    key = (number[:6], "M" if serial % 2 else "F")
                    self.serials[key] = max(self.serials.get(key, 0), serial)
                    self.used.setdefault(key, set()).add(serial)
            rows = {name: [] for name in counts}
            for g in range(self.s.households):
                self.add_household(rows)
                if (g + 1) % self.BATCH_HOUSEHOLDS == 0:
                    self.flush(rows, counts)
            self.flush(rows, counts)
        for name, count in counts.items():
            c.say(f"  {name:<34}{count:>12,} rows")
        c.phase("bulk_create (one transaction)", t)
        return counts

    def flush(self, rows, counts):
        for name, model in MODELS:
            model.objects.bulk_create(rows[name], batch_size=500)
            counts[name] += len(rows[name])
            rows[name].clear()

    def take_id(self, name: str) -> int:
        value = self.next_id[name]
        self.next_id[name] += 1
        return value

    def national_number(self, birth: date, gender: str) -> str:
        """The next serial of the day and gender after the highest one in the table; when the day's
        serials are taken up to the last one (seed_demo draws them at random), the lowest free one."""
        key = (birth.strftime("%y%m%d"), gender)
        serials = rules.NATIONAL_NUMBER_SERIALS[gender]
        serial = self.serials.get(key, serials[0] - 2) + 2
        if serial > serials[-1]:
            used = self.used.setdefault(key, set())
            serial = next((s for s in serials if s not in used), None)
            if serial is None:
                raise GenerationError(f"Too many people born on {birth:%d/%m/%Y}: no serial left.")
            self.used[key].add(serial)
        else:
            self.serials[key] = serial
            self.used.setdefault(key, set()).add(serial)
        return rules.national_number_for(birth, gender, rules.national_number_rank(serial))

    def add_household(self, rows):
        """One planned household with its members, dues and payments, appended to ``rows``."""
        plan: HouseholdPlan = self.planner.household()
        household = Household(
            id=self.take_id("households"),
            street=plan.street,
            postal_code=plan.postal_code,
            city=plan.city,
            region=plan.region,
        )
        rows["households"].append(household)
        for person in plan.people:
            start_day = Month.from_index(person.affiliation).first_day
            rows["members"].append(
                Member(
                    id=self.take_id("members"),
                    national_number=self.national_number(person.birth, person.gender),
                    first_name=person.first_name,
                    last_name=person.last_name,
                    birth_date=person.birth,
                    gender=person.gender,
                    household=household,
                    role=Role.TITULAR if person.kind == 0 else Role.DEPENDENT,
                    affiliation_start=start_day,
                    titular_since=start_day if person.kind == 0 else None,
                    is_fund_staff=person.is_fund_staff,
                )
            )

        payments: dict[int, Payment] = {}
        paid_on: dict[int, date | None] = {}  # group start → payment date
        for month in range(plan.first, plan.last + 1):
            price = self.prices[month]
            group = plan.group_start(month)
            if group not in paid_on:
                paid_on[group] = self.planner.paid_on(plan, group)
            settled = paid_on[group] if month < plan.open_from else None
            payment = None
            if settled is not None:
                payment = payments.get(group)
                if payment is None:
                    payment = payments[group] = Payment(
                        id=self.take_id("payments"),
                        household=household,
                        amount=Decimal("0.00"),
                        paid_on=settled,
                        source=PaymentSource.GENERATED,
                        unallocated=Decimal("0.00"),
                    )
                    rows["payments"].append(payment)
                payment.amount += price.amount
            rows["dues"].append(
                ContributionDue(
                    id=self.take_id("dues"),
                    household=household,
                    month=price.month.first_day,
                    amount=price.amount,
                    table_id=price.table_id,
                    payment=payment,
                    settled_on=settled,
                    paid_in_time=settled is not None and settled <= price.month.last_day,
                )
            )
