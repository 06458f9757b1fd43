"""The demo: a fictional provider's book of business and the story it tells."""
