#!/usr/bin/env python3
"""Writes the seed's table set (examples/fengtai_2020/*.csv) the way a Chinese budget office's spreadsheet exports
it, with every habit the CSV reader accepts (README.md, CSV section), into this directory:

- GB18030 (what Excel's plain "CSV" writes on Chinese Windows), no byte order mark, CRLF;
- title rows above each header row (the form's title, its unit);
- merged cells: a 序号, 一级指标 or 二级指标 equal to the row above's is left blank;
- header aliases: 实施单位 for 项目实施单位, 年度指标值 for 指标值;
- amounts with ¥/￥, thousands separators (, and ，), in 元 with 角 and 分 (all whole 元: the seed has no 分);
- ≥N% targets written N%（含）以上.

The check.habits_same_output test runs jixiao_check on these files and on the seed's and expects the same output.
Run it again after changing the seed: python3 tests/data/habits/make.py
"""
import csv
import io
import pathlib
from decimal import Decimal

here = pathlib.Path(__file__).resolve().parent
seed = here.parent.parent.parent / "examples" / "fengtai_2020"


def read(name):
    with open(seed / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def grouped(d, places, sep=","):
    """d with `places` fraction digits and thousands separators."""
    whole, _, frac = f"{d:.{places}f}".partition(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ("-" if neg else "") + sep.join(groups) + ("." + frac if frac else "")


def write(name, titles, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    for t in titles:
        w.writerow(t)
    w.writerows(rows)
    (here / name).write_bytes(out.getvalue().encode("gb18030"))


# Projects: 实施单位; amounts in 万元 with ¥ and thousands separators, 本年度项目资金总额 in 元 with 分.
projects = read("projects.csv")
head = projects[0]
head[head.index("项目实施单位")] = "实施单位"
total_now = head.index("本年度项目资金总额")
head[total_now] = "本年度项目资金总额（元）"
amount_cols = [i for i, h in enumerate(head) if h.startswith(("以前年度", "本年度"))]
for k, row in enumerate(projects[1:]):
    for i in amount_cols:
        if row[i] == "":
            continue
        d = Decimal(row[i])
        if i == total_now:
            row[i] = grouped(d * 10000, 2)  # 5,184,000.00 元
        else:
            row[i] = ("¥" if k % 2 == 0 else "￥") + grouped(d, 4, "," if k % 3 else "，")
write("projects.csv", [["项目支出绩效目标表"], ["（2020年度）", "", "单位：万元"]], projects)

# Indicators: 年度指标值; merged 序号 / 一级指标 / 二级指标; ≥N% as N%（含）以上.
indicators = read("indicators.csv")
head = indicators[0]
head[head.index("指标值")] = "年度指标值"
target = head.index("年度指标值")
rows = []
above = None
for row in indicators[1:]:
    out = list(row)
    if above is not None:
        for i in range(3):  # 序号, 一级指标, 二级指标: blank while equal to the row above (a merged cell)
            if row[i] != above[i]:
                break
            out[i] = ""
    t = out[target]
    if t.startswith("≥") and t.endswith("%") and t[1:-1].replace(".", "", 1).isdigit():
        out[target] = t[1:] + "（含）以上"
    above = row
    rows.append(out)
write("indicators.csv", [["项目绩效目标表（绩效指标）"]], [head] + rows)

# Cost lines: merged 序号; 单价 in 元 with 分 and thousands separators, 合计 with ¥.
cost = read("cost_lines.csv")
head = cost[0]
price = head.index("单价")
total = head.index("合计")
head[price] = "单价（元）"
rows = []
above = None
for row in cost[1:]:
    out = list(row)
    if above is not None and row[0] == above[0]:
        out[0] = ""
    out[price] = grouped(Decimal(row[price]) * 10000, 2)
    if row[total] != "":
        out[total] = "¥" + grouped(Decimal(row[total]), 4)
    above = row
    rows.append(out)
write("cost_lines.csv", [["测算依据"], ["单位：元（单价）、万元（合计）"]], [head] + rows)
