#!/usr/bin/python3
"""Writes the hostile workbooks of tests/data/xlsx/hostile (small files, each refused with a reason), built with
Python's zipfile around hand-written parts. Run once, by hand: /usr/bin/python3 tests/data/xlsx/make_hostile.py

  zip_bomb.xlsx          a sheet of 200 MiB of spaces (about 200 KiB deflated): beyond the 128 MiB part cap
  zip_bomb_lying.xlsx    the same bomb with its local and central headers claiming 1000 bytes: refused when the
                         inflated bytes pass the cap, not by the claim
  huge_shared_strings.xlsx  a sharedStrings.xml of 180 MiB (one string, about 180 KiB deflated)
  billion_laughs.xlsx    a sheet with a DOCTYPE and nested entities
  malformed.xlsx         a sheet whose XML does not close its tags
  missing_sheet.xlsx     a workbook naming a sheet part the archive lacks
  beyond_xfd.xlsx        a cell XFE1
  beyond_last_row.xlsx   a cell A1048577
  duplicate_cell.xlsx    B7 twice
  absurd_shared_index.xlsx  a cell naming shared string 4294967296 of a table of one
  formula_no_cache.xlsx  a formula without a cached value
  overlapping_merge.xlsx merged ranges A1:B2 and B2:C3
  huge_merge.xlsx        a merged range A1:XFD1048576 (17 billion cells)
  not_a_zip.xlsx         CSV text saved with an .xlsx name
  truncated.xlsx         the first half of a real workbook
"""
import os
import struct
import zipfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def parts(sheet, shared=None, sheet_part="xl/worksheets/sheet1.xml"):
    p = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" '
                       'Target="xl/workbook.xml"/></Relationships>' % (PKG, REL),
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="序号1" sheetId="1" '
                           'r:id="rId1"/></sheets></workbook>' % (MAIN, REL),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="%s"><Relationship Id="rId1" '
                                      'Type="%s/worksheet" Target="worksheets/sheet1.xml"/>%s</Relationships>'
                                      % (PKG, REL, '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % REL
                                         if shared is not None else ""),
    }
    if sheet is not None:
        p[sheet_part] = sheet
    if shared is not None:
        p["xl/sharedStrings.xml"] = shared
    return p


def sheet(data, extra=""):
    return '<?xml version="1.0"?><worksheet xmlns="%s"><sheetData>%s</sheetData>%s</worksheet>' % (MAIN, data, extra)


def write(name, p):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for k, v in p.items():
            z.writestr(k, v)


def write_bomb(name, filler, lie):
    path = os.path.join(HERE, name)
    p = parts(None)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for k, v in p.items():
            z.writestr(k, v)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=False) as f:
            f.write(('<?xml version="1.0"?><worksheet xmlns="%s"><sheetData>' % MAIN).encode())
            chunk = filler * (1 << 20)
            for _ in range(200):
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")
    if not lie:
        return
    # Claim 1000 bytes in the local header, the data descriptor (if any) and the central directory of the part.
    data = bytearray(open(path, "rb").read())
    target = b"xl/worksheets/sheet1.xml"
    i = 0
    while True:
        i = data.find(b"PK\x03\x04", i)
        if i < 0:
            break
        n, m = struct.unpack_from("<HH", data, i + 26)
        if data[i + 30:i + 30 + n] == target:
            struct.pack_into("<I", data, i + 22, 1000)
        i += 4
    i = 0
    while True:
        i = data.find(b"PK\x01\x02", i)
        if i < 0:
            break
        n = struct.unpack_from("<H", data, i + 28)[0]
        if data[i + 46:i + 46 + n] == target:
            struct.pack_into("<I", data, i + 24, 1000)
        i += 4
    i = 0
    while True:  # a data descriptor after the part's data: PK\x07\x08 crc csize usize
        i = data.find(b"PK\x07\x08", i)
        if i < 0:
            break
        struct.pack_into("<I", data, i + 12, 1000)
        i += 4
    open(path, "wb").write(bytes(data))


os.makedirs(HERE, exist_ok=True)
write_bomb("zip_bomb.xlsx", b" ", lie=False)
write_bomb("zip_bomb_lying.xlsx", b" ", lie=True)
write("huge_shared_strings.xlsx", parts(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                                         '<?xml version="1.0"?><sst xmlns="%s">' % MAIN + "<si><t>" + "x" * (180 << 20) + "</t></si>" + "</sst>"))
write("billion_laughs.xlsx", parts('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                                   + "".join('<!ENTITY %s "%s">' % (chr(98 + k), ("&%s;" % chr(97 + k)) * 10) for k in range(9))
                                   + ']><worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c>'
                                   '</row></sheetData></worksheet>' % MAIN))
write("malformed.xlsx", parts('<?xml version="1.0"?><worksheet xmlns="%s"><sheetData><row r="1"><c r="A1"><v>1</v></row>'
                              '</sheetData></worksheet>' % MAIN))
write("missing_sheet.xlsx", parts(None))
write("beyond_xfd.xlsx", parts(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')))
write("beyond_last_row.xlsx", parts(sheet('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')))
write("duplicate_cell.xlsx", parts(sheet('<row r="7"><c r="B7"><v>1</v></c><c r="B7"><v>2</v></c></row>')))
write("absurd_shared_index.xlsx", parts(sheet('<row r="2"><c r="C2" t="s"><v>4294967296</v></c></row>'),
                                        '<?xml version="1.0"?><sst xmlns="%s"><si><t>a</t></si></sst>' % MAIN))
write("formula_no_cache.xlsx", parts(sheet('<row r="7"><c r="B7"><f>SUM(A1:A6)</f><v></v></c></row>')))
write("overlapping_merge.xlsx", parts(sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
                                            '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>')))
write("huge_merge.xlsx", parts(sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
                                     '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>')))
open(os.path.join(HERE, "not_a_zip.xlsx"), "w", encoding="utf-8").write("序号,项目名称\n1,测试\n")
real = open(os.path.join(HERE, "..", "seed_cost_lines_libreoffice.xlsx"), "rb").read()
open(os.path.join(HERE, "truncated.xlsx"), "wb").write(real[: len(real) // 2])
