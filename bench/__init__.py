"""Benchmarks, run by hand (bench/README.md). Nothing of the site imports this package."""
