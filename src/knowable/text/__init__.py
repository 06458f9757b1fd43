"""Text tools shared by sources and detectors: normalisation, matching, stemming."""
