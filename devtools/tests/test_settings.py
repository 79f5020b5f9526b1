"""The developer tools are installed in dev and test settings, never in production."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "ci-" + "x7#Kp2$vQ9!mZ4&wL8^nR3*tY6@bH1%d" * 2,
    "DJANGO_ALLOWED_HOSTS": "backoffice.example.be",
}


def _run(code_or_args: list[str], module: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **PRODUCTION, "DJANGO_SETTINGS_MODULE": module}
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_tests_run_with_the_devtools():
    assert "devtools" in settings.INSTALLED_APPS


def test_dev_settings_install_the_devtools_and_production_does_not():
    show = [
        "-c",
        "import django; django.setup(); from django.conf import settings; "
        "print('devtools' in settings.INSTALLED_APPS, 'members' in settings.INSTALLED_APPS)",
    ]
    assert _run(show, "config.settings.dev").stdout.split() == ["True", "True"]
    production = _run(show, "config.settings.production")
    assert production.stdout.split() == ["False", "True"], production.stderr


def test_production_has_no_generate_population_command():
    result = _run(["manage.py", "generate_population", "--households", "1"], "config.settings.production")
    assert result.returncode != 0
    assert "Unknown command: 'generate_population'" in result.stderr
    listed = _run(["manage.py", "help", "--commands"], "config.settings.production")
    assert listed.returncode == 0 and "seed_demo" in listed.stdout.split()
    assert "generate_population" not in listed.stdout.split()
