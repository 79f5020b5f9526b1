from django.urls import path
from rest_framework.routers import SimpleRouter

from lending.apis import ItemViewSet, MaxInvoiceApi, RentalViewSet

router = SimpleRouter()
router.register("lending/items", ItemViewSet)
router.register("lending/rentals", RentalViewSet)

urlpatterns = [path("lending/max-invoice/", MaxInvoiceApi.as_view(), name="lending-max-invoice"), *router.urls]
