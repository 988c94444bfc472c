// jixiao — 人民币大写: an amount written in 元 the way 《支付结算办法》 asks for it on bills.
//
// The rules (docs/domain.md §5, "人民币大写"), with the choices jixiao makes where the rules leave one:
// - a run of zeros between non-zero digits is one 零, wherever it ends; the optional 零 (a run that
//   ends at the 万 or 元 digit) is always written: 1680.32 → 壹仟陆佰捌拾元零叁角贰分;
// - 整 only after 元 (never after 角, never after 分); no 零元 below 1 元; zero is 零元整;
// - a ten is always 壹拾, never a bare 拾;
// - digits are read in 亿 groups of eight, and the part above 亿 is read the same way and followed by 亿:
//   23,456,789,012,345 元 is 贰拾叁万肆仟伍佰陆拾柒亿捌仟玖佰零壹万贰仟叁佰肆拾伍元整 (234567 亿 89012345), and
//   2,000,300,000,000 元 is 贰万零叁亿元整. So after four-digit group k (k ≥ 1) comes 万 when k is odd and the
//   group is not all zero, and one 亿 when k is even; 万亿 appears only where a 亿 group's lower four digits
//   are zero (伍万亿元整), and 10^16 is 壹亿亿. The largest values of every Rep can be written;
// - 负 in front of a negative amount; 整, never 正; no 人民币 prefix (the caller adds it).
// A non-zero digit below 分 cannot be written: std::domain_error (a compile error in constant evaluation).
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "amount.hpp"
#include "fixed_text.hpp"

namespace jixiao {
namespace detail {

// Not constexpr on purpose: reached in constant evaluation, its name is the compiler's message.
[[noreturn]] inline void amount_finer_than_fen_cannot_be_written() {
    throw std::domain_error(
        "jixiao: to_chinese_upper: the amount has a non-zero digit below 1 分 (0.01 元), which 人民币大写 "
        "cannot write; round it to 分 first (jixiao::rescale<6>(x, mode))");
}

// Every character used is three bytes in UTF-8; spelled as escapes so no source or execution charset
// setting can change them.
inline constexpr std::string_view cn_digit[10] = {
    "\xE9\x9B\xB6",  // 零
    "\xE5\xA3\xB9",  // 壹
    "\xE8\xB4\xB0",  // 贰
    "\xE5\x8F\x81",  // 叁
    "\xE8\x82\x86",  // 肆
    "\xE4\xBC\x8D",  // 伍
    "\xE9\x99\x86",  // 陆
    "\xE6\x9F\x92",  // 柒
    "\xE6\x8D\x8C",  // 捌
    "\xE7\x8E\x96",  // 玖
};
inline constexpr std::string_view cn_place[4] = {
    "",              // the unit digit of a group has no place character
    "\xE6\x8B\xBE",  // 拾
    "\xE4\xBD\xB0",  // 佰
    "\xE4\xBB\x9F",  // 仟
};
inline constexpr std::string_view cn_zero = "\xE9\x9B\xB6";      // 零
inline constexpr std::string_view cn_wan = "\xE4\xB8\x87";       // 万
inline constexpr std::string_view cn_yi = "\xE4\xBA\xBF";        // 亿
inline constexpr std::string_view cn_yuan = "\xE5\x85\x83";      // 元
inline constexpr std::string_view cn_jiao = "\xE8\xA7\x92";      // 角
inline constexpr std::string_view cn_fen = "\xE5\x88\x86";       // 分
inline constexpr std::string_view cn_zheng = "\xE6\x95\xB4";     // 整
inline constexpr std::string_view cn_negative = "\xE8\xB4\x9F";  // 负

/// How many decimal digits the magnitude of any value of Rep can have (one spare for a two's-complement min).
template <class Rep>
constexpr int max_magnitude_digits() {
    Rep m = rep_max<Rep>();
    int n = 0;
    do {
        m = m / 10;
        ++n;
    } while (m != 0);
    return n + 1;
}

/// Digit positions counted in 分 (position 0 is 分, 1 is 角, 2 is 元, 3 is 拾元, …) a Rep/Scale amount can fill.
template <class Rep, int Scale>
constexpr int cn_positions() {
    const int d = max_magnitude_digits<Rep>() + (6 - Scale);  // the raw unit is 10^(6 - Scale) 分
    return d < 2 ? 2 : d;
}

/// An upper bound on the bytes of the text: 负, then for every 元 digit at most 零 + digit + place,
/// the group suffixes, and 元零X角X分整 (which also covers 零元整).
template <class Rep, int Scale>
constexpr std::size_t cn_max_size() {
    const int integer_digits = cn_positions<Rep, Scale>() - 2;
    int chars = 1 + 9 + integer_digits * 3;
    for (int k = 1; k * 4 < integer_digits; ++k) chars += 1;  // 万 or 亿 after each group
    return static_cast<std::size_t>(chars) * 3;
}

/// Appends to [p, last) and remembers whether everything fit.
struct cn_writer {
    char* p;
    char* last;
    bool fits = true;
    constexpr void put(std::string_view s) noexcept {
        if (!fits || static_cast<std::size_t>(last - p) < s.size()) {
            fits = false;
            return;
        }
        for (char c : s) *p++ = c;
    }
};

/// The digits of x in 分 positions, least significant first; returns how many positions are in use
/// (0 for zero). Calls amount_finer_than_fen_cannot_be_written() for a non-zero digit below 分.
template <class Rep, int Scale>
constexpr int cn_digits(const Rep& raw, unsigned char* out) {
    constexpr int below_fen = Scale > 6 ? Scale - 6 : 0;  // raw digits finer than 分, which must be zero
    constexpr int shift = Scale < 6 ? 6 - Scale : 0;      // zero 分 positions below the raw unit
    unsigned char raw_digits[max_magnitude_digits<Rep>()]{};
    int len = 0;
    // Never negate raw: the most negative two's-complement value has no positive counterpart.
    if constexpr (is_builtin_rep<Rep>) {
        std::uint64_t u = raw < 0 ? 0 - static_cast<std::uint64_t>(raw) : static_cast<std::uint64_t>(raw);
        while (u != 0) {
            raw_digits[len++] = static_cast<unsigned char>(u % 10);
            u /= 10;
        }
    } else {
        Rep v = raw;
        while (v != 0) {
            const Rep d = v % 10;  // truncating division: d has the sign of v
            raw_digits[len++] = static_cast<unsigned char>(static_cast<int>(d < 0 ? Rep(-d) : d));
            v = v / 10;
        }
    }
    for (int i = 0; i < below_fen && i < len; ++i) {
        if (raw_digits[i] != 0) amount_finer_than_fen_cannot_be_written();
    }
    if (len <= below_fen) return 0;
    int n = 0;
    for (int i = 0; i < shift; ++i) out[n++] = 0;
    for (int i = below_fen; i < len; ++i) out[n++] = raw_digits[i];
    return n;
}

/// The suffix after four-digit group k (k >= 1) of a number read from its top digit down: 万 if k is odd
/// and the group has a non-zero digit; 亿 if k is even, always (the part above 亿 is not zero, since the
/// reading started above it), which is how 亿 groups nest: 1|0000|0000|0000 元 is 壹万亿, 10^16 元 壹亿亿.
constexpr void cn_group_suffix(cn_writer& w, int k, bool group_nonzero) noexcept {
    if (k % 2 != 0) {
        if (group_nonzero) w.put(cn_wan);
    } else {
        w.put(cn_yi);
    }
}

}  // namespace detail

/// The most bytes to_chinese_upper writes for any basic_amount<Rep, Scale> (UTF-8).
template <class Rep, int Scale>
inline constexpr std::size_t chinese_upper_max_size = detail::cn_max_size<Rep, Scale>();

/// 人民币大写 text of up to N bytes in a fixed buffer, so it can be built and compared in constant evaluation.
template <std::size_t N>
using chinese_upper_buffer = fixed_text<N + 3>;  // + 3: fixed_text keeps room for its "…"

/// Writes x in 元 as 人民币大写 (UTF-8) to [first, last), like to_chars: std::errc::value_too_large if it does not
/// fit (chinese_upper_max_size bytes always do); std::domain_error if x has a non-zero digit below 分.
template <class Rep, int Scale>
constexpr std::to_chars_result to_chinese_upper(const basic_amount<Rep, Scale>& x, char* first, char* last) {
    unsigned char digit[detail::cn_positions<Rep, Scale>()]{};  // 分 positions, least significant first
    const int n = detail::cn_digits<Rep, Scale>(x.raw(), digit);
    detail::cn_writer w{first, last};
    if (n == 0) {
        w.put(detail::cn_digit[0]);
        w.put(detail::cn_yuan);
        w.put(detail::cn_zheng);
    } else {
        if (x.raw() < 0) w.put(detail::cn_negative);
        int top = n - 1;
        while (digit[top] == 0) --top;  // n > 0 means some digit is non-zero
        bool written = false;           // something has been written: a later zero run is a gap, not a lead
        bool zero_pending = false;      // a gap whose 零 goes before the next non-zero digit
        bool group_nonzero = false;
        for (int pos = top; pos >= 0; --pos) {
            const unsigned d = digit[pos];
            if (d == 0) {
                zero_pending = written;
            } else {
                if (zero_pending) w.put(detail::cn_zero);
                zero_pending = false;
                w.put(detail::cn_digit[d]);
                written = true;
                group_nonzero = true;
            }
            if (pos >= 2) {  // a digit of whole 元
                const int j = pos - 2;
                if (d != 0) w.put(detail::cn_place[j % 4]);
                if (j % 4 == 0) {
                    if (j == 0) {
                        w.put(detail::cn_yuan);  // top >= 2 here, so there are whole 元
                    } else {
                        detail::cn_group_suffix(w, j / 4, group_nonzero);
                    }
                    group_nonzero = false;
                }
            } else if (d != 0) {
                w.put(pos == 1 ? detail::cn_jiao : detail::cn_fen);
            }
        }
        if (top >= 2 && digit[1] == 0 && digit[0] == 0) w.put(detail::cn_zheng);
    }
    if (!w.fits) return {last, std::errc::value_too_large};
    return {w.p, std::errc{}};
}

/// x in 元 as 人民币大写 in a fixed buffer, usable in constant expressions:
/// static_assert(to_chinese_upper_buffer(518.4_wan).view() == "伍佰壹拾捌万肆仟元整").
template <class Rep, int Scale>
constexpr chinese_upper_buffer<chinese_upper_max_size<Rep, Scale>> to_chinese_upper_buffer(
    const basic_amount<Rep, Scale>& x) {
    char buf[chinese_upper_max_size<Rep, Scale>]{};
    const auto r = to_chinese_upper(x, buf, buf + chinese_upper_max_size<Rep, Scale>);  // always fits
    return chinese_upper_buffer<chinese_upper_max_size<Rep, Scale>>(
        std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

/// x in 元 as 人民币大写 (UTF-8): "伍佰壹拾捌万肆仟元整"; std::domain_error if x has a non-zero digit below 分.
template <class Rep, int Scale>
std::string to_chinese_upper(const basic_amount<Rep, Scale>& x) {
    char buf[chinese_upper_max_size<Rep, Scale>];
    const auto r = to_chinese_upper(x, buf, buf + sizeof buf);
    return std::string(buf, r.ptr);
}

}  // namespace jixiao
