#!/usr/bin/env python3
"""hook-latency.py --hook HOOK --receipts FILE --tray-pid PID [--runs N]: row 3's
latency half. With the tray running (its environment is the caller's), runs
the hook N times, one PostToolUse event at a time, each carrying a marker
"latmark-I" in its tool input; takes CLOCK_REALTIME right after the hook
process is reaped, then waits for ot-instant-observer to write the receipt of
that marker (its own CLOCK_REALTIME the moment it read the message).

Prints one line per event, "I LATENCY_MS NEW_OBSERVER", where LATENCY_MS is
receipt minus hook exit (negative when the observer had the event before this
script saw the hook exit: the hook wakes the tray before it returns), and
NEW_OBSERVER is 1 when no observer was running for the session (a process
start is part of that figure). Waiting here polls the receipts file; the
figure comes from the two clocks, so the poll interval does not enter it."""
import argparse
import json
import os
import subprocess
import sys
import time


def payload(i, session_id):
    return json.dumps({
        "session_id": session_id,
        "transcript_path": "/home/dev/.claude/projects/-home-dev-observer-tray/%s.jsonl" % session_id,
        "cwd": "/home/dev/observer-tray",
        "permission_mode": "default",
        "hook_event_name": "PostToolUse",
        "tool_name": "Bash",
        "tool_input": {"command": "echo latmark-%d" % i, "description": "marker"},
        "tool_response": {"stdout": "latmark-%d\n" % i + "x" * 2000, "stderr": "", "interrupted": False},
        "tool_use_id": "toolu_latency_%06d" % i,
    }).encode()


def receipts(path, offset):
    """New complete receipt lines from offset: ([(ns, [markers])], new offset)."""
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            data = f.read()
    except FileNotFoundError:
        return [], offset
    end = data.rfind(b"\n") + 1
    out = []
    for line in data[:end].decode().splitlines():
        parts = line.split()
        if parts:
            out.append((int(parts[0]), parts[1:]))
    return out, offset + end


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--hook", required=True)
    p.add_argument("--receipts", required=True)
    p.add_argument("--tray-pid", type=int, required=True)
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--timeout", type=float, default=10.0)
    args = p.parse_args()
    session_id = "00000000-0000-4000-8000-0000000001a7"
    offset = 0
    for i in range(args.runs):
        # A new observer starts when the last one was rolled over or retired.
        new_observer = int(subprocess.run(["pgrep", "-x", "-P", str(args.tray_pid), "claude"],
                                          capture_output=True).returncode != 0)
        # stdin from a file, posix_spawn and wait4: the clock is read as soon
        # as the hook is reaped, with no pipes to drain first.
        path = os.path.join(os.path.dirname(args.receipts), "payload.json")
        with open(path, "wb") as f:
            f.write(payload(i, session_id))
        fd = os.open(path, os.O_RDONLY)
        pid = os.posix_spawn(args.hook, [args.hook, "post-tool-use"], os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, fd, 0)])
        _, status, _ = os.wait4(pid, 0)
        exited = time.clock_gettime_ns(time.CLOCK_REALTIME)
        os.close(fd)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit("the hook failed (exit %d)" % os.waitstatus_to_exitcode(status))
        marker = "latmark-%d" % i
        deadline = time.monotonic() + args.timeout
        got = None
        while got is None:
            lines, offset = receipts(args.receipts, offset)
            for ns, markers in lines:
                if marker in markers:
                    got = ns
            if got is None:
                if time.monotonic() > deadline:
                    sys.exit("the observer never received %s (is the tray running and signed in?)" % marker)
                time.sleep(0.0005)
        print("%d %.3f %d" % (i, (got - exited) / 1e6, new_observer), flush=True)
        # Let the answer be stored before the next event, as between two tool
        # calls: the figure is one event's path, not a backlog's.
        time.sleep(0.02)


if __name__ == "__main__":
    main()
