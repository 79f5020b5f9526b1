from django.urls import path
from rest_framework.routers import SimpleRouter

from elections.apis import (
    AdviserViewSet,
    AssemblyMeetingViewSet,
    AssemblyMemberViewSet,
    AssemblySizeApi,
    BoardCountApi,
    CountApi,
    DirectorViewSet,
)

router = SimpleRouter()
router.register("elections/assembly-members", AssemblyMemberViewSet)
router.register("elections/assembly-meetings", AssemblyMeetingViewSet)
router.register("elections/directors", DirectorViewSet)
router.register("elections/advisers", AdviserViewSet)

urlpatterns = [
    path("elections/assembly-size/", AssemblySizeApi.as_view(), name="elections-assembly-size"),
    path("elections/count/", CountApi.as_view(), name="elections-count"),
    path("elections/board-count/", BoardCountApi.as_view(), name="elections-board-count"),
    *router.urls,
]
