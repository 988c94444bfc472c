// Unit tests of self-evaluation tables (项目支出绩效自评表, include/jixiao/self_evaluation.hpp): the 实际完成值
// reader, the table model and its store, over the real Sichuan 2023 tables of self_evaluation_tables.hpp.
#include <doctest/doctest.h>

#include <jixiao/self_evaluation.hpp>

#include "sample_tables.hpp"
#include "self_evaluation_tables.hpp"

#include <array>
#include <chrono>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using jixiao::achievement;
using jixiao::actual_kind;
using jixiao::actual_value;
using jixiao::decimal;
using jixiao::parse_actual;
using jixiao::try_parse_actual;
using jixiao::wan;
using namespace jixiao::literals;
namespace cat = jixiao::categories;

// ---- the constexpr path ----------------------------------------------------------------------------------

static_assert(parse_actual("98%") == actual_value::of(decimal(98), "%"));
static_assert(parse_actual(" 13台 ") == actual_value::of(decimal(13), "台"));
static_assert(parse_actual("98") == actual_value::of(decimal(98)));  // in the target's unit
static_assert(parse_actual("-2.5%").value == -2.5_dec);
static_assert(parse_actual("九十五%") == actual_value::of(decimal(95), "%"));
static_assert(parse_actual("达成").band == achievement::achieved);
static_assert(parse_actual("部分达成预期指标并具有一定效果").band == achievement::partly_achieved);
static_assert(parse_actual("未达成预期指标且效果较差").band == achievement::not_achieved);
static_assert(parse_actual("完成").word == "完成");
static_assert(parse_actual("不适用").is_not_applicable());
static_assert(parse_actual("").is_blank() && parse_actual("/").is_blank() && parse_actual("无").is_blank());
static_assert(!try_parse_actual("良好").ok());
static_assert(!try_parse_actual("≥95%").ok());
static_assert(!try_parse_actual("95%以上").ok());
static_assert(!try_parse_actual("完成13台").ok());
static_assert(!try_parse_actual("13只羊").ok());  // 只 is no unit of known_units

// The real tables are constexpr: their total rows, their links and their cells.
static_assert(sichuan::qingshen.total_row() == &sichuan::qingshen_funding[0]);
static_assert(sichuan::qingshen.total_row()->budget == 251.89_wan);
static_assert(sichuan::daying_anke.total_row()->score == decimal(10));
static_assert(sichuan::daying_cost_tail.total_row() == nullptr);  // above the excerpt
static_assert(sichuan::daying_cost_results[0].actual.band == achievement::achieved);
static_assert(sichuan::daying_cost_results[0].as_indicator().weight == decimal(90));
static_assert(jixiao::is_execution_total_label("年度资金总额") && jixiao::is_execution_total_label("合计"));
static_assert(!jixiao::is_execution_total_label("其中：财政拨款"));
static_assert(jixiao::source_name("其中：财政拨款") == "财政拨款" &&
              jixiao::source_name("其中:财政资金") == "财政资金");

// A central-form table written by hand, linked to the shared sample target table (序号 1, 2020).
constexpr jixiao::execution_row<> central_funding[] = {
    {.label = "年度资金总额",
     .initial = 518.4_wan,
     .budget = 518.4_wan,
     .executed = 500_wan,
     .points = decimal(10),
     .score = jixiao::decimal::parse("9.65")},
    {.label = "其中：财政拨款", .initial = 518.4_wan, .budget = 518.4_wan, .executed = 500_wan},
    {.label = "上年结转资金", .initial = 0_wan, .budget = 0_wan, .executed = 0_wan},
    {.label = "其他资金"},
};
constexpr jixiao::result_row central_results[] = {
    {.cat = cat::quantity,
     .name = "居家服务家庭数",
     .target = jixiao::parse_target("2000户"),
     .wording = "2000户",
     .actual = parse_actual("2000户"),
     .points = decimal(25),
     .score = decimal(25)},
    {.cat = cat::social_benefit,
     .name = "困难残疾人家庭生活质量",
     .target = jixiao::parse_target("明显改善"),
     .wording = "明显改善",
     .actual = parse_actual("达成预期指标"),
     .points = decimal(30),
     .score = decimal(27)},
};
constexpr jixiao::self_evaluation central{.seq = 1,
                                          .year = std::chrono::year{2020},
                                          .name = "残疾人家庭居家服务项目",
                                          .department = "北京市丰台区残疾人联合会",
                                          .implementer = "区残联教就部",
                                          .funding = central_funding,
                                          .indicators = central_results};
static_assert(jixiao::links_to(central, sample::home_care));

}  // namespace

TEST_CASE("实际完成值: numbers in a unit, graded words, 不适用 and blanks") {
    CHECK(parse_actual("100.00%") == actual_value::of(decimal(100), "%"));
    CHECK(parse_actual("98.5") == actual_value::of(98.5_dec));
    CHECK(parse_actual("295000元") == actual_value::of(decimal(295000), "元"));
    CHECK(parse_actual("98％").unit == "%");  // the full-width sign is read as %, as in targets
    CHECK(parse_actual("0") == actual_value::of(decimal(0)));
    CHECK(parse_actual("-3") == actual_value::of(decimal(-3)));
    CHECK(parse_actual("\u3000达标\u3000").band == achievement::achieved);

    // Every word of the table reads as itself, with its band.
    for (const auto& w : jixiao::actual_words) {
        const auto a = parse_actual(w.text);
        CHECK(a.kind == w.kind);
        CHECK(a.word == w.text);
        if (w.kind == actual_kind::band) CHECK(a.band == w.band);
    }
    // Blank cells: nothing is read into them.
    for (const char* t : {"", " ", "无", "-", "/", "—", "——"}) CHECK(parse_actual(t).is_blank());

    CHECK(to_string(parse_actual("98.50%")) == "98.5%");
    CHECK(to_string(parse_actual("部分达成")) == "部分达成");
    CHECK(to_string(parse_actual("")).empty());
    std::ostringstream os;
    os << parse_actual("13台") << '|' << actual_value::graded(achievement::not_achieved);
    CHECK(os.str() == "13台|未达成");
}

TEST_CASE("实际完成值: what is not one is refused, with where and why") {
    struct bad {
        const char* text;
        std::size_t position;
        std::string_view reason_part;
    };
    const bad cases[] = {
        {"良好", 0, "not a 实际完成值"},        {"较好完成", 0, "not a 实际完成值"},
        {"≥95%", 0, "without a comparator"},    {"不低于95%", 0, "without a comparator"},
        {"95%以上", 0, "without a comparator"}, {"完成13台", 0, "text before the number is not a comparator"},
        {"13只羊", 2, "unknown unit"},          {"１３台", 0, "full-width digits"},
        {"1,000人", 1, "thousands separators"}, {"  约95%", 2, "not a comparator"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto r = try_parse_actual(c.text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.position == c.position);
        CHECK(std::string_view(r.reason).find(c.reason_part) != std::string_view::npos);
        CHECK(r.actual.is_blank());
        CHECK_THROWS_AS((void)parse_actual(c.text), jixiao::parse_error);
    }
    try {
        (void)parse_actual("良好");
        FAIL("no exception");
    } catch (const jixiao::parse_error& e) {
        CHECK(e.position() == 0);
        CHECK(std::string(e.what()).find("达成 / 部分达成 / 未达成") != std::string::npos);
    }
}

TEST_CASE("the Sichuan tables as transcribed: rows, labels, blanks") {
    const auto& q = sichuan::qingshen;
    REQUIRE(q.funding.size() == 5);
    CHECK(q.total_row()->label == "总额");
    CHECK(q.total_row()->points == decimal(10));
    CHECK_FALSE(q.total_row()->score.has_value());  // 得分 left empty
    CHECK(jixiao::source_name(q.funding[1].label) == "财政资金");
    CHECK_FALSE(q.funding[4].budget.has_value());  // 其他资金: empty cells, not zeros
    REQUIRE(q.indicators.size() == 2);
    CHECK(q.indicators[0].target == jixiao::target{jixiao::comparator::eq, decimal(100), "%"});
    CHECK(q.indicators[0].actual.is_blank());
    CHECK(q.indicators[1].cat.level1 == cat::benefit);
    CHECK(q.points_total == decimal(100));
    CHECK_FALSE(q.total.has_value());

    CHECK(sichuan::daying_cost_results[0].cat.level1 == cat::output);
    CHECK(sichuan::daying_cost_results[0].cat != cat::economic_cost);  // not the level-1 成本指标 of 2021
    CHECK(sichuan::daying_anke.total_row()->initial == 0_wan);
    CHECK(sichuan::wage_fragment.indicators.size() == 4);
}

TEST_CASE("links_to: by 序号 (and 年度 where both state it), or by 项目名称 and 年度") {
    sample::project p = sample::home_care;  // 序号 1, 2020, 残疾人家庭居家服务项目
    jixiao::self_evaluation e = central;
    CHECK(jixiao::links_to(e, p));
    e.year = std::chrono::year{2021};
    CHECK_FALSE(jixiao::links_to(e, p));  // same 序号, another year
    e.year = std::chrono::year{0};
    CHECK(jixiao::links_to(e, p));  // the year unstated: 序号 decides
    e.seq = 7;
    CHECK_FALSE(jixiao::links_to(e, p));  // no year: the name cannot decide
    e.year = std::chrono::year{2020};
    CHECK(jixiao::links_to(e, p));  // 序号 differs, name and year agree
    e.name = "另一个项目";
    CHECK_FALSE(jixiao::links_to(e, p));

    const sample::project set[] = {sample::home_care, p};
    CHECK(jixiao::find_project(set, central) == 0U);
    CHECK_FALSE(jixiao::find_project(set, e).has_value());
}

TEST_CASE("the store owns what it is given") {
    jixiao::self_evaluation_store store;
    {
        std::string name = "残疾人家庭居家服务项目";
        std::string label = "年度资金总额";
        std::string item = "居家服务家庭数";
        std::string level2 = "本地二级指标";
        std::vector<jixiao::execution_row<>> rows{{.label = label, .budget = 100_wan, .executed = 90_wan}};
        std::vector<jixiao::result_row> results{
            {.cat = cat::quantity,
             .name = item,
             .target = jixiao::parse_target("≥2000户"),
             .actual = parse_actual("1800户")},
            {.cat = {cat::output, level2}, .name = item, .actual = parse_actual("部分达成")},
        };
        std::vector<jixiao::stated_points> stated{{.level1 = {std::string_view(name)}, .points = decimal(5)}};
        jixiao::self_evaluation t{.seq = 5,
                                  .name = name,
                                  .funding = rows,
                                  .indicators = results,
                                  .category_points = stated};
        const auto kept = store.add(t);
        CHECK(kept.name.data() != name.data());
        name.assign(name.size(), 'x');
        label.assign(label.size(), 'x');
        item.assign(item.size(), 'x');
        level2.assign(level2.size(), 'x');
        rows.clear();
        results.clear();
        stated.clear();
    }
    REQUIRE(store.size() == 1);
    const auto& t = store[0];
    CHECK(t.seq == 5);
    CHECK(t.name == "残疾人家庭居家服务项目");
    REQUIRE(t.funding.size() == 1);
    CHECK(t.total_row() == &t.funding[0]);
    CHECK(t.funding[0].executed == 90_wan);
    REQUIRE(t.indicators.size() == 2);
    CHECK(t.indicators[0].name == "居家服务家庭数");
    CHECK(t.indicators[0].cat.name.data() == cat::quantity.name.data());  // the library's static text
    CHECK(t.indicators[0].actual.unit.data() == jixiao::known_unit("户").data());
    CHECK(t.indicators[1].cat.name == "本地二级指标");
    CHECK(t.indicators[1].cat.level1.name.data() == cat::output.name.data());
    CHECK(t.indicators[1].actual.word == "部分达成");
    REQUIRE(t.category_points.size() == 1);
    CHECK(t.category_points[0].level1.name == "残疾人家庭居家服务项目");

    // Copies re-create the views; moves keep them.
    jixiao::self_evaluation_store copy = store;
    CHECK(copy[0].name == t.name);
    CHECK(copy[0].name.data() != t.name.data());
    const char* before = store[0].name.data();
    jixiao::self_evaluation_store moved = std::move(store);
    CHECK(moved[0].name.data() == before);
    CHECK(moved.tables().size() == 1);
    CHECK(moved.begin() + 1 == moved.end());
}
