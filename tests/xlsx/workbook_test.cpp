// io/xlsx_workbook.hpp: the container layer (sheets, cells, numbers by Excel's display rule, dates, merged
// ranges) and every way a hostile workbook is refused.
#include <jixiao/io/xlsx_workbook.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "zip_builder.hpp"

namespace workbook_test {

namespace {

using namespace std::chrono_literals;
using jixiao::xlsx::cell_kind;
using xlsx_test::test_sheet;

jixiao::xlsx::workbook_result open(const std::vector<test_sheet>& sheets, const std::string* ss = nullptr,
                                   const std::string* styles = nullptr, std::string_view pr = "",
                                   const jixiao::xlsx::limits& lim = {}) {
    return jixiao::xlsx::read_workbook(xlsx_test::make_zip(xlsx_test::workbook_parts(sheets, ss, styles, pr)),
                                       "book.xlsx", lim);
}

std::string first_error(const jixiao::xlsx::workbook_result& r) {
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.errors.empty());
    return r.errors.front().to_string(jixiao::language::en);
}

std::string rows(std::string_view cells) { return "<sheetData>" + std::string(cells) + "</sheetData>"; }

}  // namespace

TEST_SUITE("xlsx.workbook") {

TEST_CASE("a number is the decimal Excel displays: shortest round trip, then 15 significant digits") {
    using jixiao::xlsx::excel_decimal;
    CHECK(excel_decimal("2533.8576") == "2533.8576");
    CHECK(excel_decimal("2533.8575999999998") == "2533.8576");
    CHECK(excel_decimal("0.30000000000000004") == "0.3");  // 0.1 + 0.2
    CHECK(excel_decimal("1.1000000000000001") == "1.1");
    CHECK(excel_decimal("518.4") == "518.4");
    CHECK(excel_decimal("123456789012345678") == "123456789012346000");  // 17 digits: the 16th rounds up
    CHECK(excel_decimal("1234567890123456") == "1234567890123460");
    CHECK(excel_decimal("999999999999999.9") == "1000000000000000");  // a carry through every digit
    CHECK(excel_decimal("1E-7") == "0.0000001");
    CHECK(excel_decimal("1e20") == "100000000000000000000");
    CHECK(excel_decimal("-0.5") == "-0.5");
    CHECK(excel_decimal("+12") == "12");
    CHECK(excel_decimal("0") == "0");
    CHECK(excel_decimal("-0") == "0");
    CHECK(excel_decimal("100") == "100");
    CHECK(excel_decimal(".5") == "0.5");
    for (std::string_view bad :
         {"", "abc", "inf", "nan", "1e", "1.2.3", "1,5", " 1", "1 ", "0x10", "1e999", "-", "."}) {
        CAPTURE(bad);
        CHECK_FALSE(excel_decimal(bad).has_value());
    }
}

TEST_CASE("serial dates: the 1900 system with its 29 February 1900, the 1904 system") {
    using jixiao::xlsx::serial_date;
    CHECK(serial_date("43831", false).date == 2020y / 1 / 1);
    CHECK(serial_date("1", false).date == 1900y / 1 / 1);
    CHECK(serial_date("59", false).date == 1900y / 2 / 28);
    CHECK(serial_date("61", false).date == 1900y / 3 / 1);
    const auto quirk = serial_date("60", false);
    CHECK_FALSE(quirk.ok());
    CHECK(quirk.error.find("1900-02-29") != std::string::npos);
    CHECK(serial_date("2958465", false).date == 9999y / 12 / 31);
    CHECK_FALSE(serial_date("2958466", false).ok());
    CHECK_FALSE(serial_date("-1", false).ok());
    CHECK_FALSE(serial_date("100000000000000000000", false).ok());
    const auto noon = serial_date("43831.5", false);
    CHECK(noon.date == 2020y / 1 / 1);
    CHECK(noon.seconds == 43200);
    CHECK(jixiao::xlsx::format_date_value(noon) == "2020/1/1 12:00:00");
    CHECK(jixiao::xlsx::format_date_value(serial_date("43831", false)) == "2020/1/1");
    const auto t = serial_date("0.25", false);
    CHECK(t.time_only);
    CHECK(jixiao::xlsx::format_date_value(t) == "6:00:00");
    CHECK(serial_date("0.99999999", false).date == 1900y / 1 / 1);  // rounds up to the next day's midnight
    CHECK(serial_date("0", true).date == 1904y / 1 / 1);
    CHECK(serial_date("42369", true).date == 2020y / 1 / 1);
    CHECK(serial_date("60", true).ok());
}

TEST_CASE("date formats: the built-in ids and custom codes with y, m, d, h or s outside text") {
    using jixiao::xlsx::builtin_date_format;
    using jixiao::xlsx::custom_date_format;
    CHECK(builtin_date_format(14));
    CHECK(builtin_date_format(22));
    CHECK(builtin_date_format(31));  // yyyy"年"m"月"d"日" in zh-CN
    CHECK(builtin_date_format(57));
    CHECK_FALSE(builtin_date_format(0));
    CHECK_FALSE(builtin_date_format(2));
    CHECK_FALSE(builtin_date_format(49));  // @ (text)
    CHECK(custom_date_format("yyyy-mm-dd"));
    CHECK(custom_date_format("yyyy\"年\"m\"月\"d\"日\""));
    CHECK(custom_date_format("[$-F800]dddd, mmmm dd, yyyy"));
    CHECK(custom_date_format("[h]:mm:ss"));
    CHECK(custom_date_format("[Red]yyyy/m/d"));
    CHECK_FALSE(custom_date_format("0.0000"));
    CHECK_FALSE(custom_date_format("General"));
    CHECK_FALSE(custom_date_format("#,##0.00_);[Red](#,##0.00)"));
    CHECK_FALSE(custom_date_format("\"days\" 0"));
    CHECK_FALSE(custom_date_format("0.00\\d"));
    CHECK_FALSE(custom_date_format("0;yyyy"));  // only the first section counts
}

TEST_CASE("percentage formats: the number as the sheet shows it, exactly") {
    using jixiao::xlsx::display_number;
    using jixiao::xlsx::number_format;
    CHECK(display_number("0.95", true) == "95%");
    CHECK(display_number("0.955", true) == "95.5%");
    CHECK(display_number("1", true) == "100%");
    CHECK(display_number("0", true) == "0%");
    CHECK(display_number("-0.5", true) == "-50%");
    CHECK(display_number("0.0001", true) == "0.01%");
    CHECK(display_number("12.3456", true) == "1234.56%");
    CHECK(display_number("0.95", false) == "0.95");
    CHECK(jixiao::xlsx::builtin_number_format(9) == number_format::percent);
    CHECK(jixiao::xlsx::builtin_number_format(10) == number_format::percent);
    CHECK(jixiao::xlsx::builtin_number_format(14) == number_format::date);
    CHECK(jixiao::xlsx::builtin_number_format(2) == number_format::plain);
    CHECK(jixiao::xlsx::custom_number_format("0.0%") == number_format::percent);
    CHECK(jixiao::xlsx::custom_number_format("0.0\"%\"") == number_format::plain);
    CHECK(jixiao::xlsx::custom_number_format("0\\%") == number_format::plain);
}

TEST_CASE("cell references: A1 to XFD1048576") {
    std::uint32_t r = 0, c = 0;
    CHECK(jixiao::xlsx::parse_cell_name("B7", r, c));
    CHECK(r == 7);
    CHECK(c == 2);
    CHECK(jixiao::xlsx::parse_cell_name("XFD1048576", r, c));
    CHECK(c == 16384);
    for (std::string_view bad : {"XFE1", "A1048577", "A0", "1A", "a1", "A", "AAAAA1", "A01", "A1:B2", ""}) {
        CAPTURE(bad);
        CHECK_FALSE(jixiao::xlsx::parse_cell_name(bad, r, c));
    }
    CHECK(jixiao::xlsx::column_name(1) == "A");
    CHECK(jixiao::xlsx::column_name(28) == "AB");
    CHECK(jixiao::xlsx::column_name(16384) == "XFD");
    CHECK(jixiao::xlsx::cell_name(7, 2) == "B7");
}

TEST_CASE("every kind of cell, merged ranges, hidden sheets, empty rows") {
    const std::string ss =
        "<si><t>纯文本</t></si>"
        "<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space=\"preserve\">文本 </t></r></si>"
        "<si><t>读音</t><rPh sb=\"0\" eb=\"1\"><t>du</t></rPh></si>"
        "<si><t>行一_x000D_\n行二</t></si>";
    const std::string styles =
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
        "</numFmts><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
        "<xf numFmtId=\"4\"/></cellXfs>";
    const std::string body =
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
        "<c r=\"D1\" t=\"s\"><v>3</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>内联</t></is></c><c r=\"B2\"><v>2533.8575999999998</v></c>"
        "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"E2\" s=\"3\"><v>1234.5</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" s=\"1\"><v>43831</v></c><c r=\"B5\" s=\"2\"><v>44196</v></c>"
        "<c r=\"C5\"><f>A5+1</f><v>43832</v></c><c r=\"D5\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
        "<c r=\"E5\" s=\"1\"/></row>"
        "<row r=\"6\"/>"
        "<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is><t>合并</t></is></c><c r=\"B8\" t=\"inlineStr\"><is><t>藏</t></is></c></row>"
        "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A8:C9\"/></mergeCells>";
    const auto r = open({{"序号3", body}, {"隐藏", rows(""), "hidden"}, {"更隐藏", rows(""), "veryHidden"}}, &ss,
                        &styles);
    for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    const auto& book = *r.book;
    REQUIRE(book.sheets.size() == 3);
    CHECK(book.sheets[1].state == jixiao::xlsx::sheet_state::hidden);
    CHECK(book.sheets[2].state == jixiao::xlsx::sheet_state::very_hidden);
    CHECK(book.sheets[0].state == jixiao::xlsx::sheet_state::visible);
    const auto& s = book.sheets[0];
    CHECK(s.name == "序号3");
    auto at = [&](std::string_view ref) {
        std::uint32_t row = 0, col = 0;
        REQUIRE(jixiao::xlsx::parse_cell_name(ref, row, col));
        const auto* c = s.find(row, col);
        REQUIRE_MESSAGE(c != nullptr, ref);
        return *c;
    };
    CHECK(at("A1").value == "纯文本");
    CHECK(at("B1").value == "富文本 ");  // runs joined, spaces kept
    CHECK(at("C1").value == "读音");     // the phonetic run is not text
    CHECK(at("D1").value == "行一\r\n行二");
    CHECK(at("A2").value == "内联");
    CHECK(at("B2").kind == cell_kind::number);
    CHECK(at("B2").value == "2533.8576");
    CHECK(at("C2").kind == cell_kind::boolean);
    CHECK(at("C2").value == "TRUE");
    CHECK(at("D2").kind == cell_kind::error);
    CHECK(at("D2").value == "#DIV/0!");
    CHECK(at("E2").kind == cell_kind::number);  // #,##0.00 is no date
    CHECK(at("A5").kind == cell_kind::date);
    CHECK(jixiao::xlsx::cell_date(at("A5"), book.date1904).date == 2020y / 1 / 1);
    CHECK(at("B5").kind == cell_kind::date);
    CHECK(jixiao::xlsx::cell_date(at("B5"), book.date1904).date == 2020y / 12 / 31);
    CHECK(at("C5").formula);
    CHECK(at("C5").kind == cell_kind::number);  // no date style: a number, though its formula adds to a date
    CHECK(at("C5").value == "43832");
    CHECK(at("D5").value == "ab");
    CHECK(s.find(5, 5) == nullptr);  // formatted but blank
    // The merged range: the anchor's value everywhere, B8's hidden value replaced.
    for (std::string_view ref : {"A8", "B8", "C8", "A9", "B9", "C9"}) {
        CAPTURE(ref);
        CHECK(at(ref).value == "合并");
    }
    CHECK_FALSE(at("A8").covered());
    CHECK(at("C9").covered());
    CHECK(at("C9").anchor_row == 8);
    CHECK(at("C9").anchor_column == 1);
    REQUIRE(s.merged.size() == 1);
    CHECK(jixiao::xlsx::range_name(s.merged[0]) == "A8:C9");
    CHECK(s.last_row == 9);
    CHECK(s.last_column == 5);
    CHECK(s.find(6, 1) == nullptr);  // an empty row
}

TEST_CASE("the 1904 date system when workbookPr says so") {
    const std::string styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>";
    const auto r = open({{"S", rows("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42369</v></c></row>")}}, nullptr, &styles,
                        "date1904=\"1\"");
    REQUIRE(r.ok());
    CHECK(r.book->date1904);
    CHECK(jixiao::xlsx::cell_date(r.book->sheets[0].cells[0], r.book->date1904).date == 2020y / 1 / 1);
}

TEST_CASE("cells without references follow the one before; rows without numbers follow theirs") {
    const auto r = open(
        {{"S", rows("<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>")}});
    REQUIRE(r.ok());
    const auto& s = r.book->sheets[0];
    REQUIRE(s.cells.size() == 4);
    CHECK(s.find(1, 2)->value == "2");
    CHECK(s.find(2, 4)->value == "4");
}

TEST_CASE("errors name workbook, sheet and cell") {
    SUBCASE("a formula without a cached value (as openpyxl writes one)") {
        const auto r = open({{"序号3", rows("<row r=\"7\"><c r=\"B7\"><f>SUM(A1:A2)</f><v></v></c></row>")}});
        CHECK(first_error(r).starts_with("book.xlsx[序号3]!B7: a formula without a cached value"));
        const auto r2 = open({{"S", rows("<row r=\"1\"><c r=\"A1\"><f>1+1</f></c></row>")}});
        CHECK(first_error(r2).starts_with("book.xlsx[S]!A1: a formula without a cached value"));
    }
    SUBCASE("a shared-string index beyond the table") {
        const std::string ss = "<si><t>a</t></si>";
        CHECK(first_error(open({{"S", rows("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>1</v></c></row>")}}, &ss)) ==
              "book.xlsx[S]!C2: shared string 「1」 is not an index of the shared-string table (1 strings)");
        CHECK(first_error(
                  open({{"S", rows("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>99999999999999999999999</v></c></row>")}}, &ss))
                  .starts_with("book.xlsx[S]!C2: shared string 「"));
        CHECK(first_error(open({{"S", rows("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>-1</v></c></row>")}}, &ss))
                  .starts_with("book.xlsx[S]!C2: shared string 「-1」"));
        CHECK(first_error(open({{"S", rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")}}))
                  .starts_with("book.xlsx[S]!A1: shared string 「0」 is not an index of the shared-string table (0"));
    }
    SUBCASE("a cell reference beyond XFD1048576") {
        CHECK(first_error(open({{"S", rows("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")}})) ==
              "book.xlsx[S]: cell reference 「XFE1」 is not a cell of A1:XFD1048576");
        CHECK(first_error(open({{"S", rows("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>")}})) ==
              "book.xlsx[S]: row number 「1048577」 is not 1-1048576");
        CHECK(first_error(open({{"S", rows("<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>")}})) ==
              "book.xlsx[S]: cell A2 is in row 1");
    }
    SUBCASE("a cell given twice") {
        CHECK(first_error(open({{"S", rows("<row r=\"3\"><c r=\"B3\"><v>1</v></c><c r=\"B3\"><v>2</v></c></row>")}})) ==
              "book.xlsx[S]!B3: the cell is given twice");
    }
    SUBCASE("overlapping merged ranges") {
        CHECK(
            first_error(open(
                {{"S", rows("") + "<mergeCells><mergeCell ref=\"A1:B2\"/><mergeCell ref=\"B2:C3\"/></mergeCells>"}})) ==
            "book.xlsx[S]: merged ranges A1:B2 and B2:C3 overlap");
        CHECK(first_error(open({{"S", rows("") + "<mergeCells><mergeCell ref=\"A1:XFE2\"/></mergeCells>"}})) ==
              "book.xlsx[S]: merged range 「A1:XFE2」 is not a range of A1:XFD1048576");
    }
    SUBCASE("bad values") {
        CHECK(first_error(open({{"S", rows("<row r=\"1\"><c r=\"A1\"><v>1,5</v></c></row>")}})) ==
              "book.xlsx[S]!A1: 「1,5」 is not a number");
        CHECK(first_error(open({{"S", rows("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>2</v></c></row>")}})) ==
              "book.xlsx[S]!A1: boolean 「2」 is not 0 or 1");
        CHECK(first_error(open({{"S", rows("<row r=\"1\"><c r=\"A1\" t=\"zz\"><v>2</v></c></row>")}})) ==
              "book.xlsx[S]!A1: unknown cell type 「zz」");
    }
    SUBCASE("malformed XML names the part, line and column") {
        CHECK(first_error(open({{"S", "<sheetData><row><c></row></sheetData>"}}))
                  .starts_with("book.xlsx[S]: xl/worksheets/sheet1.xml: malformed XML at line 1, column "));
        CHECK(first_error(open({{"S", "<sheetData>\xff</sheetData>"}}))
                  .starts_with("book.xlsx[S]: xl/worksheets/sheet1.xml: malformed XML"));
    }
    SUBCASE("a DOCTYPE or entity declaration (the XML bomb's tools) is refused") {
        auto parts = xlsx_test::workbook_parts({{"S", rows("")}});
        for (auto& [name, content] : parts) {
            if (name == "xl/worksheets/sheet1.xml") {
                content =
                    "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                    "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet><sheetData>&b;</sheetData></worksheet>";
            }
        }
        const auto r = jixiao::xlsx::read_workbook(xlsx_test::make_zip(parts), "book.xlsx");
        CHECK(first_error(r) == "book.xlsx[S]: a DOCTYPE declaration, which no OOXML part has");
    }
    SUBCASE("missing parts") {
        auto parts = xlsx_test::workbook_parts({{"S", rows("")}});
        auto without = [&](std::string_view name) {
            std::vector<std::pair<std::string, std::string>> p;
            for (const auto& x : parts) {
                if (x.first != name) p.push_back(x);
            }
            return jixiao::xlsx::read_workbook(xlsx_test::make_zip(p), "book.xlsx");
        };
        CHECK(first_error(without("xl/worksheets/sheet1.xml")) ==
              "book.xlsx[S]: the part xl/worksheets/sheet1.xml is missing");
        CHECK(first_error(without("xl/workbook.xml")) == "book.xlsx: the part xl/workbook.xml is missing");
        CHECK(first_error(without("_rels/.rels")) == "book.xlsx: the part _rels/.rels is missing");
        CHECK(first_error(without("xl/_rels/workbook.xml.rels")) ==
              "book.xlsx: the part xl/_rels/workbook.xml.rels is missing");
    }
    SUBCASE("not a zip, or an old .xls") {
        CHECK(first_error(jixiao::xlsx::read_workbook("序号,项目名称\n", "book.xlsx"))
                  .starts_with("book.xlsx: not an .xlsx workbook (cannot open it as a zip archive: "));
        CHECK(first_error(jixiao::xlsx::read_workbook(
                  std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'), "old.xls")) ==
              "old.xls: an .xls workbook (Excel 97-2003) or another OLE file, not .xlsx: save it as .xlsx");
        CHECK(first_error(jixiao::xlsx::read_workbook_file("/nonexistent/book.xlsx")) ==
              "/nonexistent/book.xlsx: cannot open the file: no such file");
    }
}

TEST_CASE("hostile workbooks are refused within the limits") {
    SUBCASE("a zip bomb: a part that inflates beyond the cap, whatever the archive claims") {
        // 8 MiB of one character deflates to a few KiB; the cap here is 1 MiB.
        jixiao::xlsx::limits lim;
        lim.max_part_size = 1 << 20;
        const std::string big = "<sheetData>" + std::string(8 << 20, ' ') + "</sheetData>";
        const auto r = open({{"S", big}}, nullptr, nullptr, "", lim);
        CHECK(first_error(r).starts_with(
            "book.xlsx[S]: the part xl/worksheets/sheet1.xml inflates to more than 1048576 bytes"));
        lim.max_part_size = 64 << 20;
        lim.max_total_size = 12 << 20;
        const auto r2 = open({{"S", big}, {"T", big}}, nullptr, nullptr, "", lim);
        CHECK(first_error(r2).starts_with("book.xlsx[T]: the parts inflate to more than 12582912 bytes in all"));
    }
    SUBCASE("a huge shared-string table") {
        jixiao::xlsx::limits lim;
        lim.max_shared_strings = 1000;
        std::string ss;
        for (int i = 0; i < 1001; ++i) ss += "<si><t>x</t></si>";
        CHECK(first_error(open({{"S", rows("")}}, &ss, nullptr, "", lim)) ==
              "book.xlsx: more than 1000 shared strings (limits::max_shared_strings)");
    }
    SUBCASE("too many cells, counting what merged ranges cover") {
        jixiao::xlsx::limits lim;
        lim.max_cells = 3;
        CHECK(first_error(open(
                  {{"S", rows("<row r=\"1\"><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c></row>")}},
                  nullptr, nullptr, "", lim)) == "book.xlsx[S]: more than 3 cells in the workbook (limits::max_cells)");
        // A1:XFD1048576 would be 17 billion cells if filled in.
        CHECK(first_error(open({{"S", rows("<row r=\"1\"><c><v>1</v></c></row>") +
                                          "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"}})) ==
              "book.xlsx[S]: merged ranges cover more than 2000000 cells in the workbook (limits::max_cells)");
    }
    SUBCASE("too many sheets") {
        jixiao::xlsx::limits lim;
        lim.max_sheets = 2;
        CHECK(first_error(open({{"A", rows("")}, {"B", rows("")}, {"C", rows("")}}, nullptr, nullptr, "", lim)) ==
              "book.xlsx: more than 2 sheets (limits::max_sheets)");
    }
    SUBCASE("a file larger than the cap") {
        jixiao::xlsx::limits lim;
        lim.max_file_size = 100;
        CHECK(first_error(jixiao::xlsx::read_workbook(std::string(101, 'x'), "big.xlsx", lim)) ==
              "big.xlsx: the workbook is larger than 100 bytes (limits::max_file_size)");
    }
}

}  // TEST_SUITE

}  // namespace workbook_test
