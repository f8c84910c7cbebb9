"""The bitext corpus stage on Dask: `cli.js corpus check --stdin` on every partition of a
line-aligned corpus, on the workers of a Dask cluster. See README.md (Dask section)."""

from .stage import StageError, StageOptions, run_stage

__all__ = ["StageError", "StageOptions", "run_stage"]
