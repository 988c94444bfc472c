// Unit tests of the domain model: forms (the two shipped ones and a user's own), indicator categories,
// funding columns, cost bases (测算依据), and projects in both storages (constexpr arrays and a run-time store).
#include <doctest/doctest.h>

#include <jixiao/aggregate.hpp>
#include <jixiao/form.hpp>
#include <jixiao/funding.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/project.hpp>
#include <jixiao/project_store.hpp>
#include <jixiao/validate.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sample_tables.hpp"

namespace domain_test {

namespace {

using jixiao::decimal;
using jixiao::wan;
using jixiao::wan_fen;
using namespace jixiao::literals;
using namespace std::string_view_literals;
namespace cat = jixiao::categories;
using beijing = jixiao::forms::beijing_district_2020;
using central = jixiao::forms::central_2021;

// ---------------------------------------------------------------------------------------------------------
// A third form, declared here without touching the library: a county form with the funding rows
// 本年财政拨款 / 上年结转资金 / 其他资金, a single 年度 column, a category of its own, and its own required set.
// ---------------------------------------------------------------------------------------------------------
inline constexpr jixiao::category training{cat::output, "培训指标"};  // a category no official list has

struct county_form {
    static constexpr std::string_view name = "某县项目支出绩效目标表";
    static constexpr std::string_view unit_label = "万元";
    static constexpr std::array<std::string_view, 3> funding_rows{"本年财政拨款", "上年结转资金", "其他资金"};
    static constexpr std::array<std::string_view, 1> columns{"年度资金总额"};
    static constexpr std::size_t current_column = 0;
    static constexpr std::array<jixiao::form_category, 5> categories{{
        {cat::quantity, "数量指标", true, true},
        {training, "培训指标", false, true},
        {cat::timeliness, "时效指标", false, false},
        {cat::social_benefit, "社会效益指标", false, false},
        {cat::beneficiary_satisfaction, "满意度指标", true, true},
    }};
    static constexpr std::array<jixiao::level1_category, 2> required_level1{cat::output, cat::satisfaction};
};
static_assert(jixiao::form<county_form>);
static_assert(jixiao::form<beijing> && jixiao::form<central>);

constexpr jixiao::indicator county_indicators[] = {
    {cat::quantity, "培训人次", jixiao::parse_target("不少于500人次"), "培训不少于500人次"},
    {training, "人均培训时长", jixiao::parse_target("≥16小时"), "人均培训时长不低于16小时"},
    {cat::timeliness, "完成时间", jixiao::parse_target("按计划完成"), "按计划完成"},
    {cat::beneficiary_satisfaction, "学员满意度", jixiao::parse_target("≥90%"), "≥90%"},
};

constexpr jixiao::basic_project<county_form> county_project{
    .seq = 1,
    .year = std::chrono::year{2021},
    .name = "农村劳动力技能培训项目",
    .applicant = "某县人力资源和社会保障局",
    .implementer = "某县职业技能培训中心",
    .start = std::chrono::year{2021} / 3 / 1,
    .end = std::chrono::year{2021} / 11 / 30,
    //            total     本年财政拨款  上年结转资金   其他资金
    .funding = {{{80_wan, {50_wan, 25_wan, 5_wan}}}},
    .goal = "完成农村劳动力技能培训500人次",
    .indicators = county_indicators,
};
static_assert(jixiao::require_valid(county_project));
static_assert(jixiao::validate(county_project).empty());

// The same form with its funding named: two templates more, nothing in the library. (A form without them,
// like county_form, is written positionally.)
struct county_named_form : county_form {
    template <class Amount>
    struct column {
        Amount total{};
        std::optional<Amount> budget{}, carried_over{}, other{};  // 本年财政拨款, 上年结转资金, 其他资金
    };
    template <class Amount>
    struct funding {
        column<Amount> year{};  // 年度资金总额
    };
};
static_assert(jixiao::form<county_named_form>);

constexpr jixiao::basic_project<county_named_form> county_named_project{
    .seq = 1,
    .name = "农村劳动力技能培训项目",
    .funding = {{.year = {.total = 80_wan, .budget = 50_wan, .carried_over = 25_wan, .other = 5_wan}}},
};
static_assert(county_named_project.funding == county_project.funding);

// The shared sample table (序号 1 of the seed, with a cost basis that agrees to the 元).
using sample::home_care;
static_assert(jixiao::require_valid(home_care));

template <class P>
void check_same_project(const P& a, const P& b) {
    CHECK(a.seq == b.seq);
    CHECK(a.year == b.year);
    CHECK(a.name == b.name);
    CHECK(a.applicant == b.applicant);
    CHECK(a.implementer == b.implementer);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
    CHECK(a.funding == b.funding);
    CHECK(a.goal == b.goal);
    REQUIRE(a.indicators.size() == b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) CHECK(a.indicators[i] == b.indicators[i]);
    REQUIRE(a.cost_basis.size() == b.cost_basis.size());
    for (std::size_t i = 0; i < a.cost_basis.size(); ++i) CHECK(a.cost_basis[i] == b.cost_basis[i]);
    CHECK(a.remarks == b.remarks);
}

void check_same_report(const jixiao::findings& a, const jixiao::findings& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].rule_id() == b[i].rule_id());
        CHECK(a[i].level() == b[i].level());
        CHECK(a[i].seq == b[i].seq);
        CHECK(a[i].project == b[i].project);
        CHECK(a[i].message().view() == b[i].message().view());
    }
}

}  // namespace

// =========================================================================================================
// 1. Forms
// =========================================================================================================

TEST_CASE("beijing_district_2020 is exactly the seed's form") {
    CHECK(beijing::unit_label == "万元");
    CHECK(beijing::funding_rows == std::array{"区财政拨款"sv, "市财政拨款"sv, "自筹资金"sv});
    CHECK(beijing::columns == std::array{"以前年度项目资金"sv, "本年度项目资金"sv});
    CHECK(beijing::current_column == 1);

    const std::array<jixiao::category, 9> cats{cat::quantity,
                                               cat::quality,
                                               cat::progress,
                                               cat::output_cost,
                                               cat::economic_benefit,
                                               cat::social_benefit,
                                               cat::environmental_benefit,
                                               cat::sustainable_impact,
                                               cat::beneficiary_satisfaction};
    const std::array<std::string_view, 9> labels{"产出数量指标", "产出质量指标",   "产出进度指标",
                                                 "产出成本指标", "经济效益指标",   "社会效益指标",
                                                 "环境效益指标", "可持续影响指标", "服务对象满意度指标"};
    REQUIRE(beijing::categories.size() == 9);
    for (std::size_t i = 0; i < 9; ++i) {
        CAPTURE(i);
        CHECK(beijing::categories[i].cat == cats[i]);
        CHECK(beijing::categories[i].label == labels[i]);
    }
    // Level 1: 产出 {数量, 质量, 进度, 成本}, 效益 {经济, 社会, 环境, 可持续影响}, 满意度 {服务对象满意度}.
    for (std::size_t i = 0; i < 4; ++i) CHECK(beijing::categories[i].cat.level1 == cat::output);
    for (std::size_t i = 4; i < 8; ++i) CHECK(beijing::categories[i].cat.level1 == cat::benefit);
    CHECK(beijing::categories[8].cat.level1 == cat::satisfaction);
    CHECK(beijing::categories[3].cat.name == "成本指标");
    // No level-1 成本指标 in the 2020 form.
    for (const auto& fc : beijing::categories) CHECK(fc.cat.level1 != cat::cost);

    CHECK(beijing::required_level1 == std::array{cat::output, cat::benefit, cat::satisfaction});
    CHECK(beijing::categories[0].required);
    CHECK(beijing::categories[8].required);
}

TEST_CASE("central_2021 is 财预〔2021〕101号's form") {
    CHECK(central::funding_rows == std::array{"财政拨款"sv, "其他资金"sv});
    CHECK(central::columns.size() == 2);
    CHECK(central::current_column == 1);
    const std::array<jixiao::category, 11> cats{cat::quantity,
                                                cat::quality,
                                                cat::timeliness,
                                                cat::economic_cost,
                                                cat::social_cost,
                                                cat::eco_environmental_cost,
                                                cat::economic_benefit,
                                                cat::social_benefit,
                                                cat::ecological_benefit,
                                                cat::sustainable_impact,
                                                cat::beneficiary_satisfaction};
    REQUIRE(central::categories.size() == 11);
    for (std::size_t i = 0; i < 11; ++i) {
        CAPTURE(i);
        CHECK(central::categories[i].cat == cats[i]);
    }
    // 成本指标 is level 1 here: {经济成本, 社会成本, 生态环境成本}.
    for (std::size_t i = 3; i < 6; ++i) CHECK(central::categories[i].cat.level1 == cat::cost);
    // 产出 {数量, 质量, 时效}: no 进度, no level-2 成本.
    CHECK_FALSE(jixiao::has_category<central>(cat::progress));
    CHECK_FALSE(jixiao::has_category<central>(cat::output_cost));
    CHECK_FALSE(jixiao::has_category<central>(cat::environmental_benefit));
    CHECK(jixiao::has_category<central>(cat::ecological_benefit));
    CHECK(std::find(central::required_level1.begin(), central::required_level1.end(), cat::cost) !=
          central::required_level1.end());
}

TEST_CASE("find_category, has_category, find_category_by_label, find_funding_row") {
    const auto* fc = jixiao::find_category<beijing>(cat::progress);
    REQUIRE(fc != nullptr);
    CHECK(fc->label == "产出进度指标");
    CHECK(fc == &beijing::categories[2]);
    CHECK(jixiao::find_category<beijing>(cat::timeliness) == nullptr);
    CHECK(jixiao::find_category<beijing>(cat::economic_cost) == nullptr);
    CHECK(jixiao::has_category<beijing>(cat::environmental_benefit));
    CHECK_FALSE(jixiao::has_category<beijing>(cat::ecological_benefit));
    // Same name, different level 1: 产出指标/成本指标 is not 成本指标 as a level-1 category.
    CHECK_FALSE(jixiao::has_category<beijing>(jixiao::category{cat::cost, "成本指标"}));

    // By the form's printed label, or by the official level-2 name.
    CHECK(jixiao::find_category_by_label<beijing>("产出数量指标") == &beijing::categories[0]);
    CHECK(jixiao::find_category_by_label<beijing>("数量指标") == &beijing::categories[0]);
    CHECK(jixiao::find_category_by_label<beijing>("服务对象满意度指标") == &beijing::categories[8]);
    CHECK(jixiao::find_category_by_label<beijing>("生态效益指标") == nullptr);
    CHECK(jixiao::find_category_by_label<beijing>("") == nullptr);
    CHECK(jixiao::find_category_by_label<central>("时效指标") == &central::categories[2]);

    CHECK(jixiao::find_funding_row<beijing>("区财政拨款") == 0);
    CHECK(jixiao::find_funding_row<beijing>("市财政拨款") == 1);
    CHECK(jixiao::find_funding_row<beijing>("自筹资金") == 2);
    CHECK(jixiao::find_funding_row<beijing>("财政拨款") == beijing::funding_rows.size());
    CHECK(jixiao::find_funding_row<central>("其他资金") == 1);
    CHECK(jixiao::find_funding_row<county_form>("上年结转资金") == 1);
    CHECK(jixiao::find_funding_row<county_form>("区财政拨款") == 3);

    // The user's form answers the same questions.
    CHECK(jixiao::find_category<county_form>(training)->label == "培训指标");
    CHECK(jixiao::find_category_by_label<county_form>("满意度指标")->cat == cat::beneficiary_satisfaction);
    CHECK_FALSE(jixiao::has_category<county_form>(cat::progress));
}

TEST_CASE("a user-defined form: a constexpr project validated and totalled without touching the library") {
    CHECK(county_form::name == "某县项目支出绩效目标表");
    CHECK(county_form::unit_label == "万元");
    CHECK(jixiao::validate(county_project).ok());
    CHECK(jixiao::validate(county_project).empty());

    constexpr auto second = [] {
        auto p = county_project;
        p.seq = 2;
        p.name = "返乡创业培训项目";
        p.funding[0] = {20.5_wan, {std::nullopt, 20.5_wan, std::nullopt}};
        return p;
    }();
    constexpr std::array tables{county_project, second};
    constexpr auto sum = jixiao::total(tables);
    static_assert(sum.current() == 100.5_wan);
    static_assert(sum.source[0] == std::array{50_wan, 45.5_wan, 5_wan});
    CHECK(sum.column.size() == 1);
    CHECK(sum.projects == 2);
    CHECK(jixiao::validate(tables).ok());

    // Its own required set: without a 满意度指标 indicator both the category and its level 1 are missing.
    const jixiao::indicator no_satisfaction[] = {county_indicators[0], county_indicators[1]};
    auto p = county_project;
    p.indicators = no_satisfaction;
    const auto rep = jixiao::validate(p);
    CHECK(rep.count(jixiao::rules::required_category_missing) == 2);
    CHECK(rep[0].message().view() == "满意度指标没有填写任何指标");
    CHECK(rep[1].message().view() == "满意度指标下没有一项填了指标值的指标");
    // ...but 效益指标 is not required by this form, and the project has none: no finding about it.
    for (const auto& f : rep) CHECK(f.message().view().find("效益") == std::string_view::npos);

    // Its own category's labels are used in messages, and quantitative applies to it.
    const jixiao::indicator qualitative_training[] = {county_indicators[0],
                                                      {training, "人均培训时长", jixiao::parse_target("较长")},
                                                      county_indicators[3]};
    p.indicators = qualitative_training;
    const auto rep2 = jixiao::validate(p);
    REQUIRE(rep2.size() == 1);
    CHECK(rep2[0].rule_id() == "quantitative_target_expected");
    CHECK(rep2[0].message().view() ==
          "培训指标「人均培训时长」是定性表述；写成比较符、数值和单位（如 ≥12场次）即为定量指标");
    CHECK(rep2[0].message(jixiao::language::en).view() ==
          "培训指标 「人均培训时长」 has a qualitative target; a comparator, a number and a unit (e.g. ≥12场次) would "
          "make it quantitative");
    // A category outside the user's form, at run time.
    const jixiao::indicator with_progress[] = {county_indicators[0],
                                               county_indicators[3],
                                               {cat::progress, "完成进度", jixiao::parse_target("100%")}};
    p.indicators = with_progress;
    CHECK(jixiao::validate(p).count(jixiao::rules::category_not_in_form) == 1);
}

// =========================================================================================================
// 2. Indicators and categories
// =========================================================================================================

TEST_CASE("each level-2 category knows its level 1") {
    CHECK(cat::output.name == "产出指标");
    CHECK(cat::benefit.name == "效益指标");
    CHECK(cat::cost.name == "成本指标");
    CHECK(cat::satisfaction.name == "满意度指标");
    for (const auto& c : {cat::quantity, cat::quality, cat::progress, cat::timeliness, cat::output_cost}) {
        CHECK(c.level1 == cat::output);
    }
    for (const auto& c : {cat::economic_benefit, cat::social_benefit, cat::environmental_benefit,
                          cat::ecological_benefit, cat::sustainable_impact}) {
        CHECK(c.level1 == cat::benefit);
    }
    for (const auto& c : {cat::economic_cost, cat::social_cost, cat::eco_environmental_cost}) {
        CHECK(c.level1 == cat::cost);
    }
    CHECK(cat::beneficiary_satisfaction.level1 == cat::satisfaction);
    CHECK(cat::quantity.name == "数量指标");
    CHECK(cat::eco_environmental_cost.name == "生态环境成本指标");
    CHECK(training.level1 == cat::output);
    // A category is its level 1 and its name together.
    CHECK(cat::output_cost != jixiao::category{cat::cost, "成本指标"});
    CHECK(cat::output_cost.name == "成本指标");
}

TEST_CASE("is_cost_category") {
    CHECK(jixiao::is_cost_category(cat::output_cost));
    CHECK(jixiao::is_cost_category(cat::economic_cost));
    CHECK(jixiao::is_cost_category(cat::social_cost));
    CHECK(jixiao::is_cost_category(cat::eco_environmental_cost));
    CHECK(jixiao::is_cost_category(jixiao::category{cat::cost, "自定义成本指标"}));
    CHECK_FALSE(jixiao::is_cost_category(cat::quantity));
    CHECK_FALSE(jixiao::is_cost_category(cat::economic_benefit));
    CHECK_FALSE(jixiao::is_cost_category(cat::beneficiary_satisfaction));
    CHECK_FALSE(jixiao::is_cost_category(training));
    static_assert(jixiao::is_cost_category(cat::output_cost) && !jixiao::is_cost_category(cat::quality));
}

TEST_CASE("an indicator keeps its category, name, parsed target and verbatim wording") {
    const auto& i = sample::home_care_indicators[1];
    CHECK(i.cat == cat::quality);
    CHECK(i.cat.level1 == cat::output);
    CHECK(i.name == "每户居家服务时长");
    CHECK(i.target.cmp == jixiao::comparator::ge);
    CHECK(i.target.value == decimal(72));
    CHECK(i.target.unit == "小时");
    CHECK(i.wording == "每户居家服务时长不低于 72 小时");
    CHECK_FALSE(i.core);
    CHECK(i.weight == decimal{});
}

// =========================================================================================================
// 3. Funding columns and cost bases
// =========================================================================================================

TEST_CASE("project_funding by name: the form's names land in the form's columns and rows") {
    using funding = jixiao::basic_project<beijing>::funding_type;
    constexpr funding named{{.current = {.total = 518.4_wan, .district = 518.4_wan}}};
    // 本年度 (index 1): 518.4 in 区财政拨款 (row 0), 市财政拨款 and 自筹资金 blank; 以前年度 zero and blank.
    static_assert(named[1].total == 518.4_wan);
    static_assert(named[1].sources[0] == 518.4_wan);
    static_assert(!named[1].sources[1] && !named[1].sources[2]);
    static_assert(named[0].total == 0_wan && !named[0].has_sources());
    // The same funding written positionally.
    constexpr funding positional{{{}, {518.4_wan, {518.4_wan, std::nullopt, std::nullopt}}}};
    static_assert(named == positional);
    // Every row by name, in any subset: a written 0 is not a blank.
    constexpr funding all{{.previous = {.total = 1_wan, .district = 0_wan, .city = 0.5_wan, .self_raised = 0.5_wan},
                           .current = {.total = 2_wan, .self_raised = 2_wan}}};
    static_assert(all[0].sources == std::array<std::optional<wan>, 3>{0_wan, 0.5_wan, 0.5_wan});
    static_assert(all[1].sources == std::array<std::optional<wan>, 3>{std::nullopt, std::nullopt, 2_wan});
    // The form's type itself converts, and names reach the same cells with any amount type.
    constexpr funding from_type = beijing::funding<wan>{.current = {.total = 3_wan, .city = 3_wan}};
    static_assert(from_type[1].sources[1] == 3_wan && !from_type[1].sources[0]);
    constexpr jixiao::basic_project<beijing, wan_fen> fen{
        .funding = {{.current = {.total = wan_fen::parse("0.01元"), .district = wan_fen::parse("0.01元")}}}};
    static_assert(fen.current().total.raw() == 1 && fen.current().sources[0] == wan_fen::from_raw(1));
    CHECK(named.size() == 2);

    // Assigned by name at run time: the whole funding is replaced, so what is not named is zero and blank.
    auto p = home_care;
    p.funding = {{.current = {.total = 448.9734_wan, .district = 448.97_wan}}};
    CHECK(p.current().total == 448.9734_wan);
    CHECK(p.current().sources[0] == 448.97_wan);
    CHECK(p.funding[0].total == 0_wan);
    CHECK_FALSE(p.funding[0].sources[0].has_value());
    CHECK(jixiao::validate(p).count(jixiao::rules::funding_sources_sum) == 1);
    // The columns decompose as they did when the funding was a std::array.
    const auto& [previous, current] = p.funding;
    CHECK(&current == &p.current());
    CHECK(previous.total == 0_wan);
    // A column by position still works, and so does a cell.
    p.funding[1] = {518.4_wan, {518.4_wan, std::nullopt, std::nullopt}};
    p.funding[0].sources[0] = 0_wan;
    CHECK(p.current().sources[0] == 518.4_wan);
    CHECK(jixiao::validate(p).count(jixiao::rules::funding_sources_sum) == 0);
}

TEST_CASE("project_funding by name in the central form and a user's form") {
    using central_project = jixiao::basic_project<central>;
    constexpr central_project c{.seq = 1,
                                .funding = {{.period = {.total = 300_wan, .fiscal = 200_wan, .other = 100_wan},
                                             .current = {.total = 100_wan, .fiscal = 100_wan}}}};
    static_assert(c.funding[0].sources == std::array<std::optional<wan>, 2>{200_wan, 100_wan});
    static_assert(c.current().total == 100_wan && c.current().sources[0] == 100_wan && !c.current().sources[1]);
    static_assert(c.funding == central_project::funding_type{{{300_wan, {200_wan, 100_wan}}, {100_wan, {100_wan}}}});
    // A positional list that also fits the named aggregate ({} and {total}) is read positionally: the same cells.
    constexpr central_project::funding_type short_list{{{}, {100_wan}}};
    static_assert(short_list[1].total == 100_wan && !short_list[1].has_sources());

    // The user's named form: one column, three rows, and the positional twin of the same form.
    static_assert(county_named_project.current().total == 80_wan);
    static_assert(county_named_project.current().sources == std::array<std::optional<wan>, 3>{50_wan, 25_wan, 5_wan});
    CHECK(jixiao::validate(county_named_project).count(jixiao::rules::funding_sources_sum) == 0);
    const auto partial = [] {
        auto p = county_named_project;
        p.funding = {{.year = {.total = 10_wan, .carried_over = 10_wan}}};
        return p;
    }();
    CHECK(partial.current().sources == std::array<std::optional<wan>, 3>{std::nullopt, 10_wan, std::nullopt});
    CHECK(jixiao::total(std::array{county_named_project, partial}).current() == 90_wan);
}

TEST_CASE("sources_sum: a blank cell (nullopt) adds nothing and is not a written zero") {
    using column = jixiao::funding_column<wan, 3>;
    const column blank{10_wan, {5_wan, std::nullopt, std::nullopt}};
    const column zero{10_wan, {5_wan, 0_wan, 0_wan}};
    CHECK(blank.sources_sum() == 5_wan);
    CHECK(zero.sources_sum() == 5_wan);
    CHECK(blank != zero);  // same sum, different table
    CHECK(blank.has_sources());

    const column all_blank{0_wan, {}};
    CHECK(all_blank.sources_sum() == 0_wan);
    CHECK_FALSE(all_blank.has_sources());
    const column all_zero{0_wan, {0_wan, 0_wan, 0_wan}};
    CHECK(all_zero.has_sources());
    CHECK(all_zero != all_blank);

    const column mixed{448.9734_wan, {400.0001_wan, std::nullopt, 48.9733_wan}};
    CHECK(mixed.sources_sum() == 448.9734_wan);
    const column negative{0_wan, {1_wan, -1_wan, std::nullopt}};
    CHECK(negative.sources_sum() == 0_wan);
    const column huge{0_wan, {wan::max(), 1_yuan, std::nullopt}};
    CHECK_THROWS_AS((void)huge.sources_sum(), std::overflow_error);
}

TEST_CASE("cost_line: 428台 × 6000元 = 256.8万元") {
    const jixiao::cost_line<wan> line{.item = "办公电脑",
                                      .unit_price = 6000_yuan,
                                      .price_unit = "元/台",
                                      .quantities = {{428, "台"}}};
    const auto t = line.try_total();
    CHECK(t.ok());
    CHECK(t.exact);
    CHECK_FALSE(t.overflow);
    CHECK(t.value == 256.8_wan);
    CHECK(line.total() == 256.8_wan);
    CHECK(line.total().to_yuan() == 2568000);
    CHECK(line.total() == 2568000_yuan);
}

TEST_CASE("cost_line: 334人 × 6172元/人·月 × 12月 = 24737376元 = 2473.7376万元") {
    const jixiao::cost_line<wan> line{.item = "公益性岗位补贴",
                                      .unit_price = 6172_yuan,
                                      .price_unit = "元/人·月",
                                      .quantities = {{334, "人"}, {12, "月"}}};
    CHECK(line.quantities.size() == 2);
    CHECK(line.quantities[0].unit == "人");
    CHECK(line.quantities[1].value == decimal(12));
    CHECK(line.total() == 2473.7376_wan);
    CHECK(line.total() == 24737376_yuan);
    CHECK(line.total().to_yuan() == 24737376);
    // In 分 as well.
    const jixiao::cost_line<wan_fen> fen{.unit_price = wan_fen::from_yuan(6172),
                                         .quantities = {{334, "人"}, {12, "月"}}};
    CHECK(fen.total() == wan_fen::from_yuan(24737376));
    CHECK(fen.total().raw() == 2473737600);
}

TEST_CASE("cost_line: a fractional quantity whose product is exact") {
    // 334人 × 300元/人·天 × 1.5天 = 150300元 = 15.03万元.
    const jixiao::cost_line<wan> line{.unit_price = 300_yuan,
                                      .quantities = {{334, "人"}, {decimal::parse("1.5"), "天"}}};
    CHECK(line.try_total().ok());
    CHECK(line.total() == 15.03_wan);
    // 0.25 × 4 cancels exactly: 1000元 × 0.25 × 4 = 1000元.
    const jixiao::cost_line<wan> quarter{.unit_price = 1000_yuan,
                                         .quantities = {{decimal::parse("0.25"), "年"}, {4, "次"}}};
    CHECK(quarter.total() == 1000_yuan);
    // 3元 × 0.5 × 0.5 × 8 = 6元: pending fraction digits cancel later in the product.
    const jixiao::cost_line<wan> late{
        .unit_price = 3_yuan,
        .quantities = {{decimal::parse("0.5"), "a"}, {decimal::parse("0.5"), "b"}, {8, "c"}}};
    CHECK(late.total() == 6_yuan);
    // No quantities at all: the unit price itself.
    const jixiao::cost_line<wan> bare{.unit_price = 12.3456_wan};
    CHECK(bare.total() == 12.3456_wan);
}

TEST_CASE("cost_line: a product finer than 元 does not fit wan but fits wan_fen") {
    // 3元 × 2.5 = 7.5元: wan counts whole 元.
    const jixiao::cost_line<wan> coarse{.unit_price = 3_yuan, .quantities = {{decimal::parse("2.5"), "小时"}}};
    const auto t = coarse.try_total();
    CHECK_FALSE(t.exact);
    CHECK_FALSE(t.overflow);
    CHECK_FALSE(t.ok());
    CHECK_THROWS_AS((void)coarse.total(), std::domain_error);

    const jixiao::cost_line<wan_fen> fine{.unit_price = wan_fen::from_yuan(3),
                                          .quantities = {{decimal::parse("2.5"), "小时"}}};
    CHECK(fine.try_total().ok());
    CHECK(fine.total() == wan_fen::parse("7.5元"));
    CHECK(fine.total().raw() == 750);
    // Finer than 分 does not fit wan_fen either: 0.01元 × 0.5.
    const jixiao::cost_line<wan_fen> finer{.unit_price = wan_fen::from_raw(1),
                                           .quantities = {{decimal::parse("0.5"), "个"}}};
    CHECK_FALSE(finer.try_total().exact);
    CHECK_THROWS_AS((void)finer.total(), std::domain_error);
}

TEST_CASE("cost_line: overflow is reported, never wrapped") {
    const jixiao::cost_line<wan> big{.unit_price = wan::max(), .quantities = {{2, "台"}}};
    const auto t = big.try_total();
    CHECK(t.overflow);
    CHECK_FALSE(t.ok());
    CHECK_THROWS_AS((void)big.total(), std::overflow_error);
    // Beyond even the wide intermediate: four huge multipliers.
    const jixiao::cost_line<wan> huge{
        .unit_price = 1000000_wan,
        .quantities = {{1000000000, "a"}, {1000000000, "b"}, {1000000000, "c"}, {1000000000, "d"}}};
    CHECK(huge.try_total().overflow);
    CHECK_THROWS_AS((void)huge.total(), std::overflow_error);
    // Negative beyond the range as well.
    const jixiao::cost_line<wan> low{.unit_price = wan::min(), .quantities = {{2, "台"}}};
    CHECK(low.try_total().overflow);
    // Exactly at the edge is fine.
    const jixiao::cost_line<wan> edge{.unit_price = wan::max(), .quantities = {{1, "台"}}};
    CHECK(edge.total() == wan::max());
}

TEST_CASE("quantity_list holds at most four quantities") {
    const auto five = [] { return jixiao::quantity_list{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}, {5, "e"}}; };
    CHECK_THROWS_AS((void)five(), std::length_error);
    jixiao::quantity_list q{{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}};
    CHECK(q.size() == 4);
    CHECK_THROWS_AS(q.push_back({5, "e"}), std::length_error);
    CHECK(q.size() == 4);  // unchanged by the failed push
    jixiao::quantity_list r;
    CHECK(r.empty());
    r.push_back({334, "人"});
    r.push_back(jixiao::quantity(decimal::parse("1.5"), "天"));
    CHECK(r.size() == 2);
    CHECK(r[1].unit == "天");
    CHECK(r == jixiao::quantity_list{{334, "人"}, {decimal::parse("1.5"), "天"}});
    CHECK(r != jixiao::quantity_list{{334, "人"}});
}

TEST_CASE("cost_basis_total sums the lines; lines that cannot be computed are left out") {
    // The seed's 序号 13: 334人×6172元×12个月=24737376元 plus 334人×300元×6个月=601200元 = 2533.8576万元.
    const std::vector<jixiao::cost_line<wan>> seq13{
        {.item = "岗位补贴", .unit_price = 6172_yuan, .quantities = {{334, "人"}, {12, "月"}}},
        {.item = "社会保险补贴", .unit_price = 300_yuan, .quantities = {{334, "人"}, {6, "月"}}},
    };
    CHECK(jixiao::cost_basis_total<wan>(seq13) == 2533.8576_wan);
    CHECK(jixiao::cost_basis_total<wan>(std::span<const jixiao::cost_line<wan>>{}) == 0_wan);

    auto with_bad = seq13;
    with_bad.push_back({.item = "零头", .unit_price = 3_yuan, .quantities = {{decimal::parse("0.5"), "个"}}});
    with_bad.push_back({.item = "溢出", .unit_price = wan::max(), .quantities = {{2, "个"}}});
    CHECK(jixiao::cost_basis_total<wan>(with_bad) == 2533.8576_wan);

    jixiao::basic_project<beijing> p = home_care;
    p.cost_basis = seq13;
    CHECK(p.cost_basis_total() == 2533.8576_wan);
    CHECK(home_care.cost_basis_total() == 518.4_wan);
    static_assert(home_care.cost_basis_total() == 518.4_wan);
}

// =========================================================================================================
// 4. Projects: constexpr and run time, one view
// =========================================================================================================

TEST_CASE("a constexpr project from static arrays") {
    static_assert(home_care.seq == 1);
    static_assert(home_care.current().total == 518.4_wan);
    static_assert(home_care.indicators.size() == 5);
    static_assert(home_care.indicators[4].target.value == decimal(90));
    static_assert(home_care.cost_basis.size() == 1);
    CHECK(home_care.name == "残疾人家庭居家服务项目");
    CHECK(home_care.funding[0].total == 0_wan);
    CHECK(home_care.funding[1].sources[1] == std::nullopt);
    CHECK(home_care.funding[0].sources[1] == 0_wan);
    CHECK(&home_care.current() == &home_care.funding[1]);
    CHECK(home_care.indicators.span().data() == sample::home_care_indicators);
    CHECK_FALSE(home_care.indicators.empty());
    CHECK(home_care.remarks.empty());
}

namespace {

using store_type = jixiao::basic_project_store<beijing>;

// Builds the home-care table from std::string temporaries, as a loader would, adds it to the store and
// scribbles over every temporary before it is destroyed: a view left pointing into them would read 'x'.
void add_from_temporaries(store_type& store) {
    std::vector<std::string> text{"残疾人家庭居家服务项目", "北京市丰台区残疾人联合会", "区残联教就部",
                                  "为全区2000户低保重残和重残无业残疾人家庭提供居家服务",
                                  // indicator names and wordings
                                  "居家服务家庭数", "为 2000 个残疾人家庭提供居家服务", "每户居家服务时长",
                                  "每户居家服务时长不低于 72 小时", "总体项目成本", "总体项目成本控制在518.4万元内",
                                  "困难残疾人家庭生活质量", "改善困难残疾人家庭的生活质量", "残疾人满意率",
                                  "残疾人满意率不低于90%",
                                  // cost line
                                  "居家服务", "元/户", "户", "2000户×2592元/户=5184000元"};
    std::vector<jixiao::indicator> inds{
        {cat::quantity, text[4], jixiao::parse_target("2000户"), text[5]},
        {cat::quality, text[6], jixiao::parse_target("不低于72小时"), text[7]},
        {cat::output_cost, text[8], jixiao::parse_target("控制在518.4万元内"), text[9]},
        {cat::social_benefit, text[10], jixiao::parse_target("明显改善"), text[11]},
        {cat::beneficiary_satisfaction, text[12], jixiao::parse_target("不低于90%"), text[13]},
    };
    std::vector<jixiao::cost_line<wan>> lines{
        {.item = text[14],
         .unit_price = 2592_yuan,
         .price_unit = text[15],
         .quantities = {{2000, text[16]}},
         .stated_total = 518.4_wan,
         .text = text[17]},
    };
    jixiao::basic_project<beijing> p{
        .seq = 1,
        .year = std::chrono::year{2020},
        .name = text[0],
        .applicant = text[1],
        .implementer = text[2],
        .start = std::chrono::year{2020} / 1 / 1,
        .end = std::chrono::year{2020} / 12 / 31,
        .funding = {{.previous = {.total = 0_wan, .district = 0_wan, .city = 0_wan, .self_raised = 0_wan},
                     .current = {.total = 518.4_wan, .district = 518.4_wan}}},
        .goal = text[3],
        .indicators = std::span<const jixiao::indicator>(inds),
        .cost_basis = lines,
    };
    const auto& added = store.add(p);
    CHECK(added.name == "残疾人家庭居家服务项目");
    CHECK(added.name.data() != text[0].data());
    for (auto& s : text) std::fill(s.begin(), s.end(), 'x');
    inds.assign(inds.size(), jixiao::indicator{});
    lines.assign(lines.size(), jixiao::cost_line<wan>{});
}

}  // namespace

TEST_CASE("a run-time project from temporaries: the store's views survive them") {
    store_type store;
    add_from_temporaries(store);
    REQUIRE(store.size() == 1);
    CHECK_FALSE(store.empty());
    check_same_project(store[0], home_care);
    CHECK(store[0].cost_basis_total() == 518.4_wan);
    CHECK(store[0].indicators[4].target == jixiao::parse_target("≥90%"));
    CHECK(store[0].cost_basis[0].quantities[0].unit == "户");
    CHECK(store.projects().size() == 1);
    CHECK(&*store.begin() == &store[0]);
    CHECK(store.end() - store.begin() == 1);
}

TEST_CASE("the store's views survive a move of the store") {
    store_type store;
    add_from_temporaries(store);
    const char* name_before = store[0].name.data();
    const jixiao::indicator* inds_before = store[0].indicators.begin();

    store_type moved(std::move(store));
    check_same_project(moved[0], home_care);
    CHECK(moved[0].name.data() == name_before);  // the same storage, handed over
    CHECK(moved[0].indicators.begin() == inds_before);

    store_type assigned;
    assigned = std::move(moved);
    check_same_project(assigned[0], home_care);

    // Many small strings (short-string-optimised ones too) and many projects still read right after a move.
    store_type many;
    for (int i = 0; i < 50; ++i) {
        auto p = home_care;
        const std::string short_name = "项" + std::to_string(i);
        p.name = short_name;
        p.seq = i + 1;
        many.add(p);
    }
    store_type many_moved = std::move(many);
    for (int i = 0; i < 50; ++i) {
        CHECK(many_moved[static_cast<std::size_t>(i)].name == "项" + std::to_string(i));
    }
}

TEST_CASE("a copy of the store is independent: destroy the original and the copy still reads right") {
    auto original = std::make_unique<store_type>();
    add_from_temporaries(*original);
    store_type copy(*original);
    store_type assigned;
    assigned = *original;
    CHECK(copy[0].name.data() != (*original)[0].name.data());
    CHECK(copy[0].indicators.begin() != (*original)[0].indicators.begin());
    CHECK(copy[0].cost_basis.data() != (*original)[0].cost_basis.data());
    CHECK(copy[0].cost_basis[0].quantities[0].unit.data() != (*original)[0].cost_basis[0].quantities[0].unit.data());
    original.reset();
    check_same_project(copy[0], home_care);
    check_same_project(assigned[0], home_care);
    // Self-assignment leaves it intact.
    auto& alias = assigned;
    assigned = alias;
    check_same_project(assigned[0], home_care);
}

TEST_CASE("a run-time and a constexpr project give identical validate() and total() results") {
    store_type store;
    add_from_temporaries(store);
    check_same_report(jixiao::validate(store[0]), jixiao::validate(home_care));
    CHECK(jixiao::validate(store[0]).empty());

    // With findings, too: the same broken table in both storages.
    auto broken = home_care;
    broken.funding[1].sources[0] = 518.3_wan;
    broken.year = std::chrono::year{2021};
    store.add(broken);
    const auto a = jixiao::validate(store[1]);
    const auto b = jixiao::validate(broken);
    CHECK(a.size() == 2);
    check_same_report(a, b);

    const std::array tables{home_care, broken};
    CHECK(jixiao::total(store) == jixiao::total(tables));
    CHECK(jixiao::total(store).current() == 1036.8_wan);
    check_same_report(jixiao::validate(store), jixiao::validate(tables));
}

TEST_CASE("a store keeps an indicator whose category the form lacks, with its own copy of the names") {
    store_type store;
    {
        std::string level1 = "自定义一级";
        std::string level2 = "自定义二级";
        const jixiao::indicator odd[] = {{jixiao::category{{level1}, level2}, "奇怪指标", jixiao::parse_target("1次")}};
        auto p = home_care;
        p.indicators = odd;
        store.add(p);
        std::fill(level1.begin(), level1.end(), 'x');
        std::fill(level2.begin(), level2.end(), 'x');
    }
    CHECK(store[0].indicators[0].cat.level1.name == "自定义一级");
    CHECK(store[0].indicators[0].cat.name == "自定义二级");
    // A category of the form reads the same after the add.
    store.add(home_care);
    CHECK(store[1].indicators[0].cat == cat::quantity);
}

TEST_CASE("store: a unit set by hand is copied in; a vector of indicators makes an indicator_list") {
    std::string unit = "人次";
    std::string unknown = "讲座";
    std::vector<jixiao::indicator> inds{
        {jixiao::categories::quantity, "培训人次", jixiao::target{jixiao::comparator::ge, jixiao::decimal(500), unit}},
        {jixiao::categories::quantity, "讲座", jixiao::target{jixiao::comparator::ge, jixiao::decimal(5), unknown}}};
    jixiao::basic_project<jixiao::forms::beijing_district_2020> p{.seq = 1, .indicators = inds};
    jixiao::basic_project_store<jixiao::forms::beijing_district_2020> store;
    store.add(p);
    unit.assign(unit.size(), 'x');
    unknown.assign(unknown.size(), 'x');
    CHECK(store[0].indicators[0].target.unit == "人次");
    CHECK(store[0].indicators[0].target.unit.data() == jixiao::known_unit("人次").data());  // the static entry
    CHECK(store[0].indicators[1].target.unit == "讲座");                                    // an owned copy
}

namespace {
constexpr bool const_cost_line_in_constant_evaluation() {
    // g++ 12 once refused a const cost_line here ("modifying a const object"); the list is now built in
    // its member initialisers.
    const jixiao::cost_line<jixiao::wan> l{.unit_price = jixiao::wan::from_yuan(6000), .quantities = {{428, "台"}}};
    return l.total() == jixiao::wan::from_yuan(2568000);
}
static_assert(const_cost_line_in_constant_evaluation());
}  // namespace

}  // namespace domain_test
