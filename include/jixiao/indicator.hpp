// jixiao — indicator categories (一级 / 二级) and indicators (三级). The framework: docs/domain.md §3.
#pragma once

#include <iosfwd>
#include <string_view>

#include "target.hpp"

namespace jixiao {

/// A level-1 (一级) indicator category, named by its official label.
struct level1_category {
    std::string_view name;  ///< e.g. "产出指标"
    friend constexpr bool operator==(const level1_category&, const level1_category&) = default;
};

/// A level-2 (二级) indicator category; it knows its level-1 category.
struct category {
    level1_category level1;
    std::string_view name;  ///< e.g. "数量指标"
    friend constexpr bool operator==(const category&, const category&) = default;
};

/// The official categories of the national framework and its local variants. A form picks the ones it has
/// and gives each its printed label; a user's form may declare categories of its own the same way.
namespace categories {
inline constexpr level1_category output{"产出指标"};
inline constexpr level1_category benefit{"效益指标"};
inline constexpr level1_category cost{"成本指标"};  ///< level 1 since 财预〔2021〕101号
inline constexpr level1_category satisfaction{"满意度指标"};

inline constexpr category quantity{output, "数量指标"};
inline constexpr category quality{output, "质量指标"};
inline constexpr category progress{output, "进度指标"};     ///< 2020 Beijing forms
inline constexpr category timeliness{output, "时效指标"};   ///< 财预〔2021〕101号
inline constexpr category output_cost{output, "成本指标"};  ///< cost as a level-2 output category (2020 forms)

inline constexpr category economic_benefit{benefit, "经济效益指标"};
inline constexpr category social_benefit{benefit, "社会效益指标"};
inline constexpr category environmental_benefit{benefit, "环境效益指标"};  ///< 2020 Beijing forms
inline constexpr category ecological_benefit{benefit, "生态效益指标"};     ///< 财预〔2021〕101号
inline constexpr category sustainable_impact{benefit, "可持续影响指标"};

inline constexpr category economic_cost{cost, "经济成本指标"};
inline constexpr category social_cost{cost, "社会成本指标"};
inline constexpr category eco_environmental_cost{cost, "生态环境成本指标"};

inline constexpr category beneficiary_satisfaction{satisfaction, "服务对象满意度指标"};

/// Every official category above, for indicators filed under a category their form lacks.
inline constexpr category official[] = {
    quantity,
    quality,
    progress,
    timeliness,
    output_cost,
    economic_benefit,
    social_benefit,
    environmental_benefit,
    ecological_benefit,
    sustainable_impact,
    economic_cost,
    social_cost,
    eco_environmental_cost,
    beneficiary_satisfaction,
};
}  // namespace categories

/// Writes the category's name: "产出指标".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const level1_category& c) {
    return os << c.name;
}

/// Writes both levels, as validation messages name them: "产出指标/数量指标".
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const category& c) {
    return os << c.level1.name << '/' << c.name;
}

/// Whether a category is about cost (a level-1 成本指标, or the level-2 成本指标 under 产出指标).
constexpr bool is_cost_category(const category& c) noexcept {
    return c.level1 == categories::cost || c == categories::output_cost;
}

/// A concrete (三级) indicator: its category, its name, its target and the wording it was written with.
struct indicator {
    category cat;                ///< its level-2 category (which knows level 1)
    std::string_view name;       ///< the 三级 name, e.g. "每户居家服务时长"
    jixiao::target target{};     ///< the parsed 指标值
    std::string_view wording{};  ///< the original text of the table, kept verbatim
    bool core = false;           ///< 核心指标 (财预〔2021〕101号)
    decimal weight{};            ///< points within its level-1 category for self-evaluation; zero: an equal share
    friend constexpr bool operator==(const indicator&, const indicator&) = default;
};

}  // namespace jixiao
