"""Planner (分期规划): an offline planner for personal credit."""

__version__ = "0.1.0"
APP_ID = "io.github.planner.Planner"
APP_NAME = "Planner"
