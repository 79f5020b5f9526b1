"""System checks of the project's own configuration (``manage.py check``, and before runserver,
migrate and the management commands), registered in ``CoreConfig.ready()``."""

from django.core.checks import Error

#: id and hint per kind of disagreement between ``core.nightly.NIGHTLY_ORDER`` and the registry
NIGHTLY_ORDER_ERRORS = {
    # a step an app registers and the list forgets would never run
    "unlisted": ("core.E001", "Add it to core.nightly.NIGHTLY_ORDER at its place in the chain."),
    # a listed step nobody registers stops the chain (core.nightly.steps refuses to run)
    "unregistered": (
        "core.E002",
        "Register it in its app's hooks.py (core.hooks.register_nightly_step), or take it out of NIGHTLY_ORDER.",
    ),
    # a step listed twice would run twice
    "twice": ("core.E003", "Keep one entry in core.nightly.NIGHTLY_ORDER."),
}


def nightly_order(app_configs=None, **kwargs) -> list[Error]:
    """Every registered nightly step is in ``NIGHTLY_ORDER``, and every listed step is registered."""
    from core import hooks, nightly

    errors = []
    for problem in nightly.order_problems(hooks.nightly_steps()):
        check_id, hint = NIGHTLY_ORDER_ERRORS[problem.kind]
        errors.append(Error(problem.message, hint=hint, obj=problem.name, id=check_id))
    return errors
