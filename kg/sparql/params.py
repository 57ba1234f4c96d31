"""Query parameters: values bound to a query's variables (``kg query --param``, ``kg serve``'s ``$name=``).

A value is an RDF term (:func:`parse_term`), never text pasted into the query: it replaces its
variable everywhere (SPARQL SEP-0007), and the variable must be in the SELECT's projection.

Names are looked up by match key (``kg:matchKey``, docs/rdf-model.md). A ``name`` parameter
therefore also binds ``?key`` to the name's match key, computed here by the resolver's own
function (:func:`kg.resolve.keys.match_key`), when the query has a ``?key`` variable and no
``key`` parameter is given. Likewise a ``dataset`` or ``metric`` parameter binds ``?datasetWord``
or ``?metricWord`` to its longest word, which the store's summary indexes on each leaderboard's
best results (``kg:datasetWord``, ``kg:metricWord``). A key bound as a constant is an index
lookup; one computed inside SPARQL (``REPLACE(LCASE(?name), …)``) makes Oxigraph scan every key.

This module imports only pyoxigraph and light parts of ``kg``, so that ``kg serve``'s worker
processes start fast.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import KgUsageError, safe_text
from kg.resolve.keys import match_key, name_words
from kg.sparql.worker import term, variables

Term = ox.NamedNode | ox.Literal


class QueryError(KgUsageError):
    """A query, parameter or graph that cannot be used, with a message for people."""


def parse_term(value: str) -> Term:
    """A parameter value as an RDF term: ``<iri>``, an N-Triples literal (``"5"^^<...#integer>``,
    ``"chat"@fr``), or otherwise the text itself as a plain string literal."""
    if value.startswith('"') or (value.startswith("<") and value.endswith(">")):
        try:
            return term(value)
        except ValueError as error:
            raise QueryError(f"not an IRI or N-Triples literal: {safe_text(value, 80)}") from error
    return ox.Literal(value)


def parse_params(pairs: list[str] | tuple[str, ...]) -> dict[str, Term]:
    """``["name=value", ...]`` as ``{variable: term}`` (see :func:`parse_term`)."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise QueryError(f"--param takes NAME=VALUE, not {safe_text(pair, 80)!r}")
        try:
            ox.Variable(name)
        except ValueError as error:
            raise QueryError(f"not a SPARQL variable name: {safe_text(name, 80)!r}") from error
        params[name] = parse_term(value)
    return params


def name_key(sparql: str, params: dict[str, object]) -> str | None:
    """The match key to bind to ``?key``: that of the ``name`` parameter, when ``sparql`` has a
    ``?key`` variable and no ``key`` parameter is given; otherwise None.

    >>> name_key("SELECT ?name ?key WHERE { ?m kg:matchKey ?key }", {"name": "LLaMA-2 models"})
    'llama2'
    >>> name_key("SELECT ?name WHERE { ?m rdfs:label ?name }", {"name": "LLaMA-2"}) is None
    True
    """
    name = params.get("name")
    if name is None or "key" in params or "key" not in variables(sparql):
        return None
    return match_key(_text(name))


def board_words(sparql: str, params: dict[str, object]) -> dict[str, str]:
    """``{"datasetWord": …, "metricWord": …}``: the longest word of the ``dataset`` and ``metric``
    parameters, for the query's variables of those names that no parameter binds.

    >>> board_words("SELECT ?dataset ?datasetWord WHERE {}", {"dataset": "ImageNet 64x64"})
    {'datasetWord': 'imagenet'}
    """
    words = {}
    for param in ("dataset", "metric"):
        value, variable = params.get(param), f"{param}Word"
        if value is None or variable in params or variable not in variables(sparql):
            continue
        found = name_words(_text(value))
        if found:
            words[variable] = max(found, key=len)
    return words


def _text(value: object) -> str:
    """A parameter's text: a term's value, or the string itself (rdflib callers pass plain strings)."""
    return value.value if isinstance(value, (ox.Literal, ox.NamedNode)) else str(value)


def with_name_key(sparql: str, params: dict[str, Term]) -> dict[str, Term]:
    """``params`` with ``key`` bound as :func:`name_key` says, and the board words of :func:`board_words`."""
    key = name_key(sparql, params)
    bound = params if key is None else {**params, "key": ox.Literal(key)}
    words = board_words(sparql, params)
    return {**bound, **{name: ox.Literal(word) for name, word in words.items()}} if words else bound


def substitutions(sparql: str, params: dict[str, Term] | None) -> dict[ox.Variable, Term] | None:
    """pyoxigraph's ``substitutions`` for ``params`` (with the name's key), or None when there are none."""
    bound = with_name_key(sparql, params or {})
    return {ox.Variable(name): term for name, term in bound.items()} or None
