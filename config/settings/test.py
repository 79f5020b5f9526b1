"""Test settings: fast hashing, the same database/broker switches as base."""

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEBUG = False
LANGUAGE_CODE = "en"
