// Constexpr tests of the domain model: forms, categories, cost lines, projects, validate(), require_valid() and
// totals. Each function runs in a static_assert (so the build is the test) and again from main() at run time.
#include <jixiao/aggregate.hpp>
#include <jixiao/form.hpp>
#include <jixiao/funding.hpp>
#include <jixiao/project.hpp>
#include <jixiao/validate.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string_view>

namespace {

using jixiao::decimal;
using jixiao::wan;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
using form = jixiao::forms::beijing_district_2020;
using project = jixiao::basic_project<form>;
using std::chrono::year;

constexpr jixiao::indicator good_indicators[] = {
    {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000户"), "为 2000 个残疾人家庭提供居家服务"},
    {cat::quality, "每户居家服务时长", jixiao::parse_target("不低于72小时"), "每户居家服务时长不低于 72 小时"},
    {cat::output_cost, "总体项目成本", jixiao::parse_target("控制在518.4万元内")},
    {cat::social_benefit, "困难残疾人家庭生活质量", jixiao::parse_target("明显改善")},
    {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("不低于90%"), "残疾人满意率不低于90%"},
};

constexpr jixiao::cost_line<wan> good_basis[] = {
    {.item = "居家服务", .unit_price = 2592_yuan, .price_unit = "元/户", .quantities = {{2000, "户"}},
     .stated_total = 518.4_wan},
};

constexpr project good{
    .seq = 1,
    .year = year{2020},
    .name = "残疾人家庭居家服务项目",
    .applicant = "北京市丰台区残疾人联合会",
    .implementer = "区残联教就部",
    .start = year{2020} / 1 / 1,
    .end = year{2020} / 12 / 31,
    .funding = {{{0_wan, {0_wan, 0_wan, 0_wan}}, {518.4_wan, {518.4_wan, std::nullopt, std::nullopt}}}},
    .goal = "为全区2000户低保重残和重残无业残疾人家庭提供居家服务",
    .indicators = good_indicators,
    .cost_basis = good_basis,
};

// The same table with 本年度 sources that do not sum (518.3000 against 518.4000).
constexpr project bad = [] {
    project p = good;
    p.funding[1] = {518.4_wan, {518.3_wan, std::nullopt, std::nullopt}};
    return p;
}();

// A table with warnings only: it passes require_valid at error level.
constexpr jixiao::cost_line<wan> partial_basis[] = {
    {.item = "居家服务", .unit_price = 2500_yuan, .quantities = {{2000, "户"}}, .truncated = true},
};
constexpr project warned = [] {
    project p = good;
    p.seq = 2;
    p.cost_basis = partial_basis;
    p.start = year{2019} / 12 / 1;
    return p;
}();

// The contract of the brief, verbatim.
static_assert(jixiao::validate(good).ok());
static_assert(jixiao::validate(bad).count(jixiao::rules::funding_sources_sum) == 1);
static_assert(jixiao::require_valid(good));

constexpr bool validate_in_constant_evaluation() {
    const auto g = jixiao::validate(good);
    if (!g.ok() || !g.empty() || g.errors() != 0 || g.warnings() != 0) return false;

    const auto b = jixiao::validate(bad);
    if (b.size() != 1 || b.ok() || b.errors() != 1 || !b.has(jixiao::rules::funding_sources_sum)) return false;
    if (b[0].rule_id() != "funding_sources_sum" || b[0].level() != jixiao::severity::error) return false;
    if (b[0].seq != 1 || b[0].project != "残疾人家庭居家服务项目") return false;
    if (b[0].message().view() != "本年度项目资金: the source rows sum to 518.3000 万元 but 项目资金总额 is 518.4000 万元") {
        return false;
    }

    const auto w = jixiao::validate(warned);
    if (!w.ok() || w.warnings() != 2 || w.errors() != 0) return false;
    if (w.count(jixiao::rules::cost_basis_below_total) != 1 || w.count(jixiao::rules::period_outside_year) != 1) return false;
    if (w[0].message().view() != "the period 2019–2020 reaches outside the budget year 2020") return false;
    if (w[1].message().view() != "cost basis 500.0000 万元 is below the 本年度项目资金 total 518.4000 万元 by 18.4000 万元 "
                               "(the basis is cut off in the source)") {
        return false;
    }
    // require_valid at error level: warnings pass. (At warning level it would stop compilation here, so
    // that case is exercised at run time in main() and by the unit tests.)
    if (!jixiao::require_valid(warned)) return false;
    return true;
}
static_assert(validate_in_constant_evaluation());

constexpr std::array<project, 3> table_set{good, warned, [] {
                                               project p = good;
                                               p.seq = 3;
                                               p.name = "第三个项目";
                                               p.implementer = "区残联办公室";
                                               return p;
                                           }()};
constexpr std::array<project, 2> duplicate_set{good, good};

constexpr bool sets_in_constant_evaluation() {
    if (!jixiao::validate(table_set).ok()) return false;
    if (!jixiao::require_valid(table_set)) return false;
    const auto d = jixiao::validate(duplicate_set);
    if (d.count(jixiao::rules::duplicate_seq) != 1 || d.size() != 1) return false;
    if (d[0].message().view() != "序号 1 is used by 2 tables") return false;
    return true;
}
static_assert(sets_in_constant_evaluation());

constexpr bool totals_in_constant_evaluation() {
    const auto t = jixiao::total(table_set);
    // 518.4 × 3
    if (t.current() != 1555.2_wan || t.column[0] != 0_wan || t.projects != 3) return false;
    if (t.source[1][0] != 1555.2_wan || t.source[1][1] != 0_wan) return false;
    const auto a = jixiao::total(std::array{table_set[0]});
    const auto b = jixiao::total(std::array{table_set[1], table_set[2]});
    if (a + b != t) return false;
    const auto groups = jixiao::by_implementer(table_set);
    if (groups.size() != 2 || groups[0].key != "区残联教就部" || groups[0].sum.current() != 1036.8_wan) return false;
    const auto counts = jixiao::count_indicators(table_set);
    if (counts.size() != 9 || counts[0].indicators != 3 || counts[2].indicators != 0) return false;
    return true;
}
static_assert(totals_in_constant_evaluation());
static_assert(jixiao::total(table_set).current() == 1555.2_wan);

constexpr bool forms_in_constant_evaluation() {
    if (jixiao::find_category<form>(cat::quantity)->label != "产出数量指标") return false;
    if (jixiao::find_category<form>(cat::ecological_benefit) != nullptr) return false;
    if (!jixiao::has_category<jixiao::forms::central_2021>(cat::ecological_benefit)) return false;
    if (jixiao::find_category_by_label<form>("数量指标") != &form::categories[0]) return false;
    if (jixiao::find_funding_row<form>("自筹资金") != 2) return false;
    if (jixiao::find_funding_row<form>("其他资金") != 3) return false;
    if (!jixiao::is_cost_category(cat::output_cost) || jixiao::is_cost_category(cat::quantity)) return false;
    if (cat::eco_environmental_cost.level1 != cat::cost) return false;
    return true;
}
static_assert(forms_in_constant_evaluation());

constexpr bool cost_lines_in_constant_evaluation() {
    jixiao::cost_line<wan> computers{.unit_price = 6000_yuan, .quantities = {{428, "台"}}};
    if (computers.total() != 256.8_wan) return false;
    jixiao::cost_line<wan> posts{.unit_price = 6172_yuan, .quantities = {{334, "人"}, {12, "月"}}};
    if (posts.total() != 2473.7376_wan || posts.total() != 24737376_yuan) return false;
    jixiao::cost_line<wan> half{.unit_price = 3_yuan, .quantities = {{decimal::parse("2.5"), "小时"}}};
    if (half.try_total().exact || half.try_total().overflow) return false;
    jixiao::cost_line<jixiao::wan_fen> half_fen{.unit_price = jixiao::wan_fen::from_yuan(3),
                                                      .quantities = {{decimal::parse("2.5"), "小时"}}};
    if (half_fen.total().raw() != 750) return false;
    jixiao::cost_line<wan> big{.unit_price = wan::max(), .quantities = {{2, "台"}}};
    if (!big.try_total().overflow) return false;
    const std::array lines{computers, posts, half, big};
    if (jixiao::cost_basis_total<wan>(lines) != 2730.5376_wan) return false;
    jixiao::funding_column<wan, 3> col{10_wan, {5_wan, std::nullopt, 0_wan}};
    if (col.sources_sum() != 5_wan || !col.has_sources()) return false;
    col.sources = {};
    if (col.has_sources() || col.sources_sum() != 0_wan) return false;
    return true;
}
static_assert(cost_lines_in_constant_evaluation());

}  // namespace

int main() {
    int failures = 0;
    auto run = [&](bool ok, const char* name) {
        if (!ok) {
            std::printf("FAILED: %s\n", name);
            ++failures;
        }
    };
    run(jixiao::validate(good).ok(), "validate(good).ok()");
    run(jixiao::validate(bad).count(jixiao::rules::funding_sources_sum) == 1, "validate(bad).count(funding_sources_sum) == 1");
    run(jixiao::require_valid(good), "require_valid(good)");
    run(!jixiao::require_valid(bad), "!require_valid(bad) at run time");
    run(!jixiao::require_valid(warned, jixiao::severity::warning), "!require_valid(warned, warning) at run time");
    run(!jixiao::require_valid(duplicate_set), "!require_valid(duplicate_set) at run time");
    run(validate_in_constant_evaluation(), "validate_in_constant_evaluation");
    run(sets_in_constant_evaluation(), "sets_in_constant_evaluation");
    run(totals_in_constant_evaluation(), "totals_in_constant_evaluation");
    run(forms_in_constant_evaluation(), "forms_in_constant_evaluation");
    run(cost_lines_in_constant_evaluation(), "cost_lines_in_constant_evaluation");
    if (failures == 0) std::printf("domain_static: all passed\n");
    return failures == 0 ? 0 : 1;
}
