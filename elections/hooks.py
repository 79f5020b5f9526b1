"""What the elections app brings to the project's hooks (``core.hooks``, found by autodiscovery)."""

from django.utils.translation import gettext_lazy as _

from core import hooks
from core.privacy import Category
from elections import demo, figures
from elections.admin import electoral_panel

hooks.register_demo(demo.seed)
hooks.register_member_panel(
    "elections.electoral", title=_("Elections"), render=electoral_panel, category=Category.ELECTORAL
)
hooks.register_figures("elections", figures.elections, years=figures.elections_years)
