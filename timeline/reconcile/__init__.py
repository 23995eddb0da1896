"""Stage 3: resolved mentions → ordered events and findings, per document and then
across documents."""

from timeline.reconcile.events import ReconcileOptions, build_events, order_events
from timeline.reconcile.sources import merge_sources

__all__ = ["ReconcileOptions", "build_events", "merge_sources", "order_events"]
