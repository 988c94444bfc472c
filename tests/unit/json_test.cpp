// io/json.hpp: projects, totals and reports as JSON; projects read back; every error with line:column.
#include <jixiao/io/json.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace json_test {

namespace {

using namespace std::chrono_literals;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
using F = jixiao::forms::beijing_district_2020;
using P = jixiao::basic_project<F>;
using store = jixiao::basic_project_store<F>;
using jixiao::wan;

store sample() {
    store s;
    {
        const std::vector<jixiao::indicator> inds{
            {cat::quantity, "服务户数", jixiao::parse_target("2000户"), "为全区2000户提供居家服务", true,
             jixiao::decimal::parse("20")},
            {cat::quality, "服务质量", jixiao::parse_target("符合相关规定"), "服务质量符合相关规定"},
            {cat::output_cost, "总体成本", jixiao::parse_target("控制在447.8777万元内"), "控制在447.8777万元内", false,
             jixiao::decimal::parse("2.5")},
            {cat::social_benefit, "社会效益", jixiao::parse_target("无"), "无"},
            {cat::timeliness, "完成时限", jixiao::parse_target("≤12月"), "12月底前完成"},
            {cat::beneficiary_satisfaction, "残疾人满意度", jixiao::parse_target("95%以上"),
             "满意度\"95%\"以上\\\t\x01"},
            // A category of nobody's table: kept as written (JSON is the faithful format). A unit must be
            // one of known_units, as in CSV (issue 10: a unit of nobody's table is refused).
            {jixiao::category{{"自定义一级"}, "自定义二级"},
             "自定义",
             {jixiao::comparator::eq, jixiao::decimal(3), "公里"}},
        };
        const std::vector<jixiao::cost_line<wan>> lines{
            {"岗位补贴", 0.6172_wan, "元/人·月", {{334, "人"}, {12, "月"}}, 2473.7376_wan, "334人×6172元", false},
            {"交通补贴", 0.005_wan, "元/次", {{jixiao::decimal::parse("0.5"), "次"}}, std::nullopt, "", true},
        };
        P p;
        p.seq = 1;
        p.year = 2020y;
        p.name = "残疾人\"温馨家园\"运营 😀";
        p.applicant = "北京市丰台区残疾人联合会";
        p.implementer = "区残联教就部";
        p.start = 2020y / 1 / 1;
        p.end = 2020y / 12 / 31;
        p.funding[0] = {wan{}, {wan{}, wan{}, wan{}}};
        p.funding[1] = {2473.7426_wan, {2473.7426_wan, std::nullopt, wan{}}};
        p.goal = "第一行\n第二行\r\n第三行";
        p.indicators = jixiao::indicator_list<F>(std::span<const jixiao::indicator>(inds));
        p.cost_basis = lines;
        p.remarks = " 无 ";
        s.add(p);
    }
    {
        P p;
        p.seq = 2;
        p.name = "空白项目";
        p.funding[0] = {-1.5_wan, {}};
        p.funding[1] = {0.0001_wan, {std::nullopt, 0.0001_wan, std::nullopt}};
        s.add(p);
    }
    return s;
}

void check_same(const P& a, const P& b) {
    CAPTURE(a.seq);
    CHECK(a.seq == b.seq);
    CHECK(a.year == b.year);
    CHECK(a.name == b.name);
    CHECK(a.applicant == b.applicant);
    CHECK(a.implementer == b.implementer);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
    CHECK(a.funding == b.funding);
    CHECK(a.goal == b.goal);
    CHECK(a.remarks == b.remarks);
    REQUIRE(a.indicators.size() == b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
        CAPTURE(i);
        CHECK(a.indicators[i] == b.indicators[i]);
    }
    REQUIRE(a.cost_basis.size() == b.cost_basis.size());
    for (std::size_t i = 0; i < a.cost_basis.size(); ++i) {
        CAPTURE(i);
        CHECK(a.cost_basis[i] == b.cost_basis[i]);
    }
}

std::string only_error(std::string_view text) {
    const auto r = jixiao::read_json<F>(text, "t.json");
    CHECK(r.store.empty());
    REQUIRE(r.errors.size() == 1);
    return r.errors.front().to_string(jixiao::language::en);
}

/// A one-project document with `project` as the project's members after seq and funding.
std::string doc(std::string_view project) {
    return std::string(
               "{\"projects\": [{\"seq\": 1, \"funding\": {\"以前年度项目资金\": {\"total\": \"0\"}, "
               "\"本年度项目资金\": {\"total\": \"1\"}}") +
           std::string(project) + "}]}";
}

}  // namespace

TEST_CASE("json: write then read gives identical projects") {
    const store original = sample();
    for (bool extras : {true, false}) {
        const auto text = jixiao::write_json(original, {.totals = extras, .report = extras});
        const auto r = jixiao::read_json<F>(text, "out.json");
        for (const auto& e : r.errors) CAPTURE(e.to_string(jixiao::language::en));
        REQUIRE(r.ok());
        REQUIRE(r.store.size() == original.size());
        for (std::size_t i = 0; i < original.size(); ++i) check_same(original[i], r.store[i]);
        CHECK(jixiao::write_json(r.store, {.totals = extras, .report = extras}) == text);
    }
}

TEST_CASE("json: what is written") {
    const auto text = jixiao::write_json(sample());
    auto has = [&](std::string_view s) {
        CAPTURE(std::string(s));
        CHECK(text.find(s) != std::string::npos);
    };
    has("{\n  \"form\": \"北京市区级项目支出绩效目标表（2020年度）\",\n  \"projects\": [\n    {\n      \"seq\": 1,\n"
        "      \"year\": 2020,\n      \"name\": \"残疾人\\\"温馨家园\\\"运营 😀\",\n");
    has("\"start\": \"2020-01-01\",\n      \"end\": \"2020-12-31\",");
    has("\"本年度项目资金\": {\n          \"total\": \"2473.7426\",\n          \"sources\": {\n"
        "            \"区财政拨款\": \"2473.7426\",\n            \"市财政拨款\": null,\n            \"自筹资金\": \"0.0000\"\n");
    has("\"goal\": \"第一行\\n第二行\\r\\n第三行\"");
    has("\"target\": {\n            \"cmp\": \"le\",\n            \"value\": \"447.8777\",\n            \"unit\": \"万元\",\n"
        "            \"text\": \"≤447.8777万元\"\n          },");
    has("\"wording\": \"满意度\\\"95%\\\"以上\\\\\\t\\u0001\"");
    has("\"label\": \"产出数量指标\"");
    has("\"weight\": \"2.500000\"");
    has("\"quantities\": [\n            {\n              \"value\": \"0.5\",\n              \"unit\": \"次\"\n            }\n"
        "          ],\n          \"stated_total\": null,");
    has("\"seq\": 2,\n      \"year\": null,");
    has("\"start\": null,");
    has("\"indicators\": [],\n      \"cost_basis\": [],");
    has("\"totals\": {\n    \"projects\": 2,\n    \"current_column\": \"本年度项目资金\",\n    \"columns\": {\n"
        "      \"以前年度项目资金\": {\n        \"total\": \"-1.5000\",");
    has("\"report\": {\n    \"ok\": false,");
    has("\"rule\": \"negative_amount\",\n        \"severity\": \"error\",\n        \"seq\": 2,\n"
        "        \"project\": \"空白项目\",\n        \"message\": \"以前年度项目资金总额为 -1.5000 万元，金额不能为负数\"");
    CHECK(text.ends_with("}\n"));
}

TEST_CASE("json: totals and reports on their own") {
    const store s = sample();
    const auto t = jixiao::write_totals_json(jixiao::total(s));
    CHECK(
        t.find(
            "\"本年度项目资金\": {\n      \"total\": \"2473.7427\",\n      \"sources\": {\n"
            "        \"区财政拨款\": \"2473.7426\",\n        \"市财政拨款\": \"0.0001\",\n        \"自筹资金\": \"0.0000\"") !=
        std::string::npos);
    const auto empty = jixiao::write_report_json(jixiao::findings{});
    CHECK(empty ==
          "{\n  \"ok\": true,\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"infos\": 0,\n  \"findings\": []\n}\n");
}

TEST_CASE("json: totals the amount type cannot hold are null and given exactly, never a crash") {
    store s;
    P a;
    a.seq = 1;
    a.name = "甲";
    a.funding[1] = {wan::max(), {wan::max(), std::nullopt, std::nullopt}};
    s.add(a);
    P b = a;
    b.seq = 2;
    b.name = "乙";
    b.funding[1] = {1_yuan, {1_yuan, std::nullopt, std::nullopt}};
    s.add(b);
    const std::string text = jixiao::write_json(s);
    auto has = [&](std::string_view part) {
        CAPTURE(part);
        CHECK(text.find(part) != std::string::npos);
    };
    has("\"本年度项目资金\": {\n        \"total\": null,\n        \"sources\": {\n"
        "          \"区财政拨款\": null,\n          \"市财政拨款\": \"0.0000\",");
    has("\"overflow\": [\n      {\n        \"column\": \"本年度项目资金\",\n        \"exact\": "
        "\"922337203685477.5808\"\n      },\n      {\n        \"column\": \"本年度项目资金\",\n"
        "        \"row\": \"区财政拨款\",\n        \"exact\": \"922337203685477.5808\"\n      }\n    ]");
    has("\"rule\": \"amount_overflow\",\n        \"severity\": \"error\",\n        \"seq\": 2,");
    has("全部表格的本年度项目资金总额合计 922337203685477.5808 万元");
    // What write_json writes reads back: totals are derived data.
    const auto r = jixiao::read_json<F>(text);
    for (const auto& e : r.errors) CAPTURE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    CHECK(r.store.size() == 2);
    CHECK(r.store[0].funding[1].total == wan::max());
    // Totals that hold are written as before, with no "overflow" key.
    store one;
    one.add(a);
    CHECK(jixiao::write_totals_json(jixiao::total(one)).find("overflow") == std::string::npos);
}

TEST_CASE("json: reading what people write") {
    const auto path = std::filesystem::path(__FILE__).parent_path().parent_path() / "data" / "json" / "small.json";
    const auto r = jixiao::read_json_file<F>(path);
    for (const auto& e : r.errors) CAPTURE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    const P& p = r.store[0];
    CHECK(p.name == "残疾人家庭居家服务项目 😀");  // \u escapes, a surrogate pair
    CHECK(p.end == 2020y / 12 / 31);
    CHECK(p.funding[0].sources[0] == wan{});
    CHECK_FALSE(p.funding[0].sources[1].has_value());  // left out: blank
    CHECK(p.current().total == 518.4_wan);             // "5184000元"
    REQUIRE(p.indicators.size() == 2);
    CHECK(p.indicators[0].cat == cat::quantity);
    CHECK(p.indicators[0].target == jixiao::parse_target("≥2000人"));
    CHECK(p.indicators[1].wording == "满意度达到95%以上");
    CHECK(p.remarks.empty());

    const auto missing = jixiao::read_json_file<F>(path.parent_path() / "missing.json");
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors[0].to_string(jixiao::language::en) ==
          (path.parent_path() / "missing.json").string() + ": cannot open the file: no such file");
}

TEST_CASE("json: syntax errors name line and column") {
    CHECK(only_error("{\"projects\": []} x") == "t.json:1:18: unexpected text after the JSON document");
    CHECK(only_error("{\"projects\": [],\n \"projects\": []}") == "t.json:2:2: duplicate key \"projects\"");
    CHECK(only_error("{\"projects\": [1,]}") == "t.json:1:17: expected a JSON value");
    CHECK(only_error("{\"projects\": [], }") == "t.json:1:18: expected a key (a string in double quotes)");
    CHECK(only_error("{\"form\": \"北京") == "t.json:1:10: a string has no closing double quote");
    CHECK(only_error("{\"form\": \"a\nb\"}") ==
          "t.json:1:12: a control character in a string (write it as an escape such as \\n)");
    CHECK(only_error("{\"form\": \"\\ud800x\"}") ==
          "t.json:1:11: a high surrogate \\u escape not followed by a low one");
    CHECK(only_error("{\"form\": \"\\udc00\"}") == "t.json:1:11: a low surrogate \\u escape without a high one");
    CHECK(only_error("{\"form\": \"\\u12g4\"}") == "t.json:1:11: \\u needs four hexadecimal digits");
    CHECK(only_error("{\"form\": \"\\x\"}") == "t.json:1:11: an unknown escape in a string");
    CHECK(only_error("{\"projects\": [01]}") == "t.json:1:16: a number has a leading zero");
    CHECK(only_error("") == "t.json: the file is empty");
    CHECK(only_error(" ") == "t.json:1:2: expected a JSON value, found the end of the text");
    CHECK(only_error("\xEF\xBB\xBF\n{\"form\": \"北京\xB5\"}") ==
          "t.json:2:13: invalid UTF-8 (byte 0xB5); save the file as UTF-8 (a GBK file is not read)");
    CHECK(only_error(std::string(100, '[') + std::string(100, ']')) == "t.json:1:65: nesting deeper than 64");
}

TEST_CASE("json: content errors name line and column, and all are reported") {
    CHECK(only_error("[]") == "t.json:1:1: the document: expected an object, found an array");
    CHECK(only_error("{}") == "t.json:1:1: the document: missing key \"projects\"");
    CHECK(only_error("{\"form\": \"别的表\", \"projects\": []}") ==
          "t.json:1:10: the document is for the form \"别的表\", not \"北京市区级项目支出绩效目标表（2020年度）\"");
    CHECK(only_error("{\"projects\": [], \"extra\": 1}") ==
          "t.json:1:18: unknown key \"extra\" in the document (known: form, projects, totals, report)");
    CHECK(only_error(doc(", \"seq2\": 1")).starts_with("t.json:1:94: unknown key \"seq2\" in a project (known: seq, "));
    const std::string funding =
        ", \"funding\": {\"以前年度项目资金\": {\"total\": \"0\"}, \"本年度项目资金\": {\"total\": \"1\"}}";
    CHECK(only_error("{\"projects\": [{\"seq\": 1.5" + funding + "}]}") ==
          "t.json:1:23: seq: expected a whole number, found 1.5");
    CHECK(only_error("{\"projects\": [{\"seq\": 1e2" + funding + "}]}") ==
          "t.json:1:23: seq: expected a whole number, found 1e2");
    CHECK(only_error("{\"projects\": [{\"seq\": \"1\"" + funding + "}]}") ==
          "t.json:1:23: seq: expected a number, found a string");
    CHECK(only_error("{\"projects\": [{\"seq\": 99999999999" + funding + "}]}") ==
          "t.json:1:23: seq: expected a whole number, found 99999999999");
    CHECK(only_error("{\"projects\": [{\"seq\": 1}]}") == "t.json:1:15: a project: missing key \"funding\"");
    CHECK(only_error(
              "{\"projects\": [{\"seq\": 1, \"funding\": {\"以前年度项目资金\": {\"total\": 0}, \"本年度项目资金\": "
              "{\"total\": \"1\"}}}]}") ==
          "t.json:1:60: total: an amount is written as a string (\"518.4000\"), so that it stays exact");
    CHECK(only_error("{\"projects\": [{\"seq\": 1, \"funding\": {\"以前年度项目资金\": {\"total\": \"0.00001\"}, "
                     "\"本年度项目资金\": {\"total\": \"1\"}}}]}") ==
          "t.json:1:67: bad amount in total \"0.00001\": a non-zero digit beyond the type's fraction digits (after "
          "unit conversion)");
    CHECK(only_error("{\"projects\": [{\"seq\": 1, \"funding\": {\"本年度项目资金\": {\"total\": \"1\"}}}]}") ==
          "t.json:1:37: funding: missing key \"以前年度项目资金\"");
    CHECK(only_error(doc(", \"start\": \"2020-02-31x\"")) ==
          "t.json:1:114: bad date in start \"2020-02-31x\": expected a date YYYY/M/D or YYYY-MM-DD");
    CHECK(only_error(doc(", \"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"a\", "
                         "\"target\": {\"cmp\": \"ge\", \"value\": \"90\", \"unit\": \"%\", \"text\": \"≥95%\"}}]")) ==
          "t.json:1:219: target text \"≥95%\" does not match cmp, value and unit (≥90%)");
    CHECK(only_error(doc(", \"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"a\", "
                         "\"target\": {\"cmp\": \">=\"}}]")) ==
          "t.json:1:177: unknown cmp \">=\" (eq, ge, gt, le, lt, qualitative or none)");
    CHECK(only_error(doc(", \"cost_basis\": [{\"unit_price\": \"1\", \"quantities\": [{\"value\": \"1\"}, {\"value\": "
                         "\"2\"}, {\"value\": \"3\"}, {\"value\": \"4\"}, {\"value\": \"5\"}]}]")) ==
          "t.json:1:208: a cost line has at most four quantities");
    CHECK(only_error(doc(", \"cost_basis\": [{\"unit_price\": \"1\", \"quantities\": [{\"value\": 2}]}]")) ==
          "t.json:1:154: value: a decimal is written as a string (\"90\"), so that it stays exact");

    // Several errors in one document: all reported, nothing loaded.
    const auto r = jixiao::read_json<F>(
        "{\"projects\": [\n{\"seq\": \"a\", \"funding\": {}},\n{\"seq\": 2, \"x\": 1}\n]}", "t.json");
    CHECK(r.store.empty());
    REQUIRE(r.errors.size() == 5);
    CHECK(r.errors[0].to_string(jixiao::language::en) == "t.json:2:9: seq: expected a number, found a string");
    CHECK(r.errors[1].to_string(jixiao::language::en) == "t.json:2:25: funding: missing key \"以前年度项目资金\"");
    CHECK(r.errors[2].to_string(jixiao::language::en) == "t.json:2:25: funding: missing key \"本年度项目资金\"");
    CHECK(r.errors[3].to_string(jixiao::language::en).starts_with("t.json:3:12: unknown key \"x\" in a project"));
    CHECK(r.errors[4].to_string(jixiao::language::en) == "t.json:3:1: a project: missing key \"funding\"");
}

// ------------------------------------------------------------------------------------------------
// Hostile input (issue 10).

namespace {
/// The 1-based column, in Unicode characters, of byte `offset` of a one-line text.
std::string column_of(std::string_view text, std::size_t offset) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < offset; ++i) chars += (static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U ? 1U : 0U;
    return std::to_string(chars + 1);
}

/// A document whose one project has one indicator with the given target object.
std::string with_target(std::string_view target) {
    return doc(", \"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"x\", \"target\": " +
               std::string(target) + "}]");
}
}  // namespace

TEST_CASE("json: a year outside 1-9999 is an error, not wrapped to 16 bits (issue 10)") {
    auto year = [](std::string_view y) { return jixiao::read_json<F>(doc(", \"year\": " + std::string(y)), "t.json"); };
    const std::string prefix = doc(", \"year\": ");
    const std::string at = "t.json:1:" + column_of(prefix, prefix.size() - 3) + ": year: ";
    CHECK(only_error(doc(", \"year\": 67556")) == at + "year 67556 is not 1-9999 (leave the year blank for none)");
    CHECK(only_error(doc(", \"year\": 32768")).starts_with(at + "year 32768 is not 1-9999"));
    CHECK(only_error(doc(", \"year\": 65536")).starts_with(at + "year 65536 is not 1-9999"));
    CHECK(only_error(doc(", \"year\": 0")).starts_with(at + "year 0 is not 1-9999"));
    CHECK(only_error(doc(", \"year\": " + std::string(10000, '9'))).size() < 300);
    CHECK(only_error(doc(", \"year\": -1")).starts_with(at + "expected a year"));
    CHECK(only_error(doc(", \"year\": 2020.5")).starts_with(at + "expected a year"));
    const auto ok = year("2020");
    REQUIRE(ok.ok());
    CHECK(static_cast<int>(ok.store[0].year) == 2020);
    const auto blank = year("null");
    REQUIRE(blank.ok());
    CHECK(static_cast<int>(blank.store[0].year) == 0);
}

TEST_CASE("json: a target must be what CSV can hold too (issue 10)") {
    // Each loaded from JSON before and did not survive a CSV round trip.
    CHECK(only_error(with_target(R"({"cmp": "ge", "value": "-5", "unit": "%"})"))
              .ends_with(": bad target: negative numbers are not targets"));
    CHECK(only_error(with_target(R"({"cmp": "eq", "value": "3", "unit": "光年"})"))
              .ends_with(": bad target: unknown unit (see jixiao::known_units; spelt as listed there)"));
    CHECK(only_error(with_target(R"({"cmp": "eq", "value": "3", "unit": "人,次"})"))
              .ends_with(": bad target: unknown unit (see jixiao::known_units; spelt as listed there)"));
    CHECK(only_error(with_target(R"({"cmp": "none", "value": "5"})"))
              .ends_with(": bad target: a qualitative target or none has no number"));
    CHECK(only_error(with_target(R"({"cmp": "qualitative", "unit": "%"})"))
              .ends_with(": bad target: a qualitative target or none has no unit"));
    // The error is at the part that breaks the rule: here the value's opening quote.
    const std::string neg = with_target(R"({"cmp": "ge", "value": "-5", "unit": "%"})");
    CHECK(only_error(neg).starts_with("t.json:1:" + column_of(neg, neg.find("\"-5\"")) + ": "));
    const auto good = jixiao::read_json<F>(with_target(R"({"cmp": "ge", "value": "90", "unit": "%"})"), "t.json");
    REQUIRE(good.ok());
    CHECK(good.store[0].indicators[0].target == jixiao::parse_target("≥90%"));
}

TEST_CASE("json: large objects: duplicate keys found in linear time, errors capped (issue 10)") {
    std::string totals;
    for (int k = 0; k < 20000; ++k) totals += (k == 0 ? "\"k" : ", \"k") + std::to_string(k) + "\": 1";
    const std::string clean = "{\"projects\": [], \"totals\": {" + totals + "}}";
    CHECK(jixiao::read_json<F>(clean, "t.json").ok());
    const std::string dup = "{\"projects\": [], \"totals\": {" + totals + ", \"k19999\": 2}}";
    CHECK(only_error(dup) == "t.json:1:" + column_of(dup, dup.rfind("\"k19999\"")) + ": duplicate key \"k19999\"");
    // 20,000 unknown keys in a project: 100 listed, the rest counted.
    const auto r = jixiao::read_json<F>(doc(", " + totals), "t.json");
    REQUIRE(r.errors.size() == jixiao::max_errors_per_file + 1);
    CHECK(r.errors.back().to_string(jixiao::language::en) ==
          "t.json: … and 19900 more errors in this file (only the first 100 are listed)");
    CHECK(r.error_count() == 20000);
}

}  // namespace json_test
