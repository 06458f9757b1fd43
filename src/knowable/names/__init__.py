"""Names: normalisation, candidate blocking and explainable scoring of entity names."""
