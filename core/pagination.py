"""A paginator for million-row admin change lists (NOTES.md, "Django admin on million-row tables").

Django's paginator runs ``COUNT(*)`` on every page. Here an unfiltered list on PostgreSQL reads the
planner's row estimate (``pg_class.reltuples``), and a filtered list counts at most ``BOUND`` rows:
a search that matches more shows "10,000+" pages' worth and asks the clerk to narrow it.
"""

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.pagination import LimitOffsetPagination

from core import bounds

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


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    """``?limit=&offset=`` with a ceiling (issue #12, points 3 and 11): ``limit`` above
    ``core.bounds.MAX_PAGE_SIZE`` returns that many rows, never the whole register; an ``offset``
    past ``core.bounds.MAX_OFFSET`` is refused with a 400 naming it (the database cannot skip more
    than a 64-bit number of rows, and no list is that long)."""

    max_limit = bounds.MAX_PAGE_SIZE

    def get_offset(self, request):
        raw = request.query_params.get(self.offset_query_param)
        if raw is not None and raw.strip().isdigit() and int(raw) > bounds.MAX_OFFSET:
            raise serializers.ValidationError(
                {self.offset_query_param: [_("At most %(max)s.") % {"max": bounds.MAX_OFFSET}]}
            )
        return super().get_offset(request)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.limit_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_limit)
                parameter["description"] = _("Rows per page (at most %(max)s; default %(default)s).") % {
                    "max": self.max_limit,
                    "default": self.default_limit,
                }
            elif parameter["name"] == self.offset_query_param:
                parameter["schema"].update(minimum=0, maximum=bounds.MAX_OFFSET)
        return parameters
