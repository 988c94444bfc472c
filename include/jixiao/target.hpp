// jixiao — targets: the 指标值 of a performance indicator ("≥90%", "≤447.8777万元", 定性, 无).
//
// The wordings read by parse_target follow DOMAIN.md ("Reading a target expression"). Boundaries follow
// 《民法典》第一千二百五十九条: 以上, 以下 and 以内 include the number; 超过 and 不满 exclude it.
// Source text is UTF-8; the Chinese words below are UTF-8 literals (g++ and clang read sources as UTF-8).
#pragma once

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include "charconv.hpp"
#include "decimal.hpp"
#include "detail/money_units.hpp"
#include "detail/utf8.hpp"
#include "fixed_text.hpp"

namespace jixiao {

/// How a target compares an actual value with its number; qualitative and none carry no number.
enum class comparator { eq, ge, gt, le, lt, qualitative, none };

/// The canonical sign: "=", "≥", ">", "≤", "<", "定性", "无".
constexpr std::string_view to_string_view(comparator c) noexcept {
    switch (c) {
        case comparator::eq: return "=";
        case comparator::ge: return "≥";
        case comparator::gt: return ">";
        case comparator::le: return "≤";
        case comparator::lt: return "<";
        case comparator::qualitative: return "定性";
        case comparator::none: return "无";
    }
    return "?";
}

/// Writes to_string_view(c) to a stream.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, comparator c) {
    return os << to_string_view(c);
}

namespace detail {
inline constexpr std::string_view units_before_money[] = {
    // compound units (before their first part)
    "元/人/月",
    "元/人/年",
    "元/人·月",
    "元/人次",
    "元/人",
    "元/户",
    "元/月",
    "元/年",
    "元/次",
    "元/天",
    "万元/年",
    "人次/年",
    "小时/人",
    "小时/年",
    "次/人",
    "次/年",
    "次/月",
    "天/年",
    // ratios
    "%",
    "‰",
};
inline constexpr std::string_view units_after_money[] = {
    // people, households, organisations
    "万人次",
    "人次",
    "万人",
    "人",
    "万户",
    "户次",
    "户",
    "家次",
    "家",
    "名",
    "位",
    "所",
    // counts
    "次",
    "场次",  // 序号6: 不低于12场次
    "场",
    "台",
    "套",
    "个工作日",
    "个月",
    "个",
    "份",
    "项",
    "件",
    "批",
    "篇",
    "期",
    "辆次",
    "辆",
    "处",
    "条",
    "座",
    "本",
    "张",
    "册",
    "间",
    "种",
    "类",
    "部",
    "节",
    "课时",
    "学时",
    "床",
    "万册",
    // time
    "万小时",
    "小时",
    "分钟",
    "工作日",
    "天",
    "日",
    "周",
    "月",
    "季度",
    "年",
    // measures
    "平方米",
    "立方米",
    "平方公里",
    "公里",
    "千米",
    "米",
    "公斤",
    "千克",
    "吨",
    "亩",
    "万亩",
    "岁",
    "倍",
    "分",
};
}  // namespace detail

/// The units a target may carry, canonical spelling, each listed before every unit that is a prefix of it
/// (so the first match is the longest); the money units (亿元, 万元, 千元, 元) are those of the one table
/// of money units. parse_target only ever yields one of these (or no unit); a compound unit "A/B" is
/// accepted only if it is listed here.
inline constexpr auto known_units = [] {
    std::array<std::string_view, std::size(detail::units_before_money) + std::size(detail::money_units) +
                                     std::size(detail::units_after_money)>
        all{};
    std::size_t n = 0;
    for (auto u : detail::units_before_money) all[n++] = u;
    for (const auto& m : detail::money_units) all[n++] = m.name;
    for (auto u : detail::units_after_money) all[n++] = u;
    return all;
}();

namespace detail {

// The failure functions are deliberately not constexpr: reached during constant evaluation, both g++ and
// clang name them in the diagnostic, so the name is the message.
[[noreturn]] inline void target_text_is_not_a_valid_target(std::size_t position, const char* reason) {
    throw parse_error(position, reason);
}
[[noreturn]] inline void target_is_not_quantitative(comparator c) {
    throw std::domain_error(std::string("jixiao: target ") + std::string(to_string_view(c)) +
                            " is not quantitative; it cannot be met by a number");
}
[[noreturn]] inline void target_text_does_not_fit_the_buffer() {
    throw std::length_error("jixiao: target text does not fit the fixed buffer");
}

// Byte access below goes through data() pointers rather than string_view::operator[] or starts_with:
// the result is the same, and constant evaluation (clang's above all) is several times faster.

/// Whether [s, s + n) starts with [p, p + m).
constexpr bool has_prefix(const char* s, std::size_t n, const char* p, std::size_t m) noexcept {
    if (m > n) return false;
    for (std::size_t i = 0; i < m; ++i) {
        if (s[i] != p[i]) return false;
    }
    return true;
}

/// The first UTF-8 character of d as one number (its bytes packed), 0 for empty text: a cheap first test
/// before comparing strings during constant evaluation, where every character compared costs steps.
constexpr std::uint32_t lead_key(const char* d, std::size_t n) noexcept {
    if (n == 0) return 0;
    const auto b = static_cast<unsigned char>(d[0]);
    std::size_t len = utf8_lead_length(b);
    if (len > n) len = n;
    std::uint32_t k = 0;
    for (std::size_t i = 0; i < len; ++i) k = (k << 8) | static_cast<unsigned char>(d[i]);
    return k;
}

/// lead_key of every known unit, in table order.
inline constexpr auto unit_keys = [] {
    std::array<std::uint32_t, known_units.size()> k{};
    for (std::size_t i = 0; i < known_units.size(); ++i) k[i] = lead_key(known_units[i].data(), known_units[i].size());
    return k;
}();

/// Whether s starts with p.
constexpr bool has_prefix(std::string_view s, std::string_view p) noexcept {
    return has_prefix(s.data(), s.size(), p.data(), p.size());
}

/// Whether the table is well formed: no empty unit, and no unit preceded by a unit that is a prefix of it
/// (so the first match is the longest). Checked by the tests, not in every translation unit.
constexpr bool known_units_ok() noexcept {
    for (std::size_t i = 0; i < known_units.size(); ++i) {
        if (known_units[i].empty()) return false;
        for (std::size_t j = i + 1; j < known_units.size(); ++j) {
            if (has_prefix(known_units[j], known_units[i])) return false;  // also catches duplicates
        }
    }
    return true;
}

constexpr std::size_t longest_unit_size() noexcept {
    std::size_t n = 0;
    for (auto u : known_units) n = u.size() > n ? u.size() : n;
    return n;
}

inline constexpr std::string_view fullwidth_percent = "％";  // read as %

constexpr std::size_t find_percent() noexcept {
    std::size_t i = 0;
    while (known_units[i] != "%") ++i;
    return i;
}
inline constexpr std::size_t percent_index = find_percent();

/// The table entry for the unit at the start of s (the longest), or an empty view; `length` gets the
/// number of bytes of s it used (an alias such as ％ is shorter or longer than its canonical form).
constexpr std::string_view match_unit(std::string_view s, std::size_t& length) noexcept {
    const char* d = s.data();
    const std::size_t n = s.size();
    const std::uint32_t key = lead_key(d, n);
    for (std::size_t k = 0; k < known_units.size(); ++k) {
        // Most units differ in their first character: compare it as one number before the bytes.
        if (unit_keys[k] != key) continue;
        const std::string_view u = known_units[k];
        if (has_prefix(d, n, u.data(), u.size())) {
            length = u.size();
            return u;
        }
    }
    if (has_prefix(s, fullwidth_percent)) {
        length = fullwidth_percent.size();
        return known_units[percent_index];
    }
    length = 0;
    return {};
}

// What a comparator word does beyond its comparator.
enum class word_kind {
    plain,                // 不低于, ≥, ...: a second comparator after the number is an error
    reach,                // 达到: neutral ("reach"), a following 以上/以下 decides (the seed's "达到95%以上")
    control,              // 控制在: ≤, and may be closed by 内/以内/以下
    reach_before_number,  // 达: like reach, and a comparator only when a digit follows
};

struct comparator_word {
    std::string_view text;
    comparator cmp;
    word_kind kind = word_kind::plain;
    bool sign = false;  // a symbol, not a word: found anywhere in text, it makes the text a comparison
};

/// Comparators written before the number. Matched longest first (不低于 before 低于, 不超过 before 超过).
inline constexpr comparator_word prefix_comparators[] = {
    // ≥
    {"不低于", comparator::ge},
    {"不少于", comparator::ge},
    {"不小于", comparator::ge},
    {"大于等于", comparator::ge},
    {"大于或等于", comparator::ge},
    {"至少", comparator::ge},
    {"最少", comparator::ge},
    {"达到", comparator::ge, word_kind::reach},
    // 达 alone ("达90%") reads as 达到, but only when a number follows: 达标 stays a qualitative statement.
    {"达", comparator::ge, word_kind::reach_before_number},
    {"≥", comparator::ge, word_kind::plain, true},
    {"≧", comparator::ge, word_kind::plain, true},
    {">=", comparator::ge, word_kind::plain, true},
    {"＞＝", comparator::ge, word_kind::plain, true},
    {"＞=", comparator::ge, word_kind::plain, true},
    // >
    {"超过", comparator::gt},
    {"高于", comparator::gt},
    {"大于", comparator::gt},
    {"多于", comparator::gt},
    {">", comparator::gt, word_kind::plain, true},
    {"＞", comparator::gt, word_kind::plain, true},
    // ≤
    {"不超过", comparator::le},
    {"不高于", comparator::le},
    {"不多于", comparator::le},
    {"不大于", comparator::le},
    {"小于等于", comparator::le},
    {"小于或等于", comparator::le},
    {"最多", comparator::le},
    {"控制在", comparator::le, word_kind::control},
    {"≤", comparator::le, word_kind::plain, true},
    {"≦", comparator::le, word_kind::plain, true},
    {"<=", comparator::le, word_kind::plain, true},
    {"＜＝", comparator::le, word_kind::plain, true},
    {"＜=", comparator::le, word_kind::plain, true},
    // <
    {"低于", comparator::lt},
    {"少于", comparator::lt},
    {"不满", comparator::lt},
    {"不足", comparator::lt},
    {"小于", comparator::lt},
    {"<", comparator::lt, word_kind::plain, true},
    {"＜", comparator::lt, word_kind::plain, true},
    // =
    {"等于", comparator::eq},
    {"=", comparator::eq, word_kind::plain, true},
    {"＝", comparator::eq, word_kind::plain, true},
};

/// lead_key of every prefix comparator, in table order.
inline constexpr auto prefix_keys = [] {
    std::array<std::uint32_t, std::size(prefix_comparators)> k{};
    for (std::size_t i = 0; i < k.size(); ++i) {
        k[i] = lead_key(prefix_comparators[i].text.data(), prefix_comparators[i].text.size());
    }
    return k;
}();

struct suffix_word {
    std::string_view text;
    comparator cmp;
    bool after_control_only = false;  // 内 alone means 以内 only in 控制在 X 内
};

/// Comparators written after the number and unit.
inline constexpr suffix_word suffix_comparators[] = {
    {"及以上", comparator::ge}, {"以上", comparator::ge}, {"及以下", comparator::le},
    {"以下", comparator::le},   {"以内", comparator::le}, {"内", comparator::le, true},
};

/// Whole texts that mean "no target".
inline constexpr std::string_view none_texts[] = {"无", "-", "/", "—", "——", "－", "／"};

inline constexpr std::string_view ideographic_space = "\u3000";

/// The size of the space at s[i] (ASCII space, tab or U+3000), or 0.
constexpr std::size_t space_at(std::string_view s, std::size_t i) noexcept {
    if (i >= s.size()) return 0;
    const char* p = s.data() + i;
    if (*p == ' ' || *p == '\t') return 1;
    // U+3000 is E3 80 80.
    if (s.size() - i >= 3 && p[0] == '\xE3' && p[1] == '\x80' && p[2] == '\x80') return 3;
    return 0;
}

constexpr std::size_t skip_spaces(std::string_view s, std::size_t i) noexcept {
    while (std::size_t n = space_at(s, i)) i += n;
    return i;
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// The longest prefix comparator at the start of s, or nullptr.
constexpr const comparator_word* match_prefix(std::string_view s) noexcept {
    const comparator_word* best = nullptr;
    std::size_t best_size = 0;
    const char* d = s.data();
    const std::size_t n = s.size();
    if (n == 0 || is_digit(d[0])) return nullptr;  // the common case: the number comes first
    const std::uint32_t key = lead_key(d, n);
    for (std::size_t k = 0; k < std::size(prefix_comparators); ++k) {
        if (prefix_keys[k] != key) continue;
        const comparator_word& w = prefix_comparators[k];
        const std::size_t m = w.text.size();
        if (m > best_size && has_prefix(d, n, w.text.data(), m)) {
            if (w.kind == word_kind::reach_before_number) {
                const std::size_t k = skip_spaces(s, m);
                if (k >= n || !is_digit(s[k])) continue;
            }
            best = &w;
            best_size = m;
        }
    }
    return best;
}

/// The longest suffix comparator at the start of s, or nullptr.
constexpr const suffix_word* match_suffix(std::string_view s) noexcept {
    const suffix_word* best = nullptr;
    std::size_t best_size = 0;
    const char* d = s.data();
    const std::size_t n = s.size();
    for (const auto& w : suffix_comparators) {
        const std::size_t m = w.text.size();
        if (m > best_size && has_prefix(d, n, w.text.data(), m)) {
            best = &w;
            best_size = m;
        }
    }
    return best;
}

}  // namespace detail

/// A target (指标值): a comparison with an exact number in a unit, a qualitative statement, or none.
struct target {
    comparator cmp = comparator::none;
    decimal value{};
    /// From parse_target always one of known_units (or empty): it never points into the parsed text.
    std::string_view unit{};

    /// Whether the target compares a number (=, ≥, >, ≤, <).
    [[nodiscard]] constexpr bool is_quantitative() const noexcept {
        return cmp != comparator::qualitative && cmp != comparator::none;
    }
    /// Whether the unit is "%".
    [[nodiscard]] constexpr bool is_percentage() const noexcept { return unit == "%"; }

    /// Whether an actual value (in the same unit) meets the target; throws std::domain_error for a
    /// qualitative target or none.
    [[nodiscard]] constexpr bool met_by(const decimal& actual) const {
        switch (cmp) {
            case comparator::eq: return actual == value;
            case comparator::ge: return actual >= value;
            case comparator::gt: return actual > value;
            case comparator::le: return actual <= value;
            case comparator::lt: return actual < value;
            case comparator::qualitative:
            case comparator::none: break;
        }
        detail::target_is_not_quantitative(cmp);
    }

    /// Equal when comparator, value and unit (by content) are equal.
    friend constexpr bool operator==(const target&, const target&) = default;
};

/// The table entry spelled u (％ counts as %), or an empty view if u is not a known unit.
constexpr std::string_view known_unit(std::string_view u) noexcept {
    std::size_t n = 0;
    const auto m = detail::match_unit(u, n);
    return n == u.size() ? m : std::string_view{};
}

/// The outcome of try_parse_target: the target, or where and why the text is not one.
struct target_parse_result {
    jixiao::target target{};
    std::size_t position = 0;      ///< on error: byte offset in the text where the problem was found
    const char* reason = nullptr;  ///< on error: why; nullptr on success
    [[nodiscard]] constexpr bool ok() const noexcept { return reason == nullptr; }
    constexpr explicit operator bool() const noexcept { return ok(); }
};

/// Reads a target expression without throwing (see parse_target for the grammar).
constexpr target_parse_result try_parse_target(std::string_view s) noexcept {
    using detail::skip_spaces;
    target_parse_result res;
    auto fail = [&](std::size_t pos, const char* why) {
        res.position = pos;
        res.reason = why;
        res.target = {};
        return res;
    };
    auto done = [&](comparator c, decimal v = {}, std::string_view u = {}) {
        res.target = target{c, v, u};
        return res;
    };

    // Trim spaces at both ends; positions stay those of s.
    const std::size_t begin = skip_spaces(s, 0);
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
    s = s.substr(0, end);  // so that nothing below reads the trailing spaces
    const std::string_view body = s.substr(begin);
    if (body.empty()) return done(comparator::none);
    for (auto t : detail::none_texts) {
        if (body == t) return done(comparator::none);
    }

    // A full-width digit is a digit, so the text is no qualitative statement, and no target either.
    bool has_digit = false;
    const char* d = s.data();
    for (std::size_t i = begin; i < end; ++i) {
        if (d[i] == '\xEF' && detail::fullwidth_digit_at(s, i)) {
            return fail(i, "full-width digits are not accepted; write ASCII 0-9");
        }
        has_digit = has_digit || detail::is_digit(d[i]);
    }

    const detail::comparator_word* prefix = detail::match_prefix(body);
    std::size_t i = begin;
    if (prefix != nullptr) {
        i = skip_spaces(s, i + prefix->text.size());
        if (!has_digit || i == end) return fail(i, "a comparator with no number");
    } else if (!has_digit) {
        // No digit and no leading comparator: a qualitative statement, unless it holds a comparison sign,
        // ends with 以上/以下/以内 or is a bare unit -- a target that lost its number is an error, never a guess.
        if (!known_unit(body).empty()) return fail(begin, "a unit with no number");
        for (std::size_t k = begin; k < end; ++k) {
            for (const auto& w : detail::prefix_comparators) {
                if (w.sign && detail::has_prefix(s.substr(k, end - k), w.text)) {
                    return fail(k, "a comparator with no number");
                }
            }
            const detail::suffix_word* suf = detail::match_suffix(s.substr(k, end - k));
            if (suf != nullptr && !suf->after_control_only && k + suf->text.size() == end) {
                return fail(k, "a comparator with no number");
            }
        }
        return done(comparator::qualitative);
    }

    // The number.
    const char c = d[i];
    if (c == '-') return fail(i, "negative numbers are not targets");
    if (c == '+') return fail(i, "a sign is not accepted before the number");
    if (!detail::is_digit(c) && c != '.') {
        return fail(i, prefix != nullptr ? "expected a number after the comparator"
                                         : "text before the number is not a comparator");
    }
    const auto num = detail::scan<decimal::rep, decimal::scale>(s.substr(i, end - i), false, 0, false);
    if (num.ec != detail::scan_errc::none) return fail(i + num.pos, num.reason);
    i += num.pos;
    const decimal value = decimal::from_raw(num.raw);
    if (i < end) {
        const char e = d[i];
        if (e == 'e' || e == 'E') return fail(i, "exponents are not accepted");
        if (e == ',') return fail(i, "thousands separators are not accepted");
        if (e == '.') return fail(i, "a second decimal point");
    }

    // The unit.
    std::size_t j = skip_spaces(s, i);
    if (j < end && detail::is_digit(d[j])) {
        return fail(j, "a second number (spaces are not accepted within a number)");
    }
    std::size_t unit_length = 0;
    const std::string_view unit = detail::match_unit(s.substr(j, end - j), unit_length);
    if (unit_length != 0) {
        j += unit_length;
        if (j < end && d[j] == '/') return fail(j, "unknown compound unit (see jixiao::known_units)");
    }

    // The comparator after the number, if any.
    comparator cmp = prefix != nullptr ? prefix->cmp : comparator::eq;
    std::size_t k = skip_spaces(s, j);
    const detail::suffix_word* suffix = k < end ? detail::match_suffix(s.substr(k, end - k)) : nullptr;
    if (suffix != nullptr) {
        const auto kind = prefix != nullptr ? prefix->kind : detail::word_kind::plain;
        if (suffix->after_control_only && kind != detail::word_kind::control) {
            return fail(k, "内 is read as 以内 only after 控制在; write 以内");
        }
        if (prefix != nullptr && kind == detail::word_kind::plain) return fail(k, "two comparators");
        if (kind == detail::word_kind::control && suffix->cmp != comparator::le) return fail(k, "two comparators");
        cmp = suffix->cmp;
        k = skip_spaces(s, k + suffix->text.size());
    }
    if (k != end) {
        if (unit_length == 0 && suffix == nullptr) return fail(k, "unknown unit (see jixiao::known_units)");
        return fail(k, "unexpected text after the target");
    }
    return done(cmp, value, unit);
}

/// Reads a target expression (DOMAIN.md, "Reading a target expression"):
///   [comparator] number [unit] [以上|及以上|以下|及以下|以内]   or   控制在 number [unit] [内|以内|以下]
/// with spaces (ASCII or U+3000) allowed around the parts. Text with no digit and no comparator is
/// qualitative; "无", "-", "/" or nothing is none. Anything else -- a comparator with no number, a number
/// followed by text that is no unit, a negative number, two comparators -- throws parse_error naming the
/// byte position and the reason.
constexpr target parse_target(std::string_view text) {
    const auto r = try_parse_target(text);
    if (!r.ok()) detail::target_text_is_not_a_valid_target(r.position, r.reason);
    return r.target;
}

/// The most bytes the canonical text of a target whose unit is from known_units can take.
inline constexpr std::size_t target_chars_max = 3 + 21 + detail::longest_unit_size();

/// Writes the canonical text ("≥90%", "≤447.8777万元", "=2000户", "定性", "无"): the value without
/// trailing fraction zeros, so that parse_target reads it back to an equal target (for a value >= 0 and a
/// unit from known_units). std::errc::value_too_large if it does not fit.
constexpr std::to_chars_result to_chars(char* first, char* last, const target& t) noexcept {
    auto put = [&](char*& p, std::string_view s) {
        if (static_cast<std::size_t>(last - p) < s.size()) return false;
        for (char ch : s) *p++ = ch;
        return true;
    };
    char* p = first;
    if (!put(p, to_string_view(t.cmp))) return {last, std::errc::value_too_large};
    if (t.is_quantitative()) {
        p = detail::format_trimmed<decimal::rep, decimal::scale>(p, last, t.value.raw());
        if (p == nullptr || !put(p, t.unit)) return {last, std::errc::value_too_large};
    }
    return {p, std::errc{}};
}

/// The canonical text of a target in a fixed buffer, usable in constant evaluation.
using target_text = fixed_text<target_chars_max + 3>;  // + 3: fixed_text keeps room for its "…"

/// The canonical text of t (see to_chars); throws std::length_error if t's unit is too long to fit.
constexpr target_text to_text(const target& t) {
    char buf[target_chars_max]{};
    const auto r = to_chars(buf, buf + target_chars_max, t);
    if (r.ec != std::errc{}) detail::target_text_does_not_fit_the_buffer();
    return target_text(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

/// The canonical text of t (see to_chars), for any unit.
inline std::string to_string(const target& t) {
    std::string out(to_string_view(t.cmp));
    if (t.is_quantitative()) {
        out += detail::trimmed_string(t.value);
        out += t.unit;
    }
    return out;
}

/// Writes the canonical text of t (see to_chars) to a stream.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const target& t) {
    return os << to_string(t);
}

}  // namespace jixiao
