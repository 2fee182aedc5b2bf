#!/usr/bin/env python3
"""Prints its arguments as one POSIX shell command line (for hyperfine, which runs commands with sh)."""
import shlex
import sys

print(" ".join(shlex.quote(a) for a in sys.argv[1:]))
