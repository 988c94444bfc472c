// io/xlsx.hpp: the two layouts of a table set in a workbook, read from the committed fixtures (written by openpyxl
// and LibreOffice, see tests/data/xlsx/make_*.py) and from workbooks built here; errors name sheet and cell.
#include <jixiao/io/xlsx.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <jixiao/aggregate.hpp>

#include "../fuzz/same_record.hpp"
#include "zip_builder.hpp"

namespace layout_test {

namespace {

using namespace std::chrono_literals;
using namespace jixiao::literals;
using F = jixiao::forms::beijing_district_2020;
namespace cat = jixiao::categories;

const std::filesystem::path data = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests" / "data" / "xlsx";
const std::filesystem::path seed = std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples" / "fengtai_2020";

const jixiao::basic_project_store<F>& seed_csv() {
    static const auto r = jixiao::read_csv_files<F>(
        {seed / "projects.csv", seed / "indicators.csv", seed / "cost_lines.csv"});
    REQUIRE(r.ok());
    return r.store;
}

void check_same_as_csv(const jixiao::xlsx_result<F>& r) {
    for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    const auto& csv = seed_csv();
    REQUIRE(r.store.size() == csv.size());
    for (std::size_t k = 0; k < csv.size(); ++k) {
        CAPTURE(k);
        CHECK(fuzz::same_record(r.store[k], csv[k]));
    }
}

void check_seed_totals(const jixiao::basic_project_store<F>& s) {
    CHECK(s.size() == 14);
    const auto t = jixiao::total(s);
    CHECK(t.current() == 15173.4910_wan);
    CHECK(t.column[0] == 6210.4000_wan);
}

std::string first_error(const jixiao::xlsx_result<F>& r) {
    REQUIRE_FALSE(r.ok());
    CHECK(r.store.empty());
    return r.errors.front().to_string(jixiao::language::en);
}

/// A sheet's XML from (reference, value) pairs: "n:518.4" is a number, "d:43831" a date (style 1), "p:0.95" a
/// number with the format 0% (style 2), else text.
std::string sheet_of(std::vector<std::pair<std::string, std::string>> cells, std::string_view merges = "") {
    std::sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) {
        std::uint32_t ra = 0, ca = 0, rb = 0, cb = 0;
        jixiao::xlsx::parse_cell_name(a.first, ra, ca);
        jixiao::xlsx::parse_cell_name(b.first, rb, cb);
        return ra != rb ? ra < rb : ca < cb;
    });
    std::string x = "<sheetData>";
    std::uint32_t open_row = 0;
    for (const auto& [ref, v] : cells) {
        std::uint32_t r = 0, c = 0;
        jixiao::xlsx::parse_cell_name(ref, r, c);
        if (r != open_row) {
            if (open_row != 0) x += "</row>";
            x += "<row r=\"" + std::to_string(r) + "\">";
            open_row = r;
        }
        if (v.starts_with("n:")) {
            x += "<c r=\"" + ref + "\"><v>" + v.substr(2) + "</v></c>";
        } else if (v.starts_with("p:")) {
            x += "<c r=\"" + ref + "\" s=\"2\"><v>" + v.substr(2) + "</v></c>";
        } else if (v.starts_with("d:")) {
            x += "<c r=\"" + ref + "\" s=\"1\"><v>" + v.substr(2) + "</v></c>";
        } else {
            x += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v + "</t></is></c>";
        }
    }
    if (open_row != 0) x += "</row>";
    x += "</sheetData>";
    if (!merges.empty()) x += "<mergeCells>" + std::string(merges) + "</mergeCells>";
    return x;
}

const std::string date_styles =
    "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"9\"/></cellXfs>";

jixiao::xlsx_result<F> read_sheets(const std::vector<xlsx_test::test_sheet>& sheets,
                                   const jixiao::xlsx_options& o = {}) {
    return jixiao::read_xlsx<F>(xlsx_test::make_zip(xlsx_test::workbook_parts(sheets, nullptr, &date_styles)),
                                "book.xlsx", o);
}

/// A small printed form, its labels where the seed's form has them; `edit` changes cells before it is built.
std::vector<std::pair<std::string, std::string>> small_form() {
    return {
        {"A1", "项目支出绩效目标表"},
        {"A2", "（2020年度）"},
        {"A3", "序号：3"},
        {"G3", "单位：万元"},
        {"A4", "项目名称"},
        {"C4", "测试项目"},
        {"A5", "项目申报单位"},
        {"C5", "北京市丰台区残疾人联合会"},
        {"A6", "项目实施单位"},
        {"C6", "区残联教就部"},
        {"A7", "项目起止时间"},
        {"C7", "开始时间"},
        {"D7", "d:43831"},
        {"F7", "截止时间"},
        {"G7", "2020/12/31"},
        {"A8", "项目资金情况"},
        {"E8", "以前年度项目资金"},
        {"G8", "本年度项目资金"},
        {"C9", "项目资金总额"},
        {"E9", "n:0"},
        {"G9", "n:518.4"},
        {"C10", "其中：区财政拨款"},
        {"E10", "n:0"},
        {"G10", "n:518.39999999999998"},
        {"C11", "市财政拨款"},
        {"C12", "自筹资金"},
        {"A13", "项目绩效目标"},
        {"C13", "为2000户提供服务"},
        {"A14", "绩效指标"},
        {"B14", "产出指标"},
        {"C14", "产出数量指标"},
        {"D14", "2000户"},
        {"C15", "产出质量指标"},
        {"B16", "满意度指标"},
        {"C16", "服务对象满意度指标"},
        {"D16", "满意度不低于90%"},
        {"A17", "其他说明的问题"},
        {"C17", "无"},
    };
}
const std::string small_merges = "<mergeCell ref=\"A14:A16\"/><mergeCell ref=\"B14:B15\"/><mergeCell ref=\"D14:H14\"/>";

std::vector<std::pair<std::string, std::string>> edit(std::vector<std::pair<std::string, std::string>> cells,
                                                      std::string_view ref, std::string value) {
    bool found = false;
    for (auto& [r, v] : cells) {
        if (r == ref) {
            v = value;
            found = true;
        }
    }
    if (!found) cells.emplace_back(std::string(ref), std::move(value));
    return cells;
}
std::vector<std::pair<std::string, std::string>> without(std::vector<std::pair<std::string, std::string>> cells,
                                                         std::string_view ref) {
    std::erase_if(cells, [&](const auto& c) { return c.first == ref; });
    return cells;
}

}  // namespace

TEST_SUITE("xlsx.layout") {

TEST_CASE("the flat layout written by openpyxl reads as the seed's CSV set, field by field") {
    check_same_as_csv(jixiao::read_xlsx_file<F>(data / "seed_flat_openpyxl.xlsx"));
}

TEST_CASE("the 表样 layout written by openpyxl, with 三级 columns, reads as the seed's CSV set, field by field") {
    const auto r = jixiao::read_xlsx_file<F>(data / "seed_form_openpyxl.xlsx");
    check_same_as_csv(r);
    check_seed_totals(r.store);
}

TEST_CASE(
    "the seed's CSV files saved as workbooks by LibreOffice read together as the seed's CSV set, field by field") {
    // One workbook per CSV file, Calc's shared strings and styles, 0.0000 saved as the number 0 and 2020/1/1 as a
    // date: read together as the CSV files are.
    const auto r = jixiao::read_xlsx_files<F>({data / "seed_projects_libreoffice.xlsx",
                                               data / "seed_indicators_libreoffice.xlsx",
                                               data / "seed_cost_lines_libreoffice.xlsx"});
    check_same_as_csv(r);
    check_seed_totals(r.store);
}

TEST_CASE("the 表样 with 三级 columns saved again by LibreOffice reads as the seed's CSV set, field by field") {
    const auto r = jixiao::read_xlsx_file<F>(data / "seed_form_libreoffice.xlsx");
    check_same_as_csv(r);
    check_seed_totals(r.store);
}

/// The seed's 表样 as printed, from either writer: the seed's tables but for the indicators' 三级 names and the
/// 测算依据, which the printed form does not have.
void check_printed(const jixiao::xlsx_result<F>& r) {
    for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    check_seed_totals(r.store);
    const auto& csv = seed_csv();
    REQUIRE(r.store.size() == csv.size());
    for (std::size_t k = 0; k < csv.size(); ++k) {
        CAPTURE(k);
        const auto& p = r.store[k];
        const auto& q = csv[k];
        CHECK(p.seq == q.seq);
        CHECK(p.year == q.year);
        CHECK(p.name == q.name);
        CHECK(p.applicant == q.applicant);
        CHECK(p.implementer == q.implementer);
        CHECK(p.start == q.start);
        CHECK(p.end == q.end);
        CHECK(p.funding == q.funding);
        CHECK(p.goal == q.goal);
        CHECK(p.remarks == q.remarks);
        CHECK(p.cost_basis.empty());
        for (const auto& i : p.indicators) CHECK(i.name.empty());
    }
}

TEST_CASE("the seed's 表样 as printed, saved again by LibreOffice: the same tables as openpyxl's, the seed's totals") {
    const auto lo = jixiao::read_xlsx_file<F>(data / "seed_printed_libreoffice.xlsx");
    check_printed(lo);
    const auto py = jixiao::read_xlsx_file<F>(data / "seed_printed_openpyxl.xlsx");
    REQUIRE(py.ok());
    REQUIRE(lo.store.size() == py.store.size());
    for (std::size_t k = 0; k < py.store.size(); ++k) {
        CAPTURE(k);
        CHECK(fuzz::same_record(lo.store[k], py.store[k]));
    }
}

TEST_CASE(
    "the seed's 表样 as printed (one text per 二级 row): fourteen tables, 本年度 15173.4910, 以前年度 6210.4000") {
    const auto r = jixiao::read_xlsx_file<F>(data / "seed_printed_openpyxl.xlsx");
    check_printed(r);
    // 序号4: one indicator per filled 二级 row; a text that is a whole target is read as one.
    const auto& p4 = r.store[3];
    REQUIRE(p4.indicators.size() == 9);
    CHECK(p4.indicators[0].cat == cat::quantity);
    CHECK(p4.indicators[0].target.cmp == jixiao::comparator::none);         // 无
    CHECK(p4.indicators[2].target.cmp == jixiao::comparator::qualitative);  // 全年
    CHECK(p4.indicators[3].cat == cat::output_cost);
    CHECK(p4.indicators[3].target.cmp == jixiao::comparator::qualitative);  // 50万: 万 alone is no unit
    CHECK(p4.indicators[3].wording == "50万");
    CHECK(r.store[11].indicators[0].target == jixiao::parse_target("172人"));  // 序号12
    CHECK(p4.indicators[8].cat == cat::beneficiary_satisfaction);
    CHECK(p4.indicators[8].target == jixiao::parse_target("≥95%"));
    CHECK(p4.indicators[8].wording == "95%以上");
    // 序号7's 满意度100%: text before the number, so no target: qualitative, the wording kept.
    const auto& s7 = r.store[6].indicators[8];
    CHECK(s7.wording == "满意度100%");
    CHECK(s7.target.cmp == jixiao::comparator::qualitative);
}

TEST_CASE("a printed form read by its labels; an inserted row or a moved column still reads") {
    auto check = [](const jixiao::xlsx_result<F>& r) {
        for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
        REQUIRE(r.ok());
        REQUIRE(r.store.size() == 1);
        const auto& p = r.store[0];
        CHECK(p.seq == 3);
        CHECK(p.year == 2020y);
        CHECK(p.name == "测试项目");
        CHECK(p.start == 2020y / 1 / 1);
        CHECK(p.end == 2020y / 12 / 31);
        CHECK(p.current().total == 518.4_wan);
        CHECK(p.current().sources[0] == 518.4_wan);  // 518.39999999999998 is 518.4 by Excel's rule
        CHECK_FALSE(p.current().sources[1].has_value());
        CHECK(p.funding[0].total == 0_wan);
        CHECK(p.funding[0].sources[0] == 0_wan);
        CHECK(p.goal == "为2000户提供服务");
        CHECK(p.remarks == "无");
        REQUIRE(p.indicators.size() == 2);
        CHECK(p.indicators[0].cat == cat::quantity);
        CHECK(p.indicators[0].target == jixiao::parse_target("2000户"));
        CHECK(p.indicators[1].cat == cat::beneficiary_satisfaction);
        CHECK(p.indicators[1].target.cmp == jixiao::comparator::qualitative);
        CHECK(p.indicators[1].wording == "满意度不低于90%");
    };
    check(read_sheets({{"序号3", sheet_of(small_form(), small_merges)}}));
    // Every cell one row down and one column right (a row and a column inserted at the top left).
    auto moved = small_form();
    for (auto& [ref, v] : moved) {
        std::uint32_t r = 0, c = 0;
        jixiao::xlsx::parse_cell_name(ref, r, c);
        ref = jixiao::xlsx::cell_name(r + 1, c + 1);
    }
    check(read_sheets({{"序号3", sheet_of(moved, "<mergeCell ref=\"B15:B17\"/><mergeCell ref=\"C15:C16\"/>")},
                       {"目录", sheet_of({{"A1", "目录"}, {"A2", "测试项目"}})}}));
    // In 元 (单位：元): 5184000 元 is 518.4 万元.
    auto yuan = edit(edit(edit(small_form(), "G3", "单位：元"), "G9", "n:5184000"), "G10", "n:5184000");
    const auto r = read_sheets({{"序号3", sheet_of(yuan, small_merges)}});
    REQUIRE(r.ok());
    CHECK(r.store[0].current().total == 518.4_wan);
}

TEST_CASE("a sheet that does not match the form is an error naming sheet and cell") {
    auto err = [](std::vector<std::pair<std::string, std::string>> cells) {
        return first_error(read_sheets({{"序号3", sheet_of(std::move(cells), small_merges)}}));
    };
    CHECK(
        err(without(small_form(), "A4")) ==
        "book.xlsx[序号3]: no 「项目名称」 label: the sheet is not laid out as the form 北京市区级项目支出绩效目标表（2020年度）");
    CHECK(
        err(edit(small_form(), "G9", "518.4万")) ==
        "book.xlsx[序号3]!G9: bad amount in 本年度项目资金 项目资金总额 「518.4万」: the unit is written 万元 or 亿元, not 万 or 亿 alone");
    CHECK(
        err(edit(small_form(), "G10", "n:518.40001")) ==
        "book.xlsx[序号3]!G10: bad amount in 本年度项目资金 区财政拨款 「518.40001」: a non-zero digit beyond the type's "
        "fraction digits (after unit conversion)");
    CHECK(err(without(small_form(), "G9")) ==
          "book.xlsx[序号3]!G9: 本年度项目资金 项目资金总额 is empty (write 0 for no money)");
    CHECK(err(edit(small_form(), "G7", "2020/13/1")) ==
          "book.xlsx[序号3]!G7: bad date in 截止时间 「2020/13/1」: month 13 is not 1-12");
    CHECK(err(edit(small_form(), "G7", "n:44196")) ==
          "book.xlsx[序号3]!G7: bad date in 截止时间 「44196」: a number without a date format (give the cell a date "
          "format, or write 2020/1/1)");
    CHECK(err(edit(small_form(), "D7", "d:60")) ==
          "book.xlsx[序号3]!D7: bad date in 开始时间: serial 60 is 1900-02-29, a day that did not exist (Excel's 1900 "
          "leap-year quirk)");
    CHECK(err(edit(small_form(), "A3", "序号：三")) == "book.xlsx[序号3]!A3: bad 序号 「三」: expected a whole number");
    CHECK(err(edit(small_form(), "G3", "单位：千元")) ==
          "book.xlsx[序号3]!G3: unit 「千元」: the form's amounts are in 万元 or 元");
    CHECK(err(without(small_form(), "G8")) ==
          "book.xlsx[序号3]: no 「本年度项目资金」 column label above 项目资金总额 (C9)");
    CHECK(err(edit(small_form(), "B16", "产出指标")) ==
          "book.xlsx[序号3]!B16: 二级指标 「服务对象满意度指标」 is not under 一级指标 「产出指标」");
    CHECK(err(edit(small_form(), "G10", "p:0.5")) ==
          "book.xlsx[序号3]!G10: bad amount in 本年度项目资金 区财政拨款 「50%」: not a number");
    CHECK(err(edit(small_form(), "G10", "#N/A")) ==
          "book.xlsx[序号3]!G10: bad amount in 本年度项目资金 区财政拨款 「#N/A」: expected a digit");
}

TEST_CASE("the 绩效指标 block with 三级 columns: a bad 指标值 names its cell") {
    std::vector<std::pair<std::string, std::string>> cells = without(without(small_form(), "D14"), "D16");
    cells = edit(edit(edit(cells, "D13", ""), "D14", "三级指标"), "E14", "指标值");
    // Rows 14-16 become: the header row, then the rows below it.
    cells = edit(edit(cells, "C14", "二级指标"), "B14", "一级指标");
    cells = edit(edit(edit(cells, "B15", "产出指标"), "C15", "数量指标"), "D15", "服务户数");
    cells = edit(cells, "E15", "约2000户");
    cells = edit(edit(edit(cells, "C16", "服务对象满意度指标"), "D16", "满意度"), "E16", "≥90%");
    cells = without(cells, "D13");
    const auto r = read_sheets({{"序号3", sheet_of(cells, "<mergeCell ref=\"A14:A16\"/>")}});
    CHECK(first_error(r) ==
          "book.xlsx[序号3]!E15: bad 指标值 「约2000户」: text before the number is not a comparator");
    const auto ok = read_sheets({{"序号3", sheet_of(edit(cells, "E15", "2000户"), "<mergeCell ref=\"A14:A16\"/>")}});
    for (const auto& e : ok.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(ok.ok());
    REQUIRE(ok.store[0].indicators.size() == 2);
    CHECK(ok.store[0].indicators[0].name == "服务户数");
    CHECK(ok.store[0].indicators[1].target == jixiao::parse_target("≥90%"));
}

TEST_CASE("workbook errors are Chinese by default and English with language::en") {
    const auto r = read_sheets({{"序号3", sheet_of(edit(small_form(), "G9", "518.4万"), small_merges)}});
    REQUIRE_FALSE(r.ok());
    const auto& e = r.errors.front();
    CHECK(
        e.to_string() ==
        "book.xlsx[序号3]!G9: 本年度项目资金 项目资金总额「518.4万」：单位应写「万元」或「亿元」，不能只写「万」或「亿」");
    CHECK(
        e.to_string(jixiao::language::en) ==
        "book.xlsx[序号3]!G9: bad amount in 本年度项目资金 项目资金总额 「518.4万」: the unit is written 万元 or 亿元, "
        "not 万 or 亿 alone");
    std::ostringstream plain, english;
    plain << e;
    english << jixiao::set_language(jixiao::language::en) << e;
    CHECK(plain.str() == e.to_string());
    CHECK(english.str() == e.to_string(jixiao::language::en));
    const auto sheet = read_sheets({{"序号3", sheet_of(without(small_form(), "A4"), small_merges)}});
    REQUIRE_FALSE(sheet.ok());
    CHECK(sheet.errors.front().to_string() ==
          "book.xlsx[序号3]: 找不到「项目名称」：这张工作表不是按表样 北京市区级项目支出绩效目标表（2020年度） 排的");
    // A file that is no workbook.
    const auto none = jixiao::read_xlsx_file<F>(data / "no_such_workbook.xlsx");
    REQUIRE_FALSE(none.ok());
    CHECK(none.errors.front().to_string().ends_with(
        "no_such_workbook.xlsx: 打不开文件：文件不存在（请检查文件名和路径）"));
    CHECK(none.errors.front()
              .to_string(jixiao::language::en)
              .ends_with("no_such_workbook.xlsx: cannot open the file: no such file"));
}

TEST_CASE("the flat layout: CSV errors come back as the sheet and cell") {
    const std::string header =
        "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额,本年度区财政拨款";
    std::vector<std::pair<std::string, std::string>> cells;
    std::size_t k = 0;
    for (std::size_t b = 0, e = 0; e != std::string::npos; b = e + 1) {
        e = header.find(',', b);
        cells.emplace_back(jixiao::xlsx::cell_name(2, static_cast<std::uint32_t>(++k)), header.substr(b, e - b));
    }
    cells.emplace_back("A1", "2020年度项目表");  // a title row
    const std::vector<std::pair<std::string, std::string>> row3{
        {"A3", "n:1"},     {"B3", "n:2020"},  {"C3", "测试项目"}, {"D3", "申报"},    {"E3", "实施"},
        {"F3", "d:43831"}, {"G3", "d:44196"}, {"H3", "n:0"},      {"I3", "n:518.4"}, {"J3", "n:518.4"}};
    auto all = cells;
    all.insert(all.end(), row3.begin(), row3.end());
    const std::vector<std::pair<std::string, std::string>> ind{
        {"A1", "序号"}, {"B1", "二级指标"}, {"C1", "三级指标"}, {"D1", "指标值"}, {"A2", "n:1"},    {"B2", "数量指标"},
        {"C2", "户数"}, {"D2", "2000户"},   {"A3", "n:1"},      {"B3", "满意度"}, {"C3", "满意度"}, {"D3", "≥90%"}};
    const auto r = read_sheets({{"项目", sheet_of(all)}, {"指标", sheet_of(ind)}});
    CHECK(first_error(r).starts_with("book.xlsx[指标]!B3: unknown 二级指标 「满意度」"));
    auto ind_ok = ind;
    ind_ok[9].second = "服务对象满意度指标";
    ind_ok[11].second = "p:0.9";  // typed as 90%: the number 0.9 with the format 0%
    const auto ok = read_sheets({{"项目", sheet_of(all)}, {"指标", sheet_of(ind_ok)}});
    for (const auto& e : ok.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(ok.ok());
    REQUIRE(ok.store.size() == 1);
    CHECK(ok.store[0].indicators[1].target == jixiao::parse_target("90%"));
    CHECK(ok.store[0].start == 2020y / 1 / 1);
    CHECK(ok.store[0].current().total == 518.4_wan);
    CHECK(ok.store[0].indicators.size() == 2);
    auto bad = all;
    bad.back().second = "n:518.40001";
    CHECK(
        first_error(read_sheets({{"项目", sheet_of(bad)}, {"指标", sheet_of(ind_ok)}})) ==
        "book.xlsx[项目]!J3: bad amount in 本年度区财政拨款 「518.40001」: a non-zero digit beyond the type's fraction "
        "digits (after unit conversion)");
    // In Chinese by default, at the same cell.
    CHECK(
        read_sheets({{"项目", sheet_of(bad)}, {"指标", sheet_of(ind_ok)}}).errors.front().to_string() ==
        "book.xlsx[项目]!J3: 本年度区财政拨款「518.40001」：小数位太多（换算单位后超出可保存的位数，多出的位不是 0）");
    auto err_cell = all;
    err_cell.back().second = "#DIV/0!";
    CHECK(first_error(read_sheets({{"项目", sheet_of(err_cell)}})).starts_with("book.xlsx[项目]!J3: bad amount"));
    // A hidden sheet is read unless the options say not to.
    auto hidden = read_sheets({{"项目", sheet_of(all)}, {"指标", sheet_of(ind), "hidden"}});
    CHECK_FALSE(hidden.ok());
    jixiao::xlsx_options visible_only;
    visible_only.hidden_sheets = false;
    const auto shown = read_sheets({{"项目", sheet_of(all)}, {"指标", sheet_of(ind), "hidden"}}, visible_only);
    REQUIRE(shown.ok());
    CHECK(shown.store[0].indicators.empty());
}

TEST_CASE("a flat sheet whose corners are XFD1 and A1048576 is refused, not made into 17 billion fields") {
    const auto r = read_sheets({{"项目", sheet_of({{"A1", "项目名称"}, {"XFD1", "x"}, {"A1048576", "y"}})}});
    CHECK(
        first_error(r) ==
        "book.xlsx[项目]: the sheet spans 1048576 rows and 16384 columns, more than 2000000 cells (limits::max_cells)");
}

TEST_CASE("a workbook that mixes the layouts is refused") {
    const auto r = read_sheets(
        {{"序号3", sheet_of(small_form(), small_merges)}, {"指标", sheet_of({{"A1", "序号"}, {"B1", "三级指标"}})}});
    CHECK(
        first_error(r) ==
        "book.xlsx[指标]: the workbook mixes the 表样 layout (sheet 「序号3」) and the flat layout (this sheet): keep "
        "one layout per table set");
}

}  // TEST_SUITE

}  // namespace layout_test
