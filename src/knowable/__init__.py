"""knowable: which of a provider's customers it knows, or should know, are engaged in grave crime."""

__version__ = "0.1.0"
