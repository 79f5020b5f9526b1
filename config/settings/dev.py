"""Development: the default of ``manage.py``. Debug on, everything else from base."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
