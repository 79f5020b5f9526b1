from django.urls import path
from rest_framework.routers import SimpleRouter

from benefits.apis import BenefitViewSet, ClaimViewSet, MemberBenefitUsageApi

router = SimpleRouter()
router.register("benefits", BenefitViewSet)
router.register("claims", ClaimViewSet)

urlpatterns = [
    path("members/<int:pk>/benefit-usage/", MemberBenefitUsageApi.as_view(), name="member-benefit-usage"),
    *router.urls,
]
