"""Benchmarks: ``python -m benchmarks`` (``make bench``) runs every ``*_bench.py`` module here.

Timing lives here, never in the tests: a benchmark row compares the program's time with the
raw library work it cannot avoid, and says whether it meets its target.
"""
