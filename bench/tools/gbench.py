#!/usr/bin/env python3
"""Google Benchmark JSON -> one line per benchmark: name, median, min, max, repetitions.

Figures are each repetition's mean real time per iteration, in the benchmark's
own time unit (the programs here use milliseconds).
"""
import json
import statistics
import sys

runs = {}
order = []
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    if b.get("run_type") != "iteration" or b.get("error_occurred"):
        continue
    name = b.get("run_name", b["name"])
    if name not in runs:
        order.append(name)
    runs.setdefault(name, []).append(b["real_time"])
for name in order:
    v = runs[name]
    print("%s\t%.6g\t%.6g\t%.6g\t%d" % (name, statistics.median(v), min(v), max(v), len(v)))
