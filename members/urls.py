from rest_framework.routers import SimpleRouter

from members.apis import HouseholdViewSet, MemberViewSet, PaymentViewSet

router = SimpleRouter()
router.register("households", HouseholdViewSet)
router.register("members", MemberViewSet)
router.register("payments", PaymentViewSet)

urlpatterns = router.urls
