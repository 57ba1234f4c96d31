"""Entity resolution: mentions across papers → entities (match keys in ``keys``, the two-phase resolver in ``resolver``)."""

from kg.resolve.keys import entity_id, label_form, match_key, slug
from kg.resolve.resolver import Entity, EntityTable, Resolver, resolve

__all__ = ["Entity", "EntityTable", "Resolver", "entity_id", "label_form", "match_key", "resolve", "slug"]
