#!/usr/bin/env python3
"""The table-set baseline: what an analyst writes instead of jixiao_check, with Python's csv and decimal.

Usage: baseline.py DIR    (DIR holds projects.csv, indicators.csv and cost_lines.csv in jixiao's layout)

It reads the three files, keeps every row, and does the work jixiao_check's totals need:
- every amount cell as an exact Decimal; a blank source cell is zero;
- per table, 以前年度 and 本年度: the sources sum to the column's 总额 (count the tables where they do not);
- per table, the cost lines' 合计 (or 单价 × the 数量 given, where 合计 is blank) summed, and compared with 本年度项目资金总额 (count above / below);
- every indicator and cost line belongs to a known 序号 (count the ones that do not);
- totals of the eight amount columns over the set, and 本年度项目资金总额 by 项目实施单位.
It prints those figures, so the run can be compared with jixiao_check's own totals.
"""
import csv
import sys
from collections import defaultdict
from decimal import Decimal

COLUMNS = ("以前年度", "本年度")
SOURCES = ("区财政拨款", "市财政拨款", "自筹资金")


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader)


def amount(cell):
    return Decimal(cell) if cell.strip() else Decimal(0)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: baseline.py DIR", file=sys.stderr)
        return 64
    d = sys.argv[1]
    projects = rows(f"{d}/projects.csv")
    indicators = rows(f"{d}/indicators.csv")
    cost_lines = rows(f"{d}/cost_lines.csv")

    totals = defaultdict(Decimal)
    by_unit = defaultdict(Decimal)
    current_total = {}
    sources_mismatch = 0
    for p in projects:
        for col in COLUMNS:
            total = amount(p[f"{col}项目资金总额"])
            parts = [amount(p[f"{col}{s}"]) for s in SOURCES]
            totals[f"{col}项目资金总额"] += total
            for s, v in zip(SOURCES, parts):
                totals[f"{col}{s}"] += v
            if sum(parts) != total:
                sources_mismatch += 1
        current = amount(p["本年度项目资金总额"])
        current_total[p["序号"]] = current
        by_unit[p["项目实施单位"]] += current

    basis = defaultdict(Decimal)
    orphans = 0
    for c in cost_lines:
        if c["序号"] not in current_total:
            orphans += 1
        if c["合计"].strip():
            line = amount(c["合计"])
        else:  # 单价 × 数量1 × … × 数量4, the quantities written
            line = amount(c["单价"])
            for q in ("数量1", "数量2", "数量3", "数量4"):
                if c[q].strip():
                    line *= Decimal(c[q])
        basis[c["序号"]] += line
    above = sum(1 for s, b in basis.items() if s in current_total and b > current_total[s])
    below = sum(1 for s, b in basis.items() if s in current_total and b < current_total[s])

    per_table = defaultdict(int)
    for i in indicators:
        if i["序号"] not in current_total:
            orphans += 1
        per_table[i["序号"]] += 1

    print(f"tables {len(projects)}, indicators {len(indicators)}, cost lines {len(cost_lines)}")
    print(f"sources not summing to 总额: {sources_mismatch}; cost basis above 本年度: {above}, below: {below}; "
          f"rows without a table: {orphans}")
    for k in sorted(totals):
        print(f"{k} {totals[k]:.4f}")
    print(f"units {len(by_unit)}")
    for unit in sorted(by_unit):
        print(f"{unit} {by_unit[unit]:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
