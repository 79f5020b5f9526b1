"""The lending API (/api/v1/lending/): the price list, rentals, returns and the maximum invoice."""

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from core import bounds
from core.api import BoundedLookupMixin, object_or_404, query_int, query_year
from core.idempotency import IdempotentMixin
from core.permissions import StrictModelPermissions
from core.privacy import AccessLoggedApiMixin, Category, log_access
from lending import services
from lending.models import Item, MaxInvoiceRefund, Rental
from lending.serializers import (
    ItemSerializer,
    MaxInvoiceSerializer,
    RentalInputSerializer,
    RentalSerializer,
    ReturnInputSerializer,
)
from members.models import Member


class ItemViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = Item.objects.filter(active=True).prefetch_related("prices__item")
    serializer_class = ItemSerializer
    lookup_field = "code"
    pagination_class = None

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "today": timezone.localdate()}


class RentalViewSet(IdempotentMixin, AccessLoggedApiMixin, BoundedLookupMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin,
                    viewsets.GenericViewSet):
    queryset = Rental.objects.select_related("item").prefetch_related("charges").order_by("-id")
    serializer_class = RentalSerializer
    access_categories = (Category.IDENTITY, Category.LENDING)

    def access_household_id(self, obj):
        return obj.member.household_id if obj.member_id else None

    @extend_schema(request=RentalInputSerializer, responses={201: RentalSerializer})
    def create(self, request):
        serializer = RentalInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        rental = services.rental_start(**serializer.validated_data)
        return Response(RentalSerializer(Rental.objects.prefetch_related("charges").get(pk=rental.pk)).data,
                        status=status.HTTP_201_CREATED)

    @extend_schema(request=ReturnInputSerializer, responses=RentalSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def return_(self, request, pk=None):
        """Return the equipment: rent up to the return date (which counts), plus the check's costs."""
        rental = self.get_object()
        serializer = ReturnInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.rental_return(rental=rental, **serializer.validated_data)
        return Response(RentalSerializer(Rental.objects.prefetch_related("charges").get(pk=rental.pk)).data)


class MaxInvoiceApi(APIView):
    """The maximum invoice of a member for a year: the rent that counts and the refund (Art. 54)."""

    permission_classes = [StrictModelPermissions]
    queryset = MaxInvoiceRefund.objects.none()

    @extend_schema(
        parameters=[OpenApiParameter("member", OpenApiTypes.INT, required=True),
                    OpenApiParameter("year", OpenApiTypes.INT, description="default: this year")],
        responses=MaxInvoiceSerializer,
    )
    def get(self, request):
        member_id = query_int(request, "member", default=None, low=1, high=bounds.MAX_ID, required=True)
        year = query_year(request, today=timezone.localdate())
        member = object_or_404(Member.objects.all(), member_id)
        data = MaxInvoiceSerializer(services.max_invoice_for(member, year)).data
        log_access(request, action="view", obj=member, categories=(Category.LENDING,), channel="api")
        return Response(data)
