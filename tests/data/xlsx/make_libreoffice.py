#!/usr/bin/python3
"""Writes the LibreOffice fixtures of tests/data/xlsx: workbooks saved by LibreOffice Calc (Debian
libreoffice-calc-nogui, `soffice --headless --convert-to xlsx`), committed with this script. Run once, by hand,
after make_openpyxl.py:

    /usr/bin/python3 tests/data/xlsx/make_libreoffice.py

  seed_projects_libreoffice.xlsx, seed_indicators_libreoffice.xlsx, seed_cost_lines_libreoffice.xlsx
      the seed's three CSV files (examples/fengtai_2020/*.csv) opened in Calc and saved as .xlsx, one workbook
      each (the flat layout): numbers and dates as Calc reads them (0.0000 becomes the number 0, 2020/1/1 a date),
      text columns kept as text (so that =2000名 stays a 指标值, not a formula); Calc's shared strings and styles.
  seed_form_libreoffice.xlsx, seed_printed_libreoffice.xlsx
      the openpyxl 表样 workbooks (make_openpyxl.py) opened in Calc and saved again: the same forms as Calc writes
      them (shared strings, its own number formats, merged ranges).
The test command never runs this: the tests read the committed files.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "..", "examples", "fengtai_2020")

# CSV import options: comma, double quote, UTF-8 (76), from line 1, then each column's type
# (1 standard, 2 text, 5 date Y/M/D).
COLUMNS = {
    "projects.csv": [1, 1, 2, 2, 2, 5, 5, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2],
    "indicators.csv": [1, 2, 2, 2, 2, 2, 2, 1],
    "cost_lines.csv": [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 2],
}


def soffice(args, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outdir] + args,
                   check=True, stdout=subprocess.DEVNULL)


with tempfile.TemporaryDirectory() as tmp:
    for name, types in COLUMNS.items():
        src = os.path.join(tmp, name)
        shutil.copy(os.path.join(SEED, name), src)
        cols = "/".join("%d/%d" % (k + 1, t) for k, t in enumerate(types))
        soffice(["--infilter=CSV:44,34,76,1," + cols, src], os.path.join(tmp, "out"))
        stem = name[:-4]
        shutil.copy(os.path.join(tmp, "out", stem + ".xlsx"), os.path.join(HERE, "seed_%s_libreoffice.xlsx" % stem))
    for stem in ("seed_form", "seed_printed"):
        src = os.path.join(tmp, stem + ".xlsx")
        shutil.copy(os.path.join(HERE, stem + "_openpyxl.xlsx"), src)
        soffice([src], os.path.join(tmp, "resaved"))
        shutil.copy(os.path.join(tmp, "resaved", stem + ".xlsx"), os.path.join(HERE, stem + "_libreoffice.xlsx"))
print("wrote the LibreOffice fixtures in", HERE, file=sys.stderr)
