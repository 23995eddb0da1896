"""Stage 2: mentions + document context → aware instants (or "unresolved, because…")."""

from timeline.resolve.resolver import ResolveOptions, resolve_document

__all__ = ["ResolveOptions", "resolve_document"]
