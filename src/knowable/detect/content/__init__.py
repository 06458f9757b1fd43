"""Hosted content: indicators in listings, ad type, poster networks, platform-level signals."""
