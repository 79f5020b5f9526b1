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
from core.privacy import AccessLoggedApiMixin, Category, log_access, sees
from lending import selectors, services
from lending.models import CareFee, IncontinenceSale, Item, MaxInvoiceRefund, Rental
from lending.serializers import (
    CareCancelInputSerializer,
    CareCancelSerializer,
    CareFeeInputSerializer,
    CareFeeSerializer,
    IncontinenceSaleInputSerializer,
    IncontinenceSaleSerializer,
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


class RentalViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
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
        return Response(
            RentalSerializer(Rental.objects.prefetch_related("charges").get(pk=rental.pk)).data,
            status=status.HTTP_201_CREATED,
        )

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
        parameters=[
            OpenApiParameter("member", OpenApiTypes.INT, required=True),
            OpenApiParameter("year", OpenApiTypes.INT, description="default: this year"),
        ],
        responses=MaxInvoiceSerializer,
    )
    def get(self, request):
        member_id = query_int(request, "member", default=None, low=1, high=bounds.MAX_ID, required=True)
        year = query_year(request, today=timezone.localdate())
        member = object_or_404(Member.objects.all(), member_id)
        data = MaxInvoiceSerializer(selectors.max_invoice_for(member, year)).data
        log_access(request, action="view", obj=member, categories=(Category.LENDING,), channel="api")
        return Response(data)


class HealthDataPermission(StrictModelPermissions):
    """Model permissions, and health data in the role's need-to-know (``core.privacy``): a sick-child
    babysitting says a child is ill."""

    def has_permission(self, request, view):
        return super().has_permission(request, view) and sees(request.user, Category.HEALTH)


class CareFeeViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """Art. 52: the €50 administrative cost of a sick-child babysitting ("bij oneigenlijk gebruik,
    overschrijding van de maximale duur (9 uur) en laattijdige annulering")."""

    queryset = CareFee.objects.select_related("claim__member").order_by("-id")
    serializer_class = CareFeeSerializer
    permission_classes = [HealthDataPermission]
    access_categories = (Category.IDENTITY, Category.HEALTH)

    def access_household_id(self, obj):
        return obj.claim.member.household_id

    @extend_schema(request=CareFeeInputSerializer, responses={201: CareFeeSerializer})
    def create(self, request):
        """Record improper use or an overrun: €50, once per booking (the same fact again returns it)."""
        serializer = CareFeeInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fee = services.care_fee_record(user=request.user, **serializer.validated_data)
        return Response(CareFeeSerializer(fee).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=CareCancelInputSerializer, responses=CareCancelSerializer)
    @action(detail=False, methods=["post"], url_path="cancel")
    def cancel(self, request):
        """The member cancels the babysitting; a cancellation less than 24 hours before the booked start
        is charged €50 at once (``late``: true, with the fee)."""
        serializer = CareCancelInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fee = services.care_booking_cancel(user=request.user, **serializer.validated_data)
        return Response(CareCancelSerializer({"late": fee is not None, "fee": fee}).data)


class IncontinenceSaleViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """Art. 54 (Thuiszorgwinkel): invoices of incontinence material and the fund's 10 % / 30 % discount."""

    queryset = IncontinenceSale.objects.select_related("member").order_by("-id")
    serializer_class = IncontinenceSaleSerializer
    access_categories = (Category.IDENTITY, Category.LENDING)

    def access_household_id(self, obj):
        return obj.member.household_id

    @extend_schema(request=IncontinenceSaleInputSerializer, responses={201: IncontinenceSaleSerializer})
    def create(self, request):
        serializer = IncontinenceSaleInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        sale = services.incontinence_sale_record(user=request.user, **serializer.validated_data)
        return Response(IncontinenceSaleSerializer(sale).data, status=status.HTTP_201_CREATED)
