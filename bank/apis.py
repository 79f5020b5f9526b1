"""The bank API (/api/v1/): direct debit mandates."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response

from bank import selectors, services
from bank.serializers import (
    MandateCreatedSerializer,
    MandateInputSerializer,
    MandateSerializer,
    PayoutFileDetailSerializer,
    PayoutFileSerializer,
)
from core.api import BoundedLookupMixin
from core.idempotency import IdempotentMixin
from core.privacy import AccessLoggedApiMixin, Category


class MandateViewSet(
    IdempotentMixin,
    AccessLoggedApiMixin,
    BoundedLookupMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """SEPA direct debit mandates of the households (clerks register them; everyone who reads
    members' bank data reads them)."""

    queryset = selectors.mandate_list()
    serializer_class = MandateSerializer
    access_categories = (Category.IDENTITY, Category.BANK, Category.CONTRIBUTIONS)

    @extend_schema(request=MandateInputSerializer, responses={201: MandateCreatedSerializer})
    def create(self, request):
        serializer = MandateInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        mandate = services.mandate_create(
            household=data["household"],
            iban=data["iban"],
            debtor_name=data["debtor_name"],
            signed_on=data["signed_on"],
            reference=data.get("reference", ""),
            bic=data.get("bic", ""),
            frequency=data.get("frequency") or "monthly",
            user=request.user,
        )
        return Response(
            {"id": mandate.pk, "reference": mandate.reference, "status": mandate.status},
            status=status.HTTP_201_CREATED,
        )


class PayoutFileViewSet(
    AccessLoggedApiMixin, BoundedLookupMixin, mixins.RetrieveModelMixin, mixins.ListModelMixin, viewsets.GenericViewSet
):
    """The pain.001 payout files (issue #15) and, on a file's page, its transfers (paid, rejected with
    the bank's reason). Read-only: files are made by ``manage.py sepa_payouts`` or the admin."""

    queryset = selectors.payout_file_list()
    serializer_class = PayoutFileSerializer
    access_categories = (Category.IDENTITY, Category.BANK)

    def get_serializer_class(self):
        return PayoutFileDetailSerializer if self.action == "retrieve" else PayoutFileSerializer

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.prefetch_related("transfers") if self.action == "retrieve" else queryset
