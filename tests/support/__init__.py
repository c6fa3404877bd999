"""Helpers shared by the whole test suite: a real in-memory keyring, environment checks."""
