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

urlpatterns = router.urls
