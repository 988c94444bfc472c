// jixiao — self-evaluation tables (项目支出绩效自评表): the year's budget execution per funding row and each
// indicator's actual result, points and recorded score, linked to the project's target table.
//
// A table is made of views, as basic_project is: a constexpr table points at static arrays and literals, a
// loaded one into a basic_self_evaluation_store that owns them. The forms it follows: the central
// 财预〔2020〕10号 self-evaluation form (年度资金总额 / 财政拨款 / 上年结转资金 / 其他资金 with 年初预算数,
// 全年预算数 and 全年执行数) and the Sichuan 2023 form (总额 / 财政资金 / 财政专户管理资金 / 单位资金 /
// 其他资金 with 年初预算, 调整后预算数, 预算执行数; 指标性质 + 指标值 + 度量单位, 完成值, 权重, 得分,
// 未完成原因分析), whose real excerpts are in ../shared/real/.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
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

}  // namespace jixiao
