"""The members API (/api/v1/): households, members, payments and entitlement."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from core import bounds
from core.api import BoundedLookupMixin, query_date
from core.idempotency import IdempotentMixin
from core.months import Month
from core.privacy import AccessLoggedApiMixin, Category
from members import selectors, services
from members.models import Household, InsolvencyProcedure, Member, Payment, PaymentSource, PriorAffiliation
from members.serializers import (
    EntitlementSerializer,
    HouseholdSerializer,
    InsolvencyEndSerializer,
    InsolvencyProcedureInputSerializer,
    InsolvencyProcedureOutputSerializer,
    MemberInputSerializer,
    MemberOutputSerializer,
    PaymentInputSerializer,
    PaymentOutputSerializer,
    PriorAffiliationInputSerializer,
    PriorAffiliationOutputSerializer,
)


class CreatedId(serializers.Serializer):
    id = serializers.IntegerField()


class HouseholdViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    queryset = Household.objects.select_related("status").order_by("id")
    serializer_class = HouseholdSerializer
    access_categories = (Category.IDENTITY, Category.CONTRIBUTIONS, Category.ENTITLEMENT)

    def access_household_id(self, obj):
        return obj.pk

    def perform_create(self, serializer):
        serializer.instance = services.household_create(**serializer.validated_data)


class MemberViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
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
        parameters=[
            OpenApiParameter("on", OpenApiTypes.DATE, description="Event date; its month is judged. Default: today.")
        ],
        responses=EntitlementSerializer,
    )
    @action(detail=True, methods=["get"])
    def entitlement(self, request, pk=None):
        """Art. 8 entitlement for the event month of ``on``, computed now from the ledger. A member not
        affiliated in that month (Art. 6) gets the status ``not_affiliated`` with the reason."""
        member = self.get_object()
        today = timezone.localdate()
        on = query_date(
            request, "on", default=today, problem=lambda day: bounds.affiliation_date_problem(day, today=today)
        )
        result = selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(on), as_of=today)[member.pk]
        return Response(result.as_dict())


class PaymentViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
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


class MemberFactViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
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
    create=extend_schema(
        request=InsolvencyProcedureInputSerializer, responses={201: InsolvencyProcedureOutputSerializer}
    ),
)
class InsolvencyProcedureViewSet(MemberFactViewSet):
    """Collective debt settlements and bankruptcies (Art. 8 §3 2°, §4 2°): the contributions owed
    before the judgment count as paid; the months of the procedure must be paid."""

    queryset = InsolvencyProcedure.objects.all()
    serializer_class = InsolvencyProcedureOutputSerializer
    input_serializer = InsolvencyProcedureInputSerializer
    service = staticmethod(services.insolvency_procedure_record)

    @extend_schema(request=InsolvencyEndSerializer, responses=InsolvencyProcedureOutputSerializer)
    @action(detail=True, methods=["post"])
    def end(self, request, pk=None):
        """Record the day the procedure ended (needs the change permission)."""
        if not request.user.has_perm("members.change_insolvencyprocedure"):
            raise PermissionDenied
        procedure = self.get_object()
        serializer = InsolvencyEndSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        ended = services.insolvency_procedure_end(
            procedure=procedure, ended_on=serializer.validated_data["ended_on"], user=request.user
        )
        return Response(self.get_serializer(ended).data)


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


# --- Art. 42.3 exemptions, VT periods and hardship situations (health and social data) ----------

from drf_spectacular.utils import extend_schema_view  # noqa: E402
from rest_framework import exceptions  # noqa: E402

from core.api import object_or_404, query_int  # noqa: E402
from core.permissions import StrictModelPermissions  # noqa: E402
from core.privacy import log_access, sees  # noqa: E402
from members.models import ExemptionKind, HardshipSituation, IncreasedReimbursementPeriod  # noqa: E402
from members.serializers import (  # noqa: E402
    ExemptionCorrectionSerializer,
    ExemptionInputSerializer,
    ExemptionSerializer,
    HardshipCorrectionSerializer,
    HardshipInputSerializer,
    HardshipSerializer,
    PeriodEndSerializer,
    VTPeriodCorrectionSerializer,
    VTPeriodInputSerializer,
    VTPeriodSerializer,
)


class HealthFactsPermissions(StrictModelPermissions):
    """Exemptions (incapacity, disability allowance), VT status and hardship situations are health
    and social data (``core.privacy.Category.HEALTH``): only roles whose work needs them (clerks
    record them; managers and auditors read them), never the lending desk or the election bureau.
    On top of the model permission of the method, ``action_permissions`` names the one an action
    needs (ending or correcting a fact changes it)."""

    def has_permission(self, request, view):
        if not super().has_permission(request, view):
            return False
        needed = getattr(view, "action_permissions", {}).get(getattr(view, "action", None))
        if needed:
            opts = view.get_queryset().model._meta
            if not request.user.has_perm(f"{opts.app_label}.{needed}_{opts.model_name}"):
                return False
        return sees(request.user, Category.HEALTH)


def exemptions_of(member: Member) -> list[dict]:
    """The member's recorded Art. 42.3 exemption facts, as periods with their proof."""
    rows = []
    for kind in ExemptionKind:
        start, end, proof_date, proof = (getattr(member, field) for field in kind.fields)
        if start is not None:
            rows.append(
                {"kind": kind.value, "start": start, "end": end, "proof_date": proof_date, "proof_reference": proof}
            )
    return rows


_KIND_PARAMETER = OpenApiParameter(
    "kind", str, OpenApiParameter.PATH, enum=ExemptionKind.values, description="The Art. 42.3 exemption."
)
_MEMBER_PARAMETER = OpenApiParameter("id", int, OpenApiParameter.PATH, description="The member's id.")


@extend_schema(parameters=[_MEMBER_PARAMETER])
class MemberExemptionViewSet(IdempotentMixin, viewsets.GenericViewSet):
    """A member's Art. 42.3 contribution exemptions: recorded, corrected and ended with their proof.
    Each change re-prices the household's unpaid booked months and recomputes its status."""

    queryset = Member.objects.all()
    serializer_class = ExemptionSerializer
    permission_classes = [HealthFactsPermissions]
    pagination_class = None
    action_permissions = {"create": "change", "partial_update": "change", "end": "change"}

    def _member(self) -> Member:
        return object_or_404(Member.objects.all(), self.kwargs["id"])

    def _kind(self) -> ExemptionKind:
        if self.kwargs.get("kind") not in ExemptionKind.values:
            raise exceptions.NotFound()
        return ExemptionKind(self.kwargs["kind"])

    def _answer(self, member: Member, kind: ExemptionKind, status_code=status.HTTP_200_OK) -> Response:
        row = next((r for r in exemptions_of(member) if r["kind"] == kind.value), None)
        if row is None:
            raise exceptions.NotFound()
        return Response(ExemptionSerializer(row).data, status=status_code)

    @extend_schema(responses=ExemptionSerializer(many=True))
    def list(self, request, id=None):
        member = self._member()
        data = ExemptionSerializer(exemptions_of(member), many=True).data
        log_access(request, action="view", obj=member, categories=(Category.HEALTH,), channel="api")
        return Response(data)

    @extend_schema(request=ExemptionInputSerializer, responses={201: ExemptionSerializer})
    def create(self, request, id=None):
        """Record an exemption (one period per kind, Art. 42.3) with the date of its proof."""
        member = self._member()
        serializer = ExemptionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        member = services.exemption_record(member=member, **serializer.validated_data)
        return self._answer(member, ExemptionKind(serializer.validated_data["kind"]), status.HTTP_201_CREATED)

    @extend_schema(parameters=[_KIND_PARAMETER], responses=ExemptionSerializer)
    def retrieve(self, request, id=None, kind=None):
        member, kind = self._member(), self._kind()
        response = self._answer(member, kind)
        log_access(request, action="view", obj=member, categories=(Category.HEALTH,), channel="api")
        return response

    @extend_schema(parameters=[_KIND_PARAMETER], request=ExemptionCorrectionSerializer, responses=ExemptionSerializer)
    def partial_update(self, request, id=None, kind=None):
        """Correct a recorded exemption: its start, end, proof date or proof reference."""
        member, kind = self._member(), self._kind()
        serializer = ExemptionCorrectionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        member = services.exemption_correct(member=member, kind=kind, **serializer.validated_data)
        return self._answer(member, kind)

    @extend_schema(parameters=[_KIND_PARAMETER], request=PeriodEndSerializer, responses=ExemptionSerializer)
    def end(self, request, id=None, kind=None):
        """End a running exemption on its last day."""
        member, kind = self._member(), self._kind()
        serializer = PeriodEndSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        member = services.exemption_end(member=member, kind=kind, end=serializer.validated_data["end"])
        return self._answer(member, kind)


class RecordedPeriodViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """Periods recorded for a member with their proof: list (``?member=``), record, correct, end."""

    permission_classes = [HealthFactsPermissions]
    access_categories = (Category.IDENTITY, Category.HEALTH)
    action_permissions = {"partial_update": "change", "end": "change"}
    input_serializer_class: type[serializers.Serializer]
    correction_serializer_class: type[serializers.Serializer]

    def access_household_id(self, obj):
        return obj.member.household_id

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "list" and "member" in self.request.query_params:
            member = query_int(self.request, "member", default=0, low=1, high=bounds.MAX_ID)
            queryset = queryset.filter(member_id=member)
        return queryset

    def record(self, **data):
        raise NotImplementedError

    def correct(self, period, **changes):
        raise NotImplementedError

    def end_period(self, period, end):
        raise NotImplementedError

    def create(self, request):
        serializer = self.input_serializer_class(data=request.data)
        serializer.is_valid(raise_exception=True)
        period = self.record(**serializer.validated_data)
        return Response(self.serializer_class(period).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        period = self.get_object()
        serializer = self.correction_serializer_class(data=request.data)
        serializer.is_valid(raise_exception=True)
        return Response(self.serializer_class(self.correct(period, **serializer.validated_data)).data)

    @action(detail=True, methods=["post"])
    def end(self, request, pk=None):
        period = self.get_object()
        serializer = PeriodEndSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return Response(self.serializer_class(self.end_period(period, serializer.validated_data["end"])).data)


_MEMBER_FILTER = OpenApiParameter("member", OpenApiTypes.INT, description="Only the periods of this member.")


@extend_schema_view(
    list=extend_schema(parameters=[_MEMBER_FILTER]),
    create=extend_schema(
        request=VTPeriodInputSerializer,
        responses={201: VTPeriodSerializer},
        description="Record a VT (verhoogde tegemoetkoming) period with the date of its proof.",
    ),
    partial_update=extend_schema(
        request=VTPeriodCorrectionSerializer,
        responses=VTPeriodSerializer,
        description="Correct a VT period: start, end, proof date or reference.",
    ),
    end=extend_schema(
        request=PeriodEndSerializer,
        responses=VTPeriodSerializer,
        description="End a running VT period on its last day.",
    ),
)
class VTPeriodViewSet(RecordedPeriodViewSet):
    queryset = IncreasedReimbursementPeriod.objects.select_related("member").order_by("-id")
    serializer_class = VTPeriodSerializer
    input_serializer_class = VTPeriodInputSerializer
    correction_serializer_class = VTPeriodCorrectionSerializer

    def record(self, **data):
        return services.vt_period_record(**data)

    def correct(self, period, **changes):
        return services.vt_period_correct(period=period, **changes)

    def end_period(self, period, end):
        return services.vt_period_end(period=period, end=end)


@extend_schema_view(
    list=extend_schema(parameters=[_MEMBER_FILTER]),
    create=extend_schema(
        request=HardshipInputSerializer,
        responses={201: HardshipSerializer},
        description="Record a hardship situation (Art. 8 §4) with the date of its proof; "
        "the household's status is recomputed.",
    ),
    partial_update=extend_schema(
        request=HardshipCorrectionSerializer,
        responses=HardshipSerializer,
        description="Correct a hardship situation: kind, start, end, proof date or evidence.",
    ),
    end=extend_schema(
        request=PeriodEndSerializer,
        responses=HardshipSerializer,
        description="End a running hardship situation on its last day.",
    ),
)
class HardshipViewSet(RecordedPeriodViewSet):
    queryset = HardshipSituation.objects.select_related("member").order_by("-id")
    serializer_class = HardshipSerializer
    input_serializer_class = HardshipInputSerializer
    correction_serializer_class = HardshipCorrectionSerializer

    def record(self, **data):
        return services.hardship_record(**data)

    def correct(self, period, **changes):
        return services.hardship_correct(period=period, **changes)

    def end_period(self, period, end):
        return services.hardship_end(period=period, end=end)
