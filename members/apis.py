"""The members API (/api/v1/): households, members, payments and entitlement."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core import bounds
from core.api import BoundedLookupMixin, query_date
from core.idempotency import IdempotentMixin
from core.privacy import AccessLoggedApiMixin, Category
from members import rules, selectors, services
from members.models import Household, InsolvencyProcedure, Member, Payment, PaymentSource, PriorAffiliation
from members.serializers import (
    EntitlementSerializer,
    InsolvencyProcedureInputSerializer,
    InsolvencyProcedureOutputSerializer,
    PriorAffiliationInputSerializer,
    PriorAffiliationOutputSerializer,
    HouseholdSerializer,
    MemberInputSerializer,
    MemberOutputSerializer,
    PaymentInputSerializer,
    PaymentOutputSerializer,
)


class CreatedId(serializers.Serializer):
    id = serializers.IntegerField()


class HouseholdViewSet(IdempotentMixin, AccessLoggedApiMixin, BoundedLookupMixin, mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Household.objects.select_related("status").order_by("id")
    serializer_class = HouseholdSerializer
    access_categories = (Category.IDENTITY, Category.CONTRIBUTIONS, Category.ENTITLEMENT)

    def access_household_id(self, obj):
        return obj.pk

    def perform_create(self, serializer):
        serializer.instance = services.household_create(**serializer.validated_data)


class MemberViewSet(IdempotentMixin, AccessLoggedApiMixin, BoundedLookupMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Member.objects.select_related("household__status").order_by("id")
    serializer_class = MemberOutputSerializer
    access_categories = (Category.IDENTITY, Category.NATIONAL_NUMBER, Category.ENTITLEMENT)

    @extend_schema(request=MemberInputSerializer, responses={201: CreatedId})
    def create(self, request):
        serializer = MemberInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        member = services.member_create(**serializer.validated_data)
        return Response({"id": member.pk}, status=status.HTTP_201_CREATED)

    @extend_schema(
        parameters=[OpenApiParameter("on", OpenApiTypes.DATE, description="Event date; its month is judged. Default: today.")],
        responses=EntitlementSerializer,
    )
    @action(detail=True, methods=["get"])
    def entitlement(self, request, pk=None):
        """Art. 8 entitlement for the event month of ``on``, computed now from the ledger."""
        member = self.get_object()
        today = timezone.localdate()
        on = query_date(request, "on", default=today, problem=lambda day: bounds.affiliation_date_problem(day, today=today))
        try:
            result = selectors.member_entitlement(member, on, today)
        except rules.NotAffiliated as exc:
            raise DjangoValidationError({"on": str(exc)}) from exc
        return Response(result.as_dict())


class PaymentViewSet(IdempotentMixin, AccessLoggedApiMixin, BoundedLookupMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Payment.objects.order_by("-id")
    serializer_class = PaymentOutputSerializer
    access_categories = (Category.CONTRIBUTIONS,)

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        rows = list(queryset) if page is None else page
        context = {**self.get_serializer_context(), "payment_months": selectors.payment_months(rows)}
        data = self.get_serializer_class()(rows, many=True, context=context).data
        return Response(data) if page is None else self.get_paginated_response(data)

    @extend_schema(request=PaymentInputSerializer, responses={201: PaymentOutputSerializer})
    def create(self, request):
        serializer = PaymentInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = services.payment_record(
            household=data["household"],
            amount=data["amount"],
            paid_on=data["paid_on"],
            months=data.get("months") or None,
            source=PaymentSource.API,
            bank_reference=data.get("bank_reference") or None,
            communication=data.get("communication", ""),
        )
        return Response(PaymentOutputSerializer(result.payment).data, status=status.HTTP_201_CREATED)


# --- Art. 8 §3 2° / §2 2° a–b: recorded facts (separate classes: merged beside the Art. 42.3 ones) ---


class MemberFactViewSet(IdempotentMixin, AccessLoggedApiMixin, BoundedLookupMixin, mixins.RetrieveModelMixin,
                        mixins.ListModelMixin, viewsets.GenericViewSet):
    """Facts a clerk records on a titular, read and written through one service each."""

    access_categories = (Category.IDENTITY, Category.CONTRIBUTIONS)
    input_serializer = None
    service = None

    def access_household_id(self, obj):
        return obj.member.household_id

    def get_queryset(self):
        queryset = super().get_queryset().select_related("member").order_by("id")
        member = self.request.query_params.get("member")
        if member is not None:
            if not bounds.is_id(member):
                raise DjangoValidationError({"member": "A member id (a whole number)."})
            queryset = queryset.filter(member_id=int(member))
        return queryset

    def create(self, request):
        serializer = self.input_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        created = type(self).service(**serializer.validated_data, user=request.user)
        return Response(self.get_serializer(created).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(parameters=[OpenApiParameter("member", OpenApiTypes.INT, description="Only this member's.")]),
    create=extend_schema(request=InsolvencyProcedureInputSerializer, responses={201: InsolvencyProcedureOutputSerializer}),
)
class InsolvencyProcedureViewSet(MemberFactViewSet):
    """Collective debt settlements and bankruptcies (Art. 8 §3 2°, §4 2°): the contributions owed
    before the judgment count as paid; the months of the procedure must be paid."""

    queryset = InsolvencyProcedure.objects.all()
    serializer_class = InsolvencyProcedureOutputSerializer
    input_serializer = InsolvencyProcedureInputSerializer
    service = staticmethod(services.insolvency_procedure_record)


@extend_schema_view(
    list=extend_schema(parameters=[OpenApiParameter("member", OpenApiTypes.INT, description="Only this member's.")]),
    create=extend_schema(request=PriorAffiliationInputSerializer, responses={201: PriorAffiliationOutputSerializer}),
)
class PriorAffiliationViewSet(MemberFactViewSet):
    """Months before the affiliation here (Art. 8 §2 2° a–b): at another Belgian fund, or nowhere."""

    queryset = PriorAffiliation.objects.all()
    serializer_class = PriorAffiliationOutputSerializer
    input_serializer = PriorAffiliationInputSerializer
    service = staticmethod(services.prior_affiliation_record)

