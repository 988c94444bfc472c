#!/usr/bin/env python3
"""Writes the seed's table set (examples/fengtai_2020/*.csv) repeated N times, for the table-set benchmark.

Usage: generate.py N OUTDIR    -> OUTDIR/projects.csv, indicators.csv, cost_lines.csv

Copy k (0-based) of the seed's table 序号 s gets 序号 k*100 + s, so every table stays unique and every
indicator and cost line stays with its table. Nothing else changes: the set has the seed's findings N times.
The files are UTF-8 with the seed's byte-order mark, as jixiao::write_csv writes them.
"""
import csv
import os
import sys

SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "fengtai_2020")


def main() -> int:
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        print("usage: generate.py N OUTDIR", file=sys.stderr)
        return 64
    copies, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in ("projects.csv", "indicators.csv", "cost_lines.csv"):
        with open(os.path.join(SEED, name), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        seq = header.index("序号")
        with open(os.path.join(out, name), "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            for k in range(copies):
                for row in body:
                    row = list(row)
                    row[seq] = str(k * 100 + int(row[seq]))
                    w.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
