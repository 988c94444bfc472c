// Every finding points at its source (issue 11 §2), for workbooks: read_xlsx_files gives each table its origin,
// the workbook and sheet as book.xlsx[sheet] and the sheet's row, in the flat and in the 表样 layout; a finding
// then names the row through source_of. The rows asserted here were looked up in the fixtures with openpyxl.
#include <jixiao/io/xlsx.hpp>

#include <doctest/doctest.h>

#include <jixiao/io/csv.hpp>

#include <filesystem>
#include <string>

#include <jixiao/origin.hpp>
#include <jixiao/validate.hpp>

namespace xlsx_origin_test {
namespace {

using F = jixiao::forms::beijing_district_2020;

const std::filesystem::path data = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests" / "data" / "xlsx";

/// The table of a 序号 in a result, and its origin.
std::size_t table_of(const jixiao::xlsx_result<F>& r, int seq) {
    for (std::size_t k = 0; k < r.store.size(); ++k) {
        if (r.store[k].seq == seq) return k;
    }
    FAIL("no table 序号 " << seq);
    return 0;
}

/// The row of the impossible date 2020年4月31日 of 序号 10, through its finding.
jixiao::row_origin impossible_date_row(const jixiao::xlsx_result<F>& r) {
    const std::size_t t = table_of(r, 10);
    for (const auto& f : jixiao::validate(r.store[t])) {
        if (f.rule_id() == "impossible_date") return jixiao::source_of(r.origins[t], f);
    }
    FAIL("序号 10 has no impossible_date finding");
    return {};
}

TEST_CASE("xlsx origins: the flat layout names the workbook, the sheet and the sheet's row") {
    const auto path = data / "seed_flat_openpyxl.xlsx";
    const auto r = jixiao::read_xlsx_file<F>(path);
    REQUIRE(r.ok());
    REQUIRE(r.origins.size() == r.store.size());
    const std::string sheet = path.string() + "[项目]";
    // The 项目 sheet has a title row: 序号 3 is on row 5 (line 4 of projects.csv).
    CHECK(r.origins[table_of(r, 3)].table.file == sheet);
    CHECK(r.origins[table_of(r, 3)].table.line == 5);
    const auto row = impossible_date_row(r);
    CHECK(row.file == path.string() + "[指标]");
    CHECK(row.line == 149);
    CHECK(jixiao::to_string(row) == path.string() + "[指标]:149");
    // Every indicator and cost line has its row.
    for (std::size_t k = 0; k < r.store.size(); ++k) {
        CHECK(r.origins[k].indicators.size() == r.store[k].indicators.size());
        CHECK(r.origins[k].cost_lines.size() == r.store[k].cost_basis.size());
    }
}

TEST_CASE("xlsx origins: several flat workbooks, one per kind of row") {
    const auto projects = data / "seed_projects_libreoffice.xlsx";
    const auto indicators = data / "seed_indicators_libreoffice.xlsx";
    const auto r = jixiao::read_xlsx_files<F>({projects, indicators, data / "seed_cost_lines_libreoffice.xlsx"});
    REQUIRE(r.ok());
    CHECK(jixiao::to_string(r.origins[table_of(r, 13)].table) == projects.string() + "[projects]:14");
    CHECK(jixiao::to_string(impossible_date_row(r)) == indicators.string() + "[indicators]:149");
}

TEST_CASE("xlsx origins: the 表样 layout names the table's sheet and the row of each indicator") {
    const auto path = data / "seed_form_openpyxl.xlsx";
    const auto r = jixiao::read_xlsx_file<F>(path);
    REQUIRE(r.ok());
    REQUIRE(r.origins.size() == 14);
    // The table's own row is the row of 项目名称.
    CHECK(jixiao::to_string(r.origins[table_of(r, 13)].table) == path.string() + "[序号13]:4");
    CHECK(jixiao::to_string(impossible_date_row(r)) == path.string() + "[序号10]:22");
    // 序号 1's last indicator, the unnamed 服务对象满意度指标, is on row 30.
    const auto& one = r.origins[table_of(r, 1)];
    REQUIRE(!one.indicators.empty());
    CHECK(one.indicators.back().line == 30);
    for (std::size_t k = 0; k < r.store.size(); ++k) {
        CHECK(r.origins[k].indicators.size() == r.store[k].indicators.size());
        CHECK(r.origins[k].cost_lines.size() == r.store[k].cost_basis.size());
    }
    // The printed 表样 (no 测算依据, indicators one row per printed cell).
    const auto printed = data / "seed_printed_openpyxl.xlsx";
    const auto p = jixiao::read_xlsx_file<F>(printed);
    REQUIRE(p.ok());
    CHECK(jixiao::to_string(impossible_date_row(p)) == printed.string() + "[序号10]:16");
}

TEST_CASE("xlsx origins: a cell with line breaks does not move the rows below it") {
    // The seed's first table with a 项目绩效目标 over three lines: its CSV text spans three lines, its sheet row one.
    const auto seed = jixiao::read_csv_files<F>(
        {std::filesystem::path(JIXIAO_SOURCE_DIR) / "examples" / "fengtai_2020" / "projects.csv"});
    REQUIRE(seed.ok());
    jixiao::basic_project_store<F> store;
    for (std::size_t k = 0; k < seed.store.size(); ++k) {
        auto p = seed.store[k];
        if (k == 0) p.goal = "第一行\n第二行\n第三行";
        store.add(p);
    }
    const auto path = std::filesystem::temp_directory_path() / "jixiao_origin_line_breaks.xlsx";
    REQUIRE(!jixiao::write_xlsx(store, path).has_value());
    const auto r = jixiao::read_xlsx_file<F>(path);
    std::filesystem::remove(path);
    REQUIRE(r.ok());
    REQUIRE(r.origins.size() == store.size());
    CHECK(r.store[0].goal == "第一行\n第二行\n第三行");
    for (std::size_t k = 1; k < r.origins.size(); ++k) {
        CAPTURE(k);
        CHECK(r.origins[k].table.line == r.origins[0].table.line + k);
    }
}

TEST_CASE("xlsx origins: a workbook that cannot be read has no origins") {
    const auto r = jixiao::read_xlsx_file<F>(data / "hostile" / "not_a_zip.xlsx");
    CHECK(!r.ok());
    CHECK(r.store.size() == 0);
    CHECK(r.origins.size() == 0);
}

}  // namespace
}  // namespace xlsx_origin_test
