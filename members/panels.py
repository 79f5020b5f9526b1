"""The member page's panel registry: the one admin extension point other apps use (issue #14: no app
imports another app's ``admin``; benefits, lending and elections append here, members.admin shows them)."""

from core.privacy import categories_for

#: Panels other apps add to the member page: (title, function(member) -> HTML, category). Benefits
#: shows what each benefit used this year (health), lending the maximum invoice; members does not
#: import them. A panel is shown only to roles that see its category (core.privacy).
MEMBER_PANELS: list = []


def member_panels_for(user):
    allowed = categories_for(user)
    return [(title, render) for title, render, category in MEMBER_PANELS if category in allowed]
