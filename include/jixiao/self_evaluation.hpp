// jixiao — self-evaluation tables (项目支出绩效自评表): the year's budget execution per funding row and each
// indicator's actual result, points and recorded score, linked to the project's target table.
//
// A table is made of views, as basic_project is: a constexpr table points at static arrays and literals, a
// loaded one into a basic_self_evaluation_store that owns them. The forms it follows: the central
// 财预〔2020〕10号 self-evaluation form (年度资金总额 / 财政拨款 / 上年结转资金 / 其他资金 with 年初预算数,
// 全年预算数 and 全年执行数) and the Sichuan 2023 form (总额 / 财政资金 / 财政专户管理资金 / 单位资金 /
// 其他资金 with 年初预算, 调整后预算数, 预算执行数; 指标性质 + 指标值 + 度量单位, 完成值, 权重, 得分,
// 未完成原因分析); four published Sichuan tables are transcribed in tests/unit/self_evaluation_tables.hpp
// (docs/domain.md §6 has both forms).
//
// score(table, profile) scores a table the way a jurisdiction does (scoring_profile; profiles:: ships the
// central 财预〔2020〕10号 default, Sichuan 2023, Jiangxi and Hubei) and applies the rules of
// self_evaluation_rules, which check the table on entry and compare its recorded 得分 and 总分 with the
// profile's. Exact throughout (detail::rational, checked 128-bit fractions), one rounding per figure, no
// double; constexpr, so a table written in code can be scored and checked in a static_assert.
//
// The same model carries the monitoring table (绩效监控表, basic_monitoring_table): budget and execution to
// month N and the expected year-end execution per funding row; per indicator the value reached so far, the
// expected year-end value, 完成目标可能性, 偏差原因 classes and 整改措施; progress() and monitoring_rules.
//
// The forms, the scoring and the profiles in prose: docs/domain.md §6 (self-evaluation) and §7 (monitoring).
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <deque>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "amount.hpp"
#include "evaluate.hpp"
#include "indicator.hpp"
#include "parse_error.hpp"
#include "project.hpp"
#include "target.hpp"
#include "validate.hpp"

namespace jixiao {

// ------------------------------------------------------------------------------------------------
// 实际完成值: what an indicator reached.

/// What kind of 实际完成值 a cell holds.
enum class actual_kind : unsigned char {
    blank,           ///< nothing filled in (empty, 无, /, -)
    value,           ///< a number, in the target's unit (or a unit of its own, which must be the target's)
    band,            ///< a graded word for a qualitative result: 达成 / 部分达成 / 未达成 and their variants
    not_applicable,  ///< 不适用 / 不涉及: the indicator does not apply this year
};

/// One word a 实际完成值 may be written with, and what it means.
struct actual_word {
    std::string_view text;
    actual_kind kind;
    achievement band = achievement::achieved;
};

/// Every word read as a 实际完成值, exactly as written (after trimming spaces): the three bands of
/// 财预〔2020〕10号 (达成 / 部分达成 / 未达成), Jiangxi's long forms (达成预期指标, 部分达成预期指标并具有一定
/// 效果, 未达成预期指标且效果较差), the 完成 / 达标 / 实现 families that real tables use (Sichuan's 大英县
/// 司法局 records 完成), and 不适用 / 不涉及. Any other word is refused: a guess would be a score.
inline constexpr actual_word actual_words[] = {
    // 达成: 80–100 % of the points (by the central bands)
    {"达成", actual_kind::band, achievement::achieved},
    {"已达成", actual_kind::band, achievement::achieved},
    {"全部达成", actual_kind::band, achievement::achieved},
    {"达成预期指标", actual_kind::band, achievement::achieved},
    {"达成预期目标", actual_kind::band, achievement::achieved},
    {"达成目标", actual_kind::band, achievement::achieved},
    {"完成", actual_kind::band, achievement::achieved},
    {"已完成", actual_kind::band, achievement::achieved},
    {"全部完成", actual_kind::band, achievement::achieved},
    {"达标", actual_kind::band, achievement::achieved},
    {"已达标", actual_kind::band, achievement::achieved},
    {"实现", actual_kind::band, achievement::achieved},
    {"已实现", actual_kind::band, achievement::achieved},
    // 部分达成: 60–80 %
    {"部分达成", actual_kind::band, achievement::partly_achieved},
    {"部分达成预期指标", actual_kind::band, achievement::partly_achieved},
    {"部分达成预期指标并具有一定效果", actual_kind::band, achievement::partly_achieved},
    {"部分达成预期目标", actual_kind::band, achievement::partly_achieved},
    {"基本达成", actual_kind::band, achievement::partly_achieved},
    {"部分完成", actual_kind::band, achievement::partly_achieved},
    {"基本完成", actual_kind::band, achievement::partly_achieved},
    {"基本达标", actual_kind::band, achievement::partly_achieved},
    {"部分实现", actual_kind::band, achievement::partly_achieved},
    {"基本实现", actual_kind::band, achievement::partly_achieved},
    // 未达成: 0–60 %
    {"未达成", actual_kind::band, achievement::not_achieved},
    {"未达成预期指标", actual_kind::band, achievement::not_achieved},
    {"未达成预期指标且效果较差", actual_kind::band, achievement::not_achieved},
    {"未达成预期目标", actual_kind::band, achievement::not_achieved},
    {"未完成", actual_kind::band, achievement::not_achieved},
    {"未达标", actual_kind::band, achievement::not_achieved},
    {"未实现", actual_kind::band, achievement::not_achieved},
    // does not apply
    {"不适用", actual_kind::not_applicable},
    {"不涉及", actual_kind::not_applicable},
};

/// An indicator's 实际完成值: a number (in the target's unit), a graded word, 不适用, or nothing.
struct actual_value {
    actual_kind kind = actual_kind::blank;
    decimal value{};  ///< kind value: the number (may be negative: a growth rate can fall)
    /// kind value: the unit written after the number, always one of known_units, or empty (the target's unit).
    std::string_view unit{};
    achievement band = achievement::achieved;  ///< kind band: the band the word names
    std::string_view word{};                   ///< kind band or not_applicable: the word, from actual_words

    /// A number in the target's unit (unit empty) or in a unit of known_units.
    static constexpr actual_value of(decimal v, std::string_view u = {}) {
        return actual_value{actual_kind::value, v, u, achievement::achieved, {}};
    }
    /// A band, written with its short word (达成, 部分达成, 未达成).
    static constexpr actual_value graded(achievement a) {
        return actual_value{actual_kind::band, decimal{}, {}, a, to_string_view(a)};
    }

    [[nodiscard]] constexpr bool is_blank() const noexcept { return kind == actual_kind::blank; }
    [[nodiscard]] constexpr bool is_value() const noexcept { return kind == actual_kind::value; }
    [[nodiscard]] constexpr bool is_band() const noexcept { return kind == actual_kind::band; }
    [[nodiscard]] constexpr bool is_not_applicable() const noexcept { return kind == actual_kind::not_applicable; }

    /// Equal when kind and what the kind carries are equal (two words of one band are different values).
    friend constexpr bool operator==(const actual_value& a, const actual_value& b) noexcept {
        if (a.kind != b.kind) return false;
        switch (a.kind) {
            case actual_kind::value: return a.value == b.value && a.unit == b.unit;
            case actual_kind::band: return a.band == b.band && a.word == b.word;
            case actual_kind::not_applicable: return a.word == b.word;
            case actual_kind::blank: break;
        }
        return true;
    }
};

/// The outcome of try_parse_actual: the value, or where and why the text is not one.
struct actual_parse_result {
    actual_value actual{};
    std::size_t position = 0;      ///< on error: byte offset in the text
    const char* reason = nullptr;  ///< on error: why; nullptr on success
    [[nodiscard]] constexpr bool ok() const noexcept { return reason == nullptr; }
    constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail {

[[noreturn]] inline void actual_text_is_not_a_valid_actual_value(std::size_t position, const char* reason) {
    throw parse_error(position, reason);
}

/// Whether s begins with a comparator word or sign (an actual value has none).
constexpr bool starts_with_comparator(std::string_view s) noexcept {
    for (const auto& w : prefix_comparators) {
        if (w.kind != word_kind::reach_before_number && has_prefix(s, w.text)) return true;
    }
    return false;
}

}  // namespace detail

/// Reads a 实际完成值 without throwing: blank (empty, 无, /, -, —), a number with an optional unit of
/// known_units (98, 98%, 13台, 295000元, -2.5%, and Chinese numerals where a target reads them), or exactly
/// one of actual_words (达成, 部分达成预期指标并具有一定效果, 完成, 不适用 …). Refused: a comparator (≥95% is a
/// target, not a result), text around a number (完成13台), a word that is not in actual_words (良好).
constexpr actual_parse_result try_parse_actual(std::string_view s) noexcept {
    actual_parse_result res;
    const std::size_t begin = detail::skip_spaces(s, 0);
    std::size_t end = s.size();
    while (end > begin) {
        if (s[end - 1] == ' ' || s[end - 1] == '\t') {
            --end;
        } else if (end - begin >= detail::ideographic_space.size() &&
                   s.substr(end - detail::ideographic_space.size(), detail::ideographic_space.size()) ==
                       detail::ideographic_space) {
            end -= detail::ideographic_space.size();
        } else {
            break;
        }
    }
    const std::string_view body = s.substr(begin, end - begin);
    if (body.empty()) return res;
    for (auto t : detail::none_texts) {
        if (body == t) return res;
    }
    for (const auto& w : actual_words) {
        if (body == w.text) {
            res.actual = actual_value{w.kind, decimal{}, {}, w.band, w.text};
            return res;
        }
    }
    auto fail = [&](std::size_t pos, const char* why) {
        res.actual = {};
        res.position = pos;
        res.reason = why;
        return res;
    };
    if (detail::starts_with_comparator(body)) {
        return fail(begin, "an actual value is a number without a comparator (≥, 不低于, 以上 … belong to the target)");
    }
    // A minus sign: a value may fall below zero (a growth rate); parse_target reads no sign.
    std::size_t from = 0;
    bool negative = false;
    if (body[0] == '-' && body.size() > 1 && detail::is_digit(body[1])) {
        negative = true;
        from = 1;
    }
    const auto r = try_parse_target(body.substr(from));
    if (!r.ok()) return fail(begin + from + r.position, r.reason);
    switch (r.target.cmp) {
        case comparator::eq: break;
        case comparator::qualitative:
            return fail(begin,
                        "not a 实际完成值: write a number in the target's unit, or one of 达成 / 部分达成 / 未达成 "
                        "(达成预期指标, 完成, 达标 …; see jixiao::actual_words), or 不适用");
        default:
            return fail(begin,
                        "an actual value is a number without a comparator (以上, 以下, 以内 … belong to the target)");
    }
    res.actual = actual_value::of(negative ? -r.target.value : r.target.value, r.target.unit);
    return res;
}

/// Reads a 实际完成值 (see try_parse_actual); throws parse_error naming the byte position and the reason.
constexpr actual_value parse_actual(std::string_view text) {
    const auto r = try_parse_actual(text);
    if (!r.ok()) detail::actual_text_is_not_a_valid_actual_value(r.position, r.reason);
    return r.actual;
}

/// The canonical text: the number and its unit (98%, 13台), the word (达成预期指标), or empty for blank.
inline std::string to_string(const actual_value& a) {
    switch (a.kind) {
        case actual_kind::value: return detail::trimmed_string(a.value) + std::string(a.unit);
        case actual_kind::band:
        case actual_kind::not_applicable: return std::string(a.word);
        case actual_kind::blank: break;
    }
    return {};
}

/// Writes to_string(a) to a stream.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const actual_value& a) {
    return os << to_string(a);
}

// ------------------------------------------------------------------------------------------------
// The table.

/// One funding row of the budget execution block: 年度资金总额 (the total) or one of its sources. Every
/// amount may be blank (Sichuan's 其他资金 row is often empty); 分值 and 得分 are on the total row.
template <class Amount = wan>
struct execution_row {
    std::string_view label{};  ///< 资金: 年度资金总额 (总额, 合计) or a source (其中：财政拨款, 上年结转资金 …)
    std::optional<Amount> initial{};   ///< 年初预算数
    std::optional<Amount> budget{};    ///< 全年预算数 (调整后预算数)
    std::optional<Amount> executed{};  ///< 全年执行数 (预算执行数)
    std::optional<decimal> points{};   ///< 分值 (权重) of budget execution: on the total row
    std::optional<decimal> score{};    ///< 得分 as recorded: on the total row
    std::string_view reason{};         ///< 原因 / 偏差原因: why execution falls short or the budget changed
    friend constexpr bool operator==(const execution_row&, const execution_row&) = default;
};

/// The labels that name the total row of the execution block (compared after a leading 其中 is removed).
inline constexpr std::string_view execution_total_labels[] = {"年度资金总额", "资金总额", "项目资金总额", "总额",
                                                              "合计"};

/// A funding row's label without a leading 其中: / 其中： / 其中 (其中：财政拨款 → 财政拨款).
constexpr std::string_view source_name(std::string_view label) noexcept {
    for (std::string_view p : {std::string_view("其中："), std::string_view("其中:"), std::string_view("其中")}) {
        if (label.starts_with(p)) {
            label.remove_prefix(p.size());
            break;
        }
    }
    return label;
}

/// Whether a funding row's label names the total (年度资金总额, 资金总额, 项目资金总额, 总额, 合计).
constexpr bool is_execution_total_label(std::string_view label) noexcept {
    const std::string_view l = source_name(label);
    for (std::string_view t : execution_total_labels) {
        if (l == t) return true;
    }
    return false;
}

/// One indicator of a self-evaluation: its place (一级/二级 by its category, 三级 by its name), its 年度指标值
/// (a target, read by parse_target), what it reached, its points and recorded score, and why it fell short.
struct result_row {
    category cat;                     ///< 一级 / 二级
    std::string_view name{};          ///< 三级指标
    jixiao::target target{};          ///< 年度指标值 (Sichuan: 指标性质 + 指标值 + 度量单位)
    std::string_view wording{};       ///< the 年度指标值 as the table writes it, verbatim
    actual_value actual{};            ///< 实际完成值 (Sichuan: 完成值)
    std::optional<decimal> points{};  ///< 分值 (Sichuan: 权重)
    std::optional<decimal> score{};   ///< 得分 as recorded
    std::string_view deviation{};     ///< 偏差原因分析 (Sichuan: 未完成原因分析)

    /// The indicator as a target table holds it (weight: the 分值, or 0 when blank).
    [[nodiscard]] constexpr indicator as_indicator() const noexcept {
        return indicator{cat, name, target, wording, false, points ? *points : decimal{}};
    }
    friend constexpr bool operator==(const result_row&, const result_row&) = default;
};

/// Points a table states for a whole 一级 or 二级 category, as in Jiangxi's "效益指标 (30 分)" / "社会效益
/// 指标 (30 分)": level2 empty names the 一级 category.
struct stated_points {
    level1_category level1;
    std::string_view level2{};
    decimal points{};
    friend constexpr bool operator==(const stated_points&, const stated_points&) = default;
};

/// One 项目支出绩效自评表. Linked to its target table by 序号, or by 项目名称 and 年度 (see links_to).
template <class Amount = wan>
struct basic_self_evaluation {
    using amount_type = Amount;
    using row_type = execution_row<Amount>;

    int seq = 0;                                       ///< 序号 (of the project's target table)
    std::chrono::year year{};                          ///< 年度
    std::string_view name{};                           ///< 项目名称
    std::string_view department{};                     ///< 主管部门
    std::string_view implementer{};                    ///< 项目实施单位
    std::span<const row_type> funding{};               ///< 预算执行情况: the total row and its sources
    std::span<const result_row> indicators{};          ///< 绩效指标
    std::span<const stated_points> category_points{};  ///< points stated per 一级 / 二级 category, if the form has them
    std::optional<decimal> points_total{};             ///< 合计 of the 分值 (权重) column, as the table states it
    std::optional<decimal> total{};                    ///< 总分 as recorded
    std::string_view conclusion{};                     ///< 评价结论
    std::string_view problems{};                       ///< 存在问题
    std::string_view measures{};                       ///< 改进措施

    /// The total row (年度资金总额; see is_execution_total_label), or nullptr if there is none.
    [[nodiscard]] constexpr const row_type* total_row() const noexcept {
        for (const auto& r : funding) {
            if (is_execution_total_label(r.label)) return &r;
        }
        return nullptr;
    }
};

/// A self-evaluation in 万元 to the 元.
using self_evaluation = basic_self_evaluation<wan>;

/// Whether a self-evaluation belongs to a target table: the same 序号 (when both have one, and the same 年度
/// when both state it), or else the same 项目名称 and the same 年度 (both stated).
template <class T, form F, class A>
constexpr bool links_to(const basic_self_evaluation<T>& e, const basic_project<F, A>& p) noexcept {
    const bool years_set = static_cast<int>(e.year) != 0 && static_cast<int>(p.year) != 0;
    if (e.seq > 0 && e.seq == p.seq && (!years_set || e.year == p.year)) return true;
    return years_set && e.year == p.year && !e.name.empty() && e.name == p.name;
}

/// The position in `projects` of the target table a self-evaluation belongs to (the first that links_to
/// it), or nullopt.
template <class T, project_range R>
constexpr std::optional<std::size_t> find_project(const R& projects, const basic_self_evaluation<T>& e) {
    std::size_t i = 0;
    for (const auto& p : projects) {
        if (links_to(e, p)) return i;
        ++i;
    }
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------------
// Run-time storage.

namespace detail {

/// The library's static copy of a category with these names, where there is one.
constexpr const category* find_official_category(const category& c) noexcept {
    for (const auto& o : categories::official) {
        if (o == c) return &o;
    }
    return nullptr;
}

inline constexpr level1_category official_level1[] = {categories::output, categories::benefit, categories::cost,
                                                      categories::satisfaction};

/// Owns the strings of the stores of self-evaluation and monitoring tables, and points what it can at the
/// library's static text (categories, units, words) instead.
class table_storage {
public:
    table_storage() = default;
    table_storage(table_storage&&) noexcept = default;
    table_storage& operator=(table_storage&&) noexcept = default;
    table_storage(const table_storage&) = delete;
    table_storage& operator=(const table_storage&) = delete;

    /// Copies a string in; the view stays valid for the storage's life.
    std::string_view intern(std::string_view s) {
        if (s.empty()) return {};
        return strings_.emplace_back(s);
    }
    /// A category whose names point at static text (the library's) or into the storage.
    category intern(const category& c) {
        if (const category* o = find_official_category(c)) return *o;
        category out{level1_category{intern(c.level1.name)}, {}};
        for (const auto& l : official_level1) {
            if (l == c.level1) out.level1 = l;
        }
        out.name = intern(c.name);
        for (const auto& o : categories::official) {
            if (o.name == c.name) out.name = o.name;
        }
        return out;
    }
    level1_category intern(const level1_category& l) {
        for (const auto& o : official_level1) {
            if (o == l) return o;
        }
        return level1_category{intern(l.name)};
    }
    /// A unit: the known_units entry spelt the same, or a copy.
    std::string_view intern_unit(std::string_view u) {
        const std::string_view ku = known_unit(u);
        return ku == u ? ku : intern(u);
    }
    /// A word of actual_words spelt the same, or a copy.
    std::string_view intern_word(std::string_view w) {
        for (const auto& a : actual_words) {
            if (a.text == w) return a.text;
        }
        for (const auto a : {achievement::achieved, achievement::partly_achieved, achievement::not_achieved}) {
            if (to_string_view(a) == w) return to_string_view(a);
        }
        return intern(w);
    }
    actual_value intern(const actual_value& a) {
        actual_value out = a;
        out.unit = intern_unit(a.unit);
        out.word = intern_word(a.word);
        return out;
    }
    jixiao::target intern(const jixiao::target& t) {
        jixiao::target out = t;
        out.unit = intern_unit(t.unit);
        return out;
    }

private:
    std::deque<std::string> strings_;
};

}  // namespace detail

/// Owns self-evaluation tables built at run time (from a file, a database, a form) and hands out the same
/// basic_self_evaluation views that constexpr tables are made of. add() copies every string and row in, so
/// the source may be temporary; the views stay valid as long as the store lives (moving it keeps them
/// valid; copying it re-creates them in the copy).
template <class Amount = wan>
class basic_self_evaluation_store {
public:
    using table_type = basic_self_evaluation<Amount>;
    using row_type = execution_row<Amount>;

    basic_self_evaluation_store() = default;
    basic_self_evaluation_store(basic_self_evaluation_store&&) noexcept = default;
    basic_self_evaluation_store& operator=(basic_self_evaluation_store&&) noexcept = default;
    basic_self_evaluation_store(const basic_self_evaluation_store& other) {
        for (const auto& t : other.tables_) add(t);
    }
    basic_self_evaluation_store& operator=(const basic_self_evaluation_store& other) {
        if (this != &other) {
            basic_self_evaluation_store copy(other);
            *this = std::move(copy);
        }
        return *this;
    }

    /// Copies the table, with all its text and rows, into the store, and returns the stored table (views
    /// into the store, valid as long as the store is).
    table_type add(const table_type& t) {
        table_type q = t;
        q.name = text_.intern(t.name);
        q.department = text_.intern(t.department);
        q.implementer = text_.intern(t.implementer);
        q.conclusion = text_.intern(t.conclusion);
        q.problems = text_.intern(t.problems);
        q.measures = text_.intern(t.measures);
        auto& funding = funding_.emplace_back(t.funding.begin(), t.funding.end());
        for (auto& r : funding) {
            r.label = text_.intern(r.label);
            r.reason = text_.intern(r.reason);
        }
        q.funding = funding;
        auto& results = results_.emplace_back(t.indicators.begin(), t.indicators.end());
        for (auto& r : results) {
            r.cat = text_.intern(r.cat);
            r.name = text_.intern(r.name);
            r.target = text_.intern(r.target);
            r.wording = text_.intern(r.wording);
            r.actual = text_.intern(r.actual);
            r.deviation = text_.intern(r.deviation);
        }
        q.indicators = results;
        auto& stated = stated_.emplace_back(t.category_points.begin(), t.category_points.end());
        for (auto& s : stated) {
            s.level1 = text_.intern(s.level1);
            s.level2 = text_.intern(s.level2);
        }
        q.category_points = stated;
        tables_.push_back(q);
        return tables_.back();
    }

    /// Copies a string into the store; the view stays valid for the store's life.
    std::string_view intern(std::string_view s) { return text_.intern(s); }

    /// The tables, in the order they were added.
    [[nodiscard]] std::span<const table_type> tables() const noexcept { return tables_; }
    [[nodiscard]] const table_type* begin() const noexcept { return tables_.data(); }
    [[nodiscard]] const table_type* end() const noexcept { return tables_.data() + tables_.size(); }
    [[nodiscard]] std::size_t size() const noexcept { return tables_.size(); }
    [[nodiscard]] bool empty() const noexcept { return tables_.empty(); }
    [[nodiscard]] const table_type& operator[](std::size_t i) const noexcept { return tables_[i]; }

private:
    detail::table_storage text_;
    // deque: elements never move when more are added, so the views handed out stay valid.
    std::deque<std::vector<row_type>> funding_;
    std::deque<std::vector<result_row>> results_;
    std::deque<std::vector<stated_points>> stated_;
    std::vector<table_type> tables_;
};

/// A store of self-evaluations in 万元 to the 元.
using self_evaluation_store = basic_self_evaluation_store<wan>;

// ------------------------------------------------------------------------------------------------
// Scoring profiles: how a jurisdiction scores a self-evaluation.

/// How a reverse indicator (≤, <) scores an actual value A above its target T.
enum class reverse_scoring : unsigned char {
    target_over_actual,  ///< T / A (财预〔2020〕10号's reading; Jiangxi's 年度指标值/全年实际值)
    linear_to_double,    ///< 1 − (A − T) / T, down to 0 at A ≥ 2T (as a deployed 预算绩效管理 system does)
};

/// How an "=" target scores an actual value A other than its target T.
enum class equal_scoring : unsigned char {
    all_or_nothing,  ///< met: all the points, otherwise none
    proportional,    ///< min(A, T) / max(A, T): short or over by the same share loses the same
};

/// Where an indicator's points come from.
enum class points_source : unsigned char {
    profile,  ///< the profile's groups (产出 50, 效益 30, 满意度 10); a table's 分值 must add up to them,
              ///< and indicators without a 分值 share what is left of their group equally
    table,    ///< each indicator's 分值 (权重) as the table states it; they must add up to total − execution
};

/// What share of its band a graded indicator earns when the table records no 得分 for it.
enum class band_pick : unsigned char { upper, middle, lower };

/// A band of a qualitative result, in % of the indicator's points, both ends included.
struct score_band {
    decimal low{};
    decimal high{};
};

/// The points one or more 一级 categories share (产出指标 50 covers 产出 and the level-1 成本指标 of 2021).
struct points_group {
    std::string_view name;
    decimal points{};
    std::array<level1_category, 4> level1{};  ///< the categories it covers (unused entries: empty names)

    /// Whether indicators of this 一级 category take their points from this group.
    [[nodiscard]] constexpr bool covers(const level1_category& c) const noexcept {
        for (const auto& l : level1) {
            if (!l.name.empty() && l == c) return true;
        }
        return false;
    }
};

/// How a jurisdiction scores a self-evaluation. Every member has the central default, so a profile of one's
/// own is a few designated initializers, or a copy of a shipped one with a member changed:
///   constexpr auto mine = [] { auto p = jixiao::profiles::central_2020; p.reverse = ...; return p; }();
struct scoring_profile {
    std::string_view id = "custom";  ///< a stable name (find_profile, command lines)
    std::string_view name{};         ///< what a person reads: the rule it follows
    decimal total{100};              ///< the score of a table that earns everything
    decimal execution{10};           ///< points of 预算执行率
    points_source indicator_points = points_source::profile;
    std::span<const points_group> groups{};  ///< with points_source::profile: the groups and their points
    /// The bands of 达成, 部分达成 and 未达成 (in the order of jixiao::achievement), in % of the points.
    std::array<score_band, 3> bands{
        {{decimal(80), decimal(100)}, {decimal(60), decimal(80)}, {decimal(0), decimal(60)}}};
    band_pick unjudged = band_pick::upper;  ///< a band with no recorded 得分 earns this end of it
    reverse_scoring reverse = reverse_scoring::target_over_actual;
    equal_scoring equal = equal_scoring::all_or_nothing;
    /// 不适用 indicators are left out and the rest rescaled to `total` (otherwise they earn nothing).
    bool drop_not_applicable = false;
    rounding mode = rounding::half_up;  ///< how scores are brought to two decimals (half_up, or down to truncate)
    std::array<decimal, 3> grades{decimal(90), decimal(80), decimal(60)};  ///< the lowest 优, 良 and 中 scores
    decimal reason_below{90};  ///< a 预算执行率 (%) below this needs a 原因
    decimal exceeded_at{130};  ///< an actual at or above this % of a ≥ target needs an explanation

    /// The band of an achievement.
    [[nodiscard]] constexpr const score_band& band(achievement a) const noexcept {
        return bands[static_cast<std::size_t>(a)];
    }
};

/// What is wrong with a profile as a scoring rule (nullptr: nothing).
constexpr const char* profile_problem(const scoring_profile& p) noexcept {
    if (p.total <= decimal{}) return "the total must be positive";
    if (p.execution < decimal{} || p.execution > p.total)
        return "the points of 预算执行率 must lie within 0 and the total";
    if (p.indicator_points == points_source::profile) {
        if (p.groups.empty()) return "points_source::profile needs groups";
        decimal sum = p.execution;
        for (const auto& g : p.groups) {
            if (g.points < decimal{}) return "a group's points are negative";
            sum += g.points;
        }
        if (sum != p.total) return "预算执行率 and the groups do not add up to the total";
    }
    for (const auto& b : p.bands) {
        if (b.low < decimal{} || b.high > decimal(100) || b.low > b.high) {
            return "a band must lie within 0–100 % with low ≤ high";
        }
    }
    if (!(p.grades[0] >= p.grades[1] && p.grades[1] >= p.grades[2])) return "the grades must not rise from 优 to 中";
    if (p.reason_below < decimal{} || p.reason_below > decimal(100)) return "reason_below must lie within 0–100 %";
    if (p.exceeded_at <= decimal(100)) return "exceeded_at must lie above 100 %";
    return nullptr;
}

/// The profiles jixiao ships.
namespace profiles {

/// 产出 50 (with the level-1 成本指标 of 财预〔2021〕101号), 效益 30, 满意度 10.
inline constexpr points_group central_2020_groups[] = {
    {"产出指标", decimal(50), {categories::output, categories::cost}},
    {"效益指标", decimal(30), {categories::benefit}},
    {"满意度指标", decimal(10), {categories::satisfaction}},
};

/// 财预〔2020〕10号 (项目支出绩效评价管理办法), the default: 预算执行率 10, 产出 50, 效益 30, 满意度 10; bands
/// 80–100 / 60–80 / 0–60 %; reverse targets T/A; "=" all or nothing; grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60.
inline constexpr scoring_profile central_2020{
    .id = "central_2020", .name = "财预〔2020〕10号", .groups = central_2020_groups};

/// The Sichuan 2023 form (部门预算项目支出绩效自评表): 预算执行情况 10, 绩效指标 90 as the table's 权重 share them.
inline constexpr scoring_profile sichuan_2023{.id = "sichuan_2023",
                                              .name = "四川省部门预算项目支出绩效自评表（2023年度）",
                                              .indicator_points = points_source::table};

/// Jiangxi's notes on the 项目支出绩效自评表: points from the table's 分值; qualitative bands 100–80 % (80
/// included), 80–50 % (50 included) and 50–0 %; 正向 B/A, 反向 A/B (T/A).
inline constexpr scoring_profile jiangxi{
    .id = "jiangxi",
    .name = "江西省项目支出绩效自评表评分标准",
    .indicator_points = points_source::table,
    .bands = {{{decimal(80), decimal(100)}, {decimal(50), decimal(80)}, {decimal(0), decimal(50)}}}};

/// Hubei: 预算执行率 worth 20 points; the indicators' 80 as the table's 分值 share them.
inline constexpr scoring_profile hubei{.id = "hubei",
                                       .name = "湖北省项目支出绩效自评（预算执行率20分）",
                                       .execution = decimal(20),
                                       .indicator_points = points_source::table};

/// Every shipped profile, the default first.
inline constexpr const scoring_profile* all[] = {&central_2020, &sichuan_2023, &jiangxi, &hubei};

}  // namespace profiles

/// The shipped profile with this id, or nullptr.
constexpr const scoring_profile* find_profile(std::string_view id) noexcept {
    for (const scoring_profile* p : profiles::all) {
        if (p->id == id) return p;
    }
    return nullptr;
}

// ------------------------------------------------------------------------------------------------
// The rules of a self-evaluation. Each has its id, severity, Chinese and English name, summary and messages, as
// validate.hpp's rules have (the Chinese texts, `*_zh`, are written out next to each rule for reading).

namespace self_evaluation_rules {

struct score_mismatch_rule {
    static void violates_score_mismatch() {}
    static constexpr std::string_view execution_zh = "预算执行率 {rate}% 应得 {computed} 分，表中得分为 {recorded} 分";
    static constexpr std::string_view indicator_zh =
        "「{indicator}」表中得分 {recorded} 分，按评分规则应得 {computed} 分（分值 {available} 分）";
    static constexpr std::string_view band_zh =
        "「{indicator}」评为{band}，得分应在 {low}–{high} 分之间，表中得分 {recorded} 分不在其内（取最近的界限 {computed} 分）";
    static constexpr std::string_view total_zh = "总分表中为 {recorded} 分，按评分规则应为 {computed} 分";
    static constexpr std::string_view summary_zh =
        "表中得分或总分与评分规则算得的不同（定性指标：不在其档次的分数区间内）";
    static constexpr message_template execution{
        .figures = {"recorded", "computed", "rate"},
        .zh = execution_zh,
        .en = "预算执行 得分 is recorded as {recorded}, but an execution rate of {rate}% earns {computed}"};
    static constexpr message_template indicator{
        .figures = {"indicator", "recorded", "computed", "available"},
        .zh = indicator_zh,
        .en = "「{indicator}」: 得分 is recorded as {recorded}, but it earns {computed} of {available}"};
    static constexpr message_template band{
        .figures = {"indicator", "band", "recorded", "low", "high", "computed"},
        .zh = band_zh,
        .en =
            "「{indicator}」 is graded {band}, which earns {low}–{high}, but 得分 is recorded as {recorded} "
            "(the band's nearest end: {computed})"};
    static constexpr message_template total{.figures = {"recorded", "computed"},
                                            .zh = total_zh,
                                            .en = "总分 is recorded as {recorded}, but the table earns {computed}"};
    static constexpr rule info{"score_mismatch",
                               severity::error,
                               {"得分与评分规则不符", "score differs"},
                               {summary_zh,
                                "a recorded 得分 or 总分 differs from the score the profile gives (for a qualitative "
                                "indicator: lies outside its band)"},
                               &violates_score_mismatch,
                               {&execution, &indicator, &band, &total}};
};
inline constexpr const rule& score_mismatch = score_mismatch_rule::info;

struct points_sum_rule {
    static void violates_points_sum() {}
    static constexpr std::string_view execution_zh =
        "表中预算执行率分值为 {stated} 分，评分规则「{profile}」为 {points} 分";
    static constexpr std::string_view group_zh = "{group}下各三级指标分值合计 {sum} 分，应为 {points} 分";
    static constexpr std::string_view empty_group_zh = "{group}没有指标，其 {points} 分无从得分";
    static constexpr std::string_view whole_zh = "预算执行率与各指标分值合计 {sum} 分，应为 {total} 分";
    static constexpr std::string_view category_zh = "{category}下各三级指标分值合计 {sum} 分，表中该类为 {stated} 分";
    static constexpr std::string_view stated_total_zh = "合计栏为 {stated} 分，分值栏合计为 {sum} 分";
    static constexpr std::string_view summary_zh =
        "分值不平衡：三级指标分值之和不等于其二级、一级指标或评分规则的分值，或总分值不等于 100";
    static constexpr message_template execution{
        .figures = {"stated", "points", "profile"},
        .zh = execution_zh,
        .en = "预算执行率 is worth {stated} points in the table, but {points} by 「{profile}」"};
    static constexpr message_template group{
        .figures = {"group", "sum", "points"},
        .zh = group_zh,
        .en = "the 分值 of the indicators under {group} add up to {sum}, not its {points} points"};
    static constexpr message_template empty_group{.figures = {"group", "points"},
                                                  .zh = empty_group_zh,
                                                  .en = "{group} has no indicator to earn its {points} points"};
    static constexpr message_template whole{.figures = {"sum", "total"},
                                            .zh = whole_zh,
                                            .en = "预算执行率 and the indicators' 分值 add up to {sum}, not {total}"};
    static constexpr message_template category{
        .figures = {"category", "sum", "stated"},
        .zh = category_zh,
        .en = "the 分值 of the indicators under {category} add up to {sum}, but the table gives {category} {stated}"};
    static constexpr message_template stated_total{.figures = {"stated", "sum"},
                                                   .zh = stated_total_zh,
                                                   .en = "合计 is {stated}, but the 分值 column adds up to {sum}"};
    static constexpr rule info{"points_sum",
                               severity::error,
                               {"分值合计不符", "points do not add up"},
                               {summary_zh,
                                "the points do not add up: 三级 分值 to their 二级 / 一级 or the profile's group, and "
                                "everything to the profile's total (100)"},
                               &violates_points_sum,
                               {&execution, &group, &empty_group, &whole, &category, &stated_total}};
};
inline constexpr const rule& points_sum = points_sum_rule::info;

struct points_missing_rule {
    static void violates_points_missing() {}
    static constexpr std::string_view missing_zh =
        "「{indicator}」没有分值，评分规则「{profile}」按表中分值计分，该指标不得分";
    static constexpr std::string_view summary_zh = "评分规则按表中分值计分，指标却没有分值";
    static constexpr message_template missing{
        .figures = {"indicator", "profile"},
        .zh = missing_zh,
        .en = "「{indicator}」 has no 分值, which 「{profile}」 takes from the table: it earns nothing"};
    static constexpr rule info{
        "points_missing",
        severity::error,
        {"缺少分值", "no points"},
        {summary_zh, "an indicator without a 分值 under a profile that takes the points from the table"},
        &violates_points_missing,
        {&missing}};
};
inline constexpr const rule& points_missing = points_missing_rule::info;

struct category_not_in_profile_rule {
    static void violates_category_not_in_profile() {}
    static constexpr std::string_view outside_zh = "「{indicator}」属于{level1}，评分规则「{profile}」没有为该类设分值";
    static constexpr std::string_view summary_zh = "指标的一级类别在评分规则中没有分值";
    static constexpr message_template outside{
        .figures = {"indicator", "level1", "profile"},
        .zh = outside_zh,
        .en = "「{indicator}」 is under {level1}, to which 「{profile}」 gives no points"};
    static constexpr rule info{"category_not_in_profile",
                               severity::error,
                               {"类别不在评分规则中", "category outside the profile"},
                               {summary_zh, "an indicator's 一级 category has no points in the profile"},
                               &violates_category_not_in_profile,
                               {&outside}};
};
inline constexpr const rule& category_not_in_profile = category_not_in_profile_rule::info;

struct execution_total_missing_rule {
    static void violates_execution_total_missing() {}
    static constexpr std::string_view missing_zh =
        "没有年度资金总额行（资金栏为年度资金总额、资金总额、总额或合计），预算执行率不得分";
    static constexpr std::string_view summary_zh = "预算执行情况没有年度资金总额行";
    static constexpr message_template missing{
        .zh = missing_zh,
        .en = "no 年度资金总额 row (资金 年度资金总额, 资金总额, 总额 or 合计): 预算执行率 earns nothing"};
    static constexpr rule info{"execution_total_missing",
                               severity::error,
                               {"缺少年度资金总额行", "no total funding row"},
                               {summary_zh, "the budget execution block has no total row"},
                               &violates_execution_total_missing,
                               {&missing}};
};
inline constexpr const rule& execution_total_missing = execution_total_missing_rule::info;

struct execution_not_computable_rule {
    static void violates_execution_not_computable() {}
    static constexpr std::string_view no_budget_zh = "「{row}」全年预算数为空或为零，无法计算预算执行率，不得分";
    static constexpr std::string_view no_execution_zh = "「{row}」全年执行数为空，无法计算预算执行率，不得分";
    static constexpr std::string_view summary_zh = "年度资金总额行缺全年预算数或全年执行数";
    static constexpr message_template no_budget{
        .figures = {"row"},
        .zh = no_budget_zh,
        .en = "「{row}」 has no 全年预算数 above 0: 预算执行率 cannot be computed and earns nothing"};
    static constexpr message_template no_execution{
        .figures = {"row"},
        .zh = no_execution_zh,
        .en = "「{row}」 has no 全年执行数: 预算执行率 cannot be computed and earns nothing"};
    static constexpr rule info{"execution_not_computable",
                               severity::error,
                               {"执行率无法计算", "execution rate not computable"},
                               {summary_zh, "the total row lacks 全年预算数 or 全年执行数"},
                               &violates_execution_not_computable,
                               {&no_budget, &no_execution}};
};
inline constexpr const rule& execution_not_computable = execution_not_computable_rule::info;

struct execution_sources_sum_rule {
    static void violates_execution_sources_sum() {}
    static constexpr std::string_view differs_zh = "{column}：各资金来源合计 {sum} 万元，年度资金总额为 {total} 万元";
    static constexpr std::string_view summary_zh =
        "年初预算数、全年预算数或全年执行数的各资金来源之和不等于年度资金总额";
    static constexpr message_template differs{
        .figures = {"column", "sum", "total"},
        .zh = differs_zh,
        .en = "{column}: the sources add up to {sum} 万元, but 年度资金总额 is {total} 万元"};
    static constexpr rule info{
        "execution_sources_sum",
        severity::error,
        {"资金来源合计不符", "sources do not sum to the total"},
        {summary_zh, "the source rows of 年初预算数, 全年预算数 or 全年执行数 do not add up to the total row"},
        &violates_execution_sources_sum,
        {&differs}};
};
inline constexpr const rule& execution_sources_sum = execution_sources_sum_rule::info;

struct execution_above_budget_rule {
    static void violates_execution_above_budget() {}
    static constexpr std::string_view above_zh = "「{row}」全年执行数 {executed} 万元超过全年预算数 {budget} 万元";
    static constexpr std::string_view summary_zh = "全年执行数超过全年预算数";
    static constexpr message_template above{
        .figures = {"row", "executed", "budget"},
        .zh = above_zh,
        .en = "「{row}」: 全年执行数 {executed} 万元 is above 全年预算数 {budget} 万元"};
    static constexpr rule info{"execution_above_budget",
                               severity::error,
                               {"执行数超过预算数", "execution above budget"},
                               {summary_zh, "全年执行数 above 全年预算数"},
                               &violates_execution_above_budget,
                               {&above}};
};
inline constexpr const rule& execution_above_budget = execution_above_budget_rule::info;

struct low_execution_without_reason_rule {
    static void violates_low_execution_without_reason() {}
    static constexpr std::string_view low_zh = "预算执行率 {rate}% 低于 {threshold}%，未说明原因";
    static constexpr std::string_view summary_zh = "预算执行率未达到 90%（评分规则的界限）而未说明原因";
    static constexpr message_template low{.figures = {"rate", "threshold"},
                                          .zh = low_zh,
                                          .en = "预算执行率 {rate}% is below {threshold}% and no 原因 is given"};
    static constexpr rule info{"low_execution_without_reason",
                               severity::error,
                               {"执行率低且未说明原因", "low execution without a reason"},
                               {summary_zh, "a 预算执行率 below 90 % (the profile's threshold) without a 原因"},
                               &violates_low_execution_without_reason,
                               {&low}};
};
inline constexpr const rule& low_execution_without_reason = low_execution_without_reason_rule::info;

struct budget_adjusted_without_reason_rule {
    static void violates_budget_adjusted_without_reason() {}
    static constexpr std::string_view adjusted_zh =
        "全年预算数 {budget} 万元与年初预算数 {initial} 万元不同，未说明调整理由";
    static constexpr std::string_view summary_zh = "年中调整了预算（全年预算数与年初预算数不同）而未说明理由";
    static constexpr message_template adjusted{
        .figures = {"initial", "budget"},
        .zh = adjusted_zh,
        .en = "全年预算数 {budget} 万元 differs from 年初预算数 {initial} 万元 and no reason is given"};
    static constexpr rule info{
        "budget_adjusted_without_reason",
        severity::warning,
        {"预算调整未说明原因", "budget adjusted without a reason"},
        {summary_zh, "the budget was adjusted in the year (全年预算数 ≠ 年初预算数) without a reason"},
        &violates_budget_adjusted_without_reason,
        {&adjusted}};
};
inline constexpr const rule& budget_adjusted_without_reason = budget_adjusted_without_reason_rule::info;

struct actual_missing_rule {
    static void violates_actual_missing() {}
    static constexpr std::string_view missing_zh = "「{indicator}」没有实际完成值，不得分";
    static constexpr std::string_view summary_zh = "有指标值的指标没有实际完成值";
    static constexpr message_template missing{
        .figures = {"indicator"}, .zh = missing_zh, .en = "「{indicator}」 has no 实际完成值 and earns nothing"};
    static constexpr rule info{"actual_missing",
                               severity::error,
                               {"缺少实际完成值", "no actual value"},
                               {summary_zh, "an indicator with a target has no 实际完成值"},
                               &violates_actual_missing,
                               {&missing}};
};
inline constexpr const rule& actual_missing = actual_missing_rule::info;

struct actual_kind_mismatch_rule {
    static void violates_actual_kind_mismatch() {}
    static constexpr std::string_view number_zh =
        "「{indicator}」是定性指标，实际完成值却是数值 {actual}{unit}，应填达成、部分达成或未达成";
    static constexpr std::string_view summary_zh = "定性指标的实际完成值是数值";
    static constexpr message_template number{
        .figures = {"indicator", "actual", "unit"},
        .zh = number_zh,
        .en =
            "「{indicator}」 has a qualitative target, but its 实际完成值 is the number {actual}{unit}; write 达成 / "
            "部分达成 / 未达成"};
    static constexpr rule info{"actual_kind_mismatch",
                               severity::error,
                               {"完成值与指标值类型不符", "actual of the wrong kind"},
                               {summary_zh, "a number as the 实际完成值 of a qualitative target"},
                               &violates_actual_kind_mismatch,
                               {&number}};
};
inline constexpr const rule& actual_kind_mismatch = actual_kind_mismatch_rule::info;

struct qualitative_actual_rule {
    static void violates_qualitative_actual() {}
    static constexpr std::string_view word_zh =
        "「{indicator}」指标值为 {comparator}{target}{unit}，实际完成值却填「{word}」而不是数值，按{band}档计分";
    static constexpr std::string_view summary_zh = "定量指标的实际完成值填了文字（完成、达成），按档次计分";
    static constexpr message_template word{
        .figures = {"indicator", "word", "comparator", "target", "unit", "band"},
        .zh = word_zh,
        .en =
            "「{indicator}」 targets {comparator}{target}{unit}, but its 实际完成值 is 「{word}」, not a number: "
            "scored as {band}"};
    static constexpr rule info{
        "qualitative_actual",
        severity::warning,
        {"完成值无法识别", "actual not understood"},
        {summary_zh, "a word (完成, 达成) as the 实际完成值 of a quantitative target: scored by its band"},
        &violates_qualitative_actual,
        {&word}};
};
inline constexpr const rule& qualitative_actual = qualitative_actual_rule::info;

struct actual_unit_mismatch_rule {
    static void violates_actual_unit_mismatch() {}
    static constexpr std::string_view other_unit_zh =
        "「{indicator}」实际完成值 {actual}{unit} 与指标值 {comparator}{target}{target_unit} 的单位不同，无法比较，不得分";
    static constexpr std::string_view summary_zh = "实际完成值的单位与指标值不同（货币单位自动换算，不报告）";
    static constexpr message_template other_unit{
        .figures = {"indicator", "actual", "unit", "comparator", "target", "target_unit"},
        .zh = other_unit_zh,
        .en =
            "「{indicator}」: 实际完成值 {actual}{unit} is not in the unit of its target {comparator}{target}{target_unit}"};
    static constexpr rule info{
        "actual_unit_mismatch",
        severity::error,
        {"完成值单位与指标值不同", "actual in another unit"},
        {summary_zh, "a 实际完成值 in another unit than its target (money units are converted, not reported)"},
        &violates_actual_unit_mismatch,
        {&other_unit}};
};
inline constexpr const rule& actual_unit_mismatch = actual_unit_mismatch_rule::info;

struct unmet_without_reason_rule {
    static void violates_unmet_without_reason() {}
    static constexpr std::string_view value_zh =
        "「{indicator}」指标值 {comparator}{target}{unit}，实际完成 {actual}{actual_unit}，未完成而未分析偏差原因";
    static constexpr std::string_view band_zh = "「{indicator}」为「{word}」，未分析偏差原因";
    static constexpr std::string_view summary_zh = "指标未完成（或部分达成、未达成）而未分析偏差原因";
    static constexpr message_template value{
        .figures = {"indicator", "comparator", "target", "unit", "actual", "actual_unit"},
        .zh = value_zh,
        .en =
            "「{indicator}」 targets {comparator}{target}{unit} and reached {actual}{actual_unit}, but 偏差原因分析 is empty"};
    static constexpr message_template band{.figures = {"indicator", "word"},
                                           .zh = band_zh,
                                           .en = "「{indicator}」 is 「{word}」, but 偏差原因分析 is empty"};
    static constexpr rule info{"unmet_without_reason",
                               severity::error,
                               {"未完成目标且未说明原因", "unmet without a reason"},
                               {summary_zh, "an unmet target (or 部分达成 / 未达成) without a 偏差原因分析"},
                               &violates_unmet_without_reason,
                               {&value, &band}};
};
inline constexpr const rule& unmet_without_reason = unmet_without_reason_rule::info;

struct exceeded_without_reason_rule {
    static void violates_exceeded_without_reason() {}
    static constexpr std::string_view far_zh =
        "「{indicator}」实际完成 {actual}{unit}，为指标值 {comparator}{target}{unit} 的 {percent}%，未说明原因（指标值是否设置偏低）";
    static constexpr std::string_view summary_zh = "实际完成值达到指标值的 130%（评分规则的界限）以上而未说明原因";
    static constexpr message_template far{
        .figures = {"indicator", "actual", "comparator", "target", "unit", "percent"},
        .zh = far_zh,
        .en =
            "「{indicator}」 reached {actual}{unit}, {percent}% of its target {comparator}{target}{unit}, and no "
            "explanation is given (a target set too low?)"};
    static constexpr rule info{"exceeded_without_reason",
                               severity::warning,
                               {"大幅超额完成且未说明原因", "far exceeded without a reason"},
                               {summary_zh,
                                "an actual at or above 130 % of a ≥ target (the profile's threshold) without an "
                                "explanation"},
                               &violates_exceeded_without_reason,
                               {&far}};
};
inline constexpr const rule& exceeded_without_reason = exceeded_without_reason_rule::info;

struct band_unjudged_rule {
    static void violates_band_unjudged() {}
    static constexpr std::string_view unjudged_zh =
        "「{indicator}」评为{band}而没有得分，按该档 {percent}% 计 {points} 分";
    static constexpr std::string_view summary_zh = "部分达成或未达成的指标没有得分：缺少评价人在档次内的判断";
    static constexpr message_template unjudged{
        .figures = {"indicator", "band", "percent", "points"},
        .zh = unjudged_zh,
        .en = "「{indicator}」 is graded {band} with no 得分: scored {points} ({percent}% of its points)"};
    static constexpr rule info{
        "band_unjudged",
        severity::warning,
        {"档次未评分", "band not judged"},
        {summary_zh,
         "a 部分达成 or 未达成 indicator without a recorded 得分: the evaluator's judgement within "
         "the band is missing"},
        &violates_band_unjudged,
        {&unjudged}};
};
inline constexpr const rule& band_unjudged = band_unjudged_rule::info;

struct not_applicable_unscored_rule {
    static void violates_not_applicable_unscored() {}
    static constexpr std::string_view unscored_zh =
        "「{indicator}」不适用；评分规则「{profile}」不剔除不适用指标，其 {points} 分不得分";
    static constexpr std::string_view summary_zh = "评分规则不剔除不适用指标，不适用的指标不得分";
    static constexpr message_template unscored{
        .figures = {"indicator", "points", "profile"},
        .zh = unscored_zh,
        .en =
            "「{indicator}」 is 不适用; 「{profile}」 does not leave such indicators out, so its {points} points are lost"};
    static constexpr rule info{
        "not_applicable_unscored",
        severity::warning,
        {"不适用指标未计分", "not applicable, not scored"},
        {summary_zh, "a 不适用 indicator under a profile that does not leave such indicators out"},
        &violates_not_applicable_unscored,
        {&unscored}};
};
inline constexpr const rule& not_applicable_unscored = not_applicable_unscored_rule::info;

struct placeholder_scored_rule {
    static void violates_placeholder_scored() {}
    static constexpr std::string_view placeholder_zh = "「{indicator}」没有指标值（无），却有 {points} 分分值";
    static constexpr std::string_view summary_zh = "没有指标值（无）的指标有分值";
    static constexpr message_template placeholder{.figures = {"indicator", "points"},
                                                  .zh = placeholder_zh,
                                                  .en = "「{indicator}」 has no target (无), but {points} points"};
    static constexpr rule info{"placeholder_scored",
                               severity::error,
                               {"无目标的指标计了分", "placeholder scored"},
                               {summary_zh, "an indicator without a target (无) carries points"},
                               &violates_placeholder_scored,
                               {&placeholder}};
};
inline constexpr const rule& placeholder_scored = placeholder_scored_rule::info;

/// Every rule of a self-evaluation.
inline constexpr const rule* all[] = {
    &score_mismatch,
    &points_sum,
    &points_missing,
    &category_not_in_profile,
    &execution_total_missing,
    &execution_not_computable,
    &execution_sources_sum,
    &execution_above_budget,
    &low_execution_without_reason,
    &budget_adjusted_without_reason,
    &actual_missing,
    &actual_kind_mismatch,
    &qualitative_actual,
    &actual_unit_mismatch,
    &unmet_without_reason,
    &exceeded_without_reason,
    &band_unjudged,
    &not_applicable_unscored,
    &placeholder_scored,
};

}  // namespace self_evaluation_rules

// The rules of a monitoring table (绩效监控表), as self_evaluation_rules, with their Chinese text. Where a
// monitoring table states a fact a self-evaluation does too (执行数 above 预算数, sources that do not add up,
// a value in another unit), the self-evaluation rule is used.
namespace monitoring_rules {

struct month_invalid_rule {
    static void violates_month_invalid() {}
    static constexpr std::string_view month_zh = "监控截止月份 {month} 不在 1–12 之间";
    static constexpr std::string_view summary_zh = "监控截止月份（1–N月）不在 1–12 之间";
    static constexpr message_template month{
        .figures = {"month"}, .zh = month_zh, .en = "the monitoring month {month} is not 1–12"};
    static constexpr rule info{"month_invalid",
                               severity::error,
                               {"月份无效", "month invalid"},
                               {summary_zh, "the month the monitoring reaches (1–N月) is not 1–12"},
                               &violates_month_invalid,
                               {&month}};
};
inline constexpr const rule& month_invalid = month_invalid_rule::info;

struct execution_behind_schedule_rule {
    static void violates_execution_behind_schedule() {}
    static constexpr std::string_view behind_zh = "预算执行率 {rate}% 落后序时进度 {elapsed}% 超过 {margin} 个百分点";
    static constexpr std::string_view unexplained_zh =
        "预算执行率 {rate}% 落后序时进度 {elapsed}% 超过 {margin} 个百分点，未说明偏差原因";
    static constexpr std::string_view summary_zh = "预算执行进度落后序时进度超过规定的百分点";
    static constexpr message_template behind{
        .figures = {"rate", "elapsed", "margin"},
        .zh = behind_zh,
        .en = "执行率 {rate}% lags the time elapsed ({elapsed}%) by more than {margin} points"};
    static constexpr message_template unexplained{
        .figures = {"rate", "elapsed", "margin"},
        .zh = unexplained_zh,
        .en =
            "执行率 {rate}% lags the time elapsed ({elapsed}%) by more than {margin} points, and no 偏差原因 is given"};
    static constexpr rule info{
        "execution_behind_schedule",
        severity::warning,
        {"执行进度滞后", "execution behind schedule"},
        {summary_zh, "budget execution lags the share of the year elapsed by more than the stated margin"},
        &violates_execution_behind_schedule,
        {&behind, &unexplained}};
};
inline constexpr const rule& execution_behind_schedule = execution_behind_schedule_rule::info;

struct expected_execution_low_rule {
    static void violates_expected_execution_low() {}
    static constexpr std::string_view low_zh = "全年预计执行率 {rate}% 低于 {threshold}%，未说明偏差原因";
    static constexpr std::string_view summary_zh = "全年预计执行率低于 90% 而未说明偏差原因";
    static constexpr message_template low{
        .figures = {"rate", "threshold"},
        .zh = low_zh,
        .en = "the expected year-end 执行率 {rate}% is below {threshold}% and no 偏差原因 is given"};
    static constexpr rule info{"expected_execution_low",
                               severity::warning,
                               {"预计执行率偏低", "expected execution low"},
                               {summary_zh, "the expected year-end execution rate is below 90 % without a cause"},
                               &violates_expected_execution_low,
                               {&low}};
};
inline constexpr const rule& expected_execution_low = expected_execution_low_rule::info;

struct expected_out_of_range_rule {
    static void violates_expected_out_of_range() {}
    static constexpr std::string_view below_executed_zh =
        "「{row}」全年预计执行数 {expected} 万元低于已执行的 {executed} 万元";
    static constexpr std::string_view above_budget_zh =
        "「{row}」全年预计执行数 {expected} 万元超过全年预算数 {budget} 万元";
    static constexpr std::string_view summary_zh = "全年预计执行数低于已执行数或超过全年预算数";
    static constexpr message_template below_executed{
        .figures = {"row", "expected", "executed"},
        .zh = below_executed_zh,
        .en = "「{row}」: 全年预计执行数 {expected} 万元 is below what is already spent, {executed} 万元"};
    static constexpr message_template above_budget{
        .figures = {"row", "expected", "budget"},
        .zh = above_budget_zh,
        .en = "「{row}」: 全年预计执行数 {expected} 万元 is above 全年预算数 {budget} 万元"};
    static constexpr rule info{
        "expected_out_of_range",
        severity::error,
        {"预计值超出范围", "expected value out of range"},
        {summary_zh, "the expected year-end execution is below what is spent or above the budget"},
        &violates_expected_out_of_range,
        {&below_executed, &above_budget}};
};
inline constexpr const rule& expected_out_of_range = expected_out_of_range_rule::info;

struct likelihood_missing_rule {
    static void violates_likelihood_missing() {}
    static constexpr std::string_view missing_zh = "「{indicator}」未填完成目标可能性";
    static constexpr std::string_view summary_zh = "有指标值的指标未填完成目标可能性（确定能、有可能、完全不可能）";
    static constexpr message_template missing{
        .figures = {"indicator"}, .zh = missing_zh, .en = "「{indicator}」 states no 完成目标可能性"};
    static constexpr rule info{
        "likelihood_missing",
        severity::error,
        {"缺少完成目标可能性", "no likelihood"},
        {summary_zh, "an indicator with a target states no 完成目标可能性 (确定能 / 有可能 / 完全不可能)"},
        &violates_likelihood_missing,
        {&missing}};
};
inline constexpr const rule& likelihood_missing = likelihood_missing_rule::info;

struct unlikely_without_cause_rule {
    static void violates_unlikely_without_cause() {}
    static constexpr std::string_view unlikely_zh = "「{indicator}」完成目标可能性为「{likelihood}」，未说明偏差原因";
    static constexpr std::string_view summary_zh = "完成目标可能性为有可能或完全不可能而未说明偏差原因";
    static constexpr message_template unlikely{
        .figures = {"indicator", "likelihood"},
        .zh = unlikely_zh,
        .en = "「{indicator}」 is judged 「{likelihood}」, but no 偏差原因 is given"};
    static constexpr rule info{"unlikely_without_cause",
                               severity::error,
                               {"可能无法完成且未说明原因", "unlikely without a cause"},
                               {summary_zh, "an indicator judged 有可能 or 完全不可能 without a 偏差原因"},
                               &violates_unlikely_without_cause,
                               {&unlikely}};
};
inline constexpr const rule& unlikely_without_cause = unlikely_without_cause_rule::info;

struct cause_without_measure_rule {
    static void violates_cause_without_measure() {}
    static constexpr std::string_view indicator_zh = "「{indicator}」说明了偏差原因，但没有整改措施";
    static constexpr std::string_view funding_zh = "「{row}」说明了执行偏差原因，但没有整改措施";
    static constexpr std::string_view summary_zh = "有偏差原因而无整改措施";
    static constexpr message_template indicator{
        .figures = {"indicator"}, .zh = indicator_zh, .en = "「{indicator}」 gives a 偏差原因 but no 整改措施"};
    static constexpr message_template funding{
        .figures = {"row"}, .zh = funding_zh, .en = "「{row}」 gives a 偏差原因 but no 整改措施"};
    static constexpr rule info{"cause_without_measure",
                               severity::error,
                               {"有偏差原因而无整改措施", "cause without a measure"},
                               {summary_zh, "a 偏差原因 without a 整改措施"},
                               &violates_cause_without_measure,
                               {&indicator, &funding}};
};
inline constexpr const rule& cause_without_measure = cause_without_measure_rule::info;

struct likelihood_contradicts_rule {
    static void violates_likelihood_contradicts() {}
    static constexpr std::string_view certain_zh =
        "「{indicator}」完成目标可能性为「确定能」，但全年预计完成值 {expected}{unit} 达不到指标值 "
        "{comparator}{target}{target_unit}";
    static constexpr std::string_view impossible_zh =
        "「{indicator}」完成目标可能性为「完全不可能」，但全年预计完成值 {expected}{unit} 已达到指标值 "
        "{comparator}{target}{target_unit}";
    static constexpr std::string_view summary_zh = "完成目标可能性与全年预计完成值相矛盾";
    static constexpr message_template certain{
        .figures = {"indicator", "expected", "unit", "comparator", "target", "target_unit"},
        .zh = certain_zh,
        .en =
            "「{indicator}」 is judged 确定能, but its expected year-end value {expected}{unit} misses "
            "{comparator}{target}{target_unit}"};
    static constexpr message_template impossible{
        .figures = {"indicator", "expected", "unit", "comparator", "target", "target_unit"},
        .zh = impossible_zh,
        .en =
            "「{indicator}」 is judged 完全不可能, but its expected year-end value {expected}{unit} meets "
            "{comparator}{target}{target_unit}"};
    static constexpr rule info{"likelihood_contradicts",
                               severity::warning,
                               {"完成可能性与预计值矛盾", "likelihood contradicts the expected value"},
                               {summary_zh, "完成目标可能性 contradicts the expected year-end value"},
                               &violates_likelihood_contradicts,
                               {&certain, &impossible}};
};
inline constexpr const rule& likelihood_contradicts = likelihood_contradicts_rule::info;

/// Every rule of a monitoring table that is its own (it also applies self_evaluation_rules::
/// execution_above_budget, execution_sources_sum, execution_total_missing and actual_unit_mismatch).
inline constexpr const rule* all[] = {
    &month_invalid,      &execution_behind_schedule, &expected_execution_low, &expected_out_of_range,
    &likelihood_missing, &unlikely_without_cause,    &cause_without_measure,  &likelihood_contradicts,
};

}  // namespace monitoring_rules

/// The monitoring rule with this id, or nullptr.
constexpr const rule* find_monitoring_rule(std::string_view id) noexcept {
    for (const rule* r : monitoring_rules::all) {
        if (r->id == id) return r;
    }
    return nullptr;
}

/// The self-evaluation rule with this id, or nullptr.
constexpr const rule* find_self_evaluation_rule(std::string_view id) noexcept {
    for (const rule* r : self_evaluation_rules::all) {
        if (r->id == id) return r;
    }
    return nullptr;
}

namespace detail {

/// The text t with each {name} replaced by the finding's figure of that name.
constexpr message_text render_message(const finding& f, std::string_view t) {
    message_text out;
    const message_template& m = f.wording();
    std::size_t i = 0;
    while (i < t.size()) {
        if (t[i] == '{') {
            const std::size_t close = t.find('}', i);
            if (close != std::string_view::npos) {
                const std::size_t k = m.figure_index(t.substr(i + 1, close - i - 1));
                if (k < f.figure_count()) {
                    out.append(f.figure_at(k).text);
                    i = close + 1;
                    continue;
                }
            }
        }
        const std::size_t next = t.find('{', i + 1);
        const std::size_t stop = next == std::string_view::npos ? t.size() : next;
        out.append(t.substr(i, stop - i));
        i = stop;
    }
    return out;
}

}  // namespace detail

/// The Chinese text of a message (message_template::zh).
constexpr std::string_view chinese_text(const message_template& m) noexcept { return m.zh; }
/// The Chinese summary of a rule.
constexpr std::string_view chinese_summary(const rule& r) noexcept { return r.summary.in(language::zh); }

/// A finding's message in Chinese, with its figures (finding::message(language::zh)).
constexpr message_text message_zh(const finding& f) { return detail::render_message(f, f.wording().zh); }

// ------------------------------------------------------------------------------------------------
// Scoring.

/// A score as the forms print it: two decimals.
using score_value = basic_score<2>;

/// How an indicator's points were reached.
enum class score_basis : unsigned char {
    computed,        ///< from the actual value against the target
    judged,          ///< a band, at the 得分 the table records (inside the band: the evaluator's judgement)
    clamped,         ///< a band whose recorded 得分 lies outside it: the band's nearest end (a score_mismatch)
    unjudged,        ///< a band without a recorded 得分: the profile's end of the band (band_pick)
    not_applicable,  ///< 不适用: left out (the profile rescales) or nothing
    unscored,        ///< no 实际完成值, or one that cannot be compared with the target: nothing
    placeholder,     ///< the target is 无: not scored
};

/// One indicator's share of the score; every figure is rounded once from its exact value.
struct result_score {
    score_value available{};  ///< the points it can earn
    decimal ratio{};          ///< the share earned, 0–1
    score_value points{};     ///< available × ratio
    score_basis basis = score_basis::unscored;
    std::optional<score_value> recorded{};  ///< the table's 得分, at two decimals
    bool mismatch = false;                  ///< the recorded 得分 differs (a score_mismatch finding says how)
};

/// One group's share: a profile group (产出指标 50 …) or, with points from the table, a 一级 category.
struct group_score {
    std::string_view name;
    score_value available{};
    score_value points{};
    std::size_t indicators = 0;
};

/// A self-evaluation scored by a profile, with every finding of its rules.
struct self_evaluation_score {
    std::string_view profile{};         ///< the profile's id
    score_value execution_rate{};       ///< 全年执行数 / 全年预算数, in %, as it is (not capped)
    score_value execution_available{};  ///< the points of 预算执行率
    score_value execution_points{};     ///< available × min(rate, 100 %)
    std::optional<score_value> execution_recorded{};  ///< the 得分 of the total row
    std::vector<result_score> indicators;             ///< in the table's order
    std::vector<group_score> groups;
    score_value dropped{};      ///< the points of 不适用 indicators left out (then the total is rescaled)
    score_value total{};        ///< 总分: rounded once from the exact total
    grade level = grade::poor;  ///< graded on the exact total
    std::optional<score_value> recorded_total{};  ///< the table's 总分, at two decimals
    findings found;                               ///< everything the rules found (validate() returns the same)

    /// Whether no finding is an error.
    [[nodiscard]] constexpr bool ok() const noexcept { return found.ok(); }
};

namespace detail {

[[noreturn]] inline void scoring_profile_is_invalid(std::string_view id, const char* why) {
    throw std::invalid_argument("jixiao: scoring profile " + std::string(id) + ": " + why);
}

/// The grade of an exact score by a profile's bounds.
constexpr grade grade_by(const rational& s, const scoring_profile& p) {
    if (s >= to_rational(p.grades[0])) return grade::excellent;
    if (s >= to_rational(p.grades[1])) return grade::good;
    if (s >= to_rational(p.grades[2])) return grade::fair;
    return grade::poor;
}

constexpr rational clamp01(const rational& r) {
    return r < rational(0) ? rational(0) : r > rational(1) ? rational(1) : r;
}

/// Whether `actual` meets a quantitative target, exactly.
constexpr bool meets(comparator c, const rational& actual, const rational& goal) {
    switch (c) {
        case comparator::eq: return actual == goal;
        case comparator::ge: return actual >= goal;
        case comparator::gt: return actual > goal;
        case comparator::le: return actual <= goal;
        case comparator::lt: return actual < goal;
        default: break;
    }
    return false;
}

/// The share of its points a quantitative indicator earns, 0–1, by the profile.
constexpr rational quantitative_ratio(comparator c, const rational& a, const rational& t, const scoring_profile& p) {
    const bool met = meets(c, a, t);
    switch (c) {
        case comparator::ge:
        case comparator::gt:
            // 正向: the share of the target reached.
            return t <= rational(0) ? rational(met ? 1 : 0) : clamp01(a / t);
        case comparator::le:
        case comparator::lt:
            // 反向: at or under the target earns everything; above it, T/A or 1 − (A − T)/T.
            if (met) return rational(1);
            if (t <= rational(0) || a <= rational(0)) return rational(0);
            return p.reverse == reverse_scoring::target_over_actual ? clamp01(t / a) : clamp01(rational(2) - a / t);
        case comparator::eq:
            if (met) return rational(1);
            if (p.equal == equal_scoring::all_or_nothing || t <= rational(0) || a <= rational(0)) return rational(0);
            return a < t ? a / t : t / a;
        default: break;
    }
    return rational(0);
}

/// An actual value as a fraction in its target's unit: the same unit, none (the target's), or another money
/// unit (converted exactly); nullopt when the units differ otherwise.
constexpr std::optional<rational> in_target_unit(const actual_value& a, const target& t) {
    const rational v = to_rational(a.value);
    if (a.unit.empty() || t.unit.empty() || a.unit == t.unit) return v;
    const money_unit* ma = find_money_unit(a.unit);
    const money_unit* mt = find_money_unit(t.unit);
    if (ma == nullptr || mt == nullptr) return std::nullopt;
    const int e = ma->exponent - mt->exponent;  // 1 ma = 10^e mt
    return e >= 0 ? v * rational(pow10<int128>(e), 1) : v / rational(pow10<int128>(-e), 1);
}

}  // namespace detail

/// Scores a self-evaluation by a profile and applies every rule of self_evaluation_rules, exactly until one
/// rounding of each figure to two decimals (profile.mode). Budget execution earns min(全年执行数 / 全年预算数,
/// 1) × the profile's execution points; each indicator its points × its share (quantitative_ratio, or its
/// band: a recorded 得分 inside the band is used as given). What cannot be scored (no 实际完成值, another unit,
/// no total row) earns nothing, and a finding says why. The exact fractions are checked 128-bit: a table whose
/// fractions outgrow them (a dozen indicators with distinct one-decimal targets can) throws std::overflow_error,
/// never a wrong score.
/// A recorded 得分 is compared at two decimals; a recorded 总分 matches when it is the rounded exact total or
/// the sum of the rounded figures (as a form adds its printed cells). Throws std::invalid_argument only for a
/// profile that is not one (profile_problem); in constant evaluation that is a compile error naming
/// scoring_profile_is_invalid.
template <class A>
constexpr self_evaluation_score score(const basic_self_evaluation<A>& t,
                                      const scoring_profile& prof = profiles::central_2020) {
    using detail::rational;
    using detail::to_rational;
    namespace r = self_evaluation_rules;
    if (const char* why = profile_problem(prof)) detail::scoring_profile_is_invalid(prof.id, why);

    self_evaluation_score out;
    out.profile = prof.id;
    const std::string_view profile_name = prof.name.empty() ? prof.id : prof.name;
    auto emit = [&](const rule& rl, const message_template& m, table_part part, std::size_t index,
                    const auto&... figures) { out.found.add(finding(rl, m, t.seq, t.name, part, index, figures...)); };
    auto round2 = [&](const rational& x) { return detail::round_rational<2>(x, prof.mode); };
    auto exact_decimal = [&](const rational& x) { return detail::round_rational<decimal::scale>(x, prof.mode); };
    constexpr table_part row_part = table_part::funding_column;
    constexpr table_part ind_part = table_part::indicator;

    // ---- 预算执行情况 ----------------------------------------------------------------------------------------
    const rational exec_available = to_rational(prof.execution);
    rational exec = 0;
    out.execution_available = round2(exec_available);
    const auto* tr = t.total_row();
    if (tr == nullptr) {
        emit(r::execution_total_missing, r::execution_total_missing_rule::missing, table_part::table, 0);
    } else {
        const auto ti = static_cast<std::size_t>(tr - t.funding.data());
        if (tr->points && *tr->points != prof.execution) {
            emit(r::points_sum, r::points_sum_rule::execution, row_part, ti, *tr->points, prof.execution, profile_name);
        }
        bool any_reason = false;
        for (const auto& row : t.funding) any_reason = any_reason || !row.reason.empty();
        if (!tr->budget || *tr->budget <= A{}) {
            emit(r::execution_not_computable, r::execution_not_computable_rule::no_budget, row_part, ti, tr->label);
        } else if (!tr->executed) {
            emit(r::execution_not_computable, r::execution_not_computable_rule::no_execution, row_part, ti, tr->label);
        } else {
            const rational rate = to_rational(*tr->executed) / to_rational(*tr->budget);
            out.execution_rate = round2(rate * rational(100));
            exec = exec_available * detail::clamp01(rate);
            if (rate * rational(100) < to_rational(prof.reason_below) && !any_reason) {
                emit(r::low_execution_without_reason, r::low_execution_without_reason_rule::low, row_part, ti,
                     out.execution_rate, prof.reason_below);
            }
        }
        out.execution_points = round2(exec);
        if (tr->score) {
            out.execution_recorded = round2(to_rational(*tr->score));
            if (*out.execution_recorded != out.execution_points) {
                emit(r::score_mismatch, r::score_mismatch_rule::execution, row_part, ti, *out.execution_recorded,
                     out.execution_points, out.execution_rate);
            }
        }
        if (tr->initial && tr->budget && *tr->initial != *tr->budget && !any_reason) {
            emit(r::budget_adjusted_without_reason, r::budget_adjusted_without_reason_rule::adjusted, row_part, ti,
                 *tr->initial, *tr->budget);
        }
        // The sources of each column add up to the total row (blank cells left out; no source filled: no check).
        using column_member = std::optional<A> execution_row<A>::*;
        constexpr column_member columns[] = {&execution_row<A>::initial, &execution_row<A>::budget,
                                             &execution_row<A>::executed};
        constexpr std::string_view column_names[] = {"年初预算数", "全年预算数", "全年执行数"};
        for (std::size_t c = 0; c < 3; ++c) {
            const auto& total = (*tr).*columns[c];
            if (!total) continue;
            detail::exact_sum<typename A::rep> sum;
            bool any = false;
            for (const auto& row : t.funding) {
                if (&row == tr || !(row.*columns[c])) continue;
                sum.add((row.*columns[c])->raw());
                any = true;
            }
            const auto held = checked_total<A>::of(sum);
            if (any && (held.overflow || held.value != *total)) {
                emit(r::execution_sources_sum, r::execution_sources_sum_rule::differs, row_part, ti, column_names[c],
                     held.exact_amount(), *total);
            }
        }
    }
    for (std::size_t i = 0; i < t.funding.size(); ++i) {
        const auto& row = t.funding[i];
        if (row.budget && row.executed && *row.executed > *row.budget) {
            emit(r::execution_above_budget, r::execution_above_budget_rule::above, row_part, i, row.label,
                 *row.executed, *row.budget);
        }
    }

    // ---- the points each indicator can earn --------------------------------------------------------------
    const std::size_t n = t.indicators.size();
    std::vector<rational> available(n, rational(0));
    std::vector<std::size_t> group_of(n, static_cast<std::size_t>(-1));
    rational indicator_points = 0;
    if (prof.indicator_points == points_source::table) {
        for (std::size_t i = 0; i < n; ++i) {
            const auto& row = t.indicators[i];
            if (row.points) {
                available[i] = to_rational(*row.points);
            } else if (row.target.cmp != comparator::none) {
                emit(r::points_missing, r::points_missing_rule::missing, ind_part, i, row.name, profile_name);
            }
            indicator_points += available[i];
        }
        const rational sum = exec_available + indicator_points;
        if (sum != to_rational(prof.total)) {
            emit(r::points_sum, r::points_sum_rule::whole, table_part::table, 0, exact_decimal(sum), prof.total);
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const auto& row = t.indicators[i];
            for (std::size_t g = 0; g < prof.groups.size() && group_of[i] == static_cast<std::size_t>(-1); ++g) {
                if (prof.groups[g].covers(row.cat.level1)) group_of[i] = g;
            }
            if (group_of[i] == static_cast<std::size_t>(-1)) {
                emit(r::category_not_in_profile, r::category_not_in_profile_rule::outside, ind_part, i, row.name,
                     row.cat.level1.name, profile_name);
            }
        }
        for (std::size_t g = 0; g < prof.groups.size(); ++g) {
            const auto& grp = prof.groups[g];
            const rational points = to_rational(grp.points);
            rational stated = 0;
            std::size_t members = 0;
            std::size_t sharing = 0;
            for (std::size_t i = 0; i < n; ++i) {
                if (group_of[i] != g) continue;
                ++members;
                if (t.indicators[i].points) {
                    stated += to_rational(*t.indicators[i].points);
                } else if (t.indicators[i].target.cmp != comparator::none) {
                    ++sharing;
                }
            }
            if (members == 0) {
                emit(r::points_sum, r::points_sum_rule::empty_group, table_part::table, 0, grp.name, grp.points);
                continue;
            }
            if (stated > points || (sharing == 0 && stated != points)) {
                emit(r::points_sum, r::points_sum_rule::group, table_part::table, 0, grp.name, exact_decimal(stated),
                     grp.points);
            }
            const rational share = sharing == 0 || stated >= points
                                       ? rational(0)
                                       : (points - stated) / rational(static_cast<int>(sharing));
            for (std::size_t i = 0; i < n; ++i) {
                if (group_of[i] != g) continue;
                const auto& row = t.indicators[i];
                available[i] = row.points ? to_rational(*row.points)
                                          : (row.target.cmp != comparator::none ? share : rational(0));
                indicator_points += available[i];
            }
        }
    }
    // Points the table states for a category, and its 合计.
    for (const auto& s : t.category_points) {
        rational sum = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& c = t.indicators[i].cat;
            if (c.level1 == s.level1 && (s.level2.empty() || c.name == s.level2)) sum += available[i];
        }
        if (sum != to_rational(s.points)) {
            emit(r::points_sum, r::points_sum_rule::category, table_part::table, 0,
                 s.level2.empty() ? s.level1.name : s.level2, exact_decimal(sum), s.points);
        }
    }
    if (t.points_total) {
        const rational sum = (tr != nullptr && tr->points ? to_rational(*tr->points) : exec_available) +
                             indicator_points;
        if (sum != to_rational(*t.points_total)) {
            emit(r::points_sum, r::points_sum_rule::stated_total, table_part::table, 0, *t.points_total,
                 exact_decimal(sum));
        }
    }

    // ---- each indicator's share ------------------------------------------------------------------------
    out.indicators.resize(n);
    std::vector<rational> earned(n, rational(0));
    rational dropped = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& row = t.indicators[i];
        const target& tg = row.target;
        const actual_value& a = row.actual;
        auto& s = out.indicators[i];
        s.available = round2(available[i]);
        if (row.score) s.recorded = round2(to_rational(*row.score));
        rational ratio = 0;
        bool compare = false;  // compare the recorded 得分 with ours
        if (a.is_not_applicable()) {
            s.basis = score_basis::not_applicable;
            if (prof.drop_not_applicable) {
                dropped += available[i];
            } else if (available[i] > rational(0)) {
                emit(r::not_applicable_unscored, r::not_applicable_unscored_rule::unscored, ind_part, i, row.name,
                     s.available, profile_name);
            }
        } else if (tg.cmp == comparator::none) {
            s.basis = score_basis::placeholder;
            if (available[i] > rational(0)) {
                emit(r::placeholder_scored, r::placeholder_scored_rule::placeholder, ind_part, i, row.name,
                     s.available);
            }
        } else if (a.is_blank()) {
            s.basis = score_basis::unscored;
            emit(r::actual_missing, r::actual_missing_rule::missing, ind_part, i, row.name);
        } else if (a.is_band()) {
            if (tg.is_quantitative()) {
                emit(r::qualitative_actual, r::qualitative_actual_rule::word, ind_part, i, row.name, a.word,
                     to_string_view(tg.cmp), tg.value, tg.unit, to_string_view(a.band));
            }
            const score_band& b = prof.band(a.band);
            const rational lo = to_rational(b.low) / rational(100);
            const rational hi = to_rational(b.high) / rational(100);
            if (row.score && available[i] > rational(0)) {
                const rational share = to_rational(*row.score) / available[i];
                if (share >= lo && share <= hi) {
                    ratio = share;
                    s.basis = score_basis::judged;
                } else {
                    ratio = share < lo ? lo : hi;
                    s.basis = score_basis::clamped;
                    s.mismatch = true;
                    emit(r::score_mismatch, r::score_mismatch_rule::band, ind_part, i, row.name, to_string_view(a.band),
                         *s.recorded, round2(available[i] * lo), round2(available[i] * hi),
                         round2(available[i] * ratio));
                }
            } else {
                ratio = prof.unjudged == band_pick::upper   ? hi
                        : prof.unjudged == band_pick::lower ? lo
                                                            : (lo + hi) / rational(2);
                s.basis = score_basis::unjudged;
                compare = true;  // a recorded 得分 of an indicator worth nothing
                if (a.band != achievement::achieved && !row.score && available[i] > rational(0)) {
                    emit(r::band_unjudged, r::band_unjudged_rule::unjudged, ind_part, i, row.name,
                         to_string_view(a.band), round2(ratio * rational(100)), round2(available[i] * ratio));
                }
            }
            if (a.band != achievement::achieved && row.deviation.empty()) {
                emit(r::unmet_without_reason, r::unmet_without_reason_rule::band, ind_part, i, row.name, a.word);
            }
        } else if (!tg.is_quantitative()) {
            s.basis = score_basis::unscored;
            emit(r::actual_kind_mismatch, r::actual_kind_mismatch_rule::number, ind_part, i, row.name, a.value, a.unit);
        } else if (const auto actual = detail::in_target_unit(a, tg)) {
            const rational goal = to_rational(tg.value);
            ratio = detail::quantitative_ratio(tg.cmp, *actual, goal, prof);
            s.basis = score_basis::computed;
            compare = true;
            const std::string_view shown_unit = a.unit.empty() ? tg.unit : a.unit;
            if (!detail::meets(tg.cmp, *actual, goal) && row.deviation.empty()) {
                emit(r::unmet_without_reason, r::unmet_without_reason_rule::value, ind_part, i, row.name,
                     to_string_view(tg.cmp), tg.value, tg.unit, a.value, shown_unit);
            }
            if ((tg.cmp == comparator::ge || tg.cmp == comparator::gt) && goal > rational(0) &&
                *actual * rational(100) >= goal * to_rational(prof.exceeded_at) && row.deviation.empty()) {
                emit(r::exceeded_without_reason, r::exceeded_without_reason_rule::far, ind_part, i, row.name, a.value,
                     to_string_view(tg.cmp), tg.value, tg.unit, round2(*actual / goal * rational(100)));
            }
        } else {
            s.basis = score_basis::unscored;
            emit(r::actual_unit_mismatch, r::actual_unit_mismatch_rule::other_unit, ind_part, i, row.name, a.value,
                 a.unit, to_string_view(tg.cmp), tg.value, tg.unit);
        }
        earned[i] = s.basis == score_basis::judged ? to_rational(*row.score) : available[i] * ratio;
        s.ratio = exact_decimal(ratio);
        s.points = round2(earned[i]);
        if (compare && s.recorded && *s.recorded != s.points) {
            s.mismatch = true;
            emit(r::score_mismatch, r::score_mismatch_rule::indicator, ind_part, i, row.name, *s.recorded, s.points,
                 s.available);
        }
    }

    // ---- groups, total, grade ----------------------------------------------------------------------------
    if (prof.indicator_points == points_source::profile) {
        for (std::size_t g = 0; g < prof.groups.size(); ++g) {
            group_score gs{prof.groups[g].name, {}, {}, 0};
            rational av = 0;
            rational pts = 0;
            for (std::size_t i = 0; i < n; ++i) {
                if (group_of[i] != g) continue;
                av += available[i];
                pts += earned[i];
                ++gs.indicators;
            }
            gs.available = round2(av);
            gs.points = round2(pts);
            out.groups.push_back(gs);
        }
    } else {
        std::vector<level1_category> seen;
        for (std::size_t i = 0; i < n; ++i) {
            bool known = false;
            for (const auto& l : seen) known = known || l == t.indicators[i].cat.level1;
            if (known) continue;
            const level1_category l1 = t.indicators[i].cat.level1;
            seen.push_back(l1);
            group_score gs{l1.name, {}, {}, 0};
            rational av = 0;
            rational pts = 0;
            for (std::size_t k = i; k < n; ++k) {
                if (t.indicators[k].cat.level1 != l1) continue;
                av += available[k];
                pts += earned[k];
                ++gs.indicators;
            }
            gs.available = round2(av);
            gs.points = round2(pts);
            out.groups.push_back(gs);
        }
    }
    rational total = exec;
    rational printed = to_rational(out.execution_points);  // the sum of the rounded figures
    for (std::size_t i = 0; i < n; ++i) {
        total += earned[i];
        printed += to_rational(out.indicators[i].points);
    }
    const bool rescaled = dropped > rational(0);
    if (rescaled) {
        const rational left = to_rational(prof.total) - dropped;
        total = left > rational(0) ? total * to_rational(prof.total) / left : rational(0);
    }
    out.dropped = round2(dropped);
    out.total = round2(total);
    out.level = detail::grade_by(total, prof);
    if (t.total) {
        out.recorded_total = round2(to_rational(*t.total));
        if (*out.recorded_total != out.total && (rescaled || to_rational(*out.recorded_total) != printed)) {
            emit(r::score_mismatch, r::score_mismatch_rule::total, table_part::table, 0, *out.recorded_total,
                 out.total);
        }
    }
    return out;
}

/// Every finding of the self-evaluation rules for one table, scored by a profile (the findings of score()).
template <class A>
constexpr findings validate(const basic_self_evaluation<A>& t, const scoring_profile& prof = profiles::central_2020) {
    return score(t, prof).found;
}

/// The findings of every table of a set (any range of self-evaluations: a C array, a store), each with its
/// position in the set (finding::table).
template <class R>
    requires requires(const R& r) { score(*std::begin(r)); }
constexpr findings validate(const R& tables, const scoring_profile& prof = profiles::central_2020) {
    findings out;
    std::uint32_t position = 0;
    for (const auto& t : tables) {
        for (finding f : score(t, prof).found) {
            f.table = position;
            out.add(f);
        }
        ++position;
    }
    return out;
}

/// True if the table breaks no rule of `at_least` severity under the profile. During constant evaluation a
/// broken rule stops compilation in its violates_<rule id>, so the diagnostic names the rule:
///   static_assert(jixiao::require_valid(my_self_evaluation, jixiao::profiles::sichuan_2023));
template <class A>
constexpr bool require_valid(const basic_self_evaluation<A>& t, const scoring_profile& prof = profiles::central_2020,
                             severity at_least = severity::error) {
    for (const auto& f : score(t, prof).found) {
        if (f.level() >= at_least) {
            if (std::is_constant_evaluated()) f.rule().violated();
            return false;
        }
    }
    return true;
}

// ------------------------------------------------------------------------------------------------
// Monitoring tables (绩效监控表): mid-year, how much is spent, how far each indicator has come, and why it
// deviates.

/// 完成目标可能性: whether the year's target will be reached.
enum class likelihood : unsigned char {
    certain,     ///< 确定能
    possible,    ///< 有可能
    impossible,  ///< 完全不可能
};

/// "确定能", "有可能" or "完全不可能".
constexpr std::string_view to_string_view(likelihood l) noexcept {
    return l == likelihood::certain ? "确定能" : l == likelihood::possible ? "有可能" : "完全不可能";
}

/// Writes to_string_view(l) to a stream.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, likelihood l) {
    return os << to_string_view(l);
}

/// The classes of 偏差原因 of the monitoring form: 经费保障, 制度保障, 人员保障, 硬件条件保障, 其他.
enum class deviation_cause : unsigned char { funding, system, staff, hardware, other };

/// "经费保障", "制度保障", "人员保障", "硬件条件保障" or "其他".
constexpr std::string_view to_string_view(deviation_cause c) noexcept {
    switch (c) {
        case deviation_cause::funding: return "经费保障";
        case deviation_cause::system: return "制度保障";
        case deviation_cause::staff: return "人员保障";
        case deviation_cause::hardware: return "硬件条件保障";
        case deviation_cause::other: return "其他";
    }
    return "?";
}

/// The causes a row ticks (several may be).
class cause_set {
public:
    constexpr cause_set() = default;
    constexpr cause_set(std::initializer_list<deviation_cause> cs) {
        for (auto c : cs) add(c);
    }
    constexpr cause_set& add(deviation_cause c) noexcept {
        bits_ = static_cast<unsigned char>(bits_ | (1U << static_cast<unsigned>(c)));
        return *this;
    }
    [[nodiscard]] constexpr bool has(deviation_cause c) const noexcept {
        return (bits_ >> static_cast<unsigned>(c) & 1U) != 0;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    friend constexpr bool operator==(const cause_set&, const cause_set&) = default;

private:
    unsigned char bits_ = 0;
};

/// The outcome of try_parse_likelihood / try_parse_causes: the value, or where and why the text is not one.
template <class T>
struct monitoring_parse_result {
    T value{};
    std::size_t position = 0;
    const char* reason = nullptr;
    [[nodiscard]] constexpr bool ok() const noexcept { return reason == nullptr; }
    constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail {

/// s without spaces (ASCII, tab, U+3000) at either end; `begin` gets where it starts in s.
constexpr std::string_view trim_spaces(std::string_view s, std::size_t& begin) noexcept {
    begin = skip_spaces(s, 0);
    std::size_t end = s.size();
    while (end > begin) {
        if (s[end - 1] == ' ' || s[end - 1] == '\t') {
            --end;
        } else if (end - begin >= ideographic_space.size() &&
                   s.substr(end - ideographic_space.size(), ideographic_space.size()) == ideographic_space) {
            end -= ideographic_space.size();
        } else {
            break;
        }
    }
    return s.substr(begin, end - begin);
}

[[noreturn]] inline void monitoring_text_is_not_valid(std::size_t position, const char* reason) {
    throw parse_error(position, reason);
}

}  // namespace detail

/// Reads 完成目标可能性: exactly 确定能, 有可能 or 完全不可能 (spaces around allowed); blank is nullopt.
constexpr monitoring_parse_result<std::optional<likelihood>> try_parse_likelihood(std::string_view s) noexcept {
    monitoring_parse_result<std::optional<likelihood>> r;
    std::size_t begin = 0;
    const std::string_view body = detail::trim_spaces(s, begin);
    if (body.empty()) return r;
    for (const auto l : {likelihood::certain, likelihood::possible, likelihood::impossible}) {
        if (body == to_string_view(l)) {
            r.value = l;
            return r;
        }
    }
    r.position = begin;
    r.reason = "not a 完成目标可能性: write 确定能, 有可能 or 完全不可能";
    return r;
}

/// try_parse_likelihood, throwing parse_error for what is not one.
constexpr std::optional<likelihood> parse_likelihood(std::string_view s) {
    const auto r = try_parse_likelihood(s);
    if (!r.ok()) detail::monitoring_text_is_not_valid(r.position, r.reason);
    return r.value;
}

/// Reads ticked 偏差原因 classes: 经费保障, 制度保障, 人员保障, 硬件条件保障 (or 硬件保障) and 其他, separated by
/// 、 ， , ； ; or spaces; blank is none. Any other word is refused.
constexpr monitoring_parse_result<cause_set> try_parse_causes(std::string_view s) noexcept {
    monitoring_parse_result<cause_set> r;
    constexpr std::string_view separators[] = {"、", "，", ",", "；", ";", " ", "\t", "\u3000"};
    struct name {
        std::string_view text;
        deviation_cause cause;
    };
    constexpr name names[] = {{"经费保障", deviation_cause::funding},  {"制度保障", deviation_cause::system},
                              {"人员保障", deviation_cause::staff},    {"硬件条件保障", deviation_cause::hardware},
                              {"硬件保障", deviation_cause::hardware}, {"其他", deviation_cause::other}};
    std::size_t i = 0;
    while (i < s.size()) {
        bool sep = false;
        for (std::string_view p : separators) {
            if (s.substr(i).starts_with(p)) {
                i += p.size();
                sep = true;
                break;
            }
        }
        if (sep) continue;
        bool found = false;
        for (const auto& n : names) {
            if (s.substr(i).starts_with(n.text)) {
                r.value.add(n.cause);
                i += n.text.size();
                found = true;
                break;
            }
        }
        if (!found) {
            r.value = {};
            r.position = i;
            r.reason = "not a 偏差原因 class: write 经费保障, 制度保障, 人员保障, 硬件条件保障 or 其他";
            return r;
        }
        // A class name must end at a separator or the end (经费保障不足 is not a class).
        bool boundary = i == s.size();
        for (std::string_view p : separators) boundary = boundary || s.substr(i).starts_with(p);
        if (!boundary) {
            r.value = {};
            r.position = i;
            r.reason = "text after a 偏差原因 class (write the explanation in 偏差原因说明)";
            return r;
        }
    }
    return r;
}

/// try_parse_causes, throwing parse_error for what is not one.
constexpr cause_set parse_causes(std::string_view s) {
    const auto r = try_parse_causes(s);
    if (!r.ok()) detail::monitoring_text_is_not_valid(r.position, r.reason);
    return r.value;
}

/// One funding row of a monitoring table: the year's budget, what is spent to the month, and what the unit
/// expects to have spent at the year's end.
template <class Amount = wan>
struct monitoring_row {
    std::string_view label{};          ///< 资金: 年度资金总额 (总额, 合计) or a source
    std::optional<Amount> budget{};    ///< 全年预算数
    std::optional<Amount> executed{};  ///< 1–N月执行数
    std::optional<Amount> expected{};  ///< 全年预计执行数
    cause_set causes{};                ///< 偏差原因 classes ticked
    std::string_view reason{};         ///< 偏差原因说明
    std::string_view measure{};        ///< 整改措施
    friend constexpr bool operator==(const monitoring_row&, const monitoring_row&) = default;
};

/// One indicator of a monitoring table.
struct monitoring_result {
    category cat;                        ///< 一级 / 二级
    std::string_view name{};             ///< 三级指标
    jixiao::target target{};             ///< 年度指标值
    std::string_view wording{};          ///< the 年度指标值 as written
    actual_value reached{};              ///< 1–N月执行情况 (the value reached so far)
    actual_value expected{};             ///< 全年预计完成情况 (the expected year-end value)
    std::optional<likelihood> likely{};  ///< 完成目标可能性
    cause_set causes{};                  ///< 偏差原因 classes ticked
    std::string_view reason{};           ///< 偏差原因说明
    std::string_view measure{};          ///< 完成目标采取的措施 / 整改措施
    friend constexpr bool operator==(const monitoring_result&, const monitoring_result&) = default;
};

/// One 绩效监控表 (a project's monitoring to month N of its year).
template <class Amount = wan>
struct basic_monitoring_table {
    using amount_type = Amount;
    using row_type = monitoring_row<Amount>;

    int seq = 0;                                      ///< 序号 (of the project's target table)
    std::chrono::year year{};                         ///< 年度
    unsigned month = 0;                               ///< N of 1–N月: the month the monitoring reaches
    std::string_view name{};                          ///< 项目名称
    std::string_view department{};                    ///< 主管部门
    std::string_view implementer{};                   ///< 项目实施单位
    std::span<const row_type> funding{};              ///< the total row and its sources
    std::span<const monitoring_result> indicators{};  ///< 绩效指标

    /// The total row (see is_execution_total_label), or nullptr.
    [[nodiscard]] constexpr const row_type* total_row() const noexcept {
        for (const auto& r : funding) {
            if (is_execution_total_label(r.label)) return &r;
        }
        return nullptr;
    }
};

/// A monitoring table in 万元 to the 元.
using monitoring_table = basic_monitoring_table<wan>;

/// Whether a monitoring table belongs to a target table (as links_to for a self-evaluation).
template <class T, form F, class A>
constexpr bool links_to(const basic_monitoring_table<T>& m, const basic_project<F, A>& p) noexcept {
    const bool years_set = static_cast<int>(m.year) != 0 && static_cast<int>(p.year) != 0;
    if (m.seq > 0 && m.seq == p.seq && (!years_set || m.year == p.year)) return true;
    return years_set && m.year == p.year && !m.name.empty() && m.name == p.name;
}

/// What the monitoring rules compare with.
struct monitoring_options {
    /// Execution may lag the share of the year elapsed (N/12) by this many percentage points.
    decimal margin{10};
    /// An expected year-end 执行率 below this (%) needs a 偏差原因.
    decimal expected_below{90};
    rounding mode = rounding::half_up;  ///< how rates are brought to two decimals
};

/// One funding row's rates.
struct monitoring_row_progress {
    std::optional<score_value> rate{};           ///< 1–N月执行数 / 全年预算数, %
    std::optional<score_value> expected_rate{};  ///< 全年预计执行数 / 全年预算数, %
};

/// A monitoring table's rates and every finding of its rules.
struct monitoring_progress {
    score_value elapsed{};  ///< 序时进度: N/12, in %
    std::vector<monitoring_row_progress> funding;
    findings found;
    [[nodiscard]] constexpr bool ok() const noexcept { return found.ok(); }
};

namespace detail {
/// "1月执行数", "1–2月执行数" … "1–12月执行数": the column of month N (static, so a finding can name it).
inline constexpr std::string_view executed_column_names[] = {
    "1–N月执行数", "1月执行数",   "1–2月执行数", "1–3月执行数",  "1–4月执行数",  "1–5月执行数",  "1–6月执行数",
    "1–7月执行数", "1–8月执行数", "1–9月执行数", "1–10月执行数", "1–11月执行数", "1–12月执行数",
};
}  // namespace detail

/// Computes a monitoring table's rates (exact until one rounding to two decimals) and applies the rules of
/// monitoring_rules and the self-evaluation rules that apply to it. Never throws for the table's data.
template <class A>
constexpr monitoring_progress progress(const basic_monitoring_table<A>& t, const monitoring_options& opt = {}) {
    using detail::rational;
    using detail::to_rational;
    namespace m = monitoring_rules;
    namespace s = self_evaluation_rules;
    monitoring_progress out;
    auto emit = [&](const rule& rl, const message_template& msg, table_part part, std::size_t index,
                    const auto&... figures) {
        out.found.add(finding(rl, msg, t.seq, t.name, part, index, figures...));
    };
    auto round2 = [&](const rational& x) { return detail::round_rational<2>(x, opt.mode); };
    constexpr table_part row_part = table_part::funding_column;
    constexpr table_part ind_part = table_part::indicator;

    const bool month_ok = t.month >= 1 && t.month <= 12;
    if (!month_ok) emit(m::month_invalid, m::month_invalid_rule::month, table_part::table, 0, t.month);
    const rational elapsed = month_ok ? rational(static_cast<int>(t.month), 12) : rational(0);
    out.elapsed = round2(elapsed * rational(100));

    // ---- funding ------------------------------------------------------------------------------------------
    out.funding.resize(t.funding.size());
    const auto* tr = t.total_row();
    if (tr == nullptr && !t.funding.empty()) {
        emit(s::execution_total_missing, s::execution_total_missing_rule::missing, table_part::table, 0);
    }
    for (std::size_t i = 0; i < t.funding.size(); ++i) {
        const auto& row = t.funding[i];
        auto& p = out.funding[i];
        const bool has_cause = !row.causes.empty() || !row.reason.empty();
        if (row.budget && *row.budget > A{}) {
            const rational budget = to_rational(*row.budget);
            if (row.executed) p.rate = round2(to_rational(*row.executed) / budget * rational(100));
            if (row.expected) p.expected_rate = round2(to_rational(*row.expected) / budget * rational(100));
            if (&row == tr && month_ok && row.executed) {
                // Behind when executed / budget < N/12 − margin.
                const rational rate = to_rational(*row.executed) / budget;
                if (rate < elapsed - to_rational(opt.margin) / rational(100)) {
                    emit(m::execution_behind_schedule,
                         has_cause ? m::execution_behind_schedule_rule::behind
                                   : m::execution_behind_schedule_rule::unexplained,
                         row_part, i, *p.rate, out.elapsed, opt.margin);
                }
            }
            if (&row == tr && row.expected && !has_cause &&
                to_rational(*row.expected) / budget * rational(100) < to_rational(opt.expected_below)) {
                emit(m::expected_execution_low, m::expected_execution_low_rule::low, row_part, i, *p.expected_rate,
                     opt.expected_below);
            }
        }
        if (row.budget && row.executed && *row.executed > *row.budget) {
            emit(s::execution_above_budget, s::execution_above_budget_rule::above, row_part, i, row.label,
                 *row.executed, *row.budget);
        }
        if (row.expected && row.executed && *row.expected < *row.executed) {
            emit(m::expected_out_of_range, m::expected_out_of_range_rule::below_executed, row_part, i, row.label,
                 *row.expected, *row.executed);
        }
        if (row.expected && row.budget && *row.expected > *row.budget) {
            emit(m::expected_out_of_range, m::expected_out_of_range_rule::above_budget, row_part, i, row.label,
                 *row.expected, *row.budget);
        }
        if (has_cause && row.measure.empty()) {
            emit(m::cause_without_measure, m::cause_without_measure_rule::funding, row_part, i, row.label);
        }
    }
    if (tr != nullptr) {
        using column_member = std::optional<A> monitoring_row<A>::*;
        constexpr column_member columns[] = {&monitoring_row<A>::budget, &monitoring_row<A>::executed,
                                             &monitoring_row<A>::expected};
        const std::string_view names[] = {"全年预算数", detail::executed_column_names[month_ok ? t.month : 0],
                                          "全年预计执行数"};
        const auto ti = static_cast<std::size_t>(tr - t.funding.data());
        for (std::size_t c = 0; c < 3; ++c) {
            const auto& total = (*tr).*columns[c];
            if (!total) continue;
            detail::exact_sum<typename A::rep> sum;
            bool any = false;
            for (const auto& row : t.funding) {
                if (&row == tr || !(row.*columns[c])) continue;
                sum.add((row.*columns[c])->raw());
                any = true;
            }
            const auto held = checked_total<A>::of(sum);
            if (any && (held.overflow || held.value != *total)) {
                emit(s::execution_sources_sum, s::execution_sources_sum_rule::differs, row_part, ti, names[c],
                     held.exact_amount(), *total);
            }
        }
    }

    // ---- indicators ---------------------------------------------------------------------------------------
    for (std::size_t i = 0; i < t.indicators.size(); ++i) {
        const auto& r = t.indicators[i];
        if (r.target.cmp == comparator::none) continue;
        const bool has_cause = !r.causes.empty() || !r.reason.empty();
        for (const actual_value* v : {&r.reached, &r.expected}) {
            if (v->is_value() && r.target.is_quantitative() && !detail::in_target_unit(*v, r.target)) {
                emit(s::actual_unit_mismatch, s::actual_unit_mismatch_rule::other_unit, ind_part, i, r.name, v->value,
                     v->unit, to_string_view(r.target.cmp), r.target.value, r.target.unit);
            }
        }
        if (!r.likely) {
            emit(m::likelihood_missing, m::likelihood_missing_rule::missing, ind_part, i, r.name);
        } else if (*r.likely != likelihood::certain && !has_cause) {
            emit(m::unlikely_without_cause, m::unlikely_without_cause_rule::unlikely, ind_part, i, r.name,
                 to_string_view(*r.likely));
        }
        if (has_cause && r.measure.empty()) {
            emit(m::cause_without_measure, m::cause_without_measure_rule::indicator, ind_part, i, r.name);
        }
        // The judgement against the expected year-end value, where both are stated and comparable.
        if (r.likely && *r.likely != likelihood::possible && r.expected.is_value() && r.target.is_quantitative()) {
            if (const auto e = detail::in_target_unit(r.expected, r.target)) {
                const bool meets = detail::meets(r.target.cmp, *e, to_rational(r.target.value));
                const std::string_view unit = r.expected.unit.empty() ? r.target.unit : r.expected.unit;
                if (*r.likely == likelihood::certain && !meets) {
                    emit(m::likelihood_contradicts, m::likelihood_contradicts_rule::certain, ind_part, i, r.name,
                         r.expected.value, unit, to_string_view(r.target.cmp), r.target.value, r.target.unit);
                } else if (*r.likely == likelihood::impossible && meets) {
                    emit(m::likelihood_contradicts, m::likelihood_contradicts_rule::impossible, ind_part, i, r.name,
                         r.expected.value, unit, to_string_view(r.target.cmp), r.target.value, r.target.unit);
                }
            }
        }
    }
    return out;
}

/// Every finding of the monitoring rules for one table (the findings of progress()).
template <class A>
constexpr findings validate(const basic_monitoring_table<A>& t, const monitoring_options& opt = {}) {
    return progress(t, opt).found;
}

/// True if the monitoring table breaks no rule of `at_least` severity; in a static_assert a broken rule
/// stops compilation in its violates_<rule id>.
template <class A>
constexpr bool require_valid(const basic_monitoring_table<A>& t, const monitoring_options& opt = {},
                             severity at_least = severity::error) {
    for (const auto& f : progress(t, opt).found) {
        if (f.level() >= at_least) {
            if (std::is_constant_evaluated()) f.rule().violated();
            return false;
        }
    }
    return true;
}

/// Owns monitoring tables built at run time, as basic_self_evaluation_store does self-evaluations.
template <class Amount = wan>
class basic_monitoring_store {
public:
    using table_type = basic_monitoring_table<Amount>;
    using row_type = monitoring_row<Amount>;

    basic_monitoring_store() = default;
    basic_monitoring_store(basic_monitoring_store&&) noexcept = default;
    basic_monitoring_store& operator=(basic_monitoring_store&&) noexcept = default;
    basic_monitoring_store(const basic_monitoring_store& other) {
        for (const auto& t : other.tables_) add(t);
    }
    basic_monitoring_store& operator=(const basic_monitoring_store& other) {
        if (this != &other) {
            basic_monitoring_store copy(other);
            *this = std::move(copy);
        }
        return *this;
    }

    /// Copies the table, with all its text and rows, into the store, and returns the stored table.
    table_type add(const table_type& t) {
        table_type q = t;
        q.name = text_.intern(t.name);
        q.department = text_.intern(t.department);
        q.implementer = text_.intern(t.implementer);
        auto& funding = funding_.emplace_back(t.funding.begin(), t.funding.end());
        for (auto& r : funding) {
            r.label = text_.intern(r.label);
            r.reason = text_.intern(r.reason);
            r.measure = text_.intern(r.measure);
        }
        q.funding = funding;
        auto& results = results_.emplace_back(t.indicators.begin(), t.indicators.end());
        for (auto& r : results) {
            r.cat = text_.intern(r.cat);
            r.name = text_.intern(r.name);
            r.target = text_.intern(r.target);
            r.wording = text_.intern(r.wording);
            r.reached = text_.intern(r.reached);
            r.expected = text_.intern(r.expected);
            r.reason = text_.intern(r.reason);
            r.measure = text_.intern(r.measure);
        }
        q.indicators = results;
        tables_.push_back(q);
        return tables_.back();
    }

    /// Copies a string into the store; the view stays valid for the store's life.
    std::string_view intern(std::string_view s) { return text_.intern(s); }

    [[nodiscard]] std::span<const table_type> tables() const noexcept { return tables_; }
    [[nodiscard]] const table_type* begin() const noexcept { return tables_.data(); }
    [[nodiscard]] const table_type* end() const noexcept { return tables_.data() + tables_.size(); }
    [[nodiscard]] std::size_t size() const noexcept { return tables_.size(); }
    [[nodiscard]] bool empty() const noexcept { return tables_.empty(); }
    [[nodiscard]] const table_type& operator[](std::size_t i) const noexcept { return tables_[i]; }

private:
    detail::table_storage text_;
    std::deque<std::vector<row_type>> funding_;
    std::deque<std::vector<monitoring_result>> results_;
    std::vector<table_type> tables_;
};

/// A store of monitoring tables in 万元 to the 元.
using monitoring_store = basic_monitoring_store<wan>;

}  // namespace jixiao
