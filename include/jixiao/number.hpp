// jixiao — what every exact number (basic_decimal or basic_amount) has beyond its operators: the
// fixed_point_number concept, abs, divide, rescale, sum, to_string and <<. from_chars and to_chars are in
// charconv.hpp (std::from_chars_result needs <charconv>, which would make amount.hpp twice as costly to compile).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <type_traits>

#include "detail/fixed_point.hpp"
#include "rounding.hpp"

namespace jixiao {

/// True for every basic_decimal and basic_amount.
template <class T>
concept fixed_point_number = requires {
    typename T::rep;
    T::scale;
    T::has_units;
}
&&std::derived_from<T, detail::fixed_point<T, typename T::rep, T::scale>>;

/// |x|; std::overflow_error for the most negative value of a two's-complement Rep.
template <fixed_point_number T>
constexpr T abs(const T& x) {
    return x.raw() < 0 ? -x : x;
}

/// x / n rounded by mode; std::domain_error if n is zero.
template <fixed_point_number T, class I>
    requires detail::plain_integer<I> || std::same_as<I, typename T::rep>
constexpr T divide(const T& x, const I& n, rounding mode) {
    using W = detail::wide_t<typename T::rep>;
    if (n == 0) detail::division_by_zero();
    return T::from_raw(detail::narrow<typename T::rep>(detail::div_round(W(x.raw()), detail::to_wide<W>(n), mode)));
}

/// x as text: always Scale fraction digits, "-" for negatives, never "-0".
template <fixed_point_number T>
std::string to_string(const T& x) {
    char buf[96];
    return std::string(buf, detail::format_any(buf, buf + sizeof buf, x));
}

/// Writes to_string(x) to a stream (the stream header is the caller's: this one only needs <iosfwd>).
template <class CharT, class Traits, fixed_point_number T>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const T& x) {
    char buf[96];
    const char* const end = detail::format_any(buf, buf + sizeof buf, x);
    for (const char* p = buf; p != end; ++p) os.put(os.widen(*p));
    return os;
}

/// x brought to NewScale fraction digits in the same family; exact when widening, rounded by mode otherwise.
template <int NewScale, fixed_point_number T>
constexpr auto rescale(const T& x, rounding mode) {
    using R = typename T::template rebind<typename T::rep, NewScale>;
    return R::from_raw(detail::rescale_raw<typename T::rep, T::scale, NewScale>(x.raw(), mode));
}

/// The exact sum of a contiguous or any forward range of one family member; throws std::overflow_error
/// only when the true total is beyond the type's range (intermediate excursions are harmless).
template <class It, class Sentinel>
constexpr auto sum(It first, Sentinel last) {
    using T = std::remove_cvref_t<decltype(*first)>;
    static_assert(fixed_point_number<T>, "jixiao::sum adds decimals or amounts");
    using Rep = typename T::rep;
    if constexpr (std::is_same_v<Rep, std::int64_t> && std::contiguous_iterator<It> &&
                  std::sized_sentinel_for<Sentinel, It>) {
        // Split every value into a signed high half and an unsigned low half: neither partial sum can
        // overflow within a block of 2^31 elements, the inner loop vectorises, and the exact total is
        // checked once at the end.
        if (first == last) return T{};
        const T* p = &*first;
        auto remaining = static_cast<std::uint64_t>(last - first);
        detail::int128 total = 0;
        while (remaining != 0) {
            const std::uint64_t block = remaining < (std::uint64_t{1} << 31) ? remaining : (std::uint64_t{1} << 31);
            std::int64_t hi = 0;
            std::uint64_t lo = 0;
            for (std::uint64_t k = 0; k < block; ++k) {
                const std::int64_t v = p[k].raw();
                hi += v >> 32;
                lo += static_cast<std::uint32_t>(v);
            }
            total += detail::int128(hi) * (detail::int128(1) << 32) + detail::int128(lo);
            p += block;
            remaining -= block;
        }
        if (total > detail::int128(detail::rep_max<std::int64_t>()) ||
            total < detail::int128(detail::rep_min<std::int64_t>())) {
            detail::overflow_in_sum();
        }
        return T::from_raw(static_cast<std::int64_t>(total));
    } else if constexpr (std::is_same_v<Rep, std::int64_t>) {
        detail::int128 total = 0;  // cannot overflow below 2^64 elements
        for (; first != last; ++first) total += (*first).raw();
        if (total > detail::int128(detail::rep_max<std::int64_t>()) ||
            total < detail::int128(detail::rep_min<std::int64_t>())) {
            detail::overflow_in_sum();
        }
        return T::from_raw(static_cast<std::int64_t>(total));
    } else {
        using W = detail::wide_t<Rep>;
        W total = 0;  // the wide type holds any realistic number of terms
        for (; first != last; ++first) total += W((*first).raw());
        if (total > W(detail::rep_max<Rep>()) || total < W(detail::rep_min<Rep>())) detail::overflow_in_sum();
        return T::from_raw(static_cast<Rep>(total));
    }
}

/// The exact sum of a range (see sum(first, last)).
template <class Range>
constexpr auto sum(const Range& r) -> decltype(sum(std::begin(r), std::end(r))) {
    return sum(std::begin(r), std::end(r));
}

}  // namespace jixiao
