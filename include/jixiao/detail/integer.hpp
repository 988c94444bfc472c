// jixiao — internal, not part of the API: checked integer arithmetic on a representation type.
#pragma once

#include <concepts>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <type_traits>

#include "../rep.hpp"

namespace jixiao {

namespace detail {

// The failure functions below are deliberately not constexpr: when one of them is reached during
// constant evaluation, both g++ and clang name it in the diagnostic, so the name is the message.
[[noreturn]] inline void overflow_in_addition() { throw std::overflow_error("jixiao: overflow in addition"); }
[[noreturn]] inline void overflow_in_subtraction() { throw std::overflow_error("jixiao: overflow in subtraction"); }
[[noreturn]] inline void overflow_in_multiplication() {
    throw std::overflow_error("jixiao: overflow in multiplication");
}
[[noreturn]] inline void overflow_in_negation() { throw std::overflow_error("jixiao: overflow in negation"); }
[[noreturn]] inline void overflow_in_conversion() {
    throw std::overflow_error("jixiao: value out of range of the target type");
}
[[noreturn]] inline void overflow_in_sum() { throw std::overflow_error("jixiao: overflow in sum"); }
[[noreturn]] inline void division_by_zero() { throw std::domain_error("jixiao: division by zero"); }
[[noreturn]] inline void division_is_inexact_pass_a_rounding_mode() {
    throw std::domain_error("jixiao: inexact division; pass a jixiao::rounding mode");
}
[[noreturn]] inline void conversion_is_inexact_pass_a_rounding_mode() {
    throw std::domain_error("jixiao: inexact conversion; pass a jixiao::rounding mode");
}

/// An integer type usable as a multiplier or divisor of a fixed-point value.
template <class T>
concept plain_integer = std::integral<T> && !std::same_as<std::remove_cv_t<T>, bool> &&
                        !std::same_as<std::remove_cv_t<T>, char> && !std::same_as<std::remove_cv_t<T>, char8_t> &&
                        !std::same_as<std::remove_cv_t<T>, char16_t> && !std::same_as<std::remove_cv_t<T>, char32_t> &&
                        !std::same_as<std::remove_cv_t<T>, wchar_t>;

template <class Rep>
using wide_t = typename rep_traits<Rep>::wide;

template <class Rep>
inline constexpr bool is_builtin_rep = std::is_same_v<Rep, std::int64_t> || std::is_same_v<Rep, std::int32_t>;

template <class Rep>
constexpr Rep rep_max() noexcept {
    return std::numeric_limits<Rep>::max();
}
template <class Rep>
constexpr Rep rep_min() noexcept {
    return std::numeric_limits<Rep>::min();
}

template <class Rep>
constexpr Rep checked_add(Rep a, Rep b) {
    if constexpr (is_builtin_rep<Rep>) {
        Rep r{};
        if (__builtin_add_overflow(a, b, &r)) overflow_in_addition();
        return r;
    } else {
        if ((b > 0 && a > rep_max<Rep>() - b) || (b < 0 && a < rep_min<Rep>() - b)) overflow_in_addition();
        return a + b;
    }
}

template <class Rep>
constexpr Rep checked_sub(Rep a, Rep b) {
    if constexpr (is_builtin_rep<Rep>) {
        Rep r{};
        if (__builtin_sub_overflow(a, b, &r)) overflow_in_subtraction();
        return r;
    } else {
        if ((b < 0 && a > rep_max<Rep>() + b) || (b > 0 && a < rep_min<Rep>() + b)) overflow_in_subtraction();
        return a - b;
    }
}

template <class Rep>
constexpr Rep checked_neg(Rep a) {
    if (a < 0 && a < -rep_max<Rep>()) overflow_in_negation();
    return -a;
}

/// a − b modulo 2^64: undoes an addition that __builtin_add_overflow wrapped.
constexpr std::int64_t wrapping_sub(std::int64_t a, std::int64_t b) noexcept {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}
constexpr std::int32_t wrapping_sub(std::int32_t a, std::int32_t b) noexcept {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(a) - static_cast<std::uint32_t>(b));
}

/// Narrows a wide intermediate back to Rep, or fails.
template <class Rep, class W>
constexpr Rep narrow(const W& w) {
    if (w > W(rep_max<Rep>()) || w < W(rep_min<Rep>())) overflow_in_conversion();
    return static_cast<Rep>(w);
}

template <class Rep, class W>
constexpr Rep narrow_product(const W& w) {
    if (w > W(rep_max<Rep>()) || w < W(rep_min<Rep>())) overflow_in_multiplication();
    return static_cast<Rep>(w);
}

/// The largest value of a wide intermediate type (numeric_limits<__int128> exists only in GNU modes).
template <class W>
constexpr W wide_max() noexcept {
    if constexpr (std::is_same_v<W, int128>) {
        return static_cast<int128>(~static_cast<uint128>(0) >> 1);
    } else {
        return std::numeric_limits<W>::max();
    }
}

/// a * b into out; true if the product does not fit W (builtin integers or Boost checked integers).
template <class W>
constexpr bool mul_overflows(const W& a, const W& b, W& out) {
    if constexpr (std::is_integral_v<W> || std::is_same_v<W, int128>) {
        return __builtin_mul_overflow(a, b, &out);
    } else {
        if (a != 0 && b != 0) {
            const W aa = a < 0 ? W(-a) : a;
            const W ab = b < 0 ? W(-b) : b;
            if (aa > wide_max<W>() / ab) return true;
        }
        out = a * b;
        return false;
    }
}

/// The integer n as a W, or an overflow error if it does not fit (an unsigned 2^64-1 into int64, say).
template <class W, class I>
constexpr W to_wide(const I& n) {
    if constexpr (std::is_integral_v<I> && (std::is_integral_v<W> || std::is_same_v<W, int128>)) {
        if constexpr (std::is_unsigned_v<I>) {
            if (static_cast<uint128>(n) > static_cast<uint128>(wide_max<W>())) overflow_in_conversion();
        } else {
            if (static_cast<int128>(n) > static_cast<int128>(wide_max<W>()) ||
                static_cast<int128>(n) < -static_cast<int128>(wide_max<W>()) - 1) {
                overflow_in_conversion();
            }
        }
        return static_cast<W>(n);
    } else {
        return W(n);  // a Boost wide type holds every builtin integer; Rep into its own wide type always fits
    }
}

/// a * b, or an overflow error naming multiplication.
template <class W>
constexpr W wide_mul(const W& a, const W& b) {
    W r{};
    if (mul_overflows(a, b, r)) overflow_in_multiplication();
    return r;
}

/// a * b, or an overflow error naming conversion.
template <class W>
constexpr W wide_mul_conv(const W& a, const W& b) {
    W r{};
    if (mul_overflows(a, b, r)) overflow_in_conversion();
    return r;
}

/// 10^n in T; the caller guarantees it fits.
template <class T>
constexpr T pow10(int n) noexcept {
    T r = 1;
    for (int i = 0; i < n; ++i) r = r * 10;
    return r;
}

/// How many decimal digits of every value T holds (like numeric_limits::digits10, for any integer).
template <class T>
constexpr int safe_digits10() noexcept {
    T m = rep_max<T>();
    int n = 0;
    while (m >= 10) {
        m = m / 10;
        ++n;
    }
    return n;
}

/// A quotient of n / d rounded by mode (a value of jixiao::rounding); d != 0.
template <class W, class Mode>
constexpr W div_round(const W& n, const W& d, Mode mode) {
    W q = n / d;  // truncates toward zero
    W r = n % d;
    if (r == 0) return q;
    const bool negative = (n < 0) != (d < 0);
    // Compare 2|r| with |d| without doubling, on non-positive values: the most negative divisor has
    // no positive counterpart, so nothing is negated toward the positive side.
    const W nr = r < 0 ? r : W(-r);
    const W nd = d < 0 ? d : W(-d);
    const W nother = nd - nr;  // -(|d| - |r|)
    const int half = nr > nother ? -1 : (nr == nother ? 0 : 1);
    bool away = false;
    switch (mode) {
        case Mode::up: away = true; break;
        case Mode::down: away = false; break;
        case Mode::ceiling: away = !negative; break;
        case Mode::floor: away = negative; break;
        case Mode::half_up: away = half >= 0; break;
        case Mode::half_down: away = half > 0; break;
        case Mode::half_even: away = half > 0 || (half == 0 && q % 2 != 0); break;
    }
    if (!away) return q;
    return negative ? W(q - 1) : W(q + 1);
}

}  // namespace detail
}  // namespace jixiao
