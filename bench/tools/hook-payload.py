#!/usr/bin/env python3
"""Writes a realistic Claude Code hook payload (stdin JSON) for the benchmarks.

The same generator feeds our hook and the peer's, so both read the same bytes.
A PostToolUse payload carries a Read (or Bash) call whose tool_response is
padded with source-like lines until the whole JSON has --size bytes. Every
payload gets a fresh tool_use_id unless one is given: the peer drops repeats.

  hook-payload.py [--event post-tool-use|user-prompt-submit|session-start]
                  [--tool Read|Bash] [--size 10240] [--session-id ID]
                  [--cwd DIR] [--tool-use-id ID] [--count N --out-dir DIR]
"""
import argparse
import json
import os
import uuid

SOURCE_LINES = [
    '#include "ObservationStore.h"',
    "",
    "namespace {",
    "// Qt binds a null QString as SQL NULL; the columns are NOT NULL DEFAULT ''.",
    "QString text(const QString &s)",
    "{",
    "    return s.isNull() ? QStringLiteral(\"\") : s;",
    "}",
    "} // namespace",
    "",
    "std::optional<BatchResult> ObservationStore::storeBatch(const QList<Observation> &observations)",
    "{",
    "    if (!m_db.transaction()) {",
    "        *error = m_db.lastError().text();",
    "        return std::nullopt;",
    "    }",
    "    QSqlQuery q(m_db);",
    "    q.prepare(QStringLiteral(\"INSERT INTO observations(user_session_id, project, title) VALUES (?, ?, ?)\"));",
    "    for (const Observation &o : observations) {",
    "        q.addBindValue(text(o.userSessionId));",
    "        q.addBindValue(text(o.project));",
    "        q.addBindValue(text(o.title));",
    "        if (!q.exec())",
    "            return fail(q);",
    "    }",
    "    return result;",
    "}",
]


def numbered(n_lines_min, budget):
    """cat -n style file content, as Claude Code's Read returns it."""
    out, i = [], 0
    while True:
        line = "%6d\t%s" % (i + 1, SOURCE_LINES[i % len(SOURCE_LINES)])
        out.append(line)
        i += 1
        if sum(len(l) + 1 for l in out) >= budget and i >= n_lines_min:
            return "\n".join(out)


def payload(args, tool_use_id, session_id):
    base = {
        "session_id": session_id,
        "transcript_path": os.path.join(args.home, ".claude/projects",
                                        args.cwd.replace("/", "-").replace(".", "-"),
                                        session_id + ".jsonl"),
        "cwd": args.cwd,
        "permission_mode": "default",
    }
    if args.event == "session-start":
        return dict(base, hook_event_name="SessionStart", source="startup")
    if args.event == "user-prompt-submit":
        return dict(base, hook_event_name="UserPromptSubmit",
                    prompt="Why does the queue stall after a crash? Look at EventQueue::releaseClaims and fix it.")
    path = os.path.join(args.cwd, "app/core/store/ObservationStore.cpp")
    if args.tool == "Bash":
        tool_input = {"command": "cd %s && ctest --output-on-failure -R tst_eventqueue" % args.cwd,
                      "description": "Run the queue tests"}
        resp = lambda body: {"stdout": body, "stderr": "", "interrupted": False, "isImage": False}
    else:
        tool_input = {"file_path": path}
        resp = lambda body: {"type": "text", "file": {"filePath": path, "content": body,
                                                      "numLines": body.count("\n") + 1,
                                                      "startLine": 1, "totalLines": body.count("\n") + 1}}
    doc = dict(base, hook_event_name="PostToolUse", tool_name=args.tool, tool_input=tool_input,
               tool_response=resp(""), tool_use_id=tool_use_id)
    overhead = len(json.dumps(doc, separators=(",", ":")))
    # Grow the body until the encoded document reaches the requested size.
    budget = max(0, args.size - overhead)
    while True:
        body = numbered(1, budget)
        doc["tool_response"] = resp(body)
        encoded = json.dumps(doc, separators=(",", ":"))
        if len(encoded) >= args.size or budget > 10 * args.size:
            break
        budget += args.size - len(encoded)
    # Trim to the exact size (escapes make encoded bytes differ from raw ones).
    while len(encoded) > args.size:
        body = body[:len(body) - max(1, (len(encoded) - args.size) // 2)]
        doc["tool_response"] = resp(body)
        encoded = json.dumps(doc, separators=(",", ":"))
    doc["tool_response"] = resp(body + " " * (args.size - len(encoded)))
    return doc


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--event", default="post-tool-use",
                   choices=["post-tool-use", "user-prompt-submit", "session-start"])
    p.add_argument("--tool", default="Read", choices=["Read", "Bash"])
    p.add_argument("--size", type=int, default=10240)
    p.add_argument("--session-id", default="")
    p.add_argument("--tool-use-id", default="")
    p.add_argument("--cwd", default="/home/dev/observer-tray")
    p.add_argument("--home", default="/home/dev")
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--out-dir", default="")
    args = p.parse_args()
    session_id = args.session_id or str(uuid.uuid4())
    if args.out_dir:
        os.makedirs(args.out_dir, exist_ok=True)
    for i in range(args.count):
        tid = args.tool_use_id if (args.tool_use_id and args.count == 1) else "toolu_bench_" + uuid.uuid4().hex[:24]
        text = json.dumps(payload(args, tid, session_id), separators=(",", ":"))
        if args.out_dir:
            with open(os.path.join(args.out_dir, "payload-%06d.json" % i), "w") as f:
                f.write(text)
        else:
            print(text, end="")


if __name__ == "__main__":
    main()
