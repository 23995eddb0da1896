"""Stage 3: resolved mentions → ordered events and findings."""

from timeline.reconcile.events import build_events, order_events

__all__ = ["build_events", "order_events"]
