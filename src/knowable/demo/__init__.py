"""The bundled fictional demo: a provider's book of business and the public record around it."""
