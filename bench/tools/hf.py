#!/usr/bin/env python3
"""Reads a hyperfine --export-json file.

  hf.py FILE NAME times    -> every run's wall time in ms, one a line
  hf.py FILE NAME cpu      -> mean user+system CPU time per run in ms
  hf.py FILE NAME failures -> how many runs exited non-zero
"""
import json
import sys

path, name, what = sys.argv[1:4]
for r in json.load(open(path))["results"]:
    if r["command"] != name:
        continue
    if what == "times":
        for t in r["times"]:
            print("%.4f" % (t * 1000))
    elif what == "cpu":
        print("%.4f" % ((r["user"] + r["system"]) * 1000))
    elif what == "failures":
        print(sum(1 for c in r.get("exit_codes", []) if c != 0))
    break
else:
    sys.exit("no result named %r in %s" % (name, path))
