// Unit tests of self-evaluation scoring (绩效自评, 财预〔2020〕10号) with hand-worked figures. Every expected
// score below is worked out by hand in the comments; the library computes exactly and rounds once at the end.
#include <doctest/doctest.h>

#include <jixiao/evaluate.hpp>

#include "sample_tables.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace evaluate_test {

namespace {

using jixiao::achievement;
using jixiao::decimal;
using jixiao::grade;
using jixiao::outcome;
using jixiao::rounding;
using jixiao::wan;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
using project = sample::project;
using score = jixiao::basic_score<2>;

score pts(const char* text) { return score::parse(text); }
decimal dec(const char* text) { return decimal::parse(text); }

// The shared sample table with other indicators and this year's budget, all 区财政拨款.
project make(std::span<const jixiao::indicator> inds, wan budget) {
    project p = sample::home_care;
    p.funding = {{.current = {.total = budget, .district = budget}}};
    p.indicators = inds;
    p.cost_basis = {};
    return p;
}

// Budget 100万元. (Not a default argument: clang 14 rejects a consteval literal there.)
project make(std::span<const jixiao::indicator> inds) { return make(inds, wan::from_wan(100)); }

// The worked example. Budget 100万元.
constexpr jixiao::indicator worked[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("不少于2000户")},             // 产出
    {cat::quality, "每户居家服务时长", jixiao::parse_target("不低于72小时")},            // 产出
    {cat::output_cost, "总体项目成本", jixiao::parse_target("控制在100万元内")},         // 产出 (reverse)
    {cat::social_benefit, "困难残疾人家庭生活质量", jixiao::parse_target("明显改善")},   // 效益 (qualitative)
    {cat::beneficiary_satisfaction, "残疾人满意度", jixiao::parse_target("不低于90%")},  // 满意度
};

std::vector<outcome> worked_outcomes() {
    return {outcome::value(decimal(1800)), outcome::value(decimal(80)), outcome::value(decimal(95)),
            outcome::graded(achievement::achieved, decimal(90)), outcome::value(decimal(85))};
}

}  // namespace

TEST_CASE("the worked example with the standard weights 10 / 50 / 30 / 10") {
    const auto p = make(worked);
    const auto outcomes = worked_outcomes();
    const auto e = jixiao::evaluate(p, 95_wan, outcomes);

    // 预算执行率: spent 95 / budget 100 = 95.00 %; points 10 × 0.95 = 9.50.
    CHECK(e.execution_rate == pts("95.00"));
    CHECK(e.execution_points == pts("9.50"));

    REQUIRE(e.indicators.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) CHECK(e.indicators[i].scored == &p.indicators[i]);
    // 产出 50 points, three indicators, an equal share each: 50/3 = 16.666… (reported 16.67).
    // ≥2000户, actual 1800: ratio 1800/2000 = 0.9; points 16.666… × 0.9 = 15.00.
    CHECK(e.indicators[0].available == pts("16.67"));
    CHECK(e.indicators[0].ratio == dec("0.9"));
    CHECK(e.indicators[0].points == pts("15.00"));
    // ≥72小时, actual 80: 80/72 > 1, capped at 1; points 16.67.
    CHECK(e.indicators[1].ratio == decimal(1));
    CHECK(e.indicators[1].points == pts("16.67"));
    // ≤100万元 (reverse), actual 95: 100/95 > 1, capped at 1; points 16.67.
    CHECK(e.indicators[2].ratio == decimal(1));
    CHECK(e.indicators[2].points == pts("16.67"));
    // 效益 30 points, one qualitative indicator graded 达成 at 90 %: 30 × 0.9 = 27.00.
    CHECK(e.indicators[3].available == pts("30.00"));
    CHECK(e.indicators[3].ratio == dec("0.9"));
    CHECK(e.indicators[3].points == pts("27.00"));
    // 满意度 10 points, ≥90 %, actual 85 %: 10 × 85/90 = 9.444… → 9.44.
    CHECK(e.indicators[4].ratio == dec("0.944444"));
    CHECK(e.indicators[4].points == pts("9.44"));

    REQUIRE(e.categories.size() == 3);
    CHECK(e.categories[0].cat == cat::output);
    CHECK(e.categories[0].weight == decimal(50));
    CHECK(e.categories[0].indicators == 3);
    // 15 + 16.666… + 16.666… = 48.333… → 48.33
    CHECK(e.categories[0].points == pts("48.33"));
    CHECK(e.categories[1].cat == cat::benefit);
    CHECK(e.categories[1].points == pts("27.00"));
    CHECK(e.categories[2].cat == cat::satisfaction);
    CHECK(e.categories[2].points == pts("9.44"));

    // Total: 9.5 + 48.333… + 27 + 9.444… = 94.2777… → 94.28 (half_up); 优.
    CHECK(e.total == pts("94.28"));
    CHECK(e.level == grade::excellent);
    CHECK(jixiao::to_string_view(e.level) == "优");

    // The same with rounding::down: 94.27; and with four digits: 94.2778.
    const auto down = jixiao::evaluate(p, 95_wan, outcomes, jixiao::standard_weights(), rounding::down);
    CHECK(down.total == pts("94.27"));
    CHECK(down.indicators[1].points == pts("16.66"));
    const auto four = jixiao::evaluate<4>(p, 95_wan, outcomes);
    CHECK(four.total == jixiao::basic_score<4>::parse("94.2778"));
    CHECK(four.indicators[4].points == jixiao::basic_score<4>::parse("9.4444"));
}

TEST_CASE("the common error: 满意度 ≥90%, actual 85% earns 10 × 85/90 = 9.44, not 10 × 0.85 = 8.50") {
    const auto e = jixiao::evaluate(make(worked), 95_wan, worked_outcomes());
    CHECK(e.indicators[4].points == pts("9.44"));
    CHECK(e.indicators[4].points != pts("8.50"));
    CHECK(e.categories[2].points == pts("9.44"));
    CHECK(e.categories[2].points != pts("8.50"));
    // The wrong method would give a total of 9.5 + 48.333… + 27 + 8.5 = 93.33; the right one 94.28.
    CHECK(e.total != pts("93.33"));
    CHECK(e.total == pts("94.28"));
}

TEST_CASE("budget execution: spent / budget, capped at the weight") {
    const auto p = make(worked);
    // 110 / 100 = 110.00 %: the rate is reported as it is, the points stop at 10.
    const auto over = jixiao::evaluate(p, 110_wan, worked_outcomes());
    CHECK(over.execution_rate == pts("110.00"));
    CHECK(over.execution_points == pts("10.00"));
    // 33.3333 / 100 = 33.3333 % → 33.33; points 3.33333 → 3.33.
    const auto third = jixiao::evaluate(p, 33.3333_wan, worked_outcomes());
    CHECK(third.execution_rate == pts("33.33"));
    CHECK(third.execution_points == pts("3.33"));
    // Nothing spent: 0.
    const auto none = jixiao::evaluate(p, 0_wan, worked_outcomes());
    CHECK(none.execution_points == pts("0.00"));
    // A budget of zero cannot rate execution.
    const auto zero = make(worked, 0_wan);
    CHECK_THROWS_AS((void)jixiao::evaluate(zero, 0_wan, worked_outcomes()), std::invalid_argument);
}

TEST_CASE("quantitative indicators: positive, reverse and equality targets") {
    SUBCASE("a ≤ cost target exceeded: points × target/actual") {
        auto o = worked_outcomes();
        o[2] = outcome::value(decimal(125));  // ≤100万元, actual 125: 100/125 = 0.8
        const auto e = jixiao::evaluate(make(worked), 95_wan, o);
        CHECK(e.indicators[2].ratio == dec("0.8"));
        CHECK(e.indicators[2].points == pts("13.33"));  // 16.666… × 0.8 = 13.333…
        // 产出: 15 + 16.666… + 13.333… = 45.00 exactly.
        CHECK(e.categories[0].points == pts("45.00"));
        // Total: 9.5 + 45 + 27 + 9.444… = 90.944… → 90.94
        CHECK(e.total == pts("90.94"));
    }
    SUBCASE("a ≥ target of 2000户 with 1800 actual: ratio 0.9; reached or passed: 1") {
        auto o = worked_outcomes();
        o[0] = outcome::value(decimal(2000));
        CHECK(jixiao::evaluate(make(worked), 95_wan, o).indicators[0].ratio == decimal(1));
        o[0] = outcome::value(decimal(2500));
        CHECK(jixiao::evaluate(make(worked), 95_wan, o).indicators[0].ratio == decimal(1));
        o[0] = outcome::value(decimal(0));
        CHECK(jixiao::evaluate(make(worked), 95_wan, o).indicators[0].points == pts("0.00"));
    }
    SUBCASE("an = target: all when met, nothing otherwise") {
        const jixiao::indicator eq[] = {
            {cat::quantity, "培训期数", jixiao::parse_target("12期")},
            {cat::social_benefit, "就业人数", jixiao::parse_target("≥30人")},
            {cat::beneficiary_satisfaction, "满意度", jixiao::parse_target("≥90%")},
        };
        const auto p = make(eq);
        auto run = [&](int actual) {
            const std::vector<outcome> o{outcome::value(decimal(actual)), outcome::value(decimal(30)),
                                         outcome::value(decimal(90))};
            return jixiao::evaluate(p, 100_wan, o);
        };
        // Met: 10 + 50 + 30 + 10 = 100.
        CHECK(run(12).indicators[0].points == pts("50.00"));
        CHECK(run(12).total == pts("100.00"));
        // 11 or 13: the target is not met either way; 50 points lost.
        CHECK(run(11).indicators[0].points == pts("0.00"));
        CHECK(run(13).indicators[0].points == pts("0.00"));
        CHECK(run(13).indicators[0].ratio == decimal{});
        CHECK(run(13).total == pts("50.00"));
        CHECK(run(13).level == grade::poor);
    }
    SUBCASE("< and > targets score like ≤ and ≥") {
        const jixiao::indicator strict[] = {
            {cat::quantity, "投诉次数", jixiao::parse_target("<5次")},
            {cat::quality, "覆盖户数", jixiao::parse_target(">400户")},
            {cat::social_benefit, "就业人数", jixiao::parse_target("≥30人")},
            {cat::beneficiary_satisfaction, "满意度", jixiao::parse_target("≥90%")},
        };
        const std::vector<outcome> o{outcome::value(decimal(10)), outcome::value(decimal(300)),
                                     outcome::value(decimal(30)), outcome::value(decimal(90))};
        const auto e = jixiao::evaluate(make(strict), 100_wan, o);
        CHECK(e.indicators[0].ratio == dec("0.5"));     // 5/10
        CHECK(e.indicators[0].points == pts("12.50"));  // 25 × 0.5
        CHECK(e.indicators[1].ratio == dec("0.75"));    // 300/400
        CHECK(e.indicators[1].points == pts("18.75"));  // 25 × 0.75
        CHECK(e.total == pts("81.25"));                 // 10 + 31.25 + 30 + 10
        CHECK(e.level == grade::good);
    }
}

TEST_CASE("qualitative indicators earn a band the caller grades") {
    auto run = [](achievement a, const char* pct) {
        auto o = worked_outcomes();
        o[3] = outcome::graded(a, dec(pct));
        return jixiao::evaluate(make(worked), 95_wan, o);
    };
    // 效益 30 points: 达成 90 % → 27; 部分达成 70 % → 21; 未达成 30 % → 9.
    CHECK(run(achievement::achieved, "90").indicators[3].points == pts("27.00"));
    CHECK(run(achievement::partly_achieved, "70").indicators[3].points == pts("21.00"));
    CHECK(run(achievement::not_achieved, "30").indicators[3].points == pts("9.00"));
    // The bands' edges: 达成 80–100, 部分达成 60–80, 未达成 0–60, both ends included.
    CHECK(run(achievement::achieved, "100").indicators[3].points == pts("30.00"));
    CHECK(run(achievement::achieved, "80").indicators[3].points == pts("24.00"));
    CHECK(run(achievement::partly_achieved, "80").indicators[3].points == pts("24.00"));
    CHECK(run(achievement::partly_achieved, "60").indicators[3].points == pts("18.00"));
    CHECK(run(achievement::not_achieved, "60").indicators[3].points == pts("18.00"));
    CHECK(run(achievement::not_achieved, "0").indicators[3].points == pts("0.00"));
    // 12.5 % of 30 = 3.75.
    CHECK(run(achievement::not_achieved, "12.5").indicators[3].points == pts("3.75"));
    // A percent outside its band is an error, never clamped.
    CHECK_THROWS_AS((void)run(achievement::achieved, "79.99"), std::invalid_argument);
    CHECK_THROWS_AS((void)run(achievement::achieved, "100.01"), std::invalid_argument);
    CHECK_THROWS_AS((void)run(achievement::partly_achieved, "85"), std::invalid_argument);
    CHECK_THROWS_AS((void)run(achievement::partly_achieved, "59"), std::invalid_argument);
    CHECK_THROWS_AS((void)run(achievement::not_achieved, "61"), std::invalid_argument);
    CHECK_THROWS_AS((void)run(achievement::not_achieved, "-1"), std::invalid_argument);
    CHECK(jixiao::to_string_view(achievement::achieved) == "达成");
    CHECK(jixiao::to_string_view(achievement::partly_achieved) == "部分达成");
    CHECK(jixiao::to_string_view(achievement::not_achieved) == "未达成");
}

TEST_CASE("explicit indicator weights") {
    SUBCASE("one weighted, the rest share what is left") {
        // 产出 50: 居家服务家庭数 carries 30; the other two share 20 → 10 each.
        jixiao::indicator inds[5] = {worked[0], worked[1], worked[2], worked[3], worked[4]};
        inds[0].weight = decimal(30);
        const auto e = jixiao::evaluate(make(inds), 95_wan, worked_outcomes());
        CHECK(e.indicators[0].available == pts("30.00"));
        CHECK(e.indicators[0].points == pts("27.00"));  // 30 × 0.9
        CHECK(e.indicators[1].available == pts("10.00"));
        CHECK(e.indicators[2].available == pts("10.00"));
        CHECK(e.categories[0].points == pts("47.00"));  // 27 + 10 + 10
        // 9.5 + 47 + 27 + 9.444… = 92.944… → 92.94
        CHECK(e.total == pts("92.94"));
    }
    SUBCASE("all weighted, totalling the category") {
        jixiao::indicator inds[5] = {worked[0], worked[1], worked[2], worked[3], worked[4]};
        inds[0].weight = decimal(20);
        inds[1].weight = decimal(20);
        inds[2].weight = decimal(10);
        const auto e = jixiao::evaluate(make(inds), 95_wan, worked_outcomes());
        CHECK(e.indicators[0].points == pts("18.00"));  // 20 × 0.9
        CHECK(e.categories[0].points == pts("48.00"));  // 18 + 20 + 10
        CHECK(e.total == pts("93.94"));                 // 9.5 + 48 + 27 + 9.444…
    }
    SUBCASE("weights above the category, or all weighted but short of it, are errors") {
        jixiao::indicator inds[5] = {worked[0], worked[1], worked[2], worked[3], worked[4]};
        inds[0].weight = decimal(30);
        inds[1].weight = decimal(30);
        CHECK_THROWS_AS((void)jixiao::evaluate(make(inds), 95_wan, worked_outcomes()), std::invalid_argument);
        inds[0].weight = decimal(20);
        inds[1].weight = decimal(20);
        inds[2].weight = decimal(5);
        CHECK_THROWS_AS((void)jixiao::evaluate(make(inds), 95_wan, worked_outcomes()), std::invalid_argument);
    }
}

TEST_CASE("weight schemes: a caller's scheme must total 100") {
    const auto p = make(worked);
    jixiao::weight_scheme local;
    local.execution = decimal(20);
    local.categories = {{cat::output, decimal(40)}, {cat::benefit, decimal(30)}, {cat::satisfaction, decimal(10)}};
    local.check();
    // 执行 20 × 0.95 = 19; 产出 40/3 each: 13.333… × 0.9 + 2 × 13.333… = 38.666…; 效益 27; 满意度 9.444…
    // Total 19 + 38.666… + 27 + 9.444… = 94.111… → 94.11
    const auto e = jixiao::evaluate(p, 95_wan, worked_outcomes(), local);
    CHECK(e.execution_points == pts("19.00"));
    CHECK(e.categories[0].points == pts("38.67"));
    CHECK(e.total == pts("94.11"));

    jixiao::weight_scheme short_of = jixiao::standard_weights();
    short_of.categories.back().second = decimal(5);  // 10 + 50 + 30 + 5 = 95
    CHECK_THROWS_AS(short_of.check(), std::invalid_argument);
    CHECK_THROWS_WITH_AS((void)jixiao::evaluate(p, 95_wan, worked_outcomes(), short_of),
                         "jixiao: weights total 95, not 100", std::invalid_argument);
    jixiao::weight_scheme over = jixiao::standard_weights();
    over.execution = dec("10.01");
    CHECK_THROWS_AS((void)jixiao::evaluate(p, 95_wan, worked_outcomes(), over), std::invalid_argument);
    jixiao::weight_scheme negative = jixiao::standard_weights();
    negative.execution = decimal(-10);
    negative.categories[0].second = decimal(70);  // totals 100, but with a negative weight
    CHECK_THROWS_AS(negative.check(), std::invalid_argument);

    CHECK_NOTHROW(jixiao::standard_weights().check());
    CHECK(jixiao::standard_weights().execution == decimal(10));
    CHECK(jixiao::standard_weights().weight_of(cat::output) == decimal(50));
    CHECK(jixiao::standard_weights().weight_of(cat::benefit) == decimal(30));
    CHECK(jixiao::standard_weights().weight_of(cat::satisfaction) == decimal(10));
    CHECK(jixiao::standard_weights().weight_of(cat::cost) == std::nullopt);
}

TEST_CASE("grades at 90 / 80 / 60 exactly") {
    CHECK(jixiao::grade_of(pts("100.00")) == grade::excellent);
    CHECK(jixiao::grade_of(pts("90.00")) == grade::excellent);
    CHECK(jixiao::grade_of(pts("89.99")) == grade::good);
    CHECK(jixiao::grade_of(pts("80.00")) == grade::good);
    CHECK(jixiao::grade_of(pts("79.99")) == grade::fair);
    CHECK(jixiao::grade_of(pts("60.00")) == grade::fair);
    CHECK(jixiao::grade_of(pts("59.99")) == grade::poor);
    CHECK(jixiao::grade_of(pts("0.00")) == grade::poor);
    CHECK(jixiao::to_string_view(grade::excellent) == "优");
    CHECK(jixiao::to_string_view(grade::good) == "良");
    CHECK(jixiao::to_string_view(grade::fair) == "中");
    CHECK(jixiao::to_string_view(grade::poor) == "差");

    // Through evaluate(): 产出 ≥100户, 效益 ≥30人, 满意度 ≥90%.
    const jixiao::indicator inds[] = {
        {cat::quantity, "服务户数", jixiao::parse_target("≥100户")},
        {cat::social_benefit, "就业人数", jixiao::parse_target("≥30人")},
        {cat::beneficiary_satisfaction, "满意度", jixiao::parse_target("≥90%")},
    };
    const auto p = make(inds);
    auto run = [&](wan spent, int benefit, int satisfaction) {
        const std::vector<outcome> o{outcome::value(decimal(100)), outcome::value(decimal(benefit)),
                                     outcome::value(decimal(satisfaction))};
        return jixiao::evaluate(p, spent, o);
    };
    // 10 + 50 + 30 + 0 = 90.00 → 优
    CHECK(run(100_wan, 30, 0).total == pts("90.00"));
    CHECK(run(100_wan, 30, 0).level == grade::excellent);
    // 9.99 + 50 + 30 + 0 = 89.99 → 良
    CHECK(run(99.9_wan, 30, 0).total == pts("89.99"));
    CHECK(run(99.9_wan, 30, 0).level == grade::good);
    // 10 + 50 + 30 × 20/30 + 0 = 80.00 → 良
    CHECK(run(100_wan, 20, 0).total == pts("80.00"));
    CHECK(run(100_wan, 20, 0).level == grade::good);
    // 9.99 + 50 + 20 = 79.99 → 中
    CHECK(run(99.9_wan, 20, 0).total == pts("79.99"));
    CHECK(run(99.9_wan, 20, 0).level == grade::fair);
    // 10 + 50 + 0 + 0 = 60.00 → 中
    CHECK(run(100_wan, 0, 0).total == pts("60.00"));
    CHECK(run(100_wan, 0, 0).level == grade::fair);
    // 9.99 + 50 = 59.99 → 差
    CHECK(run(99.9_wan, 0, 0).total == pts("59.99"));
    CHECK(run(99.9_wan, 0, 0).level == grade::poor);

    // The grade is taken from the exact total (documented): 9.995 + 50 + 30 = 89.995 prints as 90.00 under
    // half_up but is graded 良, because it is below 90.
    const auto edge = run(99.95_wan, 30, 0);
    CHECK(edge.total == pts("90.00"));
    CHECK(edge.level == grade::good);
    const auto edge_down = jixiao::evaluate(
        p, 99.95_wan,
        std::vector<outcome>{outcome::value(decimal(100)), outcome::value(decimal(30)), outcome::value(decimal(0))},
        jixiao::standard_weights(), rounding::down);
    CHECK(edge_down.total == pts("89.99"));
    CHECK(edge_down.level == grade::good);
}

TEST_CASE("rounding happens once, at the end") {
    // Three 产出 indicators all met: 50/3 = 16.666… each, reported 16.67. Everything else full.
    const jixiao::indicator inds[] = {
        {cat::quantity, "服务户数", jixiao::parse_target("≥100户")},
        {cat::quality, "服务时长", jixiao::parse_target("≥72小时")},
        {cat::progress, "完成率", jixiao::parse_target("100%")},
        {cat::social_benefit, "就业人数", jixiao::parse_target("≥30人")},
        {cat::beneficiary_satisfaction, "满意度", jixiao::parse_target("≥90%")},
    };
    const std::vector<outcome> o{outcome::value(decimal(100)), outcome::value(decimal(72)),
                                 outcome::value(decimal(100)), outcome::value(decimal(30)),
                                 outcome::value(decimal(95))};
    const auto e = jixiao::evaluate(make(inds), 100_wan, o);
    score rounded_first = e.execution_points;
    for (const auto& i : e.indicators) rounded_first += i.points;
    CHECK(e.indicators[0].points == pts("16.67"));
    CHECK(e.indicators[1].points == pts("16.67"));
    CHECK(e.indicators[2].points == pts("16.67"));
    // Rounding each indicator first: 10 + 3 × 16.67 + 30 + 10 = 100.01 — more than the maximum.
    CHECK(rounded_first == pts("100.01"));
    // The exact sum: 10 + 50 + 30 + 10 = 100.00.
    CHECK(e.total == pts("100.00"));
    CHECK(e.total != rounded_first);
    CHECK(e.categories[0].points == pts("50.00"));
    CHECK(e.level == grade::excellent);
}

TEST_CASE("placeholders earn and cost nothing; a category with no indicator earns nothing") {
    // worked plus a 进度 indicator 无: the three real 产出 indicators still share 50.
    const jixiao::indicator with_placeholder[] = {
        worked[0], worked[1], worked[2], {cat::progress, "完成时间", jixiao::parse_target("无"), "无"},
        worked[3], worked[4]};
    auto o = worked_outcomes();
    o.insert(o.begin() + 3, outcome{});
    const auto e = jixiao::evaluate(make(with_placeholder), 95_wan, o);
    CHECK(e.total == pts("94.28"));
    CHECK(e.categories[0].indicators == 3);
    CHECK(e.indicators[3].points == pts("0.00"));
    CHECK(e.indicators[3].available == pts("0.00"));

    // No 效益 indicator: its 30 points are not earned.
    const jixiao::indicator no_benefit[] = {worked[0], worked[1], worked[2], worked[4]};
    const std::vector<outcome> o2{outcome::value(decimal(1800)), outcome::value(decimal(80)),
                                  outcome::value(decimal(95)), outcome::value(decimal(85))};
    const auto e2 = jixiao::evaluate(make(no_benefit), 95_wan, o2);
    CHECK(e2.categories[1].indicators == 0);
    CHECK(e2.categories[1].points == pts("0.00"));
    CHECK(e2.total == pts("67.28"));  // 9.5 + 48.333… + 9.444… = 67.2777…
    CHECK(e2.level == grade::fair);
}

TEST_CASE("bad input to evaluate() is std::invalid_argument") {
    const auto p = make(worked);
    SUBCASE("wrong number of outcomes") {
        auto o = worked_outcomes();
        o.pop_back();
        CHECK_THROWS_WITH_AS((void)jixiao::evaluate(p, 95_wan, o), "jixiao: got 4 outcomes for 5 indicators",
                             std::invalid_argument);
        o = worked_outcomes();
        o.push_back(outcome::value(decimal(1)));
        CHECK_THROWS_AS((void)jixiao::evaluate(p, 95_wan, o), std::invalid_argument);
    }
    SUBCASE("a quantitative indicator without an actual value") {
        auto o = worked_outcomes();
        o[0] = outcome::graded(achievement::achieved, decimal(90));
        CHECK_THROWS_AS((void)jixiao::evaluate(p, 95_wan, o), std::invalid_argument);
        o[0] = outcome{};
        CHECK_THROWS_AS((void)jixiao::evaluate(p, 95_wan, o), std::invalid_argument);
    }
    SUBCASE("a qualitative indicator without a band") {
        auto o = worked_outcomes();
        o[3] = outcome::value(decimal(90));
        CHECK_THROWS_AS((void)jixiao::evaluate(p, 95_wan, o), std::invalid_argument);
    }
    SUBCASE("an indicator under a level-1 category the scheme does not weigh") {
        // 财预〔2021〕101号 has 成本指标 as a level-1 category; the standard weights do not weigh it.
        using central = jixiao::basic_project<jixiao::forms::central_2021>;
        const jixiao::indicator inds[] = {
            {cat::quantity, "服务户数", jixiao::parse_target("≥100户")},
            {cat::economic_cost, "总成本", jixiao::parse_target("≤100万元")},
            {cat::social_benefit, "就业人数", jixiao::parse_target("≥30人")},
        };
        const central c{.seq = 1,
                        .name = "中央项目",
                        .funding = {{{}, {100_wan, {100_wan, std::nullopt}}}},
                        .indicators = inds};
        const std::vector<outcome> o{outcome::value(decimal(100)), outcome::value(decimal(90)),
                                     outcome::value(decimal(30))};
        CHECK_THROWS_AS((void)jixiao::evaluate(c, 100_wan, o), std::invalid_argument);
        // A scheme that weighs 成本指标 scores it: 10 + 产出 40 + 成本 20 + 效益 20 + 满意度 10 (no indicator).
        jixiao::weight_scheme s;
        s.execution = decimal(10);
        s.categories = {{cat::output, decimal(40)},
                        {cat::cost, decimal(20)},
                        {cat::benefit, decimal(20)},
                        {cat::satisfaction, decimal(10)}};
        const auto e = jixiao::evaluate(c, 100_wan, o, s);
        CHECK(e.total == pts("90.00"));  // 10 + 40 + 20 + 20 + 0
        // A placeholder under the unweighted category is no error.
        const jixiao::indicator placeholder[] = {inds[0],
                                                 {cat::economic_cost, "总成本", jixiao::parse_target("无")},
                                                 inds[2]};
        central c2 = c;
        c2.indicators = placeholder;
        CHECK_NOTHROW((void)jixiao::evaluate(c2, 100_wan, o));
    }
}

TEST_CASE("grades, bands and categories print their names") {
    std::ostringstream os;
    os << grade::excellent << grade::poor << ' ' << achievement::partly_achieved << ' ' << cat::quantity.level1 << ' '
       << cat::quantity;
    CHECK(os.str() == "优差 部分达成 产出指标 产出指标/数量指标");
}

TEST_CASE("a fraction too large for exact 128-bit scoring is an error, never a wrong score") {
    // Four shares with large, pairwise coprime denominators: their exact sum needs more than 128 bits.
    static constexpr jixiao::indicator big[] = {
        {cat::quantity, "a", jixiao::parse_target("不少于999999.999989个")},
        {cat::quantity, "b", jixiao::parse_target("不少于999999.999947个")},
        {cat::quantity, "c", jixiao::parse_target("不少于999999.999883个")},
        {cat::quality, "d", jixiao::parse_target("不少于999999.999877个")},
        {cat::social_benefit, "e", jixiao::parse_target("明显改善")},
        {cat::beneficiary_satisfaction, "f", jixiao::parse_target("不低于90%")},
    };
    const auto p = make(big);
    const std::vector<outcome> o = {outcome::value(decimal(1)),
                                    outcome::value(decimal(1)),
                                    outcome::value(decimal(1)),
                                    outcome::value(decimal(1)),
                                    outcome::graded(achievement::achieved, decimal(90)),
                                    outcome::value(decimal(95))};
    CHECK_THROWS_AS(jixiao::evaluate(p, 95_wan, o), std::overflow_error);
}

}  // namespace evaluate_test
