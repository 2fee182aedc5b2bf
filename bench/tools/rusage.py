#!/usr/bin/env python3
"""rusage.py OUT CMD [ARGS...]: runs CMD (stdin/stdout/stderr inherited) and
writes "wall_ms user_ms sys_ms maxrss_kb" to OUT.

GNU time prints CPU seconds with two decimals, too coarse for a process that
needs a few milliseconds; wait4() gives the same figures in microseconds, for
the process and every descendant it waited for (the whole hook tree)."""
import os
import sys
import time


def main():
    out, cmd = sys.argv[1], sys.argv[2:]
    start = time.perf_counter_ns()
    # posix_spawn (vfork underneath): a fork() of this Python would bill its
    # copy-on-write faults, ~1 ms, to the child.
    pid = os.posix_spawnp(cmd[0], cmd, os.environ)
    _, status, ru = os.wait4(pid, 0)
    wall_ms = (time.perf_counter_ns() - start) / 1e6
    with open(out, "w") as f:
        f.write(f"{wall_ms:.3f} {ru.ru_utime * 1000:.3f} {ru.ru_stime * 1000:.3f} {ru.ru_maxrss}\n")
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
