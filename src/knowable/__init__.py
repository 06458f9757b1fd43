"""knowable: which customers a provider knows, or should know, are engaged in grave crime."""

__version__ = "0.1.0"
