// Every finding points at its source (issue 11 §2), for JSON documents: read_json gives each table its origin, the
// document's name and the line where the object of the project, of each indicator and of each cost line starts,
// so that a finding names that line (through source_of).
#include <doctest/doctest.h>

#include <string>

#include <jixiao/io/json.hpp>
#include <jixiao/origin.hpp>
#include <jixiao/validate.hpp>

namespace origin_json_test {
namespace {

using F = jixiao::forms::beijing_district_2020;

// Three projects: the second's second indicator has no 三级 name (missing_indicator_name) and its cost line is on
// line 28; the third is all on line 31 (lines count physical lines, not objects).
const std::string document = R"({
  "form": "北京市区级项目支出绩效目标表（2020年度）",
  "projects": [
    {
      "seq": 1, "year": 2020, "name": "甲项目", "applicant": "申报单位", "implementer": "实施单位",
      "start": "2020-01-01", "end": "2020-12-31",
      "funding": { "以前年度项目资金": { "total": "0" }, "本年度项目资金": { "total": "1", "sources": { "区财政拨款": "1" } } },
      "indicators": [
        { "level1": "产出指标", "level2": "数量指标", "name": "服务人数", "target": { "cmp": "ge", "value": "2000", "unit": "人" } },
        { "level1": "效益指标", "level2": "社会效益指标", "name": "生活质量", "target": { "cmp": "qualitative" }, "wording": "明显改善" }
      ]
    },
    {
      "seq": 2, "year": 2020, "name": "乙项目", "applicant": "申报单位", "implementer": "实施单位",
      "start": "2020-01-01", "end": "2020-12-31",
      "funding": { "以前年度项目资金": { "total": "0" }, "本年度项目资金": { "total": "2", "sources": { "区财政拨款": "2" } } },
      "indicators": [
        {
          "level1": "产出指标", "level2": "数量指标", "name": "终端数",
          "target": { "cmp": "ge", "value": "100", "unit": "台" }
        },
        {
          "level1": "效益指标", "level2": "社会效益指标", "name": "",
          "target": { "cmp": "qualitative" }, "wording": "覆盖全区"
        }
      ],
      "cost_basis": [
        { "item": "终端", "unit_price": "0.02", "quantities": [ { "value": "100", "unit": "台" } ], "stated_total": "2" }
      ]
    },
    { "seq": 3, "year": 2020, "name": "丙项目", "applicant": "申报单位", "implementer": "实施单位", "funding": { "以前年度项目资金": { "total": "0" }, "本年度项目资金": { "total": "0" } } }
  ]
}
)";

TEST_CASE("JSON origins: the line where each project, indicator and cost line object starts") {
    const auto r = jixiao::read_json<F>(document, "set.json");
    for (const auto& e : r.errors) MESSAGE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == 3);
    REQUIRE(r.origins.size() == 3);
    CHECK(jixiao::to_string(r.origins[0].table) == "set.json:4");
    REQUIRE(r.origins[0].indicators.size() == 2);
    CHECK(r.origins[0].indicators[0].line == 9);
    CHECK(r.origins[0].indicators[1].line == 10);
    CHECK(r.origins[0].cost_lines.empty());

    CHECK(r.origins[1].table.line == 13);
    REQUIRE(r.origins[1].indicators.size() == 2);
    CHECK(r.origins[1].indicators[0].line == 18);
    CHECK(r.origins[1].indicators[1].line == 22);
    REQUIRE(r.origins[1].cost_lines.size() == 1);
    CHECK(r.origins[1].cost_lines[0].line == 28);

    CHECK(r.origins[2].table.line == 31);
    CHECK(r.origins[2].indicators.empty());

    // The unnamed indicator's finding names its line.
    bool found = false;
    for (const auto& f : jixiao::validate(r.store[1])) {
        if (f.rule_id() == "missing_indicator_name") {
            CHECK(jixiao::to_string(jixiao::source_of(r.origins[1], f)) == "set.json:22");
            found = true;
        }
    }
    CHECK(found);
}

TEST_CASE("JSON origins: a document with an error gives no tables and no origins") {
    std::string bad = document;
    bad.replace(bad.find("\"seq\": 3"), 8, "\"seq\": \"x\"");
    const auto r = jixiao::read_json<F>(bad, "set.json");
    CHECK(!r.ok());
    CHECK(r.store.size() == 0);
    CHECK(r.origins.size() == 0);
}

TEST_CASE("JSON origins: a result keeps its origins when copied") {
    jixiao::table_origins copy;
    {
        const auto r = jixiao::read_json<F>(document, std::string("set") + ".json");
        REQUIRE(r.ok());
        const auto kept = r;  // the copy's origins view their own file names
        copy = kept.origins;
    }
    REQUIRE(copy.size() == 3);
    CHECK(jixiao::to_string(copy[1].cost_lines[0]) == "set.json:28");
    copy.append(copy);
    REQUIRE(copy.size() == 6);
    CHECK(jixiao::to_string(copy[4].indicators[1]) == "set.json:22");
}

}  // namespace
}  // namespace origin_json_test
