"""Demo data bundled with the package."""
