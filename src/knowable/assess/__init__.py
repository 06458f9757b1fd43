"""Assessment: participation, benefit, policy, scores as of a date, knowable since."""
