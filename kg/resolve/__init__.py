"""Entity resolution: mentions across papers → entities (match keys in ``keys``, the two-phase resolver in ``resolver``).

The resolver's names are imported on first use, so that ``kg.resolve.keys`` (which query
parameters use for match keys) loads without the resolver's dependencies.
"""

from __future__ import annotations

import importlib

from kg.resolve.keys import entity_id, label_form, match_key, slug

_RESOLVER = ("Entity", "EntityTable", "Resolver", "resolve")


def __getattr__(name: str):
    if name in _RESOLVER:
        value = getattr(importlib.import_module("kg.resolve.resolver"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg.resolve' has no attribute {name!r}")


__all__ = ["Entity", "EntityTable", "Resolver", "entity_id", "label_form", "match_key", "resolve", "slug"]
