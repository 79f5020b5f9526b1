"""The SEPA files checked against the official XSDs (the copies sepaxml ships, the same as
``bank/tests/xsd/``) with lxml, i.e. libxml2: a collection file of 20,000 direct debits validates in
about 0.2 s, where sepaxml's own check (xmlschema, pure Python) takes about 10 s."""

from __future__ import annotations

import functools
from pathlib import Path

from lxml import etree


@functools.cache
def _schema(name: str) -> etree.XMLSchema:
    import sepaxml

    path = Path(sepaxml.__file__).parent / "schemas" / f"{name}.xsd"
    return etree.XMLSchema(etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)))


def problem(xml: bytes, name: str) -> str | None:
    """Why ``xml`` is not a valid ``name`` (e.g. ``pain.008.001.08``) document, or ``None``."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        document = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        return str(exc)
    schema = _schema(name)
    if schema.validate(document):
        return None
    error = schema.error_log.last_error
    return f"line {error.line}: {error.message}" if error is not None else "invalid"
