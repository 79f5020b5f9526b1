from django.urls import path
from rest_framework.routers import SimpleRouter

from lending.apis import CareFeeViewSet, IncontinenceSaleViewSet, ItemViewSet, MaxInvoiceApi, RentalViewSet

router = SimpleRouter()
router.register("lending/items", ItemViewSet)
router.register("lending/rentals", RentalViewSet)
router.register("lending/care-fees", CareFeeViewSet)
router.register("lending/incontinence-sales", IncontinenceSaleViewSet)

urlpatterns = [path("lending/max-invoice/", MaxInvoiceApi.as_view(), name="lending-max-invoice"), *router.urls]
