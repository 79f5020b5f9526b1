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

    @extend_schema(parameters=[OpenApiParameter("members", OpenApiTypes.INT, required=True,
                                                description="Titular members on 30 June of the year before.")],
                   responses=AssemblySizeSerializer)
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
        result = rules.count(data["seats"], data["valid_ballots"], data["list_votes"],
                             [(c["name"], c["name_votes"]) for c in data["candidates"]])
        return Response({
            "quorum": result.quorum, "pot": result.pot, "pot_left": result.pot_left,
            "results": [{"name": r.name, "name_votes": r.name_votes, "devolved": r.devolved, "total": r.total,
                         "elected": r.elected} for r in result.results],
            "elected": result.elected,
        })


class BoardCountApi(IdempotentMixin, APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(request=BoardCountInputSerializer, responses=BoardCountOutputSerializer)
    def post(self, request):
        serializer = BoardCountInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        candidates = [rules.BoardCandidate(c["name"], c["birth_date"], c["votes"]) for c in data["candidates"]]
        return Response({"elected": rules.board_count(data["seats"], candidates)})
