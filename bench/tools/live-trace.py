#!/usr/bin/env python3
"""Writes a fixed, seeded live trace of one Claude Code session for bench row 7.

One user session as the hooks see it: a SessionStart, then TURNS turns (the
user's prompt, 3-25 tool calls seconds apart, Claude's Stop), the user reading
and typing between turns, and a SessionEnd. Every line is one hook run:

  {"at": SECONDS_FROM_START, "event": "post-tool-use", "payload": {...}}

The payload is what Claude Code writes to the hook's stdin, with tool inputs and
responses shaped and sized like real ones (a Read returns the numbered file, an
Edit echoes the whole original file, a Bash its output). The first line is
{"meta": {...}}: the seed and the totals. Same seed, same bytes: runs compare.

  live-trace.py [--turns 40] [--seed 7] [--min-tools 3] [--max-tools 25] > trace.jsonl

The committed traces (bench/traces/) were written with:
  live-trace.py | gzip -n > bench/traces/live-40turns.jsonl.gz
  live-trace.py --turns 3 --min-tools 3 --max-tools 6 --seed 3 > bench/traces/live-3turns.jsonl
"""
import argparse
import json
import random
import uuid

CWD = "/home/dev/pager-app"
HOME = "/home/dev"

FILES = ["src/pager/Pager.cpp", "src/pager/Pager.h", "src/pager/PageCache.cpp", "src/pager/PageCache.h",
         "src/store/Queue.cpp", "src/store/Queue.h", "src/ui/ListView.cpp", "src/ui/ListView.h",
         "src/net/Fetcher.cpp", "src/net/Fetcher.h", "tests/tst_pager.cpp", "tests/tst_queue.cpp",
         "CMakeLists.txt", "README.md", "docs/design.md", "src/main.cpp"]

SOURCE = [
    '#include "pager/Pager.h"', "", "#include <algorithm>", "", "namespace {",
    "// The last page is short: count what is left, not a full page.",
    "int pageCount(int rows, int perPage)", "{", "    return (rows + perPage - 1) / perPage;", "}",
    "} // namespace", "", "Pager::Pager(PageCache &cache, int perPage) : m_cache(cache), m_perPage(perPage) {}", "",
    "bool Pager::next()", "{", "    if (m_page + 1 >= pageCount(m_cache.rows(), m_perPage))", "        return false;",
    "    ++m_page;", "    m_cache.prefetch(m_page + 1);", "    emit pageChanged(m_page);", "    return true;", "}", "",
    "QList<Row> Pager::rowsOnPage() const", "{", "    const int first = m_page * m_perPage;",
    "    const int count = std::min(m_perPage, m_cache.rows() - first);", "    return m_cache.slice(first, count);", "}",
]

PROMPTS = [
    "The pager skips its last page when the row count is not a multiple of the page size. Find out why and fix it.",
    "Add a test for the short last page.", "Why is PageCache::prefetch called twice per page turn?",
    "Make the queue survive a crash while a batch is claimed.", "Run the tests and fix what fails.",
    "Rename Fetcher::get to Fetcher::fetchPage everywhere.", "Explain how ListView asks the pager for rows.",
    "The list flickers when the next page arrives; debounce the repaint.", "Update the README for the new page size option.",
    "Add a page size setting, default 50, range 10..500.", "Look at the CMake warnings and clean them up.",
    "Why does tst_queue time out on CI but not locally?", "Remember the last page per list across restarts.",
    "Move the page cache eviction into its own class.", "Check that the fetcher retries with backoff on 503.",
]

COMMANDS = ["cmake --build build --target pager tst_pager", "ctest --test-dir build -R tst_pager --output-on-failure",
            "ctest --test-dir build -R tst_queue --output-on-failure", "git status --short", "git diff --stat",
            "git log --oneline -5", "ls src/pager", "grep -rn prefetch src | head -20", "clang-format -i src/pager/*.cpp",
            "cmake --build build 2>&1 | tail -30"]


DESCRIPTIONS = {"cmake": "Build the project", "ctest": "Run the tests", "git": "Look at the working tree",
                "ls": "List the pager sources", "grep": "Find the callers", "clang-format": "Format the sources"}


def numbered(rng, lines, start=1):
    return "\n".join("%6d\t%s" % (start + i, SOURCE[(start + i) % len(SOURCE)]) for i in range(lines))


def plain(rng, lines):
    return "\n".join(SOURCE[rng.randrange(len(SOURCE))] for _ in range(lines))


def read(rng, n):
    path = "%s/%s" % (CWD, rng.choice(FILES))
    total = rng.randint(40, 420)
    tool_input = {"file_path": path}
    start, count = 1, total
    if total > 200 and rng.random() < 0.5:  # a long file is read in part
        start, count = rng.randint(1, total - 100), 100
        tool_input.update(offset=start, limit=count)
    content = numbered(rng, count, start)
    return tool_input, {"type": "text", "file": {"filePath": path, "content": content, "numLines": count,
                                                 "startLine": start, "totalLines": total}}


def edit(rng, n):
    path = "%s/%s" % (CWD, rng.choice(FILES[:12]))
    original = plain(rng, rng.randint(60, 300))
    old = "    return (rows + perPage - 1) / perPage; // edit %d" % n
    new = "    return rows == 0 ? 0 : (rows + perPage - 1) / perPage; // edit %d" % n
    patch = [{"oldStart": 9, "oldLines": 1, "newStart": 9, "newLines": 1, "lines": ["-" + old, "+" + new]}]
    return ({"file_path": path, "old_string": old, "new_string": new, "replace_all": False},
            {"filePath": path, "oldString": old, "newString": new, "originalFile": original,
             "structuredPatch": patch, "userModified": False, "replaceAll": False})


def bash(rng, n):
    cmd = rng.choice(COMMANDS)
    out = plain(rng, rng.randint(3, 120)) if "build" in cmd or "ctest" in cmd else plain(rng, rng.randint(1, 15))
    err = "" if rng.random() < 0.85 else "warning: unused variable 'first' [-Wunused-variable]"
    return ({"command": cmd, "description": DESCRIPTIONS[cmd.split()[0]]},
            {"stdout": out, "stderr": err, "interrupted": False, "isImage": False})


def grep(rng, n):
    pattern = rng.choice(["prefetch", "pageCount", "m_perPage", "claim\\(", "Fetcher::get", "TODO"])
    files = rng.sample(FILES, rng.randint(1, 8))
    if rng.random() < 0.5:
        return ({"pattern": pattern, "path": CWD + "/src", "output_mode": "files_with_matches"},
                {"mode": "files_with_matches", "filenames": files, "numFiles": len(files)})
    lines = ["%s:%d:%s" % (f, rng.randint(1, 300), SOURCE[rng.randrange(len(SOURCE))]) for f in files * 4]
    return ({"pattern": pattern, "path": CWD, "output_mode": "content", "-n": True},
            {"mode": "content", "numFiles": len(files), "filenames": [], "content": "\n".join(lines),
             "numLines": len(lines)})


def glob(rng, n):
    files = ["%s/%s" % (CWD, f) for f in rng.sample(FILES, rng.randint(2, 12))]
    return ({"pattern": "src/**/*.%s" % rng.choice(["cpp", "h"]), "path": CWD},
            {"filenames": files, "durationMs": rng.randint(3, 40), "numFiles": len(files), "truncated": False})


def write(rng, n):
    path = "%s/tests/tst_generated_%d.cpp" % (CWD, n)
    content = plain(rng, rng.randint(20, 140))
    return {"file_path": path, "content": content}, {"type": "create", "filePath": path, "content": content,
                                                     "structuredPatch": []}


# Weights as seen in real sessions: reading dominates, then shell and edits.
TOOLS = [("Read", read, 30), ("Bash", bash, 22), ("Edit", edit, 20), ("Grep", grep, 14), ("Glob", glob, 6),
         ("Write", write, 8)]


def make_trace(args):
    rng = random.Random(args.seed)
    session = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    base = {"session_id": session,
            "transcript_path": "%s/.claude/projects/%s/%s.jsonl" % (HOME, CWD.replace("/", "-"), session),
            "cwd": CWD}
    lines, t, n = [], 0.0, 0

    def add(event, name, **fields):
        lines.append({"at": round(t, 3), "event": event, "payload": dict(base, hook_event_name=name, **fields)})

    add("session-start", "SessionStart", source="startup")
    for turn in range(args.turns):
        t += rng.uniform(5, 20) if turn == 0 else rng.uniform(10, 60)  # reading, thinking, typing
        add("user-prompt-submit", "UserPromptSubmit", permission_mode="default", prompt=rng.choice(PROMPTS))
        t += rng.uniform(2, 6)
        for i in range(rng.randint(args.min_tools, args.max_tools)):
            if i:
                t += rng.uniform(1, 8)  # the model thinks, the tool runs
            name, make, _ = rng.choices(TOOLS, weights=[w for _, _, w in TOOLS])[0]
            n += 1
            tool_input, response = make(rng, n)
            add("post-tool-use", "PostToolUse", permission_mode="default", tool_name=name, tool_input=tool_input,
                tool_response=response, tool_use_id="toolu_01" + "%022x" % rng.getrandbits(88))
        t += rng.uniform(2, 10)
        add("stop", "Stop", permission_mode="default", stop_hook_active=False)
    t += rng.uniform(10, 60)
    add("session-end", "SessionEnd", reason="prompt_input_exit")
    meta = {"seed": args.seed, "turns": args.turns, "tool_events": n, "events": len(lines),
            "duration_s": round(t, 1), "session_id": session}
    return [{"meta": meta}] + lines


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--turns", type=int, default=40)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--min-tools", type=int, default=3)
    p.add_argument("--max-tools", type=int, default=25)
    args = p.parse_args()
    for line in make_trace(args):
        print(json.dumps(line, separators=(",", ":"), sort_keys=True))


if __name__ == "__main__":
    main()
