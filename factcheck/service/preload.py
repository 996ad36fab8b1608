"""Imported by the extraction workers' fork server (``service.workers._context``): loads what every worker
needs once, so the workers forked from it start ready."""

from factcheck.service.workers import preload

preload()
