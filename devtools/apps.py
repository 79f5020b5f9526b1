from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Developer tooling (the benchmarks' population generator): installed in dev and test
    settings only, never in production (``config/settings/production.py`` does not list it)."""

    name = "devtools"
    verbose_name = "Developer tools"
