// Self-evaluation sets from CSV files (include/jixiao/io/self_evaluation_csv.hpp, issue 14 §1): the Sichuan 2023
// tables of tests/data/self_evaluation/sichuan read back as transcribed in self_evaluation_tables.hpp; the invented
// central set scored as worked by hand in tests/data/self_evaluation/README.md; each spreadsheet habit; each bad
// input refused with its file, line and column.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <jixiao/io/self_evaluation_csv.hpp>
#include <jixiao/self_evaluation.hpp>

#include "self_evaluation_tables.hpp"

namespace self_evaluation_csv_test {
namespace {

using F = jixiao::forms::beijing_district_2020;
using namespace jixiao::literals;
namespace profiles = jixiao::profiles;

const std::filesystem::path data = std::filesystem::path(__FILE__).parent_path().parent_path() / "data" /
                                   "self_evaluation";

jixiao::self_evaluation_read_result<> read_set(const std::string& name) {
    const auto dir = data / name;
    const std::vector<std::filesystem::path> files{dir / "results.csv", dir / "projects.csv", dir / "execution.csv"};
    auto r = jixiao::read_self_evaluation_csv_files<F>(files);
    for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
    return r;
}

/// The errors of reading sources, each as file:line:column: reason in English.
std::vector<std::string> errors_of(std::initializer_list<jixiao::csv_source> sources) {
    const auto r = jixiao::read_self_evaluation_csv<F>(sources);
    std::vector<std::string> out;
    for (const auto& e : r.errors) out.push_back(e.to_string(jixiao::language::en));
    CHECK(r.store.size() == 0);
    return out;
}

const std::string projects = "序号,年度,项目名称,主管部门,项目实施单位\n1,2020,甲项目,区残联,区残联教就部\n";
const std::string execution = "序号,资金,年初预算数,全年预算数,全年执行数,分值,得分\n1,年度资金总额,100,100,90,10,9\n";
const std::string results_head = "序号,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析\n";

void check_rows(const jixiao::self_evaluation& got, const jixiao::self_evaluation& want) {
    CHECK(got.name == want.name);
    CHECK(got.department == want.department);
    CHECK(got.year == want.year);
    REQUIRE(got.funding.size() == want.funding.size());
    for (std::size_t k = 0; k < got.funding.size(); ++k) {
        CAPTURE(k);
        CHECK(got.funding[k].label == want.funding[k].label);
        CHECK(got.funding[k].initial == want.funding[k].initial);
        CHECK(got.funding[k].budget == want.funding[k].budget);
        CHECK(got.funding[k].executed == want.funding[k].executed);
        CHECK(got.funding[k].points == want.funding[k].points);
        CHECK(got.funding[k].score == want.funding[k].score);
    }
    REQUIRE(got.indicators.size() == want.indicators.size());
    for (std::size_t k = 0; k < got.indicators.size(); ++k) {
        CAPTURE(k);
        const auto &g = got.indicators[k], &w = want.indicators[k];
        CHECK(g.cat == w.cat);
        CHECK(g.name == w.name);
        CHECK(g.target == w.target);
        CHECK(g.actual == w.actual);
        CHECK(g.points == w.points);
        CHECK(g.score == w.score);
    }
}

TEST_CASE("self-evaluation CSV: the Sichuan tables read back as transcribed, with their rows") {
    const auto r = read_set("sichuan");
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == 4);
    check_rows(r.store[0], sichuan::qingshen);
    check_rows(r.store[1], sichuan::daying_cost_tail);
    check_rows(r.store[2], sichuan::daying_anke);
    check_rows(r.store[3], sichuan::wage_fragment);
    CHECK(r.store[0].implementer == "青神县发展和改革局");
    CHECK(r.store[1].name.empty());  // the excerpt does not show it: kept blank
    // The Sichuan form's three target columns are one target; 经济成本指标 stays under 产出指标 as filed.
    CHECK(r.store[1].indicators[0].cat.level1.name == "产出指标");
    CHECK(r.store[1].indicators[0].cat.name == "经济成本指标");
    CHECK(to_string(r.store[1].indicators[0].target) == "≤30万元");
    // Origins: the projects row, each funding row and each indicator.
    REQUIRE(r.origins.size() == 4);
    CHECK(jixiao::to_string(r.origins[2].table) == (data / "sichuan" / "projects.csv").string() + ":4");
    REQUIRE(r.origins[2].funding_rows.size() == 5);
    CHECK(r.origins[2].funding_rows[0].line == 7);
    CHECK(r.origins[3].indicators.back().line == 8);
}

TEST_CASE("self-evaluation CSV: the Sichuan tables scored by the Sichuan profile") {
    const auto r = read_set("sichuan");
    REQUIRE(r.ok());
    const auto qingshen = jixiao::score(r.store[0], profiles::sichuan_2023);
    CHECK(qingshen.total == jixiao::score_value(10));
    CHECK(qingshen.execution_rate == jixiao::score_value(100));
    CHECK(qingshen.found.count(jixiao::self_evaluation_rules::actual_missing) == 2);
    CHECK(qingshen.found.count(jixiao::self_evaluation_rules::score_mismatch) == 0);
    const auto tail = jixiao::score(r.store[1], profiles::sichuan_2023);
    CHECK(tail.total == jixiao::score_value(90));
    CHECK(tail.level == jixiao::grade::excellent);
    CHECK(tail.found.count(jixiao::self_evaluation_rules::score_mismatch) == 0);
    // The same tables as the C++ transcription scores them.
    CHECK(jixiao::score(r.store[2], profiles::sichuan_2023).total ==
          jixiao::score(sichuan::daying_anke, profiles::sichuan_2023).total);
}

TEST_CASE("self-evaluation CSV: the central set scores as worked by hand, and the wrong 得分 is named at its row") {
    const auto r = read_set("central");
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == 3);
    const auto one = jixiao::score(r.store[0], profiles::central_2020);
    CHECK(one.execution_rate == jixiao::score_value::parse("97.50"));
    CHECK(one.execution_points == jixiao::score_value::parse("9.75"));
    CHECK(one.total == jixiao::score_value::parse("96.75"));
    CHECK(one.level == jixiao::grade::excellent);
    CHECK(one.found.empty());
    const auto two = jixiao::score(r.store[1], profiles::central_2020);
    CHECK(two.total == jixiao::score_value(100));
    REQUIRE(two.found.count(jixiao::self_evaluation_rules::score_mismatch) == 2);
    std::vector<std::string> rows;
    for (const auto& f : two.found) rows.push_back(jixiao::to_string(jixiao::source_of(r.origins[1], f)));
    CHECK(rows[0] == (data / "central" / "results.csv").string() + ":9");   // 19.6 of 20
    CHECK(rows[1] == (data / "central" / "projects.csv").string() + ":3");  // 总分 99.6
    const auto three = jixiao::score(r.store[2], profiles::central_2020);
    CHECK(three.total == jixiao::score_value(83));
    CHECK(three.level == jixiao::grade::good);
    CHECK(three.found.empty());
    // The row with a blank 序号, 一级 and 二级 continues the one above it.
    CHECK(r.store[2].indicators.size() == 6);
}

TEST_CASE("self-evaluation CSV: the central set under each shipped profile") {
    const auto r = read_set("central");
    REQUIRE(r.ok());
    auto totals = [&](const jixiao::scoring_profile& p) {
        std::vector<std::string> out;
        for (const auto& t : r.store) out.push_back(to_string(jixiao::score(t, p).total));
        return out;
    };
    // Its 分值 fit the central groups (产出 50, 效益 30, 满意度 10) and the table-points profiles alike; Jiangxi's
    // bands (部分达成 50–80 %) hold table 3's 21 of 30 as the central ones (60–80 %) do.
    const std::vector<std::string> same{"96.75", "100.00", "83.00"};
    CHECK(totals(profiles::central_2020) == same);
    CHECK(totals(profiles::sichuan_2023) == same);
    CHECK(totals(profiles::jiangxi) == same);
    // Hubei gives 预算执行率 20 points: 19.5 + 87, 20 + 90, 16 + 75, and says the table's 分值 add up to 110.
    CHECK(totals(profiles::hubei) == std::vector<std::string>{"106.50", "110.00", "91.00"});
    const auto hubei = jixiao::score(r.store[0], profiles::hubei);
    CHECK(hubei.found.count(jixiao::self_evaluation_rules::points_sum) == 2);
    CHECK(hubei.execution_points == jixiao::score_value::parse("19.50"));
}

TEST_CASE("self-evaluation CSV: spreadsheet habits (title rows, 元 headers, ¥ and separators, merged cells)") {
    const std::string title = "项目支出绩效自评表（2020年度）\n\n";
    const auto r = jixiao::read_self_evaluation_csv<F>({
        {"p.csv", title + projects},
        {"x.csv", title + "序号,资金,年初预算数（元）,全年预算数（元）,全年执行数（元）,执行率,分值,得分\n"
                          "1,年度资金总额,\"¥1,000,000\",\"1,000,000\",\"900,000\",90.00%,10,9\n"
                          ",其中：财政拨款,\"1,000,000\",\"1,000,000\",\"900,000\",90%,,\n"},
        {"r.csv", results_head + "1,产出指标,数量指标,服务人数,≥100人,100人,50,50,\n"
                                 ",,质量指标,合格率,95%（含）以上,96%,,,\n"
                                 ",效益指标,社会效益指标,生活改善,明显改善,达成,30,27,\n"},
    });
    for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    const auto& t = r.store[0];
    REQUIRE(t.funding.size() == 2);
    CHECK(t.funding[0].budget == 100_wan);
    CHECK(t.funding[0].executed == 90_wan);
    CHECK(t.funding[1].label == "其中：财政拨款");
    REQUIRE(t.indicators.size() == 3);
    CHECK(t.indicators[1].cat == jixiao::categories::quality);
    CHECK(to_string(t.indicators[1].target) == "≥95%");
    CHECK(t.indicators[2].actual.kind == jixiao::actual_kind::band);
    CHECK(jixiao::to_string(r.origins[0].indicators[1]) == "r.csv:3");
    CHECK(jixiao::to_string(r.origins[0].funding_rows[1]) == "x.csv:5");
}

TEST_CASE("self-evaluation CSV: bad input is refused with its file, line and column") {
    // A 实际完成值 with a comparator, one not in the list, an unknown column, a 序号 with no table.
    CHECK(errors_of({{"p.csv", projects},
                     {"x.csv", execution},
                     {"r.csv", results_head + "1,产出指标,数量指标,人数,≥100人,≥100人,50,50,\n"}}) ==
          std::vector<std::string>{"r.csv:2:22: bad 实际完成值 「≥100人」: an actual value is a number without a "
                                   "comparator (≥, 不低于, 以上 … belong to the target)"});
    CHECK(errors_of({{"p.csv", projects},
                     {"x.csv", execution},
                     {"r.csv", results_head + "1,产出指标,数量指标,人数,≥100人,良好,50,50,\n"}})
              .front()
              .starts_with("r.csv:2:22: bad 实际完成值 「良好」: not a 实际完成值"));
    CHECK(errors_of({{"p.csv", projects},
                     {"x.csv", "序号,资金,全年预算数,全年执行数,执行数量\n1,年度资金总额,100,90,1\n"}}) ==
          std::vector<std::string>{"x.csv:1:19: unknown column 「执行数量」 (misspelt? a column whose header starts "
                                   "with # is left out)"});
    CHECK(errors_of({{"p.csv", projects}, {"x.csv", "序号,资金,全年预算数,全年执行数\n2,年度资金总额,100,90\n"}}) ==
          std::vector<std::string>{"x.csv:2:1: 序号 2 is not a table of the projects files"});
    // A 执行率 that is not 执行数 / 预算数; an amount that is not one; a row with a cell too many.
    CHECK(errors_of({{"p.csv", projects},
                     {"x.csv", "序号,资金,全年预算数,全年执行数,执行率\n1,年度资金总额,100,90,95%\n"}}) ==
          std::vector<std::string>{"x.csv:2:17: 执行率 「95%」 is not 全年执行数 / 全年预算数"});
    CHECK(errors_of({{"p.csv", projects}, {"x.csv", "序号,资金,全年预算数,全年执行数\n1,年度资金总额,1,23,4,90\n"}})
              .front()
              .starts_with("x.csv:2:1: the row has 6 cells, the header 4"));
    CHECK(errors_of({{"p.csv", projects}, {"x.csv", "序号,资金,全年预算数,全年执行数\n1,年度资金总额,abc,90\n"}})
              .front()
              .starts_with("x.csv:2:10: bad amount in 全年预算数 「abc」"));
    // The same 序号 twice in the projects files; a required column missing; no header at all.
    CHECK(errors_of({{"p.csv", projects + "1,2020,乙项目,区残联,区残联\n"}, {"x.csv", execution}}) ==
          std::vector<std::string>{"p.csv:3:1: 序号 1 is already used at p.csv:2: each table needs its "
                                   "own 序号"});
    CHECK(errors_of({{"p.csv", projects}, {"x.csv", "资金,全年执行数\n年度资金总额,90\n"}}) ==
          std::vector<std::string>{"x.csv:1:1: the required column 「序号」 is missing"});
    CHECK(errors_of({{"p.csv", projects}, {"n.csv", "a,b\n1,2\n"}}) ==
          std::vector<std::string>{"n.csv: no header row: a file of a self-evaluation set has a header row with "
                                   "项目名称, 全年执行数 or 实际完成值"});
    // Chinese by default.
    const auto zh = jixiao::read_self_evaluation_csv<F>(
        {{"p.csv", projects}, {"x.csv", "序号,资金,全年预算数,全年执行数\n2,年度资金总额,100,90\n"}});
    REQUIRE(zh.errors.size() == 1);
    CHECK(zh.errors[0].to_string() == "x.csv:2:1: 序号 2 在项目表里找不到");
}

TEST_CASE("self-evaluation CSV: what the review of the first version found") {
    // A blank 年度 is no year, as in a target table's projects file.
    const auto blank_year = jixiao::read_self_evaluation_csv<F>(
        {{"p.csv", "序号,年度,项目名称\n1,,甲项目\n"}, {"x.csv", execution}});
    REQUIRE(blank_year.ok());
    CHECK(static_cast<int>(blank_year.store[0].year) == 0);
    // A bad cell in a projects row: that error only, not one more per row that names the table.
    CHECK(errors_of({{"p.csv", "序号,年度,项目名称\n1,20x0,甲项目\n"}, {"x.csv", execution}}) ==
          std::vector<std::string>{"p.csv:2:5: bad 年度 「20x0」: expected a year (a whole number 1-9999)"});
    // Merged 一级 / 二级 cells continue within one table's rows, not into the next table's.
    CHECK(errors_of({{"p.csv", projects + "2,2020,乙项目,区残联,区残联\n"},
                     {"r.csv", results_head + "1,产出指标,数量指标,人数,≥100人,100人,50,50,\n"
                                              "2,,,人次,≥10人次,10人次,50,50,\n"}}) ==
          std::vector<std::string>{"r.csv:3:4: 二级指标 is empty"});
    // Every error is counted, listed or not.
    std::string many = "序号,资金,全年预算数,全年执行数\n";
    for (int k = 0; k < 3000; ++k) many += "1,年度资金总额,abc,1\n";
    const auto r = jixiao::read_self_evaluation_csv<F>({{"p.csv", projects}, {"x.csv", many}});
    CHECK(r.error_count() == 3000);
    CHECK(r.errors.size() == jixiao::max_errors_per_file + 1);
    // 执行率: cut or rounded half up at the digits written; 1/3 is 33.33% or 33.3%, never 33.34%.
    auto rate = [&](const std::string& written) {
        return jixiao::read_self_evaluation_csv<F>(
                   {{"p.csv", projects},
                    {"x.csv", "序号,资金,全年预算数,全年执行数,执行率\n1,年度资金总额,3,1," + written + "\n"}})
            .ok();
    };
    CHECK(rate("33.33%"));
    CHECK(rate("33.3%"));
    CHECK(rate("33%"));
    CHECK(!rate("33.34%"));
    CHECK(!rate("34%"));
}

TEST_CASE("monitoring CSV: a table with no monitoring month is refused") {
    const auto r = jixiao::read_monitoring_csv<F>(
        {{"p.csv", projects}, {"m.csv", "序号,资金,全年预算数,全年预计执行数\n1,年度资金总额,100,95\n"}});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].to_string(jixiao::language::en).starts_with("p.csv:2:1: 序号 1 has no monitoring month"));
    // A reason the reader gives in English only is not shown to a Chinese reader as English.
    const auto causes = jixiao::read_monitoring_csv<F>(
        {{"p.csv", projects},
         {"m.csv", "序号,资金,全年预算数,1-6月执行数,偏差原因\n1,年度资金总额,100,30,经费保障不足\n"}});
    REQUIRE(causes.errors.size() == 1);
    CHECK(causes.errors[0].to_string() ==
          "m.csv:2:21: 偏差原因「经费保障不足」：偏差原因类别后面还有文字：这里只填类别，说明请写在「偏差原因说明」");
}

TEST_CASE("self-evaluation CSV: a GB18030 file is read, with a note") {
    // 序号,资金,全年预算数,全年执行数 / 1,年度资金总额,100,90 as Excel's plain CSV writes it on Chinese Windows.
    const std::string gb =
        "\xD0\xF2\xBA\xC5,\xD7\xCA\xBD\xF0,\xC8\xAB\xC4\xEA\xD4\xA4\xCB\xE3\xCA\xFD,\xC8\xAB\xC4\xEA\xD6\xB4\xD0\xD0\xCA\xFD\n1,\xC4\xEA\xB6\xC8\xD7\xCA\xBD\xF0\xD7\xDC\xB6\xEE,100,90\n";
    const auto r = jixiao::read_self_evaluation_csv<F>({{"p.csv", projects}, {"x.csv", gb}});
    REQUIRE(r.ok());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].to_string() == "x.csv: 按 GB18030（GBK）编码读取：文件不是 UTF-8，但是有效的 GB18030");
    REQUIRE(r.store[0].funding.size() == 1);
    CHECK(r.store[0].funding[0].label == "年度资金总额");
    CHECK(r.store[0].funding[0].executed == 90_wan);
    // Forced to UTF-8, the same bytes are an error at their place.
    const auto u = jixiao::read_self_evaluation_csv<F>({{"p.csv", projects}, {"x.csv", gb}}, {.encoding = "UTF-8"});
    REQUIRE(u.errors.size() == 1);
    CHECK(u.errors[0].to_string(jixiao::language::en).starts_with("x.csv:1:1: invalid UTF-8"));
}

TEST_CASE("monitoring CSV: the month from 1-N月 headers, rows by 序号, progress() findings at their rows") {
    const auto dir = data.parent_path() / "monitoring";
    const std::vector<std::filesystem::path> files{dir / "indicators.csv", dir / "funding.csv", dir / "projects.csv"};
    const auto r = jixiao::read_monitoring_csv_files<F>(files);
    for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == 3);
    const auto& two = r.store[1];
    CHECK(two.month == 6);
    REQUIRE(two.funding.size() == 2);
    CHECK(two.funding[0].budget == 300_wan);
    CHECK(two.funding[0].executed == 60_wan);
    CHECK(two.funding[0].expected == 285_wan);
    CHECK(two.funding[0].causes.has(jixiao::deviation_cause::funding));
    CHECK(two.funding[0].causes.has(jixiao::deviation_cause::other));
    CHECK(two.funding[0].measure == "7月重新招标，9月底前完成采购");
    REQUIRE(two.indicators.size() == 2);
    CHECK(two.indicators[0].likely == jixiao::likelihood::possible);
    CHECK(two.indicators[1].reached.kind == jixiao::actual_kind::band);
    CHECK(r.store[0].indicators[1].cat == jixiao::categories::quality);  // blank 一级: the row above's
    const auto p = jixiao::progress(two);
    CHECK(p.elapsed == jixiao::score_value(50));
    REQUIRE(p.funding[0].rate);
    CHECK(*p.funding[0].rate == jixiao::score_value(20));
    std::vector<std::string> found;
    for (const auto& f : p.found) {
        found.push_back(std::string(f.rule_id()) + " " + jixiao::to_string(jixiao::source_of(r.origins[1], f)));
    }
    CHECK(found == std::vector<std::string>{"execution_behind_schedule " + (dir / "funding.csv").string() + ":5",
                                            "unlikely_without_cause " + (dir / "indicators.csv").string() + ":6"});
}

TEST_CASE("monitoring CSV: bad cells and mixed sets are refused with their place") {
    const std::string head = "序号,资金,全年预算数,1-6月执行数,全年预计执行数,偏差原因\n";
    auto errors = [](std::initializer_list<jixiao::csv_source> sources) {
        const auto r = jixiao::read_monitoring_csv<F>(sources);
        std::vector<std::string> out;
        for (const auto& e : r.errors) out.push_back(e.to_string(jixiao::language::en));
        CHECK(r.store.size() == 0);
        return out;
    };
    CHECK(errors({{"p.csv", projects}, {"m.csv", head + "1,年度资金总额,100,30,95,天气\n"}}) ==
          std::vector<std::string>{"m.csv:2:20: bad 偏差原因 「天气」: not a 偏差原因 class: write 经费保障, 制度保障, "
                                   "人员保障, 硬件条件保障 or 其他"});
    CHECK(errors({{"p.csv", projects},
                  {"i.csv", "序号,二级指标,年度指标值,1-6月执行情况,完成目标可能性\n1,数量指标,≥10人,5人,大概能\n"}}) ==
          std::vector<std::string>{"i.csv:2:16: bad 完成目标可能性 「大概能」: not a 完成目标可能性: write 确定能, "
                                   "有可能 or 完全不可能"});
    // Two months in one file; a self-evaluation file in a monitoring set.
    CHECK(errors({{"p.csv", projects}, {"m.csv", "序号,资金,1-6月执行数,1-9月执行数\n1,年度资金总额,30,60\n"}})
              .front()
              .starts_with("m.csv:1:15: a column of months 1-9 in a file of months 1-6"));
    CHECK(errors({{"p.csv", projects}, {"m.csv", head + "1,年度资金总额,100,30,95,\n"}, {"x.csv", execution}})
              .front()
              .starts_with("x.csv:1:1: a file of a self-evaluation set"));
    // The headers of month N: 1-N月, 1—N月, 1至N月, 1月; N from 1 to 12 only.
    bool amounts = false;
    CHECK(jixiao::detail::io::month_column("1-6月执行数", amounts) == 6);
    CHECK(amounts);
    CHECK(jixiao::detail::io::month_column("1至12月完成情况", amounts) == 12);
    CHECK(!amounts);
    CHECK(jixiao::detail::io::month_column("1月执行数", amounts) == 1);
    CHECK(jixiao::detail::io::month_column("1-13月执行数", amounts) == 0);
    CHECK(jixiao::detail::io::month_column("1-6月预算数", amounts) == 0);
}

}  // namespace
}  // namespace self_evaluation_csv_test
