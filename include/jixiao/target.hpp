// jixiao — targets: the 指标值 of a performance indicator ("≥90%", "≤447.8777万元", 定性, 无).
//
// The wordings read by parse_target are those of docs/domain.md §4 ("Reading a target"). Boundaries follow
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

/// The first bytes of the comparison signs among prefix_comparators and of suffix_comparators.
inline constexpr auto comparison_lead_bytes = [] {
    std::array<bool, 256> t{};
    for (const auto& w : prefix_comparators) {
        if (w.sign && !w.text.empty()) t[static_cast<unsigned char>(w.text[0])] = true;
    }
    for (const auto& w : suffix_comparators) t[static_cast<unsigned char>(w.text[0])] = true;
    return t;
}();

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

/// Where a run of Chinese numerals stands, which decides whether it is read as a number (cn_number_like).
enum class cn_place {
    lead,              // at the start of the text
    after_comparator,  // right after a leading comparator (不少于, ≥, 达)
    later,             // after other text: refused if it is plainly a number, else a word
};

constexpr bool cn_number_like(std::string_view s, std::size_t i, std::size_t end, cn_place place) noexcept;

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
                if (k >= n || (!is_digit(s[k]) && !cn_number_like(s, k, n, cn_place::after_comparator))) continue;
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

// ------------------------------------------------------------------------------------------------
// Chinese numerals (九十, 百分之九十五, 一万二千, 两千, 三千零五十, 九十五点五): read exactly where a number
// stands, or refused; a target never loses its number because it was written in words.

/// The symbols of a Chinese numeral: digits 0-9, then the place words and the decimal point.
enum class cn_symbol : unsigned char { ten = 10, hundred, thousand, ten_thousand, hundred_million, point };

struct cn_char {
    std::string_view text;
    unsigned char symbol;  // 0-9 or a cn_symbol
};

// Everyday and financial (大写) forms; 两 is 2 (两千), 〇 is 零.
inline constexpr cn_char cn_chars[] = {
    {"零", 0},  {"〇", 0},  {"一", 1},  {"壹", 1},  {"二", 2},  {"贰", 2},  {"两", 2},  {"三", 3},
    {"叁", 3},  {"四", 4},  {"肆", 4},  {"五", 5},  {"伍", 5},  {"六", 6},  {"陆", 6},  {"七", 7},
    {"柒", 7},  {"八", 8},  {"捌", 8},  {"九", 9},  {"玖", 9},  {"十", 10}, {"拾", 10}, {"百", 11},
    {"佰", 11}, {"千", 12}, {"仟", 12}, {"万", 13}, {"亿", 14}, {"点", 15},
};

/// Three bytes as one number.
constexpr std::uint32_t three_byte_key(const char* d) noexcept {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(d[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(d[1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(d[2]));
}

inline constexpr auto cn_char_keys = [] {
    std::array<std::uint32_t, std::size(cn_chars)> k{};
    for (std::size_t i = 0; i < k.size(); ++i) k[i] = three_byte_key(cn_chars[i].text.data());
    return k;
}();

/// The symbol of the Chinese numeral character at s[i] (every one is three bytes of UTF-8), or -1.
constexpr int cn_symbol_at(std::string_view s, std::size_t i) noexcept {
    if (i >= s.size() || s.size() - i < 3) return -1;
    const char* d = s.data() + i;
    // Each numeral as one number of its three bytes: this runs for every character of every qualitative
    // target.
    const std::uint32_t key = three_byte_key(d);
    for (std::size_t k = 0; k < std::size(cn_chars); ++k) {
        if (cn_char_keys[k] == key) return cn_chars[k].symbol;
    }
    return -1;
}

inline constexpr std::size_t cn_char_size = 3;
inline constexpr std::size_t cn_max_symbols = 40;  // far more than the largest decimal needs (about 30)

struct cn_run {
    unsigned char symbols[cn_max_symbols]{};
    std::size_t count = 0;
    std::size_t end = 0;      // byte offset just past the run
    bool too_long = false;    // more than cn_max_symbols
    bool gave_back = false;   // a final 万 or 亿 left to the unit that it starts
    std::uint64_t liang = 0;  // bit k: symbol k was written 两 (which stands only in some places)
    std::string_view unit{};  // 百分之 / 千分之: the unit the words imply
    std::size_t begin = 0;    // byte offset of the numeral proper (after 百分之)
};

inline constexpr std::string_view cn_percent = "百分之";
inline constexpr std::string_view cn_permille = "千分之";
inline constexpr std::string_view cn_liang = "两";

/// The run of Chinese numeral characters at s[i] (after 百分之 or 千分之, whose unit it records).
constexpr cn_run cn_scan(std::string_view s, std::size_t i, std::size_t end) noexcept {
    cn_run r;
    const std::string_view rest = s.substr(i, end - i);
    if (has_prefix(rest, cn_percent)) {
        r.unit = "%";
        i += cn_percent.size();
    } else if (has_prefix(rest, cn_permille)) {
        r.unit = "‰";
        i += cn_permille.size();
    }
    r.begin = i;
    while (i < end) {
        const int sym = cn_symbol_at(s.substr(0, end), i);
        if (sym < 0) break;
        if (r.count == cn_max_symbols) {
            r.too_long = true;
        } else {
            if (sym == 2 && has_prefix(s.data() + i, cn_char_size, cn_liang.data(), cn_char_size)) {
                r.liang |= std::uint64_t{1} << r.count;
            }
            r.symbols[r.count++] = static_cast<unsigned char>(sym);
        }
        i += cn_char_size;
    }
    r.end = i;
    // 万 and 亿 that begin a unit (一万人, 十万元, 一点五万人次) belong to the unit, as in 1万人 -- but a 万
    // after 亿 is a place within the number (一亿零五百万元 is 105000000元, not 100000500万元), so then the
    // numeral is read whole and the unit is what follows it.
    const auto last = r.count == 0 ? 0 : r.symbols[r.count - 1];
    bool yi_before = false;
    for (std::size_t k = 0; k + 1 < r.count; ++k) yi_before = yi_before || r.symbols[k] == 14;
    if (r.unit.empty() && !r.too_long && r.count >= 2 && (last == 14 || (last == 13 && !yi_before))) {
        std::size_t n = 0;
        match_unit(s.substr(r.end - cn_char_size, end - (r.end - cn_char_size)), n);
        if (n > cn_char_size) {
            --r.count;
            r.end -= cn_char_size;
            r.gave_back = true;
        }
    }
    return r;
}

/// The canonical reading of n (< 10^4, > 0) appended to out: 三千零五十, 一百零五; `leading` writes 十
/// rather than 一十 at the start of the number (十二, 十万).
constexpr void cn_put_below_10000(unsigned char* out, std::size_t& k, std::uint64_t n, bool leading) noexcept {
    constexpr std::uint64_t place[] = {1000, 100, 10, 1};
    constexpr unsigned char word[] = {12, 11, 10, 0};
    bool started = false, zero = false;
    for (std::size_t p = 0; p < 4; ++p) {
        const auto d = static_cast<unsigned char>(n / place[p] % 10);
        if (d == 0) {
            zero = started;
            continue;
        }
        if (zero) out[k++] = 0;
        zero = false;
        if (!(p == 2 && d == 1 && leading && !started)) out[k++] = d;
        if (p != 3) out[k++] = word[p];
        started = true;
    }
}

/// The canonical reading of n (< 10^8, > 0): 一万二千, 十万零五百.
constexpr void cn_put_below_1e8(unsigned char* out, std::size_t& k, std::uint64_t n, bool leading) noexcept {
    const std::uint64_t hi = n / 10000, lo = n % 10000;
    if (hi == 0) return cn_put_below_10000(out, k, lo, leading);
    cn_put_below_10000(out, k, hi, leading);
    out[k++] = 13;
    if (lo == 0) return;
    if (lo < 1000) out[k++] = 0;
    cn_put_below_10000(out, k, lo, false);
}

/// The canonical reading of a whole number n (< 10^16): 零, 九十, 一亿零五百万.
constexpr std::size_t cn_canonical(unsigned char* out, std::uint64_t n) noexcept {
    std::size_t k = 0;
    if (n == 0) {
        out[k++] = 0;
        return k;
    }
    const std::uint64_t hi = n / 100000000, lo = n % 100000000;
    if (hi == 0) {
        cn_put_below_1e8(out, k, lo, true);
        return k;
    }
    cn_put_below_1e8(out, k, hi, true);
    out[k++] = 14;
    if (lo == 0) return k;
    if (lo < 10000000) out[k++] = 0;
    cn_put_below_1e8(out, k, lo, false);
    return k;
}

/// A Chinese numeral read as a decimal, or where and why it cannot be read exactly.
struct cn_reading {
    std::int64_t raw = 0;  // the value, in decimal's raw units
    std::size_t end = 0;   // byte offset just past the numeral
    std::size_t position = 0;
    const char* reason = nullptr;
};

/// Reads the Chinese numeral at s[i] (cn_number_like is true there) into a decimal: the whole part must
/// be written as numbers are read out (九十, 一百零五, 三千零五十, 两千; 一十二 for 十二 too), since an
/// abbreviated or unusual form (一万二, 两千五, 一百五, 九十九十) has no one exact value; 点 and digits
/// give a fraction (九十五点五).
constexpr cn_reading cn_read(const cn_run& r) noexcept {
    cn_reading out;
    auto fail = [&](std::size_t at, const char* why) {
        out.position = at;
        out.reason = why;
        return out;
    };
    auto at = [&](std::size_t k) { return r.begin + k * cn_char_size; };
    if (r.too_long) return fail(r.begin, "a number in Chinese numerals too long to be read");
    if (r.count == 0) return fail(r.begin, "百分之 or 千分之 with no number");
    std::size_t whole = 0;
    while (whole < r.count && r.symbols[whole] != 15) ++whole;
    if (whole == 0) return fail(r.begin, "点 with no number before it");
    // 两 is 2 before 百, 千, 万 or 亿 (两千, 一万两千) or as the whole number (两年, 两个); 十两 or 两十 is
    // no way to write 12 or 20.
    for (std::size_t k = 0; k < r.count; ++k) {
        if ((r.liang >> k & 1U) == 0) continue;
        const unsigned char next = k + 1 < r.count ? r.symbols[k + 1] : 0;
        if (!(k + 1 < whole && next >= 11 && next <= 14) && r.count != 1) {
            return fail(at(k),
                        "两 stands only before 百, 千, 万 or 亿 or alone (两千, 两年; not 十两, 两十 or 两点五): "
                        "write 二");
        }
    }
    // The value, read leniently; then the text must be the value's canonical reading.
    std::uint64_t total = 0, below_yi = 0, section = 0, digit = 0;
    bool has_digit = false;
    for (std::size_t k = 0; k < whole; ++k) {
        const unsigned char c = r.symbols[k];
        if (c < 10) {
            digit = c;
            has_digit = true;
        } else if (c <= 12) {
            const std::uint64_t place = c == 10 ? 10 : c == 11 ? 100 : 1000;
            section += (has_digit ? digit : 1) * place;
            digit = 0;
            has_digit = false;
        } else if (c == 13) {
            below_yi += (section + digit) * 10000;
            section = digit = 0;
            has_digit = false;
        } else {
            if (below_yi + section + digit > 100000) return fail(at(k), "a number too large for a target");
            total += (below_yi + section + digit) * 100000000;
            below_yi = section = digit = 0;
            has_digit = false;
        }
        if (total > 10000000000000000ULL || below_yi > 10000000000ULL) {
            return fail(at(k), "a number too large for a target");
        }
    }
    std::uint64_t n = total + below_yi + section + digit;
    // 百 alone is a number only in 百分之百 (百 or ≥百 is no way to write 100, as 千 is none for 1000).
    const bool bare_hundred = whole == 1 && r.symbols[0] == 11 && r.unit == "%";
    if (bare_hundred) n = 100;
    // The text as written, with 两 and 〇 and the financial forms already read as their plain symbols;
    // 一十 at the start is accepted for 十.
    std::size_t first = 0;
    if (whole >= 2 && r.symbols[0] == 1 && r.symbols[1] == 10) first = 1;
    unsigned char canon[cn_max_symbols]{};
    const std::size_t m = n < 10000000000000000ULL ? cn_canonical(canon, n) : 0;
    std::size_t k = 0;  // where the text and the canonical reading part
    while (k < m && first + k < whole && canon[k] == r.symbols[first + k]) ++k;
    if (!bare_hundred && (k != m || first + k != whole)) {
        return fail(at(first + k < whole ? first + k : whole - 1),
                    "a number in Chinese numerals that is not written as numbers are read out (一万二千, not "
                    "一万二; 一百零五, not 一百五): it has no one exact value");
    }
    constexpr std::uint64_t max_whole = static_cast<std::uint64_t>(INT64_MAX) / 1000000;
    if (n > max_whole) return fail(r.begin, "a number too large for a target");
    std::int64_t raw = static_cast<std::int64_t>(n) * 1000000;
    if (whole < r.count) {
        std::size_t digits = 0;
        std::int64_t frac = 0, scale = 1000000;
        for (std::size_t k = whole + 1; k < r.count; ++k) {
            const unsigned char c = r.symbols[k];
            if (c >= 10) return fail(at(k), "after 点 only the digits 零 to 九 may follow");
            if (++digits > 6) return fail(at(k), "more fraction digits than a target holds (6)");
            scale /= 10;
            frac += c * scale;
        }
        if (digits == 0) return fail(at(whole), "点 with no digit after it");
        if (raw > INT64_MAX - frac) return fail(r.begin, "a number too large for a target");
        raw += frac;
    }
    out.raw = raw;
    out.end = r.end;
    return out;
}

/// Whether the character c (UTF-8) stands at s[i].
constexpr bool char_at(std::string_view s, std::size_t i, std::string_view c) noexcept {
    return i <= s.size() && has_prefix(s.data() + i, s.size() - i, c.data(), c.size());
}

inline constexpr std::string_view cn_date_units[] = {"年", "月", "日", "号"};
inline constexpr std::string_view cn_date_ends[] = {"底", "初", "中", "末", "前", "内"};

/// Whether the run r at s[i] is part of a date or a time rather than a quantity: N年, N月, N日 or N号
/// followed by 底, 初, 中, 末, 前 or 内 (十一月底前, 年内 -- and 上旬/下旬 after 月), or by another numeral, or
/// after 年 or 月 (二〇二〇年十二月, 十一月五日); or a whole number up to 24 followed by 点 and no digit (八点,
/// 八点前: a time, not a number missing its fraction).
constexpr bool cn_date_or_time(std::string_view s, std::size_t i, const cn_run& r) noexcept {
    const std::size_t e = r.end, f = r.end + cn_char_size;
    for (auto u : cn_date_units) {
        if (!char_at(s, e, u)) continue;
        if (cn_symbol_at(s, f) >= 0) return true;
        for (auto c : cn_date_ends) {
            if (char_at(s, f, c)) return true;
        }
        if (u == "月" && (char_at(s, f, "上") || char_at(s, f, "下"))) return true;
        if (u != "年" && i >= cn_char_size &&
            (char_at(s, i - cn_char_size, "年") || char_at(s, i - cn_char_size, "月"))) {
            return true;
        }
    }
    if (r.count >= 2 && !r.too_long && r.symbols[r.count - 1] == 15) {
        cn_run hour = r;
        --hour.count;
        const cn_reading h = cn_read(hour);
        if (h.reason == nullptr && h.raw <= 24 * 1000000) return true;
    }
    return false;
}

/// Whether a run of Chinese numerals at s[i] (the text ending at end) is read as a number. Never: 第N, 前N
/// (ranks: 位列第一, 排名前十) and dates and times (cn_date_or_time), except right after a comparator. Always:
/// after 百分之 / 千分之, before % or ‰, or before 以上 / 以下 / 以内. Where the number stands (at the start
/// or after a comparator): also at the end of the text (九十, ≥三), of two characters or more before a unit
/// (两千人), and of one (零 to 九, 两 or 十) before a unit that ends the target (十次, 三年以内, 七天) -- with
/// more text after the unit it is a word (一次性, 十分满意, 一户一策). After other text (cn_place::later; the text is
/// then refused, as 满意度90% is): also of two characters or more at the end or before a unit (完成培训十二次,
/// 全年十二个月), while one character there is a word (一对一, 实现零, 培训三次). Anything else is a word (一流,
/// 千家万户, 十九大).
constexpr bool cn_number_like(std::string_view s, std::size_t i, std::size_t end, cn_place place) noexcept {
    s = s.substr(0, end);
    if (place != cn_place::after_comparator && i >= cn_char_size) {
        if (char_at(s, i - cn_char_size, "第")) return false;
        if (char_at(s, i - cn_char_size, "前") && !(i >= 2 * cn_char_size && char_at(s, i - 2 * cn_char_size, "提"))) {
            return false;  // 前十 is a rank; 提前十天 is ahead by ten days
        }
    }
    const cn_run r = cn_scan(s, i, end);
    if (!r.unit.empty()) return true;
    if (r.count == 0) return false;
    if (place != cn_place::after_comparator && cn_date_or_time(s, i, r)) return false;
    const std::size_t size = r.count + (r.gave_back ? 1 : 0);
    const std::size_t j = skip_spaces(s, r.end);
    if (j == end) return place != cn_place::later || size >= 2;
    const std::string_view after = s.substr(j);
    std::size_t n = 0;
    const std::string_view u = match_unit(after, n);
    if (u == "%" || u == "‰") return true;
    if (const suffix_word* w = match_suffix(after); w != nullptr && !w->after_control_only) return true;
    if (n == 0) return false;
    if (size >= 2) return true;
    // One character: a digit or 十 (百人, 千人计划 and 万元 hold no number).
    if (place == cn_place::later || r.symbols[0] > 10) return false;
    const std::size_t k = skip_spaces(s, j + n);
    return k == end || match_suffix(s.substr(k)) != nullptr;  // 三天内 is read, then refused at 内 as 3天内 is
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

namespace detail {
/// The longest spelling of a unit (％ included).
inline constexpr std::size_t longest_unit = [] {
    std::size_t m = fullwidth_percent.size();
    for (std::string_view u : known_units) m = u.size() > m ? u.size() : m;
    return m;
}();
}  // namespace detail

/// The table entry spelled u (％ counts as %), or an empty view if u is not a known unit.
constexpr std::string_view known_unit(std::string_view u) noexcept {
    if (u.size() > detail::longest_unit) return {};  // the common case when a whole text is asked about
    std::size_t n = 0;
    const auto m = detail::match_unit(u, n);
    return n == u.size() ? m : std::string_view{};
}

/// Which part of a target breaks the rule of target_problem.
enum class target_part { cmp, value, unit };

/// What is wrong with a target as data (reason nullptr: nothing), whoever made it.
struct target_problem_result {
    const char* reason = nullptr;
    target_part part = target_part::cmp;
    [[nodiscard]] constexpr bool ok() const noexcept { return reason == nullptr; }
};

/// The one rule of what a target may be, which every reader (CSV, JSON) enforces and parse_target always
/// meets: a comparison has a number of at least 0 and no unit or one of known_units, in its canonical
/// spelling; a qualitative target and none have no number and no unit. A target that meets it reads back
/// equal from its canonical text (to_string), so it survives every format.
constexpr target_problem_result target_problem(const target& t) noexcept {
    if (!t.is_quantitative()) {
        if (t.value != decimal{}) return {"a qualitative target or none has no number", target_part::value};
        if (!t.unit.empty()) return {"a qualitative target or none has no unit", target_part::unit};
        return {};
    }
    if (t.value < decimal{}) return {"negative numbers are not targets", target_part::value};
    if (!t.unit.empty() && known_unit(t.unit) != t.unit) {
        return {"unknown unit (see jixiao::known_units; spelt as listed there)", target_part::unit};
    }
    return {};
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
    if (prefix != nullptr) i = skip_spaces(s, i + prefix->text.size());
    // A number in Chinese numerals where the number stands (九十%, 不低于百分之九十五).
    const bool chinese = i < end && !detail::is_digit(d[i]) &&
                         detail::cn_number_like(
                             s, i, end,
                             prefix != nullptr ? detail::cn_place::after_comparator : detail::cn_place::lead);
    if (prefix != nullptr) {
        if ((!has_digit && !chinese) || i == end) return fail(i, "a comparator with no number");
    } else if (!has_digit && !chinese) {
        // No digit and no leading comparator: a qualitative statement, unless it holds a comparison sign,
        // ends with 以上/以下/以内 or is a bare unit -- a target that lost its number is an error, never a guess.
        if (!known_unit(body).empty()) return fail(begin, "a unit with no number");
        // A number in Chinese numerals later in the text (满意度九十%以上) is a target out of order, as
        // 满意度90%以上 is: refused, not read as a statement without its number.
        for (std::size_t k = begin; k < end; k += detail::utf8_lead_length(static_cast<unsigned char>(d[k]))) {
            // The run at begin was judged a word above.
            if (detail::cn_symbol_at(s, k) < 0) continue;  // most characters: no numeral
            const bool run_start = k != begin && detail::cn_symbol_at(s, k - detail::cn_char_size) < 0;
            if (run_start && detail::cn_number_like(s, k, end, detail::cn_place::later)) {
                return fail(k,
                            "a number in Chinese numerals after text that is not a comparator (write the "
                            "target as [comparator] number [unit])");
            }
        }

        // A character at a time (a word starts at a character), and only where a comparison sign or a
        // suffix word could start: qualitative statements are long, and this runs for each of them.
        for (std::size_t k = begin; k < end; k += detail::utf8_lead_length(static_cast<unsigned char>(d[k]))) {
            if (!detail::comparison_lead_bytes[static_cast<unsigned char>(d[k])]) continue;
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
    decimal value{};
    std::string_view implied_unit{};  // 百分之: %
    if (chinese) {
        const auto run = detail::cn_scan(s, i, end);
        const auto read = detail::cn_read(run);
        if (read.reason != nullptr) return fail(read.position, read.reason);
        value = decimal::from_raw(read.raw);
        implied_unit = known_unit(run.unit);
        i = read.end;
    } else {
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
        value = decimal::from_raw(num.raw);
        if (i < end) {
            const char e = d[i];
            if (e == 'e' || e == 'E') return fail(i, "exponents are not accepted");
            if (e == ',') return fail(i, "thousands separators are not accepted");
            if (e == '.') return fail(i, "a second decimal point");
        }
    }

    // The unit.
    std::size_t j = skip_spaces(s, i);
    if (j < end && (detail::is_digit(d[j]) || (detail::cn_symbol_at(s, j) >= 0 && detail::cn_symbol_at(s, j) < 10))) {
        return fail(j, "a second number (spaces are not accepted within a number)");
    }
    std::size_t unit_length = 0;
    std::string_view unit = detail::match_unit(s.substr(j, end - j), unit_length);
    if (!implied_unit.empty()) {
        if (unit_length != 0) return fail(j, "a unit after 百分之 or 千分之, which already give the unit");
        unit = implied_unit;
    } else if (unit_length != 0) {
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
        if (unit_length == 0 && implied_unit.empty() && suffix == nullptr) {
            return fail(k, "unknown unit (see jixiao::known_units)");
        }
        return fail(k, "unexpected text after the target");
    }
    return done(cmp, value, unit);
}

/// Reads a target expression (docs/domain.md §4, "Reading a target"):
///   [comparator] number [unit] [以上|及以上|以下|及以下|以内]   or   控制在 number [unit] [内|以内|以下]
/// with spaces (ASCII or U+3000) allowed around the parts. Text with no digit and no comparator is
/// qualitative; "无", "-", "/" or nothing is none. Anything else -- a comparator with no number, a number
/// followed by text that is no unit, a negative number, two comparators -- throws parse_error naming the
/// byte position and the reason.
/// Chinese numerals are read exactly where the number stands (九十%, 不少于十次, 三年以内, 一亿零五百万元 =
/// 105000000元: a 万 after 亿 stays in the number, while 一万人 is 1万人) and refused where they cannot be
/// (一万二, 十两, 百). Words are numerals that are no quantity: one numeral with more text after its unit
/// (一次性, 十分满意, 一户一策), dates and times (十一月底前, 二〇二〇年十二月, 八点), ranks and ordinals (前十,
/// 第一), and one character after other text (一对一, 实现零); see detail::cn_number_like. A plain number
/// after other text (全年十二个月, 满意度九十%) is refused, as it is in digits.
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
