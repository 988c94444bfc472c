// jixiao — the record schema: one constexpr description of each record kind (a project, an indicator, a
// cost line). For each field it names the CSV header (and the aliases read as it), the JSON key, the kind of
// value, whether it is required, and the member it lives in. The CSV reader and writer, the JSON reader and
// writer and basic_project_store are driven by these tables, so adding a field, a header alias or a file
// format is a change here (and, for a new kind of value, in each format's codec of that kind).
//
// No I/O here: the store uses it, and the store is core.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "funding.hpp"
#include "indicator.hpp"
#include "project.hpp"

namespace jixiao::schema {

/// What a field holds, and so how each format reads and writes it.
enum class value_kind {
    integer,          ///< int; CSV: required cells may not be blank
    year,             ///< std::chrono::year; blank (year 0): no budget year
    text,             ///< std::string_view, kept verbatim (the store copies it)
    date,             ///< std::chrono::year_month_day; blank (all zero): no date
    amount,           ///< the project's amount type; CSV: blank is 0
    optional_amount,  ///< std::optional of the amount type; blank is std::nullopt
    decimal,          ///< jixiao::decimal; blank is 0
    yes_no,           ///< bool: 是 / 否
    target,           ///< jixiao::target; CSV: one cell read by parse_target; JSON: {cmp, value, unit, text}
    level1,           ///< the 一级 of a category (read together with the level2 field of the same member)
    level2,           ///< a category, named by its 二级: the form's label or the official name
    label,            ///< the form's label of a category: written for people, never read
    quantities,       ///< quantity_list; CSV: 数量N / 单位N pairs; JSON: [{value, unit}]
    funding,          ///< the funding block; its columns come from the form (F::columns, F::funding_rows)
    rows,             ///< a range of records of another kind; CSV: a file of its own, JSON: an array
};

/// Where a field must be present: a CSV column that must exist, a JSON key that must be given.
enum class presence { optional, csv, json, always };

/// Whether a file of the field's kind must have its column.
constexpr bool required_in_csv(presence p) noexcept { return p == presence::csv || p == presence::always; }
/// Whether a JSON object of the field's record must have its key.
constexpr bool required_in_json(presence p) noexcept { return p == presence::json || p == presence::always; }

/// The names of a field in each format; an empty name: the format has no place of its own for it.
struct names {
    std::string_view csv{};                         ///< the CSV header, as written
    std::string_view json{};                        ///< the JSON key
    std::array<std::string_view, 3> csv_aliases{};  ///< other headers read as this column (实施单位 for 项目实施单位)
    std::string_view csv_unit{};                    ///< quantities: the header of each value's unit column (单位N)

    /// Whether a CSV header names this field (its own header or an alias).
    [[nodiscard]] constexpr bool csv_matches(std::string_view header) const noexcept {
        if (!csv.empty() && header == csv) return true;
        // An index loop: g++ 12 takes a range-for over a member array of a constexpr object for a modification.
        for (std::size_t i = 0; i < csv_aliases.size(); ++i) {
            if (!csv_aliases[i].empty() && header == csv_aliases[i]) return true;
        }
        return false;
    }
};

/// One field of a record of type R: its names, presence and the member of R that holds it.
template <value_kind K, class R, class T>
struct field_def {
    static constexpr value_kind kind = K;
    using record_type = R;
    using value_type = T;

    names name;
    presence required = presence::optional;
    T R::*member = nullptr;

    /// The field in a record.
    [[nodiscard]] constexpr T& of(R& r) const noexcept { return r.*member; }
    [[nodiscard]] constexpr const T& of(const R& r) const noexcept { return r.*member; }
};

namespace detail {
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <value_kind K, class T>
constexpr bool kind_fits() {
    using std::is_same_v;
    switch (K) {
        case value_kind::integer: return is_same_v<T, int>;
        case value_kind::year: return is_same_v<T, std::chrono::year>;
        case value_kind::text: return is_same_v<T, std::string_view>;
        case value_kind::date: return is_same_v<T, std::chrono::year_month_day>;
        case value_kind::amount: return !is_optional<T>::value;
        case value_kind::optional_amount: return is_optional<T>::value;
        case value_kind::decimal: return is_same_v<T, jixiao::decimal>;
        case value_kind::yes_no: return is_same_v<T, bool>;
        case value_kind::target: return is_same_v<T, jixiao::target>;
        case value_kind::level1:
        case value_kind::level2:
        case value_kind::label: return is_same_v<T, category>;
        case value_kind::quantities: return is_same_v<T, quantity_list>;
        case value_kind::funding:
        case value_kind::rows: return true;
    }
    return false;
}
}  // namespace detail

/// A field of kind K held in `member`: field<value_kind::text>(&project::name, {.csv = "项目名称", .json = "name"}).
template <value_kind K, class R, class T>
constexpr field_def<K, R, T> field(T R::*member, names n, presence required = presence::optional) {
    static_assert(detail::kind_fits<K, T>(),
                  "jixiao::schema::field: the member's type does not hold this kind of value");
    return field_def<K, R, T>{n, required, member};
}

/// The description of a record kind: specialised for each (basic_project, indicator, cost_line). Members:
///   kind_name  the kind in messages ("projects"), noun  one record in messages ("a project"),
///   kind_name_zh, noun_zh  the same in Chinese messages (项目表, 项目),
///   marker     the CSV header that tells a file of this kind (项目名称),
///   owner      row kinds only: the column naming the table a row belongs to (序号),
///   fields     a std::tuple of field_def, in the order the formats write them.
template <class R>
struct record;

template <form F, class A>
struct record<basic_project<F, A>> {
    using type = basic_project<F, A>;
    using k = value_kind;
    static constexpr std::string_view kind_name = "projects";
    static constexpr std::string_view noun = "a project";
    static constexpr std::string_view kind_name_zh = "项目表";
    static constexpr std::string_view noun_zh = "项目";
    static constexpr std::string_view marker = "项目名称";
    static constexpr auto fields = std::tuple{
        field<k::integer>(&type::seq, {.csv = "序号", .json = "seq"}, presence::always),
        field<k::year>(&type::year, {.csv = "年度", .json = "year"}),
        field<k::text>(&type::name, {.csv = "项目名称", .json = "name"}, presence::csv),
        field<k::text>(&type::applicant, {.csv = "项目申报单位", .json = "applicant"}, presence::csv),
        field<k::text>(&type::implementer, {.csv = "项目实施单位", .json = "implementer", .csv_aliases = {"实施单位"}},
                       presence::csv),
        field<k::date>(&type::start, {.csv = "开始时间", .json = "start"}, presence::csv),
        field<k::date>(&type::end, {.csv = "截止时间", .json = "end"}, presence::csv),
        field<k::funding>(&type::funding, {.json = "funding"}, presence::always),  // CSV headers: funding_*_header
        field<k::text>(&type::goal, {.csv = "项目绩效目标", .json = "goal"}),
        field<k::rows>(&type::indicators, {.json = "indicators"}),  // CSV: an indicators file
        field<k::rows>(&type::cost_basis, {.json = "cost_basis"}),  // CSV: a cost lines file
        field<k::text>(&type::remarks, {.csv = "其他说明的问题", .json = "remarks"}),
    };
};

template <>
struct record<indicator> {
    using type = indicator;
    using k = value_kind;
    static constexpr std::string_view kind_name = "indicators";
    static constexpr std::string_view noun = "an indicator";
    static constexpr std::string_view kind_name_zh = "绩效指标表";
    static constexpr std::string_view noun_zh = "指标";
    static constexpr std::string_view marker = "三级指标";
    static constexpr names owner{.csv = "序号"};
    static constexpr auto fields = std::tuple{
        field<k::level1>(&type::cat, {.csv = "一级指标", .json = "level1"}, presence::json),
        field<k::level2>(&type::cat, {.csv = "二级指标", .json = "level2"}, presence::always),
        field<k::label>(&type::cat, {.json = "label"}),
        field<k::text>(&type::name, {.csv = "三级指标", .json = "name"}, presence::always),
        field<k::target>(&type::target, {.csv = "指标值", .json = "target", .csv_aliases = {"年度指标值"}},
                         presence::always),
        field<k::text>(&type::wording, {.csv = "原文", .json = "wording"}),
        field<k::yes_no>(&type::core, {.csv = "核心指标", .json = "core"}),
        field<k::decimal>(&type::weight, {.csv = "权重", .json = "weight"}),
    };
};

template <class A>
struct record<cost_line<A>> {
    using type = cost_line<A>;
    using k = value_kind;
    static constexpr std::string_view kind_name = "cost lines";
    static constexpr std::string_view noun = "a cost line";
    static constexpr std::string_view kind_name_zh = "测算依据表";
    static constexpr std::string_view noun_zh = "测算依据";
    static constexpr std::string_view marker = "单价";
    static constexpr names owner{.csv = "序号"};
    static constexpr auto fields = std::tuple{
        field<k::text>(&type::item, {.csv = "项目", .json = "item"}, presence::csv),
        field<k::amount>(&type::unit_price, {.csv = "单价", .json = "unit_price"}, presence::always),
        field<k::text>(&type::price_unit, {.csv = "单价单位", .json = "price_unit"}),
        field<k::quantities>(&type::quantities, {.csv = "数量", .json = "quantities", .csv_unit = "单位"}),
        field<k::optional_amount>(&type::stated_total, {.csv = "合计", .json = "stated_total"}),
        field<k::text>(&type::text, {.csv = "原文", .json = "text"}),
        field<k::yes_no>(&type::truncated, {.csv = "截断", .json = "truncated"}),
    };
};

/// The fields of a record type.
template <class R>
inline constexpr const auto& fields_of = record<R>::fields;

/// The number of fields of a record type.
template <class R>
inline constexpr std::size_t field_count = std::tuple_size_v<std::remove_cvref_t<decltype(record<R>::fields)>>;

/// Calls f(field) for every field of R, in order.
template <class R, class Fn>
constexpr void for_each_field(Fn&& f) {
    std::apply([&](const auto&... x) { (f(x), ...); }, record<R>::fields);
}

/// Calls f(field) for the field of R at `index` (no call if there is none).
template <class R, class Fn>
constexpr void visit_field(std::size_t index, Fn&& f) {
    std::size_t i = 0;
    std::apply([&](const auto&... x) { ((i++ == index ? (f(x), void()) : void()), ...); }, record<R>::fields);
}

/// The record type held by a rows field.
template <class Field>
using row_type_t = std::remove_cvref_t<decltype(*std::begin(std::declval<const typename Field::value_type&>()))>;

namespace detail {
template <class Field>
auto row_types_of() {
    if constexpr (Field::kind == value_kind::rows) {
        return std::tuple<row_type_t<Field>>{};
    } else {
        return std::tuple<>{};
    }
}
template <class Fields, std::size_t... I>
auto row_types(std::index_sequence<I...>)
    -> decltype(std::tuple_cat(row_types_of<std::tuple_element_t<I, Fields>>()...));
}  // namespace detail

/// The record types of R's rows fields, as a std::tuple (for a project: indicator, cost_line).
template <class R>
using row_types_t = decltype(detail::row_types<std::remove_cvref_t<decltype(record<R>::fields)>>(
    std::make_index_sequence<field_count<R>>{}));

/// The CSV header of a funding column's total: the column label + 总额, or the label if it ends with 总额.
template <form F>
std::string funding_total_header(std::size_t column) {
    const std::string_view label = F::columns[column];
    return label.ends_with("总额") ? std::string(label) : std::string(label) + "总额";
}

/// The CSV header of a funding source cell: the column label without 总额, then without 项目资金 or 资金,
/// followed by the row label (以前年度 + 区财政拨款).
template <form F>
std::string funding_source_header(std::size_t column, std::size_t row) {
    std::string_view label = F::columns[column];
    if (label.ends_with("总额")) label.remove_suffix(std::string_view("总额").size());
    if (label.ends_with("项目资金")) {
        label.remove_suffix(std::string_view("项目资金").size());
    } else if (label.ends_with("资金")) {
        label.remove_suffix(std::string_view("资金").size());
    }
    return std::string(label) + std::string(F::funding_rows[row]);
}

}  // namespace jixiao::schema
