from django.urls import path
from rest_framework.routers import SimpleRouter

from benefits.apis import BenefitViewSet, ClaimViewSet, FindingListApi, MemberBenefitUsageApi

router = SimpleRouter()
router.register("benefits", BenefitViewSet)
router.register("claims", ClaimViewSet)

urlpatterns = [
    path("members/<int:pk>/benefit-usage/", MemberBenefitUsageApi.as_view(), name="member-benefit-usage"),
    path("findings/", FindingListApi.as_view(), name="finding-list"),
    *router.urls,
]
