// jixiao — basic_amount<Rep, Scale>: money in 万元, exact, with 元 / 万元 / 亿元 conversions and literals.
#pragma once

#include "decimal.hpp"

namespace jixiao {

/// Money in 万元: an integer count of 10^-Scale 万元 (Scale 4: one unit is 1 元; Scale 6: 1 分).
/// Adding or comparing an amount and a plain decimal does not compile; an amount times an integer is an amount.
template <class Rep, int Scale>
class basic_amount : public detail::fixed_point<basic_amount<Rep, Scale>, Rep, Scale> {
    using base = detail::fixed_point<basic_amount<Rep, Scale>, Rep, Scale>;

public:
    static constexpr bool has_units = true;
    template <class R, int S>
    using rebind = basic_amount<R, S>;

    /// Zero.
    constexpr basic_amount() noexcept = default;

    /// Exact widening from fewer (or as many) fraction digits, or to a wider Rep; narrowing is rescale's job.
    template <class R2, int S2>
        requires(S2 <= Scale && !(std::same_as<R2, Rep> && S2 == Scale))
    explicit constexpr basic_amount(const basic_amount<R2, S2>& x) {
        *this = base::from_raw(detail::widen_raw<Rep, Scale, R2, S2>(x.raw()));
    }

    /// n 万元.
    template <class I>
        requires detail::plain_integer<I> || std::same_as<I, Rep>
    [[nodiscard]] static constexpr basic_amount from_wan(const I& n) { return from_units(n, 0); }
    /// n 元, exactly (an error if the type cannot hold whole 元).
    template <class I>
        requires detail::plain_integer<I> || std::same_as<I, Rep>
    [[nodiscard]] static constexpr basic_amount from_yuan(const I& n) { return from_units(n, -4); }
    /// n 亿元.
    template <class I>
        requires detail::plain_integer<I> || std::same_as<I, Rep>
    [[nodiscard]] static constexpr basic_amount from_yi(const I& n) { return from_units(n, 4); }

    /// The amount in whole 元; std::domain_error if it has 角 or 分 (use the rounding overload).
    [[nodiscard]] constexpr Rep to_yuan() const { return to_units(-4); }
    /// The amount in whole 元, rounded by mode.
    [[nodiscard]] constexpr Rep to_yuan(rounding mode) const { return to_units(-4, mode); }
    /// The amount in whole 万元; std::domain_error if it is not whole.
    [[nodiscard]] constexpr Rep to_wan() const { return to_units(0); }
    [[nodiscard]] constexpr Rep to_wan(rounding mode) const { return to_units(0, mode); }
    /// The amount in whole 亿元; std::domain_error if it is not whole.
    [[nodiscard]] constexpr Rep to_yi() const { return to_units(4); }
    [[nodiscard]] constexpr Rep to_yi(rounding mode) const { return to_units(4, mode); }

private:
    // A unit of 10^e 万元 is 10^(Scale + e) raw units.
    template <class I>
    static constexpr basic_amount from_units(const I& n, int e) {
        using W = detail::wide_t<Rep>;
        const int k = Scale + e;
        const W wn = detail::to_wide<W>(n);
        if (k >= 0) return base::from_raw(detail::narrow<Rep>(detail::wide_mul_conv(wn, detail::pow10<W>(k))));
        const W d = detail::pow10<W>(-k);
        if (wn % d != 0) detail::conversion_is_inexact_pass_a_rounding_mode();
        return base::from_raw(detail::narrow<Rep>(wn / d));
    }
    constexpr Rep to_units(int e) const {
        using W = detail::wide_t<Rep>;
        const int k = Scale + e;
        if (k <= 0) return detail::narrow<Rep>(detail::wide_mul_conv(W(this->raw()), detail::pow10<W>(-k)));
        const W d = detail::pow10<W>(k);
        if (W(this->raw()) % d != 0) detail::conversion_is_inexact_pass_a_rounding_mode();
        return detail::narrow<Rep>(W(this->raw()) / d);
    }
    constexpr Rep to_units(int e, rounding mode) const {
        using W = detail::wide_t<Rep>;
        const int k = Scale + e;
        if (k <= 0) return detail::narrow<Rep>(detail::wide_mul_conv(W(this->raw()), detail::pow10<W>(-k)));
        return detail::narrow<Rep>(detail::div_round(W(this->raw()), detail::pow10<W>(k), mode));
    }
};

/// 万元 to the 元: four fraction digits in 64 bits.
using wan = basic_amount<std::int64_t, 4>;
/// 万元 to the 分: six fraction digits in 64 bits.
using wan_fen = basic_amount<std::int64_t, 6>;

inline namespace literals {

/// 518.4_wan: an exact amount in 万元; a non-zero digit beyond four decimals does not compile.
consteval wan operator""_wan(const char* text) { return detail::make_literal<wan, 0>(text); }
/// 2568000_yuan == 256.8_wan: an exact amount given in 元 (whole 元 only, since wan counts 元).
consteval wan operator""_yuan(const char* text) { return detail::make_literal<wan, -4>(text); }

}  // namespace literals
}  // namespace jixiao
