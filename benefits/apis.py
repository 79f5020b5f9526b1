"""The benefits API: the catalogue, claims, and a member's usage."""

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from benefits import selectors, services
from benefits.models import Benefit, Claim, Finding
from benefits.serializers import (
    BenefitSerializer,
    ClaimInputSerializer,
    ClaimOutputSerializer,
    FindingSerializer,
    UsageSerializer,
)
from core.api import BoundedLookupMixin, object_or_404, query_int, query_year
from core.idempotency import IdempotentMixin
from core.permissions import StrictModelPermissions
from core.privacy import AccessLoggedApiMixin, Category, log_access, sees
from members.models import Member


class BenefitViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = Benefit.objects.filter(active=True).prefetch_related("versions__caps", "versions__benefit")
    serializer_class = BenefitSerializer
    lookup_field = "code"
    pagination_class = None

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "today": timezone.localdate()}


class ClaimViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    queryset = Claim.objects.select_related("benefit", "filed_on_set_by").order_by("-id")
    serializer_class = ClaimOutputSerializer
    access_categories = (Category.IDENTITY, Category.HEALTH)

    def access_household_id(self, obj):
        return obj.member.household_id

    @extend_schema(request=ClaimInputSerializer, responses={201: ClaimOutputSerializer})
    def create(self, request):
        """File a claim; it is judged at once. The response carries the decision and its reasons.

        The filing date is today (Art. 42.4), or ``received_on`` when a clerk files a document the
        fund received earlier."""
        serializer = ClaimInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        claim = services.claim_file(**data, recorded_by=request.user)
        return Response(ClaimOutputSerializer(claim).data, status=status.HTTP_201_CREATED)


class MemberBenefitUsageApi(APIView):
    """What a member has used of each benefit in a year, and what is left under its caps."""

    permission_classes = [StrictModelPermissions]
    queryset = Claim.objects.none()

    @extend_schema(
        parameters=[OpenApiParameter("year", OpenApiTypes.INT, description="Calendar year (default: this year).")],
        responses=UsageSerializer(many=True),
    )
    def get(self, request, pk):
        member = object_or_404(Member.objects.all(), pk)
        year = query_year(request, today=timezone.localdate())
        data = UsageSerializer(selectors.benefit_usage(member, year), many=True).data
        log_access(request, action="view", obj=member, categories=(Category.HEALTH,), channel="api")
        return Response(data)


class FindingListApi(APIView):
    """Issue #17: the rights a member (``?member=ID``) or a household (``?household=ID``) very likely has and
    did not claim, as the nightly scan found them: open, letter sent, claimed, dismissed or expired. Health
    data (which benefits a member could use): only for the roles that see it (core.privacy)."""

    permission_classes = [StrictModelPermissions]
    queryset = Finding.objects.none()

    @extend_schema(
        parameters=[
            OpenApiParameter("member", OpenApiTypes.INT, description="A member's id."),
            OpenApiParameter("household", OpenApiTypes.INT, description="A household's id."),
        ],
        responses=FindingSerializer(many=True),
    )
    def get(self, request):
        from rest_framework import exceptions

        if not sees(request.user, Category.HEALTH):
            raise exceptions.PermissionDenied()
        given = [name for name in ("member", "household") if request.query_params.get(name) not in (None, "")]
        if len(given) != 1:
            raise exceptions.ValidationError({"member": ["Give either member or household (one of them)."]})
        name = given[0]
        pk = query_int(request, name, default=None, low=1, high=2**63 - 1, required=True)
        rows = Finding.objects.filter(**{f"{name}_id": pk}).order_by("-first_found", "-id")
        data = FindingSerializer(rows, many=True).data
        household_id = (
            pk if name == "household" else Member.objects.filter(pk=pk).values_list("household_id", flat=True).first()
        )
        log_access(
            request,
            action="view",
            model=Finding,
            household_id=household_id,
            categories=(Category.IDENTITY, Category.HEALTH),
            channel="api",
            reason=f"findings of {name} {pk}",
        )
        return Response(data)
