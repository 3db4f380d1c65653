#!/usr/bin/env python3
"""Splits the corpus into two halves of about equal one-thread analysis time and prints them, one line each.

usage: halves.py ACRLINT CORPUS

The best a design with two worker processes could do: each process analyses half of the folders, with nothing to
send back. The units are folders: a folder holding more than a sixth of the corpus's bytes is split into its
children (a file beside them is a unit of its own). Each unit is timed once with --jobs 1; the run time of an empty folder (start-up, rules) is subtracted,
and the units are dealt largest first to the half with less time so far."""
import os
import subprocess
import sys
import tempfile
import time

acrlint, corpus = sys.argv[1], sys.argv[2]


def size(path):
    return sum(os.path.getsize(os.path.join(folder, name)) for folder, _, names in os.walk(path) for name in names)


def units(path, limit):
    for name in sorted(os.listdir(path)):
        child = os.path.join(path, name)
        yield from units(child, limit) if os.path.isdir(child) and size(child) > limit else [child]


def seconds(*paths):
    start = time.perf_counter()
    subprocess.run([acrlint, *paths, "--root", corpus, "--format", "sarif", "--output", "/dev/null", "--fail-on", "never", "--jobs", "1"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


with tempfile.TemporaryDirectory() as empty:
    fixed = min(seconds(empty) for _ in range(3))
timed = sorted(((seconds(unit) - fixed, unit) for unit in units(corpus, size(corpus) / 6)), reverse=True)
halves = ([], [])
totals = [0.0, 0.0]
for cost, unit in timed:
    lighter = 0 if totals[0] <= totals[1] else 1
    halves[lighter].append(unit)
    totals[lighter] += cost
for half in halves:
    print(" ".join(half))
