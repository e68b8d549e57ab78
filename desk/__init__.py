"""Desk: assisted digital service for the counters of South-West Flanders."""

__version__ = "0.1.0"
