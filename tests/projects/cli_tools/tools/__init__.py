"""Shared helpers for the command-line scripts."""
