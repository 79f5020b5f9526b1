"""A paginator for million-row admin change lists (NOTES.md, "Django admin on million-row tables").

Django's paginator runs ``COUNT(*)`` on every page. Here an unfiltered list on PostgreSQL reads the
planner's row estimate (``pg_class.reltuples``), and a filtered list counts at most ``BOUND`` rows:
a search that matches more shows "10,000+" pages' worth and asks the clerk to narrow it.
"""

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

BOUND = 10_000
ESTIMATE_FROM = 100_000


class LargeTablePaginator(Paginator):
    @cached_property
    def count(self):
        queryset = self.object_list
        if not hasattr(queryset, "query"):
            return super().count
        connection = connections[queryset.db]
        if connection.vendor == "postgresql" and not queryset.query.where:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
                    [queryset.model._meta.db_table],
                )
                row = cursor.fetchone()
            if row and row[0] and row[0] >= ESTIMATE_FROM:
                return int(row[0])
        return queryset.order_by()[:BOUND].count()
