"""Reusable widgets of the review desk."""
