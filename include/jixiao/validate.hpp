// jixiao — validation: rules with stable ids, findings, reports, and compile-time checks.
#pragma once

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>
#include <vector>

#include "detail/text.hpp"
#include "project.hpp"

namespace jixiao {

/// How serious a finding is: an error makes a table wrong, a warning asks a person to look.
enum class severity { warning, error };

/// "warning" or "error".
constexpr std::string_view to_string_view(severity s) noexcept { return s == severity::error ? "error" : "warning"; }

/// A validation rule: a stable id, its severity, what it checks, and the function that a failing
/// compile-time check calls so that the compiler's message names the rule.
struct rule {
    std::string_view id;
    severity level;
    std::string_view summary;
    void (*violated)();
};

/// The rules. Each `violates_<id>` is deliberately not constexpr: require_valid() calls it during
/// constant evaluation when its rule fails, and both g++ and clang print its name.
namespace rules {
inline void violates_missing_field() {}
inline void violates_missing_indicator_name() {}
inline void violates_invalid_date() {}
inline void violates_period_reversed() {}
inline void violates_period_outside_year() {}
inline void violates_negative_amount() {}
inline void violates_funding_sources_sum() {}
inline void violates_cost_line_mismatch() {}
inline void violates_cost_line_not_computable() {}
inline void violates_cost_basis_exceeds_total() {}
inline void violates_cost_basis_below_total() {}
inline void violates_category_not_in_form() {}
inline void violates_required_category_missing() {}
inline void violates_placeholder_target() {}
inline void violates_quantitative_target_expected() {}
inline void violates_missing_unit() {}
inline void violates_duplicate_indicator_name() {}
inline void violates_percentage_out_of_range() {}
inline void violates_cost_target_exceeds_budget() {}
inline void violates_duplicate_seq() {}

inline constexpr rule missing_field{"missing_field", severity::error,
                                    "a required field (序号, 项目名称, 申报单位, 实施单位) is empty",
                                    &violates_missing_field};
inline constexpr rule missing_indicator_name{"missing_indicator_name", severity::warning,
                                             "an indicator with a target has no 三级 name (forms without a name column)",
                                             &violates_missing_indicator_name};
inline constexpr rule invalid_date{"invalid_date", severity::error, "a start or end date is not a calendar date",
                                   &violates_invalid_date};
inline constexpr rule period_reversed{"period_reversed", severity::error, "the project ends before it starts",
                                      &violates_period_reversed};
inline constexpr rule period_outside_year{"period_outside_year", severity::warning,
                                          "the project period reaches outside the budget year",
                                          &violates_period_outside_year};
inline constexpr rule negative_amount{"negative_amount", severity::error, "a funding amount is negative",
                                      &violates_negative_amount};
inline constexpr rule funding_sources_sum{"funding_sources_sum", severity::error,
                                          "the source rows of a funding column do not sum to its total",
                                          &violates_funding_sources_sum};
inline constexpr rule cost_line_mismatch{"cost_line_mismatch", severity::error,
                                         "a cost line's stated total is not unit price × quantities",
                                         &violates_cost_line_mismatch};
inline constexpr rule cost_line_not_computable{"cost_line_not_computable", severity::error,
                                               "a cost line's product is finer or larger than the amount type holds",
                                               &violates_cost_line_not_computable};
inline constexpr rule cost_basis_exceeds_total{"cost_basis_exceeds_total", severity::error,
                                               "the cost basis exceeds this year's total",
                                               &violates_cost_basis_exceeds_total};
inline constexpr rule cost_basis_below_total{"cost_basis_below_total", severity::warning,
                                             "the cost basis accounts for less than this year's total",
                                             &violates_cost_basis_below_total};
inline constexpr rule category_not_in_form{"category_not_in_form", severity::error,
                                           "an indicator is filed under a category the form does not have",
                                           &violates_category_not_in_form};
inline constexpr rule required_category_missing{"required_category_missing", severity::error,
                                                "a category the form requires has no indicator",
                                                &violates_required_category_missing};
inline constexpr rule placeholder_target{"placeholder_target", severity::error,
                                         "a placeholder (无, blank) where a quantitative target is required",
                                         &violates_placeholder_target};
inline constexpr rule quantitative_target_expected{"quantitative_target_expected", severity::warning,
                                                   "a qualitative target where the form expects a quantity",
                                                   &violates_quantitative_target_expected};
inline constexpr rule missing_unit{"missing_unit", severity::warning, "a quantitative target has no unit",
                                   &violates_missing_unit};
inline constexpr rule duplicate_indicator_name{"duplicate_indicator_name", severity::error,
                                               "two indicators of a project have the same 三级 name",
                                               &violates_duplicate_indicator_name};
inline constexpr rule percentage_out_of_range{"percentage_out_of_range", severity::error,
                                              "a satisfaction or rate target lies outside 0–100%",
                                              &violates_percentage_out_of_range};
inline constexpr rule cost_target_exceeds_budget{"cost_target_exceeds_budget", severity::error,
                                                 "a cost indicator's target exceeds this year's total",
                                                 &violates_cost_target_exceeds_budget};
inline constexpr rule duplicate_seq{"duplicate_seq", severity::error, "two tables of a set have the same 序号",
                                    &violates_duplicate_seq};

/// Every rule.
inline constexpr std::array<const rule*, 20> all{
    &missing_field,        &missing_indicator_name,        &invalid_date,           &period_reversed,           &period_outside_year,
    &negative_amount,      &funding_sources_sum,    &cost_line_mismatch,        &cost_line_not_computable,
    &cost_basis_exceeds_total, &cost_basis_below_total, &category_not_in_form,  &required_category_missing,
    &placeholder_target,   &quantitative_target_expected, &missing_unit,        &duplicate_indicator_name,
    &percentage_out_of_range, &cost_target_exceeds_budget, &duplicate_seq};
}  // namespace rules

/// The text of a finding's message: fixed capacity, so findings work in constant evaluation.
using message_text = detail::fixed_text<320>;

/// One problem found in a table: which rule, how serious, where (序号 and name), and what, with the figures.
struct finding {
    const rule* broken = nullptr;
    int seq = 0;                    ///< the table's 序号
    std::string_view project{};     ///< the table's 项目名称 (a view into the project's storage)
    message_text message{};

    [[nodiscard]] constexpr std::string_view rule_id() const noexcept { return broken->id; }
    [[nodiscard]] constexpr severity level() const noexcept { return broken->level; }
};

/// Every finding of a validation, in table order; never stops at the first.
class report {
public:
    [[nodiscard]] constexpr bool ok() const noexcept { return errors() == 0; }
    [[nodiscard]] constexpr std::size_t errors() const noexcept { return count_level(severity::error); }
    [[nodiscard]] constexpr std::size_t warnings() const noexcept { return count_level(severity::warning); }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return findings_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return findings_.empty(); }
    /// How many findings break the rule with this id.
    [[nodiscard]] constexpr std::size_t count(std::string_view rule_id) const noexcept {
        std::size_t n = 0;
        for (const auto& f : findings_) if (f.rule_id() == rule_id) ++n;
        return n;
    }
    [[nodiscard]] constexpr bool has(std::string_view rule_id) const noexcept { return count(rule_id) != 0; }
    [[nodiscard]] constexpr auto begin() const noexcept { return findings_.begin(); }
    [[nodiscard]] constexpr auto end() const noexcept { return findings_.end(); }
    [[nodiscard]] constexpr const finding& operator[](std::size_t i) const noexcept { return findings_[i]; }
    constexpr void add(finding f) { findings_.push_back(f); }
    /// Appends another report's findings.
    constexpr void merge(const report& other) {
        findings_.insert(findings_.end(), other.findings_.begin(), other.findings_.end());
    }

private:
    constexpr std::size_t count_level(severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& f : findings_) if (f.level() == s) ++n;
        return n;
    }
    std::vector<finding> findings_;
};

namespace detail {

inline constexpr std::string_view wan_label = " 万元";

template <class A>
constexpr int compare_money(const decimal& value, std::string_view unit, const A& amount) {
    // value [unit] against amount [万元], exactly, on a common scale. The common power of ten is cancelled
    // and builtin Reps work in 128 bits (a decimal is always 64-bit, whatever the amount's Rep), so
    // nothing overflows for any amount type jixiao ships; what still could throws rather than wraps.
    using W = std::conditional_t<is_builtin_rep<typename A::rep>, int128, wide_t<typename A::rep>>;
    const money_unit* mu = find_money_unit(unit);
    const int e = mu != nullptr ? mu->exponent : 0;
    const int a = A::scale + e + 4;
    const int b = decimal::scale + 4;
    const int m = a < b ? a : b;
    const W lhs = wide_mul(W(value.raw()), pow10<W>(a - m));
    const W rhs = wide_mul(W(amount.raw()), pow10<W>(b - m));
    return lhs < rhs ? -1 : lhs == rhs ? 0 : 1;
}

constexpr bool is_money_unit(std::string_view u) noexcept {
    return find_money_unit(u) != nullptr;
}

constexpr bool is_rate_name(std::string_view name) noexcept {
    return name.find("率") != std::string_view::npos || name.find("满意") != std::string_view::npos ||
           name.find("覆盖") != std::string_view::npos;
}

/// For each category of the form, which of the form's required level-1 categories it belongs to
/// (computed once per form, at compile time).
template <form F>
inline constexpr auto level1_of_category = [] {
    std::array<std::array<bool, F::required_level1.size()>, F::categories.size()> m{};
    for (std::size_t k = 0; k < F::categories.size(); ++k) {
        for (std::size_t l = 0; l < F::required_level1.size(); ++l) {
            m[k][l] = F::categories[k].cat.level1 == F::required_level1[l];
        }
    }
    return m;
}();

/// Applies every per-project rule to p and hands each finding to emit(rule, message).
template <form F, class A, class Emit>
constexpr void check_project(const basic_project<F, A>& p, Emit&& emit) {
    using text = message_text;
    // Fields.
    if (p.seq <= 0) emit(rules::missing_field, text("序号 is missing or not positive"));
    if (p.name.empty()) emit(rules::missing_field, text("项目名称 is empty"));
    if (p.applicant.empty()) emit(rules::missing_field, text("项目申报单位 is empty"));
    if (p.implementer.empty()) emit(rules::missing_field, text("项目实施单位 is empty"));

    // Period.
    const bool dates_ok = p.start.ok() && p.end.ok();
    if (!p.start.ok()) emit(rules::invalid_date, text("开始时间 is not a calendar date"));
    if (!p.end.ok()) emit(rules::invalid_date, text("截止时间 is not a calendar date"));
    if (dates_ok && p.end < p.start) {
        emit(rules::period_reversed,
             text("截止时间 ").append_date(p.end).append(" is before 开始时间 ").append_date(p.start));
    }
    if (dates_ok && p.year.ok() && static_cast<int>(p.year) != 0 &&
        (p.start.year() != p.year || p.end.year() != p.year)) {
        emit(rules::period_outside_year, text("the period ")
                                             .append_int(static_cast<int>(p.start.year()))
                                             .append("–")
                                             .append_int(static_cast<int>(p.end.year()))
                                             .append(" reaches outside the budget year ")
                                             .append_int(static_cast<int>(p.year)));
    }

    // Funding.
    for (std::size_t c = 0; c < p.funding.size(); ++c) {
        const auto& col = p.funding[c];
        if (col.total < A{}) {
            emit(rules::negative_amount,
                 text(F::columns[c]).append(" 项目资金总额 is ").append_number(col.total).append(wan_label));
        }
        for (std::size_t r = 0; r < col.sources.size(); ++r) {
            if (col.sources[r] && *col.sources[r] < A{}) {
                emit(rules::negative_amount, text(F::columns[c])
                                                 .append(" ")
                                                 .append(F::funding_rows[r])
                                                 .append(" is ")
                                                 .append_number(*col.sources[r])
                                                 .append(wan_label));
            }
        }
        const A s = col.sources_sum();
        if (s != col.total) {
            emit(rules::funding_sources_sum, text(F::columns[c])
                                                 .append(": the source rows sum to ")
                                                 .append_number(s)
                                                 .append(wan_label)
                                                 .append(" but 项目资金总额 is ")
                                                 .append_number(col.total)
                                                 .append(wan_label));
        }
    }

    // Cost basis.
    A basis{};
    bool truncated = false;
    for (std::size_t i = 0; i < p.cost_basis.size(); ++i) {
        const auto& line = p.cost_basis[i];
        truncated = truncated || line.truncated;
        const auto t = line.try_total();
        if (!t.ok()) {
            emit(rules::cost_line_not_computable, text("cost line ")
                                                      .append_int(static_cast<long long>(i + 1))
                                                      .append(" (")
                                                      .append(line.item)
                                                      .append("): unit price × quantities ")
                                                      .append(t.overflow ? "is out of range" : "is finer than the amount type"));
            continue;
        }
        basis += t.value;
        if (line.stated_total && *line.stated_total != t.value) {
            emit(rules::cost_line_mismatch, text("cost line ")
                                                .append_int(static_cast<long long>(i + 1))
                                                .append(" (")
                                                .append(line.item)
                                                .append("): unit price × quantities is ")
                                                .append_number(t.value)
                                                .append(wan_label)
                                                .append(" but the stated total is ")
                                                .append_number(*line.stated_total)
                                                .append(wan_label));
        }
    }
    if (!p.cost_basis.empty()) {
        const A total = p.current().total;
        if (basis > total) {
            emit(rules::cost_basis_exceeds_total, text("cost basis ")
                                                      .append_number(basis)
                                                      .append(wan_label)
                                                      .append(" exceeds the ")
                                                      .append(F::columns[F::current_column])
                                                      .append(" total ")
                                                      .append_number(total)
                                                      .append(wan_label));
        } else if (basis < total) {
            emit(rules::cost_basis_below_total, text("cost basis ")
                                                    .append_number(basis)
                                                    .append(wan_label)
                                                    .append(" is below the ")
                                                    .append(F::columns[F::current_column])
                                                    .append(" total ")
                                                    .append_number(total)
                                                    .append(wan_label)
                                                    .append(" by ")
                                                    .append_number(total - basis)
                                                    .append(wan_label)
                                                    .append(truncated ? " (the basis is cut off in the source)"
                                                                      : ""));
        }
    }

    // Indicators. Which form categories and required level-1 categories are filled is noted by index as
    // each indicator's category is looked up once, so the required-category checks below compare no
    // strings (string comparison dominates the cost of validating a table during constant evaluation).
    constexpr std::size_t ncat = F::categories.size();
    constexpr std::size_t nl1 = F::required_level1.size();
    std::array<bool, ncat> filled{};
    std::array<bool, nl1> l1_filled{};
    for (const auto& i : p.indicators) {
        const form_category* fc = find_category<F>(i.cat);
        if (fc != nullptr) {
            const auto k = static_cast<std::size_t>(fc - F::categories.data());
            filled[k] = true;
            if (i.target.cmp != comparator::none) {
                for (std::size_t l = 0; l < nl1; ++l) l1_filled[l] = l1_filled[l] || level1_of_category<F>[k][l];
            }
        } else if (i.target.cmp != comparator::none) {
            for (std::size_t l = 0; l < nl1; ++l) l1_filled[l] = l1_filled[l] || i.cat.level1 == F::required_level1[l];
        }
        if (fc == nullptr) {
            emit(rules::category_not_in_form, text("indicator 「")
                                                  .append(i.name)
                                                  .append("」 is filed under ")
                                                  .append(i.cat.level1.name)
                                                  .append("/")
                                                  .append(i.cat.name)
                                                  .append(", which the form does not have"));
        }
        const target& g = i.target;
        if (i.name.empty() && g.cmp != comparator::none) {
            emit(rules::missing_indicator_name, text("an indicator under ")
                                           .append(fc ? fc->label : i.cat.name)
                                           .append(" has no 三级 name"));
        }
        if (fc != nullptr && fc->quantitative && g.cmp == comparator::none) {
            emit(rules::placeholder_target, text(fc->label)
                                                .append(" 「")
                                                .append(i.name)
                                                .append("」 has a placeholder (")
                                                .append(i.wording.empty() ? std::string_view("blank") : i.wording)
                                                .append(") where a quantitative target is required"));
        } else if (fc != nullptr && fc->quantitative && g.cmp == comparator::qualitative) {
            emit(rules::quantitative_target_expected,
                 text(fc->label).append(" 「").append(i.name).append("」 has a qualitative target"));
        }
        if (g.is_quantitative() && g.unit.empty()) {
            emit(rules::missing_unit, text("indicator 「").append(i.name).append("」 has a target without a unit"));
        }
        if (g.is_quantitative() && g.unit == "%" &&
            (i.cat.level1 == categories::satisfaction || is_rate_name(i.name)) &&
            (g.value > decimal(100) || g.value < decimal{})) {
            emit(rules::percentage_out_of_range, text("indicator 「")
                                                     .append(i.name)
                                                     .append("」 targets ")
                                                     .append_trimmed(g.value)
                                                     .append("%, outside 0–100%"));
        }
        if (g.is_quantitative() && is_cost_category(i.cat) && is_money_unit(g.unit) &&
            compare_money(g.value, g.unit, p.current().total) > 0) {
            emit(rules::cost_target_exceeds_budget, text("cost indicator 「")
                                                        .append(i.name)
                                                        .append("」 targets ")
                                                        .append_trimmed(g.value)
                                                        .append(" ")
                                                        .append(g.unit)
                                                        .append(", above the ")
                                                        .append(F::columns[F::current_column])
                                                        .append(" total ")
                                                        .append_number(p.current().total)
                                                        .append(wan_label));
        }
    }
    // Duplicate 三级 names (quadratic, but a table has a handful of indicators).
    for (std::size_t a = 0; a < p.indicators.size(); ++a) {
        const auto& na = p.indicators[a].name;
        if (na.empty()) continue;
        bool seen_before = false;
        for (std::size_t b = 0; b < a && !seen_before; ++b) seen_before = p.indicators[b].name == na;
        if (seen_before) continue;
        std::size_t times = 1;
        for (std::size_t b = a + 1; b < p.indicators.size(); ++b) if (p.indicators[b].name == na) ++times;
        if (times > 1) {
            emit(rules::duplicate_indicator_name,
                 text("indicator name 「").append(na).append("」 appears ").append_int(static_cast<long long>(times)).append(" times"));
        }
    }
    // Required categories.
    for (std::size_t k = 0; k < ncat; ++k) {
        if (F::categories[k].required && !filled[k]) {
            emit(rules::required_category_missing, text(F::categories[k].label).append(" has no indicator"));
        }
    }
    for (std::size_t l = 0; l < nl1; ++l) {
        if (!l1_filled[l]) {
            emit(rules::required_category_missing,
                 text(F::required_level1[l].name).append(" has no indicator with a target"));
        }
    }
}

}  // namespace detail

/// Applies every rule to one table and returns all findings.
template <form F, class A>
constexpr report validate(const basic_project<F, A>& p) {
    report out;
    detail::check_project(p, [&](const rule& r, const message_text& m) { out.add(finding{&r, p.seq, p.name, m}); });
    return out;
}

/// Applies every rule to each table of a set, plus the rules across tables (duplicate 序号).
template <project_range R>
constexpr report validate(const R& projects) {
    report out;
    struct entry {
        int seq;
        std::size_t index;
        std::string_view name;
    };
    std::vector<entry> seqs;
    for (const auto& p : projects) {
        detail::check_project(p, [&](const rule& r, const message_text& m) { out.add(finding{&r, p.seq, p.name, m}); });
        seqs.push_back(entry{p.seq, seqs.size(), p.name});
    }
    std::sort(seqs.begin(), seqs.end(),
              [](const entry& a, const entry& b) { return a.seq != b.seq ? a.seq < b.seq : a.index < b.index; });
    for (std::size_t k = 0; k < seqs.size();) {
        std::size_t j = k + 1;
        while (j < seqs.size() && seqs[j].seq == seqs[k].seq) ++j;
        if (j - k > 1 && seqs[k].seq > 0) {
            out.add(finding{&rules::duplicate_seq, seqs[k].seq, seqs[k].name,
                            message_text("序号 ")
                                .append_int(seqs[k].seq)
                                .append(" is used by ")
                                .append_int(static_cast<long long>(j - k))
                                .append(" tables")});
        }
        k = j;
    }
    return out;
}

/// True if the table breaks no rule of `at_least` severity. During constant evaluation a broken rule
/// stops compilation in a function named violates_<rule id>, so the diagnostic names the rule:
///   static_assert(jixiao::require_valid(my_table));
template <form F, class A>
constexpr bool require_valid(const basic_project<F, A>& p, severity at_least = severity::error) {
    bool ok = true;
    detail::check_project(p, [&](const rule& r, const message_text&) {
        if (r.level >= at_least) {
            if (std::is_constant_evaluated()) r.violated();
            ok = false;
        }
    });
    return ok;
}

/// require_valid for a set of tables, including the rules across tables.
template <project_range R>
constexpr bool require_valid(const R& projects, severity at_least = severity::error) {
    const report rep = validate(projects);
    for (const auto& f : rep) {
        if (f.level() >= at_least) {
            if (std::is_constant_evaluated()) f.broken->violated();
            return false;
        }
    }
    return true;
}

}  // namespace jixiao
