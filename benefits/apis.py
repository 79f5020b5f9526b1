"""The benefits API: the catalogue, claims, and a member's usage."""

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from benefits import selectors, services
from benefits.models import Benefit, Claim
from benefits.serializers import BenefitSerializer, ClaimInputSerializer, ClaimOutputSerializer, UsageSerializer
from core.api import BoundedLookupMixin, object_or_404, query_year
from core.idempotency import IdempotentMixin
from core.permissions import StrictModelPermissions
from core.privacy import AccessLoggedApiMixin, Category, log_access
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
