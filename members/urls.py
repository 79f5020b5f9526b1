from django.urls import path
from rest_framework.routers import SimpleRouter

from members.apis import (
    HouseholdViewSet,
    InsolvencyProcedureViewSet,
    MemberViewSet,
    PaymentViewSet,
    PriorAffiliationViewSet,
)

router = SimpleRouter()
router.register("households", HouseholdViewSet)
router.register("members", MemberViewSet)
router.register("payments", PaymentViewSet)
router.register("insolvency-procedures", InsolvencyProcedureViewSet)
router.register("prior-affiliations", PriorAffiliationViewSet)

# --- Art. 42.3 exemptions, VT periods and hardship situations ------------------------------------
from members.apis import HardshipViewSet, MemberExemptionViewSet, VTPeriodViewSet  # noqa: E402

router.register("vt-periods", VTPeriodViewSet)
router.register("hardship-situations", HardshipViewSet)
_exemptions = "members/<int:id>/exemptions/"
exemption_urls = [
    path(_exemptions, MemberExemptionViewSet.as_view({"get": "list", "post": "create"}), name="member-exemptions"),
    path(
        _exemptions + "<str:kind>/",
        MemberExemptionViewSet.as_view({"get": "retrieve", "patch": "partial_update"}),
        name="member-exemption",
    ),
    path(_exemptions + "<str:kind>/end/", MemberExemptionViewSet.as_view({"post": "end"}), name="member-exemption-end"),
]

urlpatterns = [*exemption_urls, *router.urls]
