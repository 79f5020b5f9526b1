"""Migration tests' helpers: move one app to a migration with every other app at its newest, and put the
whole database back at the newest migrations afterwards (the tests after them expect it, and a later
migration of any app must not leave a mixed forwards/backwards plan for the next migration test)."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets: list[tuple[str, str]]):
    """The apps named in ``targets`` to those migrations, the others to their newest; the historical apps."""
    executor = MigrationExecutor(connection)
    named = {app for app, _name in targets}
    plan = targets + [node for node in executor.loader.graph.leaf_nodes() if node[0] not in named]
    executor.migrate(plan)
    return executor.loader.project_state(plan).apps


def migrate_to_latest() -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
