#!/usr/bin/env python3
"""Row 9: the memory server (observer-tray --mcp) as Claude Code meets it, over
its pipes: start to `initialize` answered, `search` and `get_observations`
latency (request written -> answer line read), and the bytes a search ->
get_observations round trip for 3 ids returns against the SessionStart dump.
Prints tab-separated lines: METRIC <tab> value (ms or bytes), one per run."""
import json, os, subprocess, sys, time

app, data, project, word, reps = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
env = {"HOME": os.path.join(data, "home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
       "OBSERVER_TRAY_DATA_DIR": data, "CLAUDE_PROJECT_DIR": project}
INIT = {"jsonrpc": "2.0", "id": 0, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}}


def start():
    return subprocess.Popen([app, "--mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)


def ask(p, message):
    p.stdin.write((json.dumps(message) + "\n").encode())
    p.stdin.flush()
    t = time.perf_counter()
    line = p.stdout.readline()
    return (time.perf_counter() - t) * 1000, json.loads(line)


def call(p, i, name, arguments):
    ms, answer = ask(p, {"jsonrpc": "2.0", "id": i, "method": "tools/call",
                         "params": {"name": name, "arguments": arguments}})
    result = answer["result"]
    if result.get("isError"):
        sys.exit("mcp-bench: %s failed: %s" % (name, result["content"][0]["text"]))
    return ms, result["content"][0]["text"]


for _ in range(reps):  # a fresh process each time: exec, Qt, the first answer
    t = time.perf_counter()
    p = start()
    p.stdin.write((json.dumps(INIT) + "\n").encode())
    p.stdin.flush()
    p.stdout.readline()
    print("start_to_initialize\t%.3f" % ((time.perf_counter() - t) * 1000))
    p.stdin.close()
    p.wait()

p = start()
ask(p, INIT)
call(p, 1, "search", {"query": word})  # opens the database once, as the first call of a session does
search_text = ""
for i in range(reps):
    ms, search_text = call(p, 10 + i, "search", {"query": word})
    print("search_project\t%.3f" % ms)
for i in range(reps):
    ms, _ = call(p, 100 + i, "search", {"query": word, "project": "*"})
    print("search_all\t%.3f" % ms)
ids = []
for line in search_text.splitlines():
    if line.startswith("- #"):
        ids.append(int(line[3:].split()[0]))
ids = ids[:3]
get_text = ""
for i in range(reps):
    ms, get_text = call(p, 200 + i, "get_observations", {"ids": ids})
    print("get_observations_3\t%.3f" % ms)
p.stdin.close()
p.wait()
print("bytes_search\t%d" % len(search_text.encode()))
print("bytes_get_3\t%d" % len(get_text.encode()))

# What a session gets at start without asking: the SessionStart context.
event = {"session_id": "bench", "transcript_path": "/dev/null", "cwd": project, "hook_event_name": "SessionStart",
         "source": "startup"}
dump = subprocess.run([app, "--record-event", "session-start"], input=json.dumps(event).encode(),
                      stdout=subprocess.PIPE, env=env).stdout
print("bytes_session_start\t%d" % len(dump))
