"""The Footfall Processing provider: one module per algorithm."""
