// Constexpr facts about the domain model: forms, categories, funding, cost lines, projects, validate(),
// require_valid() and totals. Each FACT is a static_assert of its own (so a failure names its line) and runs
// again from main() at run time (so the sanitizers see the same code paths).
#include <jixiao/aggregate.hpp>
#include <jixiao/form.hpp>
#include <jixiao/funding.hpp>
#include <jixiao/project.hpp>
#include <jixiao/validate.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

#include "../unit/sample_tables.hpp"
#include "fact.hpp"

namespace {

using jixiao::decimal;
using jixiao::wan;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
using sample::form;
using sample::project;
using std::chrono::year;

constexpr const project& good = sample::home_care;

// The same table with 本年度 sources that do not sum (518.3000 against 518.4000).
constexpr project bad = [] {
    project p = good;
    p.funding[1].sources[0] = 518.3_wan;
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

constexpr std::array<project, 3> table_set{good, warned, [] {
                                               project p = good;
                                               p.seq = 3;
                                               p.name = "第三个项目";
                                               p.implementer = "区残联办公室";
                                               return p;
                                           }()};
constexpr std::array<project, 2> duplicate_set{good, good};

// ---- the sample table's funding, written by name ---------------------------------------------------------
FACT(good.current().total == 518.4_wan);
FACT(good.current().sources[0] == 518.4_wan);                    // 区财政拨款
FACT(!good.current().sources[1] && !good.current().sources[2]);  // 市财政拨款, 自筹资金: blank
FACT(good.funding[0].sources == std::array<std::optional<wan>, 3>{0_wan, 0_wan, 0_wan});  // 以前年度: written 0
FACT(good.funding ==
     project::funding_type{{{0_wan, {0_wan, 0_wan, 0_wan}}, {518.4_wan, {518.4_wan, std::nullopt, std::nullopt}}}});

// ---- validate and require_valid ------------------------------------------------------------------------
FACT(jixiao::validate(good).ok());
FACT(jixiao::validate(good).empty());
FACT(jixiao::require_valid(good));
FACT(jixiao::validate(bad).count(jixiao::rules::funding_sources_sum) == 1);
FACT(jixiao::validate(bad).size() == 1);
FACT(jixiao::validate(bad).errors() == 1 && !jixiao::validate(bad).ok());
FACT(jixiao::validate(bad)[0].rule_id() == "funding_sources_sum");
FACT(jixiao::validate(bad)[0].level() == jixiao::severity::error);
FACT(jixiao::validate(bad)[0].seq == 1 && jixiao::validate(bad)[0].project == "残疾人家庭居家服务项目");
// Chinese by default, English on request: the same figures in each language's order.
FACT(jixiao::validate(bad)[0].message().view() ==
     "本年度项目资金总额 518.4000 万元，各资金来源合计 518.3000 万元，少 0.1000 万元");
FACT(jixiao::validate(bad)[0].message(jixiao::language::en).view() ==
     "本年度项目资金: the source rows sum to 518.3000 万元 but 项目资金总额 is 518.4000 万元 (0.1000 万元 short)");
FACT(jixiao::validate(warned).ok());
FACT(jixiao::validate(warned).warnings() == 2 && jixiao::validate(warned).errors() == 0);
FACT(jixiao::validate(warned).count(jixiao::rules::cost_basis_below_total) == 1);
FACT(jixiao::validate(warned).count(jixiao::rules::period_outside_year) == 1);
FACT(jixiao::validate(warned)[0].message().view() == "项目起止时间为2019年至2020年，超出了预算年度2020年");
FACT(jixiao::validate(warned)[0].message(jixiao::language::en).view() ==
     "the period 2019–2020 reaches outside the budget year 2020");
FACT(jixiao::validate(warned)[1].message().view() ==
     "本年度项目资金 518.4000 万元，测算依据合计 500.0000 万元，少 18.4000 万元（原表的测算依据不完整）");
FACT(jixiao::validate(warned)[1].message(jixiao::language::en).view() ==
     "cost basis 500.0000 万元 is below the 本年度项目资金 total 518.4000 万元 by 18.4000 万元 "
     "(the basis is cut off in the source)");
// At error level warnings pass; at warning level this would stop compilation here, so that case is run at
// run time by the unit tests.
FACT(jixiao::require_valid(warned));

// ---- table sets ----------------------------------------------------------------------------------------
FACT(jixiao::validate(table_set).ok());
FACT(jixiao::require_valid(table_set));
FACT(jixiao::validate(duplicate_set).size() == 1);
FACT(jixiao::validate(duplicate_set).count(jixiao::rules::duplicate_seq) == 1);
FACT(jixiao::validate(duplicate_set)[0].message().view() == "2 张表都用了序号 1");
FACT(jixiao::validate(duplicate_set)[0].message(jixiao::language::en).view() == "序号 1 is used by 2 tables");

// ---- totals --------------------------------------------------------------------------------------------
FACT(jixiao::total(table_set).current() == 1555.2_wan);  // 518.4 × 3
FACT(jixiao::total(table_set).column[0] == 0_wan);
FACT(jixiao::total(table_set).projects == 3);
FACT(jixiao::total(table_set).source[1][0] == 1555.2_wan && jixiao::total(table_set).source[1][1] == 0_wan);
FACT(jixiao::total(std::array{table_set[0]}) + jixiao::total(std::array{table_set[1], table_set[2]}) ==
     jixiao::total(table_set));
FACT(jixiao::by_implementer(table_set).size() == 2);
FACT(jixiao::by_implementer(table_set)[0].key == "区残联教就部");
FACT(jixiao::by_implementer(table_set)[0].sum.current() == 1036.8_wan);
FACT(jixiao::count_indicators(table_set).size() == 9);
FACT(jixiao::count_indicators(table_set)[0].indicators == 3 && jixiao::count_indicators(table_set)[2].indicators == 0);

// ---- forms ---------------------------------------------------------------------------------------------
FACT(jixiao::find_category<form>(cat::quantity)->label == "产出数量指标");
FACT(jixiao::find_category<form>(cat::ecological_benefit) == nullptr);
FACT(jixiao::has_category<jixiao::forms::central_2021>(cat::ecological_benefit));
FACT(jixiao::find_category_by_label<form>("数量指标") == &form::categories[0]);
FACT(jixiao::find_funding_row<form>("自筹资金") == 2);
FACT(jixiao::find_funding_row<form>("其他资金") == 3);
FACT(jixiao::is_cost_category(cat::output_cost) && !jixiao::is_cost_category(cat::quantity));
FACT(cat::eco_environmental_cost.level1 == cat::cost);

// ---- quantities: a count, never money (was compile_fail/domain_amount_in_decimal_field.cpp) ---------------
FACT(std::is_constructible_v<jixiao::quantity, decimal, std::string_view>);
FACT(std::is_constructible_v<jixiao::quantity, int, std::string_view>);
FACT(!std::is_constructible_v<jixiao::quantity, wan, std::string_view>);  // 518.4_wan is not 518.4 台

// ---- cost lines ----------------------------------------------------------------------------------------
constexpr jixiao::cost_line<wan> computers{.unit_price = 6000_yuan, .quantities = {{428, "台"}}};
constexpr jixiao::cost_line<wan> posts{.unit_price = 6172_yuan, .quantities = {{334, "人"}, {12, "月"}}};
constexpr jixiao::cost_line<wan> half{.unit_price = 3_yuan, .quantities = {{decimal::parse("2.5"), "小时"}}};
constexpr jixiao::cost_line<jixiao::wan_fen> half_fen{.unit_price = jixiao::wan_fen::from_yuan(3),
                                                      .quantities = {{decimal::parse("2.5"), "小时"}}};
constexpr jixiao::cost_line<wan> big{.unit_price = wan::max(), .quantities = {{2, "台"}}};
FACT(computers.total() == 256.8_wan);
FACT(posts.total() == 2473.7376_wan && posts.total() == 24737376_yuan);
FACT(!half.try_total().exact && !half.try_total().overflow);  // 7.5 元 does not fit whole 元
FACT(half_fen.total().raw() == 750);                          // but fits 分
FACT(big.try_total().overflow);
FACT(jixiao::cost_basis_total<wan>(std::array{computers, posts, half, big}) == 2730.5376_wan);

// ---- funding columns -----------------------------------------------------------------------------------
constexpr jixiao::funding_column<wan, 3> column{10_wan, {5_wan, std::nullopt, 0_wan}};
FACT(column.sources_sum() == 5_wan);
FACT(column.has_sources());
FACT(!jixiao::funding_column<wan, 3>{10_wan, {}}.has_sources());
FACT(jixiao::funding_column<wan, 3>{10_wan, {}}.sources_sum() == 0_wan);

}  // namespace

int main() { return static_suite::report(); }
