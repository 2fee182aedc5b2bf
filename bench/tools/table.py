#!/usr/bin/env python3
"""Turns the rows' TSV lines into the one table (Markdown) and writes latest.md.

  table.py RESULTS.tsv INFO.txt OUT.md
INFO.txt holds "key: value" lines (machine, versions, command, duration).
"""
import sys

HEAD = ["row", "metric", "unit", "median", "min", "max", "runs", "ours/theirs", "target", "met?"]


def main():
    results, info, out = sys.argv[1:4]
    rows = []
    for line in open(results, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        cells = line.split("\t")
        cells += ["-"] * (len(HEAD) - len(cells))
        rows.append(cells[: len(HEAD)])
    rows.sort(key=lambda c: (int(c[0]) if c[0].isdigit() else 99))
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(HEAD)]

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    table = [line(HEAD), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows]
    print("\n".join(table))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Observer Tray benchmarks\n\n")
        f.write("Written by `scripts/bench.sh`; see the README's section \"Benchmarks\" for what each row measures.\n\n")
        for l in open(info, encoding="utf-8"):
            l = l.rstrip("\n")
            if l:
                f.write("- " + l + "\n")
        f.write("\n" + "\n".join(table) + "\n")


if __name__ == "__main__":
    main()
