"""Structured-data extraction from Chinese pages about municipal quality programmes."""

__version__ = "0.1.0"
