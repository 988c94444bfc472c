// Every finding points at its source (issue 11 §2): a finding of a table read from CSV files names the file and
// line of the row it is about, found from the table's origin and the finding's part and index (origin.hpp,
// source_of), through set_validator, table_origins, the JSON writer and the report.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <jixiao/io/csv.hpp>
#include <jixiao/io/json.hpp>
#include <jixiao/io/report.hpp>
#include <jixiao/origin.hpp>
#include <jixiao/project_store.hpp>
#include <jixiao/set_validator.hpp>
#include <jixiao/validate.hpp>

#include "../../examples/fengtai_2020/tables.hpp"

namespace origin_test {

namespace {

using F = fengtai_2020::form;
using P = jixiao::basic_project<F>;

// source_of works in constant evaluation, as findings do.
constexpr jixiao::row_origin indicator_rows[] = {{"i.csv", 5}, {"i.csv", 6}};
constexpr jixiao::row_origin cost_rows[] = {{"c.csv", 9}};
constexpr jixiao::table_origin sample_origin{{"p.csv", 2}, indicator_rows, cost_rows};
static_assert(jixiao::source_of(sample_origin, jixiao::table_part::indicator, 1).line == 6);
static_assert(jixiao::source_of(sample_origin, jixiao::table_part::cost_line, 0).file == "c.csv");
static_assert(jixiao::source_of(sample_origin, jixiao::table_part::funding_column, 1).line == 2);
static_assert(jixiao::source_of(sample_origin, jixiao::table_part::table, 0).line == 2);
static_assert(jixiao::source_of(sample_origin, jixiao::table_part::indicator, 7).line == 2);  // past the rows
static_assert(!jixiao::source_of(jixiao::table_origin{}, jixiao::table_part::indicator, 0).known());

// A set with every habit the reader supports that moves lines: a title row above the header, merged cells
// (blank 序号, 一级 and 二级 below the first row), and a 序号 used by two tables (duplicate_seq, across tables).
const std::string projects_csv =
    "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,以前年度区财政拨款,"
    "以前年度市财政拨款,以前年度自筹资金,本年度项目资金总额,本年度区财政拨款,本年度市财政拨款,本年度自筹资金,"
    "项目绩效目标,其他说明的问题\n"
    // line 2: 本年度's sources add up to 500, not 518.4 (funding_sources_sum, funding column 1)
    "1,2020,甲项目,申报单位,区残联教就部,2020/1/1,2020/12/31,0,0,0,0,518.4000,500.0000,,,目标,无\n"
    // line 3: the implementer differs from 甲's by the prefix 区 (unit_name_variants, across tables)
    "2,2020,乙项目,申报单位,残联教就部,2020/1/1,2020/12/31,0,0,0,0,2.0000,2.0000,,,目标,无\n"
    // lines 4 and 5: 序号 3 twice, with no rows (duplicate_seq)
    "3,2020,丙项目,申报单位,区残联教就部,2020/1/1,2020/12/31,0,0,0,0,1.0000,1.0000,,,目标,无\n"
    "3,2020,丁项目,申报单位,区残联教就部,2020/1/1,2020/12/31,0,0,0,0,1.0000,1.0000,,,目标,无\n";

const std::string indicators_csv =
    "北京市丰台区项目支出绩效目标表（2020年度）\n"                      // line 1: a title row
    "序号,一级指标,二级指标,三级指标,指标值,原文\n"                     // line 2
    "1,产出指标,产出数量指标,居家服务家庭数,2000户,为2000个家庭服务\n"  // line 3
    ",,,服务次数,≥72次,每户不低于72次\n"                                // line 4: merged 序号, 一级, 二级
    ",,,,≥10次,回访\n"  // line 5: merged, and no 三级 (missing_indicator_name)
    "1,效益指标,社会效益指标,生活质量,明显改善,改善生活质量\n"            // line 6
    ",满意度指标,服务对象满意度指标,残疾人满意率,≥90%,满意率不低于90%\n"  // line 7: merged 序号 only
    "2,产出指标,产出数量指标,终端数,100台,100台\n"                        // line 8
    "2,效益指标,社会效益指标,服务覆盖,明显改善,覆盖全区\n"                // line 9
    "2,满意度指标,服务对象满意度指标,满意率,≥90%,满意率不低于90%\n";      // line 10

const std::string cost_lines_csv =
    "测算依据\n"                                                                                // line 1: a title row
    "序号,项目,单价,单价单位,数量1,单位1,数量2,单位2,数量3,单位3,数量4,单位4,合计,原文,截断\n"  // line 2
    "2,办公电脑,0.0100,元/台,100,台,,,,,,,1.0000,100*100元,否\n"                                // line 3
    ",打印机,0.0100,元/台,100,台,,,,,,,1.5000,100*100元,否\n";  // line 4: merged 序号; 1.0000, not 1.5000

struct sourced {
    std::string rule;
    int seq;
    jixiao::table_part part;
    std::string source;
};

std::vector<sourced> check_set(jixiao::table_origins* keep = nullptr,
                               jixiao::basic_project_store<F>* tables = nullptr) {
    const std::vector<jixiao::csv_source> sources{{"projects.csv", projects_csv},
                                                  {"indicators.csv", indicators_csv},
                                                  {"cost_lines.csv", cost_lines_csv}};
    jixiao::set_validator<F> check;
    std::vector<sourced> out;
    auto on_finding = [&](const jixiao::finding& f, const jixiao::row_origin& at) {
        out.push_back({std::string(f.rule_id()), f.seq, f.part, jixiao::to_string(at)});
    };
    const auto r = jixiao::for_each_csv_table<F>(std::span(sources), [&](const P& p, const jixiao::csv_origin& o) {
        check.add(p, o, on_finding);
        if (keep != nullptr) keep->add(o);
        if (tables != nullptr) tables->add(p);  // a copy: p views the reader's text
    });
    for (const auto& e : r.errors) FAIL_CHECK(e.to_string());
    CHECK(r.tables == 4);
    check.finish(on_finding);
    return out;
}

/// The sources of the findings of a rule about 序号 seq.
std::vector<std::string> sources_of(const std::vector<sourced>& found, std::string_view rule, int seq) {
    std::vector<std::string> out;
    for (const auto& f : found) {
        if (f.rule == rule && f.seq == seq) out.push_back(f.source);
    }
    return out;
}

}  // namespace

TEST_CASE("origin: a finding of each part of a table read from CSV files names its file and line") {
    const auto found = check_set();
    // A funding column: the table's row, which holds the funding cells.
    CHECK(sources_of(found, "funding_sources_sum", 1) == std::vector<std::string>{"projects.csv:2"});
    // An indicator on a merged-cell continuation row, under a title row.
    CHECK(sources_of(found, "missing_indicator_name", 1) == std::vector<std::string>{"indicators.csv:5"});
    // A cost line on a merged-cell continuation row, under a title row.
    CHECK(sources_of(found, "cost_line_mismatch", 2) == std::vector<std::string>{"cost_lines.csv:4"});
    // The table's own cells: its row (丙 and 丁 have no indicators).
    const auto missing = sources_of(found, "required_category_missing", 3);
    CHECK(!missing.empty());
    for (const auto& s : missing) CHECK((s == "projects.csv:4" || s == "projects.csv:5"));
    // Across tables: the row of the table each finding names.
    const auto dup = sources_of(found, "duplicate_seq", 3);
    CHECK(dup == std::vector<std::string>{"projects.csv:4"});  // it names the first of the two tables, 丙
    const auto variants = sources_of(found, "unit_name_variants", 1);
    const auto variants2 = sources_of(found, "unit_name_variants", 2);
    REQUIRE(variants.size() + variants2.size() >= 1);
    for (const auto& s : variants) CHECK(s == "projects.csv:2");
    for (const auto& s : variants2) CHECK(s == "projects.csv:3");
    // Every finding of a table read from files has a row, and each part gives the row of its own kind.
    for (const auto& f : found) {
        CHECK_MESSAGE(!f.source.empty(), f.rule);
        if (f.part == jixiao::table_part::indicator) CHECK(f.source.starts_with("indicators.csv:"));
        if (f.part == jixiao::table_part::cost_line) CHECK(f.source.starts_with("cost_lines.csv:"));
        if (f.part == jixiao::table_part::table || f.part == jixiao::table_part::funding_column) {
            CHECK(f.source.starts_with("projects.csv:"));
        }
    }
}

TEST_CASE("origin: table_origins keeps the rows of a set for a report that validates it again") {
    jixiao::table_origins origins;
    jixiao::basic_project_store<F> tables;
    const auto streamed = check_set(&origins, &tables);
    REQUIRE(origins.size() == tables.size());
    // validate(set) gives the same findings in the same order, and source_of the same rows.
    const auto all = jixiao::validate(tables);
    REQUIRE(all.size() == streamed.size());
    std::size_t k = 0;
    for (const auto& f : all) {
        CHECK(jixiao::to_string(jixiao::source_of(origins[f.table], f)) == streamed[k].source);
        ++k;
    }
    // A table without an origin: no row.
    origins.add();
    CHECK(!origins[origins.size() - 1].table.known());
    CHECK(!origins[1000].table.known());

    // The text line: the row after the project's name; without one, as before.
    const jixiao::finding& f = *all.begin();
    std::ostringstream with, without;
    with << jixiao::sourced_finding{f, jixiao::source_of(origins[f.table], f)};
    without << f;
    CHECK(with.str().find(" (" + streamed[0].source + "): ") != std::string::npos);
    CHECK(without.str().find("(") == std::string::npos);
    std::ostringstream bare;
    bare << jixiao::sourced_finding{f, {}};
    CHECK(bare.str() == without.str());

    // JSON: "file" and "line" where known, absent otherwise.
    const std::string json = jixiao::detail::io::json_pieces<F>::finding(f, 0, jixiao::row_origin{"projects.csv", 2});
    CHECK(json.find("\"file\": \"projects.csv\"") != std::string::npos);
    CHECK(json.find("\"line\": 2") != std::string::npos);
    const std::string plain = jixiao::detail::io::json_pieces<F>::finding(f, 0);
    CHECK(plain.find("\"file\"") == std::string::npos);

    // The report: a column of rows in the findings, only when the tables have origins.
    jixiao::report_options opt;
    opt.origins = &origins;
    std::ostringstream md, md_plain;
    jixiao::write_report(md, jixiao::report_format::markdown, tables, opt);
    jixiao::write_report(md_plain, jixiao::report_format::markdown, tables);
    CHECK(md.str().find("| 来源 ") != std::string::npos);
    CHECK(md.str().find("indicators.csv:5") != std::string::npos);
    CHECK(md.str().find("cost_lines.csv:4") != std::string::npos);
    CHECK(md_plain.str().find("| 来源 ") == std::string::npos);
    CHECK(md_plain.str().find("projects.csv") == std::string::npos);
}

TEST_CASE("origin: tables written in C++ have no row; their findings print as before") {
    jixiao::set_validator<F> check;
    std::size_t known = 0, count = 0;
    for (const auto& p : fengtai_2020::tables) {
        check.add(p, [&](const jixiao::finding&, const jixiao::row_origin& at) {
            ++count;
            if (at.known()) ++known;
        });
    }
    check.finish([&](const jixiao::finding&, const jixiao::row_origin& at) {
        ++count;
        if (at.known()) ++known;
    });
    CHECK(count > 0);
    CHECK(known == 0);
}

}  // namespace origin_test
