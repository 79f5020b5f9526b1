from django.urls import path

from elections.apis import AssemblySizeApi, BoardCountApi, CountApi

urlpatterns = [
    path("elections/assembly-size/", AssemblySizeApi.as_view(), name="elections-assembly-size"),
    path("elections/count/", CountApi.as_view(), name="elections-count"),
    path("elections/board-count/", BoardCountApi.as_view(), name="elections-board-count"),
]
