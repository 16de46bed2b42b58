"""Training of the shipped German pipeline (never runs in CI or at install time)."""
