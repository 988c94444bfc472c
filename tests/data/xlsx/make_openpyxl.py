#!/usr/bin/python3
"""Writes the openpyxl fixtures of tests/data/xlsx from the seed's CSV set (examples/fengtai_2020/*.csv):
workbooks made by a writer that is not jixiao, committed with this script. Run once, by hand:

    /usr/bin/python3 tests/data/xlsx/make_openpyxl.py      (Debian python3-openpyxl)

  seed_flat_openpyxl.xlsx     the flat layout: sheets 项目, 指标, 测算依据 with the CSV columns; amounts and 序号
                              as numbers, dates as date cells, a title row above the 项目 header, a hidden
                              empty sheet.
  seed_form_openpyxl.xlsx     the 表样 layout: a 目录 and one sheet per table as the printed form, the 绩效指标
                              block with 三级指标/指标值/原文 columns under 一级/二级 labels merged down, amounts as
                              numbers with a 0.0000 format, dates as date cells, 测算依据 below the form.
  seed_printed_openpyxl.xlsx  the 表样 layout as the seed prints it: one text per 二级 row (a category's
                              wordings joined by "；"), no 三级 column.
"""
import csv
import datetime
import os
import sys
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "..", "examples", "fengtai_2020")


def read(name):
    with open(os.path.join(SEED, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


projects, indicators, cost_lines = read("projects.csv"), read("indicators.csv"), read("cost_lines.csv")
AMOUNT_HEADERS = {"以前年度项目资金总额", "以前年度区财政拨款", "以前年度市财政拨款", "以前年度自筹资金",
                  "本年度项目资金总额", "本年度区财政拨款", "本年度市财政拨款", "本年度自筹资金", "单价", "合计"}


def amount(text):
    # A float, as a spreadsheet holds it; the reader must recover the exact decimal by Excel's 15-digit rule.
    return float(Decimal(text))


def date(text):
    y, m, d = (int(x) for x in text.split("/"))
    return datetime.date(y, m, d)


def put(ws, r, c, v):
    """A cell; a text that starts with = (a 指标值 such as =2000名) stays text, not a formula."""
    cell = ws.cell(r, c, v)
    if isinstance(v, str) and v.startswith("="):
        cell.data_type = "s"
    return cell


def flat():
    wb = openpyxl.Workbook()
    for k, (title, rows) in enumerate([("项目", projects), ("指标", indicators), ("测算依据", cost_lines)]):
        ws = wb.active if k == 0 else wb.create_sheet(title)
        ws.title = title
        if title == "项目":
            ws.append(["北京市丰台区残疾人联合会 2020年度项目支出绩效目标表"])  # a title row above the header
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
        header = rows[0]
        ws.append(header)
        for row in rows[1:]:
            out = []
            for h, v in zip(header, row):
                if v == "":
                    out.append(None)
                elif h in AMOUNT_HEADERS or h in ("序号", "年度") or h.startswith("数量"):
                    out.append(amount(v) if "." in v else int(v))
                elif h in ("开始时间", "截止时间"):
                    out.append(date(v))
                else:
                    out.append(v)
            r = ws.max_row + 1
            for k, v in enumerate(out):
                if v is not None:
                    put(ws, r, k + 1, v)
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, datetime.date):
                    c.number_format = "yyyy/m/d"
                elif isinstance(c.value, float):
                    c.number_format = "0.0000"
    hidden = wb.create_sheet("备注")
    hidden.sheet_state = "hidden"
    wb.save(os.path.join(HERE, "seed_flat_openpyxl.xlsx"))


thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CATEGORIES = [("产出指标", ["产出数量指标", "产出质量指标", "产出进度指标", "产出成本指标"]),
              ("效益指标", ["经济效益指标", "社会效益指标", "环境效益指标", "可持续影响指标"]),
              ("满意度指标", ["服务对象满意度指标"])]


def form_sheet(ws, p, inds, lines, printed):
    col = {h: i for i, h in enumerate(projects[0])}
    g = lambda h: p[col[h]]
    ws.column_dimensions["A"].width = 12
    for c in "BCDEFGH":
        ws.column_dimensions[c].width = 18
    ws["A1"] = "项目支出绩效目标表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "(%s年度)" % g("年度")
    ws.merge_cells("A2:H2")
    ws["A3"] = "序号：%s" % g("序号")
    ws["G3"] = "单位：万元"
    ws.merge_cells("G3:H3")
    r = 4
    for label, key in [("项目名称", "项目名称"), ("项目申报单位", "项目申报单位"), ("项目实施单位", "项目实施单位")]:
        ws.cell(r, 1, label)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, g(key))
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        r += 1
    ws.cell(r, 1, "项目起止时间")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, "开始时间")
    ws.cell(r, 4, date(g("开始时间"))).number_format = "yyyy/m/d"
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 6, "截止时间")
    ws.cell(r, 7, date(g("截止时间"))).number_format = "yyyy/m/d"
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
    r += 1
    ws.cell(r, 1, "项目资金情况")
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 4, end_column=2)
    ws.cell(r, 5, "以前年度项目资\n金")  # wrapped as the printed form wraps it
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    ws.cell(r, 7, "本年度项目资金")
    ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
    for k, (label, stem) in enumerate([("项目资金总额", "项目资金总额"), ("其中：区财政拨款", "区财政拨款"),
                                       ("市财政拨款", "市财政拨款"), ("自筹资金", "自筹资金")]):
        rr = r + 1 + k
        ws.cell(rr, 3, label)
        ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=4)
        for c0, prefix in [(5, "以前年度"), (7, "本年度")]:
            v = g(prefix + stem)
            if v != "":
                ws.cell(rr, c0, amount(v)).number_format = "0.0000"
            ws.merge_cells(start_row=rr, start_column=c0, end_row=rr, end_column=c0 + 1)
    r += 5
    ws.cell(r, 1, "项目绩效目标")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, g("项目绩效目标"))
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
    r += 1
    block = r
    if not printed:
        ws.cell(r, 2, "一级指标")
        ws.cell(r, 3, "二级指标")
        ws.cell(r, 4, "三级指标")
        ws.cell(r, 5, "指标值")
        ws.cell(r, 6, "原文")
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
        r += 1
    for level1, labels in CATEGORIES:
        start1 = r
        for label in labels:
            mine = [i for i in inds if i[2] == label]
            start2 = r
            if printed:
                ws.cell(r, 3, label)
                text = "；".join(i[5] for i in mine)
                if text:
                    ws.cell(r, 4, text)
                ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
                r += 1
            else:
                ws.cell(r, 3, label)
                for i in mine or [None]:
                    if i is not None:
                        ws.cell(r, 4, i[3] or None)
                        put(ws, r, 5, i[4])
                        ws.cell(r, 6, i[5] or None)
                    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
                    r += 1
                if r - 1 > start2:
                    ws.merge_cells(start_row=start2, start_column=3, end_row=r - 1, end_column=3)
        if level1 != "满意度指标":  # the seed prints no 一级 label above 服务对象满意度指标
            ws.cell(start1, 2, level1)
        if r - 1 > start1:
            ws.merge_cells(start_row=start1, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(block, 1, "绩效指标")
    ws.merge_cells(start_row=block, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "其他说明的问题")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, g("其他说明的问题"))
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
    last = r
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=8):
        for c in row:
            if c.row > 3:
                c.border = BORDER
            c.alignment = WRAP
    if lines and not printed:
        r += 2
        ws.cell(r, 1, "测算依据")
        header = cost_lines[0][1:]
        for k, h in enumerate(header):
            ws.cell(r + 1, 1 + k, h)
        for n, line in enumerate(lines):
            for k, (h, v) in enumerate(zip(header, line[1:])):
                if v == "":
                    continue
                if h in ("单价", "合计"):
                    ws.cell(r + 2 + n, 1 + k, amount(v)).number_format = "0.0000"
                elif h.startswith("数量"):
                    ws.cell(r + 2 + n, 1 + k, int(v) if "." not in v else amount(v))
                else:
                    ws.cell(r + 2 + n, 1 + k, v)


def form(printed, name):
    wb = openpyxl.Workbook()
    toc = wb.active
    toc.title = "目录"
    toc["A1"] = "目录"
    toc["A2"] = "序号"
    toc["B2"] = "项目名称"
    for k, p in enumerate(projects[1:]):
        toc.cell(3 + k, 1, int(p[0]))
        toc.cell(3 + k, 2, p[2])
    for p in projects[1:]:
        seq = p[0]
        ws = wb.create_sheet("序号" + seq)
        form_sheet(ws, p, [i for i in indicators[1:] if i[0] == seq], [l for l in cost_lines[1:] if l[0] == seq],
                   printed)
    wb.save(os.path.join(HERE, name))


flat()
form(False, "seed_form_openpyxl.xlsx")
form(True, "seed_printed_openpyxl.xlsx")
print("wrote the openpyxl fixtures in", HERE, file=sys.stderr)
