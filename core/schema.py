"""OpenAPI (drf-spectacular) description of our own authentication classes."""

from drf_spectacular.authentication import SessionScheme


class OTPSessionScheme(SessionScheme):
    """``core.api_auth.OTPSessionAuthentication`` is Django's session cookie (plus the second
    factor for the roles that need one): the same ``cookieAuth`` scheme."""

    target_class = "core.api_auth.OTPSessionAuthentication"
