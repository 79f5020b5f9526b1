"""The PostgreSQL path of the population generator: set-based SQL in one transaction.

Per-row randomness comes from ``hashint8extended(key, seed)``, so the dues and the payments that
settle them are computed independently from the same household plan and still agree, without
joins. Ids are reserved from the tables' identity sequences while the tables are locked against
other writers. When a run adds at least a quarter of a table's rows (``--rebuild-indexes auto``),
the table's secondary indexes and unique constraints are dropped before the insert and recreated
exactly from ``pg_get_indexdef`` / ``pg_get_constraintdef`` before the same transaction commits: a
failure rolls everything back, the schema included. Foreign keys: connected as a superuser, the
load runs with ``session_replication_role = replica`` (as ``pg_restore --disable-triggers``): the
foreign keys and the keys they point at stay in place and their triggers do not fire, since every
reference is computed from the reserved ids (the test suite checks them all). Otherwise, or with
``--validate-foreign-keys``, the foreign keys are dropped with the indexes and re-added, which
validates every row. While the indexes are rebuilt the tables are locked (ACCESS EXCLUSIVE) until
the commit. ``ANALYZE`` runs at the end of the load, inside the transaction, so the foreign-key
checks already have statistics.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import connection, transaction
from django.db.models import NOT_PROVIDED

from core.months import Month
from devtools.population.names import CITIES, FIRST_NAMES, LAST_NAMES, STREETS
from devtools.population.plan import (
    ADULT_AGE,
    ARREARS,
    ARREARS_MONTHS,
    BEHAVIOUR_CODES,
    BEHAVIOURS,
    ELDERLY_AGE,
    FIRST_AFFILIATION,
    FUND_STAFF_SHARE,
    HOUSEHOLD_SIZES,
    LANGUAGE_BY_REGION,
    LANGUAGES,
    LATE,
    LATE_DELAY_DAYS,
    LATE_GROUP_SHARE,
    LONG_ARREARS,
    LONG_ARREARS_MONTHS,
    MIN_AGE_DAYS,
    PARTNER_OPPOSITE_GENDER,
    PARTNER_SAME_LANGUAGE,
    PARTNER_SHARE,
    PAYMENT_MODES,
    PUNCTUAL,
    REGIONS,
    GenerationError,
    MonthPrice,
    Options,
    weights,
)
from devtools.population.tables import ensure_tables
from members import partitions, rules
from members.models import ContributionDue, ContributionTable, Household, Member, Payment, PaymentSource, Role

if TYPE_CHECKING:
    from devtools.population import Progress

#: Rebuild a table's indexes when the run adds at least this share of its existing rows.
REBUILD_SHARE = 0.25


def national_number_sql(body: str, birth_date: str) -> str:
    """The set-based twin of ``rules.national_number_for``: the rijksregisternummer whose nine
    digits are ``body`` (yymmdd × 1000 + serial), with the mod-97 check ("2" prefixed from 2000)."""
    return (
        f"lpad(({body} * 100 + 97 - mod(CASE WHEN {birth_date} >= DATE '2000-01-01' "
        f"THEN {rules.NATIONAL_NUMBER_2000_PREFIX} + {body} ELSE {body} END, 97))::text, 11, '0')"
    )


def serial_sql(male: str, which: int) -> str:
    """The first (``which=0``) or last (``-1``) serial of a gender (``rules.NATIONAL_NUMBER_SERIALS``)."""
    serials = rules.NATIONAL_NUMBER_SERIALS
    return f"(CASE WHEN {male} THEN {serials['M'][which]} ELSE {serials['F'][which]} END)"


TABLES = {
    "households": Household._meta.db_table,
    "members": Member._meta.db_table,
    "payments": Payment._meta.db_table,
    "dues": ContributionDue._meta.db_table,
}


def _other_columns(model, generated: str) -> tuple[str, str, list]:
    """The model's columns that the generator does not set, with their model defaults.

    Returns (", col, …", ", %s, …", params) to append to an INSERT, so a field added to the model
    later is filled with its default instead of breaking the generator (db_default: left to the DB).
    """
    quote = connection.ops.quote_name
    names = {name.strip() for name in generated.split(",")}
    columns, params = [], []
    for field in model._meta.concrete_fields:
        if field.column in names or field.db_default is not NOT_PROVIDED:
            continue
        columns.append(quote(field.column))
        params.append(field.get_db_prep_save(field.get_default(), connection))
    return "".join(f", {c}" for c in columns), ", %s" * len(columns), params


def _sql_literal(value) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


class _FlatList:
    """Several lists of strings as one SQL array (a query parameter), picked by group and draw."""

    def __init__(self, groups: list[list[str]]):
        self.values, self.offsets = [], []
        for values in groups:
            self.offsets.append((len(self.values), len(values)))
            self.values.extend(values)

    def index(self, group: str, u: str) -> str:
        """SQL for the 1-based array index of a uniform pick (draw ``u``) in the list ``group``."""
        cases = " ".join(
            f"WHEN {i} THEN {offset + 1} + floor({u} * {size})::int" for i, (offset, size) in enumerate(self.offsets)
        )
        return f"(CASE {group} {cases} END)"


class _IndexRebuild:
    """Drop the keys, unique constraints, indexes and foreign keys of some tables; recreate them.

    A bulk insert into a table without indexes, followed by one sorted build per index, is several
    times faster than maintaining the indexes row by row. Everything is recreated exactly from the
    catalog (``pg_get_indexdef``, ``pg_get_constraintdef``: names, columns, operator classes,
    predicates, deferrability), in the same transaction.

    ``keep_foreign_keys=False``: foreign keys are dropped with the rest (also those of other tables
    that point at a dropped key) and re-added at the end, which validates every row.
    ``keep_foreign_keys=True`` (the load runs with ``session_replication_role = replica``, so the
    foreign-key triggers do not fire): foreign keys stay, and so do the keys they point at (they are
    maintained row by row, in id order); the other indexes are dropped and rebuilt.
    """

    def __init__(self, cursor, tables: list[str], *, keep_foreign_keys: bool = False):
        self.cursor = cursor
        self.tables = tables
        self.keep_foreign_keys = keep_foreign_keys
        self.indexes: dict[str, list[str]] = {table: [] for table in tables}  # table → CREATE statements
        self.foreign_keys: dict[tuple[str, str], str] = {}  # (table, name) → definition

    def drop(self):
        cursor, quote = self.cursor, connection.ops.quote_name
        keys: dict[str, list[tuple[str, str]]] = {table: [] for table in self.tables}
        for table in self.tables:
            cursor.execute(
                """
                SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid),
                       EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
                FROM pg_constraint c
                WHERE ((c.conrelid = %s::regclass AND c.contype IN ('p', 'u', 'x', 'f'))
                   OR (c.confrelid = %s::regclass AND c.contype = 'f'))
                  -- not the copies a partitioned table's constraint has on each partition
                  AND c.conparentid = 0
                ORDER BY 1, 2
                """,
                [table, table],
            )
            for owner, name, kind, definition, referenced in cursor.fetchall():
                if kind == "f":
                    if not self.keep_foreign_keys:
                        self.foreign_keys[(owner, name)] = definition
                elif not (self.keep_foreign_keys and referenced):
                    keys[table].append((name, definition))
            cursor.execute(
                """
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                WHERE i.indrelid = %s::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
                ORDER BY 1
                """,
                [table],
            )
            plain = cursor.fetchall()
            # a partitioned table's index reads "ON ONLY parent": rebuilt on the parent, it must
            # cascade to the partitions (members_contributiondue, issue #18)
            self.indexes[table] = [definition.replace(" ON ONLY ", " ON ", 1) for _name, definition in plain] + [
                f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {definition}" for name, definition in keys[table]
            ]
            keys[table] += [(None, name) for name, _definition in plain]
        for owner, name in self.foreign_keys:
            cursor.execute(f"ALTER TABLE {owner} DROP CONSTRAINT {quote(name)}")
        for table, items in keys.items():
            for constraint, index in items:
                if constraint is None:
                    cursor.execute(f"DROP INDEX {index}")
                else:
                    cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {quote(constraint)}")

    def restore_indexes(self, table: str):
        for statement in self.indexes[table]:
            self.cursor.execute(statement)

    def restore_foreign_keys(self):
        quote = connection.ops.quote_name
        for (owner, name), definition in self.foreign_keys.items():
            self.cursor.execute(f"ALTER TABLE {owner} ADD CONSTRAINT {quote(name)} {definition}")


class PostgresGenerator:
    """Everything in one transaction, as INSERT … SELECT over two small temporary plan tables.

    ``gen_hh`` holds one row per household (its draws and its offsets into the reserved id ranges),
    ``gen_month`` one row per generated month (table, amount, running total). Members, payments and
    dues are pure functions of those rows and of ``hashint8extended`` draws, so the payments and
    the dues they settle are computed separately and still agree.
    """

    def __init__(
        self,
        report: Progress,
        options: Options,
        rebuild: str = "auto",
        maintenance_work_mem: str = "2GB",
        validate_foreign_keys: bool = False,
    ):
        self.report = report
        self.s = options
        self.rebuild = rebuild
        self.validate_foreign_keys = validate_foreign_keys
        self.maintenance_work_mem = maintenance_work_mem
        regions = [r for r, _w in REGIONS]
        self.region_code = {r: i for i, r in enumerate(regions)}
        self.language_code = {lang: i for i, lang in enumerate(LANGUAGES)}
        self.postal_codes = _FlatList([[p for p, _c in CITIES[r]] for r in regions])
        self.cities = _FlatList([[c for _p, c in CITIES[r]] for r in regions])
        self.streets = _FlatList([STREETS[r] for r in regions])
        self.last_names = _FlatList([LAST_NAMES[lang] for lang in LANGUAGES])
        # group = language * 2 + (gender = 'F')
        self.first_names = _FlatList([FIRST_NAMES[(lang, g)] for lang in LANGUAGES for g in ("M", "F")])

    # --- SQL building blocks ---

    def u(self, key: str, salt: int) -> str:
        """A uniform draw in [0, 1): a pure function of (key, salt, seed)."""
        return f"((hashint8extended(({key})::bigint, {self.s.seed * 1000 + salt}) & 4294967295)::float8 / 4294967296.0)"

    @staticmethod
    def pick(u: str, pairs) -> str:
        """A CASE choosing one of the values with the given weights from the draw ``u``."""
        values, probabilities = weights(pairs)
        parts, cumulative = [], 0.0
        for value, weight in zip(values[:-1], probabilities[:-1], strict=False):
            cumulative += weight
            parts.append(f"WHEN {u} < {cumulative!r} THEN {_sql_literal(value)}")
        return f"(CASE {' '.join(parts)} ELSE {_sql_literal(values[-1])} END)"

    @staticmethod
    def month_start(index: str) -> str:
        return f"make_date(({index}) / 12, mod({index}, 12) + 1, 1)"

    @staticmethod
    def month_index(day: str) -> str:
        # date_part (double precision) rather than extract (numeric since PostgreSQL 14): cheaper.
        return f"(date_part('year', {day})::int * 12 + date_part('month', {day})::int - 1)"

    def birth_date(self, age: str, u: str) -> str:
        """Someone ``age`` years old on the generation day, born at least a month ago."""
        return f"((DATE '{self.s.as_of.isoformat()}' - make_interval(years => {age}))::date - ({MIN_AGE_DAYS} + floor({u} * 335)::int))"

    def late_on(self, group_mi: str, group_day: str) -> str:
        """When a late payer's payment for the group starting in month ``group_mi`` (on
        ``group_day``) is made, or NULL when it is paid on time."""
        key = f"h.g::bigint * 4096 + mod({group_mi}, 4096)"
        low, high = LATE_DELAY_DAYS
        return (
            f"(CASE WHEN h.behaviour = {LATE} AND {self.u(key, 20)} < {LATE_GROUP_SHARE!r} "
            f"THEN {group_day} + ({low} + floor({self.u(key, 21)} * {high - low + 1})::int) END)"
        )

    def paid_on(self, group_mi: str, group_day: str) -> str:
        """When the payment for the group starting in ``group_mi`` / ``group_day`` is made (NULL:
        not yet, on the generation day). On time: the household's payment day in the group's
        first month; late payers sometimes after it (if that is not after the generation day)."""
        as_of = f"DATE '{self.s.as_of.isoformat()}'"
        late = self.late_on(group_mi, group_day)
        return f"""(CASE
            WHEN {late} <= {as_of} THEN {late}
            WHEN {group_day} > DATE '{self.s.current.first_day.isoformat()}' THEN NULL
            ELSE least({group_day} + h.pay_offset, {as_of})
        END)"""

    # --- the run ---

    def run(self) -> dict[str, int]:
        c = self.report
        counts = {}
        with transaction.atomic(), connection.cursor() as cursor:
            t = time.monotonic()
            # The statements are few and huge: JIT would compile for seconds and save nothing.
            cursor.execute("SET LOCAL jit = off")
            # Plan tables, window sorts and hash joins stay in memory.
            cursor.execute("SET LOCAL work_mem = '1GB'")
            cursor.execute(f"SET LOCAL maintenance_work_mem = {_sql_literal(self.maintenance_work_mem)}")
            months = ensure_tables(self.s, c.say)
            # the ledger partitioned by year (issue #18): each generated year in its own partition, not DEFAULT
            partitions.ensure_year_partitions(range(self.s.start.year, self.s.through.year + 1))
            # Writers of these tables wait for the commit, so the reserved id ranges stay ours.
            cursor.execute(f"LOCK TABLE {', '.join(TABLES.values())} IN SHARE ROW EXCLUSIVE MODE")
            self.create_month_plan(cursor, months)
            self.create_household_plan(cursor)
            cursor.execute("SELECT sum(size), sum(n_due), sum(n_groups) FROM gen_hh")
            members, dues, groups = (int(v or 0) for v in cursor.fetchone())
            new_rows = {"households": self.s.households, "members": members, "payments": groups, "dues": dues}
            bases = {name: self.reserve_ids(cursor, TABLES[name], new_rows[name]) for name in TABLES}
            t = c.phase("plan", t, self.s.households)

            rebuilt = [TABLES[n] for n in TABLES if self.should_rebuild(cursor, TABLES[n], new_rows[n])]
            unchecked = not self.validate_foreign_keys and self.may_skip_foreign_key_checks(cursor)
            if unchecked:
                # As pg_restore --disable-triggers: the ids are reserved and every reference is computed
                # from them (devtools/tests/test_population.py checks them all), so the foreign-key
                # triggers are skipped for this transaction instead of checking 45 M references.
                cursor.execute("SET LOCAL session_replication_role = replica")
            schema = _IndexRebuild(cursor, rebuilt, keep_foreign_keys=unchecked)
            if rebuilt:
                schema.drop()
                t = c.phase(f"drop {'indexes' if unchecked else 'keys, indexes, FKs'} of {len(rebuilt)} tables", t)

            counts["households"] = self.insert_households(cursor, bases)
            t = c.phase("households", t, counts["households"])
            counts["members"] = self.insert_members(cursor, bases)
            t = c.phase("members (national numbers)", t, counts["members"])
            counts["payments"] = self.insert_payments(cursor, bases)
            t = c.phase("payments", t, counts["payments"])
            counts["dues"] = self.insert_dues(cursor, bases)
            t = c.phase("contribution dues", t, counts["dues"])
            if unchecked:
                # back to normal for what follows in the transaction (it may be a caller's, e.g. a test's)
                cursor.execute("SET LOCAL session_replication_role = DEFAULT")

            for table in rebuilt:
                schema.restore_indexes(table)
                t = c.phase(f"keys and indexes of {table}", t)
            # Statistics for the foreign key checks below and for every query after the commit.
            for table in (*TABLES.values(), ContributionTable._meta.db_table):
                cursor.execute(f"ANALYZE {table}")
            t = c.phase("analyze", t)
            if schema.foreign_keys:
                schema.restore_foreign_keys()
                t = c.phase("foreign keys (re-added, validated)", t)
        c.phase("commit", t)
        return counts

    @staticmethod
    def may_skip_foreign_key_checks(cursor) -> bool:
        """``session_replication_role`` can only be set by a superuser."""
        cursor.execute("SELECT current_setting('is_superuser') = 'on'")
        return cursor.fetchone()[0]

    def reserve_ids(self, cursor, table: str, count: int) -> int:
        """Reserve ``count`` consecutive ids from the table's identity sequence; return the first."""
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
        sequence = cursor.fetchone()[0]
        cursor.execute(f"SELECT nextval(%s), (SELECT coalesce(max(id), 0) FROM {table})", [sequence])
        following, highest = cursor.fetchone()
        first = max(following, highest + 1)
        cursor.execute("SELECT setval(%s, %s)", [sequence, first + max(count, 1) - 1])
        return first

    def should_rebuild(self, cursor, table: str, new_rows: int) -> bool:
        if self.rebuild != "auto" or new_rows == 0:
            return self.rebuild == "always"
        limit = int(new_rows / REBUILD_SHARE)
        cursor.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT %s) AS existing", [limit])
        return cursor.fetchone()[0] < limit

    # --- plans ---

    def create_month_plan(self, cursor, months: list[MonthPrice]):
        """One row per generated month: its dates, table and amount, and running totals so the
        amount of a payment group is a subtraction (``cum_q_end``/``cum_y_end``: the running total
        at the end of the month's quarter/year, or of the last generated month)."""
        cursor.execute(
            """
            CREATE TEMP TABLE gen_month (
                mi int PRIMARY KEY, first_day date NOT NULL, next_first date NOT NULL,
                quarter_day date NOT NULL, year_day date NOT NULL, table_id bigint NOT NULL,
                amount numeric(14,2) NOT NULL, cum numeric(16,2) NOT NULL,
                cum_q_end numeric(16,2) NOT NULL, cum_y_end numeric(16,2) NOT NULL
            ) ON COMMIT DROP
            """
        )
        running, cum = Decimal("0.00"), {}
        for price in months:
            running += price.amount
            cum[price.index] = running
        last = months[-1].index
        rows = []
        for price in months:
            month = price.month
            rows.append(
                (
                    price.index,
                    month.first_day,
                    (month + 1).first_day,
                    month.quarter_start.first_day,
                    Month(month.year, 1).first_day,
                    price.table_id,
                    price.amount,
                    cum[price.index],
                    cum[min(last, month.quarter_start.index + 2)],
                    cum[min(last, Month(month.year, 12).index)],
                )
            )
        cursor.executemany("INSERT INTO gen_month VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)

    def create_household_plan(self, cursor):
        """One row per household: its draws, its contribution months and its id offsets."""
        s, u, pick = self.s, self.u, self.pick
        language = "(CASE region {} END)".format(
            " ".join(
                f"WHEN {self.region_code[region]} THEN "
                + pick("u_lang", [(self.language_code[lang], w) for lang, w in pairs])
                for region, pairs in LANGUAGE_BY_REGION.items()
            )
        )
        partner = "(CASE size {} ELSE false END)".format(
            " ".join(f"WHEN {size} THEN {u('g', 3)} < {share!r}" for size, share in PARTNER_SHARE.items())
        )
        age = (
            f"(CASE WHEN r.u8 < 0.88 THEN {ADULT_AGE} + floor(r.u8 / 0.88 * 62)::int "
            f"ELSE 80 + floor((r.u8 - 0.88) / 0.12 * 18)::int END)"
        )
        # the draws that a CASE reads several times, computed once per household (OFFSET 0: not inlined)
        once = ", ".join(f"{u('g', salt)} AS u{salt}" for salt in (1, 2, 4, 5, 6, 8, 10, 11))
        arrears = f"{ARREARS_MONTHS[0]} + floor({u('g', 16)} * {ARREARS_MONTHS[1] - ARREARS_MONTHS[0] + 1})::int"
        long_arrears = (
            f"{LONG_ARREARS_MONTHS[0]} + floor({u('g', 16)} * "
            f"{LONG_ARREARS_MONTHS[1] - LONG_ARREARS_MONTHS[0] + 1})::int"
        )
        current = s.current.index
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_hh ON COMMIT DROP AS
            WITH draws AS MATERIALIZED (
                SELECT g, {age} AS tit_age,
                       {pick("r.u1", [(self.region_code[r], w) for r, w in REGIONS])} AS region,
                       {pick("r.u2", HOUSEHOLD_SIZES)} AS size_drawn,
                       {pick("r.u4", [(BEHAVIOUR_CODES[b], w) for b, w in BEHAVIOURS])} AS behaviour,
                       {pick("r.u5", PAYMENT_MODES)} AS mode_drawn,
                       1 + floor(r.u6 * 28)::int AS pay_day,
                       CASE WHEN r.u10 < 0.5 THEN 'M' ELSE 'F' END AS tit_gender,
                       r.u11 AS u_lang
                FROM generate_series(0, {s.households - 1}) AS g
                CROSS JOIN LATERAL (SELECT {once} OFFSET 0) AS r
            ), people AS MATERIALIZED (
                SELECT d.*,
                       {self.birth_date("tit_age", u("g", 9))} AS tit_birth,
                       CASE WHEN tit_age >= {ELDERLY_AGE} THEN least(size_drawn, 2) ELSE size_drawn END AS size,
                       CASE WHEN behaviour IN ({PUNCTUAL}, {LATE}) THEN mode_drawn ELSE 1 END AS pay_mode,
                       pay_day - 1 AS pay_offset,
                       {language} AS lang
                FROM draws d
            ), affiliation AS MATERIALIZED (
                SELECT p.*,
                       {partner} AS has_partner,
                       {self.last_names.index("lang", u("g", 12))} AS last_name_ix,
                       {self.cities.index("region", u("g", 13))} AS place_ix,
                       {self.streets.index("region", u("g", 14))} AS street_ix,
                       1 + floor({u("g", 15)} * 180)::int AS house_number,
                       -- the month after the 18th birthday, not before 1990
                       greatest({FIRST_AFFILIATION.index}, {self.month_index("tit_birth")} + {ADULT_AGE * 12 + 1}) AS lower_mi,
                       CASE WHEN behaviour = {LONG_ARREARS} THEN {min(current, s.start.index)} ELSE {current} END AS upper_mi
                FROM people p
            ), months AS MATERIALIZED (
                SELECT a.*, greatest(aff_mi, {s.start.index}) AS first_mi, {s.through.index} AS last_mi
                FROM (
                    SELECT a.*,
                           least({current}, lower_mi + floor({u("g", 7)} * greatest(1, upper_mi - lower_mi + 1))::int) AS aff_mi
                    FROM affiliation a
                ) AS a
            ), plan AS MATERIALIZED (
                SELECT m.*,
                       greatest(0, last_mi - first_mi + 1) AS n_due,
                       CASE WHEN last_mi >= first_mi THEN last_mi / pay_mode - first_mi / pay_mode + 1 ELSE 0 END AS n_groups,
                       CASE behaviour
                           WHEN {ARREARS} THEN greatest(first_mi, last_mi + 1 - ({arrears}))
                           WHEN {LONG_ARREARS} THEN greatest(first_mi, last_mi + 1 - ({long_arrears}))
                           ELSE last_mi + 1
                       END AS open_from
                FROM months m
            )
            SELECT plan.*,
                   {self.month_start("first_mi")} AS first_day,
                   sum(size) OVER w - size AS mem_off,
                   sum(n_due) OVER w - n_due AS due_off,
                   sum(n_groups) OVER w - n_groups AS pay_off
            FROM plan
            WINDOW w AS (ORDER BY g)
            ORDER BY g
            """
        )

    # --- inserts ---

    def insert_households(self, cursor, bases) -> int:
        region = "(CASE region {} END)".format(
            " ".join(f"WHEN {code} THEN {_sql_literal(name)}" for name, code in self.region_code.items())
        )
        generated = "id, street, postal_code, city, region, created_at"
        columns, values, params = _other_columns(Household, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES["households"]} ({generated}{columns})
            SELECT {bases["households"]} + g, (%s::text[])[street_ix] || ' ' || house_number,
                   (%s::text[])[place_ix], (%s::text[])[place_ix], {region}, now(){values}
            FROM gen_hh ORDER BY g
            """,
            [self.streets.values, self.postal_codes.values, self.cities.values, *params],
        )
        return cursor.rowcount

    def insert_members(self, cursor, bases) -> int:
        """Members with national numbers: yymmdd + serial + mod-97 check (with '2' prefixed from 2000).

        The serial is 2 × (rank among the generated people with the same birth date and gender)
        on top of the highest serial already used with that yymmdd and gender: odd for men (001,
        003, … 997), even for women (002, 004, … 998). Two people a century apart may get the same
        yymmdd and serial; their check digits differ (2000000000 is not a multiple of 97), so the
        numbers are unique across the table. The digits are ``national_number_sql``'s, the twin of
        ``rules.national_number_for``. Sort keys are dates, integers and booleans: text sorts under
        a linguistic collation would cost seconds per million rows.
        """
        u, current = self.u, self.s.current.index
        key = "h.g::bigint * 8 + k"
        other_language = self.pick(u(key, 34), [(self.language_code[lang], 1) for lang in LANGUAGES])
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_mem ON COMMIT DROP AS
            WITH slots AS (
                SELECT h.g, h.tit_age, h.tit_birth, h.tit_gender, h.aff_mi, h.lang, h.last_name_ix,
                       {bases["members"]} + h.mem_off + k AS id, k, {key} AS mkey,
                       CASE WHEN k = 0 THEN 0 WHEN k = 1 AND h.has_partner THEN 1 ELSE 2 END AS kind,
                       {u(key, 30)} AS u_gender, {u(key, 31)} AS u_age, {u(key, 32)} AS u_day,
                       CASE WHEN {u(key, 33)} < {PARTNER_SAME_LANGUAGE!r} THEN h.lang ELSE {other_language} END AS partner_lang,
                       {u(key, 35)} AS u_last, {u(key, 36)} AS u_first, {u(key, 37)} AS u_staff
                FROM gen_hh h CROSS JOIN LATERAL generate_series(0, h.size - 1) AS k
            ), persons AS MATERIALIZED (
                SELECT s.*,
                       CASE kind
                           WHEN 0 THEN tit_gender
                           WHEN 1 THEN CASE WHEN u_gender < {PARTNER_OPPOSITE_GENDER!r}
                                            THEN CASE tit_gender WHEN 'M' THEN 'F' ELSE 'M' END ELSE tit_gender END
                           ELSE CASE WHEN u_gender < 0.5 THEN 'M' ELSE 'F' END
                       END AS gender,
                       CASE kind
                           WHEN 0 THEN tit_birth
                           WHEN 1 THEN {self.birth_date(f"greatest({ADULT_AGE}, tit_age - 5 + floor(u_age * 11)::int)", "u_day")}
                           ELSE {self.birth_date(f"floor(u_age * least(25, tit_age - {ADULT_AGE - 1}))::int", "u_day")}
                       END AS birth_date,
                       CASE kind WHEN 1 THEN partner_lang ELSE lang END AS name_lang
                FROM slots s
            )
            SELECT id, g, kind, gender, gender = 'M' AS male, birth_date,
                   mod(date_part('year', birth_date)::int, 100) * 10000 + date_part('month', birth_date)::int * 100
                       + date_part('day', birth_date)::int AS yymmdd,
                   {self.first_names.index("name_lang * 2 + CASE gender WHEN 'F' THEN 1 ELSE 0 END", "u_first")} AS first_name_ix,
                   CASE kind WHEN 1 THEN {self.last_names.index("name_lang", "u_last")} ELSE last_name_ix END AS last_name_ix,
                   CASE kind
                       WHEN 0 THEN aff_mi
                       WHEN 1 THEN least({current}, greatest(aff_mi, {self.month_index("birth_date")} + {ADULT_AGE * 12 + 1}))
                       ELSE least({current}, greatest(aff_mi, {self.month_index("birth_date")} + 1))
                   END AS aff_mi,
                   kind < 2 AND u_staff < {FUND_STAFF_SHARE!r} AS is_fund_staff
            FROM persons
            """
        )
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_serial ON COMMIT DROP AS
            SELECT substr(national_number, 1, 6)::int AS yymmdd,
                   mod(substr(national_number, 7, 3)::int, 2) = 1 AS male,
                   max(substr(national_number, 7, 3)::int) AS highest
            FROM {TABLES["members"]}
            WHERE national_number ~ '^[0-9]{{11}}$'
            GROUP BY 1, 2
            """
        )
        # statistics, so the serial join below is planned as a hash join, not sorted twice
        cursor.execute("ANALYZE gen_mem")
        cursor.execute("ANALYZE gen_serial")
        # A day whose serials are taken up to the end (seed_demo draws them at random up to the last
        # one) gets the free serials below: the rank-th free one of its parity, in gen_free.
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_free ON COMMIT DROP AS
            WITH crowded AS (
                SELECT DISTINCT n.yymmdd, n.male
                FROM (SELECT birth_date, yymmdd, male, count(*) AS people FROM gen_mem GROUP BY 1, 2, 3) AS n
                JOIN gen_serial u USING (yymmdd, male)
                WHERE u.highest + 2 * n.people > {serial_sql("n.male", -1)}
            ), used AS (
                SELECT substr(national_number, 1, 6)::int AS yymmdd, mod(substr(national_number, 7, 3)::int, 2) = 1 AS male,
                       substr(national_number, 7, 3)::int AS serial
                FROM {TABLES["members"]}
                WHERE national_number ~ '^[0-9]{{11}}$'
                  AND substr(national_number, 1, 6)::int IN (SELECT yymmdd FROM crowded)
            )
            SELECT c.yymmdd, c.male, s AS serial,
                   row_number() OVER (PARTITION BY c.yymmdd, c.male ORDER BY s) AS rank
            FROM crowded c CROSS JOIN LATERAL generate_series({serial_sql("c.male", 0)}, {serial_sql("c.male", -1)}, 2) AS s
            WHERE NOT EXISTS (SELECT 1 FROM used WHERE used.yymmdd = c.yymmdd AND used.male = c.male AND used.serial = s)
            """
        )
        cursor.execute(
            f"""
            SELECT n.birth_date
            FROM (SELECT birth_date, yymmdd, male, count(*) AS people FROM gen_mem GROUP BY 1, 2, 3) AS n
            LEFT JOIN gen_serial u USING (yymmdd, male)
            WHERE coalesce(u.highest, {serial_sql("n.male", 0)} - 2) + 2 * n.people > {serial_sql("n.male", -1)}
              AND n.people > (SELECT count(*) FROM gen_free f WHERE f.yymmdd = n.yymmdd AND f.male = n.male)
            LIMIT 1
            """
        )
        full = cursor.fetchone()
        if full:
            raise GenerationError(
                f"Too many people born on {full[0]:%d/%m/%Y}: no serial left. Generate fewer households per run."
            )
        role = f"CASE kind WHEN 0 THEN '{Role.TITULAR.value}' ELSE '{Role.DEPENDENT.value}' END"
        generated = (
            "id, national_number, first_name, last_name, birth_date, gender, household_id, role, "
            "affiliation_start, titular_since, is_fund_staff, created_at"
        )
        columns, values, params = _other_columns(Member, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES["members"]} ({generated}{columns})
            SELECT id,
                   {national_number_sql("body", "birth_date")},
                   (%s::text[])[first_name_ix], (%s::text[])[last_name_ix], birth_date, gender,
                   {bases["households"]} + g, {role},
                   {self.month_start("aff_mi")}, CASE kind WHEN 0 THEN {self.month_start("aff_mi")} END,
                   is_fund_staff, now(){values}
            FROM (
                SELECT r.*,
                       r.yymmdd::bigint * 1000 + coalesce(
                           (SELECT f.serial FROM gen_free f WHERE f.yymmdd = r.yymmdd AND f.male = r.male AND f.rank = r.rank),
                           coalesce(r.highest, {serial_sql("r.male", 0)} - 2) + 2 * r.rank) AS body
                FROM (
                    SELECT m.*, u.highest,
                           row_number() OVER (PARTITION BY m.birth_date, m.male ORDER BY m.id) AS rank
                    FROM gen_mem m LEFT JOIN gen_serial u USING (yymmdd, male)
                ) AS r
            ) AS numbered
            ORDER BY id
            """,
            [self.first_names.values, self.last_names.values, *params],
        )
        return cursor.rowcount

    def insert_payments(self, cursor, bases) -> int:
        """One payment per group (year, quarter or month, from the household's first month on)
        that is paid by now; its amount is the sum of the group's dues (running totals)."""
        generated = "id, household_id, amount, paid_on, source, unallocated, created_at"
        columns, values, params = _other_columns(Payment, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES["payments"]} ({generated}{columns})
            SELECT {bases["payments"]} + x.pay_off + x.group_no, {bases["households"]} + x.g,
                   x.amount, x.paid_on, '{PaymentSource.GENERATED.value}', 0, now(){values}
            FROM (
                SELECT h.g, h.pay_off, m.mi / h.pay_mode - h.first_mi / h.pay_mode AS group_no,
                       CASE h.pay_mode WHEN 1 THEN m.amount
                                       WHEN 3 THEN m.cum_q_end - m.cum + m.amount
                                       ELSE m.cum_y_end - m.cum + m.amount END AS amount,
                       {self.paid_on("m.mi", "m.first_day")} AS paid_on
                FROM gen_hh h
                CROSS JOIN LATERAL generate_series(
                    (h.first_mi / h.pay_mode) * h.pay_mode, least(h.last_mi, h.open_from - 1), h.pay_mode) AS step
                JOIN gen_month m ON m.mi = greatest(step, h.first_mi)
                OFFSET 0
            ) AS x
            WHERE x.paid_on IS NOT NULL
            """,
            params,
        )
        return cursor.rowcount

    def insert_dues(self, cursor, bases) -> int:
        """Every month from the household's first month through ``--through``: settled on its
        group's payment date (and pointing at that payment), or open."""
        group_day = "greatest(CASE h.pay_mode WHEN 1 THEN m.first_day WHEN 3 THEN m.quarter_day ELSE m.year_day END, h.first_day)"
        group_mi = "greatest((m.mi / h.pay_mode) * h.pay_mode, h.first_mi)"
        generated = "id, household_id, month, amount, table_id, payment_id, settled_on, paid_in_time"
        columns, values, params = _other_columns(ContributionDue, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES["dues"]} ({generated}{columns})
            SELECT {bases["dues"]} + x.due_off + (x.mi - x.first_mi), {bases["households"]} + x.g,
                   x.first_day, x.amount, x.table_id,
                   CASE WHEN x.settled_on IS NOT NULL
                        THEN {bases["payments"]} + x.pay_off + (x.mi / x.pay_mode - x.first_mi / x.pay_mode) END,
                   x.settled_on, coalesce(x.settled_on < x.next_first, false){values}
            FROM (
                SELECT h.g, h.due_off, h.pay_off, h.first_mi, h.pay_mode,
                       m.mi, m.first_day, m.next_first, m.amount, m.table_id,
                       CASE WHEN m.mi < h.open_from THEN {self.paid_on(group_mi, group_day)} END AS settled_on
                FROM gen_hh h JOIN gen_month m ON m.mi BETWEEN h.first_mi AND h.last_mi
                OFFSET 0
            ) AS x
            """,
            params,
        )
        return cursor.rowcount
