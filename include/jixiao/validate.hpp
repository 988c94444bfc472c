// jixiao — validation: rules as units (id, severity, summary, messages, failure function and check, defined
// together), findings that keep their figures, and compile-time checks.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "fixed_text.hpp"
#include "language.hpp"
#include "origin.hpp"
#include "project.hpp"

namespace jixiao {

/// How serious a finding is: an error makes a table wrong, a warning asks a person to look, a notice (提示) is
/// advice that leaves the table as good as it is. Ordered: info < warning < error (require_valid's at_least).
enum class severity { info, warning, error };

/// The stable id, the same in every language: "info", "warning" or "error" (JSON output, scripts).
constexpr std::string_view to_string_view(severity s) noexcept {
    return s == severity::error ? "error" : s == severity::warning ? "warning" : "info";
}

/// What a person reads: 错误 / 警告 / 提示, or in English error / warning / info.
constexpr std::string_view display_name(severity s, language l = language::zh) noexcept {
    if (l == language::en) return to_string_view(s);
    return s == severity::error ? "错误" : s == severity::warning ? "警告" : "提示";
}

/// Prints the stable id, "warning" or "error", as {fmt} does (it formats through to_string_view); a
/// finding's line and the reports write display_name.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, severity s) {
    return os << to_string_view(s);
}

/// The most figures one message names.
inline constexpr std::size_t max_figures = 6;

/// One thing a rule can say, in the message catalogue: a Chinese and an English text whose `{name}`s are
/// replaced by the finding's figures of that name. The figures are named once here, in the order a check
/// gives them, so that each language uses them in its own order; both texts use every figure.
struct message_template {
    std::array<std::string_view, max_figures> figures{};  ///< the figures' names, in the order a check gives them
    std::string_view zh{};                                ///< the Chinese text (what a finding says by default)
    std::string_view en{};                                ///< the English text

    /// The text in language l (the other language's if that one is empty).
    [[nodiscard]] constexpr std::string_view text(language l) const noexcept { return localized_text{zh, en}.in(l); }
    /// How many figures the message takes.
    [[nodiscard]] constexpr std::size_t figure_count() const noexcept {
        std::size_t n = 0;
        while (n < figures.size() && !figures[n].empty()) ++n;
        return n;
    }
    /// The position of the figure with this name, or figure_count() if there is none.
    [[nodiscard]] constexpr std::size_t figure_index(std::string_view name) const noexcept {
        const std::size_t n = figure_count();
        for (std::size_t k = 0; k < n; ++k) {
            if (figures[k] == name) return k;
        }
        return n;
    }
};

/// The most messages one rule has.
inline constexpr std::size_t max_messages = 6;

/// A validation rule: a stable id (English, the same in every language, for scripts), its severity, its
/// short name and what it checks in both languages, the function that a failing compile-time check calls
/// so that the compiler's message names the rule, and what it can say.
struct rule {
    std::string_view id;
    severity level;
    localized_text name;     ///< a short name: 资金来源合计不符 / sources do not sum to the total
    localized_text summary;  ///< what it finds, one line
    void (*violated)();
    std::array<const message_template*, max_messages> messages{};
};

/// Prints the rule's id.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const rule& r) {
    return os << r.id;
}

/// What kind of value a figure is (it is kept as text, formatted as the kind is written).
enum class figure_kind : unsigned char {
    text,     ///< a name, a label or a piece of text from the table or the form
    integer,  ///< a count, a year, a line number, a 序号
    amount,   ///< money in 万元, four fraction digits and any non-zero 分 beyond them (518.4000, 518.400055)
    number,   ///< a target's number, without trailing zeros (90, 447.8777)
    date,     ///< a date, kept as ISO (2020-01-01); a Chinese message writes it 2020年1月1日
};

/// One figure of a finding: its name in the message, its kind and its text.
struct figure {
    std::string_view name;
    figure_kind kind;
    std::string_view text;
    bool cut = false;  ///< text is the start of a longer text (a message marks it with "…")
};

/// Which part of a table a finding is about; with finding::index, this leads a loader to the row.
enum class table_part : unsigned char { table, funding_column, cost_line, indicator };

/// The rendered text of a finding's message: fixed capacity, so it works in constant evaluation.
using message_text = fixed_text<512>;

namespace detail {
template <class T>
struct is_basic_decimal : std::false_type {};
template <class Rep, int Scale>
struct is_basic_decimal<basic_decimal<Rep, Scale>> : std::true_type {};
template <class T>
struct is_fixed_text_type : std::false_type {};
template <std::size_t N>
struct is_fixed_text_type<fixed_text<N>> : std::true_type {};

// Called during constant evaluation when a check gives a message the wrong number of figures.
inline void figures_do_not_match_the_message() {}

/// A text figure that is the start of a longer text: a view into the table, and whether it was cut.
struct text_excerpt {
    std::string_view text;
    bool cut = false;
};

/// The first `chars` characters of s, up to its first line break (so that a message stays one line).
constexpr text_excerpt excerpt(std::string_view s, std::size_t chars) noexcept {
    std::size_t i = 0;
    std::size_t n = 0;
    while (i < s.size() && n < chars) {
        if (s[i] == '\n' || s[i] == '\r') return {s.substr(0, i), true};
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + len > s.size()) break;
        i += len;
        ++n;
    }
    return {s.substr(0, i), i < s.size()};
}

/// Appends an ISO date (2020-01-01, as fixed_text::append_date writes it) as Chinese writes dates:
/// 2020年1月1日. Any other text is appended as it is.
template <std::size_t N>
constexpr void append_chinese_date(fixed_text<N>& out, std::string_view iso) {
    const std::size_t n = iso.size();
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (n < 7 || iso[n - 6] != '-' || iso[n - 3] != '-' || !digit(iso[n - 5]) || !digit(iso[n - 4]) ||
        !digit(iso[n - 2]) || !digit(iso[n - 1])) {
        out.append(iso);
        return;
    }
    const auto part = [&](std::size_t at) {
        if (iso[at] != '0') out.append(iso.substr(at, 1));
        out.append(iso.substr(at + 1, 1));
    };
    out.append(iso.substr(0, n - 6)).append("年");
    part(n - 5);
    out.append("月");
    part(n - 2);
    out.append("日");
}
}  // namespace detail

/// One problem found in a table: which rule, where (序号, name, part and index), and what, as the rule's
/// message with its figures. Text figures are views into the table (as `project` is): keep the tables
/// alive while you use their findings.
///
/// A finding costs what its text needs: a small header, plus, when it has figures, one heap block sized
/// exactly for them (a slot per figure, then the text of the figures it renders: numbers, dates, copied
/// fixed_texts). A finding without figures allocates nothing. It still works in constant evaluation, where
/// the block is two transient allocations (slots and text), since a constant expression cannot keep text
/// in storage typed as slots.
class finding {
public:
    int seq = 0;                          ///< the table's 序号
    table_part part = table_part::table;  ///< the part of the table it is about

private:
    std::uint8_t count_ = 0;   // figures held: slots in block_
    std::uint16_t chars_ = 0;  // bytes of rendered figure text in block_

public:
    std::string_view project{};  ///< the table's 项目名称 (a view into the project's storage)
    std::uint32_t table = 0;     ///< the table's position in the validated set (from 0)
    std::uint32_t index = 0;     ///< which funding column, cost line or indicator (from 0)

    /// A finding of rule r saying m, with m's figures in m's order: text (anything that converts to
    /// std::string_view, kept as a view), a fixed_text (copied), integers, dates, decimals (printed
    /// trimmed) and amounts (printed at their scale).
    template <class... Figures>
    constexpr finding(const jixiao::rule& r, const message_template& m, int seq_, std::string_view project_,
                      table_part part_, std::size_t index_, const Figures&... figures)
        : seq(seq_),
          part(part_),
          project(project_),
          index(static_cast<std::uint32_t>(index_)),
          rule_(&r),
          message_(&m) {
        static_assert(sizeof...(Figures) <= max_figures, "a message has at most max_figures figures");
        if (std::is_constant_evaluated() && sizeof...(Figures) != m.figure_count()) {
            detail::figures_do_not_match_the_message();
        }
        // Each figure is staged first (numbers rendered, once), so that the block is sized exactly.
        if constexpr (sizeof...(Figures) > 0) put_figures(stage(figures)...);
    }

    /// A copy, with its own copy of the figures' text.
    constexpr finding(const finding& other)
        : seq(other.seq),
          part(other.part),
          project(other.project),
          table(other.table),
          index(other.index),
          rule_(other.rule_),
          message_(other.message_) {
        copy_figures(other);
    }
    /// Takes other's figures; other is left without figures.
    constexpr finding(finding&& other) noexcept
        : seq(other.seq),
          part(other.part),
          count_(std::exchange(other.count_, std::uint8_t{0})),
          chars_(std::exchange(other.chars_, std::uint16_t{0})),
          project(other.project),
          table(other.table),
          index(other.index),
          rule_(other.rule_),
          message_(other.message_),
          block_(std::exchange(other.block_, nullptr)) {}
    constexpr finding& operator=(const finding& other) {
        if (this != &other) {
            finding copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    constexpr finding& operator=(finding&& other) noexcept {
        if (this != &other) {
            release();
            seq = other.seq;
            part = other.part;
            count_ = std::exchange(other.count_, std::uint8_t{0});
            chars_ = std::exchange(other.chars_, std::uint16_t{0});
            project = other.project;
            table = other.table;
            index = other.index;
            rule_ = other.rule_;
            message_ = other.message_;
            block_ = std::exchange(other.block_, nullptr);
        }
        return *this;
    }
    constexpr ~finding() { release(); }

    /// The rule the table breaks.
    [[nodiscard]] constexpr const jixiao::rule& rule() const noexcept { return *rule_; }
    /// The rule's stable id.
    [[nodiscard]] constexpr std::string_view rule_id() const noexcept { return rule_->id; }
    /// The rule's severity.
    [[nodiscard]] constexpr severity level() const noexcept { return rule_->level; }
    /// What the rule says here, before its figures are filled in.
    [[nodiscard]] constexpr const message_template& wording() const noexcept { return *message_; }
    /// How many figures the finding holds.
    [[nodiscard]] constexpr std::size_t figure_count() const noexcept { return count_; }
    /// Figure k (0 ≤ k < figure_count()); its text is a view into the table or into this finding's block
    /// (which stays put when the finding is moved).
    [[nodiscard]] constexpr figure figure_at(std::size_t k) const noexcept {
        return figure{message_->figures[k], block_[k].kind, figure_text(k), block_[k].cut};
    }
    /// The message with its figures, in Chinese (the default) or in English.
    [[nodiscard]] constexpr message_text message(language l = language::zh) const {
        message_text out;
        const std::string_view t = message_->text(l);
        std::size_t i = 0;
        while (i < t.size()) {
            if (t[i] == '{') {
                const std::size_t close = t.find('}', i);
                if (close != std::string_view::npos) {
                    const std::size_t k = message_->figure_index(t.substr(i + 1, close - i - 1));
                    if (k < count_) {
                        append_figure(out, k, l);
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

private:
    // One figure: a view of text outside the finding (outside set), or of the block's text at offset.
    struct slot {
        const char* outside = nullptr;
        std::uint32_t size = 0;
        std::uint16_t offset = 0;
        figure_kind kind = figure_kind::text;
        bool cut = false;
    };

    // A figure before the block exists: its text (a view; for a rendered one, into the stage), and whether
    // the finding keeps a copy of it.
    struct staged_figure {
        std::string_view text;
        figure_kind kind;
        bool cut;
        bool copy;
    };
    struct view_stage {
        std::string_view view;
        figure_kind kind = figure_kind::text;
        bool cut = false;
        bool copy = false;
        [[nodiscard]] constexpr std::string_view text() const noexcept { return view; }
    };
    struct rendered_stage {
        fixed_text<48> rendered{};
        figure_kind kind = figure_kind::text;
        bool cut = false;
        bool copy = true;
        [[nodiscard]] constexpr std::string_view text() const noexcept { return rendered.view(); }
    };

    template <class T>
    static constexpr auto stage(const T& x) {
        static_assert(!std::is_same_v<T, std::string>,
                      "a text figure is kept as a view: pass a std::string_view into text that outlives the finding");
        if constexpr (std::is_same_v<T, detail::text_excerpt>) {
            return view_stage{x.text, figure_kind::text, x.cut, false};
        } else if constexpr (detail::is_fixed_text_type<T>::value) {
            // Copied, in full: x may not outlive the finding. (Its size bounds the block's text size.)
            static_assert(sizeof(T) <= 4096, "a fixed_text figure is at most a few kilobytes");
            return view_stage{x.view(), figure_kind::text, false, true};
        } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
            return view_stage{std::string_view(x), figure_kind::text, false, false};
        } else {
            rendered_stage s;
            if constexpr (std::is_integral_v<T>) {
                s.rendered.append_int(static_cast<long long>(x));
                s.kind = figure_kind::integer;
            } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
                s.rendered.append_date(x);
                s.kind = figure_kind::date;
            } else if constexpr (detail::is_basic_decimal<T>::value) {
                s.rendered.append_trimmed(x);
                s.kind = figure_kind::number;
            } else {
                s.rendered.append_money(x);
                s.kind = figure_kind::amount;
            }
            return s;
        }
    }

    template <class... Staged>
    constexpr void put_figures(const Staged&... staged) {
        const std::array<staged_figure, sizeof...(Staged)> all{
            staged_figure{staged.text(), staged.kind, staged.cut, staged.copy}...};
        std::size_t chars = 0;
        for (const staged_figure& f : all) chars += f.copy ? f.text.size() : 0;
        allocate(all.size(), chars);
        char* const text = text_storage();
        std::uint16_t used = 0;
        for (std::size_t k = 0; k < all.size(); ++k) {
            slot& s = block_[k];
            s.kind = all[k].kind;
            s.cut = all[k].cut;
            s.size = static_cast<std::uint32_t>(all[k].text.size());
            if (all[k].copy) {
                s.offset = used;
                for (char c : all[k].text) {
                    // Never taken (chars counts every copied character), but it shows g++ -O2's bounds
                    // analysis that the copy stays inside the block (-Warray-bounds otherwise).
                    if (used >= chars) break;
                    std::construct_at(text + used++, c);  // starts a char's lifetime
                }
            } else {
                s.outside = all[k].text.data();
            }
        }
    }

    // The block: count_ slots, then chars_ bytes of text. At run time one allocation of exactly that many
    // bytes; in constant evaluation, count_ + 1 slots (the last one points at the text) and the text in a
    // char allocation of its own. A finding that holds a block was made in the same kind of evaluation as
    // the one it is used and destroyed in: a constant expression's allocations cannot outlive it.
    [[nodiscard]] constexpr std::size_t runtime_block_bytes() const noexcept {
        return std::size_t{count_} * sizeof(slot) + chars_;
    }
    constexpr void allocate(std::size_t figures, std::size_t chars) {
        count_ = static_cast<std::uint8_t>(figures);
        chars_ = static_cast<std::uint16_t>(chars);  // max_figures texts of at most 4096 bytes each
        if (std::is_constant_evaluated()) {
            block_ = std::allocator<slot>{}.allocate(figures + 1);
            for (std::size_t k = 0; k <= figures; ++k) std::construct_at(block_ + k);
            if (chars > 0) block_[figures].outside = std::allocator<char>{}.allocate(chars);
        } else {
            block_ = static_cast<slot*>(::operator new(runtime_block_bytes()));
            for (std::size_t k = 0; k < figures; ++k) std::construct_at(block_ + k);
        }
    }
    constexpr void release() noexcept {
        if (block_ == nullptr) return;
        if (std::is_constant_evaluated()) {
            if (chars_ > 0) std::allocator<char>{}.deallocate(text_storage(), chars_);
            std::allocator<slot>{}.deallocate(block_, std::size_t{count_} + 1);
        } else {
            ::operator delete(block_);
        }
        block_ = nullptr;
        count_ = 0;
        chars_ = 0;
    }
    [[nodiscard]] constexpr char* text_storage() const noexcept {
        if (std::is_constant_evaluated()) return const_cast<char*>(block_[count_].outside);
        return reinterpret_cast<char*>(block_ + count_);
    }
    constexpr void copy_figures(const finding& other) {
        if (other.block_ == nullptr) return;
        allocate(other.count_, other.chars_);
        for (std::size_t k = 0; k < count_; ++k) block_[k] = other.block_[k];
        const char* from = other.text_storage();
        char* to = text_storage();
        for (std::size_t k = 0; k < chars_; ++k) std::construct_at(to + k, from[k]);
    }

    [[nodiscard]] constexpr std::string_view figure_text(std::size_t k) const noexcept {
        const slot& s = block_[k];
        if (s.outside != nullptr) return {s.outside, s.size};
        if (s.size == 0) return {};
        return {text_storage() + s.offset, s.size};
    }

    constexpr void append_figure(message_text& out, std::size_t k, language l) const {
        const slot& s = block_[k];
        if (s.kind == figure_kind::date && l == language::zh) {
            detail::append_chinese_date(out, figure_text(k));
        } else {
            out.append(figure_text(k));
        }
        if (s.cut) out.append("\xE2\x80\xA6");  // …
    }

    const jixiao::rule* rule_;
    const message_template* message_;
    slot* block_ = nullptr;
};

/// Prints the finding on one line in the stream's language (set_language; Chinese by default), the
/// stable rule id always on it so that a script can match it:
///   [错误] funding_sources_sum 资金来源合计不符 序号 N 项目名称: message
///   [error] funding_sources_sum 序号 N 项目名称: message            (English)
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const finding& f) {
    const language l = language_of(os);
    os << '[' << display_name(f.level(), l) << "] " << f.rule_id();
    if (l == language::zh) os << ' ' << f.rule().name.in(l);
    return os << " 序号 " << f.seq << ' ' << f.project << ": " << f.message(l).view();
}

/// The row a finding is about, in its table's origin: the row of the indicator or cost line it names, of the
/// funding row where funding rows have rows of their own (self-evaluation and monitoring tables), or the table's
/// row (which holds the table's cells and a target table's funding cells). Empty if the table has no origin.
constexpr row_origin source_of(const table_origin& o, table_part part, std::size_t index) noexcept {
    if (part == table_part::indicator && index < o.indicators.size()) return o.indicators[index];
    if (part == table_part::cost_line && index < o.cost_lines.size()) return o.cost_lines[index];
    if (part == table_part::funding_column && index < o.funding_rows.size()) return o.funding_rows[index];
    return o.table;
}
/// The row finding f is about, in the origin of f's table.
constexpr row_origin source_of(const table_origin& o, const finding& f) noexcept {
    return source_of(o, f.part, f.index);
}

/// A finding with the row it is about (source_of), to print.
struct sourced_finding {
    const finding& what;
    row_origin source;
};

/// Prints the finding as operator<<(finding) does, with its row after the project's name where it is known:
///   [错误] funding_sources_sum 资金来源合计不符 序号 N 项目名称 (projects.csv:4): message
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const sourced_finding& s) {
    if (!s.source.known()) return os << s.what;
    const finding& f = s.what;
    const language l = language_of(os);
    os << '[' << display_name(f.level(), l) << "] " << f.rule_id();
    if (l == language::zh) os << ' ' << f.rule().name.in(l);
    return os << " 序号 " << f.seq << ' ' << f.project << " (" << s.source << "): " << f.message(l).view();
}

/// Every finding of a validation, in table order; never stops at the first.
class findings {
public:
    /// Whether no finding is an error (warnings allowed).
    [[nodiscard]] constexpr bool ok() const noexcept { return errors() == 0; }
    /// How many findings are errors.
    [[nodiscard]] constexpr std::size_t errors() const noexcept { return count(severity::error); }
    /// How many findings are warnings.
    [[nodiscard]] constexpr std::size_t warnings() const noexcept { return count(severity::warning); }
    /// How many findings are notices (提示).
    [[nodiscard]] constexpr std::size_t infos() const noexcept { return count(severity::info); }
    /// How many findings there are.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return items_.size(); }
    /// Whether there are none.
    [[nodiscard]] constexpr bool empty() const noexcept { return items_.empty(); }
    /// How many findings are of this severity.
    [[nodiscard]] constexpr std::size_t count(severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& f : items_)
            if (f.level() == s) ++n;
        return n;
    }
    /// How many findings break this rule (the rule itself, e.g. rules::missing_unit, not a copy of it).
    [[nodiscard]] constexpr std::size_t count(const rule& r) const noexcept {
        std::size_t n = 0;
        for (const auto& f : items_)
            if (&f.rule() == &r) ++n;
        return n;
    }
    /// Whether any finding breaks this rule.
    [[nodiscard]] constexpr bool has(const rule& r) const noexcept {
        for (const auto& f : items_) {
            if (&f.rule() == &r) return true;
        }
        return false;
    }
    /// The findings in table order.
    [[nodiscard]] constexpr auto begin() const noexcept { return items_.begin(); }
    [[nodiscard]] constexpr auto end() const noexcept { return items_.end(); }
    /// The i-th finding.
    [[nodiscard]] constexpr const finding& operator[](std::size_t i) const noexcept { return items_[i]; }
    /// Appends one finding.
    constexpr void add(const finding& f) { items_.push_back(f); }
    /// Appends one finding, moved.
    constexpr void add(finding&& f) { items_.push_back(std::move(f)); }
    /// Appends another validation's findings.
    constexpr void merge(const findings& other) {
        items_.insert(items_.end(), other.items_.begin(), other.items_.end());
    }

private:
    std::vector<finding> items_;
};

namespace detail {

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

// What a rule unit's check is handed. The driver (check_project) computes what several rules share
// (a cost line's product, an indicator's form category, which categories are filled) once, so that a
// rule's check compares no string another rule already compared.

/// The table: on_table(const table_facts&, emit), once per table, first.
template <class P>
struct table_facts {
    using form = typename P::form_type;
    const P& project;
};

/// One funding column: on_column(const column_facts&, emit).
template <class P>
struct column_facts {
    using form = typename P::form_type;
    const P& project;
    std::size_t index;
    std::string_view label;  ///< the form's name of the column
    const typename P::column_type& funding;
    checked_total<typename P::amount_type> sources_sum;  ///< the filled source cells, exactly
};

/// One cost line and its product: on_cost_line(const cost_line_facts&, emit).
template <class P>
struct cost_line_facts {
    using form = typename P::form_type;
    using amount = typename P::amount_type;
    const P& project;
    std::size_t index;
    const cost_line<amount>& line;
    line_total<amount> product;  ///< unit price × quantities
};

/// The cost basis as a whole, when the table has one: on_cost_basis(const cost_basis_facts&, emit).
template <class P>
struct cost_basis_facts {
    using form = typename P::form_type;
    using amount = typename P::amount_type;
    const P& project;
    amount basis;               ///< the sum of the lines that can be computed (sum.value)
    bool truncated;             ///< some line is cut off in the source
    checked_total<amount> sum;  ///< that sum, exactly, and whether the amount type holds it
    checked_total<amount> gap;  ///< this year's total minus the sum, exactly
};

/// One indicator and its category in the form (null if the form lacks it): on_indicator(facts, emit).
template <class P>
struct indicator_facts {
    using form = typename P::form_type;
    const P& project;
    std::size_t index;
    const indicator& item;
    const form_category* category;
};

/// After the indicators, which form categories and required level-1 categories they fill:
/// on_indicators(const indicators_facts&, emit).
template <class P>
struct indicators_facts {
    using form = typename P::form_type;
    const P& project;
    std::array<bool, form::categories.size()> filled{};
    std::array<bool, form::required_level1.size()> level1_filled{};  ///< by an indicator with a target
};

template <class... Unit>
struct unit_list {};
template <class... A, class... B>
constexpr unit_list<A..., B...> operator+(unit_list<A...>, unit_list<B...>) {
    return {};
}

/// The parts of a table a rule unit may check, each by a static function of that name:
/// U::on_table(facts, emit), U::on_column(...), and so on.
enum class hook { on_table, on_column, on_cost_line, on_cost_basis, on_indicator, on_indicators, on_set };

/// Whether unit U checks the part H (has the function H names, taking these facts).
template <hook H, class U, class Facts, class Emit>
constexpr bool checks() {
    if constexpr (H == hook::on_table) return requires(const Facts& f, Emit& e) {
            U::on_table(f, e);
        };
    if constexpr (H == hook::on_column) return requires(const Facts& f, Emit& e) {
            U::on_column(f, e);
        };
    if constexpr (H == hook::on_cost_line) return requires(const Facts& f, Emit& e) {
            U::on_cost_line(f, e);
        };
    if constexpr (H == hook::on_cost_basis) return requires(const Facts& f, Emit& e) {
            U::on_cost_basis(f, e);
        };
    if constexpr (H == hook::on_indicator) return requires(const Facts& f, Emit& e) {
            U::on_indicator(f, e);
        };
    if constexpr (H == hook::on_indicators) return requires(const Facts& f, Emit& e) {
            U::on_indicators(f, e);
        };
    if constexpr (H == hook::on_set) return requires(const Facts& f, Emit& e) {
            U::on_set(f, e);
        };
}

/// The rule units, in the order their checks run within each part of a table.
template <class... Unit>
struct rule_units {
    static constexpr std::array<const rule*, sizeof...(Unit)> all_rules{&Unit::info...};

    /// Runs the check of part H of each unit that has one, in order: the one place every check of every
    /// rule runs. The units without one are dropped at compile time and the checks are called directly,
    /// so constant evaluation pays for nothing else.
    template <hook H, class Facts, class Emit>
    static constexpr void run(const Facts& facts, Emit& emit) {
        using checking = decltype((unit_list<>{} + ... +
                                   std::conditional_t<checks<H, Unit, Facts, Emit>(), unit_list<Unit>, unit_list<>>{}));
        run_each<H>(facts, emit, checking{});
    }

private:
    template <hook H, class Facts, class Emit, class... U>
    static constexpr void run_each(const Facts& f, Emit& e, unit_list<U...>) {
        if constexpr (H == hook::on_table) (U::on_table(f, e), ...);
        if constexpr (H == hook::on_column) (U::on_column(f, e), ...);
        if constexpr (H == hook::on_cost_line) (U::on_cost_line(f, e), ...);
        if constexpr (H == hook::on_cost_basis) (U::on_cost_basis(f, e), ...);
        if constexpr (H == hook::on_indicator) (U::on_indicator(f, e), ...);
        if constexpr (H == hook::on_indicators) (U::on_indicators(f, e), ...);
        if constexpr (H == hook::on_set) (U::on_set(f, e), ...);
    }
};

/// A 服务对象满意度指标 whose name and text never say 满意 and whose target is no percentage: it measures
/// something else (a copied benefit, a coverage). Blank and 无 are placeholder_target's, not this.
constexpr bool states_no_satisfaction_measure(const indicator& i) noexcept {
    return i.cat == categories::beneficiary_satisfaction && i.target.cmp != comparator::none && i.target.unit != "%" &&
           i.name.find("满意") == std::string_view::npos && i.wording.find("满意") == std::string_view::npos;
}

/// The label an indicator's findings name: the form's label of its category, or the official 二级 name.
template <class C>
constexpr std::string_view category_label(const C& c) noexcept {
    return c.category != nullptr ? c.category->label : c.item.cat.name;
}

/// How much of an unnamed indicator's text a message quotes, in characters.
inline constexpr std::size_t quoted_chars = 24;

/// Calls f(text) with what a message quotes of an indicator that has no 三级 name, so that a clerk finds
/// its row: the start of its wording, or, for an indicator without one (written in C++), its target's
/// canonical text (≥90%).
template <class F>
constexpr void with_indicator_text(const indicator& i, F&& f) {
    if (!i.wording.empty()) {
        f(excerpt(i.wording, quoted_chars));
        return;
    }
    char buf[target_chars_max]{};
    const auto r = to_chars(buf, buf + target_chars_max, i.target);
    f(target_text(r.ec == std::errc{} ? std::string_view(buf, static_cast<std::size_t>(r.ptr - buf))
                                      : to_string_view(i.target.cmp)));
}

}  // namespace detail

// ------------------------------------------------------------------------------------------------
// The rules. Each is one unit: its failure function violates_<id> (deliberately not constexpr:
// require_valid() calls it during constant evaluation when the rule fails, and g++ and clang print its
// name), its messages, its `info` (id, severity, summary), and its check, an on_<part> function for the
// part of the table it looks at. `rules::<id>` names the rule; `rules::units` lists the units.

namespace rules {

struct missing_field_rule {
    static void violates_missing_field() {}
    static constexpr message_template no_seq{.zh = "序号未填写或不是正整数", .en = "序号 is missing or not positive"};
    static constexpr message_template empty{.figures = {"field"}, .zh = "{field}未填写", .en = "{field} is empty"};
    static constexpr rule info{.id = "missing_field",
                               .level = severity::error,
                               .name = {"必填项未填", "required field empty"},
                               .summary = {"必填项（序号、项目名称、申报单位、实施单位）未填写",
                                           "a required field (序号, 项目名称, 申报单位, 实施单位) is empty"},
                               .violated = &violates_missing_field,
                               .messages = {&no_seq, &empty}};
    template <class C, class Emit>
    static constexpr void on_table(const C& c, Emit& emit) {
        const auto& p = c.project;
        if (p.seq <= 0) emit(info, no_seq);
        if (p.name.empty()) emit(info, empty, "项目名称");
        if (p.applicant.empty()) emit(info, empty, "项目申报单位");
        if (p.implementer.empty()) emit(info, empty, "项目实施单位");
    }
};
inline constexpr const rule& missing_field = missing_field_rule::info;

struct missing_indicator_name_rule {
    static void violates_missing_indicator_name() {}
    static constexpr message_template unnamed{
        .figures = {"category", "text"},
        .zh = "{category}中有一项指标未填三级指标名称，指标内容为「{text}」",
        .en = "an indicator under {category} has no 三级 name; its text is 「{text}」"};
    static constexpr rule info{.id = "missing_indicator_name",
                               .level = severity::warning,
                               .name = {"三级指标未填名称", "indicator without a name"},
                               .summary = {"有指标值的指标未填三级指标名称（表样没有名称栏时）",
                                           "an indicator with a target has no 三级 name (forms without a name column)"},
                               .violated = &violates_missing_indicator_name,
                               .messages = {&unnamed}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        if (c.item.name.empty() && c.item.target.cmp != comparator::none) {
            detail::with_indicator_text(
                c.item, [&](const auto& text) { emit(info, unnamed, detail::category_label(c), text); });
        }
    }
};
inline constexpr const rule& missing_indicator_name = missing_indicator_name_rule::info;

struct invalid_date_rule {
    static void violates_invalid_date() {}
    static constexpr message_template not_a_date{
        .figures = {"field"}, .zh = "{field}不是日历上有的日期", .en = "{field} is not a calendar date"};
    static constexpr rule info{
        .id = "invalid_date",
        .level = severity::error,
        .name = {"日期无效", "invalid date"},
        .summary = {"开始时间或截止时间不是日历上有的日期", "a start or end date is not a calendar date"},
        .violated = &violates_invalid_date,
        .messages = {&not_a_date}};
    template <class C, class Emit>
    static constexpr void on_table(const C& c, Emit& emit) {
        if (!c.project.start.ok()) emit(info, not_a_date, "开始时间");
        if (!c.project.end.ok()) emit(info, not_a_date, "截止时间");
    }
};
inline constexpr const rule& invalid_date = invalid_date_rule::info;

struct period_reversed_rule {
    static void violates_period_reversed() {}
    static constexpr message_template before{.figures = {"end", "start"},
                                             .zh = "截止时间{end}早于开始时间{start}",
                                             .en = "截止时间 {end} is before 开始时间 {start}"};
    static constexpr rule info{.id = "period_reversed",
                               .level = severity::error,
                               .name = {"起止时间颠倒", "period reversed"},
                               .summary = {"项目的截止时间早于开始时间", "the project ends before it starts"},
                               .violated = &violates_period_reversed,
                               .messages = {&before}};
    template <class C, class Emit>
    static constexpr void on_table(const C& c, Emit& emit) {
        const auto& p = c.project;
        if (p.start.ok() && p.end.ok() && p.end < p.start) emit(info, before, p.end, p.start);
    }
};
inline constexpr const rule& period_reversed = period_reversed_rule::info;

struct period_outside_year_rule {
    static void violates_period_outside_year() {}
    static constexpr message_template outside{
        .figures = {"start_year", "end_year", "year"},
        .zh = "项目起止时间为{start_year}年至{end_year}年，超出了预算年度{year}年",
        .en = "the period {start_year}–{end_year} reaches outside the budget year {year}"};
    static constexpr rule info{
        .id = "period_outside_year",
        .level = severity::warning,
        .name = {"起止时间超出预算年度", "period outside the budget year"},
        .summary = {"项目起止时间超出预算年度", "the project period reaches outside the budget year"},
        .violated = &violates_period_outside_year,
        .messages = {&outside}};
    template <class C, class Emit>
    static constexpr void on_table(const C& c, Emit& emit) {
        const auto& p = c.project;
        if (p.start.ok() && p.end.ok() && p.year.ok() && static_cast<int>(p.year) != 0 &&
            (p.start.year() != p.year || p.end.year() != p.year)) {
            emit(info, outside, static_cast<int>(p.start.year()), static_cast<int>(p.end.year()),
                 static_cast<int>(p.year));
        }
    }
};
inline constexpr const rule& period_outside_year = period_outside_year_rule::info;

struct negative_amount_rule {
    static void violates_negative_amount() {}
    static constexpr message_template total{.figures = {"column", "amount"},
                                            .zh = "{column}总额为 {amount} 万元，金额不能为负数",
                                            .en = "{column} 项目资金总额 is {amount} 万元"};
    static constexpr message_template source{.figures = {"column", "row", "amount"},
                                             .zh = "{column}中的{row}为 {amount} 万元，金额不能为负数",
                                             .en = "{column} {row} is {amount} 万元"};
    static constexpr rule info{.id = "negative_amount",
                               .level = severity::error,
                               .name = {"金额为负数", "negative amount"},
                               .summary = {"资金金额为负数", "a funding amount is negative"},
                               .violated = &violates_negative_amount,
                               .messages = {&total, &source}};
    template <class C, class Emit>
    static constexpr void on_column(const C& c, Emit& emit) {
        using A = std::remove_cvref_t<decltype(c.funding.total)>;
        if (c.funding.total < A{}) emit(info, total, c.label, c.funding.total);
        for (std::size_t r = 0; r < c.funding.sources.size(); ++r) {
            const auto& s = c.funding.sources[r];
            if (s && *s < A{}) emit(info, source, c.label, C::form::funding_rows[r], *s);
        }
    }
};
inline constexpr const rule& negative_amount = negative_amount_rule::info;

struct amount_overflow_rule {
    static void violates_amount_overflow() {}
    static constexpr message_template sources{
        .figures = {"column", "sum", "min", "max"},
        .zh = "{column}各资金来源合计 {sum} 万元，超出了金额能表示的范围（{min} 至 {max} 万元）",
        .en =
            "{column} 资金来源合计 (the sum of the source rows) is {sum} 万元, beyond the amount type's range "
            "{min} to {max} 万元"};
    static constexpr message_template basis{
        .figures = {"sum", "min", "max"},
        .zh = "测算依据合计 {sum} 万元，超出了金额能表示的范围（{min} 至 {max} 万元）",
        .en = "测算依据合计 (the cost-basis total) is {sum} 万元, beyond the amount type's range {min} to {max} 万元"};
    static constexpr message_template gap{
        .figures = {"column", "gap", "min", "max"},
        .zh = "{column}减去测算依据合计，差额为 {gap} 万元，超出了金额能表示的范围（{min} 至 {max} 万元）",
        .en =
            "{column} total minus 测算依据合计 (the cost basis's shortfall) is {gap} 万元, beyond the amount "
            "type's range {min} to {max} 万元"};
    static constexpr message_template set_total{
        .figures = {"column", "sum", "min", "max"},
        .zh =
            "全部表格的{column}总额合计 {sum} 万元，超出了金额能表示的范围（{min} 至 {max} 万元），累计到本表时开始"
            "超出",
        .en =
            "the set's 项目资金总额 total of {column} is {sum} 万元, beyond the amount type's range {min} to {max} "
            "万元 from this table on"};
    static constexpr message_template set_source{
        .figures = {"column", "row", "sum", "min", "max"},
        .zh =
            "全部表格{column}中{row}的合计 {sum} 万元，超出了金额能表示的范围（{min} 至 {max} 万元），累计到本表时"
            "开始超出",
        .en =
            "the set's {row} total of {column} is {sum} 万元, beyond the amount type's range {min} to {max} 万元 "
            "from this table on"};
    static constexpr rule info{
        .id = "amount_overflow",
        .level = severity::error,
        .name = {"金额超出表示范围", "amount beyond the range"},
        .summary = {"金额的和或差（资金来源、测算依据、各表合计）超出金额类型能表示的范围",
                    "a sum or difference of amounts (sources, cost basis, a set's totals) is beyond the amount "
                    "type's range"},
        .violated = &violates_amount_overflow,
        .messages = {&sources, &basis, &gap, &set_total, &set_source}};
    template <class C, class Emit>
    static constexpr void on_column(const C& c, Emit& emit) {
        using A = std::remove_cvref_t<decltype(c.funding.total)>;
        if (!c.sources_sum.ok()) emit(info, sources, c.label, c.sources_sum.exact_amount(), A::min(), A::max());
    }
    template <class C, class Emit>
    static constexpr void on_cost_basis(const C& c, Emit& emit) {
        using F = typename C::form;
        using A = typename C::amount;
        if (!c.sum.ok()) {
            emit(info, basis, c.sum.exact_amount(), A::min(), A::max());
        } else if (!c.gap.ok() && c.basis < c.project.current().total) {
            emit(info, gap, F::columns[F::current_column], c.gap.exact_amount(), A::min(), A::max());
        }
    }
    /// The set's totals (as total() computes them): each figure beyond the amount type is named at the
    /// table from which on it stays beyond.
    template <class R, class Emit>
    static constexpr void on_set(const R& projects, Emit& emit) {
        using P = detail::range_project_t<R>;
        using F = typename P::form_type;
        using A = typename P::amount_type;
        using W = detail::wide_t<typename A::rep>;
        constexpr std::size_t nc = F::columns.size();
        constexpr std::size_t nr = F::funding_rows.size();
        constexpr std::size_t cells = nc * (nr + 1);  // per column: the total, then each source row
        // The common case costs one pass of sums in Rep (no branch per cell); a set whose sums wrap is summed
        // again, wide, and if a total is beyond the range, walked once more to find from which table on.
        auto cell_of = [](const P& p, std::size_t k) -> std::optional<A> {
            const auto& col = p.funding[k / (nr + 1)];
            if (k % (nr + 1) == 0) return col.total;
            return col.sources[k % (nr + 1) - 1];
        };
        if constexpr (detail::is_builtin_rep<typename A::rep>) {
            using Rep = typename A::rep;
            std::array<Rep, cells> low{};
            bool wrapped = false;
            for (const auto& p : projects) {
                for (std::size_t c = 0; c < nc; ++c) {
                    const auto& col = p.funding[c];
                    Rep* s = &low[c * (nr + 1)];
                    wrapped |= __builtin_add_overflow(s[0], col.total.raw(), &s[0]);
                    for (std::size_t r = 0; r < nr; ++r) {
                        wrapped |= __builtin_add_overflow(s[1 + r], col.sources[r] ? col.sources[r]->raw() : Rep{},
                                                          &s[1 + r]);
                    }
                }
            }
            if (!wrapped) return;
        }
        std::array<W, cells> sums{};
        for (const auto& p : projects) {
            for (std::size_t k = 0; k < cells; ++k) {
                if (const auto x = cell_of(p, k)) sums[k] += W(x->raw());
            }
        }
        bool any = false;
        for (const W& w : sums) any = any || !checked_total<A>::of_raw(w).ok();
        if (!any) return;
        std::array<W, cells> running{};
        std::array<std::size_t, cells> since{};
        std::size_t at = 0;
        for (const auto& p : projects) {
            for (std::size_t k = 0; k < cells; ++k) {
                const bool was_in = checked_total<A>::of_raw(running[k]).ok();
                if (const auto x = cell_of(p, k)) running[k] += W(x->raw());
                if (was_in && !checked_total<A>::of_raw(running[k]).ok()) since[k] = at;
            }
            ++at;
        }
        at = 0;
        for (const auto& p : projects) {
            for (std::size_t k = 0; k < cells; ++k) {
                const auto t = checked_total<A>::of_raw(sums[k]);
                if (t.ok() || since[k] != at) continue;
                const std::size_t c = k / (nr + 1);
                if (k % (nr + 1) == 0) {
                    emit(info, set_total, p, at, F::columns[c], t.exact_amount(), A::min(), A::max());
                } else {
                    emit(info, set_source, p, at, F::columns[c], F::funding_rows[k % (nr + 1) - 1], t.exact_amount(),
                         A::min(), A::max());
                }
            }
            ++at;
        }
    }
};
inline constexpr const rule& amount_overflow = amount_overflow_rule::info;

struct funding_sources_sum_rule {
    static void violates_funding_sources_sum() {}
    static constexpr message_template over{
        .figures = {"column", "total", "sum", "gap"},
        .zh = "{column}总额 {total} 万元，各资金来源合计 {sum} 万元，多 {gap} 万元",
        .en = "{column}: the source rows sum to {sum} 万元 but 项目资金总额 is {total} 万元 ({gap} 万元 over)"};
    static constexpr message_template under{
        .figures = {"column", "total", "sum", "gap"},
        .zh = "{column}总额 {total} 万元，各资金来源合计 {sum} 万元，少 {gap} 万元",
        .en = "{column}: the source rows sum to {sum} 万元 but 项目资金总额 is {total} 万元 ({gap} 万元 short)"};
    static constexpr rule info{.id = "funding_sources_sum",
                               .level = severity::error,
                               .name = {"资金来源合计不符", "sources do not sum to the total"},
                               .summary = {"某一资金栏各资金来源之和不等于该栏总额",
                                           "the source rows of a funding column do not sum to its total"},
                               .violated = &violates_funding_sources_sum,
                               .messages = {&over, &under}};
    template <class C, class Emit>
    static constexpr void on_column(const C& c, Emit& emit) {
        // A sum beyond the amount type is amount_overflow's finding; the gap is exact whatever its size.
        using A = std::remove_cvref_t<decltype(c.funding.total)>;
        const auto& sum = c.sources_sum.value;
        const auto& total = c.funding.total;
        if (!c.sources_sum.ok() || sum == total) return;
        if (total < sum) {
            emit(info, over, c.label, total, sum,
                 checked_total<A>::difference(sum, checked_total<A>::held(total)).exact_amount());
        } else {
            emit(info, under, c.label, total, sum,
                 checked_total<A>::difference(total, checked_total<A>::held(sum)).exact_amount());
        }
    }
};
inline constexpr const rule& funding_sources_sum = funding_sources_sum_rule::info;

struct cost_line_mismatch_rule {
    static void violates_cost_line_mismatch() {}
    static constexpr message_template differs{
        .figures = {"line", "item", "product", "stated"},
        .zh = "测算依据第 {line} 行（{item}）：单价×数量为 {product} 万元，填写的合计却是 {stated} 万元",
        .en =
            "cost line {line} ({item}): unit price × quantities is {product} 万元 but the stated total is {stated} 万元"};
    static constexpr rule info{.id = "cost_line_mismatch",
                               .level = severity::error,
                               .name = {"测算明细合计不符", "cost line total wrong"},
                               .summary = {"测算依据某一行填写的合计不等于单价×数量",
                                           "a cost line's stated total is not unit price × quantities"},
                               .violated = &violates_cost_line_mismatch,
                               .messages = {&differs}};
    template <class C, class Emit>
    static constexpr void on_cost_line(const C& c, Emit& emit) {
        if (c.product.ok() && c.line.stated_total && *c.line.stated_total != c.product.value) {
            emit(info, differs, c.index + 1, c.line.item, c.product.value, *c.line.stated_total);
        }
    }
};
inline constexpr const rule& cost_line_mismatch = cost_line_mismatch_rule::info;

struct cost_line_not_computable_rule {
    static void violates_cost_line_not_computable() {}
    static constexpr message_template out_of_range{
        .figures = {"line", "item"},
        .zh = "测算依据第 {line} 行（{item}）：单价×数量超出了金额能表示的范围",
        .en = "cost line {line} ({item}): unit price × quantities is out of range"};
    static constexpr message_template too_fine{
        .figures = {"line", "item"},
        .zh = "测算依据第 {line} 行（{item}）：单价×数量的小数位多于金额能记录的位数",
        .en = "cost line {line} ({item}): unit price × quantities is finer than the amount type"};
    static constexpr rule info{.id = "cost_line_not_computable",
                               .level = severity::error,
                               .name = {"测算明细无法计算", "cost line not computable"},
                               .summary = {"测算依据某一行的单价×数量超出金额类型的范围或精度",
                                           "a cost line's product is finer or larger than the amount type holds"},
                               .violated = &violates_cost_line_not_computable,
                               .messages = {&out_of_range, &too_fine}};
    template <class C, class Emit>
    static constexpr void on_cost_line(const C& c, Emit& emit) {
        if (!c.product.ok()) emit(info, c.product.overflow ? out_of_range : too_fine, c.index + 1, c.line.item);
    }
};
inline constexpr const rule& cost_line_not_computable = cost_line_not_computable_rule::info;

struct cost_basis_exceeds_total_rule {
    static void violates_cost_basis_exceeds_total() {}
    static constexpr message_template exceeds{
        .figures = {"basis", "column", "total", "gap"},
        .zh = "{column} {total} 万元，测算依据合计 {basis} 万元，多 {gap} 万元",
        .en = "cost basis {basis} 万元 exceeds the {column} total {total} 万元 by {gap} 万元"};
    static constexpr rule info{
        .id = "cost_basis_exceeds_total",
        .level = severity::error,
        .name = {"测算依据超出本年度资金", "cost basis over the total"},
        .summary = {"测算依据合计超过本年度项目资金", "the cost basis exceeds this year's total"},
        .violated = &violates_cost_basis_exceeds_total,
        .messages = {&exceeds}};
    template <class C, class Emit>
    static constexpr void on_cost_basis(const C& c, Emit& emit) {
        using F = typename C::form;
        using A = typename C::amount;
        const auto& total = c.project.current().total;
        if (c.sum.ok() && c.basis > total) {
            emit(info, exceeds, c.basis, F::columns[F::current_column], total,
                 checked_total<A>::difference(c.basis, checked_total<A>::held(total)).exact_amount());
        }
    }
};
inline constexpr const rule& cost_basis_exceeds_total = cost_basis_exceeds_total_rule::info;

struct cost_basis_below_total_rule {
    static void violates_cost_basis_below_total() {}
    static constexpr message_template below{
        .figures = {"basis", "column", "total", "gap"},
        .zh = "{column} {total} 万元，测算依据合计 {basis} 万元，少 {gap} 万元",
        .en = "cost basis {basis} 万元 is below the {column} total {total} 万元 by {gap} 万元"};
    static constexpr message_template below_cut{
        .figures = {"basis", "column", "total", "gap"},
        .zh = "{column} {total} 万元，测算依据合计 {basis} 万元，少 {gap} 万元（原表的测算依据不完整）",
        .en =
            "cost basis {basis} 万元 is below the {column} total {total} 万元 by {gap} 万元 (the basis is cut off in the source)"};
    static constexpr rule info{
        .id = "cost_basis_below_total",
        .level = severity::warning,
        .name = {"测算依据不足本年度资金", "cost basis below the total"},
        .summary = {"测算依据合计少于本年度项目资金", "the cost basis accounts for less than this year's total"},
        .violated = &violates_cost_basis_below_total,
        .messages = {&below, &below_cut}};
    template <class C, class Emit>
    static constexpr void on_cost_basis(const C& c, Emit& emit) {
        using F = typename C::form;
        const auto& total = c.project.current().total;
        if (c.sum.ok() && c.gap.ok() && c.basis < total) {
            emit(info, c.truncated ? below_cut : below, c.basis, F::columns[F::current_column], total, c.gap.value);
        }
    }
};
inline constexpr const rule& cost_basis_below_total = cost_basis_below_total_rule::info;

struct category_not_in_form_rule {
    static void violates_category_not_in_form() {}
    static constexpr message_template not_in_form{
        .figures = {"indicator", "level1", "category"},
        .zh = "指标「{indicator}」归在{level1}/{category}下，本表样没有这一类别",
        .en = "indicator 「{indicator}」 is filed under {level1}/{category}, which the form does not have"};
    static constexpr message_template unnamed{
        .figures = {"level1", "category", "text"},
        .zh = "{level1}/{category}中未填名称的指标「{text}」：本表样没有这一类别",
        .en = "the unnamed indicator 「{text}」 is filed under {level1}/{category}, which the form does not have"};
    static constexpr rule info{
        .id = "category_not_in_form",
        .level = severity::error,
        .name = {"指标类别不在表样中", "category not in the form"},
        .summary = {"指标归在本表样没有的指标类别下", "an indicator is filed under a category the form does not have"},
        .violated = &violates_category_not_in_form,
        .messages = {&not_in_form, &unnamed}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        if (c.category != nullptr) return;
        if (c.item.name.empty()) {
            detail::with_indicator_text(
                c.item, [&](const auto& text) { emit(info, unnamed, c.item.cat.level1.name, c.item.cat.name, text); });
        } else {
            emit(info, not_in_form, c.item.name, c.item.cat.level1.name, c.item.cat.name);
        }
    }
};
inline constexpr const rule& category_not_in_form = category_not_in_form_rule::info;

struct required_category_missing_rule {
    static void violates_required_category_missing() {}
    static constexpr message_template no_category{
        .figures = {"category"}, .zh = "{category}没有填写任何指标", .en = "{category} has no indicator"};
    static constexpr message_template no_level1{.figures = {"level1"},
                                                .zh = "{level1}下没有一项填了指标值的指标",
                                                .en = "{level1} has no indicator with a target"};
    static constexpr rule info{
        .id = "required_category_missing",
        .level = severity::error,
        .name = {"缺少必填的指标类别", "required category missing"},
        .summary = {"表样要求的指标类别没有指标", "a category the form requires has no indicator"},
        .violated = &violates_required_category_missing,
        .messages = {&no_category, &no_level1}};
    template <class C, class Emit>
    static constexpr void on_indicators(const C& c, Emit& emit) {
        using F = typename C::form;
        for (std::size_t k = 0; k < c.filled.size(); ++k) {
            if (F::categories[k].required && !c.filled[k]) emit(info, no_category, F::categories[k].label);
        }
        for (std::size_t l = 0; l < c.level1_filled.size(); ++l) {
            if (!c.level1_filled[l]) emit(info, no_level1, F::required_level1[l].name);
        }
    }
};
inline constexpr const rule& required_category_missing = required_category_missing_rule::info;

struct placeholder_target_rule {
    static void violates_placeholder_target() {}
    static constexpr message_template placeholder{
        .figures = {"category", "indicator", "wording"},
        .zh = "{category}「{indicator}」的指标值为「{wording}」，这一类指标须填写定量的指标值（如 ≥2000户）",
        .en = "{category} 「{indicator}」 has a placeholder ({wording}) where a quantitative target is required"};
    static constexpr message_template blank{
        .figures = {"category", "indicator"},
        .zh = "{category}「{indicator}」的指标值空白，这一类指标须填写定量的指标值（如 ≥2000户）",
        .en = "{category} 「{indicator}」 has a placeholder (blank) where a quantitative target is required"};
    static constexpr message_template unnamed{
        .figures = {"category", "wording"},
        .zh = "{category}中有一项指标未填名称，指标值为「{wording}」，这一类指标须填写定量的指标值（如 ≥2000户）",
        .en = "an unnamed {category} indicator has a placeholder ({wording}) where a quantitative target is required"};
    static constexpr message_template unnamed_blank{
        .figures = {"category"},
        .zh = "{category}中有一项指标未填名称，指标值空白，这一类指标须填写定量的指标值（如 ≥2000户）",
        .en = "an unnamed {category} indicator has a placeholder (blank) where a quantitative target is required"};
    static constexpr rule info{.id = "placeholder_target",
                               .level = severity::error,
                               .name = {"定量指标值为占位", "placeholder target"},
                               .summary = {"须填定量指标值处填了占位（无、空白）",
                                           "a placeholder (无, blank) where a quantitative target is required"},
                               .violated = &violates_placeholder_target,
                               .messages = {&placeholder, &blank, &unnamed, &unnamed_blank}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        if (c.category == nullptr || !c.category->quantitative || c.item.target.cmp != comparator::none) return;
        const auto wording = detail::excerpt(c.item.wording, detail::quoted_chars);
        if (c.item.name.empty()) {
            if (c.item.wording.empty()) {
                emit(info, unnamed_blank, c.category->label);
            } else {
                emit(info, unnamed, c.category->label, wording);
            }
        } else if (c.item.wording.empty()) {
            emit(info, blank, c.category->label, c.item.name);
        } else {
            emit(info, placeholder, c.category->label, c.item.name, wording);
        }
    }
};
inline constexpr const rule& placeholder_target = placeholder_target_rule::info;

struct quantitative_target_expected_rule {
    static void violates_quantitative_target_expected() {}
    static constexpr message_template qualitative{
        .figures = {"category", "indicator"},
        .zh = "{category}「{indicator}」是定性表述；写成比较符、数值和单位（如 ≥12场次）即为定量指标",
        .en =
            "{category} 「{indicator}」 has a qualitative target; a comparator, a number and a unit (e.g. ≥12场次) "
            "would make it quantitative"};
    static constexpr message_template unnamed{
        .figures = {"category", "text"},
        .zh = "{category}中未填名称的指标「{text}」是定性表述；写成比较符、数值和单位（如 ≥12场次）即为定量指标",
        .en =
            "the unnamed {category} indicator 「{text}」 has a qualitative target; a comparator, a number and a unit "
            "(e.g. ≥12场次) would make it quantitative"};
    static constexpr rule info{
        .id = "quantitative_target_expected",
        .level = severity::info,  // advice: a qualitative target is allowed, a quantitative one is better
        .name = {"宜填定量指标值", "quantity expected"},
        .summary = {"表样要求定量的类别中填了定性的指标值", "a qualitative target where the form expects a quantity"},
        .violated = &violates_quantitative_target_expected,
        .messages = {&qualitative, &unnamed}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        // A satisfaction indicator that measures no satisfaction is satisfaction_without_measure's finding,
        // which says what is wrong with it; "write a number" would be the wrong advice there.
        if (c.category == nullptr || !c.category->quantitative || c.item.target.cmp != comparator::qualitative ||
            detail::states_no_satisfaction_measure(c.item)) {
            return;
        }
        if (c.item.name.empty()) {
            detail::with_indicator_text(c.item,
                                        [&](const auto& text) { emit(info, unnamed, c.category->label, text); });
        } else {
            emit(info, qualitative, c.category->label, c.item.name);
        }
    }
};
inline constexpr const rule& quantitative_target_expected = quantitative_target_expected_rule::info;

struct missing_unit_rule {
    static void violates_missing_unit() {}
    static constexpr message_template no_unit{.figures = {"indicator"},
                                              .zh = "指标「{indicator}」的指标值没有计量单位",
                                              .en = "indicator 「{indicator}」 has a target without a unit"};
    static constexpr message_template unnamed{
        .figures = {"category", "text"},
        .zh = "{category}中未填名称的指标「{text}」的指标值没有计量单位",
        .en = "the unnamed {category} indicator 「{text}」 has a target without a unit"};
    static constexpr rule info{.id = "missing_unit",
                               .level = severity::warning,
                               .name = {"指标值缺少单位", "unit missing"},
                               .summary = {"定量的指标值没有计量单位", "a quantitative target has no unit"},
                               .violated = &violates_missing_unit,
                               .messages = {&no_unit, &unnamed}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        if (!c.item.target.is_quantitative() || !c.item.target.unit.empty()) return;
        if (c.item.name.empty()) {
            detail::with_indicator_text(
                c.item, [&](const auto& text) { emit(info, unnamed, detail::category_label(c), text); });
        } else {
            emit(info, no_unit, c.item.name);
        }
    }
};
inline constexpr const rule& missing_unit = missing_unit_rule::info;

struct duplicate_indicator_name_rule {
    static void violates_duplicate_indicator_name() {}
    static constexpr message_template repeated{.figures = {"indicator", "times"},
                                               .zh = "三级指标名称「{indicator}」出现了 {times} 次",
                                               .en = "indicator name 「{indicator}」 appears {times} times"};
    static constexpr rule info{
        .id = "duplicate_indicator_name",
        .level = severity::error,
        .name = {"指标名称重复", "duplicate indicator name"},
        .summary = {"同一项目中有两项指标的三级指标名称相同", "two indicators of a project have the same 三级 name"},
        .violated = &violates_duplicate_indicator_name,
        .messages = {&repeated}};
    template <class C, class Emit>
    static constexpr void on_indicators(const C& c, Emit& emit) {
        // Quadratic, but a table has a handful of indicators.
        const auto& inds = c.project.indicators;
        for (std::size_t a = 0; a < inds.size(); ++a) {
            const auto& name = inds[a].name;
            if (name.empty()) continue;
            bool seen_before = false;
            for (std::size_t b = 0; b < a && !seen_before; ++b) seen_before = inds[b].name == name;
            if (seen_before) continue;
            std::size_t times = 1;
            for (std::size_t b = a + 1; b < inds.size(); ++b)
                if (inds[b].name == name) ++times;
            if (times > 1) emit(info, repeated, name, times);
        }
    }
};
inline constexpr const rule& duplicate_indicator_name = duplicate_indicator_name_rule::info;

struct percentage_out_of_range_rule {
    static void violates_percentage_out_of_range() {}
    static constexpr message_template outside{.figures = {"indicator", "value"},
                                              .zh = "指标「{indicator}」的指标值为 {value}%，不在 0–100% 之间",
                                              .en = "indicator 「{indicator}」 targets {value}%, outside 0–100%"};
    static constexpr message_template unnamed{
        .figures = {"category", "text", "value"},
        .zh = "{category}中未填名称的指标「{text}」的指标值为 {value}%，不在 0–100% 之间",
        .en = "the unnamed {category} indicator 「{text}」 targets {value}%, outside 0–100%"};
    static constexpr rule info{
        .id = "percentage_out_of_range",
        .level = severity::error,
        .name = {"百分比超出范围", "percentage out of range"},
        .summary = {"满意度或比率类的指标值不在 0–100% 之间", "a satisfaction or rate target lies outside 0–100%"},
        .violated = &violates_percentage_out_of_range,
        .messages = {&outside, &unnamed}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        const target& g = c.item.target;
        if (!g.is_quantitative() || g.unit != "%" ||
            !(c.item.cat.level1 == categories::satisfaction || detail::is_rate_name(c.item.name)) ||
            !(g.value > decimal(100) || g.value < decimal{})) {
            return;
        }
        if (c.item.name.empty()) {
            detail::with_indicator_text(
                c.item, [&](const auto& text) { emit(info, unnamed, detail::category_label(c), text, g.value); });
        } else {
            emit(info, outside, c.item.name, g.value);
        }
    }
};
inline constexpr const rule& percentage_out_of_range = percentage_out_of_range_rule::info;

struct cost_target_exceeds_budget_rule {
    static void violates_cost_target_exceeds_budget() {}
    static constexpr message_template above{
        .figures = {"indicator", "value", "unit", "column", "total"},
        .zh = "成本指标「{indicator}」的指标值为 {value}{unit}，超过了{column} {total} 万元",
        .en = "cost indicator 「{indicator}」 targets {value} {unit}, above the {column} total {total} 万元"};
    static constexpr message_template unnamed{
        .figures = {"category", "text", "value", "unit", "column", "total"},
        .zh = "{category}中未填名称的指标「{text}」的指标值为 {value}{unit}，超过了{column} {total} 万元",
        .en =
            "the unnamed {category} indicator 「{text}」 targets {value} {unit}, above the {column} total {total} 万元"};
    static constexpr rule info{
        .id = "cost_target_exceeds_budget",
        .level = severity::error,
        .name = {"成本指标超出本年度资金", "cost target over the total"},
        .summary = {"成本指标的指标值超过本年度项目资金", "a cost indicator's target exceeds this year's total"},
        .violated = &violates_cost_target_exceeds_budget,
        .messages = {&above, &unnamed}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        using F = typename C::form;
        const target& g = c.item.target;
        const auto& total = c.project.current().total;
        if (!g.is_quantitative() || !is_cost_category(c.item.cat) || detail::find_money_unit(g.unit) == nullptr ||
            detail::compare_money(g.value, g.unit, total) <= 0) {
            return;
        }
        const auto& column = F::columns[F::current_column];
        if (c.item.name.empty()) {
            detail::with_indicator_text(c.item, [&](const auto& text) {
                emit(info, unnamed, detail::category_label(c), text, g.value, g.unit, column, total);
            });
        } else {
            emit(info, above, c.item.name, g.value, g.unit, column, total);
        }
    }
};
inline constexpr const rule& cost_target_exceeds_budget = cost_target_exceeds_budget_rule::info;

struct duplicate_seq_rule {
    static void violates_duplicate_seq() {}
    static constexpr message_template shared{.figures = {"seq", "tables"},
                                             .zh = "{tables} 张表都用了序号 {seq}",
                                             .en = "序号 {seq} is used by {tables} tables"};
    static constexpr rule info{.id = "duplicate_seq",
                               .level = severity::error,
                               .name = {"序号重复", "duplicate 序号"},
                               .summary = {"同一套表中有两张表的序号相同", "two tables of a set have the same 序号"},
                               .violated = &violates_duplicate_seq,
                               .messages = {&shared}};
    /// The set: emit(rule, message, table, its position in the set, figures...) names the table.
    template <class R, class Emit>
    static constexpr void on_set(const R& projects, Emit& emit) {
        using P = detail::range_project_t<R>;
        // A copy of each table (a few views and amounts), not a pointer: a range may yield its tables
        // by value (a transform view), and such a table is gone by the time the findings are emitted.
        struct entry {
            int seq;
            std::size_t index;
            P table;
        };
        std::vector<entry> seqs;
        for (const auto& p : projects) seqs.push_back(entry{p.seq, seqs.size(), p});
        std::sort(seqs.begin(), seqs.end(),
                  [](const entry& a, const entry& b) { return a.seq != b.seq ? a.seq < b.seq : a.index < b.index; });
        for (std::size_t k = 0; k < seqs.size();) {
            std::size_t j = k + 1;
            while (j < seqs.size() && seqs[j].seq == seqs[k].seq) ++j;
            if (j - k > 1 && seqs[k].seq > 0) emit(info, shared, seqs[k].table, seqs[k].index, seqs[k].seq, j - k);
            k = j;
        }
    }
};
inline constexpr const rule& duplicate_seq = duplicate_seq_rule::info;

}  // namespace rules

// ------------------------------------------------------------------------------------------------
// What the reviewer's rules below share: dates written in a text, caps on cost in money, and the stem of
// a unit's name.

namespace detail {

/// Days in month m (1–12) of year y, by the Gregorian rule (2000 is a leap year, 1900 and 2100 are not).
constexpr unsigned days_in_month(int y, unsigned m) noexcept {
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

/// A date as a text writes it: 2020年5月1日 (or 1号), 2020年5月 (a whole month), 2020.5.1, 2020-05-01,
/// 2020/5/1, or 12月31日 right after a range dash or 至 that follows a dated year.
struct written_date {
    std::string_view text;  ///< as written: a view into the text it was read from
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    bool has_day = false;  ///< false: the text names a whole month

    /// Whether a calendar has it: month 1–12 and, if written, a day of that month (29 February in leap years).
    [[nodiscard]] constexpr bool ok() const noexcept {
        if (month < 1 || month > 12) return false;
        return !has_day || (day >= 1 && day <= days_in_month(year, month));
    }
    /// The first day it names (when ok()).
    [[nodiscard]] constexpr std::chrono::year_month_day first() const noexcept {
        return {std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{has_day ? day : 1U}};
    }
    /// The last day it names (when ok()).
    [[nodiscard]] constexpr std::chrono::year_month_day last() const noexcept {
        return {std::chrono::year{year}, std::chrono::month{month},
                std::chrono::day{has_day ? day : days_in_month(year, month)}};
    }
};

/// The end of w if s has it at i, else npos.
constexpr std::size_t word_at(std::string_view s, std::size_t i, std::string_view w) noexcept {
    return i <= s.size() && s.substr(i).starts_with(w) ? i + w.size() : std::string_view::npos;
}

/// The end of a number of one or two ASCII digits at i (not part of a longer number), its value in v; or npos.
constexpr std::size_t small_number_at(std::string_view s, std::size_t i, unsigned& v) noexcept {
    std::size_t j = i;
    v = 0;
    while (j < s.size() && is_digit(s[j]) && j - i < 3) v = v * 10 + static_cast<unsigned>(s[j++] - '0');
    return j == i || j - i > 2 ? std::string_view::npos : j;
}

/// Reads "M月" and an optional "D日" / "D号" at i into d; the end of what was read, or npos.
constexpr std::size_t month_day_at(std::string_view s, std::size_t i, written_date& d) noexcept {
    std::size_t j = small_number_at(s, i, d.month);
    if (j == std::string_view::npos) return j;
    j = word_at(s, skip_spaces(s, j), "月");
    if (j == std::string_view::npos) return j;
    unsigned day = 0;
    std::size_t k = small_number_at(s, skip_spaces(s, j), day);
    if (k == std::string_view::npos) return j;
    k = skip_spaces(s, k);
    std::size_t e = word_at(s, k, "日");
    if (e == std::string_view::npos) e = word_at(s, k, "号");
    if (e == std::string_view::npos) return j;  // 5月10场: the month only
    d.day = day;
    d.has_day = true;
    return e;
}

/// Reads ".M.D", "-M-D" or "/M/D" (the same separator twice) at i into d; the end, or npos.
constexpr std::size_t separated_date_at(std::string_view s, std::size_t i, written_date& d) noexcept {
    if (i >= s.size() || (s[i] != '.' && s[i] != '-' && s[i] != '/')) return std::string_view::npos;
    // Only years a table of our time could mean, so that 1234.5.6 or a code like 3000-1-2 is not a date.
    if (d.year < 1900 || d.year > 2099) return std::string_view::npos;
    const char sep = s[i];
    std::size_t j = small_number_at(s, i + 1, d.month);
    if (j == std::string_view::npos || j >= s.size() || s[j] != sep) return std::string_view::npos;
    j = small_number_at(s, j + 1, d.day);
    if (j == std::string_view::npos) return j;
    if (j + 1 < s.size() && (s[j] == sep || s[j] == '.') && is_digit(s[j + 1])) return std::string_view::npos;
    d.has_day = true;
    return j;
}

/// The words that join the two ends of a period: 2020年5月1日-12月31日, 2020年5月至12月.
inline constexpr std::string_view range_words[] = {"-", "－", "—", "–", "~", "～", "至", "到"};

/// Calls f(written_date) for each date written in s, in order. A year alone (2019年) is no date.
template <class F>
constexpr void for_each_written_date(std::string_view s, F&& f) {
    // Byte by byte through a pointer, and a multi-byte character at a time (none of its bytes is a digit):
    // this runs over every text of every table, and a string_view's checked operator[] per byte would cost
    // constant evaluation (clang 14 counts steps) several times what the rest of validation does.
    const char* const d = s.data();
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (!std::is_constant_evaluated()) {
            // At run time, eight bytes at a time while none is a digit (most text has none); landing inside
            // a character is harmless, as no byte of a multi-byte character is a digit.
            constexpr std::uint64_t ones = 0x0101010101010101u;
            while (n - i >= 8) {
                std::uint64_t w = 0;
                std::memcpy(&w, d + i, 8);
                const std::uint64_t x = w ^ (ones * '0');                // a digit's byte becomes 0–9
                if (((x - ones * 10) & ~x & (ones * 0x80)) != 0) break;  // some byte is below 10
                i += 8;
            }
            if (i == n) break;
        }
        const auto c = static_cast<unsigned char>(d[i]);
        if (c >= 0xC0) {
            i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            continue;
        }
        if (c < '0' || c > '9') {
            ++i;
            continue;
        }
        // The start of a run of digits (runs are skipped whole), not the fraction of a number (1.2020).
        std::size_t j = i;
        int year = 0;
        while (j < n && d[j] >= '0' && d[j] <= '9') {
            if (j - i < 4) year = year * 10 + (d[j] - '0');
            ++j;
        }
        if (j - i != 4 || (i > 0 && d[i - 1] == '.')) {
            i = j;
            continue;
        }
        written_date w{};
        w.year = year;
        std::size_t end = std::string_view::npos;
        const std::size_t nian = word_at(s, skip_spaces(s, j), "年");
        if (nian != std::string_view::npos) end = month_day_at(s, skip_spaces(s, nian), w);
        if (nian == std::string_view::npos) end = separated_date_at(s, j, w);
        if (end == std::string_view::npos) {
            i = j;
            continue;
        }
        w.text = s.substr(i, end - i);
        f(w);
        i = end;
        // The other end of a range without its own year takes this one's, or the next year's when it comes
        // earlier in the year (2020年12月1日至1月31日 ends in 2021: a range runs forward).
        const std::size_t k = skip_spaces(s, end);
        for (std::string_view dash : range_words) {
            const std::size_t after = word_at(s, k, dash);
            if (after == std::string_view::npos) continue;
            const std::size_t from = skip_spaces(s, after);
            written_date e{};
            e.year = year;
            const std::size_t e_end = month_day_at(s, from, e);
            if (e_end != std::string_view::npos) {
                if (e.month < w.month || (e.month == w.month && e.has_day && w.has_day && e.day < w.day)) ++e.year;
                e.text = s.substr(from, e_end - from);
                f(e);
                i = e_end;
            }
            break;
        }
    }
}

/// Calls f(written_date) for each date in an indicator's 三级 name and its wording; a date of the name that
/// the wording repeats (the wording often starts with the name) is called once.
template <class F>
constexpr void for_each_indicator_date(const indicator& i, F&& f) {
    std::array<std::string_view, 4> in_name{};
    std::size_t named = 0;
    for_each_written_date(i.name, [&](const written_date& d) {
        if (named < in_name.size()) in_name[named++] = d.text;
        f(d);
    });
    for_each_written_date(i.wording, [&](const written_date& d) {
        for (std::size_t k = 0; k < named; ++k) {
            if (in_name[k] == d.text) return;
        }
        f(d);
    });
}

/// Words saying that a cost is per person, per unit or a standard rate, not a total (人均补贴, 慰问标准).
inline constexpr std::string_view unit_price_words[] = {"每", "人均", "户均", "单价", "标准", "平均", "/"};

/// Whether a cost indicator caps a total in money: ≤ or < in 元, 千元, 万元 or 亿元, and neither its name
/// nor its wording says it is per person or a rate.
constexpr bool is_money_cap(const indicator& i) noexcept {
    const target& g = i.target;
    if ((g.cmp != comparator::le && g.cmp != comparator::lt) || find_money_unit(g.unit) == nullptr) return false;
    for (std::string_view w : unit_price_words) {
        if (i.name.find(w) != std::string_view::npos || i.wording.find(w) != std::string_view::npos) return false;
    }
    return true;
}

/// The exact sum of caps in money against an amount: every figure on one scale of 万元 fine enough for a
/// decimal in 元 and for the amount, in the wide type compare_money uses.
template <class A>
struct money_caps {
    using W = std::conditional_t<is_builtin_rep<typename A::rep>, int128, wide_t<typename A::rep>>;
    static constexpr int scale = A::scale > decimal::scale + 4 ? A::scale : decimal::scale + 4;  ///< of sum, in 万元

    W sum{};                ///< in 10^-scale 万元
    std::size_t count = 0;  ///< caps added
    std::size_t first = 0;  ///< the index of the first among the indicators
    bool strict = false;    ///< some cap is "<"

    /// Adds the cap of indicator i (at index n); the unit is a money unit.
    constexpr void add(const indicator& i, std::size_t n) {
        const int e = find_money_unit(i.target.unit)->exponent;
        // A decimal holds at most 9.2e18 × 10^8 of these units, so some 10^11 caps fit in 128 bits.
        sum += wide_mul(W(i.target.value.raw()), pow10<W>(scale - decimal::scale + e));
        if (count++ == 0) first = n;
        strict = strict || i.target.cmp == comparator::lt;
    }
    /// Whether the caps allow less than total (or exactly total, when one of them is strict).
    [[nodiscard]] constexpr bool below(const A& total) const {
        const W t = wide_mul(W(total.raw()), pow10<W>(scale - A::scale));
        return sum < t || (strict && sum == t);
    }
    /// Whether the sum is a decimal exactly (then as_decimal() is it, in 万元).
    [[nodiscard]] constexpr bool fits_decimal() const {
        const W unit = pow10<W>(scale - decimal::scale);
        return sum % unit == W{} && sum / unit <= W(std::numeric_limits<std::int64_t>::max());
    }
    [[nodiscard]] constexpr decimal as_decimal() const {
        return decimal::from_raw(static_cast<std::int64_t>(sum / pow10<W>(scale - decimal::scale)));
    }
};

/// Beijing's sixteen districts, as a unit's name may start with them (丰台残联, 丰台区残联).
inline constexpr std::string_view beijing_districts[] = {"东城",   "西城", "朝阳", "海淀", "丰台", "石景山",
                                                         "门头沟", "房山", "通州", "顺义", "昌平", "大兴",
                                                         "怀柔",   "平谷", "密云", "延庆"};

/// A unit's name without the prefix that says where it is: 北京市丰台区残联组联部, 丰台区残联组联部, 丰台残联组联部
/// and 区残联组联部 are all 残联组联部. 北京市 goes only before a district, and 市 alone stays (市残联 is the
/// city's federation, another body); the stem is never empty.
constexpr std::string_view unit_name_stem(std::string_view name) noexcept {
    std::string_view s = name;
    const auto strip = [&s](std::string_view p) {
        if (s.size() <= p.size() || !s.starts_with(p)) return false;
        s.remove_prefix(p.size());
        return true;
    };
    const std::string_view before_city = s;
    if (!strip("北京市")) strip("北京");
    bool district = false;
    for (std::string_view d : beijing_districts) {
        if (strip(d)) {
            district = true;
            break;
        }
    }
    if (!district) s = before_city;
    strip("区");
    return s;
}

/// One name of a unit in a set: how many tables use it and the first of them.
struct unit_name_use {
    std::string_view name;
    std::string_view stem;
    std::size_t first = 0;  ///< the position in the set of the first table that uses it
    std::size_t uses = 0;
};

/// The names that share a stem, each group the most used name first (the first used among equals), then
/// the others in the order they first appear; the groups in the order they first appear.
template <class R, class Get>
constexpr std::vector<std::vector<unit_name_use>> unit_name_variant_groups(const R& projects, Get get) {
    struct seen {
        std::string_view name;
        std::size_t at;
    };
    std::vector<seen> all;
    for (const auto& p : projects) all.push_back(seen{get(p), all.size()});
    // Sorting makes this n log n in the tables of a set, whatever the number of distinct names.
    std::sort(all.begin(), all.end(),
              [](const seen& a, const seen& b) { return a.name != b.name ? a.name < b.name : a.at < b.at; });
    std::vector<unit_name_use> names;
    for (const seen& x : all) {
        if (x.name.empty()) continue;
        if (!names.empty() && names.back().name == x.name) {
            ++names.back().uses;
        } else {
            names.push_back(unit_name_use{x.name, unit_name_stem(x.name), x.at, 1});
        }
    }
    std::sort(names.begin(), names.end(), [](const unit_name_use& a, const unit_name_use& b) {
        if (a.stem != b.stem) return a.stem < b.stem;
        if (a.uses != b.uses) return a.uses > b.uses;
        return a.first < b.first;
    });
    std::vector<std::vector<unit_name_use>> groups;
    for (std::size_t k = 0; k < names.size();) {
        std::size_t j = k + 1;
        while (j < names.size() && names[j].stem == names[k].stem) ++j;
        if (j - k > 1) {
            std::vector<unit_name_use> g(names.begin() + static_cast<std::ptrdiff_t>(k),
                                         names.begin() + static_cast<std::ptrdiff_t>(j));
            std::sort(g.begin() + 1, g.end(),
                      [](const unit_name_use& a, const unit_name_use& b) { return a.first < b.first; });
            groups.push_back(std::move(g));
        }
        k = j;
    }
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        std::size_t fa = a[0].first;
        std::size_t fb = b[0].first;
        for (const auto& u : a) fa = u.first < fa ? u.first : fa;
        for (const auto& u : b) fb = u.first < fb ? u.first : fb;
        return fa < fb;
    });
    return groups;
}

}  // namespace detail

namespace rules {

struct date_outside_period_rule {
    static void violates_date_outside_period() {}
    static constexpr message_template in_indicator{
        .figures = {"category", "indicator", "date", "start", "end"},
        .zh = "{category}「{indicator}」写有「{date}」，不在项目起止时间（{start}至{end}）内",
        .en = "{category} 「{indicator}」 names 「{date}」, outside 项目起止时间 {start}–{end}"};
    static constexpr message_template in_unnamed{
        .figures = {"category", "date", "start", "end"},
        .zh = "{category}中未填名称的指标写有「{date}」，不在项目起止时间（{start}至{end}）内",
        .en = "{category} names 「{date}」, outside 项目起止时间 {start}–{end}"};
    static constexpr message_template in_goal{
        .figures = {"date", "start", "end"},
        .zh = "项目绩效目标写有「{date}」，不在项目起止时间（{start}至{end}）内",
        .en = "项目绩效目标 names 「{date}」, outside 项目起止时间 {start}–{end}"};
    static constexpr rule info{
        .id = "date_outside_period",
        .level = severity::warning,
        .name = {"日期不在项目起止时间内", "date outside the period"},
        .summary = {"绩效目标或指标中写的日期不在项目起止时间内（写到月份的，整月都在期外）",
                    "a date written in the goal or an indicator lies outside 项目起止时间 (a month: all of it)"},
        .violated = &violates_date_outside_period,
        .messages = {&in_indicator, &in_unnamed, &in_goal}};

    /// Whether a calendar date d lies wholly outside the table's period (never, if the period is not one).
    template <class P>
    static constexpr bool outside(const P& p, const detail::written_date& d) noexcept {
        return p.start.ok() && p.end.ok() && !(p.end < p.start) && d.ok() && (d.last() < p.start || p.end < d.first());
    }
    template <class C, class Emit>
    static constexpr void on_table(const C& c, Emit& emit) {
        const auto& p = c.project;
        detail::for_each_written_date(p.goal, [&](const detail::written_date& d) {
            if (outside(p, d)) emit(info, in_goal, d.text, p.start, p.end);
        });
    }
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        const auto& p = c.project;
        detail::for_each_indicator_date(c.item, [&](const detail::written_date& d) {
            if (!outside(p, d)) return;
            if (c.item.name.empty()) {
                emit(info, in_unnamed, detail::category_label(c), d.text, p.start, p.end);
            } else {
                emit(info, in_indicator, detail::category_label(c), c.item.name, d.text, p.start, p.end);
            }
        });
    }
};
inline constexpr const rule& date_outside_period = date_outside_period_rule::info;

struct impossible_date_rule {
    static void violates_impossible_date() {}
    static constexpr message_template in_indicator{
        .figures = {"category", "indicator", "date"},
        .zh = "{category}「{indicator}」写有「{date}」，日历上没有这个日期",
        .en = "{category} 「{indicator}」 names 「{date}」, a date no calendar has"};
    static constexpr message_template in_unnamed{.figures = {"category", "date"},
                                                 .zh = "{category}中未填名称的指标写有「{date}」，日历上没有这个日期",
                                                 .en = "{category} names 「{date}」, a date no calendar has"};
    static constexpr message_template in_goal{.figures = {"date"},
                                              .zh = "项目绩效目标写有「{date}」，日历上没有这个日期",
                                              .en = "项目绩效目标 names 「{date}」, a date no calendar has"};
    static constexpr rule info{
        .id = "impossible_date",
        .level = severity::error,
        .name = {"日期不存在", "impossible date"},
        .summary = {"绩效目标或指标中写的日期是日历上没有的日期（4月31日、2021年2月29日、13月）",
                    "a date written in the goal or an indicator is not in the calendar (4月31日, 2021年2月29日, 13月)"},
        .violated = &violates_impossible_date,
        .messages = {&in_indicator, &in_unnamed, &in_goal}};
    template <class C, class Emit>
    static constexpr void on_table(const C& c, Emit& emit) {
        detail::for_each_written_date(c.project.goal, [&](const detail::written_date& d) {
            if (!d.ok()) emit(info, in_goal, d.text);
        });
    }
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        detail::for_each_indicator_date(c.item, [&](const detail::written_date& d) {
            if (d.ok()) return;
            if (c.item.name.empty()) {
                emit(info, in_unnamed, detail::category_label(c), d.text);
            } else {
                emit(info, in_indicator, detail::category_label(c), c.item.name, d.text);
            }
        });
    }
};
inline constexpr const rule& impossible_date = impossible_date_rule::info;

struct cost_target_below_budget_rule {
    static void violates_cost_target_below_budget() {}
    static constexpr message_template one{
        .figures = {"indicator", "comparator", "value", "unit", "column", "total"},
        .zh =
            "成本指标「{indicator}」的指标值为 {comparator}{value}{unit}，而{column}为 {total} 万元，成本上限低于预算",
        .en =
            "cost indicator 「{indicator}」 targets {comparator}{value} {unit}, but the {column} total is {total} 万元"};
    static constexpr message_template one_unnamed{
        .figures = {"text", "comparator", "value", "unit", "column", "total"},
        .zh =
            "未填名称的成本指标「{text}」的指标值为 {comparator}{value}{unit}，而{column}为 {total} 万元，成本上限低于预算",
        .en =
            "the unnamed cost indicator 「{text}」 targets {comparator}{value} {unit}, but the {column} total is {total} "
            "万元"};
    static constexpr message_template several{
        .figures = {"caps", "sum", "column", "total"},
        .zh = "{caps} 项成本指标的上限合计 {sum} 万元，而{column}为 {total} 万元，成本上限低于预算",
        .en = "the {caps} cost indicators cap the cost at {sum} 万元 together, but the {column} total is {total} 万元"};
    static constexpr message_template several_fine{
        .figures = {"caps", "column", "total"},
        .zh = "{caps} 项成本指标的上限合计低于{column} {total} 万元",
        .en = "the {caps} cost indicators cap the cost below the {column} total {total} 万元 together"};
    static constexpr rule info{
        .id = "cost_target_below_budget",
        .level = severity::error,
        .name = {"成本上限低于本年度资金", "cost caps below the total"},
        .summary = {"各项成本指标都以金额设上限（元或万元的 ≤ 或 <，不是人均），上限合计却少于本年度项目资金",
                    "every cost indicator caps the cost in money (≤ or < in 元 or 万元, not per person), and the caps "
                    "sum to less than this year's total"},
        .violated = &violates_cost_target_below_budget,
        .messages = {&one, &one_unnamed, &several, &several_fine}};
    template <class C, class Emit>
    static constexpr void on_indicators(const C& c, Emit& emit) {
        using F = typename C::form;
        using A = typename std::remove_cvref_t<decltype(c.project)>::amount_type;
        const auto& inds = c.project.indicators;
        detail::money_caps<A> caps;
        for (std::size_t n = 0; n < inds.size(); ++n) {
            if (!is_cost_category(inds[n].cat)) continue;
            // A cost the table states otherwise (=, a rate, a text, 无) could be any amount: no certain bound.
            if (!detail::is_money_cap(inds[n])) return;
            caps.add(inds[n], n);
        }
        const auto& total = c.project.current().total;
        if (caps.count == 0 || !caps.below(total)) return;
        const auto& column = F::columns[F::current_column];
        if (caps.count == 1) {
            const indicator& i = inds[caps.first];
            if (i.name.empty()) {
                detail::with_indicator_text(i, [&](const auto& text) {
                    emit(info, one_unnamed, text, to_string_view(i.target.cmp), i.target.value, i.target.unit, column,
                         total);
                });
            } else {
                emit(info, one, i.name, to_string_view(i.target.cmp), i.target.value, i.target.unit, column, total);
            }
        } else if (caps.fits_decimal()) {
            emit(info, several, caps.count, caps.as_decimal(), column, total);
        } else {
            emit(info, several_fine, caps.count, column, total);
        }
    }
};
inline constexpr const rule& cost_target_below_budget = cost_target_below_budget_rule::info;

struct satisfaction_without_measure_rule {
    static void violates_satisfaction_without_measure() {}
    static constexpr message_template named{
        .figures = {"category", "indicator"},
        .zh = "{category}「{indicator}」没有衡量满意度（名称和内容都没有“满意”“满意度”“满意率”，指标值也不是百分比）",
        .en = "{category} 「{indicator}」 states no satisfaction measure (no 满意, 满意度 or 满意率, no percentage)"};
    static constexpr message_template unnamed{
        .figures = {"category", "text"},
        .zh =
            "{category}中未填名称的指标「{text}」没有衡量满意度（内容没有“满意”“满意度”“满意率”，指标值也不是百分比）",
        .en =
            "{category}: the unnamed indicator 「{text}」 states no satisfaction measure (no 满意, 满意度 or 满意率, no "
            "percentage)"};
    static constexpr rule info{
        .id = "satisfaction_without_measure",
        .level = severity::warning,
        .name = {"满意度指标未衡量满意度", "satisfaction not measured"},
        .summary = {"服务对象满意度指标的名称和内容都没有“满意”，指标值也不是百分比",
                    "a 服务对象满意度指标 names no satisfaction (满意) in its name or text and targets no percentage"},
        .violated = &violates_satisfaction_without_measure,
        .messages = {&named, &unnamed}};
    template <class C, class Emit>
    static constexpr void on_indicator(const C& c, Emit& emit) {
        const indicator& i = c.item;
        if (!detail::states_no_satisfaction_measure(i)) return;
        if (i.name.empty()) {
            detail::with_indicator_text(
                i, [&](const auto& text) { emit(info, unnamed, detail::category_label(c), text); });
        } else {
            emit(info, named, detail::category_label(c), i.name);
        }
    }
};
inline constexpr const rule& satisfaction_without_measure = satisfaction_without_measure_rule::info;

struct unit_name_variants_rule {
    static void violates_unit_name_variants() {}
    static constexpr message_template variant{
        .figures = {"field", "name", "other"},
        .zh = "{field}「{name}」与「{other}」只差地名前缀（区、区名、北京市），可能是同一单位；按{field}汇总时两者分列",
        .en =
            "{field} 「{name}」 differs from 「{other}」 only by a prefix (区, a district, 北京市); totals by {field} "
            "keep them apart"};
    static constexpr rule info{
        .id = "unit_name_variants",
        .level = severity::warning,
        .name = {"单位名称写法不一", "unit name variants"},
        .summary =
            {"同一套表中单位名称只差地名前缀（区残联组联部、丰台残联组联部、残联组联部；已知前缀：北京市、北京各区、区）",
             "units of a set whose names differ only by a place prefix (区残联组联部, 丰台残联组联部, 残联组联部; "
             "the prefixes known: 北京市, Beijing's districts, 区)"},
        .violated = &violates_unit_name_variants,
        .messages = {&variant}};

    /// The implementers' (or, with the applicant, the applicants') names of a set that differ only by a
    /// prefix: groups of two or more, the most used name first.
    template <class R, class Get>
    static constexpr std::vector<std::vector<detail::unit_name_use>> groups(const R& projects, Get get) {
        return detail::unit_name_variant_groups(projects, get);
    }
    /// The set: each name that has a variant, on the first table that uses it, against the group's first name;
    /// in table order.
    template <class R, class Emit>
    static constexpr void on_set(const R& projects, Emit& emit) {
        using P = detail::range_project_t<R>;
        // What to say, by the table it is said on. The names are views into the tables' storage (a table
        // yielded by value points there too), so no table is copied.
        struct said {
            std::size_t table;
            std::size_t order;
            std::string_view field;
            std::string_view name;
            std::string_view other;
        };
        std::vector<said> out;
        const auto collect = [&](std::string_view field, const auto& gs) {
            for (const auto& g : gs) {
                for (std::size_t k = 1; k < g.size(); ++k) {
                    out.push_back(said{g[k].first, out.size(), field, g[k].name, g[0].name});
                }
            }
        };
        collect("项目申报单位", groups(projects, [](const P& p) { return p.applicant; }));
        collect("项目实施单位", groups(projects, [](const P& p) { return p.implementer; }));
        std::sort(out.begin(), out.end(), [](const said& a, const said& b) {
            return a.table != b.table ? a.table < b.table : a.order < b.order;
        });
        std::size_t at = 0;
        std::size_t next = 0;
        for (const auto& p : projects) {
            for (; next < out.size() && out[next].table == at; ++next) {
                emit(info, variant, p, at, out[next].field, out[next].name, out[next].other);
            }
            ++at;
        }
    }
};
inline constexpr const rule& unit_name_variants = unit_name_variants_rule::info;

/// Every rule unit. Within each part of a table (see check_project) the checks run, and their findings
/// come, in this order.
using units = detail::rule_units<
    missing_field_rule, missing_indicator_name_rule, invalid_date_rule, period_reversed_rule, period_outside_year_rule,
    negative_amount_rule, amount_overflow_rule, funding_sources_sum_rule, cost_line_mismatch_rule,
    cost_line_not_computable_rule, cost_basis_exceeds_total_rule, cost_basis_below_total_rule,
    category_not_in_form_rule, required_category_missing_rule, placeholder_target_rule,
    quantitative_target_expected_rule, missing_unit_rule, duplicate_indicator_name_rule, percentage_out_of_range_rule,
    cost_target_exceeds_budget_rule, duplicate_seq_rule, date_outside_period_rule, impossible_date_rule,
    cost_target_below_budget_rule, satisfaction_without_measure_rule, unit_name_variants_rule>;

/// Every rule, in the order of units.
inline constexpr auto all = units::all_rules;

}  // namespace rules

/// The rule with this id, or null (for ids read at run time: command lines, JSON).
constexpr const rule* find_rule(std::string_view id) noexcept {
    for (const rule* r : rules::all) {
        if (r->id == id) return r;
    }
    return nullptr;
}

namespace detail {

/// Hands a rule's finding to sink(rule, message, part, index, figures...), with the part it is about.
template <class Sink>
struct part_emitter {
    Sink& sink;
    table_part part;
    std::size_t index;
    template <class... Figures>
    constexpr void operator()(const rule& r, const message_template& m, const Figures&... figures) const {
        sink(r, m, part, index, figures...);
    }
};

/// Applies every per-table rule unit to p, part by part, handing each finding to
/// sink(rule, message, part, index, figures...).
template <form F, class A, class Sink>
constexpr void check_project(const basic_project<F, A>& p, Sink&& sink) {
    using P = basic_project<F, A>;
    using units = rules::units;

    const table_facts<P> table{p};
    const part_emitter<Sink> on_table{sink, table_part::table, 0};
    units::run<hook::on_table>(table, on_table);

    for (std::size_t c = 0; c < p.funding.size(); ++c) {
        const column_facts<P> col{p, c, F::columns[c], p.funding[c], p.funding[c].try_sources_sum()};
        const part_emitter<Sink> emit{sink, table_part::funding_column, c};
        units::run<hook::on_column>(col, emit);
    }

    if (!p.cost_basis.empty()) {
        // The basis and its gap to this year's total are summed exactly: what the amount type cannot
        // hold is amount_overflow's finding, never an exception out of validate().
        cost_basis_facts<P> basis{p, A{}, false, {}, {}};
        exact_sum<typename A::rep> sum;
        for (std::size_t i = 0; i < p.cost_basis.size(); ++i) {
            const cost_line_facts<P> line{p, i, p.cost_basis[i], p.cost_basis[i].try_total()};
            basis.truncated = basis.truncated || line.line.truncated;
            if (line.product.ok()) sum.add(line.product.value.raw());
            const part_emitter<Sink> emit{sink, table_part::cost_line, i};
            units::run<hook::on_cost_line>(line, emit);
        }
        basis.sum = checked_total<A>::of(sum);
        basis.basis = basis.sum.value;
        basis.gap = checked_total<A>::difference(p.current().total, basis.sum);
        units::run<hook::on_cost_basis>(basis, on_table);
    }

    // Each indicator's category is looked up once, and which form categories and required level-1
    // categories are filled is noted by index, so the rules compare no strings for it (string
    // comparison dominates the cost of validating a table during constant evaluation).
    constexpr std::size_t nl1 = F::required_level1.size();
    indicators_facts<P> after{p};
    for (std::size_t n = 0; n < p.indicators.size(); ++n) {
        const indicator& i = p.indicators[n];
        const form_category* fc = find_category<F>(i.cat);
        const std::size_t k = fc != nullptr ? static_cast<std::size_t>(fc - F::categories.data()) : 0;
        if (fc != nullptr) after.filled[k] = true;
        if (i.target.cmp != comparator::none) {
            for (std::size_t l = 0; l < nl1; ++l) {
                after.level1_filled[l] = after.level1_filled[l] ||
                                         (fc != nullptr ? level1_of_category<F>[k][l]
                                                        : i.cat.level1 == F::required_level1[l]);
            }
        }
        const indicator_facts<P> ind{p, n, i, fc};
        const part_emitter<Sink> emit{sink, table_part::indicator, n};
        units::run<hook::on_indicator>(ind, emit);
    }
    units::run<hook::on_indicators>(after, on_table);
}

/// Applies the rule units across the tables of a set, handing each finding to
/// sink(rule, message, table, its position in the set, figures...).
template <project_range R, class Sink>
constexpr void check_set(const R& projects, Sink&& sink) {
    rules::units::run<hook::on_set>(projects, sink);
}

}  // namespace detail

/// Applies every rule to one table and returns all findings.
template <form F, class A>
constexpr findings validate(const basic_project<F, A>& p) {
    findings out;
    detail::check_project(
        p, [&](const rule& r, const message_template& m, table_part part, std::size_t index, const auto&... figures) {
            out.add(finding(r, m, p.seq, p.name, part, index, figures...));
        });
    return out;
}

/// Applies every rule to each table of a set, plus the rules across tables (duplicate 序号).
template <project_range R>
constexpr findings validate(const R& projects) {
    findings out;
    std::uint32_t position = 0;
    for (const auto& p : projects) {
        detail::check_project(p, [&](const rule& r, const message_template& m, table_part part, std::size_t index,
                                     const auto&... figures) {
            finding f(r, m, p.seq, p.name, part, index, figures...);
            f.table = position;
            out.add(std::move(f));
        });
        ++position;
    }
    detail::check_set(
        projects, [&](const rule& r, const message_template& m, const auto& p, std::size_t at, const auto&... figures) {
            finding f(r, m, p.seq, p.name, table_part::table, 0, figures...);
            f.table = static_cast<std::uint32_t>(at);
            out.add(std::move(f));
        });
    return out;
}

/// True if the table breaks no rule of `at_least` severity. During constant evaluation a broken rule
/// stops compilation in a function named violates_<rule id>, so the diagnostic names the rule:
///   static_assert(jixiao::require_valid(my_table));
template <form F, class A>
constexpr bool require_valid(const basic_project<F, A>& p, severity at_least = severity::error) {
    bool ok = true;
    detail::check_project(p, [&](const rule& r, const message_template&, table_part, std::size_t, const auto&...) {
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
    for (const auto& f : validate(projects)) {
        if (f.level() >= at_least) {
            if (std::is_constant_evaluated()) f.rule().violated();
            return false;
        }
    }
    return true;
}

}  // namespace jixiao
