"""Stateless calculators for the election bureau: assembly size (Art. 9), the count (Art. 20) and
the board count (Art. 32). Any authenticated user may check a count."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions
from rest_framework.response import Response
from rest_framework.views import APIView

from core import bounds
from core.api import query_int
from core.idempotency import IdempotentMixin
from elections import rules
from elections.serializers import (
    AssemblySizeSerializer,
    BoardCountInputSerializer,
    BoardCountOutputSerializer,
    CountInputSerializer,
    CountOutputSerializer,
)


class AssemblySizeApi(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "members", OpenApiTypes.INT, required=True, description="Titular members on 30 June of the year before."
            )
        ],
        responses=AssemblySizeSerializer,
    )
    def get(self, request):
        members = query_int(request, "members", default=None, low=0, high=bounds.MAX_COUNT, required=True)
        return Response({"seats": rules.assembly_size(members)})


class CountApi(IdempotentMixin, APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(request=CountInputSerializer, responses=CountOutputSerializer)
    def post(self, request):
        serializer = CountInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = rules.count(
            data["seats"],
            data["valid_ballots"],
            data["list_votes"],
            [(c["name"], c["name_votes"]) for c in data["candidates"]],
        )
        return Response(
            {
                "quorum": result.quorum,
                "pot": result.pot,
                "pot_left": result.pot_left,
                "results": [
                    {
                        "name": r.name,
                        "name_votes": r.name_votes,
                        "devolved": r.devolved,
                        "total": r.total,
                        "elected": r.elected,
                    }
                    for r in result.results
                ],
                "elected": result.elected,
            }
        )


class BoardCountApi(IdempotentMixin, APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(request=BoardCountInputSerializer, responses=BoardCountOutputSerializer)
    def post(self, request):
        serializer = BoardCountInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        candidates = [rules.BoardCandidate(c["name"], c["birth_date"], c["votes"]) for c in data["candidates"]]
        return Response({"elected": rules.board_count(data["seats"], candidates)})


# --- organs (issue #13): read-only lists of the General Assembly, its meetings, the board, the advisers --------

from rest_framework import viewsets  # noqa: E402

from core.api import BoundedLookupMixin  # noqa: E402
from core.privacy import AccessLoggedApiMixin, Category  # noqa: E402
from elections.models import Adviser, AssemblyMeeting, AssemblyMember, Director  # noqa: E402
from elections.serializers import (  # noqa: E402
    AdviserSerializer,
    AssemblyMeetingSerializer,
    AssemblyMemberSerializer,
    DirectorSerializer,
)


class AssemblyMemberViewSet(AccessLoggedApiMixin, BoundedLookupMixin, viewsets.ReadOnlyModelViewSet):
    """The members of the General Assembly (Art. 9, 25), with their mandates. Their names are members'
    identity: every read is in the access log (core.privacy)."""

    queryset = AssemblyMember.objects.select_related("member").order_by("pk")
    serializer_class = AssemblyMemberSerializer
    access_categories = (Category.IDENTITY,)

    def access_household_id(self, obj):
        return obj.member.household_id


class AssemblyMeetingViewSet(BoundedLookupMixin, viewsets.ReadOnlyModelViewSet):
    """The assembly's meetings (Art. 25, 25bis) with their agenda and decisions."""

    queryset = AssemblyMeeting.objects.prefetch_related("items").order_by("-date", "pk")
    serializer_class = AssemblyMeetingSerializer


class DirectorViewSet(BoundedLookupMixin, viewsets.ReadOnlyModelViewSet):
    """The board's directors (Art. 31–33), with how each mandate ended."""

    queryset = Director.objects.order_by("pk")
    serializer_class = DirectorSerializer


class AdviserViewSet(BoundedLookupMixin, viewsets.ReadOnlyModelViewSet):
    """The advisers of the assembly (Art. 24) and of the board (Art. 32)."""

    queryset = Adviser.objects.order_by("pk")
    serializer_class = AdviserSerializer
