// jixiao — internal, not part of the API: the fixed-point core shared by basic_decimal and basic_amount
// (the base class, scanning and formatting). The public names built on it are in number.hpp.
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

#include "../parse_error.hpp"
#include "../rounding.hpp"
#include "integer.hpp"
#include "money_units.hpp"

namespace jixiao {

namespace detail {

[[noreturn]] inline void text_is_not_a_valid_number() {
    throw std::invalid_argument("jixiao: text is not a valid number for this type");
}

/// Why a scan failed; the enumerators are named after the std::errc that from_chars reports (the scan
/// itself does not need <charconv>, which would make amount.hpp twice as costly to compile).
enum class scan_errc { none, invalid_argument, result_out_of_range };

/// The outcome of scanning a number: its raw value, or an error with where and why.
template <class Rep>
struct scan_result {
    Rep raw{};
    scan_errc ec{};
    std::size_t pos = 0;  // on success: one past the last character used; on error: where it went wrong
    const char* reason = nullptr;
};

/// Whether s[i] starts a full-width digit ０–９ (U+FF10–U+FF19: EF BC 90–99).
constexpr bool fullwidth_digit_at(std::string_view s, std::size_t i) noexcept {
    return i < s.size() && s.size() - i >= 3 && s[i] == '\xEF' && s[i + 1] == '\xBC' &&
           static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99;
}

/// Scans a decimal number at the start of s: [+-]digits[.digits], then (amounts only) a unit suffix.
/// `shift` is added to the decimal exponent (the unit's power of ten relative to the type's unit);
/// when `units` is true the suffixes 元 (-4), 万元 (0) and 亿元 (+4) are read and add to it.
/// With `whole` the number must end the text. Never reads past s, never allocates. `scale` is the
/// type's Scale as a run-time value, so that one instantiation per Rep serves every type's parse and
/// every literal: that keeps amount.hpp cheap to compile.
template <class Rep>
constexpr scan_result<Rep> scan_any_scale(std::string_view s, int scale, bool units, int shift, bool whole) {
    scan_result<Rep> res;
    auto fail = [&](std::size_t pos, scan_errc ec, const char* why) {
        res.ec = ec;
        res.pos = pos;
        res.reason = why;
        return res;
    };
    std::size_t i = 0;
    const std::size_t n = s.size();
    if (n == 0) return fail(0, scan_errc::invalid_argument, "empty text");
    bool negative = false;
    if (s[i] == '+' || s[i] == '-') {
        negative = s[i] == '-';
        ++i;
    }
    const std::size_t int_begin = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i;
    const std::size_t int_end = i;
    if (int_end == int_begin) {
        return fail(int_begin, scan_errc::invalid_argument,
                    int_begin < n && s[int_begin] == '.' ? "expected a digit before the decimal point"
                    : fullwidth_digit_at(s, int_begin)   ? "full-width digits are not accepted; write ASCII 0-9"
                                                         : "expected a digit");
    }
    std::size_t frac_begin = i, frac_end = i;
    if (i < n && s[i] == '.') {
        ++i;
        frac_begin = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') ++i;
        frac_end = i;
        if (frac_end == frac_begin)
            return fail(i, scan_errc::invalid_argument, "expected a digit after the decimal point");
    }
    if (units && i < n) {
        if (const money_unit* u = match_amount_suffix(s.substr(i))) {
            shift += u->exponent;
            i += u->name.size();
        }
    }
    if (whole && i < n) {
        const char c = s[i];
        const char* why = c == 'e' || c == 'E'            ? "exponents are not accepted"
                          : c == ','                      ? "thousands separators are not accepted"
                          : c == ' ' || c == '\t'         ? "spaces are not accepted"
                          : c == '.'                      ? "a second decimal point"
                          : fullwidth_digit_at(s, i)      ? "full-width digits are not accepted; write ASCII 0-9"
                          : s.substr(i).starts_with("．") ? "a full-width decimal point ．; write an ASCII point ."
                          : s.substr(i).starts_with("，")
                              ? "a full-width comma ，; thousands separators are not accepted"
                          : units && (s.substr(i) == "万" || s.substr(i) == "亿")
                              ? "the unit is written 万元 or 亿元, not 万 or 亿 alone"
                          : (c & 0x80) != 0 && units ? "unknown unit; expected 元, 万元 or 亿元"
                          : (c & 0x80) != 0 && match_amount_suffix(s.substr(i)) != nullptr
                              ? "a unit suffix is accepted only by amounts, not by plain decimals"
                          : (c & 0x80) != 0 ? "unexpected non-ASCII character"
                                            : "unexpected character";
        return fail(i, scan_errc::invalid_argument, why);
    }
    // value = digits * 10^(shift - fraction digits); raw = value * 10^scale.
    const int frac_digits = static_cast<int>(frac_end - frac_begin);
    const int exp = scale + shift - frac_digits;  // power of ten that the digit string is multiplied by
    // Digits that fall below the unit of the last place (exp < 0) must be zero.
    std::size_t digits_end = frac_end == frac_begin ? int_end : frac_end;
    if (exp < 0) {
        int drop = -exp;
        std::size_t j = digits_end;
        std::size_t nonzero = n;  // the first (leftmost) non-zero digit among those dropped
        while (drop > 0) {
            --j;
            if (j == int_end) --j;                      // skip the decimal point
            if (j < int_begin || j >= s.size()) break;  // the number is shorter than what is dropped: all zero
            if (s[j] != '0') nonzero = j;
            --drop;
        }
        if (nonzero != n) {
            return fail(nonzero, scan_errc::invalid_argument,
                        units ? "a non-zero digit beyond the type's fraction digits (after unit conversion)"
                              : "a non-zero digit beyond the type's fraction digits");
        }
        digits_end = (drop > 0) ? int_begin : j;
    }
    Rep v = 0;
    constexpr Rep max10 = rep_max<Rep>() / 10;
    for (std::size_t j = int_begin; j < digits_end; ++j) {
        if (s[j] == '.') continue;
        const Rep d = static_cast<Rep>(s[j] - '0');
        // Accumulate as a negative number so the most negative value of a two's-complement Rep parses.
        if (v < -max10 || (v == -max10 && d > -(rep_min<Rep>() + max10 * 10))) {
            return fail(int_begin, scan_errc::result_out_of_range, "value out of range");
        }
        v = v * 10 - d;
    }
    for (int k = 0; k < exp; ++k) {
        if (v < -max10 || (v == -max10 && 0 > -(rep_min<Rep>() + max10 * 10))) {
            return fail(int_begin, scan_errc::result_out_of_range, "value out of range");
        }
        v = v * 10;
    }
    if (!negative) {
        if (v < -rep_max<Rep>()) return fail(int_begin, scan_errc::result_out_of_range, "value out of range");
        v = -v;
    }
    res.raw = v;
    res.pos = i;
    return res;
}

/// scan_any_scale for a type with Scale fraction digits.
template <class Rep, int Scale>
constexpr scan_result<Rep> scan(std::string_view s, bool units, int shift, bool whole) {
    return scan_any_scale<Rep>(s, Scale, units, shift, whole);
}

/// Fast path of scan for int64 and no unit: [+-]digits[.digits] with at most 18 significant digits in all
/// (so no step can overflow). Returns false to mean "not handled, use scan" (never for a wrong answer).
template <int Scale>
constexpr bool scan_fast(const char* p, const char* end, std::int64_t& out) noexcept {
    if (p == end) return false;
    const bool negative = *p == '-';
    if (*p == '-' || *p == '+') ++p;
    std::uint64_t v = 0;
    const char* const int_begin = p;
    while (p != end && static_cast<unsigned char>(*p - '0') < 10) v = v * 10 + static_cast<unsigned char>(*p++ - '0');
    const auto int_digits = p - int_begin;
    if (int_digits == 0) return false;
    int frac = 0;
    if (p != end && *p == '.') {
        ++p;
        const char* const frac_begin = p;
        while (p != end && frac < Scale && static_cast<unsigned char>(*p - '0') < 10) {
            v = v * 10 + static_cast<unsigned char>(*p++ - '0');
            ++frac;
        }
        if (p == frac_begin) return false;
        while (p != end && *p == '0') ++p;  // zeros beyond Scale carry no value
    }
    if (p != end || int_digits + frac > 18) return false;  // units, errors, long numbers: the full scan
    constexpr std::uint64_t p10[] = {1,
                                     10,
                                     100,
                                     1000,
                                     10000,
                                     100000,
                                     1000000,
                                     10000000,
                                     100000000,
                                     1000000000,
                                     10000000000,
                                     100000000000,
                                     1000000000000,
                                     10000000000000,
                                     100000000000000,
                                     1000000000000000,
                                     10000000000000000,
                                     100000000000000000,
                                     1000000000000000000};
    std::uint64_t r = 0;
    if (__builtin_mul_overflow(v, p10[Scale - frac], &r) || r > static_cast<std::uint64_t>(rep_max<std::int64_t>()))
        return false;
    out = negative ? -static_cast<std::int64_t>(r) : static_cast<std::int64_t>(r);
    return true;
}

/// Writes the digits of a raw value with Scale fraction digits; returns the end, or nullptr if it does not fit.
template <class Rep, int Scale>
constexpr char* format(char* first, char* last, Rep raw) noexcept {
    // Digits of |raw|, least significant first, without ever negating (the most negative value has no
    // positive counterpart in two's complement).
    char buf[80]{};
    int len = 0;
    const bool negative = raw < 0;
    if constexpr (std::is_same_v<Rep, std::int64_t>) {
        std::uint64_t u = negative ? 0 - static_cast<std::uint64_t>(raw) : static_cast<std::uint64_t>(raw);
        do {
            buf[len++] = static_cast<char>('0' + u % 10);
            u /= 10;
        } while (u != 0);
    } else {
        Rep v = raw;
        do {
            Rep d = v % 10;
            buf[len++] = static_cast<char>('0' + static_cast<int>(d < 0 ? -d : d));
            v = v / 10;
        } while (v != 0);
    }
    while (len < Scale + 1) buf[len++] = '0';  // at least one integer digit
    const std::ptrdiff_t need = (negative ? 1 : 0) + len + (Scale > 0 ? 1 : 0);
    if (last - first < need) return nullptr;
    char* p = first;
    if (negative) *p++ = '-';
    for (int k = len - 1; k >= 0; --k) {
        *p++ = buf[k];
        if (k == Scale && Scale > 0) *p++ = '.';
    }
    return p;
}

/// format without the fraction's trailing zeros (and without a bare point): 90, 447.8777, 0.5.
template <class Rep, int Scale>
constexpr char* format_trimmed(char* first, char* last, Rep raw) noexcept {
    char* p = format<Rep, Scale>(first, last, raw);
    if (p == nullptr || Scale == 0) return p;
    while (p[-1] == '0') --p;
    if (p[-1] == '.') --p;
    return p;
}

/// x without trailing fraction zeros, as a std::string: for messages, where no scale is fixed.
template <class T>
std::string trimmed_string(const T& x) {
    char buf[96];
    const char* const p = format_trimmed<typename T::rep, T::scale>(buf, buf + sizeof buf, x.raw());
    return std::string(buf, static_cast<std::size_t>(p - buf));
}

/// Two decimal digits per entry: the table std::to_chars uses, so that format_fast needs no <charconv>.
inline constexpr char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/// The fast path of format for the int64 amounts: two digits per division, from a table.
template <int Scale>
inline char* format_fast(char* first, char* last, std::int64_t raw) noexcept {
    constexpr std::uint64_t unit = pow10<std::uint64_t>(Scale);
    const bool negative = raw < 0;
    std::uint64_t u = negative ? 0 - static_cast<std::uint64_t>(raw) : static_cast<std::uint64_t>(raw);
    char* p = first;
    if (negative) {
        if (p == last) return nullptr;
        *p++ = '-';
    }
    std::uint64_t whole = u / unit;
    int len = 1;
    for (std::uint64_t t = whole; t >= 10; t /= 10) ++len;
    if (last - p < len) return nullptr;
    char* q = p + len;
    char* w = q;
    for (; whole >= 100; whole /= 100) {
        const auto d = static_cast<std::size_t>(whole % 100) * 2;
        *--w = digit_pairs[d + 1];
        *--w = digit_pairs[d];
    }
    if (whole >= 10) {
        *--w = digit_pairs[whole * 2 + 1];
        *--w = digit_pairs[whole * 2];
    } else {
        *--w = static_cast<char>('0' + whole);
    }
    if constexpr (Scale > 0) {
        if (last - q < Scale + 1) return nullptr;
        *q = '.';
        std::uint64_t f = u % unit;
        int k = Scale;
        for (; k >= 2; k -= 2) {
            const auto d = static_cast<std::size_t>(f % 100) * 2;
            f /= 100;
            q[k - 1] = digit_pairs[d];
            q[k] = digit_pairs[d + 1];
        }
        if (k == 1) q[1] = static_cast<char>('0' + f);
        q += Scale + 1;
    }
    return q;
}

/// Writes x (any family member) with Scale fraction digits, the fast path at run time for int64;
/// nullptr if it does not fit.
template <class T>
constexpr char* format_any(char* first, char* last, const T& x) noexcept {
    if constexpr (std::is_same_v<typename T::rep, std::int64_t>) {
        if (!std::is_constant_evaluated()) return format_fast<T::scale>(first, last, x.raw());
    }
    return format<typename T::rep, T::scale>(first, last, x.raw());
}

template <class Rep>
concept fixed_rep = requires {
    typename rep_traits<Rep>::wide;
};

template <class Derived, class Rep, int Scale>
class fixed_point;

/// Lets detail code and the public free functions reach the raw value of any family member.
struct access {
    template <class T>
    static constexpr auto raw(const T& x) noexcept {
        return x.raw_;
    }
    template <class T, class Rep>
    static constexpr T make(Rep r) noexcept {
        T x;
        x.raw_ = r;
        return x;
    }
};

/// The shared core of basic_decimal and basic_amount: an integer count of 10^-Scale units.
/// Operators are hidden friends taking Derived, so a decimal and an amount never mix.
template <class Derived, class Rep, int Scale>
class fixed_point {
    static_assert(Scale >= 0, "Scale is a number of fraction digits and cannot be negative");
    static_assert(Scale <= safe_digits10<Rep>(), "10^Scale must be representable in Rep");

public:
    using rep = Rep;
    static constexpr int scale = Scale;

    /// Zero.
    constexpr fixed_point() noexcept = default;

    /// The value whose raw count of 10^-Scale units is r.
    [[nodiscard]] static constexpr Derived from_raw(Rep r) noexcept { return access::make<Derived>(r); }
    /// The raw count of 10^-Scale units.
    [[nodiscard]] constexpr Rep raw() const noexcept { return raw_; }

    /// The largest and smallest values of the type.
    [[nodiscard]] static constexpr Derived max() noexcept { return from_raw(rep_max<Rep>()); }
    [[nodiscard]] static constexpr Derived min() noexcept { return from_raw(rep_min<Rep>()); }

    /// Reads text of the whole string_view; throws parse_error naming position and reason.
    [[nodiscard]] static constexpr Derived parse(std::string_view s) {
        if constexpr (std::is_same_v<Rep, std::int64_t>) {
            std::int64_t raw = 0;
            if (scan_fast<Scale>(s.data(), s.data() + s.size(), raw)) return from_raw(raw);
        }
        const auto r = scan<Rep, Scale>(s, Derived::has_units, 0, true);
        if (r.ec != scan_errc::none) {
            if (std::is_constant_evaluated()) text_is_not_a_valid_number();
            throw parse_error(r.pos, r.reason);
        }
        return from_raw(r.raw);
    }

    friend constexpr bool operator==(const Derived& a, const Derived& b) noexcept { return a.raw_ == b.raw_; }
    friend constexpr std::strong_ordering operator<=>(const Derived& a, const Derived& b) noexcept {
        if constexpr (std::is_same_v<Rep, std::int64_t>) {
            return a.raw_ <=> b.raw_;
        } else {
            return a.raw_ < b.raw_    ? std::strong_ordering::less
                   : a.raw_ == b.raw_ ? std::strong_ordering::equal
                                      : std::strong_ordering::greater;
        }
    }

    friend constexpr Derived operator+(const Derived& a) noexcept { return a; }
    friend constexpr Derived operator-(const Derived& a) { return from_raw(checked_neg(a.raw_)); }
    friend constexpr Derived operator+(const Derived& a, const Derived& b) {
        return from_raw(checked_add(a.raw_, b.raw_));
    }
    friend constexpr Derived operator-(const Derived& a, const Derived& b) {
        return from_raw(checked_sub(a.raw_, b.raw_));
    }
    friend constexpr Derived& operator+=(Derived& a, const Derived& b) {
        a.raw_ = checked_add(a.raw_, b.raw_);
        return a;
    }
    friend constexpr Derived& operator-=(Derived& a, const Derived& b) {
        a.raw_ = checked_sub(a.raw_, b.raw_);
        return a;
    }

    /// x * n for an integer n.
    template <class I>
        requires plain_integer<I> || std::same_as<I, Rep>
    friend constexpr Derived operator*(const Derived& a, const I& n) { return from_raw(multiply_raw(a.raw_, n)); }
    template <class I>
        requires plain_integer<I> || std::same_as<I, Rep>
    friend constexpr Derived operator*(const I& n, const Derived& a) { return from_raw(multiply_raw(a.raw_, n)); }
    template <class I>
        requires plain_integer<I> || std::same_as<I, Rep>
    friend constexpr Derived& operator*=(Derived& a, const I& n) {
        a.raw_ = multiply_raw(a.raw_, n);
        return a;
    }
    /// x / n for an integer n, only where the quotient is exact; otherwise use divide(x, n, rounding).
    template <class I>
        requires plain_integer<I> || std::same_as<I, Rep>
    friend constexpr Derived operator/(const Derived& a, const I& n) {
        using W = wide_t<Rep>;
        if (n == 0) division_by_zero();
        const W wn = to_wide<W>(n);
        const W q = W(a.raw_) / wn;
        if (q * wn != W(a.raw_)) division_is_inexact_pass_a_rounding_mode();
        return from_raw(narrow<Rep>(q));
    }

private:
    template <class I>
    static constexpr Rep multiply_raw(Rep a, const I& n) {
        if constexpr (std::is_same_v<Rep, std::int64_t> && std::is_integral_v<I> && sizeof(I) <= 8) {
            Rep r{};
            if (__builtin_mul_overflow(a, n, &r)) overflow_in_multiplication();
            return r;
        } else {
            using W = wide_t<Rep>;
            return narrow_product<Rep>(wide_mul(W(a), to_wide<W>(n)));
        }
    }

    friend struct access;
    Rep raw_{};
};

/// The raw value of a, rescaled to NewScale digits; exact when widening, rounded by mode when narrowing.
template <class Rep, int From, int To>
constexpr Rep rescale_raw(Rep raw, rounding mode) {
    if constexpr (To >= From) {
        using W = wide_t<Rep>;
        return narrow<Rep>(wide_mul_conv(W(raw), pow10<W>(To - From)));
    } else if constexpr (is_builtin_rep<Rep> && From - To <= safe_digits10<Rep>()) {
        // Narrowing divides: |quotient| + 1 <= |raw| for a divisor >= 10, so Rep itself is wide enough and
        // the 128-bit division (a call to __divti3) is not needed.
        return div_round(raw, pow10<Rep>(From - To), mode);
    } else {
        using W = wide_t<Rep>;
        return narrow<Rep>(div_round(W(raw), pow10<W>(From - To), mode));
    }
}

/// Exact widening (or same-scale) conversion of a raw value between representation types.
template <class To, int ToScale, class From, int FromScale>
constexpr To widen_raw(const From& raw) {
    static_assert(ToScale >= FromScale);
    using W = wide_t<To>;
    if constexpr (std::is_same_v<From, To> || is_builtin_rep<From>) {
        return narrow<To>(wide_mul_conv(W(to_wide<W>(raw)), pow10<W>(ToScale - FromScale)));
    } else {
        using FW = wide_t<From>;
        const FW w = wide_mul_conv(FW(raw), pow10<FW>(ToScale - FromScale));
        if (w > FW(rep_max<To>()) || w < FW(rep_min<To>())) overflow_in_conversion();
        return static_cast<To>(w);
    }
}

}  // namespace detail

}  // namespace jixiao
