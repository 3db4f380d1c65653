#!/usr/bin/env python3
"""Runs commands taking turns and prints the mean wall time of each, in seconds, on one line.

usage: turns.py ROUNDS WARMUP COMMAND...   (each COMMAND one string, split as a shell splits a command line)

Taking turns, a machine that speeds up or slows down during the measurement changes every command alike, so the
ratios between them stay fair; one after the other, the commands would be measured minutes apart. The WARMUP
rounds are run and not counted."""
import shlex
import statistics
import subprocess
import sys
import time

rounds, warmup = int(sys.argv[1]), int(sys.argv[2])
commands = [shlex.split(command) for command in sys.argv[3:]]
times = [[] for _ in commands]
for round_number in range(warmup + rounds):
    for command, measured in zip(commands, times):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if round_number >= warmup:
            measured.append(time.perf_counter() - start)
print(*(statistics.mean(measured) for measured in times))
