from rest_framework.routers import SimpleRouter

from bank.apis import MandateViewSet

router = SimpleRouter()
router.register("mandates", MandateViewSet)

urlpatterns = router.urls
