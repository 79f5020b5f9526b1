from rest_framework.routers import SimpleRouter

from bank.apis import MandateViewSet, PayoutFileViewSet

router = SimpleRouter()
router.register("mandates", MandateViewSet)
router.register("payout-files", PayoutFileViewSet, basename="payoutfile")

urlpatterns = router.urls
