from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView


class MeApi(APIView):
    """Who am I: the authenticated user and the roles (groups) that decide what it may do."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        responses=inline_serializer(
            "Me",
            {
                "username": serializers.CharField(),
                "roles": serializers.ListField(child=serializers.CharField()),
                "is_superuser": serializers.BooleanField(),
            },
        )
    )
    def get(self, request):
        user = request.user
        return Response(
            {
                "username": user.get_username(),
                "roles": sorted(user.groups.values_list("name", flat=True)),
                "is_superuser": user.is_superuser,
            }
        )
