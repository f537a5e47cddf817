"""Per-source extraction components (sentences, mentions, dates, quantities, events)."""
