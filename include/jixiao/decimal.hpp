// jixiao — basic_decimal<Rep, Scale>: an exact fixed-point number with Scale fraction digits.
#pragma once

#include "detail/literal.hpp"
#include "number.hpp"

namespace jixiao {

/// An exact number: an integer count of 10^-Scale. A plain number, never money (see basic_amount).
template <class Rep, int Scale>
class basic_decimal : public detail::fixed_point<basic_decimal<Rep, Scale>, Rep, Scale> {
    using base = detail::fixed_point<basic_decimal<Rep, Scale>, Rep, Scale>;

public:
    static constexpr bool has_units = false;
    template <class R, int S>
    using rebind = basic_decimal<R, S>;

    /// Zero.
    constexpr basic_decimal() noexcept = default;

    /// The integer n, exactly (throws std::overflow_error if n * 10^Scale does not fit).
    template <class I>
        requires detail::plain_integer<I> || std::same_as<I, Rep>
    explicit constexpr basic_decimal(const I& n) {
        using W = detail::wide_t<Rep>;
        *this = base::from_raw(
            detail::narrow<Rep>(detail::wide_mul_conv(detail::to_wide<W>(n), detail::pow10<W>(Scale))));
    }

    /// Exact widening from fewer (or as many) fraction digits; narrowing goes through rescale.
    template <class R2, int S2>
        requires(S2 <= Scale && !(std::same_as<R2, Rep> && S2 == Scale))
    explicit constexpr basic_decimal(const basic_decimal<R2, S2>& x) {
        *this = base::from_raw(detail::widen_raw<Rep, Scale, R2, S2>(x.raw()));
    }
};

/// The default exact number: six fraction digits in 64 bits.
using decimal = basic_decimal<std::int64_t, 6>;

/// The exact quotient a / b of two values of one family as a decimal with Scale digits, rounded by mode.
/// The intermediate is wide enough that nothing is lost before the single rounding.
template <int ResultScale = 6, fixed_point_number T>
constexpr basic_decimal<typename T::rep, ResultScale> ratio(const T& a, const T& b, rounding mode) {
    using Rep = typename T::rep;
    using W = detail::wide_t<Rep>;
    if (b.raw() == 0) detail::division_by_zero();
    const W n = detail::wide_mul(W(a.raw()), detail::pow10<W>(ResultScale));
    return basic_decimal<Rep, ResultScale>::from_raw(detail::narrow<Rep>(detail::div_round(n, W(b.raw()), mode)));
}

/// x * d for any member x of a family and a decimal d, rounded once to x's digits by mode.
template <fixed_point_number T, int DScale>
constexpr T multiply(const T& x, const basic_decimal<typename T::rep, DScale>& d, rounding mode) {
    using Rep = typename T::rep;
    using W = detail::wide_t<Rep>;
    const W p = detail::wide_mul(W(x.raw()), W(d.raw()));
    return T::from_raw(detail::narrow<Rep>(detail::div_round(p, detail::pow10<W>(DScale), mode)));
}

inline namespace literals {

/// 36.5_dec: an exact decimal; a non-zero digit beyond six decimals does not compile.
consteval decimal operator""_dec(const char* text) { return detail::make_literal<decimal, 0>(text); }

}  // namespace literals
}  // namespace jixiao
