// jixiao — forms (表样): which funding rows, columns and indicator categories a table has.
// The two forms shipped here, field by field: docs/domain.md §2.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string_view>

#include "indicator.hpp"

namespace jixiao {

/// One indicator category as a form prints it, and what the form demands of it.
struct form_category {
    category cat;
    std::string_view label;     ///< the label the form prints, e.g. "产出数量指标"
    bool required = false;      ///< at least one indicator must be filed here
    bool quantitative = false;  ///< indicators here need a quantitative target (not 无, not 定性)
};

/// A form is a type with these static members (see forms::beijing_district_2020 for a full example):
///   name, unit_label, funding_rows (the 其中 rows), columns (以前年度 / 本年度), current_column (the index of
///   this year's column), categories (form_category values), required_level1 (level-1 categories that
///   need at least one indicator). Optionally funding<Amount>, an aggregate that names the columns and rows,
///   so that a table's funding can be written by name (see project_funding).
template <class F>
concept form = requires {
    { F::name } -> std::convertible_to<std::string_view>;
    { F::funding_rows.size() } -> std::convertible_to<std::size_t>;
    { F::funding_rows[0] } -> std::convertible_to<std::string_view>;
    { F::columns.size() } -> std::convertible_to<std::size_t>;
    { F::columns[0] } -> std::convertible_to<std::string_view>;
    { F::current_column } -> std::convertible_to<std::size_t>;
    { F::categories[0] } -> std::convertible_to<form_category>;
    { F::required_level1.size() } -> std::convertible_to<std::size_t>;
}
&&F::columns.size() > 0 && F::current_column < F::columns.size();

/// The form's entry for a category, or nullptr if the form does not have it.
template <form F>
constexpr const form_category* find_category(const category& c) noexcept {
    for (const auto& fc : F::categories) {
        if (fc.cat == c) return &fc;
    }
    return nullptr;
}

/// Whether the form has the category.
template <form F>
constexpr bool has_category(const category& c) noexcept {
    return find_category<F>(c) != nullptr;
}

/// The form's category printed with this label (either the form's label or the official 二级 name).
template <form F>
constexpr const form_category* find_category_by_label(std::string_view label) noexcept {
    for (const auto& fc : F::categories) {
        if (fc.label == label) return &fc;
    }
    for (const auto& fc : F::categories) {
        if (fc.cat.name == label) return &fc;
    }
    return nullptr;
}

/// The index of a funding row by its label, or F::funding_rows.size() if there is none.
template <form F>
constexpr std::size_t find_funding_row(std::string_view label) noexcept {
    std::size_t i = 0;
    for (; i < F::funding_rows.size(); ++i) {
        if (F::funding_rows[i] == label) break;
    }
    return i;
}

namespace forms {

/// The 2020 Beijing district form of the seed: 区财政拨款 / 市财政拨款 / 自筹资金, 以前年度 and 本年度 columns,
/// 产出 {数量, 质量, 进度, 成本}, 效益 {经济, 社会, 环境, 可持续影响}, 满意度 {服务对象满意度}.
struct beijing_district_2020 {
    static constexpr std::string_view name = "北京市区级项目支出绩效目标表（2020年度）";
    static constexpr std::string_view unit_label = "万元";
    static constexpr std::array<std::string_view, 3> funding_rows{"区财政拨款", "市财政拨款", "自筹资金"};
    static constexpr std::array<std::string_view, 2> columns{"以前年度项目资金", "本年度项目资金"};
    static constexpr std::size_t current_column = 1;
    /// One column by name: the total, then the funding_rows in order. A cell left out is blank.
    template <class Amount>
    struct column {
        Amount total{};
        std::optional<Amount> district{};     ///< 区财政拨款
        std::optional<Amount> city{};         ///< 市财政拨款
        std::optional<Amount> self_raised{};  ///< 自筹资金
    };
    /// The funding by name, in the order of columns: {{.current = {.total = 518.4_wan, .district = 518.4_wan}}}.
    template <class Amount>
    struct funding {
        column<Amount> previous{};  ///< 以前年度项目资金
        column<Amount> current{};   ///< 本年度项目资金
    };
    static constexpr std::array<form_category, 9> categories{{
        {jixiao::categories::quantity, "产出数量指标", true, true},
        {jixiao::categories::quality, "产出质量指标", false, false},
        {jixiao::categories::progress, "产出进度指标", false, false},
        {jixiao::categories::output_cost, "产出成本指标", false, true},
        {jixiao::categories::economic_benefit, "经济效益指标", false, false},
        {jixiao::categories::social_benefit, "社会效益指标", false, false},
        {jixiao::categories::environmental_benefit, "环境效益指标", false, false},
        {jixiao::categories::sustainable_impact, "可持续影响指标", false, false},
        {jixiao::categories::beneficiary_satisfaction, "服务对象满意度指标", true, true},
    }};
    static constexpr std::array<level1_category, 3> required_level1{
        jixiao::categories::output, jixiao::categories::benefit, jixiao::categories::satisfaction};
};

/// 财预〔2021〕101号 (中央部门项目支出核心绩效目标和指标设置及取值指引（试行）): 成本 is a level-1 category;
/// rows 财政拨款 / 其他资金; columns 实施期 (the whole period) and 年度.
struct central_2021 {
    static constexpr std::string_view name = "中央部门项目支出绩效目标表（财预〔2021〕101号）";
    static constexpr std::string_view unit_label = "万元";
    static constexpr std::array<std::string_view, 2> funding_rows{"财政拨款", "其他资金"};
    static constexpr std::array<std::string_view, 2> columns{"实施期资金总额", "年度资金总额"};
    static constexpr std::size_t current_column = 1;
    /// One column by name: the total, then the funding_rows in order. A cell left out is blank.
    template <class Amount>
    struct column {
        Amount total{};
        std::optional<Amount> fiscal{};  ///< 财政拨款
        std::optional<Amount> other{};   ///< 其他资金
    };
    /// The funding by name, in the order of columns: {{.current = {.total = 100_wan, .fiscal = 100_wan}}}.
    template <class Amount>
    struct funding {
        column<Amount> period{};   ///< 实施期资金总额 (the whole implementation period)
        column<Amount> current{};  ///< 年度资金总额
    };
    static constexpr std::array<form_category, 11> categories{{
        {jixiao::categories::quantity, "数量指标", true, true},
        {jixiao::categories::quality, "质量指标", false, false},
        {jixiao::categories::timeliness, "时效指标", false, false},
        {jixiao::categories::economic_cost, "经济成本指标", true, true},
        {jixiao::categories::social_cost, "社会成本指标", false, false},
        {jixiao::categories::eco_environmental_cost, "生态环境成本指标", false, false},
        {jixiao::categories::economic_benefit, "经济效益指标", false, false},
        {jixiao::categories::social_benefit, "社会效益指标", false, false},
        {jixiao::categories::ecological_benefit, "生态效益指标", false, false},
        {jixiao::categories::sustainable_impact, "可持续影响指标", false, false},
        {jixiao::categories::beneficiary_satisfaction, "服务对象满意度指标", false, true},
    }};
    static constexpr std::array<level1_category, 3> required_level1{
        jixiao::categories::output, jixiao::categories::cost, jixiao::categories::benefit};
};

}  // namespace forms
}  // namespace jixiao
