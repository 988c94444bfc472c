// io/xlsx_write.hpp: write_xlsx in both layouts; reading what was written gives the same tables, field by field.
#include <jixiao/io/xlsx.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/same_record.hpp"

namespace write_test {

namespace {

using namespace std::chrono_literals;
using namespace jixiao::literals;
using F = jixiao::forms::beijing_district_2020;
using P = jixiao::basic_project<F>;
namespace cat = jixiao::categories;

const std::filesystem::path seed = std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples" / "fengtai_2020";
const std::filesystem::path out_dir = std::filesystem::path(JIXIAO_BINARY_DIR) / "xlsx_out";

jixiao::basic_project_store<F> seed_csv() {
    auto r = jixiao::read_csv_files<F>({seed / "projects.csv", seed / "indicators.csv", seed / "cost_lines.csv"});
    REQUIRE(r.ok());
    return std::move(r.store);
}

/// Tables that reach the corners (the second one's 序号 given): out-of-order indicators, a category the form lacks, a
/// blank date, a date no calendar has, an amount of 19 digits (no double holds it), blank and zero sources, weights,
/// core marks.
jixiao::basic_project_store<F> corners(int second_seq) {
    jixiao::basic_project_store<F> s;
    const std::vector<jixiao::indicator> inds{
        {cat::beneficiary_satisfaction, "满意度", jixiao::parse_target("≥95%"), "95%以上", true,
         jixiao::decimal::parse("10")},
        {cat::quantity, "户数", jixiao::parse_target("2000户"), "为2000户, \"居家\"\n服务"},
        {cat::ecological_benefit, "生态", jixiao::parse_target("定性"), ""},
        {cat::quantity, "", jixiao::parse_target("无"), "无", false, jixiao::decimal::parse("0.5")},
    };
    const std::vector<jixiao::cost_line<jixiao::wan>> lines{
        {.item = "电脑",
         .unit_price = 6000_yuan,
         .price_unit = "元/台",
         .quantities = {{428, "台"}, {jixiao::decimal::parse("1.5"), "年"}},
         .stated_total = 385.2_wan,
         .text = "428*6000元",
         .truncated = false},
        {.item = "扫描仪", .text = "3. 扫描仪", .truncated = true},
    };
    P p{.seq = 7,
        .year = 2021y,
        .name = "=不是公式",
        .applicant = "申报单位",
        .implementer = "实施单位",
        .start = 2021y / 2 / 30,
        .end = {},
        .funding = {{.previous = {.total = 0_wan, .district = 0_wan},
                     .current = {.total = jixiao::wan::max(), .district = 922337203685477.5807_wan, .city = -1.5_wan}}},
        .goal = "目标\n第二行",
        .indicators = inds,
        .cost_basis = lines,
        .remarks = ""};
    s.add(p);
    // Texts that read like the form's later labels: each label is looked for below the one before.
    const std::vector<jixiao::indicator> label_like{{cat::quantity, "三级指标", jixiao::parse_target("1次"), "指标值"}};
    P q{.seq = second_seq,
        .name = "项目资金总额",
        .applicant = "项目实施单位",
        .implementer = "绩效指标",
        .start = 2020y / 1 / 1,
        .end = 2020y / 12 / 31,
        .funding = {{.current = {.total = 1_wan}}},
        .goal = "其他说明的问题",
        .indicators = label_like,
        .remarks = "测算依据"};
    s.add(q);
    return s;
}

void round_trip(const jixiao::basic_project_store<F>& s, jixiao::xlsx_write_layout layout, const std::string& name) {
    std::filesystem::create_directories(out_dir);
    const auto path = out_dir / name;
    const auto e = jixiao::write_xlsx(s, path, {layout});
    REQUIRE_MESSAGE(!e.has_value(), (e ? e->to_string() : ""));
    const auto r = jixiao::read_xlsx_file<F>(path);
    for (const auto& x : r.errors) MESSAGE(x.to_string());
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == s.size());
    for (std::size_t k = 0; k < s.size(); ++k) {
        CAPTURE(k);
        CHECK(fuzz::same_record(r.store[k], s[k]));
    }
}

}  // namespace

TEST_SUITE("xlsx.write") {

TEST_CASE("the seed written flat reads back field by field") {
    round_trip(seed_csv(), jixiao::xlsx_write_layout::flat, "seed_flat.xlsx");
}

TEST_CASE("the seed written as 表样 sheets with a 目录 reads back field by field") {
    round_trip(seed_csv(), jixiao::xlsx_write_layout::form, "seed_form.xlsx");
}

TEST_CASE("the corners, in both layouts") {
    // A 序号 used twice is kept as two tables in the 表样 layout (a sheet each, 序号7 and 序号7 (2)); in the flat
    // layout, as in CSV, the rows of 指标 could not tell which table is theirs.
    round_trip(corners(8), jixiao::xlsx_write_layout::flat, "corners_flat.xlsx");
    round_trip(corners(7), jixiao::xlsx_write_layout::form, "corners_form.xlsx");
}

TEST_CASE("a table of the 2021 central form, in both layouts") {
    using C = jixiao::forms::central_2021;
    jixiao::basic_project_store<C> s;
    const std::vector<jixiao::indicator> inds{
        {cat::quantity, "培训人次", jixiao::parse_target("≥500人次"), "培训不少于500人次", true,
         jixiao::decimal::parse("20")},
        {cat::economic_cost, "成本", jixiao::parse_target("≤100万元"), "", true},
        {cat::social_benefit, "就业", jixiao::parse_target("定性"), "促进就业"},
    };
    s.add(jixiao::basic_project<C>{.seq = 1,
                                   .year = 2021y,
                                   .name = "职业培训",
                                   .applicant = "甲部",
                                   .implementer = "乙司",
                                   .start = 2021y / 1 / 1,
                                   .end = 2023y / 12 / 31,
                                   .funding = {{.period = {.total = 300_wan, .fiscal = 280_wan, .other = 20_wan},
                                                .current = {.total = 100_wan, .fiscal = 100_wan}}},
                                   .indicators = inds});
    for (auto layout : {jixiao::xlsx_write_layout::flat, jixiao::xlsx_write_layout::form}) {
        std::filesystem::create_directories(out_dir);
        const auto path = out_dir /
                          (layout == jixiao::xlsx_write_layout::flat ? "central_flat.xlsx" : "central_form.xlsx");
        REQUIRE_FALSE(jixiao::write_xlsx(s, path, {layout}).has_value());
        const auto r = jixiao::read_xlsx_file<C>(path);
        for (const auto& x : r.errors) MESSAGE(x.to_string());
        REQUIRE(r.ok());
        REQUIRE(r.store.size() == 1);
        CHECK(fuzz::same_record(r.store[0], s[0]));
    }
}

TEST_CASE("amounts are numbers with a four-decimal format, labels merged, a 目录 first") {
    std::filesystem::create_directories(out_dir);
    const auto path = out_dir / "seed_form_cells.xlsx";
    REQUIRE_FALSE(jixiao::write_xlsx(seed_csv(), path, {jixiao::xlsx_write_layout::form}).has_value());
    const auto wb = jixiao::xlsx::read_workbook_file(path);
    REQUIRE(wb.ok());
    const auto& book = *wb.book;
    REQUIRE(book.sheets.size() == 15);
    CHECK(book.sheets[0].name == "目录");
    CHECK(book.sheets[13].name == "序号13");
    const auto& s = book.sheets[13];
    // 本年度项目资金总额 of 序号13: 2533.8576, a number cell.
    bool found = false;
    for (const auto& c : s.cells) {
        if (c.value == "2533.8576" && !c.covered()) {
            CHECK(c.kind == jixiao::xlsx::cell_kind::number);
            found = true;
        }
    }
    CHECK(found);
    CHECK_FALSE(s.merged.empty());
    CHECK(jixiao::xlsx::is_form_sheet(s));
    CHECK(jixiao::xlsx::is_contents_sheet(book.sheets[0]));
}

TEST_CASE("a workbook that cannot be written is an error naming it") {
    const auto e = jixiao::write_xlsx(seed_csv(), "/nonexistent/dir/book.xlsx");
    REQUIRE(e.has_value());
    CHECK(e->file == "/nonexistent/dir/book.xlsx");
}

}  // TEST_SUITE

TEST_SUITE("xlsx.readme") {

// README.md's Workbooks example, on a committed fixture.
TEST_CASE("read a workbook, print its errors, write it as 表样 sheets") {
    using form = F;
    const auto book = (std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/data/xlsx/seed_form_openpyxl.xlsx").string();
    std::filesystem::create_directories(out_dir);
    const auto out = (out_dir / "readme.xlsx").string();
    std::ostringstream err;
    const auto set = jixiao::read_xlsx_file<form>(book);
    for (const auto& e : set.errors) err << e << '\n';
    const auto written = jixiao::write_xlsx(set.store, out, {jixiao::xlsx_write_layout::form});
    CHECK(err.str().empty());
    CHECK_FALSE(written.has_value());
    CHECK(jixiao::read_xlsx_file<form>(out).store.size() == 14);
}

}  // TEST_SUITE

}  // namespace write_test
